"""What confirming an update only after its commit costs: a burst through one process, with
bot/db_outage.py's getUpdates guard (UnconfirmedUpdates) and without it (aiogram's own offset,
which confirms each batch as soon as it is handed out), alternated in one run.

The real bot against the stand-in, on a fresh SQLite file (or `--db postgres`: a fresh database
on the server of LOUHU_TEST_PG_URL) per round: 20 set-up building groups, then a burst of
`--updates` messages (chatter, temperature reports, orders) posted at once; the time from the
first post until every update is committed and confirmed. Prints updates/s per round, the
medians and the ratio guard/no guard.
Usage: python bench/bench_update_confirm.py [--updates 1000] [--rounds 2] [--db sqlite|postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

import bot.app
from bot.db_outage import UnconfirmedUpdates
from domain.clock import FakeClock
from models.db import create_engine
from models.updates import ProcessedUpdate
from standin.server import BotApiStandIn
from tests.support.calendar_e2e import UNLIMITED
from tests.support.harness import Harness

GROUPS = 20
PG_ADMIN_URL = os.environ.get(
    "LOUHU_TEST_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
MESSAGES = [
    "今天天气不错",
    "收到，谢谢",
    "{flat} 36.{n}",
    "帮忙买一袋大米 两桶油 谢谢",
    "楼下快递到了吗",
    "好的",
    "{flat} 体温36.{n}",
    "谁能帮我取一下快递",
    "明天几点做核酸",
    "👍",
]


class AiogramOffset(UnconfirmedUpdates):
    """No guard: getUpdates goes out as aiogram asks (the baseline)."""

    async def __call__(self, make_request: Any, bot: Any, method: Any) -> Any:
        return await make_request(bot, method)


@asynccontextmanager
async def _database(kind: str) -> AsyncIterator[str]:
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite+aiosqlite:///{folder}/bench.db"
        return
    name = f"louhu_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL).execution_options(isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def _handled(harness: Harness) -> int:
    async with harness.louhu.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(ProcessedUpdate)) or 0)


async def _round(kind: str, guard: bool, updates: int) -> float:
    """One burst on a fresh database; updates per second."""
    bot.app.UnconfirmedUpdates = UnconfirmedUpdates if guard else AiogramOffset  # type: ignore[misc]
    async with BotApiStandIn(sandbox_page=False) as standin, _database(kind) as url:
        harness = await Harness.start(
            standin, url, FakeClock(datetime.now(UTC)), send_limits=UNLIMITED
        )
        try:
            groups = []
            for g in range(GROUPS):
                admin = await standin.add_user(f"管理员{g}")
                residents = [await standin.add_user(f"居民{g}-{r}") for r in range(5)]
                group = await standin.add_group(f"{g + 1}号楼", creator=admin, members=residents)
                await standin.add_bot_to_group(group, admin, as_admin=True)
                await standin.post(group, admin, f"/setup {g + 1}号楼")
                groups.append((group, residents))
            await harness.settled(timeout=60)
            before = await _handled(harness)
            started = time.monotonic()
            for n in range(updates):
                group, residents = groups[n % GROUPS]
                who = residents[n % len(residents)]
                flat = f"{n % 5 + 1}-1-{n % 30 + 101}"
                template = MESSAGES[n % len(MESSAGES)]
                await standin.post(group, who, template.format(flat=flat, n=n % 9))
            while True:
                if standin.bot_is_idle and await _handled(harness) >= before + updates:
                    break
                await asyncio.sleep(0.02)
            return updates / (time.monotonic() - started)
        finally:
            await harness.stop()


async def main(updates: int, rounds: int, kind: str) -> int:
    logging.basicConfig(level=logging.ERROR)
    rates: dict[bool, list[float]] = {True: [], False: []}
    for r in range(rounds):
        for guard in (False, True) if r % 2 == 0 else (True, False):
            rate = await _round(kind, guard, updates)
            rates[guard].append(rate)
            name = "guard" if guard else "aiogram offset"
            print(f"round {r + 1} {name:>14}: {rate:6.1f} updates/s", flush=True)
    with_guard, without = statistics.median(rates[True]), statistics.median(rates[False])
    print(
        f"{kind}, {updates} updates over {GROUPS} groups: median {without:.1f}/s without the "
        f"guard, {with_guard:.1f}/s with it: ratio {with_guard / without:.3f}"
    )
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--updates", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.updates, args.rounds, args.db)))
