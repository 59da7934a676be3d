"""PostgreSQL (asyncpg): a transaction's BEGIN and its first statement in one round trip.

SQLAlchemy's asyncpg adapter begins a transaction lazily: its first statement first sends
BEGIN and waits for the answer, then sends the statement and waits again. An update's
transaction always starts with the chat's advisory lock (`bot.transaction`), so every such
transaction paid two round trips before it did anything. `begin_with` sends both as one
simple query ("BEGIN …; SELECT pg_advisory_xact_lock(1, 2);"), which PostgreSQL runs in order,
and hands the adapter a transaction that ends with COMMIT or ROLLBACK as asyncpg's own would.

Only plain integers are put in the query (no bound parameters in a simple query); anything the
adapter is not set up for in the ordinary way (autocommit, another isolation level, read-only,
a transaction begun already) is left to the ordinary path (`begin_with` returns False).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_connection
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.util import await_

_BEGIN = {None: "BEGIN;", "read_committed": "BEGIN ISOLATION LEVEL READ COMMITTED;"}
"""asyncpg's BEGIN for the isolation levels an update's transaction is begun with."""


class _Begun:
    """The adapter's open transaction when `begin_with` began it: what it calls to end it."""

    __slots__ = ("_driver", "before_commit")

    def __init__(self, driver: Any) -> None:
        self._driver = driver
        self.before_commit = ""
        """SQL text sent with COMMIT, in its round trip (`commit_with`)."""

    async def commit(self) -> None:
        query, self.before_commit = f"{self.before_commit}COMMIT;", ""
        try:
            await self._driver.execute(query)
        except BaseException:
            # the statement before COMMIT failed: PostgreSQL skipped the COMMIT and holds the
            # aborted transaction, which nobody else would end (the adapter forgets it)
            if not self._driver.is_closed() and self._driver.is_in_transaction():
                await self._driver.execute("ROLLBACK;")
            raise

    async def rollback(self) -> None:
        if not self._driver.is_closed():
            await self._driver.execute("ROLLBACK;")


def advisory_lock_sql(space: int, key: int) -> str:
    """pg_advisory_xact_lock(space, key) as SQL text (both ints, checked)."""
    return f"SELECT pg_advisory_xact_lock({int(space)}, {int(key)});"


def begin_with(connection: Connection, statement: str) -> bool:
    """Begin the connection's transaction with `statement` (SQL text of trusted, literal
    values only) in the same round trip; False (nothing sent) where this does not apply: not
    asyncpg, or a transaction the adapter would begin otherwise than with a plain BEGIN."""
    adapted: Any = connection.connection.dbapi_connection
    if not isinstance(adapted, AsyncAdapt_asyncpg_connection):
        return False
    begin = _BEGIN.get(adapted.isolation_level, "")
    if not begin or adapted._transaction is not None or adapted.readonly or adapted.deferrable:
        return False
    await_(_begin(adapted, f"{begin} {statement}"))
    return True


async def commit_with(connection: AsyncConnection, statement: str) -> bool:
    """Have the connection's transaction send `statement` (SQL text of trusted, literal values
    only) with its COMMIT, in the same round trip; False (nothing changed) unless the
    transaction was begun by `begin_with`. If the statement fails, COMMIT raises its error and
    the transaction is rolled back."""
    raw = await connection.get_raw_connection()
    adapted: Any = raw.dbapi_connection
    if not isinstance(adapted, AsyncAdapt_asyncpg_connection):
        return False
    begun = adapted._transaction
    if not isinstance(begun, _Begun):
        return False
    begun.before_commit += f"{statement} "
    return True


async def _begin(adapted: Any, query: str) -> None:
    driver = adapted._connection
    async with adapted._execute_mutex:
        try:
            await driver.execute(query)
        except BaseException as error:
            # BEGIN went through and the statement failed (or was cut short): the adapter
            # holds the aborted transaction, and SQLAlchemy's rollback ends it
            if not driver.is_closed() and driver.is_in_transaction():
                adapted._transaction = _Begun(driver)
            if isinstance(error, Exception):
                adapted._handle_exception(error)
            raise
        adapted._transaction = _Begun(driver)
