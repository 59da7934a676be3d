"""Emergencies end to end: alerts in seconds, the climb, acknowledgement, restarts, faults."""

from __future__ import annotations

from sqlalchemy import func, select

from models.db import create_engine, create_sessionmaker
from models.incidents import Incident, IncidentAlert
from tests.support.harness import CARDIAC, BuildingWorld, Harness, set_up_chain


async def _count(harness: Harness, model: type, **where: object) -> int:
    engine = create_engine(harness.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            stmt = select(func.count()).select_from(model)
            for name, value in where.items():
                stmt = stmt.where(getattr(model, name) == value)
            return int(await session.scalar(stmt) or 0)
    finally:
        await engine.dispose()


async def test_emergency_message_alerts_lead_and_doctor_and_ack_tells_everyone(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    report = await s.post(group, building.wang, CARDIAC)

    calm = await harness.bot_says(group, "已收到紧急求助", "120", since=mark)
    assert calm.params["reply_parameters"]["message_id"] == report.message_id
    assert "Emergency received" in calm.params["text"]  # the group hears it in both languages
    alert = await harness.bot_says(building.eve, "紧急求助 #1", "3-2-501", since=mark)
    text = alert.params["text"]
    assert "独居老人 心脏病史" in text and "心脏闷痛" in text and "120" in text
    await harness.bot_says(building.bob, "Emergency #1", since=mark)  # Bob reads English
    assert harness.sent_to(building.li, lambda t: "#1" in t) == []  # staff are the next level

    message = s.message(building.eve.id, alert.result["message_id"])
    labels = [b["text"] for b in message.buttons]
    assert labels == ["我来处理", "已转运", "已就诊", "已解决", "升级"]
    query = await s.press(building.eve.id, building.eve, message.message_id, button_text="我来处理")
    assert (await s.wait_callback_answer(query))["text"] == "已由你接手，请尽快处理！"
    await harness.bot_says(building.bob, "has taken it", since=mark)
    await harness.bot_says(group, "小夏 </a>已接手处理".replace(" </a>", "</a> "), since=mark)

    harness.clock.advance(minutes=30)
    assert await harness.louhu.sweep() == 0
    assert harness.sent_to(building.li, lambda t: "#1" in t) == []


async def test_full_climb_and_repeat_when_nobody_acknowledges(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    street = await s.add_group("街道值班 Street duty", creator=building.li)
    await s.add_bot_to_group(street, building.li, as_admin=True)
    await set_up_chain(harness, building, staff_chat=street.id)
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)

    harness.clock.advance(seconds=119)
    assert await harness.louhu.sweep() == 0
    harness.clock.advance(seconds=1)
    assert await harness.louhu.sweep() == 1
    await harness.bot_says(building.li, "紧急求助 #1", since=mark)
    await harness.bot_says(building.eve, "未在时限内确认", "社区防疫组", since=mark)
    harness.clock.advance(minutes=3)
    assert await harness.louhu.sweep() == 1
    await harness.bot_says(street, "紧急求助 #1", "Emergency #1", since=mark)  # staff chat: both
    harness.clock.advance(minutes=5)
    assert await harness.louhu.sweep() == 1
    await harness.bot_says(street, "第 1 次重复呼叫", since=mark)

    alert = s.last_bot_message(street)
    assert alert is not None
    query = await s.press(
        street,
        building.li,
        alert.message_id,
        button_text="我来处理 Acknowledge",
    )
    assert (await s.wait_callback_answer(query))["text"] == "已由你接手，请尽快处理！"
    await harness.bot_says(building.eve, "李主任", "已接手处理", since=mark)
    assert await _count(harness, IncidentAlert, chat_id=building.eve.id) == 1


async def test_restart_mid_chain_neither_skips_nor_repeats_a_level(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    await harness.restart()

    harness.clock.advance(minutes=10)  # down for long past several deadlines
    assert await harness.louhu.sweep() == 1  # the next level only, not a jump to the top
    await harness.bot_says(building.li, "紧急求助 #1", since=mark)
    assert await harness.louhu.sweep() == 0
    assert await _count(harness, IncidentAlert, chat_id=building.eve.id) == 1
    assert await _count(harness, IncidentAlert, chat_id=building.li.id) == 1
    assert len(harness.sent_to(building.eve, lambda t: "紧急求助 #1" in t and "升级" not in t)) == 1


async def test_duplicate_update_makes_one_incident(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    update_id = max(u["update_id"] for u in s.queued_updates() if "message" in u)
    await s.redeliver(update_id)
    await s.post(group, building.wang, "/help")
    await harness.bot_says(group, "使用说明", since=mark)
    assert await _count(harness, Incident) == 1
    assert len(harness.sent_to(building.eve, lambda t: "紧急求助 #" in t)) == 1


async def test_two_acknowledgements_one_owner_both_told(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    eve_alert = await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    bob_alert = await harness.bot_says(building.bob, "Emergency #1", since=mark)
    first = await s.press(
        building.eve.id, building.eve, eve_alert.result["message_id"], button_text="我来处理"
    )
    second = await s.press(
        building.bob.id, building.bob, bob_alert.result["message_id"], button_text="Acknowledge"
    )
    answers = [(await s.wait_callback_answer(q))["text"] for q in (first, second)]
    assert answers == ["已由你接手，请尽快处理！", "小夏 has already taken it."]


async def test_stranger_cannot_acknowledge_and_person_who_never_started_is_recorded(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    mark = s.mark()
    await s.post(group, building.li, "/lead @eve")  # 小夏 never started the bot
    await s.post(group, building.li, "/chain 楼道长 | 2m | role:lead")
    chain_view = await harness.bot_says(group, "应急呼叫链", since=mark)
    assert "/start" in chain_view.params["text"] and "小夏" in chain_view.params["text"]
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(group, "已收到紧急求助", since=mark)
    await harness.settled()  # the alert to 小夏 was tried, refused and recorded
    refused = [c for c in s.calls("sendMessage", chat_id=building.eve.id) if not c.ok]
    assert refused and refused[0].status == 403
    await s.post(group, building.li, "/incident 1")
    timeline = (await harness.bot_says(group, "紧急求助 #1", "报告", since=mark)).params["text"]
    assert "呼叫未送达" in timeline


async def test_alert_survives_a_429_storm(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    s.fail(
        "sendMessage",
        "429",
        times=3,
        retry_after=1,
        predicate=lambda p: p.get("chat_id") == building.eve.id,
    )
    s.fail("sendMessage", "502", times=2, predicate=lambda p: p.get("chat_id") == building.bob.id)
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.bob, "Emergency #1", since=mark, timeout=8)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark, timeout=8)
    assert len([c for c in s.calls("sendMessage", chat_id=building.eve.id) if c.status == 429]) == 3


async def test_sos_command_and_button(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.dave, "/sos my neighbour fainted in the corridor")
    await harness.bot_says(building.eve, "紧急求助 #1", "fainted", since=mark)
    help_call = None
    await s.post(group, building.wang, "/help")
    help_call = await harness.bot_says(group, "使用说明", since=mark)
    query = await s.press(
        group, building.wang, help_call.result["message_id"], button_text="🆘 紧急求助"
    )
    assert (await s.wait_callback_answer(query))[
        "text"
    ] == "已发出紧急求助 #2，正在呼叫：楼道长和社区医生。请保持电话畅通！"
    alert = await harness.bot_says(building.eve, "紧急求助 #2", since=mark)
    assert "3-2-501" in alert.params["text"]


async def test_sos_button_again_says_whats_open_and_after_resolving_raises_a_new_one(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, "/help")
    help_id = (await harness.bot_says(group, "使用说明", since=mark)).result["message_id"]

    async def press() -> str:
        query = await s.press(group, building.wang, help_id, button_text="🆘 紧急求助")
        return str((await s.wait_callback_answer(query))["text"])

    assert await press() == "已发出紧急求助 #1，正在呼叫：楼道长和社区医生。请保持电话畅通！"
    alert = await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    assert await press() == "你的紧急求助 #1 已在处理（等待确认），请保持电话畅通！"
    query = await s.press(
        building.eve.id, building.eve, alert.result["message_id"], button_text="已解决"
    )
    await s.wait_callback_answer(query)
    harness.clock.advance(days=3)
    assert await press() == "已发出紧急求助 #2，正在呼叫：楼道长和社区医生。请保持电话畅通！"
    await harness.bot_says(building.eve, "紧急求助 #2", since=mark)
    assert await _count(harness, Incident) == 2


async def test_no_chain_at_all_calls_the_group_admin_and_says_so(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.li)  # the group's creator; no lead, doctor or staff named
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.li, "紧急求助 #1", "3-2-501", since=mark)
    notice = await harness.bot_says(group, "呼叫链上没有能联系到的人", "李主任", since=mark)
    assert "120" in notice.params["text"]


async def test_acknowledged_at_the_second_level_stops_there_and_the_first_hears_who(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.wang, CARDIAC)
    await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    harness.clock.advance(minutes=2)
    assert await harness.louhu.sweep() == 1
    alert = await harness.bot_says(building.li, "紧急求助 #1", since=mark)
    query = await s.press(
        building.li.id, building.li, alert.result["message_id"], button_text="我来处理"
    )
    assert (await s.wait_callback_answer(query))["text"] == "已由你接手，请尽快处理！"
    await harness.bot_says(building.eve, "李主任", "已接手处理", since=mark)
    await harness.bot_says(building.bob, "李主任", "has taken it", since=mark)
    harness.clock.advance(hours=1)
    assert await harness.louhu.sweep() == 0
    assert await _count(harness, IncidentAlert) == 3  # 小夏, Bob, then 李主任; nobody after


async def test_incidents_lists_the_unresolved_ones_for_staff_only(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    mark = s.mark()
    await s.post(group, building.li, "/incidents")
    await harness.bot_says(group, "没有未解决的紧急求助", since=mark)
    await s.post(group, building.wang, CARDIAC)
    alert = await harness.bot_says(building.eve, "紧急求助 #1", since=mark)
    await s.post(group, building.dave, "/sos my neighbour fainted")
    await harness.bot_says(building.eve, "紧急求助 #2", since=mark)
    query = await s.press(
        building.eve.id, building.eve, alert.result["message_id"], button_text="我来处理"
    )
    await s.wait_callback_answer(query)

    mark = s.mark()
    await s.post(group, building.li, "/incidents")
    listing = (await harness.bot_says(group, "未解决的紧急求助", since=mark)).params["text"]
    assert "#1 3-2-501 · 处理中" in listing and "#2" in listing and "等待确认" in listing
    await s.post(group, building.dave, "/incidents")  # not staff
    await harness.bot_says(group, since=mark)
    await harness.settled()
    assert len(harness.sent_to(group, lambda t: "未解决的紧急求助（" in t)) == 1
