"""An emergency in the middle of an inbound burst: posted → first alert request (issue 12).

Runs the real bot (`open_louhu`, real aiogram client over HTTP) in a process of its own (Telegram
is not in the bot's process either) against the Bot API stand-in in this one, on SQLite and on
PostgreSQL (a fresh database each run). G set-up groups (default 300) are seeded, each with a
lead who started the bot (the default chain alerts the lead). Then a burst of N updates
(default 6,000) is queued, the stand-in answering getUpdates meanwhile, spread over the groups:
temperature reports ("1-3-301 36.5"), acknowledgements, chatter and orders; after half of them
a resident posts an emergency. Printed: emergency posted → the first alert request, and how
many updates had been handled by then, for Louhu's long polling (bot/inbound.py: the journal,
possible emergencies first) and for aiogram's own polling (every update a task, as main had
it), alternated in one run. Bar: < 1 s.
Usage: python bench/bench_inbound_burst.py [--groups 300] [--updates 6000] [--rounds 2]
       [--db sqlite|postgres|both] [--aiogram-wait 180]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import random
import signal
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_street import seed_buildings_and_people
from bot.app import open_louhu
from bot.settings import Settings
from models.buildings import Member
from models.db import create_engine, create_sessionmaker
from models.migrate import upgrade
from models.updates import ProcessedUpdate
from standin.recording import ApiCall
from standin.server import BotApiStandIn
from standin.world import DEFAULT_ADMIN_RIGHTS, StandInChat, StandInUser

PG_ADMIN = os.environ.get("LOUHU_TEST_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
EMERGENCY = "救命 我爸突然胸口剧痛 喘不上气 5-2-301"
RESIDENTS = 20
MIX = (
    (0.70, "reading"),
    (0.10, "收到 谢谢"),
    (0.10, "今天天气不错 大家注意休息"),
    (0.10, "帮忙买一袋大米 两桶油 谢谢"),
)
BAR = 1.0


@dataclass
class Group:
    chat: StandInChat
    lead: StandInUser
    residents: list[StandInUser]


async def _world(standin: BotApiStandIn, count: int) -> list[Group]:
    """The stand-in's side: groups with the bot as admin, leads who started it, residents."""
    bot_id = standin.bot_user.id
    groups = []
    for g in range(count):
        lead = await standin.add_user(f"楼道长{g}", username=f"lead_{g}")
        residents = [await standin.add_user(f"居民{g}-{h}") for h in range(RESIDENTS)]
        chat = await standin.add_group(f"{g + 1}号楼", creator=lead, members=residents)
        standin.world.members[chat.id][bot_id] = "administrator"
        standin.world.admin_rights[(chat.id, bot_id)] = dict(DEFAULT_ADMIN_RIGHTS)
        standin.world.started.add(lead.id)
        groups.append(Group(chat, lead, residents))
    standin.world.changed()
    return groups


async def _seed(url: str, groups: list[Group]) -> None:
    """The bot's side: set-up buildings, the leads and residents (no flats: chatter is kept)."""
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now}
    engine = create_engine(url)
    await upgrade(engine)
    async with create_sessionmaker(engine)() as session:
        await seed_buildings_and_people(session, groups, now)
        await session.execute(
            insert(Member),
            [
                {"building_id": n, "person_id": g.lead.id, "is_lead": True, **stamp}
                for n, g in enumerate(groups, start=1)
            ],
        )
        await session.commit()
    await engine.dispose()


def _burst(groups: list[Group], count: int, rng: random.Random) -> list[tuple[Group, int, str]]:
    """(group, resident index, text) for each update of the burst."""
    burst = []
    for n in range(count):
        group = groups[n % len(groups)]
        resident = rng.randrange(RESIDENTS)
        pick, kind = rng.random(), MIX[-1][1]
        for share, what in MIX:
            if pick < share:
                kind = what
                break
            pick -= share
        body = f"{n % 9 + 1}-{resident % 3 + 1}-{301 + resident} 36.{n % 8}"
        burst.append((group, resident, body if kind == "reading" else kind))
    return burst


@contextlib.asynccontextmanager
async def _database(kind: str) -> AsyncIterator[str]:
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite+aiosqlite:///{folder}/bench.db"
        return
    name = f"louhu_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN).execution_options(isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def _post(standin: BotApiStandIn, burst: list[tuple[Group, int, str]]) -> None:
    """Queue the updates, letting the stand-in answer getUpdates every 100 (Telegram takes
    updates in and hands them out at the same time)."""
    for n, (group, resident, body) in enumerate(burst):
        await standin.post(group.chat, group.residents[resident], body)
        if n % 100 == 99:
            await asyncio.sleep(0)


async def _handled(url: str) -> int:
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            stmt = select(func.count()).select_from(ProcessedUpdate)
            return int(await session.scalar(stmt) or 0)
    finally:
        await engine.dispose()


async def serve(mode: str) -> None:
    """The bot's process: Louhu's long polling, or aiogram's, until SIGTERM."""
    logging.basicConfig(level=logging.CRITICAL)
    async with open_louhu(Settings()) as louhu:
        if mode == "louhu":
            await louhu.poll(polling_timeout=1)
            return
        await louhu.dispatcher.start_polling(
            louhu.bot,
            allowed_updates=louhu.dispatcher.resolve_used_update_types(),
            close_bot_session=False,
            polling_timeout=1,
        )


async def one_run(
    kind: str, mode: str, count: int, updates: int, seed: int, *, wait: float = 180.0
) -> tuple[float, int]:
    """One burst on a fresh database; (posted → first alert in s, updates handled by then)."""
    async with (
        _database(kind) as url,
        BotApiStandIn(sandbox_page=False) as standin,
    ):
        groups = await _world(standin, count)
        await _seed(url, groups)
        env = {
            **os.environ,
            "BOT_TOKEN": standin.token,
            "TELEGRAM_API_URL": standin.url,
            "DATABASE_URL": url,
        }
        bot = await asyncio.create_subprocess_exec(
            sys.executable,
            *(os.environ["PROBE"].split() if "PROBE" in os.environ else [__file__, "--serve"]),
            mode,
            env=env,
            cwd=Path(__file__).parents[1],
        )
        try:
            while standin.updates.polls_waiting == 0:  # polling under way, nothing to take
                assert bot.returncode is None, "the bot's process ended"
                await asyncio.sleep(0.05)
            burst = _burst(groups, updates, random.Random(seed))
            middle = groups[len(groups) // 2]
            await _post(standin, burst[: updates // 2])
            mark = standin.mark()
            posted = time.monotonic()
            await standin.post(middle.chat, middle.residents[0], EMERGENCY)
            await _post(standin, burst[updates // 2 :])

            def is_alert(call: ApiCall) -> bool:
                text = call.params.get("text", "")
                return call.params.get("chat_id") == middle.lead.id and "#" in text

            try:
                calls = await standin.wait_for("sendMessage", is_alert, since=mark, timeout=wait)
                latency = calls[0].at - posted
            except AssertionError:  # no alert within the wait
                latency = float("inf")
            handled = await _handled(url)
        finally:
            if bot.returncode is None:
                bot.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(bot.wait(), 20)
                except TimeoutError:
                    bot.kill()
                    await bot.wait()
    return latency, handled


async def main(
    count: int, updates: int, rounds: int, databases: list[str], aiogram_wait: float
) -> int:
    logging.basicConfig(level=logging.CRITICAL)
    print(f"load average at start: {os.getloadavg()}")
    results: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for n in range(rounds):
        for kind in databases:
            for mode in ("louhu", "aiogram"):
                wait = aiogram_wait if mode == "aiogram" else 180.0
                result = await one_run(kind, mode, count, updates, seed=n, wait=wait)
                results.setdefault((kind, mode), []).append(result)
                print(
                    f"round {n + 1} {kind:>8} {mode:>7}: emergency → first alert "
                    f"{result[0]:6.2f} s, {result[1]} updates handled by then "
                    f"(load {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
    print(f"load average at end: {os.getloadavg()}")
    ok = True
    for (kind, mode), values in results.items():
        latencies = [v[0] for v in values]
        median = statistics.median(latencies)
        line = f"{kind:>8} {mode:>7}: median {median:.2f} s, worst {max(latencies):.2f} s"
        if mode == "louhu":
            met = max(latencies) < BAR
            ok = ok and met
            line += f"  bar < {BAR:.0f} s: {'met' if met else 'MISSED'}"
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=300)
    parser.add_argument("--updates", type=int, default=6000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--aiogram-wait", type=float, default=180.0)
    parser.add_argument("--serve", choices=["louhu", "aiogram"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve(args.serve))
        sys.exit(0)
    databases = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    run = main(args.groups, args.updates, args.rounds, databases, args.aiogram_wait)
    sys.exit(asyncio.run(run))
