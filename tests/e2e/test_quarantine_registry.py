"""/quarantine, /household, /settings, /sampling and /rollcall as staff and residents use them."""

from __future__ import annotations

from datetime import timedelta

from tests.support.harness import BuildingWorld, Harness
from tests.support.registry import local_today, read_ledger


async def test_register_list_and_residents_see_only_their_own(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    today = local_today(harness.clock)
    mark = s.mark()
    await s.post(group, building.li, "/quarantine 3-2-501")
    end = (today + timedelta(days=13)).strftime("%m-%d")
    await harness.bot_says(group, "3-2-501 已登记隔离", "居家隔离 14 天", end, "今天第 1 天")
    three_days_ago = (today - timedelta(days=2)).strftime("%m/%d")
    await s.post(group, building.li, f"/quarantine 3幢1单元101 {three_days_ago} 7+7")
    await harness.bot_says(group, "3-1-101 已登记隔离", "7+7", "今天第 3 天", since=mark)

    mark = s.mark()
    await s.post(group, building.li, "/quarantine")
    listing = (await harness.bot_says(group, "隔离中的住户：2 户", since=mark)).params["text"]
    assert listing.index("3-1-101 第 3 天") < listing.index("3-2-501 第 1 天")

    await s.post(group, building.wang, "/quarantine")  # the resident of 3-2-501
    own = (await harness.bot_says(group, "3-2-501 隔离中", since=mark)).params["text"]
    assert "3-1-101" not in own and "今天第 1 天" in own
    await s.post(group, building.wang, "/quarantine 3-1-101")
    await harness.bot_says(group, "只能查看自己家（3-2-501）", since=mark)
    await s.post(group, building.dave, "/quarantine")
    await harness.bot_says(group, "Register your flat with /register", since=mark)
    await s.post(group, building.dave, "/quarantine 3-2-502 12-03")
    await harness.bot_says(group, "Only the building's staff", since=mark)
    await harness.settled()
    ledger = await read_ledger(harness.database_url)
    assert sorted(q[0] for q in ledger["quarantines"]) == ["3-1-101", "3-2-501"]


async def test_correct_extend_end_are_recorded_with_who_and_when(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, li = harness.standin, building.group, building.li
    today = local_today(harness.clock)
    mark = s.mark()
    await s.post(group, li, "/quarantine 3-2-501")
    await harness.bot_says(group, "已登记隔离", since=mark)
    await s.post(group, li, "/quarantine 3-2-501")  # again, with nothing to change: shown
    await harness.bot_says(group, "3-2-501 隔离中", "更正", since=mark)
    start = today - timedelta(days=4)
    await s.post(group, li, f"/quarantine 3-2-501 {start.month}月{start.day}日 10天")
    await harness.bot_says(group, "隔离已更正", "隔离 10 天", "今天第 5 天", since=mark)
    await s.post(group, li, "/quarantine 3-2-501 7+7")  # a type alone keeps the start
    await harness.bot_says(group, "隔离已更正", "7+7", "今天第 5 天", since=mark)
    await s.post(group, li, "/quarantine extend 3-2-501 3")
    await harness.bot_says(group, "延长 3 天", "共 17 天", since=mark)
    await s.post(group, li, "/quarantine extend 3-2-501 50")
    await harness.bot_says(group, "超过 60 天", since=mark)
    await s.post(group, li, "/quarantine end 3-2-501")
    await harness.bot_says(group, "3-2-501 已解除隔离", since=mark)
    await s.post(group, li, "/quarantine end 3-2-501")
    await harness.bot_says(group, "目前不在隔离中，没有更改", since=mark)
    await s.post(group, li, "/quarantine")
    await harness.bot_says(group, "没有隔离中的住户", since=mark)
    await harness.settled()

    ledger = await read_ledger(harness.database_url)
    assert ledger["quarantines"] == [
        ("3-2-501", "home_monitor", start, 17, today - timedelta(days=1))
    ]
    actions = [(action, by) for _, action, _, by in ledger["changes"]]
    assert actions == [
        ("register", li.id),
        ("correct", li.id),
        ("correct", li.id),
        ("extend", li.id),
        ("end", li.id),
    ]
    correct = ledger["changes"][1][2]
    assert correct == {
        "start_date": [today.isoformat(), start.isoformat()],
        "kind": ["home", "custom"],
        "days": [14, 10],
    }
    assert ledger["changes"][2][2] == {"kind": ["custom", "home_monitor"], "days": [10, 14]}
    assert ledger["changes"][3][2] == {"days": [14, 17]}


async def test_bad_values_are_named(harness: Harness, building: BuildingWorld) -> None:
    s, group, li = harness.standin, building.group, building.li
    mark = s.mark()
    await s.post(group, li, "/quarantine 3-2-501 13/45")
    await harness.bot_says(group, "看不懂日期“13/45”", since=mark)
    await s.post(group, li, "/quarantine 3-2-501 vacation")
    await harness.bot_says(group, "看不懂隔离类型“vacation”", since=mark)
    await s.post(group, li, "/quarantine extend 3-2-501 many")
    await harness.bot_says(group, "“many”不行", since=mark)
    await s.post(group, li, "/quarantine 3-2-501 2025-01-01")  # the year mistyped
    await harness.bot_says(group, "隔离在 2025-01-14 就已结束，没有登记", since=mark)
    await s.post(group, li, "/quarantine 楼下")
    await harness.bot_says(group, "/quarantine extend 3-2-501 3", since=mark)
    await harness.settled()
    assert (await read_ledger(harness.database_url))["quarantines"] == []


async def test_household_ledger_in_zh_and_en_and_note_kept(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, li = harness.standin, building.group, building.li
    mark = s.mark()
    await s.post(group, li, "/note 3-2-501 独居老人 心脏病史")
    await harness.bot_says(group, "台账备注", since=mark)
    await s.post(group, li, "/household 3-2-501 人数=1 电话=138 0013 8000 需求=独居,老人 语言=中文")
    shown = (await harness.bot_says(group, "已更新 3-2-501", since=mark)).params["text"]
    assert "138 0013 8000" in shown and "独居,老人" in shown and "心脏病史" in shown
    await s.post(group, building.bob, "/household 3-2-501")
    await harness.bot_says(group, "Only the building's staff", since=mark)
    await s.post(group, li, "/household 3-2-501 needs=dialysis,elderly people=2 phone=")
    await harness.bot_says(group, "人数：2", "老人,透析", "电话：无", since=mark)
    await s.post(group, li, "/household 3-2-501 needs=老人,富豪")
    await harness.bot_says(group, "看不懂特殊需求“富豪”", since=mark)
    await s.post(group, li, "/household 3-2-501 colour=red")
    await harness.bot_says(group, "看不懂项目“colour”", since=mark)
    await s.post(group, li, "/household 9-9-909")
    await harness.bot_says(group, "台账里还没有 9-9-909", since=mark)
    await harness.settled()
    ledger = await read_ledger(harness.database_url)
    assert ledger["households"] == {
        "3-2-501": (2, "zh", None, "elderly dialysis", "独居老人 心脏病史")
    }


async def test_settings_show_and_change(harness: Harness, building: BuildingWorld) -> None:
    s, group, li, dave = harness.standin, building.group, building.li, building.dave
    mark = s.mark()
    await s.post(group, li, "/settings")
    await harness.bot_says(group, "时区：Asia/Shanghai", "08:00 20:00", "120 分钟", since=mark)
    await s.post(group, li, "/settings timezone europe/berlin")
    await harness.bot_says(group, "已保存", "时区：Europe/Berlin", since=mark)
    await s.post(group, li, "/settings grace 2 hours please")
    await harness.bot_says(group, "看不懂宽限时间“2 hours please”", "5 到 720 分钟", since=mark)
    await s.post(group, li, "/settings 宽限 90")
    await harness.bot_says(group, "90 分钟", since=mark)
    await s.post(group, li, "/settings summary 21:30")
    await harness.bot_says(group, "每日汇总：21:30", since=mark)
    await s.post(group, li, "/settings colour red")
    await harness.bot_says(group, "用法：/settings 查看", since=mark)
    await s.post(group, dave, "/settings")
    await harness.bot_says(group, "Only the building's staff", since=mark)
    await harness.settled()
    (row,) = (await read_ledger(harness.database_url))["settings"]
    stored = (row.timezone, row.grace_minutes, row.summary_time, row.updated_by)
    assert stored == ("Europe/Berlin", 90, "21:30", li.id)
    assert (row.sampling_days, row.rollcall_times) == (None, None)  # still the defaults


# A group takes 20 messages a minute; each test stays well under that.
async def test_sampling_and_rollcall(harness: Harness, building: BuildingWorld) -> None:
    s, group, li, dave = harness.standin, building.group, building.li, building.dave
    mark = s.mark()
    await s.post(group, dave, "/sampling")
    await harness.bot_says(group, "quarantine days 1 4 7 10 14", "08:00-11:00", "20:00", since=mark)
    await s.post(group, dave, "/sampling days 1 4 7")
    await harness.bot_says(group, "Only the building's staff", since=mark)
    await s.post(group, li, "/sampling days 14 7 4 1 2")
    await harness.bot_says(group, "隔离第 1 2 4 7 14 天", since=mark)
    await s.post(group, li, "/sampling window 11:00-08:00")
    await harness.bot_says(group, "看不懂采样时间“11:00-08:00”", since=mark)
    await s.post(group, li, "/sampling notice 19:30")
    await harness.bot_says(group, "前一天 19:30", since=mark)
    await s.post(group, li, "/sampling grace 90")  # a setting, but not a sampling one
    await harness.bot_says(group, "用法：/sampling 查看", since=mark)

    await s.post(group, dave, "/rollcall")
    await harness.bot_says(group, "roll call every day at 08:00 20:00", "120 minutes", since=mark)
    await s.post(group, li, "/rollcall 7:30 12:00 19:00")
    await harness.bot_says(group, "每天 07:30 12:00 19:00", since=mark)
    await s.post(group, li, "/rollcall 25:00")
    await harness.bot_says(group, "看不懂体温接龙时间“25:00”", since=mark)
    await harness.settled()

    (row,) = (await read_ledger(harness.database_url))["settings"]
    stored = (row.sampling_days, row.sampling_notice, row.rollcall_times, row.sampling_window)
    assert stored == ("1 2 4 7 14", "19:30", "07:30 12:00 19:00", None)


async def test_help_and_menus_show_the_grammar(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.wang, "/help")
    zh = (await harness.bot_says(group, "使用说明", since=mark)).params["text"]
    assert "/quarantine 3-2-501 [12-03] [居家隔离|7+7|10天]" in zh and "/rollcall 08:00 20:00" in zh
    await s.post(group, building.bob, "/help")
    en = (await harness.bot_says(group, "how to use", since=mark)).params["text"]
    assert "/quarantine extend 3-2-501 3" in en and "/household 3-2-501 people=3" in en
    admin = [c["command"] for c in s.visible_commands(building.li, group)]
    assert {"quarantine", "household", "settings", "sampling", "rollcall"} <= set(admin)


async def test_settings_in_private_for_staff_of_one_community(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, li, bob = harness.standin, building.group, building.li, building.bob
    await s.user_starts_bot(li)
    await s.user_starts_bot(bob)
    mark = s.mark()
    await s.post(bob.id, bob, "/settings")
    await harness.bot_says(bob, "Only a building's staff", since=mark)
    await s.post(group, li, "/staff @director_li")  # recorded staff, not only the group's admin
    await s.post(group, li, "/community 幸福里")
    await harness.bot_says(group, "幸福里", since=mark)
    await s.post(li.id, li, "/settings grace 45")
    await harness.bot_says(li, "社区：幸福里", since=mark)
    await harness.bot_says(li, "已保存", "45 分钟", since=mark)
    await harness.settled()
    (row,) = (await read_ledger(harness.database_url))["settings"]
    assert (row.community, row.grace_minutes) == ("幸福里", 45)
