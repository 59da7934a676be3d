"""Private chats end to end: an emergency written to the bot is raised in the person's building."""

from __future__ import annotations

from tests.support.harness import BuildingWorld, Harness, set_up_chain

FAINTED = "救命 我爸晕倒了"


async def test_an_emergency_written_privately_alerts_the_chain_of_the_persons_building(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    await s.user_starts_bot(building.wang)
    mark = s.mark()
    said = await s.post(building.wang.id, building.wang, FAINTED)
    answer = await harness.bot_says(building.wang, "已发出紧急求助 #1", "120", since=mark)
    assert answer.params["reply_parameters"]["message_id"] == said.message_id
    alert = await harness.bot_says(building.eve, "紧急求助 #1", "3-2-501", since=mark)
    assert "晕倒" in alert.params["text"]
    await harness.bot_says(group, "已收到紧急求助", since=mark)  # the building hears it too


async def test_an_emergency_from_someone_in_no_building_gets_the_120_advice(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    stranger = await s.add_user("路人")
    await s.user_starts_bot(stranger)
    mark = s.mark()
    await s.post(stranger.id, stranger, FAINTED)
    advice = await harness.bot_says(stranger, "120", "/sos", since=mark)
    assert "楼栋群" in advice.params["text"]
    assert harness.sent_to(building.eve, lambda t: "紧急求助 #" in t) == []


async def test_ordinary_words_in_private_get_a_pointer_to_help(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    await s.user_starts_bot(building.wang)
    mark = s.mark()
    await s.post(building.wang.id, building.wang, "你好，请问怎么用？")
    await harness.bot_says(building.wang, "/help", since=mark)
    assert harness.sent_to(building.eve, lambda t: "紧急求助 #" in t) == []


async def test_the_private_menu_lists_what_works_in_private(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    await set_up_chain(harness, building)
    menu = {c["command"]: c["description"] for c in s.visible_commands(building.li)}
    assert {"sos", "incidents", "incident"} <= set(menu)
    assert menu["incidents"] == "未解决的紧急求助（工作人员）"
    english = {c["command"]: c["description"] for c in s.visible_commands(building.bob)}
    assert english["incidents"] == "Unresolved emergencies (staff)"
    for command in menu:
        if command == "sos":  # would raise an emergency: its private answer is tested elsewhere
            continue
        mark = s.mark()
        await s.post(building.li.id, building.li, f"/{command}")
        answer = (await harness.bot_says(building.li, since=mark)).params["text"]
        assert "楼栋群里使用" not in answer and "不认识" not in answer, (command, answer)
