"""Job: alert the next level of one incident if its deadline passed unacknowledged."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import Clock
from domain.incidents import escalate_if_due
from domain.ports import IncidentNotifier

log = logging.getLogger(__name__)


async def escalate_incident(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    notifier: IncidentNotifier,
    incident_id: int,
) -> bool:
    """Open a session, re-check the incident, climb one step; stale or acknowledged: no-op.

    The job owns the transaction: the climb and its alerts are committed together, or nothing.
    """
    async with sessionmaker() as session:
        climbed = await escalate_if_due(session, clock, notifier, incident_id)
        if climbed:
            await session.commit()
    if climbed:
        log.warning("incident %s not acknowledged in time: escalated", incident_id)
    return climbed
