"""Old bookkeeping is forgotten; anything still needed (pending messages, recent ids) stays."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.outbound import queue_send
from domain.clock import FakeClock
from jobs.prune_history import prune_history
from models.outbox import OutboundMessage, OutboxStatus
from models.updates import ProcessedUpdate


async def test_old_ids_and_old_finished_messages_go_pending_ones_stay(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    start = clock.now()
    async with sessionmaker() as session:
        session.add(ProcessedUpdate(update_id=1, processed_at=start))
        for status in OutboxStatus:
            message = queue_send(session, chat_id=1, text=f"old {status}", now=start)
            message.status = status
        await session.commit()
    clock.advance(days=8)
    async with sessionmaker() as session:
        session.add(ProcessedUpdate(update_id=2, processed_at=clock.now()))
        queue_send(session, chat_id=1, text="new", now=clock.now()).status = OutboxStatus.SENT
        await session.commit()

    first = await prune_history(sessionmaker, clock)
    clock.advance(days=30)
    second = await prune_history(sessionmaker, clock)

    assert (first.updates, first.sent, first.failed) == (1, 1, 0)
    assert (second.updates, second.sent, second.failed) == (1, 1, 1)
    async with sessionmaker() as session:
        left = (await session.scalars(select(OutboundMessage))).all()
        ids = (await session.scalars(select(ProcessedUpdate.update_id))).all()
    assert [m.status for m in left] == [OutboxStatus.PENDING] and list(ids) == []
