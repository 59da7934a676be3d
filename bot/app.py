"""Wiring: settings → engine → Bot → sender → Dispatcher → routers."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.calendar_wiring import calendar_actions as default_calendar_actions
from bot.commands import publish_commands
from bot.l10n import L10n
from bot.middlewares import ChatOrderMiddleware, ContextMiddleware, DatabaseMiddleware
from bot.notifier import INCIDENT_ALERT, ORDER_CARD, TelegramNotifier
from bot.rate_limit import SendLimits, SendRateLimiter
from bot.rights import check_startup_rights
from bot.rollcall_view import (
    ROLLCALL_MESSAGE,
    WELFARE_PROMPT,
    RollCallRenderer,
    rollcall_message_sent,
)
from bot.sampling_view import SAMPLING_PAGE, SamplingRenderer, SamplingView
from bot.scheduler import create_scheduler
from bot.sender import OutboundSender
from bot.settings import Settings
from bot.webhooks import WebhookPoster
from domain.calendar_actions import CalendarActions, check_actions
from domain.clock import Clock, SystemClock
from domain.incident_climb import alert_delivered, alert_failed
from domain.orders import attach_card
from domain.rollcall import welfare_prompted
from handlers import build_root_router
from jobs.run_calendar import CalendarTick, run_calendar
from jobs.sweep_incidents import sweep_incidents
from models.db import create_engine, create_sessionmaker
from models.migrate import upgrade
from models.sampling import attach_page

log = logging.getLogger(__name__)


def create_bot(settings: Settings, *, request_timeout: float = 30.0) -> Bot:
    """The aiogram client, pointed at TELEGRAM_API_URL."""
    assert settings.bot_token is not None
    session = AiohttpSession(
        api=TelegramAPIServer.from_base(settings.telegram_api_url), timeout=request_timeout
    )
    return Bot(settings.bot_token.get_secret_value(), session=session)


def build_dispatcher(
    *,
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    l10n: L10n,
    sender: OutboundSender,
    notifier: TelegramNotifier,
) -> Dispatcher:
    """A Dispatcher holding the long-lived objects handlers receive by name."""
    dispatcher = Dispatcher(
        settings=settings, clock=clock, l10n=l10n, sender=sender, notifier=notifier
    )
    dispatcher.update.outer_middleware(ChatOrderMiddleware())
    dispatcher.update.outer_middleware(DatabaseMiddleware(sessionmaker, clock))
    dispatcher.update.outer_middleware(ContextMiddleware(sessionmaker, clock, l10n))
    dispatcher.include_router(build_root_router())
    return dispatcher


@dataclass
class Louhu:
    """One running bot: its database, Telegram client, sender and dispatcher."""

    settings: Settings
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    bot: Bot
    sender: OutboundSender
    dispatcher: Dispatcher
    notifier: TelegramNotifier
    clock: Clock
    calendar_actions: CalendarActions

    async def sweep(self) -> int:
        """Escalate overdue incidents now (the scheduler does this every second)."""
        climbed = await sweep_incidents(self.sessionmaker, self.clock, self.notifier)
        self.sender.wake()
        return climbed

    async def run_calendar(self) -> CalendarTick:
        """Run the quarantine calendar's due slots now (the scheduler does this every tick)."""
        tick = await run_calendar(
            self.sessionmaker,
            self.clock,
            self.calendar_actions,
            default_timezone=self.settings.timezone,
        )
        self.sender.wake()
        return tick

    async def poll(self, *, handle_signals: bool = True, polling_timeout: int = 25) -> None:
        """Long-poll Telegram until stopped."""
        await self.dispatcher.start_polling(
            self.bot,
            allowed_updates=self.dispatcher.resolve_used_update_types(),
            handle_signals=handle_signals,
            close_bot_session=False,
            polling_timeout=polling_timeout,
        )


@contextlib.asynccontextmanager
async def open_louhu(
    settings: Settings,
    *,
    clock: Clock | None = None,
    request_timeout: float = 30.0,
    calendar_actions: CalendarActions | None = None,
    send_limits: SendLimits | None = None,
) -> AsyncIterator[Louhu]:
    """Migrate the database, connect to Telegram, start the sender; undo it all on exit.

    `calendar_actions`: what the quarantine calendar runs per slot kind (by default the
    features' own, as bot/calendar_wiring.py lists them). `send_limits`: the sender's limits
    (Telegram's by default); tests that live days of simulated time in seconds of real time
    raise them, the sender's limiter counting real seconds.
    """
    clock = clock or SystemClock()
    engine = create_engine(settings.database_url)
    try:
        await upgrade(engine)
        sessionmaker = create_sessionmaker(engine)
        l10n = L10n(settings.locales_dir)
        if calendar_actions is None:
            calendar_actions = default_calendar_actions(l10n, settings)
        check_actions(calendar_actions)
        bot = create_bot(settings, request_timeout=request_timeout)
        webhooks = WebhookPoster(settings.escalation_webhooks)
        try:
            notifier = TelegramNotifier(
                l10n,
                clock,
                settings.default_language,
                bot=bot,
                zone=ZoneInfo(settings.timezone),
                webhooks=settings.escalation_webhooks.keys(),
            )
            sender = OutboundSender(
                bot,
                sessionmaker,
                SystemClock(),
                on_sent={
                    ORDER_CARD: attach_card,
                    INCIDENT_ALERT: alert_delivered,
                    SAMPLING_PAGE: attach_page,
                    ROLLCALL_MESSAGE: rollcall_message_sent,
                    WELFARE_PROMPT: welfare_prompted,
                },
                on_failed={INCIDENT_ALERT: alert_failed},
                webhooks=webhooks,
                limiter=SendRateLimiter(send_limits) if send_limits is not None else None,
                emergency_timeout=settings.emergency_send_timeout,
                live_edit_seconds=settings.live_edit_seconds,
                live_renderers={
                    ROLLCALL_MESSAGE: RollCallRenderer(l10n),
                    SAMPLING_PAGE: SamplingRenderer(SamplingView(l10n, settings.timezone)),
                },
            )
            dispatcher = build_dispatcher(
                settings=settings,
                sessionmaker=sessionmaker,
                clock=clock,
                l10n=l10n,
                sender=sender,
                notifier=notifier,
            )
            scheduler = create_scheduler(
                sessionmaker=sessionmaker,
                clock=clock,
                notifier=notifier,
                sender=sender,
                sweep_seconds=settings.escalation_sweep_seconds,
                calendar_actions=calendar_actions,
                calendar_seconds=settings.calendar_tick_seconds,
                default_timezone=settings.timezone,
                health_retention_days=settings.health_retention_days,
            )
            await check_startup_rights(bot)
            await publish_commands(bot, l10n, settings.default_language)
            sender.start()
            scheduler.start()
            try:
                yield Louhu(
                    settings,
                    engine,
                    sessionmaker,
                    bot,
                    sender,
                    dispatcher,
                    notifier,
                    clock,
                    calendar_actions,
                )
            finally:
                scheduler.shutdown(wait=False)
                await sender.stop()
        finally:
            await webhooks.close()
            await bot.session.close()
    finally:
        await engine.dispose()


async def run_polling(settings: Settings) -> None:
    """Run the bot against Telegram until SIGINT/SIGTERM."""
    async with open_louhu(settings) as louhu:
        await louhu.poll()
