"""Temperature reports: stored per household; 37.3 °C and above is a fever."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Insert, Table, bindparam, exists, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.fever_rules import FEVER_CELSIUS
from domain.rollcall import fill_rollcall, fill_statement
from models.base import WRITES
from models.buildings import Building
from models.claims import is_postgres
from models.health import TemperatureReading


def is_fever(celsius: float) -> bool:
    """37.3 °C or higher (compared at one decimal, as reported)."""
    return round(celsius, 1) >= FEVER_CELSIUS


_READINGS = cast(Table, TemperatureReading.__table__)  # Core: no ORM bookkeeping
_COLUMNS = ("building_id", "person_id", "flat", "celsius", "fever", "source_message_id", "taken_at")


def _store_once(prefix: str) -> Insert:
    """The INSERT of `_STORE_ONCE`, its bind parameters named `prefix` + the column's name."""
    return (
        insert(_READINGS)
        .from_select(
            list(_COLUMNS),
            select(
                *(
                    bindparam(prefix + name, type_=_READINGS.c[name].type).label(name)
                    for name in _COLUMNS
                )
            ).where(
                ~exists().where(
                    _READINGS.c.building_id == bindparam(prefix + "building_id"),
                    _READINGS.c.source_message_id == bindparam(prefix + "source_message_id"),
                )
            ),
        )
        .returning(_READINGS.c.id)
    )


_STORE_ONCE = _store_once("")
"""The message's reading, unless that message's is on record: one statement, no unit of work."""

# named apart from the columns of the roll call's entries: an UPDATE would take a parameter
# named after one of its table's columns as a value to SET
_STORED = _store_once("s_").cte("stored")
_FILLED = (
    fill_statement(select(_STORED.c.id).scalar_subquery())
    .where(exists(select(_STORED.c.id)))
    .cte("filled")
)
_STORE_AND_FILL = select(
    select(_STORED.c.id).scalar_subquery(),
    select(_FILLED.c.rollcall_id).limit(1).scalar_subquery(),
).execution_options(**{WRITES: True})
"""PostgreSQL: `_STORE_ONCE` and domain.rollcall's fill of the open roll call in one statement
(one round trip a reading fewer): the roll call is filled only when the reading was stored."""


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
    values = _values(building, person_id, flat, celsius, message_id, clock)
    reading_id = (await session.execute(_STORE_ONCE, values)).scalar()
    if reading_id is None:
        return None
    return TemperatureReading(id=reading_id, **values)


async def store_and_fill_rollcall(
    session: AsyncSession,
    clock: Clock,
    *,
    building: Building,
    person_id: int,
    flat: str,
    celsius: float,
    message_id: int,
) -> tuple[TemperatureReading | None, int | None]:
    """PostgreSQL: `store_message_reading`, then domain.rollcall.fill_rollcall of the reading
    stored, in one statement; (the reading or None as there, the roll call filled or None)."""
    values = _values(building, person_id, flat, celsius, message_id, clock)
    fill = {
        "r_building_id": building.id,
        "r_now": values["taken_at"],
        "r_flat": flat,
        "r_celsius": values["celsius"],
        "r_fever": values["fever"],
        "r_reported_by": person_id,
        "r_source_message_id": message_id,
    }
    params = {**{f"s_{name}": value for name, value in values.items()}, **fill}
    reading_id, rollcall_id = (await session.execute(_STORE_AND_FILL, params)).one()
    if reading_id is None:
        return None, None
    return TemperatureReading(id=reading_id, **values), rollcall_id


async def record_reading(
    session: AsyncSession,
    clock: Clock,
    *,
    building: Building,
    person_id: int,
    flat: str | None,
    celsius: float,
    message_id: int,
) -> tuple[TemperatureReading | None, int | None]:
    """Store a message's reading and fill its household's roll call with it (one statement on
    PostgreSQL); (the reading, or None when that message's is on record already; the roll
    call filled or None)."""
    if flat is not None and is_postgres(session):
        return await store_and_fill_rollcall(
            session,
            clock,
            building=building,
            person_id=person_id,
            flat=flat,
            celsius=celsius,
            message_id=message_id,
        )
    reading = await store_message_reading(
        session,
        clock,
        building=building,
        person_id=person_id,
        flat=flat,
        celsius=celsius,
        message_id=message_id,
    )
    if reading is None:
        return None, None
    # one record, one fever alert, whichever way the reading came (a message, a reply to the
    # roll call, the button's prompt)
    return reading, await fill_rollcall(session, clock, building_id=building.id, reading=reading)


def _values(
    building: Building,
    person_id: int,
    flat: str | None,
    celsius: float,
    message_id: int,
    clock: Clock,
) -> dict[str, Any]:
    return {
        "building_id": building.id,
        "person_id": person_id,
        "flat": flat,
        "celsius": round(celsius, 1),
        "fever": is_fever(celsius),
        "source_message_id": message_id,
        "taken_at": clock.now(),
    }
