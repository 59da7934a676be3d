"""Telegram update ids already handled, so a redelivered update is handled once."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import BigInteger, Table, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
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


_PROCESSED = cast(Table, ProcessedUpdate.__table__)  # Core: no ORM bulk insert each update
_CLAIMS = {
    dialect: insert(_PROCESSED)
    .on_conflict_do_nothing(index_elements=[_PROCESSED.c.update_id])
    .returning(_PROCESSED.c.update_id)
    for dialect, insert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))
}


async def claim_update(session: AsyncSession, update_id: int, now: datetime) -> bool:
    """Record the update as handled in the transaction that commits its effects, in one
    statement; False when it already is (committed, or by a transaction this one waited for)."""
    stmt = _CLAIMS[session.get_bind().dialect.name]
    rows = await session.execute(stmt, {"update_id": update_id, "processed_at": now})
    return rows.first() is not None


CLAIM_CONFLICT = str(_PROCESSED.primary_key.name)
"""The constraint a claim sent with COMMIT (`claim_sql`) fails on when the id is taken."""


def claim_sql(update_id: int, now: datetime) -> str | None:
    """PostgreSQL: the claim as SQL text to send with the transaction's COMMIT
    (models/pg_begin.commit_with): an id taken already fails it, and the COMMIT with it; None
    for a time that is not aware (not written as text)."""
    if now.tzinfo is None:
        return None
    table = _PROCESSED.name
    return (
        f"INSERT INTO {table} (update_id, processed_at) "
        f"VALUES ({int(update_id)}, '{now.isoformat()}'::timestamptz);"
    )
