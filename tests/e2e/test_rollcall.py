"""The roll call through the stand-in: posted once, edited as readings come, presses re-checked."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.callbacks import RollCallCallback
from bot.l10n import L10n
from bot.rollcall_slots import RollCallActions
from domain.calendar_slots import Slot, SlotKind
from domain.rollcall import RollCallPress
from models.buildings import building_by_chat
from models.rollcalls import RollCall, WelfareCheck
from standin.recording import ApiCall
from standin.world import StoredMessage
from tests.support.harness import BuildingWorld, Harness
from tests.support.rollcall import SETTINGS, quarantined

ACTIONS = RollCallActions(L10n(), "zh")


async def _households(harness: Harness, building: BuildingWorld) -> None:
    """3-2-501 (王阿姨), 3-2-502 (Bob) and the silent, vulnerable 3-2-503 are due today."""
    today = harness.clock.now().astimezone(SETTINGS.zone).date()
    async with harness.louhu.sessionmaker() as session:
        b = await building_by_chat(session, building.group.id)
        assert b is not None
        for flat in ("3-2-501", "3-2-502"):
            await quarantined(session, harness.clock, b, flat, start=today)
        await quarantined(
            session,
            harness.clock,
            b,
            "3-2-503",
            start=today - timedelta(days=1),
            needs="living_alone",
            phone="13800001111",
        )
        await session.commit()


async def _slot(harness: Harness, building: BuildingWorld, kind: SlotKind) -> None:
    """Run a roll-call slot now, as the calendar engine would, and let the sender go."""
    now = harness.clock.now()
    async with harness.louhu.sessionmaker() as session:
        b = await building_by_chat(session, building.group.id)
        assert b is not None
        slot = Slot(b.id, kind, now, now.astimezone(SETTINGS.zone).date())
        action = ACTIONS.start if kind is SlotKind.ROLLCALL else ACTIONS.close
        await action(session, harness.clock, slot, SETTINGS)
        await session.commit()
    harness.louhu.sender.wake()


async def _roll_call(harness: Harness, building: BuildingWorld) -> StoredMessage:
    s, group = harness.standin, building.group
    mark = s.mark()
    await _slot(harness, building, SlotKind.ROLLCALL)
    call = await harness.bot_says(group, "体温接龙", "Temperature roll call", since=mark)
    await harness.settled()
    return s.message(group, call.result["message_id"])


async def _edited_to(harness: Harness, message: StoredMessage, *fragments: str) -> str:
    s = harness.standin

    def shows(call: ApiCall) -> bool:
        text = call.params.get("text", "")
        return call.params.get("message_id") == message.message_id and all(
            f in text for f in fragments
        )

    await s.wait_for("editMessageText", shows)
    return s.message(message.chat, message.message_id).text or ""


async def test_roll_call_is_edited_in_place_as_readings_arrive(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.bob, "/register 3-2-502")
    await harness.settled()
    await _households(harness, building)
    rollcall = await _roll_call(harness, building)
    text = rollcall.text or ""
    assert "3-2-501  —" in text and "3-2-502  —" in text and "3-2-503  —" in text
    assert [b["text"] for b in rollcall.buttons] == ["🌡️ 报体温 Report temperature"]

    await s.post(group, building.wang, "3-2-501 36.5")  # a message naming the flat
    await _edited_to(harness, rollcall, "3-2-501  36.5°C")
    await s.post(group, building.bob, "97.9F", reply_to=rollcall.message_id)  # a bare reply
    shown = await _edited_to(harness, rollcall, "3-2-502  36.6°C")
    assert "3-2-501  36.5°C" in shown and "3-2-503  —" in shown
    assert "已报 2/3 户" in shown and "Reported 2/3 households" in shown

    # the button: the presser gets a reply box in the group, and their reply fills the entry
    answer = await harness.press(group, building.wang, rollcall, "Report temperature")
    assert answer["text"] == "请在群里回复我刚发的消息，写上体温。"
    prompt_call = await harness.bot_says(group, "请回复本消息，报 3-2-501 的体温")
    assert prompt_call.params["reply_markup"]["force_reply"] is True
    assert prompt_call.params["reply_markup"]["selective"] is True
    assert f"tg://user?id={building.wang.id}" in prompt_call.params["text"]
    mark = s.mark()
    await s.post(group, building.wang, "37.8", reply_to=prompt_call.result["message_id"])
    shown = await _edited_to(harness, rollcall, "3-2-501  37.8°C 🔴 发热 fever (已更新 updated)")
    # the fever path ran once, as for any reading: advice under the reply
    await harness.settled()
    advice = [t for t in harness.sent_to(group) if "37.8" in t and "37.3" in t]
    assert len(advice) == 1
    assert len([c for c in s.calls()[mark:] if c.method == "sendMessage"]) == 1

    # staff on a household's behalf: asked for the flat too
    answer = await harness.press(group, building.li, rollcall, "Report temperature")
    await harness.bot_says(group, "请回复本消息，写房号和体温")


async def test_a_stranger_pressing_report_is_told_why_and_nothing_is_asked(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await _households(harness, building)
    rollcall = await _roll_call(harness, building)
    mark = s.mark()
    answer = await harness.press(group, building.dave, rollcall, "Report temperature")
    assert answer["text"] == (
        "Only households on this roll call (flat registered with /register) or staff can "
        "report here."
    )
    # a volunteer with no flat due is a stranger to this roll call too
    answer = await harness.press(group, building.eve, rollcall, "Report temperature")
    assert answer["text"].startswith("只有本次接龙中的住户")
    await harness.settled()
    assert [c for c in s.calls()[mark:] if c.method == "sendMessage"] == []


async def test_forged_roll_call_presses_change_nothing(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await _households(harness, building)
    rollcall = await _roll_call(harness, building)
    async with harness.louhu.sessionmaker() as session:
        rollcall_id = (await session.scalars(select(RollCall.id))).one()
    real = RollCallCallback(action=RollCallPress.REPORT, ref_id=rollcall_id).pack()
    mallory = await s.add_user("Mallory", language_code="en")
    other = await s.add_group("Mallory's group", creator=mallory, members=[])
    await s.add_bot_to_group(other, mallory, as_admin=True)
    mark = s.mark()
    await s.post(other, mallory, "/help")
    decoy = (await harness.bot_says(other, "/register", since=mark)).result["message_id"]

    welcome = next(c for c in s.calls("sendMessage") if c.ok and c.params["chat_id"] == group.id)
    mark = s.mark()
    answers = []
    for chat, who, message_id, data in [
        (other, mallory, decoy, real),  # the real roll call named from another group
        (group, building.wang, welcome.result["message_id"], real),  # …or from another message
        (group, building.wang, rollcall.message_id, "k1:report:999999"),  # no such roll call
        (group, building.wang, rollcall.message_id, "k1:nuke:1"),  # no such action
        (group, building.dave, rollcall.message_id, f"k1:checked:{rollcall_id}"),  # no check
    ]:
        query = await s.press(chat, who, message_id, callback_data=data)
        answers.append((await s.wait_callback_answer(query))["text"])
    assert answers == [
        "This roll call button is no longer valid.",
        "这个接龙按钮已失效。",
        "这个接龙按钮已失效。",
        "这个按钮已失效。",
        "This roll call button is no longer valid.",
    ]
    await harness.settled()
    changes = {"sendMessage", "editMessageText", "editMessageReplyMarkup"}
    assert [c for c in s.calls()[mark:] if c.method in changes] == []


async def test_the_lead_checks_on_a_vulnerable_household_silent_twice(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    eve = building.eve
    await s.user_starts_bot(eve)
    await s.post(group, building.li, "/lead @eve")
    await harness.settled()
    await _households(harness, building)
    for _ in range(2):
        rollcall = await _roll_call(harness, building)
        harness.clock.advance(hours=2)
        await _slot(harness, building, SlotKind.ROLLCALL_CLOSE)
        await harness.settled()
        harness.clock.advance(hours=10)
    lists = harness.sent_to(eve, lambda text: "未上报" in text)
    assert len(lists) == 2 and all("3-2-503 · ☎ 13800001111" in text for text in lists)
    ask_call = await harness.bot_says(eve, "连续两次未报体温")
    ask = s.message(eve.id, ask_call.result["message_id"])

    # the check's button data forged by someone else, in their own private chat
    forged = ask.buttons[0]["callback_data"]
    dave = building.dave
    mark = s.mark()
    await s.user_starts_bot(dave)
    hello = (await harness.bot_says(dave, "Louhu", since=mark)).result["message_id"]
    query = await s.press(dave.id, dave, hello, callback_data=forged)
    answer = await s.wait_callback_answer(query)
    assert answer["text"] == "Only the building's lead or staff can record a welfare check."
    # the lead's own button data pressed on the group's roll call: not a place for checks
    query = await s.press(group, eve, rollcall.message_id, callback_data=forged)
    assert (await s.wait_callback_answer(query))["text"] == "这个接龙按钮已失效。"
    answer = await harness.press(eve.id, eve, ask, "已查看")  # type: ignore[arg-type]
    assert answer["text"] == "谢谢！请回复我刚发的消息，说明情况。"
    prompt = await harness.bot_says(eve, "3-2-503 情况如何")
    await harness.settled()
    assert s.message(eve.id, ask.message_id).buttons == []
    await s.post(eve.id, eve, "一切正常，手机没电", reply_to=prompt.result["message_id"])
    await harness.bot_says(eve, "已记录 3-2-503 的探视情况：一切正常，手机没电")
    async with harness.louhu.sessionmaker() as session:
        check = (await session.scalars(select(WelfareCheck))).one()
        assert check.checked_by == eve.id and check.finding == "一切正常，手机没电"
    # once answered, more words go their usual way
    mark = s.mark()
    await s.post(eve.id, eve, "你好", reply_to=prompt.result["message_id"])
    await harness.bot_says(eve, "/help", since=mark)


async def test_in_privacy_mode_the_reply_and_the_button_still_reach_the_bot(
    harness: Harness,
) -> None:
    """No admin rights, privacy mode on: plain messages are withheld, but replies to the bot's
    messages (the roll call, the button's prompt) and button presses are delivered."""
    s = harness.standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    zhao = await s.add_user("赵先生")
    group = await s.add_group("5号楼", creator=li, members=[wang, zhao])
    await s.add_bot_to_group(group, li, as_admin=False)
    await s.post(group, li, "/setup 5号楼")
    await s.post(group, wang, "/register 3-2-501")
    await s.post(group, zhao, "/register 3-2-502")
    await harness.settled()
    world = BuildingWorld(group, li, wang, zhao, zhao, zhao)
    await _households(harness, world)
    rollcall = await _roll_call(harness, world)

    await s.post(group, wang, "3-2-501 36.5")  # withheld by Telegram: never reaches the bot
    await harness.settled()
    assert "3-2-501  —" in (s.message(group, rollcall.message_id).text or "")

    await s.post(group, zhao, "36.6", reply_to=rollcall.message_id)
    await _edited_to(harness, rollcall, "3-2-502  36.6°C")
    await harness.press(group, wang, rollcall, "Report temperature")
    prompt = await harness.bot_says(group, "请回复本消息，报 3-2-501 的体温")
    await s.post(group, wang, "36.7", reply_to=prompt.result["message_id"])
    await _edited_to(harness, rollcall, "3-2-501  36.7°C", "3-2-502  36.6°C")
