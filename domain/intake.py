"""What happens to a resident's ordinary group message: it may become an order."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.members import registered_flat
from domain.orders import create_order
from domain.ports import OrderNotifier
from domain.understanding import Kind, Understanding, understand
from models.buildings import Building
from models.orders import Order


async def take_message(
    session: AsyncSession,
    clock: Clock,
    notifier: OrderNotifier,
    *,
    building: Building,
    person_id: int,
    message_id: int,
    text: str,
) -> tuple[Understanding, Order | None]:
    """Understand a group message and open an order when it asks for something."""
    flat = await registered_flat(session, building.id, person_id)
    reading = understand(text, registered_flat=flat)
    if reading.kind is not Kind.ORDER:
        return reading, None
    order = await create_order(
        session,
        clock,
        notifier,
        building=building,
        resident_id=person_id,
        source_message_id=message_id,
        text=text,
        understanding=reading,
    )
    return reading, order
