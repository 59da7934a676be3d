"""Orders end to end: request → card → claim → delivered, and everything that can go wrong."""

from __future__ import annotations

import time
from zoneinfo import ZoneInfo

from bot.callbacks import CardView, CardViewCallback, CategoryCallback, OrderCallback
from domain.order_rules import OrderAction
from domain.understanding import Category
from tests.support.harness import REQUEST, BuildingWorld, Harness


async def test_request_becomes_card_claimed_and_delivered(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    request = await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    assert card.reply_to is not None and card.reply_to.message_id == request.message_id
    assert "3-2-501" in (card.text or "") and REQUEST in (card.text or "")
    assert [b["text"] for b in card.buttons] == [
        "接单 Claim",
        "不是订单 Not an order",
        "改类别 Category",
        "🆘 紧急（工作人员） Emergency (staff)",
        "👥 指派 Assign",
    ]
    assert "大米 ×1 袋" in (card.text or "") and "油 ×2 桶" in (card.text or "")

    answer = await harness.press(group, building.bob, card, "Claim")
    assert answer["text"] == "Claimed. Thank you!"  # Bob reads English
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == card.message_id)
    claimed = s.message(group, card.message_id)
    assert "Bob" in (claimed.text or "") and [b["text"] for b in claimed.buttons] == [
        "已送达 Delivered",
        "放弃 Release",
        "改类别 Category",
        "🆘 紧急（工作人员） Emergency (staff)",
        "👥 改派 Reassign",
    ]

    answer = await harness.press(group, building.bob, claimed, "Delivered")
    assert answer["text"] == "Marked as delivered. Thank you!"
    notice = await harness.bot_says(group, "#1", "送达", "delivered by")
    assert notice.params["reply_parameters"]["message_id"] == request.message_id
    assert f"tg://user?id={building.wang.id}" in notice.params["text"]
    await s.wait_for(
        "editMessageText", lambda c: c.params["message_id"] == card.message_id, count=2
    )
    assert s.message(group, card.message_id).buttons == []


async def test_stranger_pressing_delivered_is_told_why_and_nothing_changes(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    await harness.press(group, building.bob, card, "Claim")
    await s.wait_for("editMessageText")
    edits = len(s.calls("editMessageText"))

    answer = await harness.press(group, building.dave, card, "Delivered")
    assert answer["text"] == "Only the volunteer who claimed it, or staff, can do that."
    answer = await harness.press(group, building.eve, card, "Release")
    assert answer["text"] == "只有接单的志愿者或工作人员可以操作。"
    answer = await harness.press(group, building.dave, card, "Delivered")
    await harness.settled()
    assert len(s.calls("editMessageText")) == edits
    assert "Bob" in (s.message(group, card.message_id).text or "")


async def test_claim_race_one_winner_other_told_who(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    label = card.buttons[0]["text"]
    first = await s.press(group, building.bob, card.message_id, button_text=label)
    second = await s.press(group, building.eve, card.message_id, button_text=label)
    answers = [await s.wait_callback_answer(q) for q in (first, second)]
    assert answers[0]["text"] == "Claimed. Thank you!"
    assert answers[1]["text"] == "这个订单已被 Bob 接了。"
    await s.wait_for("editMessageText")
    await harness.settled()
    assert len(s.calls("editMessageText")) == 1


async def test_forged_and_stale_button_data_change_nothing(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    forged = [
        "o1:claim:999999",  # no such order
        "o1:nuke:1",  # no such action
        "o0:claim:1",  # an older layout
        "'; DROP TABLE orders; --",
        OrderCallback(action=OrderAction.DELIVER, order_id=1).pack(),  # not claimed yet
    ]
    answers = []
    for data in forged:
        query = await s.press(group, building.dave, card.message_id, callback_data=data)
        answers.append((await s.wait_callback_answer(query))["text"])
    assert answers == [
        "I cannot find this order.",
        "This button is no longer valid.",
        "This button is no longer valid.",
        "This button is no longer valid.",
        "Only the volunteer who claimed it, or staff, can do that.",
    ]
    await harness.settled()
    assert s.calls("editMessageText") == []


async def test_buttons_forged_in_another_group_change_nothing_anywhere(
    harness: Harness, building: BuildingWorld
) -> None:
    """Mallory, admin of her own group, forges presses naming building 3's order #1."""
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    await harness.card(group, 1)
    mallory = await s.add_user("Mallory", language_code="en")
    other = await s.add_group("Mallory's group", creator=mallory, members=[])
    await s.add_bot_to_group(other, mallory, as_admin=True)
    mark = s.mark()
    await s.post(other, mallory, "/help")
    decoy = (await harness.bot_says(other, "/register", since=mark)).result["message_id"]
    forged = [
        OrderCallback(action=OrderAction.REJECT, order_id=1).pack(),
        OrderCallback(action=OrderAction.CLAIM, order_id=1).pack(),
        CardViewCallback(view=CardView.MAIN, order_id=1).pack(),
        CardViewCallback(view=CardView.CATEGORIES, order_id=1).pack(),
        CategoryCallback(order_id=1, category=Category.REPAIR).pack(),
    ]
    answers = []
    for data in forged:
        query = await s.press(other, mallory, decoy, callback_data=data)
        answers.append((await s.wait_callback_answer(query))["text"])
    assert set(answers) == {"This button is no longer valid."}
    await harness.settled()
    assert s.calls("editMessageText") == [] and s.calls("editMessageReplyMarkup") == []
    card = await harness.card(group, 1)
    assert "waiting for a volunteer" in (card.text or "")


async def test_not_an_order_by_resident_or_staff_only(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    answer = await harness.press(group, building.bob, card, "Not an order")
    assert answer["text"] == "Only the resident who asked, or staff, can do that."
    answer = await harness.press(group, building.wang, card, "Not an order")
    assert answer["text"] == "已标记为不是订单。"
    await s.wait_for("editMessageText")
    closed = s.message(group, card.message_id)
    assert closed.buttons == [] and "不是订单" in (closed.text or "")


async def test_orders_and_myorders_lists(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    await s.post(group, building.wang, "can someone take out my trash please")
    first = await harness.card(group, 1)
    await harness.card(group, 2)
    await harness.press(group, building.bob, first, "Claim")
    mark = s.mark()
    await s.post(group, building.eve, "/orders")
    listing = (await harness.bot_says(group, "进行中的订单（2）", since=mark)).params["text"]
    assert "#1" in listing and "Bob" in listing and "#2" in listing and "待接单" in listing
    await s.post(group, building.bob, "/myorders")
    mine = (await harness.bot_says(group, "Orders you have claimed (1)", since=mark)).params["text"]
    assert "#1 3号楼" in mine and "#2" not in mine


async def test_redelivered_update_makes_one_card(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    await harness.card(group, 1)
    update_id = max(u["update_id"] for u in s.queued_updates() if "message" in u)
    await s.redeliver(update_id)
    await s.post(group, building.wang, "/orders")
    await harness.bot_says(group, "进行中的订单（1）")
    assert len(harness.sent_to(group, lambda t: "#1</b>" in t)) == 1
    assert harness.sent_to(group, lambda t: "#2</b>" in t) == []


async def test_markup_in_a_request_is_shown_literally(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, "帮忙买 <b>两桶油</b> & <a href='x'>米</a>")
    card = await harness.card(group, 1)
    assert "<b>两桶油</b> & <a href='x'>米</a>" in (card.text or "")


async def test_a_photo_with_a_request_caption_gets_a_card(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    photo = {
        "message_id": 9000,
        "date": int(time.time()),
        "chat": group.to_api(),
        "from": building.wang.to_api(),
        "photo": [{"file_id": "leak", "file_unique_id": "leak1", "width": 90, "height": 90}],
        "caption": "厨房水管漏水了 帮忙找人修一下",
    }
    await s.inject_update({"message": photo})
    card = await harness.card(group, 1)
    assert "维修" in (card.text or "") and "3-2-501" in (card.text or "")


async def test_a_4096_character_request_still_gets_its_card(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    text = ("帮忙买一袋大米 两桶油 " * 400)[:4096]
    await s.post(group, building.wang, text)
    card = await harness.card(group, 1)
    assert len(card.text or "") < 4096 and "…" in (card.text or "")


async def test_card_arrives_after_a_429(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    s.fail("sendMessage", "429", retry_after=1, predicate=lambda p: "#1</b>" in p.get("text", ""))
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1, timeout=6.0)
    refused = [c for c in s.calls("sendMessage") if not c.ok and c.status == 429]
    assert len(refused) == 1 and card.text is not None
    assert s.calls("sendMessage")[-1].at - refused[0].at >= 0.9


async def test_card_arrives_after_server_errors_and_a_timeout(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    is_card = lambda p: "#1</b>" in p.get("text", "")  # noqa: E731
    s.fail("sendMessage", "502", predicate=is_card)
    s.fail("sendMessage", "timeout", hang_seconds=10.0, predicate=is_card)
    await s.post(group, building.wang, REQUEST)
    await harness.card(group, 1, timeout=12.0)
    assert len(harness.sent_to(group, lambda t: "#1</b>" in t)) == 1


async def test_resident_corrects_the_category_and_staff_can_review_it(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, "帮忙买一盒布洛芬 家里没药了")
    card = await harness.card(group, 1)
    answer = await harness.press(group, building.bob, card, "Category")
    assert answer["text"] == "Only the resident who asked, or staff, can do that."
    await harness.press(group, building.wang, card, "Category")
    await s.wait_for("editMessageReplyMarkup")
    picker = s.message(group, card.message_id)
    assert len(picker.buttons) == 7 and picker.buttons[-1]["text"] == "返回 Back"
    answer = await harness.press(group, building.wang, picker, "Repair")
    assert answer["text"] == "已更正类别，谢谢！"
    await s.wait_for("editMessageText", lambda c: "维修 Repair" in c.params["text"])
    assert s.message(group, card.message_id).buttons[0]["text"] == "接单 Claim"
    mark = s.mark()
    await s.post(group, building.li, "/corrections")
    review = (await harness.bot_says(group, "最近被更正的订单（1）", since=mark)).params["text"]
    assert "#1" in review and "布洛芬" in review and "维修" in review


async def test_temperatures_are_kept_and_fever_alerts_the_doctor(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.li, "/doctor @eve")
    await harness.bot_says(group, "小夏 已登记为本楼社区医生", since=mark)
    await s.user_starts_bot(building.eve)
    await s.post(group, building.wang, "3-2-501 今天体温36.6")
    await s.post(group, building.wang, "3-2-501 体温 38,2 有点头疼")
    advice = await harness.bot_says(group, "38.2°C", "37.3", since=mark)
    assert "社区医生" in advice.params["text"]
    alert = await harness.bot_says(building.eve, "38.2°C", "3-2-501", since=mark)
    assert "王阿姨" in alert.params["text"]
    assert harness.sent_to(group, lambda t: "36.6" in t) == []  # normal readings are stored quietly
    await s.post(group, building.li, "/fevers")
    listing = (await harness.bot_says(group, "发热报告（1）", since=mark)).params["text"]
    assert "3-2-501" in listing and "38.2" in listing
    shanghai = harness.clock.now().astimezone(ZoneInfo("Asia/Shanghai"))  # TIMEZONE's default
    assert shanghai.strftime("%m-%d %H:") in listing and "UTC" not in listing
