"""Emergencies about a message already in the group: the in-doubt question, /sos as a reply,
staff's 🆘 on an order card."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from sqlalchemy import func, select

import domain.intake
from domain.understanding import EmergencyFamily, Kind, Understanding
from models.db import create_engine, create_sessionmaker
from models.incidents import Incident
from tests.support.harness import CARDIAC, REQUEST, BuildingWorld, Harness, set_up_chain

DOUBTFUL = "我爸今天有点不对劲 一直不说话"
CRASHED = "救命 我爸晕倒了 叫不醒"


@pytest.fixture
def in_doubt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Understanding puts DOUBTFUL in the in-doubt band (with a stroke family), and crashes on
    CRASHED (its own guard then answers in doubt with no family); today's rules do neither."""
    real = domain.intake.understand

    def understand(text: str, **kwargs: Any) -> Understanding:
        reading = real(text, **kwargs)
        if text == DOUBTFUL:
            families = (EmergencyFamily.STROKE,)
            return dataclasses.replace(reading, kind=Kind.OTHER, in_doubt=True, families=families)
        if text == CRASHED:
            return Understanding(kind=Kind.OTHER, in_doubt=True)
        return reading

    monkeypatch.setattr(domain.intake, "understand", understand)


async def _incidents(harness: Harness) -> int:
    engine = create_engine(harness.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            return int(await session.scalar(select(func.count()).select_from(Incident)) or 0)
    finally:
        await engine.dispose()


async def test_in_doubt_message_asks_the_group_and_a_neighbour_opens_it(
    harness: Harness, building: BuildingWorld, in_doubt: None
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    doubtful = await s.post(group, building.wang, DOUBTFUL)

    question = await harness.bot_says(group, "需要紧急帮助吗", "Need urgent help", since=mark)
    assert question.params["reply_parameters"]["message_id"] == doubtful.message_id
    asked = s.message(group, question.result["message_id"])
    assert [b["text"] for b in asked.buttons] == ["🆘 是，马上呼叫 Yes, call now"]
    note = await harness.bot_says(building.eve, "可能的紧急情况", "3-2-501", since=mark)  # lead
    assert DOUBTFUL in note.params["text"]
    await harness.bot_says(building.bob, "Possible emergency", DOUBTFUL, since=mark)  # doctor
    await harness.settled()
    assert await _incidents(harness) == 0  # a question, not an alarm

    data = asked.buttons[0]["callback_data"]
    query = await s.press(
        group, building.dave, asked.message_id, button_text=asked.buttons[0]["text"]
    )
    assert (await s.wait_callback_answer(query))["text"].startswith("Emergency sent")
    alert = await harness.bot_says(building.eve, "紧急求助 #1", "3-2-501", since=mark)
    assert DOUBTFUL in alert.params["text"] and "发病时间" in alert.params["text"]  # stroke line
    await harness.bot_says(group, "已收到紧急求助", since=mark)
    await s.wait_for("editMessageReplyMarkup", lambda c: c.params["message_id"] == asked.message_id)
    assert s.message(group, asked.message_id).buttons == []

    again = await s.press(group, building.wang, asked.message_id, callback_data=data)
    assert "#1" in (await s.wait_callback_answer(again))["text"]  # already open, said so
    await harness.settled()
    assert await _incidents(harness) == 1


async def test_forged_or_stale_doubt_press_changes_nothing(
    harness: Harness, building: BuildingWorld, in_doubt: None
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, DOUBTFUL)
    question = await harness.bot_says(group, "需要紧急帮助吗", since=mark)
    asked = question.result["message_id"]

    for forged in ("r1:doubt:999", "r1:nonsense:1", "r0:doubt:1"):
        query = await s.press(group, building.dave, asked, callback_data=forged)
        assert "no longer valid" in (await s.wait_callback_answer(query))["text"]
    other = await s.add_group("别的楼 Other", creator=building.li, members=[building.dave])
    await s.add_bot_to_group(other, building.li, as_admin=True)
    await s.post(other, building.li, "/setup 别的楼")
    await harness.bot_says(other, "已登记本楼")
    bait = await s.post(other, building.li, "/help")
    await harness.settled()
    host = s.last_bot_message(other)
    assert host is not None and host.message_id >= bait.message_id
    query = await s.press(other, building.dave, host.message_id, callback_data="r1:doubt:1")
    assert "no longer valid" in (await s.wait_callback_answer(query))["text"]
    await harness.settled()
    assert await _incidents(harness) == 0


async def test_understanding_that_crashed_still_asks(
    harness: Harness, building: BuildingWorld, in_doubt: None
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, CRASHED)
    question = await harness.bot_says(group, "需要紧急帮助吗", since=mark)
    asked = s.message(group, question.result["message_id"])
    query = await s.press(
        group, building.wang, asked.message_id, button_text=asked.buttons[0]["text"]
    )
    await s.wait_callback_answer(query)
    alert = await harness.bot_says(building.eve, "紧急求助 #1", CRASHED, since=mark)
    assert "打开家门" in alert.params["text"]  # no family: the general line


async def test_sos_as_a_reply_quotes_the_message_and_its_authors_flat(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    words = await s.post(group, building.wang, "今天头有点晕 先躺一会")
    await s.post(group, building.dave, "/sos", reply_to=words)
    alert = await harness.bot_says(building.eve, "紧急求助 #1", "3-2-501", since=mark)
    assert "今天头有点晕" in alert.params["text"]
    await s.post(group, building.bob, "/sos", reply_to=words)  # a second neighbour: told, once
    await harness.bot_says(group, "Emergency #1 is already open", since=mark)

    # an author with no registered flat: the flat named in the message
    named = await s.post(group, building.dave, "5-1-302 的老人倒在门口了")
    await s.post(group, building.bob, "/sos", reply_to=named)
    second = await harness.bot_says(building.eve, "紧急求助 #2", since=mark)
    assert "5-1-302" in second.params["text"] and "倒在门口" in second.params["text"]


async def test_staff_sos_on_an_order_card_and_others_are_told_about_sos(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    assert "🆘 紧急（工作人员） Emergency (staff)" in [b["text"] for b in card.buttons]

    answer = await harness.press(group, building.dave, card, "🆘")
    assert "/sos" in answer["text"] and "staff" in answer["text"]  # Dave reads English
    await harness.settled()
    assert await _incidents(harness) == 0

    answer = await harness.press(group, building.li, card, "🆘")
    assert answer["text"].startswith("已发出紧急求助")
    alert = await harness.bot_says(building.eve, "紧急求助 #1", "3-2-501", since=mark)
    assert REQUEST in alert.params["text"]
    again = await harness.press(group, building.li, card, "🆘")
    assert "#1" in again["text"]
    await harness.settled()
    assert await _incidents(harness) == 1


async def test_the_note_to_the_lead_and_doctor_is_quiet(
    harness: Harness, building: BuildingWorld, in_doubt: None
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, DOUBTFUL)
    question = await harness.bot_says(group, "需要紧急帮助吗", since=mark)
    lead_note = await harness.bot_says(building.eve, "可能的紧急情况", since=mark)
    doctor_note = await harness.bot_says(building.bob, "Possible emergency", since=mark)
    assert lead_note.params.get("disable_notification") is True
    assert doctor_note.params.get("disable_notification") is True
    assert not question.params.get("disable_notification")  # the group's question is heard


async def test_the_press_answer_names_who_is_called_or_says_call_120(
    harness: Harness, building: BuildingWorld, in_doubt: None
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()  # nobody of the chain, the staff or the admins has started the bot
    await s.post(group, building.wang, DOUBTFUL)
    asked = s.message(group, (await harness.bot_says(group, "需要紧急帮助吗")).result["message_id"])
    query = await s.press(
        group, building.dave, asked.message_id, button_text=asked.buttons[0]["text"]
    )
    toast = (await s.wait_callback_answer(query))["text"]
    assert "nobody" in toast and "call 120 now" in toast and "being called" not in toast
    await harness.bot_says(group, "没有人能联系到", "call 120 now", since=mark)

    await set_up_chain(harness, building)
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    toast = (await harness.press(group, building.li, card, "🆘"))["text"]
    assert toast == "已发出紧急求助 #2，正在呼叫：楼道长和社区医生。请保持电话畅通！"


async def test_sos_in_reply_to_the_question_acts_on_the_message_it_asks_about(
    harness: Harness, building: BuildingWorld, in_doubt: None
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    doubtful = await s.post(group, building.wang, DOUBTFUL)
    question = await harness.bot_says(group, "需要紧急帮助吗", since=mark)
    asked = s.message(group, question.result["message_id"])
    data = asked.buttons[0]["callback_data"]

    await s.post(group, building.dave, "/sos he is not answering", reply_to=asked)
    alert = await harness.bot_says(building.eve, "紧急求助 #1", "3-2-501", since=mark)
    assert DOUBTFUL in alert.params["text"] and "he is not answering" in alert.params["text"]
    answer = await harness.bot_says(group, "已收到紧急求助", since=mark)
    assert answer.params["reply_parameters"]["message_id"] == doubtful.message_id
    await s.wait_for("editMessageReplyMarkup", lambda c: c.params["message_id"] == asked.message_id)
    assert s.message(group, asked.message_id).buttons == []

    pressed = await s.press(group, building.bob, asked.message_id, callback_data=data)
    assert "#1" in (await s.wait_callback_answer(pressed))["text"]  # the button joins it
    await s.post(group, building.bob, "/sos", reply_to=doubtful)  # so does /sos on the message
    await harness.bot_says(group, "Emergency #1 is already open", since=mark)
    await harness.settled()
    assert await _incidents(harness) == 1


async def test_sos_in_reply_to_the_question_after_its_button_joins_the_incident(
    harness: Harness, building: BuildingWorld, in_doubt: None
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, DOUBTFUL)
    question = await harness.bot_says(group, "需要紧急帮助吗", since=mark)
    asked = s.message(group, question.result["message_id"])
    query = await s.press(
        group, building.dave, asked.message_id, button_text=asked.buttons[0]["text"]
    )
    await s.wait_callback_answer(query)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    await s.wait_for("editMessageReplyMarkup", lambda c: c.params["message_id"] == asked.message_id)

    await s.post(group, building.bob, "/sos", reply_to=asked)  # the button is gone by now
    await harness.bot_says(group, "Emergency #1 is already open", since=mark)
    await harness.settled()
    assert await _incidents(harness) == 1
    assert harness.sent_to(building.eve, lambda t: "紧急求助 #2" in t) == []


@pytest.mark.parametrize(
    ("kind", "quoted"),
    [
        ("voice", "[语音 voice message: 7s]"),
        ("sticker", "[表情 sticker: 😭]"),
        ("photo", "[图片 photo]"),
        ("video", "[视频 video: 12s]"),
        ("location", "[位置 location: 31.23042, 121.47370]"),
    ],
)
async def test_sos_in_reply_to_a_message_without_text_quotes_what_it_is(
    harness: Harness, building: BuildingWorld, kind: str, quoted: str
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    media = await s.post_media(group, building.wang, kind)
    await s.post(group, building.dave, "/sos", reply_to=media)
    alert = await harness.bot_says(building.eve, "紧急求助 #1", "3-2-501", since=mark)  # her flat
    assert quoted in alert.params["text"]
    await s.post(group, building.bob, "/sos", reply_to=media)  # the same message: once
    await harness.bot_says(group, "Emergency #1 is already open", since=mark)


async def test_a_captioned_photo_is_quoted_by_its_caption(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    photo = await s.post_media(group, building.wang, "photo", caption="我爸在门口 你们看看")
    await s.post(group, building.dave, "/sos", reply_to=photo)
    alert = await harness.bot_says(building.eve, "紧急求助 #1", "3-2-501", since=mark)
    assert "我爸在门口 你们看看" in alert.params["text"] and "[图片" not in alert.params["text"]


async def test_a_group_not_set_up_asks_too_and_yes_says_call_120(
    harness: Harness, in_doubt: None
) -> None:
    s = harness.standin
    li = await s.add_user("李主任")
    wang = await s.add_user("王阿姨")
    dave = await s.add_user("Dave", language_code="en")
    group = await s.add_group("8号楼", creator=li, members=[wang, dave])
    await s.add_bot_to_group(group, li, as_admin=True)
    await harness.bot_says(group, "/setup")
    mark = s.mark()
    await s.post(group, wang, CARDIAC)  # a real emergency here: call 120, nobody to call yet
    told = await harness.bot_says(group, "没有人可以呼叫", "call 120 now", since=mark)
    assert "/setup" in told.params["text"]

    doubtful = await s.post(group, wang, DOUBTFUL)
    question = await harness.bot_says(group, "需要紧急帮助吗", "Need urgent help", since=mark)
    assert question.params["reply_parameters"]["message_id"] == doubtful.message_id
    asked = s.message(group, question.result["message_id"])
    mark = s.mark()
    query = await s.press(group, dave, asked.message_id, button_text=asked.buttons[0]["text"])
    assert "call 120 now" in (await s.wait_callback_answer(query))["text"]
    answer = await harness.bot_says(group, "没有人可以呼叫", "call 120 now", since=mark)
    assert answer.params["reply_parameters"]["message_id"] == doubtful.message_id
    await s.wait_for("editMessageReplyMarkup", lambda c: c.params["message_id"] == asked.message_id)
    await harness.settled()
    assert await _incidents(harness) == 0


GRAVE_ORDER = "need someone to get antihistamines, my lips and face are swelling up 5-1-101"


async def test_an_order_telling_of_grave_danger_gets_its_card_and_the_question(
    harness: Harness, building: BuildingWorld
) -> None:
    """Read by today's rules (no stand-in understanding): the card goes to a volunteer, and the
    group is asked too, since a volunteer is no medic; yes on the question raises the alarm."""
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    posted = await s.post(group, building.wang, GRAVE_ORDER)

    card = await harness.card(group, 1)
    assert "antihistamines" in (card.text or "")
    question = await harness.bot_says(group, "需要紧急帮助吗", "Need urgent help", since=mark)
    assert question.params["reply_parameters"]["message_id"] == posted.message_id
    await harness.settled()
    assert await _incidents(harness) == 0  # a question, not an alarm

    asked = s.message(group, question.result["message_id"])
    query = await s.press(
        group, building.dave, asked.message_id, button_text=asked.buttons[0]["text"]
    )
    assert (await s.wait_callback_answer(query))["text"].startswith("Emergency sent")
    alert = await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    assert GRAVE_ORDER in alert.params["text"]
    await harness.settled()
    assert await _incidents(harness) == 1


async def test_an_everyday_order_is_not_asked_about(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, REQUEST)
    await harness.card(group, 1)
    await harness.settled()
    said = [c.params.get("text", "") for c in s.calls()[mark:] if c.method == "sendMessage"]
    assert said and not [text for text in said if "Need urgent help" in text]
