"""Job: carry out one order follow-up that fell due (raise it, ask the volunteer, tell the lead)."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import Clock
from domain.order_follow_up import FollowUpDone, follow_up
from domain.ports import FollowUpNotifier
from models.claims import take_row
from models.order_follow_ups import OrderFollowUp

log = logging.getLogger(__name__)


async def follow_up_order(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    notifier: FollowUpNotifier,
    follow_up_id: int,
) -> FollowUpDone:
    """Open a session, re-check the order, act once or drop the follow-up as stale.

    The job owns the transaction: the follow-up marked done and what it tells are committed
    together, or nothing (then the next sweep tries again)."""
    async with sessionmaker() as session:
        if not await take_row(session, OrderFollowUp, follow_up_id):
            return FollowUpDone.GONE  # another worker is on it (SKIP LOCKED)
        done = await follow_up(session, clock.now(), notifier, follow_up_id)
        if done is not FollowUpDone.GONE:
            await session.commit()
    if done is not FollowUpDone.GONE:
        log.info("order follow-up %s: %s", follow_up_id, done.value)
    return done
