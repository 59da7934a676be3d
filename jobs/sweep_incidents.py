"""Job: find incidents past their deadline and escalate each (the database holds the deadlines)."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import Clock
from domain.escalation_policy import Trigger, statuses_acted_on
from domain.ports import IncidentNotifier
from jobs.escalate_incident import escalate_incident
from models.incidents import due_incident_ids

log = logging.getLogger(__name__)


async def sweep_incidents(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, notifier: IncidentNotifier
) -> int:
    """Escalate every overdue incident once; one that fails is logged and the rest still climb."""
    async with sessionmaker() as session:
        due = await due_incident_ids(session, clock.now(), statuses_acted_on(Trigger.DEADLINE))
    climbed = 0
    for incident_id in due:
        try:
            climbed += await escalate_incident(sessionmaker, clock, notifier, incident_id)
        except Exception:  # one broken incident must not hold back the others' alerts
            log.exception(
                "incident %s could not be escalated; retried at the next sweep", incident_id
            )
    return climbed
