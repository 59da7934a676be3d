"""`make run` with no token: the real bot against the built-in Bot API stand-in, in a browser."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from sqlalchemy.engine import make_url

from bot.app import open_louhu
from bot.settings import Settings
from bot.standin.sandbox import seed_demo_world
from bot.standin.server import BotApiStandIn

log = logging.getLogger(__name__)
SANDBOX_DB = "sqlite+aiosqlite:///./data/sandbox.db"


def _fresh_database(settings: Settings) -> str:
    """The sandbox world is new at every start, so its database is too (unless one was chosen)."""
    if "database_url" in settings.model_fields_set:
        return settings.database_url
    path = Path(make_url(SANDBOX_DB).database or "")
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return SANDBOX_DB


async def run_sandbox(settings: Settings) -> None:
    """Start the stand-in and its page, seed a building, run the bot until Ctrl-C."""
    standin = BotApiStandIn()
    await standin.start(settings.sandbox_host, settings.sandbox_port)
    try:
        world = await seed_demo_world(standin)
        bot_settings = settings.model_copy(
            update={
                "bot_token": SecretStr(standin.token),
                "telegram_api_url": standin.url,
                "database_url": _fresh_database(settings),
            }
        )
        async with open_louhu(bot_settings) as louhu:
            polling = asyncio.create_task(louhu.poll())
            await _introduce(standin, world)
            print(
                f"\n  Louhu sandbox: open {standin.url}/sandbox/ in your browser (Ctrl-C to stop)\n"
            )
            await polling
    finally:
        await standin.stop()


async def _introduce(standin: BotApiStandIn, world: dict[str, Any]) -> None:
    """The first minute of a real building: setup, a resident registers, a volunteer joins."""
    group = world["group"]
    await standin.user_joins(group, world["dave"])
    await standin.post(group, world["li"], "/setup 3号楼")
    await standin.post(group, world["wang"], "/register 3-2-501")
    await standin.post(group, world["bob"], "/volunteer")
