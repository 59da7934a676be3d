"""Job: 包户 work that falls due, read from the database at each tick (the scheduler only wakes
it): reserved orders whose window passed open to everyone; each paired household in quarantine
gets the day's tasks; tasks past their time and not done are listed to the lead.

Each reservation is a transaction of its own, so one that fails holds up no other and is tried
again at the next tick; the day's tasks of every building are made in one (a few queries, not a
few per building), the late ones listed in another. Every change is a conditional UPDATE (or
INSERT … ON CONFLICT DO NOTHING), so a restart (or a second process) never opens a card, makes a
task or lists one twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.calendar_settings import CalendarSettings, from_row
from domain.clock import Clock
from domain.pair_claims import due_windows, open_window
from domain.pair_tasks import ensure_tasks, report_late
from domain.ports import OrderNotifier, PairingNotifier
from models.community_settings import CommunitySettings

log = logging.getLogger(__name__)


class PairingJobNotifier(OrderNotifier, PairingNotifier, Protocol):
    """What the job tells: order cards redrawn, late tasks."""


@dataclass
class PairingTick:
    """What one tick did."""

    opened: int = 0
    """Cards opened to everyone after their window."""
    made: int = 0
    """Daily tasks made."""
    late: int = 0
    """Tasks listed to a lead as late."""

    @property
    def queued(self) -> bool:
        """Whether messages may have been queued (the sender should wake)."""
        return self.opened + self.late > 0


async def run_pairing(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    notifier: PairingJobNotifier,
    *,
    default_timezone: str,
) -> PairingTick:
    """Open passed windows, make today's tasks, list late ones; failures logged, retried later."""
    tick = PairingTick()
    async with sessionmaker() as session:
        due = await due_windows(session, clock.now())
    for reservation_id in due:
        try:
            async with sessionmaker() as session:
                if await open_window(
                    session, clock, notifier, reservation_id=reservation_id, pairing=notifier
                ):
                    tick.opened += 1
                await session.commit()
        except Exception:
            log.exception("reservation %s not opened; tried again next tick", reservation_id)
    try:
        async with sessionmaker() as session:
            rows = (await session.scalars(select(CommunitySettings))).all()
            stored = {row.community: row for row in rows}
            tick.made = await ensure_tasks(
                session,
                clock.now(),
                lambda community: _settings(stored.get(community), community, default_timezone),
            )
            await session.commit()
    except Exception:
        log.exception("包户 tasks not made; tried again next tick")
    try:
        async with sessionmaker() as session:
            late = await report_late(session, clock, notifier)
            tick.late = sum(len(tasks) for tasks in late.values())
            await session.commit()
    except Exception:
        log.exception("late 包户 tasks not listed; tried again next tick")
    return tick


def _settings(
    row: CommunitySettings | None, community: str, default_timezone: str
) -> CalendarSettings | None:
    """A community's settings, or None (logged) when a stored value cannot be read."""
    try:
        settings = from_row(row, default_timezone)
        settings.zone  # noqa: B018 - an unknown zone fails here, not in the middle of the tick
    except Exception:
        log.exception("settings of community %s cannot be read: no 包户 tasks made", community)
        return None
    return settings
