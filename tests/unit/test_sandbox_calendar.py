"""The sandbox's demo households' dates and ledger (bot/sandbox_calendar.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from bot.sandbox_calendar import SAMPLED_DAY, demo_households
from domain.calendar_settings import CalendarSettings
from domain.ledger_terms import DEFAULT_TYPE
from domain.quarantine_calendar import QuarantineSpan, day_number, in_force, sampling_dates

SETTINGS = CalendarSettings(timezone="Asia/Shanghai")
TODAY = date(2026, 12, 5)


def _local(clock: time) -> datetime:
    return datetime.combine(TODAY, clock, SETTINGS.zone)


@pytest.mark.parametrize(
    ("clock", "sampled_in"),
    [
        (time(0, 30), 1),
        (time(8, 0), 1),
        (time(19, 59), 1),
        (time(20, 0), 2),  # this evening's list is due now or past: tomorrow evening's
        (time(23, 59), 2),
    ],
)
def test_the_next_sampling_list_still_to_come_names_3_2_501(clock: time, sampled_in: int) -> None:
    households = demo_households(TODAY, _local(clock), SETTINGS)
    assert [h.flat for h in households] == ["3-2-501", "3-1-102"]
    spans = [QuarantineSpan(h.start, DEFAULT_TYPE.days) for h in households]
    sampled_on = TODAY + timedelta(days=sampled_in)
    assert sampled_on in sampling_dates(spans[0], SETTINGS.sampling_days)
    assert day_number(spans[0], sampled_on) == SAMPLED_DAY
    for span in spans:
        assert in_force(span, TODAY) and day_number(span, TODAY) > 1
        # nobody is sampled today or on a day whose list was due before the sandbox started
        ahead = [d for d in sampling_dates(span, SETTINGS.sampling_days) if d >= TODAY]
        assert ahead and min(ahead) >= sampled_on


def test_the_elder_is_recorded_vulnerable_with_a_phone_to_call() -> None:
    elder = demo_households(TODAY, _local(time(9, 0)), SETTINGS)[1]
    assert set(elder.ledger["needs"].split()) == {"elderly", "living_alone"}
    assert elder.ledger["phone"] and elder.ledger["people"] == 1
