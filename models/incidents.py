"""Emergencies: incidents, their timeline, the alerts sent for them, and the escalation chain."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime


class EscalationLevel(Base):
    """One level of a community's fast-response chain, in climbing order."""

    __tablename__ = "escalation_levels"
    __table_args__ = (UniqueConstraint("community", "position"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    community: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(128))
    ack_seconds: Mapped[int] = mapped_column(Integer)
    with_previous: Mapped[bool] = mapped_column(Boolean, default=False)
    targets: Mapped[str] = mapped_column(Text, default="")
    """Space-separated: role:lead, role:doctor, role:staff, person:<id>, chat:<id>."""
    webhook: Mapped[str | None] = mapped_column(String(64))
    """Key of an outgoing webhook in settings (ESCALATION_WEBHOOKS)."""


class Incident(Base):
    """An emergency report and everything done about it."""

    __tablename__ = "incidents"
    __table_args__ = (
        UniqueConstraint("source_key"),
        Index("ix_incidents_due", "status", "next_escalation_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"), index=True)
    community: Mapped[str] = mapped_column(String(64))
    reporter_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    flat: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    hint: Mapped[str | None] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(16))
    source_chat_id: Mapped[int] = mapped_column(BigInteger)
    source_message_id: Mapped[int] = mapped_column(BigInteger)
    source_key: Mapped[str] = mapped_column(String(96))
    """What raised it, once: `msg:<chat>:<message>`, or `press:<callback query id>` for 🆘."""
    status: Mapped[str] = mapped_column(String(16))
    stage: Mapped[int] = mapped_column(Integer, default=0)
    """Index of the last stage alerted (0 = the first)."""
    round: Mapped[int] = mapped_column(Integer, default=0)
    """How many times the last stage has been alerted again."""
    next_escalation_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    transported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hospital_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


def message_key(chat_id: int, message_id: int) -> str:
    """The source key of an incident a message raised: one incident per message."""
    return f"msg:{chat_id}:{message_id}"


class IncidentEvent(Base):
    """One step of an incident's timeline."""

    __tablename__ = "incident_events"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    action: Mapped[str] = mapped_column(String(24))
    detail: Mapped[str | None] = mapped_column(Text)


class IncidentAlert(Base):
    """An alert sent to one person or chat for one stage (and round) of an incident."""

    __tablename__ = "incident_alerts"
    __table_args__ = (UniqueConstraint("incident_id", "stage", "round", "chat_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    stage: Mapped[int] = mapped_column(Integer)
    round: Mapped[int] = mapped_column(Integer, default=0)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    delivered: Mapped[bool | None] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


async def chain_levels(session: AsyncSession, community: str) -> list[EscalationLevel]:
    """A community's chain, lowest level first."""
    stmt = (
        select(EscalationLevel)
        .where(EscalationLevel.community == community)
        .order_by(EscalationLevel.position)
    )
    return list((await session.execute(stmt)).scalars())


async def incident_events(session: AsyncSession, incident_id: int) -> list[IncidentEvent]:
    """An incident's timeline, oldest first."""
    stmt = (
        select(IncidentEvent)
        .where(IncidentEvent.incident_id == incident_id)
        .order_by(IncidentEvent.id)
    )
    return list((await session.execute(stmt)).scalars())


async def incident_alerts(session: AsyncSession, incident_id: int) -> list[IncidentAlert]:
    """Every alert sent for an incident, in order."""
    stmt = (
        select(IncidentAlert)
        .where(IncidentAlert.incident_id == incident_id)
        .order_by(IncidentAlert.id)
    )
    return list((await session.execute(stmt)).scalars())


async def due_incident_ids(
    session: AsyncSession, now: datetime, statuses: Collection[str], *, limit: int = 100
) -> list[int]:
    """Incidents in one of `statuses` whose acknowledgement deadline has passed."""
    stmt = (
        select(Incident.id)
        .where(Incident.status.in_(sorted(statuses)), Incident.next_escalation_at <= now)
        .order_by(Incident.next_escalation_at)
        .limit(limit)
    )
    return list((await session.execute(stmt)).scalars())


async def delivered_alerts(session: AsyncSession, incident_id: int) -> list[IncidentAlert]:
    """The incident's alerts Telegram took (they have a message to edit)."""
    stmt = (
        select(IncidentAlert)
        .where(IncidentAlert.incident_id == incident_id, IncidentAlert.message_id.is_not(None))
        .order_by(IncidentAlert.id)
    )
    return list((await session.execute(stmt)).scalars())
