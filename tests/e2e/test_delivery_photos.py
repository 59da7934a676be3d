"""Proof of delivery end to end: Delivered asks the volunteer privately for a doorstep photo;
the photo (a Telegram file id, never downloaded) reaches the resident and staff; skipping, the
community turning it off, strangers and forged buttons."""

from __future__ import annotations

from bot.callbacks import PhotoCallback, PhotoPress
from standin.world import StoredMessage
from tests.support.harness import REQUEST, BuildingWorld, Harness


async def _delivered(harness: Harness, building: BuildingWorld) -> StoredMessage:
    """Order #1 claimed and delivered by Bob; the card as it stands."""
    s, group = harness.standin, building.group
    await s.post(group, building.wang, REQUEST)
    card = await harness.card(group, 1)
    await harness.press(group, building.bob, card, "Claim")
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == card.message_id)
    await harness.press(group, building.bob, s.message(group, card.message_id), "Delivered")
    return card


async def test_photo_reaches_the_resident_and_the_card_notes_it(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    for user in (building.wang, building.bob, building.li):
        await s.user_starts_bot(user)
    card = await _delivered(harness, building)
    ask = await harness.bot_says(building.bob, "Order #1", "doorstep")
    prompt = s.message(building.bob, ask.result["message_id"])
    assert [b["text"] for b in prompt.buttons] == ["Skip"]

    mark = s.mark()
    photo = await s.post_media(building.bob, building.bob, "photo", reply_to=prompt.message_id)
    sent = await s.wait_for("sendPhoto", lambda c: c.params["chat_id"] == building.wang.id)
    biggest = photo.media["photo"][-1]
    assert sent[0].params["photo"] == biggest["file_id"]  # passed on by id, never downloaded
    assert "#1" in sent[0].params["caption"] and "送达照片" in sent[0].params["caption"]
    got = s.message(building.wang, sent[0].result["message_id"])
    assert got.media["photo"][-1]["file_unique_id"] == biggest["file_unique_id"]
    await harness.bot_says(building.bob, "photo is on order #1", since=mark)

    def noted(_call: object) -> bool:
        return "📷" in (s.message(group, card.message_id).text or "")

    await s.wait_for("editMessageText", noted)
    shown = s.message(group, card.message_id)
    assert [b["text"] for b in shown.buttons] == ["📷 送达照片 Delivery photo"]

    # staff press 📷 on the card and get the photo privately; a stranger is refused
    answer = await harness.press(group, building.li, shown, "Delivery photo")
    assert answer["text"] == "照片已私聊发给你。"
    to_li = await s.wait_for("sendPhoto", lambda c: c.params["chat_id"] == building.li.id)
    assert to_li[0].params["photo"] == biggest["file_id"]
    answer = await harness.press(group, building.dave, shown, "Delivery photo")
    assert answer["text"] == (
        "Only the resident, the volunteer who delivered, the building's staff or lead can see "
        "the photo."
    )
    # a second photo changes nothing: the question is answered
    await s.post_media(building.bob, building.bob, "photo", reply_to=prompt.message_id)
    await harness.settled()
    assert [c.params["chat_id"] for c in s.calls("sendPhoto")] == [building.wang.id, building.li.id]


async def test_skipping_is_fine_and_the_card_stays_as_it_was(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    for user in (building.wang, building.bob):
        await s.user_starts_bot(user)
    card = await _delivered(harness, building)
    ask = await harness.bot_says(building.bob, "Order #1", "doorstep")
    prompt = s.message(building.bob, ask.result["message_id"])
    query = await s.press(building.bob, building.bob, prompt.message_id, button_text="Skip")
    assert (await s.wait_callback_answer(query))["text"] == "OK, no photo needed."
    await s.wait_for("editMessageReplyMarkup")
    assert s.message(building.bob, prompt.message_id).buttons == []
    await s.post_media(building.bob, building.bob, "photo")  # after Skip: no delivery photo
    await harness.settled()
    assert s.calls("sendPhoto") == []
    assert "📷" not in (s.message(group, card.message_id).text or "")
    # forged: Skip for an order of someone else, or 📷 pressed on a card without a photo
    forged = PhotoCallback(action=PhotoPress.SHOW, order_id=1).pack()
    query = await s.press(group, building.li, card.message_id, callback_data=forged)
    assert (await s.wait_callback_answer(query))["text"] == "这个订单没有送达照片。"
    query = await s.press(group, building.li, card.message_id, callback_data="dp1:skip:1")
    assert (await s.wait_callback_answer(query))["text"] == "这个按钮已失效。"
    query = await s.press(group, building.li, card.message_id, callback_data="dp1:show:99999")
    assert (await s.wait_callback_answer(query))["text"] == "这个按钮已失效。"


async def test_community_can_turn_the_question_off(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.bob)
    mark = s.mark()
    await s.post(group, building.li, "/settings photo off")
    await harness.bot_says(group, "送达照片：不询问", since=mark)
    await _delivered(harness, building)
    await harness.bot_says(group, "#1", "送达")
    await harness.settled()
    assert harness.sent_to(building.bob, lambda t: "doorstep" in t) == []
    mark = s.mark()
    await s.post(group, building.li, "/settings photo maybe")
    await harness.bot_says(group, "送达照片设置", "optional", since=mark)


async def test_a_photo_from_someone_never_asked_is_not_a_delivery_photo(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    await s.user_starts_bot(building.dave)
    await s.post_media(building.dave, building.dave, "photo")
    await harness.settled()
    assert s.calls("sendPhoto") == []
