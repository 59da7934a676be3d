"""`python -m bot` workers on one PostgreSQL database behind the stand-in's webhook: for the
two-worker tests (tests/e2e/test_workers_killed.py, test_workers_cache.py) and
bench/bench_workers.py."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import aiohttp
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from standin.recording import ApiCall
from standin.server import BotApiStandIn
from standin.world import StandInChat, StandInUser
from tests.support.bot_process import spawn_bot, stop_bot
from tests.support.harness import WEBHOOK_PATH, WEBHOOK_SECRET, free_port

REDIS_URL = os.environ.get("LOUHU_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
SWEEP_SECONDS = 0.5
"""The two workers' escalation sweep."""


class Worker:
    """One `python -m bot` worker, as a systemd unit runs it."""

    def __init__(
        self,
        name: str,
        standin: BotApiStandIn,
        database_url: str,
        proxy: str,
        env: dict[str, str] | None = None,
        log: Path | None = None,
    ) -> None:
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}{WEBHOOK_PATH}"
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}},
            "BOT_TOKEN": standin.token,
            "TELEGRAM_API_URL": standin.url,
            "DATABASE_URL": database_url,
            "WEB_PORT": str(self.port),
            "TELEGRAM_WEBHOOK_URL": proxy,  # the address Telegram knows, the same for all
            "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "TELEGRAM_WEBHOOK_ANSWER": "after",
            "REDIS_URL": REDIS_URL,
            "LOG_LEVEL": "WARNING",
            **(env or {}),
        }
        self.process: asyncio.subprocess.Process | None = None
        self.log = log
        """Where its stderr (the log) goes; None: nowhere."""

    async def start(self) -> None:
        stderr = self.log.open("ab") if self.log is not None else asyncio.subprocess.DEVNULL
        try:
            self.process = await spawn_bot(self.env, stderr)
        finally:
            if self.log is not None:
                stderr.close()  # type: ignore[union-attr]

    async def stop(self) -> None:
        await stop_bot(self.process)

    async def ready(self) -> None:
        """Wait until the worker serves /healthz (migrated, webhook route up)."""
        async with aiohttp.ClientSession() as http:
            for _ in range(600):
                try:
                    async with http.get(f"http://127.0.0.1:{self.port}/healthz") as answer:
                        if answer.status in (200, 503):
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise AssertionError(f"worker {self.name} never served /healthz")

    def cpu_seconds(self) -> float:
        """User + system CPU time the worker used so far (Linux /proc)."""
        assert self.process is not None
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class TwoWorkers:
    """Workers A and B behind the stand-in, which spreads its pushes over both."""

    def __init__(
        self,
        standin: BotApiStandIn,
        database_url: str,
        engine: AsyncEngine,
        logs: Path | None = None,
    ) -> None:
        self.standin = standin
        self.engine = engine
        proxy_port = free_port()  # nothing listens there: the stand-in spreads to the workers
        proxy = f"http://127.0.0.1:{proxy_port}{WEBHOOK_PATH}"
        env = {
            "ESCALATION_SWEEP_SECONDS": str(SWEEP_SECONDS),
            "CALENDAR_TICK_SECONDS": "0.5",
            "LIVE_EDIT_SECONDS": "0.2",
        }
        self.a = Worker("a", standin, database_url, proxy, env, logs and logs / "a.log")
        self.b = Worker("b", standin, database_url, proxy, env, logs and logs / "b.log")

    async def start(self) -> None:
        mark = self.standin.mark()
        await self.a.start()
        await self.b.start()
        await self.standin.wait_for("setWebhook", since=mark, timeout=60)
        self.standin.webhook.spread([self.a.url, self.b.url], connections=4)
        await self.a.ready()
        await self.b.ready()

    async def kill_a_when(
        self, ready: Callable[[], bool], *, timeout: float = 30, recorded: bool = True
    ) -> None:
        """Kill worker A once `ready()` holds, at an instant when it has no Bot API request
        under way: both workers are stopped (SIGSTOP), and A is killed if no request reached
        the stand-in in the next 15 ms (one written before stopping would have); else both go
        on and the next instant is tried. B is held too so that its own sends, which go on
        while A is looked at, cannot hide that instant on a loaded machine (CI once saw a
        whole fan-out end before one was found)."""
        assert self.a.process is not None and self.b.process is not None
        pid, other = self.a.process.pid, self.b.process.pid
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            if ready() and self.standin._log.requests_in_flight == 0:
                mark = self.standin.mark()
                os.kill(pid, signal.SIGSTOP)
                os.kill(other, signal.SIGSTOP)
                try:
                    await asyncio.sleep(0.015)
                    if (
                        self.standin.mark() == mark
                        and self.standin._log.requests_in_flight == 0
                        and (not recorded or await self.all_recorded())
                    ):
                        self.killed_at = time.monotonic()
                        os.kill(pid, signal.SIGKILL)
                        await self.a.process.wait()
                        return
                    os.kill(pid, signal.SIGCONT)
                finally:
                    os.kill(other, signal.SIGCONT)
            await asyncio.sleep(0.001)
        raise AssertionError("the moment to kill never came")

    async def all_recorded(self) -> bool:
        """Every message Telegram took is recorded sent in the outbox (every sendMessage goes
        through it): none is between Telegram's answer and its worker's commit."""
        taken = len([c for c in self.standin.calls("sendMessage") if c.ok])
        async with self.engine.connect() as db:
            recorded = (
                await db.execute(
                    text(
                        "SELECT count(*) FROM outbox "
                        "WHERE status = 'sent' AND method = 'sendMessage'"
                    )
                )
            ).scalar_one()
        return int(recorded) == taken

    async def pending(self) -> int:
        async with self.engine.connect() as db:
            return int(
                (
                    await db.execute(text("SELECT count(*) FROM outbox WHERE status = 'pending'"))
                ).scalar_one()
            )

    async def quiet(self, *, for_seconds: float = 1.5, timeout: float = 60) -> None:
        """Every update confirmed, nothing in flight, nothing pending, for a while."""
        loop = asyncio.get_running_loop()
        since: float | None = None
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            if self.standin.bot_is_idle and await self.pending() == 0:
                since = loop.time() if since is None else since
                if loop.time() - since >= for_seconds:
                    return
            else:
                since = None
            await asyncio.sleep(0.05)
        raise AssertionError("the workers never went quiet")

    async def stop(self) -> None:
        await self.a.stop()
        await self.b.stop()


async def says(
    standin: BotApiStandIn, chat: StandInChat | StandInUser, part: str, timeout: float = 30
) -> ApiCall:
    calls = await standin.wait_for(
        "sendMessage",
        lambda c: c.params.get("chat_id") == chat.id and part in c.params.get("text", ""),
        timeout=timeout,
    )
    return calls[0]
