"""Health records are kept a set number of days after a quarantine ends, then deleted.

A quarantine's health records are the household's temperature readings taken up to the end of
its last day, the readings on its roll-call entries up to that day, and the findings of its
welfare checks. They are deleted once `keep_days` local days have passed after the last day
(default 30, HEALTH_RETENTION_DAYS). The ledger's standing note, phone and needs stay until
staff change them. Set-based and idempotent: every run deletes what has come due, and a
household whose records are gone costs no row. Never commits: the job owns the transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import calendar_settings
from domain.quarantine_calendar import last_day
from domain.quarantine_days import day_bounds
from models.buildings import Building
from models.health import TemperatureReading
from models.households import Household, Quarantine
from models.rollcalls import RollCall, RollCallEntry, WelfareCheck

DEFAULT_KEEP_DAYS = 30


@dataclass(frozen=True)
class Purged:
    """How many records the run deleted or emptied."""

    readings: int
    rollcall_entries: int
    welfare_findings: int


async def purge_health(
    session: AsyncSession, now: datetime, keep_days: int, default_timezone: str
) -> Purged:
    """Delete the health records of every quarantine whose last day is `keep_days` days past."""
    rows = (
        await session.execute(
            select(Quarantine, Household.flat, Building.community)
            .join(Household, Household.id == Quarantine.household_id)
            .join(Building, Building.id == Quarantine.building_id)
            .where(Quarantine.start_date < now.date() - timedelta(days=keep_days))
        )
    ).all()
    zones: dict[str, ZoneInfo] = {}
    # per household: the latest last day whose records are due (a later quarantine's, if any)
    due: dict[int, tuple[date, int, str, ZoneInfo]] = {}
    for quarantine, flat, community in rows:
        if community not in zones:
            zones[community] = (await calendar_settings(session, community, default_timezone)).zone
        zone = zones[community]
        today = now.astimezone(zone).date()
        last = last_day(quarantine)
        if last + timedelta(days=keep_days) >= today:
            continue
        held = due.get(quarantine.household_id)
        if held is None or held[0] < last:
            due[quarantine.household_id] = (last, quarantine.building_id, flat, zone)
    readings = entries = findings = 0
    by_day: dict[date, list[int]] = defaultdict(list)
    by_cutoff: dict[tuple[datetime, int], list[str]] = defaultdict(list)
    cutoffs: dict[int, datetime] = {}
    for household_id, (last, building_id, flat, zone) in due.items():
        cutoff = day_bounds(last, zone)[1]  # the local midnight after the last day
        by_day[last].append(household_id)
        by_cutoff[(cutoff, building_id)].append(flat)
        cutoffs[household_id] = cutoff
    for last, households in by_day.items():
        emptied = await session.execute(
            update(RollCallEntry)
            .where(
                RollCallEntry.household_id.in_(households),
                RollCallEntry.rollcall_id.in_(select(RollCall.id).where(RollCall.day <= last)),
                or_(RollCallEntry.celsius.is_not(None), RollCallEntry.reading_id.is_not(None)),
            )
            .values(celsius=None, fever=False, reading_id=None)
            .execution_options(synchronize_session=False)
        )
        entries += emptied.rowcount or 0  # type: ignore[attr-defined]
    for household_id, cutoff in cutoffs.items():
        emptied = await session.execute(
            update(WelfareCheck)
            .where(
                WelfareCheck.household_id == household_id,
                WelfareCheck.asked_at < cutoff,
                WelfareCheck.finding.is_not(None),
            )
            .values(finding=None)
            .execution_options(synchronize_session=False)
        )
        findings += emptied.rowcount or 0  # type: ignore[attr-defined]
    for (cutoff, building_id), flats in by_cutoff.items():
        # a reading a roll call still points at (a later quarantine's) is not the old one's
        deleted = await session.execute(
            delete(TemperatureReading)
            .where(
                TemperatureReading.building_id == building_id,
                TemperatureReading.flat.in_(flats),
                TemperatureReading.taken_at < cutoff,
                TemperatureReading.id.not_in(
                    select(RollCallEntry.reading_id).where(RollCallEntry.reading_id.is_not(None))
                ),
            )
            .execution_options(synchronize_session=False)
        )
        readings += deleted.rowcount or 0  # type: ignore[attr-defined]
    return Purged(readings, entries, findings)
