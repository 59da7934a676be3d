"""Shared fixtures: databases (SQLite always, PostgreSQL when the server is there), clock."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

import models
from domain.clock import FakeClock
from models.db import create_engine, create_sessionmaker
from models.migrate import upgrade

PG_ADMIN_URL = os.environ.get(
    "LOUHU_TEST_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)


async def _pg_reachable() -> str | None:
    """None if PostgreSQL answers, else why not."""
    engine = create_engine(PG_ADMIN_URL)
    try:
        async with engine.connect() as connection:
            await connection.execute(text("select 1"))
        return None
    except Exception as exc:  # any failure to connect means "not here"
        return f"{type(exc).__name__}: {exc}"
    finally:
        await engine.dispose()


def _run_in_thread(coro):
    """Run a coroutine on its own loop, outside the test's running loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


async def _pg_admin(statement: str) -> None:
    admin = create_engine(PG_ADMIN_URL).execution_options(isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await admin.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, dropped at the end."""
    problem = _run_in_thread(_pg_reachable())
    if problem is not None:
        message = f"PostgreSQL at {PG_ADMIN_URL} is not reachable ({problem})"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must run the PostgreSQL tests")
        pytest.skip(message)
    name = f"louhu_test_{uuid.uuid4().hex[:10]}"
    _run_in_thread(_pg_admin(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        _run_in_thread(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database_url(request: pytest.FixtureRequest, tmp_path) -> AsyncIterator[str]:
    """An empty, migrated database of each supported kind."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'louhu.db'}"
        engine = create_engine(url)
        await upgrade(engine)
        await engine.dispose()
        yield url
        return
    yield await _emptied(request.getfixturevalue("postgres_url"))


@pytest.fixture
async def postgres_database_url(postgres_url: str) -> str:
    """An empty, migrated PostgreSQL database, for what only PostgreSQL can show (racing
    writers: SQLite serialises them)."""
    return await _emptied(postgres_url)


async def _emptied(url: str) -> str:
    engine = create_engine(url)
    await upgrade(engine)
    async with engine.begin() as connection:
        tables = ", ".join(f'"{t.name}"' for t in models.Base.metadata.sorted_tables)
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    await engine.dispose()
    return url


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """An engine on the test database."""
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


@pytest.fixture
def sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions as the bot makes them."""
    return create_sessionmaker(engine)


@pytest.fixture
def clock() -> FakeClock:
    """A clock that only moves when the test moves it."""
    return FakeClock()
