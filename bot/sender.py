"""The outbound sender: delivers the outbox to Telegram, most urgent first, surviving faults.

Two lanes work the outbox at once: emergencies in one, with a short request timeout, everything
else in the other, so a request that hangs in one lane never holds an alert. The lanes share the
rate limiter and split the due rows by priority, so no row is ever taken by both.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from aiogram import Bot
from aiogram.enums import ParseMode
from aiogram.exceptions import (
    AiogramError,
    ClientDecodeError,
    TelegramBadRequest,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    EditMessageReplyMarkup,
    EditMessageText,
    SendMessage,
    SendPhoto,
    TelegramMethod,
)
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.live import LIVE_POST, Renderer
from bot.long_text import shorten
from bot.rate_limit import SendRateLimiter
from bot.webhooks import WebhookError, WebhookPoster
from domain.buildings import group_migrated
from domain.clock import Clock
from models import live as live_rows
from models import outbox
from models.claims import SEND_CHAT, is_postgres, try_chat_lock
from models.live import LiveMessage, LiveStatus
from models.outage import is_database_outage, wait_for_database
from models.outbox import OutboundMessage, Priority

log = logging.getLogger(__name__)

SentHook = Callable[[AsyncSession, int, int], Awaitable[None]]
FailedHook = Callable[[AsyncSession, int, str], Awaitable[None]]
METHODS: dict[str, Any] = {
    "sendMessage": SendMessage,
    "editMessageText": EditMessageText,
    "editMessageReplyMarkup": EditMessageReplyMarkup,
    "sendPhoto": SendPhoto,
}
MAX_BACKOFF = 300.0
BATCH = 200
# Ordinary messages give up after this many tries (about a day of backoff); emergencies never do.
MAX_ATTEMPTS = 300
MAX_MOVES = 5  # a group upgrades to a supergroup once; more moves than this are a loop
MAX_WEBHOOK_ATTEMPTS = 20  # a webhook is extra reach, never a reason to hold the chain
WEBHOOK_CONCURRENCY = 4  # posts at once; a few hanging gateways cannot hold the rest for long
EMERGENCY_TIMEOUT = 5.0  # seconds an emergency request may take before it is sent again
LIVE_EDIT_SECONDS = 5.0  # default least gap between two edits of one live message
ORDINARY_PASS_GAP = 0.1
"""Seconds at least from the start of one pass of the ordinary lane to the next. In a burst
every update that queues a card or a reply wakes the lane, and most of those passes read the
outbox and the live messages (four statements) only to find every chat with rows due held by
the rate limits (PostgreSQL, 1,000 updates: 48 of 68 passes found nothing); wakes within the
gap are taken by one pass. The emergency lane never waits."""
LOCK_RETRY = 0.5
"""Seconds before a chat whose lock another worker held is tried again (this worker's other
lane wakes it at once when it lets the lock go; another process's sender cannot)."""


@dataclass(frozen=True)
class Lane:
    """A share of the outbox worked off by its own loop."""

    name: str
    emergency: bool
    """Takes the rows of emergency priority (True) or all the others (False)."""
    timeout: float | None
    """Seconds one request may take; None leaves it to the bot session's own timeout."""


class Delivery(enum.Enum):
    """What one attempt came to."""

    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"
    MOVED = "moved"
    """The group became a supergroup: send again, to its new id."""


@dataclass(frozen=True)
class Attempt:
    """The result of one call to Telegram."""

    delivery: Delivery
    message_id: int | None = None
    error: str = ""
    retry_in: float = 0.0
    moved_to: int | None = None


class OutboundSender:
    """Sends queued messages; the database row is the truth, this loop only works it off."""

    def __init__(
        self,
        bot: Bot,
        sessionmaker: async_sessionmaker[AsyncSession],
        clock: Clock,
        *,
        on_sent: dict[str, SentHook] | None = None,
        on_failed: dict[str, FailedHook] | None = None,
        webhooks: WebhookPoster | None = None,
        limiter: SendRateLimiter | None = None,
        idle_poll: float = 5.0,
        webhook_concurrency: int = WEBHOOK_CONCURRENCY,
        emergency_timeout: float = EMERGENCY_TIMEOUT,
        live_renderers: dict[str, Renderer] | None = None,
        live_edit_seconds: float = LIVE_EDIT_SECONDS,
        ordinary_pass_gap: float = ORDINARY_PASS_GAP,
        lock_retry: float = LOCK_RETRY,
    ) -> None:
        self._bot = bot
        self._sessionmaker = sessionmaker
        self._reads = _reading(sessionmaker)
        """Sessions for the passes' reads of what is due (not for a claim or a record)."""
        self._clock = clock
        self._on_sent = on_sent or {}
        self._on_failed: dict[str, FailedHook] = {LIVE_POST: _live_post_failed, **(on_failed or {})}
        self._renderers: dict[str, Renderer] = dict(live_renderers or {})
        self._live_gap = timedelta(seconds=max(0.0, live_edit_seconds))
        self._webhooks = webhooks
        self._limiter = limiter or SendRateLimiter()
        self._idle_poll = idle_poll
        self._ordinary_pass_gap = ordinary_pass_gap
        self._lock_retry = lock_retry
        self._lanes = (
            Lane("emergency", emergency=True, timeout=emergency_timeout),
            Lane("ordinary", emergency=False, timeout=None),
        )
        self._wakes = {lane.name: asyncio.Event() for lane in self._lanes}
        self._in_pass: set[str] = set()  # lanes reading or working off the outbox now
        self._tasks: list[asyncio.Task[None]] = []
        self._stopping = False
        self._stop_event = asyncio.Event()  # set with _stopping: ends a wait for the database
        self._webhook_concurrency = max(1, webhook_concurrency)
        self._webhook_wake = asyncio.Event()
        self._webhook_task: asyncio.Task[None] | None = None
        self._posts: dict[int, asyncio.Task[None]] = {}  # outbox id → webhook post in flight
        self._ticks: dict[str, float] = {}  # lane → when (monotonic) its loop last moved on
        self._lock_waiters: dict[int, set[str]] = {}  # chat → lanes its lock turned away
        self._later: asyncio.TimerHandle | None = None  # a wake put off until a chat is free

    def register_live(self, purpose: str, renderer: Renderer) -> None:
        """Draw the live messages of `purpose` with `renderer` from now on."""
        self._renderers[purpose] = renderer

    def wake(self, *, ordinary_only: bool = False, chats: Collection[int] | None = None) -> None:
        """New rows were committed: look at the outbox now. `ordinary_only`: none of them is
        an emergency or a webhook post (an order's card, a command's reply, a live message),
        so the emergency lane and the webhook worker, which would find nothing, sleep on: a
        burst of orders woke all three loops, each reading the outbox twice, for one card.

        `chats`: the chats of the new rows, when all are new ordinary outbox rows. If Telegram's
        limits hold every one of them now, the ordinary lane is woken when the first is free
        instead: a pass now would leave them out of its query and find nothing (a burst of
        orders in groups past their 20 a minute woke it up to ten times a second, per worker,
        for nothing)."""
        if ordinary_only:
            if chats:
                moment = time.monotonic()
                free_in = min(self._limiter.chat_delay(chat, moment) for chat in chats)
                if free_in > 0:
                    self._wake_later(moment + free_in)
                    return
            self._wakes["ordinary"].set()
            return
        for event in self._wakes.values():
            event.set()
        self._webhook_wake.set()

    def _wake_later(self, at: float) -> None:
        """Wake the ordinary lane at `at` (monotonic), unless a wake already comes sooner."""
        handle, loop = self._later, asyncio.get_running_loop()
        # (a handle that has fired is no wake to come: its time is past)
        pending = handle is not None and not handle.cancelled() and handle.when() > loop.time()
        if pending and handle is not None and handle.when() <= self._loop_time(at):
            return
        if handle is not None:
            handle.cancel()
        self._later = loop.call_at(self._loop_time(at), self._wakes["ordinary"].set)

    @staticmethod
    def _loop_time(at: float) -> float:
        """A monotonic instant in the running loop's clock."""
        loop = asyncio.get_running_loop()
        return loop.time() + (at - time.monotonic())

    def start(self) -> None:
        """Run the Telegram lanes and the webhook worker in the background."""
        self._stopping = False
        self._stop_event.clear()
        self._tasks = [
            asyncio.create_task(self._run(lane), name=f"outbound-{lane.name}")
            for lane in self._lanes
        ]
        self._webhook_task = asyncio.create_task(self._run_webhooks(), name="outbound-webhooks")

    async def stop(self, *, grace: float = 5.0) -> None:
        """Finish the messages in flight (so they are not sent twice), then stop.

        Unsent rows stay in the outbox for the next start; a request or webhook post still
        hanging after the grace is cancelled and its row stays pending (delivery is at least
        once).
        """
        if not self._tasks:
            return
        self._stopping = True
        self._stop_event.set()
        if self._later is not None:
            self._later.cancel()
        self.wake()
        _, hanging_lanes = await asyncio.wait(self._tasks, timeout=grace)
        for task in hanging_lanes:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        if self._webhook_task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
            self._webhook_task = None
        posts = list(self._posts.values())
        if posts:
            _, hanging = await asyncio.wait(posts, timeout=grace)
            for post in hanging:
                post.cancel()
            await asyncio.gather(*hanging, return_exceptions=True)

    async def idle(self) -> bool:
        """Whether both lanes rest with nothing due in the outbox (tests wait on it).

        Rows (and live refreshes) waiting for a retry or their edit gap are not due; rows the
        rate limiter holds are.
        """
        if self._busy():
            return False
        now = self._clock.now()
        async with self._reads() as session:
            due = await outbox.due_messages(session, now=now, limit=1)
            refreshes = [] if due else await live_rows.due_refreshes(session, now=now, limit=1)
        return not due and not refreshes and not self._busy()

    def alive(self, within: float) -> bool:
        """Whether every lane's loop runs and moved on (a pass, a send) in the last `within`
        seconds; a lane resting with nothing to do still wakes every few seconds."""
        now = time.monotonic()
        running = len(self._tasks) == len(self._lanes) and not any(t.done() for t in self._tasks)
        return running and all(
            now - self._ticks.get(lane.name, float("-inf")) <= within for lane in self._lanes
        )

    def sending_emergencies(self) -> bool:
        """Whether the emergency lane is at work or woken (inbound reading yields to it)."""
        return "emergency" in self._in_pass or self._wakes["emergency"].is_set()

    def _busy(self) -> bool:
        return bool(self._in_pass) or any(event.is_set() for event in self._wakes.values())

    async def _run(self, lane: Lane) -> None:
        wake = self._wakes[lane.name]
        gap = 0.0 if lane.emergency else self._ordinary_pass_gap
        while not self._stopping:
            started = self._ticks[lane.name] = time.monotonic()
            self._in_pass.add(lane.name)
            try:
                delay = await self._deliver_lane(lane)
            except Exception as exc:  # the loop must outlive a bad row or a database outage
                delay = await self._after_failed_pass(exc, f"the {lane.name} lane")
            finally:
                self._in_pass.discard(lane.name)
            if delay > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), timeout=delay)
            rest = started + gap - time.monotonic()
            if rest > 0 and not self._stopping:
                await asyncio.sleep(rest)  # wakes meanwhile are taken by the next pass

    async def _run_webhooks(self) -> None:
        while not self._stopping:
            try:
                delay = await self.start_due_webhooks()
            except Exception as exc:  # the worker must outlive a database outage
                delay = await self._after_failed_pass(exc, "the webhook worker")
            if delay > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._webhook_wake.wait(), timeout=delay)

    async def _after_failed_pass(self, exc: Exception, what: str) -> float:
        """How long a loop whose pass failed waits before the next: with the database out of
        reach, until it answers again (then at once); after any other fault, the idle poll."""
        if not is_database_outage(exc):
            log.exception("outbox pass failed (%s)", what, exc_info=exc)
            return self._idle_poll
        log.warning("outbox pass: database out of reach (%s: %s)", type(exc).__name__, exc)
        await wait_for_database(self._sessionmaker, self._stop_event, what=what)
        return 0.0

    async def _record_surely(
        self,
        record: Callable[[AsyncSession | None], Awaitable[None]],
        claim: AsyncSession | None,
        what: str,
    ) -> None:
        """Record in the claim's transaction (which holds the row and the chat's lock); if the
        database went away meanwhile, record in a fresh session once it is back."""
        try:
            await record(claim)
        except Exception as exc:
            if not is_database_outage(exc):
                raise
            await self._surely(partial(record, None), what)

    async def _surely(self, record: Callable[[], Awaitable[None]], what: str) -> None:
        """Record what Telegram answered, waiting for the database while it is out of reach.

        Telegram took (or refused) the message already: given up here, the row would stay
        pending and the message be sent again once the database is back. Only stopping ends
        the wait (then, as after a kill, delivery is at least once).
        """
        while True:
            try:
                await record()
                return
            except Exception as exc:
                if not is_database_outage(exc):
                    raise
                log.warning("%s: database out of reach while recording it", what)
                if not await wait_for_database(self._sessionmaker, self._stop_event, what=what):
                    raise

    async def start_due_webhooks(self) -> float:
        """Start posting due webhooks, a few at a time; returns how long to wait for more.

        Posts run on their own tasks, apart from the Telegram loop, so a slow or hanging
        gateway never holds an alert; a finished post wakes this worker for the next.
        """
        self._webhook_wake.clear()
        free = self._webhook_concurrency - len(self._posts)
        if free <= 0:
            return self._idle_poll
        now = self._clock.now()
        async with self._reads() as session:
            rows = await outbox.due_webhooks(session, now=now, limit=free, skip=self._posts)
            retry_at = await outbox.next_retry_at(session, now=now, webhooks=True)
        for row in rows:
            self._posts[row.id] = asyncio.create_task(self._post_one(row), name=f"webhook-{row.id}")
        if len(rows) == free:
            return self._idle_poll  # all slots busy: a finished post wakes the worker
        if retry_at is None:
            return self._idle_poll
        return min(self._idle_poll, max(0.0, (retry_at - now).total_seconds()))

    async def deliver_webhooks_due(self) -> None:
        """Post every due webhook (up to the concurrency) and wait for them: for tests."""
        await self.start_due_webhooks()
        await asyncio.gather(*self._posts.values())

    async def _post_one(self, row: OutboundMessage) -> None:
        try:
            async with self._sessionmaker() as claim:
                # another worker may be posting it (SKIP LOCKED) or have posted it already
                if is_postgres(claim) and (
                    await outbox.take_due(claim, row.id, now=self._clock.now()) != "take"
                ):
                    return
                attempt = await self._post_webhook(row)
                await self._record_surely(
                    partial(self._record, row, attempt), claim, f"webhook {row.id}"
                )
        except Exception:  # e.g. the database: the row stays pending and is tried again
            log.exception("webhook %s could not be recorded", row.id)
        finally:
            self._posts.pop(row.id, None)
            self._webhook_wake.set()

    async def deliver_due(self) -> float:
        """One pass of each lane, emergencies first; how long to wait before the next (tests)."""
        return min([await self._deliver_lane(lane) for lane in self._lanes])

    async def _deliver_lane(self, lane: Lane) -> float:
        """One pass over the lane's due rows; returns how long to wait before the next pass.

        Only rows due now are read, and chats the rate limiter holds are left out in the query,
        so a crowded group neither fills the batch nor starves other chats; a pass that sends
        nothing never asks to run again at once. The ordinary lane also edits the live messages
        with a refresh due, in priority order with its rows, under the same limits.
        """
        wake = self._wakes[lane.name]
        wake.clear()
        held = self._limiter.held(time.monotonic(), urgent=lane.emergency)
        now = self._clock.now()
        refreshes: list[LiveMessage] = []
        async with self._reads() as session:
            rows = await outbox.due_messages(
                session,
                now=now,
                limit=BATCH,
                held=held,
                emergency=lane.emergency,
                with_payload=False,  # loaded for the few rows this pass sends
            )
            if not lane.emergency:
                refreshes = await live_rows.due_refreshes(session, now=now, limit=BATCH, held=held)
        work: list[OutboundMessage | LiveMessage] = [*rows, *refreshes]
        # Outbox rows before live edits of the same priority (a card waits for no roll call);
        # the sort is stable, so each keeps the order its query gave.
        work.sort(key=lambda item: (item.priority, isinstance(item, LiveMessage)))
        waits = [self._idle_poll, *held.values()]
        blocked: set[int] = set()
        sent = 0
        for item in work:
            if self._stopping:
                return 0.0
            if item.chat_id in blocked:
                continue  # keep each chat's messages in order
            moment = time.monotonic()
            self._ticks[lane.name] = moment
            pause = self._limiter.chat_delay(item.chat_id, moment, urgent=lane.emergency)
            if pause > 0:  # this chat reached its limit during the pass: others go first
                blocked.add(item.chat_id)
                waits.append(pause)
                continue
            taken = "busy"
            try:
                async with self._sessionmaker() as claim:
                    # Several workers share the outbox: the chat's lock keeps its messages in
                    # order, the row's (SKIP LOCKED) keeps each to one sender; both are let go
                    # when the outcome is recorded, in this transaction.
                    taken = await self._take(claim, item, now)
                    if taken == "busy":  # the other lane's send, or another worker's
                        self._lock_waiters.setdefault(item.chat_id, set()).add(lane.name)
                        blocked.add(item.chat_id)
                        waits.append(self._lock_retry)
                        continue
                    if taken != "take":
                        if taken != "done":  # deferred by another worker
                            blocked.add(item.chat_id)
                        continue
                    if isinstance(item, OutboundMessage):
                        outbox.decode_payload(item)
                    # Booked before waiting: the other lane (and, with a shared limiter, every
                    # other worker) sees this send at once and cannot take the same slot or the
                    # chat's last token.
                    moment = time.monotonic()  # the claim took a while: book from now
                    slot = await self._limiter.book(item.chat_id, moment, urgent=lane.emergency)
                    if slot is None:  # another worker used the chat's share meanwhile
                        await claim.rollback()
                        blocked.add(item.chat_id)
                        waits.append(self._limiter.chat_delay(item.chat_id, time.monotonic()))
                        continue
                    await asyncio.sleep(slot)
                    if isinstance(item, LiveMessage):
                        attempt = await self._refresh(item, lane, claim)
                    else:
                        attempt = await self._attempt(item, lane)
                        await self._record_surely(
                            partial(self._record, item, attempt), claim, f"outbox {item.id}"
                        )
            finally:
                if taken != "busy":  # this lane held the chat's lock: it is free now
                    self._let_lock_waiters_in(item.chat_id, lane.name)
            sent += 1
            if attempt.delivery is Delivery.RETRY:
                blocked.add(item.chat_id)
                waits.append(attempt.retry_in)
            elif attempt.delivery is Delivery.MOVED:
                blocked.add(item.chat_id)  # this pass holds its rows with the old id
                waits.append(0.0)  # they are due again at once, at the new id
            elif isinstance(item, OutboundMessage) and item.purpose == LIVE_POST:
                waits.append(0.0)  # a refresh asked for before this post may edit it now
            elif attempt.delivery is Delivery.FAILED and item.purpose in self._on_failed:
                waits.append(0.0)  # its hook may have queued messages (an assignment refused)
            if wake.is_set():
                return 0.0  # something new (maybe more urgent) arrived: re-sort
        if sent and (len(rows) == BATCH or len(refreshes) == BATCH):
            return 0.0  # more may be due behind this batch
        if wake.is_set():
            return 0.0  # woken meanwhile: the next pass reads again what is due, and when
        started, now = now, self._clock.now()
        async with self._reads() as session:  # read after sending: alerts go first
            retry_at = await outbox.next_retry_at(session, now=now, emergency=lane.emergency)
            if not lane.emergency:
                # Edits that were not yet due when this pass read them count, even if they fell
                # due while it was sending (a slow pass would otherwise leave them for the idle
                # poll); those due already then were held back on purpose and do not.
                refresh_at = await live_rows.next_refresh_at(session, now=started)
                if refresh_at is not None:
                    waits.append((refresh_at - now).total_seconds())
        if retry_at is not None:
            waits.append((retry_at - now).total_seconds())
        return max(0.0, min(waits))

    def _let_lock_waiters_in(self, chat_id: int, holder: str) -> None:
        """Wake the other lanes this chat's lock turned away while `holder` had it."""
        for name in self._lock_waiters.pop(chat_id, set()) - {holder}:
            self._wakes[name].set()

    async def _take(
        self, session: AsyncSession, item: OutboundMessage | LiveMessage, now: datetime
    ) -> str:
        """Claim one item for this sender: "take", or "busy"/"wait" (the chat waits this
        pass), or "done" (another worker finished it)."""
        if not await try_chat_lock(session, SEND_CHAT, item.chat_id):
            return "busy"
        if isinstance(item, LiveMessage):
            if not is_postgres(session):
                return "take"
            return "take" if await live_rows.still_due(session, item.id, now=now) else "done"
        if not is_postgres(session):
            return "take"  # one worker: the row read this pass is still ours
        return await outbox.take_due(session, item.id, now=now)

    async def _attempt(self, row: OutboundMessage, lane: Lane) -> Attempt:
        try:
            method = METHODS[row.method](chat_id=row.chat_id, **row.payload)
        except Exception as exc:  # a row that cannot even be built never will be
            return Attempt(Delivery.FAILED, error=f"unsendable row: {type(exc).__name__}: {exc}")
        return await self._call(method, lane, attempts=row.attempts, what=f"outbox {row.id}")

    async def _call(
        self, method: TelegramMethod[Any], lane: Lane, *, attempts: int, what: str
    ) -> Attempt:
        """Make one Bot API call and say what it came to (`attempts`: failed tries before)."""
        chat_id = getattr(method, "chat_id", None)
        message_id = getattr(method, "message_id", None)  # an edit's target
        try:
            if lane.timeout is None:
                result = await self._bot(method)
            else:
                result = await asyncio.wait_for(self._bot(method), timeout=lane.timeout)
        except TimeoutError as exc:
            if lane.timeout is None:
                return Attempt(Delivery.RETRY, error=_describe(exc), retry_in=_backoff(attempts))
            # The lane's own short timeout: send again at once (each try took the whole
            # timeout, so this cannot spin). Telegram may have taken the first one: the
            # recipient then sees the alert twice, which beats seeing it late.
            error = f"no answer within {lane.timeout:g}s ({lane.name} lane)"
            return Attempt(Delivery.RETRY, error=error, retry_in=0.0)
        except TelegramRetryAfter as exc:
            return Attempt(Delivery.RETRY, error=str(exc), retry_in=float(exc.retry_after))
        except TelegramMigrateToChat as exc:
            if exc.migrate_to_chat_id == chat_id or attempts + 1 >= MAX_MOVES:
                # nonsense, or a chat "moving" in circles: re-sending would loop
                return Attempt(Delivery.FAILED, error=str(exc))
            return Attempt(Delivery.MOVED, error=str(exc), moved_to=exc.migrate_to_chat_id)
        except (TelegramServerError, TelegramNetworkError, ClientDecodeError) as exc:
            # 5xx, a broken connection or an HTML error page from a proxy: Telegram may well
            # accept the same call later.
            return Attempt(Delivery.RETRY, error=_describe(exc), retry_in=_backoff(attempts))
        except TelegramBadRequest as exc:
            if "message is not modified" in exc.message:
                return Attempt(Delivery.SENT, message_id=message_id)
            return Attempt(Delivery.FAILED, error=str(exc))
        except AiogramError as exc:  # forbidden, not found, conflict, unknown API errors
            return Attempt(Delivery.FAILED, error=_describe(exc))
        except Exception as exc:  # a fault we did not foresee may pass; it must not wedge
            log.exception("%s: unexpected error", what)
            return Attempt(Delivery.RETRY, error=_describe(exc), retry_in=_backoff(attempts))
        if isinstance(result, Message):
            message_id = result.message_id
        return Attempt(Delivery.SENT, message_id=message_id)

    async def _refresh(
        self, live: LiveMessage, lane: Lane, claim: AsyncSession | None = None
    ) -> Attempt:
        """Redraw a live message as it stands now, edit it, and record what that came to."""
        renderer = self._renderers.get(live.purpose)
        if renderer is None:  # not wired (yet): kept pending, so a restart that wires it resumes
            log.error("live %s: no renderer for purpose %r", live.id, live.purpose)
            error = f"no renderer for {live.purpose!r}"
            attempt = Attempt(Delivery.RETRY, error=error, retry_in=_backoff(live.attempts))
            await self._record_refresh(live, 0, attempt, claim)
            return attempt
        try:
            async with self._sessionmaker() as session:
                # Read before rendering: the render sees at least every request counted here,
                # and one that commits meanwhile leaves the message pending for the next edit.
                version = await live_rows.requested_count(session, live.id)
                content = None if version is None else await renderer(session, live.ref_id)
        except Exception as exc:  # a renderer's bug must not stop the sender: retried later
            log.exception("live %s (%s %s): render failed", live.id, live.purpose, live.ref_id)
            attempt = Attempt(
                Delivery.RETRY, error=_describe(exc), retry_in=_backoff(live.attempts)
            )
            await self._record_refresh(live, 0, attempt, claim)
            return attempt
        if version is None or content is None:
            return Attempt(Delivery.SENT)  # closed for good meanwhile: nothing to do
        assert live.message_id is not None  # due_refreshes reads only posted messages
        markup = content.reply_markup
        method = EditMessageText(
            chat_id=live.chat_id,
            message_id=live.message_id,
            text=shorten(content.text),  # a roll call of a big building must still fit
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
        )
        attempt = await self._call(method, lane, attempts=live.attempts, what=f"live {live.id}")
        await self._record_surely(
            partial(self._record_refresh, live, version, attempt), claim, f"live message {live.id}"
        )
        return attempt

    async def _record_refresh(
        self,
        live: LiveMessage,
        version: int,
        attempt: Attempt,
        claim: AsyncSession | None = None,
    ) -> None:
        now = self._clock.now()
        async with self._session(claim) as session:
            if attempt.delivery is Delivery.SENT:
                await live_rows.mark_edited(
                    session, live.id, version=version, now=now, next_at=now + self._live_gap
                )
            elif attempt.delivery is Delivery.RETRY and live.attempts + 1 < MAX_ATTEMPTS:
                log.warning(
                    "live %s in %s deferred %.1fs: %s",
                    live.id,
                    live.chat_id,
                    attempt.retry_in,
                    attempt.error,
                )
                # never sooner than the edit gap either: a retry is an edit like any other
                until = now + max(timedelta(seconds=attempt.retry_in), self._live_gap)
                await live_rows.defer_refresh(session, live.id, until=until, error=attempt.error)
            else:
                # Deleted, or the bot can no longer write there, or the group became a
                # supergroup (its old messages cannot be edited): the message is dropped, not
                # posted again (a roll call that reappears after staff deleted it would be
                # worse than one that stops); whoever owns it may post a new one.
                status = (
                    LiveStatus.FAILED if attempt.delivery is Delivery.RETRY else LiveStatus.GONE
                )
                log.warning(
                    "live %s (%s %s) in %s dropped: %s",
                    live.id,
                    live.purpose,
                    live.ref_id,
                    live.chat_id,
                    attempt.error,
                )
                await live_rows.stop_refreshing(
                    session, live.id, status=status, error=attempt.error or "moved"
                )
            await session.commit()

    async def _post_webhook(self, row: OutboundMessage) -> Attempt:
        if self._webhooks is None:
            return Attempt(Delivery.FAILED, error="webhooks are not configured")
        try:
            await self._webhooks.post(row.payload["webhook"], row.payload["body"])
        except WebhookError as exc:
            if exc.retry and row.attempts + 1 < MAX_WEBHOOK_ATTEMPTS:
                return Attempt(Delivery.RETRY, error=str(exc), retry_in=_backoff(row.attempts))
            return Attempt(Delivery.FAILED, error=str(exc))
        except Exception as exc:  # unforeseen: counted like any fault, so it cannot loop hot
            log.exception("webhook %s: unexpected error", row.id)
            if row.attempts + 1 < MAX_WEBHOOK_ATTEMPTS:
                return Attempt(
                    Delivery.RETRY, error=_describe(exc), retry_in=_backoff(row.attempts)
                )
            return Attempt(Delivery.FAILED, error=_describe(exc))
        return Attempt(Delivery.SENT)

    async def _follow_move(
        self, session: AsyncSession, row: OutboundMessage, new_chat_id: int, error: str
    ) -> None:
        """Re-point the row (and the building) to the supergroup; due again at once."""
        log.warning("outbox %s: chat %s is now %s", row.id, row.chat_id, new_chat_id)
        now = self._clock.now()
        # counted as a try, so a chat that moves in circles ends after MAX_MOVES
        await outbox.defer(session, row.id, until=now, error=error)
        try:
            await group_migrated(
                session, self._clock, old_chat_id=row.chat_id, new_chat_id=new_chat_id
            )
        except Exception:  # the building could not follow; the messages still must
            log.exception("chat %s → %s: the building did not follow", row.chat_id, new_chat_id)
            await session.rollback()
            await outbox.defer(session, row.id, until=now, error=error)
            await outbox.repoint_pending(session, old_chat_id=row.chat_id, new_chat_id=new_chat_id)
        await session.commit()

    def _session(
        self, claim: AsyncSession | None
    ) -> contextlib.AbstractAsyncContextManager[AsyncSession]:
        """The claim's session (its commit lets the claim go), else a session of its own."""
        return contextlib.nullcontext(claim) if claim is not None else self._sessionmaker()

    async def _record(
        self, row: OutboundMessage, attempt: Attempt, claim: AsyncSession | None = None
    ) -> None:
        now = self._clock.now()
        async with self._session(claim) as session:
            if attempt.delivery is Delivery.MOVED and attempt.moved_to is not None:
                await self._follow_move(session, row, attempt.moved_to, attempt.error)
                return
            if attempt.delivery is Delivery.SENT:
                await outbox.mark_sent(
                    session, row.id, telegram_message_id=attempt.message_id, now=now
                )
                purpose, ref_id = row.purpose, row.ref_id
                if purpose == LIVE_POST and ref_id is not None and attempt.message_id:
                    # the chat too: a post that followed its group to a supergroup lives there
                    await live_rows.attach_message(
                        session, ref_id, chat_id=row.chat_id, message_id=attempt.message_id
                    )
                    # the feature learns its message's id as from a plain send of its own
                    live = await session.get(LiveMessage, ref_id)
                    purpose, ref_id = (live.purpose, live.ref_id) if live else (None, None)
                hook = self._on_sent.get(purpose or "")
                if hook is not None and ref_id is not None and attempt.message_id is not None:
                    await hook(session, ref_id, attempt.message_id)
            elif attempt.delivery is Delivery.RETRY and (
                row.priority == Priority.EMERGENCY or row.attempts + 1 < MAX_ATTEMPTS
            ):
                log.warning(
                    "outbox %s to %s deferred %.1fs: %s",
                    row.id,
                    row.chat_id,
                    attempt.retry_in,
                    attempt.error,
                )
                until = now + timedelta(seconds=attempt.retry_in)
                await outbox.defer(session, row.id, until=until, error=attempt.error)
            else:
                log.error("outbox %s to %s failed: %s", row.id, row.chat_id, attempt.error)
                await outbox.mark_failed(session, row.id, error=attempt.error)
                failed_hook = self._on_failed.get(row.purpose or "")
                if failed_hook is not None and row.ref_id is not None:
                    await failed_hook(session, row.ref_id, attempt.error)
            await session.commit()


def _reading(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> async_sessionmaker[AsyncSession]:
    """Sessions for reads that need no transaction: on PostgreSQL in autocommit, so a pass's
    look at what is due costs one round trip a query, not BEGIN, the queries and ROLLBACK
    besides (asyncpg's autocommit is the client's alone: nothing is sent to set or reset it).
    Each row read is claimed in a transaction of its own before it is sent (`_take`), which
    reads it again under its lock. Elsewhere the same sessions."""
    bind = sessionmaker.kw.get("bind")
    if not isinstance(bind, AsyncEngine) or bind.dialect.name != "postgresql":
        return sessionmaker
    options = {key: value for key, value in sessionmaker.kw.items() if key != "bind"}
    return async_sessionmaker(bind.execution_options(isolation_level="AUTOCOMMIT"), **options)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _backoff(attempts: int) -> float:
    return min(MAX_BACKOFF, 0.5 * 2 ** min(attempts, 12))


async def _live_post_failed(session: AsyncSession, live_id: int, error: str) -> None:
    """A live message whose first send was given up on can never be edited."""
    await live_rows.stop_refreshing(session, live_id, status=LiveStatus.GONE, error=error)
