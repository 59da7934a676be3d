"""The daily summary for staff: what one building's local day came to, section by section.

Each section reads the database for one local date and returns lines as (locale key, values);
the bot renders them in each staff member's language. A feature adds its part of the summary by
adding a section to SECTIONS.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import CalendarSettings
from domain.order_rules import OrderStatus
from domain.order_stats import WINDOW, order_stats, stats_lines
from domain.quarantine_days import day_bounds, flat_key, quarantined_on
from domain.sampling import tally
from models.buildings import Building, Member
from models.health import TemperatureReading
from models.incidents import Incident
from models.orders import Order
from models.people import Person
from models.rollcalls import RollCall, RollCallEntry, WelfareCheck


@dataclass(frozen=True)
class SummaryLine:
    """One line of the summary: a locale key (summary-*) and its values.

    A value that is a tuple of strings is a list of flats (or the like) the bot joins and cuts.
    """

    key: str
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class SummaryDay:
    """The building and local day a summary is for, with [start, end) in UTC."""

    building: Building
    day: date
    start: datetime
    end: datetime
    settings: CalendarSettings


SummarySection = Callable[[AsyncSession, SummaryDay], Awaitable[list[SummaryLine]]]


async def quarantine_section(session: AsyncSession, on: SummaryDay) -> list[SummaryLine]:
    """Households in quarantine, grouped by their quarantine day."""
    households = await quarantined_on(session, on.building.id, on.day)
    if not households:
        return [SummaryLine("summary-quarantine-none")]
    lines = [SummaryLine("summary-quarantine", {"count": len(households)})]
    for number in sorted({h.day for h in households}):
        flats = tuple(h.flat for h in households if h.day == number)
        values = {"day": number, "count": len(flats), "flats": flats}
        lines.append(SummaryLine("summary-quarantine-day", values))
    return lines


async def sampling_section(session: AsyncSession, on: SummaryDay) -> list[SummaryLine]:
    """Sampled and missed today (nothing when today is nobody's sampling day)."""
    counted = await tally(session, on.building.id, on.day, on.settings)
    if counted.due == 0:
        return []
    lines = [SummaryLine("summary-sampled", {"done": counted.sampled, "total": counted.due})]
    if counted.missing:
        flats = tuple(u.flat for u in counted.missing)
        lines.append(SummaryLine("summary-sampling-missed", {"count": len(flats), "flats": flats}))
    return lines


async def fever_section(session: AsyncSession, on: SummaryDay) -> list[SummaryLine]:
    """Fever readings today (37.3 °C and above), flat and temperature."""
    stmt = (
        select(TemperatureReading.flat, TemperatureReading.celsius)
        .where(
            TemperatureReading.building_id == on.building.id,
            TemperatureReading.fever.is_(True),
            TemperatureReading.taken_at >= on.start,
            TemperatureReading.taken_at < on.end,
        )
        .order_by(TemperatureReading.taken_at)
    )
    rows = (await session.execute(stmt)).all()
    if not rows:
        return [SummaryLine("summary-fevers-none")]
    readings = tuple(f"{flat or '?'} {celsius:.1f}°C" for flat, celsius in rows)
    return [SummaryLine("summary-fevers", {"count": len(rows), "flats": readings})]


async def rollcall_section(session: AsyncSession, on: SummaryDay) -> list[SummaryLine]:
    """Each of today's roll calls: reports received of those due, and who stayed silent;
    welfare checks asked and done."""
    calls = (
        await session.execute(
            select(RollCall.id, RollCall.local_time)
            .where(RollCall.building_id == on.building.id, RollCall.day == on.day)
            .order_by(RollCall.at)
        )
    ).all()
    lines = []
    for rollcall_id, local_time in calls:
        entries = (
            await session.execute(
                select(RollCallEntry.flat, RollCallEntry.reported_at).where(
                    RollCallEntry.rollcall_id == rollcall_id
                )
            )
        ).all()
        silent = tuple(sorted((flat for flat, at in entries if at is None), key=flat_key))
        values = {"time": local_time, "done": len(entries) - len(silent), "total": len(entries)}
        lines.append(SummaryLine("summary-rollcall", values))
        if silent:
            lines.append(
                SummaryLine("summary-rollcall-silent", {"count": len(silent), "flats": silent})
            )
    if calls:
        asked, checked = (
            await session.execute(
                select(func.count(WelfareCheck.id), func.count(WelfareCheck.checked_at)).where(
                    WelfareCheck.rollcall_id.in_([rollcall_id for rollcall_id, _ in calls])
                )
            )
        ).one()
        if asked:
            lines.append(SummaryLine("summary-welfare", {"asked": asked, "checked": checked}))
    return lines


async def order_section(session: AsyncSession, on: SummaryDay) -> list[SummaryLine]:
    """Orders opened and delivered today."""
    opened = await session.scalar(
        select(func.count())
        .select_from(Order)
        .where(
            Order.building_id == on.building.id,
            Order.created_at >= on.start,
            Order.created_at < on.end,
        )
    )
    delivered = await session.scalar(
        select(func.count())
        .select_from(Order)
        .where(
            Order.building_id == on.building.id,
            Order.status == OrderStatus.DELIVERED,
            Order.closed_at >= on.start,
            Order.closed_at < on.end,
        )
    )
    return [SummaryLine("summary-orders", {"opened": opened or 0, "delivered": delivered or 0})]


async def incident_section(session: AsyncSession, on: SummaryDay) -> list[SummaryLine]:
    """Incidents reported today: number and flat."""
    stmt = (
        select(Incident.id, Incident.flat)
        .where(
            Incident.building_id == on.building.id,
            Incident.reported_at >= on.start,
            Incident.reported_at < on.end,
        )
        .order_by(Incident.id)
    )
    rows = (await session.execute(stmt)).all()
    if not rows:
        return [SummaryLine("summary-incidents-none")]
    shown = tuple(f"#{number} {flat or '?'}" for number, flat in rows)
    return [SummaryLine("summary-incidents", {"count": len(rows), "flats": shown})]


async def order_times_section(session: AsyncSession, on: SummaryDay) -> list[SummaryLine]:
    """How fast orders were claimed and delivered, as /stats shows it, over the 7 days ending
    with the day (nothing when the building had no order in them)."""
    stats = await order_stats(session, on.building.id, on.end - WINDOW, on.end)
    if stats.opened == 0:
        return []
    title = SummaryLine("summary-order-times", {"days": WINDOW.days})
    return [title, *(SummaryLine(key, values) for key, values in stats_lines(stats))]


SECTIONS: tuple[SummarySection, ...] = (
    quarantine_section,
    sampling_section,
    rollcall_section,
    fever_section,
    order_section,
    order_times_section,
    incident_section,
)
"""The summary's parts in order."""


async def summarize(
    session: AsyncSession,
    building: Building,
    on: date,
    settings: CalendarSettings,
    sections: tuple[SummarySection, ...] = SECTIONS,
) -> list[SummaryLine]:
    """Every section's lines for a building's local day."""
    start, end = day_bounds(on, settings.zone)
    summary_day = SummaryDay(building, on, start, end, settings)
    lines: list[SummaryLine] = []
    for section in sections:
        lines.extend(await section(session, summary_day))
    return lines


async def community_staff(session: AsyncSession, community: str) -> list[Person]:
    """Staff, leads and doctors of any building of a community who started the bot, once each."""
    stmt = (
        select(Person)
        .join(Member, Member.person_id == Person.id)
        .join(Building, Building.id == Member.building_id)
        .where(
            Building.community == community,
            Member.is_staff.is_(True) | Member.is_lead.is_(True) | Member.is_doctor.is_(True),
            Person.started_bot.is_(True),
        )
        .distinct()
        .order_by(Person.id)
    )
    return list((await session.execute(stmt)).scalars())
