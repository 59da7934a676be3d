"""Raising an emergency about a message already in the group, re-checked against the database."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.incidents import Source, open_emergency
from domain.raising import (
    RaiseOutcome,
    confirm_doubt,
    raise_for_message,
    raise_for_order,
    record_doubt,
)
from domain.understanding import EmergencyFamily, Kind, Understanding
from jobs.sweep_incidents import sweep_incidents
from models.incidents import Incident
from tests.support.factories import RecordingNotifier, make_building, make_order
from tests.support.incidents import incident_world

DOUBT = Understanding(
    kind=Kind.OTHER, in_doubt=True, flat="3-2-501", families=(EmergencyFamily.SEIZURE,)
)


async def test_a_doubt_opens_once_in_its_own_chat_only(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    async with sessionmaker() as session:
        question = await record_doubt(
            session,
            clock,
            building=w.building,
            author_id=w.resident.id,
            message_id=41,
            text="我妈有点不对劲",
            reading=DOUBT,
        )
        assert question is not None
        again = await record_doubt(
            session,
            clock,
            building=w.building,
            author_id=w.resident.id,
            message_id=41,
            text="我妈有点不对劲",
            reading=DOUBT,
        )
        assert again is None  # a redelivered message asks once
        other = await make_building(session, clock, name="5号楼")
        await session.commit()

    async with sessionmaker() as session:
        foreign = await confirm_doubt(
            session,
            clock,
            notifier,
            question_id=question.id,
            chat_id=other.chat_id,
            building=other,
        )
        missing = await confirm_doubt(
            session,
            clock,
            notifier,
            question_id=question.id + 999,
            chat_id=w.building.chat_id,
            building=w.building,
        )
        assert foreign.outcome is missing.outcome is RaiseOutcome.GONE
        first = await confirm_doubt(
            session,
            clock,
            notifier,
            question_id=question.id,
            chat_id=w.building.chat_id,
            building=w.building,
        )
        assert first.outcome is RaiseOutcome.OPENED and first.incident is not None
        assert first.incident.text == "我妈有点不对劲" and first.incident.flat == "3-2-501"
        assert first.incident.hint == "seizure" and first.incident.reporter_id == w.resident.id
        second = await confirm_doubt(
            session,
            clock,
            notifier,
            question_id=question.id,
            chat_id=w.building.chat_id,
            building=w.building,
        )
        assert second.outcome is RaiseOutcome.ALREADY_OPEN
        assert second.incident is not None and second.incident.id == first.incident.id
        await session.commit()
        assert await session.scalar(select(func.count()).select_from(Incident)) == 1


async def test_an_order_card_from_another_building_raises_nothing(sessionmaker, clock) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    async with sessionmaker() as session:
        other = await make_building(session, clock, name="5号楼")
        order = await make_order(session, clock, w.building, w.resident)
        await session.commit()
    async with sessionmaker() as session:
        pressed_elsewhere = await raise_for_order(
            session,
            clock,
            notifier,
            order_id=order.id,
            building=other,
            staff_id=w.lead.id,
            chat_id=other.chat_id,
            message_id=9,
        )
        assert pressed_elsewhere.outcome is RaiseOutcome.GONE
        here = await raise_for_order(
            session,
            clock,
            notifier,
            order_id=order.id,
            building=w.building,
            staff_id=w.lead.id,
            chat_id=w.building.chat_id,
            message_id=9,
        )
        assert here.outcome is RaiseOutcome.OPENED and here.incident is not None
        assert here.incident.hint == "general"  # an errand names no condition
        await session.commit()
        assert await session.scalar(select(func.count()).select_from(Incident)) == 1


async def test_a_sos_reply_and_the_cards_button_raise_one_incident_for_one_message(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    async with sessionmaker() as session:
        order = await make_order(
            session, clock, w.building, w.resident, text="谁能来看看我爸 他不太对劲"
        )
        await session.commit()
    async with sessionmaker() as session:
        by_reply = await raise_for_message(
            session,
            clock,
            notifier,
            building=w.building,
            reporter_id=w.lead.id,
            author_id=w.resident.id,
            quoted=order.text,
            chat_id=w.building.chat_id,
            message_id=900001,
            quoted_id=order.source_message_id,
        )
        by_button = await raise_for_order(
            session,
            clock,
            notifier,
            order_id=order.id,
            building=w.building,
            staff_id=w.lead.id,
            chat_id=w.building.chat_id,
            message_id=order.card_message_id or 0,
        )
        await session.commit()
        incidents = await session.scalar(select(func.count()).select_from(Incident))
    assert by_reply.outcome is RaiseOutcome.OPENED
    assert by_button.outcome is not RaiseOutcome.OPENED
    assert incidents == 1


async def test_a_report_the_sweep_climbed_first_is_answered_with_what_the_group_was_told(
    sessionmaker, clock
) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    async with sessionmaker() as session:

        async def stored_then_swept() -> None:
            await session.commit()  # due at once: the sweep may take it before the report climbs
            assert await sweep_incidents(sessionmaker, clock, notifier) == 1

        opened = await open_emergency(
            session,
            clock,
            notifier,
            building=w.building,
            reporter_id=w.resident.id,
            text="救命",
            source=Source.MESSAGE,
            chat_id=w.building.chat_id,
            message_id=5,
            flat="3-2-501",
            stored=stored_then_swept,
        )
        await session.commit()
    assert opened is not None
    assert [e for e in notifier.events if e[0] == "opened"] == [
        ("opened", opened.incident.id, "楼道长和社区医生")
    ]
    assert opened.announced == ("楼道长和社区医生",)  # not "nobody can be reached"
