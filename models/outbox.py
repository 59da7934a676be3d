"""Outbound Telegram messages waiting to be sent: the durable queue of the sender."""

from __future__ import annotations

import enum
import json
from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Index,
    Integer,
    String,
    Text,
    and_,
    cast,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, aliased, mapped_column
from sqlalchemy.orm import defer as defer_column
from sqlalchemy.orm.attributes import set_committed_value

from models.base import Base, IdType, UTCDateTime


class Priority(enum.IntEnum):
    """Lower goes first: emergencies never wait behind order cards or reminders."""

    EMERGENCY = 0
    INTERACTIVE = 10
    CARD = 20
    REMINDER = 30


WEBHOOK = "webhook"
"""The method of rows that are HTTP posts to a webhook, not Telegram calls."""
MAX_EXCLUDED = 1000  # beyond this many held chats the sender skips them itself, row by row


class OutboxStatus(enum.StrEnum):
    """Where an outbound message stands."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class OutboundMessage(Base):
    """One Bot API call to make (send or edit), kept until Telegram confirms it."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_pending", "status", "priority", "id"),
        # due_messages asks, for each candidate, whether an earlier row of its chat is waiting
        # for a retry; without this, PostgreSQL scans the whole outbox once per candidate.
        Index("ix_outbox_chat_waiting", "chat_id", "status", "next_attempt_at"),
    )

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


def _due(now: datetime) -> Any:
    return or_(OutboundMessage.next_attempt_at.is_(None), OutboundMessage.next_attempt_at <= now)


def _lane(emergency: bool) -> Any:
    """The sender's lanes split the outbox by priority, so no row is ever in both."""
    if emergency:
        return OutboundMessage.priority == Priority.EMERGENCY
    return OutboundMessage.priority != Priority.EMERGENCY


async def due_messages(
    session: AsyncSession,
    *,
    now: datetime,
    limit: int,
    held: Collection[int] = (),
    held_for_ordinary: Collection[int] = (),
    emergency: bool | None = None,
    with_payload: bool = True,
) -> list[OutboundMessage]:
    """Telegram calls due now, most urgent first, leaving out chats that must wait.

    `with_payload` False: each row's payload comes as JSON text, decoded by `decode_payload`
    before its call is made (a sender's pass reads up to a batch of rows and sends few).

    `held` chats get nothing; `held_for_ordinary` chats get only emergencies. A row also waits
    while an earlier row of its chat waits for a retry, so each chat keeps its order.
    `emergency` True or False reads only one lane's share (emergencies or the rest).
    """
    earlier = aliased(OutboundMessage)
    waiting_before = exists().where(
        earlier.chat_id == OutboundMessage.chat_id,
        earlier.status == OutboxStatus.PENDING,
        earlier.method != WEBHOOK,
        earlier.next_attempt_at > now,
        or_(
            earlier.priority < OutboundMessage.priority,
            and_(earlier.priority == OutboundMessage.priority, earlier.id < OutboundMessage.id),
        ),
    )
    conditions = [
        OutboundMessage.status == OutboxStatus.PENDING,
        OutboundMessage.method != WEBHOOK,
        _due(now),
        ~waiting_before,
    ]
    if emergency is not None:
        conditions.append(_lane(emergency))
    if held:
        conditions.append(OutboundMessage.chat_id.not_in(list(held)[:MAX_EXCLUDED]))
    if held_for_ordinary:
        conditions.append(
            or_(
                OutboundMessage.priority == Priority.EMERGENCY,
                OutboundMessage.chat_id.not_in(list(held_for_ordinary)[:MAX_EXCLUDED]),
            )
        )
    stmt = (
        select(OutboundMessage)
        .where(*conditions)
        .order_by(OutboundMessage.priority, OutboundMessage.id)
        .limit(limit)
    )
    if with_payload:
        return list((await session.execute(stmt)).scalars())
    undecoded: Any = stmt.add_columns(cast(OutboundMessage.payload, Text)).options(_UNDECODED)
    rows = []
    for row, raw in await session.execute(undecoded):
        setattr(row, _RAW, raw)
        rows.append(row)
    return rows


_RAW = "louhu_raw_payload"
"""The payload's JSON text on a row read without it (a plain attribute, not a column)."""
_UNDECODED = defer_column(OutboundMessage.payload, raiseload=True)
"""The payload read as text, its JSON not decoded: a sender's pass reads up to a batch of rows
and sends few of them (a burst of 1,000 updates on SQLite loaded 1,022 rows to send 20, and
decoding their payloads was 7 % of the process's time); reading it undecoded raises."""


def decode_payload(row: OutboundMessage) -> None:
    """Decode the payload of a row read without it (`due_messages(with_payload=False)`)."""
    if "payload" not in row.__dict__:
        raw = getattr(row, _RAW, None)
        set_committed_value(row, "payload", None if raw is None else json.loads(raw))


async def due_webhooks(
    session: AsyncSession, *, now: datetime, limit: int, skip: Collection[int] = ()
) -> list[OutboundMessage]:
    """Webhook posts due now, oldest first (each stands alone: no order among them)."""
    conditions = [
        OutboundMessage.status == OutboxStatus.PENDING,
        OutboundMessage.method == WEBHOOK,
        _due(now),
    ]
    if skip:
        conditions.append(OutboundMessage.id.not_in(list(skip)))
    stmt = select(OutboundMessage).where(*conditions).order_by(OutboundMessage.id).limit(limit)
    return list((await session.execute(stmt)).scalars())


async def next_retry_at(
    session: AsyncSession, *, now: datetime, webhooks: bool = False, emergency: bool | None = None
) -> datetime | None:
    """When the earliest deferred Telegram call (or webhook post) falls due, if any.

    `emergency` True or False looks only at one lane's share of the Telegram calls.
    """
    method = OutboundMessage.method == WEBHOOK if webhooks else OutboundMessage.method != WEBHOOK
    conditions = [
        OutboundMessage.status == OutboxStatus.PENDING,
        method,
        OutboundMessage.next_attempt_at > now,
    ]
    if emergency is not None:
        conditions.append(_lane(emergency))
    stmt = select(func.min(OutboundMessage.next_attempt_at)).where(*conditions)
    return (await session.execute(stmt)).scalar_one_or_none()


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


async def sent_ref(
    session: AsyncSession, *, chat_id: int, message_id: int, purpose: str
) -> int | None:
    """The ref_id of the message sent to this chat under this Telegram id for `purpose`."""
    stmt = select(OutboundMessage.ref_id).where(
        OutboundMessage.chat_id == chat_id,
        OutboundMessage.message_id == message_id,
        OutboundMessage.purpose == purpose,
        OutboundMessage.status == OutboxStatus.SENT,
    )
    return (await session.execute(stmt.limit(1))).scalar_one_or_none()


async def repoint_pending(session: AsyncSession, *, old_chat_id: int, new_chat_id: int) -> int:
    """Send what still waits for one chat to another (a group became a supergroup); how many."""
    stmt = (
        update(OutboundMessage)
        .where(
            OutboundMessage.chat_id == old_chat_id,
            OutboundMessage.status == OutboxStatus.PENDING,
            OutboundMessage.method != WEBHOOK,
        )
        .values(chat_id=new_chat_id)
    )
    return (await session.execute(stmt)).rowcount  # type: ignore[attr-defined]


async def take_due(session: AsyncSession, message_id: int, *, now: datetime) -> str:
    """Lock one row to send it now, for a sender sharing the outbox with other workers.

    "take": pending and due, locked for this transaction (FOR UPDATE SKIP LOCKED);
    "busy": another worker holds it; "wait": pending but deferred meanwhile; "done": sent,
    failed or gone. SQLite has one worker: the row is only re-read.
    """
    stmt = select(OutboundMessage.status, OutboundMessage.next_attempt_at).where(
        OutboundMessage.id == message_id
    )
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    row = (await session.execute(stmt)).first()
    if row is None:
        exists_now = await session.get(OutboundMessage, message_id)
        return "busy" if exists_now is not None else "done"
    status, next_attempt_at = row
    if status != OutboxStatus.PENDING:
        return "done"
    if next_attempt_at is not None and next_attempt_at > now:
        return "wait"
    return "take"
