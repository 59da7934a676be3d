"""PostgreSQL: a chat's advisory lock is taken as each of the update's transactions begins."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.transaction import UpdateTransaction
from domain.clock import FakeClock
from models.claims import UPDATE_CHAT, chat_lock_key
from models.db import create_engine, create_sessionmaker

pytestmark = pytest.mark.postgres
CHAT = -1_001_234_567_890


@pytest.fixture
async def pg(postgres_database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(postgres_database_url)
    yield engine
    await engine.dispose()


async def _taken_elsewhere(sessionmaker: async_sessionmaker[AsyncSession]) -> bool:
    """Whether another worker finds the chat's lock held."""
    async with sessionmaker() as other:
        stmt = select(func.pg_try_advisory_xact_lock(UPDATE_CHAT, chat_lock_key(CHAT)))
        free = bool((await other.execute(stmt)).scalar_one())
        await other.rollback()
    return not free


async def test_an_update_that_runs_no_statement_costs_postgresql_nothing(
    pg: AsyncEngine, clock: FakeClock
) -> None:
    sessionmaker = create_sessionmaker(pg)
    statements: list[str] = []

    def record(*args: object) -> None:
        statements.append(str(args[2]))

    begins: list[object] = []

    def begin(connection: object) -> None:
        begins.append(connection)

    event.listen(pg.sync_engine, "before_cursor_execute", record)
    event.listen(pg.sync_engine, "begin", begin)
    try:
        async with sessionmaker() as session:
            transaction = UpdateTransaction(session, 701, clock.now())
            assert await transaction.hold_chat(CHAT)
            transaction.watch()
            await transaction.finish()  # chatter whose sender and building are kept
    finally:
        event.remove(pg.sync_engine, "before_cursor_execute", record)
        event.remove(pg.sync_engine, "begin", begin)
    assert statements == [] and begins == []


async def test_every_transaction_of_the_update_holds_its_chat_from_its_first_statement(
    pg: AsyncEngine, clock: FakeClock
) -> None:
    sessionmaker = create_sessionmaker(pg)
    async with sessionmaker() as session:
        transaction = UpdateTransaction(session, 702, clock.now())
        assert await transaction.hold_chat(CHAT)
        assert not await _taken_elsewhere(sessionmaker)  # nothing begun: nothing held
        await session.execute(text("SELECT 1"))
        assert await _taken_elsewhere(sessionmaker)  # taken before the first statement ran
        await transaction.release()
        assert not await _taken_elsewhere(sessionmaker)
        await session.execute(text("SELECT 1"))  # the handler's next transaction
        assert await _taken_elsewhere(sessionmaker)
        await transaction.commit_step()  # ends it (nothing written: a read transaction)
        assert not await _taken_elsewhere(sessionmaker)
        await session.execute(text("SELECT 1"))  # after a step: held again
        assert await _taken_elsewhere(sessionmaker)
        await transaction.finish()
    assert not await _taken_elsewhere(sessionmaker)


async def test_a_transaction_begun_before_the_hold_takes_the_lock_at_once(
    pg: AsyncEngine, clock: FakeClock
) -> None:
    sessionmaker = create_sessionmaker(pg)
    async with sessionmaker() as session:
        await session.execute(text("SELECT 1"))
        transaction = UpdateTransaction(session, 703, clock.now())
        assert await transaction.hold_chat(CHAT)
        assert await _taken_elsewhere(sessionmaker)
        await session.rollback()
