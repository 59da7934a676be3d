"""Nobody forgotten: orders left unclaimed or undelivered are followed up, each step once.

An order's due follow-ups live in `order_follow_ups` (the database is the source of truth):
- open too long (30 min from its creation by default; an urgent one 10 min): raised again in the
  group and sent privately to the building's lead;
- claimed and not delivered too long (3 h; urgent 1 h): its volunteer is asked privately, Still on
  it / Release, and if no answer comes in time (30 min) the lead is told.
Every state change of an order (domain/orders.py) calls `order_moved`, which drops the
follow-ups the order has outgrown and schedules the next. The job (jobs/follow_up_order.py) calls
`follow_up` with one id; it re-reads the order, drops a follow-up gone stale, and marks a due one
done with a conditional UPDATE before anything is told, so each happens once however many
processes race. Urgent: a medicine order from a household whose ledger names a chronic condition.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.follow_up_settings import FollowUpSettings, follow_up_settings
from domain.members import leads_to_tell
from domain.order_rules import OrderStatus
from domain.ports import FollowUpNotifier
from domain.understanding import Category
from models.buildings import Building
from models.households import Need, household_by_flat
from models.order_follow_ups import (
    FollowUpKind,
    FollowUpOutcome,
    OrderFollowUp,
    bring_forward,
    drop_pending,
    finish,
)
from models.orders import Order
from models.people import Person

URGENT_CATEGORIES = frozenset({Category.MEDICINE.value})
URGENT_NEEDS = frozenset({Need.CHRONIC, Need.DIALYSIS})
"""A medicine order from a household with one of these needs in the ledger is urgent."""

ALL_KINDS = tuple(FollowUpKind)
HELD_KINDS = (FollowUpKind.ASK, FollowUpKind.LEAD)


async def is_urgent(session: AsyncSession, order: Order) -> bool:
    """Medicine for a household whose ledger names a chronic condition (or dialysis)."""
    return await _urgent(session, order.building_id, order.category, order.flat)


async def _urgent(session: AsyncSession, building_id: int, category: str, flat: str | None) -> bool:
    if category not in URGENT_CATEGORIES or not flat:
        return False
    household = await household_by_flat(session, building_id, flat)
    return household is not None and bool(household.need_set & URGENT_NEEDS)


def _schedule(
    session: AsyncSession,
    order: Order,
    kind: FollowUpKind,
    due_at: datetime,
    now: datetime,
    volunteer_id: int | None = None,
) -> None:
    session.add(
        OrderFollowUp(
            order_id=order.id,
            kind=kind.value,
            volunteer_id=volunteer_id,
            due_at=due_at,
            created_at=now,
        )
    )


async def order_opened(
    session: AsyncSession, building: Building, order: Order, now: datetime
) -> None:
    """A new order: mark it urgent if it is, and schedule its unclaimed follow-up, counted from
    its creation (a paired volunteer's first minutes included)."""
    order.urgent = await is_urgent(session, order)
    settings = await follow_up_settings(session, building.community)
    due = order.created_at + settings.unclaimed_after(order.urgent)
    _schedule(session, order, FollowUpKind.UNCLAIMED, due, now)


async def opening_follow_up(
    session: AsyncSession, building: Building, *, category: str, flat: str | None, at: datetime
) -> tuple[bool, datetime]:
    """`order_opened` decided before the order is written (PostgreSQL writes the order, its
    event and this follow-up in one statement, domain/orders.py): (urgent, when the unclaimed
    follow-up is due), for an order of `category` and `flat` created `at`."""
    urgent = await _urgent(session, building.id, category, flat)
    settings = await follow_up_settings(session, building.community)
    return urgent, at + settings.unclaimed_after(urgent)


async def order_moved(
    session: AsyncSession,
    building: Building,
    order: Order,
    *,
    previous: OrderStatus,
    previous_volunteer: int | None,
    now: datetime,
) -> None:
    """After a change of the order (any action, its row already updated): drop what it outgrew,
    schedule what comes next. Decided by states, so an assignment is a claim to this."""
    status = OrderStatus(order.status)
    settings = await follow_up_settings(session, building.community)
    if status in (OrderStatus.DELIVERED, OrderStatus.REJECTED):
        await drop_pending(session, order.id, ALL_KINDS, now)
    elif status is OrderStatus.OPEN and previous is not OrderStatus.OPEN:
        # released: open again, counted from now (the lead may be the one who released it)
        await drop_pending(session, order.id, ALL_KINDS, now)
        due = now + settings.unclaimed_after(order.urgent)
        _schedule(session, order, FollowUpKind.UNCLAIMED, due, now)
    elif status is OrderStatus.CLAIMED and (
        previous is not OrderStatus.CLAIMED or previous_volunteer != order.volunteer_id
    ):
        await drop_pending(session, order.id, ALL_KINDS, now)
        due = now + settings.undelivered_after(order.urgent)
        _schedule(session, order, FollowUpKind.ASK, due, now, order.volunteer_id)
    elif status is previous and not order.urgent and await is_urgent(session, order):
        await _became_urgent(session, order, settings)


async def _became_urgent(session: AsyncSession, order: Order, settings: FollowUpSettings) -> None:
    """A category corrected to medicine for a chronic household: urgent from now on, and its
    follow-ups brought forward to the urgent times."""
    await session.execute(
        update(Order)
        .where(Order.id == order.id)
        .values(urgent=True)
        .execution_options(synchronize_session=False)
    )
    order.urgent = True
    unclaimed = order.created_at + settings.unclaimed_after(True)
    await bring_forward(session, order.id, FollowUpKind.UNCLAIMED, unclaimed)
    if order.claimed_at is not None:
        asked = order.claimed_at + settings.undelivered_after(True)
        await bring_forward(session, order.id, FollowUpKind.ASK, asked)


class FollowUpDone(enum.StrEnum):
    """What one run of a follow-up did."""

    GONE = "gone"
    """No such follow-up, or already done (by another process): nothing."""
    STALE = "stale"
    """The order had moved on: dropped."""
    RAISED = "raised"
    """UNCLAIMED: raised in the group, the lead told (or the group told nobody could be)."""
    ASKED = "asked"
    """ASK: the volunteer asked privately."""
    LEAD_TOLD = "lead-told"
    """LEAD (or an ASK that could not reach the volunteer): the lead told."""


async def follow_up(
    session: AsyncSession, now: datetime, notifier: FollowUpNotifier, follow_up_id: int
) -> FollowUpDone:
    """Carry out one due follow-up (the caller commits): re-check the order, drop the follow-up
    if stale, else mark it done (one conditional UPDATE) and queue what it tells."""
    row = await session.get(OrderFollowUp, follow_up_id)
    if row is None or row.done_at is not None or row.due_at > now:
        return FollowUpDone.GONE
    order = await session.get(Order, row.order_id)
    building = await session.get(Building, order.building_id) if order else None
    if order is None or building is None or not building.is_set_up or _stale(row, order):
        won = await finish(session, row.id, FollowUpOutcome.STALE, now)
        return FollowUpDone.STALE if won else FollowUpDone.GONE
    if not await finish(session, row.id, FollowUpOutcome.DONE, now):
        return FollowUpDone.GONE
    kind = FollowUpKind(row.kind)
    leads = await leads_to_tell(session, building.id)
    if kind is FollowUpKind.UNCLAIMED:
        await notifier.order_unclaimed(session, building, order, leads, now - order.created_at)
        await _told(session, row.id, len(leads))
        return FollowUpDone.RAISED
    volunteer = await session.get(Person, row.volunteer_id) if row.volunteer_id else None
    held = now - (order.claimed_at or now)
    if kind is FollowUpKind.ASK and volunteer is not None and volunteer.started_bot:
        await notifier.ask_volunteer(session, building, order, row, volunteer, held)
        settings = await follow_up_settings(session, building.community)
        _schedule(session, order, FollowUpKind.LEAD, now + settings.answer, now, volunteer.id)
        await _told(session, row.id, 1)
        return FollowUpDone.ASKED
    # no answer in time, or a volunteer the bot cannot message privately
    asked = kind is FollowUpKind.LEAD
    await notifier.order_held(session, building, order, volunteer, leads, held, asked=asked)
    await _told(session, row.id, len(leads))
    return FollowUpDone.LEAD_TOLD


def _stale(row: OrderFollowUp, order: Order) -> bool:
    if row.kind == FollowUpKind.UNCLAIMED:
        return order.status != OrderStatus.OPEN
    return order.status != OrderStatus.CLAIMED or order.volunteer_id != row.volunteer_id


async def _told(session: AsyncSession, follow_up_id: int, count: int) -> None:
    await session.execute(
        update(OrderFollowUp)
        .where(OrderFollowUp.id == follow_up_id)
        .values(told=count)
        .execution_options(synchronize_session=False)
    )


class Answer(enum.StrEnum):
    """What a volunteer asked about a held order answers."""

    STILL = "still"
    RELEASE = "release"


class AnswerCheck(enum.StrEnum):
    """Whether a press on a question may be taken."""

    OK = "ok"
    GONE = "gone"
    """No such question, or the order is no longer held by its volunteer."""
    DENIED = "denied"
    """Someone other than the volunteer asked."""
    ANSWERED = "answered"
    """Answered already."""


@dataclass(frozen=True)
class Asked:
    """A question to a volunteer and its order, when the answer may be taken."""

    check: AnswerCheck
    follow_up: OrderFollowUp | None = None
    order: Order | None = None


async def check_answer(session: AsyncSession, follow_up_id: int, person_id: int) -> Asked:
    """Whether this person may answer this question now (changes nothing)."""
    row = await session.get(OrderFollowUp, follow_up_id)
    if row is None or row.kind != FollowUpKind.ASK or row.done_at is None:
        return Asked(AnswerCheck.GONE)
    if row.volunteer_id != person_id:
        return Asked(AnswerCheck.DENIED)
    if row.outcome != FollowUpOutcome.DONE:
        return Asked(AnswerCheck.ANSWERED, row)
    order = await session.get(Order, row.order_id)
    if order is None or _stale(row, order):
        return Asked(AnswerCheck.GONE, row, order)
    return Asked(AnswerCheck.OK, row, order)


async def record_answer(session: AsyncSession, now: datetime, asked: Asked, answer: Answer) -> bool:
    """Keep the answer once (one conditional UPDATE); Still on it drops the lead's follow-up and
    asks again after the undelivered time. False if another press answered first."""
    assert asked.follow_up is not None and asked.order is not None
    row, order = asked.follow_up, asked.order
    outcome = FollowUpOutcome.STILL if answer is Answer.STILL else FollowUpOutcome.RELEASED
    changed = await session.execute(
        update(OrderFollowUp)
        .where(OrderFollowUp.id == row.id, OrderFollowUp.outcome == FollowUpOutcome.DONE.value)
        .values(outcome=outcome.value)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        return False
    await drop_pending(session, order.id, (FollowUpKind.LEAD,), now)
    if answer is Answer.STILL:
        building = await session.get(Building, order.building_id)
        assert building is not None
        settings = await follow_up_settings(session, building.community)
        due = now + settings.undelivered_after(order.urgent)
        _schedule(session, order, FollowUpKind.ASK, due, now, order.volunteer_id)
    return True


class Overdue(enum.StrEnum):
    """Which follow-up time an order has passed."""

    UNCLAIMED = "unclaimed"
    """Open (nobody holds it) longer than the community's unclaimed time."""
    HELD = "held"
    """Held (claimed or assigned) and not delivered longer than the undelivered time."""


@dataclass(frozen=True)
class Staleness:
    """An order past its community's follow-up time: which, how long, and the time passed."""

    overdue: Overdue
    waited: timedelta
    """Open since its creation (or its reopening), or held since its claim."""
    after: timedelta
    """The community's time it passed (the urgent one for an urgent order)."""
    urgent: bool


def staleness(
    order: Order,
    settings: FollowUpSettings,
    now: datetime,
    *,
    open_since: datetime | None = None,
) -> Staleness | None:
    """Whether an order is past the time after which the follow-ups raise it (None: not).

    The same times `order_opened` and `order_moved` schedule the follow-ups with
    (`unclaimed_after`, `undelivered_after`, urgent or not): open since its creation, or since
    it last went back to open (`open_since`, a release or a take-back); held since its claim
    or assignment. Due when the wait reaches the time, as the follow-up falls due then.
    """
    status = OrderStatus(order.status)
    if status is OrderStatus.OPEN:
        since = max(order.created_at, open_since) if open_since else order.created_at
        kind, after = Overdue.UNCLAIMED, settings.unclaimed_after(order.urgent)
    elif status is OrderStatus.CLAIMED and order.claimed_at is not None:
        since = order.claimed_at
        kind, after = Overdue.HELD, settings.undelivered_after(order.urgent)
    else:
        return None
    waited = now - since
    if waited < after:
        return None
    return Staleness(kind, waited, after, order.urgent)


def waited_minutes(waited: timedelta) -> int:
    """A wait in whole minutes, as texts show it."""
    return max(0, int(waited.total_seconds() // 60))
