"""A building's quarantine calendar worked out from its quarantines (pure: no database, no clock).

Everything here is computed, never stored: the engine (jobs/run_calendar.py) asks for the slots
of a building between two instants and records each one it runs. Local times are turned into UTC
through the community's zone; a time that does not exist on a spring-forward day runs at the
first instant after the gap, and one that occurs twice on a fall-back day runs once, at its first
occurrence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Protocol
from zoneinfo import ZoneInfo

from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import Slot, SlotKind


class QuarantineDates(Protocol):
    """What the calendar needs of a quarantine (a models.households.Quarantine row fits)."""

    @property
    def start_date(self) -> date: ...

    @property
    def days(self) -> int: ...

    @property
    def ended_on(self) -> date | None: ...


@dataclass(frozen=True)
class QuarantineSpan:
    """A quarantine's dates alone, as the engine's one query reads them."""

    start_date: date
    days: int
    ended_on: date | None = None


def day_number(quarantine: QuarantineDates, day: date) -> int:
    """The quarantine's day number on a local date: day 1 is the start date."""
    return (day - quarantine.start_date).days + 1


def last_day(quarantine: QuarantineDates) -> date:
    """The last local date the quarantine is in force (its course, or the day it was ended)."""
    course_end = quarantine.start_date + timedelta(days=quarantine.days - 1)
    if quarantine.ended_on is not None and quarantine.ended_on < course_end:
        return quarantine.ended_on
    return course_end


def in_force(quarantine: QuarantineDates, day: date) -> bool:
    """Whether the quarantine runs on a local date: from its start, for `days` days, not ended."""
    return quarantine.start_date <= day <= last_day(quarantine)


def sampling_dates(quarantine: QuarantineDates, sampling_days: Iterable[int]) -> list[date]:
    """The local dates the household is sampled: the sampling days within its days, in force."""
    dates = (quarantine.start_date + timedelta(days=n - 1) for n in sorted(set(sampling_days)))
    return [d for d in dates if in_force(quarantine, d)]


@lru_cache(maxsize=8192)
def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a local date and time of day in a zone.

    A time in a spring-forward gap (02:30 in Berlin on the last Sunday of March) gives the first
    instant after the gap (03:00 local); a time that occurs twice (02:30 on the last Sunday of
    October) gives its first occurrence, so a slot there runs once. Cached: every building of
    a community asks the same few instants at each tick.
    """
    naive = datetime.combine(day, at)
    first = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == naive:
        return first  # exists; fold=0 is the earlier of two occurrences
    # In a gap fold=0 reads the time with the offset before the transition (an instant after
    # the gap) and fold=1 with the offset after it (an instant before the gap): the transition
    # lies between, found to the second.
    before = int(naive.replace(tzinfo=zone, fold=1).astimezone(UTC).timestamp())
    after = int(first.timestamp())
    offset_after = _offset(after, zone)
    while after - before > 1:
        middle = (before + after) // 2
        if _offset(middle, zone) == offset_after:
            after = middle
        else:
            before = middle
    return datetime.fromtimestamp(after, UTC)


def _offset(timestamp: int, zone: ZoneInfo) -> timedelta | None:
    return datetime.fromtimestamp(timestamp, UTC).astimezone(zone).utcoffset()


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    """The local date of a UTC instant in a zone."""
    return instant.astimezone(zone).date()


def _dates(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def day_slots(
    building_id: int,
    quarantines: Iterable[QuarantineDates],
    settings: CalendarSettings,
    day: date,
) -> list[Slot]:
    """The slots whose `day` is this local date, in time order.

    Roll calls, their closes and the summary come on every date some household is in force
    (the summary only then: a building with nobody in quarantine gets no daily report from the
    calendar); the sampling notice (the evening before, `day` = the sampling date) and the
    sampling close (the window's end) on every date some household in force is sampled.
    A roll call's close is `grace` after it, by the clock (also across a DST change), and
    keeps the roll call's day even when that runs past midnight.
    """
    spans = list(quarantines)
    moments = _moments(settings, day, *_what_runs(spans, settings, day))
    return [Slot(building_id, kind, at, day) for kind, at in moments]


def _what_runs(
    spans: list[QuarantineDates], settings: CalendarSettings, day: date
) -> tuple[bool, bool]:
    """Whether some household is in force on the date, and whether one is sampled."""
    in_force_any = False
    for span in spans:
        if in_force(span, day):
            in_force_any = True
            if day_number(span, day) in settings.sampling_days:
                return True, True
    return in_force_any, False


@lru_cache(maxsize=4096)
def _moments(
    settings: CalendarSettings, day: date, in_force_any: bool, sampled_any: bool
) -> tuple[tuple[SlotKind, datetime], ...]:
    """A date's (kind, instant) pairs in time order; the same for every building of a community,
    hence cached."""
    zone = settings.zone
    # A dict: two local times can meet in one instant (02:30 and 03:00 on a spring-forward
    # day): one slot, run once.
    moments: dict[tuple[SlotKind, datetime], None] = {}
    if in_force_any:
        for call in settings.rollcall_times:
            at = local_instant(day, call, zone)
            moments[SlotKind.ROLLCALL, at] = None
            moments[SlotKind.ROLLCALL_CLOSE, at + settings.grace] = None
        moments[SlotKind.SUMMARY, local_instant(day, settings.summary_time, zone)] = None
    if sampled_any:
        notice = local_instant(day - timedelta(days=1), settings.sampling_notice, zone)
        moments[SlotKind.SAMPLING_NOTICE, notice] = None
        moments[SlotKind.SAMPLING_CLOSE, local_instant(day, settings.sampling_window[1], zone)] = (
            None
        )
    return tuple(sorted(moments, key=lambda m: (m[1], KIND_ORDER[m[0]])))


KIND_ORDER = {kind: index for index, kind in enumerate(SlotKind)}


def slot_order(slot: Slot) -> tuple[datetime, int, int]:
    """Slots in the order they run: by instant, then kind, then building."""
    return slot.at, KIND_ORDER[slot.kind], slot.building_id


def slots_between(
    building_id: int,
    quarantines: Iterable[QuarantineDates],
    settings: CalendarSettings,
    start: datetime,
    end: datetime,
) -> list[Slot]:
    """A building's slots with start < at <= end (UTC instants), in time order."""
    spans = list(quarantines)
    zone = settings.zone
    # A slot's day can lie a day after its instant (the sampling notice) or, for a roll call's
    # close, `grace` before it; a day either side more covers every offset change.
    first = local_date(start - settings.grace, zone) - timedelta(days=1)
    last = local_date(end, zone) + timedelta(days=2)
    found = [
        Slot(building_id, kind, at, day)
        for day in _dates(first, last)
        for kind, at in _moments(settings, day, *_what_runs(spans, settings, day))
        if start < at <= end
    ]
    return sorted(found, key=slot_order)
