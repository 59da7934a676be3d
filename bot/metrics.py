"""Prometheus metrics, one registry per running bot (tests run several bots in one process).

Counted as they happen: updates handled (and how long each took), Telegram's 429s and
refusals (an aiogram session middleware sees every call). Read from the database when
/metrics is scraped: the outbox's depth by priority, open incidents and the oldest one's age,
households missing from today's roll calls. Read from the database, these stay true with
several workers on one database; each worker's counters are its own.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from aiogram import BaseMiddleware
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramMigrateToChat,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.filters.callback_data import CallbackData
from aiogram.methods import GetUpdates, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import Chat, TelegramObject, Update
from aiogram.types.update import UpdateTypeLookupError
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import CardViewCallback, CategoryCallback, IncidentCallback, OrderCallback
from bot.log_context import tag, update_context
from models import observability
from models.outbox import Priority

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.methods import Response

log = logging.getLogger(__name__)
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]

SKIPPED = "louhu_skipped"
"""Set in an update's data by the middleware that finds it already handled."""
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
PRIORITY_NAMES = {int(p): p.name.lower() for p in Priority}


class LouhuMetrics:
    """The bot's metrics on a registry of its own (no global state at import)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.updates = Counter(
            "louhu_updates",
            "Updates taken from Telegram, by result (handled, duplicate, failed).",
            ["result"],
            registry=r,
        )
        self.update_seconds = Histogram(
            "louhu_update_seconds",
            "Seconds from taking an update to committing it (waiting for its chat included).",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.retry_after = Counter(
            "louhu_telegram_429",
            "Telegram calls answered 429 Too Many Requests, by method.",
            ["method"],
            registry=r,
        )
        self.refused = Counter(
            "louhu_telegram_refused",
            "Telegram calls refused for good (400, 403, 404…), by method.",
            ["method"],
            registry=r,
        )
        self.outbox_pending = Gauge(
            "louhu_outbox_pending",
            "Outbox rows not yet sent (due or waiting for a retry), by priority.",
            ["priority"],
            registry=r,
        )
        self.outbox_oldest_due = Gauge(
            "louhu_outbox_oldest_due_seconds",
            "How long the longest-waiting due Telegram call has been due.",
            registry=r,
        )
        self.incidents_open = Gauge(
            "louhu_incidents_open", "Emergencies not yet resolved.", registry=r
        )
        self.incident_oldest_open = Gauge(
            "louhu_incident_oldest_open_seconds",
            "Age of the oldest emergency not yet resolved (0 when none).",
            registry=r,
        )
        self.rollcall_missing = Gauge(
            "louhu_rollcall_missing_households",
            "Households without a reading in a roll call of today that is still open.",
            registry=r,
        )
        for name in PRIORITY_NAMES.values():
            self.outbox_pending.labels(name)
        for result in ("handled", "duplicate", "failed"):
            self.updates.labels(result)

    async def read_database(self, session: AsyncSession, now: datetime) -> None:
        """Refresh the figures kept in the database (before a scrape)."""
        depth = await observability.outbox_depth(session)
        for priority, name in PRIORITY_NAMES.items():
            self.outbox_pending.labels(name).set(depth.pop(priority, 0))
        for priority, count in depth.items():  # a priority no name is known for
            self.outbox_pending.labels(str(priority)).set(count)
        oldest_due = await observability.oldest_due_unsent(session, now=now)
        self.outbox_oldest_due.set(_age(now, oldest_due))
        count, oldest = await observability.open_incidents(session)
        self.incidents_open.set(count)
        self.incident_oldest_open.set(_age(now, oldest))
        self.rollcall_missing.set(await observability.rollcall_missing(session, now=now))

    def exposition(self) -> bytes:
        """The text format Prometheus scrapes."""
        return generate_latest(self.registry)


def _age(now: datetime, since: datetime | None) -> float:
    return max(0.0, (now - since).total_seconds()) if since is not None else 0.0


class TelegramCallMetrics(BaseRequestMiddleware):
    """Counts every Telegram call answered 429 or refused, whoever made it."""

    def __init__(self, metrics: LouhuMetrics) -> None:
        self._metrics = metrics

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        try:
            return await make_request(bot, method)
        except TelegramRetryAfter:
            self._metrics.retry_after.labels(method.__api_method__).inc()
            raise
        except (TelegramServerError, TelegramMigrateToChat):
            raise  # tried again: not a refusal
        except TelegramBadRequest as exc:
            if "message is not modified" not in exc.message:  # the sender counts it as done
                self._metrics.refused.labels(method.__api_method__).inc()
            raise
        except TelegramAPIError:  # 403, 404, 401; a 409 to getUpdates is polling's own affair
            if not isinstance(method, GetUpdates):
                self._metrics.refused.labels(method.__api_method__).inc()
            raise


class UpdateObserver(BaseMiddleware):
    """The outermost update middleware: the update's log context, one line, count, latency."""

    def __init__(self, metrics: LouhuMetrics) -> None:
        self._metrics = metrics
        self._counted = {r: metrics.updates.labels(r) for r in ("handled", "duplicate", "failed")}

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        assert isinstance(event, Update)
        chat: Chat | None = data.get("event_chat")
        started = time.perf_counter()
        with update_context(event.update_id, chat.id if chat else None):
            _tag_press(event)
            result = "failed"
            try:
                response = await handler(event, data)
                result = "duplicate" if data.get(SKIPPED) else "handled"
                return response
            finally:
                seconds = time.perf_counter() - started
                self._counted[result].inc()
                self._metrics.update_seconds.observe(seconds)
                log.info("%s %s in %.1f ms", _kind(event), result, seconds * 1000)


def _kind(update: Update) -> str:
    """The update's type; an update the client could not read (skipped empty) has none."""
    try:
        return update.event_type
    except UpdateTypeLookupError:
        return "unknown"


PRESSES: tuple[tuple[type[CallbackData], str, str], ...] = (
    (OrderCallback, "order_id", "order_id"),
    (CardViewCallback, "order_id", "order_id"),
    (CategoryCallback, "order_id", "order_id"),
    (IncidentCallback, "incident_id", "incident"),
)


def _tag_press(update: Update) -> None:
    """A press on an order card or an alert names its order or incident in its data."""
    query = update.callback_query
    if query is None or not query.data:
        return
    for kind, field, name in PRESSES:
        if query.data.startswith(kind.__prefix__ + kind.__separator__):
            try:
                press = kind.unpack(query.data)
            except (TypeError, ValueError):
                return  # forged or stale: the handler answers it; the log shows the update
            tag(**{name: getattr(press, field)})
            return
