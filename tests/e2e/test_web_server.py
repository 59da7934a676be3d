"""The bot's web server next to long polling: /healthz and /metrics over HTTP, and the log line
each update writes."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot import log_context
from domain.clock import FakeClock
from standin.server import BotApiStandIn
from tests.support.harness import CARDIAC, REQUEST, BuildingWorld, Harness, set_up_chain


@pytest.fixture
async def harness(standin: BotApiStandIn, tmp_path) -> AsyncIterator[Harness]:
    """The bot polling, with its web server on a free port."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'web.db'}"
    clock = FakeClock(datetime.now(UTC))
    harness = await Harness.start(standin, url, clock, live_edit_seconds=0.2, web_port=0)
    try:
        yield harness
    finally:
        await harness.stop()


async def _get(harness: Harness, path: str) -> tuple[int, str, str]:
    assert harness.louhu.web is not None and harness.louhu.web.url is not None
    async with (
        aiohttp.ClientSession() as http,
        http.get(harness.louhu.web.url + path) as response,
    ):
        return response.status, response.headers["Content-Type"], await response.text()


async def _healthz(harness: Harness) -> tuple[int, dict[str, Any]]:
    assert harness.louhu.web is not None and harness.louhu.web.url is not None
    async with (
        aiohttp.ClientSession() as http,
        http.get(harness.louhu.web.url + "/healthz") as response,
    ):
        return response.status, await response.json()


async def _metrics(harness: Harness) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    status, content_type, text = await _get(harness, "/metrics")
    assert status == 200 and content_type.startswith("text/plain")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


async def test_healthz_is_200_while_healthy(harness: Harness, building: BuildingWorld) -> None:
    await harness.settled()
    status, body = await _healthz(harness)
    assert status == 200
    assert body["ok"] is True and body["database"] is True and body["sender_alive"] is True
    assert body["oldest_due_outbox_seconds"] is None
    assert harness.standin.calls("getUpdates")  # polling, with the web server beside it


async def test_healthz_is_503_when_the_sender_stopped(harness: Harness) -> None:
    await harness.louhu.sender.stop()
    status, body = await _healthz(harness)
    assert status == 503
    assert body == {
        "ok": False,
        "database": True,
        "sender_alive": False,
        "oldest_due_outbox_seconds": None,
        "max_due_outbox_seconds": 300.0,
    }


async def test_metrics_move(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    await harness.settled()
    before = await _metrics(harness)
    handled = ("louhu_updates_total", (("result", "handled"),))
    latency = ("louhu_update_seconds_count", ())
    too_many = ("louhu_telegram_429_total", (("method", "sendMessage"),))
    refused = ("louhu_telegram_refused_total", (("method", "sendMessage"),))
    assert before[handled] >= 5 and before[latency] == before[handled]
    assert before.get(too_many, 0) == 0 and before.get(refused, 0) == 0

    s.fail("sendMessage", "429", retry_after=1)
    await s.post(group, building.wang, REQUEST)
    await harness.card(group, 1)
    s.fail("sendMessage", "403", predicate=lambda params: params.get("chat_id") == group.id)
    await s.post(group, building.dave, "/orders")
    await harness.settled()
    after = await _metrics(harness)
    assert after[handled] == before[handled] + 2
    assert after[latency] == before[latency] + 2
    assert after[too_many] == 1
    assert after[refused] == 1
    assert after[("louhu_outbox_pending", (("priority", "card"),))] == 0

    await set_up_chain(harness, building)
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1")
    harness.clock.advance(seconds=90)
    after = await _metrics(harness)
    assert after[("louhu_incidents_open", ())] == 1
    assert after[("louhu_incident_oldest_open_seconds", ())] == 90


class Lines(logging.Handler):
    """Keeps each line as the bot's log handler formats it."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


async def test_each_update_writes_one_line_with_its_context(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    lines = Lines()
    log_context.install(lines)
    logger = logging.getLogger("bot.metrics")
    logger.addHandler(lines)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        await s.post(group, building.wang, REQUEST)
        card = await harness.card(group, 1)
        update_id = s.queued_updates()[-1]["update_id"]
        await harness.press(group, building.bob, card, "Claim")
        press_id = s.queued_updates()[-1]["update_id"]
        await harness.settled()
    finally:
        logger.removeHandler(lines)
        logger.setLevel(level)
    (line,) = [line for line in lines.lines if f"update={update_id} " in line]
    assert "message handled in" in line
    assert f"chat={group.id}" in line and "order=1 order_id=1]" in line
    (press,) = [line for line in lines.lines if f"update={press_id} " in line]
    assert "callback_query handled in" in press and "order_id=1" in press


async def test_the_staff_console_is_served_by_the_bots_web_server(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    await set_up_chain(harness, building)  # 李主任 recorded as staff
    mark = s.mark()
    await s.post(building.li.id, building.li, "/console")
    call = await harness.bot_says(building.li, "/console/login/", since=mark)
    assert harness.louhu.web is not None and harness.louhu.web.url is not None
    found = re.search(r"(/console/login/[\w-]+)", call.params["text"])
    assert found, call.params["text"]
    link = found.group(1)
    status, content_type, page = await _get(harness, link)
    assert status == 200 and content_type.startswith("text/html"), page[:200]
    status, _, _ = await _get(harness, "/console/login/not-a-token")
    assert status in (403, 404, 410)
