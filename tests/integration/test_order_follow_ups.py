"""Nobody forgotten, against real databases: due follow-ups, each once, stale ones dropped."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.order_follow_up import Answer, AnswerCheck, FollowUpDone, check_answer, record_answer
from domain.order_rules import OrderAction, OrderStatus
from domain.orders import Outcome, act_on_order
from domain.settings_store import Setting, save_settings
from jobs.follow_up_order import follow_up_order
from jobs.sweep_follow_ups import sweep_follow_ups
from models.households import get_or_create_household
from models.order_follow_ups import FollowUpKind, FollowUpOutcome, OrderFollowUp
from models.orders import Order
from tests.support.factories import RecordingNotifier, make_building, make_person
from tests.support.follow_ups import (
    RecordingFollowUps,
    follow_up_rows,
    open_request,
    press,
)

RICE = "帮忙买一袋大米 两桶油 谢谢"
PILLS = "帮忙买一盒降压药 硝苯地平 谢谢"


async def _world(sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, **lead: bool):
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        building.community = "幸福里"
        resident = await make_person(session, clock, building, flat="3-2-501")
        bob = await make_person(session, clock, building, name="Bob", volunteer=True, started=True)
        eve = await make_person(session, clock, building, name="Eve", volunteer=True)
        zhang = await make_person(
            session, clock, building, name="老张", lead=True, started=lead.get("started", True)
        )
        await session.commit()
        return building.id, resident.id, bob.id, eve.id, zhang.id


async def _sweep(sessionmaker, clock, notifier, **delta: float) -> int:
    clock.advance(**delta)
    return await sweep_follow_ups(sessionmaker, clock, notifier)


async def test_unclaimed_order_is_raised_once_after_30_minutes_and_the_lead_told(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, _bob, _eve, zhang = await _world(sessionmaker, clock)
    told = RecordingFollowUps(clock)
    order = await open_request(sessionmaker, clock, building, resident, RICE)
    assert not order.urgent
    assert await _sweep(sessionmaker, clock, told, minutes=29, seconds=59) == 0
    assert told.told == []
    assert await _sweep(sessionmaker, clock, told, seconds=1) == 1
    [raised] = told.told
    assert (raised.what, raised.number, raised.to, raised.minutes) == ("unclaimed", 1, (zhang,), 30)
    assert await _sweep(sessionmaker, clock, told, hours=5) == 0  # once, however long it waits
    [row] = await follow_up_rows(sessionmaker, order.id)
    assert (row.kind, row.outcome, row.told) == ("unclaimed", "done", 1)


async def test_an_order_claimed_in_time_is_never_raised(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, bob, _eve, _zhang = await _world(sessionmaker, clock)
    told = RecordingFollowUps(clock)
    order = await open_request(sessionmaker, clock, building, resident, RICE)
    clock.advance(minutes=12)
    claimed = await press(sessionmaker, clock, order.id, OrderAction.CLAIM, bob)
    clock.advance(minutes=40)
    delivered = await press(sessionmaker, clock, order.id, OrderAction.DELIVER, bob)
    assert claimed.outcome is delivered.outcome is Outcome.DONE
    assert await _sweep(sessionmaker, clock, told, hours=10) == 0
    assert told.told == []
    rows = await follow_up_rows(sessionmaker, order.id)
    assert [(r.kind, r.outcome) for r in rows] == [("unclaimed", "stale"), ("ask", "stale")]


async def test_a_follow_up_the_order_outgrew_drops_itself_when_run(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    """The job re-checks the order: a row still pending for an order that moved on (a change
    made without the use case) is dropped, not told."""
    building, resident, bob, _eve, _zhang = await _world(sessionmaker, clock)
    told = RecordingFollowUps(clock)
    order = await open_request(sessionmaker, clock, building, resident, RICE)
    async with sessionmaker() as session:
        row = await session.get(Order, order.id)
        assert row is not None
        row.status, row.volunteer_id = OrderStatus.CLAIMED, bob
        await session.commit()
    clock.advance(minutes=31)
    [pending] = await follow_up_rows(sessionmaker, order.id)
    assert await follow_up_order(sessionmaker, clock, told, pending.id) is FollowUpDone.STALE
    assert await follow_up_order(sessionmaker, clock, told, pending.id) is FollowUpDone.GONE
    assert told.told == []


async def test_medicine_for_a_chronic_household_is_urgent_and_climbs_faster(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, bob, _eve, zhang = await _world(sessionmaker, clock)
    async with sessionmaker() as session:
        household = await get_or_create_household(
            session, building_id=building, flat="3-2-501", now=clock.now()
        )
        household.needs = "elderly chronic"
        await session.commit()
    told = RecordingFollowUps(clock)
    rice = await open_request(sessionmaker, clock, building, resident, RICE)
    pills = await open_request(sessionmaker, clock, building, resident, PILLS)
    assert (rice.urgent, pills.urgent) == (False, True)  # groceries are not urgent
    assert await _sweep(sessionmaker, clock, told, minutes=10) == 1
    assert [(t.what, t.number) for t in told.told] == [("unclaimed", 2)]
    await press(sessionmaker, clock, pills.id, OrderAction.CLAIM, bob)
    assert await _sweep(sessionmaker, clock, told, minutes=59) == 1  # the rice, at 30 min
    assert await _sweep(sessionmaker, clock, told, minutes=1) == 1  # urgent: asked after 1 h
    assert await _sweep(sessionmaker, clock, told, minutes=30) == 1
    assert [(t.what, t.number, t.to) for t in told.told] == [
        ("unclaimed", 2, (zhang,)),
        ("unclaimed", 1, (zhang,)),
        ("ask", 2, (bob,)),
        ("held", 2, (zhang,)),
    ]


async def test_a_category_corrected_to_medicine_becomes_urgent_and_its_due_time_moves(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, _bob, _eve, zhang = await _world(sessionmaker, clock)
    async with sessionmaker() as session:
        household = await get_or_create_household(
            session, building_id=building, flat="3-2-501", now=clock.now()
        )
        household.needs = "dialysis"
        await session.commit()
    told = RecordingFollowUps(clock)
    order = await open_request(sessionmaker, clock, building, resident, "帮忙取一下快递 谢谢")
    assert not order.urgent
    clock.advance(minutes=5)
    result = await press(
        sessionmaker, clock, order.id, OrderAction.RECATEGORIZE, resident, category="medicine"
    )
    assert result.outcome is Outcome.DONE
    async with sessionmaker() as session:
        row = await session.get(Order, order.id)
        assert row is not None and row.urgent
    assert await _sweep(sessionmaker, clock, told, minutes=5) == 1  # 10 min from creation
    assert [(t.what, t.to) for t in told.told] == [("unclaimed", (zhang,))]


async def test_undelivered_asks_the_volunteer_then_tells_the_lead(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, bob, _eve, zhang = await _world(sessionmaker, clock)
    told = RecordingFollowUps(clock)
    order = await open_request(sessionmaker, clock, building, resident, RICE)
    await press(sessionmaker, clock, order.id, OrderAction.CLAIM, bob)
    assert await _sweep(sessionmaker, clock, told, hours=2, minutes=59) == 0
    assert await _sweep(sessionmaker, clock, told, minutes=1) == 1
    [ask] = told.told
    assert (ask.what, ask.to, ask.minutes) == ("ask", (bob,), 180)
    assert await _sweep(sessionmaker, clock, told, minutes=29) == 0
    assert await _sweep(sessionmaker, clock, told, minutes=1) == 1
    [_, held] = told.told
    assert (held.what, held.to, held.asked, held.minutes) == ("held", (zhang,), True, 210)
    assert await _sweep(sessionmaker, clock, told, hours=10) == 0
    assert len(told.told) == 2


async def test_still_on_it_keeps_the_lead_out_and_asks_again_later(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, bob, eve, zhang = await _world(sessionmaker, clock)
    told = RecordingFollowUps(clock)
    order = await open_request(sessionmaker, clock, building, resident, RICE)
    await press(sessionmaker, clock, order.id, OrderAction.CLAIM, bob)
    await _sweep(sessionmaker, clock, told, hours=3)
    [ask] = told.of("ask")
    async with sessionmaker() as session:
        assert (await check_answer(session, ask.follow_up_id, eve)).check is AnswerCheck.DENIED
        asked = await check_answer(session, ask.follow_up_id, bob)
        assert asked.check is AnswerCheck.OK
        clock.advance(minutes=10)
        assert await record_answer(session, clock.now(), asked, Answer.STILL)
        await session.commit()
    async with sessionmaker() as session:
        again = await check_answer(session, ask.follow_up_id, bob)
        assert again.check is AnswerCheck.ANSWERED
    assert await _sweep(sessionmaker, clock, told, minutes=30) == 0  # the lead is not told
    assert await _sweep(sessionmaker, clock, told, hours=2, minutes=40) == 1
    assert [(t.what, t.to) for t in told.told] == [("ask", (bob,)), ("ask", (bob,))]
    assert zhang not in {i for t in told.told for i in t.to}


async def test_release_from_the_question_reopens_the_order_and_counts_again(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, bob, _eve, zhang = await _world(sessionmaker, clock)
    told = RecordingFollowUps(clock)
    notifier = RecordingNotifier()
    order = await open_request(sessionmaker, clock, building, resident, RICE)
    await press(sessionmaker, clock, order.id, OrderAction.CLAIM, bob)
    await _sweep(sessionmaker, clock, told, hours=3)
    [ask] = told.of("ask")
    async with sessionmaker() as session:
        asked = await check_answer(session, ask.follow_up_id, bob)
        result = await act_on_order(
            session,
            clock,
            notifier,
            order_id=order.id,
            action=OrderAction.RELEASE,
            actor_id=bob,
            pressed=None,
            private=True,
        )
        assert result.outcome is Outcome.DONE
        assert await record_answer(session, clock.now(), asked, Answer.RELEASE)
        await session.commit()
    assert notifier.events == [("changed", 1, "open")]  # the card redrawn
    assert await _sweep(sessionmaker, clock, told, minutes=29) == 0
    assert await _sweep(sessionmaker, clock, told, minutes=1) == 1
    assert [(t.what, t.to, t.minutes) for t in told.told[1:]] == [("unclaimed", (zhang,), 210)]
    rows = await follow_up_rows(sessionmaker, order.id)
    assert [(r.kind, r.outcome) for r in rows] == [
        ("unclaimed", "stale"),
        ("ask", "released"),
        ("lead", "stale"),
        ("unclaimed", "done"),
    ]


async def test_a_private_press_is_still_checked_a_stranger_cannot_release(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, bob, eve, _zhang = await _world(sessionmaker, clock)
    order = await open_request(sessionmaker, clock, building, resident, RICE)
    await press(sessionmaker, clock, order.id, OrderAction.CLAIM, bob)
    async with sessionmaker() as session:
        result = await act_on_order(
            session,
            clock,
            RecordingNotifier(),
            order_id=order.id,
            action=OrderAction.RELEASE,
            actor_id=eve,
            pressed=None,
            private=True,
        )
        assert result.outcome is Outcome.DENIED
        await session.commit()
    async with sessionmaker() as session:
        row = await session.get(Order, order.id)
        assert row is not None and (row.status, row.volunteer_id) == ("claimed", bob)


async def test_a_volunteer_who_never_started_the_bot_sends_it_to_the_lead_at_once(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, _bob, eve, zhang = await _world(sessionmaker, clock)
    told = RecordingFollowUps(clock)
    order = await open_request(sessionmaker, clock, building, resident, RICE)
    await press(sessionmaker, clock, order.id, OrderAction.CLAIM, eve)
    assert await _sweep(sessionmaker, clock, told, hours=3) == 1
    [held] = told.told
    assert (held.what, held.to, held.asked) == ("held", (zhang,), False)


async def test_with_no_lead_to_tell_privately_the_group_is_the_one_told(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, _bob, _eve, _zhang = await _world(sessionmaker, clock, started=False)
    told = RecordingFollowUps(clock)
    order = await open_request(sessionmaker, clock, building, resident, RICE)
    assert await _sweep(sessionmaker, clock, told, minutes=30) == 1
    [raised] = told.told
    assert raised.to == ()  # the notifier then says so in the group
    [row] = await follow_up_rows(sessionmaker, order.id)
    assert row.told == 0


async def test_community_settings_change_the_times(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, _bob, _eve, _zhang = await _world(sessionmaker, clock)
    async with sessionmaker() as session:
        values = {Setting.UNCLAIMED: 45}
        await save_settings(session, clock, community="幸福里", values=values, by=None)
        await session.commit()
    told = RecordingFollowUps(clock)
    await open_request(sessionmaker, clock, building, resident, RICE)
    assert await _sweep(sessionmaker, clock, told, minutes=44) == 0
    assert await _sweep(sessionmaker, clock, told, minutes=1) == 1


async def test_two_processes_running_one_follow_up_tell_once(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building, resident, _bob, _eve, _zhang = await _world(sessionmaker, clock)
    told = RecordingFollowUps(clock)
    order = await open_request(sessionmaker, clock, building, resident, RICE)
    clock.advance(minutes=30)
    [row] = await follow_up_rows(sessionmaker, order.id)
    results = await asyncio.gather(
        *(follow_up_order(sessionmaker, clock, told, row.id) for _ in range(4)),
        return_exceptions=True,
    )
    done = [r for r in results if r is FollowUpDone.RAISED]
    assert len(done) == 1 and len(told.told) == 1, results
    async with sessionmaker() as session:
        rows = (await session.scalars(select(OrderFollowUp))).all()
        assert [(r.kind, r.outcome) for r in rows] == [
            (FollowUpKind.UNCLAIMED.value, FollowUpOutcome.DONE.value)
        ]


async def test_lateness_is_counted_from_creation_not_from_the_sweep(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    """A bot down for an hour runs the follow-up at restart, saying how long it really waited."""
    building, resident, _bob, _eve, _zhang = await _world(sessionmaker, clock)
    told = RecordingFollowUps(clock)
    await open_request(sessionmaker, clock, building, resident, RICE)
    assert await _sweep(sessionmaker, clock, told, minutes=95) == 1
    assert told.told[0].minutes == 95
    assert told.told[0].at - timedelta(minutes=95) == clock.now() - timedelta(minutes=95)
