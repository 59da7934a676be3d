"""/order as a reply: a resident turns a message of their own into an order."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.members import registered_flat
from domain.orders import open_order
from domain.ports import OrderNotifier
from domain.understanding import understand
from models.buildings import Building
from models.orders import Order


class ReplyOrderOutcome(enum.StrEnum):
    """How an /order reply ended."""

    OPENED = "opened"
    ALREADY = "already"
    NOT_YOURS = "not_yours"


@dataclass(frozen=True)
class ReplyOrder:
    """The outcome, with the order opened or found."""

    outcome: ReplyOrderOutcome
    order: Order | None = None


async def order_from_reply(
    session: AsyncSession,
    clock: Clock,
    notifier: OrderNotifier,
    *,
    building: Building,
    person_id: int,
    author_id: int | None,
    message_id: int,
    text: str,
) -> ReplyOrder:
    """Open an order for the person's own message (its understood category, else errand)."""
    if author_id != person_id:  # an order is the resident's own ask; nobody orders for another
        return ReplyOrder(ReplyOrderOutcome.NOT_YOURS)
    taken = select(Order).where(
        Order.source_chat_id == building.chat_id, Order.source_message_id == message_id
    )
    existing = (await session.scalars(taken)).first()
    if existing is not None:
        return ReplyOrder(ReplyOrderOutcome.ALREADY, existing)
    flat = await registered_flat(session, building.id, person_id)
    order = await open_order(
        session,
        clock,
        notifier,
        building=building,
        resident_id=person_id,
        source_message_id=message_id,
        text=text,
        understanding=understand(text, registered_flat=flat),
    )
    if order is None:  # raced with the same message read as an order
        return ReplyOrder(ReplyOrderOutcome.ALREADY, (await session.scalars(taken)).first())
    return ReplyOrder(ReplyOrderOutcome.OPENED, order)
