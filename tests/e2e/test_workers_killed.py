"""Two `python -m bot` workers on PostgreSQL behind the webhook; one is killed with SIGKILL.

The stand-in spreads its pushes over both workers' URLs (as a proxy in front of them would) and
pushes an update the killed worker never answered to the other one; the workers answer a push
once its update is handled (TELEGRAM_WEBHOOK_ANSWER=after) and share Telegram's limits in Redis.
Each test kills worker A while work is under way (a claim being handled, an incident about to
climb, roll calls going out) at an instant when no Bot API request is in flight (killed between
Telegram taking a message and the outbox recording it, the next worker sends it again: the Bot
API has no idempotency key, so delivery is at least once; that window is not tested here, as in
test_killed.py), then checks that worker B did what was left, nothing lost and nothing twice.
"""

from __future__ import annotations

import asyncio
import os
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from standin.server import BotApiStandIn
from standin.world import StandInChat, StandInUser
from tests.support.harness import REQUEST, WEBHOOK_SECRET, free_port
from tests.support.workers import SWEEP_SECONDS, TwoWorkers
from tests.support.workers import says as _says

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 10  # seconds, the shortest deadline a chain accepts
ALERT = "🆘 <b>紧急求助 #1</b>"
CARDIAC = "救命 我老婆突然心脏闷痛，手脚冒汗"
ROLLCALL = "🌡️ 体温接龙"


def _ok(standin: BotApiStandIn, method: str, chat: StandInChat | StandInUser, part: str) -> int:
    return len(
        [
            c
            for c in standin.calls(method)
            if c.ok and c.params.get("chat_id") == chat.id and part in c.params.get("text", "")
        ]
    )


async def test_a_worker_killed_mid_claim(standin: BotApiStandIn, workers: TwoWorkers) -> None:
    s = standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    bob = await s.add_user("Bob", username="bob_helps", language_code="en")
    eve = await s.add_user("小夏", username="eve")
    group = await s.add_group("3号楼", creator=li, members=[wang, bob, eve])
    await s.add_bot_to_group(group, li, as_admin=True)
    await workers.start()
    await s.post(group, li, "/setup 3号楼")
    await s.post(group, wang, "/register 3-2-501")
    await s.post(group, bob, "/volunteer")
    await s.post(group, eve, "/volunteer")
    orders = 6
    for _ in range(orders):
        await s.post(group, wang, REQUEST)
    cards = [
        s.message(group, (await _says(s, group, f"#{n}</b>")).result["message_id"])
        for n in range(1, orders + 1)
    ]
    await workers.quiet()

    async def press_all() -> None:
        for n, card in enumerate(cards):
            label = card.buttons[0]["text"]
            for who in (bob, eve) if n % 2 else (eve, bob):  # two volunteers race for each card
                await s.press(group, who, card.message_id, button_text=label)
            await asyncio.sleep(0.5)

    s.webhook.spread([workers.a.url], connections=4)  # the presses go to A until it dies
    pressing = asyncio.create_task(press_all())
    # a claim being handled by worker A: kill it there
    # (its card edits go through the outbox; one sent again is refused as "not modified")
    await workers.kill_a_when(
        lambda: any(url == workers.a.url for url in s.webhook.in_flight_to.values()),
        recorded=False,
    )
    s.webhook.spread([workers.a.url, workers.b.url], connections=4)  # B takes what A left
    await pressing
    await workers.quiet()

    async with workers.engine.connect() as db:
        claimed = (
            await db.execute(
                text(
                    "SELECT o.id, o.status, o.volunteer_id, "
                    "(SELECT count(*) FROM order_events e WHERE e.order_id = o.id "
                    " AND e.action = 'claim') FROM orders o ORDER BY o.id"
                )
            )
        ).all()
    assert len(claimed) == orders  # nothing lost: every order, claimed once by one volunteer
    assert all(status == "claimed" and who in (bob.id, eve.id) for _, status, who, _ in claimed)
    assert [events for *_, events in claimed] == [1] * orders
    for card in cards:  # each card redrawn once for its claim, never twice
        edits = [
            c
            for c in s.calls("editMessageText")
            if c.ok and c.params.get("message_id") == card.message_id
        ]
        assert len(edits) == 1
    assert any(push.url == workers.b.url for push in s.webhook.pushes)


async def test_a_worker_killed_during_an_escalation_climb(
    standin: BotApiStandIn, workers: TwoWorkers
) -> None:
    s = standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    eve = await s.add_user("小夏", username="eve")
    group = await s.add_group("3号楼", creator=li, members=[wang, eve])
    await s.add_bot_to_group(group, li, as_admin=True)
    for person in (li, eve):
        await s.user_starts_bot(person)
    await workers.start()
    await s.post(group, li, "/setup 3号楼")
    await s.post(group, wang, "/register 3-2-501")
    await s.post(group, li, "/lead @eve")
    await s.post(group, li, "/staff @director_li")
    await s.post(
        group, li, f"/chain 楼道长 | {DEADLINE}s | role:lead\n社区防疫组 | 1m | role:staff"
    )
    await _says(s, group, "社区防疫组 | 1m | role:staff")
    await s.post(group, wang, CARDIAC)
    await _says(s, eve, ALERT)
    await workers.quiet(for_seconds=0.5)
    assert workers.a.process is not None and workers.b.process is not None
    # A climbs: B is stopped before the deadline (kill_a_when lets it run while it looks for
    # the instant to kill, when A holds the incident's row already). The climb's timeline entry
    # cannot be written while this test holds incident_events: A takes the incident's row,
    # moves its stage, and waits there, inside its transaction, until it is killed.
    os.kill(workers.b.process.pid, signal.SIGSTOP)
    try:
        async with workers.engine.connect() as holder:
            await holder.execute(text("LOCK TABLE incident_events IN SHARE MODE"))
            assert await _climbs(holder) == 0, "climbed before the test was ready"
            await _climbing(workers, timeout=DEADLINE + 30)
            assert _ok(s, "sendMessage", li, ALERT) == 0  # nothing of the climb is out yet
            # the kill (which also lets B go on): A's transaction, and its lock, die with it
            await workers.kill_a_when(lambda: True)
            await holder.rollback()
    finally:
        os.kill(workers.b.process.pid, signal.SIGCONT)
    await _says(s, li, ALERT)  # B's sweep climbs instead
    await workers.quiet(for_seconds=3 * SWEEP_SECONDS)
    assert _ok(s, "sendMessage", li, ALERT) == 1
    assert _ok(s, "sendMessage", eve, ALERT) == 1
    assert _ok(s, "sendMessage", eve, "已升级") == 1
    assert _ok(s, "sendMessage", group, "已收到紧急求助") == 1
    async with workers.engine.connect() as db:
        assert await _climbs(db) == 1  # B's; A's died with it


async def _climbs(db: AsyncConnection) -> int:
    stmt = text("SELECT count(*) FROM incident_events WHERE action = 'escalated'")
    return int((await db.execute(stmt)).scalar_one())


# A backend (worker A's: B is stopped) that moved an incident (its UPDATE holds the row) and
# now waits to write the climb's timeline entry.
CLIMBING = text(
    """
    SELECT count(*) FROM pg_locks waiting
    WHERE waiting.relation = 'incident_events'::regclass AND NOT waiting.granted
      AND EXISTS (
        SELECT 1 FROM pg_locks held
        WHERE held.pid = waiting.pid AND held.granted
          AND held.relation = 'incidents'::regclass AND held.mode = 'RowExclusiveLock'
      )
    """
)


async def _climbing(workers: TwoWorkers, *, timeout: float) -> None:
    """Wait until worker A is in the middle of a climb."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    async with workers.engine.connect() as db:
        while (await db.execute(CLIMBING)).scalar_one() == 0:
            assert loop.time() < deadline, "worker A never started the climb"
            await asyncio.sleep(0.05)
            await db.rollback()


async def test_a_worker_killed_during_a_roll_call_fan_out(
    standin: BotApiStandIn, workers: TwoWorkers
) -> None:
    s = standin
    await workers.start()
    staff = await s.add_user("李主任", username="director_li")
    zone = ZoneInfo("Asia/Shanghai")
    due = datetime.now(zone) - timedelta(minutes=2)
    at = due.strftime("%H:%M")
    groups = []
    for n in range(80):
        group = await s.add_group(f"{n + 1}号楼", creator=staff, members=[])
        await s.add_bot_to_group(group, staff, as_admin=True)
        await s.post(group, staff, f"/setup {n + 1}号楼")
        await s.post(group, staff, "/quarantine 1-1-101")
        await s.post(group, staff, f"/rollcall {at}")
        groups.append(group)
    await workers.quiet(timeout=120)
    assert not any(_ok(s, "sendMessage", g, ROLLCALL) for g in groups)  # its time had passed

    # The calendar's watermark is put back before the roll calls' time, as after a stop: the
    # next tick sends them all (one worker ticks; both send).
    def sent() -> int:
        return sum(_ok(s, "sendMessage", g, ROLLCALL) for g in groups)

    for _ in range(5):  # a tick under way may move the watermark on again: put it back again
        async with workers.engine.begin() as db:
            await db.execute(
                text("UPDATE calendar_watermark SET checked_until = :t"),
                {"t": due.astimezone(UTC) - timedelta(minutes=1)},
            )
        for _ in range(30):
            if sent():
                break
            await asyncio.sleep(0.1)
        if sent():
            break
    await workers.kill_a_when(lambda: sent() >= 3)
    assert sent() < len(groups)  # killed during the fan-out, not after it
    for group in groups:
        await _says(s, group, ROLLCALL, timeout=60)
    await workers.quiet()
    twice = {
        g.id: [
            round(c.at - workers.killed_at, 4)
            for c in s.calls("sendMessage")
            if c.ok and c.params.get("chat_id") == g.id and ROLLCALL in c.params.get("text", "")
        ]
        for g in groups
        if _ok(s, "sendMessage", g, ROLLCALL) != 1
    }
    assert not twice  # group → its roll calls' times, in seconds after the kill


async def test_an_update_delivered_to_both_workers_is_handled_once(
    standin: BotApiStandIn, workers: TwoWorkers
) -> None:
    s = standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    group = await s.add_group("3号楼", creator=li, members=[wang])
    await s.add_bot_to_group(group, li, as_admin=True)
    await workers.start()
    await s.post(group, li, "/setup 3号楼")
    await s.post(group, wang, "/register 3-2-501")
    await workers.quiet()
    s.webhook.targets = [f"http://127.0.0.1:{free_port()}/nobody"]  # hold the next push back
    await s.post(group, wang, REQUEST)
    (update,) = s.updates.pending()
    headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
    async with aiohttp.ClientSession() as http:

        async def push(url: str) -> int:
            async with http.post(url, json=update, headers=headers) as answer:
                return answer.status

        # the same update at both workers at once, as a proxy retrying too early would
        assert await asyncio.gather(*(push(w.url) for w in (workers.a, workers.b))) == [200, 200]
    s.updates.pushed(update)
    s.webhook.spread([workers.a.url, workers.b.url], connections=4)
    await _says(s, group, "#1</b>")
    await workers.quiet()
    assert _ok(s, "sendMessage", group, "#1</b>") == 1
    assert _ok(s, "sendMessage", group, "#2</b>") == 0
    async with workers.engine.connect() as db:
        assert (await db.execute(text("SELECT count(*) FROM orders"))).scalar_one() == 1
    for worker in (workers.a, workers.b):  # the second one skipped it cleanly, no error
        assert worker.log is not None
        logged = worker.log.read_text()
        assert "Traceback" not in logged and "ERROR" not in logged, logged
