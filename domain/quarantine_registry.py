"""The quarantine registry: register, correct, extend, end and list households' quarantines.

Every change is one conditional statement (a second staff member, or an import, acting at the
same moment changes nothing twice) and is recorded in quarantine_changes with who, when and the
values before and after. Callers pass `today` in the community's time zone; nothing commits here.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.ledger_terms import MAX_DAYS, QuarantineType
from domain.quarantine_calendar import QuarantineDates, day_number, last_day
from models.households import (
    Household,
    Quarantine,
    QuarantineAction,
    QuarantineChange,
    QuarantineKind,
    get_or_create_household,
    household_by_flat,
)


class Outcome(enum.StrEnum):
    """What a registry call did."""

    REGISTERED = "registered"
    CORRECTED = "corrected"
    UNCHANGED = "unchanged"
    EXTENDED = "extended"
    ENDED = "ended"
    NOT_IN_QUARANTINE = "none"
    TOO_LONG = "too_long"
    OVER = "over"
    """The start and days given put its last day before today: nothing to register."""
    CONFLICT = "conflict"
    """Someone else changed the same quarantine at the same moment; nothing was written."""


@dataclass(frozen=True)
class Standing:
    """A household's quarantine as people read it: day number, last day."""

    flat: str
    quarantine_id: int
    kind: QuarantineKind
    start_date: date
    days: int
    last_day: date
    day: int
    """Day number today (1 = start date); 0 or less before it starts."""


@dataclass(frozen=True)
class Change:
    """The result of a registry call: what happened and the standing after it."""

    outcome: Outcome
    standing: Standing | None = None
    detail: dict[str, Any] | None = None


class QuarantineRecord(QuarantineDates, Protocol):
    """What a standing is worked out from (a Quarantine row fits)."""

    @property
    def id(self) -> int: ...

    @property
    def kind(self) -> str: ...


def standing(flat: str, quarantine: QuarantineRecord, today: date) -> Standing:
    """A quarantine's day number and last day as of `today`."""
    return Standing(
        flat=flat,
        quarantine_id=quarantine.id,
        kind=QuarantineKind(quarantine.kind),
        start_date=quarantine.start_date,
        days=quarantine.days,
        last_day=last_day(quarantine),
        day=day_number(quarantine, today),
    )


async def open_quarantine(session: AsyncSession, household_id: int) -> Quarantine | None:
    """The household's quarantine not ended by staff (running, due to start, or run out)."""
    stmt = select(Quarantine).where(
        Quarantine.household_id == household_id, Quarantine.ended_on.is_(None)
    )
    return (await session.execute(stmt.execution_options(populate_existing=True))).scalar()


async def _close_if_run_out(
    session: AsyncSession, quarantine: Quarantine, today: date, now: datetime
) -> bool:
    """Mark a quarantine that ran its course as ended on its last day; True if it had."""
    natural = last_day(quarantine)
    if natural >= today:
        return False
    await session.execute(
        update(Quarantine)
        .where(Quarantine.id == quarantine.id, Quarantine.ended_on.is_(None))
        .values(ended_on=natural, updated_at=now)
    )
    return True


def _insert_open(session: AsyncSession, values: dict[str, Any]) -> Any:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return (
        insert(Quarantine)
        .values(**values)
        .on_conflict_do_nothing(
            index_elements=["household_id"], index_where=Quarantine.ended_on.is_(None)
        )
        .returning(Quarantine.id)
    )


def _record(
    session: AsyncSession,
    quarantine_id: int,
    action: QuarantineAction,
    detail: dict[str, Any],
    by: int | None,
    now: datetime,
) -> None:
    session.add(
        QuarantineChange(quarantine_id=quarantine_id, action=action, detail=detail, by=by, at=now)
    )


async def register_quarantine(
    session: AsyncSession,
    clock: Clock,
    *,
    building_id: int,
    flat: str,
    start: date,
    kind: QuarantineType,
    today: date,
    by: int | None,
    action: QuarantineAction | None = None,
) -> Change:
    """Start a household's quarantine, or correct the one it is in (start date and type).

    A quarantine that already ran its course is closed and a new one begins. `action` is
    recorded instead of register/correct (the import records IMPORT).
    """
    ends = start + timedelta(days=kind.days - 1)
    if ends < today:  # a typo in the year, or a quarantine long over: not a registration
        return Change(Outcome.OVER, detail={"last_day": ends.isoformat()})
    now = clock.now()
    household = await get_or_create_household(session, building_id=building_id, flat=flat, now=now)
    current = await open_quarantine(session, household.id)
    if current is not None and await _close_if_run_out(session, current, today, now):
        current = None
    after = {"start_date": start.isoformat(), "kind": str(kind.kind), "days": kind.days}
    if current is None:
        new_id = await session.scalar(
            _insert_open(
                session,
                {
                    "household_id": household.id,
                    "building_id": building_id,
                    "kind": kind.kind,
                    "start_date": start,
                    "days": kind.days,
                    "created_by": by,
                    "created_at": now,
                    "updated_at": now,
                },
            )
        )
        if new_id is None:  # another register won the race for this household
            return Change(Outcome.CONFLICT)
        detail = {key: [None, value] for key, value in after.items()}
        _record(session, new_id, action or QuarantineAction.REGISTER, detail, by, now)
        registered = await open_quarantine(session, household.id)
        assert registered is not None
        return Change(Outcome.REGISTERED, standing(flat, registered, today), detail)

    before = {
        "start_date": current.start_date.isoformat(),
        "kind": current.kind,
        "days": current.days,
    }
    detail = {key: [before[key], after[key]] for key in after if before[key] != after[key]}
    if not detail:
        return Change(Outcome.UNCHANGED, standing(flat, current, today))
    result = await session.execute(
        update(Quarantine)
        .where(
            Quarantine.id == current.id,
            Quarantine.ended_on.is_(None),
            Quarantine.start_date == current.start_date,
            Quarantine.kind == current.kind,
            Quarantine.days == current.days,
        )
        .values(start_date=start, kind=kind.kind, days=kind.days, updated_at=now)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return Change(Outcome.CONFLICT)
    _record(session, current.id, action or QuarantineAction.CORRECT, detail, by, now)
    corrected = await open_quarantine(session, household.id)
    assert corrected is not None
    return Change(Outcome.CORRECTED, standing(flat, corrected, today), detail)


async def extend_quarantine(
    session: AsyncSession,
    clock: Clock,
    *,
    building_id: int,
    flat: str,
    days: int,
    today: date,
    by: int | None,
) -> Change:
    """Add days to a household's open quarantine (also one that ran out today or before)."""
    now = clock.now()
    household = await household_by_flat(session, building_id, flat)
    current = await open_quarantine(session, household.id) if household else None
    if current is None:
        return Change(Outcome.NOT_IN_QUARANTINE)
    after: int | None = await session.scalar(
        update(Quarantine)
        .where(
            Quarantine.id == current.id,
            Quarantine.ended_on.is_(None),
            Quarantine.days + days <= MAX_DAYS,
        )
        .values(days=Quarantine.days + days, updated_at=now)
        .returning(Quarantine.days)
    )
    if after is None:
        return Change(Outcome.TOO_LONG)
    detail = {"days": [after - days, after]}
    _record(session, current.id, QuarantineAction.EXTEND, detail, by, now)
    extended = await open_quarantine(session, current.household_id)
    assert extended is not None
    return Change(Outcome.EXTENDED, standing(flat, extended, today), detail)


async def end_quarantine(
    session: AsyncSession,
    clock: Clock,
    *,
    building_id: int,
    flat: str,
    today: date,
    by: int | None,
) -> Change:
    """End a household's quarantine now: yesterday was its last day, so nothing more is due
    today (one that has not started is cancelled; one that ran out keeps its own last day)."""
    now = clock.now()
    household = await household_by_flat(session, building_id, flat)
    current = await open_quarantine(session, household.id) if household else None
    if current is None or last_day(current) < today:
        if current is not None:
            await _close_if_run_out(session, current, today, now)
        return Change(Outcome.NOT_IN_QUARANTINE)
    ended_on = max(today - timedelta(days=1), current.start_date - timedelta(days=1))
    result = await session.execute(
        update(Quarantine)
        .where(Quarantine.id == current.id, Quarantine.ended_on.is_(None))
        .values(ended_on=ended_on, updated_at=now)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return Change(Outcome.NOT_IN_QUARANTINE)
    detail = {
        "ended_on": [None, ended_on.isoformat()],
        "last_day": [last_day(current).isoformat(), ended_on.isoformat()],
    }
    _record(session, current.id, QuarantineAction.END, detail, by, now)
    return Change(Outcome.ENDED, standing(flat, current, today), detail)


def flat_order(flat: str) -> tuple[Any, ...]:
    """Flats in reading order: 3-2-501 before 3-10-101 (numbers compared as numbers)."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", flat))


async def building_quarantines(
    session: AsyncSession, building_id: int, today: date
) -> list[Standing]:
    """Households of a building in quarantine today or due to start, in flat order."""
    stmt = (
        select(Household.flat, Quarantine)
        .join(Quarantine, Quarantine.household_id == Household.id)
        .where(Household.building_id == building_id, Quarantine.ended_on.is_(None))
    )
    rows = (await session.execute(stmt)).all()
    found = [standing(flat, q, today) for flat, q in rows if last_day(q) >= today]
    return sorted(found, key=lambda s: flat_order(s.flat))


async def household_standing(
    session: AsyncSession, building_id: int, flat: str, today: date
) -> Standing | None:
    """One household's quarantine today (or due to start), if any."""
    household = await household_by_flat(session, building_id, flat)
    current = await open_quarantine(session, household.id) if household else None
    if current is None or last_day(current) < today:
        return None
    return standing(flat, current, today)


async def quarantine_changes(session: AsyncSession, quarantine_id: int) -> list[QuarantineChange]:
    """Every recorded change of a quarantine, oldest first."""
    stmt = (
        select(QuarantineChange)
        .where(QuarantineChange.quarantine_id == quarantine_id)
        .order_by(QuarantineChange.id)
    )
    return list((await session.execute(stmt)).scalars())
