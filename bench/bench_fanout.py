"""Fan-out: one roll-call message to each of N groups, Louhu's sender beside python-telegram-bot's.

Both send the same N messages to a Bot API stand-in that enforces Telegram's limits (30 messages
a second overall, 20 a minute per group), each on a fresh stand-in, in the same run:
  louhu: N rows queued in the outbox at once (as the calendar queues a roll call), the sender
         delivers them;
  peer:  python-telegram-bot 22 with its AIORateLimiter, all N send_message calls started at once
         (as a PTB job would fan out).
Prints, for each, the sustained rate as a fraction of 30/s (first accepted message to last), the
429 answers after the first second, and Louhu's ratio to the peer; bars (issue 10): Louhu's
fraction >= 0.95 and 0 answers of 429 after the first second.
Usage: python bench/bench_fanout.py [--groups 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import open_louhu
from bot.outbound import queue_send
from bot.settings import Settings
from models.outbox import Priority
from standin.server import BotApiStandIn

TEXT = "🌡 08:00 体温接龙 Temperature roll call — 3-2-501 —  3-2-502 —"
LIMIT = 30.0


@dataclass(frozen=True)
class FanOut:
    """What the stand-in saw of one fan-out."""

    delivered: int
    seconds: float
    refused_late: int
    refused: int

    @property
    def fraction(self) -> float:
        """Sustained rate as a share of Telegram's 30 messages a second."""
        return (self.delivered - 1) / self.seconds / LIMIT if self.seconds else 0.0


async def _groups(standin: BotApiStandIn, count: int) -> list[int]:
    """Groups the bot is already in (set silently: no updates for the bot to handle)."""
    owner = await standin.add_user("楼道长")
    ids = []
    for n in range(count):
        chat = await standin.add_group(f"{n}号楼", creator=owner)
        standin.world.members[chat.id][standin.bot_user.id] = "member"
        ids.append(chat.id)
    return ids


async def _wait_delivered(standin: BotApiStandIn, groups: set[int], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ok = {c.params.get("chat_id") for c in standin.calls("sendMessage") if c.ok}
        if groups <= ok:
            return
        await asyncio.sleep(0.5)
    raise RuntimeError("the fan-out did not finish in time")


def _measure(standin: BotApiStandIn, groups: set[int]) -> FanOut:
    calls = [c for c in standin.calls("sendMessage") if c.params.get("chat_id") in groups]
    accepted = sorted(c.at for c in calls if c.ok)
    first = min(c.at for c in calls)
    refused = [c for c in calls if c.status == 429]
    return FanOut(
        delivered=len(accepted),
        seconds=accepted[-1] - accepted[0],
        refused_late=sum(1 for c in refused if c.at - first > 1.0),
        refused=len(refused),
    )


async def louhu_fan_out(count: int) -> FanOut:
    """Queue the messages in one transaction and let Louhu's sender deliver them."""
    with tempfile.TemporaryDirectory() as folder:
        async with BotApiStandIn(enforce_rate_limits=True, sandbox_page=False) as standin:
            groups = await _groups(standin, count)
            settings = Settings(
                _env_file=None,  # type: ignore[call-arg]
                bot_token=SecretStr(standin.token),
                telegram_api_url=standin.url,
                database_url=f"sqlite+aiosqlite:///{folder}/bench.db",
            )
            async with open_louhu(settings) as louhu:
                async with louhu.sessionmaker() as session:
                    for chat_id in groups:
                        queue_send(
                            session,
                            chat_id=chat_id,
                            text=TEXT,
                            now=louhu.clock.now(),
                            priority=Priority.REMINDER,
                        )
                    await session.commit()
                louhu.sender.wake()
                await _wait_delivered(standin, set(groups), timeout=count / 10 + 60)
            return _measure(standin, set(groups))


async def peer_fan_out(count: int) -> FanOut:
    """python-telegram-bot's documented way: ExtBot with AIORateLimiter, every send at once."""
    from telegram.ext import AIORateLimiter, ExtBot

    async with BotApiStandIn(enforce_rate_limits=True, sandbox_page=False) as standin:
        groups = await _groups(standin, count)
        bot = ExtBot(
            standin.token,
            base_url=f"{standin.url}/bot",
            rate_limiter=AIORateLimiter(max_retries=10),
        )
        async with bot:
            await asyncio.gather(*(bot.send_message(chat_id, TEXT) for chat_id in groups))
        return _measure(standin, set(groups))


def _line(name: str, run: FanOut) -> str:
    return (
        f"{name:>6}: {run.delivered} delivered in {run.seconds:6.1f} s = "
        f"{run.fraction:.3f} of 30/s; 429 answers {run.refused} ({run.refused_late} after the "
        "first second)"
    )


async def main(count: int) -> int:
    """Run both fan-outs and print the comparison; exit 1 if Louhu misses a bar."""
    logging.basicConfig(level=logging.ERROR)
    ours = await louhu_fan_out(count)
    print(_line("louhu", ours))
    peer = await peer_fan_out(count)
    print(_line("peer", peer))
    print(f"ratio louhu/peer sustained rate: {ours.fraction / peer.fraction:.2f}x")
    ok = ours.fraction >= 0.95 and ours.refused_late == 0
    print(f"bar (>= 0.95 of 30/s, 0 × 429 after the first second): {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=2000)
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.groups)))
