"""`make run` with no token: the real bot against the built-in Bot API stand-in, in a browser."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from bot.app import open_louhu
from bot.sandbox_calendar import SandboxCalendar, seed_quarantines
from bot.settings import Settings
from domain.clock import ShiftedClock
from standin.sandbox import seed_demo_world
from standin.server import BotApiStandIn

log = logging.getLogger(__name__)
SANDBOX_DB = Path("data/sandbox.db")
DEMO_LIST = """#接龙 明天团购 鸡蛋 30枚/箱 45元/箱 牛奶 12盒/提 盒马统一配送
1. 3幢2单元501 两箱
2. 3-2-602 1箱 牛奶1提
3、3-1-101 牛奶两提
4. 王姐 2箱 放门口
⑤ 3-1-302 鸡蛋x3
"""
"""The demo building's 接龙, for 李主任 to merge with /merge (or its button)."""


def _fresh_database(path: Path) -> str:
    """The sandbox world is new at every start, so its database is too.

    Never DATABASE_URL: the stand-in numbers updates from the start again, so a kept database
    would skip them all as already handled, and demo people would land in real data.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return f"sqlite+aiosqlite:///{path}"


@contextlib.asynccontextmanager
async def open_sandbox(
    settings: Settings, *, handle_signals: bool = True, database: Path = SANDBOX_DB
) -> AsyncIterator[Sandbox]:
    """Start the stand-in and its page, seed a building with two households in quarantine (one
    paired with Bob, 包户), start the bot polling it on a clock the page can move forward.

    Ctrl-C stops polling in a terminal; a test passes handle_signals=False and exits the block.
    """
    clock = ShiftedClock()  # the page's "next reminder" moves it forward
    standin = BotApiStandIn(wall_clock=clock.timestamp)
    await standin.start(settings.sandbox_host, settings.sandbox_port)
    try:
        world = await seed_demo_world(standin)
        bot_settings = settings.model_copy(
            update={
                "bot_token": SecretStr(standin.token),
                "telegram_api_url": standin.url,
                "database_url": _fresh_database(database),
            }
        )
        async with open_louhu(bot_settings, clock=clock) as louhu:
            polling = asyncio.create_task(louhu.poll(handle_signals=handle_signals))
            try:
                await _introduce(standin, world)
                group = world["group"].id
                await seed_quarantines(louhu, group, world["li"].username)
                await _answered(standin, world["group"], (world["li"], "/quarantine"))
                # 包户: Bob looks after the elder living alone (tasks on his /today)
                pairing = (world["li"], "/pair 3-1-102 @bob_helps")
                await _answered(standin, world["group"], pairing)
                await louhu.run_pairing()
                calendar = SandboxCalendar(louhu, clock, group)
                standin.sandbox_calendar = calendar
                yield Sandbox(standin, world, polling, calendar)
            finally:
                standin.sandbox_calendar = None
                polling.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await polling
    finally:
        await standin.stop()


async def run_sandbox(settings: Settings) -> None:
    """`make run` without a token: the sandbox until Ctrl-C."""
    async with open_sandbox(settings) as sandbox:
        print(f"\n  Louhu sandbox: open {sandbox.page_url} in your browser (Ctrl-C to stop)\n")
        await sandbox.polling


@dataclass(frozen=True)
class Sandbox:
    """A running sandbox: the stand-in, its seeded people and the bot's polling task."""

    standin: BotApiStandIn
    world: dict[str, Any]
    polling: asyncio.Task[None]
    calendar: SandboxCalendar

    @property
    def page_url(self) -> str:
        """Where a person opens the sandbox."""
        return f"{self.standin.url}/sandbox/"


async def _introduce(standin: BotApiStandIn, world: dict[str, Any]) -> None:
    """The first minute of a real building: setup, a lead, a resident registers, a volunteer joins.

    Each step waits for the bot's answer so the page shows a conversation in order.
    """
    group = world["group"]
    await _answered(standin, group, None)  # the greeting for being added
    await standin.user_joins(group, world["dave"])
    for person, text in (
        ("li", "/setup 3号楼"),
        ("li", "/lead @director_li"),
        ("wang", "/register 3-2-501"),
        ("bob", "/volunteer"),
        ("dave", DEMO_LIST),
    ):
        await _answered(standin, group, (world[person], text))


async def _answered(standin: BotApiStandIn, group: Any, post: tuple[Any, str] | None) -> None:
    """Post (if given) and wait for the bot's next message in the group; a slow bot is not fatal."""
    mark = standin.mark()
    if post is not None:
        await standin.post(group, post[0], post[1])
    try:
        await standin.wait_for(
            "sendMessage",
            lambda call: str(call.params.get("chat_id")) == str(group.id),
            since=mark,
            timeout=10,
        )
    except AssertionError:
        log.warning("sandbox: no answer to %r yet; going on", post[1] if post else "joining")
