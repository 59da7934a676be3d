"""Temperature reports: stored per household; 37.3 °C and above is a fever."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.fever_rules import FEVER_CELSIUS
from models.buildings import Building
from models.health import TemperatureReading


def is_fever(celsius: float) -> bool:
    """37.3 °C or higher (compared at one decimal, as reported)."""
    return round(celsius, 1) >= FEVER_CELSIUS


def record_temperature(
    session: AsyncSession,
    clock: Clock,
    *,
    building: Building,
    person_id: int,
    flat: str | None,
    celsius: float,
    message_id: int,
) -> TemperatureReading:
    """Add a reading to the household's record (the caller commits)."""
    reading = TemperatureReading(
        building_id=building.id,
        person_id=person_id,
        flat=flat,
        celsius=round(celsius, 1),
        fever=is_fever(celsius),
        source_message_id=message_id,
        taken_at=clock.now(),
    )
    session.add(reading)
    return reading


async def message_reading_taken(session: AsyncSession, building_id: int, message_id: int) -> bool:
    """Whether this message's reading is already on record (the same message handled twice)."""
    taken = select(TemperatureReading.id).where(
        TemperatureReading.building_id == building_id,
        TemperatureReading.source_message_id == message_id,
    )
    return (await session.scalars(taken.limit(1))).first() is not None
