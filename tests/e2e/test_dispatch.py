"""社区派单 end to end: staff assign from the card, the volunteer delivers from a private card."""

from __future__ import annotations

from typing import Any

from bot.callbacks import AssignCallback, CardView, CardViewCallback, OrderCallback
from domain.order_rules import OrderAction
from standin.world import StandInUser, StoredMessage
from tests.support.harness import REQUEST, BuildingWorld, Harness


async def _picker(
    harness: Harness, building: BuildingWorld, card: StoredMessage, button: str = "👥"
) -> StoredMessage:
    """Staff 李主任 (the group's creator, so an admin) opens the volunteer picker."""
    s, group = harness.standin, building.group
    mark = s.mark()
    answer = await harness.press(group, building.li, card, button)
    assert answer["text"] == "请选择志愿者（数字为其手上的订单数）。"
    await s.wait_for(
        "editMessageReplyMarkup", lambda c: c.params["message_id"] == card.message_id, since=mark
    )
    return s.message(group, card.message_id)


async def _private_card(
    harness: Harness, user: StandInUser, *fragments: str, since: int = 0
) -> StoredMessage:
    call = await harness.bot_says(user, *fragments, since=since)
    return harness.standin.message(user.id, call.result["message_id"])


async def _press_private(
    harness: Harness, user: StandInUser, message: StoredMessage, label: str
) -> dict[str, Any]:
    s = harness.standin
    query = await s.press(user.id, user, message.message_id, button_text=label)
    return await s.wait_callback_answer(query)


async def test_staff_assign_and_the_volunteer_delivers_from_a_private_card(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.bob)
    request = await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    picker = await _picker(harness, building, card)
    assert [b["text"] for b in picker.buttons] == ["Bob · 0", "小夏 · 0", "返回 Back"]

    mark = s.mark()
    answer = await harness.press(group, building.li, picker, "Bob")
    assert answer["text"] == "已指派，已私信通知志愿者。"
    mine = await _private_card(harness, building.bob, "assigned you order #1", since=mark)
    assert "3号楼" in (mine.text or "") and "3-2-501" in (mine.text or "")
    assert [b["text"] for b in mine.buttons] == ["Delivered", "Release"]
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == card.message_id)
    shown = s.message(group, card.message_id)
    assert "李主任 指派给 Bob" in (shown.text or "")
    assert "assigned by 李主任 to Bob" in (shown.text or "")
    assert [b["text"] for b in shown.buttons][:2] == ["已送达 Delivered", "放弃 Release"]

    mark = s.mark()
    answer = await _press_private(harness, building.bob, mine, "Delivered")
    assert answer["text"] == "Marked as delivered. Thank you!"
    notice = await harness.bot_says(group, "#1", "delivered by", since=mark)
    assert notice.params["reply_parameters"]["message_id"] == request.message_id
    await s.wait_for(
        "editMessageText", lambda c: c.params["message_id"] == mine.message_id, since=mark
    )
    assert s.message(building.bob.id, mine.message_id).buttons == []
    await s.wait_for(
        "editMessageText", lambda c: c.params["message_id"] == card.message_id, since=mark
    )
    assert s.message(group, card.message_id).buttons == []


async def test_in_a_chinese_group_reassign_then_take_back(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.li, "/grouplang zh")
    for user in (building.bob, building.eve):
        await s.user_starts_bot(user)
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    await harness.press(group, building.bob, card, "接单")
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == card.message_id)

    picker = await _picker(harness, building, card)
    assert [b["text"] for b in picker.buttons] == ["小夏 · 0", "收回", "返回"]
    mark = s.mark()
    answer = await harness.press(group, building.li, picker, "小夏")
    assert answer["text"] == "已改派，已私信通知两位志愿者。"
    hers = await _private_card(harness, building.eve, "指派给了你", since=mark)
    assert [b["text"] for b in hers.buttons] == ["已送达", "放弃"]
    await harness.bot_says(building.bob, "gave order #1 in 3号楼 to another volunteer", since=mark)
    await s.wait_for(
        "editMessageText", lambda c: c.params["message_id"] == card.message_id, since=mark
    )
    assert "李主任 指派给 小夏" in (s.message(group, card.message_id).text or "")

    picker = await _picker(harness, building, card)
    assert [b["text"] for b in picker.buttons] == ["Bob · 0", "收回", "返回"]
    mark = s.mark()
    answer = await harness.press(group, building.li, picker, "收回")
    assert answer["text"] == "已收回，订单重新开放接单。"
    await harness.bot_says(building.eve, "收回了 3号楼 的订单 #1", since=mark)
    await s.wait_for(
        "editMessageText", lambda c: c.params["message_id"] == card.message_id, since=mark
    )
    reopened = s.message(group, card.message_id)
    assert "等待志愿者接单" in (reopened.text or "") and "指派" in reopened.buttons[-1]["text"]
    # her private card is stale now: its press is refused, nothing changes
    answer = await _press_private(harness, building.eve, hers, "已送达")
    assert answer["text"] == "这个按钮已失效。"
    await harness.settled()
    assert "等待志愿者接单" in (s.message(group, card.message_id).text or "")


async def test_strangers_and_volunteers_pressing_assign_are_refused(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    answers = [
        (await harness.press(group, who, card, "Assign"))["text"]
        for who in (building.dave, building.bob, building.eve, building.wang)
    ]
    assert answers == [
        "Only staff or the building lead can assign orders.",
        "Only staff or the building lead can assign orders.",
        "只有工作人员或楼长可以指派订单。",
        "只有工作人员或楼长可以指派订单。",
    ]
    await harness.settled()
    assert s.calls("editMessageReplyMarkup") == [] and s.calls("editMessageText") == []


async def test_forged_dispatch_buttons_change_nothing(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    bob, dave = building.bob.id, building.dave.id
    forged = [
        (building.dave, AssignCallback(action=OrderAction.ASSIGN, order_id=1, volunteer_id=dave)),
        (building.bob, AssignCallback(action=OrderAction.ASSIGN, order_id=1, volunteer_id=bob)),
        (building.dave, OrderCallback(action=OrderAction.UNASSIGN, order_id=1)),
        (building.li, OrderCallback(action=OrderAction.ASSIGN, order_id=1)),  # no volunteer
        (building.li, AssignCallback(action=OrderAction.ASSIGN, order_id=1, volunteer_id=dave)),
        (building.li, AssignCallback(action=OrderAction.CLAIM, order_id=1, volunteer_id=bob)),
        (building.li, AssignCallback(action=OrderAction.ASSIGN, order_id=99, volunteer_id=bob)),
    ]
    answers = []
    for who, data in forged:
        query = await s.press(group, who, card.message_id, callback_data=data.pack())
        answers.append((await s.wait_callback_answer(query))["text"])
    raw = await s.press(group, building.li, card.message_id, callback_data="a1:assign:1:2⁵²")
    answers.append((await s.wait_callback_answer(raw))["text"])
    assert answers == [
        "Only staff or the building lead can assign orders.",
        "Only staff or the building lead can assign orders.",
        "Only staff or the building lead can assign orders.",
        "这个按钮已失效。",
        "这个人已不是本楼的志愿者。",
        "这个按钮已失效。",
        "找不到这个订单。",
        "这个按钮已失效。",
    ]
    # a picker forged in another group, where its creator is admin, names this order
    mallory = await s.add_user("Mallory", language_code="en")
    other = await s.add_group("Mallory's group", creator=mallory, members=[])
    await s.add_bot_to_group(other, mallory, as_admin=True)
    mark = s.mark()
    await s.post(other, mallory, "/help")
    decoy = (await harness.bot_says(other, "/register", since=mark)).result["message_id"]
    for data in (
        CardViewCallback(view=CardView.VOLUNTEERS, order_id=1),
        AssignCallback(action=OrderAction.ASSIGN, order_id=1, volunteer_id=bob),
    ):
        query = await s.press(other, mallory, decoy, callback_data=data.pack())
        assert (await s.wait_callback_answer(query))["text"] == "This button is no longer valid."
    await harness.settled()
    assert s.calls("editMessageReplyMarkup") == [] and s.calls("editMessageText") == []
    assert harness.sent_to(building.bob) == []


async def test_a_volunteer_who_never_started_the_bot_is_flagged_and_staff_told(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    await s.post(group, building.wang, "can someone take out my trash please")
    first = await harness.card(group, 1)
    second = await harness.card(group, 2)

    # 小夏 never pressed Start: Telegram answers the private card with 403
    picker = await _picker(harness, building, first)
    mark = s.mark()
    answer = await harness.press(group, building.li, picker, "小夏")
    assert answer["text"] == "已指派，但 小夏 还没有启动机器人，私信通知不到：请另行联系 TA。"
    # 李主任 has not started the bot either: told in the group, under the card
    told = await harness.bot_says(group, "李主任", "还没有启动机器人", since=mark)
    refused = [c for c in s.calls("sendMessage") if c.params["chat_id"] == building.eve.id]
    assert [c.status for c in refused] == [403]
    assert told.params["reply_parameters"]["message_id"] == first.message_id
    await s.wait_for(
        "editMessageText",
        lambda c: c.params["message_id"] == first.message_id and "⚠️" in c.params["text"],
        since=mark,
    )
    shown = s.message(group, first.message_id).text or ""
    assert "小夏 还没有启动机器人" in shown and "has not started the bot" in shown

    await s.user_starts_bot(building.li)
    picker = await _picker(harness, building, second)
    mark = s.mark()
    await harness.press(group, building.li, picker, "小夏")
    private = await harness.bot_says(building.li, "#2", "还没有启动机器人", since=mark)
    assert "3号楼" in private.params["text"]

    # reassigned to someone who can be told, the warning goes
    picker = await _picker(harness, building, first)
    await s.user_starts_bot(building.bob)
    mark = s.mark()
    await harness.press(group, building.li, picker, "Bob")
    await harness.bot_says(building.bob, "assigned you order #1", since=mark)
    await s.wait_for(
        "editMessageText",
        lambda c: c.params["message_id"] == first.message_id and "Bob" in c.params["text"],
        since=mark,
    )
    await harness.settled()
    assert "⚠️" not in (s.message(group, first.message_id).text or "")


async def test_myorders_in_private_lists_each_order_with_its_buttons(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.bob)
    await s.post(group, building.wang, REQUEST)
    await s.post(group, building.wang, "can someone take out my trash please")
    first = await harness.card(group, 1)
    second = await harness.card(group, 2)
    await harness.press(group, building.bob, first, "Claim")
    picker = await _picker(harness, building, second)
    await harness.press(group, building.li, picker, "Bob")
    await harness.bot_says(building.bob, "assigned you order #2")

    mark = s.mark()
    await s.post(building.bob.id, building.bob, "/myorders")
    await harness.bot_says(building.bob, "Orders you have claimed (2)", since=mark)
    own = await _private_card(harness, building.bob, "#1 3号楼", since=mark)
    given = await _private_card(harness, building.bob, "#2 3号楼", "assigned by 李主任", since=mark)
    assert [b["text"] for b in own.buttons] == ["Delivered", "Release"]

    mark = s.mark()
    answer = await _press_private(harness, building.bob, given, "Release")
    assert answer["text"] == "Released; the order is open to other volunteers again."
    await s.wait_for(
        "editMessageText", lambda c: c.params["message_id"] == second.message_id, since=mark
    )
    assert "等待志愿者接单" in (s.message(group, second.message_id).text or "")


async def test_the_lead_assigns_and_stepping_down_hands_orders_back(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.eve)
    await s.user_starts_bot(building.bob)
    await s.post(group, building.li, "/lead @eve")
    await harness.bot_says(group, "小夏")
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    mark = s.mark()
    answer = await harness.press(group, building.eve, card, "Assign")  # the lead, not staff
    assert answer["text"] == "请选择志愿者（数字为其手上的订单数）。"
    await s.wait_for("editMessageReplyMarkup", since=mark)
    await harness.press(group, building.eve, s.message(group, card.message_id), "Bob")
    await harness.bot_says(building.bob, "小夏</a> assigned you order #1")

    mark = s.mark()
    await s.post(group, building.bob, "/volunteer off")
    reply = await harness.bot_says(group, "no longer a volunteer", since=mark)
    assert "(#1) is open again" in reply.params["text"]
    told = await harness.bot_says(building.eve, "Bob", "#1", since=mark)
    assert "退出了 3号楼 的志愿者" in told.params["text"]
    await s.wait_for(
        "editMessageText", lambda c: c.params["message_id"] == card.message_id, since=mark
    )
    assert "等待志愿者接单" in (s.message(group, card.message_id).text or "")

    # the lead stepping down as a volunteer is not told of herself: the group is
    await harness.press(group, building.eve, s.message(group, card.message_id), "接单")
    await s.wait_for(
        "editMessageText",
        lambda c: c.params["message_id"] == card.message_id and "小夏" in c.params["text"],
        since=mark,
    )
    mark = s.mark()
    await s.post(group, building.eve, "/volunteer off")
    await harness.bot_says(group, "小夏</a> 退出了志愿者，交回了 1 个订单（#1）", since=mark)
    await harness.settled()
    assert harness.sent_to(building.eve, lambda text: "小夏</a> 退出了" in text) == []
