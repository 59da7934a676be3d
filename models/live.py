"""Live messages: one message per thing (a roll call, a sampling list) kept up to date in place.

A refresh is not a queued edit but a counter on the message's row: `requested` goes up by one
for every request, and the sender records in `shown` the value it read before rendering the
edit it sent. A refresh is pending while requested > shown, so there is at most one per message
by construction, and a request whose transaction commits while an edit is being rendered still
leaves the message pending (the sender read the older count), so the latest state is never lost.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    case,
    exists,
    func,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime, insert_new
from models.outbox import MAX_EXCLUDED, WEBHOOK, OutboundMessage, OutboxStatus, Priority


class LiveStatus(enum.StrEnum):
    """Whether a live message still takes refreshes."""

    LIVE = "live"
    CLOSED = "closed"
    """Takes no new requests; one requested before closing is still shown."""
    GONE = "gone"
    """Telegram no longer lets us edit it (deleted, bot removed): nothing more is tried."""
    FAILED = "failed"
    """Its edits kept failing (or nothing renders its purpose): given up."""


REFRESHABLE = (LiveStatus.LIVE, LiveStatus.CLOSED)


class LiveMessage(Base):
    """One group message the bot keeps editing; the sender renders it when it edits."""

    __tablename__ = "live_messages"
    __table_args__ = (
        UniqueConstraint("purpose", "ref_id"),
        Index("ix_live_messages_due", "status", "next_edit_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    purpose: Mapped[str] = mapped_column(String(32))
    """Which renderer draws it (e.g. "rollcall")."""
    ref_id: Mapped[int] = mapped_column(BigInteger)
    """What it shows (e.g. the roll call's id), handed to the renderer."""
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    """Telegram's id, known once the first send is confirmed; no edit is tried before."""
    priority: Mapped[int] = mapped_column(Integer, default=Priority.REMINDER)
    status: Mapped[str] = mapped_column(String(16), default=LiveStatus.LIVE)
    requested: Mapped[int] = mapped_column(Integer, default=0)
    shown: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    """Failed edit tries since the last one that went through."""
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_edit_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """Set only by the sender, on its own clock: no edit before (NULL: any time)."""


async def create_live(
    session: AsyncSession,
    *,
    purpose: str,
    ref_id: int,
    chat_id: int,
    priority: Priority,
    now: datetime,
) -> int | None:
    """Record a new live message; its id, or None if (purpose, ref_id) has one already."""
    values = {
        "purpose": purpose,
        "ref_id": ref_id,
        "chat_id": chat_id,
        "priority": int(priority),
        "status": LiveStatus.LIVE,
        "requested": 0,
        "shown": 0,
        "attempts": 0,
        "created_at": now,
    }
    return await insert_new(session, LiveMessage, values, unique=("purpose", "ref_id"))


async def request_refresh(session: AsyncSession, *, purpose: str, ref_id: int) -> bool:
    """Ask for the live message of (purpose, ref_id) to be redrawn; False if there is none.

    One conditional UPDATE in the caller's transaction: concurrent requests queue on the row
    and each counts, and however many arrive, the message has one pending refresh. The row
    stays locked until the caller commits (the sender recording an edit waits for it), so call
    this last, just before the commit. Call `sender.wake()` after the commit (the update
    middleware does; a job must).
    """
    stmt = (
        update(LiveMessage)
        .where(
            LiveMessage.purpose == purpose,
            LiveMessage.ref_id == ref_id,
            LiveMessage.status == LiveStatus.LIVE,
        )
        .values(requested=LiveMessage.requested + 1)
    )
    return (await session.execute(stmt)).rowcount == 1  # type: ignore[attr-defined]


async def close_live(session: AsyncSession, *, purpose: str, ref_id: int) -> bool:
    """Take no more refreshes (one already requested is still shown); False if none was live."""
    stmt = (
        update(LiveMessage)
        .where(
            LiveMessage.purpose == purpose,
            LiveMessage.ref_id == ref_id,
            LiveMessage.status == LiveStatus.LIVE,
        )
        .values(status=LiveStatus.CLOSED)
    )
    return (await session.execute(stmt)).rowcount == 1  # type: ignore[attr-defined]


async def find_live(session: AsyncSession, *, purpose: str, ref_id: int) -> LiveMessage | None:
    """The live message of (purpose, ref_id), if one was posted."""
    stmt = select(LiveMessage).where(LiveMessage.purpose == purpose, LiveMessage.ref_id == ref_id)
    return (await session.execute(stmt)).scalar_one_or_none()


async def attach_message(
    session: AsyncSession, live_id: int, *, chat_id: int, message_id: int
) -> None:
    """The first send is confirmed: edits may start (the id is never overwritten)."""
    stmt = (
        update(LiveMessage)
        .where(LiveMessage.id == live_id, LiveMessage.message_id.is_(None))
        .values(chat_id=chat_id, message_id=message_id)
    )
    await session.execute(stmt)


def _pending() -> list[Any]:
    return [
        LiveMessage.status.in_(REFRESHABLE),
        LiveMessage.requested > LiveMessage.shown,
        LiveMessage.message_id.is_not(None),
    ]


async def due_refreshes(
    session: AsyncSession, *, now: datetime, limit: int, held: Collection[int] = ()
) -> list[LiveMessage]:
    """Live messages with a refresh pending that may be edited now, most urgent first, then
    the least recently edited.

    Left out: chats in `held` (at their rate limit) and chats with an outbox row waiting for a
    retry (Telegram asked us to wait: an edit is a message too).
    """
    retrying = exists().where(
        OutboundMessage.chat_id == LiveMessage.chat_id,
        OutboundMessage.status == OutboxStatus.PENDING,
        OutboundMessage.method != WEBHOOK,
        OutboundMessage.next_attempt_at > now,
    )
    conditions = [
        *_pending(),
        (LiveMessage.next_edit_at.is_(None)) | (LiveMessage.next_edit_at <= now),
        ~retrying,
    ]
    if held:
        conditions.append(LiveMessage.chat_id.not_in(list(held)[:MAX_EXCLUDED]))
    # Least recently edited first (never edited before all), so with more messages due than
    # one batch takes, every one gets its turn instead of the lowest ids again and again.
    stmt = (
        select(LiveMessage)
        .where(*conditions)
        .order_by(
            LiveMessage.priority,
            LiveMessage.edited_at.is_not(None),
            LiveMessage.edited_at,
            LiveMessage.id,
        )
        .limit(limit)
    )
    return list((await session.execute(stmt)).scalars())


async def next_refresh_at(session: AsyncSession, *, now: datetime) -> datetime | None:
    """When the earliest pending refresh that must still wait may be sent, if any."""
    stmt = select(func.min(LiveMessage.next_edit_at)).where(
        *_pending(), LiveMessage.next_edit_at > now
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def requested_count(session: AsyncSession, live_id: int) -> int | None:
    """How many refreshes were asked for so far (read before rendering); None if not refreshable."""
    stmt = select(LiveMessage.requested).where(
        LiveMessage.id == live_id, LiveMessage.status.in_(REFRESHABLE)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def mark_edited(
    session: AsyncSession, live_id: int, *, version: int, now: datetime, next_at: datetime
) -> None:
    """An edit showing every request up to `version` went through; the next waits until next_at."""
    stmt = (
        update(LiveMessage)
        .where(LiveMessage.id == live_id)
        .values(
            shown=case((LiveMessage.shown < version, version), else_=LiveMessage.shown),
            edited_at=now,
            next_edit_at=next_at,
            attempts=0,
            last_error=None,
        )
    )
    await session.execute(stmt)


async def defer_refresh(
    session: AsyncSession, live_id: int, *, until: datetime, error: str
) -> None:
    """Try the pending refresh again later (429, 5xx, no answer)."""
    stmt = (
        update(LiveMessage)
        .where(LiveMessage.id == live_id)
        .values(next_edit_at=until, attempts=LiveMessage.attempts + 1, last_error=error[:2000])
    )
    await session.execute(stmt)


async def stop_refreshing(
    session: AsyncSession, live_id: int, *, status: LiveStatus, error: str
) -> None:
    """No more edits of this message (it is gone, or its edits keep failing)."""
    stmt = (
        update(LiveMessage)
        .where(LiveMessage.id == live_id)
        .values(status=status, attempts=LiveMessage.attempts + 1, last_error=error[:2000])
    )
    await session.execute(stmt)


async def still_due(session: AsyncSession, live_id: int, *, now: datetime) -> bool:
    """Whether this live message still waits for an edit that may be made now (re-read by a
    sender sharing the work with other workers, under its chat's lock)."""
    stmt = select(LiveMessage.id).where(
        LiveMessage.id == live_id,
        *_pending(),
        (LiveMessage.next_edit_at.is_(None)) | (LiveMessage.next_edit_at <= now),
    )
    return (await session.execute(stmt)).first() is not None
