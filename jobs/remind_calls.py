"""Job: remind those signed up for a 吹哨 call an hour before it starts (once each).

The due time is in the database (volunteer_calls.remind_at); each reminder is claimed by a
conditional UPDATE before it is queued, in the same transaction, so a tick that runs twice, or
two processes, send it once.
"""

from __future__ import annotations

import logging
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.calls import due_reminders, take_reminder
from domain.clock import Clock
from models.calls import CallSignup, VolunteerCall
from models.claims import take_row

log = logging.getLogger(__name__)


class CallReminder(Protocol):
    """Queues one reminder (bot.call_view.CallReminders); False if it cannot reach the person."""

    async def remind(
        self, session: AsyncSession, clock: Clock, call: VolunteerCall, person_id: int
    ) -> bool: ...


async def remind_calls(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, reminder: CallReminder
) -> int:
    """Queue every due reminder; how many were queued."""
    now = clock.now()
    async with sessionmaker() as session:
        due = await due_reminders(session, now)
    queued = 0
    for signup_id in due:
        try:
            async with sessionmaker() as session:
                if not await take_row(session, CallSignup, signup_id):
                    continue  # another worker is reminding this one now (SKIP LOCKED)
                taken = await take_reminder(session, signup_id, now)
                if taken is not None:
                    signup, call = taken
                    queued += await reminder.remind(session, clock, call, signup.person_id)
                await session.commit()
        except Exception:  # one broken row must not hold back the other reminders
            log.exception("call reminder %s failed; tried again at the next tick", signup_id)
    return queued
