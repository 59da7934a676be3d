"""Updates across a database outage: handled again once it is back."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from aiogram.types import Update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db_outage import RetryWhenDatabaseIsBack
from models.db import create_engine, create_sessionmaker
from models.outage import is_database_outage


def _dropped() -> DBAPIError:
    return DBAPIError("SELECT 1", None, Exception("connection reset"), connection_invalidated=True)


def test_a_dropped_connection_is_an_outage_a_failed_statement_is_not() -> None:
    assert is_database_outage(_dropped())
    assert not is_database_outage(IntegrityError("INSERT", None, Exception("duplicate key")))
    assert not is_database_outage(ValueError("a bug"))
    try:
        raise RuntimeError("while handling") from _dropped()
    except RuntimeError as exc:
        assert is_database_outage(exc)  # the cause counts


def test_a_network_error_outside_the_database_driver_is_not_an_outage() -> None:
    try:
        raise ConnectionRefusedError(111, "Connect call failed")  # e.g. a webhook gateway
    except ConnectionRefusedError as exc:
        assert not is_database_outage(exc)


def _update(update_id: int) -> Update:
    return Update(update_id=update_id)


@pytest.fixture
async def sqlite_sessionmaker(tmp_path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    yield create_sessionmaker(engine)
    await engine.dispose()


async def test_an_update_failing_on_the_database_is_handled_again_once_it_answers(
    sqlite_sessionmaker,
) -> None:
    tries: list[datetime] = []

    async def handler(event: Any, data: dict[str, Any]) -> str:
        tries.append(datetime.now(UTC))
        if len(tries) < 3:
            raise _dropped()
        return "handled"

    retry = RetryWhenDatabaseIsBack(sqlite_sessionmaker, asyncio.Event())
    assert await retry(handler, _update(7), {}) == "handled"
    assert len(tries) == 3


async def test_other_failures_are_not_retried(sqlite_sessionmaker) -> None:
    calls = 0

    async def handler(event: Any, data: dict[str, Any]) -> None:
        nonlocal calls
        calls += 1
        raise ValueError("a bug")

    retry = RetryWhenDatabaseIsBack(sqlite_sessionmaker, asyncio.Event())
    with pytest.raises(ValueError):
        await retry(handler, _update(7), {})
    assert calls == 1


async def test_stopping_ends_the_wait_and_the_update_stays_unconfirmed(
    sqlite_sessionmaker,
) -> None:
    stopping = asyncio.Event()
    stopping.set()

    async def handler(event: Any, data: dict[str, Any]) -> None:
        raise _dropped()

    retry = RetryWhenDatabaseIsBack(sqlite_sessionmaker, stopping)
    with pytest.raises(DBAPIError):
        await retry(handler, _update(7), {})
