"""Settings staff type after /settings, /sampling and /rollcall, and the bad values named."""

from __future__ import annotations

import pytest

from domain.calendar_settings import SettingValueError
from domain.settings_store import Setting, parse_grace, parse_setting, setting_named


@pytest.mark.parametrize(
    ("setting", "text", "stored"),
    [
        (Setting.TIMEZONE, "Europe/Berlin", "Europe/Berlin"),
        (Setting.TIMEZONE, "europe/berlin", "Europe/Berlin"),
        (Setting.TIMEZONE, "UTC", "UTC"),
        (Setting.SAMPLING_DAYS, "14 1 4 7 10", "1 4 7 10 14"),
        (Setting.SAMPLING_DAYS, "1,3,5", "1 3 5"),
        (Setting.SAMPLING_WINDOW, "8:00-11:00", "08:00-11:00"),
        (Setting.SAMPLING_WINDOW, "08:00 - 10:30", "08:00-10:30"),
        (Setting.SAMPLING_NOTICE, "20:00", "20:00"),
        (Setting.ROLLCALL_TIMES, "20:00 8:00", "08:00 20:00"),
        (Setting.GRACE, "90", 90),
        (Setting.SUMMARY_TIME, "21:30", "21:30"),
    ],
)
def test_values_stored_canonical(setting: Setting, text: str, stored: object) -> None:
    assert parse_setting(setting, text) == stored


@pytest.mark.parametrize(
    ("setting", "text"),
    [
        (Setting.TIMEZONE, "Mars/Olympus"),
        (Setting.TIMEZONE, "../../etc/passwd"),
        (Setting.TIMEZONE, ""),
        (Setting.SAMPLING_DAYS, "1 4 seven"),
        (Setting.SAMPLING_DAYS, "0 4"),
        (Setting.SAMPLING_WINDOW, "11:00-08:00"),
        (Setting.SAMPLING_NOTICE, "25:00"),
        (Setting.ROLLCALL_TIMES, "8 20"),
        (Setting.ROLLCALL_TIMES, "1:00 2:00 3:00 4:00 5:00 6:00 7:00"),
        (Setting.GRACE, "2 hours please"),
        (Setting.GRACE, "1"),
        (Setting.SUMMARY_TIME, "９:00"),
    ],
)
def test_bad_values_refused(setting: Setting, text: str) -> None:
    with pytest.raises(SettingValueError):
        parse_setting(setting, text)


def test_grace_forms() -> None:
    assert [parse_grace(t) for t in ("2h", "1h30", "90m", "2小时", "45分钟")] == [
        120,
        90,
        90,
        120,
        45,
    ]


def test_setting_words_zh_and_en() -> None:
    assert setting_named("时区") == setting_named("timezone") == Setting.TIMEZONE
    assert setting_named("宽限") == Setting.GRACE and setting_named("汇总") == Setting.SUMMARY_TIME
    assert setting_named("frobnicate") is None
