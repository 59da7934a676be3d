"""The scheduler tells the lead when a follow-up falls due, not at the sweep's next tick."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.scheduler import create_scheduler
from domain.clock import FakeClock
from tests.support.factories import make_building, make_person
from tests.support.follow_ups import RecordingFollowUps, open_request

RICE = "帮忙买一袋大米 两桶油 谢谢"


class _Sender:
    """The sender's wake, counted."""

    def __init__(self) -> None:
        self.wakes = 0

    def wake(self) -> None:
        self.wakes += 1


async def test_a_follow_up_due_before_the_next_tick_gets_a_wake_of_its_own(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        resident = await make_person(session, clock, building, flat="3-2-501")
        await make_person(session, clock, building, name="老张", lead=True, started=True)
        await session.commit()
        building_id, resident_id = building.id, resident.id
    await open_request(sessionmaker, clock, building_id, resident_id, RICE)
    told = RecordingFollowUps(clock)
    sender = _Sender()
    scheduler = create_scheduler(
        sessionmaker=sessionmaker,
        clock=clock,
        notifier=cast(Any, None),
        pairing_notifier=cast(Any, None),
        sender=cast(Any, sender),
        sweep_seconds=5,
        calendar_actions=cast(Any, None),
        calendar_seconds=60,
        default_timezone="Asia/Shanghai",
        follow_ups=told,
        follow_up_seconds=60,  # a tick a minute: up to a minute late without the wake
    )
    sweep = scheduler.get_job("sweep_follow_ups").func
    clock.advance(minutes=29, seconds=58)  # due in 2 s, the next tick in 60 s
    await sweep()
    assert told.told == []
    wake = scheduler.get_job("follow_up_at_due")
    assert wake is not None
    run_at = wake.trigger.run_date
    assert abs((run_at - datetime.now(UTC)) - timedelta(seconds=2)) < timedelta(seconds=1)
    clock.advance(seconds=2)
    await wake.func()
    assert [t.what for t in told.told] == ["unclaimed"]
    assert sender.wakes == 1


async def test_nothing_due_before_the_next_tick_adds_no_wake(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        resident = await make_person(session, clock, building, flat="3-2-501")
        await session.commit()
        building_id, resident_id = building.id, resident.id
    await open_request(sessionmaker, clock, building_id, resident_id, RICE)
    scheduler = create_scheduler(
        sessionmaker=sessionmaker,
        clock=clock,
        notifier=cast(Any, None),
        pairing_notifier=cast(Any, None),
        sender=cast(Any, _Sender()),
        sweep_seconds=5,
        calendar_actions=cast(Any, None),
        calendar_seconds=60,
        default_timezone="Asia/Shanghai",
        follow_ups=RecordingFollowUps(clock),
        follow_up_seconds=60,
    )
    await scheduler.get_job("sweep_follow_ups").func()  # due in 30 min: the ticks will see it
    assert scheduler.get_job("follow_up_at_due") is None
