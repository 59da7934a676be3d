"""Factory helpers: a building, people and orders in one line each."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.order_rules import OrderStatus
from models.buildings import Building, Member
from models.orders import Order
from models.people import Person

_ids = count(1000)


async def make_building(
    session: AsyncSession, clock: FakeClock, *, name: str | None = "3号楼", language: str = "both"
) -> Building:
    """A set-up building with a fresh group chat id."""
    building = Building(
        chat_id=-100_000 - next(_ids),
        chat_title=f"{name} group",
        name=name,
        language=language,
        created_at=clock.now(),
        updated_at=clock.now(),
    )
    session.add(building)
    await session.flush()
    return building


async def make_person(
    session: AsyncSession,
    clock: FakeClock,
    building: Building | None = None,
    *,
    name: str = "王阿姨",
    flat: str | None = None,
    volunteer: bool = False,
    staff: bool = False,
    lead: bool = False,
    doctor: bool = False,
    started: bool = False,
) -> Person:
    """A person, optionally a member of a building with a flat and roles; `started`: has sent
    /start to the bot, so private alerts reach them."""
    person = Person(
        id=next(_ids),
        started_bot=started,
        username=f"user{next(_ids)}",
        full_name=name,
        created_at=clock.now(),
        updated_at=clock.now(),
    )
    session.add(person)
    await session.flush()
    if building is not None:
        session.add(
            Member(
                building_id=building.id,
                person_id=person.id,
                flat=flat,
                is_volunteer=volunteer,
                is_staff=staff,
                is_lead=lead,
                is_doctor=doctor,
                created_at=clock.now(),
                updated_at=clock.now(),
            )
        )
        await session.flush()
    return person


async def make_order(
    session: AsyncSession,
    clock: FakeClock,
    building: Building,
    resident: Person,
    *,
    status: OrderStatus = OrderStatus.OPEN,
    volunteer: Person | None = None,
    text: str = "帮忙买一袋大米",
) -> Order:
    """An order as if created from a message, in the given state."""
    building.last_order_number += 1
    order = Order(
        building_id=building.id,
        number=building.last_order_number,
        resident_id=resident.id,
        flat="3-2-501",
        category="groceries",
        text=text,
        items=[],
        status=status,
        volunteer_id=volunteer.id if volunteer else None,
        source_chat_id=building.chat_id,
        source_message_id=next(_ids),
        card_message_id=next(_ids),
        created_at=clock.now(),
        updated_at=clock.now(),
    )
    session.add(order)
    await session.flush()
    return order


@dataclass
class RecordingNotifier:
    """An OrderNotifier that remembers what it was asked to tell."""

    events: list[tuple[str, int, str]] = field(default_factory=list)
    alerts: list[tuple[int, int, int]] = field(default_factory=list)
    admins: list[int] = field(default_factory=list)
    late: list[tuple[int, list[tuple[str, str]]]] = field(default_factory=list)
    """包户: each late-task list told, as (building id, [(flat, task kind)])."""
    webhooks: set[str] = field(default_factory=lambda: {"street"})
    """The keys ESCALATION_WEBHOOKS would configure (incident_world's street gateway)."""

    async def order_created(
        self, session: AsyncSession, building: Building, order: Order, reservation: object
    ) -> None:
        self.events.append(("created", order.number, order.status))

    async def order_changed(
        self, session: AsyncSession, building: Building, order: Order, card_message_id: int | None
    ) -> None:
        self.events.append(("changed", order.number, order.status))

    async def order_delivered(
        self, session: AsyncSession, building: Building, order: Order
    ) -> None:
        self.events.append(("delivered", order.number, order.status))

    async def demand_changed(self, session: AsyncSession, page_ids: list[int]) -> None:
        self.events.append(("demand", 0, ",".join(map(str, page_ids))))

    async def order_dispatched(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        *,
        event_id: int,
        action: str,
        actor_id: int,
        previous_volunteer_id: int | None,
    ) -> None:
        self.events.append((action, order.number, f"{previous_volunteer_id}>{order.volunteer_id}"))

    async def assignee_unreachable(
        self, session: AsyncSession, building: Building, order: Order, assigner_id: int
    ) -> None:
        self.events.append(("unreached", order.number, str(assigner_id)))

    async def orders_handed_back(
        self, session: AsyncSession, building: Building, volunteer_id: int, numbers: list[int]
    ) -> None:
        self.events.append(("handed_back", volunteer_id, ",".join(map(str, numbers))))

    async def order_reserved(
        self, session: AsyncSession, building: Building, order: Order, reservation: object
    ) -> None:
        self.events.append(("reserved", order.number, str(getattr(reservation, "volunteer_id", 0))))

    async def offer_taken(
        self, session: AsyncSession, building: Building, order: Order, reservation: object
    ) -> None:
        self.events.append(("offer_taken", order.number, order.status))

    async def offer_opened(
        self, session: AsyncSession, building: Building, order: Order, reservation: object
    ) -> None:
        self.events.append(("offer_opened", order.number, order.status))

    async def tasks_late(self, session: AsyncSession, building: Building, late: list[Any]) -> None:
        self.late.append((building.id, [(task.flat, str(task.kind)) for task in late]))

    async def pairings_handed_back(
        self, session: AsyncSession, building: Building, volunteer_id: int, handback: Any
    ) -> None:
        lead = getattr(handback.lead, "id", None)
        self.events.append(("handed_back", volunteer_id, f"{lead}:{','.join(handback.flats)}"))

    async def fever_reported(
        self, session: AsyncSession, building: Building, reading: object
    ) -> None:
        self.events.append(("fever", 0, str(getattr(reading, "celsius", ""))))

    async def incident_opened(
        self,
        session: AsyncSession,
        building: Building,
        incident: object,
        alerted: tuple[str, ...],
        *,
        no_doctor: bool = False,
    ) -> None:
        self.events.append(("opened", getattr(incident, "id", 0), " / ".join(alerted)))

    async def incident_alert(
        self,
        session: AsyncSession,
        building: Building,
        incident: object,
        alert: object,
        level_names: tuple[str, ...],
    ) -> None:
        self.alerts.append(
            (getattr(alert, "stage", -1), getattr(alert, "round", -1), getattr(alert, "chat_id", 0))
        )

    async def incident_escalated(
        self,
        session: AsyncSession,
        incident: object,
        chat_ids: list[int],
        level_names: tuple[str, ...],
        *,
        actor_id: int | None = None,
    ) -> None:
        self.events.append(("escalated", len(chat_ids), " / ".join(level_names)))

    async def incident_unanswered(
        self, session: AsyncSession, building: Building, incident: object, alerted: tuple[str, ...]
    ) -> None:
        self.events.append(("unanswered", getattr(incident, "id", 0), " / ".join(alerted)))

    async def incident_changed(
        self,
        session: AsyncSession,
        building: Building,
        incident: object,
        action: str,
        actor_id: int,
        chat_ids: list[int],
    ) -> None:
        self.events.append((action, actor_id, str(sorted(chat_ids))))

    async def incident_webhook(
        self, session: AsyncSession, incident: object, webhook: str, event: str
    ) -> None:
        self.events.append(("webhook", 0, f"{webhook}:{event}"))

    async def incident_follow_up(
        self,
        session: AsyncSession,
        incident: object,
        author_id: int,
        text: str,
        chat_ids: list[int],
    ) -> None:
        self.events.append(("follow_up", author_id, str(sorted(chat_ids))))

    async def incident_fallback(
        self, session: AsyncSession, building: Building, incident: object, people: list[int]
    ) -> None:
        self.events.append(("fallback", getattr(incident, "id", 0), str(sorted(people))))

    async def group_admins(self, building: Building) -> list[int]:
        return list(self.admins)

    def remembered_admins(self, building: Building) -> list[int]:
        return list(self.admins)

    def has_webhook(self, key: str) -> bool:
        return key in self.webhooks


async def make_chain(
    session: AsyncSession,
    community: str,
    *levels: tuple[str, int, str, bool] | tuple[str, int, str, bool, str],
) -> None:
    """A community chain from (name, ack seconds, targets, with_previous[, webhook]) tuples."""
    from models.incidents import EscalationLevel

    for position, (name, seconds, targets, with_previous, *webhook) in enumerate(levels, start=1):
        session.add(
            EscalationLevel(
                community=community,
                position=position,
                name=name,
                ack_seconds=seconds,
                targets=targets,
                with_previous=with_previous,
                webhook=webhook[0] if webhook else None,
            )
        )
    await session.flush()


async def count_rows(sessionmaker: async_sessionmaker[AsyncSession], model: type) -> int:
    """How many rows a table holds, read in a session of its own."""
    async with sessionmaker() as session:
        return (await session.execute(select(func.count()).select_from(model))).scalar_one()
