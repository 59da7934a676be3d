"""Never silent: the family hears when nobody has answered; Escalate tells the truth."""

from __future__ import annotations

from tests.support.harness import CARDIAC, BuildingWorld, Harness, set_up_chain


async def test_nobody_acknowledging_tells_the_family_to_call_120_each_time(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)  # lead & doctor 2 min, then staff 3 min
    mark = s.mark()
    report = await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)

    harness.clock.advance(seconds=120)
    assert await harness.louhu.sweep() == 1
    told = await harness.bot_says(group, "还没有人确认接手", since=mark)
    assert told.params["reply_parameters"]["message_id"] == report.message_id  # the reporter
    text = told.params["text"]
    assert "请立即拨打 120" in text and "仍在呼叫：社区防疫组" in text
    assert "nobody has answered yet. Call 120 now" in text
    await harness.bot_says(building.li, "紧急求助 #1", since=mark)

    again = s.mark()
    harness.clock.advance(seconds=180)  # the last level is repeated, and the group told again
    assert await harness.louhu.sweep() == 1
    await harness.bot_says(building.li, "第 1 次重复呼叫", since=again)
    await harness.bot_says(group, "还没有人确认接手", "社区防疫组", since=again)


async def test_a_level_naming_nobody_is_passed_over_at_once(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.eve)
    mark = s.mark()
    await s.post(group, building.li, "/lead @eve")
    await s.post(group, building.li, "/chain 一线 | 2m | role:lead\n二线 | 3m | role:staff")
    await harness.bot_says(group, "应急呼叫链", since=mark)
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)

    again = s.mark()
    harness.clock.advance(seconds=120)
    assert await harness.louhu.sweep() == 1
    await harness.bot_says(group, "还没有人确认接手", "仍在呼叫：一线", since=again)
    await harness.bot_says(building.eve, "第 1 次重复呼叫", since=again)
    await s.post(group, building.li, "/incident 1")
    timeline = (await harness.bot_says(group, "🕘", since=again)).params["text"]
    assert "该层级无人可呼叫" in timeline and "二线" in timeline


async def test_escalate_after_acknowledging_moves_on_and_says_so(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    alert = await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    message_id = alert.result["message_id"]
    query = await s.press(building.eve.id, building.eve, message_id, button_text="我来处理")
    await s.wait_callback_answer(query)

    pressed = s.mark()
    query = await s.press(building.eve.id, building.eve, message_id, button_text="升级")
    answer = (await s.wait_callback_answer(query))["text"]
    assert answer == "已升级，现在呼叫：社区防疫组"
    staff_alert = (await harness.bot_says(building.li, "紧急求助 #1", since=pressed)).params
    assert "重复呼叫" not in staff_alert["text"] and "还没有人确认" not in staff_alert["text"]
    told = await harness.bot_says(building.bob, "asked for more help", since=pressed)
    assert "not acknowledged in time" not in told.params["text"]

    query = await s.press(building.eve.id, building.eve, message_id, button_text="升级")
    answer = (await s.wait_callback_answer(query))["text"]
    assert answer == "没有更高一级可以呼叫了，呼叫链上的人都已收到通知。如有需要请拨打 120。"
    assert harness.sent_to(building.li, lambda t: "重复呼叫" in t) == []
