"""`python -m bot` killed with SIGKILL mid-incident: the next process neither skips nor repeats.

Unlike the in-process restart tests, nothing here gets a chance to clean up: the process dies
between an alert and its deadline, Telegram (the stand-in) hands the unconfirmed updates out
again if they were not confirmed, and real time passes the deadline while the bot is down.
"""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from standin.server import BotApiStandIn
from standin.world import StandInChat, StandInUser
from tests.support.bot_process import SWEEP_SECONDS, BotProcess, says, until_quiet

CARDIAC = "救命 我老婆突然心脏闷痛，手脚冒汗"
DEADLINE = 10  # seconds, the shortest deadline a chain accepts
ALERT = "🆘 <b>紧急求助 #1</b>"  # the alert itself, not the notices that mention it


async def _until_outbox_drained(database: Path) -> None:
    for _ in range(200):
        with sqlite3.connect(database) as db:
            (pending,) = db.execute(
                "SELECT count(*) FROM outbox WHERE status = 'pending'"
            ).fetchone()
        if pending == 0:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the outbox never drained")


def _open_deadline(database: Path) -> datetime:
    """When the open incident climbs next (the bot keeps real UTC time)."""
    with sqlite3.connect(database) as db:
        (stored,) = db.execute(
            "SELECT next_escalation_at FROM incidents WHERE status = 'open'"
        ).fetchone()
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _count(standin: BotApiStandIn, chat: StandInChat | StandInUser, fragment: str) -> int:
    return len(
        [
            c
            for c in standin.calls("sendMessage")
            if c.ok and c.params.get("chat_id") == chat.id and fragment in c.params.get("text", "")
        ]
    )


async def test_sigkill_between_alert_and_deadline(
    standin: BotApiStandIn, bot_process: BotProcess
) -> None:
    s = standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    eve = await s.add_user("小夏", username="eve")
    group = await s.add_group("3号楼", creator=li, members=[wang, eve])
    await s.add_bot_to_group(group, li, as_admin=True)
    for person in (li, eve):
        await s.user_starts_bot(person)
    await bot_process.start()
    await s.post(group, li, "/setup 3号楼")
    await s.post(group, wang, "/register 3-2-501")
    await s.post(group, li, "/lead @eve")
    await s.post(group, li, "/staff @director_li")
    await s.post(
        group, li, f"/chain 楼道长 | {DEADLINE}s | role:lead\n社区防疫组 | 1m | role:staff"
    )
    await says(s, group, "社区防疫组 | 1m | role:staff", timeout=30)

    await s.post(group, wang, CARDIAC)
    await says(s, eve, ALERT)
    # Kill once the alert's delivery is on record. (Killed in the instant between Telegram
    # taking a message and the outbox recording it, the next process sends it again: the Bot
    # API has no idempotency key, so delivery is at least once; that window is not tested.)
    await _until_outbox_drained(bot_process.database)
    await bot_process.kill()
    # While the bot is dead its last updates stay unconfirmed, and the lead's deadline passes.
    overdue = _open_deadline(bot_process.database) - datetime.now(UTC)
    await asyncio.sleep(max(0.0, overdue.total_seconds()) + 0.1)
    await bot_process.start()

    await says(s, li, ALERT)  # the next level, once the new process sweeps
    await until_quiet(s, bot_process.database, for_seconds=2 * SWEEP_SECONDS)
    assert _count(s, li, ALERT) == 1
    assert _count(s, eve, ALERT) == 1  # the lead is not re-alerted
    assert _count(s, eve, "已升级") == 1  # but told once that it climbed
    assert _count(s, group, "已收到紧急求助") == 1  # the new process made nothing twice
