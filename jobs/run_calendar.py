"""Job: run every slot of the quarantine calendar that is due, exactly once, from the database.

Each tick reads, in one session, the watermark, the communities' settings, the quarantines of
every set-up building (one query) and the slots already recorded; works out the due slots; and
runs each in a transaction of its own that records it (one conditional INSERT) together with
whatever its action queues. A crash in the middle of a fan-out re-runs, at the next tick, only
the buildings whose transaction did not commit.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.calendar_actions import CalendarActions
from domain.calendar_policy import Decision, decide, lookback
from domain.calendar_settings import CalendarSettings, from_row
from domain.calendar_slots import Slot
from domain.clock import Clock
from domain.quarantine_calendar import QuarantineSpan, slot_order, slots_between
from models.calendar_runs import (
    Recorded,
    RunKey,
    RunStatus,
    SlotKey,
    advance_watermark,
    checked_until,
    claim_slot,
    quarantine_spans,
    record_failure,
    recorded_runs,
)
from models.community_settings import CommunitySettings

log = logging.getLogger(__name__)

DAY = timedelta(days=1)


@dataclass
class CalendarTick:
    """What one tick did."""

    run: int = 0
    missed: int = 0
    failed: int = 0
    unseen: int = 0
    taken: int = 0
    """Slots another engine had already taken."""
    broken: list[str] = field(default_factory=list)
    """Communities whose settings could not be read (their buildings were left out)."""

    @property
    def queued(self) -> bool:
        """Whether an action ran and may have queued messages (the sender should wake)."""
        return self.run + self.missed > 0


@dataclass(frozen=True)
class _Due:
    slot: Slot
    settings: CalendarSettings
    decision: Decision
    failed_run: int | None


async def run_calendar(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    actions: CalendarActions,
    *,
    default_timezone: str,
) -> CalendarTick:
    """Run (or report missed) every calendar slot due now; one building's failure holds no other.

    The watermark moves to this tick's instant only when every due slot ended recorded (run,
    missed or failed): a slot not recorded then is one the engine did not see fall due.
    """
    now = clock.now()
    tick = CalendarTick()
    due = await _due_slots(sessionmaker, now, default_timezone, tick)
    complete = True
    for item in sorted(due, key=lambda d: slot_order(d.slot)):
        try:
            await _run_slot(sessionmaker, clock, actions, item, now, tick)
        except Exception:  # the record of a failure could not be written: look again next tick
            log.exception("calendar slot %s could not be recorded", item.slot)
            complete = False
    if complete:
        async with sessionmaker() as session:
            await advance_watermark(session, now)
            await session.commit()
    return tick


@dataclass
class _Calendars:
    """What a tick reads: the watermark, each building's settings and quarantine dates, and the
    slots recorded since `since`."""

    mark: datetime | None
    buildings: list[tuple[int, str, CalendarSettings, set[QuarantineSpan]]]
    recorded: dict[RunKey, Recorded]


async def _read(
    sessionmaker: async_sessionmaker[AsyncSession],
    now: datetime,
    until: datetime,
    default_timezone: str,
    tick: CalendarTick,
) -> _Calendars:
    """Everything needed for the slots of (now - lookback, until], in one session and a few
    queries whatever the number of buildings and households."""
    async with sessionmaker() as session:
        mark = await checked_until(session)
        rows = (await session.scalars(select(CommunitySettings))).all()
        settings: dict[str, CalendarSettings | None] = {}
        for row in rows:
            settings[row.community] = _readable(row, default_timezone, tick)
        default = from_row(None, default_timezone)
        readable = [default] + [s for s in settings.values() if s is not None]
        since = now - max(lookback(s) for s in readable)
        # A superset of the quarantines whose slots can fall in the window, whatever the zone:
        # a roll call's close comes `grace` after it, a sampling notice the evening before.
        first = (since - max(s.grace for s in readable) - 2 * DAY).date()
        spans = await quarantine_spans(session, first, (until + 2 * DAY).date())
        recorded = await recorded_runs(session, since)

    by_building: dict[tuple[int, str], set[QuarantineSpan]] = defaultdict(set)
    for span in spans:
        # Households starting together share one span: the calendar needs the dates only.
        by_building[span.building_id, span.community].add(
            QuarantineSpan(span.start_date, span.days, span.ended_on)
        )
    buildings = []
    for (building_id, community), building_spans in sorted(by_building.items()):
        community_settings = settings.get(community, default)
        if community_settings is not None:
            buildings.append((building_id, community, community_settings, building_spans))
    return _Calendars(mark, buildings, recorded)


def _slots(
    building: tuple[int, str, CalendarSettings, set[QuarantineSpan]],
    start: datetime,
    end: datetime,
    tick: CalendarTick,
) -> list[Slot]:
    """A building's slots in (start, end]; none (logged) if its settings cannot be used."""
    building_id, community, settings, spans = building
    try:
        return slots_between(building_id, spans, settings, start, end)
    except Exception:  # a stored setting the calendar cannot use
        log.exception("calendar of building %s (community %s) not computed", building_id, community)
        tick.broken.append(community)
        return []


async def _due_slots(
    sessionmaker: async_sessionmaker[AsyncSession],
    now: datetime,
    default_timezone: str,
    tick: CalendarTick,
) -> list[_Due]:
    calendars = await _read(sessionmaker, now, now, default_timezone, tick)
    due: list[_Due] = []
    for building in calendars.buildings:
        settings = building[2]
        for slot in _slots(building, now - lookback(settings), now, tick):
            record = calendars.recorded.get((slot.building_id, slot.kind, slot.at))
            decision = decide(
                slot,
                now,
                status=record.status if record else None,
                checked_until=calendars.mark,
                settings=settings,
            )
            if decision is Decision.UNSEEN:
                tick.unseen += 1
            elif decision is not Decision.DONE:
                failed_run = record.id if record and record.status is RunStatus.FAILED else None
                due.append(_Due(slot, settings, decision, failed_run))
    return due


async def upcoming_slots(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    *,
    default_timezone: str,
    within: timedelta = DAY,
) -> list[Slot]:
    """Every building's slots still to come in the next `within`, in the order they will run
    (e.g. to move a sandbox's clock to the next reminder)."""
    now = clock.now()
    calendars = await _read(sessionmaker, now, now + within, default_timezone, CalendarTick())
    found = [
        slot
        for building in calendars.buildings
        for slot in _slots(building, now, now + within, CalendarTick())
    ]
    return sorted(found, key=slot_order)


def _readable(
    row: CommunitySettings, default_timezone: str, tick: CalendarTick
) -> CalendarSettings | None:
    """A community's settings, or None (logged) when a stored value cannot be read."""
    try:
        settings = from_row(row, default_timezone)
        settings.zone  # noqa: B018 - an unknown zone fails here, not in the middle of a tick
    except Exception:
        log.exception("calendar settings of community %s cannot be read", row.community)
        tick.broken.append(row.community)
        return None
    return settings


async def _run_slot(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    actions: CalendarActions,
    item: _Due,
    now: datetime,
    tick: CalendarTick,
) -> None:
    """Record the slot and run its action in one transaction; a failure is recorded apart."""
    slot = item.slot
    on_time = item.decision is Decision.RUN
    key = SlotKey(slot.building_id, slot.kind.value, slot.at, slot.day)
    try:
        async with sessionmaker() as session:
            claimed = await claim_slot(
                session,
                key,
                status=RunStatus.RUN if on_time else RunStatus.MISSED,
                failed_run=item.failed_run,
                now=now,
            )
            if not claimed:
                tick.taken += 1
                return
            action = actions[slot.kind].run if on_time else actions[slot.kind].missed
            await action(session, clock, slot, item.settings)
            await session.commit()
    except Exception as exc:
        log.exception("calendar slot %s failed; tried again at the next tick", slot)
        async with sessionmaker() as session:
            await record_failure(session, key, error=f"{type(exc).__name__}: {exc}", now=now)
            await session.commit()
        tick.failed += 1
        return
    if on_time:
        tick.run += 1
    else:
        tick.missed += 1
