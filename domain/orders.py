"""Order use cases: create from a resident's message, claim, release, deliver, reject."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.order_rules import (
    TRANSITIONS,
    Actor,
    Denial,
    OrderAction,
    OrderStatus,
    needs_staff_check,
    permission,
)
from domain.ports import AdminCheck, OrderNotifier
from models.buildings import Building, member_of, next_order_number
from models.orders import Order, OrderEvent
from models.people import Person

if TYPE_CHECKING:
    from domain.understanding import Understanding


class Outcome(enum.StrEnum):
    """How a button press ended."""

    DONE = "done"
    DENIED = "denied"
    CONFLICT = "conflict"
    NOT_FOUND = "not-found"


@dataclass(frozen=True)
class ActionResult:
    """The result of a press: the order's status now, and who holds it."""

    outcome: Outcome
    status: OrderStatus | None = None
    holder_name: str | None = None
    denial: Denial | None = None


async def create_order(
    session: AsyncSession,
    clock: Clock,
    notifier: OrderNotifier,
    *,
    building: Building,
    resident_id: int,
    source_message_id: int,
    text: str,
    understanding: Understanding,
) -> Order | None:
    """Turn a resident's message into a numbered order and queue its card; None if a duplicate."""
    now = clock.now()
    order = Order(
        building_id=building.id,
        number=await next_order_number(session, building.id),
        resident_id=resident_id,
        flat=understanding.flat,
        category=(understanding.category or "errand"),
        text=text,
        items=[asdict(item) for item in understanding.items],
        status=OrderStatus.OPEN,
        source_chat_id=building.chat_id,
        source_message_id=source_message_id,
        created_at=now,
        updated_at=now,
    )
    session.add(order)
    try:
        await session.flush()
    except IntegrityError:  # the same Telegram message already made an order
        await session.rollback()
        return None
    session.add(_event(order, resident_id, "create", None, now))
    await notifier.order_created(session, building, order)
    await session.commit()
    return order


async def act_on_order(
    session: AsyncSession,
    clock: Clock,
    notifier: OrderNotifier,
    *,
    order_id: int,
    action: OrderAction,
    actor_id: int,
    card_message_id: int | None,
    is_group_admin: AdminCheck,
) -> ActionResult:
    """Apply one button press; races are settled by a single conditional UPDATE."""
    order = await session.get(Order, order_id)
    if order is None:
        await session.rollback()
        return ActionResult(Outcome.NOT_FOUND)
    member = await member_of(session, order.building_id, actor_id)
    actor = Actor(
        person_id=actor_id,
        is_volunteer=bool(member and member.is_volunteer),
        is_staff=bool(member and member.is_staff),
    )
    if needs_staff_check(action, actor, order.resident_id, order.volunteer_id):
        await session.rollback()  # no transaction is held open while Telegram is asked
        if await is_group_admin():
            actor = Actor(actor_id, actor.is_volunteer, is_staff=True)
        await session.refresh(order)
    denial = permission(action, actor, order.resident_id, order.volunteer_id)
    if denial is not None:
        await session.rollback()
        return ActionResult(Outcome.DENIED, denial=denial)

    sources, target = TRANSITIONS[action]
    now = clock.now()
    previous = OrderStatus(order.status)
    values: dict[str, object] = {"status": target, "updated_at": now}
    if action is OrderAction.CLAIM:
        values.update(volunteer_id=actor_id, claimed_at=now)
    elif action is OrderAction.RELEASE:
        values.update(volunteer_id=None, claimed_at=None)
    else:
        values["closed_at"] = (
            now if target in (OrderStatus.DELIVERED, OrderStatus.REJECTED) else None
        )
    stmt = (
        update(Order)
        .where(Order.id == order_id, Order.status.in_([s.value for s in sources]))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if previous is OrderStatus.CLAIMED:
        # The claimer checked above must still be the claimer when the row changes.
        stmt = stmt.where(Order.volunteer_id == order.volunteer_id)
    changed = (await session.execute(stmt)).rowcount  # type: ignore[attr-defined]
    await session.refresh(order)
    if changed != 1:
        holder = await session.get(Person, order.volunteer_id) if order.volunteer_id else None
        result = ActionResult(
            Outcome.CONFLICT, OrderStatus(order.status), holder.full_name if holder else None
        )
        await session.rollback()
        return result
    session.add(_event(order, actor_id, action.value, previous, now))
    building = await session.get(Building, order.building_id)
    assert building is not None
    await notifier.order_changed(session, building, order, card_message_id or order.card_message_id)
    if action is OrderAction.DELIVER:
        await notifier.order_delivered(session, building, order)
    await session.commit()
    return ActionResult(Outcome.DONE, OrderStatus(order.status))


async def attach_card(session: AsyncSession, order_id: int, message_id: int) -> None:
    """Remember which Telegram message is the order's card (called by the sender)."""
    await session.execute(
        update(Order).where(Order.id == order_id).values(card_message_id=message_id)
    )


async def order_for_card(session: AsyncSession, order_id: int) -> Order | None:
    """An order by id (for rendering)."""
    return (await session.execute(select(Order).where(Order.id == order_id))).scalar_one_or_none()


def _event(
    order: Order, actor_id: int | None, action: str, previous: OrderStatus | None, now: object
) -> OrderEvent:
    return OrderEvent(
        order_id=order.id,
        actor_id=actor_id,
        action=action,
        from_status=previous.value if previous else None,
        to_status=order.status,
        at=now,
    )
