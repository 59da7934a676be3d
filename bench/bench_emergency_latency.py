"""Emergency latency under load: update arriving → first alert request leaving the bot.

Runs the real bot (real aiogram client over HTTP) against the Bot API stand-in with Telegram's
rate limits enforced, on a temporary SQLite database. Three phases in the same run:
  baseline: emergencies posted to an idle bot;
  loaded:   emergencies posted while the bot fans out N ordinary reminders (default 1,000);
  hanging:  emergencies posted from 1 s after an ordinary request began to hang for 35 s
            (longer than the bot's 30 s request timeout; the rest of the fan-out waits behind it).
Prints median and worst latency of each phase and their ratios to the idle baseline, and the
bars (loaded: median < 1 s, worst < 2 s; hanging: worst < 2 s).
Usage: python bench/bench_emergency_latency.py [--fanout 1000] [--emergencies 20]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pydantic import SecretStr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import Louhu, open_louhu
from bot.outbound import queue_send
from bot.settings import Settings
from models.outbox import Priority
from standin.recording import ApiCall
from standin.server import BotApiStandIn
from standin.world import StandInChat, StandInUser

EMERGENCY = "救命 我爸突然胸口剧痛 喘不上气 {n}"
HANG = 35.0


async def _replied(standin: BotApiStandIn, chat: StandInChat, fragment: str) -> None:
    await standin.wait_for(
        "sendMessage",
        lambda c: c.params.get("chat_id") == chat.id and fragment in c.params.get("text", ""),
        timeout=30,
    )


async def _building(standin: BotApiStandIn) -> tuple[StandInChat, list[StandInUser], set[int]]:
    """A set-up building whose lead and doctor have started the bot; returns its reporters."""
    li = await standin.add_user("李主任", username="director_li")
    lead = await standin.add_user("楼道长", username="lead_zhang")
    doctor = await standin.add_user("李医生", username="doctor_li")
    reporters = [await standin.add_user(f"居民{i}") for i in range(60)]
    group = await standin.add_group("3号楼", creator=li, members=[lead, doctor, *reporters])
    await standin.add_bot_to_group(group, li, as_admin=True)
    for person in (lead, doctor):
        await standin.user_starts_bot(person)
    await standin.post(group, li, "/setup 3号楼")
    await standin.post(group, li, "/lead @lead_zhang")
    await standin.post(group, li, "/doctor @doctor_li")
    await _replied(standin, group, "社区医生")
    return group, reporters, {lead.id, doctor.id}


async def _emergencies(
    standin: BotApiStandIn,
    group: StandInChat,
    reporters: list[StandInUser],
    targets: set[int],
    count: int,
    spacing: float,
    offset: int,
) -> list[float]:
    """Post emergencies one by one; each latency is post → first alert request at the stand-in."""
    latencies = []
    for n in range(count):
        mark = standin.mark()
        started = time.monotonic()
        await standin.post(group, reporters[offset + n], EMERGENCY.format(n=offset + n))

        def is_alert(call: ApiCall) -> bool:
            return call.params.get("chat_id") in targets and "#" in call.params.get("text", "")

        calls = await standin.wait_for("sendMessage", is_alert, since=mark, timeout=30)
        latencies.append(calls[0].at - started)
        await asyncio.sleep(spacing)
    return latencies


async def _fan_out(louhu: Louhu, standin: BotApiStandIn, count: int) -> list[int]:
    """Queue `count` ordinary reminders to residents who have started the bot."""
    residents = [await standin.add_user(f"住户{i}") for i in range(count)]
    for resident in residents:
        standin.world.started.add(resident.id)  # as if each had sent /start long ago (no replies)
    async with louhu.sessionmaker() as session:
        for resident in residents:
            queue_send(
                session,
                chat_id=resident.id,
                text="🧪 今天 14:00 核酸采样，请带好身份证",
                now=louhu.clock.now(),
                priority=Priority.REMINDER,
            )
        await session.commit()
    louhu.sender.wake()
    return [r.id for r in residents]


async def _hang_one_request(louhu: Louhu, standin: BotApiStandIn) -> None:
    """Queue an ordinary message whose request the stand-in holds 35 s; return 1 s after it
    began (to a private chat: the group's ordinary share may be used up by then)."""
    resident = await standin.add_user("住户 (held)")
    standin.world.started.add(resident.id)
    text = "🧪 请确认明天的送药时间"
    standin.fail("sendMessage", "timeout", hang_seconds=HANG, predicate=lambda p: p["text"] == text)
    async with louhu.sessionmaker() as session:
        queue_send(
            session, chat_id=resident.id, text=text, now=louhu.clock.now(), priority=Priority.CARD
        )
        await session.commit()
    louhu.sender.wake()
    for _ in range(3000):  # wait up to 30 s (it never should)
        if any(c.fault == "timeout" for c in standin.calls("sendMessage")):
            break
        await asyncio.sleep(0.01)
    else:
        raise RuntimeError("the ordinary request to hold never came")
    await asyncio.sleep(1.0)


def _report(name: str, values: list[float]) -> tuple[float, float]:
    median, worst = statistics.median(values), max(values)
    shown = f"median {median * 1000:7.1f} ms  worst {worst * 1000:7.1f} ms"
    print(f"{name:>9}: n={len(values):3d}  {shown}")
    return median, worst


async def main(fanout: int, emergencies: int) -> int:
    """Run both phases and print the comparison; exit 1 if the bar is missed."""
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory() as folder:
        async with BotApiStandIn(enforce_rate_limits=True, sandbox_page=False) as standin:
            settings = Settings(
                _env_file=None,  # type: ignore[call-arg]
                bot_token=SecretStr(standin.token),
                telegram_api_url=standin.url,
                database_url=f"sqlite+aiosqlite:///{folder}/bench.db",
            )
            async with open_louhu(settings) as louhu:
                polling = asyncio.create_task(louhu.poll(handle_signals=False, polling_timeout=1))
                group, reporters, targets = await _building(standin)
                await asyncio.sleep(1.5)  # let the setup replies drain
                baseline = await _emergencies(
                    standin, group, reporters, targets, emergencies // 2, 1.2, 0
                )
                residents = set(await _fan_out(louhu, standin, fanout))
                fan_started = time.monotonic()
                loaded = await _emergencies(
                    standin, group, reporters, targets, emergencies, 1.2, 30
                )
                sent = [
                    c for c in standin.calls("sendMessage") if c.params.get("chat_id") in residents
                ]
                during = sum(1 for c in sent if c.at >= fan_started)
                too_many = sum(1 for c in standin.calls() if c.status == 429)
                await _hang_one_request(louhu, standin)
                hanging = await _emergencies(
                    standin, group, reporters, targets, max(1, emergencies // 4), 1.2, 10
                )
                await louhu.stop()
                await polling
    print(
        f"fan-out: {fanout} reminders queued; {during} delivered while emergencies were posted; "
        f"429 answers from the stand-in: {too_many}"
    )
    base_median, base_worst = _report("idle", baseline)
    median, worst = _report("loaded", loaded)
    hang_median, hang_worst = _report("hanging", hanging)
    print(f"ratio loaded/idle: median {median / base_median:.2f}x  worst {worst / base_worst:.2f}x")
    print(
        f"ratio hanging/idle: median {hang_median / base_median:.2f}x  "
        f"worst {hang_worst / base_worst:.2f}x"
    )
    ok = median < 1.0 and worst < 2.0
    print(f"bar loaded (median < 1 s, worst < 2 s): {'met' if ok else 'MISSED'}")
    hang_ok = hang_worst < 2.0
    print(f"bar hanging (first alert < 2 s): {'met' if hang_ok else 'MISSED'}")
    return 0 if ok and hang_ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fanout", type=int, default=1000)
    parser.add_argument("--emergencies", type=int, default=20)
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.fanout, args.emergencies)))
