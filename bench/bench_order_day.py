"""A simulated day of one building's orders through the real domain and follow-up jobs.

One building, 40 households (4 with a chronic condition in the ledger), 6 volunteers and 120
orders arriving in a morning and an evening peak; volunteers press at human speeds (seeded
log-normal delays; one slow, one silent from 09:30), the lead acts on what the follow-ups tell
them; the clock is a fake one jumping from event to event, each follow-up run when it falls due (the
scheduler wakes at the next due time). Prints time to claim and to deliver (p50, p90), the
follow-ups that fired, and the longest an order waited unclaimed before the lead was told (the
bar: 30 minutes, 10 for urgent).
Usage: python bench/bench_order_day.py [--seed 11] [--seeds 1] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.db import create_engine, create_sessionmaker
from models.migrate import upgrade
from tests.support.order_day import DayPlan, OrderDay


async def one_day(url: str, seed: int) -> bool:
    engine = create_engine(url)
    try:
        await upgrade(engine)
        started = time.perf_counter()
        result = await OrderDay(create_sessionmaker(engine), replace(DayPlan(), seed=seed)).run()
        elapsed = time.perf_counter() - started
    finally:
        await engine.dispose()
    print(f"seed {seed}: {result.events} events simulated in {elapsed:.1f} s")
    for line in result.report():
        print("  " + line)
    return not result.forgotten


async def main(args: argparse.Namespace) -> None:
    met = True
    for seed in range(args.seed, args.seed + args.seeds):
        with tempfile.TemporaryDirectory() as tmp:
            url = args.database_url or f"sqlite+aiosqlite:///{tmp}/order_day.db"
            met &= await one_day(url, seed)
            if args.database_url:
                break  # an empty database is used once
    verdict = "met" if met else "MISSED"
    print(f"bar (nothing unclaimed past its time with the lead not told): {verdict}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--seeds", type=int, default=1, help="how many days, seeds seed, seed+1…")
    parser.add_argument("--database-url", help="an empty database (default: temporary SQLite)")
    asyncio.run(main(parser.parse_args()))
