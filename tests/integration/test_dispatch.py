"""社区派单 against real databases: assign, reassign, take back, races, events, hand-back."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.dispatch import (
    assign_notice_failed,
    dispatch,
    dispatch_today_section,
    held_orders,
    step_down,
    volunteer_choices,
)
from domain.order_rules import Denial, OrderAction, OrderStatus
from domain.orders import CardPress, Outcome, act_on_order, attach_card
from models.buildings import Building, member_of
from models.order_follow_ups import FollowUpKind, OrderFollowUp
from models.orders import Order, order_events
from tests.support.factories import RecordingNotifier, make_building, make_order, make_person

CARD = 900  # the order card's Telegram message id in these tests


async def _world(sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, orders: int = 1):
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        resident = await make_person(session, clock, building, name="王阿姨", flat="3-2-501")
        lead = await make_person(session, clock, building, name="小夏", lead=True)
        staff = await make_person(session, clock, building, name="李主任", staff=True)
        bob = await make_person(session, clock, building, name="Bob", volunteer=True)
        eve = await make_person(session, clock, building, name="Eve", volunteer=True)
        dave = await make_person(session, clock, building, name="Dave")
        made = []
        for number in range(orders):
            order = await make_order(session, clock, building, resident)
            await attach_card(session, order.id, CARD + number)
            made.append(order)
        await session.commit()
    return SimpleNamespace(
        building=building,
        resident=resident,
        lead=lead,
        staff=staff,
        bob=bob,
        eve=eve,
        dave=dave,
        order=made[0] if made else None,
        orders=made,
    )


async def _card(sessionmaker, order_id: int) -> CardPress:
    async with sessionmaker() as session:
        order = await session.get(Order, order_id)
        building = await session.get(Building, order.building_id)
        return CardPress(building.chat_id, order.card_message_id)


async def _dispatch(
    sessionmaker, clock, notifier, order_id, action, actor_id, volunteer_id=None, **kw
):
    where = kw.pop("where", None) or await _card(sessionmaker, order_id)
    async with sessionmaker() as session:
        result = await dispatch(
            session,
            clock,
            notifier,
            order_id=order_id,
            action=action,
            actor_id=actor_id,
            pressed=where,
            volunteer_id=volunteer_id,
            **kw,
        )
        await session.commit()
        return result


async def _press(sessionmaker, clock, notifier, order_id, action, actor_id, where=None):
    where = where or await _card(sessionmaker, order_id)
    async with sessionmaker() as session:
        result = await act_on_order(
            session,
            clock,
            notifier,
            order_id=order_id,
            action=action,
            actor_id=actor_id,
            pressed=where,
        )
        await session.commit()
        return result


async def _order(sessionmaker, order_id: int) -> Order:
    async with sessionmaker() as session:
        order = await session.get(Order, order_id)
        assert order is not None
        return order


async def _events(sessionmaker, order_id: int) -> list[tuple[str, int | None, str | None, str]]:
    async with sessionmaker() as session:
        return [
            (e.action, e.actor_id, e.from_status, e.to_status)
            for e in await order_events(session, order_id)
        ]


async def test_the_lead_assigns_an_open_order_to_a_volunteer(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    result = await _dispatch(
        sessionmaker, clock, notifier, w.order.id, OrderAction.ASSIGN, w.lead.id, w.bob.id
    )
    assert result.outcome is Outcome.DONE and result.status is OrderStatus.CLAIMED
    order = await _order(sessionmaker, w.order.id)
    assert (order.volunteer_id, order.assigned_by_id) == (w.bob.id, w.lead.id)
    assert order.claimed_at == clock.now() and order.assignee_unreached is False
    assert await _events(sessionmaker, w.order.id) == [("assign", w.lead.id, "open", "claimed")]
    assert notifier.events == [("changed", 1, "claimed"), ("assign", 1, f"None>{w.bob.id}")]


async def test_reassign_then_take_back_reopens_and_every_change_is_an_event(
    sessionmaker, clock
) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    oid = w.order.id
    await _dispatch(sessionmaker, clock, notifier, oid, OrderAction.ASSIGN, w.staff.id, w.bob.id)
    clock.advance(minutes=5)
    moved = await _dispatch(
        sessionmaker, clock, notifier, oid, OrderAction.REASSIGN, w.lead.id, w.eve.id
    )
    order = await _order(sessionmaker, oid)
    assert moved.outcome is Outcome.DONE
    assert (order.volunteer_id, order.assigned_by_id) == (w.eve.id, w.lead.id)
    clock.advance(minutes=5)
    back = await _dispatch(sessionmaker, clock, notifier, oid, OrderAction.UNASSIGN, w.staff.id)
    order = await _order(sessionmaker, oid)
    assert back.outcome is Outcome.DONE and back.status is OrderStatus.OPEN
    assert order.volunteer_id is None and order.assigned_by_id is None and order.claimed_at is None
    assert await _events(sessionmaker, oid) == [
        ("assign", w.staff.id, "open", "claimed"),
        ("reassign", w.lead.id, "claimed", "claimed"),
        ("unassign", w.staff.id, "claimed", "open"),
    ]
    async with sessionmaker() as session:
        details = [e.detail for e in await order_events(session, oid)]
    assert details == [f"to {w.bob.id}", f"{w.bob.id}>{w.eve.id}", f"from {w.eve.id}"]
    assert [e for e in notifier.events if e[0] != "changed"] == [
        ("assign", 1, f"None>{w.bob.id}"),
        ("reassign", 1, f"{w.bob.id}>{w.eve.id}"),
        ("unassign", 1, f"{w.eve.id}>None"),
    ]
    # open again: anyone may claim it
    claimed = await _press(sessionmaker, clock, notifier, oid, OrderAction.CLAIM, w.bob.id)
    assert claimed.outcome is Outcome.DONE


async def test_staff_may_reassign_or_take_back_an_order_a_volunteer_claimed(
    sessionmaker, clock
) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    await _press(sessionmaker, clock, notifier, w.order.id, OrderAction.CLAIM, w.bob.id)
    moved = await _dispatch(
        sessionmaker, clock, notifier, w.order.id, OrderAction.REASSIGN, w.staff.id, w.eve.id
    )
    assert moved.outcome is Outcome.DONE
    order = await _order(sessionmaker, w.order.id)
    assert (order.volunteer_id, order.assigned_by_id) == (w.eve.id, w.staff.id)


async def test_assign_and_claim_race_has_exactly_one_winner(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock, orders=6)
    notifier = RecordingNotifier()
    for order in w.orders:
        results = await asyncio.gather(
            _dispatch(
                sessionmaker, clock, notifier, order.id, OrderAction.ASSIGN, w.staff.id, w.eve.id
            ),
            _press(sessionmaker, clock, notifier, order.id, OrderAction.CLAIM, w.bob.id),
        )
        assert sorted(r.outcome for r in results) == [Outcome.CONFLICT, Outcome.DONE]
        loser = next(r for r in results if r.outcome is Outcome.CONFLICT)
        stored = await _order(sessionmaker, order.id)
        events = await _events(sessionmaker, order.id)
        assert len(events) == 1 and events[0][3] == "claimed"
        if events[0][0] == "assign":
            assert (stored.volunteer_id, stored.assigned_by_id) == (w.eve.id, w.staff.id)
            assert loser.holder_name == "Eve"
        else:
            assert (stored.volunteer_id, stored.assigned_by_id) == (w.bob.id, None)
            assert loser.holder_name == "Bob"


async def test_two_staff_assigning_at_once_leave_one_assignment(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    results = await asyncio.gather(
        _dispatch(
            sessionmaker, clock, notifier, w.order.id, OrderAction.ASSIGN, w.staff.id, w.eve.id
        ),
        _dispatch(
            sessionmaker, clock, notifier, w.order.id, OrderAction.ASSIGN, w.lead.id, w.bob.id
        ),
    )
    assert sorted(r.outcome for r in results) == [Outcome.CONFLICT, Outcome.DONE]
    assert [e[0] for e in await _events(sessionmaker, w.order.id)] == ["assign"]


async def test_who_may_not_dispatch_is_refused_and_nothing_changes(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    oid = w.order.id
    stranger = await _dispatch(
        sessionmaker, clock, notifier, oid, OrderAction.ASSIGN, w.dave.id, w.bob.id
    )
    volunteer = await _dispatch(
        sessionmaker, clock, notifier, oid, OrderAction.ASSIGN, w.bob.id, w.bob.id
    )
    resident = await _dispatch(
        sessionmaker, clock, notifier, oid, OrderAction.ASSIGN, w.resident.id, w.eve.id
    )
    not_volunteer = await _dispatch(
        sessionmaker, clock, notifier, oid, OrderAction.ASSIGN, w.staff.id, w.dave.id
    )
    no_target = await _dispatch(sessionmaker, clock, notifier, oid, OrderAction.ASSIGN, w.staff.id)
    through_orders = await _press(
        sessionmaker, clock, notifier, oid, OrderAction.ASSIGN, w.staff.id
    )
    elsewhere = await _dispatch(
        sessionmaker,
        clock,
        notifier,
        oid,
        OrderAction.ASSIGN,
        w.staff.id,
        w.bob.id,
        where=CardPress(-42, CARD),
    )
    assert {stranger.denial, volunteer.denial, resident.denial} == {Denial.NOT_DISPATCHER}
    assert not_volunteer.denial is Denial.NOT_A_VOLUNTEER
    assert {no_target.outcome, through_orders.outcome, elsewhere.outcome} == {Outcome.FOREIGN}
    order = await _order(sessionmaker, oid)
    assert order.status == OrderStatus.OPEN and order.volunteer_id is None
    assert await _events(sessionmaker, oid) == [] and notifier.events == []


async def test_a_group_admin_counts_as_staff_and_a_volunteer_cannot_take_back(
    sessionmaker, clock
) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    oid = w.order.id
    admin = await _dispatch(
        sessionmaker,
        clock,
        notifier,
        oid,
        OrderAction.ASSIGN,
        w.dave.id,
        w.bob.id,
        group_admin=True,
    )
    assert admin.outcome is Outcome.DONE
    holder = await _dispatch(sessionmaker, clock, notifier, oid, OrderAction.UNASSIGN, w.bob.id)
    other = await _dispatch(sessionmaker, clock, notifier, oid, OrderAction.UNASSIGN, w.eve.id)
    assert holder.denial is Denial.NOT_DISPATCHER and other.denial is Denial.NOT_DISPATCHER
    again = await _dispatch(
        sessionmaker, clock, notifier, oid, OrderAction.ASSIGN, w.staff.id, w.eve.id
    )
    same = await _dispatch(
        sessionmaker, clock, notifier, oid, OrderAction.REASSIGN, w.staff.id, w.bob.id
    )
    assert again.outcome is Outcome.CONFLICT and again.holder_name == "Bob"
    assert same.outcome is Outcome.CONFLICT
    assert (await _order(sessionmaker, oid)).volunteer_id == w.bob.id


async def test_the_holder_delivers_from_their_private_chat_and_no_one_else_can(
    sessionmaker, clock
) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    oid = w.order.id
    await _dispatch(sessionmaker, clock, notifier, oid, OrderAction.ASSIGN, w.lead.id, w.bob.id)
    bobs_chat = CardPress(w.bob.id, 77)
    eve = await _press(
        sessionmaker, clock, notifier, oid, OrderAction.DELIVER, w.eve.id, CardPress(w.eve.id, 5)
    )
    forged = await _press(
        sessionmaker, clock, notifier, oid, OrderAction.DELIVER, w.eve.id, bobs_chat
    )
    reject = await _press(
        sessionmaker, clock, notifier, oid, OrderAction.REJECT, w.bob.id, bobs_chat
    )
    assert {eve.outcome, forged.outcome, reject.outcome} == {Outcome.FOREIGN}
    done = await _press(
        sessionmaker, clock, notifier, oid, OrderAction.DELIVER, w.bob.id, bobs_chat
    )
    assert done.outcome is Outcome.DONE and done.status is OrderStatus.DELIVERED
    # the group's card is the one redrawn, never the private message's id in the group
    assert notifier.events[-2:] == [("changed", 1, "delivered"), ("delivered", 1, "delivered")]
    order = await _order(sessionmaker, oid)
    assert order.assigned_by_id == w.lead.id and order.closed_at == clock.now()


async def test_an_assignment_notice_refused_marks_the_card_while_it_stands(
    sessionmaker, clock
) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    oid = w.order.id
    await _dispatch(sessionmaker, clock, notifier, oid, OrderAction.ASSIGN, w.staff.id, w.bob.id)
    async with sessionmaker() as session:
        first = (await order_events(session, oid))[-1].id
    async with sessionmaker() as session:
        await assign_notice_failed(session, notifier, clock, first, "Forbidden: can't initiate")
        await session.commit()
    order = await _order(sessionmaker, oid)
    assert order.assignee_unreached is True
    assert notifier.events[-2:] == [("changed", 1, "claimed"), ("unreached", 1, str(w.staff.id))]
    assert (await _events(sessionmaker, oid))[-1] == ("unreached", w.bob.id, "claimed", "claimed")

    await _dispatch(sessionmaker, clock, notifier, oid, OrderAction.REASSIGN, w.staff.id, w.eve.id)
    assert (await _order(sessionmaker, oid)).assignee_unreached is False
    told = len(notifier.events)
    async with sessionmaker() as session:  # the first notice's refusal, retried late
        await assign_notice_failed(session, notifier, clock, first, "Forbidden")
        await session.commit()
    assert (await _order(sessionmaker, oid)).assignee_unreached is False
    assert len(notifier.events) == told


async def test_stepping_down_hands_back_every_order_held(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock, orders=4)
    notifier = RecordingNotifier()
    claimed, assigned, delivered, others = w.orders
    await _press(sessionmaker, clock, notifier, claimed.id, OrderAction.CLAIM, w.bob.id)
    await _dispatch(
        sessionmaker, clock, notifier, assigned.id, OrderAction.ASSIGN, w.lead.id, w.bob.id
    )
    await _press(sessionmaker, clock, notifier, delivered.id, OrderAction.CLAIM, w.bob.id)
    await _press(sessionmaker, clock, notifier, delivered.id, OrderAction.DELIVER, w.bob.id)
    await _press(sessionmaker, clock, notifier, others.id, OrderAction.CLAIM, w.eve.id)
    notifier.events.clear()
    async with sessionmaker() as session:
        handed = await step_down(
            session, clock, notifier, building_id=w.building.id, person_id=w.bob.id
        )
        await session.commit()
    assert handed.orders == [claimed.number, assigned.number]
    for order in (claimed, assigned):
        stored = await _order(sessionmaker, order.id)
        assert stored.status == OrderStatus.OPEN and stored.volunteer_id is None
        assert stored.assigned_by_id is None
        assert (await _events(sessionmaker, order.id))[-1] == (
            "hand_back",
            w.bob.id,
            "claimed",
            "open",
        )
    assert (await _order(sessionmaker, delivered.id)).status == OrderStatus.DELIVERED
    assert (await _order(sessionmaker, others.id)).volunteer_id == w.eve.id
    assert notifier.events == [
        ("changed", claimed.number, "open"),
        ("changed", assigned.number, "open"),
        ("handed_back", w.bob.id, f"{claimed.number},{assigned.number}"),
    ]
    async with sessionmaker() as session:
        member = await member_of(session, w.building.id, w.bob.id)
        assert member is not None and member.is_volunteer is False
        nothing = await step_down(
            session, clock, notifier, building_id=w.building.id, person_id=w.eve.id
        )
        await session.commit()
    assert nothing.orders == [others.number]


async def test_the_picker_lists_volunteers_least_busy_first_without_the_holder(
    sessionmaker, clock
) -> None:
    w = await _world(sessionmaker, clock, orders=3)
    notifier = RecordingNotifier()
    first, second, third = w.orders
    await _press(sessionmaker, clock, notifier, first.id, OrderAction.CLAIM, w.bob.id)
    await _press(sessionmaker, clock, notifier, second.id, OrderAction.CLAIM, w.bob.id)
    async with sessionmaker() as session:
        open_one = await session.get(Order, third.id)
        held_one = await session.get(Order, first.id)
        assert open_one is not None and held_one is not None
        for_open = await volunteer_choices(session, open_one)
        for_held = await volunteer_choices(session, held_one)
    assert [(c.name, c.held) for c in for_open] == [("Eve", 0), ("Bob", 2)]
    assert [(c.name, c.held) for c in for_held] == [("Eve", 0)]


async def test_held_orders_feed_myorders_and_today(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock, orders=2)
    notifier = RecordingNotifier()
    first, second = w.orders
    await _press(sessionmaker, clock, notifier, first.id, OrderAction.CLAIM, w.bob.id)
    clock.advance(minutes=1)
    await _dispatch(
        sessionmaker, clock, notifier, second.id, OrderAction.ASSIGN, w.lead.id, w.bob.id
    )
    async with sessionmaker() as session:
        held = await held_orders(session, w.bob.id)
        today = await dispatch_today_section(session, w.bob.id, clock.now())
        none = await dispatch_today_section(session, w.eve.id, clock.now())
    assert [(h.number, h.assigned_by) for h in held] == [(1, None), (2, "小夏")]
    assert today == held and none == []


async def _pending(sessionmaker, order_id: int) -> list[tuple[str, int | None, object]]:
    async with sessionmaker() as session:
        rows = await session.scalars(
            select(OrderFollowUp).where(
                OrderFollowUp.order_id == order_id, OrderFollowUp.done_at.is_(None)
            )
        )
        return [(row.kind, row.volunteer_id, row.due_at) for row in rows]


async def test_an_assignment_is_followed_up_as_a_claim_and_a_hand_back_as_a_release(
    sessionmaker, clock
) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    result = await _dispatch(
        sessionmaker, clock, notifier, w.order.id, OrderAction.ASSIGN, w.staff.id, w.bob.id
    )
    assert result.outcome is Outcome.DONE
    assert await _pending(sessionmaker, w.order.id) == [
        (FollowUpKind.ASK, w.bob.id, clock.now() + timedelta(hours=3))
    ]
    clock.advance(minutes=5)
    async with sessionmaker() as session:
        await step_down(session, clock, notifier, building_id=w.building.id, person_id=w.bob.id)
        await session.commit()
    assert await _pending(sessionmaker, w.order.id) == [
        (FollowUpKind.UNCLAIMED, None, clock.now() + timedelta(minutes=30))
    ]
