"""Cards follow the state; timelines and lists speak the reader's language, also in private."""

from __future__ import annotations

from tests.support.harness import CARDIAC, BuildingWorld, Harness, set_up_chain


async def test_resolving_strips_every_alert_of_its_buttons_and_says_who(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    eve_alert = await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    bob_alert = await harness.bot_says(building.bob, "Emergency #1", since=mark)
    eve_id, bob_id = eve_alert.result["message_id"], bob_alert.result["message_id"]

    query = await s.press(building.eve.id, building.eve, eve_id, button_text="我来处理")
    await s.wait_callback_answer(query)
    await harness.settled()
    taken = s.message(building.bob.id, bob_id)
    assert (
        "Taken by" in (taken.text or "") and taken.buttons
    )  # still pressable: transport, hospital…

    query = await s.press(building.eve.id, building.eve, eve_id, button_text="已解决")
    await s.wait_callback_answer(query)
    await harness.settled()
    for chat, message_id in ((building.eve.id, eve_id), (building.bob.id, bob_id)):
        card = s.message(chat, message_id)
        assert card.buttons == []
        assert "心脏闷痛" in (card.text or "")
    assert "标记解决" in (s.message(building.eve.id, eve_id).text or "")
    assert "Resolved by" in (s.message(building.bob.id, bob_id).text or "")


async def test_timeline_is_translated(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    harness.clock.advance(seconds=120)
    assert await harness.louhu.sweep() == 1
    await s.post(building.li.id, building.li, "/incident 1")
    timeline = (await harness.bot_says(building.li, "🕘", since=mark)).params["text"]
    assert "群消息" in timeline and "第 2 级：社区防疫组" in timeline
    assert "message" not in timeline and "stage" not in timeline


async def test_staff_list_incidents_in_private(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)

    await s.post(building.li.id, building.li, "/incidents")
    listing = (await harness.bot_says(building.li, "未解决", since=mark)).params["text"]
    assert "#1 3号楼 3-2-501" in listing
    await s.post(building.li.id, building.li, "/incident 1")  # staff, not alerted yet
    await harness.bot_says(building.li, "🕘", since=mark)

    await s.user_starts_bot(building.dave)
    await s.post(building.dave.id, building.dave, "/incidents")
    await harness.bot_says(building.dave, "Only building staff", since=mark)
