"""The console's Today page for a community of 300 buildings and 9,000 households (bar < 300 ms).

Seeds one community of 300 set-up buildings of 30 households each, all in quarantine, with a
day's worth of what Today counts: per building an open and two delivered orders, the 08:00
roll call with every household on it (two thirds reported), the readings, a sampling round,
and across the community 30 open incidents and 300 pending welfare checks; signs a staff member
in through a one-time link; then times GET /console/ over HTTP (the console on an aiohttp
server at 127.0.0.1:0): median, p95 and worst of --runs requests, after one warm-up.

Then exports the ledger as XLSX (9,000 rows) and imports it back through the console's importer:
seconds to read the file, for the dry run and for the real run (bar < 10 s each way); then
imports the same file into a second community whose 300 buildings have the same names and an
empty ledger (9,000 households, quarantines and their records created).

With --history-days N, the readings table also holds two readings a household a day for the N
days before (as a running street's does, kept until 30 days after each quarantine), and the page
is timed again without the index on temperature_readings.taken_at, as a ratio.

Runs on a temporary SQLite file and on PostgreSQL (a fresh database `louhu_bench_console` on
LOUHU_TEST_PG_URL's server, default 127.0.0.1:5432), or on --database-url alone.
Usage: python bench/bench_console.py [--buildings 300] [--households 30] [--runs 20]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import asyncpg
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from bot.console.app import console_app
from bot.console.files import export_file, run_import, table_of_upload
from bot.l10n import L10n, Translator
from bot.settings import Settings
from domain.clock import FakeClock
from domain.console_access import console_access, issue_link
from models.buildings import Building, Member
from models.db import create_engine, create_sessionmaker
from models.health import TemperatureReading
from models.households import Household, Quarantine
from models.incidents import Incident
from models.migrate import upgrade
from models.orders import Order
from models.people import Person
from models.rollcalls import RollCall, RollCallEntry, WelfareCheck
from models.sampling import SamplingEntry, SamplingPage, SamplingRound

NOW = datetime(2026, 3, 15, 2, 30, tzinfo=UTC)  # 10:30 in Shanghai
EIGHT = datetime(2026, 3, 15, 0, 0, tzinfo=UTC)
TODAY = datetime(2026, 3, 15).date()
COMMUNITY = "幸福里街道"
EMPTY = "幸福里街道（新）"
"""A second community with the same building names and no household: the first import."""
STAFF = 1
BAR_MS = 300.0
IMPORT_BAR_S = 10.0
ZONE = "Asia/Shanghai"


async def _seed(database_url: str, buildings: int, households: int) -> None:
    engine = create_engine(database_url)
    await upgrade(engine)
    now = NOW
    async with create_sessionmaker(engine)() as session, session.begin():
        await session.execute(
            insert(Person),
            [{"id": STAFF, "full_name": "李主任", "created_at": now, "updated_at": now}]
            + [
                {"id": 100 + b, "full_name": f"居民{b}", "created_at": now, "updated_at": now}
                for b in range(1, buildings + 1)
            ],
        )
        await session.execute(
            insert(Building),
            [
                {
                    "id": b,
                    "chat_id": -100_000 - b,
                    "chat_title": f"{b}号楼",
                    "name": f"{b}号楼",
                    "community": COMMUNITY,
                    "created_at": now,
                    "updated_at": now,
                }
                for b in range(1, buildings + 1)
            ],
        )
        await session.execute(
            insert(Member),
            [
                {
                    "building_id": 1,
                    "person_id": STAFF,
                    "is_staff": True,
                    "created_at": now,
                    "updated_at": now,
                }
            ],
        )
        ids = range(1, buildings * households + 1)

        def building_of(h: int) -> int:
            return (h - 1) // households + 1

        def flat_of(h: int) -> str:
            n = (h - 1) % households
            return f"{n // 10 + 1}-{n % 5 + 1}-{n + 101}"

        await session.execute(
            insert(Household),
            [
                {
                    "id": h,
                    "building_id": building_of(h),
                    "flat": flat_of(h),
                    "people": 2,
                    "phone": f"138{h:08d}",
                    "needs": "elderly" if h % 7 == 0 else "",
                    "created_at": now,
                    "updated_at": now,
                }
                for h in ids
            ],
        )
        await session.execute(
            insert(Quarantine),
            [
                {
                    "household_id": h,
                    "building_id": building_of(h),
                    "kind": "home",
                    "start_date": TODAY - timedelta(days=h % 14),
                    "days": 14,
                    "created_at": now,
                    "updated_at": now,
                }
                for h in ids
            ],
        )
        await session.execute(
            insert(Order),
            [
                {
                    "building_id": b,
                    "number": n,
                    "resident_id": 100 + b,
                    "flat": "1-1-101",
                    "category": "groceries",
                    "text": "帮忙买一袋大米",
                    "items": [],
                    "status": "open" if n == 1 else "delivered",
                    "source_chat_id": -100_000 - b,
                    "source_message_id": n,
                    "created_at": now - timedelta(hours=n),
                    "updated_at": now,
                }
                for b in range(1, buildings + 1)
                for n in (1, 2, 3)
            ],
        )
        await session.execute(
            insert(Incident),
            [
                {
                    "building_id": b,
                    "community": COMMUNITY,
                    "reporter_id": 100 + b,
                    "flat": "1-1-101",
                    "text": "救命",
                    "source": "message",
                    "source_chat_id": -100_000 - b,
                    "source_message_id": 9,
                    "source_key": f"msg:{-100_000 - b}:9",
                    "status": "open",
                    "reported_at": now - timedelta(minutes=5),
                }
                for b in range(1, buildings + 1, 10)
            ],
        )
        await session.execute(
            insert(RollCall),
            [
                {
                    "id": b,
                    "building_id": b,
                    "at": EIGHT,
                    "day": TODAY,
                    "local_time": "08:00",
                    "open_until": EIGHT + timedelta(hours=16),
                    "created_at": EIGHT,
                }
                for b in range(1, buildings + 1)
            ],
        )
        await session.execute(
            insert(RollCallEntry),
            [
                {
                    "rollcall_id": building_of(h),
                    "household_id": h,
                    "flat": flat_of(h),
                    "celsius": (38.0 if h % 50 == 0 else 36.5) if h % 3 else None,
                    "fever": h % 50 == 0 and bool(h % 3),
                    "reports": 1 if h % 3 else 0,
                }
                for h in ids
            ],
        )
        await session.execute(
            insert(TemperatureReading),
            [
                {
                    "building_id": building_of(h),
                    "person_id": 100 + building_of(h),
                    "flat": flat_of(h),
                    "celsius": 38.0 if h % 50 == 0 else 36.5,
                    "fever": h % 50 == 0,
                    "source_message_id": h,
                    "taken_at": EIGHT + timedelta(seconds=h % 3600),
                }
                for h in ids
                if h % 3
            ],
        )
        await session.execute(
            insert(WelfareCheck),
            [
                {"household_id": h, "rollcall_id": building_of(h), "asked_at": now}
                for h in ids
                if h % households == 0
            ],
        )
        await session.execute(
            insert(SamplingRound),
            [
                {
                    "id": b,
                    "building_id": b,
                    "day": TODAY,
                    "window": "08:00-11:00",
                    "created_at": now,
                }
                for b in range(1, buildings + 1)
            ],
        )
        await session.execute(
            insert(SamplingPage),
            [{"id": b, "round_id": b, "page": 0} for b in range(1, buildings + 1)],
        )
        await session.execute(
            insert(SamplingEntry),
            [
                {
                    "round_id": building_of(h),
                    "page_id": building_of(h),
                    "household_id": h,
                    "flat": flat_of(h),
                    "quarantine_day": 4,
                    "sampled_at": now if h % 2 else None,
                }
                for h in ids
                if h % 14 == 3
            ],
        )
        if session.get_bind().dialect.name == "postgresql":
            # the ids above were given, not drawn: move the sequences past them, so the rows
            # the bot adds later (an import's new households) get fresh ids
            for table in (
                "buildings",
                "households",
                "rollcalls",
                "sampling_rounds",
                "sampling_pages",
            ):
                await session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
    await engine.dispose()


async def _seed_history(database_url: str, buildings: int, households: int, days: int) -> int:
    """Two readings a household a day (08:00 and 20:00) for the days before today: what the
    readings table holds in a running street (kept until 30 days after each quarantine)."""
    engine = create_engine(database_url)
    ids = range(1, buildings * households + 1)
    count = 0
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            for day in range(1, days + 1):
                for hours in (0, 12):
                    rows = [
                        {
                            "building_id": (h - 1) // households + 1,
                            "person_id": 100 + (h - 1) // households + 1,
                            "flat": None,
                            "celsius": 38.0 if (h + day) % 50 == 0 else 36.5,
                            "fever": (h + day) % 50 == 0,
                            "source_message_id": h,
                            "taken_at": EIGHT - timedelta(days=day, hours=-hours),
                        }
                        for h in ids
                    ]
                    await session.execute(insert(TemperatureReading), rows)
                    count += len(rows)
        async with engine.begin() as connection:
            await connection.execute(text("ANALYZE temperature_readings"))
    finally:
        await engine.dispose()
    return count


async def _taken_at_index(database_url: str, *, drop: bool) -> None:
    """Drop (or create again) the index the Today page's fever count uses."""
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            if drop:
                await connection.execute(text("DROP INDEX ix_temperature_readings_taken_at"))
            else:
                await connection.execute(
                    text(
                        "CREATE INDEX ix_temperature_readings_taken_at "
                        "ON temperature_readings (taken_at)"
                    )
                )
            await connection.execute(text("ANALYZE temperature_readings"))
    finally:
        await engine.dispose()


async def _measure(database_url: str, runs: int) -> list[float]:
    engine = create_engine(database_url)
    sessionmaker = create_sessionmaker(engine)
    clock = FakeClock(NOW)
    settings = Settings(_env_file=None, database_url=database_url)  # type: ignore[call-arg]
    root = web.Application()
    root.add_subapp("/console", console_app(sessionmaker, clock, L10n(), settings))
    client = TestClient(TestServer(root, host="127.0.0.1", port=0))
    await client.start_server()
    try:
        async with sessionmaker() as session, session.begin():
            token = await issue_link(session, clock, STAFF)
        assert token is not None
        signed = await client.post("/console/login", data={"token": token})
        page = await signed.text()
        assert signed.status == 200 and "300号楼" in page, signed.status
        timings = []
        for _ in range(runs + 1):
            started = time.perf_counter()
            answer = await client.get("/console/")
            await answer.read()
            timings.append((time.perf_counter() - started) * 1000)
            assert answer.status == 200
        return timings[1:]
    finally:
        await client.close()
        await engine.dispose()


async def _import_timing(
    database_url: str, buildings: int
) -> tuple[int, float, float, float, float, float]:
    """Export the seeded ledger as XLSX, then import it through the console: rows, seconds to
    read the file, for the dry run, and for the real run; then the seconds for the dry run and
    the real run of the same file into the empty community."""
    engine = create_engine(database_url)
    sessionmaker = create_sessionmaker(engine)
    clock = FakeClock(NOW)
    t = Translator(L10n(), ("zh",))
    try:
        async with sessionmaker() as session:
            content, rows = await export_file(session, clock, COMMUNITY, "zh", "xlsx", ZONE)
            access = await console_access(session, STAFF)
        started = time.perf_counter()
        table = await table_of_upload("ledger.xlsx", content)
        read = time.perf_counter() - started
        async with sessionmaker() as session, session.begin():
            await _empty_community(session, buildings)
        async with sessionmaker() as session:
            access = await console_access(session, STAFF)
        timings = []
        for community in (COMMUNITY, EMPTY):
            for dry_run in (True, False):
                started = time.perf_counter()
                async with sessionmaker() as session:
                    outcome = await run_import(
                        session,
                        clock,
                        access,
                        t,
                        community=community,
                        table=table,
                        building=None,
                        timezone=ZONE,
                        dry_run=dry_run,
                        file_name="ledger.xlsx",
                    )
                timings.append(time.perf_counter() - started)
                assert not outcome.refused and outcome.rows == rows, outcome.lines[:5]
        async with sessionmaker() as session:
            households = await session.scalar(
                select(func.count())
                .select_from(Household)
                .join(Building, Building.id == Household.building_id)
                .where(Building.community == EMPTY)
            )
        assert households == rows, households
        dry, real, first_dry, first = timings
        return rows, read, dry, real, first_dry, first
    finally:
        await engine.dispose()


async def _empty_community(session: AsyncSession, buildings: int) -> None:
    """The second community: buildings named as the first's, the same staff member, no ledger."""
    now = NOW
    await session.execute(
        insert(Building),
        [
            {
                "id": 10_000 + b,
                "chat_id": -200_000 - b,
                "chat_title": f"{b}号楼",
                "name": f"{b}号楼",
                "community": EMPTY,
                "created_at": now,
                "updated_at": now,
            }
            for b in range(1, buildings + 1)
        ],
    )
    await session.execute(
        insert(Member),
        [
            {
                "building_id": 10_001,
                "person_id": STAFF,
                "is_staff": True,
                "created_at": now,
                "updated_at": now,
            }
        ],
    )


async def _fresh_postgres() -> str | None:
    base = os.environ.get("LOUHU_TEST_PG_URL", "postgresql+asyncpg://127.0.0.1:5432/test")
    url = make_url(base)
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        connection = await asyncpg.connect(dsn, timeout=5)
    except (OSError, asyncpg.PostgresError) as exc:
        print(f"PostgreSQL not reachable ({exc}); skipped")
        return None
    try:
        await connection.execute("DROP DATABASE IF EXISTS louhu_bench_console")
        await connection.execute("CREATE DATABASE louhu_bench_console")
    finally:
        await connection.close()
    return url.set(database="louhu_bench_console").render_as_string(hide_password=False)


async def _one(label: str, database_url: str, args: argparse.Namespace) -> bool:
    started = time.perf_counter()
    await _seed(database_url, args.buildings, args.households)
    seeded = time.perf_counter() - started
    if args.history_days:
        started = time.perf_counter()
        readings = await _seed_history(
            database_url, args.buildings, args.households, args.history_days
        )
        print(
            f"{label}: {readings} readings of the {args.history_days} days before seeded in "
            f"{time.perf_counter() - started:.1f} s"
        )
    timings = await _measure(database_url, args.runs)
    median = statistics.median(timings)
    p95 = sorted(timings)[max(0, round(0.95 * len(timings)) - 1)]
    worst = max(timings)
    met = worst < BAR_MS
    print(
        f"{label}: {args.buildings} buildings, {args.buildings * args.households} households "
        f"(seeded in {seeded:.1f} s); GET /console/ x{len(timings)}: median {median:.0f} ms, "
        f"p95 {p95:.0f} ms, worst {worst:.0f} ms; bar < {BAR_MS:.0f} ms: "
        f"{'met' if met else 'MISSED'}"
    )
    if args.history_days:
        await _taken_at_index(database_url, drop=True)
        without = await _measure(database_url, args.runs)
        await _taken_at_index(database_url, drop=False)
        print(
            f"{label}: without the index on temperature_readings.taken_at: median "
            f"{statistics.median(without):.0f} ms, worst {max(without):.0f} ms; with it / "
            f"without: median {median / statistics.median(without):.2f}x, worst "
            f"{worst / max(without):.2f}x"
        )
    if args.skip_import:
        return met
    rows, read, dry, real, first_dry, first = await _import_timing(database_url, args.buildings)
    imported = read + real < IMPORT_BAR_S and read + dry < IMPORT_BAR_S
    print(
        f"{label}: XLSX import of {rows} rows (an export of it): read {read:.1f} s, dry run "
        f"{dry:.1f} s, import {real:.1f} s; bar < {IMPORT_BAR_S:.0f} s: "
        f"{'met' if imported else 'MISSED'}"
    )
    into_empty = read + first < IMPORT_BAR_S and read + first_dry < IMPORT_BAR_S
    print(
        f"{label}: the same file into an empty ledger: dry run {first_dry:.1f} s, import "
        f"{first:.1f} s; bar < {IMPORT_BAR_S:.0f} s: {'met' if into_empty else 'MISSED'}"
    )
    met = met and imported and into_empty
    return met


async def main(args: argparse.Namespace) -> int:
    results = []
    if args.database_url:
        results.append(await _one("given database", args.database_url, args))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite+aiosqlite:///{tmp}/bench.db"
            results.append(await _one("SQLite", url, args))
        postgres = await _fresh_postgres()
        if postgres is not None:
            results.append(await _one("PostgreSQL", postgres, args))
    return 0 if all(results) else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buildings", type=int, default=300)
    parser.add_argument("--households", type=int, default=30, help="per building")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--skip-import", action="store_true", help="time the Today page only")
    parser.add_argument(
        "--history-days",
        type=int,
        default=0,
        help="also seed two readings a household a day for this many days before, and time "
        "Today without the index on temperature_readings.taken_at too",
    )
    parser.add_argument("--database-url", help="an empty database (default: SQLite, then PG)")
    sys.exit(asyncio.run(main(parser.parse_args())))
