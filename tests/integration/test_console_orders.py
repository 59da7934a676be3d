"""The console's Orders page (SQLite and PostgreSQL): stale orders highlighted by the follow-ups'
own times; assign, reassign, take back and 包户 through the chat's domain functions, with
rights read fresh, CSRF, the console audit, and a race told plainly."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.l10n import L10n
from bot.notifier import TelegramNotifier
from domain.clock import FakeClock
from domain.console_access import console_access
from domain.console_orders import orders_board
from domain.order_follow_up import order_opened
from domain.order_rules import OrderAction, OrderStatus
from domain.orders import CardPress, Outcome, act_on_order
from models.buildings import Building, Member
from models.community_settings import CommunitySettings
from models.console import ConsoleAudit
from models.households import Household
from models.order_follow_ups import FollowUpKind, OrderFollowUp
from models.orders import Order, OrderEvent
from models.outbox import OutboundMessage
from models.pairing import Pairing
from models.people import Person
from tests.support.console import ConsoleWorld, seed_console_world, serve_console, sign_in
from tests.support.factories import make_order, make_person


@dataclass
class OrdersWorld:
    """The console's world with volunteers and orders of several ages."""

    world: ConsoleWorld
    bob: Person
    """A volunteer of 3号楼 who started the bot."""
    carol: Person
    """A volunteer of 3号楼 who never did."""
    dan: Person
    """A volunteer of 5号楼."""
    fresh: Order
    """Open 5 minutes: not stale."""
    waiting: Order
    """Open 42 minutes: past the unclaimed 30."""
    held: Order
    """Held by Bob 3 h 10 min: past the undelivered 3 h."""
    b5_order: Order
    """An open order of 5号楼 (the lead's building)."""


@pytest.fixture
async def ow(sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock) -> OrdersWorld:
    async with sessionmaker() as session, session.begin():
        world = await seed_console_world(session, clock)
        b3, b5 = world.b3, world.b5
        bob = await make_person(session, clock, b3, name="Bob", volunteer=True, started=True)
        carol = await make_person(session, clock, b3, name="Carol", volunteer=True)
        dan = await make_person(session, clock, b5, name="Dan", volunteer=True, started=True)
        now = clock.now()
        clock._now = now - timedelta(hours=3, minutes=10)
        held = await make_order(
            session, clock, b3, world.resident, status=OrderStatus.CLAIMED, volunteer=bob
        )
        held.claimed_at = clock.now()
        held.text = "帮忙取快递"
        clock._now = now - timedelta(minutes=42)
        waiting = await make_order(session, clock, b3, world.resident, text="帮忙买药 降压药")
        clock._now = now - timedelta(minutes=5)
        fresh = await make_order(session, clock, b3, world.resident, text="帮忙买两瓶酱油")
        b5_order = await make_order(session, clock, b5, world.resident, text="5号楼 买菜")
        clock._now = now
        await session.flush()
        return OrdersWorld(world, bob, carol, dan, fresh, waiting, held, b5_order)


def row_of(page: str, order: Order) -> str:
    """The <tr> of one order on the Orders page."""
    found = re.search(rf'<tr id="o{order.id}"[^>]*>.*?</tr>', page, re.S)
    assert found, f"order #{order.number} is not on the page"
    return found[0]


def text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


async def test_stale_orders_are_highlighted_with_the_reason_and_filtered(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, ow: OrdersWorld
) -> None:
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, ow.world.staff.id)
        page = await (await client.get("/console/orders")).text()
        waiting, held, fresh = (row_of(page, o) for o in (ow.waiting, ow.held, ow.fresh))
        assert 'class="stale"' in waiting and "未接单 42 分钟" in text_of(waiting)
        assert 'class="stale"' in held and "已接未送 3 小时 10 分钟" in text_of(held)
        assert "超时" in text_of(held) and "Bob" in text_of(held)
        assert 'class="stale"' not in fresh and "超时" not in text_of(fresh)
        assert "只看超时（2）" in page

        only = await (await client.get("/console/orders?stale=1")).text()
        assert f'id="o{ow.waiting.id}"' in only and f'id="o{ow.held.id}"' in only
        assert f'id="o{ow.fresh.id}"' not in only
        # the longest overdue first
        assert only.index(f'id="o{ow.held.id}"') < only.index(f'id="o{ow.waiting.id}"')

        await client.post("/console/lang", data={"csrf": csrf, "lang": "en", "back": "/"})
        english = await (await client.get("/console/orders")).text()
        assert "unclaimed 42 min" in text_of(row_of(english, ow.waiting))
        assert "held 3 h 10 min" in text_of(row_of(english, ow.held))
        assert "Overdue only (2)" in english


async def test_the_communitys_own_times_and_urgent_orders_count(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, ow: OrdersWorld
) -> None:
    async with sessionmaker() as session, session.begin():
        session.add(
            CommunitySettings(community="幸福里", unclaimed_minutes=60, updated_at=clock.now())
        )
        fresh = await session.get(Order, ow.fresh.id)
        assert fresh is not None
        fresh.urgent = True  # medicine for a chronic household: 10 minutes, not 60
        clock.advance(minutes=6)  # fresh is 11 minutes old
    async with sessionmaker() as session:
        access = await console_access(session, ow.world.staff.id)
        board = await orders_board(session, clock, access, None, open_only=True)
    stale = {line.order.id: line.stale for line in board.lines if line.stale}
    assert ow.waiting.id not in stale  # 48 minutes, under the community's 60
    assert ow.held.id in stale
    assert stale[ow.fresh.id] is not None and stale[ow.fresh.id].urgent
    assert stale[ow.fresh.id].after == timedelta(minutes=10)


async def test_stale_turns_on_when_the_follow_up_falls_due(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, ow: OrdersWorld
) -> None:
    """One rule: the console marks an order stale at the very moment its follow-up is due."""
    async with sessionmaker() as session, session.begin():
        session.add(
            CommunitySettings(community="幸福里", unclaimed_minutes=20, updated_at=clock.now())
        )
        building = await session.get(Building, ow.world.b3.id)
        order = await make_order(session, clock, building, ow.world.resident)  # type: ignore[arg-type]
        await order_opened(session, building, order, clock.now())  # type: ignore[arg-type]
    async with sessionmaker() as session:
        due = await session.scalar(
            select(OrderFollowUp.due_at).where(
                OrderFollowUp.order_id == order.id,
                OrderFollowUp.kind == FollowUpKind.UNCLAIMED.value,
            )
        )
    assert due is not None
    access_id = ow.world.staff.id
    for moment, expected in ((due - timedelta(seconds=1), False), (due, True)):
        clock._now = moment
        async with sessionmaker() as session:
            access = await console_access(session, access_id)
            board = await orders_board(session, clock, access, None, open_only=True)
        line = next(line for line in board.lines if line.order.id == order.id)
        assert (line.stale is not None) is expected, moment


async def test_a_released_order_counts_from_its_release(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, ow: OrdersWorld
) -> None:
    notifier = TelegramNotifier(L10n(), clock)
    async with sessionmaker() as session, session.begin():
        held = await session.get(Order, ow.held.id)
        assert held is not None
        result = await act_on_order(
            session,
            clock,
            notifier,
            order_id=held.id,
            action=OrderAction.RELEASE,
            actor_id=ow.bob.id,
            pressed=CardPress(ow.world.b3.chat_id, held.card_message_id or 0),
        )
        assert result.outcome is Outcome.DONE
    clock.advance(minutes=29)
    async with sessionmaker() as session:
        access = await console_access(session, ow.world.staff.id)
        board = await orders_board(session, clock, access, None, open_only=True)
    line = next(line for line in board.lines if line.order.id == ow.held.id)
    assert line.stale is None  # open again 29 minutes, though created 3 h 39 min ago


async def outbox_to(session: AsyncSession, chat_id: int) -> list[OutboundMessage]:
    rows = await session.scalars(select(OutboundMessage).where(OutboundMessage.chat_id == chat_id))
    return list(rows)


async def test_staff_assign_reassign_and_take_back_as_in_the_chat(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, ow: OrdersWorld
) -> None:
    woken: list[int] = []
    async with serve_console(sessionmaker, clock, wake=lambda: woken.append(1)) as client:
        csrf = await sign_in(client, sessionmaker, clock, ow.world.staff.id)
        page = await (await client.get("/console/orders")).text()
        row = row_of(page, ow.waiting)
        assert f'id="assign-{ow.waiting.id}"' in row
        assert "Bob（手上 1 单）" in row and "Carol（手上 0 单）" in row
        assert "Dan" not in row  # 5号楼's volunteer is not offered for 3号楼
        assigned = await client.post(
            f"/console/orders/{ow.waiting.id}/dispatch",
            data={
                "csrf": csrf,
                "action": "assign",
                "volunteer": str(ow.bob.id),
                "seen": "open:",
                "back": f"/console/orders?building={ow.world.b3.id}",
            },
        )
        after = await assigned.text()
        assert assigned.status == 200 and assigned.url.path == "/console/orders"
        assert assigned.url.query["building"] == str(ow.world.b3.id)
        assert "已指派给 Bob" in text_of(after)
        assert woken
        async with sessionmaker() as session:
            order = await session.get(Order, ow.waiting.id)
            assert order is not None and order.status == OrderStatus.CLAIMED
            assert order.volunteer_id == ow.bob.id and order.assigned_by_id == ow.world.staff.id
            events = list(
                await session.scalars(
                    select(OrderEvent.action).where(OrderEvent.order_id == order.id)
                )
            )
            assert events == ["assign"]
            private = await outbox_to(session, ow.bob.id)
            assert any(f"#{order.number}" in m.payload["text"] for m in private)
            card = [
                m
                for m in await outbox_to(session, ow.world.b3.chat_id)
                if m.payload.get("message_id") == order.card_message_id
            ]
            assert card and "Bob" in card[0].payload["text"]  # the group's card is redrawn
            follow_up = await session.scalar(
                select(OrderFollowUp.kind).where(
                    OrderFollowUp.order_id == order.id, OrderFollowUp.done_at.is_(None)
                )
            )
            assert follow_up == FollowUpKind.ASK.value  # held now: the volunteer is asked later

        reassigned = await client.post(
            f"/console/orders/{ow.waiting.id}/dispatch",
            data={
                "csrf": csrf,
                "action": "reassign",
                "volunteer": str(ow.carol.id),
                "seen": f"claimed:{ow.bob.id}",
                "back": "/console/orders",
            },
        )
        assert "没有启动机器人" in text_of(await reassigned.text())  # Carol cannot be told
        taken = await client.post(
            f"/console/orders/{ow.waiting.id}/dispatch",
            data={
                "csrf": csrf,
                "action": "unassign",
                "seen": f"claimed:{ow.carol.id}",
                "back": "/console/orders",
            },
        )
        assert "已收回" in text_of(await taken.text())
        async with sessionmaker() as session:
            order = await session.get(Order, ow.waiting.id)
            assert order is not None and order.status == OrderStatus.OPEN
            assert order.volunteer_id is None
            events = list(
                await session.scalars(
                    select(OrderEvent.action)
                    .where(OrderEvent.order_id == order.id)
                    .order_by(OrderEvent.id)
                )
            )
            assert events == ["assign", "reassign", "unassign"]
            told = [m.payload["text"] for m in await outbox_to(session, ow.bob.id)]
            assert any("改派" in text or "reassigned" in text for text in told)  # Bob hears
            audit = list(await session.scalars(select(ConsoleAudit).order_by(ConsoleAudit.id)))
        assert [a.action for a in audit] == ["order.assign", "order.reassign", "order.unassign"]
        assert audit[0].person_id == ow.world.staff.id
        assert audit[0].before == {"status": "open", "volunteer": None}
        assert audit[0].after == {"status": "claimed", "volunteer": "Bob"}
        assert audit[1].before["volunteer"] == "Bob" and audit[1].after["volunteer"] == "Carol"
        assert audit[2].after == {"status": "open", "volunteer": None}
        shown = text_of(await (await client.get("/console/audit")).text())
        assert f"指派订单 #{ow.waiting.number}" in shown and "收回订单" in shown
        assert "李主任" in shown and "Carol" in shown


async def test_a_claim_in_the_chat_meanwhile_is_told_plainly(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, ow: OrdersWorld
) -> None:
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, ow.world.staff.id)
        page = await (await client.get("/console/orders")).text()
        seen = re.search(r'name="seen" value="([^"]*)"', row_of(page, ow.waiting))
        assert seen and seen[1] == "open:"
        async with sessionmaker() as session, session.begin():  # Bob presses Claim on the card
            bob = await session.get(Person, ow.bob.id)
            assert bob is not None
            bob.full_name = "Bob & Co"
            claimed = await act_on_order(
                session,
                clock,
                TelegramNotifier(L10n(), clock),
                order_id=ow.waiting.id,
                action=OrderAction.CLAIM,
                actor_id=ow.bob.id,
                pressed=CardPress(ow.world.b3.chat_id, ow.waiting.card_message_id or 0),
            )
            assert claimed.outcome is Outcome.DONE
        answer = await client.post(
            f"/console/orders/{ow.waiting.id}/dispatch",
            data={
                "csrf": csrf,
                "action": "assign",
                "volunteer": str(ow.carol.id),
                "seen": seen[1],
                "back": "/console/orders",
            },
        )
        raw = await answer.text()
        said = text_of(raw)
        assert answer.status == 200
        assert "刚刚有了变化" in said and "已接单 · Bob & Co" in said and "没有做任何更改" in said
        assert "Bob &amp; Co" in raw and "&amp;amp;" not in raw  # escaped once
        async with sessionmaker() as session:
            order = await session.get(Order, ow.waiting.id)
            assert order is not None and order.volunteer_id == ow.bob.id
            assert order.assigned_by_id is None
            assert not await outbox_to(session, ow.carol.id)
            assert not list(await session.scalars(select(ConsoleAudit)))
        # the same order already delivered, a take-back of it: told plainly too
        gone = await client.post(
            f"/console/orders/{ow.fresh.id}/dispatch",
            data={"csrf": csrf, "action": "unassign", "seen": "claimed:1", "back": ""},
        )
        assert gone.status == 200 and "刚刚有了变化" in text_of(await gone.text())


async def test_only_staff_and_the_buildings_lead_may_assign(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, ow: OrdersWorld
) -> None:
    w = ow.world

    def assign(order: Order, volunteer: Person, csrf: str) -> dict[str, str]:
        return {
            "csrf": csrf,
            "action": "assign",
            "volunteer": str(volunteer.id),
            "seen": "open:",
            "back": "/console/orders",
        }

    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, w.lead.id)  # 老张, lead of 5号楼
        page = await (await client.get("/console/orders")).text()
        assert f'id="assign-{ow.b5_order.id}"' in page
        refused = await client.post(
            f"/console/orders/{ow.waiting.id}/dispatch", data=assign(ow.waiting, ow.bob, csrf)
        )
        assert refused.status == 403  # 3号楼 is not theirs
        done = await client.post(
            f"/console/orders/{ow.b5_order.id}/dispatch", data=assign(ow.b5_order, ow.dan, csrf)
        )
        assert done.status == 200 and "已指派给 Dan" in text_of(await done.text())
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, w.doctor.id)
        page = await (await client.get("/console/orders")).text()
        assert "assign-" not in page and 'name="volunteer"' not in page  # no forms
        refused = await client.post(
            f"/console/orders/{ow.waiting.id}/dispatch", data=assign(ow.waiting, ow.bob, csrf)
        )
        assert refused.status == 403
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, w.outsider.id)
        refused = await client.post(
            f"/console/orders/{ow.waiting.id}/dispatch", data=assign(ow.waiting, ow.bob, csrf)
        )
        assert refused.status == 403
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, w.staff.id)
        forged = await client.post(
            f"/console/orders/{ow.waiting.id}/dispatch",
            data={**assign(ow.waiting, ow.bob, csrf), "csrf": "forged"},
        )
        assert forged.status == 403 and "表单已失效" in await forged.text()
        nobody = await client.post(
            f"/console/orders/{ow.waiting.id}/dispatch", data=assign(ow.waiting, ow.dan, csrf)
        )
        assert "不是该楼的志愿者" in text_of(await nobody.text())  # Dan is of 5号楼
        # staff no more: refused at once, though the page was open
        async with sessionmaker() as session, session.begin():
            member = await session.scalar(
                select(Member).where(Member.person_id == w.staff.id, Member.building_id == w.b3.id)
            )
            assert member is not None
            member.is_staff = False
        late = await client.post(
            f"/console/orders/{ow.waiting.id}/dispatch", data=assign(ow.waiting, ow.bob, csrf)
        )
        assert late.status == 403
    async with sessionmaker() as session:
        waiting = await session.get(Order, ow.waiting.id)
        assert waiting is not None and waiting.status == OrderStatus.OPEN
        actions = list(await session.scalars(select(ConsoleAudit.action)))
    assert actions == ["order.assign"]  # the lead's, of 5号楼


async def test_pair_and_unpair_a_household_from_the_ledger(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, ow: OrdersWorld
) -> None:
    w = ow.world
    household_id = w.households["b3 3-1-102"]
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, w.staff.id)
        page = await (await client.get(f"/console/households?building={w.b3.id}")).text()
        assert f'id="pair-{household_id}"' in page
        paired = await client.post(
            f"/console/households/{household_id}/pair",
            data={
                "csrf": csrf,
                "action": "pair",
                "volunteer": str(ow.bob.id),
                "back": f"/console/households?building={w.b3.id}",
            },
        )
        said = text_of(await paired.text())
        assert paired.status == 200 and "3-1-102 已由 Bob 包户" in said
        async with sessionmaker() as session:
            pairing = await session.scalar(
                select(Pairing).where(Pairing.household_id == household_id)
            )
            assert pairing is not None and pairing.volunteer_id == ow.bob.id
            assert pairing.paired_by == w.staff.id
            told = [m.payload["text"] for m in await outbox_to(session, ow.bob.id)]
            assert any("3-1-102" in text for text in told)  # as after /pair
        unpaired = await client.post(
            f"/console/households/{household_id}/pair",
            data={"csrf": csrf, "action": "unpair", "back": "/console/households"},
        )
        assert "已解除包户" in text_of(await unpaired.text())
        wrong = await client.post(
            f"/console/households/{household_id}/pair",
            data={"csrf": csrf, "action": "pair", "volunteer": str(ow.dan.id), "back": ""},
        )
        assert "不是该楼的志愿者" in text_of(await wrong.text())
        audit = text_of(await (await client.get("/console/audit")).text())
        assert "包户 3-1-102" in audit and "解除包户 3-1-102" in audit
    async with sessionmaker() as session:
        assert await session.scalar(select(Pairing.id)) is None
        entries = list(await session.scalars(select(ConsoleAudit).order_by(ConsoleAudit.id)))
    assert [(a.action, a.before, a.after) for a in entries] == [
        ("household.pair", {"volunteer": None}, {"volunteer": "Bob"}),
        ("household.unpair", {"volunteer": "Bob"}, {"volunteer": None}),
    ]
    async with serve_console(sessionmaker, clock) as client:  # the lead of 5号楼
        csrf = await sign_in(client, sessionmaker, clock, w.lead.id)
        b5_household = w.households["b5 5-1-201"]
        page = await (await client.get("/console/households")).text()
        assert f'id="pair-{b5_household}"' in page
        refused = await client.post(
            f"/console/households/{household_id}/pair",
            data={"csrf": csrf, "action": "pair", "volunteer": str(ow.bob.id)},
        )
        assert refused.status == 403
        done = await client.post(
            f"/console/households/{b5_household}/pair",
            data={"csrf": csrf, "action": "pair", "volunteer": str(ow.dan.id)},
        )
        assert "5-1-201 已由 Dan 包户" in text_of(await done.text())
    async with serve_console(sessionmaker, clock) as client:  # the doctor: no forms, no pairing
        csrf = await sign_in(client, sessionmaker, clock, w.doctor.id)
        page = await (await client.get("/console/households")).text()
        assert "pair-" not in page
        refused = await client.post(
            f"/console/households/{household_id}/pair",
            data={"csrf": csrf, "action": "pair", "volunteer": str(ow.bob.id)},
        )
        assert refused.status == 403
    async with sessionmaker() as session:
        household = await session.get(Household, household_id)
        assert household is not None
        pairing = await session.scalar(select(Pairing).where(Pairing.household_id == household_id))
        assert pairing is None
