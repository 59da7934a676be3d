"""Sampling rounds: the households sampled at home on one day, ticked off on the group's list."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class SamplingRound(Base):
    """One building's sampling day: the list posted the evening before, once."""

    __tablename__ = "sampling_rounds"
    __table_args__ = (UniqueConstraint("building_id", "day"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    day: Mapped[date] = mapped_column(Date)
    """The local date sampled."""
    window: Mapped[str] = mapped_column(String(16))
    """The window as posted ("08:00-11:00"), so the list still shows it if settings change."""
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """Set when the window ended and the lead was told who was not sampled."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SamplingPage(Base):
    """One group message of a round (a list longer than PAGE_SIZE households takes several)."""

    __tablename__ = "sampling_pages"
    __table_args__ = (UniqueConstraint("round_id", "page"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("sampling_rounds.id"))
    page: Mapped[int] = mapped_column(Integer)
    """0, 1, …: the message's place in the round."""
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    """Telegram's id once the send is confirmed."""


class SamplingEntry(Base):
    """A household on a round's list; ticked with who and when once sampled."""

    __tablename__ = "sampling_entries"
    __table_args__ = (UniqueConstraint("round_id", "household_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("sampling_rounds.id"))
    page_id: Mapped[int] = mapped_column(ForeignKey("sampling_pages.id"), index=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    flat: Mapped[str] = mapped_column(String(32))
    quarantine_day: Mapped[int] = mapped_column(Integer)
    sampled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sampled_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))


async def round_of(session: AsyncSession, building_id: int, day: date) -> SamplingRound | None:
    """A building's round for a local date, if its list was posted."""
    stmt = select(SamplingRound).where(
        SamplingRound.building_id == building_id, SamplingRound.day == day
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def round_entries(session: AsyncSession, round_id: int) -> list[SamplingEntry]:
    """Every household on a round's list, in list order."""
    stmt = (
        select(SamplingEntry).where(SamplingEntry.round_id == round_id).order_by(SamplingEntry.id)
    )
    return list((await session.execute(stmt)).scalars())


async def page_entries(session: AsyncSession, page_id: int) -> list[SamplingEntry]:
    """The households one message of a round lists, in list order."""
    stmt = select(SamplingEntry).where(SamplingEntry.page_id == page_id).order_by(SamplingEntry.id)
    return list((await session.execute(stmt)).scalars())


async def round_pages(session: AsyncSession, round_id: int) -> list[SamplingPage]:
    """A round's messages in order."""
    stmt = select(SamplingPage).where(SamplingPage.round_id == round_id).order_by(SamplingPage.page)
    return list((await session.execute(stmt)).scalars())


async def attach_page(session: AsyncSession, page_id: int, message_id: int) -> None:
    """Remember which Telegram message shows a page (called by the sender once it is sent)."""
    stmt = (
        update(SamplingPage)
        .where(SamplingPage.id == page_id, SamplingPage.message_id.is_(None))
        .values(message_id=message_id)
    )
    await session.execute(stmt)
