"""Residents, volunteers, staff and languages, as people use them in the group."""

from __future__ import annotations

from tests.support.harness import BuildingWorld, Harness


async def test_register_accepts_chinese_forms_and_rejects_nonsense(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.dave, "/register 5幢1单元302")
    await harness.bot_says(group, "<b>5-1-302</b>", since=mark)
    await s.post(group, building.dave, "/register 明天见")
    await harness.bot_says(group, "could not read the flat", "明天见", since=mark)
    await s.post(group, building.dave, "/register")
    await harness.bot_says(group, "Usage: /register", since=mark)


async def test_volunteer_on_and_off(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.dave, "/volunteer")
    await harness.bot_says(group, "Thank you, Dave", since=mark)
    await s.post(group, building.dave, "/volunteer off")
    await harness.bot_says(group, "Dave is no longer a volunteer", since=mark)


async def test_staff_named_by_admin_only(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.dave, "/staff @bob_helps")
    await harness.bot_says(group, "Only the building's staff", since=mark)
    await s.post(group, building.li, "/staff @bob_helps")
    await harness.bot_says(group, "Bob 已成为本楼工作人员", since=mark)
    await s.post(group, building.li, "/staff @nobody_here")
    await harness.bot_says(group, "@nobody_here", "还不认识", since=mark)
    await s.post(group, building.bob, "/staff off @bob_helps")  # staff may manage staff
    await harness.bot_says(group, "Bob is no longer staff", since=mark)


async def test_staff_by_replying_to_a_message(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    hello = await s.post(group, building.dave, "/help")
    await s.post(group, building.li, "/staff", reply_to=hello)
    await harness.bot_says(group, "Dave 已成为本楼工作人员", since=mark)


async def test_language_follows_telegram_then_lang_override(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.wang, "/help")
    await harness.bot_says(group, "使用说明", since=mark)
    await s.post(group, building.bob, "/help")
    await harness.bot_says(group, "how to use", since=mark)
    await s.post(group, building.wang, "/lang en")
    await harness.bot_says(group, "I will speak English with you", since=mark)
    mark = s.mark()
    await s.post(group, building.wang, "/help")
    help_text = (await harness.bot_says(group, "how to use", since=mark)).params["text"]
    assert "/register 3-2-501" in help_text and "/volunteer" in help_text and "/orders" in help_text
    await s.post(group, building.wang, "/lang fr")
    await harness.bot_says(group, "Languages: zh, en", since=mark)


async def test_unknown_and_misplaced_commands_get_a_clear_answer(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.bob, "/frobnicate now")
    await harness.bot_says(group, "I do not know the command /frobnicate", since=mark)
    await s.user_starts_bot(building.bob)
    await s.post(building.bob.id, building.bob, "/register 3-2-501")
    await harness.bot_says(building.bob, "building's group", since=mark)
