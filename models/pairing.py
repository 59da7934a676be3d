"""包户: a volunteer responsible for a household, orders reserved for them, daily tasks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class Pairing(Base):
    """The volunteer (or, after a hand-back, the lead) responsible for one household."""

    __tablename__ = "pairings"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), unique=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"), index=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    paired_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    """None when the pairing came from the import command."""
    paired_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OrderReservation(Base):
    """An order of a paired household offered first to its volunteer, until `until`.

    `opened_at` is set once, by one conditional UPDATE, when the window passed and the card
    was opened to everyone (or found already taken).
    """

    __tablename__ = "order_reservations"
    __table_args__ = (Index("ix_order_reservations_due", "opened_at", "until"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), unique=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    until: Mapped[datetime] = mapped_column(UTCDateTime)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    offer_message_id: Mapped[int | None] = mapped_column(BigInteger)
    """The private message offering the order to the volunteer, once sent."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class HouseholdTask(Base):
    """One daily task (rubbish run, stairwell disinfection) of a paired household in quarantine."""

    __tablename__ = "household_tasks"
    __table_args__ = (
        UniqueConstraint("household_id", "kind", "day"),
        Index("ix_household_tasks_late", "late_told_at", "due_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[date] = mapped_column(Date)
    """The community's local date the task is for."""
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    local_time: Mapped[str] = mapped_column(String(5))
    """The due time as the community reads it ("09:00"), for lists."""
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    late_told_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """When the lead was told it was not done by its time (once)."""
