"""What incident use cases look up: recent incidents, who was alerted, who holds a role."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.escalation_policy import IncidentStatus
from models.buildings import Building, Member
from models.incidents import Incident, IncidentAlert, IncidentEvent
from models.people import Person

# Within this time of a report, the reporter's next 🆘 or private emergency message (and a
# responder's private status) belongs to that incident; later ones are new emergencies.
FOLLOW_UP_WINDOW = timedelta(minutes=15)


async def recent_incident(
    session: AsyncSession, building_id: int, reporter_id: int, now: datetime
) -> Incident | None:
    """The person's latest emergency here, if unresolved and reported within FOLLOW_UP_WINDOW.

    An older one that nobody pressed Resolved on must not swallow a new emergency.
    """
    stmt = (
        select(Incident)
        .where(
            Incident.building_id == building_id,
            Incident.reporter_id == reporter_id,
            Incident.status != IncidentStatus.RESOLVED,
            Incident.reported_at >= now - FOLLOW_UP_WINDOW,
        )
        .order_by(Incident.id.desc())
        .limit(1)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def responding_to(session: AsyncSession, person_id: int, now: datetime) -> Incident | None:
    """The latest unresolved, recent incident this person was alerted to privately, if any."""
    stmt = (
        select(Incident)
        .join(IncidentAlert, IncidentAlert.incident_id == Incident.id)
        .where(
            IncidentAlert.chat_id == person_id,
            Incident.status != IncidentStatus.RESOLVED,
            Incident.reported_at >= now - FOLLOW_UP_WINDOW,
        )
        .order_by(Incident.id.desc())
        .limit(1)
    )
    return (await session.execute(stmt)).scalars().first()


async def role_holders(session: AsyncSession, building_id: int, role: str) -> list[int]:
    """Person ids holding a role (lead, doctor, staff) in a building."""
    column = {"lead": Member.is_lead, "doctor": Member.is_doctor, "staff": Member.is_staff}[role]
    stmt = select(Member.person_id).where(Member.building_id == building_id, column.is_(True))
    return list((await session.execute(stmt)).scalars())


async def alerted_chats(session: AsyncSession, incident_id: int) -> list[int]:
    """Every chat an alert for the incident went to."""
    stmt = select(IncidentAlert.chat_id).where(IncidentAlert.incident_id == incident_id).distinct()
    return list((await session.execute(stmt)).scalars())


async def failed_chats(session: AsyncSession, incident_id: int) -> set[int]:
    """Chats that refused an alert for this incident (never started the bot, blocked it)."""
    stmt = select(IncidentAlert.chat_id).where(
        IncidentAlert.incident_id == incident_id, IncidentAlert.delivered.is_(False)
    )
    return set((await session.execute(stmt)).scalars())


async def has_event(session: AsyncSession, incident_id: int, action: str) -> bool:
    """Whether the incident's timeline already has this action."""
    stmt = select(IncidentEvent.id).where(
        IncidentEvent.incident_id == incident_id, IncidentEvent.action == action
    )
    return (await session.execute(stmt.limit(1))).first() is not None


def log_event(
    session: AsyncSession,
    incident: Incident,
    now: datetime,
    actor_id: int | None,
    action: str,
    detail: str | None,
) -> None:
    """Add a step to the incident's timeline (in the caller's transaction)."""
    session.add(
        IncidentEvent(
            incident_id=incident.id, at=now, actor_id=actor_id, action=action, detail=detail
        )
    )


async def staff_communities(session: AsyncSession, person_id: int) -> list[str]:
    """Communities in whose buildings the person is staff, lead or doctor."""
    stmt = (
        select(Building.community)
        .join(Member, Member.building_id == Building.id)
        .where(
            Member.person_id == person_id,
            Member.is_staff.is_(True) | Member.is_lead.is_(True) | Member.is_doctor.is_(True),
        )
        .distinct()
    )
    return list((await session.execute(stmt)).scalars())


async def unresolved_in(
    session: AsyncSession, communities: list[str], limit: int
) -> list[tuple[Incident, Building]]:
    """Unresolved incidents of these communities with their buildings, oldest first."""
    stmt = (
        select(Incident, Building)
        .join(Building, Building.id == Incident.building_id)
        .where(Incident.community.in_(communities), Incident.status != IncidentStatus.RESOLVED)
        .order_by(Incident.id)
        .limit(limit)
    )
    return [(incident, building) for incident, building in (await session.execute(stmt)).all()]


async def anyone_reachable(session: AsyncSession, incident_id: int) -> bool:
    """Whether an alert went to a staff chat or to someone who started the bot (not refused)."""
    stmt = (
        select(IncidentAlert.id)
        .outerjoin(Person, Person.id == IncidentAlert.person_id)
        .where(
            IncidentAlert.incident_id == incident_id,
            IncidentAlert.delivered.is_not(False),
            IncidentAlert.person_id.is_(None) | Person.started_bot.is_(True),
        )
    )
    return (await session.execute(stmt.limit(1))).first() is not None
