"""The deployment guide's backup and restore, run as an operator runs them (README).

A bot with orders and an incident is backed up while it runs (`python -m bot backup`), the
backup restored into a fresh database (`python -m bot restore`), and the bot started on it: the
data is there, the schema at head, and numbering goes on where it was.
"""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from domain.clock import FakeClock
from models.db import create_engine, create_sessionmaker
from models.incidents import Incident, IncidentEvent
from models.migrate import current_revision, head_revision
from models.orders import Order, OrderEvent
from models.updates import ProcessedUpdate
from standin.server import BotApiStandIn
from tests.conftest import PG_ADMIN_URL
from tests.support.harness import CARDIAC, REQUEST, BuildingWorld, Harness, set_up_chain

ROOT = Path(__file__).resolve().parents[2]
COUNTED = (Order, OrderEvent, Incident, IncidentEvent, ProcessedUpdate)


@dataclass
class Databases:
    live: str
    """The running bot's database."""
    fresh: str
    """An empty database the backup is restored into."""


async def _pg_admin(statement: str) -> None:
    admin = create_engine(PG_ADMIN_URL).execution_options(isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def databases(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Databases]:
    if request.param == "sqlite":
        yield Databases(
            f"sqlite+aiosqlite:///{tmp_path / 'live.db'}",
            f"sqlite+aiosqlite:///{tmp_path / 'restored' / 'louhu.db'}",
        )
        return
    server = make_url(request.getfixturevalue("postgres_url"))  # skipped (CI: failed) if away
    names = [f"louhu_{role}_{uuid.uuid4().hex[:10]}" for role in ("live", "restore")]
    for name in names:
        await _pg_admin(f'CREATE DATABASE "{name}"')  # as `createdb`: empty
    try:
        live, fresh = (
            server.set(database=name).render_as_string(hide_password=False) for name in names
        )
        yield Databases(live, fresh)
    finally:
        for name in names:
            await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
async def harness(standin: BotApiStandIn, databases: Databases) -> AsyncIterator[Harness]:
    """The bot on the live database (overrides the SQLite harness for `building`)."""
    harness = await Harness.start(standin, databases.live, FakeClock(datetime.now(UTC)))
    try:
        yield harness
    finally:
        await harness.stop()


async def _operator(database_url: str, *args: str) -> tuple[int, str]:
    """`python -m bot ARGS` with DATABASE_URL set, as from the shell; exit status and output."""
    env = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=ROOT,
        env={**env, "DATABASE_URL": database_url},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    return process.returncode or 0, output.decode()


async def _counts(database_url: str) -> dict[str, int]:
    engine = create_engine(database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            return {
                model.__name__: int(
                    await session.scalar(select(func.count()).select_from(model)) or 0
                )
                for model in COUNTED
            }
    finally:
        await engine.dispose()


async def _revision(database_url: str) -> str | None:
    engine = create_engine(database_url)
    try:
        return await current_revision(engine)
    finally:
        await engine.dispose()


async def test_a_backup_restored_into_a_fresh_database_runs_the_bot(
    harness: Harness, building: BuildingWorld, databases: Databases, tmp_path: Path
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    await harness.press(group, building.bob, card, "接单")
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    await harness.settled()

    backup = tmp_path / "louhu.backup"
    status, output = await _operator(databases.live, "backup", str(backup))  # while it runs
    assert status == 0, output
    assert "backed up" in output and backup.stat().st_size > 0
    await harness.stop()
    before = await _counts(databases.live)
    assert before["Order"] == 1 and before["Incident"] == 1

    status, output = await _operator(databases.fresh, "restore", str(backup))
    assert status == 0, output
    assert await _counts(databases.fresh) == before
    assert await _revision(databases.fresh) == head_revision()
    status, output = await _operator(databases.fresh, "restore", str(backup))
    assert status == 1 and "--force" in output  # never over data by mistake

    harness.database_url = databases.fresh
    await harness.start_again()
    mark = s.mark()
    await s.post(group, building.li, "/incident 1")
    await harness.bot_says(group, "紧急求助 #1", "3-2-501", "报告", since=mark)
    await s.post(group, building.wang, "帮忙买一箱牛奶")
    second = await harness.card(group, 2)  # numbering goes on after the restored order
    assert "3-2-501" in (second.text or "")  # the resident's flat came back too
    await s.post(group, building.bob, "/myorders")
    await harness.settled()
    assert (await _counts(databases.fresh))["Order"] == 2
