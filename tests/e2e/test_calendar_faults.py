"""The calendar through faults, on each database: the bot dying in the middle of an 08:00
fan-out, and Telegram answering 429 to a roll call and to its edit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import date, time

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_actions import CalendarActions, SlotActions
from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import Slot, SlotKind
from domain.clock import Clock
from models.buildings import building_by_chat
from models.calendar_runs import CalendarRun
from standin.recording import ApiCall
from standin.server import BotApiStandIn
from standin.world import StandInChat
from tests.support.calendar import Crash
from tests.support.calendar_e2e import CalendarDriver, calendar_harness, local, refused
from tests.support.harness import BuildingWorld, Harness

TODAY = date(2026, 11, 2)


@pytest.fixture
async def harness(standin: BotApiStandIn, database_url: str) -> AsyncIterator[Harness]:
    """The bot on each database, its clock at 07:00 Shanghai time on TODAY."""
    async with calendar_harness(standin, database_url, local(TODAY, time(7, 0))) as harness:
        yield harness


def _crashing_at(actions: CalendarActions, building_id: int) -> dict[SlotKind, SlotActions]:
    """The real actions, but the process dies inside the roll call of one building, after its
    action queued its message and before the engine's transaction commits."""
    real = actions[SlotKind.ROLLCALL].run

    async def run(
        session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None:
        await real(session, clock, slot, settings)
        if slot.building_id == building_id:
            raise Crash(slot)

    crashing = dict(actions)
    crashing[SlotKind.ROLLCALL] = SlotActions(run, actions[SlotKind.ROLLCALL].missed)
    return crashing


async def _building(harness: Harness, building: BuildingWorld, n: int) -> StandInChat:
    """Another set-up building group of 李主任's, with 3-2-501 in quarantine from today."""
    s, li = harness.standin, building.li
    group = await s.add_group(f"{n}号楼", creator=li, members=[building.wang])
    await s.add_bot_to_group(group, li, as_admin=True)
    mark = s.mark()
    await s.post(group, li, f"/setup {n}号楼")
    await harness.bot_says(group, "已登记本楼", since=mark)
    await s.post(group, li, "/quarantine 3-2-501")
    await harness.bot_says(group, "3-2-501 已登记隔离", since=mark)
    return group


def _roll_calls(calls: list[ApiCall], group: StandInChat) -> list[ApiCall]:
    return [
        c
        for c in calls
        if c.method == "sendMessage"
        and c.ok
        and c.params["chat_id"] == group.id
        and "体温接龙" in c.params["text"]
    ]


async def test_a_restart_in_the_middle_of_a_fan_out_calls_each_group_once(
    harness: Harness, building: BuildingWorld
) -> None:
    s = harness.standin
    await s.post(building.group, building.li, "/quarantine 3-2-501")
    await harness.bot_says(building.group, "3-2-501 已登记隔离")
    groups = [building.group] + [await _building(harness, building, n) for n in (4, 5, 6, 7)]
    async with harness.louhu.sessionmaker() as session:
        ids = []
        for group in groups:
            row = await building_by_chat(session, group.id)
            assert row is not None
            ids.append(row.id)
    driver = CalendarDriver(harness)
    await driver.tick()  # 07:00: the engine has looked; nothing due yet
    harness.clock.advance(hours=1, minutes=1)

    # the buildings' roll calls run in building order: the third dies with its work undone
    louhu = harness.louhu
    louhu.calendar_actions = _crashing_at(louhu.calendar_actions, sorted(ids)[2])
    with pytest.raises(Crash):
        await louhu.run_calendar()
    async with louhu.sessionmaker() as session:
        recorded = await session.scalar(
            select(func.count())
            .select_from(CalendarRun)
            .where(CalendarRun.kind == SlotKind.ROLLCALL.value)
        )
    assert recorded == 2
    await driver.restart()  # a new process: its start-up tick runs the other three
    await driver.tick()  # and the next tick finds nothing left to do
    harness.clock.advance(minutes=1)
    await driver.tick()
    await harness.settled()

    calls = s.calls()
    assert [len(_roll_calls(calls, group)) for group in groups] == [1, 1, 1, 1, 1]


async def test_a_429_in_the_middle_of_a_roll_call_delays_it_and_its_edits_once(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.bob, "/register 3-2-502")
    await s.post(group, building.li, "/quarantine 3-2-501")
    await s.post(group, building.li, "/quarantine 3-2-502")
    await harness.bot_says(group, "3-2-502 已登记隔离")
    await harness.settled()
    driver = CalendarDriver(harness)
    await driver.tick()
    harness.clock.advance(hours=1, seconds=30)

    def roll_call(params: dict[str, object]) -> bool:
        return "体温接龙" in str(params.get("text", ""))

    s.fail("sendMessage", "429", retry_after=1, predicate=roll_call)
    s.fail("editMessageText", "429", retry_after=1, predicate=roll_call)
    mark = s.mark()
    await harness.louhu.run_calendar()
    assert (await refused(s, "sendMessage", since=mark)).status == 429
    # 王阿姨 reports while the roll call waits for its retry: it is drawn once the post lands
    await s.post(group, building.wang, "3-2-501 36.5")
    posted = await harness.bot_says(group, "体温接龙", since=mark, timeout=10)

    def shows(*fragments: str) -> Callable[[ApiCall], bool]:
        def check(call: ApiCall) -> bool:
            text = str(call.params.get("text", ""))
            message_id = posted.result["message_id"]
            return (
                call.ok
                and call.params["message_id"] == message_id
                and all(f in text for f in fragments)
            )

        return check

    await s.wait_for("editMessageText", shows("3-2-501  36.5°C"), since=mark, timeout=10)
    await harness.settled()
    await s.post(group, building.bob, "36.6", reply_to=posted.result["message_id"])
    await s.wait_for("editMessageText", shows("3-2-501  36.5°C", "3-2-502  36.6°C"), since=mark)
    await harness.settled()

    calls = s.calls()[mark:]
    assert [c.ok for c in calls if c.method == "sendMessage" and roll_call(c.params)] == [
        False,
        True,
    ]
    edits = [c for c in calls if c.method == "editMessageText"]
    assert [c.ok for c in edits] == [False, True, True]  # the refused edit retried once
    # the redraw the roll call owed (a reading came first) went at once, not at an idle poll
    assert edits[0].at - posted.at < 3.0
    shown = s.message(group, posted.result["message_id"]).text or ""
    assert "已报 2/2 户" in shown and "Reported 2/2 households" in shown
    assert len(_roll_calls(s.calls(), group)) == 1
