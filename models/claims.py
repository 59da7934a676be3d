"""Several workers on one PostgreSQL database: who takes which piece of due work.

Every job already acts with conditional UPDATEs, so two workers can never do one step twice;
what this adds is that they do not even try: an item is taken with `SELECT … FOR UPDATE SKIP
LOCKED` (the other worker passes over it and takes the next), a periodic tick that works on
everything at once (the calendar, 包户's tick, pruning) runs on one worker at a time under a
transaction-level advisory lock, and one chat's updates and sends are serialised by a per-chat
advisory lock. A lock dies with its connection, so a worker killed with SIGKILL holds nothing.

On SQLite (one worker only, see `bot.worker_lock`) every claim is granted at once.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import Integer, bindparam, func, literal, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

# Advisory locks share one key space per database: the first int of the two-int form names what
# is locked, so a chat's lock never meets a job's.
UPDATE_CHAT = 1
"""An update of this chat is being handled (one chat's updates in order across workers)."""
SEND_CHAT = 2
"""A message to this chat is being sent (one chat's messages in order across workers)."""
JOB = 3
"""A periodic job's tick runs."""


def is_postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _int32(value: int) -> int:
    """Fold a chat id (up to 52 bits, negative for groups) into PostgreSQL's int4."""
    folded = (value ^ (value >> 32)) & 0xFFFFFFFF
    return folded - (1 << 32) if folded >= 1 << 31 else folded


def job_key(name: str) -> int:
    return _int32(zlib.crc32(name.encode()))


async def take_row(session: AsyncSession, model: Any, row_id: int) -> bool:
    """Lock one row for this transaction if no other worker holds it (SKIP LOCKED).

    False: another worker is on it now (leave it to them) or it is gone. SQLite: True.
    """
    if not is_postgres(session):
        return True
    stmt = select(model.id).where(model.id == row_id).with_for_update(skip_locked=True)
    return (await session.execute(stmt)).first() is not None


async def try_chat_lock(session: AsyncSession, space: int, chat_id: int) -> bool:
    """Take this chat's lock in `space` for the transaction, or say another worker has it."""
    if not is_postgres(session):
        return True
    stmt = select(func.pg_try_advisory_xact_lock(space, _int32(chat_id)))
    return bool((await session.execute(stmt)).scalar_one())


def chat_lock_key(chat_id: int) -> int:
    """The second int of a chat's advisory lock."""
    return _int32(chat_id)


def chat_lock_statement(space: int) -> Any:
    """A chat's lock in `space`, waited for and held until the transaction ends; the chat's
    key (`chat_lock_key`) bound as "chat". Built once: Core, run where SQL is run in a
    session's `after_begin` event too."""
    return select(
        func.pg_advisory_xact_lock(literal(space, Integer), bindparam("chat", type_=Integer))
    )


@asynccontextmanager
async def job_turn(
    sessionmaker: async_sessionmaker[AsyncSession], name: str
) -> AsyncIterator[bool]:
    """Yields True when this worker runs the job's tick now, False when another one does.

    The lock is held by a transaction of its own kept open for the tick (idle: it only holds
    the lock), so the tick's own sessions commit as they like; a worker killed mid-tick drops
    its connection and the next tick, on whichever worker, carries on where it stopped.
    """
    async with sessionmaker() as holder:
        if not is_postgres(holder):
            yield True
            return
        taken = bool(
            (
                await holder.execute(select(func.pg_try_advisory_xact_lock(JOB, job_key(name))))
            ).scalar_one()
        )
        try:
            yield taken
        finally:
            await holder.rollback()


async def lock_timeout(session: AsyncSession, milliseconds: int) -> None:
    """Give up waiting for a lock after this long in this transaction (PostgreSQL only)."""
    if is_postgres(session):
        await session.execute(text(f"SET LOCAL lock_timeout = {int(milliseconds)}"))
