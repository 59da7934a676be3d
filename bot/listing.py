"""Text lists of orders for /orders and /myorders."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cards import mention
from bot.l10n import Markup, Translator
from domain.order_rules import ACTIVE_STATUSES, OrderStatus
from models.buildings import Building
from models.orders import orders_with_status
from models.people import Person

LIMIT = 30


async def render_open_orders(session: AsyncSession, t: Translator, building: Building) -> str:
    """The building's open and claimed orders, oldest first."""
    orders = await orders_with_status(
        session, ACTIVE_STATUSES, building_id=building.id, limit=LIMIT + 1
    )
    name = building.name or building.chat_title
    if not orders:
        return t("orders-empty", building=name)
    people = await _people(session, {o.volunteer_id for o in orders if o.volunteer_id})
    lines = [t("orders-header", building=name, count=len(orders[:LIMIT]))]
    for order in orders[:LIMIT]:
        if order.status == OrderStatus.CLAIMED:
            status = t.label(
                "status-claimed", volunteer=mention(people.get(order.volunteer_id or 0))
            )
        else:
            status = t.label("status-open")
        lines.append(
            t.label(
                "orders-line",
                number=order.number,
                category=Markup(t.label(f"category-{order.category}")),
                flat=order.flat or Markup(t.label("flat-unknown")),
                status=Markup(status),
            )
        )
    if len(orders) > LIMIT:
        lines.append(t.label("orders-more", count=len(orders) - LIMIT))
    return "\n".join(lines)


async def render_my_orders(session: AsyncSession, t: Translator, volunteer_id: int) -> str:
    """The orders a volunteer has claimed and not yet delivered."""
    orders = await orders_with_status(
        session, (OrderStatus.CLAIMED.value,), volunteer_id=volunteer_id, limit=LIMIT
    )
    if not orders:
        return t("myorders-empty")
    buildings = {
        b.id: b
        for b in (
            await session.execute(
                select(Building).where(Building.id.in_({o.building_id for o in orders}))
            )
        ).scalars()
    }
    lines = [t("myorders-header", count=len(orders))]
    for order in orders:
        building = buildings[order.building_id]
        lines.append(
            t.label(
                "myorders-line",
                number=order.number,
                building=building.name or building.chat_title,
                category=Markup(t.label(f"category-{order.category}")),
                flat=order.flat or Markup(t.label("flat-unknown")),
            )
        )
    return "\n".join(lines)


async def _people(session: AsyncSession, ids: set[int]) -> dict[int, Person]:
    if not ids:
        return {}
    rows = await session.execute(select(Person).where(Person.id.in_(ids)))
    return {p.id: p for p in rows.scalars()}
