"""The main flows end to end on each database (SQLite embedded, PostgreSQL via asyncpg)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from domain.clock import FakeClock
from standin.server import BotApiStandIn
from tests.support.harness import (
    CARDIAC,
    REQUEST,
    BuildingWorld,
    Harness,
    set_up_chain,
)


@pytest.fixture
async def harness(standin: BotApiStandIn, database_url: str) -> AsyncIterator[Harness]:
    """The bot on each kind of database (overrides the SQLite-only harness here)."""
    clock = FakeClock(datetime.now(UTC))
    harness = await Harness.start(standin, database_url, clock)
    try:
        yield harness
    finally:
        await harness.stop()


async def test_order_flow_and_claim_race(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    label = card.buttons[0]["text"]
    first = await s.press(group, building.bob, card.message_id, button_text=label)
    second = await s.press(group, building.eve, card.message_id, button_text=label)
    answers = [(await s.wait_callback_answer(q))["text"] for q in (first, second)]
    assert answers == ["Claimed. Thank you!", "这个订单已被 Bob 接了。"]
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == card.message_id)
    answer = await harness.press(
        group, building.bob, s.message(group, card.message_id), "Delivered"
    )
    assert answer["text"] == "Marked as delivered. Thank you!"
    await harness.bot_says(group, "#1", "delivered by")


async def test_emergency_climbs_and_is_acknowledged(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    harness.clock.advance(seconds=121)
    assert await harness.louhu.sweep() == 1
    alert = await harness.bot_says(building.li, "紧急求助 #1", since=mark)
    query = await s.press(
        building.li.id, building.li, alert.result["message_id"], button_text="我来处理"
    )
    assert (await s.wait_callback_answer(query))["text"] == "已由你接手，请尽快处理！"
    await harness.bot_says(building.eve, "李主任", "已接手处理", since=mark)
