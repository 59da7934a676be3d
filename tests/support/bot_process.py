"""`python -m bot` in a process of its own on SQLite, long polling the stand-in: for the tests that
kill it (tests/e2e/test_killed.py, tests/e2e/test_journal_killed.py)."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from asyncio.subprocess import Process
from pathlib import Path
from typing import Any

from standin.recording import ApiCall
from standin.server import BotApiStandIn
from standin.world import StandInChat, StandInUser

ROOT = Path(__file__).resolve().parents[2]
SWEEP_SECONDS = 0.5


async def spawn_bot(env: dict[str, str], stderr: Any = asyncio.subprocess.DEVNULL) -> Process:
    """`python -m bot` from the repository's root with env, its output nowhere (or stderr)."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=stderr,
    )


async def stop_bot(process: Process | None) -> None:
    """SIGTERM as systemd sends it, then SIGKILL after 10 s; nothing if it has ended."""
    if process is not None and process.returncode is None:
        process.terminate()
        try:
            await asyncio.wait_for(process.wait(), 10)
        except TimeoutError:
            process.kill()
            await process.wait()


class BotProcess:
    """`python -m bot` as an operator runs it, pointed at the stand-in."""

    def __init__(self, standin: BotApiStandIn, database: Path) -> None:
        self.database = database
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}},
            "BOT_TOKEN": standin.token,
            "TELEGRAM_API_URL": standin.url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
            "ESCALATION_SWEEP_SECONDS": str(SWEEP_SECONDS),
            "LOG_LEVEL": "WARNING",
        }
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.process = await spawn_bot(self.env)

    async def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> None:
        await stop_bot(self.process)


async def says(
    standin: BotApiStandIn, chat: StandInChat | StandInUser, fragment: str, *, timeout: float = 20
) -> ApiCall:
    """The bot's first message to `chat` with `fragment` in it, waited for."""
    calls = await standin.wait_for(
        "sendMessage",
        lambda c: c.params.get("chat_id") == chat.id and fragment in c.params.get("text", ""),
        timeout=timeout,
    )
    return calls[0]


async def until_quiet(standin: BotApiStandIn, database: Path, *, for_seconds: float) -> None:
    """Wait until the bot has been quiet `for_seconds` in a row: every update confirmed, no
    request in flight, nothing pending in the outbox. Two sweeps' worth of quiet gives a wrong
    second alert or a repeated reply the time to show up."""
    loop = asyncio.get_running_loop()
    quiet_since: float | None = None
    deadline = loop.time() + 20
    while loop.time() < deadline:
        with sqlite3.connect(database) as db:
            (pending,) = db.execute(
                "SELECT count(*) FROM outbox WHERE status = 'pending'"
            ).fetchone()
        if standin.bot_is_idle and pending == 0:
            quiet_since = loop.time() if quiet_since is None else quiet_since
            if loop.time() - quiet_since >= for_seconds:
                return
        else:
            quiet_since = None
        await asyncio.sleep(0.05)
    raise AssertionError("the bot never went quiet")
