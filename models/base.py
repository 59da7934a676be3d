"""Declarative base and column types shared by every table."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import BigInteger, DateTime, Integer, MetaData
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Stable constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
WRITES = "louhu_writes"
"""Execution option of a SELECT whose WITH clause writes (PostgreSQL's data-modifying CTEs):
bot.transaction counts it as a write, as it counts an INSERT, UPDATE or DELETE."""

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT identity.
IdType = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC, always hands back timezone-aware UTC (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use the injected clock")
        value = value.astimezone(UTC)
        return value if dialect.name == "postgresql" else value.replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    """Base of every Louhu table."""

    metadata = MetaData(naming_convention=NAMING)


def _insert_unless_there(
    session: AsyncSession, model: type[Base], values: dict[str, Any], unique: tuple[str, ...]
) -> Any:
    """INSERT … ON CONFLICT DO NOTHING in the session's dialect (SQLite and PostgreSQL alike)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(model).values(**values).on_conflict_do_nothing(index_elements=list(unique))


async def insert_new(
    session: AsyncSession, model: type[Base], values: dict[str, Any], *, unique: tuple[str, ...]
) -> int | None:
    """INSERT a row unless one with the same `unique` columns exists; its id, or None.

    One conditional statement, so a duplicate leaves the caller's transaction as it was:
    nothing to roll back.
    """
    stmt = _insert_unless_there(session, model, values, unique).returning(model.__table__.c.id)
    return (await session.execute(stmt)).scalar_one_or_none()


M = TypeVar("M", bound=Base)


async def insert_new_row(
    session: AsyncSession, model: type[M], values: dict[str, Any], *, unique: tuple[str, ...]
) -> M | None:
    """insert_new, the row itself returned (loaded, in the session) instead of its id.

    The same one statement, RETURNING the whole row: no SELECT follows to load it.
    """
    stmt = _insert_unless_there(session, model, values, unique).returning(model)
    return (await session.scalars(stmt)).one_or_none()
