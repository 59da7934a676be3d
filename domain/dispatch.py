"""社区派单: staff and the building lead assign orders to volunteers, reassign and take them back.

An assigned order is held like a claimed one (status claimed, the volunteer has Delivered and
Release); `assigned_by_id` says who assigned it. Who may is `WHO_MAY` in domain/order_rules.py,
from which states `TRANSITIONS`; every change is one conditional UPDATE and one OrderEvent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.members import leave_volunteers
from domain.order_follow_up import order_moved
from domain.order_rules import (
    DISPATCH_ACTIONS,
    TARGETED_ACTIONS,
    TRANSITIONS,
    Denial,
    OrderAction,
    OrderStatus,
)
from domain.orders import (
    ActionResult,
    CardPress,
    Outcome,
    _card_id,
    _checked,
    _conflict,
    _event,
)
from domain.ports import DispatchNotifier
from models.buildings import Building, Member, member_of
from models.orders import Order, OrderEvent
from models.people import Person

PICKER_SIZE = 10
"""The volunteer picker lists at most this many, the least busy first (a card's short list)."""
HELD_COLUMN = "held"
HAND_BACK = "hand_back"
"""The event of an order a volunteer handed back by stepping down (/volunteer off)."""
UNREACHED = "unreached"
"""The event of an assignment notice Telegram refused (the volunteer never started the bot)."""
# Events after which an earlier assignment no longer stands.
HOLDER_CHANGES = (
    OrderAction.CLAIM.value,
    OrderAction.RELEASE.value,
    OrderAction.ASSIGN.value,
    OrderAction.REASSIGN.value,
    OrderAction.UNASSIGN.value,
    HAND_BACK,
)


@dataclass(frozen=True)
class VolunteerLoad:
    """A volunteer of the building and how many orders they hold now (in any building)."""

    person_id: int
    name: str
    held: int


@dataclass
class HandBack:
    """What a volunteer stepping down handed back (the `pairing` part adds households)."""

    orders: list[int] = field(default_factory=list)
    """Numbers of the orders reopened, in the volunteer's building."""


@dataclass(frozen=True)
class HeldOrder:
    """An order a volunteer holds, as their /today and /myorders list it."""

    order_id: int
    number: int
    building: str
    flat: str | None
    category: str
    assigned_by: str | None
    """Who assigned it; None when the volunteer claimed it themselves."""
    since: datetime | None


async def dispatch(
    session: AsyncSession,
    clock: Clock,
    notifier: DispatchNotifier,
    *,
    order_id: int,
    action: OrderAction,
    actor_id: int,
    pressed: CardPress | None,
    volunteer_id: int | None = None,
    group_admin: bool = False,
    off_card: bool = False,
) -> ActionResult:
    """Assign (or reassign) the order to `volunteer_id`, or take it back (UNASSIGN).

    Rights are read from the database at every press; the change is one conditional UPDATE
    from a state TRANSITIONS allows, so a Claim pressed at the same moment has one winner.
    `group_admin`: staff rights known otherwise (a group admin on the card; the console's
    staff of the building's community). `off_card`: from the staff console, not a card press
    (`pressed` is None; the stored card is redrawn).
    """
    if action not in DISPATCH_ACTIONS or (action in TARGETED_ACTIONS) != (volunteer_id is not None):
        return ActionResult(Outcome.FOREIGN)
    checked = await _checked(
        session, order_id, action, actor_id, pressed, group_admin, off_card=off_card
    )
    if isinstance(checked, ActionResult):
        return checked
    order = checked
    if volunteer_id is not None:
        member = await member_of(session, order.building_id, volunteer_id)
        if member is None or not member.is_volunteer:
            return ActionResult(Outcome.DENIED, denial=Denial.NOT_A_VOLUNTEER)
        if order.volunteer_id == volunteer_id:
            return await _conflict(session, order)  # already theirs: nothing to change
    now = clock.now()
    previous, holder = OrderStatus(order.status), order.volunteer_id
    sources, target = TRANSITIONS[action]
    stmt = (
        update(Order)
        .where(Order.id == order_id, Order.status.in_([s.value for s in sources]))
        .execution_options(synchronize_session=False)
    )
    if previous is OrderStatus.CLAIMED:
        stmt = stmt.where(Order.volunteer_id == holder)  # still held by whom we read
    if volunteer_id is not None:
        stmt = stmt.values(
            status=target,
            volunteer_id=volunteer_id,
            assigned_by_id=actor_id,
            assignee_unreached=False,
            claimed_at=now,
            updated_at=now,
        )
        detail = f"{holder}>{volunteer_id}" if holder else f"to {volunteer_id}"
    else:
        stmt = stmt.values(status=target, updated_at=now, **_reopened())
        detail = f"from {holder}"
    changed = (await session.execute(stmt)).rowcount  # type: ignore[attr-defined]
    await session.refresh(order)
    if changed != 1:
        return await _conflict(session, order)
    event = _event(order, actor_id, action.value, previous, now, detail)
    session.add(event)
    await session.flush()  # the private notice refers to the event
    building = await session.get(Building, order.building_id)
    assert building is not None
    # an assignment is a claim to the follow-ups, a take-back a release
    await order_moved(
        session, building, order, previous=previous, previous_volunteer=holder, now=now
    )
    await notifier.order_changed(session, building, order, _card_id(order, pressed))
    await notifier.order_dispatched(
        session,
        building,
        order,
        event_id=event.id,
        action=action.value,
        actor_id=actor_id,
        previous_volunteer_id=holder,
    )
    return ActionResult(Outcome.DONE, OrderStatus(order.status))


async def may_dispatch(
    session: AsyncSession,
    *,
    order_id: int,
    actor_id: int,
    pressed: CardPress | None,
    group_admin: bool = False,
) -> ActionResult:
    """Whether this person may open the volunteer picker on this card (DONE means yes)."""
    checked = await _checked(session, order_id, OrderAction.ASSIGN, actor_id, pressed, group_admin)
    if isinstance(checked, ActionResult):
        return checked
    status = OrderStatus(checked.status)
    if status not in (OrderStatus.OPEN, OrderStatus.CLAIMED):
        return ActionResult(Outcome.CONFLICT, status)
    return ActionResult(Outcome.DONE, status)


def _volunteers_by_load(building_ids: list[int]) -> Any:
    """SQL: the buildings' volunteers with how many orders each holds now, least busy first."""
    held = (
        select(Order.volunteer_id, func.count().label(HELD_COLUMN))
        .where(Order.status == OrderStatus.CLAIMED.value, Order.volunteer_id.is_not(None))
        .group_by(Order.volunteer_id)
        .subquery()
    )
    count = func.coalesce(held.c[HELD_COLUMN], 0)
    return (
        select(Member.building_id, Person.id, Person.full_name, Person.username, count)
        .join(Member, Member.person_id == Person.id)
        .outerjoin(held, held.c.volunteer_id == Person.id)
        .where(Member.building_id.in_(building_ids), Member.is_volunteer.is_(True))
        .order_by(count, Person.full_name, Person.id)
    )


async def volunteer_choices(
    session: AsyncSession, order: Order, *, limit: int = PICKER_SIZE
) -> list[VolunteerLoad]:
    """The building's volunteers an order may go to (not its holder), least busy first."""
    stmt = _volunteers_by_load([order.building_id]).limit(limit + 1)
    rows = [
        VolunteerLoad(pid, name or username or str(pid), int(n))
        for _, pid, name, username, n in await session.execute(stmt)
        if pid != order.volunteer_id
    ]
    return rows[:limit]


async def building_volunteers(
    session: AsyncSession, building_ids: list[int]
) -> dict[int, list[VolunteerLoad]]:
    """Every volunteer of each building with the orders they hold, least busy first (the
    console's choice of volunteer, where one list serves all the building's orders)."""
    found: dict[int, list[VolunteerLoad]] = {b: [] for b in building_ids}
    if not building_ids:
        return found
    for building_id, pid, name, username, n in await session.execute(
        _volunteers_by_load(building_ids)
    ):
        found[building_id].append(VolunteerLoad(pid, name or username or str(pid), int(n)))
    return found


async def assign_notice_failed(
    session: AsyncSession, notifier: DispatchNotifier, clock: Clock, event_id: int, error: str
) -> None:
    """Telegram refused the assigned volunteer's private notice (403: never started the bot).

    If the assignment still stands, the card says so and whoever assigned it is told.
    """
    event = await session.get(OrderEvent, event_id)
    if event is None or event.actor_id is None:
        return
    later = (
        select(OrderEvent.id)
        .where(
            OrderEvent.order_id == event.order_id,
            OrderEvent.id > event.id,
            OrderEvent.action.in_(HOLDER_CHANGES),
        )
        .exists()
    )
    stmt = (
        update(Order)
        .where(
            Order.id == event.order_id,
            Order.status == OrderStatus.CLAIMED.value,
            Order.assigned_by_id.is_not(None),
            Order.assignee_unreached.is_(False),
            ~later,
        )
        .values(assignee_unreached=True)
        .execution_options(synchronize_session=False)
    )
    if (await session.execute(stmt)).rowcount != 1:  # type: ignore[attr-defined]
        return  # the order moved on since: this notice no longer matters
    order = await session.get(Order, event.order_id)
    assert order is not None
    await session.refresh(order)
    session.add(
        OrderEvent(
            order_id=order.id,
            actor_id=order.volunteer_id,
            action=UNREACHED,
            from_status=order.status,
            to_status=order.status,
            detail=error[:64],
            at=clock.now(),
        )
    )
    building = await session.get(Building, order.building_id)
    assert building is not None
    await notifier.order_changed(session, building, order, order.card_message_id)
    await notifier.assignee_unreachable(session, building, order, event.actor_id)


async def hand_back(
    session: AsyncSession,
    clock: Clock,
    notifier: DispatchNotifier,
    *,
    building_id: int,
    person_id: int,
) -> HandBack:
    """Reopen every order the volunteer holds in the building (claimed or assigned): each one
    conditional UPDATE and one event, its card redrawn; the lead is told privately."""
    now = clock.now()
    stmt = (
        select(Order)
        .where(
            Order.building_id == building_id,
            Order.volunteer_id == person_id,
            Order.status == OrderStatus.CLAIMED.value,
        )
        .order_by(Order.number)
    )
    building = await session.get(Building, building_id)
    result = HandBack()
    for order in list((await session.scalars(stmt)).all()):
        reopen = (
            update(Order)
            .where(
                Order.id == order.id,
                Order.status == OrderStatus.CLAIMED.value,
                Order.volunteer_id == person_id,
            )
            .values(status=OrderStatus.OPEN.value, updated_at=now, **_reopened())
            .execution_options(synchronize_session=False)
        )
        if (await session.execute(reopen)).rowcount != 1:  # type: ignore[attr-defined]
            continue  # delivered or released in the meantime
        await session.refresh(order)
        session.add(
            _event(order, person_id, HAND_BACK, OrderStatus.CLAIMED, now, f"from {person_id}")
        )
        result.orders.append(order.number)
        if building is not None:
            await order_moved(
                session,
                building,
                order,
                previous=OrderStatus.CLAIMED,
                previous_volunteer=person_id,
                now=now,
            )
            await notifier.order_changed(session, building, order, order.card_message_id)
    if result.orders and building is not None:
        await notifier.orders_handed_back(session, building, person_id, result.orders)
    return result


async def step_down(
    session: AsyncSession,
    clock: Clock,
    notifier: DispatchNotifier,
    *,
    building_id: int,
    person_id: int,
) -> HandBack:
    """/volunteer off: hand back what the volunteer holds, then stop volunteering."""
    handed = await hand_back(session, clock, notifier, building_id=building_id, person_id=person_id)
    await leave_volunteers(session, clock, building_id=building_id, person_id=person_id)
    return handed


async def held_orders(session: AsyncSession, person_id: int, *, limit: int = 30) -> list[HeldOrder]:
    """The orders a volunteer holds (assigned or claimed) in buildings served, oldest first."""
    assigner = select(Person.full_name).where(Person.id == Order.assigned_by_id).scalar_subquery()
    stmt = (
        select(Order, Building, assigner)
        .join(Building, Building.id == Order.building_id)
        .where(
            Order.volunteer_id == person_id,
            Order.status == OrderStatus.CLAIMED.value,
            Building.active.is_(True),
            Building.name.is_not(None),
        )
        .order_by(Order.claimed_at, Order.id)
        .limit(limit)
    )
    return [
        HeldOrder(
            order_id=order.id,
            number=order.number,
            building=building.name or building.chat_title,
            flat=order.flat,
            category=order.category,
            assigned_by=assigned_by if order.assigned_by_id is not None else None,
            since=order.claimed_at,
        )
        for order, building, assigned_by in await session.execute(stmt)
    ]


async def dispatch_today_section(
    session: AsyncSession, person_id: int, now: datetime
) -> list[HeldOrder]:
    """/today's section of orders the volunteer holds (rendered by bot.dispatch_view.held_cards).

    `now` is taken for the section interface; an order held is due until delivered or released.
    """
    del now
    return await held_orders(session, person_id)


def _reopened() -> dict[str, object]:
    """The columns an order that goes back to open loses."""
    return {
        "volunteer_id": None,
        "claimed_at": None,
        "assigned_by_id": None,
        "assignee_unreached": False,
    }
