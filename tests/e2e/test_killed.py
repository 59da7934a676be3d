"""`python -m bot` killed with SIGKILL mid-incident: the next process neither skips nor repeats.

Unlike the in-process restart tests, nothing here gets a chance to clean up: the process dies
between an alert and its deadline, Telegram (the stand-in) hands the unconfirmed updates out
again if they were not confirmed, and real time passes the deadline while the bot is down.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from standin.recording import ApiCall
from standin.server import BotApiStandIn
from standin.world import StandInChat, StandInUser

ROOT = Path(__file__).resolve().parents[2]
CARDIAC = "救命 我老婆突然心脏闷痛，手脚冒汗"
DEADLINE = 10  # seconds, the shortest deadline a chain accepts
SWEEP_SECONDS = 0.5
ALERT = "🆘 <b>紧急求助 #1</b>"  # the alert itself, not the notices that mention it


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
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=ROOT,
            env=self.env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )

    async def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            try:
                await asyncio.wait_for(self.process.wait(), 10)
            except TimeoutError:
                await self.kill()


@pytest.fixture
async def bot_process(standin: BotApiStandIn, tmp_path: Path) -> AsyncIterator[BotProcess]:
    process = BotProcess(standin, tmp_path / "louhu.db")
    try:
        yield process
    finally:
        await process.stop()


async def _says(
    standin: BotApiStandIn, chat: StandInChat | StandInUser, fragment: str, *, timeout: float = 20
) -> ApiCall:
    calls = await standin.wait_for(
        "sendMessage",
        lambda c: c.params.get("chat_id") == chat.id and fragment in c.params.get("text", ""),
        timeout=timeout,
    )
    return calls[0]


async def _until_outbox_drained(database: Path) -> None:
    for _ in range(200):
        with sqlite3.connect(database) as db:
            (pending,) = db.execute(
                "SELECT count(*) FROM outbox WHERE status = 'pending'"
            ).fetchone()
        if pending == 0:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the outbox never drained")


def _open_deadline(database: Path) -> datetime:
    """When the open incident climbs next (the bot keeps real UTC time)."""
    with sqlite3.connect(database) as db:
        (stored,) = db.execute(
            "SELECT next_escalation_at FROM incidents WHERE status = 'open'"
        ).fetchone()
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


async def _until_quiet(standin: BotApiStandIn, database: Path, *, for_seconds: float) -> None:
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


def _count(standin: BotApiStandIn, chat: StandInChat | StandInUser, fragment: str) -> int:
    return len(
        [
            c
            for c in standin.calls("sendMessage")
            if c.ok and c.params.get("chat_id") == chat.id and fragment in c.params.get("text", "")
        ]
    )


async def test_sigkill_between_alert_and_deadline(
    standin: BotApiStandIn, bot_process: BotProcess
) -> None:
    s = standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    eve = await s.add_user("小夏", username="eve")
    group = await s.add_group("3号楼", creator=li, members=[wang, eve])
    await s.add_bot_to_group(group, li, as_admin=True)
    for person in (li, eve):
        await s.user_starts_bot(person)
    await bot_process.start()
    await s.post(group, li, "/setup 3号楼")
    await s.post(group, wang, "/register 3-2-501")
    await s.post(group, li, "/lead @eve")
    await s.post(group, li, "/staff @director_li")
    await s.post(
        group, li, f"/chain 楼道长 | {DEADLINE}s | role:lead\n社区防疫组 | 1m | role:staff"
    )
    await _says(s, group, "社区防疫组 | 1m | role:staff", timeout=30)

    await s.post(group, wang, CARDIAC)
    await _says(s, eve, ALERT)
    # Kill once the alert's delivery is on record. (Killed in the instant between Telegram
    # taking a message and the outbox recording it, the next process sends it again: the Bot
    # API has no idempotency key, so delivery is at least once; that window is not tested.)
    await _until_outbox_drained(bot_process.database)
    await bot_process.kill()
    # While the bot is dead its last updates stay unconfirmed, and the lead's deadline passes.
    overdue = _open_deadline(bot_process.database) - datetime.now(UTC)
    await asyncio.sleep(max(0.0, overdue.total_seconds()) + 0.1)
    await bot_process.start()

    await _says(s, li, ALERT)  # the next level, once the new process sweeps
    await _until_quiet(s, bot_process.database, for_seconds=2 * SWEEP_SECONDS)
    assert _count(s, li, ALERT) == 1
    assert _count(s, eve, ALERT) == 1  # the lead is not re-alerted
    assert _count(s, eve, "已升级") == 1  # but told once that it climbed
    assert _count(s, group, "已收到紧急求助") == 1  # the new process made nothing twice
