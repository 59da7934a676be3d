"""包户's job at a street's scale: 300 buildings, 9,000 paired households in quarantine.

Seeds a temporary SQLite database (or --database-url, an empty PostgreSQL database) with set-up
buildings whose households are all in quarantine and paired with the building's volunteer, and
times jobs/pairing_due.py's tick with an injected clock and the real Telegram notifier (what it
queues goes to the outbox):
  make:  the first tick of the day, making every household's two tasks;
  idle:  a tick with nothing due (the common case: every 20 s);
  late:  the 09:00 tick, every rubbish run late: one list per building to its lead.
Usage: python bench/bench_pairing.py [--buildings 300] [--households 30] [--ticks 10]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from bot.l10n import L10n
from bot.notifier import TelegramNotifier
from domain.clock import FakeClock
from jobs.pairing_due import run_pairing
from models.buildings import Building, Member
from models.db import create_engine, create_sessionmaker
from models.households import Household, Quarantine
from models.migrate import upgrade
from models.outbox import OutboundMessage
from models.pairing import HouseholdTask, Pairing
from models.people import Person

ZONE = "Asia/Shanghai"
TODAY = date(2026, 3, 15)
MORNING = datetime(2026, 3, 14, 22, 0, tzinfo=UTC)  # 06:00 in Shanghai
NINE = datetime(2026, 3, 15, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


async def _seed(database_url: str, buildings: int, households: int) -> None:
    engine = create_engine(database_url)
    await upgrade(engine)
    now = MORNING - timedelta(days=1)
    try:
        async with create_sessionmaker(engine)() as session:
            for number in range(buildings):
                building = Building(
                    chat_id=-100_000 - number,
                    chat_title=f"{number}号楼",
                    name=f"{number}号楼",
                    created_at=now,
                    updated_at=now,
                )
                session.add(building)
                await session.flush()
                lead_id, volunteer_id = 1_000_000 + 2 * number, 1_000_001 + 2 * number
                for pid, lead in ((lead_id, True), (volunteer_id, False)):
                    session.add(
                        Person(
                            id=pid,
                            full_name=f"p{pid}",
                            started_bot=True,
                            created_at=now,
                            updated_at=now,
                        )
                    )
                    await session.flush()
                    session.add(
                        Member(
                            building_id=building.id,
                            person_id=pid,
                            is_lead=lead,
                            is_volunteer=not lead,
                            created_at=now,
                            updated_at=now,
                        )
                    )
                ids = []
                for flat in range(households):
                    household = Household(
                        building_id=building.id,
                        flat=f"{number}-1-{101 + flat}",
                        needs="",
                        created_at=now,
                        updated_at=now,
                    )
                    session.add(household)
                    await session.flush()
                    ids.append(household.id)
                await session.execute(
                    insert(Quarantine),
                    [
                        dict(
                            household_id=hid,
                            building_id=building.id,
                            kind="home",
                            start_date=TODAY - timedelta(days=hid % 13),
                            days=14,
                            created_at=now,
                            updated_at=now,
                        )
                        for hid in ids
                    ],
                )
                await session.execute(
                    insert(Pairing),
                    [
                        dict(
                            household_id=hid,
                            building_id=building.id,
                            volunteer_id=volunteer_id,
                            paired_at=now,
                        )
                        for hid in ids
                    ],
                )
            await session.commit()
    finally:
        await engine.dispose()


async def _run(database_url: str, buildings: int, households: int, ticks: int) -> None:
    await _seed(database_url, buildings, households)
    engine = create_engine(database_url)
    sessionmaker = create_sessionmaker(engine)
    clock = FakeClock(MORNING)
    notifier = TelegramNotifier(L10n(), clock)
    try:
        started = time.perf_counter()
        tick = await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)
        made = time.perf_counter() - started
        idle = []
        for _ in range(ticks):
            clock.advance(seconds=20)
            started = time.perf_counter()
            await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)
            idle.append(time.perf_counter() - started)
        clock.advance(seconds=(NINE - clock.now()).total_seconds())
        started = time.perf_counter()
        late = await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)
        late_s = time.perf_counter() - started
        async with sessionmaker() as session:
            tasks = await session.scalar(select(func.count()).select_from(HouseholdTask))
            queued = await session.scalar(select(func.count()).select_from(OutboundMessage))
        print(f"{buildings} buildings x {households} paired households in quarantine")
        print(f"make:  {made:.2f} s for {tick.made} tasks ({tasks} in the table)")
        print(
            f"idle:  median {statistics.median(idle):.3f} s, max {max(idle):.3f} s ({ticks} ticks)"
        )
        print(f"late:  {late_s:.2f} s, {late.late} tasks listed in {queued} messages")
    finally:
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buildings", type=int, default=300)
    parser.add_argument("--households", type=int, default=30)
    parser.add_argument("--ticks", type=int, default=10)
    parser.add_argument("--database-url", help="an empty database (default: temporary SQLite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.db"
        asyncio.run(_run(url, args.buildings, args.households, args.ticks))


if __name__ == "__main__":
    main()
