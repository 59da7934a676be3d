"""Temperature roll calls (接龙): one per building and slot, an entry per household due."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class RollCall(Base):
    """A roll call posted (or to be posted) in a building's group at one slot instant."""

    __tablename__ = "rollcalls"
    __table_args__ = (UniqueConstraint("building_id", "at"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    """The slot instant (UTC)."""
    day: Mapped[date] = mapped_column(Date)
    """The community's local date of `at`."""
    local_time: Mapped[str] = mapped_column(String(5))
    """`at` as the community reads it (HH:MM), shown on the message."""
    open_until: Mapped[datetime] = mapped_column(UTCDateTime)
    """End of the local day: readings after it no longer fill this roll call."""
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    """The group message, once Telegram took it."""
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """When the grace period's check ran (the lead was given the missing list)."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RollCallEntry(Base):
    """A household due in a roll call, with its latest reading once reported."""

    __tablename__ = "rollcall_entries"
    __table_args__ = (
        UniqueConstraint("rollcall_id", "household_id"),
        UniqueConstraint("reading_id"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    rollcall_id: Mapped[int] = mapped_column(ForeignKey("rollcalls.id"))
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    flat: Mapped[str] = mapped_column(String(32))
    celsius: Mapped[float | None] = mapped_column(Numeric(4, 1, asdecimal=False))
    fever: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    reading_id: Mapped[int | None] = mapped_column(ForeignKey("temperature_readings.id"))
    """The reading shown (the latest); each reading fills one entry at most."""
    reported_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source_message_id: Mapped[int | None] = mapped_column(BigInteger)
    reports: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """How many readings came in; more than one means the latest replaced the others."""


class WelfareCheck(Base):
    """A vulnerable household silent for two roll calls in a row: someone must call or knock."""

    __tablename__ = "welfare_checks"
    __table_args__ = (UniqueConstraint("household_id", "rollcall_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    rollcall_id: Mapped[int] = mapped_column(ForeignKey("rollcalls.id"), index=True)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    checked_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finding: Mapped[str | None] = mapped_column(Text)
    prompt_message_id: Mapped[int | None] = mapped_column(BigInteger)
    """The private "what did you find?" message the checker answers by replying."""


async def rollcall_entries(session: AsyncSession, rollcall_id: int) -> list[RollCallEntry]:
    """A roll call's entries in flat order."""
    stmt = (
        select(RollCallEntry)
        .where(RollCallEntry.rollcall_id == rollcall_id)
        .order_by(RollCallEntry.flat, RollCallEntry.id)
    )
    return list((await session.scalars(stmt)).all())


async def rollcall_at(session: AsyncSession, building_id: int, at: datetime) -> RollCall | None:
    """The building's roll call of a slot instant, if it was created."""
    stmt = select(RollCall).where(RollCall.building_id == building_id, RollCall.at == at)
    return (await session.scalars(stmt)).first()
