"""Sampling lists: posted once, ticked by sampling staff, the lead told who is left (both DBs)."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.l10n import L10n
from bot.live import LIVE_POST
from bot.sampling_slots import SamplingSlots, sampling_slot_actions
from bot.sampling_view import SAMPLING_PAGE, SamplingRenderer, SamplingView
from domain.calendar_slots import SlotKind
from domain.clock import FakeClock
from domain.sampling import (
    PAGE_SIZE,
    TickOutcome,
    find_press,
    may_tick,
    set_sampled,
)
from models.live import find_live
from models.sampling import SamplingEntry, SamplingRound, attach_page, round_of, round_pages
from tests.support.factories import make_building, make_person
from tests.support.sampling import (
    SAMPLING_DAY,
    SETTINGS,
    at_local,
    quarantine,
    queued,
    slot,
)

L10N = L10n()


def _slots() -> SamplingSlots:
    return SamplingSlots(L10N, default_language="zh", default_timezone="Asia/Shanghai")


async def _world(sessionmaker, clock, *, lead_started: bool = True, staff_started: bool = True):
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        lead = await make_person(session, clock, building, name="楼长老张", lead=True)
        lead.started_bot = lead_started
        staff = await make_person(session, clock, building, name="小刘", staff=True)
        staff.started_bot = staff_started
        doctor = await make_person(session, clock, building, name="李医生", doctor=True)
        volunteer = await make_person(session, clock, building, name="Bob", volunteer=True)
        resident = await make_person(session, clock, building, name="王阿姨", flat="3-2-501")
        await quarantine(session, building.id, "3-2-501", day=4)
        await quarantine(session, building.id, "10-1-101", day=1)
        await quarantine(session, building.id, "3-2-502", day=7)
        await quarantine(session, building.id, "3-2-601", day=2)  # not a sampling day
        await quarantine(  # ended early, before its day 10
            session, building.id, "5-1-101", day=10, ended_on=SAMPLING_DAY - timedelta(days=1)
        )
        await session.commit()
    return SimpleNamespace(
        building=building,
        lead=lead,
        staff=staff,
        doctor=doctor,
        volunteer=volunteer,
        resident=resident,
    )


async def _notice(sessionmaker, clock, w, slots: SamplingSlots | None = None) -> None:
    async with sessionmaker() as session:
        await (slots or _slots()).notice(
            session, clock, slot(w.building.id, SlotKind.SAMPLING_NOTICE), SETTINGS
        )
        await session.commit()


async def _sent_page(sessionmaker, w, message_id: int = 900) -> int:
    """As the sender does once Telegram took the list: the page learns its message id."""
    async with sessionmaker() as session:
        round_ = await round_of(session, w.building.id, SAMPLING_DAY)
        assert round_ is not None
        page = (await round_pages(session, round_.id))[0]
        await attach_page(session, page.id, message_id)
        await session.commit()
        return page.id


async def _press(sessionmaker, clock, w, person, flat: str, *, sampled: bool = True, msg=900):
    async with sessionmaker() as session:
        entry_id = await session.scalar(select(SamplingEntry.id).where(SamplingEntry.flat == flat))
        assert entry_id is not None
        press = await find_press(
            session, entry_id=entry_id, chat_id=w.building.chat_id, message_id=msg
        )
        assert press is not None
        allowed = await may_tick(session, w.building.id, person.id)
        result = await set_sampled(
            session,
            clock,
            press,
            actor_id=person.id,
            sampled=sampled,
            allowed=allowed,
            settings=SETTINGS,
        )
        await session.commit()
        return result


async def test_notice_lists_tomorrows_households_once_with_a_button_each(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await _world(sessionmaker, clock)
    clock._now = at_local(SAMPLING_DAY - timedelta(days=1), 20)
    await _notice(sessionmaker, clock, w)
    await _notice(sessionmaker, clock, w)  # the engine ran it twice (a restart): one list

    rows = await queued(sessionmaker, w.building.chat_id)
    assert len(rows) == 1
    row = rows[0]
    assert row.purpose == LIVE_POST  # a live message: redrawn in place as households are ticked
    text = row.payload["text"]
    assert "2022-04-05" in text and "08:00-11:00" in text and "共 3 户" in text
    assert "3 households" in text  # the group is bilingual by default
    assert text.index("3-2-501") < text.index("3-2-502") < text.index("10-1-101")
    assert "第4天 day 4" in text and "第1天 day 1" in text and "第7天 day 7" in text
    assert "3-2-601" not in text and "5-1-101" not in text
    buttons = [b["text"] for row_ in row.payload["reply_markup"]["inline_keyboard"] for b in row_]
    assert buttons == ["⬜ 3-2-501", "⬜ 3-2-502", "⬜ 10-1-101"]
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(SamplingRound)) == 1


async def test_nobody_due_posts_nothing(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        await quarantine(session, building.id, "3-2-601", day=2)
        await session.commit()
    w = SimpleNamespace(building=building)
    await _notice(sessionmaker, clock, w)
    assert await queued(sessionmaker) == []


async def test_a_long_list_is_split_under_telegrams_button_limit(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        for number in range(PAGE_SIZE * 2 + 5):  # flats as long as the column allows
            flat = f"{number // 20 + 1}-1-{number:03d}".ljust(32, "x")
            await quarantine(session, building.id, flat, day=14)
        await session.commit()
    w = SimpleNamespace(building=building)
    await _notice(sessionmaker, clock, w)
    rows = await queued(sessionmaker, building.chat_id)
    assert len(rows) == 3
    for number, row in enumerate(rows, start=1):
        keyboard = row.payload["reply_markup"]["inline_keyboard"]
        assert sum(len(r) for r in keyboard) <= 100
        # room for a tick's time (" · 08:12") on every line, tags not counted by Telegram
        assert len(re.sub(r"<[^>]+>", "", row.payload["text"])) + 8 * PAGE_SIZE <= 4096
        assert f"第 {number}/3 页 page {number}/3" in row.payload["text"]
    assert sum(len(r) for r in rows[2].payload["reply_markup"]["inline_keyboard"]) == 5


async def test_sampling_staff_tick_once_and_others_are_refused(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await _world(sessionmaker, clock)
    await _notice(sessionmaker, clock, w)
    await _sent_page(sessionmaker, w)

    clock._now = at_local(SAMPLING_DAY - timedelta(days=1), 21)
    assert (await _press(sessionmaker, clock, w, w.staff, "3-2-501")).outcome is TickOutcome.NOT_YET
    clock._now = at_local(SAMPLING_DAY, 8, 30)
    assert (await _press(sessionmaker, clock, w, w.staff, "3-2-501")).outcome is TickOutcome.TICKED
    again = await _press(sessionmaker, clock, w, w.lead, "3-2-501")  # a second tap, or a colleague
    assert again.outcome is TickOutcome.ALREADY_TICKED and again.by_name == "小刘"
    for person in (w.resident, w.volunteer):
        result = await _press(sessionmaker, clock, w, person, "3-2-502")
        assert result.outcome is TickOutcome.NOT_ALLOWED
    assert (await _press(sessionmaker, clock, w, w.doctor, "3-2-502")).outcome is TickOutcome.TICKED
    undo = await _press(sessionmaker, clock, w, w.lead, "3-2-502", sampled=False)
    assert undo.outcome is TickOutcome.UNTICKED
    undo = await _press(sessionmaker, clock, w, w.lead, "3-2-502", sampled=False)
    assert undo.outcome is TickOutcome.ALREADY_UNTICKED
    clock._now = at_local(SAMPLING_DAY + timedelta(days=1), 0, 1)
    assert (await _press(sessionmaker, clock, w, w.staff, "3-2-502")).outcome is TickOutcome.OVER

    async with sessionmaker() as session:
        entries = {
            e.flat: e for e in (await session.execute(select(SamplingEntry))).scalars().all()
        }
    assert entries["3-2-501"].sampled_by == w.staff.id
    assert entries["3-2-501"].sampled_at == at_local(SAMPLING_DAY, 8, 30)
    assert entries["3-2-502"].sampled_at is None


async def test_two_staff_ticking_at_once_tick_once(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await _world(sessionmaker, clock)
    await _notice(sessionmaker, clock, w)
    await _sent_page(sessionmaker, w)
    clock._now = at_local(SAMPLING_DAY, 9)
    results = await asyncio.gather(
        *(_press(sessionmaker, clock, w, person, "3-2-501") for person in (w.staff, w.lead))
    )
    outcomes = sorted(result.outcome for result in results)
    assert outcomes == [TickOutcome.ALREADY_TICKED, TickOutcome.TICKED]
    [winner] = [p for p, r in zip((w.staff, w.lead), results, strict=True) if r.outcome == "ticked"]
    [loser] = [r for r in results if r.outcome is TickOutcome.ALREADY_TICKED]
    assert loser.by_name == winner.full_name


async def test_a_press_names_its_own_message_in_its_own_group(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await _world(sessionmaker, clock)
    await _notice(sessionmaker, clock, w)
    await _sent_page(sessionmaker, w, message_id=900)
    async with sessionmaker() as session:
        entry_id = await session.scalar(select(SamplingEntry.id).limit(1))
        assert entry_id is not None
        chat = w.building.chat_id
        assert await find_press(session, entry_id=entry_id, chat_id=chat, message_id=900)
        assert await find_press(session, entry_id=entry_id, chat_id=chat, message_id=901) is None
        assert await find_press(session, entry_id=entry_id, chat_id=-1, message_id=900) is None
        assert await find_press(session, entry_id=999_999, chat_id=chat, message_id=900) is None


async def test_close_tells_the_lead_who_was_not_sampled_once(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await _world(sessionmaker, clock)
    await _notice(sessionmaker, clock, w)
    await _sent_page(sessionmaker, w)
    clock._now = at_local(SAMPLING_DAY, 9)
    await _press(sessionmaker, clock, w, w.staff, "3-2-501")
    async with sessionmaker() as session:  # registered after the list was posted
        await quarantine(session, w.building.id, "3-2-701", day=1)
        await session.commit()

    clock._now = at_local(SAMPLING_DAY, 11)
    for _ in range(2):
        async with sessionmaker() as session:
            await _slots().close(
                session, clock, slot(w.building.id, SlotKind.SAMPLING_CLOSE), SETTINGS
            )
            await session.commit()

    to_lead = [r.payload["text"] for r in await queued(sessionmaker, w.lead.id)]
    assert len(to_lead) == 1
    text = to_lead[0]
    assert "4 户中有 3 户未采样" in text
    assert "3-2-502" in text and "10-1-101" in text and "3-2-701" in text
    assert "3-2-501" not in text
    assert "3-2-701</b> · 第1天 · 不在名单上" in text
    assert await queued(sessionmaker, w.staff.id) == []  # the lead was told; staff need not be
    async with sessionmaker() as session:  # the list is redrawn once, shown closed
        round_ = await round_of(session, w.building.id, SAMPLING_DAY)
        assert round_ is not None
        page = (await round_pages(session, round_.id))[0]
        live = await find_live(session, purpose=SAMPLING_PAGE, ref_id=page.id)
        assert live is not None and live.requested == 1
        drawn = await SamplingRenderer(SamplingView(L10N, "Asia/Shanghai"))(session, page.id)
        assert "采样时间已结束" in drawn.text


async def test_close_falls_back_to_staff_then_says_so_in_the_group(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await _world(sessionmaker, clock, lead_started=False)
    await _notice(sessionmaker, clock, w)
    async with sessionmaker() as session:
        await _slots().close(session, clock, slot(w.building.id, SlotKind.SAMPLING_CLOSE), SETTINGS)
        await session.commit()
    assert await queued(sessionmaker, w.lead.id) == []
    assert len(await queued(sessionmaker, w.staff.id)) == 1

    nobody = await _world(sessionmaker, clock, lead_started=False, staff_started=False)
    await _notice(sessionmaker, clock, nobody)
    async with sessionmaker() as session:
        await _slots().close(
            session, clock, slot(nobody.building.id, SlotKind.SAMPLING_CLOSE), SETTINGS
        )
        await session.commit()
    group = [r.payload["text"] for r in await queued(sessionmaker, nobody.building.chat_id)]
    told = [text for text in group if "没有能私信通知的楼长或工作人员" in text]
    assert len(told) == 1 and "3-2-501" in told[0] and "No building lead or staff" in told[0]


async def test_all_sampled_the_lead_hears_so(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await _world(sessionmaker, clock)
    await _notice(sessionmaker, clock, w)
    await _sent_page(sessionmaker, w)
    clock._now = at_local(SAMPLING_DAY, 9)
    for flat in ("3-2-501", "3-2-502", "10-1-101"):
        await _press(sessionmaker, clock, w, w.staff, flat)
    async with sessionmaker() as session:
        await _slots().close(session, clock, slot(w.building.id, SlotKind.SAMPLING_CLOSE), SETTINGS)
        await session.commit()
    [message] = await queued(sessionmaker, w.lead.id)
    assert "3 户已全部采样" in message.payload["text"]


async def test_a_notice_found_late_is_posted_while_the_window_is_open_else_the_lead_told(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    actions = sampling_slot_actions(L10N, default_language="zh", default_timezone="Asia/Shanghai")
    _, missed = actions[SlotKind.SAMPLING_NOTICE]
    early = await _world(sessionmaker, clock)
    clock._now = at_local(SAMPLING_DAY, 9)
    async with sessionmaker() as session:
        await missed(session, clock, slot(early.building.id, SlotKind.SAMPLING_NOTICE), SETTINGS)
        await session.commit()
    assert len(await queued(sessionmaker, early.building.chat_id)) == 1

    late = await _world(sessionmaker, clock)
    clock._now = at_local(SAMPLING_DAY, 11, 30)
    async with sessionmaker() as session:
        await missed(session, clock, slot(late.building.id, SlotKind.SAMPLING_NOTICE), SETTINGS)
        await session.commit()
    assert await queued(sessionmaker, late.building.chat_id) == []
    [told] = await queued(sessionmaker, late.lead.id)
    assert "没有按时发出" in told.payload["text"] and "3-2-501" in told.payload["text"]
    async with sessionmaker() as session:
        assert await round_of(session, late.building.id, SAMPLING_DAY) is None
        # the close then says no list was posted, rather than that nobody sampled
        await _slots().close(
            session, clock, slot(late.building.id, SlotKind.SAMPLING_CLOSE), SETTINGS
        )
        await session.commit()
    texts = [r.payload["text"] for r in await queued(sessionmaker, late.lead.id)]
    assert len(texts) == 2 and "今天没有发出采样名单" in texts[1]

    night = await _world(sessionmaker, clock)  # found at 23:30 the evening before
    clock._now = at_local(SAMPLING_DAY - timedelta(days=1), 23, 30)
    async with sessionmaker() as session:
        await missed(session, clock, slot(night.building.id, SlotKind.SAMPLING_NOTICE), SETTINGS)
        await session.commit()
    assert await queued(sessionmaker, night.building.chat_id) == []  # the group is not woken
    [told] = await queued(sessionmaker, night.lead.id)
    assert "没有按时发出" in told.payload["text"]


async def test_english_lead_reads_english(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await _world(sessionmaker, clock)
    async with sessionmaker() as session:
        lead = await session.get(type(w.lead), w.lead.id)
        assert lead is not None
        lead.language = "en"
        await session.commit()
    await _notice(sessionmaker, clock, w)
    async with sessionmaker() as session:
        await _slots().close(session, clock, slot(w.building.id, SlotKind.SAMPLING_CLOSE), SETTINGS)
        await session.commit()
    [told] = await queued(sessionmaker, w.lead.id)
    assert "3 of 3 households were not sampled" in told.payload["text"]
    assert "day 4" in told.payload["text"] and "第" not in told.payload["text"]
