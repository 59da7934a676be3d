"""SQLite for SQLAlchemy's aiosqlite dialect, run on the event loop's own thread.

aiosqlite runs every call on a thread of its own and hands the result back: two thread
switches and GIL handovers a statement, which cost an update more than its SQL did (py-spy: the
loop's thread waited in those handovers a quarter of its time in a burst). Louhu's SQLite engine
has one connection (models/db.py), so no statement ever waits for another connection of this
process; statements on a compound's database take micro- to milliseconds. Run in place, they
block the loop no longer than the handovers did. What another process holds (a command-line
tool writing the file) is waited for by SQLite's busy timeout, as before.

Only what SQLAlchemy's dialect uses of aiosqlite is here: `connect()`, and a connection and
cursor with aiosqlite's coroutine methods, which return without ever suspending.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any


class InlineCursor:
    """An aiosqlite-like cursor whose coroutines run the sqlite3 cursor's calls in place."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    async def __aenter__(self) -> InlineCursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._cursor.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value

    async def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> InlineCursor:
        self._cursor.execute(sql, () if parameters is None else parameters)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> InlineCursor:
        self._cursor.executemany(sql, parameters)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._cursor.fetchmany(self._cursor.arraysize if size is None else size)

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()


class _InPlace:
    """Stands for aiosqlite's queue to its thread (the dialect sets the isolation level
    through it): the function runs at once and its future is settled."""

    @staticmethod
    def put_nowait(item: tuple[asyncio.Future[Any], Callable[[], Any]]) -> None:
        future, function = item
        try:
            future.set_result(function())
        except Exception as exc:
            future.set_exception(exc)


class InlineConnection:
    """An aiosqlite-like connection whose coroutines run in place."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._conn = connection
        self._tx = _InPlace()

    @property
    def _connection(self) -> sqlite3.Connection | None:
        return self._conn

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    def cursor(self) -> InlineCursor:
        return InlineCursor(self._conn.cursor())

    async def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> InlineCursor:
        return await self.cursor().execute(sql, parameters)

    async def commit(self) -> None:
        self._conn.commit()

    async def rollback(self) -> None:
        self._conn.rollback()

    async def create_function(self, *args: Any, **kw: Any) -> None:
        self._conn.create_function(*args, **kw)

    async def close(self) -> None:
        self._conn.close()

    def stop(self) -> None:
        self._conn.close()


async def connect(database: str, *, iter_chunk_size: int = 64, **kw: Any) -> InlineConnection:
    """sqlite3.connect, as aiosqlite.connect takes it (its own arguments aside)."""
    return InlineConnection(sqlite3.connect(database, **kw))
