"""The ledger import as it was written before it went bulk: row by row through the registry's
own use cases (update_household, register_quarantine, pair_household). Tests hold the bulk
`apply_import` to the same results and the same ledger."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.household_ledger import update_household
from domain.ledger_import import ImportPlan, RowResult
from domain.ledger_terms import DEFAULT_TYPE, QuarantineType, needs_column
from domain.pairing import PairOutcome, pair_household
from domain.quarantine_registry import household_standing, register_quarantine
from models.buildings import Building
from models.households import Household, QuarantineAction


async def apply_row_by_row(
    session: AsyncSession,
    clock: Clock,
    plan: ImportPlan,
    buildings: dict[str, Building],
    *,
    today: date,
) -> list[RowResult]:
    """Write every planned row, one at a time, several statements each."""
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
        results.append(
            RowResult(
                planned.row,
                data.building,
                data.flat,
                existing is None,
                changed,
                change,
                start,
                paired,
            )
        )
    return results
