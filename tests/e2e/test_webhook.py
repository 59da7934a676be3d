"""Webhook mode end to end: the stand-in pushes updates to the bot's web server, as Telegram."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

from domain.clock import FakeClock
from models.orders import Order
from models.updates import ProcessedUpdate
from standin.server import BotApiStandIn
from standin.webhook import SECRET_HEADER
from tests.support.harness import (
    CARDIAC,
    REQUEST,
    WEBHOOK_PATH,
    WEBHOOK_SECRET,
    BuildingWorld,
    Harness,
    set_up_chain,
    webhook_settings,
)


@pytest.fixture
async def harness(standin: BotApiStandIn, database_url: str) -> AsyncIterator[Harness]:
    """The bot in webhook mode on each database (overrides the polling harness here)."""
    clock = FakeClock(datetime.now(UTC))
    harness = await Harness.start(
        standin, database_url, clock, live_edit_seconds=0.2, **webhook_settings()
    )
    try:
        yield harness
    finally:
        await harness.stop()


def _webhook_url(harness: Harness) -> str:
    url = harness.louhu.settings.telegram_webhook_url
    assert url is not None
    return url


async def _post_raw(harness: Harness, update: dict[str, Any], secret: str | None) -> int:
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    async with (
        aiohttp.ClientSession() as http,
        http.post(_webhook_url(harness), json=update, headers=headers) as response,
    ):
        return response.status


async def _orders(harness: Harness) -> int:
    async with harness.louhu.sessionmaker() as session:
        return int((await session.execute(select(func.count()).select_from(Order))).scalar_one())


async def _handled(harness: Harness, update_id: int) -> bool:
    async with harness.louhu.sessionmaker() as session:
        return await session.get(ProcessedUpdate, update_id) is not None


def _counted(harness: Harness, result: str) -> float:
    value = harness.louhu.metrics.registry.get_sample_value(
        "louhu_updates_total", {"result": result}
    )
    assert value is not None
    return value


async def test_the_bot_sets_its_webhook_and_never_polls(harness: Harness) -> None:
    s = harness.standin
    (call,) = s.calls("setWebhook")
    assert call.params["url"] == _webhook_url(harness)
    assert call.params["url"].endswith(WEBHOOK_PATH)
    assert call.params["secret_token"] == WEBHOOK_SECRET
    used = harness.louhu.dispatcher.resolve_used_update_types()
    assert sorted(call.params["allowed_updates"]) == sorted(used)
    assert s.webhook.url == _webhook_url(harness)
    assert s.calls("getUpdates") == []
    info = await harness.louhu.bot.get_webhook_info()
    assert info.url == _webhook_url(harness)


async def test_orders_through_the_webhook(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    label = card.buttons[0]["text"]
    mark = s.mark()
    first = await s.press(group, building.bob, card.message_id, button_text=label)
    second = await s.press(group, building.eve, card.message_id, button_text=label)
    answers = [(await s.wait_callback_answer(q))["text"] for q in (first, second)]
    assert answers == ["Claimed. Thank you!", "这个订单已被 Bob 接了。"]
    # the card is redrawn through the outbox after the claim's commit: it may reach the stand-in
    # after both answers, as Telegram may show it
    await s.wait_for("editMessageText", since=mark)
    answer = await harness.press(
        group, building.bob, s.message(group, card.message_id), "Delivered"
    )
    assert answer["text"] == "Marked as delivered. Thank you!"
    await harness.bot_says(group, "#1", "delivered by")
    await harness.settled()
    assert s.calls("getUpdates") == []
    assert s.webhook.pushes and all(push.status == 200 for push in s.webhook.pushes)
    assert len(s.webhook.pushes) == len(s.queued_updates())


async def test_an_emergency_through_the_webhook(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    await harness.bot_says(building.bob, "Emergency #1", since=mark)
    harness.clock.advance(seconds=121)
    assert await harness.louhu.sweep() == 1
    await harness.bot_says(building.li, "紧急求助 #1", since=mark)


async def test_a_wrong_or_missing_secret_gets_401_and_nothing_is_handled(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await harness.settled()
    handled_before = _counted(harness, "handled")
    s.webhook.secret = "not-the-secret"
    mark = s.mark()
    await s.post(group, building.wang, REQUEST)
    (update,) = s.pending_updates()
    # Telegram keeps the update and tries again, each time refused
    refused = await s.webhook.wait_for_pushes(
        lambda push: push.update_id == update["update_id"], count=3
    )
    assert {p.status for p in refused} == {401}
    assert await _post_raw(harness, update, None) == 401
    assert await _post_raw(harness, update, WEBHOOK_SECRET.upper()) == 401
    assert await _post_raw(harness, update, WEBHOOK_SECRET + "é") == 401
    assert await _post_raw(harness, update, "") == 401
    info = await harness.louhu.bot.get_webhook_info()
    assert info.pending_update_count == 1
    assert info.last_error_message is not None and "401" in info.last_error_message
    await asyncio.sleep(0.2)  # a refused update is never handled, however long one waits
    assert harness.updates.count == 0
    assert _counted(harness, "handled") == handled_before
    assert not await _handled(harness, update["update_id"])
    assert await _orders(harness) == 0
    assert harness.sent_to(group, lambda text: "#1" in text) == []
    assert [c for c in s.calls()[mark:] if c.method == "sendMessage"] == []
    # the right secret again: Telegram's next try is taken, and the order is made once
    s.webhook.secret = WEBHOOK_SECRET
    await harness.card(group, 1)
    await harness.settled()
    assert await _handled(harness, update["update_id"])
    assert await _orders(harness) == 1


async def test_a_duplicate_delivery_is_handled_once(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    await harness.card(group, 1)
    await harness.settled()
    first_id = s.queued_updates()[-1]["update_id"]
    duplicates_before = _counted(harness, "duplicate")
    await s.redeliver(first_id)  # Telegram sends it again (its answer was lost)
    await harness.settled()
    assert [p.status for p in s.webhook.pushes if p.update_id == first_id] == [200, 200]
    assert _counted(harness, "duplicate") == duplicates_before + 1
    assert await _orders(harness) == 1
    assert len(harness.sent_to(group, lambda text: "#1</b>" in text)) == 1


async def test_two_copies_arriving_at_once_are_handled_once(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await harness.settled()
    s.webhook.secret = "held-back"  # the stand-in's own pushes are refused meanwhile
    await s.post(group, building.wang, REQUEST)
    (update,) = s.pending_updates()
    statuses = await asyncio.gather(
        _post_raw(harness, update, WEBHOOK_SECRET), _post_raw(harness, update, WEBHOOK_SECRET)
    )
    assert statuses == [200, 200]
    await harness.card(group, 1)
    s.webhook.secret = WEBHOOK_SECRET  # and Telegram's own try comes on top
    await harness.settled()
    assert await _orders(harness) == 1
    assert len(harness.sent_to(group, lambda text: "#1</b>" in text)) == 1
    # Telegram's own try is a duplicate; the second copy too, unless it came while the first
    # was still in hand (then it is dropped before being read: it is journaled and coming)
    assert _counted(harness, "duplicate") in (1, 2)


async def test_one_chats_updates_keep_their_order(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    posted = []
    for n in range(8):
        message = await s.post(group, building.wang, f"帮忙买{n + 1}袋大米 谢谢")
        posted.append(message.message_id)
    for number in range(1, 9):
        await harness.card(group, number)
    await harness.settled()
    cards = {}
    for call in s.calls("sendMessage"):
        text = call.params.get("text", "")
        if call.params.get("chat_id") == group.id and "</b>" in text and "#" in text:
            number = int(text.split("#", 1)[1].split("</b>", 1)[0])
            cards[number] = call.params["reply_parameters"]["message_id"]
    assert [cards[n] for n in range(1, 9)] == posted


async def test_the_bot_restarted_gets_what_telegram_kept(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await harness.settled()
    await harness.stop()
    await s.post(group, building.wang, REQUEST)  # the server is down: Telegram keeps trying
    await s.webhook.wait_for_pushes(lambda push: push.status is None)
    await harness.start_again()
    await harness.card(group, 1)
    await harness.settled()
    assert await _orders(harness) == 1
