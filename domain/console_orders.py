"""The console's Orders page and what staff change from it: stale orders, assigning, pairing.

Stale is the follow-ups' own rule (`staleness` in domain/order_follow_up.py, with each
community's times), so the console highlights exactly the orders the bot is raising. Assigning
goes through `dispatch` (domain/dispatch.py) and pairing through `pair_household` /
`unpair_household` (domain/pairing.py), the functions the chat's buttons and /pair use: the same
conditional UPDATEs, order events, follow-ups, redrawn card and private messages. Each change is
also kept in the console audit (who, when, before, after). The caller commits.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.clock import Clock
from domain.console_access import Access
from domain.console_views import NotAllowed, record
from domain.dispatch import VolunteerLoad, building_volunteers, dispatch
from domain.follow_up_settings import FollowUpSettings, follow_up_settings
from domain.order_follow_up import Staleness, staleness
from domain.order_rules import DISPATCH_ACTIONS, Denial, OrderAction, OrderStatus
from domain.orders import Outcome
from domain.pairing import PairOutcome, PairResult, pair_household, unpair_household
from domain.ports import DispatchNotifier, PairedNotifier
from models.buildings import Building
from models.households import Household
from models.orders import Order, OrderEvent
from models.people import Person

OPEN_ORDER = (OrderStatus.OPEN.value, OrderStatus.CLAIMED.value)
PAGE_LIMIT = 300


@dataclass(frozen=True)
class OrderLine:
    """One order as the Orders page shows it."""

    order: Order
    building: str
    volunteer: str | None
    """Who holds it (claimed or assigned)."""
    assigned_by: str | None
    to_claim: float | None
    to_deliver: float | None
    stale: Staleness | None
    """Past the community's follow-up time (open or held too long), else None."""
    may_dispatch: bool
    """The person may assign, reassign or take it back here."""

    @property
    def seen(self) -> str:
        """The state the page showed, sent back with a change (see `order_state`)."""
        return order_state(self.order)


@dataclass
class OrdersBoard:
    """The Orders page: its lines, how many open orders are stale, the volunteers to pick."""

    lines: list[OrderLine]
    stale_count: int
    volunteers: dict[int, list[VolunteerLoad]] = field(default_factory=dict)
    """Per building the person may dispatch in: its volunteers, least busy first."""


def order_state(order: Order) -> str:
    """Status and holder: a change is made only if the order is still as the page showed it."""
    return f"{order.status}:{order.volunteer_id or ''}"


def _utc(value: datetime | None) -> datetime | None:
    """An aggregate's datetime (SQLite hands back naive UTC from max())."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _seconds(since: datetime, at: datetime | None) -> float | None:
    return None if at is None else (at - since).total_seconds()


async def orders_board(
    session: AsyncSession,
    clock: Clock,
    access: Access,
    building_id: int | None,
    *,
    open_only: bool,
    stale_only: bool = False,
    limit: int = PAGE_LIMIT,
) -> OrdersBoard:
    """Orders of the covered buildings (or of one): newest first, or only the stale ones,
    longest overdue first. Every open order is read to count the stale ones."""
    ids = [building_id] if building_id is not None else list(access.buildings)
    ids = [b for b in ids if b in access.buildings]
    if not ids:
        return OrdersBoard([], 0)
    now = clock.now()
    volunteer, assigner = aliased(Person), aliased(Person)
    base = (
        select(Order, Building.name, Building.community, volunteer.full_name, assigner.full_name)
        .join(Building, Building.id == Order.building_id)
        .outerjoin(volunteer, volunteer.id == Order.volunteer_id)
        .outerjoin(assigner, assigner.id == Order.assigned_by_id)
        .where(Order.building_id.in_(ids))
        .order_by(Order.created_at.desc(), Order.id.desc())
    )
    open_rows = (await session.execute(base.where(Order.status.in_(OPEN_ORDER)))).all()
    reopened = await _reopened_at(session, ids) if open_rows else {}
    settings: dict[str, FollowUpSettings] = {}
    for community in sorted({row[2] for row in open_rows}):
        settings[community] = await follow_up_settings(session, community)
    stale: dict[int, Staleness] = {}
    for order, _, community, _, _ in open_rows:
        found = staleness(order, settings[community], now, open_since=reopened.get(order.id))
        if found is not None:
            stale[order.id] = found
    if stale_only:
        rows = [row for row in open_rows if row[0].id in stale]
        rows.sort(key=lambda row: stale[row[0].id].waited, reverse=True)
    elif open_only:
        rows = list(open_rows)
    else:
        rows = list((await session.execute(base.limit(limit))).all())
    lines = [
        OrderLine(
            order=order,
            building=name or "",
            volunteer=holder if order.volunteer_id is not None else None,
            assigned_by=by if order.assigned_by_id is not None else None,
            to_claim=_seconds(order.created_at, order.claimed_at),
            to_deliver=_seconds(order.created_at, order.closed_at)
            if order.status == OrderStatus.DELIVERED.value
            else None,
            stale=stale.get(order.id),
            may_dispatch=order.status in OPEN_ORDER and access.dispatcher_of(order.building_id),
        )
        for order, name, _, holder, by in rows[:limit]
    ]
    dispatchable = sorted({line.order.building_id for line in lines if line.may_dispatch})
    return OrdersBoard(lines, len(stale), await building_volunteers(session, dispatchable))


async def _reopened_at(session: AsyncSession, building_ids: list[int]) -> dict[int, datetime]:
    """When each open order of the buildings last went back to open (released, taken back,
    handed back); one grouped query, however many orders are open."""
    open_ids = select(Order.id).where(
        Order.building_id.in_(building_ids), Order.status == OrderStatus.OPEN.value
    )
    rows = await session.execute(
        select(OrderEvent.order_id, func.max(OrderEvent.at))
        .where(
            OrderEvent.order_id.in_(open_ids),
            OrderEvent.to_status == OrderStatus.OPEN.value,
            OrderEvent.from_status != OrderStatus.OPEN.value,
        )
        .group_by(OrderEvent.order_id)
    )
    return {order_id: at for order_id, at in ((o, _utc(a)) for o, a in rows) if at is not None}


class Changed(enum.StrEnum):
    """How a change asked for in the console ended; each has a text in locales/."""

    ASSIGNED = "assigned"
    REASSIGNED = "reassigned"
    UNASSIGNED = "unassigned"
    UNSTARTED = "unstarted"
    """Assigned, but the volunteer never started the bot: the private message cannot reach
    them (the card says so once Telegram refuses it, as in the chat)."""
    CONFLICT = "conflict"
    """The order changed meanwhile (claimed in the chat, delivered, taken by someone else):
    nothing was changed."""
    NOT_A_VOLUNTEER = "not-a-volunteer"


DONE = {
    OrderAction.ASSIGN: Changed.ASSIGNED,
    OrderAction.REASSIGN: Changed.REASSIGNED,
    OrderAction.UNASSIGN: Changed.UNASSIGNED,
}


async def _name(session: AsyncSession, person_id: int | None) -> str | None:
    person = await session.get(Person, person_id) if person_id is not None else None
    if person is None:
        return None
    return person.full_name or person.username or str(person.id)


async def console_dispatch(
    session: AsyncSession,
    clock: Clock,
    notifier: DispatchNotifier,
    access: Access,
    *,
    order_id: int,
    action: OrderAction,
    volunteer_id: int | None,
    seen: str,
) -> Changed:
    """Assign, reassign or take back an order from the console, through the chat's `dispatch`.

    Raises NotAllowed unless the person is staff of the building's community or its lead
    (read fresh by the caller, and again by `dispatch`). `seen` is the state the page showed:
    if the order moved since (a Claim in the chat), nothing changes and CONFLICT says so.
    """
    order = await session.get(Order, order_id)
    if order is None or action not in DISPATCH_ACTIONS:
        return Changed.CONFLICT
    if not access.dispatcher_of(order.building_id):
        raise NotAllowed
    if seen != order_state(order):
        return Changed.CONFLICT
    before = {"status": order.status, "volunteer": await _name(session, order.volunteer_id)}
    result = await dispatch(
        session,
        clock,
        notifier,
        order_id=order_id,
        action=action,
        actor_id=access.person_id,
        pressed=None,
        volunteer_id=volunteer_id,
        group_admin=access.staff_of(order.building_id),
        off_card=True,
    )
    if result.outcome is Outcome.DENIED:
        if result.denial is Denial.NOT_A_VOLUNTEER:
            return Changed.NOT_A_VOLUNTEER
        raise NotAllowed  # a role taken away between the page and the change
    if result.outcome is not Outcome.DONE:
        return Changed.CONFLICT
    record(
        session,
        clock,
        access,
        building_id=order.building_id,
        action=f"order.{action.value}",
        target=f"#{order.number} {order.flat or ''}".strip(),
        target_id=order.id,
        before=before,
        after={"status": order.status, "volunteer": await _name(session, order.volunteer_id)},
    )
    if volunteer_id is not None:
        chosen = await session.get(Person, volunteer_id)
        if chosen is not None and not chosen.started_bot:
            return Changed.UNSTARTED
    return DONE[action]


async def console_pair(
    session: AsyncSession,
    clock: Clock,
    notifier: PairedNotifier,
    access: Access,
    *,
    household_id: int,
    volunteer_id: int | None,
) -> PairResult:
    """Pair a household with a volunteer of its building (None: end its pairing), as /pair does.

    Raises NotAllowed unless the person is staff of the community or the building's lead. The
    volunteer is told privately, as after /pair; a change is kept in the console audit.
    """
    household = await session.get(Household, household_id)
    if household is None or not access.dispatcher_of(household.building_id):
        raise NotAllowed
    building = await session.get(Building, household.building_id)
    assert building is not None
    flat = household.flat
    if volunteer_id is None:
        result = await unpair_household(session, building_id=building.id, flat=flat)
    else:
        result = await pair_household(
            session,
            clock,
            building_id=building.id,
            flat=flat,
            volunteer_id=volunteer_id,
            by=access.person_id,
        )
        if result.outcome in (PairOutcome.PAIRED, PairOutcome.MOVED):
            await notifier.paired(session, building, flat, volunteer_id)
    if result.outcome in (PairOutcome.PAIRED, PairOutcome.MOVED, PairOutcome.UNPAIRED):
        record(
            session,
            clock,
            access,
            building_id=building.id,
            action="household.pair" if volunteer_id is not None else "household.unpair",
            target=flat,
            target_id=household.id,
            before={"volunteer": await _name(session, result.previous_id)},
            after={"volunteer": await _name(session, volunteer_id)},
        )
    return result
