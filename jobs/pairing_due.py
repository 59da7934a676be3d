"""Job: 包户 work that falls due, read from the database at each tick (the scheduler only wakes
it): reserved orders whose window passed open to everyone; each paired household in quarantine
gets the day's tasks; tasks past their time and not done are listed to the lead.

Each reservation and each building is a transaction of its own, so one that fails holds up no
other and is tried again at the next tick; every change is a conditional UPDATE, so a restart (or
a second process) never opens a card or lists a task twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.calendar_settings import calendar_settings
from domain.clock import Clock
from domain.pair_claims import due_windows, open_window
from domain.pair_tasks import ensure_tasks, report_late
from domain.ports import OrderNotifier, PairingNotifier
from models.buildings import Building
from models.pairing import HouseholdTask, Pairing

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
                if await open_window(session, clock, notifier, reservation_id=reservation_id):
                    tick.opened += 1
                await session.commit()
        except Exception:
            log.exception("reservation %s not opened; tried again next tick", reservation_id)
    async with sessionmaker() as session:
        building_ids = set(
            (await session.execute(select(Pairing.building_id).distinct())).scalars()
        ) | set(
            (
                await session.execute(
                    select(HouseholdTask.building_id)
                    .where(
                        HouseholdTask.late_told_at.is_(None),
                        HouseholdTask.done_at.is_(None),
                        HouseholdTask.due_at <= clock.now(),
                    )
                    .distinct()
                )
            ).scalars()
        )
    for building_id in sorted(building_ids):
        try:
            async with sessionmaker() as session:
                building = await session.get(Building, building_id)
                if building is None or not building.is_set_up:
                    continue
                settings = await calendar_settings(session, building.community, default_timezone)
                today = clock.now().astimezone(settings.zone).date()
                tick.made += await ensure_tasks(session, building_id, today, settings)
                tick.late += len(await report_late(session, clock, notifier, building=building))
                await session.commit()
        except Exception:
            log.exception(
                "包户 tasks of building %s not handled; tried again next tick", building_id
            )
    return tick
