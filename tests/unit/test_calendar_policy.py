"""When a due slot runs, is reported missed or is left alone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.calendar_policy import LATENESS, LOOKBACK, Decision, decide, lookback
from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import Slot, SlotKind
from models.calendar_runs import RunStatus

SETTINGS = CalendarSettings(timezone="Asia/Shanghai")  # grace 2 h
EIGHT = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
ROLLCALL = Slot(1, SlotKind.ROLLCALL, EIGHT, date(2026, 3, 2))
WATCHED = EIGHT - timedelta(seconds=20)  # the engine last looked just before 08:00


def test_every_kind_has_a_lateness_and_a_reason() -> None:
    assert set(LATENESS) == set(SlotKind)
    assert all(lateness.why for lateness in LATENESS.values())
    assert all(lateness.allowance(SETTINGS) <= LOOKBACK / 2 for lateness in LATENESS.values())


@pytest.mark.parametrize(
    ("late", "expected"),
    [
        (timedelta(0), Decision.RUN),
        (timedelta(minutes=5), Decision.RUN),  # restart at 08:05
        (timedelta(hours=2), Decision.RUN),
        (timedelta(hours=2, seconds=1), Decision.MISS),
        (timedelta(hours=2, minutes=30), Decision.MISS),  # restart at 10:30
    ],
)
def test_roll_call_runs_within_grace_else_is_missed(late: timedelta, expected: Decision) -> None:
    decision = decide(ROLLCALL, EIGHT + late, status=None, checked_until=WATCHED, settings=SETTINGS)
    assert decision is expected


def test_the_community_grace_is_the_roll_call_allowance() -> None:
    short = CalendarSettings(timezone="Asia/Shanghai", grace=timedelta(minutes=30))
    later = EIGHT + timedelta(minutes=45)
    assert decide(ROLLCALL, later, status=None, checked_until=WATCHED, settings=short) is (
        Decision.MISS
    )


def test_recorded_slots_are_done() -> None:
    for status in (RunStatus.RUN, RunStatus.MISSED):
        assert decide(ROLLCALL, EIGHT, status=status, checked_until=WATCHED, settings=SETTINGS) is (
            Decision.DONE
        )


def test_a_failed_slot_is_retried_on_time_then_missed() -> None:
    def at(now: datetime) -> Decision:
        looked = now - timedelta(seconds=20)
        return decide(
            ROLLCALL, now, status=RunStatus.FAILED, checked_until=looked, settings=SETTINGS
        )

    assert at(EIGHT + timedelta(hours=1)) is Decision.RUN
    assert at(EIGHT + timedelta(hours=3)) is Decision.MISS


def test_a_slot_that_appeared_after_its_time_is_neither_run_nor_missed() -> None:
    # The engine looked at 09:00 and found no 08:00 roll call: a quarantine registered (or a
    # time changed) later put it there.
    looked = EIGHT + timedelta(hours=1)
    now = looked + timedelta(seconds=20)
    assert decide(ROLLCALL, now, status=None, checked_until=looked, settings=SETTINGS) is (
        Decision.UNSEEN
    )
    assert decide(ROLLCALL, EIGHT, status=None, checked_until=None, settings=SETTINGS) is (
        Decision.UNSEEN
    )


def test_a_sampling_list_nobody_got_goes_to_its_missed_action_until_the_day_is_over() -> None:
    """A household registered on its day 1 (a sampling day) was on no list the evening before."""
    notice_at = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)  # 20:00 in Shanghai, for 03-02
    notice = Slot(1, SlotKind.SAMPLING_NOTICE, notice_at, date(2026, 3, 2))
    registered = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 on the sampling day
    assert (
        decide(notice, registered, status=None, checked_until=registered, settings=SETTINGS)
        is Decision.MISS
    )  # the missed action posts it while the window is open
    next_day = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)  # 01:00 on 03-03 in Shanghai
    assert (
        decide(notice, next_day, status=None, checked_until=next_day, settings=SETTINGS)
        is Decision.UNSEEN
    )  # a past sampling day: nobody is told about it now
    close = Slot(1, SlotKind.SAMPLING_CLOSE, registered, date(2026, 3, 2))
    assert (
        decide(close, registered, status=None, checked_until=registered, settings=SETTINGS)
        is Decision.UNSEEN
    )


def test_lookback_grows_with_a_long_grace() -> None:
    assert lookback(SETTINGS) == LOOKBACK
    long = CalendarSettings(timezone="Asia/Shanghai", grace=timedelta(hours=20))
    assert lookback(long) == timedelta(hours=40)
