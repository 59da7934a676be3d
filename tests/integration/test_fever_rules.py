"""A high fever from a household in quarantine opens an incident; elsewhere it is advice only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.fever_rules import HIGH_FEVER_HINT
from domain.incidents import Source
from domain.intake import take_message
from models.incidents import Incident
from tests.support.factories import RecordingNotifier
from tests.support.incidents import incident_world
from tests.support.sampling import quarantine

TODAY = date(2022, 4, 1)  # the FakeClock's default moment, in Shanghai


async def _say(sessionmaker, clock, w, notifier, text: str, message_id: int):
    async with sessionmaker() as session:
        intake = await take_message(
            session,
            clock,
            notifier,
            building=w.building,
            person_id=w.resident.id,
            message_id=message_id,
            text=text,
            default_timezone="Asia/Shanghai",
        )
        await session.commit()
    return intake


async def _incidents(sessionmaker) -> list[Incident]:
    async with sessionmaker() as session:
        return list((await session.execute(select(Incident))).scalars())


@pytest.mark.parametrize("text", ["3-2-501 39.5", "3-2-501 103.1F", "体温39.8"])
async def test_high_fever_in_quarantine_calls_the_chain(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, text: str
) -> None:
    w = await incident_world(sessionmaker, clock)
    async with sessionmaker() as session:
        await quarantine(session, w.building.id, "3-2-501", day_on=TODAY, day=3)
        await session.commit()
    notifier = RecordingNotifier()
    intake = await _say(sessionmaker, clock, w, notifier, text, 41)

    assert intake.reading.kind == "temperature"  # understanding did not call it an emergency
    assert intake.incident is not None
    [incident] = await _incidents(sessionmaker)
    assert incident.source == Source.FEVER and incident.hint == HIGH_FEVER_HINT
    assert incident.flat == "3-2-501" and incident.reporter_id == w.resident.id
    assert [e[0] for e in notifier.events] == ["fever", "opened"]
    assert {chat for stage, _, chat in notifier.alerts if stage == 0} == {w.lead.id, w.doctor.id}

    await _say(sessionmaker, clock, w, notifier, text, 41)  # the same message again
    assert len(await _incidents(sessionmaker)) == 1


@pytest.mark.parametrize(
    ("text", "start_offset", "ended"),
    [
        ("3-2-501 39.5", None, False),  # no quarantine at all
        ("3-2-501 39.4", 2, False),  # in quarantine, below the line
        ("3-2-501 39.6", 14, False),  # its 14 days are over
        ("3-2-501 39.6", 5, True),  # ended early yesterday
        ("3-2-502 39.6", 2, False),  # another flat's reading
    ],
)
async def test_no_incident_outside_the_rule_advice_still_given(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    text: str,
    start_offset: int | None,
    ended: bool,
) -> None:
    w = await incident_world(sessionmaker, clock)
    if start_offset is not None:
        async with sessionmaker() as session:
            await quarantine(
                session,
                w.building.id,
                "3-2-501",
                day_on=TODAY,
                day=start_offset + 1,
                ended_on=TODAY - timedelta(days=1) if ended else None,
            )
            await session.commit()
    notifier = RecordingNotifier()
    intake = await _say(sessionmaker, clock, w, notifier, text, 42)
    assert intake.incident is None
    assert await _incidents(sessionmaker) == []
    assert [e[0] for e in notifier.events] == ["fever"]


async def test_quarantine_day_is_the_communitys_local_date(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    """17:00 UTC on 1 April is already 2 April in Shanghai: a quarantine starting then counts."""
    w = await incident_world(sessionmaker, clock)
    async with sessionmaker() as session:
        await quarantine(session, w.building.id, "3-2-501", day_on=TODAY + timedelta(days=1), day=1)
        await session.commit()
    clock.advance(hours=8, minutes=30)  # 16:30 UTC → 00:30 in Shanghai
    intake = await _say(sessionmaker, clock, w, RecordingNotifier(), "3-2-501 39.5", 43)
    assert intake.incident is not None
