"""Body-temperature readings residents report in the group, kept per household."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Numeric, String, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class TemperatureReading(Base):
    """One reading (°C, one decimal) for a household, flagged when it is a fever."""

    __tablename__ = "temperature_readings"
    __table_args__ = (Index("ix_temperature_readings_building_flat", "building_id", "flat"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    flat: Mapped[str | None] = mapped_column(String(32))
    celsius: Mapped[float] = mapped_column(Numeric(4, 1, asdecimal=False))
    fever: Mapped[bool] = mapped_column(Boolean)
    source_message_id: Mapped[int] = mapped_column(BigInteger)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    """Indexed: the console counts today's fevers and charts 14 days of readings by it."""


async def fever_readings(
    session: AsyncSession, building_id: int, *, since: datetime, limit: int = 30
) -> list[TemperatureReading]:
    """Fever readings in a building since a moment, newest first."""
    stmt = (
        select(TemperatureReading)
        .where(
            TemperatureReading.building_id == building_id,
            TemperatureReading.fever.is_(True),
            TemperatureReading.taken_at >= since,
        )
        .order_by(TemperatureReading.taken_at.desc())
        .limit(limit)
    )
    return list((await session.execute(stmt)).scalars())
