"""Order use cases against real databases: states, permissions, races, history."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from types import SimpleNamespace
from unittest.mock import patch

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.order_rules import Denial, OrderAction, OrderStatus
from domain.orders import CardPress, Outcome, act_on_order, attach_card, open_order
from models.buildings import Building
from models.order_follow_ups import FollowUpKind, OrderFollowUp
from models.orders import Order, OrderEvent, order_events
from tests.support.factories import RecordingNotifier, make_building, make_order, make_person

CARD = 900  # the order card's Telegram message id in these tests


async def _no() -> bool:
    return False


async def _yes() -> bool:
    return True


async def _press(sessionmaker, clock, notifier, order_id, action, actor_id, admin=_no, where=None):
    """Press on the order's own card unless `where` says otherwise."""
    async with sessionmaker() as session:
        if where is None:
            order = await session.get(Order, order_id)
            building = await session.get(Building, order.building_id) if order else None
            where = CardPress(building.chat_id if building else 0, CARD)
            await session.rollback()
        result = await act_on_order(
            session,
            clock,
            notifier,
            order_id=order_id,
            action=action,
            actor_id=actor_id,
            pressed=where,
            group_admin=await admin(),  # the handler asks Telegram first
        )
        await session.commit()  # as the update middleware does
        return result


async def _world(sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock):
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        resident = await make_person(session, clock, building, name="王阿姨", flat="3-2-501")
        bob = await make_person(session, clock, building, name="Bob", volunteer=True)
        eve = await make_person(session, clock, building, name="Eve", volunteer=True)
        stranger = await make_person(session, clock, building, name="Dave")
        order = await make_order(session, clock, building, resident)
        await attach_card(session, order.id, CARD)
        await session.commit()
    return SimpleNamespace(
        building=building, resident=resident, bob=bob, eve=eve, stranger=stranger, order=order
    )


async def test_claim_deliver_records_who_and_when(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    claimed = await _press(sessionmaker, clock, notifier, w.order.id, OrderAction.CLAIM, w.bob.id)
    clock.advance(minutes=20)
    delivered = await _press(
        sessionmaker, clock, notifier, w.order.id, OrderAction.DELIVER, w.bob.id
    )

    assert (claimed.outcome, delivered.outcome) == (Outcome.DONE, Outcome.DONE)
    async with sessionmaker() as session:
        order = await session.get(Order, w.order.id)
        events = await order_events(session, w.order.id)
    assert order is not None and order.status == OrderStatus.DELIVERED
    assert order.volunteer_id == w.bob.id and order.closed_at == clock.now()
    assert [(e.action, e.actor_id, e.from_status, e.to_status) for e in events] == [
        ("claim", w.bob.id, "open", "claimed"),
        ("deliver", w.bob.id, "claimed", "delivered"),
    ]
    assert events[1].at - events[0].at == clock.now() - events[0].at
    assert notifier.events == [
        ("changed", 1, "claimed"),
        ("changed", 1, "delivered"),
        ("delivered", 1, "delivered"),
    ]


async def test_claim_race_has_exactly_one_winner(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    results = await asyncio.gather(
        _press(sessionmaker, clock, notifier, w.order.id, OrderAction.CLAIM, w.bob.id),
        _press(sessionmaker, clock, notifier, w.order.id, OrderAction.CLAIM, w.eve.id),
    )
    outcomes = sorted(r.outcome for r in results)
    assert outcomes == [Outcome.CONFLICT, Outcome.DONE]
    loser = next(r for r in results if r.outcome is Outcome.CONFLICT)
    async with sessionmaker() as session:
        order = await session.get(Order, w.order.id)
        claims = await session.scalar(
            select(func.count()).select_from(Order).where(Order.volunteer_id.is_not(None))
        )
    assert order is not None
    winner_name = "Bob" if order.volunteer_id == w.bob.id else "Eve"
    assert loser.holder_name == winner_name and loser.status is OrderStatus.CLAIMED
    assert claims == 1 and len(notifier.events) == 1


async def test_strangers_are_refused_and_nothing_changes(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    not_volunteer = await _press(
        sessionmaker, clock, notifier, w.order.id, OrderAction.CLAIM, w.stranger.id
    )
    await _press(sessionmaker, clock, notifier, w.order.id, OrderAction.CLAIM, w.bob.id)
    deliver = await _press(
        sessionmaker, clock, notifier, w.order.id, OrderAction.DELIVER, w.stranger.id
    )
    release = await _press(sessionmaker, clock, notifier, w.order.id, OrderAction.RELEASE, w.eve.id)
    reject = await _press(sessionmaker, clock, notifier, w.order.id, OrderAction.REJECT, w.eve.id)

    assert not_volunteer.denial is Denial.NOT_VOLUNTEER
    assert deliver.denial is Denial.NOT_CLAIMER and release.denial is Denial.NOT_CLAIMER
    assert reject.denial is Denial.NOT_RESIDENT_OR_STAFF
    async with sessionmaker() as session:
        order = await session.get(Order, w.order.id)
    assert (
        order is not None and order.status == OrderStatus.CLAIMED and order.volunteer_id == w.bob.id
    )


async def test_group_admin_may_act_as_staff(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    await _press(sessionmaker, clock, notifier, w.order.id, OrderAction.CLAIM, w.bob.id)
    result = await _press(
        sessionmaker, clock, notifier, w.order.id, OrderAction.DELIVER, w.stranger.id, _yes
    )
    assert result.outcome is Outcome.DONE and result.status is OrderStatus.DELIVERED


async def test_release_reopens_and_reject_closes(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    await _press(sessionmaker, clock, notifier, w.order.id, OrderAction.CLAIM, w.bob.id)
    released = await _press(
        sessionmaker, clock, notifier, w.order.id, OrderAction.RELEASE, w.bob.id
    )
    reclaimed = await _press(sessionmaker, clock, notifier, w.order.id, OrderAction.CLAIM, w.eve.id)
    rejected = await _press(
        sessionmaker, clock, notifier, w.order.id, OrderAction.REJECT, w.resident.id
    )
    again = await _press(sessionmaker, clock, notifier, w.order.id, OrderAction.CLAIM, w.bob.id)

    assert released.status is OrderStatus.OPEN and reclaimed.status is OrderStatus.CLAIMED
    assert rejected.status is OrderStatus.REJECTED
    assert again.outcome is Outcome.CONFLICT and again.status is OrderStatus.REJECTED


async def test_unknown_order_is_reported(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    result = await _press(
        sessionmaker, clock, RecordingNotifier(), 999_999, OrderAction.CLAIM, w.bob.id
    )
    assert result.outcome is Outcome.NOT_FOUND


async def test_create_numbers_per_building_and_skips_duplicates(sessionmaker, clock) -> None:
    w = await _world(sessionmaker, clock)
    reading = SimpleNamespace(flat="3-2-501", category="groceries", items=())
    notifier = RecordingNotifier()
    numbers = []
    for message_id in (501, 502, 501):
        async with sessionmaker() as session:
            order = await open_order(
                session,
                clock,
                notifier,
                building=w.building,
                resident_id=w.resident.id,
                source_message_id=message_id,
                text="买米",
                understanding=reading,  # type: ignore[arg-type]
            )
            await session.commit()
            numbers.append(order.number if order else None)
    assert numbers == [2, 3, None]  # the world already holds order #1
    assert [e[:2] for e in notifier.events] == [("created", 2), ("created", 3)]


async def test_an_order_opens_with_one_event_and_one_follow_up_and_a_raced_one_with_none(
    sessionmaker, clock
) -> None:
    """The order, its "create" event and its unclaimed follow-up are written together (one
    statement on PostgreSQL); a message another writer made an order of after its number was
    taken writes nothing: no order, event or follow-up."""
    w = await _world(sessionmaker, clock)
    reading = SimpleNamespace(flat="3-2-501", category="groceries", items=())
    notifier = RecordingNotifier()

    async def opened(message_id: int) -> Order | None:
        async with sessionmaker() as session:
            order = await open_order(
                session,
                clock,
                notifier,
                building=w.building,
                resident_id=w.resident.id,
                source_message_id=message_id,
                text="买米",
                understanding=reading,  # type: ignore[arg-type]
            )
            await session.commit()
            return order

    order = await opened(601)
    assert order is not None and not order.urgent and order.assignee_unreached is False
    async with sessionmaker() as session:
        events = await order_events(session, order.id)
        follow_ups = (
            await session.scalars(select(OrderFollowUp).where(OrderFollowUp.order_id == order.id))
        ).all()
        stored = await session.get(Order, order.id)
    assert [(e.action, e.actor_id, e.from_status, e.to_status) for e in events] == [
        ("create", w.resident.id, None, OrderStatus.OPEN)
    ]
    assert [(f.kind, f.volunteer_id, f.due_at, f.done_at) for f in follow_ups] == [
        (FollowUpKind.UNCLAIMED, None, clock.now() + timedelta(minutes=30), None)
    ]
    assert stored is not None and (stored.number, stored.text) == (order.number, "买米")

    # another writer's order of message 602 lands after this one's number check
    async with sessionmaker() as session:
        building = await session.get(Building, w.building.id)
        assert building is not None
        raced = await make_order(session, clock, building, w.resident)
        raced.source_message_id = 602
        await session.commit()
        numbered = building.last_order_number
    # SQLite: its number taken before the race (PostgreSQL takes it in the order's statement)
    with patch("domain.orders.next_order_number", return_value=99):
        assert await opened(602) is None
    async with sessionmaker() as session:
        building = await session.get(Building, w.building.id)
        assert building is not None and building.last_order_number == numbered  # none spent
        count = await session.scalar(select(func.count()).select_from(OrderEvent))
        pending = await session.scalar(select(func.count()).select_from(OrderFollowUp))
        orders = await session.scalar(select(func.count()).select_from(Order))
    assert (count, pending, orders) == (1, 1, 3)  # the world's order, 601's, the raced 602


async def test_a_press_from_another_chat_or_message_changes_nothing(sessionmaker, clock) -> None:
    """Forged data naming this order, pressed in another group (where the presser is admin)
    or on another message of the same group, is refused before any rights are checked."""
    w = await _world(sessionmaker, clock)
    notifier = RecordingNotifier()
    elsewhere = CardPress(w.building.chat_id - 1, CARD)
    other_message = CardPress(w.building.chat_id, CARD + 1)
    results = [
        await _press(sessionmaker, clock, notifier, w.order.id, action, w.bob.id, _yes, where)
        for where in (elsewhere, other_message)
        for action in (OrderAction.CLAIM, OrderAction.REJECT, OrderAction.RECATEGORIZE)
    ]
    assert {r.outcome for r in results} == {Outcome.FOREIGN}
    assert notifier.events == []
    async with sessionmaker() as session:
        order = await session.get(Order, w.order.id)
        history = await order_events(session, w.order.id)
    assert order is not None and order.status == OrderStatus.OPEN
    assert history == []  # the factory records no "create"; nothing was added
