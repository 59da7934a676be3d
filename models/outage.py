"""The database out of reach: telling it from other faults, and waiting until it answers again.

A dropped connection surfaces as SQLAlchemy's DBAPIError with `connection_invalidated`; a
connection refused (the server down, a proxy or a link gone) as the driver's own OSError, raised
through SQLAlchemy's pool. Either means "try the same work again once the database is back",
never "this work is wrong". The pool then replaces its connections the server closed as each is
taken (models/db.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from types import TracebackType

import asyncpg
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

log = logging.getLogger(__name__)

FIRST_WAIT = 0.2
MAX_WAIT = 2.0
"""Seconds between two looks at a database out of reach (doubling from FIRST_WAIT)."""
_DATABASE_MODULES = ("sqlalchemy.", "asyncpg.", "aiosqlite.", "sqlite3")
_CONNECTION_ERRORS = (OSError, PoolTimeout)
_LOST = (
    asyncpg.exceptions.PostgresConnectionError,  # lost, refused, failed to connect
    asyncpg.exceptions.CannotConnectNowError,  # the server is starting or in recovery
    asyncpg.exceptions.AdminShutdownError,  # the server is shutting down
    asyncpg.exceptions.CrashShutdownError,
)


def is_database_outage(exc: BaseException) -> bool:
    """Whether `exc` says the database could not be reached (or the connection was lost),
    rather than that the work itself failed. Follows the exception's causes."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DBAPIError):
            if current.connection_invalidated or _driver_connection_error(current.orig):
                return True
        elif isinstance(current, _CONNECTION_ERRORS) and _raised_by_database(current):
            return True
        elif _driver_connection_error(current):
            return True
        current = current.__cause__ or current.__context__
    return False


def _driver_connection_error(exc: BaseException | None) -> bool:
    """asyncpg's own words for a lost or refused connection (also behind SQLAlchemy's adapter,
    which raises its own error from asyncpg's)."""
    for candidate in (exc, exc.__cause__ if exc is not None else None):
        if isinstance(candidate, _LOST):
            return True
        if isinstance(candidate, asyncpg.exceptions.InterfaceError) and "connection is closed" in (
            str(candidate)
        ):
            return True
    return False


def _raised_by_database(exc: BaseException) -> bool:
    """An OSError counts only when the database driver raised it (a Telegram call's network
    error is aiogram's own exception, and never retried as an outage)."""
    tb: TracebackType | None = exc.__traceback__
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__", "")
        if module.startswith(_DATABASE_MODULES):
            return True
        tb = tb.tb_next
    return False


async def database_answers(sessionmaker: async_sessionmaker[AsyncSession]) -> bool:
    """Whether a fresh `SELECT 1` gets through now."""
    try:
        async with sessionmaker() as session:
            await session.execute(text("SELECT 1"))
        return True
    except Exception as exc:
        if is_database_outage(exc):
            return False
        raise


async def wait_for_database(
    sessionmaker: async_sessionmaker[AsyncSession],
    stopping: asyncio.Event,
    *,
    what: str,
    first_wait: float = FIRST_WAIT,
    max_wait: float = MAX_WAIT,
) -> bool:
    """Wait until the database answers again (True), or until `stopping` is set (False).

    Looks every `first_wait` seconds, doubling up to `max_wait`; logs once when it starts
    waiting and once when the database is back.
    """
    began = time.monotonic()
    wait = first_wait
    log.warning("database out of reach; %s waits for it", what)
    while not stopping.is_set():
        with contextlib.suppress(TimeoutError):  # not wait_for, which may swallow a cancel
            async with asyncio.timeout(wait):
                await stopping.wait()
        if stopping.is_set():
            break
        if await database_answers(sessionmaker):
            log.warning("database back after %.1f s; %s goes on", time.monotonic() - began, what)
            return True
        wait = min(max_wait, wait * 2)
    log.warning("stopping while the database is out of reach; %s given up", what)
    return False
