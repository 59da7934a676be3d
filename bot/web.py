"""The bot's one web server: Telegram's webhook, /healthz and /metrics (aiohttp, as aiogram).

Webhook requests are checked against TELEGRAM_WEBHOOK_SECRET (wrong or missing: 401, nothing
handled) and go through the same Dispatcher and middlewares as long polling: an update already
handled is skipped (processed_updates), one chat's updates are handled one at a time in the
order they came. With TELEGRAM_WEBHOOK_ANSWER=before (the default: fast, and safe):

- The update is written to the inbound journal (models/inbound.py, one INSERT committed;
  requests arriving while a write is under way share the next one) and only then answered
  200; it is handed to the workers once the answer is written, and while journal writes wait
  the workers take up nothing new (JOURNAL_FIRST_SECONDS at most): answering goes first. A
  database out of reach gets 503, not 200: Telegram keeps the update and pushes it again. So
  an update answered 200 is on disk, and a worker killed (SIGKILL) before handling it loses
  nothing. The answer costs that commit (its fsync), whatever the handling costs.
- As in polling (bot/inbound.py), the journal row goes in the transaction that commits the
  update's effects (the claim of its id deletes it), or with others' soon after for an update
  that wrote nothing; an update is handled once whoever handles it (processed_updates).
- Updates in hand wait in `Lanes`, as in polling: one chat's one at a time and in order, chats
  with a possible emergency first, and for up to URGENT_FIRST_SECONDS urgent updates have the
  workers to themselves.
- A journaled row whose worker died is taken up: at the next start on SQLite (one worker: every
  row is its own), and by any live worker once no one touched it for TELEGRAM_WEBHOOK_GRACE
  seconds (a worker touches the rows it holds every third of that, and takes a row with FOR
  UPDATE SKIP LOCKED on PostgreSQL, so two live workers never both take one). On PostgreSQL the
  restarted worker, or the other workers, handle it that long after the kill.
- On stop, the updates being handled are finished; those only queued stay in the journal.

TELEGRAM_WEBHOOK_ANSWER=after answers once the update is handled, without the journal (the
answer waits for the handling, a chat lock or an outage; Telegram's next requests wait too).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import TelegramMethod
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.health import check_health
from bot.inbound import (
    FORGET_SECONDS,
    JOURNALED,
    URGENT_FIRST_SECONDS,
    WORKERS,
    Lanes,
    read_entry,
)
from bot.metrics import LouhuMetrics
from bot.sender import OutboundSender
from bot.wire import read_update
from domain.clock import Clock
from models.inbound import (
    forget_update,
    forget_updates,
    journal_updates,
    take_journaled,
    touch_journaled,
)
from models.outage import is_database_outage

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 64 * 1024 * 1024
SHUTDOWN_GRACE = 10.0
"""Seconds updates already answered get to finish when the server stops."""
PHASE_LOOK_SECONDS = 0.01
JOURNAL_FIRST_SECONDS = 0.05
"""How long, at most, a worker waits for the journal writes under way before its next update."""
TAKE_BATCH = 100
"""Journal rows taken up at once (left by a dead worker)."""


class WebhookInbound:
    """Journaled webhook updates in hand: their lanes, the workers handling them, and the
    journal's upkeep (rows touched, rows of dead workers taken up, quiet rows deleted)."""

    def __init__(
        self,
        bot: Bot,
        dispatcher: Dispatcher,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        grace: float,
        workers: int = WORKERS,
    ) -> None:
        self._bot = bot
        self._dispatcher = dispatcher
        self._sessionmaker = sessionmaker
        self._grace = grace
        self._workers = workers
        self.lanes = Lanes()
        self._change = asyncio.Event()
        self._stopping = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._upkeep: asyncio.Task[None] | None = None
        self._quiet: list[int] = []
        self._urgent_work = 0
        self._urgent_since: float | None = None
        self._to_journal: list[tuple[int, dict[str, Any], asyncio.Future[None]]] = []
        self._journal_writer: asyncio.Task[None] | None = None
        self._journal_waiting = 0
        """Requests waiting for their journal write: the workers take up nothing new."""
        self._one_worker = sessionmaker.kw["bind"].dialect.name != "postgresql"
        """SQLite: this process is the only worker, every journal row left is its own."""

    @property
    def busy(self) -> bool:
        """Whether an update is in hand, or journal rows of updates done wait to be deleted."""
        return bool(self.lanes.in_hand) or bool(self._quiet)

    async def journal(self, update_id: int, raw: dict[str, Any]) -> None:
        """Write the update to the journal and commit (raises if the database is away).

        Requests coming while a write is under way go together in the next one (one commit for
        Telegram's concurrent connections), and meanwhile the workers take up no new update
        (for JOURNAL_FIRST_SECONDS at most): answering goes first, as reading a burst does in
        polling, so Telegram's next requests are not held up by the handling."""
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._to_journal.append((update_id, raw, waiter))
        self._journal_waiting += 1
        try:
            if self._journal_writer is None or self._journal_writer.done():
                self._journal_writer = asyncio.create_task(self._write_journal())
            await waiter
        finally:
            self._journal_waiting -= 1
            if not self._journal_waiting:
                self._change.set()

    async def _write_journal(self) -> None:
        while self._to_journal:
            batch, self._to_journal = self._to_journal, []
            try:
                async with self._sessionmaker() as session:
                    await journal_updates(session, [(i, raw) for i, raw, _ in batch])
                    await session.commit()
            except Exception as exc:
                for *_, waiter in batch:
                    if not waiter.done():
                        waiter.set_exception(exc)
            else:
                for *_, waiter in batch:
                    if not waiter.done():
                        waiter.set_result(None)

    def put(self, update_id: int, raw: dict[str, Any]) -> None:
        """Hand a journaled update to the workers (nothing if it is in hand already)."""
        if self.lanes.put(read_entry(update_id, raw)):
            self._change.set()

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._work()) for _ in range(self._workers)]
        self._upkeep = asyncio.create_task(self._keep_up())

    async def close(self) -> None:
        """Finish the updates being handled (SHUTDOWN_GRACE at most); queued ones stay in the
        journal for the next start (or another worker)."""
        self._stopping.set()
        self._change.set()
        if self._upkeep is not None:
            self._upkeep.cancel()
            await asyncio.gather(self._upkeep, return_exceptions=True)
        if self._tasks:
            _, late = await asyncio.wait(self._tasks, timeout=SHUTDOWN_GRACE)
            for task in late:
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._forget_quiet()

    async def _keep_up(self) -> None:
        """Every FORGET_SECONDS the quiet rows go; every third of the grace the rows in hand
        are touched and rows nobody touched for the grace are taken up (at start: on SQLite
        every row, on PostgreSQL those)."""
        loop = asyncio.get_running_loop()
        await self._take(older_than=None if self._one_worker else self._grace)
        looked = loop.time()
        while not self._stopping.is_set():
            await asyncio.sleep(min(FORGET_SECONDS, self._grace / 3))
            await self._forget_quiet()
            if loop.time() - looked >= self._grace / 3:
                looked = loop.time()
                await self._take(older_than=self._grace)

    async def _take(self, *, older_than: float | None) -> None:
        try:
            async with self._sessionmaker() as session:
                await touch_journaled(session, sorted(self.lanes.in_hand))
                rows = await take_journaled(
                    session, older_than=older_than, leave=set(self.lanes.in_hand), limit=TAKE_BATCH
                )
                await session.commit()
        except Exception as exc:  # looked at again in a while
            log.warning("webhook: the journal not looked at (%s: %s)", type(exc).__name__, exc)
            return
        if rows:
            log.info("webhook: %d journaled update(s) left by a stopped worker taken", len(rows))
        for update_id, raw in rows:
            self.put(update_id, raw)

    def _forget_later(self, update_id: int) -> None:
        """An update that wrote nothing: its journal row goes within FORGET_SECONDS (if the
        process dies first, it is handled again, doing nothing)."""
        self._quiet.append(update_id)

    async def _forget_quiet(self) -> None:
        quiet, self._quiet = self._quiet, []
        if not quiet:
            return
        try:
            async with self._sessionmaker() as session:
                await forget_updates(session, quiet)
                await session.commit()
        except Exception as exc:  # the rows stay: those updates are read again, doing nothing
            self._quiet.extend(quiet)
            log.warning("%d journal rows left (%s: %s)", len(quiet), type(exc).__name__, exc)

    def _urgent_phase(self) -> bool:
        """Urgent updates being handled, for URGENT_FIRST_SECONDS at most: others wait."""
        if not self._urgent_work:
            self._urgent_since = None
            return False
        now = asyncio.get_running_loop().time()
        if self._urgent_since is None:
            self._urgent_since = now
        return now - self._urgent_since < URGENT_FIRST_SECONDS

    async def _work(self) -> None:
        yielded = False
        while not self._stopping.is_set():
            phase = self._urgent_phase()
            if self._journal_waiting and not phase and not yielded:
                yielded = True  # answers first, but not forever under a steady stream
                await self._wait(JOURNAL_FIRST_SECONDS)
                continue
            taken = self.lanes.take(urgent_only=phase)
            if taken is None:
                await self._wait(PHASE_LOOK_SECONDS if phase else None)
                continue
            yielded = False
            key, entry, urgent = taken
            self._urgent_work += urgent
            try:
                await self._handle(entry.update_id, entry.raw)
            finally:
                self._urgent_work -= urgent
                self.lanes.done(key, entry)
                self._change.set()

    async def _wait(self, seconds: float | None) -> None:
        self._change.clear()
        try:
            async with asyncio.timeout(seconds):
                await self._change.wait()
        except TimeoutError:
            pass

    async def _handle(self, update_id: int, raw: dict[str, Any]) -> None:
        update = read_update(raw, self._bot)
        if update is None:
            await self._forget(update_id)
            return
        dispatcher = self._dispatcher
        try:
            result = await dispatcher.feed_update(
                self._bot,
                update,
                dispatcher=dispatcher,
                bots=[self._bot],
                **{JOURNALED: self._forget_later},
            )
            if isinstance(result, TelegramMethod):
                await dispatcher.silent_call_request(self._bot, result)
        except Exception as exc:
            log.exception("webhook: update %s failed", update_id)
            if not is_database_outage(exc):
                await self._forget(update_id)  # failed for good: not again and again
            # the database away: the row stays, taken up again after the grace

    async def _forget(self, update_id: int) -> None:
        try:
            async with self._sessionmaker() as session:
                await forget_update(session, update_id)
                await session.commit()
        except Exception as exc:
            kind = type(exc).__name__
            log.warning("update %s left in the journal (%s: %s)", update_id, kind, exc)


class WebhookHandler(SimpleRequestHandler):
    """aiogram's handler with the bot's session left to its owner; answering before handling,
    the update journaled first (`WebhookInbound`), or once handled (`inbound` None)."""

    def __init__(self, *args: Any, inbound: WebhookInbound | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.inbound = inbound

    def register(self, app: web.Application, /, path: str, **kwargs: Any) -> None:
        super().register(app, path, **kwargs)
        app.on_startup.append(self._start)

    async def _start(self, app: web.Application) -> None:
        if self.inbound is not None:
            self.inbound.start()

    async def close(self) -> None:
        """Finish the updates being handled: queued ones stay in the journal; without it
        (answered after handling) none is answered and unfinished."""
        if self.inbound is not None:
            await self.inbound.close()
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
        inbound = self.inbound
        if inbound is None:
            # Answered only when handled: a worker killed before its commit never says 200,
            # so Telegram pushes the update again (to another worker behind the proxy).
            await self._background_feed_update(self.bot, body)
            return web.json_response({})
        update_id = body["update_id"]
        if update_id in inbound.lanes.in_hand:  # journaled already, and coming
            return web.json_response({})
        try:
            await inbound.journal(update_id, body)
        except Exception as exc:  # not on disk: no 200, Telegram pushes it again
            kind = type(exc).__name__
            log.warning("webhook: update %s not journaled (%s: %s)", update_id, kind, exc)
            return web.Response(body="Service Unavailable", status=503)
        # the answer written out before a worker may take the update up: handing it over first
        # let the handling's first steps run before the 200 left (a client gone meanwhile
        # sends it again: a duplicate, skipped)
        response = web.json_response({})
        try:
            await response.prepare(request)
            await response.write_eof()
        finally:
            inbound.put(update_id, body)
        return response


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
        grace: float = 10.0,
    ) -> None:
        """Take Telegram's updates at `path`, checking the secret token; answer once the update
        is journaled and handle it after (the module), or with `answer_after` once handled.
        `grace`: seconds before a journaled update nobody touched is taken up."""
        inbound = None
        if not answer_after:
            inbound = WebhookInbound(bot, dispatcher, self._sessionmaker, grace=grace)
        self.webhook = WebhookHandler(
            dispatcher=dispatcher,
            bot=bot,
            handle_in_background=not answer_after,
            secret_token=secret,
            inbound=inbound,
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
