"""包户 daily tasks: the rubbish run and the stairwell disinfection of each paired household in
quarantine, due at the community's times (default 09:00 and 10:00), ticked by its volunteer.

A task is a row (household, kind, local day), made by the pairing job (`ensure_tasks`) for the
day, for every building at once; "done" and "the lead was told it is late" are each one
conditional UPDATE, so a press raced with another, or a job run twice (or after a restart),
changes it once.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import CalendarSettings, format_clock
from domain.clock import Clock
from domain.ports import PairingNotifier
from domain.quarantine_calendar import in_force, local_instant
from domain.quarantine_days import flat_key
from models.buildings import Building, member_of
from models.households import Household, Quarantine
from models.pairing import HouseholdTask, Pairing


class TaskKind(enum.StrEnum):
    """A daily task of a paired household; each has a label in locales/ (task-<kind>)."""

    RUBBISH = "rubbish"
    DISINFECT = "disinfect"


def task_time(kind: TaskKind, settings: CalendarSettings) -> time:
    """The local time of day a task is due, as the community set it."""
    return settings.rubbish_time if kind is TaskKind.RUBBISH else settings.disinfect_time


def due_at(day: date, kind: TaskKind, settings: CalendarSettings) -> datetime:
    """The UTC instant a task of a local day is due (a time in a DST gap: the first after it)."""
    return local_instant(day, task_time(kind, settings), settings.zone)


async def ensure_tasks(
    session: AsyncSession, now: datetime, settings: Callable[[str], CalendarSettings | None]
) -> int:
    """Make today's tasks (each community's local today) of every paired household in
    quarantine that day, in a few queries whatever the number of buildings; how many were new.

    `settings`: a community's settings (None: unreadable, its buildings are left out). A task
    due before the household was first paired is not made (nobody had it then).
    """
    paired = (
        await session.execute(
            select(Pairing.household_id, Pairing.building_id, Pairing.paired_at, Building.community)
            .join(Building, Building.id == Pairing.building_id)
            .where(Building.active.is_(True), Building.name.is_not(None))
        )
    ).all()
    if not paired:
        return 0
    days: dict[str, tuple[date, CalendarSettings]] = {}
    for community in {row.community for row in paired}:
        found = settings(community)
        if found is not None:
            days[community] = (now.astimezone(found.zone).date(), found)
    if not days:
        return 0
    first = min(day for day, _ in days.values())
    last = max(day for day, _ in days.values())
    quarantines = (
        await session.execute(
            select(
                Quarantine.household_id,
                Quarantine.start_date,
                Quarantine.days,
                Quarantine.ended_on,
            )
            .join(Pairing, Pairing.household_id == Quarantine.household_id)
            .where(
                Quarantine.start_date <= last,
                or_(Quarantine.ended_on.is_(None), Quarantine.ended_on >= first),
            )
        )
    ).all()
    spans: dict[int, list[Any]] = {}
    for quarantine in quarantines:
        spans.setdefault(quarantine.household_id, []).append(quarantine)
    made_before = {
        (household_id, kind, day)
        for household_id, kind, day in (
            await session.execute(
                select(HouseholdTask.household_id, HouseholdTask.kind, HouseholdTask.day)
                .join(Pairing, Pairing.household_id == HouseholdTask.household_id)
                .where(HouseholdTask.day >= first, HouseholdTask.day <= last)
            )
        ).all()
    }
    rows = []
    for household_id, building_id, paired_at, community in paired:
        if community not in days:
            continue
        day, community_settings = days[community]
        if not any(in_force(q, day) for q in spans.get(household_id, ())):
            continue
        for kind in TaskKind:
            if (household_id, kind.value, day) in made_before:
                continue
            due = due_at(day, kind, community_settings)
            if paired_at > due:
                continue  # due before it was paired: nobody had it
            rows.append(
                dict(
                    household_id=household_id,
                    building_id=building_id,
                    kind=kind.value,
                    day=day,
                    due_at=due,
                    local_time=format_clock(task_time(kind, community_settings)),
                )
            )
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(HouseholdTask)
        .on_conflict_do_nothing(index_elements=["household_id", "kind", "day"])
        .returning(HouseholdTask.id)
    )
    made = 0
    for batch in range(0, len(rows), INSERT_BATCH):  # a second run racing in makes none twice
        made += len((await session.execute(stmt, rows[batch : batch + INSERT_BATCH])).all())
    return made


INSERT_BATCH = 500
DAY = timedelta(days=1)


class TaskOutcome(enum.StrEnum):
    """How a "✅ done" press ended; each has a text in locales/ (cb-task-<outcome>)."""

    DONE = "done"
    ALREADY = "already"
    DENIED = "denied"
    MISSING = "missing"


async def mark_done(
    session: AsyncSession, clock: Clock, *, task_id: int, actor_id: int
) -> TaskOutcome:
    """Tick a task off: its household's volunteer now, or the building's lead or staff."""
    task = await session.get(HouseholdTask, task_id)
    if task is None:
        return TaskOutcome.MISSING
    paired = await session.scalar(
        select(Pairing.volunteer_id).where(Pairing.household_id == task.household_id)
    )
    member = await member_of(session, task.building_id, actor_id)
    allowed = paired == actor_id or (member is not None and (member.is_lead or member.is_staff))
    if not allowed:
        return TaskOutcome.DENIED
    stmt = (
        update(HouseholdTask)
        .where(HouseholdTask.id == task_id, HouseholdTask.done_at.is_(None))
        .values(done_at=clock.now(), done_by=actor_id)
        .execution_options(synchronize_session=False)
    )
    changed = (await session.execute(stmt)).rowcount  # type: ignore[attr-defined]
    return TaskOutcome.DONE if changed == 1 else TaskOutcome.ALREADY


@dataclass(frozen=True)
class LateTask:
    """A task not done by its time, as the lead's list shows it."""

    flat: str
    kind: TaskKind
    due_at: datetime
    local_time: str
    volunteer_id: int | None


async def report_late(
    session: AsyncSession, clock: Clock, notifier: PairingNotifier
) -> dict[int, list[LateTask]]:
    """Tell each building's lead, in one message for the building, of every task past its time
    and not done; the tasks listed, by building.

    Each task is listed once: the rows are taken by one conditional UPDATE (late_told_at set
    where it was empty), re-checked at that moment, so two runs (or a run after a restart)
    cannot list one twice, and a task ticked a moment before is not listed. A household no
    longer paired has nobody to chase: its task is marked told and not listed.
    """
    now = clock.now()
    pending = (
        HouseholdTask.due_at <= now,
        HouseholdTask.done_at.is_(None),
        HouseholdTask.late_told_at.is_(None),
    )
    if await session.scalar(select(HouseholdTask.id).where(*pending).limit(1)) is None:
        return {}  # an idle tick reads, and takes no write lock (SQLite has one for all)
    stmt = (
        update(HouseholdTask)
        .where(*pending)
        .values(late_told_at=now)
        .returning(HouseholdTask.id)
        .execution_options(synchronize_session=False)
    )
    taken = list((await session.execute(stmt)).scalars())
    if not taken:
        return {}
    by_building: dict[int, list[LateTask]] = {}
    for batch in range(0, len(taken), INSERT_BATCH):
        rows = await session.execute(
            select(
                HouseholdTask.building_id,
                HouseholdTask.kind,
                HouseholdTask.due_at,
                HouseholdTask.local_time,
                Household.flat,
                Pairing.volunteer_id,
            )
            .join(Household, Household.id == HouseholdTask.household_id)
            .join(Pairing, Pairing.household_id == HouseholdTask.household_id)
            .where(HouseholdTask.id.in_(taken[batch : batch + INSERT_BATCH]))
        )
        for building_id, kind, due, local, flat, volunteer in rows:
            task = LateTask(flat, TaskKind(kind), due, local, volunteer)
            by_building.setdefault(building_id, []).append(task)
    for building_id, late in sorted(by_building.items()):
        late.sort(key=lambda task: (task.due_at, flat_key(task.flat), task.kind.value))
        building = await session.get(Building, building_id)
        if building is not None and building.is_set_up:
            await notifier.tasks_late(session, building, late)
    return by_building


@dataclass(frozen=True)
class TaskView:
    """A task as a volunteer's /today shows it."""

    id: int
    building_id: int
    flat: str
    kind: TaskKind
    day: date
    due_at: datetime
    local_time: str
    done_at: datetime | None


async def current_tasks(session: AsyncSession, person_id: int, now: datetime) -> list[TaskView]:
    """The tasks of the households paired with this person, for the latest day made (today's,
    once the pairing job has made them), done or not; none due more than a day ago (a household
    whose quarantine ended gets no new ones, and its last ones leave the list)."""
    latest = (
        select(HouseholdTask.household_id, func.max(HouseholdTask.day).label("latest_day"))
        .group_by(HouseholdTask.household_id)
        .subquery()
    )
    stmt = (
        select(HouseholdTask, Household.flat)
        .join(Household, Household.id == HouseholdTask.household_id)
        .join(Pairing, Pairing.household_id == HouseholdTask.household_id)
        .join(
            latest,
            (latest.c.household_id == HouseholdTask.household_id)
            & (latest.c.latest_day == HouseholdTask.day),
        )
        .where(Pairing.volunteer_id == person_id, HouseholdTask.due_at > now - DAY)
    )
    views = [
        TaskView(
            task.id,
            task.building_id,
            flat,
            TaskKind(task.kind),
            task.day,
            task.due_at,
            task.local_time,
            task.done_at,
        )
        for task, flat in (await session.execute(stmt)).all()
    ]
    return sorted(views, key=lambda v: (v.due_at, flat_key(v.flat), v.kind.value))
