"""吹哨 in a community's staff group, end to end: staff register the group (/staffgroup), post a
call there, volunteers of two of the community's buildings sign up, a stranger and a volunteer
of another community are refused, staff extend and close it, the reminder goes once across a
restart; in zh and en."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.callbacks import CallCallback
from domain.calls import CallPress
from standin.world import StandInChat, StandInUser, StoredMessage
from tests.support.harness import BuildingWorld, Harness

SHANGHAI = ZoneInfo("Asia/Shanghai")


@dataclass
class Community:
    """幸福里: 3号楼 (the building fixture) and 5号楼, its staff group; 光明里's 7号楼 apart."""

    staff_group: StandInChat
    five: StandInChat
    carol: StandInUser  # volunteer of 5号楼, Chinese
    seven: StandInChat
    gina: StandInUser  # volunteer of 光明里's 7号楼, Chinese
    frank: StandInUser  # admin of 7号楼, English


async def _community(harness: Harness, building: BuildingWorld) -> Community:
    s, li = harness.standin, building.li
    await s.post(building.group, li, "/community 幸福里")
    await harness.bot_says(building.group, "该社区的第一栋楼")
    carol = await s.add_user("Carol小陈", username="carol")
    five = await s.add_group("5号楼", creator=li, members=[carol])
    await s.add_bot_to_group(five, li, as_admin=True)
    await s.post(five, li, "/setup 5号楼")
    await s.post(five, li, "/community 幸福里")
    await harness.bot_says(five, "与该社区其他楼共用")
    await s.post(five, carol, "/volunteer")
    await harness.bot_says(five, "Carol小陈")
    frank = await s.add_user("Frank", username="frank", language_code="en")
    gina = await s.add_user("Gina小金", username="gina")
    seven = await s.add_group("7号楼", creator=frank, members=[gina])
    await s.add_bot_to_group(seven, frank, as_admin=True)
    await s.post(seven, frank, "/setup 7号楼")
    await s.post(seven, frank, "/community 光明里")
    await harness.bot_says(seven, "first building")
    await s.post(seven, gina, "/volunteer")
    await harness.bot_says(seven, "Gina小金")
    members = [building.bob, building.eve, building.dave, carol, gina, frank]
    staff_group = await s.add_group("幸福里社区工作群", creator=li, members=members)
    await s.add_bot_to_group(staff_group, li, as_admin=True)
    return Community(staff_group, five, carol, seven, gina, frank)


async def _register(harness: Harness, building: BuildingWorld, world: Community) -> None:
    s, group = harness.standin, world.staff_group
    mark = s.mark()
    await s.post(group, building.li, "/call 核酸采样引导 明天 07:00-10:00 2人")
    await harness.bot_says(group, "还没有登记为楼栋或社区工作群", since=mark)
    await s.post(group, building.dave, "/staffgroup 幸福里")  # nobody of the community
    await harness.bot_says(group, "Only the staff of 幸福里", since=mark)
    mark = s.mark()
    await s.post(group, world.frank, "/staffgroup 幸福里")  # staff of another community
    await harness.bot_says(group, "Only the staff of 幸福里", since=mark)
    mark = s.mark()
    await s.post(group, building.li, "/staffgroup 幸福里")  # admin of 3号楼 and 5号楼's groups
    await harness.bot_says(group, "本群已登记为 幸福里 的社区工作群", since=mark)


async def _post(harness: Harness, group: StandInChat, who: StandInUser, text: str) -> StoredMessage:
    s = harness.standin
    mark = s.mark()
    await s.post(group, who, text)
    call = await harness.bot_says(group, "#", "👥", since=mark)
    return s.message(group, call.result["message_id"])


async def _copy(harness: Harness, group: StandInChat) -> StoredMessage:
    """The community call's copy in a building group."""
    sent = await harness.bot_says(group, "社区吹哨", "#1", "👥")
    return harness.standin.message(group, sent.result["message_id"])


async def _press(harness: Harness, group: StandInChat, who, call: StoredMessage, label: str) -> str:
    return (await harness.press(group, who, call, label))["text"]


async def _shown(harness: Harness, group: StandInChat, call: StoredMessage, *parts: str):
    """Wait until the call's message (edited in place) shows every part."""
    s = harness.standin

    def shows(_call: object) -> bool:
        text = s.message(group, call.message_id).text or ""
        return all(part in text for part in parts)

    if not shows(None):
        await s.wait_for("editMessageText", shows)
    return s.message(group, call.message_id)


async def test_a_community_call_in_the_staff_group_in_chinese(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    world = await _community(harness, building)
    group = world.staff_group
    await _register(harness, building, world)
    for user in (building.bob, world.carol, building.eve):
        await s.user_starts_bot(user)
    await harness.settled()
    call = await _post(harness, group, building.li, "/call 核酸采样引导 明天 07:00-10:00 2人")
    text = call.text or ""
    assert "社区吹哨 Community call #1" in text and "核酸采样引导" in text
    assert "幸福里 各楼志愿者均可报名" in text and "every building of 幸福里" in text
    assert "07:00–10:00" in text and "0/2" in text
    # a short copy in each of the community's building groups, with the volunteers' buttons
    copy5, copy3 = await _copy(harness, world.five), await _copy(harness, building.group)
    for copy in (copy5, copy3):
        assert "名单在社区工作群" in (copy.text or "") and "0/2" in (copy.text or "")
        assert [b["text"] for b in copy.buttons] == ["报名 Sign up", "取消报名 Cancel my sign-up"]
    await harness.settled()
    assert harness.sent_to(world.seven, lambda t: "吹哨" in t) == []  # another community
    posts = len(s.calls("sendMessage"))

    # volunteers of two buildings sign up, one from her building's group: edited in place
    assert await _press(harness, world.five, world.carol, copy5, "报名") == (
        "报名成功，谢谢！开始前一小时会提醒你。"
    )
    await _shown(harness, group, call, "1/2", "Carol小陈 · 5号楼")
    await _shown(harness, world.five, copy5, "1/2")
    assert (await _press(harness, group, building.bob, call, "Sign up")).startswith(
        "You are signed up"
    )
    full = await _shown(harness, group, call, "2/2", "Bob · 3号楼", "名额已满")
    assert (full.text or "").index("Carol") < (full.text or "").index("Bob")
    await _shown(harness, building.group, copy3, "2/2")
    # a stranger and a volunteer of another community: a clear answer, nothing changes
    await harness.settled()
    edits = len(s.calls("editMessageText"))
    assert await _press(harness, group, world.gina, call, "报名") == (
        "只有本社区各楼的志愿者可以报名，请先在你所在楼的群里发 /volunteer。"
    )
    assert await _press(harness, group, building.dave, call, "Sign up") == (
        "Only volunteers of this community's buildings can sign up: "
        "send /volunteer in your building's group first."
    )
    assert await _press(harness, group, building.eve, call, "报名") == "名额已满，谢谢！"
    # a resident pressing the copy in the building group is refused the same way
    assert await _press(harness, building.group, building.wang, copy3, "报名") == (
        "只有本社区各楼的志愿者可以报名，请先在你所在楼的群里发 /volunteer。"
    )
    # staff's buttons are not on a copy, and forged onto one they name nothing
    forged = CallCallback(action=CallPress.CLOSE, call_id=1).pack()
    query = await s.press(building.group, building.li, copy3.message_id, callback_data=forged)
    assert (await s.wait_callback_answer(query))["text"] == "这个按钮已失效。"
    # volunteers cannot run it; staff add a place by button, then close it by command
    assert await _press(harness, group, building.bob, call, "+1 place") == (
        "Only the community's staff or this group's admins can do that."
    )
    await harness.settled()
    assert len(s.calls("editMessageText")) == edits
    assert len(s.calls("sendMessage")) == posts  # one message, never posted again
    assert await _press(harness, group, building.li, call, "+1 名额") == "已延长。"
    await _shown(harness, group, call, "2/3")
    assert (await _press(harness, group, building.eve, call, "报名")).startswith("报名成功")
    await _shown(harness, group, call, "3/3", "小夏 · 3号楼")
    mark = s.mark()
    await s.post(group, building.li, "/call close 1")
    await harness.bot_says(group, "已结束报名", since=mark)
    closed = await _shown(harness, group, call, "报名已结束")
    assert closed.buttons == []
    for chat, copy in ((world.five, copy5), (building.group, copy3)):
        assert (await _shown(harness, chat, copy, "3/3", "报名已结束")).buttons == []
    # the community call's button pressed in a building group names nothing there
    other = (await harness.bot_says(building.group, "已登记本楼")).result["message_id"]
    data = CallCallback(action=CallPress.CANCEL, call_id=1).pack()
    query = await s.press(building.group, building.bob, other, callback_data=data)
    assert (await s.wait_callback_answer(query))["text"] == "This button is no longer valid."

    # the reminder an hour before goes to the three signed up, once, across a restart
    local = harness.clock.now().astimezone(SHANGHAI) + timedelta(days=1)
    start = datetime.combine(local.date(), datetime.min.time(), SHANGHAI).replace(hour=7)
    harness.clock.advance(
        seconds=(start - timedelta(minutes=61) - harness.clock.now()).total_seconds()
    )
    assert await harness.louhu.remind_calls() == 0
    harness.clock.advance(minutes=2)
    await harness.restart()
    assert await harness.louhu.remind_calls() == 3
    await harness.bot_says(world.carol, "提醒", "吹哨 #1", "幸福里", "07:00–10:00")
    await harness.bot_says(building.bob, "Reminder", "#1", "幸福里")
    await harness.restart()
    assert await harness.louhu.remind_calls() == 0
    await harness.settled()
    for person in (world.carol, building.bob, building.eve):
        assert len(harness.sent_to(person, lambda t: "⏰" in t)) == 1
    assert harness.sent_to(world.gina, lambda t: "⏰" in t) == []


async def test_a_community_call_in_english_and_where_calls_go(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    world = await _community(harness, building)
    group = world.staff_group
    await _register(harness, building, world)
    mark = s.mark()
    await s.post(group, building.bob, "/call sampling guides tomorrow 07:00-10:00 6")
    await harness.bot_says(group, "Only the community's staff", since=mark)
    call = await _post(harness, group, building.li, "/call sampling guides tomorrow 07:00-10:00 6")
    assert "Community call #1" in (call.text or "") and "0/6" in (call.text or "")
    await _copy(harness, world.five)
    await _copy(harness, building.group)
    assert await _press(harness, group, building.bob, call, "Sign up") == (
        "You are signed up, thank you! I will remind you an hour before. "
        "(Start a private chat with me first to get the reminder.)"
    )
    assert (await _press(harness, group, world.carol, call, "Sign up")).startswith("报名成功")
    await _shown(harness, group, call, "2/6", "Bob · 3号楼", "Carol小陈 · 5号楼")
    assert await _press(harness, group, building.bob, call, "Cancel") == (
        "Your sign-up is cancelled."
    )
    shown = await _shown(harness, group, call, "1/6")
    assert "Bob" not in (shown.text or "")
    assert await _press(harness, group, world.frank, call, "Close") == (
        "Only the community's staff or this group's admins can do that."
    )
    mark = s.mark()
    await s.post(group, building.li, "/call until 1 11:00")
    await harness.bot_says(group, "已延长", since=mark)
    await _shown(harness, group, call, "07:00–11:00")
    # a building's own call stays the building's: 5号楼's volunteer is refused there
    own = await _post(harness, building.group, building.li, "/call 搬物资 明天 09:00-10:00 1人")
    assert "吹哨 Volunteer call #2" in (own.text or "")
    answer = await harness.press(building.group, world.carol, own, "报名")
    assert answer["text"] == "只有本楼志愿者可以报名，请先在群里发 /volunteer。"


async def test_staffgroup_shown_kept_to_one_community_and_turned_off(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    world = await _community(harness, building)
    group = world.staff_group
    mark = s.mark()
    await s.post(building.group, building.li, "/staffgroup 幸福里")  # a building's own group
    await harness.bot_says(building.group, "本群已登记为楼栋", since=mark)
    await s.post(group, building.li, "/staffgroup")
    await harness.bot_says(group, "用法：/staffgroup 社区名", since=mark)
    await _register(harness, building, world)
    call = await _post(harness, group, building.li, "/call 送菜 明天 08:00-09:00 3")
    await _copy(harness, world.five)
    mark = s.mark()
    await s.post(group, building.li, "/staffgroup")
    await harness.bot_says(group, "本群是 幸福里 的社区工作群", since=mark)
    await s.post(group, world.frank, "/staffgroup 光明里")
    await harness.bot_says(group, "the staff of 幸福里 first send /staffgroup off", since=mark)
    await s.post(group, building.eve, "/staffgroup off")
    await harness.bot_says(group, "只有 幸福里 的工作人员", since=mark)
    await s.post(group, building.li, "/staffgroup off")
    await harness.bot_says(group, "本群不再是 幸福里 的社区工作群", since=mark)
    mark = s.mark()
    await s.post(group, building.li, "/call sampling guides tomorrow 07:00-10:00 6")
    await harness.bot_says(group, "还没有登记为楼栋或社区工作群", since=mark)
    # a call posted before goes on
    assert (await _press(harness, group, building.eve, call, "报名")).startswith("报名成功")
    # and the group may serve another community now
    mark = s.mark()
    await s.post(group, world.frank, "/staffgroup 光明里")
    await harness.bot_says(group, "This group is now the staff group of 光明里", since=mark)
