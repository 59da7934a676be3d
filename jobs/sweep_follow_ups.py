"""Job: find order follow-ups that fell due (the database holds the due times) and run each."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import Clock
from domain.order_follow_up import FollowUpDone
from domain.ports import FollowUpNotifier
from jobs.follow_up_order import follow_up_order
from models.order_follow_ups import due_follow_up_ids

log = logging.getLogger(__name__)


async def sweep_follow_ups(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, notifier: FollowUpNotifier
) -> int:
    """Run every due follow-up once; one that fails is logged and retried at the next sweep.
    Returns how many told someone (the sender should wake)."""
    async with sessionmaker() as session:
        due = await due_follow_up_ids(session, clock.now())
    told = 0
    for follow_up_id in due:
        try:
            done = await follow_up_order(sessionmaker, clock, notifier, follow_up_id)
        except Exception:  # one broken order must not hold back the others' follow-ups
            log.exception("order follow-up %s failed; retried at the next sweep", follow_up_id)
            continue
        told += done not in (FollowUpDone.GONE, FollowUpDone.STALE)
    return told
