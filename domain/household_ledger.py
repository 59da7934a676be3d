"""Staff edit a household's ledger record: people, language, phone, needs, note."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from models.households import Household, get_or_create_household

EDITABLE = ("people", "language", "phone", "needs", "note")


async def update_household(
    session: AsyncSession,
    clock: Clock,
    *,
    building_id: int,
    flat: str,
    values: dict[str, Any],
    by: int | None,
) -> dict[str, list[Any]]:
    """Set the given fields of a household (created on first mention); before/after of each
    field that changed. One UPDATE of only those columns, so edits of other fields made at the
    same time are kept."""
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not ledger fields: {sorted(unknown)}")
    now = clock.now()
    household = await get_or_create_household(session, building_id=building_id, flat=flat, now=now)
    await session.refresh(household)
    changed = {
        key: [getattr(household, key), value]
        for key, value in values.items()
        if getattr(household, key) != value
    }
    if changed:
        await session.execute(
            update(Household)
            .where(Household.id == household.id)
            .values(**{key: after for key, (_, after) in changed.items()})
            .values(updated_by=by, updated_at=now)
        )
        await session.refresh(household)
    return changed
