"""The calendar engine as the running bot wires it: the features' own actions, run once."""

from __future__ import annotations

from datetime import time, timedelta

from sqlalchemy import select

from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import SlotKind
from domain.quarantine_calendar import QuarantineSpan, local_date, local_instant, slots_between
from models.buildings import building_by_chat
from models.calendar_runs import CalendarRun, RunStatus
from tests.support.calendar import quarantine
from tests.support.harness import BuildingWorld, Harness


async def test_the_evening_sampling_list_is_posted_once_across_a_restart(
    harness: Harness, building: BuildingWorld
) -> None:
    louhu, clock = harness.louhu, harness.clock
    settings = CalendarSettings(timezone=louhu.settings.timezone)
    # the test clock starts at the wall clock: after 20:00 local today's notice would be missed
    # before the test begins, so the day starts at 10:00 local tomorrow
    tomorrow = local_date(clock.now(), settings.zone) + timedelta(days=1)
    clock.advance(
        seconds=(local_instant(tomorrow, time(10, 0), settings.zone) - clock.now()).total_seconds()
    )
    today = local_date(clock.now(), settings.zone)
    start = today - timedelta(days=2)  # day 4 tomorrow, day 7 in four days: sampling days
    async with louhu.sessionmaker() as session:
        row = await building_by_chat(session, building.group.id)
        assert row is not None
        await quarantine(session, clock, row, start)
        await session.commit()
    await louhu.run_calendar()  # the engine has looked: from here on slots fall due
    span = QuarantineSpan(start, 14)
    upcoming = slots_between(row.id, [span], settings, clock.now(), clock.now() + timedelta(days=4))
    notice = next(s for s in upcoming if s.kind is SlotKind.SAMPLING_NOTICE)
    assert (notice.day - start).days + 1 in settings.sampling_days
    clock.advance(seconds=(notice.at - clock.now()).total_seconds() + 1)
    mark = harness.standin.mark()

    await louhu.run_calendar()
    await harness.restart()
    await harness.louhu.run_calendar()
    await harness.settled()

    async with harness.louhu.sessionmaker() as session:
        runs = (
            await session.execute(
                select(CalendarRun.kind, CalendarRun.status).where(
                    CalendarRun.kind == SlotKind.SAMPLING_NOTICE.value
                )
            )
        ).all()
    assert runs == [(SlotKind.SAMPLING_NOTICE.value, RunStatus.RUN)]
    lists = [
        call
        for call in harness.standin.calls()[mark:]
        if call.method == "sendMessage"
        and call.params.get("chat_id") == row.chat_id
        and "上门采样名单" in call.params.get("text", "")
    ]
    assert len(lists) == 1


async def test_a_household_registered_on_its_day_1_gets_the_sampling_list_that_morning(
    harness: Harness, building: BuildingWorld
) -> None:
    """Day 1 is a sampling day, but its list was due the evening before the household existed."""
    louhu, clock = harness.louhu, harness.clock
    settings = CalendarSettings(timezone=louhu.settings.timezone)
    today = local_date(clock.now(), settings.zone)
    await louhu.run_calendar()  # the engine has looked at a building with nobody in quarantine
    morning = local_instant(today + timedelta(days=1), time(9, 0), settings.zone)
    clock.advance(seconds=(morning - clock.now()).total_seconds())
    await louhu.run_calendar()
    mark = harness.standin.mark()

    await harness.standin.post(building.group, building.li, "/quarantine 3-2-501")
    await harness.settled()
    await louhu.run_calendar()
    await harness.settled()

    lists = [
        call
        for call in harness.standin.calls()[mark:]
        if call.method == "sendMessage"
        and call.params.get("chat_id") == building.group.id
        and "上门采样名单" in call.params.get("text", "")
    ]
    assert len(lists) == 1 and "3-2-501" in lists[0].params["text"]
