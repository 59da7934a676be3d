"""Follow-ups of orders nobody may forget: due times held in the database, each done once."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class FollowUpKind(enum.StrEnum):
    """What falls due: an order still unclaimed, a claimer to ask, a lead to tell of no answer."""

    UNCLAIMED = "unclaimed"
    """Still open: raised again in the group and sent to the lead."""
    ASK = "ask"
    """Claimed and not delivered: its volunteer is asked (Still on it / Release)."""
    LEAD = "lead"
    """The volunteer asked did not answer in time: the lead is told."""


class FollowUpOutcome(enum.StrEnum):
    """How a follow-up ended (None while it waits)."""

    DONE = "done"
    """It fell due with the order as it expected, and did what it does."""
    STALE = "stale"
    """The order moved on before it fell due (claimed, delivered, released, rejected)."""
    STILL = "still"
    """ASK: the volunteer answered Still on it."""
    RELEASED = "released"
    """ASK: the volunteer answered Release."""


class OrderFollowUp(Base):
    """One due follow-up of one order; `done_at` is set once, by one conditional UPDATE."""

    __tablename__ = "order_follow_ups"
    __table_args__ = (Index("ix_order_follow_ups_pending", "done_at", "due_at"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    """ASK and LEAD: the claimer it is about (stale if someone else holds the order now)."""
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(16))
    told: Mapped[int | None] = mapped_column(Integer)
    """How many people were told privately when it was done (0: the group was told instead)."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


async def due_follow_up_ids(session: AsyncSession, now: datetime, *, limit: int = 500) -> list[int]:
    """Follow-ups due and not yet done, oldest due first."""
    stmt = (
        select(OrderFollowUp.id)
        .where(OrderFollowUp.done_at.is_(None), OrderFollowUp.due_at <= now)
        .order_by(OrderFollowUp.due_at, OrderFollowUp.id)
        .limit(limit)
    )
    return list((await session.scalars(stmt)).all())


async def next_follow_up_due(session: AsyncSession) -> datetime | None:
    """When the next pending follow-up falls due (None: nothing waits)."""
    stmt = (
        select(OrderFollowUp.due_at)
        .where(OrderFollowUp.done_at.is_(None))
        .order_by(OrderFollowUp.due_at)
        .limit(1)
    )
    return (await session.scalars(stmt)).first()


async def finish(
    session: AsyncSession,
    follow_up_id: int,
    outcome: FollowUpOutcome,
    now: datetime,
    *,
    told: int | None = None,
) -> bool:
    """Mark a pending follow-up ended; False if it already was (someone else did it first)."""
    stmt = (
        update(OrderFollowUp)
        .where(OrderFollowUp.id == follow_up_id, OrderFollowUp.done_at.is_(None))
        .values(done_at=now, outcome=outcome.value, told=told)
        .execution_options(synchronize_session=False)
    )
    return bool((await session.execute(stmt)).rowcount == 1)  # type: ignore[attr-defined]


async def drop_pending(
    session: AsyncSession, order_id: int, kinds: tuple[FollowUpKind, ...], now: datetime
) -> None:
    """End an order's pending follow-ups of these kinds as stale (the order moved on)."""
    await session.execute(
        update(OrderFollowUp)
        .where(
            OrderFollowUp.order_id == order_id,
            OrderFollowUp.done_at.is_(None),
            OrderFollowUp.kind.in_([kind.value for kind in kinds]),
        )
        .values(done_at=now, outcome=FollowUpOutcome.STALE.value)
        .execution_options(synchronize_session=False)
    )


async def bring_forward(
    session: AsyncSession, order_id: int, kind: FollowUpKind, due_at: datetime
) -> None:
    """Make an order's pending follow-up of this kind due no later than `due_at`."""
    await session.execute(
        update(OrderFollowUp)
        .where(
            OrderFollowUp.order_id == order_id,
            OrderFollowUp.done_at.is_(None),
            OrderFollowUp.kind == kind.value,
            OrderFollowUp.due_at > due_at,
        )
        .values(due_at=due_at)
        .execution_options(synchronize_session=False)
    )
