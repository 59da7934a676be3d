"""The calendar engine on SQLite and PostgreSQL: every due slot once, on time, restart-safe."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from domain.calendar_slots import SlotKind
from domain.clock import FakeClock
from jobs.prune_history import prune_history
from jobs.run_calendar import upcoming_slots
from models.buildings import Building
from models.calendar_runs import CalendarRun, RunStatus, checked_until, run_status
from models.db import create_engine, create_sessionmaker
from models.households import Quarantine
from tests.support.calendar import (
    Crash,
    RecordingActions,
    community_settings,
    message_text,
    quarantine,
    run_count,
    sent_texts,
    tick,
)
from tests.support.factories import make_building

START = date(2026, 3, 1)  # day 1, in Asia/Shanghai (UTC+8, no DST)
TICK = timedelta(minutes=30)
"""The engine ticks every 20 s; the long runs step 30 min (under every allowance) to stay quick."""
SHANGHAI = ZoneInfo("Asia/Shanghai")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, sec: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, sec, tzinfo=UTC)


async def _world(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    *,
    buildings: int = 1,
    start: date = START,
    community: str = "default",
) -> list[Building]:
    """Buildings with one household each in a 14-day quarantine from `start`."""
    made = []
    async with sessionmaker() as session:
        for n in range(buildings):
            building = await make_building(session, clock, name=f"{n + 1}号楼")
            building.community = community
            await quarantine(session, clock, building, start)
            made.append(building)
        await session.commit()
    return made


async def _step(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    actions: RecordingActions,
    until: datetime,
    every: timedelta = TICK,
) -> None:
    """Tick at every step up to (not past) `until`."""
    while clock.now() <= until:
        await tick(sessionmaker, clock, actions)
        clock.advance(seconds=every.total_seconds())


async def test_a_whole_quarantine_runs_every_slot_once_on_time(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 2, 28, 4, 7))  # ticks off the hour: every slot runs late a bit
    await _world(sessionmaker, clock)
    actions = RecordingActions(clock)

    await _step(sessionmaker, clock, actions, utc(2026, 3, 15, 16))

    assert Counter(slot.kind for slot in actions.ran()) == {
        SlotKind.SAMPLING_NOTICE: 5,
        SlotKind.SAMPLING_CLOSE: 5,
        SlotKind.ROLLCALL: 28,
        SlotKind.ROLLCALL_CLOSE: 28,
        SlotKind.SUMMARY: 14,
    }
    assert actions.missed() == []
    assert all(timedelta(0) <= call.at - call.slot.at < TICK for call in actions.calls)
    calls = [s for s in actions.ran(SlotKind.ROLLCALL)]
    assert {(s.day, s.at.astimezone(SHANGHAI).time()) for s in calls} == {
        (START + timedelta(days=n), t) for n in range(14) for t in (time(8), time(20))
    }
    sent = await sent_texts(sessionmaker)
    assert len(sent) == 80 and set(sent.values()) == {1}
    assert await run_count(sessionmaker) == 80


async def test_restart_at_0805_sends_the_0800_roll_call_once(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 3, 1, 23, 50))  # 07:50 on day 2
    await _world(sessionmaker, clock)
    actions = RecordingActions(clock)
    await _step(sessionmaker, clock, actions, utc(2026, 3, 1, 23, 59, 40), timedelta(seconds=20))
    assert actions.calls == []

    # Down from 07:59:40 to 08:05; a new engine (nothing kept in memory) on the same database.
    clock = FakeClock(utc(2026, 3, 2, 0, 5))
    restarted = RecordingActions(clock)
    first = await tick(sessionmaker, clock, restarted)
    await _step(sessionmaker, clock, restarted, utc(2026, 3, 2, 0, 30), timedelta(seconds=20))

    assert (first.run, first.missed) == (1, 0)
    assert [(s.kind, s.at) for s in restarted.ran()] == [(SlotKind.ROLLCALL, utc(2026, 3, 2, 0, 0))]
    assert (await sent_texts(sessionmaker))[message_text(restarted.calls[0].slot)] == 1


async def test_restart_at_1030_reports_the_0800_roll_call_missed_not_late(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 3, 1, 23, 50))
    await _world(sessionmaker, clock)
    actions = RecordingActions(clock)
    await _step(sessionmaker, clock, actions, utc(2026, 3, 1, 23, 59, 40), timedelta(seconds=20))

    clock = FakeClock(utc(2026, 3, 2, 2, 30))  # 10:30; grace 2 h
    restarted = RecordingActions(clock)
    await _step(sessionmaker, clock, restarted, utc(2026, 3, 2, 3, 0), timedelta(seconds=20))

    eight = utc(2026, 3, 2, 0, 0)
    assert [(s.kind, s.at) for s in restarted.missed()] == [(SlotKind.ROLLCALL, eight)]
    assert restarted.ran(SlotKind.ROLLCALL) == []
    # Its close (10:00) is 30 min late, within one grace period: it runs, once; what it says
    # about a roll call never posted is the close action's to decide.
    assert [s.at for s in restarted.ran(SlotKind.ROLLCALL_CLOSE)] == [eight + timedelta(hours=2)]
    async with sessionmaker() as session:
        statuses = dict((await session.execute(select(CalendarRun.kind, CalendarRun.status))).all())
        # What a close action asks to learn its roll call was never posted:
        posted = await run_status(session, restarted.missed()[0].building_id, "rollcall", eight)
    assert statuses == {"rollcall": RunStatus.MISSED, "rollcall_close": RunStatus.RUN}
    assert posted is RunStatus.MISSED


async def test_berlin_dst_days_run_each_roll_call_once(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 3, 27))
    async with sessionmaker() as session:
        await community_settings(
            session, clock, "berlin", timezone="Europe/Berlin", rollcall_times="02:30 08:00"
        )
        await session.commit()
    await _world(sessionmaker, clock, start=date(2026, 3, 28), community="berlin")
    actions = RecordingActions(clock)

    await _step(sessionmaker, clock, actions, utc(2026, 3, 30))

    spring = [s.at for s in actions.ran(SlotKind.ROLLCALL) if s.day == date(2026, 3, 29)]
    # 02:30 does not exist that night: it runs at 03:00 CEST; 08:00 is CEST already.
    assert spring == [utc(2026, 3, 29, 1, 0), utc(2026, 3, 29, 6, 0)]
    assert [s.at for s in actions.ran(SlotKind.ROLLCALL) if s.day == date(2026, 3, 28)] == [
        utc(2026, 3, 28, 1, 30),
        utc(2026, 3, 28, 7, 0),
    ]


async def test_berlin_fall_back_runs_the_doubled_time_once(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 10, 24, 12))
    async with sessionmaker() as session:
        await community_settings(
            session, clock, "berlin", timezone="Europe/Berlin", rollcall_times="02:30"
        )
        await session.commit()
    await _world(sessionmaker, clock, start=date(2026, 10, 20), community="berlin")
    actions = RecordingActions(clock)

    await _step(sessionmaker, clock, actions, utc(2026, 10, 25, 6), timedelta(minutes=15))

    calls = [s.at for s in actions.ran(SlotKind.ROLLCALL) if s.day == date(2026, 10, 25)]
    assert calls == [utc(2026, 10, 25, 0, 30)]  # 02:30 CEST, not again at 02:30 CET


async def test_quarantine_ended_early_has_no_more_slots(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 2, 28, 11))  # 19:00: before the day-1 list
    await _world(sessionmaker, clock)
    actions = RecordingActions(clock)
    await _step(sessionmaker, clock, actions, utc(2026, 3, 5, 4))  # noon on day 5

    async with sessionmaker() as session:
        await session.execute(update(Quarantine).values(ended_on=date(2026, 3, 5)))
        await session.commit()
    await _step(sessionmaker, clock, actions, utc(2026, 3, 8))

    days = {s.day for s in actions.ran()}
    assert max(days) == date(2026, 3, 5)
    assert len(actions.ran(SlotKind.ROLLCALL)) == 10
    assert [s.day for s in actions.ran(SlotKind.SAMPLING_CLOSE)] == [START, date(2026, 3, 4)]
    assert actions.missed() == []


async def test_a_failing_building_holds_no_other_and_is_retried(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 3, 1, 23, 59, 40))
    first, broken, third = await _world(sessionmaker, clock, buildings=3)
    actions = RecordingActions(clock, failing={broken.id})
    await tick(sessionmaker, clock, actions)
    clock.advance(seconds=40)  # 08:00:20

    failed = await tick(sessionmaker, clock, actions)

    assert (failed.run, failed.failed) == (2, 1)
    sent = await sent_texts(sessionmaker)
    assert sorted(text.split()[0] for text in sent) == sorted([str(first.id), str(third.id)])
    async with sessionmaker() as session:
        record = await session.scalar(
            select(CalendarRun).where(CalendarRun.building_id == broken.id)
        )
        assert record is not None
        assert (record.status, record.attempts) == (RunStatus.FAILED, 1)
        assert record.error and "broke" in record.error
        # A failure recorded is a slot seen: the watermark moves on.
        assert await checked_until(session) == clock.now()

    clock.advance(seconds=20)
    still = await tick(sessionmaker, clock, actions)
    actions.failing.clear()
    clock.advance(seconds=20)
    fixed = await tick(sessionmaker, clock, actions)
    clock.advance(seconds=20)
    after = await tick(sessionmaker, clock, actions)

    assert (still.run, still.failed) == (0, 1)
    assert (fixed.run, fixed.failed, after.run) == (1, 0, 0)
    sent = await sent_texts(sessionmaker)
    assert len(sent) == 3 and set(sent.values()) == {1}
    async with sessionmaker() as session:
        record = await session.scalar(
            select(CalendarRun).where(CalendarRun.building_id == broken.id)
        )
        assert record is not None and (record.status, record.attempts) == (RunStatus.RUN, 3)


async def test_a_building_failing_past_its_grace_is_reported_missed_once(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 3, 1, 23, 59, 40))
    (building,) = await _world(sessionmaker, clock)
    actions = RecordingActions(clock, failing={building.id})
    await tick(sessionmaker, clock, actions)
    clock.advance(seconds=40)  # 08:00:20
    await _step(sessionmaker, clock, actions, utc(2026, 3, 2, 1, 31), timedelta(minutes=30))
    actions.failing.clear()

    await _step(sessionmaker, clock, actions, utc(2026, 3, 2, 3, 0), timedelta(minutes=30))

    rollcall = [c for c in actions.calls if c.slot.kind is SlotKind.ROLLCALL]
    # Tried at 08:00, 08:30, 09:00, 09:30; at 10:00:20 past its 2 h grace: reported missed, once.
    assert [c.missed for c in rollcall] == [False] * 4 + [True]
    sent = await sent_texts(sessionmaker)
    assert [text for text in sent if "rollcall " in text and "close" not in text] == [
        message_text(rollcall[0].slot, missed=True)
    ]


async def test_a_crash_mid_fan_out_reruns_only_the_groups_not_committed(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 3, 1, 23, 59, 40))
    buildings = await _world(sessionmaker, clock, buildings=3)
    actions = RecordingActions(clock, crashing={buildings[1].id})
    await tick(sessionmaker, clock, actions)
    clock.advance(seconds=40)
    with pytest.raises(Crash):
        await tick(sessionmaker, clock, actions)
    async with sessionmaker() as session:
        assert await checked_until(session) == utc(2026, 3, 1, 23, 59, 40)

    clock.advance(seconds=30)  # restarted
    restarted = RecordingActions(clock)
    await tick(sessionmaker, clock, restarted)

    assert sorted(s.building_id for s in restarted.ran()) == [buildings[1].id, buildings[2].id]
    sent = await sent_texts(sessionmaker)
    assert sorted(int(text.split()[0]) for text in sent) == sorted(b.id for b in buildings)
    assert set(sent.values()) == {1}


async def test_slots_that_appeared_after_their_time_are_not_run_nor_missed(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 3, 2, 5))  # 13:00 on 2 March; the engine was watching
    actions = RecordingActions(clock)
    await tick(sessionmaker, clock, actions)
    clock.advance(hours=1)
    # Registered at 14:00, back-dated to yesterday: today's 08:00 roll call and yesterday's
    # were never in the calendar while the engine looked.
    await _world(sessionmaker, clock, start=START)

    await _step(sessionmaker, clock, actions, utc(2026, 3, 2, 13))

    assert actions.missed() == []
    assert [(s.kind, s.at) for s in actions.ran()] == [
        (SlotKind.ROLLCALL, utc(2026, 3, 2, 12)),
        (SlotKind.SUMMARY, utc(2026, 3, 2, 13)),
    ]


async def test_the_first_tick_ever_runs_nothing_from_before(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 3, 2, 0, 5))
    await _world(sessionmaker, clock)
    actions = RecordingActions(clock)

    first = await tick(sessionmaker, clock, actions)

    assert actions.calls == [] and first.unseen > 0
    async with sessionmaker() as session:
        assert await checked_until(session) == clock.now()


async def test_a_community_with_unreadable_settings_holds_no_other(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 3, 1, 23, 59, 40))
    async with sessionmaker() as session:
        await community_settings(session, clock, "mars", timezone="Mars/Olympus")
        await session.commit()
    (lost,) = await _world(sessionmaker, clock, community="mars")
    (kept,) = await _world(sessionmaker, clock)
    actions = RecordingActions(clock)
    await tick(sessionmaker, clock, actions)
    clock.advance(seconds=40)

    result = await tick(sessionmaker, clock, actions)

    assert result.broken == ["mars"]
    assert [s.building_id for s in actions.ran()] == [kept.id]
    assert lost.id != kept.id


async def test_one_tick_reads_every_building_in_the_same_few_queries(
    engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    clock = FakeClock(utc(2026, 3, 2, 1))  # 09:00: nothing due
    actions = RecordingActions(clock)

    async def statements() -> int:
        seen: list[str] = []

        def count(*args: object) -> None:
            seen.append(str(args[2]))

        event.listen(engine.sync_engine, "before_cursor_execute", count)
        try:
            await tick(sessionmaker, clock, actions)
        finally:
            event.remove(engine.sync_engine, "before_cursor_execute", count)
        clock.advance(seconds=20)
        return len(seen)

    await _world(sessionmaker, clock, buildings=1)
    await tick(sessionmaker, clock, actions)  # the watermark's first write is an INSERT
    one = await statements()
    await _world(sessionmaker, clock, buildings=20)
    many = await statements()

    assert one == many and actions.calls == []


async def test_two_engines_racing_run_each_slot_once(postgres_database_url: str) -> None:
    database_url = postgres_database_url
    engines = [create_engine(database_url) for _ in range(2)]
    try:
        makers = [create_sessionmaker(e) for e in engines]
        clock = FakeClock(utc(2026, 3, 1, 23, 59, 40))
        buildings = await _world(makers[0], clock, buildings=12)
        await tick(makers[0], clock, RecordingActions(clock))
        clock.advance(seconds=30)
        racers = [RecordingActions(clock, pause=0.005) for _ in makers]

        ticks = await asyncio.gather(
            *(tick(maker, clock, racer) for maker, racer in zip(makers, racers, strict=True))
        )

        assert sum(t.run for t in ticks) == len(buildings)
        assert sum(len(r.calls) for r in racers) == len(buildings)
        sent = await sent_texts(makers[0])
        assert len(sent) == len(buildings) and set(sent.values()) == {1}
        # Both engines found the slots due; the conditional INSERT left each to one of them.
        assert sum(t.taken for t in ticks) > 0, "the engines never raced"
    finally:
        for e in engines:
            await e.dispose()


async def test_upcoming_slots_name_the_next_reminders(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 3, 2, 1))  # 09:00 on day 2
    first, second = await _world(sessionmaker, clock, buildings=2)

    upcoming = await upcoming_slots(sessionmaker, clock, default_timezone="Asia/Shanghai")

    expected = [
        (SlotKind.ROLLCALL_CLOSE, utc(2026, 3, 2, 2)),  # the 08:00 roll call's close, 10:00
        (SlotKind.ROLLCALL, utc(2026, 3, 2, 12)),
        (SlotKind.SUMMARY, utc(2026, 3, 2, 13)),
        (SlotKind.ROLLCALL_CLOSE, utc(2026, 3, 2, 14)),
        (SlotKind.ROLLCALL, utc(2026, 3, 3, 0)),
    ]
    assert [(s.kind, s.at, s.building_id) for s in upcoming] == [
        (kind, at, building.id) for kind, at in expected for building in (first, second)
    ]


async def test_old_calendar_records_are_pruned_recent_ones_kept(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(utc(2026, 3, 1, 23, 59, 40))
    await _world(sessionmaker, clock)
    actions = RecordingActions(clock)
    await _step(sessionmaker, clock, actions, utc(2026, 3, 2, 1), timedelta(minutes=30))
    assert await run_count(sessionmaker) == 1

    clock.advance(days=59)
    kept = await prune_history(sessionmaker, clock)
    clock.advance(days=2)
    pruned = await prune_history(sessionmaker, clock)

    assert (kept.calendar, pruned.calendar) == (0, 1)
    assert await run_count(sessionmaker) == 0
