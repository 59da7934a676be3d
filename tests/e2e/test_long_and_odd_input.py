"""Input found to lose a message or deafen the bot: a NUL, a 5,000-character note, a 300-level
chain, an update the client cannot read, a press without data."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from domain.clock import FakeClock
from standin.server import BotApiStandIn
from tests.support.harness import BuildingWorld, Harness

# the unreadable update reaches aiogram as an empty one, which it reports and ignores
pytestmark = pytest.mark.filterwarnings("ignore:Detected unknown update type:RuntimeWarning")


@pytest.fixture
async def harness(standin: BotApiStandIn, database_url: str) -> AsyncIterator[Harness]:
    """The bot on each kind of database: PostgreSQL is the one that refused NUL."""
    harness = await Harness.start(standin, database_url, FakeClock(datetime.now(UTC)))
    try:
        yield harness
    finally:
        await harness.stop()


async def test_a_nul_in_a_request_still_makes_an_order(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, "楼上漏水\x00了 帮忙找人修一下 3-2-501")
    card = await harness.card(group, 1)
    assert card.text is not None and "楼上漏水 了" in card.text


async def test_a_note_of_5000_characters_is_confirmed_in_pieces(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.li, "/note 3-2-501 " + "独居老人<心脏病>" * 500)
    await harness.bot_says(group, "3-2-501", "独居老人&lt;心脏病&gt;", since=mark)
    await harness.settled()
    sent = [
        c
        for c in s.calls()[mark:]
        if c.method == "sendMessage" and c.params.get("chat_id") == group.id
    ]
    assert len(sent) == 2 and all(c.ok for c in sent)
    assert "".join(c.params["text"] for c in sent).count("独居老人&lt;心脏病&gt;") == 500


async def test_a_chain_of_300_levels_is_shown_whole(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    levels = "\n".join(f"L{i} | 2m | role:lead" for i in range(300))
    await s.post(group, building.li, f"/chain {levels}")
    await harness.settled()
    mark = s.mark()
    await s.post(group, building.li, "/chain")
    await harness.bot_says(group, "L299 | 2m | role:lead", since=mark)
    sent = [
        c
        for c in s.calls()[mark:]
        if c.method == "sendMessage" and c.params.get("chat_id") == group.id
    ]
    assert len(sent) >= 2 and all(c.ok for c in sent)
    shown = re.findall(r"\bL(\d+) \| 2m \| role:lead", "".join(c.params["text"] for c in sent))
    assert [int(n) for n in shown] == list(range(300))


async def test_an_unreadable_update_does_not_deafen_the_bot(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.inject_update({"message": {"message_id": 1, "text": "no chat, no date"}})
    await s.inject_update({"some_future_kind": {"id": 1}})
    await s.post(group, building.wang, "帮忙买一袋大米 两桶油 谢谢")
    await harness.card(group, 1)


async def test_a_press_with_empty_data_is_answered(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, "帮忙买一袋大米 两桶油 谢谢")
    card = await harness.card(group, 1)
    query = await s.press(group, building.dave, card, callback_data="")
    assert (await s.wait_callback_answer(query))["text"]


async def test_console_without_a_web_server_says_so(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    await s.user_starts_bot(building.li)
    mark = s.mark()
    await s.post(building.li.id, building.li, "/console")
    await harness.bot_says(building.li, "WEB_PORT", since=mark)
