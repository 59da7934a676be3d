"""The inbound journal: updates taken from Telegram and not yet committed by their handler.

A getUpdates batch is written here before the next getUpdates confirms it (its offset tells
Telegram to forget it), so an update taken in is never lost to a kill -9; the row is deleted in
the transaction that commits the update's effects (or finds them committed already).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class InboundUpdate(Base):
    """One update taken from Telegram, as it came, until its handler's transaction commits."""

    __tablename__ = "inbound_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    raw: Mapped[dict[str, Any]] = mapped_column(JSON)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    """Possibly an emergency when it came in: handled before other chats' updates."""
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


async def journal_updates(
    session: AsyncSession, rows: list[tuple[int, dict[str, Any], bool]], now: datetime
) -> None:
    """Write a batch (update id, raw update, urgent) in one statement; rows already there stay."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    values = [
        {"update_id": update_id, "raw": raw, "urgent": urgent, "received_at": now}
        for update_id, raw, urgent in rows
    ]
    stmt = insert(InboundUpdate).values(values).on_conflict_do_nothing(index_elements=["update_id"])
    await session.execute(stmt)


async def journaled(session: AsyncSession) -> list[InboundUpdate]:
    """Every update in the journal, oldest first (left over by a process that stopped)."""
    stmt = select(InboundUpdate).order_by(InboundUpdate.update_id)
    return list((await session.scalars(stmt)).all())


async def forget_update(session: AsyncSession, update_id: int) -> None:
    """Delete an update's journal row, in the transaction that commits (or skips) it."""
    await session.execute(delete(InboundUpdate).where(InboundUpdate.update_id == update_id))
