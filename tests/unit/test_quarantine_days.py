"""Quarantine days on local dates: day 1 is the start date; DST days are 23 or 25 hours."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from domain.quarantine_days import day_bounds, flat_key


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
