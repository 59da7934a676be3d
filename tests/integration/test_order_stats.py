"""/stats figures from real orders: time to claim and to deliver over the last 7 days."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.daily_summary import SummaryDay, order_times_section
from domain.order_rules import OrderAction
from domain.order_stats import building_stats, order_stats
from jobs.sweep_follow_ups import sweep_follow_ups
from models.buildings import Building
from tests.support.factories import make_building, make_person
from tests.support.follow_ups import RecordingFollowUps, open_request, press
from tests.support.rollcall import SETTINGS

RICE = "帮忙买一袋大米 两桶油 谢谢"


async def test_claim_and_delivery_times_over_the_last_seven_days(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        resident = await make_person(session, clock, building, flat="3-2-501")
        bob = await make_person(session, clock, building, name="Bob", volunteer=True)
        eve = await make_person(session, clock, building, name="Eve", volunteer=True)
        await make_person(session, clock, building, name="老张", lead=True, started=True)
        await session.commit()
    told = RecordingFollowUps(clock)
    old = await open_request(sessionmaker, clock, building.id, resident.id, RICE)
    await press(sessionmaker, clock, old.id, OrderAction.CLAIM, bob.id)  # 0 min, 8 days ago
    clock.advance(days=8)
    start = clock.now()
    waits = [(2, 30), (5, 45), (40, 90), (8, None)]  # (claimed after, delivered after) in min
    orders = [await open_request(sessionmaker, clock, building.id, resident.id, RICE)]
    orders += [await open_request(sessionmaker, clock, building.id, resident.id, RICE)]
    orders += [await open_request(sessionmaker, clock, building.id, resident.id, RICE)]
    orders += [await open_request(sessionmaker, clock, building.id, resident.id, RICE)]
    unclaimed = await open_request(sessionmaker, clock, building.id, resident.id, RICE)
    events = sorted(
        [(c, OrderAction.CLAIM, o) for o, (c, _) in zip(orders, waits, strict=True)]
        + [(d, OrderAction.DELIVER, o) for o, (_, d) in zip(orders, waits, strict=True) if d]
    )
    for minute, action, order in events:
        clock._now = start + timedelta(minutes=minute)
        volunteer = bob if order.number % 2 else eve
        assert (await press(sessionmaker, clock, order.id, action, volunteer.id)).outcome == "done"
        await sweep_follow_ups(sessionmaker, clock, told)
    # released and claimed again: time to claim is to the first claim
    await press(sessionmaker, clock, orders[3].id, OrderAction.RELEASE, eve.id)
    await press(sessionmaker, clock, orders[3].id, OrderAction.CLAIM, bob.id)
    clock._now = start + timedelta(hours=2)
    await sweep_follow_ups(sessionmaker, clock, told)

    async with sessionmaker() as session:
        week_ago = clock.now() - timedelta(days=7)
        stats = await order_stats(session, building.id, week_ago, clock.now())
        lines = dict(await building_stats(session, building.id, clock.now()))
    assert sorted(stats.to_claim) == [timedelta(minutes=m) for m in (2, 5, 8, 40)]
    assert sorted(stats.to_deliver) == [timedelta(minutes=m) for m in (30, 45, 90)]
    assert (stats.opened, stats.delivered, stats.open_now, stats.held_now) == (5, 3, 1, 1)
    assert stats.raised == 2  # #6 never claimed, #4 (claimed at 40 min) raised at 30
    assert [t.number for t in told.of("unclaimed")] == [unclaimed.number - 2, unclaimed.number]
    assert lines["stats-claim"] == {"count": 4, "p50": "5.0", "p90": "40"}
    assert lines["stats-deliver"] == {"count": 3, "p50": "45", "p90": "90"}

    async with sessionmaker() as session:
        row = await session.get(Building, building.id)
        assert row is not None
        day = SummaryDay(row, clock.now().date(), start, clock.now(), SETTINGS)
        section = await order_times_section(session, day)
        assert [line.key for line in section] == [
            "summary-order-times",
            "stats-orders",
            "stats-claim",
            "stats-deliver",
            "stats-follow-ups",
        ]
