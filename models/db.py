"""Engine and session factory for SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from models import sqlite_inline

POOL_SIZE = 15
"""PostgreSQL connections a process keeps at most (the default pool's 5 + 10 overflow)."""


def create_engine(database_url: str, *, echo: bool = False) -> AsyncEngine:
    """An async engine; SQLite gets WAL, foreign keys and one shared connection."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        # every connection kept: a burst runs about as many updates at once as there are busy
        # chats, and the default pool (5 kept, 10 more opened and closed as needed) opened and
        # closed 29 connections in a burst of 1,000 updates, each a connect and its statements
        # prepared again; the ceiling stays the default's 15 (connections open only when needed)
        engine = create_async_engine(url, echo=echo, pool_size=POOL_SIZE, max_overflow=0)
        event.listen(engine.sync_engine.pool, "checkout", _closed_is_replaced)
        return engine
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    # One connection serialises writers, so SQLite never answers "database is locked";
    # transactions are kept short (no network calls inside them) to make that cheap.
    engine = create_async_engine(
        url,
        echo=echo,
        pool_size=1,
        max_overflow=0,
        pool_timeout=60,
        async_creator=_inline_sqlite(url.database or ":memory:"),  # its own connect arguments
    )

    @event.listens_for(engine.sync_engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine


def _closed_is_replaced(_dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """A pooled connection the server has closed (a restart, a proxy or link cut) is replaced
    when it is taken: asyncpg knows it closed without asking the server. pool_pre_ping asked
    instead, with three round trips on every checkout (BEGIN, an empty statement, ROLLBACK):
    half of what chatter cost PostgreSQL. A connection whose end the client has not seen yet
    fails its first statement, an outage like any other (models/outage.py)."""
    driver = record.driver_connection
    if driver is not None and driver.is_closed():
        raise DisconnectionError("the server closed this pooled connection")


def _inline_sqlite(database: str) -> Callable[[], Awaitable[sqlite_inline.InlineConnection]]:
    """The engine's one connection, run on the loop's thread (models/sqlite_inline.py)."""

    async def connect() -> sqlite_inline.InlineConnection:
        return await sqlite_inline.connect(database, timeout=30, check_same_thread=False)

    return connect


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)
