"""Updates across a database outage: handled again once it is back, confirmed only when done."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from aiogram.methods import GetMe, GetUpdates
from aiogram.types import Update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db_outage import RetryWhenDatabaseIsBack, UnconfirmedUpdates
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


class FakeTelegram:
    """getUpdates as Telegram answers it: confirms below the offset, returns what is left."""

    def __init__(self, *update_ids: int) -> None:
        self.pending = list(update_ids)
        self.offsets: list[int | None] = []
        self.other_calls = 0

    def add(self, update_id: int) -> None:
        self.pending.append(update_id)

    async def __call__(self, bot: Any, method: Any) -> Any:
        if not isinstance(method, GetUpdates):
            self.other_calls += 1
            return True
        self.offsets.append(method.offset)
        if method.offset:
            self.pending = [u for u in self.pending if u >= method.offset]
        return [_update(u) for u in self.pending]


def _update(update_id: int) -> Update:
    return Update(update_id=update_id)


async def _finish(guard: UnconfirmedUpdates, update_id: int) -> None:
    async def handler(event: Any, data: dict[str, Any]) -> None:
        return None

    await guard.finished(handler, _update(update_id), {})


def _ids(result: Any) -> list[int]:
    return [u.update_id for u in result]


async def test_get_updates_confirms_only_the_updates_finished() -> None:
    telegram = FakeTelegram(1, 2, 3)
    guard = UnconfirmedUpdates(hold_seconds=0.05)
    bot: Any = None

    assert _ids(await guard(telegram, bot, GetUpdates())) == [1, 2, 3]
    await _finish(guard, 2)
    await _finish(guard, 3)
    telegram.add(4)
    # aiogram asks with offset 4, which would confirm 1 too: it is held back to 1, and what
    # came back again (1, 2, 3) is not handed to the dispatcher twice
    assert _ids(await guard(telegram, bot, GetUpdates(offset=4))) == [4]
    assert telegram.offsets[-1] == 1 and telegram.pending == [1, 2, 3, 4]
    assert guard.unfinished == {1, 4}

    async def finish_later() -> None:
        await asyncio.sleep(0.12)
        await _finish(guard, 1)
        await _finish(guard, 4)

    later = asyncio.create_task(finish_later())
    # only unfinished and finished updates come back: it waits and asks again, not spinning
    assert _ids(await guard(telegram, bot, GetUpdates(offset=5))) == []
    await later
    assert telegram.pending == [] and telegram.offsets[-1] == 5
    assert len(telegram.offsets) < 10
    assert guard.unfinished == frozenset()


async def test_while_only_updates_in_hand_come_back_the_next_ask_waits_for_them() -> None:
    telegram = FakeTelegram(1, 2)
    guard = UnconfirmedUpdates(hold_seconds=5.0)
    assert _ids(await guard(telegram, None, GetUpdates())) == [1, 2]  # type: ignore[arg-type]

    async def finish_soon() -> None:
        await asyncio.sleep(0.05)
        await _finish(guard, 1)
        await _finish(guard, 2)

    soon = asyncio.create_task(finish_soon())
    assert _ids(await guard(telegram, None, GetUpdates(offset=3))) == []  # type: ignore[arg-type]
    await soon
    # asked at once (something new might have come), got only 1 and 2 back, waited for them
    # (well within the 5 s hold), then confirmed them
    assert telegram.offsets == [None, 1, 3]


async def test_other_methods_pass_untouched() -> None:
    telegram = FakeTelegram()
    guard = UnconfirmedUpdates()
    assert await guard(telegram, None, GetMe()) is True  # type: ignore[arg-type]
    assert telegram.other_calls == 1 and telegram.offsets == []


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


async def test_an_update_given_up_in_an_outage_stays_unconfirmed() -> None:
    telegram = FakeTelegram(1, 2)
    guard = UnconfirmedUpdates(hold_seconds=0.02)
    assert _ids(await guard(telegram, None, GetUpdates())) == [1, 2]  # type: ignore[arg-type]

    async def outage(event: Any, data: dict[str, Any]) -> None:
        raise _dropped()  # what the retry lets through when the bot stops

    async def bug(event: Any, data: dict[str, Any]) -> None:
        raise ValueError("a bug")  # handled and failed, as aiogram logs it: confirmed

    with pytest.raises(DBAPIError):
        await guard.finished(outage, _update(1), {})
    with pytest.raises(ValueError):
        await guard.finished(bug, _update(2), {})
    assert guard.unfinished == {1}
    # every later poll keeps it (and what follows it) at Telegram, a few times a second
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.2):
            await guard(telegram, None, GetUpdates(offset=3))  # type: ignore[arg-type]
    assert set(telegram.offsets[1:]) == {1} and telegram.pending == [1, 2]
    assert 2 <= len(telegram.offsets) <= 25
