"""Telegram users Louhu has seen, and their language choice."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, String, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class Person(Base):
    """A Telegram user; the id is Telegram's user id."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    username: Mapped[str | None] = mapped_column(String(64), index=True)
    full_name: Mapped[str] = mapped_column(String(256), default="")
    telegram_language: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(8))
    started_bot: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


def _insert_for(session: AsyncSession) -> Any:
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


async def upsert_person(
    session: AsyncSession,
    *,
    person_id: int,
    username: str | None,
    full_name: str,
    telegram_language: str | None,
    now: datetime,
    started_bot: bool = False,
) -> None:
    """Insert or refresh a person's Telegram profile in one statement."""
    insert = _insert_for(session)
    values = {
        "id": person_id,
        "username": username,
        "full_name": full_name[:256],
        "telegram_language": telegram_language,
        "started_bot": started_bot,
        "created_at": now,
        "updated_at": now,
    }
    stmt = insert(Person).values(**values)
    update = {
        "username": stmt.excluded.username,
        "full_name": stmt.excluded.full_name,
        "telegram_language": stmt.excluded.telegram_language,
        "updated_at": stmt.excluded.updated_at,
    }
    if started_bot:
        update["started_bot"] = stmt.excluded.started_bot
    await session.execute(stmt.on_conflict_do_update(index_elements=[Person.id], set_=update))


SENDER = "louhu_sender"
"""session.info key: the update's sender as the context middleware found them (detached, with
the profile the update brought)."""


async def person_of_update(session: AsyncSession, person_id: int) -> Person | None:
    """A person to show: the update's sender as found (no query) when it is them, else read."""
    sender = session.info.get(SENDER)
    if isinstance(sender, Person) and sender.id == person_id:
        return sender
    return await session.get(Person, person_id)


async def person_by_username(session: AsyncSession, username: str) -> Person | None:
    """The person last seen with this @username (case-insensitive)."""
    stmt = (
        select(Person)
        .where(func.lower(Person.username) == username.lstrip("@").lower())
        .order_by(Person.updated_at.desc())
        .limit(1)
    )
    return (await session.execute(stmt)).scalar_one_or_none()
