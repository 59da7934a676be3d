"""Job: forget what is only bookkeeping once it is old (handled update ids, delivered messages)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import Clock
from models.calendar_runs import CalendarRun
from models.outbox import OutboundMessage, OutboxStatus
from models.updates import ProcessedUpdate

# Telegram keeps an unconfirmed update for at most 24 hours, so after two days an update id
# can no longer come back. Delivered messages are kept a week for support questions, failed
# ones a month (the ledger keeps its own records of orders and incidents).
UPDATES_KEPT = timedelta(days=2)
SENT_KEPT = timedelta(days=7)
FAILED_KEPT = timedelta(days=30)
# The calendar looks back a day (more for a long grace) for the slots it ran; two months of
# records answer any question about a quarantine (14 days, extended at most a few times).
CALENDAR_KEPT = timedelta(days=60)


@dataclass(frozen=True)
class Pruned:
    """How many rows each table lost."""

    updates: int
    sent: int
    failed: int
    calendar: int = 0


async def prune_history(sessionmaker: async_sessionmaker[AsyncSession], clock: Clock) -> Pruned:
    """Delete old handled-update ids, old delivered or given-up outbox rows, old calendar runs."""
    now = clock.now()
    async with sessionmaker() as session:
        updates = await session.execute(
            delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < now - UPDATES_KEPT)
        )
        sent = await session.execute(
            delete(OutboundMessage).where(
                OutboundMessage.status == OutboxStatus.SENT,
                OutboundMessage.created_at < now - SENT_KEPT,
            )
        )
        failed = await session.execute(
            delete(OutboundMessage).where(
                OutboundMessage.status == OutboxStatus.FAILED,
                OutboundMessage.created_at < now - FAILED_KEPT,
            )
        )
        calendar = await session.execute(
            delete(CalendarRun).where(CalendarRun.at < now - CALENDAR_KEPT)
        )
        await session.commit()
    return Pruned(
        updates.rowcount,  # type: ignore[attr-defined]
        sent.rowcount,  # type: ignore[attr-defined]
        failed.rowcount,  # type: ignore[attr-defined]
        calendar.rowcount,  # type: ignore[attr-defined]
    )
