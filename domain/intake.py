"""What happens to a resident's ordinary group message: an order, a temperature, or nothing."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.fever_rules import respond_to_reading
from domain.first_aid import first_aid_hint
from domain.groupbuy import NotedList, note_group_list
from domain.health import record_reading
from domain.incidents import Source, Stored, report_emergency
from domain.members import registered_flat
from domain.orders import open_order
from domain.ports import Notifier
from domain.raising import record_doubt
from domain.understanding import Kind, Understanding, understand, with_registered_flat
from models.buildings import Building
from models.doubts import DoubtQuestion
from models.health import TemperatureReading
from models.incidents import Incident
from models.orders import Order


@dataclass(frozen=True)
class Intake:
    """What a message was understood as, and what it led to."""

    reading: Understanding
    order: Order | None = None
    incident: Incident | None = None
    temperature: TemperatureReading | None = None
    duplicate: bool = False
    doubt: DoubtQuestion | None = None
    """In doubt: the group is to be asked whether help is needed."""
    rollcall_id: int | None = None
    """The roll call the reading filled: its message is to be redrawn."""
    group_list: NotedList | None = None
    """A 接龙 kept for the next merge (not an order)."""


async def take_message(
    session: AsyncSession,
    clock: Clock,
    notifier: Notifier,
    *,
    building: Building,
    person_id: int,
    message_id: int,
    text: str,
    default_timezone: str,
    stored: Stored | None = None,
) -> Intake:
    """Understand a group message: raise an emergency, store a temperature, open an order.

    `default_timezone`: the zone of communities that set none (whether a reading's household
    is in quarantine depends on the community's local date).
    """
    reading = await _read(session, building, person_id, text)
    temperature = None
    fever_incident = None
    rollcall_id = None
    # a message handled twice (its order or incident is refused as a duplicate below) must not
    # store its reading, or alert the doctor, a second time: temperature is None then
    if reading.temperature is not None:
        temperature, rollcall_id = await record_reading(
            session,
            clock,
            building=building,
            person_id=person_id,
            flat=reading.flat,
            celsius=reading.temperature,
            message_id=message_id,
        )
    if temperature is not None and reading.kind is not Kind.EMERGENCY:
        # an emergency opens its own incident below
        fever_incident = await respond_to_reading(
            session,
            clock,
            notifier,
            building=building,
            reading=temperature,
            text=text,
            default_timezone=default_timezone,
            stored=stored,
        )
    if reading.kind is Kind.EMERGENCY:
        incident = await report_emergency(
            session,
            clock,
            notifier,
            building=building,
            reporter_id=person_id,
            text=text,
            source=Source.MESSAGE,
            chat_id=building.chat_id,
            message_id=message_id,
            flat=reading.flat,
            hint=first_aid_hint(reading.families),
            stored=stored,
        )
        return Intake(
            reading,
            incident=incident,
            temperature=temperature,
            duplicate=incident is None,
            rollcall_id=rollcall_id,
        )
    doubt = None
    if reading.in_doubt:  # never silent: a person decides what the rules could not
        doubt = await record_doubt(
            session,
            clock,
            building=building,
            author_id=person_id,
            message_id=message_id,
            text=text,
            reading=reading,
        )
    if reading.group_list is not None:  # a list of households: kept for /merge, not one order
        noted = await note_group_list(
            session,
            clock,
            building=building,
            author_id=person_id,
            message_id=message_id,
            text=text,
            read=reading.group_list,
        )
        return Intake(
            reading,
            duplicate=noted is None,
            doubt=doubt,
            incident=fever_incident,
            rollcall_id=rollcall_id,
            group_list=noted,
        )
    order = None
    if reading.kind is Kind.ORDER:
        order = await open_order(
            session,
            clock,
            notifier,
            building=building,
            resident_id=person_id,
            source_message_id=message_id,
            text=text,
            understanding=reading,
        )
        if order is None:
            return Intake(
                reading,
                duplicate=True,
                doubt=doubt,
                incident=fever_incident,
                rollcall_id=rollcall_id,
            )
    return Intake(
        reading,
        order,
        temperature=temperature,
        doubt=doubt,
        incident=fever_incident,
        rollcall_id=rollcall_id,
    )


async def _read(
    session: AsyncSession, building: Building, person_id: int, text: str
) -> Understanding:
    """understand(text, registered_flat=the sender's flat), the flat read only when it counts.

    Most group messages are chatter that names no flat and leads to nothing; for them the
    registered flat changes no outcome, so the query is spared (the reading then names none).
    """
    reading = understand(text)
    if reading.flat is not None or not _acts(reading):
        return reading
    flat = await registered_flat(session, building.id, person_id)
    return with_registered_flat(reading, flat)


def _acts(reading: Understanding) -> bool:
    """Whether take_message does anything with this reading (where its flat may count)."""
    return (
        reading.kind is not Kind.OTHER
        or reading.in_doubt
        or reading.temperature is not None
        or reading.group_list is not None
    )


class Alarm(enum.StrEnum):
    """What a message in a group with no chain set up yet calls for."""

    EMERGENCY = "emergency"
    IN_DOUBT = "in_doubt"
    NONE = "none"


def alarm_without_chain(text: str) -> Alarm:
    """An emergency, a possible one (in doubt), or neither: read as in a set-up building."""
    reading = understand(text)
    if reading.kind is Kind.EMERGENCY:
        return Alarm.EMERGENCY
    return Alarm.IN_DOUBT if reading.in_doubt else Alarm.NONE
