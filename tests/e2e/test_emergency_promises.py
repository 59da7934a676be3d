"""Every promise true: the resident is told only of people and steps that really happen."""

from __future__ import annotations

from tests.support.harness import CARDIAC, BuildingWorld, Harness


async def test_no_doctor_named_the_answer_names_the_lead_only(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.eve)
    mark = s.mark()
    await s.post(group, building.li, "/lead @eve")  # the default chain; no doctor, no staff
    await harness.bot_says(group, "楼道长", since=mark)
    await s.post(group, building.wang, CARDIAC)

    calm = (await harness.bot_says(group, "已收到紧急求助", since=mark)).params["text"]
    assert "正在第一时间呼叫：楼道长。" in calm and "Calling now: Building lead." in calm
    assert "楼道长和社区医生" not in calm and "lead & doctor" not in calm
    assert "目前联系不到社区医生" in calm and "No community doctor can be reached" in calm
    alert = (await harness.bot_says(building.eve, "紧急求助 #1", since=mark)).params["text"]
    assert "⚠️ 呼叫链依赖的角色本楼无人担任：社区医生（/doctor）、工作人员（/staff）" in alert


async def test_a_doctor_who_never_started_the_bot_is_not_promised(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.eve)
    mark = s.mark()
    await s.post(group, building.li, "/lead @eve")
    await s.post(group, building.li, "/doctor @bob_helps")  # Bob never sent /start
    await harness.bot_says(group, "社区医生", since=mark)
    await s.post(group, building.wang, CARDIAC)
    calm = (await harness.bot_says(group, "已收到紧急求助", since=mark)).params["text"]
    assert "呼叫：楼道长。" in calm and "目前联系不到社区医生" in calm


async def test_nobody_reachable_says_call_120_now(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.li, "/lead @eve")  # 小夏 never sent /start
    await harness.bot_says(group, "楼道长", since=mark)
    await s.post(group, building.wang, CARDIAC)
    calm = (await harness.bot_says(group, "已收到紧急求助", since=mark)).params["text"]
    assert "没有人能联系到：请立即拨打 120" in calm
    assert "nobody in the emergency chain can be reached right now: call 120 now" in calm
    assert "正在第一时间呼叫" not in calm


async def test_fever_without_a_doctor_promises_no_doctor_and_tells_staff(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.li)
    mark = s.mark()
    await s.post(group, building.li, "/staff @director_li")
    await harness.bot_says(group, "李主任", since=mark)
    await s.post(group, building.wang, "3-2-501 体温 38.2 有点头疼")
    advice = (await harness.bot_says(group, "38.2°C", since=mark)).params["text"]
    assert "会联系你" not in advice and "will contact you" not in advice
    assert "请自行联系你的医生" in advice and "120" in advice
    assert "已私信通知本楼工作人员" in advice
    note = (await harness.bot_says(building.li, "38.2°C", "3-2-501", since=mark)).params["text"]
    assert "/doctor" in note


async def test_chain_warns_of_a_role_nobody_holds(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.li, "/lead @eve")
    await s.post(group, building.li, "/chain")
    shown = (await harness.bot_says(group, "应急呼叫链", since=mark)).params["text"]
    assert "社区医生（/doctor）、工作人员（/staff）" in shown
    assert "楼道长（/lead）" not in shown


async def test_a_private_report_reaching_nobody_is_not_told_help_is_coming(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    await s.user_starts_bot(building.wang)
    mark = s.mark()
    await s.post(building.wang.id, building.wang, "救命 我爸晕倒了")  # nobody named, nobody started
    answer = (await harness.bot_says(building.wang, "#1", since=mark)).params["text"]
    assert "联系不到" in answer and "请立即拨打 120" in answer
    assert "正在呼叫" not in answer

    await s.post(building.wang.id, building.wang, "/sos 我爸不动了")
    answer = (await harness.bot_says(building.wang, "#2", since=mark)).params["text"]
    assert "联系不到" in answer and "请保持电话畅通" not in answer
