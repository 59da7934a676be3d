"""Job: alert the next level of one incident if its deadline passed unacknowledged."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import Clock
from domain.escalation_policy import Trigger
from domain.incident_climb import admins_needed
from domain.incidents import escalate_if_due
from domain.ports import IncidentNotifier
from models.claims import take_row
from models.incidents import Incident

log = logging.getLogger(__name__)


async def escalate_incident(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    notifier: IncidentNotifier,
    incident_id: int,
) -> bool:
    """Open a session, re-check the incident, climb one step; stale or acknowledged: no-op.

    The job owns the transaction: the climb and its alerts are committed together, or nothing.
    On PostgreSQL the incident's row is taken with SKIP LOCKED, so of several workers one
    climbs and the others pass on to the next incident. A climb that falls back to the group's
    admins has them asked of Telegram first, in no transaction, so a slow answer holds no
    database connection (nor other incidents).
    """
    async with sessionmaker() as session:
        building = await admins_needed(
            session, notifier, incident_id, Trigger.DEADLINE, clock.now()
        )
    if building is not None:
        await notifier.group_admins(building)
    async with sessionmaker() as session:
        # Another worker climbing this incident now holds its row: the climb is theirs.
        climbed = await take_row(session, Incident, incident_id) and await escalate_if_due(
            session, clock, notifier, incident_id
        )
        if climbed:
            await session.commit()
    if climbed:
        log.warning("incident %s not acknowledged in time: escalated", incident_id)
    return climbed
