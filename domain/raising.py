"""Emergencies raised about a message someone else judged: the in-doubt question, /sos as a reply,
and staff's 🆘 on an order card. Each quotes the message and its author's flat."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.first_aid import first_aid_hint
from domain.incidents import Source, Stored, open_emergency
from domain.members import registered_flat
from domain.ports import IncidentNotifier
from domain.understanding import EmergencyFamily, Understanding, understand
from models.base import insert_new
from models.buildings import Building
from models.doubts import DoubtQuestion
from models.incidents import Incident, message_key
from models.orders import Order


class RaiseOutcome(enum.StrEnum):
    """How a request to open an incident about a message ended."""

    OPENED = "opened"
    ALREADY_OPEN = "already_open"
    GONE = "gone"
    """Nothing to raise: forged or stale data, another chat, or a building no longer set up."""


@dataclass(frozen=True)
class Raised:
    """The outcome, with the incident it opened or found."""

    outcome: RaiseOutcome
    incident: Incident | None = None
    announced: tuple[str, ...] = ()
    """Opened: the levels the group was told are called (none: nobody can be reached)."""


async def record_doubt(
    session: AsyncSession,
    clock: Clock,
    *,
    building: Building,
    author_id: int,
    message_id: int,
    text: str,
    reading: Understanding,
) -> DoubtQuestion | None:
    """Keep an in-doubt message so its question's button can open the incident; None if kept."""
    values = dict(
        building_id=building.id,
        chat_id=building.chat_id,
        message_id=message_id,
        author_id=author_id,
        flat=reading.flat,
        text=text,
        families=" ".join(str(family) for family in reading.families),
        asked_at=clock.now(),
    )
    new_id = await insert_new(session, DoubtQuestion, values, unique=("chat_id", "message_id"))
    return await session.get(DoubtQuestion, new_id) if new_id is not None else None


async def confirm_doubt(
    session: AsyncSession,
    clock: Clock,
    notifier: IncidentNotifier,
    *,
    question_id: int,
    chat_id: int,
    building: Building | None,
    stored: Stored | None = None,
    source: Source = Source.BUTTON,
    extra: str = "",
) -> Raised:
    """Someone in the group says yes, help is needed: the incident opens at once (once).

    The question's button, or /sos in reply to the question (`source` SOS, with its `extra`
    words): both open the incident of the message the question is about, keyed like it, so
    whichever comes second is told it is already open.
    """
    question = await session.get(DoubtQuestion, question_id)
    if (
        question is None
        or question.chat_id != chat_id
        or building is None
        or not building.is_set_up
        or question.building_id != building.id
    ):
        return Raised(RaiseOutcome.GONE)
    families = tuple(EmergencyFamily(name) for name in question.families.split())
    return await _open(
        session,
        clock,
        notifier,
        building=building,
        reporter_id=question.author_id,  # their words, their flat: the incident is theirs
        text=f"{question.text}\n/sos {extra}" if extra else question.text,
        flat=question.flat,
        families=families,
        source=source,
        chat_id=chat_id,
        message_id=question.message_id,
        key=message_key(chat_id, question.message_id),
        stored=stored,
    )


async def raise_for_message(
    session: AsyncSession,
    clock: Clock,
    notifier: IncidentNotifier,
    *,
    building: Building,
    reporter_id: int,
    author_id: int | None,
    quoted: str,
    chat_id: int,
    message_id: int,
    quoted_id: int,
    stored: Stored | None = None,
) -> Raised:
    """/sos as a reply: the replied message is the report, with its author's flat.

    Keyed by the quoted message, so a message that already raised one (by its words, by the
    in-doubt button, by an earlier /sos) is told so instead of climbing the chain twice.
    """
    flat = await registered_flat(session, building.id, author_id) if author_id else None
    reading = understand(quoted, registered_flat=flat)
    return await _open(
        session,
        clock,
        notifier,
        building=building,
        reporter_id=reporter_id,
        text=quoted,
        flat=reading.flat,
        families=reading.families,
        source=Source.SOS,
        chat_id=chat_id,
        message_id=message_id,
        key=message_key(chat_id, quoted_id),
        stored=stored,
    )


async def raise_for_order(
    session: AsyncSession,
    clock: Clock,
    notifier: IncidentNotifier,
    *,
    order_id: int,
    building: Building | None,
    staff_id: int,
    chat_id: int,
    message_id: int,
    stored: Stored | None = None,
) -> Raised:
    """Staff's 🆘 on an order card: the order's words and flat become an emergency (once)."""
    order = await session.get(Order, order_id)
    if (
        order is None
        or building is None
        or not building.is_set_up
        or order.building_id != building.id
        or building.chat_id != chat_id
    ):
        return Raised(RaiseOutcome.GONE)
    return await _open(
        session,
        clock,
        notifier,
        building=building,
        reporter_id=staff_id,
        text=order.text,
        flat=order.flat,
        families=understand(order.text).families,
        source=Source.BUTTON,
        chat_id=chat_id,
        message_id=message_id,
        # keyed like the order's message, so a /sos reply to it and this button open one incident
        key=message_key(order.source_chat_id, order.source_message_id),
        stored=stored,
    )


async def _open(
    session: AsyncSession,
    clock: Clock,
    notifier: IncidentNotifier,
    *,
    building: Building,
    reporter_id: int,
    text: str,
    flat: str | None,
    families: tuple[EmergencyFamily, ...],
    source: Source,
    chat_id: int,
    message_id: int,
    key: str | None,
    stored: Stored | None = None,
) -> Raised:
    opened = await open_emergency(
        session,
        clock,
        notifier,
        building=building,
        reporter_id=reporter_id,
        text=text,
        source=source,
        chat_id=chat_id,
        message_id=message_id,
        flat=flat,
        hint=first_aid_hint(families),
        key=key,
        stored=stored,
    )
    if opened is not None:
        return Raised(RaiseOutcome.OPENED, opened.incident, opened.announced)
    key = key or message_key(chat_id, message_id)
    existing = (await session.scalars(select(Incident).where(Incident.source_key == key))).first()
    return Raised(RaiseOutcome.ALREADY_OPEN, existing)
