"""Nobody forgotten, end to end: follow-ups through the stand-in, in zh and en."""

from __future__ import annotations

from bot.callbacks import FollowUpCallback
from domain.order_follow_up import Answer
from standin.world import StandInUser, StoredMessage
from tests.support.harness import REQUEST, BuildingWorld, Harness

PILLS = "帮忙买一盒降压药 硝苯地平 谢谢"


async def _lead(harness: Harness, building: BuildingWorld, who: StandInUser, handle: str) -> None:
    """Make `who` the building's lead; they have started the bot."""
    s = harness.standin
    await s.user_starts_bot(who)
    mark = s.mark()
    await s.post(building.group, building.li, f"/lead @{handle}")
    await harness.bot_says(building.group, who.full_name, since=mark)


async def _follow_up(harness: Harness, **delta: float) -> None:
    """Move the bot's clock and run what fell due, as the scheduler would within seconds."""
    harness.clock.advance(**delta)
    await harness.louhu.follow_up()
    await harness.settled()


async def _asked(harness: Harness, volunteer: StandInUser, *fragments: str) -> StoredMessage:
    call = await harness.bot_says(volunteer, *fragments)
    return harness.standin.message(volunteer.id, call.result["message_id"])


async def _press_private(harness: Harness, who: StandInUser, message: StoredMessage, label: str):
    query = await harness.standin.press(who.id, who, message.message_id, button_text=label)
    return await harness.standin.wait_callback_answer(query)


async def test_unclaimed_order_is_raised_in_the_group_and_the_lead_told_once(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, li = harness.standin, building.group, building.li
    await _lead(harness, building, li, "director_li")
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    await _follow_up(harness, minutes=29)
    assert harness.sent_to(group, lambda text: "已等待" in text) == []

    await _follow_up(harness, minutes=1)
    raised = await harness.bot_says(group, "#1", "已等待 30 分钟", "has waited 30 min")
    assert raised.params["reply_parameters"]["message_id"] == card.message_id  # under its card
    assert "已私信告知楼道长" in raised.params["text"]
    assert "The building lead has been told privately." in raised.params["text"]
    told = await harness.bot_says(li, "订单 #1", "已等待 30 分钟无人接单", REQUEST)
    assert "3号楼" in told.params["text"]

    await _follow_up(harness, hours=3)
    assert len(harness.sent_to(group, lambda text: "已等待" in text)) == 1
    assert len(harness.sent_to(li, lambda text: "无人接单" in text)) == 1


async def test_undelivered_asks_the_volunteer_in_english_still_on_it_works(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, bob, li = harness.standin, building.group, building.bob, building.li
    await _lead(harness, building, li, "director_li")
    await s.user_starts_bot(bob)
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    await harness.press(group, bob, card, "Claim")
    await _follow_up(harness, hours=2, minutes=59)
    assert harness.sent_to(bob, lambda text: "Still on it?" in text) == []

    await _follow_up(harness, minutes=1)
    ask = await _asked(harness, bob, "You claimed order #1", "180 min ago", "Still on it?")
    assert [b["text"] for b in ask.buttons] == ["Still on it", "Release"]

    answer = await _press_private(harness, bob, ask, "Still on it")
    assert answer["text"] == "Thanks! Order #1 stays with you."
    await harness.settled()
    assert s.message(bob.id, ask.message_id).buttons == []
    await _follow_up(harness, minutes=45)  # past the 30 min to answer: the lead is not told
    assert harness.sent_to(li, lambda text: "未送达" in text) == []
    assert "Bob" in (s.message(group, card.message_id).text or "")  # still Bob's

    await _follow_up(harness, hours=3)  # asked again, 3 h after the answer
    assert len(harness.sent_to(bob, lambda text: "Still on it?" in text)) == 2


async def test_release_from_the_question_reopens_the_card_zh(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, eve, li = harness.standin, building.group, building.eve, building.li
    await _lead(harness, building, li, "director_li")
    await s.user_starts_bot(eve)
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    await harness.press(group, eve, card, "Claim")
    await _follow_up(harness, hours=3)
    ask = await _asked(harness, eve, "您接的订单 #1", "还在送吗？")
    assert [b["text"] for b in ask.buttons] == ["还在送", "放弃"]

    still = ask.buttons[0]["callback_data"]
    edits = len(s.calls("editMessageText"))
    answer = await _press_private(harness, eve, ask, "放弃")
    assert answer["text"] == "已放弃订单 #1，它重新开放给其他志愿者。"
    await harness.settled()
    assert len(s.calls("editMessageText")) == edits + 1
    reopened = s.message(group, card.message_id)
    assert reopened.buttons[0]["text"] == "接单 Claim"
    assert s.message(eve.id, ask.message_id).buttons == []
    query = await s.press(eve.id, eve, ask.message_id, callback_data=still)  # a stale press
    assert (await s.wait_callback_answer(query))["text"] == "您已经回复过了。"

    await _follow_up(harness, minutes=31)  # open again: counted from the release
    await harness.bot_says(group, "#1", "已等待 211 分钟")
    assert harness.sent_to(li, lambda text: "未送达" in text) == []


async def test_no_answer_tells_the_lead_in_english(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, bob, eve = harness.standin, building.group, building.bob, building.eve
    await _lead(harness, building, bob, "bob_helps")  # Bob reads English
    await s.user_starts_bot(eve)
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    await harness.press(group, eve, card, "Claim")
    await _follow_up(harness, hours=3)
    await _asked(harness, eve, "还在送吗？")
    await _follow_up(harness, minutes=30)
    told = await harness.bot_says(bob, "order #1", "claimed by", "did not answer when asked")
    assert f"tg://user?id={eve.id}" in told.params["text"]


async def test_strangers_pressing_the_question_are_refused(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, bob, dave, wang = (
        harness.standin,
        building.group,
        building.bob,
        building.dave,
        building.wang,
    )
    await s.user_starts_bot(bob)
    await s.post(group, wang, REQUEST)
    card = await harness.card(group, 1)
    await harness.press(group, bob, card, "Claim")
    await _follow_up(harness, hours=3)
    ask = await _asked(harness, bob, "Still on it?")
    data = ask.buttons[1]["callback_data"]
    assert data == FollowUpCallback(answer=Answer.RELEASE, follow_up_id=_id(data)).pack()

    for stranger, refusal in (
        (dave, "Only the volunteer who was asked can answer."),
        (wang, "只有被询问的接单志愿者可以回复。"),
    ):
        await s.user_starts_bot(stranger)
        welcome = await harness.bot_says(stranger, "/")
        query = await s.press(
            stranger.id, stranger, welcome.result["message_id"], callback_data=data
        )
        assert (await s.wait_callback_answer(query))["text"] == refusal
    # pressed on the group's card with the question's data: not where questions are answered
    query = await s.press(group, dave, card.message_id, callback_data=data)
    assert (await s.wait_callback_answer(query))[
        "text"
    ] == "This order no longer needs your answer."
    await harness.settled()
    held = s.message(group, card.message_id)
    assert "Bob" in (held.text or "") and "Delivered" in held.buttons[0]["text"]


async def test_urgent_medicine_is_marked_and_raised_after_ten_minutes(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, li = harness.standin, building.group, building.li
    await _lead(harness, building, li, "director_li")
    mark = s.mark()
    await s.post(group, li, "/household 3-2-501 needs=chronic,elderly")
    await harness.bot_says(group, "3-2-501", since=mark)
    await s.post(group, building.wang, PILLS)
    card = await harness.card(group, 1)
    assert (card.text or "").startswith("🔴 加急 Urgent · 🛒")
    await _follow_up(harness, minutes=10)
    raised = await harness.bot_says(group, "#1", "已等待 10 分钟")
    assert "🔴 加急 Urgent" in raised.params["text"]
    await harness.bot_says(li, "🔴", "订单 #1", "已等待 10 分钟无人接单")


def _id(data: str) -> int:
    return FollowUpCallback.unpack(data).follow_up_id


async def test_stats_show_claim_and_delivery_times_to_staff_only(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, bob = harness.standin, building.group, building.bob
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    harness.clock.advance(minutes=4)
    await harness.press(group, bob, card, "Claim")
    harness.clock.advance(minutes=50)
    await harness.settled()
    await harness.press(group, bob, card, "Delivered")
    mark = s.mark()
    await s.post(group, building.dave, "/stats")
    await harness.bot_says(group, "staff or group admins", since=mark)
    await s.post(group, building.li, "/stats")
    stats = (await harness.bot_says(group, "📊", since=mark)).params["text"]
    assert "最近 7 天的订单" in stats
    assert "订单 1 个：已送达 1" in stats
    assert "接单用时（下单到接单，1 单）：中位数 4.0 分钟，90% 在 4.0 分钟内" in stats
    assert "送达用时（下单到送达，1 单）：中位数 54 分钟，90% 在 54 分钟内" in stats


async def test_staff_change_the_follow_up_times_with_settings(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, li = harness.standin, building.group, building.li
    mark = s.mark()
    await s.post(group, li, "/settings unclaimed soon")
    await harness.bot_says(group, "无人接单提醒时间", "soon", "1 到 1440 分钟", since=mark)
    await s.post(group, li, "/settings unclaimed 45m")
    saved = await harness.bot_says(group, "已保存", since=mark)
    assert "无人接单 45 分钟后" in saved.params["text"]
    await s.post(group, building.wang, REQUEST)
    await harness.card(group, 1)
    await _follow_up(harness, minutes=44)
    assert harness.sent_to(group, lambda text: "已等待" in text) == []
    await _follow_up(harness, minutes=1)
    await harness.bot_says(group, "#1", "已等待 45 分钟", "No lead or staff member")
