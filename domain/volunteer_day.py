"""A volunteer's day (/today, private), section by section.

Each section reads the database for one person and returns items: a line as (locale key,
values) and the buttons under it; the bot renders them in the person's language. A feature adds
its part of the day by adding a section to SECTIONS (dispatch: orders assigned; calls: calls
signed up for), with the signature `async def <x>_today_section(session, person_id, now)`.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calls import calls_today_section
from domain.dispatch import dispatch_today_section
from domain.pair_tasks import current_tasks
from domain.quarantine_days import flat_key
from models.buildings import Building
from models.households import Household
from models.pairing import Pairing


class TodayAction(enum.StrEnum):
    """What a button on /today does (the callback names it and an id)."""

    TASK_DONE = "task-done"


@dataclass(frozen=True)
class TodayButton:
    """A button under an item: its label's locale key, its action and the row it acts on."""

    label: str
    action: TodayAction
    ref_id: int


@dataclass(frozen=True)
class TodayItem:
    """One line of /today: a locale key (today-*) and its values, and its buttons.

    A value that is a tuple of strings is a list the bot translates item by item when it names
    needs (`needs`), else joins.
    """

    key: str
    values: dict[str, object] = field(default_factory=dict)
    buttons: tuple[TodayButton, ...] = ()


TodaySection = Callable[[AsyncSession, int, datetime], Awaitable[list[TodayItem]]]


async def paired_section(session: AsyncSession, person_id: int, now: datetime) -> list[TodayItem]:
    """The households this person looks after: building, flat, people, needs."""
    stmt = (
        select(Household, Building.name)
        .join(Pairing, Pairing.household_id == Household.id)
        .join(Building, Building.id == Household.building_id)
        .where(Pairing.volunteer_id == person_id)
    )
    rows = sorted(
        (await session.execute(stmt)).all(), key=lambda r: (r[1] or "", flat_key(r[0].flat))
    )
    if not rows:
        return []
    items = [TodayItem("today-paired", {"count": len(rows)})]
    for household, building in rows:
        values: dict[str, object] = {
            "building": building or "",
            "flat": household.flat,
            "people": household.people if household.people is not None else "?",
            "needs": tuple(sorted(need.value for need in household.need_set)),
            "note": household.note or "",
        }
        items.append(TodayItem("today-household", values))
    return items


async def task_section(session: AsyncSession, person_id: int, now: datetime) -> list[TodayItem]:
    """Today's tasks of those households, each with a ✅ button until done."""
    tasks = await current_tasks(session, person_id, now)
    if not tasks:
        return []
    items = [TodayItem("today-tasks", {"count": len(tasks)})]
    for task in tasks:
        values: dict[str, object] = {
            "flat": task.flat,
            "task": task.kind.value,
            "time": task.local_time,
            "late": "yes" if task.done_at is None and task.due_at <= now else "no",
        }
        if task.done_at is None:
            button = TodayButton("btn-task-done", TodayAction.TASK_DONE, task.id)
            items.append(TodayItem("today-task", values, (button,)))
        else:
            items.append(TodayItem("today-task-done", values))
    return items


async def held_section(session: AsyncSession, person_id: int, now: datetime) -> list[TodayItem]:
    """The orders this person holds, claimed or assigned to them (社区派单); /myorders has
    their buttons."""
    held = await dispatch_today_section(session, person_id, now)
    if not held:
        return []
    items = [TodayItem("today-held", {"count": len(held)})]
    for order in held:
        values: dict[str, object] = {
            "number": order.number,
            "building": order.building,
            "flat": order.flat or "?",
            "category": order.category,
        }
        items.append(TodayItem("today-held-order", values))
    return items


async def calls_section(session: AsyncSession, person_id: int, now: datetime) -> list[TodayItem]:
    """The 吹哨 calls this person signed up for that take place today, at local times."""
    calls = await calls_today_section(session, person_id, now)
    if not calls:
        return []
    items = [TodayItem("today-calls", {"count": len(calls)})]
    for item in calls:
        zone = ZoneInfo(item.zone)
        values: dict[str, object] = {
            "title": item.call.title,
            "start": item.call.starts_at.astimezone(zone).strftime("%H:%M"),
            "end": item.call.ends_at.astimezone(zone).strftime("%H:%M"),
            "building": item.place,
        }
        items.append(TodayItem("today-call", values))
    return items


SECTIONS: tuple[TodaySection, ...] = (paired_section, task_section, held_section, calls_section)
"""/today's parts in order: households, their tasks, orders held, calls signed up for."""


async def volunteer_day(
    session: AsyncSession,
    person_id: int,
    now: datetime,
    sections: tuple[TodaySection, ...] = SECTIONS,
) -> list[TodayItem]:
    """Every section's items for one person (empty: nothing today)."""
    items: list[TodayItem] = []
    for section in sections:
        items.extend(await section(session, person_id, now))
    return items
