"""Inbound speed of one process (issue 12): Louhu against a bare aiogram bot, same updates.

Each bot runs as its own process (`python -m bot`, long polling, or the bare bot below) against
the stand-in served by this one. 20 building groups are set up first (staff, ten registered
residents each; not measured), then N updates (a realistic mix: chatter, temperature reports,
requests that become orders, commands) are queued at once and the bot takes them as it would
after a burst. Printed per bot and database:

- rate: N / (first update queued -> every update confirmed by getUpdates' offset and logged as
  handled: Louhu's own polling confirms a batch once it is journaled, before handling it);
- ratio: Louhu's rate / the bare bot's (issue 12's bar: >= 0.5 on SQLite and on PostgreSQL);
  the bare bot runs on asyncio's event loop as aiogram's examples do (the bar's), and again on
  uvloop, which Louhu runs on (bot/event_loop.py): the ratio to that one is printed too;
- handler latency p50 / p99: the time each update spent in the bot's outermost update middleware
  (Louhu's own log line "... handled in X ms", the bare bot logs the same);
- CPU ms an update: the bot process's user+system time over the burst / N (and less what it
  burns idle: Louhu's sweeps and ticks, measured over 3 s before the burst).

`--baseline DIR` also runs Louhu from another checkout (e.g. a worktree of main) on the same
stand-in, interleaved with this one, so both figures come from one run:

    .venv/bin/python bench/bench_inbound.py [--updates 2000] [--baseline ../fastin-base]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import signal
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text
from sqlalchemy.engine import make_url

from models.db import create_engine
from standin.server import BotApiStandIn
from standin.world import StandInChat, StandInUser

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN = os.environ.get("LOUHU_TEST_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
GROUPS = 20
RESIDENTS = 10
CHATTER = ["大家好", "今天天气不错", "谢谢志愿者", "收到", "好的👌", "楼下有快递吗"]
COMMANDS = ["/help", "/orders", "/myorders", "/today"]
BAR = 0.5
IDLE_SECONDS = 3.0
LATENCY = re.compile(r" (?:handled|duplicate|failed) in ([0-9.]+) ms")


def mix(k: int) -> str:
    """The k-th update's text: 55 % chatter, 25 % readings, 10 % requests, 10 % commands."""
    kind = k % 20
    if kind < 11:
        return CHATTER[k % len(CHATTER)]
    if kind < 16:
        return f"1-{(k // GROUPS) % 3 + 1}-{k % 10 + 101} 36.{k % 9}"
    if kind < 18:
        return f"帮忙买一袋大米 {k}"
    return COMMANDS[k % len(COMMANDS)]


# ----------------------------------------------------------------------------- the bare bot


def run_bare_bot(loop: str = "asyncio") -> None:
    """A bare aiogram bot that answers every message (run in its own process), on asyncio's
    event loop as aiogram's examples run, or on uvloop as Louhu does."""
    from aiogram import BaseMiddleware, Bot, Dispatcher
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import Message

    logging.basicConfig(level=logging.INFO)
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    log = logging.getLogger("bare")

    class Timed(BaseMiddleware):
        async def __call__(self, handler, event, data):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return await handler(event, data)
            finally:
                log.info("update handled in %.1f ms", (time.perf_counter() - started) * 1000)

    async def main() -> None:
        session = AiohttpSession(api=TelegramAPIServer.from_base(os.environ["TELEGRAM_API_URL"]))
        bot = Bot(os.environ["BOT_TOKEN"], session=session)
        dispatcher = Dispatcher()
        dispatcher.update.outer_middleware(Timed())

        @dispatcher.message()
        async def answer(message: Message) -> None:
            await message.answer(f"收到: {message.text or ''}"[:100])

        await dispatcher.start_polling(bot, polling_timeout=1, handle_signals=True)

    if loop == "uvloop":
        import uvloop

        uvloop.run(main())
    else:
        asyncio.run(main())


def run_profiled_bot(out: str) -> None:
    """`python -m bot`, profiled (cProfile) from SIGUSR1 to SIGUSR2: the burst, not the start."""
    import cProfile
    import signal

    from bot.__main__ import main
    from bot.event_loop import run_loop
    from bot.settings import load_settings

    profile = cProfile.Profile()
    signal.signal(signal.SIGUSR1, lambda *_: profile.enable())
    signal.signal(signal.SIGUSR2, lambda *_: (profile.disable(), profile.dump_stats(out)))
    settings = load_settings()
    sys.exit(run_loop(main(settings), settings.event_loop))


# ----------------------------------------------------------------------------- one bot's run


@dataclass
class Result:
    name: str
    database: str
    rate: float
    cpu_ms: float
    net_cpu_ms: float
    p50: float
    p99: float


class BotProcess:
    def __init__(self, command: list[str], cwd: Path, env: dict[str, str], log: Path) -> None:
        self.command, self.cwd, self.env, self.log = command, cwd, env, log
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        with self.log.open("ab") as stderr:
            self.process = await asyncio.create_subprocess_exec(
                *self.command,
                cwd=self.cwd,
                env=self.env,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=stderr,
            )

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            try:
                await asyncio.wait_for(self.process.wait(), 20)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()

    def signal(self, number: int) -> None:
        if "--profiled-bot" in self.command and self.process is not None:
            self.process.send_signal(number)

    def cpu_seconds(self) -> float:
        assert self.process is not None
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def log_size(self) -> int:
        return self.log.stat().st_size

    def latencies(self, since: int) -> list[float]:
        """Handler latencies (ms) logged after byte `since` of the log."""
        with self.log.open("rb") as f:
            f.seek(since)
            lines = f.read().decode(errors="replace").splitlines()
        return [float(m.group(1)) for line in lines if (m := LATENCY.search(line))]


async def _admin(statement: str) -> None:
    engine = create_engine(PG_ADMIN).execution_options(isolation_level="AUTOCOMMIT")
    async with engine.connect() as db:
        await db.execute(text(statement))
    await engine.dispose()


async def _confirmed(standin: BotApiStandIn, timeout: float = 900) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not standin.updates.all_confirmed:
        if loop.time() > deadline:
            raise RuntimeError("the bot never took every update")
        await asyncio.sleep(0.005)


async def _handled(process: BotProcess, since: int, updates: int, timeout: float = 900) -> None:
    """Wait until `updates` updates have logged their handling after byte `since` of the log."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while len(process.latencies(since)) < updates:
        if loop.time() > deadline:
            raise RuntimeError("the bot never handled every update")
        await asyncio.sleep(0.05)


async def _buildings(
    standin: BotApiStandIn, tag: str, *, set_up: bool
) -> list[tuple[StandInChat, list[StandInUser]]]:
    buildings = []
    for n in range(GROUPS):
        staff = await standin.add_user(f"主任{tag}{n}", username=f"staff_{tag}_{n}")
        residents = [await standin.add_user(f"居民{tag}{n}-{i}") for i in range(RESIDENTS)]
        group = await standin.add_group(f"{tag}{n + 1}号楼", creator=staff, members=residents)
        await standin.add_bot_to_group(group, staff, as_admin=True)
        if set_up:
            await standin.post(group, staff, f"/setup {n + 1}号楼")
            for i, resident in enumerate(residents):
                await standin.post(group, resident, f"/register 1-{i // 4 + 1}-{i + 101}")
        buildings.append((group, residents))
    return buildings


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run_one(
    name: str, database: str, command: list[str], cwd: Path, env: dict[str, str], updates: int
) -> Result:
    """One bot process against a fresh stand-in: set up, idle, then the burst."""
    log = Path(tempfile.mkstemp(prefix=f"bench_inbound_{name}_", suffix=".log")[1])
    async with BotApiStandIn(sandbox_page=False) as standin:
        process = BotProcess(
            command,
            cwd,
            {**env, "BOT_TOKEN": standin.token, "TELEGRAM_API_URL": standin.url},
            log,
        )
        await process.start()
        try:
            buildings = await _buildings(standin, name[:1], set_up=name != "bare")
            await _confirmed(standin, timeout=300)
            # the set-up's replies go out, the start-up settles: measured 3 s after it, idle
            # still burned 7.5 % of a core (first sweeps, statement caches), from 13 s on 0.7 %
            await asyncio.sleep(10.0)
            idle_cpu, idle_at = process.cpu_seconds(), time.monotonic()
            await asyncio.sleep(IDLE_SECONDS)
            cpu = process.cpu_seconds()
            idle_rate = (cpu - idle_cpu) / (time.monotonic() - idle_at)
            since = process.log_size()
            process.signal(signal.SIGUSR1)  # a profiled bot starts profiling
            started = time.monotonic()
            # queued without yielding: the bot finds the whole burst waiting, as after a pause
            for k in range(updates):
                group, residents = buildings[k % GROUPS]
                await standin.post(group, residents[(k // GROUPS) % RESIDENTS], mix(k))
            await _confirmed(standin)
            # confirmed is not handled: Louhu's own polling confirms a batch once it is in the
            # inbound journal, so the burst ends when every update has logged its handling
            await _handled(process, since, updates)
            elapsed = time.monotonic() - started
            used = process.cpu_seconds() - cpu
            process.signal(signal.SIGUSR2)
            await asyncio.sleep(0.5)  # the last lines reach the log
            latencies = process.latencies(since)
        finally:
            await process.stop()
    os.unlink(log)
    net = max(0.0, used - idle_rate * elapsed)
    return Result(
        name,
        database,
        updates / elapsed,
        used / updates * 1000,
        net / updates * 1000,
        _percentile(latencies, 0.5),
        _percentile(latencies, 0.99),
    )


def _louhu_env(database_url: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DATABASE_"))}
    return {
        **keep,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "INFO",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


PROFILE: Path | None = None
"""--profile FILE: Louhu runs under cProfile, its stats written to FILE.<database>."""


async def run_louhu(name: str, root: Path, database: str, updates: int) -> Result:
    command = [sys.executable, "-m", "bot"]
    if PROFILE is not None and name == "louhu":
        command = [sys.executable, __file__, "--profiled-bot", f"{PROFILE}.{database}"]
    if database == "sqlite":
        with tempfile.TemporaryDirectory(prefix="bench_inbound_") as folder:
            url = f"sqlite+aiosqlite:///{folder}/louhu.db"
            return await run_one(name, database, command, root, _louhu_env(url), updates)
    db = f"louhu_bench_{uuid.uuid4().hex[:8]}"
    await _admin(f'CREATE DATABASE "{db}"')
    try:
        url = make_url(PG_ADMIN).set(database=db).render_as_string(hide_password=False)
        return await run_one(name, database, command, root, _louhu_env(url), updates)
    finally:
        await _admin(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


async def main(updates: int, baseline: Path | None, databases: list[str], rounds: int) -> None:
    results: list[Result] = []
    bare_env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for _ in range(rounds):
        results.append(
            await run_one(
                "bare", "-", [sys.executable, __file__, "--bare"], ROOT, bare_env, updates
            )
        )
        print(_line(results[-1], None), flush=True)
        on_uvloop = [sys.executable, __file__, "--bare", "uvloop"]
        results.append(await run_one("bareu", "-", on_uvloop, ROOT, bare_env, updates))
        print(_line(results[-1], None), flush=True)
        for database in databases:
            if baseline is not None:
                results.append(await run_louhu("main", baseline, database, updates))
                print(_line(results[-1], None), flush=True)
            results.append(await run_louhu("louhu", ROOT, database, updates))
            print(_line(results[-1], None), flush=True)
    bare = statistics.median(r.rate for r in results if r.name == "bare")
    bare_uvloop = statistics.median(r.rate for r in results if r.name == "bareu")
    print(
        f"\n{updates} updates, {rounds} round(s); bare aiogram bot: {bare:.0f} updates/s on"
        f" asyncio's loop (the bar's), {bare_uvloop:.0f} on uvloop (Louhu's)"
    )
    for name in ("main", "louhu"):
        for database in databases:
            mine = [r for r in results if r.name == name and r.database == database]
            if mine:
                median = _median(mine)
                print(_line(median, bare) + f"; /bare on uvloop {median.rate / bare_uvloop:.3f}")


def _median(results: list[Result]) -> Result:
    first = results[0]
    return Result(
        first.name,
        first.database,
        *(
            statistics.median(getattr(r, f) for r in results)
            for f in ("rate", "cpu_ms", "net_cpu_ms", "p50", "p99")
        ),
    )


def _line(r: Result, bare: float | None) -> str:
    ratio = ""
    if bare is not None:
        verdict = "met" if r.rate / bare >= BAR else "not met"
        ratio = f"  {r.name}/bare {r.rate / bare:.3f} (bar {BAR}: {verdict})"
    return (
        f"{r.name:>5} {r.database:>10}: {r.rate:7.1f} updates/s, CPU {r.cpu_ms:5.2f} ms an update"
        f" ({r.net_cpu_ms:5.2f} less idle), latency p50 {r.p50:6.1f} ms p99 {r.p99:7.1f} ms" + ratio
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--bare"]:
        run_bare_bot(*sys.argv[2:3])
        sys.exit(0)
    if sys.argv[1:2] == ["--profiled-bot"]:
        run_profiled_bot(sys.argv[2])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--baseline", type=Path, help="another checkout's root (e.g. main)")
    parser.add_argument(
        "--databases", default="sqlite,postgresql", help="comma-separated: sqlite,postgresql"
    )
    parser.add_argument("--profile", type=Path, help="profile Louhu with cProfile into FILE")
    args = parser.parse_args()
    PROFILE = args.profile
    asyncio.run(
        main(
            args.updates,
            args.baseline.resolve() if args.baseline else None,
            args.databases.split(","),
            args.rounds,
        )
    )
