"""Long polling through the inbound journal, possible emergencies first.

aiogram's own polling confirms a batch (by asking for the next offset) as soon as it has read it,
and runs every update as a task of its own: an update still being handled when the process is
killed is lost, and an emergency posted in a burst waits behind all the chatter taken in before
it. Here instead:

- Each getUpdates batch is written to the journal (models/inbound.py) in one transaction before
  the next getUpdates confirms it, so nothing taken in is lost to a kill -9: the journal's rows
  are fed again at the next start. The row goes in the update's own transaction (the update
  middleware deletes it when it commits the update, or finds it committed already).
- Fetching goes on while the backlog is handled, and while batches come back full (a backlog at
  Telegram) only urgent updates are handled, for up to `HOLD_SECONDS`: the burst is read first,
  so an emergency in it is found in the time it takes to read, not to handle, what is ahead.
  The hold ends as soon as the next getUpdates does not answer at once (Telegram has no more):
  a burst that ends on a full batch must not wait out `HOLD_SECONDS` idle.
- An update is urgent when it may be an emergency: a text understanding raises or puts in doubt
  (`may_be_urgent()`, a cheap pre-test, lets through the few whose emergency and doubt readings
  are then run), a
  /sos, or a press of the 🆘, raise or incident buttons. Urgent updates are handled before other
  chats' updates, and while they are (and their alerts sent) reading and the other updates wait.
- One chat's updates are handled one at a time and always in their order: an urgent update takes
  its chat's earlier updates along, ahead of the other chats, rather than overtake them (a
  /register before a request, an answer before the next question: order is meaning in a chat).
  In a burst a group holds a few dozen of them at most, each a few milliseconds.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict, deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.exceptions import AiogramError
from aiogram.methods import GetUpdates, TelegramMethod
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.callbacks import IncidentCallback, RaiseCallback, SosCallback
from bot.sender import OutboundSender
from bot.wire import read_update
from domain.understanding import understand
from domain.understanding.core import may_be_urgent, raised_or_doubted
from models.inbound import forget_update, forget_updates, journal_updates, journaled
from models.outage import is_database_outage, wait_for_database

log = logging.getLogger(__name__)

JOURNALED = "journaled"
"""The update data key of a journaled update: the callable the update middleware hands its id
to when it wrote nothing, so its journal row goes later with others' (`InboundPolling`)."""
FORGET_SECONDS = 1.0
"""How long, at most, the journal rows of updates that wrote nothing wait to be deleted."""
BATCH = 100  # getUpdates' own maximum: a full batch means more are waiting at Telegram
WORKERS = 16
"""Updates handled at once (of different chats); aiogram's polling has no bound."""
HOLD_SECONDS = 5.0
"""How long, at most, a burst is read before the chatter taken in is handled again."""
URGENT_FIRST_SECONDS = 1.0
"""How long, at most, urgent updates have the process to themselves (`_urgent_phase`)."""
PHASE_LOOK_SECONDS = 0.01
RETRY_SECONDS = (0.5, 1.0, 2.0, 5.0)
WARM_UP = (
    "救命 我爸突然胸口剧痛 喘不上气 3-2-501",
    "帮忙买一袋大米 两桶油",
    "1-3-301 36.5",
    "2-1-102 37.8 有点发烧",
    "谢谢志愿者",
    "大家好 今天有人去超市吗",
    "收到 好的👌",
    "6楼王阿姨需要两盒降压药 明天送到",
    "我家没米了 谁能帮忙带点",
    "楼上有人在家吗",
)
"""Understood twice before the first getUpdates: the rules compile on first use (and a table's
combined pattern on its second), and a burst's first updates (an emergency among them) would
otherwise pay for it, about 0.15 s of compiling for a mix of readings, requests and chatter."""
URGENT_PRESSES = tuple(f"{c.__prefix__}:" for c in (SosCallback, RaiseCallback, IncidentCallback))


class GetRawUpdates(GetUpdates):
    """getUpdates answered as plain dicts: they are journaled as they came, and each is read
    into aiogram's types only when it is handled."""

    __returning__ = list[dict[str, Any]]


@dataclass
class Entry:
    """One update in hand: taken from Telegram (or the journal) and not yet handled."""

    update_id: int
    raw: dict[str, Any]
    urgent: bool


def read_entry(update_id: int, raw: dict[str, Any]) -> Entry:
    """An update in hand, urgent or not."""
    return Entry(update_id, raw, is_urgent(raw))


def chat_key(raw: dict[str, Any]) -> int | str:
    """What orders an update among others: its chat (a press: its message's chat), else its
    sender, else nothing (its own key)."""
    for key, value in raw.items():
        if key == "update_id" or not isinstance(value, dict):
            continue
        chat = value.get("chat")
        if isinstance(chat, dict) and isinstance(chat.get("id"), int):
            return int(chat["id"])
        message = value.get("message")
        if isinstance(message, dict):
            chat = message.get("chat")
            if isinstance(chat, dict) and isinstance(chat.get("id"), int):
                return int(chat["id"])
        sender = value.get("from")
        if isinstance(sender, dict) and isinstance(sender.get("id"), int):
            return int(sender["id"])
    return f"update:{raw.get('update_id')}"


def is_urgent(raw: dict[str, Any]) -> bool:
    """Whether an update may be an emergency (see the module)."""
    press = raw.get("callback_query")
    if isinstance(press, dict):
        data = press.get("data")
        return isinstance(data, str) and data.startswith(URGENT_PRESSES)
    message = raw.get("message") or raw.get("edited_message")
    if not isinstance(message, dict):
        return False
    text = message.get("text")
    if not isinstance(text, str):
        text = message.get("caption")
    if not isinstance(text, str):
        return False
    if text.startswith("/"):
        command = text[1:].split(maxsplit=1)[0] if len(text) > 1 else ""
        return command.partition("@")[0].lower() == "sos"
    return may_be_urgent(text) and raised_or_doubted(text)


class Lanes:
    """Updates in hand by chat: one at a time per chat, chats with an urgent update first."""

    def __init__(self) -> None:
        self._chats: dict[int | str, deque[Entry]] = {}
        self._urgent: dict[int | str, int] = {}
        self._busy: set[int | str] = set()
        self._ready_urgent: OrderedDict[int | str, None] = OrderedDict()
        self._ready: OrderedDict[int | str, None] = OrderedDict()
        self.in_hand: set[int] = set()
        """Update ids taken and not finished (queued or being handled)."""

    def put(self, entry: Entry) -> bool:
        """Queue an update behind its chat's earlier ones; False if it is in hand already."""
        if entry.update_id in self.in_hand:
            return False
        self.in_hand.add(entry.update_id)
        key = chat_key(entry.raw)
        self._chats.setdefault(key, deque()).append(entry)
        if entry.urgent:
            self._urgent[key] = self._urgent.get(key, 0) + 1
        if key not in self._busy:
            self._make_ready(key)
        return True

    def take(self, *, urgent_only: bool) -> tuple[int | str, Entry, bool] | None:
        """The next update to handle (its chat is busy until `done`), or None; with whether it
        came from the urgent lane (an urgent update, or one its chat must handle first)."""
        if self._ready_urgent:
            key, _ = self._ready_urgent.popitem(last=False)
            lane = True
        elif self._ready and not urgent_only:
            key, _ = self._ready.popitem(last=False)
            lane = False
        else:
            return None
        entry = self._chats[key].popleft()
        if entry.urgent:
            self._urgent[key] -= 1
            if not self._urgent[key]:
                del self._urgent[key]
        self._busy.add(key)
        return key, entry, lane

    def done(self, key: int | str, entry: Entry) -> None:
        """The update is finished: its chat's next one may go."""
        self.in_hand.discard(entry.update_id)
        self._busy.discard(key)
        if self._chats.get(key):
            self._make_ready(key)  # behind the chats waiting already: each chat gets its turn
        else:
            self._chats.pop(key, None)

    @property
    def urgent_waiting(self) -> bool:
        """Whether an urgent update is queued."""
        return bool(self._urgent)

    @property
    def queued(self) -> int:
        """Updates waiting to be handled (not those being handled)."""
        return sum(len(entries) for entries in self._chats.values())

    def _make_ready(self, key: int | str) -> None:
        if self._urgent.get(key):
            self._ready.pop(key, None)
            self._ready_urgent[key] = None
        else:
            self._ready[key] = None


class InboundPolling:
    """Louhu's long polling: the journal, then the dispatcher (see the module)."""

    def __init__(
        self,
        bot: Bot,
        dispatcher: Dispatcher,
        sessionmaker: async_sessionmaker[AsyncSession],
        stopping: asyncio.Event,
        *,
        sender: OutboundSender | None = None,
        workers: int = WORKERS,
        hold_seconds: float | None = None,
    ) -> None:
        self._bot = bot
        self._dispatcher = dispatcher
        self._sessionmaker = sessionmaker
        self._stopping = stopping
        self._sender = sender
        self._workers = workers
        self._hold_seconds = HOLD_SECONDS if hold_seconds is None else hold_seconds
        self.lanes = Lanes()
        self._change = asyncio.Event()
        self._held_since: float | None = None
        """When the batches began to come back full (a burst being read), if they do."""
        self._journaling = 0
        self._urgent_work = 0
        """Updates being handled from the urgent lane."""
        self._quiet: list[int] = []
        """Updates that wrote nothing: their journal rows are deleted together (`_forget_quiet`)."""
        self._urgent_done_at: float | None = None
        self._urgent_since: float | None = None
        """When the current urgent phase began (`_urgent_phase`)."""
        """When an urgent update was last finished: its alerts may be going out."""

    @property
    def taken(self) -> int:
        """Updates taken from Telegram (or the journal) and not finished: being journaled,
        queued or being handled."""
        return self._journaling + len(self.lanes.in_hand)

    @property
    def busy(self) -> bool:
        """Whether any update is in hand, or journal rows of updates done wait to be deleted."""
        return self.taken > 0 or bool(self._quiet)

    async def run(self, *, polling_timeout: int = 25, allowed_updates: list[str]) -> None:
        """Feed the journal's leftovers, then poll until stopped; updates being handled are
        finished, those only queued stay in the journal for the next start."""
        for _ in range(2):
            for text in WARM_UP:
                understand(text)  # its rules compile on first use: not in a burst's time
        workers = [asyncio.create_task(self._work()) for _ in range(self._workers)]
        forgetting = asyncio.create_task(self._forget_quiet_often())
        try:
            await self._feed_leftovers()
            await self._poll(polling_timeout, allowed_updates)
        finally:
            self._stopping.set()
            self._change.set()
            await asyncio.gather(*workers, return_exceptions=True)
            await asyncio.gather(forgetting, return_exceptions=True)  # ends as stopping is set
            await self._forget_quiet()  # left: handled again at the next start, doing nothing

    async def _feed_leftovers(self) -> None:
        while not self._stopping.is_set():
            try:
                async with self._sessionmaker() as session:
                    rows = await journaled(session)
                break
            except Exception as exc:
                if not is_database_outage(exc):
                    raise
                if not await wait_for_database(
                    self._sessionmaker, self._stopping, what="the inbound journal"
                ):
                    return
        else:
            return
        if rows:
            log.info("%d updates left in the inbound journal are handled first", len(rows))
        self._put(read_entry(update_id, raw) for update_id, raw in rows)

    async def _poll(self, polling_timeout: int, allowed_updates: list[str]) -> None:
        """getUpdates, journal, getUpdates again (confirming), and meanwhile sort the batch:
        the next request leaves as soon as the batch is on disk, so reading a burst costs a
        round trip to Telegram per 100 updates and a journal write, little more."""
        request = GetRawUpdates(timeout=polling_timeout, allowed_updates=allowed_updates)
        timeout = int(self._bot.session.timeout + polling_timeout)
        failures = 0
        raws = await self._fetch(request, timeout, failures)
        while not self._stopping.is_set():
            if raws is None:
                failures += 1
                raws = await self._fetch(request, timeout, failures)
                continue
            failures = 0
            batch = [
                (raw["update_id"], raw)
                for raw in raws
                if isinstance(raw, dict) and _is_id(raw.get("update_id"))
            ]
            self._journaling = len(batch)
            try:
                if not await self._journal(batch):
                    return  # stopping: not confirmed, Telegram hands them out again
                if batch:  # the next getUpdates confirms them: they are on disk now
                    request.offset = max(update_id for update_id, _ in batch) + 1
                await self._urgent_first()
                full = len(raws) >= BATCH
                # after a full batch, a short poll: its answer, empty or not full, says at once
                # that the burst is read and the hold can end (a long poll would only wait)
                ask = asyncio.ensure_future(
                    self._fetch(
                        request.model_copy(update={"timeout": 0} if full else None), timeout, 0
                    )
                )
                try:
                    self._hold(full=full)
                    self._put(read_entry(update_id, raw) for update_id, raw in batch)
                except BaseException:
                    ask.cancel()
                    raise
            finally:
                self._journaling = 0
            raws = await ask

    async def _fetch(
        self, request: GetRawUpdates, timeout: int, failures: int
    ) -> list[dict[str, Any]] | None:
        """One getUpdates (the offset confirms what is journaled); None when it failed."""
        if failures:
            await self._sleep(RETRY_SECONDS[min(failures, len(RETRY_SECONDS)) - 1])
            if self._stopping.is_set():
                return None
        fetch = asyncio.ensure_future(self._bot(request, request_timeout=timeout))
        stop = asyncio.ensure_future(self._stopping.wait())
        try:
            await asyncio.wait({fetch, stop}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop.cancel()
        if not fetch.done():  # stopping during the long poll: nothing it brings is confirmed
            fetch.cancel()
            await asyncio.gather(fetch, return_exceptions=True)
            return None
        try:
            answer: Any = fetch.result()
        except (TimeoutError, AiogramError) as exc:
            # Telegram (or the way to it) is slow or away for a while: polling goes on
            log.warning("getUpdates failed (%s: %s); asked again", type(exc).__name__, exc)
            return None
        except Exception:
            log.exception("getUpdates failed; asked again")  # polling must outlive a surprise
            return None
        return list(answer or [])

    async def _journal(self, batch: list[tuple[int, dict[str, Any]]]) -> bool:
        """Write the batch to the journal; False if the bot stops while the database is away."""
        if not batch:
            return True
        while True:
            quiet, self._quiet = self._quiet, []
            try:
                async with self._sessionmaker() as session:
                    await journal_updates(session, batch)
                    await forget_updates(session, quiet)  # with the batch: one commit for both
                    await session.commit()
                return True
            except Exception as exc:
                self._quiet.extend(quiet)
                if not is_database_outage(exc):
                    raise
                if not await wait_for_database(
                    self._sessionmaker, self._stopping, what="the inbound journal"
                ):
                    return False

    def _forget_later(self, update_id: int) -> None:
        """An update that wrote nothing: its journal row goes with the next batch's write, or
        within FORGET_SECONDS; if the process dies first, it is handled again, doing nothing."""
        self._quiet.append(update_id)

    async def _forget_quiet_often(self) -> None:
        while not self._stopping.is_set():
            await self._sleep(FORGET_SECONDS)
            await self._forget_quiet()

    async def _forget_quiet(self) -> None:
        quiet, self._quiet = self._quiet, []
        if not quiet:
            return
        try:
            async with self._sessionmaker() as session:
                await forget_updates(session, quiet)
                await session.commit()
        except BaseException as exc:  # the rows stay: those updates are read again, doing nothing
            self._quiet.extend(quiet)
            if not isinstance(exc, Exception):
                raise
            log.warning("%d journal rows left (%s: %s)", len(quiet), type(exc).__name__, exc)

    def _urgent_phase(self) -> bool:
        """Whether urgent updates are queued or being handled, or their alerts being sent (the
        sender's emergency lane): meanwhile the other updates wait, and so does reading a
        burst. One process does it all, and on SQLite through one connection: an emergency's
        steps would otherwise wait behind the chatter's at every turn. A phase lasts at most
        URGENT_FIRST_SECONDS: an urgent update waiting for Telegram holds up nothing for long."""
        loop = asyncio.get_running_loop()
        sending = (
            self._urgent_done_at is not None
            and self._sender is not None
            and self._sender.sending_emergencies()
        )
        if not (self._urgent_work or self.lanes.urgent_waiting or sending):
            self._urgent_since = self._urgent_done_at = None
            return False
        if self._urgent_since is None:
            self._urgent_since = loop.time()
        return loop.time() - self._urgent_since < URGENT_FIRST_SECONDS

    async def _urgent_first(self) -> None:
        """While a burst is read (the last batch was full), wait for the urgent phase to end
        (`_urgent_phase`); a long poll waiting for Telegram costs nothing, it never waits."""
        while self._held_since is not None and self._urgent_phase() and not self._stopping.is_set():
            self._change.clear()
            await self._wait(PHASE_LOOK_SECONDS)

    def _hold(self, *, full: bool) -> None:
        """A full batch: more wait at Telegram, read them before handling the chatter."""
        if not full:
            self._held_since = None
        elif self._held_since is None:
            self._held_since = asyncio.get_running_loop().time()
        self._change.set()

    def _urgent_only(self) -> bool:
        if self._held_since is None:
            return False
        return asyncio.get_running_loop().time() - self._held_since < self._hold_seconds

    def _put(self, entries: Iterable[Entry]) -> None:
        for entry in entries:
            self.lanes.put(entry)
        self._change.set()

    async def _work(self) -> None:
        """One worker: takes the next update allowed and handles it, until the bot stops."""
        while not self._stopping.is_set():
            phase = self._urgent_phase()
            taken = self.lanes.take(urgent_only=phase or self._urgent_only())
            if taken is None:
                self._change.clear()
                if phase:
                    await self._wait(PHASE_LOOK_SECONDS)  # the sender tells no one it is done
                elif self._held_since is not None and self.lanes.queued:
                    # held: look again when the hold ends even if nothing else changes
                    await self._wait(self._hold_seconds)
                else:
                    await self._wait(None)
                continue
            key, entry, urgent = taken
            self._urgent_work += urgent
            try:
                await self._handle(entry)
            finally:
                self._urgent_work -= urgent
                if urgent:
                    self._urgent_done_at = asyncio.get_running_loop().time()
                self.lanes.done(key, entry)
                self._change.set()

    async def _handle(self, entry: Entry) -> None:
        update = read_update(entry.raw, self._bot)
        if update is None:
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
            # as aiogram's polling does: logged, and the others go on
            log.exception("update %s failed", entry.update_id)
            if not is_database_outage(exc):
                await self._forget(entry.update_id)  # failed for good: not again at each start
            # (given up waiting for the database as the bot stops: the row stays for the next)

    async def _forget(self, update_id: int) -> None:
        try:
            async with self._sessionmaker() as session:
                await forget_update(session, update_id)
                await session.commit()
        except Exception as exc:
            kind = type(exc).__name__
            log.warning("update %s left in the journal (%s: %s)", update_id, kind, exc)

    async def _wait(self, seconds: float | None) -> None:
        try:
            async with asyncio.timeout(seconds):
                await self._change.wait()
        except TimeoutError:
            pass

    async def _sleep(self, seconds: float) -> None:
        try:
            async with asyncio.timeout(seconds):
                await self._stopping.wait()
        except TimeoutError:
            pass


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
