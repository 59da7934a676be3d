"""End-to-end fixtures: the real bot against the Bot API stand-in (helpers in tests/support)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis.asyncio

from domain.clock import FakeClock
from models.db import create_engine
from standin.server import BotApiStandIn
from tests.support.bot_process import BotProcess
from tests.support.harness import BuildingWorld, Harness
from tests.support.workers import REDIS_URL, TwoWorkers


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandIn]:
    """A fresh fake Telegram for each test."""
    async with BotApiStandIn(sandbox_page=False) as server:
        yield server


@pytest.fixture
async def harness(standin: BotApiStandIn, tmp_path) -> AsyncIterator[Harness]:
    """The bot running against the stand-in on a fresh SQLite file."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}"
    clock = FakeClock(datetime.now(UTC))  # deadlines pass only when a test moves the clock
    # live messages (roll calls, sampling lists) redrawn after 0.2 s, not the 5 s a group gets:
    # the gap's own tests set theirs (test_live_messages.py)
    harness = await Harness.start(standin, url, clock, live_edit_seconds=0.2)
    try:
        yield harness
    finally:
        await harness.stop()


@pytest.fixture
async def bot_process(standin: BotApiStandIn, tmp_path: Path) -> AsyncIterator[BotProcess]:
    """`python -m bot` in a process of its own on a fresh SQLite file, not started yet."""
    process = BotProcess(standin, tmp_path / "louhu.db")
    try:
        yield process
    finally:
        await process.stop()


@pytest.fixture
async def building(harness: Harness) -> BuildingWorld:
    """The building most tests start from: set up, one resident registered, two volunteers."""
    s = harness.standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    bob = await s.add_user("Bob", username="bob_helps", language_code="en")
    eve = await s.add_user("小夏", username="eve")
    dave = await s.add_user("Dave", language_code="en")
    group = await s.add_group("3号楼 Building 3", creator=li, members=[wang, bob, eve, dave])
    await s.add_bot_to_group(group, li, as_admin=True)
    await s.post(group, li, "/setup 3号楼")
    await s.post(group, wang, "/register 3-2-501")
    await s.post(group, bob, "/volunteer")
    await s.post(group, eve, "/volunteer")
    await harness.bot_says(group, "已登记本楼")
    await harness.bot_says(group, "3-2-501")
    await harness.bot_says(group, "Bob")
    await harness.bot_says(group, "小夏")
    return BuildingWorld(group, li, wang, bob, eve, dave)


@pytest.fixture
async def workers(
    standin: BotApiStandIn, postgres_database_url: str, tmp_path: Path
) -> AsyncIterator[TwoWorkers]:
    """Two `python -m bot` workers on a fresh PostgreSQL database, not started yet."""
    # Telegram's limits are booked in Redis under the bot's id, which every test's stand-in
    # shares: a test starts with none of an earlier test's sends counted against its chats
    client = redis.asyncio.Redis.from_url(REDIS_URL)
    await client.flushdb()
    await client.aclose()
    engine = create_engine(postgres_database_url)
    pair = TwoWorkers(standin, postgres_database_url, engine, tmp_path)
    try:
        yield pair
    finally:
        await pair.stop()
        await engine.dispose()
