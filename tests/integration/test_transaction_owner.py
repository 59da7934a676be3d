"""The update's transaction belongs to its owner: steps are named, duplicates roll nothing back."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.outbound import queue_send
from bot.transaction import UpdateTransaction
from domain.clock import FakeClock
from domain.incidents import Source, report_emergency
from domain.intake import take_message
from models.health import TemperatureReading
from models.outbox import OutboundMessage
from models.updates import ProcessedUpdate, was_processed
from tests.support.factories import RecordingNotifier, count_rows
from tests.support.incidents import incident_world


async def test_a_step_commits_with_the_update_id_once_and_the_rest_follows(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        transaction = UpdateTransaction(session, 501, clock.now())
        queue_send(session, chat_id=1, text="the change's card", now=clock.now())
        await transaction.commit_step()
        async with sessionmaker() as other:  # durable before the handler goes on
            assert await was_processed(other, 501)
        queue_send(session, chat_id=1, text="the confirmation", now=clock.now())
        await transaction.finish()
    assert await count_rows(sessionmaker, ProcessedUpdate) == 1
    assert await count_rows(sessionmaker, OutboundMessage) == 2


async def test_a_failed_update_leaves_no_trace_and_no_id(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        transaction = UpdateTransaction(session, 502, clock.now())
        queue_send(session, chat_id=1, text="never sent", now=clock.now())
        await session.flush()
        await transaction.abandon()
    assert await count_rows(sessionmaker, ProcessedUpdate) == 0
    assert await count_rows(sessionmaker, OutboundMessage) == 0


async def test_a_duplicate_report_rolls_back_nothing_of_its_callers(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()

    async def report(session: AsyncSession):
        return await report_emergency(
            session,
            clock,
            notifier,
            building=w.building,
            reporter_id=w.resident.id,
            text="救命",
            source=Source.MESSAGE,
            chat_id=w.building.chat_id,
            message_id=9,
            flat=None,
        )

    async with sessionmaker() as session:
        assert await report(session) is not None
        await session.commit()
    async with sessionmaker() as session:
        queue_send(session, chat_id=-777, text="written before", now=clock.now())
        await session.flush()
        assert await report(session) is None  # a conditional INSERT: no error, no rollback
        await session.commit()
    async with sessionmaker() as session:
        chats = (await session.scalars(select(OutboundMessage.chat_id))).all()
    assert -777 in chats  # the row written before the duplicate was committed


async def test_release_refuses_to_drop_unsaved_changes(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        transaction = UpdateTransaction(session, 503, clock.now())
        await transaction.release()  # nothing written: fine
        queue_send(session, chat_id=1, text="a reply", now=clock.now())
        with pytest.raises(RuntimeError, match="unsaved changes"):
            await transaction.release()
        await transaction.finish()
    assert await count_rows(sessionmaker, OutboundMessage) == 1


async def test_a_message_taken_twice_stores_its_reading_and_fever_alert_once(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    notifier = RecordingNotifier()
    for _ in range(2):  # the same Telegram message, e.g. redelivered under another update id
        async with sessionmaker() as session:
            intake = await take_message(
                session,
                clock,
                notifier,
                building=w.building,
                person_id=w.resident.id,
                message_id=31,
                text="体温38.6 帮忙买一盒布洛芬",
                default_timezone="Asia/Shanghai",
            )
            await session.commit()
    assert intake.duplicate
    assert await count_rows(sessionmaker, TemperatureReading) == 1
    assert [event for event in notifier.events if event[0] == "fever"] == [("fever", 0, "38.6")]
