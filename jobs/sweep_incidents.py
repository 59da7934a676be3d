"""Job: find incidents past their deadline and escalate each (the database holds the deadlines)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import Clock
from domain.ports import IncidentNotifier
from jobs.escalate_incident import escalate_incident
from models.incidents import due_incident_ids


async def sweep_incidents(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, notifier: IncidentNotifier
) -> int:
    """Escalate every overdue incident once; returns how many climbed."""
    async with sessionmaker() as session:
        due = await due_incident_ids(session, clock.now())
    climbed = 0
    for incident_id in due:
        climbed += await escalate_incident(sessionmaker, clock, notifier, incident_id)
    return climbed
