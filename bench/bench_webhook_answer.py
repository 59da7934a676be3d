"""How long a webhook request waits for its answer: journaled before the 200 (the default) or
answered once handled (TELEGRAM_WEBHOOK_ANSWER=after), on SQLite and PostgreSQL.

The bot runs in-process against the stand-in (its own pushes held back); N updates of ten
buildings (chatter, and one in four a request that becomes an order) are posted one after another
to the webhook, as one Telegram connection does, and each request's round trip is timed:
the first IDLE each once the bot is idle again (the answer's own cost: alone_median_ms),
the rest back to back while the bot handles those answered already. The client shares
the bot's event loop (and the machine's cores), so its round trips include handling that runs
before the client reads its answer; `server_*` is the time in the bot's handler alone
(request read → answer written);
then the time until every update is handled (its messages may wait for the
group's send limit). Each case on a fresh database.

    .venv/bin/python bench/bench_webhook_answer.py [--updates 200]

LOUHU_ROOT=/path/to/another/checkout runs that checkout's code (figures before a change).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, os.environ.get("LOUHU_ROOT") or str(Path(__file__).resolve().parents[1]))

import aiohttp
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.web import WebhookHandler
from domain.clock import FakeClock
from models.db import create_engine
from standin.server import BotApiStandIn
from standin.webhook import SECRET_HEADER
from tests.support.harness import WEBHOOK_SECRET, Harness, free_port, webhook_settings

PG_ADMIN = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
CHATTER = ["大家好", "收到 好的👌", "谢谢志愿者", "楼上有人在家吗"]
REQUEST = "帮忙买一袋大米 两桶油 谢谢 ({n})"
GROUPS = 10
IDLE = 40
"""The first updates are posted one at a time on an idle bot, the rest back to back."""


async def _admin(statement: str) -> None:
    engine = create_engine(PG_ADMIN).execution_options(isolation_level="AUTOCOMMIT")
    async with engine.connect() as db:
        await db.execute(text(statement))
    await engine.dispose()


SERVER: list[float] = []
"""Seconds each webhook request spent in the bot's handler (request read → answer written)."""
_handle = WebhookHandler.handle


async def _timed_handle(self: WebhookHandler, request: Any) -> Any:
    start = time.perf_counter()
    try:
        return await _handle(self, request)
    finally:
        SERVER.append(time.perf_counter() - start)


WebhookHandler.handle = _timed_handle  # type: ignore[method-assign]


async def _calm(harness: Harness) -> None:
    """Every update handled (not its messages sent: they may wait for the group's limit)."""
    calm = 0
    while calm < 2:
        busy = harness.updates.count or harness._inbound_busy
        calm = 0 if busy else calm + 1
        await asyncio.sleep(0.005)


async def _case(database_url: str, answer: str, updates: int) -> dict[str, float]:
    async with BotApiStandIn(sandbox_page=False) as s:
        clock = FakeClock(datetime.now(UTC))
        harness = await Harness.start(
            s,
            database_url,
            clock,
            live_edit_seconds=0.2,
            telegram_webhook_answer=answer,
            **webhook_settings(),
        )
        try:
            li = await s.add_user("李主任", username="director_li")
            wang = await s.add_user("王阿姨")
            groups = []
            for g in range(GROUPS):
                group = await s.add_group(f"{g + 1}号楼", creator=li, members=[wang])
                await s.add_bot_to_group(group, li, as_admin=True)
                await s.post(group, li, f"/setup {g + 1}号楼")
                await s.post(group, wang, "/register 3-2-501")
                await harness.bot_says(group, "3-2-501", timeout=30)
                groups.append(group)
            await harness.settled(timeout=30)
            s.webhook.targets = [f"http://127.0.0.1:{free_port()}/nobody"]  # hold pushes back
            for n in range(updates):
                text_ = REQUEST.format(n=n) if n % 4 == 1 else CHATTER[n % len(CHATTER)]
                await s.post(groups[n % GROUPS], wang, text_)
            raws = s.updates.pending()
            url = harness.louhu.settings.telegram_webhook_url
            assert url is not None
            times = []
            alone = []
            SERVER.clear()
            async with aiohttp.ClientSession() as http:
                for raw in raws[:IDLE]:  # each on an idle bot: the answer's own cost
                    start = time.perf_counter()
                    async with http.post(
                        url, json=raw, headers={SECRET_HEADER: WEBHOOK_SECRET}
                    ) as response:
                        assert response.status == 200, response.status
                    alone.append(time.perf_counter() - start)
                    s.updates.pushed(raw)
                    await _calm(harness)
                raws = raws[IDLE:]
                alone_server = list(SERVER)
                SERVER.clear()
                began = time.perf_counter()
                for raw in raws:
                    start = time.perf_counter()
                    async with http.post(
                        url, json=raw, headers={SECRET_HEADER: WEBHOOK_SECRET}
                    ) as response:
                        assert response.status == 200, response.status
                    times.append(time.perf_counter() - start)
                    s.updates.pushed(raw)
                answered = time.perf_counter() - began
                await _calm(harness)
                handled = time.perf_counter() - began
                burst_server = list(SERVER)
        finally:
            await harness.stop()
    times.sort()
    return {
        "alone_median_ms": 1000 * statistics.median(alone),
        "alone_server_ms": 1000 * statistics.median(alone_server),
        "server_median_ms": 1000 * statistics.median(burst_server),
        "server_p90_ms": 1000 * sorted(burst_server)[int(0.9 * (len(burst_server) - 1))],
        "median_ms": 1000 * statistics.median(times),
        "p90_ms": 1000 * times[int(0.9 * (len(times) - 1))],
        "max_ms": 1000 * times[-1],
        "all_answered_s": answered,
        "all_handled_s": handled,
    }


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=200)
    parser.add_argument("--databases", default="sqlite,postgresql")
    args = parser.parse_args()
    for kind in args.databases.split(","):
        for answer in ("before", "after"):
            if kind == "sqlite":
                folder = tempfile.mkdtemp()
                url = f"sqlite+aiosqlite:///{folder}/bench.db"
                result = await _case(url, answer, args.updates)
            else:
                name = f"louhu_bench_{uuid.uuid4().hex[:8]}"
                await _admin(f'CREATE DATABASE "{name}"')
                try:
                    url = make_url(PG_ADMIN).set(database=name).render_as_string(False)
                    result = await _case(url, answer, args.updates)
                finally:
                    await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            shown = "  ".join(f"{k} {v:.2f}" for k, v in result.items())
            print(f"{kind:10} {answer:6} {args.updates} updates: {shown}", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
