"""包户 orders after the reservation: the volunteer claims privately, or the window passes and
the card opens to everyone. Each is one conditional UPDATE, re-checking the state it changes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.order_rules import Denial, OrderStatus
from domain.orders import ActionResult, Outcome
from domain.pairing import end_reservation, may_be_paired, reservation_of
from domain.ports import OrderNotifier, PairingNotifier
from models.buildings import Building, member_of
from models.orders import Order, OrderEvent
from models.pairing import OrderReservation
from models.people import Person


async def claim_offer(
    session: AsyncSession,
    clock: Clock,
    notifier: OrderNotifier,
    pairing: PairingNotifier,
    *,
    order_id: int,
    actor_id: int,
) -> ActionResult:
    """The paired volunteer presses Claim on the private offer (during the window or after it,
    while nobody has taken the order). Only the person it was offered to, still the household's
    volunteer or the lead; the claim is the card's own conditional UPDATE (open → claimed)."""
    order = await session.get(Order, order_id)
    reservation = await reservation_of(session, order_id)
    if order is None or reservation is None:
        return ActionResult(Outcome.NOT_FOUND)
    if reservation.volunteer_id != actor_id:
        return ActionResult(Outcome.FOREIGN)
    if not may_be_paired(await member_of(session, order.building_id, actor_id)):
        return ActionResult(Outcome.DENIED, denial=Denial.NOT_VOLUNTEER)
    now = clock.now()
    stmt = (
        update(Order)
        .where(Order.id == order_id, Order.status == OrderStatus.OPEN.value)
        .values(
            status=OrderStatus.CLAIMED.value, volunteer_id=actor_id, claimed_at=now, updated_at=now
        )
        .execution_options(synchronize_session=False)
    )
    changed = (await session.execute(stmt)).rowcount  # type: ignore[attr-defined]
    await session.refresh(order)
    if changed != 1:
        holder = await session.get(Person, order.volunteer_id) if order.volunteer_id else None
        return ActionResult(
            Outcome.CONFLICT, OrderStatus(order.status), holder.full_name if holder else None
        )
    await end_reservation(session, order_id, now)
    session.add(
        OrderEvent(
            order_id=order.id,
            actor_id=actor_id,
            action="claim",
            from_status=OrderStatus.OPEN.value,
            to_status=order.status,
            detail="paired",
            at=now,
        )
    )
    building = await session.get(Building, order.building_id)
    assert building is not None
    await notifier.order_changed(session, building, order, order.card_message_id)
    await pairing.offer_taken(session, building, order, reservation)
    return ActionResult(Outcome.DONE, OrderStatus.CLAIMED)


async def due_windows(session: AsyncSession, now: datetime) -> list[int]:
    """Reservations whose window has passed and that are not yet opened, oldest first.

    One whose order's card is not yet in the group (the sender has not stored its id) waits: the
    card would be drawn reserved and never redrawn. An order no longer open needs no card.
    """
    stmt = (
        select(OrderReservation.id)
        .join(Order, Order.id == OrderReservation.order_id)
        .where(
            OrderReservation.opened_at.is_(None),
            OrderReservation.until <= now,
            or_(Order.card_message_id.is_not(None), Order.status != OrderStatus.OPEN.value),
        )
        .order_by(OrderReservation.until, OrderReservation.id)
    )
    return list((await session.execute(stmt)).scalars())


async def open_window(
    session: AsyncSession,
    clock: Clock,
    notifier: OrderNotifier,
    *,
    reservation_id: int,
    pairing: PairingNotifier,
) -> bool:
    """The window passed: open the card to everyone if the order is still open (exactly once,
    by one conditional UPDATE of `opened_at`), and say so on the volunteer's private offer.
    True if this call opened the card."""
    now = clock.now()
    stmt = (
        update(OrderReservation)
        .where(
            OrderReservation.id == reservation_id,
            OrderReservation.opened_at.is_(None),
            OrderReservation.until <= now,
        )
        .values(opened_at=now)
        .execution_options(synchronize_session=False)
    )
    if (await session.execute(stmt)).rowcount != 1:  # type: ignore[attr-defined]
        return False  # another run (or process) took it
    reservation = await session.get(OrderReservation, reservation_id)
    assert reservation is not None
    order = await session.get(Order, reservation.order_id)
    if order is None or order.status != OrderStatus.OPEN.value:
        return False  # claimed (by the volunteer) or closed in the window: nothing to open
    session.add(
        OrderEvent(
            order_id=order.id,
            actor_id=None,
            action="window-open",
            from_status=order.status,
            to_status=order.status,
            detail=f"for:{reservation.volunteer_id}",
            at=now,
        )
    )
    building = await session.get(Building, order.building_id)
    assert building is not None
    await notifier.order_changed(session, building, order, order.card_message_id)
    await pairing.offer_opened(session, building, order, reservation)
    return True
