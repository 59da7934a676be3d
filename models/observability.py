"""Read-only figures for /healthz and /metrics: one small query each, no locks taken."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import distinct, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from models.incidents import Incident
from models.outbox import WEBHOOK, OutboundMessage, OutboxStatus
from models.rollcalls import RollCall, RollCallEntry

RESOLVED = "resolved"  # domain.escalation_policy.IncidentStatus.RESOLVED (models import no domain)


async def database_answers(session: AsyncSession) -> None:
    """A round trip to the database (raises if it cannot be reached)."""
    await session.execute(text("SELECT 1"))


async def oldest_due_unsent(session: AsyncSession, *, now: datetime) -> datetime | None:
    """When the longest-waiting due Telegram call became due (created, or its retry time)."""
    due_since = func.coalesce(OutboundMessage.next_attempt_at, OutboundMessage.created_at)
    stmt = select(func.min(due_since)).where(
        OutboundMessage.status == OutboxStatus.PENDING,
        OutboundMessage.method != WEBHOOK,
        or_(OutboundMessage.next_attempt_at.is_(None), OutboundMessage.next_attempt_at <= now),
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def outbox_depth(session: AsyncSession) -> dict[int, int]:
    """Pending outbox rows (due or waiting for a retry) by priority."""
    stmt = (
        select(OutboundMessage.priority, func.count())
        .where(OutboundMessage.status == OutboxStatus.PENDING)
        .group_by(OutboundMessage.priority)
    )
    return {int(priority): int(count) for priority, count in (await session.execute(stmt)).all()}


async def open_incidents(session: AsyncSession) -> tuple[int, datetime | None]:
    """How many incidents are not resolved, and when the oldest of them was reported."""
    stmt = select(func.count(), func.min(Incident.reported_at)).where(Incident.status != RESOLVED)
    count, oldest = (await session.execute(stmt)).one()
    return int(count), oldest


async def rollcall_missing(session: AsyncSession, *, now: datetime) -> int:
    """Households with no reading in a roll call of today (posted and still open)."""
    stmt = (
        select(func.count(distinct(RollCallEntry.household_id)))
        .join(RollCall, RollCall.id == RollCallEntry.rollcall_id)
        .where(
            RollCall.at <= now,
            RollCall.open_until > now,
            RollCallEntry.reported_at.is_(None),
        )
    )
    return int((await session.execute(stmt)).scalar_one())
