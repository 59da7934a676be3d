"""APScheduler only wakes work up: the sweep re-reads deadlines from the database each time."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.sender import OutboundSender
from domain.calendar_actions import CalendarActions
from domain.clock import Clock
from domain.ports import FollowUpNotifier, IncidentNotifier
from jobs.pairing_due import PairingJobNotifier, run_pairing
from jobs.prune_history import prune_history
from jobs.remind_calls import CallReminder, remind_calls
from jobs.retain_health import retain_health
from jobs.run_calendar import run_calendar
from jobs.sweep_follow_ups import sweep_follow_ups
from jobs.sweep_incidents import sweep_incidents
from models.claims import job_turn
from models.order_follow_ups import next_follow_up_due
from models.outage import is_database_outage

log = logging.getLogger(__name__)
PRUNE_HOURS = 6
Job = Callable[[], Awaitable[None]]


def outlives_outage(job: Job) -> Job:
    """A job run that finds the database out of reach logs one line and ends; the next tick
    tries again (each job re-reads what is due, so nothing is lost). Other faults are logged
    with their traceback by APScheduler, as before; either way the job stays scheduled."""

    @functools.wraps(job)
    async def run() -> None:
        try:
            await job()
        except Exception as exc:
            if not is_database_outage(exc):
                raise
            log.warning(
                "%s: database out of reach (%s); tried again at the next tick",
                job.__name__,
                type(exc).__name__,
            )

    return run


def create_scheduler(
    *,
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    notifier: IncidentNotifier,
    pairing_notifier: PairingJobNotifier,
    sender: OutboundSender,
    sweep_seconds: float,
    calendar_actions: CalendarActions,
    calendar_seconds: float,
    default_timezone: str,
    follow_ups: FollowUpNotifier,
    follow_up_seconds: float,
    call_reminder: CallReminder | None = None,
    call_seconds: float = 30.0,
    health_retention_days: int = 30,
) -> AsyncIOScheduler:
    """Escalate overdue incidents (and wake the sender) every few seconds; run the quarantine
    calendar's due slots and 包户's windows and tasks; prune bookkeeping."""

    @outlives_outage
    async def sweep() -> None:
        if await sweep_incidents(sessionmaker, clock, notifier):
            sender.wake()

    # Ticks that work on everything at once run on one worker at a time (the others skip that
    # tick); the sweeps share their items row by row (SKIP LOCKED in the jobs).
    @outlives_outage
    async def calendar() -> None:
        async with job_turn(sessionmaker, "run_calendar") as mine:
            if not mine:
                return
            tick = await run_calendar(
                sessionmaker, clock, calendar_actions, default_timezone=default_timezone
            )
        if tick.queued:
            sender.wake()

    @outlives_outage
    async def calls() -> None:
        assert call_reminder is not None
        if await remind_calls(sessionmaker, clock, call_reminder):
            sender.wake()

    follow_up_lock = asyncio.Lock()

    @outlives_outage
    async def follow_up() -> None:
        async with follow_up_lock:  # the interval's tick and the exact wake never overlap
            if await sweep_follow_ups(sessionmaker, clock, follow_ups):
                sender.wake()
            await wake_at_next_due()

    async def wake_at_next_due() -> None:
        # The sweep's interval would tell the lead up to one interval late; a one-off wake at
        # the next due time (read from the database, as every sweep is) tells them on time.
        async with sessionmaker() as session:
            due = await next_follow_up_due(session)
        if due is None:
            return
        wait = (due - clock.now()).total_seconds()
        if 0 < wait < follow_up_seconds:
            scheduler.add_job(
                follow_up,
                "date",
                run_date=datetime.now(UTC) + timedelta(seconds=wait),
                id="follow_up_at_due",
                replace_existing=True,
                misfire_grace_time=None,
            )

    @outlives_outage
    async def pairing() -> None:
        async with job_turn(sessionmaker, "pairing_due") as mine:
            if not mine:
                return
            tick = await run_pairing(
                sessionmaker, clock, pairing_notifier, default_timezone=default_timezone
            )
        if tick.queued:
            sender.wake()

    @outlives_outage
    async def prune() -> None:
        async with job_turn(sessionmaker, "prune_history") as mine:
            if mine:
                await _prune()

    async def _prune() -> None:
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
    if call_reminder is not None:
        scheduler.add_job(
            calls,
            "interval",
            seconds=call_seconds,
            id="remind_calls",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
        )
    scheduler.add_job(
        follow_up,
        "interval",
        seconds=follow_up_seconds,
        id="sweep_follow_ups",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
        next_run_time=datetime.now(UTC),  # at once: a restart finds what fell due meanwhile
    )
    scheduler.add_job(
        pairing,
        "interval",
        seconds=calendar_seconds,  # 包户 windows and tasks, on the calendar's tick
        id="pairing_due",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
        next_run_time=datetime.now(UTC),  # at once: a window that passed while down opens now
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
