"""Webhook mode answers at once and loses nothing: each update is journaled (one INSERT,
committed) before its 200, handled after it, and a worker killed in between leaves it in the
inbound journal, where the restarted worker or another live one finds it (bot/web.py)."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from aiogram.types import TelegramObject
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from domain.clock import FakeClock
from models.inbound import InboundUpdate
from models.orders import Order
from models.updates import ProcessedUpdate
from standin.server import BotApiStandIn
from standin.webhook import SECRET_HEADER
from tests.support.bot_process import BotProcess, says, until_quiet
from tests.support.harness import (
    REQUEST,
    WEBHOOK_PATH,
    WEBHOOK_SECRET,
    BuildingWorld,
    Harness,
    free_port,
    webhook_settings,
)
from tests.support.workers import TwoWorkers
from tests.support.workers import says as worker_says

GRACE = 2.0
"""TELEGRAM_WEBHOOK_GRACE of the killed workers' tests: a dead worker's rows go after it."""


@pytest.fixture
async def harness(standin: BotApiStandIn, database_url: str) -> AsyncIterator[Harness]:
    """The bot in webhook mode (answered before handled, the default) on each database."""
    clock = FakeClock(datetime.now(UTC))
    harness = await Harness.start(
        standin, database_url, clock, live_edit_seconds=0.2, **webhook_settings()
    )
    try:
        yield harness
    finally:
        await harness.stop()


async def _post(harness: Harness, update: dict[str, Any]) -> int:
    url = harness.louhu.settings.telegram_webhook_url
    assert url is not None
    async with (
        aiohttp.ClientSession() as http,
        http.post(url, json=update, headers={SECRET_HEADER: WEBHOOK_SECRET}) as response,
    ):
        return response.status


async def _state(harness: Harness, update_id: int) -> tuple[bool, bool, int]:
    """(journaled, handled, orders), read on a connection of its own (SQLite: the bot's one
    may be held by the update being handled)."""
    engine = create_async_engine(harness.database_url)
    try:
        async with async_sessionmaker(engine)() as session:
            journaled = await session.get(InboundUpdate, update_id) is not None
            handled = await session.get(ProcessedUpdate, update_id) is not None
            orders = (await session.execute(select(func.count()).select_from(Order))).scalar_one()
    finally:
        await engine.dispose()
    return journaled, handled, int(orders)


async def test_the_200_comes_before_the_update_commits(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await harness.settled()
    s.webhook.secret = "held-back"  # the stand-in's own pushes are refused meanwhile
    await s.post(group, building.wang, REQUEST)
    (update,) = s.pending_updates()
    update_id = update["update_id"]
    gate, reached = asyncio.Event(), asyncio.Event()

    async def hold(
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        # inside the update's session and transaction (the database middleware is outside)
        reached.set()
        await gate.wait()
        return await handler(event, data)

    outer = harness.louhu.dispatcher.update.outer_middleware
    outer.register(hold)
    try:
        # answered while the update's handling is held: handled synchronously, this times out
        assert await asyncio.wait_for(_post(harness, update), 5) == 200
        await asyncio.wait_for(reached.wait(), 5)  # its handling began, after the answer
        assert await _state(harness, update_id) == (True, False, 0)  # on disk, not committed
        gate.set()
        await harness.card(group, 1)
    finally:
        gate.set()
        outer.unregister(hold)
    s.webhook.secret = WEBHOOK_SECRET  # Telegram's own try comes on top: a duplicate
    await harness.settled()
    assert await _state(harness, update_id) == (False, True, 1)  # its row went with its commit
    assert len(harness.sent_to(group, lambda t: "#1</b>" in t)) == 1


async def test_no_200_while_the_journal_cannot_be_written(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await harness.settled()
    assert harness.louhu.web is not None and harness.louhu.web.webhook is not None
    inbound = harness.louhu.web.webhook.inbound
    assert inbound is not None
    s.webhook.secret = "held-back"
    await s.post(group, building.wang, REQUEST)
    (update,) = s.pending_updates()
    away = create_async_engine(f"postgresql+asyncpg://louhu@127.0.0.1:{free_port()}/louhu")
    kept, inbound._sessionmaker = inbound._sessionmaker, async_sessionmaker(away)
    try:
        assert await _post(harness, update) == 503  # Telegram keeps it and tries again
    finally:
        inbound._sessionmaker = kept
        await away.dispose()
    await asyncio.sleep(0.2)
    assert await _state(harness, update["update_id"]) == (False, False, 0)
    s.webhook.secret = WEBHOOK_SECRET  # the database back: Telegram's next try is taken
    await harness.card(group, 1)
    await harness.settled()
    assert await _state(harness, update["update_id"]) == (False, True, 1)


GROUPS = 4
ORDERS = 10


def _rows(database: Any, table: str) -> int:
    with sqlite3.connect(database) as db:
        (count,) = db.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(count)


async def _kill_between_requests(standin: BotApiStandIn, bot_process: BotProcess) -> None:
    """SIGKILL at an instant when no Bot API request is under way and every message Telegram
    took is recorded sent (as TwoWorkers.kill_a_when: a message between the two would be sent
    again, at least once being all the Bot API allows; not what is tested here)."""
    assert bot_process.process is not None
    pid = bot_process.process.pid
    for _ in range(2000):
        if standin._log.requests_in_flight == 0:
            mark = standin.mark()
            os.kill(pid, signal.SIGSTOP)
            try:
                await asyncio.sleep(0.015)
                taken = len([c for c in standin.calls("sendMessage") if c.ok])
                if (
                    standin.mark() == mark
                    and standin._log.requests_in_flight == 0
                    and _sent(bot_process.database) == taken
                ):
                    await bot_process.kill()
                    return
            finally:
                if bot_process.process.returncode is None:
                    os.kill(pid, signal.SIGCONT)
        await asyncio.sleep(0.001)
    raise AssertionError("the moment to kill never came")


def _sent(database: Any) -> int:
    with sqlite3.connect(database) as db:
        (count,) = db.execute(
            "SELECT count(*) FROM outbox WHERE status = 'sent' AND method = 'sendMessage'"
        ).fetchone()
    return int(count)


async def test_sigkill_after_the_200s_loses_and_doubles_nothing_sqlite(
    standin: BotApiStandIn, bot_process: BotProcess
) -> None:
    s = standin
    port = free_port()
    bot_process.env.update(
        {
            "WEB_PORT": str(port),
            "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}{WEBHOOK_PATH}",
            "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
        }
    )
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    await bot_process.start()
    groups = []
    for g in range(GROUPS):
        group = await s.add_group(f"{g + 1}号楼", creator=li, members=[wang])
        await s.add_bot_to_group(group, li, as_admin=True)
        await s.post(group, li, f"/setup {g + 1}号楼")
        await s.post(group, wang, "/register 3-2-501")
        await says(s, group, "3-2-501", timeout=30)
        groups.append(group)
    for n in range(ORDERS):
        for group in groups:
            await s.post(group, wang, f"帮忙买一袋大米 两桶油 谢谢 ({n})")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20
    while s.pending_updates():  # every update of the burst answered 200: journaled
        assert loop.time() < deadline, "the bot never took the burst"
        await asyncio.sleep(0.002)
    await _kill_between_requests(s, bot_process)
    left = _rows(bot_process.database, "inbound_updates")
    assert 0 < left, "killed after the burst was handled: nothing tested"
    assert _rows(bot_process.database, "orders") < GROUPS * ORDERS
    answered = [p for p in s.webhook.pushes if p.status == 200]

    await bot_process.start()  # Telegram has nothing left to push: only the journal has them
    for group in groups:
        await says(s, group, f"#{ORDERS}</b>", timeout=60)
    await until_quiet(s, bot_process.database, for_seconds=1.0)
    assert _rows(bot_process.database, "orders") == GROUPS * ORDERS
    assert _rows(bot_process.database, "inbound_updates") == 0
    assert [p for p in s.webhook.pushes if p.status == 200] == answered  # none pushed again
    for group in groups:
        cards = [
            len(
                [
                    c
                    for c in s.calls("sendMessage")
                    if c.ok
                    and c.params.get("chat_id") == group.id
                    and f"#{n}</b>" in c.params.get("text", "")
                ]
            )
            for n in range(1, ORDERS + 1)
        ]
        assert cards == [1] * ORDERS


async def _workers_answering_before(standin: BotApiStandIn, workers: TwoWorkers) -> Any:
    """Both workers answer before handling (journaled), with a short grace; a group set up."""
    for worker in (workers.a, workers.b):
        worker.env["TELEGRAM_WEBHOOK_ANSWER"] = "before"
        worker.env["TELEGRAM_WEBHOOK_GRACE"] = str(GRACE)
    s = standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    group = await s.add_group("3号楼", creator=li, members=[wang])
    await s.add_bot_to_group(group, li, as_admin=True)
    await workers.start()
    await s.post(group, li, "/setup 3号楼")
    await s.post(group, wang, "/register 3-2-501")
    await worker_says(s, group, "3-2-501")
    await workers.quiet()
    return group, wang


async def _killed_between_200_and_commit(
    standin: BotApiStandIn, workers: TwoWorkers, group: Any, wang: Any
) -> int:
    """Push a request to worker A only, hold its commit (processed_updates locked), and kill
    A (SIGKILL) once it answered 200; returns the update's id, left in the journal."""
    s = standin
    s.webhook.spread([workers.a.url], connections=1)
    assert workers.a.process is not None
    async with workers.engine.connect() as lock:
        await lock.execute(text("BEGIN"))
        await lock.execute(text("LOCK TABLE processed_updates IN EXCLUSIVE MODE"))
        await s.post(group, wang, REQUEST)
        update_id = s.queued_updates()[-1]["update_id"]
        await s.webhook.wait_for_pushes(lambda p: p.update_id == update_id and p.status == 200)
        await asyncio.sleep(0.2)  # its handling under way, held at its claim
        # (nothing else is under way: every earlier message is sent and recorded)
        workers.a.process.send_signal(signal.SIGKILL)
        await workers.a.process.wait()
        await lock.execute(text("ROLLBACK"))
    async with workers.engine.connect() as db:
        journaled = (
            await db.execute(
                text("SELECT count(*) FROM inbound_updates WHERE update_id = :i"), {"i": update_id}
            )
        ).scalar_one()
        orders = (await db.execute(text("SELECT count(*) FROM orders"))).scalar_one()
    assert (journaled, orders) == (1, 0)  # answered 200, never committed: only on disk
    return int(update_id)


async def _handled_once(
    standin: BotApiStandIn, workers: TwoWorkers, group: Any, update_id: int
) -> None:
    s = standin
    await worker_says(s, group, "#1</b>", timeout=30)
    await workers.quiet()
    cards = [c for c in s.calls("sendMessage") if c.ok and c.params.get("chat_id") == group.id]
    assert len([c for c in cards if "#1</b>" in c.params.get("text", "")]) == 1
    assert [p.status for p in s.webhook.pushes if p.update_id == update_id] == [200]
    async with workers.engine.connect() as db:
        orders = (await db.execute(text("SELECT count(*) FROM orders"))).scalar_one()
        left = (await db.execute(text("SELECT count(*) FROM inbound_updates"))).scalar_one()
        handled = (
            await db.execute(
                text("SELECT count(*) FROM processed_updates WHERE update_id = :i"),
                {"i": update_id},
            )
        ).scalar_one()
    assert (orders, left, handled) == (1, 0, 1)


@pytest.mark.postgres
async def test_a_killed_workers_answered_update_is_handled_by_the_other(
    standin: BotApiStandIn, workers: TwoWorkers
) -> None:
    group, wang = await _workers_answering_before(standin, workers)
    update_id = await _killed_between_200_and_commit(standin, workers, group, wang)
    standin.webhook.spread([workers.b.url], connections=1)
    await _handled_once(standin, workers, group, update_id)  # B, once the grace passed


@pytest.mark.postgres
async def test_a_killed_workers_answered_update_is_handled_when_it_restarts(
    standin: BotApiStandIn, workers: TwoWorkers
) -> None:
    group, wang = await _workers_answering_before(standin, workers)
    await workers.b.stop()  # one worker only: no one else to take it up
    update_id = await _killed_between_200_and_commit(standin, workers, group, wang)
    await workers.a.start()
    await workers.a.ready()
    await _handled_once(standin, workers, group, update_id)
