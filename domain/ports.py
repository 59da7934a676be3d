"""What the domain needs from the outside world, as protocols (no Telegram here)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from models.buildings import Building
from models.health import TemperatureReading
from models.orders import Order

AdminCheck = Callable[[], Awaitable[bool]]


class OrderNotifier(Protocol):
    """Queues what people must see about an order, inside the caller's transaction."""

    async def order_created(
        self, session: AsyncSession, building: Building, order: Order
    ) -> None: ...

    async def order_changed(
        self, session: AsyncSession, building: Building, order: Order, card_message_id: int | None
    ) -> None: ...

    async def order_delivered(
        self, session: AsyncSession, building: Building, order: Order
    ) -> None: ...


class HealthNotifier(Protocol):
    """Queues what people must see about a resident's health report."""

    async def fever_reported(
        self, session: AsyncSession, building: Building, reading: TemperatureReading
    ) -> None: ...


class Notifier(OrderNotifier, HealthNotifier, Protocol):
    """Everything the group-message intake may need to tell."""
