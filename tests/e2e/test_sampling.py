"""Sampling and the quarantine fever rule end to end, through the stand-in."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from bot.callbacks import SamplingCallback, SamplingTick
from bot.l10n import L10n
from bot.sampling_slots import SamplingSlots
from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import Slot, SlotKind
from models.buildings import building_by_chat
from models.sampling import SamplingEntry
from standin.world import StandInChat
from tests.support.harness import BuildingWorld, Harness, set_up_chain
from tests.support.sampling import SHANGHAI, quarantine

SETTINGS = CalendarSettings(timezone="Asia/Shanghai")


def _today(harness: Harness) -> date:
    return harness.clock.now().astimezone(SHANGHAI).date()


async def _quarantine(harness: Harness, group: StandInChat, *flats: str) -> int:
    """The flats in quarantine, on their day 4 today; the building's id."""
    async with harness.louhu.sessionmaker() as session:
        building = await building_by_chat(session, group.id)
        assert building is not None
        for flat in flats:
            await quarantine(session, building.id, flat, day_on=_today(harness), day=4)
        await session.commit()
        return building.id


async def _post_list(harness: Harness, building_id: int) -> None:
    """As the calendar engine runs the evening-before slot (here for today, to tick at once)."""
    slots = SamplingSlots(L10n(), default_language="zh", default_timezone="Asia/Shanghai")
    notice = Slot(building_id, SlotKind.SAMPLING_NOTICE, harness.clock.now(), _today(harness))
    async with harness.louhu.sessionmaker() as session:
        await slots.notice(session, harness.clock, notice, SETTINGS)
        await session.commit()
    harness.louhu.sender.wake()


async def test_staff_tick_households_off_and_the_list_is_edited_in_place(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)  # 李主任 staff, 小夏 lead, Bob doctor
    building_id = await _quarantine(harness, group, "3-2-501", "3-2-502")
    mark = s.mark()
    await _post_list(harness, building_id)
    call = await harness.bot_says(group, "上门采样名单", "Home sampling list", since=mark)
    list_id = call.result["message_id"]
    posted = s.message(group, list_id)
    assert [b["text"] for b in posted.buttons] == ["⬜ 3-2-501", "⬜ 3-2-502"]

    stranger = await s.press(group, building.dave, list_id, button_text="⬜ 3-2-501")
    assert (await s.wait_callback_answer(stranger))["text"] == (
        "Only sampling staff (staff, building lead, community doctor) can tick households."
    )
    resident = await s.press(group, building.wang, list_id, button_text="⬜ 3-2-501")
    assert "只有采样人员" in (await s.wait_callback_answer(resident))["text"]
    await harness.settled()
    assert s.calls("editMessageText") == []

    tick = await s.press(group, building.li, list_id, button_text="⬜ 3-2-501")
    assert (await s.wait_callback_answer(tick))["text"] == "✅ 3-2-501 已标记为已采样。"
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == list_id)
    edited = s.message(group, list_id)
    assert [b["text"] for b in edited.buttons] == ["✅ 3-2-501", "⬜ 3-2-502"]
    assert "已采 1/2 sampled 1/2" in (edited.text or "")

    # 小夏 still sees the old list: her tick is not a second one, and says who did it
    async with harness.louhu.sessionmaker() as session:
        entry_id = await session.scalar(
            select(SamplingEntry.id).where(SamplingEntry.flat == "3-2-501")
        )
    assert entry_id is not None
    stale = SamplingCallback(action=SamplingTick.TICK, entry_id=entry_id).pack()
    again = await s.press(group, building.eve, list_id, callback_data=stale)
    assert (await s.wait_callback_answer(again))["text"] == "3-2-501 已由 李主任 标记为已采样。"

    undo = await s.press(group, building.bob, list_id, button_text="✅ 3-2-501")
    assert (await s.wait_callback_answer(undo))["text"] == (
        "↩️ 3-2-501 is no longer marked as sampled."
    )
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == list_id, count=2)
    assert [b["text"] for b in s.message(group, list_id).buttons] == ["⬜ 3-2-501", "⬜ 3-2-502"]


async def test_forged_and_foreign_presses_change_nothing(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await set_up_chain(harness, building)
    building_id = await _quarantine(harness, group, "3-2-501")
    mark = s.mark()
    await _post_list(harness, building_id)
    list_id = (await harness.bot_says(group, "上门采样名单", since=mark)).result["message_id"]
    async with harness.louhu.sessionmaker() as session:
        entry_id = await session.scalar(select(SamplingEntry.id))
    assert entry_id is not None

    other = await s.add_group("别的楼 Other", creator=building.dave)
    await s.add_bot_to_group(other, building.dave, as_admin=True)
    await s.post(other, building.dave, "/setup 别的楼")
    await harness.bot_says(other, "已登记本楼")
    await s.post(other, building.dave, "/help")
    decoy_call = await harness.bot_says(other, "/register")
    tick = SamplingCallback(action=SamplingTick.TICK, entry_id=entry_id).pack()
    for chat, message_id, data in (
        (group, list_id, "sa1:tick:999999"),  # no such household on any list
        (group, list_id, "sa1:burn:1"),  # no such action
        (group, list_id, "sa0:tick:1"),  # an older layout
        (other, decoy_call.result["message_id"], tick),  # building 3's entry, from elsewhere
    ):
        query = await s.press(chat, building.li, message_id, callback_data=data)
        answer = await s.wait_callback_answer(query)
        assert answer["text"] == "这个按钮已失效。", data
    await harness.settled()
    assert s.calls("editMessageText") == []
    async with harness.louhu.sessionmaker() as session:
        ticked = await session.scalar(
            select(func.count())
            .select_from(SamplingEntry)
            .where(SamplingEntry.sampled_at.is_not(None))
        )
    assert ticked == 0
