"""`Harness.settled()` waits for everything under way, so "nothing happened" checks can fail.

Each test starts some work and calls settled() at once, without waiting for a reply: if
settled() returned while the work was still under way, the reply would not be there yet.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.outbound import queue_send
from tests.support.harness import REQUEST, BuildingWorld, Harness


async def test_settled_waits_until_a_command_is_answered(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    before = len(harness.sent_to(group))
    await s.post(group, building.li, "/help")
    await harness.settled()
    assert len(harness.sent_to(group)) == before + 1


async def test_settled_waits_for_a_card_and_the_sender_after_it(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    await harness.settled()
    assert len(harness.sent_to(group, lambda t: "#1</b>" in t)) == 1
    card = await harness.card(group, 1)
    claim = next(b["text"] for b in card.buttons if "Claim" in b["text"])
    query = await s.press(group, building.bob, card.message_id, button_text=claim)
    await harness.settled()
    assert s.callback_answer(query) is not None
    assert len(s.calls("editMessageText")) == 1


async def test_settled_waits_for_a_row_queued_in_the_outbox(
    harness: Harness, building: BuildingWorld
) -> None:
    async with harness.louhu.sessionmaker() as session:
        queue_send(session, chat_id=building.group.id, text="queued", now=datetime.now(UTC))
        await session.commit()
    harness.louhu.sender.wake()
    await harness.settled()
    assert harness.sent_to(building.group, lambda t: t == "queued") == ["queued"]


async def test_settled_waits_for_a_slow_telegram(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    s.fail("sendMessage", "timeout", hang_seconds=0.5, apply=True)
    before = len(harness.sent_to(group))
    await s.post(group, building.li, "/help")
    await harness.settled()
    assert len(harness.sent_to(group)) == before + 1
    assert s.bot_is_idle


async def test_settled_gives_up_while_something_hangs(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    s.fail("sendMessage", "timeout", hang_seconds=1)
    await s.post(building.group, building.li, "/help")
    with pytest.raises(AssertionError, match="not settled"):
        await harness.settled(timeout=0.5)
