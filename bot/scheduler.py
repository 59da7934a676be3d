"""APScheduler only wakes work up: the sweep re-reads deadlines from the database each time."""

from __future__ import annotations

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.sender import OutboundSender
from domain.clock import Clock
from domain.ports import IncidentNotifier
from jobs.sweep_incidents import sweep_incidents


def create_scheduler(
    *,
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    notifier: IncidentNotifier,
    sender: OutboundSender,
    sweep_seconds: float,
) -> AsyncIOScheduler:
    """A scheduler whose one job escalates overdue incidents and wakes the sender."""

    async def sweep() -> None:
        if await sweep_incidents(sessionmaker, clock, notifier):
            sender.wake()

    scheduler = AsyncIOScheduler()
    scheduler.add_job(
        sweep,
        "interval",
        seconds=sweep_seconds,
        id="sweep_incidents",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
    )
    return scheduler
