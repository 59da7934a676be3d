"""The bot's one web server: Telegram's webhook, /healthz and /metrics (aiohttp, as aiogram).

Webhook requests are checked against TELEGRAM_WEBHOOK_SECRET (wrong or missing: 401, nothing
handled), answered at once and handled after the answer on a task of their own (or, with
TELEGRAM_WEBHOOK_ANSWER=after, answered once handled), through the
same Dispatcher and middlewares as long polling: an update already handled is skipped
(processed_updates), one chat's updates are handled one at a time in the order they came.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.health import check_health
from bot.metrics import LouhuMetrics
from bot.sender import OutboundSender
from domain.clock import Clock

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 64 * 1024 * 1024
SHUTDOWN_GRACE = 10.0
"""Seconds updates already answered get to finish when the server stops."""


class WebhookHandler(SimpleRequestHandler):
    """aiogram's handler, answering before handling, with the bot's session left to its owner
    and the updates it took finished (not dropped) when the server stops."""

    async def close(self) -> None:
        """Wait for updates already answered 200: Telegram will not send them again."""
        tasks = set(self._background_feed_update_tasks)
        if tasks:
            log.info("webhook: finishing %d update(s) before stopping", len(tasks))
            _, late = await asyncio.wait(tasks, timeout=SHUTDOWN_GRACE)
            for task in late:
                task.cancel()

    def verify_secret(self, telegram_secret_token: str, bot: Bot) -> bool:
        """Constant-time, on bytes: a header with non-ASCII characters is just wrong (aiogram's
        str comparison raises TypeError on it, a 500 instead of a 401)."""
        expected = (self.secret_token or "").encode()
        return bool(expected) and hmac.compare_digest(
            telegram_secret_token.encode("utf-8", "surrogateescape"), expected
        )

    async def _background_feed_update(self, bot: Bot, update: dict[str, Any]) -> None:
        try:
            await super()._background_feed_update(bot, update)
        except Exception:  # an update aiogram cannot even read; it is answered already
            log.exception("webhook: update %s could not be handled", update.get("update_id"))

    async def handle(self, request: web.Request) -> web.Response:
        """401 for a wrong or missing secret, 400 for a body that is not an update, else 200."""
        if not self.verify_secret(
            request.headers.get("X-Telegram-Bot-Api-Secret-Token", ""), self.bot
        ):
            log.warning("webhook: request from %s without the right secret", request.remote)
            return web.Response(body="Unauthorized", status=401)
        try:
            body = await request.json(loads=self.bot.session.json_loads)
        except ValueError:
            return web.Response(body="Bad Request", status=400)
        if not isinstance(body, dict) or not isinstance(body.get("update_id"), int):
            return web.Response(body="Bad Request", status=400)
        if not self.handle_in_background:
            # Answered only when handled: a worker killed before its commit never says 200,
            # so Telegram pushes the update again (to another worker behind the proxy).
            await self._background_feed_update(self.bot, body)
            return web.json_response({})
        task = asyncio.create_task(self._background_feed_update(self.bot, body))
        self._background_feed_update_tasks.add(task)
        task.add_done_callback(self._background_feed_update_tasks.discard)
        return web.json_response({})


class WebServer:
    """Serves the routes on WEB_HOST:WEB_PORT (port 0: a free one, for tests)."""

    def __init__(
        self,
        *,
        sessionmaker: async_sessionmaker[AsyncSession],
        clock: Clock,
        sender: OutboundSender,
        metrics: LouhuMetrics,
        health_max_due_seconds: float,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._clock = clock
        self._sender = sender
        self._metrics = metrics
        self._max_due = health_max_due_seconds
        # a console import of 9,000 households posts its checked rows back: more than 1 MB
        self.app = web.Application(client_max_size=MAX_REQUEST_BYTES)
        """The aiohttp application; the staff console will add its routes here."""
        self.app.router.add_get("/healthz", self.healthz)
        self.app.router.add_get("/metrics", self.metrics)
        self.webhook: WebhookHandler | None = None
        self._runner: web.AppRunner | None = None
        self.url: str | None = None
        """Where the server listens, once started: http://127.0.0.1:8081."""

    def add_webhook(
        self,
        path: str,
        dispatcher: Dispatcher,
        bot: Bot,
        secret: str,
        *,
        answer_after: bool = False,
    ) -> None:
        """Take Telegram's updates at `path`, checking the secret token; `answer_after`: answer
        once the update is handled (several workers: a killed one leaves it to the next)."""
        self.webhook = WebhookHandler(
            dispatcher=dispatcher,
            bot=bot,
            handle_in_background=not answer_after,
            secret_token=secret,
        )
        self.webhook.register(self.app, path=path)

    async def start(self, host: str, port: int) -> str:
        """Listen; returns the base URL."""
        runner = web.AppRunner(self.app, handle_signals=False, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        bound_host, bound_port = runner.addresses[0][:2]
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        self.url = f"http://{shown}:{bound_port}"
        routes = "webhook, healthz, metrics" if self.webhook else "healthz, metrics"
        log.info("web server on %s (%s)", self.url, routes)
        return self.url

    async def stop(self) -> None:
        """Stop taking requests, then let updates already answered finish."""
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()  # on_shutdown closes the webhook handler: it waits for them

    async def healthz(self, request: web.Request) -> web.Response:
        """200 and the findings when healthy, 503 and the findings when not."""
        health = await check_health(
            self._sessionmaker, self._clock, self._sender, max_due_seconds=self._max_due
        )
        return web.json_response(health.as_json(), status=200 if health.ok else 503)

    async def metrics(self, request: web.Request) -> web.Response:
        """Prometheus' text format; the database's figures are read now."""
        try:
            async with self._sessionmaker() as session:
                await self._metrics.read_database(session, self._clock.now())
        except Exception:  # counters still tell something; the gauges keep their last value
            log.exception("metrics: the database could not be read")
        return web.Response(
            body=self._metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )
