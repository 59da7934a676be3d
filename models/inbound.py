"""The inbound journal: updates taken from Telegram and not yet committed by their handler.

A getUpdates batch is written here before the next getUpdates confirms it (its offset tells
Telegram to forget it), so an update taken in is never lost to a kill -9; the row is deleted in
the transaction that commits the update's effects, by the claim of its id itself (a trigger,
migration 0023_claim_forgets), or in the one that finds them committed already; an update
that wrote nothing has its row deleted later, with others in one statement (`forget_updates`).
Webhook mode writes each update here before answering Telegram's request (bot/web.py).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, cast

from sqlalchemy import BigInteger, Table, Text, bindparam, delete, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class InboundUpdate(Base):
    """One update taken from Telegram, as it came, until its handler's transaction commits."""

    __tablename__ = "inbound_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    raw: Mapped[str] = mapped_column(Text)
    """The update's JSON as Telegram sent it (text, not JSON: written in a burst, read rarely)."""
    received_at: Mapped[datetime] = mapped_column(
        UTCDateTime, server_default=text("CURRENT_TIMESTAMP")
    )
    """When it came; in webhook mode, when the worker holding it last said so (bot/web.py)."""


async def journal_updates(session: AsyncSession, updates: list[tuple[int, dict[str, Any]]]) -> None:
    """Write a batch of (update id, raw update) in one executemany; rows already there stay.

    Core, not the ORM, and the JSON serialised here: the write sits between two getUpdates
    in a burst, so it is kept to a few milliseconds for 100 updates.
    """
    if not updates:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = cast(Table, InboundUpdate.__table__)  # Core: no ORM bookkeeping per row
    stmt = insert(table).on_conflict_do_nothing(index_elements=["update_id"])
    rows = [{"update_id": i, "raw": json.dumps(raw, ensure_ascii=False)} for i, raw in updates]
    await session.execute(stmt, rows)


async def journaled(session: AsyncSession) -> list[tuple[int, dict[str, Any]]]:
    """Every update in the journal, oldest first (left over by a process that stopped)."""
    stmt = select(InboundUpdate.update_id, InboundUpdate.raw).order_by(InboundUpdate.update_id)
    return [(update_id, json.loads(raw)) for update_id, raw in (await session.execute(stmt))]


_JOURNAL = cast(Table, InboundUpdate.__table__)
_FORGET = delete(_JOURNAL).where(_JOURNAL.c.update_id == bindparam("forgotten"))
"""Core, built once: an update found handled already runs it (a claim deletes its own row)."""


async def forget_update(session: AsyncSession, update_id: int) -> None:
    """Delete an update's journal row, in the transaction that commits (or skips) it."""
    await session.execute(_FORGET, {"forgotten": update_id})


async def forget_updates(session: AsyncSession, update_ids: list[int]) -> None:
    """Delete the journal rows of updates that wrote nothing, in one statement."""
    if update_ids:
        await session.execute(delete(InboundUpdate).where(InboundUpdate.update_id.in_(update_ids)))


async def take_journaled(
    session: AsyncSession, *, older_than: float | None, leave: set[int], limit: int = 100
) -> list[tuple[int, dict[str, Any]]]:
    """Take up journal rows (oldest first) no one touched for `older_than` seconds (None: every
    row), but those in `leave`: each is touched, so no other worker takes it while this one
    holds it. On PostgreSQL the rows are locked FOR UPDATE SKIP LOCKED: two workers looking at
    once never both take one. The caller commits."""
    stmt = select(InboundUpdate.update_id, InboundUpdate.raw)
    if older_than is not None:
        stmt = stmt.where(InboundUpdate.received_at < _ago(session, older_than))
    if leave:
        stmt = stmt.where(InboundUpdate.update_id.not_in(leave))
    stmt = stmt.order_by(InboundUpdate.update_id).limit(limit).with_for_update(skip_locked=True)
    rows = [(update_id, json.loads(raw)) for update_id, raw in await session.execute(stmt)]
    await touch_journaled(session, [update_id for update_id, _ in rows])
    return rows


async def touch_journaled(session: AsyncSession, update_ids: list[int]) -> None:
    """Mark rows as held by a live worker now (`take_journaled` leaves them alone a while)."""
    if update_ids:
        await session.execute(
            update(InboundUpdate)
            .where(InboundUpdate.update_id.in_(update_ids))
            .values(received_at=func.now())
        )


def _ago(session: AsyncSession, seconds: float) -> Any:
    """The database's own now minus `seconds` (every worker's rows on one clock)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.now() - func.make_interval(0, 0, 0, 0, 0, 0, float(seconds))
    return func.datetime("now", f"-{float(seconds)} seconds")  # CURRENT_TIMESTAMP's own form
