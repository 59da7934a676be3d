"""Order use cases: open from a resident's message, claim, release, deliver, reject, correct."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.order_follow_up import opening_follow_up, order_moved, order_opened
from domain.order_rules import (
    CORRECTABLE,
    PRIVATE_ACTIONS,
    TARGETED_ACTIONS,
    TRANSITIONS,
    Actor,
    Denial,
    OrderAction,
    OrderStatus,
    needs_staff_check,
    permission,
)
from domain.pairing import end_reservation, reserve_for_pair, reserved_for_another
from domain.ports import OrderNotifier
from models.base import insert_new_row
from models.buildings import Building, member_of
from models.claims import is_postgres
from models.groupbuy import deliver_order_parts
from models.order_follow_ups import FollowUpKind
from models.orders import Order, OrderEvent, next_order_number, open_order_row
from models.people import Person

if TYPE_CHECKING:
    from domain.understanding import Understanding

DEFAULT_CATEGORY = "errand"


class Outcome(enum.StrEnum):
    """How a button press ended."""

    DONE = "done"
    DENIED = "denied"
    CONFLICT = "conflict"
    NOT_FOUND = "not-found"
    FOREIGN = "foreign"  # the press did not come from this order's card


@dataclass(frozen=True)
class CardPress:
    """Where a button was pressed: forged data may name any order from any chat."""

    chat_id: int
    message_id: int


@dataclass(frozen=True)
class ActionResult:
    """The result of a press: the order's status now, and who holds it."""

    outcome: Outcome
    status: OrderStatus | None = None
    holder_name: str | None = None
    denial: Denial | None = None


async def open_order(
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
    """Add a numbered order and queue its card (the caller commits); None if a duplicate."""
    now = clock.now()
    category = str(understanding.category or DEFAULT_CATEGORY)
    values = dict(
        building_id=building.id,
        resident_id=resident_id,
        flat=understanding.flat,
        category=category,
        text=text,
        items=[asdict(item) for item in understanding.items],
        status=OrderStatus.OPEN.value,
        source_chat_id=building.chat_id,
        source_message_id=source_message_id,
        created_at=now,
        updated_at=now,
    )
    postgres = is_postgres(session)
    pair: tuple[int | None] | None = None
    if postgres:
        # the number, the order, its "create" event and first follow-up and its household's
        # pairing in one statement
        urgent, due = await opening_follow_up(
            session, building, category=category, flat=understanding.flat, at=now
        )
        opened = await open_order_row(
            session,
            {**values, "urgent": urgent},
            actor_id=resident_id,
            follow_up_kind=FollowUpKind.UNCLAIMED.value,
            follow_up_due=due,
        )
        if opened is None:  # this message is an order already
            return None
        order, paired = opened
        pair = (paired,)
    else:
        number = await next_order_number(session, building.id, building.chat_id, source_message_id)
        if number is None:  # this message is an order already
            return None
        unique = ("source_chat_id", "source_message_id")  # the same Telegram message, raced
        row = await insert_new_row(session, Order, {**values, "number": number}, unique=unique)
        if row is None:
            return None
        order = row
        session.add(_event(order, resident_id, "create", None, now))
    # the reads below need none of the rows added meanwhile: they go in one flush, at the
    # update's commit, not one flush before each read
    with session.no_autoflush:
        if not postgres:  # written with the order on PostgreSQL
            await order_opened(session, building, order, now)
        reservation = await reserve_for_pair(
            session, clock, building=building, order=order, pair=pair
        )
        await notifier.order_created(session, building, order, reservation)
    if reservation is not None:
        await notifier.order_reserved(session, building, order, reservation)
    return order


async def act_on_order(
    session: AsyncSession,
    clock: Clock,
    notifier: OrderNotifier,
    *,
    order_id: int,
    action: OrderAction,
    actor_id: int,
    pressed: CardPress | None,
    group_admin: bool = False,
    category: str | None = None,
    private: bool = False,
) -> ActionResult:
    """Apply one button press; races are settled by a single conditional UPDATE.

    `group_admin`: Telegram's answer, asked beforehand when needs_admin_answer says so.
    `private`: the press came from a private question about the order (a follow-up asking its
    volunteer), not from its card: the rights are checked all the same.
    ASSIGN and REASSIGN name a volunteer: they go through domain.dispatch.dispatch, never here.
    """
    if action in TARGETED_ACTIONS:
        return ActionResult(Outcome.FOREIGN)
    checked = await _checked(session, order_id, action, actor_id, pressed, group_admin, private)
    if isinstance(checked, ActionResult):
        return checked
    order = checked
    now = clock.now()
    if action is OrderAction.CLAIM and await reserved_for_another(session, order_id, actor_id, now):
        return ActionResult(Outcome.DENIED, denial=Denial.RESERVED)
    previous = OrderStatus(order.status)
    previous_volunteer = order.volunteer_id
    stmt = update(Order).where(Order.id == order_id).execution_options(synchronize_session=False)
    if action is OrderAction.RECATEGORIZE:
        detail: str | None = f"{order.category}>{category}"
        stmt = stmt.where(Order.status.in_([s.value for s in CORRECTABLE])).values(
            category=category, updated_at=now
        )
    else:
        detail = None
        sources, target = TRANSITIONS[action]
        stmt = stmt.where(Order.status.in_([s.value for s in sources])).values(
            status=target, updated_at=now, **_stamps(action, actor_id, now)
        )
    if previous is OrderStatus.CLAIMED:
        # The claimer checked above must still be the claimer when the row changes.
        stmt = stmt.where(Order.volunteer_id == order.volunteer_id)
    changed = (await session.execute(stmt)).rowcount  # type: ignore[attr-defined]
    await session.refresh(order)
    if changed != 1:
        return await _conflict(session, order)
    session.add(_event(order, actor_id, action.value, previous, now, detail))
    if action is OrderAction.CLAIM:  # 包户: a release after this opens it to everyone
        await end_reservation(session, order_id, now)
    building = await session.get(Building, order.building_id)
    assert building is not None
    await order_moved(
        session,
        building,
        order,
        previous=previous,
        previous_volunteer=previous_volunteer,
        now=now,
    )
    await notifier.order_changed(session, building, order, _card_id(order, pressed))
    if action is OrderAction.DELIVER:
        await notifier.order_delivered(session, building, order)
        # merged into a 需求清单: its household's line there is delivered too
        pages = await deliver_order_parts(session, order.id, actor_id, now)
        if pages:
            await notifier.demand_changed(session, pages)
    return ActionResult(Outcome.DONE, OrderStatus(order.status))


async def may_correct(
    session: AsyncSession,
    *,
    order_id: int,
    actor_id: int,
    pressed: CardPress | None,
    group_admin: bool = False,
) -> ActionResult:
    """Whether this person may correct the order's reading (DONE means yes); changes nothing."""
    checked = await _checked(
        session, order_id, OrderAction.RECATEGORIZE, actor_id, pressed, group_admin
    )
    if isinstance(checked, ActionResult):
        return checked
    status = OrderStatus(checked.status)
    if status not in CORRECTABLE:
        return ActionResult(Outcome.CONFLICT, status)
    return ActionResult(Outcome.DONE, status)


async def attach_card(session: AsyncSession, order_id: int, message_id: int) -> None:
    """Remember which Telegram message is the order's card (called by the sender)."""
    await session.execute(
        update(Order).where(Order.id == order_id).values(card_message_id=message_id)
    )


async def needs_admin_answer(
    session: AsyncSession,
    *,
    order_id: int,
    action: OrderAction,
    actor_id: int,
    pressed: CardPress | None,
) -> bool:
    """Whether only group-admin rights could allow this press on its card: ask Telegram first."""
    order = await session.get(Order, order_id)
    if order is None or not await _on_its_card(session, order, pressed):
        return False
    actor = await _actor(session, order, actor_id, group_admin=False)
    return needs_staff_check(action, actor, order.resident_id, order.volunteer_id)


async def _checked(
    session: AsyncSession,
    order_id: int,
    action: OrderAction,
    actor_id: int,
    pressed: CardPress | None,
    group_admin: bool,
    private: bool = False,
    off_card: bool = False,
) -> Order | ActionResult:
    """The order if this person may do this to it, else the refusal.

    `off_card`: not a button press at all (the staff console), so there is no card to check
    the press against; the rights are checked all the same.
    """
    order = await session.get(Order, order_id)
    if order is None:
        return ActionResult(Outcome.NOT_FOUND)
    in_private = private or in_holders_chat(order, action, actor_id, pressed)
    if not (in_private or off_card) and not await _on_its_card(session, order, pressed):
        return ActionResult(Outcome.FOREIGN)
    actor = await _actor(session, order, actor_id, group_admin=group_admin and not in_private)
    denial = permission(action, actor, order.resident_id, order.volunteer_id)
    if denial is not None:
        return ActionResult(Outcome.DENIED, denial=denial)
    return order


async def _actor(session: AsyncSession, order: Order, actor_id: int, *, group_admin: bool) -> Actor:
    """The presser's roles in the order's building; a group admin counts as staff."""
    member = await member_of(session, order.building_id, actor_id)
    return Actor(
        person_id=actor_id,
        is_volunteer=bool(member and member.is_volunteer),
        is_staff=bool(member and member.is_staff) or group_admin,
        is_lead=bool(member and member.is_lead),
    )


def in_holders_chat(
    order: Order, action: OrderAction, actor_id: int, pressed: CardPress | None
) -> bool:
    """A press on the order's card in its holder's private chat with the bot (an assignment
    notice, /myorders): there only the holder can press, and only Delivered or Release."""
    return (
        pressed is not None
        and action in PRIVATE_ACTIONS
        and pressed.chat_id == actor_id
        and order.volunteer_id == actor_id
    )


async def _on_its_card(session: AsyncSession, order: Order, pressed: CardPress | None) -> bool:
    """The press came from the order's own card in its building's group.

    Group-admin rights are then checked in the right chat, and edits go to the right message.
    """
    building = await session.get(Building, order.building_id)
    if pressed is None or building is None or pressed.chat_id != building.chat_id:
        return False
    return order.card_message_id in (None, pressed.message_id)


def _card_id(order: Order, pressed: CardPress | None) -> int | None:
    """The card to redraw: the one stored, else (before the sender stored it) the one pressed
    in the group (a press in a private chat names a message there, not the group's card)."""
    in_group = pressed is not None and pressed.chat_id < 0  # groups' ids are negative
    return order.card_message_id or (pressed.message_id if pressed and in_group else None)


async def _conflict(session: AsyncSession, order: Order) -> ActionResult:
    holder = await session.get(Person, order.volunteer_id) if order.volunteer_id else None
    return ActionResult(
        Outcome.CONFLICT, OrderStatus(order.status), holder.full_name if holder else None
    )


def _stamps(action: OrderAction, actor_id: int, now: datetime) -> dict[str, object]:
    if action is OrderAction.CLAIM:
        return {"volunteer_id": actor_id, "claimed_at": now}
    if action in (OrderAction.RELEASE, OrderAction.UNASSIGN):
        return {
            "volunteer_id": None,
            "claimed_at": None,
            "assigned_by_id": None,
            "assignee_unreached": False,
        }
    return {"closed_at": now}


def _event(
    order: Order,
    actor_id: int | None,
    action: str,
    previous: OrderStatus | None,
    now: datetime,
    detail: str | None = None,
) -> OrderEvent:
    return OrderEvent(
        order_id=order.id,
        actor_id=actor_id,
        action=action,
        from_status=previous.value if previous else None,
        to_status=order.status,
        detail=detail,
        at=now,
    )


async def redraw_card(
    session: AsyncSession, notifier: OrderNotifier, *, order_id: int, pressed: CardPress
) -> bool:
    """Queue the card as the order now stands (back from the category picker)."""
    order = await session.get(Order, order_id)
    building = await session.get(Building, order.building_id) if order else None
    if order is None or building is None or not await _on_its_card(session, order, pressed):
        return False
    await notifier.order_changed(session, building, order, _card_id(order, pressed))
    return True
