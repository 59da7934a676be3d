"""包户 end to end, in zh and en: /pair, an order offered to the paired volunteer first, the
window opening the card to everyone (also after a restart), /today's tasks ticked off, late
tasks listed to the lead, a leaving volunteer's households handed to the lead."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.callbacks import OrderCallback
from domain.order_rules import OrderAction
from standin.world import StoredMessage
from tests.support.harness import REQUEST, BuildingWorld, Harness

SHANGHAI = ZoneInfo("Asia/Shanghai")
GROUP_BUTTONS_RESERVED = [  # no Claim while reserved; staff may still assign (社区派单)
    "不是订单 Not an order",
    "改类别 Category",
    "🆘 紧急（工作人员） Emergency (staff)",
    "👥 指派 Assign",
]


def _local(harness: Harness, after: timedelta = timedelta(0)) -> str:
    return (harness.clock.now() + after).astimezone(SHANGHAI).strftime("%H:%M")


async def _paired(harness: Harness, building: BuildingWorld) -> None:
    """Bob (English) started the bot and is paired with 王阿姨's 3-2-501 by 李主任."""
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.bob)
    await s.post(group, building.li, "/pair 3幢2单元501 @bob_helps")
    reply = await harness.bot_says(group, "3-2-501 已由")
    assert "Bob" in reply.params["text"] and "10 分钟" in reply.params["text"]
    told = await harness.bot_says(building.bob, "You now look after 3-2-501")
    assert "/today" in told.params["text"]


async def _order_card(harness: Harness, building: BuildingWorld) -> StoredMessage:
    await harness.standin.post(building.group, building.wang, REQUEST)
    return await harness.card(building.group, 1)


async def _offer(harness: Harness, building: BuildingWorld) -> StoredMessage:
    call = await harness.bot_says(building.bob, "Order #1 from your household 3-2-501")
    return harness.standin.message(building.bob.id, call.result["message_id"])


async def test_pair_answers_staff_strangers_and_mistakes(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.dave, "/pair 3-2-501 @bob_helps")
    refused = await harness.bot_says(group, "Only the building's staff or lead can pair")
    assert refused.params["chat_id"] == group.id
    await s.post(group, building.li, "/pair 9-9-909 @bob_helps")
    await harness.bot_says(group, "9-9-909 不在本楼台账里")
    await s.post(group, building.li, "/pair 3-2-501 @director_li")
    await harness.bot_says(group, "不是本楼志愿者", "/volunteer")
    await s.post(group, building.li, "/pair 3-2-501 @nobody_here")
    await harness.bot_says(group, "我还不认识 @nobody_here")
    await s.post(group, building.li, "/pair 3-2-50x1 @bob_helps")
    await harness.bot_says(group, "看不懂房号“3-2-50x1”")
    await s.post(group, building.li, "/pair")
    await harness.bot_says(group, "本楼还没有包户", "/pair off 3-2-501")

    # the lead may pair too; a volunteer who never started the bot gets orders at once
    await s.post(group, building.li, "/lead @eve")
    await harness.bot_says(group, "小夏")
    await s.post(group, building.eve, "/pair 3-2-501 @bob_helps")
    warned = await harness.bot_says(group, "3-2-501 已由")
    assert "还没有私聊启动机器人" in warned.params["text"]
    card = await _order_card(harness, building)
    assert card.buttons[0]["text"] == "接单 Claim" and "保留" not in (card.text or "")

    await s.post(group, building.li, "/pair")
    listed = await harness.bot_says(group, "包户住户（1）")
    assert "3-2-501 →" in listed.params["text"] and "Bob" in listed.params["text"]
    await s.post(group, building.li, "/pair off 3幢2单元501")
    await harness.bot_says(group, "3-2-501 不再由")
    await s.post(group, building.li, "/pair off 3-2-501")
    await harness.bot_says(group, "3-2-501 没有包户志愿者")


async def test_an_order_waits_for_its_volunteer_then_opens_to_everyone(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await _paired(harness, building)
    until = _local(harness, timedelta(minutes=10))
    card = await _order_card(harness, building)
    assert "已为包户志愿者" in (card.text or "") and f"保留至 {until}" in (card.text or "")
    assert f"until {until}" in (card.text or "")
    assert [b["text"] for b in card.buttons] == GROUP_BUTTONS_RESERVED
    offer = await _offer(harness, building)
    assert f"It is yours to claim until {until}" in (offer.text or "")
    assert [b["text"] for b in offer.buttons] == ["Claim"]

    # a forged Claim on the group card, from another volunteer, is refused with why
    order_id = OrderCallback.unpack(card.buttons[0]["callback_data"]).order_id
    forged = OrderCallback(action=OrderAction.CLAIM, order_id=order_id).pack()
    query = await s.press(group, building.eve, card.message_id, callback_data=forged)
    answer = await s.wait_callback_answer(query)
    assert answer["text"].startswith("这单先留给该户的包户志愿者几分钟")

    harness.clock.advance(minutes=9)
    await harness.louhu.run_pairing()
    await harness.settled()
    assert [b["text"] for b in s.message(group, card.message_id).buttons] == (
        GROUP_BUTTONS_RESERVED
    )
    harness.clock.advance(minutes=1)
    await harness.louhu.run_pairing()
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == card.message_id)
    opened = s.message(group, card.message_id)
    assert "保留" not in (opened.text or "") and "等待志愿者接单" in (opened.text or "")
    # Bob's private offer says so too, and keeps its Claim button
    await s.wait_for(
        "editMessageText",
        lambda c: (
            c.params["chat_id"] == building.bob.id and c.params["message_id"] == offer.message_id
        ),
    )
    reopened = s.message(building.bob.id, offer.message_id)
    assert f"Nobody claimed it by {until}, so it is now open to every volunteer" in (
        reopened.text or ""
    )
    assert "Order #1 from your household 3-2-501" in (reopened.text or "")
    assert [b["text"] for b in reopened.buttons] == ["Claim"]
    answer = await harness.press(group, building.eve, opened, "Claim")
    assert answer["text"] == "接单成功，谢谢你！"
    query = await s.press(building.bob.id, building.bob, offer.message_id, button_text="Claim")
    assert "小夏" in (await s.wait_callback_answer(query))["text"]  # told who has it


async def test_the_volunteer_claims_from_the_private_offer(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await _paired(harness, building)
    card = await _order_card(harness, building)
    offer = await _offer(harness, building)
    query = await s.press(building.bob.id, building.bob, offer.message_id, button_text="Claim")
    assert (await s.wait_callback_answer(query))["text"] == "Claimed. Thank you!"
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == card.message_id)
    claimed = s.message(group, card.message_id)
    assert "Bob" in (claimed.text or "") and claimed.buttons[0]["text"] == "已送达 Delivered"
    await s.wait_for("editMessageText", lambda c: c.params["chat_id"] == building.bob.id)
    taken = s.message(building.bob.id, offer.message_id)
    assert "You claimed order #1" in (taken.text or "") and taken.buttons == []

    # the window passing later changes nothing: the order was re-read and is taken
    edits = len(s.calls("editMessageText"))
    harness.clock.advance(minutes=11)
    await harness.louhu.run_pairing()
    await harness.settled()
    assert len(s.calls("editMessageText")) == edits
    answer = await harness.press(group, building.bob, claimed, "Delivered")
    assert answer["text"] == "Marked as delivered. Thank you!"


async def test_the_window_opens_once_after_a_restart(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await _paired(harness, building)
    await s.post(group, building.li, "/settings pairwindow 15")
    await harness.bot_says(group, "包户：包户住户的订单先等志愿者 15 分钟")
    until = _local(harness, timedelta(minutes=15))
    card = await _order_card(harness, building)
    assert f"保留至 {until}" in (card.text or "")
    await harness.settled()

    await harness.restart()
    harness.clock.advance(minutes=15)
    mark = s.mark()
    await harness.louhu.run_pairing()
    await harness.louhu.run_pairing()
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == card.message_id)
    await harness.restart()  # and again: the scheduler's first run at start opens nothing
    await harness.louhu.run_pairing()
    await harness.settled()
    card_edits = [
        c
        for c in s.calls()[mark:]
        if c.method == "editMessageText" and c.params["message_id"] == card.message_id
    ]
    assert len(card_edits) == 1
    assert s.message(group, card.message_id).buttons[0]["text"] == "接单 Claim"


async def test_today_tasks_ticked_and_late_ones_listed_to_the_lead(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    now = harness.clock.now().astimezone(SHANGHAI)
    morning = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), SHANGHAI)
    harness.clock.advance(seconds=(morning + timedelta(hours=8) - now).total_seconds())
    for user in (building.bob, building.eve):
        await s.user_starts_bot(user)
    await s.post(group, building.li, "/lead @eve")
    await s.post(group, building.li, "/quarantine 3-2-501")
    await harness.bot_says(group, "3-2-501", "隔离")
    await s.post(group, building.li, "/pair 3-2-501 @bob_helps")
    await harness.bot_says(group, "3-2-501 已由")
    await harness.louhu.run_pairing()

    await s.post(building.bob.id, building.bob, "/today")
    call = await harness.bot_says(building.bob, "Your day")
    day = s.message(building.bob.id, call.result["message_id"])
    assert "3号楼 3-2-501" in (day.text or "")
    assert "◻️ 09:00 3-2-501 🗑 rubbish run" in (day.text or "")
    assert "◻️ 10:00 3-2-501 🧴 stairwell disinfection" in (day.text or "")
    assert [b["text"] for b in day.buttons] == [
        "✅ done: 3-2-501 🗑 rubbish run",
        "✅ done: 3-2-501 🧴 stairwell disinfection",
    ]
    # someone else pressing it (forged into their own chat) is refused
    data = day.buttons[1]["callback_data"]
    mark = s.mark()
    await s.user_starts_bot(building.dave)
    welcome = await harness.bot_says(building.dave, "Dave", since=mark)
    query = await s.press(
        building.dave.id, building.dave, welcome.result["message_id"], callback_data=data
    )
    refused = await s.wait_callback_answer(query)
    assert refused["text"].startswith("Only the household's volunteer")

    query = await s.press(
        building.bob.id, building.bob, day.message_id, button_text=day.buttons[1]["text"]
    )
    assert (await s.wait_callback_answer(query))["text"] == "✅ Done, thank you!"
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == day.message_id)
    redrawn = s.message(building.bob.id, day.message_id)
    assert "✅ 10:00 3-2-501 🧴 stairwell disinfection done" in (redrawn.text or "")
    assert [b["text"] for b in redrawn.buttons] == ["✅ done: 3-2-501 🗑 rubbish run"]

    harness.clock.advance(hours=1)  # 09:00: the rubbish run is late, the lead (zh) hears once
    await harness.louhu.run_pairing()
    late = await harness.bot_says(building.eve, "项包户任务到时间还没完成")
    assert "3号楼：1 项" in late.params["text"]
    assert "09:00 3-2-501 🗑 倒垃圾 · " in late.params["text"] and "Bob" in late.params["text"]
    harness.clock.advance(hours=2)
    await harness.louhu.run_pairing()
    await harness.settled()
    assert len(harness.sent_to(building.eve, lambda t: "包户任务" in t)) == 1

    await s.post(group, building.bob, "/today")
    await harness.bot_says(group, "send it to me in a private chat")


async def test_a_leaving_volunteers_households_go_to_the_lead(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await _paired(harness, building)
    await s.user_starts_bot(building.eve)
    await s.post(group, building.li, "/lead @eve")
    await harness.bot_says(group, "小夏")
    await s.post(group, building.bob, "/volunteer off")
    await harness.bot_says(group, "no longer a volunteer")
    told = await harness.bot_says(building.eve, "不再当志愿者")
    assert "1 户现在由您负责：3-2-501" in told.params["text"]
    await s.post(group, building.li, "/pair")
    listed = await harness.bot_says(group, "包户住户（1）")
    assert "小夏" in listed.params["text"]
