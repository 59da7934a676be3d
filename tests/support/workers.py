"""`python -m bot` workers on one PostgreSQL database behind the stand-in's webhook: for the
crash tests (tests/e2e/test_workers_killed.py) and bench/bench_workers.py."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import aiohttp

from standin.server import BotApiStandIn
from tests.support.bot_process import spawn_bot, stop_bot
from tests.support.harness import WEBHOOK_PATH, WEBHOOK_SECRET, free_port

REDIS_URL = os.environ.get("LOUHU_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


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
