"""A community's calendar settings: defaults, stored overrides, and values that cannot be read."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from domain.calendar_settings import (
    SettingValueError,
    from_row,
    parse_clock,
    parse_clocks,
    parse_days,
    parse_window,
)
from models.community_settings import CommunitySettings


def test_defaults_are_issue_10s_calendar() -> None:
    settings = from_row(None, "Asia/Shanghai")
    assert settings.sampling_days == (1, 4, 7, 10, 14)
    assert settings.rollcall_times == (time(8), time(20))
    assert settings.sampling_notice == time(20)
    assert settings.grace == timedelta(hours=2)
    assert settings.zone.key == "Asia/Shanghai"


def test_stored_columns_override_only_themselves() -> None:
    row = CommunitySettings(
        community="c",
        timezone="Europe/Berlin",
        rollcall_times="7:30 19:00",
        grace_minutes=90,
        updated_at=datetime(2026, 12, 5, tzinfo=UTC),
    )
    settings = from_row(row, "Asia/Shanghai")
    assert settings.timezone == "Europe/Berlin"
    assert settings.rollcall_times == (time(7, 30), time(19))
    assert settings.grace == timedelta(minutes=90)
    assert settings.sampling_days == (1, 4, 7, 10, 14)


def test_parsers_sort_and_deduplicate() -> None:
    assert parse_clocks("20:00, 08:00 20:00") == (time(8), time(20))
    assert parse_days("14 1 4 4") == (1, 4, 14)
    assert parse_window("08:00-11:30") == (time(8), time(11, 30))
    assert parse_clock("8:05") == time(8, 5)


@pytest.mark.parametrize("bad", ["24:00", "8", "08:60", "８:00", "08:0", "", "a:bb"])
def test_bad_clock_is_refused(bad: str) -> None:
    with pytest.raises(SettingValueError):
        parse_clock(bad)


@pytest.mark.parametrize("bad", ["0", "61", "1 x", "", "１"])
def test_bad_days_are_refused(bad: str) -> None:
    with pytest.raises(SettingValueError):
        parse_days(bad)


def test_window_must_end_after_it_starts() -> None:
    with pytest.raises(SettingValueError):
        parse_window("11:00-08:00")
