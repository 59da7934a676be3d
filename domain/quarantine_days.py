"""Which households are in quarantine on a local date, and on which day of it (day 1 = start)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.quarantine_calendar import day_number, in_force, local_instant
from models.households import Household, Quarantine


@dataclass(frozen=True)
class Quarantined:
    """A household in quarantine on a given date."""

    household_id: int
    flat: str
    day: int
    """Its quarantine day on that date (day 1 = start_date)."""


async def quarantined_on(session: AsyncSession, building_id: int, on: date) -> list[Quarantined]:
    """Every household of a building in quarantine on a local date, by flat."""
    stmt = (
        select(Quarantine, Household.flat)
        .join(Household, Household.id == Quarantine.household_id)
        .where(
            Quarantine.building_id == building_id,
            Quarantine.start_date <= on,
            or_(Quarantine.ended_on.is_(None), Quarantine.ended_on >= on),
        )
        .order_by(Quarantine.start_date)
    )
    found: dict[int, Quarantined] = {}
    for quarantine, flat in (await session.execute(stmt)).all():
        if in_force(quarantine, on):  # a later start (a correction) wins over an older row
            found[quarantine.household_id] = Quarantined(
                quarantine.household_id, flat, day_number(quarantine, on)
            )
    return sorted(found.values(), key=lambda q: flat_key(q.flat))


async def flat_quarantined_on(
    session: AsyncSession, building_id: int, flat: str | None, on: date
) -> Quarantined | None:
    """The flat's household if it is in quarantine on that date."""
    if flat is None:
        return None
    for household in await quarantined_on(session, building_id, on):
        if household.flat == flat:
            return household
    return None


def flat_key(flat: str) -> tuple[tuple[int, int, str], ...]:
    """Sorts "3-2-501" before "10-1-101": numbers by value (before letters), other text as is."""
    parts: list[tuple[int, int, str]] = []
    number = ""
    for char in flat + "\0":
        if char.isascii() and char.isdigit():
            number += char
            continue
        if number:
            parts.append((0, int(number), ""))
            number = ""
        if char != "\0":
            parts.append((1, 0, char))
    return tuple(parts)


def day_bounds(on: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """A local date as [start, end) in UTC (23 or 25 hours on a DST day)."""
    return local_instant(on, time(0), zone), local_instant(on + timedelta(days=1), time(0), zone)
