"""APScheduler only wakes work up: the sweep re-reads deadlines from the database each time."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.sender import OutboundSender
from domain.calendar_actions import CalendarActions
from domain.clock import Clock
from domain.ports import IncidentNotifier
from jobs.prune_history import prune_history
from jobs.retain_health import retain_health
from jobs.run_calendar import run_calendar
from jobs.sweep_incidents import sweep_incidents

log = logging.getLogger(__name__)
PRUNE_HOURS = 6


def create_scheduler(
    *,
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    notifier: IncidentNotifier,
    sender: OutboundSender,
    sweep_seconds: float,
    calendar_actions: CalendarActions,
    calendar_seconds: float,
    default_timezone: str,
    health_retention_days: int = 30,
) -> AsyncIOScheduler:
    """Escalate overdue incidents (and wake the sender) every few seconds; run the quarantine
    calendar's due slots; prune bookkeeping."""

    async def sweep() -> None:
        if await sweep_incidents(sessionmaker, clock, notifier):
            sender.wake()

    async def calendar() -> None:
        tick = await run_calendar(
            sessionmaker, clock, calendar_actions, default_timezone=default_timezone
        )
        if tick.queued:
            sender.wake()

    async def prune() -> None:
        pruned = await prune_history(sessionmaker, clock)
        log.info("pruned history: %s", pruned)
        purged = await retain_health(
            sessionmaker,
            clock,
            keep_days=health_retention_days,
            default_timezone=default_timezone,
        )
        log.info("health records past retention: %s", purged)

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
    scheduler.add_job(
        calendar,
        "interval",
        seconds=calendar_seconds,
        id="run_calendar",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
        next_run_time=datetime.now(UTC),  # at once: a restart at 08:05 sends the 08:00 roll call
    )
    scheduler.add_job(
        prune,
        "interval",
        hours=PRUNE_HOURS,
        id="prune_history",
        max_instances=1,
        coalesce=True,
        next_run_time=datetime.now(UTC),  # once at start, so a bot restarted daily still prunes
    )
    return scheduler
