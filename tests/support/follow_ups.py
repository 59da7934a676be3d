"""Order follow-ups in tests: a recording notifier and orders opened as a message would."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import count

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import Clock
from domain.order_rules import OrderAction
from domain.orders import ActionResult, CardPress, act_on_order, attach_card, open_order
from domain.understanding import understand
from models.buildings import Building
from models.order_follow_ups import OrderFollowUp
from models.orders import Order
from models.people import Person
from tests.support.factories import RecordingNotifier

_messages = count(5000)


@dataclass(frozen=True)
class Told:
    """One follow-up told: what, about which order, to whom, when."""

    what: str  # unclaimed, ask, held
    number: int
    to: tuple[int, ...]
    """Person ids told privately (the volunteer for ask; leads otherwise; empty: the group)."""
    at: datetime
    minutes: int
    follow_up_id: int = 0
    asked: bool = False


@dataclass
class RecordingFollowUps:
    """A FollowUpNotifier that remembers what it was asked to tell, and when."""

    clock: Clock
    told: list[Told] = field(default_factory=list)

    async def order_unclaimed(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        leads: list[Person],
        waited: timedelta,
    ) -> None:
        ids = tuple(p.id for p in leads)
        self.told.append(Told("unclaimed", order.number, ids, self.clock.now(), _min(waited)))

    async def ask_volunteer(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        follow_up: OrderFollowUp,
        volunteer: Person,
        held: timedelta,
    ) -> None:
        now, minutes = self.clock.now(), _min(held)
        self.told.append(Told("ask", order.number, (volunteer.id,), now, minutes, follow_up.id))

    async def order_held(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        volunteer: Person | None,
        leads: list[Person],
        held: timedelta,
        *,
        asked: bool,
    ) -> None:
        ids = tuple(p.id for p in leads)
        told = Told("held", order.number, ids, self.clock.now(), _min(held), asked=asked)
        self.told.append(told)

    def of(self, what: str) -> list[Told]:
        """What was told of one kind, in order."""
        return [told for told in self.told if told.what == what]


def _min(value: timedelta) -> int:
    return int(value.total_seconds() // 60)


async def open_request(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    building_id: int,
    resident_id: int,
    text: str,
    *,
    flat: str = "3-2-501",
    notifier: RecordingNotifier | None = None,
) -> Order:
    """Open an order from a resident's message through the real use case, card attached."""
    async with sessionmaker() as session:
        building = await session.get(Building, building_id)
        assert building is not None
        message_id = next(_messages)
        order = await open_order(
            session,
            clock,
            notifier or RecordingNotifier(),
            building=building,
            resident_id=resident_id,
            source_message_id=message_id,
            text=text,
            understanding=understand(text, registered_flat=flat),
        )
        assert order is not None
        await attach_card(session, order.id, message_id + 100_000)
        await session.commit()
        await session.refresh(order)
        return order


async def press(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    order_id: int,
    action: OrderAction,
    actor_id: int,
    *,
    notifier: RecordingNotifier | None = None,
    category: str | None = None,
) -> ActionResult:
    """A press on the order's own card, committed as the update middleware does."""
    async with sessionmaker() as session:
        order = await session.get(Order, order_id)
        assert order is not None
        building = await session.get(Building, order.building_id)
        assert building is not None and order.card_message_id is not None
        result = await act_on_order(
            session,
            clock,
            notifier or RecordingNotifier(),
            order_id=order_id,
            action=action,
            actor_id=actor_id,
            pressed=CardPress(building.chat_id, order.card_message_id),
            category=category,
        )
        await session.commit()
        return result


async def follow_up_rows(
    sessionmaker: async_sessionmaker[AsyncSession], order_id: int
) -> list[OrderFollowUp]:
    """An order's follow-ups, in the order they were made."""
    async with sessionmaker() as session:
        stmt = select(OrderFollowUp).where(OrderFollowUp.order_id == order_id)
        return list((await session.scalars(stmt.order_by(OrderFollowUp.id))).all())
