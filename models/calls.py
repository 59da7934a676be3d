"""吹哨 volunteer calls (staff ask for N volunteers at a time) and who signed up for them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class VolunteerCall(Base):
    """A call posted in a building's group, or in a community's staff group for the volunteers
    of all its buildings: a task, a time, and how many volunteers it needs."""

    __tablename__ = "volunteer_calls"
    __table_args__ = (
        Index("ix_volunteer_calls_remind", "status", "remind_at"),
        CheckConstraint("(building_id IS NULL) <> (staff_group_id IS NULL)", name="one_place"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("buildings.id"), index=True)
    """The building whose group it is posted in; None for a community-wide call."""
    staff_group_id: Mapped[int | None] = mapped_column(ForeignKey("staff_groups.id"), index=True)
    """The staff group a community-wide call is posted in; None for a building's call."""
    community: Mapped[str | None] = mapped_column(String(64))
    """A community-wide call's community (whose buildings' volunteers may sign up)."""
    title: Mapped[str] = mapped_column(String(128))
    day: Mapped[date] = mapped_column(Date)
    """The community's local date of `starts_at`."""
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    remind_at: Mapped[datetime] = mapped_column(UTCDateTime)
    """When those signed up are reminded (an hour before the start)."""
    slots: Mapped[int] = mapped_column(Integer)
    taken: Mapped[int] = mapped_column(Integer, default=0)
    """How many signed up; only a conditional UPDATE (taken < slots) moves it up."""
    status: Mapped[str] = mapped_column(String(16))
    created_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    """The group message, once Telegram took it."""


class CallSignup(Base):
    """One volunteer in a call; reminded once."""

    __tablename__ = "call_signups"
    __table_args__ = (UniqueConstraint("call_id", "person_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("volunteer_calls.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CallCopy(Base):
    """A community-wide call's short copy in one of the community's building groups (a live
    message of purpose "call_copy" whose ref_id is this row's id), with the same sign-up
    buttons: volunteers need not be members of the staff group."""

    __tablename__ = "call_copies"
    __table_args__ = (UniqueConstraint("call_id", "building_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("volunteer_calls.id"), index=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))


async def call_signups(session: AsyncSession, call_id: int) -> list[CallSignup]:
    """A call's sign-ups, first come first."""
    stmt = select(CallSignup).where(CallSignup.call_id == call_id).order_by(CallSignup.id)
    return list((await session.scalars(stmt)).all())
