"""The calendar in a community's own zone across a DST change, and in the group's languages
(with a household that reads the other one), through the stand-in."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from standin.server import BotApiStandIn
from tests.support.calendar_e2e import (
    CalendarDriver,
    calendar_harness,
    checkpoints,
    local,
    roll_call_slot,
    sampling_date,
)
from tests.support.harness import BuildingWorld, Harness

BERLIN = ZoneInfo("Europe/Berlin")
FALL_BACK = date(2026, 10, 25)  # 03:00 CEST becomes 02:00 CET
SPRING_FORWARD = date(2027, 3, 28)  # 02:00 CET becomes 03:00 CEST
TODAY = date(2026, 11, 2)


@pytest.fixture
async def harness(
    standin: BotApiStandIn, tmp_path, request: pytest.FixtureRequest
) -> AsyncIterator[Harness]:
    """The bot on SQLite, its clock at noon (Berlin time) two days before the test's date."""
    start: date = getattr(request, "param", TODAY)
    url = f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}"
    at = datetime.combine(start - timedelta(days=2), time(12), tzinfo=BERLIN).astimezone(UTC)
    async with calendar_harness(standin, url, at) as harness:
        yield harness


@pytest.mark.parametrize("harness", [FALL_BACK, SPRING_FORWARD], indirect=True, ids=str)
async def test_roll_calls_at_local_eight_and_twenty_across_a_dst_change(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, li = harness.standin, building.group, building.li
    first = harness.clock.now().astimezone(BERLIN).date()
    change = first + timedelta(days=2)
    mark = s.mark()
    await s.post(group, li, "/settings timezone Europe/Berlin")
    await harness.bot_says(group, "已保存", "时区：Europe/Berlin", since=mark)
    await s.post(group, li, "/quarantine 3-2-501")  # day 1 is today, in Berlin
    await harness.bot_says(group, "3-2-501 已登记隔离", f"{first:%m-%d} 为第 1 天", since=mark)
    await harness.settled()
    driver = CalendarDriver(harness)
    await driver.tick()
    last = first + timedelta(days=4)
    await driver.run_to(local(last, time(12), BERLIN), checkpoints(first, last, BERLIN))

    posted = driver.roll_calls(group.id)
    days = [first + timedelta(days=n) for n in range(5)]
    expected = [(d, at) for d in days for at in (time(8), time(20))][1:-1]  # noon to noon
    assert [roll_call_slot(sent) for sent in posted] == [
        (f"{d:%m-%d}", f"{at:%H:%M}") for d, at in expected
    ]
    for sent, (day, at) in zip(posted, expected, strict=True):  # once each, a minute after
        assert sent.at == local(day, time(at.hour, 1), BERLIN)
    # the same local 08:00 is a different hour of UTC on each side of the change
    mornings = {sent.at.date(): sent.at.hour for sent in posted if roll_call_slot(sent)[1] < "12"}
    before, after = mornings[change - timedelta(days=1)], mornings[change]
    assert {before, after} == {6, 7} and before != after
    # the sampling list for day 4 the evening before, 20:00 local
    lists = driver.sampling_lists(group.id)
    assert [sampling_date(sent) for sent in lists] == [first + timedelta(days=3)]
    assert lists[0].at == local(first + timedelta(days=2), time(20, 1), BERLIN)


async def test_the_roll_call_follows_the_group_and_its_households_languages(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group, li = harness.standin, building.group, building.li
    harness.clock.advance(seconds=(local(TODAY, time(7)) - harness.clock.now()).total_seconds())
    mark = s.mark()
    await s.post(group, li, "/quarantine 3-2-501")
    await harness.bot_says(group, "3-2-501 已登记隔离", since=mark)
    await harness.settled()
    driver = CalendarDriver(harness)
    await driver.tick()
    every = checkpoints(TODAY, TODAY + timedelta(days=1))

    async def roll_call(day: date, at: time) -> str:
        await driver.run_to(local(day, at) + timedelta(minutes=1), every)
        latest = driver.roll_calls(group.id)[-1]
        assert roll_call_slot(latest) == (f"{day:%m-%d}", f"{at:%H:%M}")
        return str(latest.call.params["text"])

    both = await roll_call(TODAY, time(8))  # a new group reads both languages
    assert "体温接龙" in both and "Temperature roll call" in both
    assert "已报 0/1 户" in both and "Reported 0/1 households" in both

    await s.post(group, li, "/grouplang zh")
    await harness.settled()
    chinese = await roll_call(TODAY, time(20))
    assert "体温接龙" in chinese and "Temperature" not in chinese and "Reported" not in chinese

    mark = s.mark()
    await s.post(group, li, "/household 3-2-501 lang=en")  # a foreign resident
    await harness.bot_says(group, "3-2-501", since=mark)
    await harness.settled()
    mixed = await roll_call(TODAY + timedelta(days=1), time(8))
    assert "体温接龙" in mixed and "Temperature roll call" in mixed
    assert "🌡️ 报体温 Report temperature" in str(
        driver.roll_calls(group.id)[-1].call.params["reply_markup"]
    )
