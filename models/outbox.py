"""Outbound Telegram messages waiting to be sent: the durable queue of the sender."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class Priority(enum.IntEnum):
    """Lower goes first: emergencies never wait behind order cards or reminders."""

    EMERGENCY = 0
    INTERACTIVE = 10
    CARD = 20
    REMINDER = 30


class OutboxStatus(enum.StrEnum):
    """Where an outbound message stands."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class OutboundMessage(Base):
    """One Bot API call to make (send or edit), kept until Telegram confirms it."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "status", "priority", "id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    method: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    priority: Mapped[int] = mapped_column(Integer, default=Priority.INTERACTIVE)
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    purpose: Mapped[str | None] = mapped_column(String(32))
    ref_id: Mapped[int | None] = mapped_column(BigInteger)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """Set only by the sender after a failed try, on its own clock; NULL means "now"."""
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


async def pending_messages(session: AsyncSession, *, limit: int = 200) -> list[OutboundMessage]:
    """Pending messages, most urgent first, then in the order they were queued."""
    stmt = (
        select(OutboundMessage)
        .where(OutboundMessage.status == OutboxStatus.PENDING)
        .order_by(OutboundMessage.priority, OutboundMessage.id)
        .limit(limit)
    )
    return list((await session.execute(stmt)).scalars())


async def mark_sent(
    session: AsyncSession, message_id: int, *, telegram_message_id: int | None, now: datetime
) -> bool:
    """Record delivery; False if it was no longer pending."""
    stmt = (
        update(OutboundMessage)
        .where(OutboundMessage.id == message_id, OutboundMessage.status == OutboxStatus.PENDING)
        .values(
            status=OutboxStatus.SENT,
            message_id=telegram_message_id,
            sent_at=now,
            attempts=OutboundMessage.attempts + 1,
        )
    )
    return (await session.execute(stmt)).rowcount == 1  # type: ignore[attr-defined]


async def defer(session: AsyncSession, message_id: int, *, until: datetime, error: str) -> None:
    """Try again later after a transient failure."""
    stmt = (
        update(OutboundMessage)
        .where(OutboundMessage.id == message_id, OutboundMessage.status == OutboxStatus.PENDING)
        .values(
            next_attempt_at=until,
            last_error=error[:2000],
            attempts=OutboundMessage.attempts + 1,
        )
    )
    await session.execute(stmt)


async def mark_failed(session: AsyncSession, message_id: int, *, error: str) -> None:
    """Give up on a message Telegram will never accept (blocked, bad request)."""
    stmt = (
        update(OutboundMessage)
        .where(
            OutboundMessage.id == message_id,
            OutboundMessage.status == OutboxStatus.PENDING,
        )
        .values(
            status=OutboxStatus.FAILED,
            last_error=error[:2000],
            attempts=OutboundMessage.attempts + 1,
        )
    )
    await session.execute(stmt)
