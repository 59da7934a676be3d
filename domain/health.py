"""Temperature reports: stored per household; 37.3 °C and above is a fever."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, exists, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.fever_rules import FEVER_CELSIUS
from models.buildings import Building
from models.health import TemperatureReading


def is_fever(celsius: float) -> bool:
    """37.3 °C or higher (compared at one decimal, as reported)."""
    return round(celsius, 1) >= FEVER_CELSIUS


_READINGS = cast(Table, TemperatureReading.__table__)  # Core: no ORM bookkeeping
_COLUMNS = ("building_id", "person_id", "flat", "celsius", "fever", "source_message_id", "taken_at")
_STORE_ONCE = (
    insert(_READINGS)
    .from_select(
        list(_COLUMNS),
        select(
            *(bindparam(name, type_=_READINGS.c[name].type).label(name) for name in _COLUMNS)
        ).where(
            ~exists().where(
                _READINGS.c.building_id == bindparam("building_id"),
                _READINGS.c.source_message_id == bindparam("source_message_id"),
            )
        ),
    )
    .returning(_READINGS.c.id)
)
"""The message's reading, unless that message's is on record: one statement, no unit of work."""


async def store_message_reading(
    session: AsyncSession,
    clock: Clock,
    *,
    building: Building,
    person_id: int,
    flat: str | None,
    celsius: float,
    message_id: int,
) -> TemperatureReading | None:
    """Add a message's reading to the household's record, in one statement; None when that
    message's reading is on record already (the same message handled twice). The reading
    returned is not in the session: it is written, with its id (the caller commits)."""
    values = {
        "building_id": building.id,
        "person_id": person_id,
        "flat": flat,
        "celsius": round(celsius, 1),
        "fever": is_fever(celsius),
        "source_message_id": message_id,
        "taken_at": clock.now(),
    }
    reading_id = (await session.execute(_STORE_ONCE, values)).scalar()
    if reading_id is None:
        return None
    return TemperatureReading(id=reading_id, **values)
