"""The calendar worked out from quarantines: day numbers, sampling dates, slots, DST."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import SlotKind
from domain.quarantine_calendar import (
    QuarantineSpan,
    day_number,
    day_slots,
    in_force,
    last_day,
    local_instant,
    sampling_dates,
    slots_between,
)

SHANGHAI = CalendarSettings(timezone="Asia/Shanghai")
START = date(2026, 3, 1)
FOURTEEN = QuarantineSpan(START, 14)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_day_one_is_the_start_date() -> None:
    assert day_number(FOURTEEN, START) == 1
    assert day_number(FOURTEEN, date(2026, 3, 14)) == 14
    assert day_number(FOURTEEN, date(2026, 2, 28)) == 0


def test_in_force_from_start_for_its_days() -> None:
    assert not in_force(FOURTEEN, date(2026, 2, 28))
    assert in_force(FOURTEEN, START) and in_force(FOURTEEN, date(2026, 3, 14))
    assert not in_force(FOURTEEN, date(2026, 3, 15))
    assert last_day(FOURTEEN) == date(2026, 3, 14)


def test_ended_early_runs_through_the_day_it_was_ended_only() -> None:
    ended = QuarantineSpan(START, 14, ended_on=date(2026, 3, 5))
    assert in_force(ended, date(2026, 3, 5)) and not in_force(ended, date(2026, 3, 6))
    # An end date after the course changes nothing; one before the start leaves no day at all.
    assert last_day(QuarantineSpan(START, 14, ended_on=date(2026, 4, 1))) == date(2026, 3, 14)
    never = QuarantineSpan(START, 14, ended_on=date(2026, 2, 27))
    assert not any(in_force(never, START + timedelta(days=n)) for n in range(-2, 20))


def test_sampling_dates_are_the_sampling_days_within_its_days() -> None:
    assert [day_number(FOURTEEN, d) for d in sampling_dates(FOURTEEN, (1, 4, 7, 10, 14))] == [
        1,
        4,
        7,
        10,
        14,
    ]
    seven = QuarantineSpan(START, 7)
    assert [day_number(seven, d) for d in sampling_dates(seven, (1, 4, 7, 10, 14))] == [1, 4, 7]
    ended = QuarantineSpan(START, 14, ended_on=date(2026, 3, 8))
    assert [day_number(ended, d) for d in sampling_dates(ended, (14, 1, 4, 7, 10))] == [1, 4, 7]


@pytest.mark.parametrize(
    ("zone", "day", "local", "expected"),
    [
        # No DST: 08:00 in Shanghai is midnight UTC.
        ("Asia/Shanghai", date(2026, 3, 8), time(8, 0), utc(2026, 3, 8, 0, 0)),
        # Spring forward: 02:00-03:00 does not exist; 02:30 runs at 03:00 local.
        ("Europe/Berlin", date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1, 0)),
        ("Europe/Berlin", date(2026, 3, 29), time(3, 0), utc(2026, 3, 29, 1, 0)),
        ("Europe/Berlin", date(2026, 3, 29), time(8, 0), utc(2026, 3, 29, 6, 0)),
        ("America/New_York", date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7, 0)),
        # Fall back: 02:30 (Berlin) and 01:30 (New York) happen twice; the first one counts.
        ("Europe/Berlin", date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30)),
        ("Europe/Berlin", date(2026, 10, 25), time(8, 0), utc(2026, 10, 25, 7, 0)),
        ("America/New_York", date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30)),
        # A whole day skipped (Samoa crossed the date line): the first instant after it.
        ("Pacific/Apia", date(2011, 12, 30), time(8, 0), utc(2011, 12, 30, 10, 0)),
    ],
)
def test_local_times_to_utc(zone: str, day: date, local: time, expected: datetime) -> None:
    assert local_instant(day, local, ZoneInfo(zone)) == expected


def test_a_whole_quarantine_has_every_sampling_day_and_28_roll_calls() -> None:
    slots = slots_between(1, [FOURTEEN], SHANGHAI, utc(2026, 2, 20), utc(2026, 3, 20))
    kinds = Counter(slot.kind for slot in slots)
    assert kinds == {
        SlotKind.ROLLCALL: 28,
        SlotKind.ROLLCALL_CLOSE: 28,
        SlotKind.SAMPLING_NOTICE: 5,
        SlotKind.SAMPLING_CLOSE: 5,
        SlotKind.SUMMARY: 14,
    }
    notices = [s for s in slots if s.kind is SlotKind.SAMPLING_NOTICE]
    # The evening before (20:00 local = 12:00 UTC), about the sampling date.
    assert [(s.at, day_number(FOURTEEN, s.day)) for s in notices[:2]] == [
        (utc(2026, 2, 28, 12), 1),
        (utc(2026, 3, 3, 12), 4),
    ]
    closes = [s for s in slots if s.kind is SlotKind.SAMPLING_CLOSE]
    assert closes[0].at == utc(2026, 3, 1, 3) and closes[0].day == START  # 11:00 local
    assert slots == sorted(slots, key=lambda s: s.at)


def test_slots_between_is_after_start_up_to_end() -> None:
    eight = utc(2026, 3, 2, 0)  # 08:00 local, day 2
    assert [s.kind for s in slots_between(1, [FOURTEEN], SHANGHAI, eight, eight)] == []
    found = slots_between(1, [FOURTEEN], SHANGHAI, eight - timedelta(seconds=1), eight)
    assert [(s.kind, s.at) for s in found] == [(SlotKind.ROLLCALL, eight)]


def test_roll_call_close_keeps_its_day_past_midnight() -> None:
    late = CalendarSettings(timezone="Asia/Shanghai", grace=timedelta(hours=5))
    closes = [s for s in day_slots(1, [FOURTEEN], late, START) if s.kind is SlotKind.ROLLCALL_CLOSE]
    assert [(s.at, s.day) for s in closes] == [
        (utc(2026, 3, 1, 5), START),
        (utc(2026, 3, 1, 17), START),  # 01:00 on 2 March local
    ]


def test_no_quarantine_in_force_no_slots() -> None:
    ended = QuarantineSpan(START, 14, ended_on=date(2026, 3, 5))
    after = slots_between(1, [ended], SHANGHAI, utc(2026, 3, 5, 16), utc(2026, 4, 1))
    assert after == []
    assert day_slots(1, [], SHANGHAI, START) == []


def test_households_together_make_one_slot_each() -> None:
    later = QuarantineSpan(date(2026, 3, 3), 14)
    slots = day_slots(1, [FOURTEEN, later, FOURTEEN], SHANGHAI, date(2026, 3, 4))
    # Day 4 of one, day 2 of the other: one roll call per time, one sampling notice.
    assert Counter(s.kind for s in slots) == {
        SlotKind.ROLLCALL: 2,
        SlotKind.ROLLCALL_CLOSE: 2,
        SlotKind.SAMPLING_NOTICE: 1,
        SlotKind.SAMPLING_CLOSE: 1,
        SlotKind.SUMMARY: 1,
    }


def test_berlin_spring_forward_day() -> None:
    berlin = CalendarSettings(
        timezone="Europe/Berlin", rollcall_times=(time(2, 30), time(3, 0), time(20, 0))
    )
    day = date(2026, 3, 29)
    calls = [
        s for s in day_slots(1, [QuarantineSpan(day, 14)], berlin, day) if s.kind == "rollcall"
    ]
    # 02:30 does not exist and meets 03:00: one roll call at 03:00 CEST, then 20:00 CEST.
    assert [s.at for s in calls] == [utc(2026, 3, 29, 1), utc(2026, 3, 29, 18)]
    closes = [
        s
        for s in day_slots(1, [QuarantineSpan(day, 14)], berlin, day)
        if s.kind == "rollcall_close"
    ]
    assert closes[0].at == utc(2026, 3, 29, 3)  # two hours by the clock: 05:00 CEST


def test_new_york_fall_back_day_runs_the_doubled_time_once() -> None:
    new_york = CalendarSettings(timezone="America/New_York", rollcall_times=(time(1, 30),))
    day = date(2026, 11, 1)
    spans = [QuarantineSpan(date(2026, 10, 25), 14)]
    found = slots_between(1, spans, new_york, utc(2026, 11, 1, 4), utc(2026, 11, 1, 8))
    assert [(s.kind, s.at, s.day) for s in found if s.kind == "rollcall"] == [
        (SlotKind.ROLLCALL, utc(2026, 11, 1, 5, 30), day)
    ]
