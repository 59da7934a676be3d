"""吹哨 volunteer calls end to end: posted by staff, signed up for, full, closed, extended,
reminded; in zh and en; strangers and forged buttons change nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.callbacks import CallCallback
from domain.calls import CallPress
from standin.world import StoredMessage
from tests.support.harness import BuildingWorld, Harness

SHANGHAI = ZoneInfo("Asia/Shanghai")


async def _post_call(harness: Harness, building: BuildingWorld, text: str) -> StoredMessage:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.li, text)
    call = await harness.bot_says(group, "#", "👥", since=mark)
    return s.message(group, call.result["message_id"])


async def _pressed(
    harness: Harness, building: BuildingWorld, who, message: StoredMessage, label: str
) -> str:
    answer = await harness.press(building.group, who, message, label)
    return answer["text"]


async def _shown(harness: Harness, building: BuildingWorld, message: StoredMessage, *parts: str):
    """Wait until the call's message (edited in place) shows every part."""
    s = harness.standin

    def shows(_call: object) -> bool:
        text = s.message(building.group, message.message_id).text or ""
        return all(part in text for part in parts)

    if not shows(None):
        await s.wait_for("editMessageText", shows)
    return s.message(building.group, message.message_id)


async def test_call_signups_fill_it_and_the_message_is_edited_in_place(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    call = await _post_call(harness, building, "/call 核酸采样引导 明天 07:00-10:00 2人")
    text = call.text or ""
    tomorrow = (harness.clock.now().astimezone(SHANGHAI) + timedelta(days=1)).date()
    assert "吹哨 Volunteer call #1" in text and "核酸采样引导" in text
    assert f"{tomorrow:%m-%d}" in text and "07:00–10:00" in text
    assert "0/2" in text
    assert [b["text"] for b in call.buttons] == [
        "报名 Sign up",
        "取消报名 Cancel my sign-up",
        "+1 名额 +1 place",
        "延长1小时 +1 hour",
        "结束报名 Close",
    ]

    assert await _pressed(harness, building, building.bob, call, "Sign up") == (
        "You are signed up, thank you! I will remind you an hour before. "
        "(Start a private chat with me first to get the reminder.)"
    )
    await _shown(harness, building, call, "1/2", "Bob")
    await s.user_starts_bot(building.eve)
    await harness.settled()  # her /start is handled before she presses (they race otherwise)
    assert await _pressed(harness, building, building.eve, call, "Sign up") == (
        "报名成功，谢谢！开始前一小时会提醒你。"
    )
    full = await _shown(harness, building, call, "2/2", "小夏", "名额已满")
    assert "1. " in (full.text or "") and "2. " in (full.text or "")
    # a third volunteer finds it full; the same volunteer twice is told so
    await s.post(building.group, building.dave, "/volunteer")
    await harness.bot_says(building.group, "Dave")
    assert await _pressed(harness, building, building.dave, call, "Sign up") == (
        "All places are taken, thank you!"
    )
    assert await _pressed(harness, building, building.eve, call, "Sign up") == "你已经报名了。"
    # Bob gives his place back: Dave may have it now
    assert await _pressed(harness, building, building.bob, call, "Cancel") == (
        "Your sign-up is cancelled."
    )
    await _shown(harness, building, call, "1/2")
    assert await _pressed(harness, building, building.dave, call, "Sign up") != (
        "All places are taken, thank you!"
    )
    final = await _shown(harness, building, call, "2/2", "Dave")
    assert "Bob" not in (final.text or "")


async def test_strangers_and_volunteers_cannot_run_a_call_and_forged_data_is_refused(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.bob, "/call sampling guides tomorrow 07:00-10:00 6")
    await harness.bot_says(group, "Only the building's staff, lead or group admins", since=mark)
    call = await _post_call(harness, building, "/call sampling guides tomorrow 07:00-10:00 6")
    edits = len(s.calls("editMessageText"))
    assert await _pressed(harness, building, building.dave, call, "Sign up") == (
        "Only the building's volunteers can sign up: send /volunteer in the group first."
    )
    for label in ("+1 place", "+1 hour", "Close"):
        assert await _pressed(harness, building, building.bob, call, label) == (
            "Only the building's staff, lead or group admins can do that."
        )
    forged = [
        CallCallback(action=CallPress.CLOSE, call_id=999).pack(),  # no such call
        "w1:nuke:1",  # no such action
        "w0:up:1",  # an older layout
    ]
    answers = []
    for data in forged:
        query = await s.press(group, building.dave, call.message_id, callback_data=data)
        answers.append((await s.wait_callback_answer(query))["text"])
    assert answers == ["This button is no longer valid."] * 3
    # the call's own button pressed on another message of the group names nothing there
    other = (await harness.bot_says(group, "Only the building's staff")).result["message_id"]
    data = CallCallback(action=CallPress.SIGN_UP, call_id=1).pack()
    query = await s.press(group, building.bob, other, callback_data=data)
    assert (await s.wait_callback_answer(query))["text"] == "This button is no longer valid."
    await harness.settled()
    assert len(s.calls("editMessageText")) == edits
    assert "0/6" in (s.message(group, call.message_id).text or "")


async def test_staff_extend_and_close_with_buttons_and_commands(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    call = await _post_call(harness, building, "/call 送菜上楼 后天 08:00-09:00 1")
    await _pressed(harness, building, building.bob, call, "Sign up")
    await _shown(harness, building, call, "1/1", "名额已满")
    assert await _pressed(harness, building, building.li, call, "+1 place") == "已延长。"
    await _shown(harness, building, call, "1/2", "08:00–09:00")
    assert await _pressed(harness, building, building.li, call, "+1 hour") == "已延长。"
    await _shown(harness, building, call, "08:00–10:00")
    mark = s.mark()
    await s.post(group, building.li, "/call more 1 3人")
    await harness.bot_says(group, "已延长", since=mark)
    await _shown(harness, building, call, "1/5")
    await s.post(group, building.li, "/call until 1 11:30")
    await _shown(harness, building, call, "08:00–11:30")
    mark = s.mark()
    await s.post(group, building.li, "/call until 1 10:00")
    await harness.bot_says(group, "新的结束时间要晚于现在的结束时间", since=mark)
    assert await _pressed(harness, building, building.li, call, "Close") == "已结束报名。"
    closed = await _shown(harness, building, call, "报名已结束")
    assert closed.buttons == []
    mark = s.mark()
    await s.post(group, building.li, "/call more 1 2")
    await harness.bot_says(group, "这个召集已结束报名", since=mark)


async def test_reminder_an_hour_before_goes_once_to_those_signed_up(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    for user in (building.bob, building.eve, building.li):
        await s.user_starts_bot(user)
    await harness.settled()
    call = await _post_call(harness, building, "/call sampling guides tomorrow 07:00-10:00 6")
    await _pressed(harness, building, building.bob, call, "Sign up")
    await _pressed(harness, building, building.eve, call, "Sign up")
    await _pressed(harness, building, building.li, call, "Sign up")  # staff may go too
    await _pressed(harness, building, building.li, call, "Cancel")
    await harness.settled()
    local = harness.clock.now().astimezone(SHANGHAI) + timedelta(days=1)
    start = datetime.combine(local.date(), datetime.min.time(), SHANGHAI).replace(hour=7)
    harness.clock.advance(
        seconds=(start - timedelta(minutes=61) - harness.clock.now()).total_seconds()
    )
    assert await harness.louhu.remind_calls() == 0  # not yet
    harness.clock.advance(minutes=2)
    assert await harness.louhu.remind_calls() == 2
    reminder = await harness.bot_says(building.bob, "Reminder", "#1", "sampling guides")
    assert "07:00–10:00" in reminder.params["text"]
    await harness.bot_says(building.eve, "提醒", "吹哨 #1", "一小时后开始", "07:00–10:00")
    assert await harness.louhu.remind_calls() == 0  # once
    await harness.settled()
    assert len(harness.sent_to(building.bob, lambda t: "Reminder" in t)) == 1
    assert len(harness.sent_to(building.eve, lambda t: "提醒" in t)) == 1
    assert harness.sent_to(building.li, lambda t: "提醒" in t) == []


async def test_bad_calls_get_a_usage_answer(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    for text, expected in (
        ("/call", "用法：/call 任务"),
        ("/call 核酸采样引导 明天 6人", "请写上时间段"),
        ("/call 核酸采样引导 明天 07:00-10:00", "请写上需要几个人"),
        ("/call 明天 07:00-10:00 6人", "请写上任务是什么"),
        ("/call 引导 明天 10:00-07:00 6人", "结束要晚于开始"),
        ("/call 引导 13月40日 07:00-08:00 6人", "日期看不懂"),
    ):
        mark = s.mark()
        await s.post(group, building.li, text)
        await harness.bot_says(group, expected, since=mark)
    await harness.settled()
    assert not any("👥" in t for t in harness.sent_to(group))


async def test_two_pressing_for_the_last_place_one_gets_it(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    call = await _post_call(harness, building, "/call 搬物资 明天 09:00-10:00 1人")
    label = call.button("报名 Sign up")["text"]
    first = await s.press(group, building.bob, call.message_id, button_text=label)
    second = await s.press(group, building.eve, call.message_id, button_text=label)
    answers = [(await s.wait_callback_answer(q))["text"] for q in (first, second)]
    assert answers[0].startswith("You are signed up") and answers[1] == "名额已满，谢谢！"
    shown = await _shown(harness, building, call, "1/1", "Bob")
    assert "小夏" not in (shown.text or "")
