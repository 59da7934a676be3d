"""Bulk import of the household ledger from the lists staff keep (rows of cells, any headers in
the column list, Chinese or English), and the rows an export writes.

Nothing is half imported: every row is read and checked first, and one bad row (a flat, date,
type or number that cannot be read, a flat twice, a building the community does not have)
means nothing is written; the caller prints one line per problem. An empty cell leaves what the
ledger has (an import adds and updates, it never erases); a household's quarantine is
registered, or corrected when it already has one, and recorded as an import.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.household_columns import Column, LedgerRow, column_for
from domain.household_ledger import update_household
from domain.ledger_terms import DEFAULT_TYPE, LedgerValueError, QuarantineType, needs_column
from domain.pairing import PairOutcome, may_be_paired, pair_household
from domain.quarantine_registry import (
    Change,
    building_quarantines,
    flat_order,
    household_standing,
    register_quarantine,
)
from models.buildings import Building, member_of
from models.households import Household, Need, QuarantineAction
from models.pairing import Pairing
from models.people import Person, person_by_username

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
    for offset, cells in enumerate(table[header_index + 1 :]):
        number = header_index + offset + 2  # as the spreadsheet numbers rows
        if not any(cell.strip() for cell in cells):
            continue
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for column, cell in zip(columns, cells, strict=False):
            if column is None or not cell.strip():
                continue
            try:
                values[column.key] = column.parse(cell, today)
            except LedgerValueError as exc:
                problems.append(Problem(number, "bad", plan.headers[column.key], cell, exc.field))
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
    problems (the file is then refused whole); the others' volunteers are resolved."""
    kept = []
    for planned in plan.rows:
        ref = planned.data.volunteer
        if ref is None:
            kept.append(planned)
            continue
        column = plan.headers.get("volunteer", "")
        if ref.startswith("@"):
            person = await person_by_username(session, ref)
        else:
            person = await session.get(Person, int(ref))
        if person is None:
            plan.problems.append(Problem(planned.row, "unknown_volunteer", column, ref))
            continue
        building = buildings[planned.data.building or ""]
        if not may_be_paired(await member_of(session, building.id, person.id)):
            plan.problems.append(Problem(planned.row, "not_volunteer", column, ref))
            continue
        plan.volunteers[planned.row] = person.id
        kept.append(planned)
    plan.rows = kept
    plan.problems.sort(key=lambda p: p.row)


async def apply_import(
    session: AsyncSession,
    clock: Clock,
    plan: ImportPlan,
    buildings: dict[str, Building],
    *,
    today: date,
) -> list[RowResult]:
    """Write every planned row (the caller commits, or rolls back for a dry run)."""
    results = []
    for planned in plan.rows:
        data = planned.data
        assert data.building is not None
        building_id = buildings[data.building].id
        existing = await session.scalar(
            select(Household.id).where(
                Household.building_id == building_id, Household.flat == data.flat
            )
        )
        values: dict[str, Any] = {
            key: getattr(data, key)
            for key in ("people", "language", "phone", "note")
            if key in planned.filled
        }
        if "needs" in planned.filled:
            values["needs"] = needs_column(data.needs or ())
        changed = await update_household(
            session, clock, building_id=building_id, flat=data.flat, values=values, by=None
        )
        change = None
        if data.start is not None:
            kind = data.type
            if kind is None:
                current = await household_standing(session, building_id, data.flat, today)
                kind = QuarantineType(current.kind, current.days) if current else DEFAULT_TYPE
            change = await register_quarantine(
                session,
                clock,
                building_id=building_id,
                flat=data.flat,
                start=data.start,
                kind=kind,
                today=today,
                by=None,
                action=QuarantineAction.IMPORT,
            )
        paired = None
        volunteer_id = plan.volunteers.get(planned.row)
        if volunteer_id is not None:
            pairing = await pair_household(
                session,
                clock,
                building_id=building_id,
                flat=data.flat,
                volunteer_id=volunteer_id,
                by=None,
            )
            if pairing.outcome in (PairOutcome.PAIRED, PairOutcome.MOVED):
                paired = data.volunteer
        start = data.start.isoformat() if data.start else ""
        created = existing is None
        results.append(
            RowResult(
                planned.row, data.building, data.flat, created, changed, change, start, paired
            )
        )
    return results


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
