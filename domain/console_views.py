"""What the staff console shows: the Today counts, the ledger, incidents, orders, the calendar.

Plain reads scoped to the buildings an `Access` covers; the Today page is one grouped query per
number (not one per building), so a community of 300 buildings costs the same few queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, and_, any_, func, literal, or_, select, union_all
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import calendar_settings
from domain.clock import Clock
from domain.console_access import Access
from domain.escalation_policy import IncidentStatus, TargetKind
from domain.household_ledger import update_household
from domain.incident_climb import community_stages
from domain.order_rules import OrderStatus
from domain.quarantine_calendar import day_number, last_day
from domain.quarantine_days import day_bounds, flat_key
from models.buildings import Building, Member
from models.console import ConsoleAudit
from models.health import TemperatureReading
from models.households import Household, Need, Quarantine
from models.incidents import Incident, IncidentAlert
from models.orders import Order
from models.people import Person
from models.rollcalls import RollCall, RollCallEntry, WelfareCheck
from models.sampling import SamplingEntry, SamplingRound

OPEN_ORDER = (OrderStatus.OPEN.value, OrderStatus.CLAIMED.value)


@dataclass
class BuildingToday:
    """One building's numbers on the Today page."""

    building_id: int
    name: str
    community: str
    in_quarantine: int = 0
    open_orders: int = 0
    open_incidents: int = 0
    reports: int = 0
    missing: int = 0
    sampling_due: int = 0
    sampled: int = 0
    fevers: int = 0
    welfare_pending: int = 0


async def _todays(
    session: AsyncSession, clock: Clock, communities: Iterable[str], default_timezone: str
) -> dict[str, tuple[date, datetime, datetime]]:
    """Each community's local today and its [start, end) in UTC."""
    found = {}
    for community in sorted(set(communities)):
        zone = (await calendar_settings(session, community, default_timezone)).zone
        today = clock.now().astimezone(zone).date()
        start, end = day_bounds(today, zone)
        found[community] = (today, start, end)
    return found


def _among(session: AsyncSession, column: Any, ids: Iterable[int]) -> Any:
    """SQL: the column is one of these ids. On PostgreSQL one array parameter (= ANY), not an
    IN list of one parameter an id: a community's 300 buildings cost the Today page's nine
    queries 2,700 parameters rendered and bound on every request."""
    ids = list(ids)
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(literal(ids, ARRAY(BigInteger)))
    return column.in_(ids)


async def today_page(
    session: AsyncSession, clock: Clock, access: Access, default_timezone: str
) -> list[BuildingToday]:
    """Per building the person covers: the numbers of the Today page, by community and name."""
    ids = list(access.buildings)
    if not ids:
        return []
    rows = (
        await session.execute(
            select(Building.id, Building.name, Building.community).where(
                _among(session, Building.id, ids)
            )
        )
    ).all()
    found = {b: BuildingToday(b, name or "", community) for b, name, community in rows}
    todays = await _todays(session, clock, (b.community for b in found.values()), default_timezone)
    by_day: dict[date, list[int]] = defaultdict(list)
    for item in found.values():
        by_day[todays[item.community][0]].append(item.building_id)

    counts = [
        _count("open_orders", Order.building_id, func.count())
        .where(_among(session, Order.building_id, ids), Order.status.in_(OPEN_ORDER))
        .group_by(Order.building_id),
        _count("open_incidents", Incident.building_id, func.count())
        .where(
            _among(session, Incident.building_id, ids),
            Incident.status != IncidentStatus.RESOLVED.value,
        )
        .group_by(Incident.building_id),
        _count("welfare_pending", Household.building_id, func.count())
        .join(WelfareCheck, WelfareCheck.household_id == Household.id)
        .where(_among(session, Household.building_id, ids), WelfareCheck.checked_at.is_(None))
        .group_by(Household.building_id),
    ]
    for today, day_ids in by_day.items():
        counts += [
            _count(
                "in_quarantine",
                Quarantine.building_id,
                func.count(Quarantine.household_id.distinct()),
            )
            .where(
                _among(session, Quarantine.building_id, day_ids),
                Quarantine.start_date <= today,
                or_(Quarantine.ended_on.is_(None), Quarantine.ended_on >= today),
                _course_runs_on(session, today),
            )
            .group_by(Quarantine.building_id),
            _count(
                "rollcall", RollCall.building_id, func.count(RollCallEntry.celsius), func.count()
            )
            .join(RollCallEntry, RollCallEntry.rollcall_id == RollCall.id)
            .where(_among(session, RollCall.building_id, day_ids), RollCall.day == today)
            .group_by(RollCall.building_id),
            _count(
                "sampling",
                SamplingRound.building_id,
                func.count(SamplingEntry.sampled_at),
                func.count(),
            )
            .join(SamplingEntry, SamplingEntry.round_id == SamplingRound.id)
            .where(_among(session, SamplingRound.building_id, day_ids), SamplingRound.day == today)
            .group_by(SamplingRound.building_id),
        ]
    for community, (_, start, end) in todays.items():
        community_ids = [b.building_id for b in found.values() if b.community == community]
        counts.append(
            _count("fevers", TemperatureReading.building_id, func.count())
            .where(
                _among(session, TemperatureReading.building_id, community_ids),
                TemperatureReading.fever.is_(True),
                TemperatureReading.taken_at >= start,
                TemperatureReading.taken_at < end,
            )
            .group_by(TemperatureReading.building_id)
        )
    # one statement, one round trip: under load each query's round trip costs a wake-up
    for what, building_id, first, second in await session.execute(union_all(*counts)):
        item = found[building_id]
        if what == "rollcall":
            item.reports, item.missing = first, second - first
        elif what == "sampling":
            item.sampled, item.sampling_due = first, second
        else:
            setattr(item, what, first)
    return sorted(found.values(), key=lambda b: (b.community, flat_key(b.name), b.name))


def _count(what: str, building_id: Any, first: Any, second: Any = None) -> Any:
    """One branch of the Today page's counts: (what, building id, a count, another or 0)."""
    return select(
        literal(what).label("count_of"),
        building_id.label("building_id"),
        first.label("first_count"),
        (literal(0) if second is None else second).label("second_count"),
    )


def _course_runs_on(session: AsyncSession, today: date) -> Any:
    """SQL: the quarantine's course (start + days) still runs on `today` (day ≤ days)."""
    if session.get_bind().dialect.name == "postgresql":
        return Quarantine.start_date + Quarantine.days > today  # date + integer is a date
    return func.julianday(Quarantine.start_date) + Quarantine.days > func.julianday(today)


@dataclass(frozen=True)
class LedgerRow:
    """One household as the ledger page shows it."""

    household: Household
    building: str
    quarantine: Quarantine | None
    day: int | None
    """Today's quarantine day, None when not in quarantine today."""
    last: date | None


@dataclass(frozen=True)
class LedgerFilter:
    """What the Households page was asked for."""

    building_id: int | None = None
    text: str = ""
    need: str = ""
    quarantined: bool = False
    limit: int = 300


async def ledger(
    session: AsyncSession, clock: Clock, access: Access, default_timezone: str, want: LedgerFilter
) -> tuple[list[LedgerRow], bool]:
    """The households the person covers, filtered; and whether more matched than shown.

    The text matches the flat, and for staff the phone and the note too (what they may see).
    """
    ids = [want.building_id] if want.building_id in access.buildings else list(access.buildings)
    if want.building_id is not None and want.building_id not in access.buildings:
        return [], False
    stmt = (
        select(Household, Building.name, Building.community)
        .join(Building, Building.id == Household.building_id)
        .where(Household.building_id.in_(ids))
    )
    text = want.text.strip()
    if text:
        pattern = f"%{text.replace('%', '').replace('_', '')}%"
        staff_ids = [b for b in ids if access.staff_of(b)]
        stmt = stmt.where(
            or_(
                Household.flat.ilike(pattern),
                and_(
                    Household.building_id.in_(staff_ids),
                    or_(Household.phone.ilike(pattern), Household.note.ilike(pattern)),
                ),
            )
        )
    if want.need in {n.value for n in Need}:
        stmt = stmt.where(Household.needs.contains(want.need))
    rows = (await session.execute(stmt)).all()
    todays = await _todays(session, clock, {c for _, _, c in rows}, default_timezone)
    households = [h for h, _, _ in rows]
    quarantines: dict[int, Quarantine] = {}
    if households:
        for quarantine in await session.scalars(
            select(Quarantine)
            .where(Quarantine.household_id.in_([h.id for h in households]))
            .order_by(Quarantine.start_date)
        ):
            quarantines[quarantine.household_id] = quarantine  # the latest start wins
    shown: list[LedgerRow] = []
    for household, name, community in rows:
        today = todays[community][0]
        found = quarantines.get(household.id)
        day = last = None
        if found is not None:
            last = last_day(found)
            if found.start_date <= today <= last:
                day = day_number(found, today)
        if want.quarantined and day is None:
            continue
        shown.append(LedgerRow(household, name or "", found, day, last))
    shown.sort(key=lambda r: (flat_key(r.building), r.building, flat_key(r.household.flat)))
    return shown[: want.limit], len(shown) > want.limit


class NotAllowed(Exception):
    """The person may not do this to this building."""


async def edit_household(
    session: AsyncSession,
    clock: Clock,
    access: Access,
    *,
    household_id: int,
    values: dict[str, Any],
) -> dict[str, list[Any]]:
    """Staff change a household's ledger fields; every change is recorded in the console audit."""
    household = await session.get(Household, household_id)
    if household is None or not access.staff_of(household.building_id):
        raise NotAllowed
    changed = await update_household(
        session,
        clock,
        building_id=household.building_id,
        flat=household.flat,
        values=values,
        by=access.person_id,
    )
    if changed:
        record(
            session,
            clock,
            access,
            building_id=household.building_id,
            action="household.edit",
            target=household.flat,
            target_id=household.id,
            before={k: v[0] for k, v in changed.items()},
            after={k: v[1] for k, v in changed.items()},
        )
    return changed


def record(
    session: AsyncSession,
    clock: Clock,
    access: Access,
    *,
    building_id: int,
    action: str,
    target: str,
    target_id: int | None,
    before: dict[str, Any],
    after: dict[str, Any],
) -> None:
    """Keep one console change for the audit page."""
    session.add(
        ConsoleAudit(
            at=clock.now(),
            person_id=access.person_id,
            community=access.communities[building_id],
            building_id=building_id,
            action=action,
            target=target,
            target_id=target_id,
            before=before,
            after=after,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    """One recorded change and who made it."""

    entry: ConsoleAudit
    who: str
    building: str


async def audit_page(session: AsyncSession, access: Access, limit: int = 500) -> list[AuditRow]:
    """Changes made in the console in the communities where the person is staff, newest first."""
    communities = access.staff_communities
    if not communities:
        return []
    rows = await session.execute(
        select(ConsoleAudit, Person.full_name, Building.name)
        .join(Person, Person.id == ConsoleAudit.person_id)
        .outerjoin(Building, Building.id == ConsoleAudit.building_id)
        .where(ConsoleAudit.community.in_(communities))
        .order_by(ConsoleAudit.at.desc(), ConsoleAudit.id.desc())
        .limit(limit)
    )
    return [AuditRow(entry, who or "", name or "") for entry, who, name in rows]


@dataclass(frozen=True)
class IncidentRow:
    """An incident with its building's name and the 快响 times in seconds."""

    incident: Incident
    building: str
    to_alert: float | None
    """Report → the first alert the chain sent."""
    to_ack: float | None
    to_transport: float | None
    to_hospital: float | None
    to_resolve: float | None


def _utc(value: datetime | None) -> datetime | None:
    """An aggregate's datetime (min() skips the column type: SQLite hands back naive UTC)."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _seconds(since: datetime, at: datetime | None) -> float | None:
    return None if at is None else (at - since).total_seconds()


async def incidents_page(
    session: AsyncSession, access: Access, building_id: int | None, limit: int = 200
) -> list[IncidentRow]:
    """Incidents of the covered buildings (or of one), newest first, with their times."""
    ids = [building_id] if building_id is not None else list(access.buildings)
    ids = [b for b in ids if b in access.buildings]
    if not ids:
        return []
    rows = await session.execute(
        select(Incident, Building.name)
        .join(Building, Building.id == Incident.building_id)
        .where(Incident.building_id.in_(ids))
        .order_by(Incident.reported_at.desc())
        .limit(limit)
    )
    found = [(incident, name) for incident, name in rows]
    first_alerts = dict(
        (
            await session.execute(
                select(IncidentAlert.incident_id, func.min(IncidentAlert.created_at))
                .where(IncidentAlert.incident_id.in_([i.id for i, _ in found]))
                .group_by(IncidentAlert.incident_id)
            )
        ).all()
    )
    return [
        IncidentRow(
            incident,
            name or "",
            _seconds(incident.reported_at, _utc(first_alerts.get(incident.id))),
            _seconds(incident.reported_at, incident.acknowledged_at),
            _seconds(incident.reported_at, incident.transported_at),
            _seconds(incident.reported_at, incident.hospital_at),
            _seconds(incident.reported_at, incident.resolved_at),
        )
        for incident, name in found
    ]


@dataclass
class BuildingCalendar:
    """One building's quarantine calendar today: who is on which day, roll calls, sampling."""

    building_id: int
    name: str
    today: date
    days: list[tuple[str, int, int]] = field(default_factory=list)
    """(flat, day today, days) of each household in quarantine."""
    rollcalls: list[tuple[str, list[tuple[str, float | None, bool]]]] = field(default_factory=list)
    """Today's roll calls by local time: (flat, reading or None, fever)."""
    sampling_tomorrow: list[tuple[str, int]] = field(default_factory=list)
    welfare: list[str] = field(default_factory=list)
    """Flats with a welfare check nobody has marked checked."""


async def calendar_page(
    session: AsyncSession, clock: Clock, access: Access, building_id: int, default_timezone: str
) -> BuildingCalendar | None:
    """The quarantine calendar of one covered building."""
    if building_id not in access.buildings:
        return None
    building = await session.get(Building, building_id)
    if building is None:
        return None
    settings = await calendar_settings(session, building.community, default_timezone)
    today = clock.now().astimezone(settings.zone).date()
    found = BuildingCalendar(building_id, building.name or "", today)
    rows = await session.execute(
        select(Quarantine, Household.flat)
        .join(Household, Household.id == Quarantine.household_id)
        .where(
            Quarantine.building_id == building_id,
            Quarantine.start_date <= today + timedelta(days=1),
            or_(Quarantine.ended_on.is_(None), Quarantine.ended_on >= today),
        )
    )
    tomorrow = today + timedelta(days=1)
    for quarantine, flat in rows:
        if quarantine.start_date <= today <= last_day(quarantine):
            found.days.append((flat, day_number(quarantine, today), quarantine.days))
        if (
            quarantine.start_date <= tomorrow <= last_day(quarantine)
            and day_number(quarantine, tomorrow) in settings.sampling_days
        ):
            found.sampling_tomorrow.append((flat, day_number(quarantine, tomorrow)))
    found.days.sort(key=lambda d: flat_key(d[0]))
    found.sampling_tomorrow.sort(key=lambda d: flat_key(d[0]))
    calls = await session.execute(
        select(RollCall.local_time, RollCallEntry.flat, RollCallEntry.celsius, RollCallEntry.fever)
        .join(RollCallEntry, RollCallEntry.rollcall_id == RollCall.id)
        .where(RollCall.building_id == building_id, RollCall.day == today)
        .order_by(RollCall.local_time)
    )
    by_time: dict[str, list[tuple[str, float | None, bool]]] = defaultdict(list)
    for local_time, flat, celsius, fever in calls:
        by_time[local_time].append((flat, celsius, fever))
    found.rollcalls = [
        (t, sorted(entries, key=lambda e: flat_key(e[0]))) for t, entries in by_time.items()
    ]
    welfare = await session.scalars(
        select(Household.flat)
        .join(WelfareCheck, WelfareCheck.household_id == Household.id)
        .where(Household.building_id == building_id, WelfareCheck.checked_at.is_(None))
    )
    found.welfare = sorted(set(welfare), key=flat_key)
    return found


@dataclass(frozen=True)
class RoleCover:
    """A role a level alerts, across the community's buildings."""

    role: str
    started: list[tuple[str, str]]
    """(building, person) holders who have started the bot: alerts reach them."""
    silent: list[tuple[str, str]]
    """(building, person) holders who have not: alerts to them fail."""
    nobody: list[str]
    """Buildings where nobody holds the role."""


@dataclass(frozen=True)
class LevelView:
    """One level of a community's chain and who is on it."""

    position: int
    name: str
    ack_seconds: int
    with_previous: bool
    webhook: str | None
    people: list[tuple[str, bool]]
    """(name, started the bot) of each person named on the level."""
    chats: list[int]
    roles: list[RoleCover]


@dataclass(frozen=True)
class ChainView:
    """A community's emergency chain as the console shows it."""

    community: str
    levels: list[LevelView]


async def chain_page(session: AsyncSession, access: Access) -> list[ChainView]:
    """Each covered community's chain (its own or the default): levels, who, who cannot be
    reached because they never started the bot, and buildings where a role is empty."""
    by_community: dict[str, list[int]] = defaultdict(list)
    for building_id, community in access.communities.items():
        by_community[community].append(building_id)
    views = []
    for community, building_ids in sorted(by_community.items()):
        names = dict(
            (
                await session.execute(
                    select(Building.id, Building.name).where(Building.id.in_(building_ids))
                )
            ).all()
        )
        holders = (
            await session.execute(
                select(
                    Member.building_id,
                    Member.is_lead,
                    Member.is_doctor,
                    Member.is_staff,
                    Person.full_name,
                    Person.started_bot,
                )
                .join(Person, Person.id == Member.person_id)
                .where(
                    Member.building_id.in_(building_ids),
                    Member.is_lead.is_(True)
                    | Member.is_doctor.is_(True)
                    | Member.is_staff.is_(True),
                )
            )
        ).all()
        levels: list[LevelView] = []
        position = 0
        for stage in await community_stages(session, community):
            for level in stage.levels:
                position += 1
                people, chats, roles = [], [], []
                for target in level.targets:
                    if target.kind is TargetKind.CHAT:
                        chats.append(int(target.value))
                    elif target.kind is TargetKind.PERSON:
                        person = await session.get(Person, int(target.value))
                        people.append(
                            (
                                person.full_name if person else target.value,
                                bool(person and person.started_bot),
                            )
                        )
                    else:
                        index = {"lead": 1, "doctor": 2, "staff": 3}[target.value]
                        held = [h for h in holders if h[index]]
                        started = sorted((names[h[0]] or "", h[4]) for h in held if h[5])
                        silent = sorted((names[h[0]] or "", h[4]) for h in held if not h[5])
                        covered = {h[0] for h in held}
                        nobody = sorted(
                            (names[b] or "" for b in building_ids if b not in covered), key=flat_key
                        )
                        roles.append(RoleCover(target.value, started, silent, nobody))
                levels.append(
                    LevelView(
                        position,
                        level.name,
                        level.ack_seconds,
                        level.with_previous,
                        level.webhook,
                        people,
                        chats,
                        roles,
                    )
                )
        views.append(ChainView(community, levels))
    return views


CHART_DAYS = 14


@dataclass
class DayFigures:
    """One local day of the charts."""

    day: date
    reports: int = 0
    missing: int = 0
    fevers: int = 0
    opened: int = 0
    delivered: int = 0
    incidents: int = 0
    ack_seconds: list[float] = field(default_factory=list)

    @property
    def median_ack(self) -> float | None:
        """Median seconds from report to acknowledgement of the day's incidents."""
        if not self.ack_seconds:
            return None
        ordered = sorted(self.ack_seconds)
        middle = len(ordered) // 2
        if len(ordered) % 2:
            return ordered[middle]
        return (ordered[middle - 1] + ordered[middle]) / 2


async def chart_days(
    session: AsyncSession, clock: Clock, access: Access, default_timezone: str
) -> list[DayFigures]:
    """The last 14 local days (today last) over every covered building: roll-call reports and
    missing, fevers, orders opened and delivered, incidents and their median time to
    acknowledge. Days are the first covered community's (one zone for the whole chart)."""
    ids = list(access.buildings)
    community = min(access.communities.values(), default="")
    zone = (await calendar_settings(session, community, default_timezone)).zone
    today = clock.now().astimezone(zone).date()
    first = today - timedelta(days=CHART_DAYS - 1)
    days = {first + timedelta(days=n): DayFigures(first + timedelta(days=n)) for n in range(14)}
    if not ids:
        return list(days.values())
    since = day_bounds(first, zone)[0]

    def local(at: datetime) -> date:
        return at.astimezone(zone).date()

    for day, received, total in await session.execute(
        select(RollCall.day, func.count(RollCallEntry.celsius), func.count())
        .join(RollCallEntry, RollCallEntry.rollcall_id == RollCall.id)
        .where(RollCall.building_id.in_(ids), RollCall.day >= first)
        .group_by(RollCall.day)
    ):
        if day in days:
            days[day].reports, days[day].missing = received, total - received
    for (taken_at,) in await session.execute(
        select(TemperatureReading.taken_at).where(
            TemperatureReading.building_id.in_(ids),
            TemperatureReading.fever.is_(True),
            TemperatureReading.taken_at >= since,
        )
    ):
        if local(taken_at) in days:
            days[local(taken_at)].fevers += 1
    for created_at, closed_at, status in await session.execute(
        select(Order.created_at, Order.closed_at, Order.status).where(
            Order.building_id.in_(ids),
            or_(Order.created_at >= since, Order.closed_at >= since),
        )
    ):
        if local(created_at) in days:
            days[local(created_at)].opened += 1
        if status == OrderStatus.DELIVERED.value and closed_at and local(closed_at) in days:
            days[local(closed_at)].delivered += 1
    for reported_at, acknowledged_at in await session.execute(
        select(Incident.reported_at, Incident.acknowledged_at).where(
            Incident.building_id.in_(ids), Incident.reported_at >= since
        )
    ):
        figures = days.get(local(reported_at))
        if figures is not None:
            figures.incidents += 1
            if acknowledged_at is not None:
                figures.ack_seconds.append((acknowledged_at - reported_at).total_seconds())
    return list(days.values())
