"""The roll call's actions called as the calendar engine would, readings filling it, the close."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.l10n import L10n
from bot.live import LIVE_POST
from bot.rollcall_slots import RollCallActions
from bot.rollcall_view import (
    ROLLCALL_MESSAGE,
    RollCallRenderer,
    refresh_rollcall,
    rollcall_message_sent,
)
from domain.calendar_slots import Slot, SlotAction
from domain.clock import FakeClock
from domain.intake import take_message
from domain.rollcall import CheckOutcome, check_pressed, record_finding, welfare_prompted
from models.buildings import Building
from models.health import TemperatureReading
from models.live import LiveMessage, attach_message, find_live
from models.outbox import OutboundMessage
from models.people import Person
from models.rollcalls import RollCall, RollCallEntry, WelfareCheck, rollcall_entries
from tests.support.factories import RecordingNotifier, make_building, make_person
from tests.support.locales import locales_with_japanese
from tests.support.rollcall import SETTINGS, close_slot, quarantined, rollcall_slot

DAY = date(2022, 4, 3)
MORNING = time(8, 0)
EVENING = time(20, 0)
L10N = L10n()
ACTIONS = RollCallActions(L10N, "zh")


class World:
    """Building 3 with three households due, one of them vulnerable, and its people."""

    building: Building
    wang: Person  # 3-2-501
    zhao: Person  # 3-2-502
    sun: Person  # 3-2-601: quarantine ended yesterday
    lead: Person
    stranger: Person


async def world(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, *, lead: bool = True
) -> World:
    w = World()
    async with sessionmaker() as session:
        w.building = await make_building(session, clock)
        b = w.building
        w.wang = await make_person(session, clock, b, name="王阿姨", flat="3-2-501")
        w.zhao = await make_person(session, clock, b, name="赵先生", flat="3-2-502")
        w.sun = await make_person(session, clock, b, name="孙", flat="3-2-601")
        w.lead = await make_person(session, clock, b, name="小夏", lead=lead, started=True)
        w.stranger = await make_person(session, clock, b, name="Dave")
        start = DAY - timedelta(days=2)
        await quarantined(session, clock, b, "3-2-501", start=start)
        await quarantined(session, clock, b, "3-2-502", start=start)
        await quarantined(
            session,
            clock,
            b,
            "3-2-503",
            start=start,
            needs="living_alone elderly",
            phone="13800001111",
            note="独居老人",
        )
        await quarantined(session, clock, b, "3-2-601", start=start, ended_on=DAY - timedelta(1))
        await session.commit()
    return w


async def _outbox(session: AsyncSession, **where: object) -> list[OutboundMessage]:
    stmt = select(OutboundMessage).order_by(OutboundMessage.id)
    for name, value in where.items():
        stmt = stmt.where(getattr(OutboundMessage, name) == value)
    return list((await session.scalars(stmt)).all())


async def _say(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    notifier: RecordingNotifier,
    w: World,
    person: Person,
    message_id: int,
    text: str,
) -> int | None:
    """A group message as the handler takes it: intake, then the roll call redrawn (its id)."""
    async with sessionmaker() as session:
        building = await session.get(Building, w.building.id)
        assert building is not None
        intake = await take_message(
            session,
            clock,
            notifier,
            building=building,
            person_id=person.id,
            message_id=message_id,
            text=text,
            default_timezone="Asia/Shanghai",
        )
        if intake.rollcall_id is not None:
            await refresh_rollcall(session, intake.rollcall_id)
        await session.commit()
        return intake.rollcall_id


async def _run(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    action: SlotAction,
    slot: Slot,
) -> None:
    clock._now = slot.at  # the engine runs the slot at its time
    async with sessionmaker() as session:
        await action(session, clock, slot, SETTINGS)
        await session.commit()


async def _sent(
    sessionmaker: async_sessionmaker[AsyncSession],
    rollcall_id: int,
    message_id: int,
    clock: FakeClock,
) -> None:
    """As the sender records Telegram taking the roll call's live message."""
    async with sessionmaker() as session:
        live = await _live(session, rollcall_id)
        await attach_message(session, live.id, chat_id=live.chat_id, message_id=message_id)
        await rollcall_message_sent(session, rollcall_id, message_id)
        await session.commit()


async def _live(session: AsyncSession, rollcall_id: int) -> LiveMessage:
    live = await find_live(session, purpose=ROLLCALL_MESSAGE, ref_id=rollcall_id)
    assert live is not None
    await session.refresh(live)
    return live


async def _shown(session: AsyncSession, rollcall_id: int) -> str:
    """The roll call as its next edit would draw it."""
    return (await RollCallRenderer(L10N)(session, rollcall_id)).text


async def test_roll_call_fills_and_the_close_lists_the_silent(sessionmaker, clock) -> None:
    w = await world(sessionmaker, clock)
    notifier = RecordingNotifier()
    morning = rollcall_slot(w.building.id, DAY, MORNING)
    await _run(sessionmaker, clock, ACTIONS.start, morning)
    await _run(sessionmaker, clock, ACTIONS.start, morning)  # a slot run twice posts once

    async with sessionmaker() as session:
        rollcalls = list((await session.scalars(select(RollCall))).all())
        assert len(rollcalls) == 1
        rollcall = rollcalls[0]
        assert rollcall.local_time == "08:00" and rollcall.day == DAY
        entries = await rollcall_entries(session, rollcall.id)
        assert [e.flat for e in entries] == ["3-2-501", "3-2-502", "3-2-503"]  # not 3-2-601
        posted = await _outbox(session, purpose=LIVE_POST)
        assert len(posted) == 1 and posted[0].chat_id == w.building.chat_id
        text = posted[0].payload["text"]
        assert "体温接龙" in text and "Temperature roll call" in text  # the group reads both
        assert "3-2-501  —" in text and "3-2-503  —" in text and "3-2-601" not in text
    await _sent(sessionmaker, rollcall.id, 900, clock)

    clock.advance(minutes=5)
    filled = await _say(sessionmaker, clock, notifier, w, w.wang, 1001, "3-2-501 36.5")
    assert filled == rollcall.id
    clock.advance(minutes=1)
    # a reply to the roll call: the registered flat, no flat written
    await _say(sessionmaker, clock, notifier, w, w.zhao, 1002, "36.6")
    clock.advance(minutes=1)
    await _say(sessionmaker, clock, notifier, w, w.wang, 1003, "体温 99.5F")  # again, Fahrenheit
    await _say(sessionmaker, clock, notifier, w, w.wang, 1003, "体温 99.5F")  # redelivered
    # a flat not due is recorded as today's but not listed
    assert await _say(sessionmaker, clock, notifier, w, w.sun, 1004, "36.4") is None

    async with sessionmaker() as session:
        by_flat = {e.flat: e for e in await rollcall_entries(session, rollcall.id)}
        assert by_flat["3-2-501"].celsius == 37.5 and by_flat["3-2-501"].fever
        assert by_flat["3-2-501"].reports == 2  # the latest kept, and counted
        assert by_flat["3-2-502"].celsius == 36.6 and by_flat["3-2-502"].reported_by == w.zhao.id
        assert by_flat["3-2-503"].celsius is None
        readings = await session.scalar(select(func.count()).select_from(TemperatureReading))
        assert readings == 4  # the redelivered message stored nothing again
        live = await _live(session, rollcall.id)
        assert (live.message_id, live.requested, live.shown) == (900, 3, 0)  # one per reading
        last = await _shown(session, rollcall.id)
        assert "3-2-501  37.5°C 🔴 发热 fever (已更新 updated)" in last
        assert "3-2-502  36.6°C" in last and "3-2-503  —" in last
        assert "已报 2/3 户" in last and "Reported 2/3 households" in last
    assert [e for e in notifier.events if e[0] == "fever"] == [("fever", 0, "37.5")]  # once

    await _run(sessionmaker, clock, ACTIONS.close, close_slot(morning))
    await _run(sessionmaker, clock, ACTIONS.close, close_slot(morning))  # closes once
    async with sessionmaker() as session:
        told = await _outbox(session, chat_id=w.lead.id)
        assert len(told) == 1
        assert "3 户中有 1 户未上报" in told[0].payload["text"]
        assert "3-2-503 · ☎ 13800001111 · 独居老人" in told[0].payload["text"]
        assert "3-2-501" not in told[0].payload["text"]
        assert await session.scalar(select(func.count()).select_from(WelfareCheck)) == 0

    # the evening: the vulnerable 3-2-503 misses again, 3-2-502 misses for the first time
    evening = rollcall_slot(w.building.id, DAY, EVENING)
    await _run(sessionmaker, clock, ACTIONS.start, evening)
    clock.advance(minutes=3)
    await _say(sessionmaker, clock, notifier, w, w.wang, 1010, "36.7")
    await _run(sessionmaker, clock, ACTIONS.close, close_slot(evening))
    async with sessionmaker() as session:
        checks = list((await session.scalars(select(WelfareCheck))).all())
        assert len(checks) == 1  # only the vulnerable household silent twice in a row
        told = await _outbox(session, chat_id=w.lead.id)
        assert len(told) == 3  # the evening's list and one welfare check
        assert "3 户中有 2 户未上报" in told[1].payload["text"]
        ask = told[2]
        assert "3-2-503（独居、老人）独居老人 连续两次未报体温" in ask.payload["text"]
        assert "04-03 08:00 和 04-03 20:00" in ask.payload["text"]
        assert "13800001111" in ask.payload["text"]
        button = ask.payload["reply_markup"]["inline_keyboard"][0][0]
        assert (
            button["text"] == "✅ 已查看"
            and button["callback_data"] == f"k1:checked:{checks[0].id}"
        )


async def test_a_reading_before_the_message_is_sent_redraws_it_once_sent(
    sessionmaker, clock
) -> None:
    w = await world(sessionmaker, clock)
    notifier = RecordingNotifier()
    slot = rollcall_slot(w.building.id, DAY, MORNING)
    await _run(sessionmaker, clock, ACTIONS.start, slot)
    clock.advance(seconds=20)
    await _say(sessionmaker, clock, notifier, w, w.wang, 1001, "3-2-501 36.5")
    async with sessionmaker() as session:
        rollcall = (await session.scalars(select(RollCall))).one()
        live = await _live(session, rollcall.id)
        assert live.message_id is None and live.requested == 1  # asked, waiting for the id
    await _sent(sessionmaker, rollcall.id, 900, clock)
    async with sessionmaker() as session:
        live = await _live(session, rollcall.id)
        assert live.message_id == 900 and live.requested > live.shown  # the edit is due now
        assert "3-2-501  36.5°C" in await _shown(session, rollcall.id)
        rollcall = (await session.scalars(select(RollCall))).one()
        assert rollcall.message_id == 900


async def test_readings_outside_the_roll_call_day_fill_nothing(sessionmaker, clock) -> None:
    w = await world(sessionmaker, clock)
    notifier = RecordingNotifier()
    slot = rollcall_slot(w.building.id, DAY, EVENING)
    clock._now = slot.at - timedelta(minutes=10)
    assert (
        await _say(sessionmaker, clock, notifier, w, w.wang, 1000, "36.5") is None
    )  # no roll call
    await _run(sessionmaker, clock, ACTIONS.start, slot)
    clock.advance(hours=4, minutes=1)  # past local midnight (20:00 + 4h01)
    assert await _say(sessionmaker, clock, notifier, w, w.wang, 1001, "36.5") is None
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(TemperatureReading)) == 2


async def test_nobody_to_tell_is_said_in_the_group_never_claimed(sessionmaker, clock) -> None:
    w = await world(sessionmaker, clock, lead=False)
    slot = rollcall_slot(w.building.id, DAY, MORNING)
    await _run(sessionmaker, clock, ACTIONS.start, slot)
    await _run(sessionmaker, clock, ACTIONS.close, close_slot(slot))
    async with sessionmaker() as session:
        to_group = await _outbox(session, chat_id=w.building.chat_id, method="sendMessage")
        notice = to_group[-1].payload["text"]
        assert "没有楼长或工作人员能收到私信" in notice and "staff, please check" in notice
        assert "3-2-501, 3-2-502, 3-2-503" in notice
        private = [m for m in await _outbox(session) if m.chat_id > 0]
        assert private == []


async def test_staff_are_told_when_the_building_has_no_lead(sessionmaker, clock) -> None:
    w = await world(sessionmaker, clock, lead=False)
    async with sessionmaker() as session:
        staff = await make_person(
            session, clock, w.building, name="李主任", staff=True, started=True
        )
        await session.commit()
    slot = rollcall_slot(w.building.id, DAY, MORNING)
    await _run(sessionmaker, clock, ACTIONS.start, slot)
    await _run(sessionmaker, clock, ACTIONS.close, close_slot(slot))
    async with sessionmaker() as session:
        told = await _outbox(session, chat_id=staff.id)
        assert len(told) == 1 and "3 户中有 3 户未上报" in told[0].payload["text"]


async def test_a_missed_roll_call_is_not_sent_late_and_the_lead_is_told(
    sessionmaker, clock
) -> None:
    w = await world(sessionmaker, clock)
    slot = rollcall_slot(w.building.id, DAY, MORNING)
    clock._now = slot.at + timedelta(hours=3)
    async with sessionmaker() as session:
        await ACTIONS.missed(session, clock, slot, SETTINGS)
        await session.commit()
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(RollCall)) == 0
        assert await _outbox(session, chat_id=w.building.chat_id) == []
        told = await _outbox(session, chat_id=w.lead.id)
        assert len(told) == 1
        text = told[0].payload["text"]
        assert "04-03 08:00 的体温接龙没有发出" in text and "不会补发" in text
        assert "3-2-501, 3-2-502, 3-2-503" in text


async def test_welfare_check_pressed_by_lead_only_once_and_the_finding_kept(
    sessionmaker, clock
) -> None:
    w = await world(sessionmaker, clock)
    async with sessionmaker() as session:
        staff = await make_person(session, clock, w.building, name="李主任", staff=True)
        await session.commit()
    for at in (MORNING, EVENING):
        slot = rollcall_slot(w.building.id, DAY, at)
        await _run(sessionmaker, clock, ACTIONS.start, slot)
        await _run(sessionmaker, clock, ACTIONS.close, close_slot(slot))
    async with sessionmaker() as session:
        check = (await session.scalars(select(WelfareCheck))).one()
        stranger = await check_pressed(session, clock, check_id=check.id, person_id=w.stranger.id)
        assert stranger.outcome is CheckOutcome.DENIED
        resident = await check_pressed(session, clock, check_id=check.id, person_id=w.wang.id)
        assert resident.outcome is CheckOutcome.DENIED
        gone = await check_pressed(session, clock, check_id=check.id + 99, person_id=w.lead.id)
        assert gone.outcome is CheckOutcome.GONE
        done = await check_pressed(session, clock, check_id=check.id, person_id=w.lead.id)
        assert done.outcome is CheckOutcome.DONE
        await session.commit()
    async with sessionmaker() as session:
        taken = await check_pressed(session, clock, check_id=check.id, person_id=staff.id)
        assert taken.outcome is CheckOutcome.TAKEN and taken.checker is not None
        assert taken.checker.id == w.lead.id
        await welfare_prompted(session, check.id, 77)
        assert (
            await record_finding(session, person_id=staff.id, prompt_message_id=77, text="x")
        ) is None  # only the checker answers their prompt
        found = await record_finding(
            session, person_id=w.lead.id, prompt_message_id=77, text=" 一切正常，手机没电 "
        )
        assert found is not None and found[1].flat == "3-2-503"
        await session.commit()
    async with sessionmaker() as session:
        again = await record_finding(session, person_id=w.lead.id, prompt_message_id=77, text="y")
        assert again is None  # answered once
    async with sessionmaker() as session:
        check = (await session.scalars(select(WelfareCheck))).one()
        assert check.checked_by == w.lead.id and check.finding == "一切正常，手机没电"
        assert check.checked_at is not None


async def test_the_household_language_makes_a_one_language_group_bilingual(
    sessionmaker, clock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock, language="zh")
        await quarantined(session, clock, building, "3-2-501", start=DAY)
        await session.commit()
    slot = rollcall_slot(building.id, DAY, MORNING)
    await _run(sessionmaker, clock, ACTIONS.start, slot)
    async with sessionmaker() as session:
        text = (await _outbox(session, purpose=LIVE_POST))[0].payload["text"]
        assert "体温接龙" in text and "Temperature roll call" not in text
        await quarantined(session, clock, building, "3-2-502", start=DAY, language="en")
        await session.commit()
    await _run(sessionmaker, clock, ACTIONS.start, rollcall_slot(building.id, DAY, EVENING))
    async with sessionmaker() as session:
        text = (await _outbox(session, purpose=LIVE_POST))[1].payload["text"]
        assert "体温接龙" in text and "Temperature roll call" in text


async def test_a_third_language_group_adds_the_household_language_after_its_own(
    sessionmaker, clock, tmp_path
) -> None:
    actions = RollCallActions(L10n(locales_with_japanese(tmp_path)), "zh")
    async with sessionmaker() as session:
        building = await make_building(session, clock, language="ja")
        await quarantined(session, clock, building, "3-2-501", start=DAY)
        await session.commit()
    await _run(sessionmaker, clock, actions.start, rollcall_slot(building.id, DAY, MORNING))
    async with sessionmaker() as session:
        text = (await _outbox(session, purpose=LIVE_POST))[0].payload["text"]
        # ja has no roll-call texts yet: read in English, and in English only
        assert "Temperature roll call" in text and "体温接龙" not in text
        await quarantined(session, clock, building, "3-2-502", start=DAY, language="zh")
        await session.commit()
    await _run(sessionmaker, clock, actions.start, rollcall_slot(building.id, DAY, EVENING))
    async with sessionmaker() as session:
        text = (await _outbox(session, purpose=LIVE_POST))[1].payload["text"]
        assert 0 <= text.index("Temperature roll call") < text.index("体温接龙")


async def test_entries_are_unique_per_household_and_reading(sessionmaker, clock) -> None:
    """The constraints, not only the code, keep one entry a household and a reading once."""
    w = await world(sessionmaker, clock)
    await _run(sessionmaker, clock, ACTIONS.start, rollcall_slot(w.building.id, DAY, MORNING))
    async with sessionmaker() as session:
        entry = (await session.scalars(select(RollCallEntry))).first()
        assert entry is not None
        session.add(
            RollCallEntry(
                rollcall_id=entry.rollcall_id,
                household_id=entry.household_id,
                flat=entry.flat,
                reports=0,
            )
        )
        try:
            await session.flush()
        except Exception as exc:  # IntegrityError on both databases
            assert "unique" in str(exc).lower() or "UNIQUE" in str(exc)
        else:
            raise AssertionError("a second entry for the household was accepted")
