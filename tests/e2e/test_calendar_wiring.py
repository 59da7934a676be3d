"""The calendar engine as the running bot wires it: log-only actions until features land."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from domain.calendar_settings import CalendarSettings
from domain.quarantine_calendar import QuarantineSpan, local_date, slots_between
from models.buildings import building_by_chat
from models.calendar_runs import CalendarRun, RunStatus
from tests.support.calendar import quarantine
from tests.support.harness import BuildingWorld, Harness


async def test_a_due_slot_is_recorded_once_across_a_restart_and_sends_nothing(
    harness: Harness, building: BuildingWorld
) -> None:
    louhu, clock = harness.louhu, harness.clock
    settings = CalendarSettings(timezone=louhu.settings.timezone)
    today = local_date(clock.now(), settings.zone)
    async with louhu.sessionmaker() as session:
        row = await building_by_chat(session, building.group.id)
        assert row is not None
        await quarantine(session, clock, row, today)
        await session.commit()
    await louhu.run_calendar()  # the engine has looked: from here on slots fall due
    span = QuarantineSpan(today, 14)
    upcoming = slots_between(row.id, [span], settings, clock.now(), clock.now() + timedelta(days=2))
    clock.advance(seconds=(upcoming[0].at - clock.now()).total_seconds() + 1)
    mark = harness.standin.mark()

    await louhu.run_calendar()
    await harness.restart()
    await harness.louhu.run_calendar()
    await harness.settled()

    async with harness.louhu.sessionmaker() as session:
        runs = (await session.execute(select(CalendarRun.kind, CalendarRun.status))).all()
    assert runs == [(upcoming[0].kind.value, RunStatus.RUN)]
    sent = [
        call
        for call in harness.standin.calls()[mark:]
        if call.method == "sendMessage" and call.params.get("chat_id") == row.chat_id
    ]
    assert sent == []  # log-only actions
