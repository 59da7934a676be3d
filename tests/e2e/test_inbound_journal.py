"""Long polling through the inbound journal (bot/inbound.py): an emergency queued behind a burst of
other chats' chatter is handled first and once; journal rows left by a stopped process are
handled at the next start; a row goes in the transaction that commits (or skips) its update."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiogram.types import TelegramObject, Update
from sqlalchemy import func, select

import bot.inbound
from bot.inbound import BATCH, WORKERS
from models.db import create_engine, create_sessionmaker
from models.inbound import InboundUpdate, journal_updates
from models.orders import Order
from models.updates import ProcessedUpdate
from standin.world import StandInChat
from tests.support.harness import CARDIAC, REQUEST, BuildingWorld, Harness, set_up_chain

CHATTER = "今天天气不错 大家注意休息"
BURST = 260  # more than two full getUpdates batches ahead of the emergency


class HandledOrder:
    """Records the order in which the dispatcher takes updates up."""

    def __init__(self) -> None:
        self.ids: list[int] = []

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if isinstance(event, Update):
            self.ids.append(event.update_id)
        return await handler(event, data)


async def _chatter_groups(harness: Harness, building: BuildingWorld) -> list[StandInChat]:
    s = harness.standin
    groups = []
    for n in range(4):
        group = await s.add_group(f"{n + 5}号楼", creator=building.li, members=[building.dave])
        await s.add_bot_to_group(group, building.li, as_admin=True)  # it sees every message
        groups.append(group)
    await harness.settled()
    return groups


async def _journal_rows(url: str) -> list[int]:
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            rows = await session.scalars(select(InboundUpdate.update_id))
            return sorted(rows)
    finally:
        await engine.dispose()


async def _processed(url: str, *update_ids: int) -> int:
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            stmt = select(func.count()).where(ProcessedUpdate.update_id.in_(update_ids))
            return int(await session.scalar(stmt) or 0)
    finally:
        await engine.dispose()


def _pending(harness: Harness) -> dict[tuple[int, int], int]:
    """The update ids waiting at Telegram, by (chat, message)."""
    return {
        (u["message"]["chat"]["id"], u["message"]["message_id"]): u["update_id"]
        for u in harness.standin.pending_updates()
    }


async def _state(url: str, update_id: int) -> tuple[bool, int]:
    """Whether the update has a journal row, and whether it is recorded as handled."""
    return update_id in await _journal_rows(url), await _processed(url, update_id)


async def test_an_emergency_behind_a_burst_of_chatter_is_handled_first_and_once(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    chatter = await _chatter_groups(harness, building)
    await harness.stop()  # the burst waits at Telegram, as during a restart
    for n in range(BURST):
        await s.post(chatter[n % len(chatter)], building.dave, f"{CHATTER} {n}")
    emergency = await s.post(group, building.wang, CARDIAC)
    for n in range(40):
        await s.post(chatter[n % len(chatter)], building.dave, f"{CHATTER} {BURST + n}")
    ids = _pending(harness)
    emergency_id = ids[group.id, emergency.message_id]

    mark = s.mark()
    await harness.start_again()
    order = HandledOrder()
    harness.louhu.dispatcher.update.outer_middleware(order)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark, timeout=20)
    await harness.settled(timeout=30)

    assert emergency_id in order.ids
    ahead = order.ids.index(emergency_id)
    # Read before the chatter queued ahead of it, handled before any of it (aiogram's polling
    # handled all 260 first; without the urgent lane it came after each chatter group's first)
    assert ahead == 0, f"{ahead} updates were handled before the emergency"
    assert sorted(order.ids) == sorted(ids.values())  # every update handled, each once
    assert len(harness.sent_to(building.eve, lambda t: "紧急求助 #1" in t and "升级" not in t)) == 1
    assert len(harness.sent_to(group, lambda text: "已收到紧急求助" in text)) == 1
    assert await _journal_rows(harness.database_url) == []
    # the emergency's id is committed with its incident; chatter that wrote nothing claims
    # nothing (at most a first message in a group notes its sender's membership)
    assert await _processed(harness.database_url, emergency_id) == 1
    chatter_ids = [i for i in ids.values() if i != emergency_id]
    assert await _processed(harness.database_url, *chatter_ids) <= len(chatter)


async def test_a_burst_ending_on_a_full_batch_is_handled_without_waiting_out_the_hold(
    harness: Harness, building: BuildingWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The getUpdates after the last full batch waits (nothing more is queued): the hold that
    let the burst be read first ends then, not after HOLD_SECONDS (nor the long poll's 30 s)."""
    s = harness.standin
    chatter = await _chatter_groups(harness, building)
    await harness.stop()
    for n in range(2 * BATCH):  # two full batches and nothing after them
        await s.post(chatter[n % len(chatter)], building.dave, f"{CHATTER} {n}")
    ids = sorted(_pending(harness).values())
    monkeypatch.setattr(bot.inbound, "HOLD_SECONDS", 60.0)
    harness.options["polling_timeout"] = 30
    await harness.start_again()
    order = HandledOrder()
    harness.louhu.dispatcher.update.outer_middleware(order)
    # held until the long poll returns (30 s) before the fix; a round trip or two after it
    await harness.settled(timeout=10)
    assert sorted(order.ids) == ids


async def test_a_chats_updates_keep_their_order_when_one_of_them_is_urgent(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    chatter = await _chatter_groups(harness, building)
    await harness.stop()
    for n in range(BURST):
        await s.post(chatter[n % len(chatter)], building.dave, f"{CHATTER} {n}")
    before = [await s.post(group, who, CHATTER) for who in (building.dave, building.wang)]
    emergency = await s.post(group, building.wang, CARDIAC)
    ids = _pending(harness)

    await harness.start_again()
    order = HandledOrder()
    harness.louhu.dispatcher.update.outer_middleware(order)
    await harness.bot_says(building.eve, "紧急求助 #1", timeout=20)
    await harness.settled(timeout=30)

    mine = [ids[group.id, m.message_id] for m in (*before, emergency)]
    assert [u for u in order.ids if u in mine] == mine  # its chat's earlier updates went first
    assert order.ids.index(mine[-1]) < WORKERS + 2  # and with it, ahead of the other chats


async def test_journal_rows_left_by_a_stopped_process_are_handled_at_start(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await harness.stop()
    # journaled, confirmed to Telegram, never handled: the process died in between
    message = {
        "message_id": 90_001,
        "date": 1_700_000_000,
        "chat": {"id": group.id, "type": "supergroup", "title": group.title},
        "from": {"id": building.wang.id, "is_bot": False, "first_name": "王阿姨"},
        "text": REQUEST,
    }
    left = [(5_000_001, {"update_id": 5_000_001, "message": message})]
    engine = create_engine(harness.database_url)
    async with create_sessionmaker(engine)() as session:
        await journal_updates(session, left)
        await session.commit()
    await engine.dispose()

    await harness.start_again()
    await harness.card(group, 1, timeout=10)
    await harness.settled()
    assert await _journal_rows(harness.database_url) == []
    assert await _processed(harness.database_url, 5_000_001) == 1
    assert len(harness.sent_to(group, lambda t: "#1</b>" in t)) == 1
    assert s.pending_updates() == []


async def test_a_redelivered_update_already_handled_leaves_no_journal_row(
    harness: Harness, building: BuildingWorld
) -> None:
    """Telegram hands out again an update whose effects are committed (its confirmation was
    lost): it is journaled again, skipped, and its new row goes with the skip."""
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    await harness.card(group, 1)
    await harness.settled()
    update_id = max(u["update_id"] for u in s.queued_updates() if "message" in u)
    await s.redeliver(update_id)
    await harness.settled()
    assert await _journal_rows(harness.database_url) == []
    assert len(harness.sent_to(group, lambda t: "#1</b>" in t)) == 1
    engine = create_engine(harness.database_url)
    async with create_sessionmaker(engine)() as session:
        assert await session.scalar(select(func.count()).select_from(Order)) == 1
    await engine.dispose()


async def test_the_journal_row_goes_in_the_transaction_that_commits_the_update(
    harness: Harness, building: BuildingWorld
) -> None:
    """While an update is handled its row is there; once its effects are committed, it is not:
    a row and its processed id are never both missing, nor both there."""
    s, group = harness.standin, building.group
    url = harness.database_url
    seen: list[tuple[bool, int]] = []

    async def look(
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        assert isinstance(event, Update)
        seen.append(await _state(url, event.update_id))
        result = await handler(event, data)
        seen.append(await _state(url, event.update_id))
        return result

    outer = harness.louhu.dispatcher.update.outer_middleware
    own = list(outer)
    for middleware in own:
        outer.unregister(middleware)
    outer.register(look)  # outermost: before the update's session opens, after it commits
    for middleware in own:
        outer.register(middleware)
    await s.post(group, building.wang, REQUEST)
    await harness.card(group, 1)
    await harness.settled()
    assert seen == [(True, 0), (False, 1)]
