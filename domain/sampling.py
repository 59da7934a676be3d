"""Sampling at home: the list for a sampling day, ticks by sampling staff, who was not sampled.

Households are sampled on the quarantine days CalendarSettings.sampling_days names (day 1 = the
start date). The evening before, a round is opened (once per building and day) with one entry
per household; on the day, sampling staff tick entries off; at the end of the window the lead
hears who is left. Ticks are one conditional UPDATE each, so two staff pressing at once, or a
double tap, change a household once.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import CalendarSettings, format_clock
from domain.clock import Clock
from domain.quarantine_calendar import local_date, local_instant
from domain.quarantine_days import Quarantined, flat_key, quarantined_on
from models.base import insert_new
from models.buildings import Building, Member, member_of
from models.people import Person
from models.sampling import (
    SamplingEntry,
    SamplingPage,
    SamplingRound,
    round_entries,
    round_of,
)

PAGE_SIZE = 40
"""Households per group message. Telegram allows 100 buttons on a message and 4,096 characters
of text; 40 lines of the longest flat (32 characters) and their buttons stay well inside both,
so a longer list is posted as several messages ("1/3", "2/3", …), each ticked on its own."""


def sampling_window(settings: CalendarSettings) -> str:
    """The window as people read it, "08:00-11:00"."""
    start, end = settings.sampling_window
    return f"{format_clock(start)}-{format_clock(end)}"


async def due_for_sampling(
    session: AsyncSession, building_id: int, on: date, settings: CalendarSettings
) -> list[Quarantined]:
    """Households of a building whose quarantine day on that date is a sampling day."""
    return [
        household
        for household in await quarantined_on(session, building_id, on)
        if household.day in settings.sampling_days
    ]


@dataclass(frozen=True)
class OpenedRound:
    """A round just opened, with its pages (one group message each) in order."""

    round_id: int
    page_ids: tuple[int, ...]
    households: int


async def open_round(
    session: AsyncSession, clock: Clock, building_id: int, on: date, settings: CalendarSettings
) -> OpenedRound | None:
    """Open a building's round for a sampling date; None if it has one or nobody is due."""
    due = await due_for_sampling(session, building_id, on, settings)
    if not due:
        return None
    now = clock.now()
    round_id = await insert_new(
        session,
        SamplingRound,
        {
            "building_id": building_id,
            "day": on,
            "window": sampling_window(settings),
            "created_at": now,
        },
        unique=("building_id", "day"),
    )
    if round_id is None:  # posted already (a slot run twice, or a late run after the first)
        return None
    page_ids = []
    for number, start in enumerate(range(0, len(due), PAGE_SIZE)):
        page = SamplingPage(round_id=round_id, page=number)
        session.add(page)
        await session.flush()
        page_ids.append(page.id)
        for household in due[start : start + PAGE_SIZE]:
            session.add(
                SamplingEntry(
                    round_id=round_id,
                    page_id=page.id,
                    household_id=household.household_id,
                    flat=household.flat,
                    quarantine_day=household.day,
                )
            )
    await session.flush()
    return OpenedRound(round_id, tuple(page_ids), len(due))


SAMPLING_ROLES = ("is_staff", "is_lead", "is_doctor")
"""Who may tick: the building's staff, its lead and the community doctor (else the group's
admins, as Telegram tells). Volunteers name themselves with /volunteer, so a tick by anyone
who typed that would hide a household the lead must chase; they are not sampling staff."""


def is_sampling_staff(member: Member | None) -> bool:
    """Whether a membership lets its person tick households (group admins asked separately)."""
    return member is not None and any(getattr(member, role) for role in SAMPLING_ROLES)


class TickOutcome(enum.StrEnum):
    """How a press on a household's button ended."""

    TICKED = "ticked"
    UNTICKED = "unticked"
    ALREADY_TICKED = "already_ticked"
    ALREADY_UNTICKED = "already_unticked"
    NOT_YET = "not_yet"
    """Before the sampling day: ticks count on the day only."""
    OVER = "over"
    """After the sampling day: the list is closed."""
    NOT_ALLOWED = "not_allowed"
    FOREIGN = "foreign"
    """No such entry on this message (forged, or another group's)."""


@dataclass(frozen=True)
class TickPress:
    """An entry a press names, found on the message it was pressed on."""

    entry_id: int
    page_id: int
    building: Building
    flat: str
    day: date


async def find_press(
    session: AsyncSession, *, entry_id: int, chat_id: int, message_id: int
) -> TickPress | None:
    """The entry if it is on the very message pressed, in that group; else None (forged)."""
    stmt = (
        select(SamplingEntry, SamplingPage, SamplingRound, Building)
        .join(SamplingPage, SamplingPage.id == SamplingEntry.page_id)
        .join(SamplingRound, SamplingRound.id == SamplingEntry.round_id)
        .join(Building, Building.id == SamplingRound.building_id)
        .where(SamplingEntry.id == entry_id)
    )
    row = (await session.execute(stmt)).first()
    if row is None:
        return None
    entry, page, round_, building = row
    if building.chat_id != chat_id or page.message_id not in (None, message_id):
        return None
    return TickPress(entry.id, page.id, building, entry.flat, round_.day)


@dataclass(frozen=True)
class TickResult:
    """A press's outcome; who ticked it when it was ticked already."""

    outcome: TickOutcome
    flat: str = ""
    day: date | None = None
    by_name: str | None = None


async def set_sampled(
    session: AsyncSession,
    clock: Clock,
    press: TickPress,
    *,
    actor_id: int,
    sampled: bool,
    allowed: bool,
    settings: CalendarSettings,
) -> TickResult:
    """Tick (or untick) a household on the sampling day; one conditional UPDATE.

    Any sampling staff may untick (correcting someone's slip); a second tick, e.g. a double
    tap or two staff at once, changes nothing and says who ticked it.
    """
    if not allowed:
        return TickResult(TickOutcome.NOT_ALLOWED, press.flat, press.day)
    today = local_date(clock.now(), settings.zone)
    if today < press.day:
        return TickResult(TickOutcome.NOT_YET, press.flat, press.day)
    if today > press.day:
        return TickResult(TickOutcome.OVER, press.flat, press.day)
    stmt = update(SamplingEntry).where(SamplingEntry.id == press.entry_id)
    if sampled:
        stmt = stmt.where(SamplingEntry.sampled_at.is_(None)).values(
            sampled_at=clock.now(), sampled_by=actor_id
        )
    else:
        stmt = stmt.where(SamplingEntry.sampled_at.is_not(None)).values(
            sampled_at=None, sampled_by=None
        )
    changed = (await session.execute(stmt)).rowcount == 1  # type: ignore[attr-defined]
    if changed:
        outcome = TickOutcome.TICKED if sampled else TickOutcome.UNTICKED
        return TickResult(outcome, press.flat, press.day)
    if not sampled:
        return TickResult(TickOutcome.ALREADY_UNTICKED, press.flat, press.day)
    by = await session.scalar(
        select(Person.full_name)
        .join(SamplingEntry, SamplingEntry.sampled_by == Person.id)
        .where(SamplingEntry.id == press.entry_id)
    )
    return TickResult(TickOutcome.ALREADY_TICKED, press.flat, press.day, by)


async def may_tick(session: AsyncSession, building_id: int, person_id: int) -> bool:
    """Sampling staff by our records (group admins are asked of Telegram by the caller)."""
    return is_sampling_staff(await member_of(session, building_id, person_id))


@dataclass(frozen=True)
class Unsampled:
    """A household due on the day and not ticked."""

    flat: str
    day: int
    listed: bool
    """On the list posted the evening before (False: registered after, or no list posted)."""


@dataclass(frozen=True)
class SamplingTally:
    """A sampling day so far: how many were due, sampled, and who is left."""

    day: date
    posted: bool
    due: int
    sampled: int
    missing: tuple[Unsampled, ...]


async def tally(
    session: AsyncSession, building_id: int, on: date, settings: CalendarSettings
) -> SamplingTally:
    """Who of the households due on a date were sampled, from the ticks and today's ledger.

    A household still due now but not on the list (registered after it was posted) counts as
    missing; one on the list whose quarantine ended since no longer does.
    """
    due = {h.household_id: h for h in await due_for_sampling(session, building_id, on, settings)}
    round_ = await round_of(session, building_id, on)
    entries = await round_entries(session, round_.id) if round_ is not None else []
    listed = {entry.household_id for entry in entries}
    missing = [
        Unsampled(entry.flat, entry.quarantine_day, True)
        for entry in entries
        if entry.sampled_at is None and entry.household_id in due
    ]
    late = [h for h in due.values() if h.household_id not in listed]
    missing += [Unsampled(h.flat, h.day, False) for h in late]
    ticked = {entry.household_id for entry in entries if entry.sampled_at is not None}
    missing.sort(key=lambda u: flat_key(u.flat))
    total = len(due.keys() | ticked)
    return SamplingTally(on, round_ is not None, total, len(ticked), tuple(missing))


async def close_round(session: AsyncSession, clock: Clock, building_id: int, on: date) -> bool:
    """Mark the day's round closed, once; False if there is none or it was closed already."""
    stmt = (
        update(SamplingRound)
        .where(
            SamplingRound.building_id == building_id,
            SamplingRound.day == on,
            SamplingRound.closed_at.is_(None),
        )
        .values(closed_at=clock.now())
    )
    return (await session.execute(stmt)).rowcount == 1  # type: ignore[attr-defined]


def window_over(settings: CalendarSettings, on: date, now: datetime) -> bool:
    """Whether a sampling date's window has ended at `now`."""
    return now >= local_instant(on, settings.sampling_window[1], settings.zone)
