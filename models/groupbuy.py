"""接龙 lists seen in a group, and 需求清单: what a building ordered in one round, merged.

A merge (`DemandList`) gathers the round's open goods orders and/or a 接龙 into parts, one per
household; the shopping list is summed from the parts, the delivery list shows them per floor,
each with a button, on one or more group messages (`DemandPage`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class DemandList(Base):
    """需求清单: one merge of a building's round, by a staff member or the lead."""

    __tablename__ = "demand_lists"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"), index=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class GroupList(Base):
    """A 接龙 message seen in a building's group (its text kept; read again when merged)."""

    __tablename__ = "group_lists"
    __table_args__ = (UniqueConstraint("building_id", "message_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    message_id: Mapped[int] = mapped_column(BigInteger)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    title: Mapped[str] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)
    households: Mapped[int] = mapped_column(Integer)
    demand_id: Mapped[int | None] = mapped_column(ForeignKey("demand_lists.id"), index=True)
    """The merge that took it (or a later version of it); NULL while in the round."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DemandPage(Base):
    """One group message of a delivery list (40 households a message at most)."""

    __tablename__ = "demand_pages"
    __table_args__ = (UniqueConstraint("demand_id", "page"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    demand_id: Mapped[int] = mapped_column(ForeignKey("demand_lists.id"))
    page: Mapped[int] = mapped_column(Integer)
    message_id: Mapped[int | None] = mapped_column(BigInteger)


class DemandPart(Base):
    """What goes to one household in a merge; delivered with who and when."""

    __tablename__ = "demand_parts"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    demand_id: Mapped[int] = mapped_column(ForeignKey("demand_lists.id"), index=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("demand_pages.id"), index=True)
    flat: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(String(64))
    """A name written on the 接龙 instead of a flat."""
    floor: Mapped[str] = mapped_column(String(48))
    """Where on the delivery list: building-unit and floor ("3-2|05"), "" when no flat."""
    shop: Mapped[str] = mapped_column(String(64))
    """The shop named in the message, else "category:<category>"."""
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    list_line: Mapped[int | None] = mapped_column(Integer)
    """The number of the 接龙 line it came from."""
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))


async def demand_parts(session: AsyncSession, demand_id: int) -> list[DemandPart]:
    """A merge's parts, in delivery-list order."""
    stmt = select(DemandPart).where(DemandPart.demand_id == demand_id).order_by(DemandPart.id)
    return list((await session.execute(stmt)).scalars())


async def page_parts(session: AsyncSession, page_id: int) -> list[DemandPart]:
    """The parts one delivery-list message shows."""
    stmt = select(DemandPart).where(DemandPart.page_id == page_id).order_by(DemandPart.id)
    return list((await session.execute(stmt)).scalars())


async def demand_pages(session: AsyncSession, demand_id: int) -> list[DemandPage]:
    """A merge's delivery-list messages in order."""
    stmt = select(DemandPage).where(DemandPage.demand_id == demand_id).order_by(DemandPage.page)
    return list((await session.execute(stmt)).scalars())


async def attach_demand_page(session: AsyncSession, page_id: int, message_id: int) -> None:
    """Remember which Telegram message shows a page (called by the sender once it is sent)."""
    stmt = (
        update(DemandPage)
        .where(DemandPage.id == page_id, DemandPage.message_id.is_(None))
        .values(message_id=message_id)
    )
    await session.execute(stmt)


async def deliver_order_parts(
    session: AsyncSession, order_id: int, actor_id: int, now: datetime
) -> list[int]:
    """The order was delivered from its card: its parts of delivery lists not yet ticked are
    marked delivered with it (one conditional UPDATE); the ids of every page of those lists,
    whose progress line changes, else none."""
    changed = await session.execute(
        update(DemandPart)
        .where(DemandPart.order_id == order_id, DemandPart.delivered_at.is_(None))
        .values(delivered_at=now, delivered_by=actor_id)
        .returning(DemandPart.demand_id)
        .execution_options(synchronize_session=False)
    )
    demands = set(changed.scalars())
    if not demands:
        return []
    stmt = select(DemandPage.id).where(DemandPage.demand_id.in_(demands)).order_by(DemandPage.id)
    return list((await session.scalars(stmt)).all())
