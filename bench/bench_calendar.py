"""The calendar engine at a street's scale: 300 buildings, 9,000 quarantined households.

Seeds a temporary SQLite database (or --database-url, e.g. an empty PostgreSQL database) with
300 set-up buildings of 30 households each, in 14-day quarantines started over the last two
weeks, and times, with an injected clock:
  compute: the slots of every building for one tick, in Python alone (no database);
  idle:    a whole tick when nothing is due (the read, the watermark), the common case;
  fan-out: the tick at 08:00, when every building's roll call is due: one transaction each,
           recording the slot and queueing one group message (a stand-in for the roll call).
Usage: python bench/bench_calendar.py [--buildings 300] [--households 30] [--ticks 30]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.outbound import queue_send
from domain.calendar_actions import SlotActions
from domain.calendar_policy import lookback
from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import Slot, SlotKind
from domain.clock import Clock, FakeClock
from domain.quarantine_calendar import QuarantineSpan, slots_between
from jobs.run_calendar import run_calendar
from models.buildings import Building
from models.db import create_engine, create_sessionmaker
from models.households import Household, Quarantine
from models.migrate import upgrade
from models.outbox import OutboundMessage

ZONE = "Asia/Shanghai"
TODAY = date(2026, 3, 15)
EIGHT = datetime(2026, 3, 15, 0, 0, tzinfo=UTC)  # 08:00 in Shanghai


async def _queue_one(
    session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
) -> None:
    """A roll call's stand-in: one message to the building's group."""
    chat_id = -100_000 - slot.building_id
    queue_send(session, chat_id=chat_id, text=f"{slot.kind} {slot.at}", now=clock.now())


ACTIONS = {kind: SlotActions(_queue_one, _queue_one) for kind in SlotKind}


async def _seed(database_url: str, buildings: int, households: int) -> list[QuarantineSpan]:
    engine = create_engine(database_url)
    await upgrade(engine)
    now = EIGHT - timedelta(hours=1)
    spans = []
    async with create_sessionmaker(engine)() as session:
        await session.execute(
            insert(Building),
            [
                {
                    "id": b,
                    "chat_id": -100_000 - b,
                    "chat_title": f"{b}号楼",
                    "name": f"{b}号楼",
                    "community": f"街道{b % 10}",
                    "created_at": now,
                    "updated_at": now,
                }
                for b in range(1, buildings + 1)
            ],
        )
        rows = []
        for b in range(1, buildings + 1):
            for h in range(households):
                flat = f"{b}-{h // 10 + 1}-{h % 10 + 1:02d}01"
                rows.append({"building_id": b, "flat": flat, "needs": "", "created_at": now})
        await session.execute(insert(Household), [{**row, "updated_at": now} for row in rows])
        ids = (await session.execute(select(Household.id, Household.building_id))).all()
        quarantines = []
        for n, (household_id, building_id) in enumerate(ids):
            start = TODAY - timedelta(days=n % 14)
            spans.append(QuarantineSpan(start, 14))
            quarantines.append(
                {
                    "household_id": household_id,
                    "building_id": building_id,
                    "kind": "home",
                    "start_date": start,
                    "days": 14,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        await session.execute(insert(Quarantine), quarantines)
        await session.commit()
    await engine.dispose()
    return spans


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{tmp}/calendar.db"
        t0 = time.perf_counter()
        spans = await _seed(url, args.buildings, args.households)
        print(
            f"seeded {args.buildings} buildings, {len(spans)} households "
            f"in {time.perf_counter() - t0:.1f} s ({url.split(':')[0]})"
        )

        settings = CalendarSettings(timezone=ZONE)
        per_building: dict[int, set[QuarantineSpan]] = defaultdict(set)
        for n, span in enumerate(spans):
            per_building[n // args.households + 1].add(span)
        compute = []
        for _ in range(args.ticks):
            t = time.perf_counter()
            found = 0
            for building_id, building_spans in per_building.items():
                found += len(
                    slots_between(
                        building_id, building_spans, settings, EIGHT - lookback(settings), EIGHT
                    )
                )
            compute.append(time.perf_counter() - t)
        print(
            "compute: slots of every building for one tick: "
            f"median {_ms(statistics.median(compute))}, max {_ms(max(compute))} "
            f"({found} slots in the lookback window)"
        )

        engine = create_engine(url)
        sessionmaker = create_sessionmaker(engine)
        clock = FakeClock(EIGHT - timedelta(minutes=30))
        await run_calendar(sessionmaker, clock, ACTIONS, default_timezone=ZONE)  # the watermark
        idle = []
        for _ in range(args.ticks):
            clock.advance(seconds=20)
            t = time.perf_counter()
            tick = await run_calendar(sessionmaker, clock, ACTIONS, default_timezone=ZONE)
            idle.append(time.perf_counter() - t)
            assert not tick.queued
        print(
            f"idle tick (nothing due): median {_ms(statistics.median(idle))}, max {_ms(max(idle))}"
        )

        clock = FakeClock(EIGHT + timedelta(seconds=10))
        t = time.perf_counter()
        tick = await run_calendar(sessionmaker, clock, ACTIONS, default_timezone=ZONE)
        fanout = time.perf_counter() - t
        async with sessionmaker() as session:
            queued = await session.scalar(select(func.count()).select_from(OutboundMessage))
        print(
            f"fan-out tick at 08:00: {tick.run} slots run, {queued} messages queued in "
            f"{_ms(fanout)} ({_ms(fanout / max(tick.run, 1))} a building)"
        )
        await engine.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buildings", type=int, default=300)
    parser.add_argument("--households", type=int, default=30, help="per building")
    parser.add_argument("--ticks", type=int, default=30)
    parser.add_argument("--database-url", help="an empty database (default: temporary SQLite)")
    asyncio.run(main(parser.parse_args()))
