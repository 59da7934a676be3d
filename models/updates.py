"""Telegram update ids already handled, so a redelivered update is handled once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class ProcessedUpdate(Base):
    """An update id whose effects are committed."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


async def was_processed(session: AsyncSession, update_id: int) -> bool:
    """Whether this update's effects were already committed."""
    stmt = select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id == update_id)
    return (await session.execute(stmt)).first() is not None


def mark_processed(session: AsyncSession, update_id: int, now: datetime) -> None:
    """Record the update as handled, in the transaction that commits its effects."""
    session.add(ProcessedUpdate(update_id=update_id, processed_at=now))
