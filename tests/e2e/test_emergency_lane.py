"""Alerts never wait behind a stuck request: the emergency lane against the stand-in."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.outbound import queue_send
from domain.clock import FakeClock
from models.outbox import Priority
from standin.recording import ApiCall
from standin.server import BotApiStandIn
from tests.support.harness import CARDIAC, BuildingWorld, Harness, set_up_chain

HANG = 35.0  # longer than the bot session's 30 s timeout: only stopping the bot ends it


@pytest.fixture
async def harness(standin: BotApiStandIn, tmp_path) -> AsyncIterator[Harness]:
    """The bot with production's 30 s request timeout (the other tests use 3 s)."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}"
    clock = FakeClock(datetime.now(UTC))
    harness = await Harness.start(
        standin, url, clock, request_timeout=30.0, emergency_send_timeout=1.0
    )
    try:
        yield harness
    finally:
        await harness.stop()  # cancels the request still hanging, so no test takes 35 s


def _held(standin: BotApiStandIn, text: str) -> list[ApiCall]:
    return [
        c
        for c in standin.calls("sendMessage")
        if c.fault == "timeout" and text in c.params.get("text", "")
    ]


async def _until_held(standin: BotApiStandIn, text: str) -> ApiCall:
    for _ in range(500):
        if held := _held(standin, text):
            return held[0]
        await asyncio.sleep(0.01)
    raise AssertionError(f"no request held for {text!r}")


async def test_an_alert_does_not_wait_behind_a_hanging_request(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    await harness.settled()
    s.fail("sendMessage", "timeout", hang_seconds=HANG, predicate=lambda p: p["text"] == "stuck")
    async with harness.louhu.sessionmaker() as session:
        queue_send(
            session, chat_id=group.id, text="stuck", now=datetime.now(UTC), priority=Priority.CARD
        )
        await session.commit()
    harness.louhu.sender.wake()
    await _until_held(s, "stuck")
    await asyncio.sleep(1.0)

    mark = s.mark()
    posted = time.monotonic()
    await s.post(group, building.wang, CARDIAC)
    alert = await harness.bot_says(building.eve, "紧急求助 #1", since=mark, timeout=HANG)
    assert alert.at - posted < 2.0
    await harness.bot_says(building.bob, "Emergency #1", since=mark, timeout=2.0)
    assert harness.sent_to(group, lambda t: t == "stuck") == []  # still hanging, not lost


async def test_an_alert_that_hangs_is_sent_again_after_the_short_timeout(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    await set_up_chain(harness, building)
    await harness.settled()
    to_eve = building.eve.id
    s.fail(
        "sendMessage",
        "timeout",
        hang_seconds=HANG,
        predicate=lambda p: p["chat_id"] == to_eve and "#1" in p["text"],
    )
    mark = s.mark()
    await s.post(building.group, building.wang, CARDIAC)
    first = await _until_held(s, "紧急求助 #1")
    alert = await harness.bot_says(building.eve, "紧急求助 #1", since=mark, timeout=5.0)
    assert 1.0 <= alert.at - first.at < 2.5  # the lane's 1 s timeout, then at once again
    assert len(harness.sent_to(building.eve, lambda t: "紧急求助 #1" in t)) == 1


async def test_a_private_reporters_answer_does_not_wait_behind_a_hanging_request(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    await set_up_chain(harness, building)
    await s.user_starts_bot(building.wang)
    await harness.settled()
    s.fail("sendMessage", "timeout", hang_seconds=HANG, predicate=lambda p: p["text"] == "stuck")
    async with harness.louhu.sessionmaker() as session:
        queue_send(
            session,
            chat_id=building.group.id,
            text="stuck",
            now=datetime.now(UTC),
            priority=Priority.CARD,
        )
        await session.commit()
    harness.louhu.sender.wake()
    await _until_held(s, "stuck")
    mark = s.mark()
    posted = time.monotonic()
    await s.post(building.wang.id, building.wang, CARDIAC)  # written to the bot privately
    answer = await harness.bot_says(building.wang, "#1", since=mark, timeout=HANG)
    assert answer.at - posted < 2.0  # "call 120" and first aid: the emergency lane
