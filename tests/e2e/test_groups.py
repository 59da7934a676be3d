"""Joining a group, /setup, leaving: what the group sees and what is kept."""

from __future__ import annotations

from sqlalchemy import select

from models.buildings import Building
from models.db import create_engine, create_sessionmaker
from tests.support.harness import BuildingWorld, Harness


async def _building(harness: Harness, chat_id: int) -> Building | None:
    engine = create_engine(harness.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            return (
                await session.execute(select(Building).where(Building.chat_id == chat_id))
            ).scalar_one_or_none()
    finally:
        await engine.dispose()


async def test_added_as_member_with_privacy_on_greets_and_explains_the_fix(
    harness: Harness,
) -> None:
    s = harness.standin
    li = await s.add_user("李主任")
    group = await s.add_group("5号楼", creator=li)
    await s.add_bot_to_group(group, li, as_admin=False)

    greeting = await harness.bot_says(group, "/setup", "Hello everyone")
    assert "大家好" in greeting.params["text"]
    warning = await harness.bot_says(group, "BotFather", "/setprivacy", "Disable")
    assert "隐私模式" in warning.params["text"] and "administrator" in warning.params["text"]


async def test_added_as_admin_does_not_warn(harness: Harness) -> None:
    s = harness.standin
    li = await s.add_user("李主任")
    group = await s.add_group("6号楼", creator=li)
    await s.add_bot_to_group(group, li, as_admin=True)
    await harness.bot_says(group, "/setup")
    await s.post(group, li, "/setup 6号楼")
    await harness.bot_says(group, "已登记本楼", "6号楼")
    assert harness.sent_to(group, lambda t: "BotFather" in t) == []


async def test_setup_is_for_admins_and_a_second_setup_renames(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.dave, "/setup Dave's tower")
    await harness.bot_says(group, "Only group admins", since=mark)
    await s.post(group, building.li, "/setup")
    await harness.bot_says(group, "/setup 3号楼", since=mark)
    await s.post(group, building.li, "/setup   3号楼   东区 ")
    await harness.bot_says(group, "3号楼 → <b>3号楼 东区</b>", since=mark)
    stored = await _building(harness, group.id)
    assert stored is not None and stored.name == "3号楼 东区"


async def test_removal_marks_inactive_and_keeps_everything(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.remove_bot_from_group(group, building.li)
    await harness.settled()  # the update is handled and committed (whatever the poll cadence)
    stored = await _building(harness, group.id)
    assert stored is not None and not stored.active and stored.name == "3号楼"

    await s.add_bot_to_group(group, building.li, as_admin=True)
    mark = s.mark()
    await harness.bot_says(group, "大家好", since=mark)
    stored = await _building(harness, group.id)
    assert stored is not None and stored.active and stored.name == "3号楼"


async def test_commands_published_in_both_languages_with_admin_scope(harness: Harness) -> None:
    calls = harness.standin.calls("setMyCommands")
    scopes = {
        (c.params.get("scope", {}).get("type", "default"), c.params.get("language_code"))
        for c in calls
    }
    for scope in ("default", "all_private_chats", "all_group_chats", "all_chat_administrators"):
        assert {(scope, "zh"), (scope, "en"), (scope, None)} <= scopes
    admin_zh = next(
        c
        for c in calls
        if c.params.get("scope", {}).get("type") == "all_chat_administrators"
        and c.params.get("language_code") == "zh"
    )
    group_en = next(
        c
        for c in calls
        if c.params.get("scope", {}).get("type") == "all_group_chats"
        and c.params.get("language_code") == "en"
    )
    admin_names = {c["command"] for c in admin_zh.params["commands"]}
    group_names = {c["command"] for c in group_en.params["commands"]}
    assert {"setup", "staff"} <= admin_names and not {"setup", "staff"} & group_names
    assert any("登记" in c["description"] for c in admin_zh.params["commands"])


async def test_community_is_set_by_staff_and_names_the_chain(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.dave, "/community 幸福里")
    await harness.bot_says(group, "Only the building's staff", since=mark)
    await s.post(group, building.li, "/chain")
    await harness.bot_says(group, "本楼的应急呼叫链（本楼尚未加入社区", since=mark)
    await s.post(group, building.li, "/community")
    await harness.bot_says(group, "本楼属于：本楼自己（尚未加入社区）", since=mark)
    await s.post(group, building.li, "/community 幸福里社区")
    await harness.bot_says(group, "该社区的第一栋楼", since=mark)
    await s.post(group, building.li, "/chain")
    chain = await harness.bot_says(group, "幸福里社区 社区的应急呼叫链", since=mark)
    assert "role:lead role:doctor" in chain.params["text"]


async def test_a_strangers_group_cannot_join_a_community_or_touch_its_chain(
    harness: Harness, building: BuildingWorld
) -> None:
    """Mallory admins her own group; 幸福里's chain stays as its staff set it."""
    s, group = harness.standin, building.group
    await s.post(group, building.li, "/community 幸福里")
    await s.post(group, building.li, "/chain 楼道长 | 2m | @director_li")
    await harness.bot_says(group, "楼道长 | 2m | person:")
    mallory = await s.add_user("Mallory", username="mallory", language_code="en")
    fake = await s.add_group("Fake", creator=mallory, members=[])
    await s.add_bot_to_group(fake, mallory, as_admin=True)
    mark = s.mark()
    await s.post(fake, mallory, "/setup Fake")
    await s.post(fake, mallory, "/community 幸福里")
    await harness.bot_says(fake, "Only someone registered as staff", since=mark)
    await s.post(fake, mallory, "/chain Nobody | 24h | chat:-42")
    await harness.bot_says(fake, "This building's emergency chain", since=mark)

    mark = s.mark()
    await s.post(group, building.li, "/chain")
    chain = await harness.bot_says(group, "幸福里 社区的应急呼叫链", since=mark)
    assert "楼道长 | 2m | person:" in chain.params["text"] and "-42" not in chain.params["text"]


async def test_a_group_admin_of_a_community_building_adds_another_building(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.li, "/community 幸福里")
    await harness.bot_says(group, "该社区的第一栋楼")
    second = await s.add_group("5号楼", creator=building.li, members=[building.dave])
    await s.add_bot_to_group(second, building.li, as_admin=True)
    mark = s.mark()
    await s.post(second, building.li, "/setup 5号楼")
    await s.post(second, building.li, "/community 幸福里")
    await harness.bot_says(second, "与该社区其他楼共用应急呼叫链", since=mark)


async def test_building_commands_before_setup_say_what_to_do(harness: Harness) -> None:
    s = harness.standin
    li = await s.add_user("李主任")
    wang = await s.add_user("王阿姨")
    group = await s.add_group("7号楼", creator=li, members=[wang])
    await s.add_bot_to_group(group, li, as_admin=True)
    mark = s.mark()
    for command in ("/register 3-2-501", "/orders", "/staff @x"):
        await s.post(group, wang, command)
    await s.wait_for(
        "sendMessage",
        lambda c: "/setup" in c.params.get("text", "") and "还没有登记" in c.params["text"],
        since=mark,
        count=3,
    )
    await s.post(group, wang, "/sos")
    await s.post(group, wang, "救命 我爸晕倒了 叫不醒")
    await s.wait_for(
        "sendMessage", lambda c: "立即拨打 120" in c.params.get("text", ""), since=mark, count=2
    )
    await s.post(group, wang, "帮忙买一袋大米")
    await s.post(group, wang, "/help")
    await harness.bot_says(group, "使用说明", since=mark)
    assert harness.sent_to(group, lambda t: "#1</b>" in t) == []  # no orders before setup


async def test_a_bad_chain_is_explained_in_the_staff_members_language(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.li, "/chain 楼道长 | 马上 | role:lead")
    reply = await harness.bot_says(group, "呼叫链格式有误", since=mark)
    assert "第 1 行：「马上」不是时限" in reply.params["text"]
    assert "deadline" not in reply.params["text"]
