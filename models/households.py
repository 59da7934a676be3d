"""The community's ledger (台账) of households, and their quarantines with every change recorded."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    select,
    text,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime, insert_new


class Need(enum.StrEnum):
    """Special needs the ledger records for a household (stored space-separated)."""

    LIVING_ALONE = "living_alone"
    ELDERLY = "elderly"
    CHRONIC = "chronic"
    DIALYSIS = "dialysis"
    PREGNANCY = "pregnancy"
    DISABILITY = "disability"


VULNERABLE = frozenset({Need.LIVING_ALONE, Need.ELDERLY, Need.CHRONIC})
"""Needs that make two missed roll calls in a row a welfare check (issue 10)."""


class Household(Base):
    """One flat of a building as the ledger knows it: people, language, phone, needs, note."""

    __tablename__ = "households"
    __table_args__ = (UniqueConstraint("building_id", "flat"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    flat: Mapped[str] = mapped_column(String(32))
    people: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(8))
    """zh, en or both; None follows the group's language."""
    phone: Mapped[str | None] = mapped_column(String(32))
    needs: Mapped[str] = mapped_column(String(128), default="", server_default="")
    """Space-separated Need values."""
    note: Mapped[str | None] = mapped_column(Text)
    """The ledger note alerts show (独居老人 心脏病 …)."""
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    @property
    def need_set(self) -> frozenset[Need]:
        """The needs as enum members (unknown words from old data are ignored)."""
        known = {need.value for need in Need}
        return frozenset(Need(word) for word in self.needs.split() if word in known)


class QuarantineKind(enum.StrEnum):
    """How a quarantine runs; the number of days is stored on the row."""

    HOME = "home"
    """14 days home quarantine (居家隔离)."""
    HOME_THEN_MONITOR = "home_monitor"
    """7 days home observation + 7 days health monitoring (7+7)."""
    CUSTOM = "custom"
    """A number of days staff chose."""


class Quarantine(Base):
    """A household's quarantine: day 1 is start_date; it ends after `days` days or when ended."""

    __tablename__ = "quarantines"
    __table_args__ = (
        Index("ix_quarantines_household_ended", "household_id", "ended_on"),
        # One quarantine open per household: a second register races into this, not past it.
        Index(
            "uq_quarantines_open_household",
            "household_id",
            unique=True,
            sqlite_where=text("ended_on IS NULL"),
            postgresql_where=text("ended_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default=QuarantineKind.HOME)
    start_date: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer, default=14)
    ended_on: Mapped[date | None] = mapped_column(Date)
    """Set when staff end it early (the last day it ran); None while it runs its course."""
    created_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class QuarantineAction(enum.StrEnum):
    """What a recorded change did."""

    REGISTER = "register"
    CORRECT = "correct"
    EXTEND = "extend"
    END = "end"
    IMPORT = "import"


class QuarantineChange(Base):
    """Who changed a quarantine, when, and what it was before (the ledger's audit trail)."""

    __tablename__ = "quarantine_changes"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    quarantine_id: Mapped[int] = mapped_column(ForeignKey("quarantines.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """Before/after values, e.g. {"days": [14, 17]}."""
    by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    """None when the change came from the import command, not a Telegram user."""
    at: Mapped[datetime] = mapped_column(UTCDateTime)


async def household_by_flat(session: AsyncSession, building_id: int, flat: str) -> Household | None:
    """The ledger's household for a flat of a building, if recorded."""
    stmt = select(Household).where(Household.building_id == building_id, Household.flat == flat)
    return (await session.execute(stmt)).scalar_one_or_none()


async def household_note(session: AsyncSession, building_id: int, flat: str | None) -> str | None:
    """The ledger note for a household, if any."""
    if flat is None:
        return None
    stmt = select(Household.note).where(
        Household.building_id == building_id, Household.flat == flat
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def get_or_create_household(
    session: AsyncSession, *, building_id: int, flat: str, now: datetime
) -> Household:
    """The ledger's household for a flat, created empty on first mention (race-safe)."""
    await insert_new(
        session,
        Household,
        {
            "building_id": building_id,
            "flat": flat,
            "needs": "",
            "created_at": now,
            "updated_at": now,
        },
        unique=("building_id", "flat"),
    )
    household = await household_by_flat(session, building_id, flat)
    assert household is not None  # inserted above or already there
    return household
