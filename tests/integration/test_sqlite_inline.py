"""SQLite's statements run on the event loop's thread (models/sqlite_inline.py), with everything
SQLAlchemy's aiosqlite dialect asks of a driver: many rows in and out, isolation levels, errors."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from models.db import create_engine
from models.sqlite_inline import InlineConnection


def _note_thread(seen: list[int]) -> Callable[[], int]:
    def whose_thread() -> int:
        seen.append(threading.get_ident())
        return 1

    return whose_thread


async def test_statements_run_on_the_loops_thread_with_no_thread_of_their_own(
    tmp_path: Path,
) -> None:
    threads = threading.active_count()
    seen: list[int] = []
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'inline.db'}")
    try:
        async with engine.connect() as connection:
            raw = await connection.get_raw_connection()
            assert isinstance(raw.driver_connection, InlineConnection)
            raw.driver_connection._conn.create_function("whose_thread", 0, _note_thread(seen))
            assert (await connection.execute(text("select whose_thread()"))).scalar() == 1
            assert threading.active_count() == threads  # aiosqlite would have started one
    finally:
        await engine.dispose()
    assert seen == [threading.get_ident()]


async def test_many_rows_in_and_streamed_out_and_isolation_levels(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'inline.db'}")
    try:
        async with engine.begin() as connection:
            await connection.execute(text("create table t (n integer primary key)"))
            await connection.execute(
                text("insert into t (n) values (:n)"), [{"n": n} for n in range(500)]
            )
        async with engine.connect() as connection:
            streamed = await connection.stream(text("select n from t order by n"))
            numbers = [n async for (n,) in streamed]
            assert numbers == list(range(500))
        autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
        async with autocommit.connect() as connection:
            await connection.execute(text("insert into t (n) values (1000)"))
        async with engine.connect() as connection:
            assert (await connection.execute(text("select count(*) from t"))).scalar() == 501
    finally:
        await engine.dispose()


async def test_a_driver_error_is_sqlalchemys_and_the_connection_goes_on(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'inline.db'}")
    try:
        async with engine.begin() as connection:
            await connection.execute(text("create table t (n integer primary key)"))
            await connection.execute(text("insert into t (n) values (1)"))
        with pytest.raises(IntegrityError):
            async with engine.begin() as connection:
                await connection.execute(text("insert into t (n) values (1)"))
        async with engine.connect() as connection:
            assert (await connection.execute(text("select count(*) from t"))).scalar() == 1
    finally:
        await engine.dispose()
