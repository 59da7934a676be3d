"""/order as a reply: a resident's own message becomes an order; nobody else's, never twice."""

from __future__ import annotations

from tests.support.harness import REQUEST, BuildingWorld, Harness

UNREAD = "5号门口那箱东西是我的"  # no ask in it: understanding makes no order


async def test_own_message_becomes_an_order_once(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    words = await s.post(group, building.wang, UNREAD)
    await harness.settled()
    assert harness.sent_to(group, lambda t: "#1</b>" in t) == []

    mark = s.mark()
    await s.post(group, building.dave, "/order", reply_to=words)
    await harness.bot_says(group, "You can only turn your own messages into orders", since=mark)
    await harness.settled()
    assert harness.sent_to(group, lambda t: "#1</b>" in t) == []

    await s.post(group, building.wang, "/order", reply_to=words)
    card = await harness.card(group, 1)
    assert card.reply_to is not None and card.reply_to.message_id == words.message_id
    assert UNREAD in (card.text or "") and "跑腿代办 Errand" in (card.text or "")
    assert "3-2-501" in (card.text or "")

    mark = s.mark()
    await s.post(group, building.wang, "/order", reply_to=words)
    await harness.bot_says(group, "已经是订单 #1", since=mark)
    await harness.settled()
    assert len(harness.sent_to(group, lambda t: "</b> ·" in t and "#1</b>" in t)) == 1


async def test_a_message_already_an_order_is_told_so_and_a_bare_order_explains(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    request = await s.post(group, building.wang, REQUEST)
    await harness.card(group, 1)
    mark = s.mark()
    await s.post(group, building.wang, "/order", reply_to=request)
    await harness.bot_says(group, "已经是订单 #1", since=mark)
    await s.post(group, building.wang, "/order")
    await harness.bot_says(group, "回复你自己的那条消息", since=mark)
    await harness.settled()
    assert harness.sent_to(group, lambda t: "#2</b>" in t) == []
