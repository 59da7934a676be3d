"""Within a few minutes of a report, more words belong to it; later, a new emergency is new."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.incident_queries import FOLLOW_UP_WINDOW
from domain.incidents import (
    IncidentAction,
    PrivateOutcome,
    report_private,
)
from models.incidents import Incident, incident_events
from tests.support.factories import RecordingNotifier
from tests.support.incidents import act_on, incident_world, press_sos_button, report_cardiac


async def _private(sessionmaker, clock, notifier, person_id: int, message_id: int, text: str):
    async with sessionmaker() as session:
        outcome = await report_private(
            session,
            clock,
            notifier,
            person_id=person_id,
            chat_id=person_id,
            message_id=message_id,
            text=text,
        )
        await session.commit()  # as the update middleware does
        return outcome


async def _incidents(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    async with sessionmaker() as session:
        return (await session.execute(select(func.count()).select_from(Incident))).scalar_one()


async def test_an_old_unresolved_incident_does_not_swallow_a_new_sos(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    first = await press_sos_button(sessionmaker, clock, notifier, w, "q1")
    assert first is not None and first.opened
    await act_on(
        sessionmaker,
        clock,
        notifier,
        first.number,
        IncidentAction.ACKNOWLEDGE,
        w.lead.id,
        w.lead.id,
    )

    clock.advance(minutes=5)
    again = await press_sos_button(sessionmaker, clock, notifier, w, "q2")
    assert again is not None and not again.opened and again.number == first.number

    clock.advance(days=3)  # nobody pressed Resolved
    alerts = len(notifier.alerts)
    later = await press_sos_button(sessionmaker, clock, notifier, w, "q3")
    assert later is not None and later.opened and later.number != first.number
    assert len(notifier.alerts) > alerts


async def test_a_reporters_next_private_words_follow_up_instead_of_a_second_incident(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    outcome, first = await _private(
        sessionmaker, clock, notifier, w.resident.id, 10, "救命 我妈晕倒了"
    )
    assert outcome is PrivateOutcome.OPENED and first is not None
    alerts = len(notifier.alerts)
    clock.advance(minutes=1)
    outcome, same = await _private(
        sessionmaker, clock, notifier, w.resident.id, 11, "快来人啊 她不动了 没有呼吸"
    )
    assert outcome is PrivateOutcome.FOLLOW_UP and same is not None and same.id == first.id
    assert len(notifier.alerts) == alerts  # the chain is not alerted again
    assert ("follow_up", w.resident.id, str(sorted([w.doctor.id, w.lead.id]))) in notifier.events
    async with sessionmaker() as session:
        events = await incident_events(session, first.id)
    assert [e.detail for e in events if e.action == "follow_up"] == ["快来人啊 她不动了 没有呼吸"]

    clock.advance(seconds=FOLLOW_UP_WINDOW.total_seconds() + 60)
    outcome, new = await _private(
        sessionmaker, clock, notifier, w.resident.id, 12, "救命 我妈又晕倒了"
    )
    assert outcome is PrivateOutcome.OPENED and new is not None and new.id != first.id


async def test_a_responders_private_status_is_added_to_the_incident_they_were_alerted_to(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    first = await report_cardiac(sessionmaker, clock, notifier, w)
    assert first is not None
    outcome, same = await _private(
        sessionmaker, clock, notifier, w.lead.id, 5, "我来处理，王阿姨晕倒了 病人呼吸困难"
    )
    assert outcome is PrivateOutcome.FOLLOW_UP and same is not None and same.id == first.id
    assert await _incidents(sessionmaker) == 1
