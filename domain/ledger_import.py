"""Bulk import of the household ledger from the lists staff keep (rows of cells, any headers in
the column list, Chinese or English), and the rows an export writes.

Nothing is half imported: every row is read and checked first, and one bad row (a flat, date,
type or number that cannot be read, a flat twice, a building the community does not have)
means nothing is written; the caller prints one line per problem. An empty cell leaves what the
ledger has (an import adds and updates, it never erases); a household's quarantine is
registered, or corrected when it already has one, and recorded as an import.

The rows are applied in bulk (`apply_import`): a few queries and multi-row statements for the
whole file, not several per row, so 9,000 rows take seconds; each row's result is the one the
registry's use cases (update_household, register_quarantine, pair_household) would give it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import Table, bindparam, case, func, insert, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.household_columns import Column, LedgerRow, column_for
from domain.ledger_terms import DEFAULT_TYPE, LedgerValueError, QuarantineType, needs_column
from domain.pairing import may_be_paired
from domain.quarantine_calendar import last_day
from domain.quarantine_registry import Change, Outcome, building_quarantines, flat_order, standing
from models.base import Base
from models.buildings import Building, Member
from models.households import (
    Household,
    Need,
    Quarantine,
    QuarantineAction,
    QuarantineChange,
    QuarantineKind,
)
from models.pairing import Pairing
from models.people import Person

_T = TypeVar("_T")

HEADER_SEARCH_ROWS = 5
"""A title row ("3号楼隔离台账") may sit above the headers; they are looked for this far down."""


@dataclass(frozen=True)
class Problem:
    """A row that cannot be imported: which row (as the spreadsheet numbers it), which column
    (as headed in the file), the value, and what is wrong (`kind`: bad, duplicate, no_start,
    no_building, unknown_building; `field` names what a bad value should have been)."""

    row: int
    kind: str
    column: str = ""
    value: str = ""
    field: str = ""
    first: int = 0
    """For a duplicate: the row the flat was first on."""


@dataclass(frozen=True)
class PlannedRow:
    """A row read and checked: its number and the values of its non-empty cells."""

    row: int
    data: LedgerRow
    filled: frozenset[str]


@dataclass
class ImportPlan:
    """Every row read from a file, the problems found, and headers nobody knows."""

    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    """Column key -> the header the file used for it."""
    has_flat: bool = True
    volunteers: dict[int, int] = field(default_factory=dict)
    """Row number -> the person id its 包户 volunteer cell names (check_volunteers)."""


@dataclass(frozen=True)
class RowResult:
    """What importing one row changed."""

    row: int
    building: str
    flat: str
    created: bool
    household: dict[str, list[Any]]
    quarantine: Change | None
    start: str = ""
    """The start date the row gave, as read."""
    paired: str | None = None
    """The volunteer the household was paired with (as the cell named them), if it changed."""


def _find_header(table: list[list[str]]) -> int | None:
    for index, cells in enumerate(table[:HEADER_SEARCH_ROWS]):
        if any((c := column_for(cell)) is not None and c.key == "flat" for cell in cells):
            return index
    return None


_UNREAD = object()


def read_rows(table: list[list[str]], *, today: date, building: str | None) -> ImportPlan:
    """Read a table (header row, then data rows) into checked rows and problems.

    `building` is the building of rows without a building cell (the --building option).
    """
    plan = ImportPlan()
    header_index = _find_header(table)
    if header_index is None:
        plan.has_flat = False
        return plan
    columns: list[Column | None] = []
    for cell in table[header_index]:
        column = column_for(cell) if cell.strip() else None
        if column is not None and column.key in plan.headers:
            column = None  # a second column of the same kind is not read
        if column is None:
            if cell.strip():
                plan.ignored.append(cell.strip())
        else:
            plan.headers[column.key] = cell.strip()
        columns.append(column)
    first_row: dict[tuple[str, str], int] = {}
    read: dict[tuple[str, str], Any] = {}
    """(column, cell) -> its value, or the LedgerValueError it raised: a list repeats its
    values (dates, types, people, needs; flats across buildings), each is read once."""
    for offset, cells in enumerate(table[header_index + 1 :]):
        number = header_index + offset + 2  # as the spreadsheet numbers rows
        if not any(cell.strip() for cell in cells):
            continue
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for column, cell in zip(columns, cells, strict=False):
            if column is None or not cell.strip():
                continue
            value = read.get((column.key, cell), _UNREAD)
            if value is _UNREAD:
                try:
                    value = column.parse(cell, today)
                except LedgerValueError as exc:
                    value = exc
                read[(column.key, cell)] = value
            if isinstance(value, LedgerValueError):
                problems.append(Problem(number, "bad", plan.headers[column.key], cell, value.field))
            else:
                values[column.key] = value
        if "flat" not in values and not any(p.field == "flat" for p in problems):
            problems.append(Problem(number, "bad", plan.headers["flat"], "", "flat"))
        values.setdefault("building", building)
        if values["building"] is None:
            problems.append(Problem(number, "no_building"))
        if (
            "type" in values
            and "start" not in values
            and not any(p.field == "date" for p in problems)
        ):
            problems.append(
                Problem(
                    number, "no_start", plan.headers["type"], table_cell(cells, columns, "type")
                )
            )
        start = values.get("start")
        if start is not None and not problems:
            days = values["type"].days if "type" in values else DEFAULT_TYPE.days
            if start + timedelta(days=days - 1) < today:
                cell = table_cell(cells, columns, "start")
                problems.append(Problem(number, "over", plan.headers["start"], cell))
        if problems:
            plan.problems.extend(problems)
            continue
        key = (values["building"], values["flat"])
        if key in first_row:
            plan.problems.append(
                Problem(
                    number,
                    "duplicate",
                    plan.headers["flat"],
                    values["flat"],
                    first=first_row[key],
                )
            )
            continue
        first_row[key] = number
        filled = frozenset(k for k in values if k != "building")
        plan.rows.append(PlannedRow(number, LedgerRow(**values), filled))
    return plan


def table_cell(cells: list[str], columns: list[Column | None], key: str) -> str:
    """The cell of a row under the column with this key."""
    for column, cell in zip(columns, cells, strict=False):
        if column is not None and column.key == key:
            return cell
    return ""


async def community_buildings(session: AsyncSession, community: str) -> dict[str, Building]:
    """The community's set-up buildings by name."""
    stmt = select(Building).where(Building.community == community, Building.name.is_not(None))
    return {b.name: b for b in (await session.execute(stmt)).scalars() if b.name}


def check_buildings(
    plan: ImportPlan, buildings: dict[str, Building], building_option: str | None
) -> None:
    """Rows naming a building the community does not have become problems."""
    kept = []
    for planned in plan.rows:
        name = planned.data.building
        if name in buildings:
            kept.append(planned)
            continue
        column = plan.headers.get("building", "--building") if name != building_option else ""
        plan.problems.append(
            Problem(planned.row, "unknown_building", column or "--building", name or "")
        )
    plan.rows = kept
    plan.problems.sort(key=lambda p: p.row)


async def check_volunteers(
    session: AsyncSession, plan: ImportPlan, buildings: dict[str, Building]
) -> None:
    """Rows whose 包户 volunteer is unknown, or not a volunteer of the row's building, become
    problems (the file is then refused whole); the others' volunteers are resolved.

    Three queries whatever the number of rows: the people named by @username, those named by
    Telegram id, and their memberships in the rows' buildings."""
    named = [planned for planned in plan.rows if planned.data.volunteer is not None]
    if not named:
        return
    refs = {planned.data.volunteer or "" for planned in named}
    usernames = sorted({ref.lstrip("@").lower() for ref in refs if ref.startswith("@")})
    ids = sorted({int(ref) for ref in refs if not ref.startswith("@")})
    by_username: dict[str, Person] = {}
    for names in _chunks(usernames):
        newest_first = (
            select(Person)
            .where(func.lower(Person.username).in_(names))
            .order_by(Person.updated_at.desc(), Person.id)
        )
        for found in (await session.execute(newest_first)).scalars():
            # the person last seen with the name, as person_by_username picks
            by_username.setdefault((found.username or "").lower(), found)
    by_id: dict[int, Person] = {}
    for some_ids in _chunks(ids):
        people = (await session.execute(select(Person).where(Person.id.in_(some_ids)))).scalars()
        by_id.update((found.id, found) for found in people)
    person_ids = sorted({p.id for p in by_username.values()} | set(by_id))
    building_ids = sorted({buildings[p.data.building or ""].id for p in named})
    members: dict[tuple[int, int], Member] = {}
    for some_people in _chunks(person_ids):
        of_buildings = select(Member).where(
            Member.person_id.in_(some_people), Member.building_id.in_(building_ids)
        )
        for member in (await session.execute(of_buildings)).scalars():
            members[(member.building_id, member.person_id)] = member
    kept = []
    for planned in plan.rows:
        ref = planned.data.volunteer
        if ref is None:
            kept.append(planned)
            continue
        column = plan.headers.get("volunteer", "")
        if ref.startswith("@"):
            person: Person | None = by_username.get(ref.lstrip("@").lower())
        else:
            person = by_id.get(int(ref))
        if person is None:
            plan.problems.append(Problem(planned.row, "unknown_volunteer", column, ref))
            continue
        building = buildings[planned.data.building or ""]
        if not may_be_paired(members.get((building.id, person.id))):
            plan.problems.append(Problem(planned.row, "not_volunteer", column, ref))
            continue
        plan.volunteers[planned.row] = person.id
        kept.append(planned)
    plan.rows = kept
    plan.problems.sort(key=lambda p: p.row)


async def plan_import(
    session: AsyncSession,
    table: list[list[str]],
    buildings: dict[str, Building],
    *,
    today: date,
    building: str | None,
) -> ImportPlan:
    """Read and check a table for the community of `buildings`: every importer's first step
    (the command line's and the console's). With problems (or no flat column) nothing may be
    applied."""
    plan = read_rows(table, today=today, building=building)
    if plan.has_flat:
        check_buildings(plan, buildings, building)
        await check_volunteers(session, plan, buildings)
    return plan


CHUNK = 500
"""Values per IN list or multi-row statement (well under SQLite's and asyncpg's limits)."""

LEDGER_FIELDS = ("people", "language", "phone", "note", "needs")
"""The household fields a row may set, in the order its result names them."""


def _chunks(items: Sequence[_T], size: int = CHUNK) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class OpenQuarantine:
    """A household's quarantine not ended by staff, as the import reads it."""

    id: int
    household_id: int
    kind: str
    start_date: date
    days: int
    ended_on: date | None = None


def _table(model: type[Base]) -> Table:
    """A model's table, for statements run as Core (executemany, no ORM objects)."""
    return cast(Table, model.__table__)


def _insert(session: AsyncSession) -> Any:
    """The dialect's INSERT, which has ON CONFLICT (SQLite and PostgreSQL alike)."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


async def _ledger_of(
    session: AsyncSession, building_ids: Sequence[int]
) -> dict[tuple[int, str], dict[str, Any]]:
    """Every household of these buildings: (building id, flat) -> id and ledger fields."""
    table = _table(Household)
    columns = [table.c.id, table.c.building_id, table.c.flat]
    columns += [table.c[key] for key in LEDGER_FIELDS]
    found = {}
    for chunk in _chunks(building_ids):
        stmt = select(*columns).where(table.c.building_id.in_(chunk))
        for row in (await session.execute(stmt)).mappings():
            found[(row["building_id"], row["flat"])] = dict(row)
    return found


async def _open_quarantines(
    session: AsyncSession, building_ids: Sequence[int]
) -> dict[int, OpenQuarantine]:
    """The open quarantine of each household of these buildings, by household id."""
    q = _table(Quarantine)
    found = {}
    for chunk in _chunks(building_ids):
        stmt = (
            select(q.c.id, q.c.household_id, q.c.kind, q.c.start_date, q.c.days, q.c.ended_on)
            .join(Household, Household.id == q.c.household_id)
            .where(Household.building_id.in_(chunk), q.c.ended_on.is_(None))
        )
        for row in (await session.execute(stmt)).all():
            found[row.household_id] = OpenQuarantine(*row)
    return found


async def _pairings(session: AsyncSession, building_ids: Sequence[int]) -> dict[int, int]:
    """Household id -> the volunteer it is paired with, for these buildings."""
    found: dict[int, int] = {}
    for chunk in _chunks(building_ids):
        stmt = (
            select(Pairing.household_id, Pairing.volunteer_id)
            .join(Household, Household.id == Pairing.household_id)
            .where(Household.building_id.in_(chunk))
        )
        found.update((h, v) for h, v in (await session.execute(stmt)).all())
    return found


async def _write_households(
    session: AsyncSession,
    now: datetime,
    plan: ImportPlan,
    keys: dict[int, tuple[int, str]],
    ledger: dict[tuple[int, str], dict[str, Any]],
) -> tuple[dict[int, dict[str, list[Any]]], set[int]]:
    """Create the households the ledger lacks and set the fields rows fill that differ, in a
    few statements: one multi-row INSERT … ON CONFLICT DO NOTHING, one UPDATE (executemany)
    per set of fields changed. Per row: the fields changed (before, after), and the rows that
    created their household."""
    wanted: dict[int, dict[str, Any]] = {}
    for planned in plan.rows:
        data = planned.data
        values: dict[str, Any] = {
            key: getattr(data, key)
            for key in ("people", "language", "phone", "note")
            if key in planned.filled
        }
        if "needs" in planned.filled:
            values["needs"] = needs_column(data.needs or ())
        wanted[planned.row] = values
    table = _table(Household)
    blank = {"people": None, "language": None, "phone": None, "note": None, "needs": ""}
    new_rows = [row for row, key in keys.items() if key not in ledger]
    created: set[int] = set()
    if new_rows:
        params = [
            {
                "building_id": keys[row][0],
                "flat": keys[row][1],
                **blank,
                **wanted[row],
                "updated_by": None,
                "created_at": now,
                "updated_at": now,
            }
            for row in new_rows
        ]
        stmt = (
            _insert(session)(table)
            .on_conflict_do_nothing(index_elements=["building_id", "flat"])
            .returning(table.c.id, table.c.building_id, table.c.flat)
        )
        inserted: dict[tuple[int, str], int] = {}
        for chunk in _chunks(params):
            result = await session.execute(stmt, list(chunk))
            inserted.update(((b, f), i) for i, b, f in result.all())
        for row in new_rows:
            household_id = inserted.get(keys[row])
            if household_id is not None:
                ledger[keys[row]] = {"id": household_id, **blank, **wanted[row]}
                created.add(row)
        raced = {keys[row] for row in new_rows if row not in created}
        if raced:  # another writer added these meanwhile: they are updated like the others
            again = await _ledger_of(session, sorted({b for b, _ in raced}))
            ledger.update((key, again[key]) for key in raced)
    changed: dict[int, dict[str, list[Any]]] = {}
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row, key in keys.items():
        current = blank if row in created else ledger[key]
        diff = {
            name: [current[name], value]
            for name, value in wanted[row].items()
            if current[name] != value
        }
        changed[row] = diff
        if diff and row not in created:
            names = tuple(sorted(diff))
            updates[names].append(
                {"_id": current["id"], **{f"_{name}": diff[name][1] for name in names}}
            )
    for names, params in updates.items():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(f"_{name}") for name in names})
            .values(updated_by=None, updated_at=now)
        )
        for chunk in _chunks(params):
            await session.execute(stmt, list(chunk))
    return changed, created


async def _write_quarantines(
    session: AsyncSession,
    now: datetime,
    plan: ImportPlan,
    household_ids: dict[int, int],
    building_ids: dict[int, int],
    open_by_household: dict[int, OpenQuarantine],
    *,
    today: date,
) -> dict[int, Change]:
    """Register or correct the quarantine of each row with a start date, as
    register_quarantine would one at a time (and recorded as IMPORT), in a few statements."""
    changes: dict[int, Change] = {}
    to_close: list[dict[str, Any]] = []
    to_insert: dict[int, dict[str, Any]] = {}
    to_correct: dict[int, tuple[OpenQuarantine, OpenQuarantine]] = {}
    flats = {planned.row: planned.data.flat for planned in plan.rows}
    for planned in plan.rows:
        data = planned.data
        if data.start is None:
            continue
        household_id = household_ids[planned.row]
        current = open_by_household.get(household_id)
        kind = data.type
        if kind is None:  # a start alone keeps the type of the quarantine it is in
            if current is not None and last_day(current) >= today:
                kind = QuarantineType(QuarantineKind(current.kind), current.days)
            else:
                kind = DEFAULT_TYPE
        ends = data.start + timedelta(days=kind.days - 1)
        if ends < today:
            changes[planned.row] = Change(Outcome.OVER, detail={"last_day": ends.isoformat()})
            continue
        if current is not None and last_day(current) < today:  # ran its course: closed
            to_close.append({"_id": current.id, "_ended_on": last_day(current)})
            current = None
        if current is None:
            to_insert[planned.row] = {
                "household_id": household_id,
                "building_id": building_ids[planned.row],
                "kind": str(kind.kind),
                "start_date": data.start,
                "days": kind.days,
                "ended_on": None,
                "created_by": None,
                "created_at": now,
                "updated_at": now,
            }
            continue
        after = replace(current, kind=str(kind.kind), start_date=data.start, days=kind.days)
        if after == current:
            changes[planned.row] = Change(Outcome.UNCHANGED, standing(data.flat, current, today))
        else:
            to_correct[planned.row] = (current, after)
    q = _table(Quarantine)
    if to_close:
        stmt = (
            update(q)
            .where(q.c.id == bindparam("_id"), q.c.ended_on.is_(None))
            .values(ended_on=bindparam("_ended_on"), updated_at=now)
        )
        for closing in _chunks(to_close):
            await session.execute(stmt, list(closing))
    records: list[dict[str, Any]] = []
    if to_insert:
        stmt = (
            _insert(session)(q)
            .on_conflict_do_nothing(
                index_elements=["household_id"], index_where=q.c.ended_on.is_(None)
            )
            .returning(q.c.id, q.c.household_id)
        )
        inserted: dict[int, int] = {}
        for inserting in _chunks(list(to_insert.values())):
            result = await session.execute(stmt, list(inserting))
            inserted.update((household_id, i) for i, household_id in result.all())
        for row, values in to_insert.items():
            new_id = inserted.get(values["household_id"])
            if new_id is None:  # another register won the race for this household
                changes[row] = Change(Outcome.CONFLICT)
                continue
            detail = {
                "start_date": [None, values["start_date"].isoformat()],
                "kind": [None, values["kind"]],
                "days": [None, values["days"]],
            }
            registered = OpenQuarantine(
                new_id, values["household_id"], values["kind"], values["start_date"], values["days"]
            )
            changes[row] = Change(
                Outcome.REGISTERED, standing(flats[row], registered, today), detail
            )
            records.append(_change_record(new_id, detail, now))
    corrections = list(to_correct.items())
    for chunk in _chunks(corrections, CHUNK // 5):
        stmt = (
            update(q)
            .where(
                tuple_(q.c.id, q.c.start_date, q.c.kind, q.c.days).in_(
                    [(old.id, old.start_date, old.kind, old.days) for _, (old, _) in chunk]
                ),
                q.c.ended_on.is_(None),
            )
            .values(
                start_date=case({old.id: new.start_date for _, (old, new) in chunk}, value=q.c.id),
                kind=case({old.id: new.kind for _, (old, new) in chunk}, value=q.c.id),
                days=case({old.id: new.days for _, (old, new) in chunk}, value=q.c.id),
                updated_at=now,
            )
            .returning(q.c.id)
        )
        done = set((await session.execute(stmt)).scalars())
        for row, (old, new) in chunk:
            if old.id not in done:  # someone changed it meanwhile: nothing written
                changes[row] = Change(Outcome.CONFLICT)
                continue
            detail = {
                key: [_plain(getattr(old, key)), _plain(getattr(new, key))]
                for key in ("start_date", "kind", "days")
                if getattr(old, key) != getattr(new, key)
            }
            changes[row] = Change(Outcome.CORRECTED, standing(flats[row], new, today), detail)
            records.append(_change_record(old.id, detail, now))
    if records:
        for recording in _chunks(records):
            await session.execute(insert(_table(QuarantineChange)), list(recording))
    return changes


async def _write_pairings(
    session: AsyncSession,
    now: datetime,
    plan: ImportPlan,
    household_ids: dict[int, int],
    building_ids: dict[int, int],
    paired_before: dict[int, int],
) -> dict[int, str]:
    """Pair each row's household with the volunteer check_volunteers resolved (one multi-row
    INSERT … ON CONFLICT DO UPDATE, as pair_household does one at a time); the rows whose
    pairing changed, with the volunteer as their cell named them."""
    params = []
    paired: dict[int, str] = {}
    for planned in plan.rows:
        volunteer_id = plan.volunteers.get(planned.row)
        if volunteer_id is None:
            continue
        household_id = household_ids[planned.row]
        if paired_before.get(household_id) == volunteer_id:
            continue
        params.append(
            {
                "household_id": household_id,
                "building_id": building_ids[planned.row],
                "volunteer_id": volunteer_id,
                "paired_by": None,
                "paired_at": now,
            }
        )
        paired[planned.row] = planned.data.volunteer or ""
    if params:
        table = _table(Pairing)
        stmt = _insert(session)(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=["household_id"],
            set_={"volunteer_id": stmt.excluded.volunteer_id, "paired_by": None},
        )
        for chunk in _chunks(params):
            await session.execute(stmt, list(chunk))
    return paired


async def apply_import(
    session: AsyncSession,
    clock: Clock,
    plan: ImportPlan,
    buildings: dict[str, Building],
    *,
    today: date,
) -> list[RowResult]:
    """Write every planned row (the caller commits, or rolls back for a dry run).

    In bulk, whatever the number of rows: the buildings' households, open quarantines and
    pairings are read in one query each, compared in memory, and written in a few multi-row
    statements (households created, fields changed, quarantines closed, registered and
    corrected, their quarantine_changes, pairings); each row's result is what
    update_household, register_quarantine (recorded as IMPORT) and pair_household would have
    done to it one at a time. Conditional as theirs: a household or quarantine another writer
    created meanwhile is not created twice, and a quarantine changed meanwhile is a CONFLICT."""
    if not plan.rows:
        return []
    now = clock.now()
    keys: dict[int, tuple[int, str]] = {}
    for planned in plan.rows:
        assert planned.data.building is not None
        keys[planned.row] = (buildings[planned.data.building].id, planned.data.flat)
    building_ids = sorted({building_id for building_id, _ in keys.values()})
    ledger = await _ledger_of(session, building_ids)
    open_by_household = await _open_quarantines(session, building_ids)
    paired_before = await _pairings(session, building_ids) if plan.volunteers else {}
    changed, created = await _write_households(session, now, plan, keys, ledger)
    household_ids = {row: ledger[key]["id"] for row, key in keys.items()}
    row_buildings = {row: key[0] for row, key in keys.items()}
    changes = await _write_quarantines(
        session, now, plan, household_ids, row_buildings, open_by_household, today=today
    )
    paired = await _write_pairings(session, now, plan, household_ids, row_buildings, paired_before)
    return [
        RowResult(
            planned.row,
            planned.data.building or "",
            planned.data.flat,
            planned.row in created,
            changed[planned.row],
            changes.get(planned.row),
            planned.data.start.isoformat() if planned.data.start else "",
            paired.get(planned.row),
        )
        for planned in plan.rows
    ]


async def export_rows(
    session: AsyncSession, buildings: list[Building], *, today: date
) -> list[LedgerRow]:
    """The ledger of these buildings as rows: every household, with the quarantine it is in
    (or is due to start); ended ones are history, not exported."""
    rows: list[LedgerRow] = []
    for building in sorted(buildings, key=lambda b: flat_order(b.name or "")):
        standings = {s.flat: s for s in await building_quarantines(session, building.id, today)}
        stmt = select(Household).where(Household.building_id == building.id)
        households = sorted(
            (await session.execute(stmt)).scalars(), key=lambda h: flat_order(h.flat)
        )
        paired = dict(
            (
                await session.execute(
                    select(Pairing.household_id, Person)
                    .join(Person, Person.id == Pairing.volunteer_id)
                    .where(Pairing.building_id == building.id)
                )
            ).all()
        )
        for household in households:
            current = standings.get(household.flat)
            volunteer = paired.get(household.id)
            row = LedgerRow(
                flat=household.flat,
                building=building.name,
                people=household.people,
                language=household.language,
                phone=household.phone,
                needs=tuple(need for need in Need if need in household.need_set),
                note=household.note,
                volunteer=_volunteer_cell(volunteer),
            )
            if current is not None:
                row = replace(
                    row,
                    start=current.start_date,
                    type=QuarantineType(current.kind, current.days),
                )
            rows.append(row)
    return rows


def _volunteer_cell(person: Person | None) -> str | None:
    """A paired volunteer as an export names them: @username, else the Telegram id."""
    if person is None:
        return None
    return f"@{person.username}" if person.username else str(person.id)


def _plain(value: Any) -> Any:
    """A value as a quarantine change's detail records it (dates as ISO text)."""
    return value.isoformat() if isinstance(value, date) else value


def _change_record(quarantine_id: int, detail: dict[str, Any], now: datetime) -> dict[str, Any]:
    """A quarantine_changes row for an imported change (by nobody: the import)."""
    return {
        "quarantine_id": quarantine_id,
        "action": QuarantineAction.IMPORT.value,
        "detail": detail,
        "by": None,
        "at": now,
    }
