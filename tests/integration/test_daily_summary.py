"""The daily summary: a building's local day, privately to its community's staff (both DBs)."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.l10n import L10n
from bot.sampling_slots import SamplingSlots, sampling_slot_actions
from bot.summary_slot import DailySummarySlot
from domain.calendar_slots import SlotKind
from domain.clock import FakeClock
from domain.daily_summary import SECTIONS, SummaryDay, SummaryLine
from domain.health import store_message_reading
from domain.order_rules import OrderStatus
from models.rollcalls import RollCall, RollCallEntry, WelfareCheck
from models.sampling import SamplingEntry
from tests.support.factories import RecordingNotifier, make_building, make_order, make_person
from tests.support.incidents import report_cardiac
from tests.support.sampling import SAMPLING_DAY, SETTINGS, at_local, quarantine, queued, slot

L10N = L10n()


async def test_staff_of_the_community_get_the_day_in_their_language(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        other = await make_building(session, clock, name="5号楼")
        other.community = building.community = "幸福里"
        lead = await make_person(session, clock, building, name="老张", lead=True, started=True)
        staff = await make_person(session, clock, other, name="Lily", staff=True, started=True)
        staff.language = "en"
        silent = await make_person(session, clock, building, name="李医生", doctor=True)
        resident = await make_person(session, clock, building, flat="3-2-501")
        elsewhere = await make_building(session, clock, name="别处")
        outsider = await make_person(session, clock, elsewhere, staff=True, started=True)
        await quarantine(session, building.id, "3-2-501", day=4)
        await quarantine(session, building.id, "3-2-502", day=4)
        await quarantine(session, building.id, "1-1-101", day=2)
        await quarantine(session, other.id, "9-9-909", day=4)  # another building's
        yesterday = await make_order(session, clock, building, resident)
        await session.commit()

    clock._now = at_local(SAMPLING_DAY - timedelta(days=1), 20)
    slots = SamplingSlots(L10N, default_language="zh", default_timezone="Asia/Shanghai")
    async with sessionmaker() as session:
        await slots.notice(session, clock, slot(building.id, SlotKind.SAMPLING_NOTICE), SETTINGS)
        await session.commit()
    clock._now = at_local(SAMPLING_DAY, 9)
    async with sessionmaker() as session:
        await session.execute(
            update(SamplingEntry)
            .where(SamplingEntry.flat == "3-2-501")
            .values(sampled_at=clock.now(), sampled_by=lead.id)
        )
        for celsius, message_id in ((38.2, 1), (36.6, 2)):
            await store_message_reading(
                session,
                clock,
                building=building,
                person_id=resident.id,
                flat="3-2-501",
                celsius=celsius,
                message_id=message_id,
            )
        await make_order(session, clock, building, resident)
        delivered = await session.get(type(yesterday), yesterday.id)
        assert delivered is not None
        delivered.status, delivered.closed_at = OrderStatus.DELIVERED, clock.now()
        await session.commit()
    w = SimpleNamespace(building=building, resident=resident)
    await report_cardiac(sessionmaker, clock, RecordingNotifier(), w)

    clock._now = at_local(SAMPLING_DAY, 21)
    async with sessionmaker() as session:
        summary = DailySummarySlot(L10N, default_language="zh")
        await summary(session, clock, slot(building.id, SlotKind.SUMMARY), SETTINGS)
        await session.commit()

    [zh] = [r.payload["text"] for r in await queued(sessionmaker, lead.id)]
    assert zh.splitlines() == [
        "📋 每日汇总：3号楼 2022-04-05",
        "隔离中：3 户",
        "· 第2天：1 户（1-1-101）",
        "· 第4天：2 户（3-2-501, 3-2-502）",
        "采样：已采 1/2 户",
        "未采样：1 户（3-2-502）",
        "发热：1 次（3-2-501 38.2°C）",
        "订单：今日新增 1，已送达 1",
        "订单用时（最近 7 天）：",
        "订单 2 个：已送达 1，等待接单 1，送货中 0，不是订单 0；加急 0",
        "接单用时：还没有订单被接",
        "送达用时（下单到送达，1 单）：中位数 5340 分钟，90% 在 5340 分钟内",
        "提醒：无人接单再提醒 0 次，询问志愿者 0 次，未回复告知楼道长 0 次",
        "紧急事件：1 起（#1 3-2-501）",
    ]
    [en] = [r.payload["text"] for r in await queued(sessionmaker, staff.id)]
    assert en.startswith("📋 Daily summary: 3号楼 2022-04-05\nIn quarantine: 3 households")
    assert await queued(sessionmaker, silent.id) == []  # never started the bot
    assert await queued(sessionmaker, outsider.id) == []  # another community


async def test_a_quiet_day_says_none_and_sampling_is_left_out(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        lead = await make_person(session, clock, building, lead=True, started=True)
        await session.commit()
    async with sessionmaker() as session:
        summary = DailySummarySlot(L10N, default_language="zh")
        await summary(session, clock, slot(building.id, SlotKind.SUMMARY), SETTINGS)
        await session.commit()
    [text] = [r.payload["text"] for r in await queued(sessionmaker, lead.id)]
    assert text.splitlines()[1:] == [
        "今天没有隔离中的住户。",
        "发热：无",
        "订单：今日新增 0，已送达 0",
        "紧急事件：无",
    ]


async def test_an_extra_section_adds_its_lines(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    """How the roll call's part joins: a section passed in at wiring."""

    async def extra(session: AsyncSession, on: SummaryDay) -> list[SummaryLine]:
        return [SummaryLine("summary-fevers", {"count": 9, "flats": ("x",) * 40})]

    async with sessionmaker() as session:
        building = await make_building(session, clock)
        lead = await make_person(session, clock, building, lead=True, started=True)
        await session.commit()
    actions = sampling_slot_actions(
        L10N,
        default_language="en",
        default_timezone="Asia/Shanghai",
        summary_sections=(*SECTIONS, extra),
    )
    summary, late = actions[SlotKind.SUMMARY]
    assert late is summary  # a summary found late is still sent: it names its date
    async with sessionmaker() as session:
        await summary(session, clock, slot(building.id, SlotKind.SUMMARY), SETTINGS)
        await session.commit()
    [text] = [r.payload["text"] for r in await queued(sessionmaker, lead.id)]
    assert text.splitlines()[-1] == "Fevers: 9 (" + ", ".join(["x"] * 30) + " …and 10 more)"


async def test_the_roll_calls_of_the_day_say_who_reported_and_welfare_checks(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        lead = await make_person(session, clock, building, lead=True, started=True)
        reported = await quarantine(session, building.id, "3-2-501", day=2)
        silent = await quarantine(session, building.id, "3-2-502", day=2)
        rollcall = RollCall(
            building_id=building.id,
            at=at_local(SAMPLING_DAY, 8),
            day=SAMPLING_DAY,
            local_time="08:00",
            open_until=at_local(SAMPLING_DAY + timedelta(days=1), 0),
            created_at=at_local(SAMPLING_DAY, 8),
        )
        session.add(rollcall)
        await session.flush()
        session.add_all(
            [
                RollCallEntry(
                    rollcall_id=rollcall.id,
                    household_id=reported.id,
                    flat=reported.flat,
                    celsius=36.5,
                    reported_at=at_local(SAMPLING_DAY, 8, 5),
                    reports=1,
                ),
                RollCallEntry(rollcall_id=rollcall.id, household_id=silent.id, flat=silent.flat),
                WelfareCheck(household_id=silent.id, rollcall_id=rollcall.id, asked_at=clock.now()),
            ]
        )
        await session.commit()
    clock._now = at_local(SAMPLING_DAY, 21)
    async with sessionmaker() as session:
        summary = DailySummarySlot(L10N, default_language="zh")
        await summary(session, clock, slot(building.id, SlotKind.SUMMARY), SETTINGS)
        await session.commit()
    [text] = [r.payload["text"] for r in await queued(sessionmaker, lead.id)]
    assert "体温接龙 08:00：已报 1/2 户\n· 未报：1 户（3-2-502）\n上门查看：已完成 0/1" in text
