"""What the domain needs from the outside world, as protocols (no Telegram here)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from models.buildings import Building
from models.health import TemperatureReading
from models.incidents import Incident, IncidentAlert
from models.order_follow_ups import OrderFollowUp
from models.orders import Order
from models.people import Person

if TYPE_CHECKING:
    from domain.pair_tasks import LateTask
    from domain.pairing import Handback
    from models.pairing import OrderReservation


class OrderNotifier(Protocol):
    """Queues what people must see about an order, inside the caller's transaction."""

    async def order_created(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation | None,
    ) -> None:
        """Post the new order's card (drawn reserved when `reservation`, the order's, holds)."""
        ...

    async def order_changed(
        self, session: AsyncSession, building: Building, order: Order, card_message_id: int | None
    ) -> None: ...

    async def order_delivered(
        self, session: AsyncSession, building: Building, order: Order
    ) -> None: ...

    async def demand_changed(self, session: AsyncSession, page_ids: list[int]) -> None:
        """需求清单: redraw these delivery-list messages (a household's part was delivered)."""
        ...

    async def order_reserved(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation,
    ) -> None:
        """包户: offer the order privately to its household's volunteer, with a Claim button."""
        ...


class FollowUpNotifier(Protocol):
    """Queues an order's follow-ups (domain/order_follow_up.py), inside the job's transaction."""

    async def order_unclaimed(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        leads: list[Person],
        waited: timedelta,
    ) -> None:
        """Raise the order again in the group; tell `leads` privately (none: say so there)."""
        ...

    async def ask_volunteer(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        follow_up: OrderFollowUp,
        volunteer: Person,
        held: timedelta,
    ) -> None:
        """Ask the volunteer privately: Still on it / Release."""
        ...

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
        """Tell `leads` an order is held undelivered (`asked`: its volunteer did not answer;
        else could not be asked privately); none: say so in the group."""
        ...


class DispatchNotifier(OrderNotifier, Protocol):
    """Queues what people must see when staff dispatch orders (社区派单)."""

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
        """The new holder gets the card privately (the notice refers to `event_id`); a holder
        who lost the order is told."""
        ...

    async def assignee_unreachable(
        self, session: AsyncSession, building: Building, order: Order, assigner_id: int
    ) -> None:
        """The assigned volunteer could not be told privately: tell whoever assigned it."""
        ...

    async def orders_handed_back(
        self, session: AsyncSession, building: Building, volunteer_id: int, numbers: list[int]
    ) -> None:
        """A volunteer who stepped down handed these orders back: tell the lead privately."""
        ...


class HealthNotifier(Protocol):
    """Queues what people must see about a resident's health report."""

    async def fever_reported(
        self, session: AsyncSession, building: Building, reading: TemperatureReading
    ) -> None: ...


class IncidentNotifier(Protocol):
    """Queues (at emergency priority) what people must see about an incident."""

    async def incident_opened(
        self,
        session: AsyncSession,
        building: Building,
        incident: Incident,
        alerted: tuple[str, ...],
        *,
        no_doctor: bool = False,
    ) -> None: ...

    async def incident_alert(
        self,
        session: AsyncSession,
        building: Building,
        incident: Incident,
        alert: IncidentAlert,
        level_names: tuple[str, ...],
    ) -> None: ...

    async def incident_escalated(
        self,
        session: AsyncSession,
        incident: Incident,
        chat_ids: list[int],
        level_names: tuple[str, ...],
        *,
        actor_id: int | None = None,
    ) -> None: ...

    async def incident_changed(
        self,
        session: AsyncSession,
        building: Building,
        incident: Incident,
        action: str,
        actor_id: int,
        chat_ids: list[int],
    ) -> None: ...

    async def incident_webhook(
        self, session: AsyncSession, incident: Incident, webhook: str, event: str
    ) -> None: ...

    async def incident_follow_up(
        self,
        session: AsyncSession,
        incident: Incident,
        author_id: int,
        text: str,
        chat_ids: list[int],
    ) -> None: ...

    async def incident_fallback(
        self, session: AsyncSession, building: Building, incident: Incident, people: list[int]
    ) -> None: ...

    async def incident_unanswered(
        self,
        session: AsyncSession,
        building: Building,
        incident: Incident,
        alerted: tuple[str, ...],
    ) -> None: ...

    async def group_admins(self, building: Building) -> list[int]:
        """Ask Telegram for the group's admins and remember them (never inside a transaction)."""
        ...

    def remembered_admins(self, building: Building) -> list[int]:
        """The group's admins as last asked (none if never): what a climb may use."""
        ...

    def has_webhook(self, key: str) -> bool:
        """Whether ESCALATION_WEBHOOKS configures this key (else the webhook reaches nobody)."""
        ...


class Notifier(OrderNotifier, HealthNotifier, IncidentNotifier, Protocol):
    """Everything the group-message intake may need to tell."""


class PairingNotifier(Protocol):
    """Queues what people must see about 包户: offers taken, late tasks, households handed back."""

    async def offer_taken(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation,
    ) -> None: ...

    async def offer_opened(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation,
    ) -> None:
        """The window passed unclaimed: the private offer says the card is open to everyone."""
        ...

    async def tasks_late(
        self, session: AsyncSession, building: Building, late: list[LateTask]
    ) -> None: ...

    async def pairings_handed_back(
        self, session: AsyncSession, building: Building, volunteer_id: int, handback: Handback
    ) -> None: ...


class PairedNotifier(Protocol):
    """Queues the private message a volunteer gets when a household is paired with them."""

    async def paired(
        self, session: AsyncSession, building: Building, flat: str, volunteer_id: int
    ) -> None: ...
