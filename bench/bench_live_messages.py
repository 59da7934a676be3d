"""Live roll calls at a street's scale: how soon a reading shows in its group's live message.

Runs the real bot (real aiogram client over HTTP) against the Bot API stand-in with Telegram's
rate limits enforced, on a temporary SQLite database. G groups each get one live message (the
roll call); then R readings arrive spread evenly over D seconds, each in a random group, each
committed with a request_refresh as a handler would. An emergency is queued half-way.
Prints, per reading, the time from its commit to the first edit of its group's message that
shows it (p50, p95, max; bar: max < 60 s), the number of edits and of 429 answers (bar: 0),
and the emergency's queue → sent time (bar: < 1 s).
Usage: python bench/bench_live_messages.py [--groups 300] [--readings 9000] [--seconds 600]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pydantic import SecretStr
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import open_louhu
from bot.live import LiveContent, post_live, request_refresh
from bot.outbound import queue_send
from bot.settings import Settings
from models.buildings import Building
from models.outbox import Priority
from standin.server import BotApiStandIn

PURPOSE = "bench_rollcall"


async def render(session: AsyncSession, ref_id: int) -> LiveContent:
    """The roll call stand-in: how many readings its group has had (kept in the name)."""
    building = await session.get(Building, ref_id)
    assert building is not None
    return LiveContent(f"readings {building.name}")


async def run(groups: int, readings: int, seconds: float) -> int:
    """Run the bench; returns the process exit code (0 when every bar is met)."""
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        async with BotApiStandIn(sandbox_page=False, enforce_rate_limits=True) as standin:
            settings = Settings(
                _env_file=None,  # type: ignore[call-arg]
                bot_token=SecretStr(standin.token),
                telegram_api_url=standin.url,
                database_url=f"sqlite+aiosqlite:///{tmp}/bench.db",
            )
            async with open_louhu(settings) as louhu:
                louhu.sender.register_live(PURPOSE, render)
                li = await standin.add_user("李主任")
                chats = []
                for n in range(groups):
                    chat = await standin.add_group(f"{n}号楼", creator=li)
                    await standin.add_bot_to_group(chat, li, as_admin=True)
                    chats.append(chat)
                ids: list[int] = []
                async with louhu.sessionmaker() as session:
                    now = louhu.clock.now()
                    for chat in chats:
                        building = Building(
                            chat_id=chat.id,
                            chat_title="b",
                            name="0",
                            created_at=now,
                            updated_at=now,
                        )
                        session.add(building)
                        await session.flush()
                        ids.append(building.id)
                        await post_live(
                            session,
                            purpose=PURPOSE,
                            ref_id=building.id,
                            chat_id=chat.id,
                            text="readings 0",
                            now=now,
                        )
                    await session.commit()
                louhu.sender.wake()
                await standin.wait_for(
                    "sendMessage", lambda c: c.ok, count=groups, timeout=groups / 20 + 30
                )
                mark = standin.mark()

                counts = [0] * groups
                committed: list[tuple[int, int, float]] = []  # (group, count, when)
                rng = random.Random(10)
                started = time.monotonic()
                emergency_at = 0.0
                for k in range(readings):
                    due = started + seconds * k / readings
                    if (pause := due - time.monotonic()) > 0:
                        await asyncio.sleep(pause)
                    g = rng.randrange(groups)
                    counts[g] += 1
                    if k == readings // 2:
                        emergency_at = time.monotonic()
                    async with louhu.sessionmaker() as session:
                        await session.execute(
                            update(Building)
                            .where(Building.id == ids[g])
                            .values(name=str(counts[g]))
                        )
                        await request_refresh(session, purpose=PURPOSE, ref_id=ids[g])
                        if k == readings // 2:
                            queue_send(
                                session,
                                chat_id=chats[0].id,
                                text="🆘 bench emergency",
                                now=louhu.clock.now(),
                                priority=Priority.EMERGENCY,
                            )
                        await session.commit()
                    committed.append((g, counts[g], time.monotonic()))
                    louhu.sender.wake()
                deadline = time.monotonic() + 120
                while time.monotonic() < deadline:
                    shown = [standin.message(c, m) for c, m in _posted(standin, chats)]
                    if all(s.text == f"readings {n}" for s, n in zip(shown, counts, strict=True)):
                        break
                    await asyncio.sleep(0.5)

            calls = standin.calls()[mark:]
    edits: dict[int, list[tuple[float, int]]] = {}
    for call in calls:
        if call.method == "editMessageText" and call.ok:
            edits.setdefault(call.params["chat_id"], []).append(
                (call.at, int(call.params["text"].split()[-1]))
            )
    latencies = []
    for g, count, when in committed:
        shown_at = next((at for at, n in edits.get(chats[g].id, []) if n >= count), None)
        latencies.append(float("inf") if shown_at is None else shown_at - when)
    refused = [c for c in calls if c.status == 429]
    sos = next(
        c for c in calls if c.method == "sendMessage" and "bench emergency" in c.params["text"]
    )
    emergency = sos.at - emergency_at
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    worst = latencies[-1]
    n_edits = sum(len(e) for e in edits.values())
    print(f"{groups} groups, {readings} readings over {seconds:.0f} s")
    print(f"reading -> shown in its roll call: p50 {p50:.2f} s, p95 {p95:.2f} s, max {worst:.2f} s")
    print(
        f"edits {n_edits} (readings per edit {readings / max(1, n_edits):.1f}), 429s {len(refused)}"
    )
    print(f"emergency queued -> sent mid-way: {emergency * 1000:.0f} ms")
    ok = worst < 60 and not refused and emergency < 1.0
    print("bars (max < 60 s, 0 x 429, emergency < 1 s):", "met" if ok else "MISSED")
    return 0 if ok else 1


def _posted(standin: BotApiStandIn, chats: list) -> list[tuple[object, int]]:
    """Each group's live message (its first message from the bot after the setup)."""
    firsts: dict[int, int] = {}
    for call in standin.calls("sendMessage"):
        if call.ok and "readings" in call.params.get("text", ""):
            firsts.setdefault(call.params["chat_id"], call.result["message_id"])
    return [(c, firsts[c.id]) for c in chats]


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=300)
    parser.add_argument("--readings", type=int, default=9000)
    parser.add_argument("--seconds", type=float, default=600.0)
    args = parser.parse_args()
    sys.exit(asyncio.run(run(args.groups, args.readings, args.seconds)))


if __name__ == "__main__":
    main()
