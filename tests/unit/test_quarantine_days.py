"""Quarantine days on local dates: day 1 is the start date; DST days are 23 or 25 hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from domain.quarantine_days import day_bounds, day_number, flat_key, in_force, local_instant
from models.households import Quarantine

START = date(2022, 4, 1)


def _quarantine(days: int = 14, ended_on: date | None = None) -> Quarantine:
    return Quarantine(start_date=START, days=days, ended_on=ended_on)


def test_day_one_is_the_start_date() -> None:
    assert day_number(START, START) == 1
    assert day_number(START, date(2022, 4, 14)) == 14


def test_in_force_for_its_days_unless_ended() -> None:
    assert not in_force(_quarantine(), date(2022, 3, 31))
    assert in_force(_quarantine(), START)
    assert in_force(_quarantine(), date(2022, 4, 14))
    assert not in_force(_quarantine(), date(2022, 4, 15))
    ended = _quarantine(ended_on=date(2022, 4, 5))
    assert in_force(ended, date(2022, 4, 5)) and not in_force(ended, date(2022, 4, 6))


def test_flats_sort_by_their_numbers() -> None:
    flats = ["10-1-101", "3-2-502", "3-2-501", "3-10-101", "B-1"]
    assert sorted(flats, key=flat_key) == ["3-2-501", "3-2-502", "3-10-101", "10-1-101", "B-1"]


def test_a_dst_day_has_its_real_length() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start, end = day_bounds(date(2022, 3, 27), berlin)
    assert start == datetime(2022, 3, 26, 23, tzinfo=UTC)
    assert (end - start).total_seconds() == 23 * 3600
    start, end = day_bounds(date(2022, 10, 30), berlin)
    assert (end - start).total_seconds() == 25 * 3600
    # 02:30 does not exist on the spring day: it is the hour after the jump
    assert local_instant(date(2022, 3, 27), time(2, 30), berlin) == datetime(
        2022, 3, 27, 1, 30, tzinfo=UTC
    )
