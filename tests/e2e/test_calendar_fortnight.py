"""A whole quarantine in simulated time through the stand-in, and one ended early, on each
database: the real /quarantine command, the real engine and actions, a restart on the way."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import date, datetime, time, timedelta

import pytest

from standin.recording import ApiCall
from standin.server import BotApiStandIn
from tests.support.calendar_e2e import (
    CalendarDriver,
    Sent,
    calendar_harness,
    checkpoints,
    day_of,
    local,
    roll_call_slot,
    sampling_date,
)
from tests.support.harness import BuildingWorld, Harness

TODAY = date(2026, 11, 2)  # a Monday; Shanghai has no DST, the zones test has that
DAY_1 = TODAY + timedelta(days=1)
SAMPLING_DAYS = (1, 4, 7, 10, 14)
RESTART = local(day_of(DAY_1, 6), time(8, 5))


@pytest.fixture
async def harness(standin: BotApiStandIn, database_url: str) -> AsyncIterator[Harness]:
    """The bot on each database, its clock at 10:00 Shanghai time on TODAY."""
    async with calendar_harness(standin, database_url, local(TODAY, time(10, 0))) as harness:
        yield harness


async def _lead_and_quarantine(harness: Harness, building: BuildingWorld, start: date) -> None:
    """小夏 is the lead (and has started the bot); 3-2-501 (王阿姨) registered from `start`."""
    s, group = harness.standin, building.group
    await s.user_starts_bot(building.eve)
    mark = s.mark()
    await s.post(group, building.li, "/lead @eve")
    await s.post(group, building.li, f"/quarantine 3-2-501 {start.isoformat()}")
    await harness.bot_says(group, "3-2-501 已登记隔离", "居家隔离 14 天", since=mark)
    await harness.settled()


async def _edited(harness: Harness, message_id: int, *fragments: str) -> str:
    """Wait until the roll call is edited to show every fragment; its text then."""

    def shows(call: ApiCall) -> bool:
        text = call.params.get("text", "")
        return call.params.get("message_id") == message_id and all(f in text for f in fragments)

    calls = await harness.standin.wait_for("editMessageText", shows)
    await harness.settled()
    return str(calls[0].params["text"])


async def test_a_whole_quarantine_day_by_day(harness: Harness, building: BuildingWorld) -> None:
    s, group, wang = harness.standin, building.group, building.wang
    await _lead_and_quarantine(harness, building, DAY_1)  # day 1 is tomorrow
    driver = CalendarDriver(harness)
    await driver.tick()  # the engine looks from registration on
    every = checkpoints(TODAY, DAY_1 + timedelta(days=16))

    async def roll_call_at(day: int, at: time) -> int:
        """Run the days up to the roll call of day `day` at `at` (a minute after); its id."""
        await driver.run_to(local(day_of(DAY_1, day), at) + timedelta(minutes=1), every)
        latest = driver.roll_calls(group.id)[-1]
        assert roll_call_slot(latest) == (f"{day_of(DAY_1, day):%m-%d}", f"{at:%H:%M}")
        return int(latest.call.result["message_id"])

    # 王阿姨 reports four roll calls, each a different way
    message_id = await roll_call_at(1, time(8, 0))
    await s.post(group, wang, "3-2-501 36.5")  # a message naming the flat
    await _edited(harness, message_id, "3-2-501  36.5°C", "已报 1/1 户")
    message_id = await roll_call_at(2, time(20, 0))
    await s.post(group, wang, "36.6", reply_to=message_id)  # a bare reply to the roll call
    await _edited(harness, message_id, "3-2-501  36.6°C")
    message_id = await roll_call_at(3, time(8, 0))
    await s.post(group, wang, "3-2-501 36.5")
    await _edited(harness, message_id, "3-2-501  36.5°C")
    await s.post(group, wang, "3-2-501 36.8")  # twice: the latest counts, marked updated
    shown = await _edited(harness, message_id, "3-2-501  36.8°C (已更新 updated)")
    assert "已报 1/1 户" in shown
    # the bot is down over day 6's 08:00 roll call and back at 08:05: it goes out then
    await driver.run_to(local(day_of(DAY_1, 6), time(7, 0)), every)
    await driver.run_to(RESTART, ())
    await driver.restart()
    assert roll_call_slot(driver.roll_calls(group.id)[-1]) == ("11-08", "08:00")
    message_id = await roll_call_at(9, time(20, 0))
    await s.post(group, wang, "3-2-501 97.9F")  # Fahrenheit
    await _edited(harness, message_id, "3-2-501  36.6°C")
    # …and nothing after day 14
    await driver.run_to(every[-1], every)
    await harness.settled()

    days = [day_of(DAY_1, n) for n in range(1, 15)]
    expected = [(f"{d:%m-%d}", f"{at:%H:%M}") for d in days for at in (time(8), time(20))]
    posted = driver.roll_calls(group.id)
    assert [roll_call_slot(sent) for sent in posted] == expected  # 28, in order, once each
    for sent in posted:  # each at the first tick after its slot
        late = RESTART - local(day_of(DAY_1, 6), time(8)) if sent.at == RESTART else None
        assert sent.at == _instant(*roll_call_slot(sent)) + (late or timedelta(minutes=1))
    # nothing else posted one either (a late resend, a duplicate after the restart)
    to_group = [c for c in s.calls("sendMessage") if c.ok and c.params["chat_id"] == group.id]
    assert sum("体温接龙" in c.params["text"] for c in to_group) == 28

    lists = driver.sampling_lists(group.id)
    assert [sampling_date(sent) for sent in lists] == [day_of(DAY_1, n) for n in SAMPLING_DAYS]
    for sent in lists:  # the evening before, at 20:00
        assert sent.at == local(sampling_date(sent) - timedelta(days=1), time(20, 1))
        assert "3-2-501" in sent.call.params["text"]
    assert sum("上门采样名单" in c.params["text"] for c in to_group) == 5

    # the lead: after each roll call's grace, who was silent (or that all reported), once
    reported = {("11-03", "08:00"), ("11-04", "20:00"), ("11-05", "08:00"), ("11-11", "20:00")}
    eve = building.eve.id
    silent, complete = driver.private(eve, "未上报"), driver.private(eve, "已全部上报")
    assert sorted(_told(sent) for sent in silent + complete) == expected
    assert {_told(sent) for sent in complete} == reported
    assert all("3-2-501" in sent.call.params["text"] for sent in silent)
    for sent in silent + complete:  # each when the two hours' grace are over
        assert sent.at == _instant(*_told(sent)) + timedelta(hours=2, minutes=1)
    assert driver.messages(after=local(days[-1], time(23, 0))) == []


def _instant(day: str, at: str) -> datetime:
    """A roll call's instant from its MM-DD and HH:MM (this test's year, Shanghai)."""
    month, mday = (int(part) for part in day.split("-"))
    return local(date(TODAY.year, month, mday), time.fromisoformat(at))


def _told(sent: Sent) -> tuple[str, str]:
    """The roll call a message to the lead is about (MM-DD, HH:MM)."""
    found = re.search(r"(\d\d-\d\d) (\d\d:\d\d) 体温接龙", sent.call.params["text"])
    assert found is not None, sent.call.params["text"]
    return found.group(1), found.group(2)


async def test_a_quarantine_ended_early_calls_and_lists_no_more(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    start = TODAY - timedelta(days=1)  # day 2 today, day 4 (sampled) the day after tomorrow
    await _lead_and_quarantine(harness, building, start)
    driver = CalendarDriver(harness)
    await driver.tick()
    every = checkpoints(TODAY, TODAY + timedelta(days=6))
    await driver.run_to(local(TODAY + timedelta(days=1), time(12, 0)), every)
    assert [roll_call_slot(sent) for sent in driver.roll_calls(group.id)] == [
        ("11-02", "20:00"),
        ("11-03", "08:00"),
    ]
    assert [sampling_date(sent) for sent in driver.sampling_lists(group.id)] == []

    mark = s.mark()
    await s.post(group, building.li, "/quarantine end 3-2-501")
    await harness.bot_says(group, "3-2-501 已解除隔离", since=mark)
    await harness.settled()
    ticks = driver.ticks
    await driver.run_to(every[-1], every)
    assert driver.ticks - ticks >= 30
    # no roll call tonight, no list tomorrow evening for day 4, nothing at all for the group
    assert len(driver.roll_calls(group.id)) == 2
    assert driver.sampling_lists(group.id) == []
    assert driver.messages(after=local(TODAY + timedelta(days=1), time(12))) == []
