"""The temperature roll call (接龙): who is due, readings filling it, the silent and the vulnerable.

Nothing here knows Telegram: the bot side renders the roll call and queues its messages.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Table, Update, bindparam, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import CalendarSettings, format_clock
from domain.calendar_slots import Slot
from domain.clock import Clock
from models.base import insert_new
from models.buildings import Member
from models.health import TemperatureReading
from models.households import VULNERABLE, Household, Need, Quarantine
from models.people import Person
from models.rollcalls import RollCall, RollCallEntry, WelfareCheck, rollcall_entries


class RollCallPress(enum.StrEnum):
    """The buttons of the roll call and of its welfare checks."""

    REPORT = "report"
    """On the group's roll call: ask the presser for a temperature."""
    CHECKED = "checked"
    """On a welfare check sent to the lead: they called or knocked."""


def in_force(quarantine: Quarantine, day: date) -> bool:
    """Whether a quarantine runs on a local day: day 1 is start_date, until `days` or ended."""
    if day < quarantine.start_date or day >= quarantine.start_date + timedelta(
        days=quarantine.days
    ):
        return False
    return quarantine.ended_on is None or day <= quarantine.ended_on


def welfare_due(needs: frozenset[Need], missed_now: bool, missed_before: bool) -> bool:
    """A vulnerable household silent at this roll call and the one before gets a welfare check."""
    return bool(needs & VULNERABLE) and missed_now and missed_before


async def households_due(session: AsyncSession, building_id: int, day: date) -> list[Household]:
    """The building's households with a quarantine in force on a local day, in flat order."""
    stmt = (
        select(Quarantine, Household)
        .join(Household, Household.id == Quarantine.household_id)
        .where(
            Quarantine.building_id == building_id,
            Quarantine.start_date <= day,
            or_(Quarantine.ended_on.is_(None), Quarantine.ended_on >= day),
        )
    )
    due = {h.id: h for q, h in (await session.execute(stmt)).all() if in_force(q, day)}
    return sorted(due.values(), key=lambda h: (h.flat, h.id))


def _end_of_day(slot: Slot, settings: CalendarSettings) -> datetime:
    zone = settings.zone
    midnight = datetime.combine(slot.day + timedelta(days=1), time(0), tzinfo=zone)
    return midnight.astimezone(UTC)


async def start_rollcall(
    session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
) -> RollCall | None:
    """Create the slot's roll call and an entry per household due; None if nobody is due or it
    exists already (a slot run twice)."""
    due = await households_due(session, slot.building_id, slot.day)
    if not due:
        return None
    rollcall_id = await insert_new(
        session,
        RollCall,
        {
            "building_id": slot.building_id,
            "at": slot.at,
            "day": slot.day,
            "local_time": format_clock(slot.at.astimezone(settings.zone).time()),
            "open_until": _end_of_day(slot, settings),
            "created_at": clock.now(),
        },
        unique=("building_id", "at"),
    )
    if rollcall_id is None:
        return None
    for household in due:
        session.add(
            RollCallEntry(
                rollcall_id=rollcall_id, household_id=household.id, flat=household.flat, reports=0
            )
        )
    await session.flush()
    return await session.get(RollCall, rollcall_id)


async def open_rollcall(session: AsyncSession, building_id: int, now: datetime) -> RollCall | None:
    """The roll call readings fill now: the latest posted today (local day), if any."""
    stmt = (
        select(RollCall)
        .where(RollCall.building_id == building_id, RollCall.at <= now, RollCall.open_until > now)
        .order_by(RollCall.at.desc())
        .limit(1)
    )
    return (await session.scalars(stmt)).first()


_ENTRIES = cast(Table, RollCallEntry.__table__)  # Core: no ORM bookkeeping
_ROLLCALLS = cast(Table, RollCall.__table__)


def fill_statement(reading_id: Any) -> Update:
    """The UPDATE that puts a reading on the open roll call's entry of its flat, returning the
    roll call's id (`fill_rollcall`; `reading_id` a bind parameter or, in domain.health's
    PostgreSQL statement, the id its INSERT returns)."""
    return (
        update(_ENTRIES)
        .where(
            _ENTRIES.c.rollcall_id
            == select(_ROLLCALLS.c.id)
            .where(
                _ROLLCALLS.c.building_id == bindparam("r_building_id"),
                _ROLLCALLS.c.at <= bindparam("r_now"),
                _ROLLCALLS.c.open_until > bindparam("r_now"),
            )
            .order_by(_ROLLCALLS.c.at.desc())
            .limit(1)
            .scalar_subquery(),
            _ENTRIES.c.flat == bindparam("r_flat"),
            # readings of one chat are handled in order; this keeps an older one from winning
            or_(_ENTRIES.c.reported_at.is_(None), _ENTRIES.c.reported_at <= bindparam("r_now")),
        )
        .values(
            celsius=bindparam("r_celsius"),
            fever=bindparam("r_fever"),
            reading_id=reading_id,
            reported_by=bindparam("r_reported_by"),
            reported_at=bindparam("r_now"),
            source_message_id=bindparam("r_source_message_id"),
            reports=_ENTRIES.c.reports + 1,
        )
        .returning(_ENTRIES.c.rollcall_id)
    )


_FILL = fill_statement(bindparam("r_reading_id"))
"""The open roll call's entry of a flat (`open_rollcall`'s, found in the same statement)."""


async def fill_rollcall(
    session: AsyncSession, clock: Clock, *, building_id: int, reading: TemperatureReading
) -> int | None:
    """Put a stored reading on the open roll call if its flat is due there (the latest reading
    of a household wins), in one statement; the id of the roll call changed, or None."""
    if reading.flat is None:
        return None
    if reading.id is None:  # added to the session, not yet written
        await session.flush()
    filled = await session.execute(
        _FILL,
        {
            "r_building_id": building_id,
            "r_now": clock.now(),
            "r_flat": reading.flat,
            "r_celsius": reading.celsius,
            "r_fever": reading.fever,
            "r_reading_id": reading.id,
            "r_reported_by": reading.person_id,
            "r_source_message_id": reading.source_message_id,
        },
    )
    return filled.scalar()  # None: the flat is not due in an open roll call (recorded, not listed)


@dataclass(frozen=True)
class Silent:
    """A household that has not reported, with what its lead needs to reach it."""

    entry: RollCallEntry
    household: Household
    welfare: WelfareCheck | None = None
    """Set when it is vulnerable and missed the roll call before too."""


@dataclass(frozen=True)
class Closing:
    """A roll call's grace period over: who is silent."""

    rollcall: RollCall
    total: int
    silent: list[Silent]
    previous: RollCall | None

    @property
    def welfare(self) -> list[Silent]:
        """The silent households that need someone to call or knock."""
        return [s for s in self.silent if s.welfare is not None]


async def close_rollcall(
    session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
) -> Closing | None:
    """Mark the slot's roll call closed (once) and list the silent; welfare checks recorded."""
    started = slot.at - settings.grace
    stmt = (
        select(RollCall)
        .where(RollCall.building_id == slot.building_id, RollCall.at <= started)
        .order_by(RollCall.at.desc())
        .limit(1)
    )
    rollcall = (await session.scalars(stmt)).first()
    if rollcall is None:
        return None
    closed = await session.execute(
        update(RollCall)
        .where(RollCall.id == rollcall.id, RollCall.closed_at.is_(None))
        .values(closed_at=clock.now())
        .returning(RollCall.id)
    )
    if closed.first() is None:
        return None
    entries = await rollcall_entries(session, rollcall.id)
    previous = await _previous(session, rollcall)
    silent_before = await _silent_households(session, previous) if previous else set()
    silent = []
    for entry in entries:
        if entry.reported_at is not None:
            continue
        household = await session.get(Household, entry.household_id)
        assert household is not None  # entries reference households
        check = None
        if welfare_due(household.need_set, True, household.id in silent_before):
            check_id = await insert_new(
                session,
                WelfareCheck,
                {"household_id": household.id, "rollcall_id": rollcall.id, "asked_at": clock.now()},
                unique=("household_id", "rollcall_id"),
            )
            check = await session.get(WelfareCheck, check_id) if check_id is not None else None
        silent.append(Silent(entry, household, check))
    return Closing(rollcall, len(entries), silent, previous)


async def _previous(session: AsyncSession, rollcall: RollCall) -> RollCall | None:
    stmt = (
        select(RollCall)
        .where(RollCall.building_id == rollcall.building_id, RollCall.at < rollcall.at)
        .order_by(RollCall.at.desc())
        .limit(1)
    )
    return (await session.scalars(stmt)).first()


async def _silent_households(session: AsyncSession, rollcall: RollCall) -> set[int]:
    stmt = select(RollCallEntry.household_id).where(
        RollCallEntry.rollcall_id == rollcall.id, RollCallEntry.reported_at.is_(None)
    )
    return set((await session.scalars(stmt)).all())


class ReportRight(enum.StrEnum):
    """Who pressed "report temperature", as the database says."""

    HOUSEHOLD = "household"
    """A registered member of a household due in this roll call."""
    STAFF = "staff"
    """The building's staff or lead (reporting on a household's behalf)."""
    NONE = "none"


async def report_right(
    session: AsyncSession, rollcall: RollCall, person_id: int
) -> tuple[ReportRight, str | None]:
    """Whether a presser may report on this roll call, and for which flat (their own)."""
    member = (
        await session.scalars(
            select(Member).where(
                Member.building_id == rollcall.building_id, Member.person_id == person_id
            )
        )
    ).first()
    if member is None:
        return ReportRight.NONE, None
    if member.flat is not None:
        due = await session.scalar(
            select(RollCallEntry.id).where(
                RollCallEntry.rollcall_id == rollcall.id, RollCallEntry.flat == member.flat
            )
        )
        if due is not None:
            return ReportRight.HOUSEHOLD, member.flat
    if member.is_staff or member.is_lead:
        return ReportRight.STAFF, None
    return ReportRight.NONE, None


class CheckOutcome(enum.StrEnum):
    """What a press of "checked" on a welfare check came to."""

    DONE = "done"
    TAKEN = "taken"
    """Someone else already checked: they are named."""
    DENIED = "denied"
    GONE = "gone"


@dataclass(frozen=True)
class CheckPress:
    """The outcome, with the check and its household when found."""

    outcome: CheckOutcome
    check: WelfareCheck | None = None
    household: Household | None = None
    checker: Person | None = None


async def check_pressed(
    session: AsyncSession, clock: Clock, *, check_id: int, person_id: int
) -> CheckPress:
    """Record who checked on the household (the first press wins); re-checked in the database:
    only the building's lead or staff."""
    check = await session.get(WelfareCheck, check_id)
    household = await session.get(Household, check.household_id) if check else None
    if check is None or household is None:
        return CheckPress(CheckOutcome.GONE)
    member = (
        await session.scalars(
            select(Member).where(
                Member.building_id == household.building_id, Member.person_id == person_id
            )
        )
    ).first()
    if member is None or not (member.is_lead or member.is_staff):
        return CheckPress(CheckOutcome.DENIED)
    taken = await session.execute(
        update(WelfareCheck)
        .where(WelfareCheck.id == check_id, WelfareCheck.checked_at.is_(None))
        .values(checked_by=person_id, checked_at=clock.now())
        .returning(WelfareCheck.id)
    )
    await session.refresh(check)
    if taken.first() is None and check.checked_by != person_id:
        checker = await session.get(Person, check.checked_by) if check.checked_by else None
        return CheckPress(CheckOutcome.TAKEN, check, household, checker)
    return CheckPress(CheckOutcome.DONE, check, household)


async def welfare_prompted(session: AsyncSession, check_id: int, message_id: int) -> None:
    """Remember the private "what did you find?" message (called by the sender)."""
    await session.execute(
        update(WelfareCheck).where(WelfareCheck.id == check_id).values(prompt_message_id=message_id)
    )


MAX_FINDING = 500


async def record_finding(
    session: AsyncSession, *, person_id: int, prompt_message_id: int, text: str
) -> tuple[WelfareCheck, Household] | None:
    """What the checker found, from their reply to the prompt; None if it answers no open one."""
    stmt = select(WelfareCheck).where(
        WelfareCheck.prompt_message_id == prompt_message_id,
        WelfareCheck.checked_by == person_id,
        WelfareCheck.finding.is_(None),  # answered once; later words go their usual way
    )
    check = (await session.scalars(stmt)).first()
    if check is None:
        return None
    check.finding = text.strip()[:MAX_FINDING]
    household = await session.get(Household, check.household_id)
    assert household is not None
    return check, household


async def rollcall_sent(session: AsyncSession, rollcall_id: int, message_id: int) -> None:
    """Remember the roll call's group message (called by the sender)."""
    await session.execute(
        update(RollCall).where(RollCall.id == rollcall_id).values(message_id=message_id)
    )
