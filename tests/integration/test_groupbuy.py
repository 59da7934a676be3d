"""需求清单 against real databases: a 30-household 接龙 and open goods orders merged, totals
exact, per-flat delivery closing orders, rights and races (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from sqlalchemy import delete, func, select, update

from domain.groupbuy import (
    DeliverOutcome,
    MergeOutcome,
    deliver_part,
    find_part_press,
    merge_round,
    note_group_list,
    shopping_lists,
)
from domain.order_rules import OrderAction, OrderStatus
from domain.orders import CardPress, Outcome, act_on_order
from domain.understanding.group_list import read_group_list
from models.groupbuy import DemandPart, GroupList, attach_demand_page, demand_pages, demand_parts
from models.orders import Order, order_events
from tests.support import group_lists as lists
from tests.support.factories import RecordingNotifier, make_building, make_order, make_person

LIST_MESSAGE = 500


async def _world(sessionmaker, clock):
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        other = await make_building(session, clock, name="5号楼")
        lead = await make_person(session, clock, building, name="楼长老张", lead=True)
        staff = await make_person(session, clock, building, name="小刘", staff=True)
        volunteer = await make_person(session, clock, building, name="Bob", volunteer=True)
        resident = await make_person(session, clock, building, name="王阿姨", flat="3-2-501")
        stranger = await make_person(session, clock, other, name="Dave", volunteer=True)
        await session.commit()
    return SimpleNamespace(
        building=building,
        lead=lead,
        staff=staff,
        volunteer=volunteer,
        resident=resident,
        stranger=stranger,
    )


async def _post_list(sessionmaker, clock, w, text, message_id=LIST_MESSAGE):
    async with sessionmaker() as session:
        read = read_group_list(text)
        assert read is not None
        noted = await note_group_list(
            session,
            clock,
            building=w.building,
            author_id=w.resident.id,
            message_id=message_id,
            text=text,
            read=read,
        )
        await session.commit()
    return noted


async def _order(sessionmaker, clock, w, text, *, flat, items, category="groceries", status=None):
    async with sessionmaker() as session:
        order = await make_order(
            session, clock, w.building, w.resident, text=text, status=status or OrderStatus.OPEN
        )
        order.flat, order.items, order.category = flat, items, category
        await session.commit()
        return order.id


async def _merge(sessionmaker, clock, notifier, w, actor, **kwargs):
    async with sessionmaker() as session:
        result = await merge_round(
            session, clock, notifier, building=w.building, actor_id=actor.id, **kwargs
        )
        await session.commit()
    return result


async def test_thirty_households_and_orders_merge_into_exact_totals(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    first = await _post_list(sessionmaker, clock, w, lists.THIRTY)
    assert first is not None and first.first
    again = await _post_list(sessionmaker, clock, w, lists.THIRTY, message_id=LIST_MESSAGE + 1)
    assert again is not None and not again.first  # the same 接龙 pasted again: no second notice
    # an order from 3-2-501 that is line 1 of the list, and two that are not on it
    twin = await _order(
        sessionmaker,
        clock,
        w,
        "3幢2单元501 两箱",
        flat="3-2-501",
        items=[{"name": "鸡蛋", "quantity": 2, "unit": "箱"}],
    )
    rice = await _order(
        sessionmaker,
        clock,
        w,
        "帮忙在永辉超市买一袋大米 两桶油",
        flat="3-1-1201",
        items=[
            {"name": "大米", "quantity": 1, "unit": "袋"},
            {"name": "油", "quantity": 2, "unit": "桶"},
        ],
    )
    pills = await _order(
        sessionmaker,
        clock,
        w,
        "买两盒布洛芬",
        flat="3-1-1202",
        category="medicine",
        items=[{"name": "布洛芬", "quantity": 2, "unit": "盒"}],
    )
    repair = await _order(
        sessionmaker, clock, w, "水管漏了", flat="3-1-1203", items=[], category="repair"
    )
    held = await _order(
        sessionmaker, clock, w, "买鸡蛋", flat="3-1-1204", items=[], status=OrderStatus.CLAIMED
    )

    result = await _merge(sessionmaker, clock, notifier, w, w.staff)
    assert result.outcome is MergeOutcome.DONE
    assert (result.households, result.orders) == (32, 3)  # 30 lines + rice + pills; twin joined

    async with sessionmaker() as session:
        parts = await demand_parts(session, result.demand_id)
        shopping = {
            s.shop: {(x.name, x.unit): x.total for x in s.lines} for s in shopping_lists(parts)
        }
        assert shopping == {
            "盒马": lists.THIRTY_TOTALS,
            "永辉超市": {("大米", "袋"): 1, ("油", "桶"): 2},
            "category:medicine": {("布洛芬", "盒"): 2},
        }
        line_one = next(part for part in parts if part.flat == "3-2-501")
        assert line_one.order_id == twin and line_one.list_line == 1
        statuses = {
            order.id: (order.status, order.volunteer_id)
            for order in (await session.execute(select(Order))).scalars()
        }
        for order_id in (twin, rice, pills):
            assert statuses[order_id] == ("claimed", w.staff.id)
        assert statuses[repair][0] == "open" and statuses[held][0] == "claimed"
        assert [e.action for e in await order_events(session, rice)][-1] == "merge"
        lists_left = await session.scalar(
            select(func.count()).select_from(GroupList).where(GroupList.demand_id.is_(None))
        )
        assert lists_left == 0  # both versions of the 接龙 were taken
        # delivery order: by building-unit and floor, names without a flat last
        floors = [part.floor for part in parts]
        assert floors == sorted(floors, key=lambda f: f or "~")
        assert floors[-3:] == ["", "", ""] and floors.count("") == 3  # 王姐, 老刘, 张阿姨
    changed = [event for event in notifier.events if event[0] == "changed"]
    assert changed == [("changed", n, "claimed") for n in (1, 2, 3)]  # merged cards redrawn

    # nothing left: a second merge says so
    assert (await _merge(sessionmaker, clock, notifier, w, w.lead)).outcome is MergeOutcome.NOTHING


async def test_delivering_a_part_closes_its_order_once(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    await _post_list(sessionmaker, clock, w, lists.VEGETABLES)
    order_id = await _order(
        sessionmaker,
        clock,
        w,
        "买两斤土豆",
        flat="7-1-501",
        items=[{"name": "土豆", "quantity": 2, "unit": "斤"}],
    )
    result = await _merge(sessionmaker, clock, notifier, w, w.lead)
    assert result.outcome is MergeOutcome.DONE and result.households == 7
    async with sessionmaker() as session:
        await attach_demand_page(session, result.page_ids[0], 777)
        await session.commit()
        part = next(p for p in await demand_parts(session, result.demand_id) if p.order_id)
        chat = w.building.chat_id

    async def press(actor, *, chat_id=chat, message_id=777, admin=False):
        async with sessionmaker() as session:
            found = await find_part_press(
                session, part_id=part.id, chat_id=chat_id, message_id=message_id
            )
            if found is None:
                return None
            outcome = await deliver_part(
                session, clock, notifier, found, actor_id=actor.id, group_admin=admin
            )
            await session.commit()
            return outcome

    assert await press(w.volunteer, chat_id=-1) is None  # another group: forged
    assert await press(w.volunteer, message_id=778) is None  # another message
    assert (await press(w.resident)).outcome is DeliverOutcome.NOT_ALLOWED
    assert (await press(w.stranger)).outcome is DeliverOutcome.NOT_ALLOWED  # another building's
    results = await asyncio.gather(press(w.volunteer), press(w.staff))
    outcomes = sorted(r.outcome for r in results)
    assert outcomes == [DeliverOutcome.ALREADY, DeliverOutcome.DELIVERED]
    async with sessionmaker() as session:
        order = await session.get(Order, order_id)
        assert order.status == "delivered" and order.closed_at is not None
        events = [(e.action, e.to_status) for e in await order_events(session, order_id)]
        assert events[-2:] == [("merge", "claimed"), ("deliver", "delivered")]
        delivered = await session.scalar(
            select(func.count()).select_from(DemandPart).where(DemandPart.delivered_at.is_not(None))
        )
        assert delivered == 1
    assert [e[0] for e in notifier.events].count("delivered") == 1


async def test_only_staff_or_lead_merge_and_a_merged_list_is_not_merged_again(
    sessionmaker, clock
) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    await _post_list(sessionmaker, clock, w, lists.MIXED)
    for person in (w.volunteer, w.resident):
        result = await _merge(sessionmaker, clock, notifier, w, person)
        assert result.outcome is MergeOutcome.NOT_ALLOWED
    result = await _merge(sessionmaker, clock, notifier, w, w.volunteer, group_admin=True)
    assert result.outcome is MergeOutcome.DONE  # a group admin counts as staff
    again = await _merge(
        sessionmaker, clock, notifier, w, w.staff, replied_id=LIST_MESSAGE, replied_text=lists.MIXED
    )
    assert again.outcome is MergeOutcome.ALREADY
    not_list = await _merge(
        sessionmaker, clock, notifier, w, w.staff, replied_id=9999, replied_text="帮忙买一袋大米"
    )
    assert not_list.outcome is MergeOutcome.NOT_A_LIST


async def test_two_merges_at_once_take_each_order_once(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    for n in range(6):
        await _order(
            sessionmaker,
            clock,
            w,
            f"买{n + 1}斤苹果",
            flat=f"3-1-{n + 1}01",
            items=[{"name": "苹果", "quantity": n + 1, "unit": "斤"}],
        )
    results = await asyncio.gather(
        _merge(sessionmaker, clock, notifier, w, w.staff),
        _merge(sessionmaker, clock, notifier, w, w.lead),
    )
    done = [r for r in results if r.outcome is MergeOutcome.DONE]
    assert sum(r.orders for r in done) == 6
    async with sessionmaker() as session:
        parts = (await session.execute(select(DemandPart))).scalars().all()
        assert sorted(p.order_id for p in parts) == sorted(set(p.order_id for p in parts))
        total = sum(item["quantity"] for p in parts for item in p.items)
        assert total == 21


async def test_a_long_list_is_paged_forty_households_a_message(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    lines = "\n".join(f"{n}. 9-1-{(n // 4) + 1}0{n % 4 + 1} {n % 3 + 1}箱" for n in range(1, 91))
    await _post_list(sessionmaker, clock, w, "#接龙 鸡蛋团购 45元/箱\n" + lines)
    result = await _merge(sessionmaker, clock, notifier, w, w.staff)
    assert result.households == 90 and len(result.page_ids) == 3
    async with sessionmaker() as session:
        pages = await demand_pages(session, result.demand_id)
        assert [page.page for page in pages] == [0, 1, 2]
        parts = await demand_parts(session, result.demand_id)
        assert sum(item["quantity"] for p in parts for item in p.items) == sum(
            n % 3 + 1 for n in range(1, 91)
        )


async def test_an_order_delivered_from_its_card_ticks_its_line_on_the_list(
    sessionmaker, clock
) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    await _post_list(sessionmaker, clock, w, lists.VEGETABLES)
    items = [{"name": "土豆", "quantity": 2, "unit": "斤"}]
    order_id = await _order(sessionmaker, clock, w, "买两斤土豆", flat="7-1-501", items=items)
    loose_id = await _order(sessionmaker, clock, w, "买一袋米", flat="3-2-501", items=[])
    result = await _merge(sessionmaker, clock, notifier, w, w.lead)
    assert result.outcome is MergeOutcome.DONE
    async with sessionmaker() as session:
        await attach_demand_page(session, result.page_ids[0], 777)
        # an order merged in, and one that is not (a list line joined neither)
        await session.execute(
            update(Order)
            .where(Order.id == loose_id)
            .values(status="claimed", volunteer_id=w.lead.id)
        )
        await session.execute(delete(DemandPart).where(DemandPart.order_id == loose_id))
        await session.commit()

    async def deliver(order: int) -> None:
        async with sessionmaker() as session:
            card = (await session.get(Order, order)).card_message_id or 0
            done = await act_on_order(
                session,
                clock,
                notifier,
                order_id=order,
                action=OrderAction.DELIVER,
                actor_id=w.lead.id,  # the merger holds the merged orders
                pressed=CardPress(w.building.chat_id, card),  # on its card
            )
            await session.commit()
            assert done.outcome is Outcome.DONE

    notifier.events.clear()
    await deliver(order_id)
    pages = ",".join(map(str, result.page_ids))
    assert notifier.events[-1] == ("demand", 0, pages)  # the list is redrawn
    async with sessionmaker() as session:
        part = await session.scalar(select(DemandPart).where(DemandPart.order_id == order_id))
        assert part is not None and part.delivered_at is not None
        assert part.delivered_by == w.lead.id
        found = await find_part_press(
            session, part_id=part.id, chat_id=w.building.chat_id, message_id=777
        )
        assert found is not None
        again = await deliver_part(session, clock, notifier, found, actor_id=w.volunteer.id)
        assert again.outcome is DeliverOutcome.ALREADY and again.by_name == "楼长老张"
        await session.rollback()
    notifier.events.clear()
    await deliver(loose_id)
    assert [e[0] for e in notifier.events] == ["changed", "delivered"]  # no list to redraw
