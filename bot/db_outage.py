"""Updates outlive a database outage: held and handled again once it answers, and confirmed to
Telegram only when their transaction committed.

Two pieces, both wired in bot/app.py:

- `RetryWhenDatabaseIsBack`, an update middleware inside the per-chat lock and around the update's
  session: an update whose handling fails because the database is out of reach (a dropped
  connection, a refused one) waits for the database and is handled again from the start. The
  failed try's transaction is gone with its connection, so nothing of it stays; a try whose
  commit did reach the server is found in `processed_updates` and skipped. The chat's later
  updates wait behind it, so their order holds.
- `UnconfirmedUpdates`, a Bot API session middleware on getUpdates with an update middleware that
  tells it when an update is finished: getUpdates confirms (by its offset) only the updates
  finished here, so one still waiting for the database when the process stops (or is killed) is
  handed out again by Telegram at the next start.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, cast

from aiogram import BaseMiddleware, Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.methods import GetUpdates, TelegramMethod
from aiogram.methods.base import Response, TelegramType
from aiogram.types import TelegramObject, Update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models.outage import is_database_outage, wait_for_database

log = logging.getLogger(__name__)
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]

HOLD_SECONDS = 0.2
"""How long getUpdates waits for updates in hand when asking at once would bring back only
them, before it asks anyway (an update stuck for long must not stop the others for long)."""


class RetryWhenDatabaseIsBack(BaseMiddleware):
    """Handles an update again, from the start, once the database is back (see the module)."""

    def __init__(
        self, sessionmaker: async_sessionmaker[AsyncSession], stopping: asyncio.Event
    ) -> None:
        self._sessionmaker = sessionmaker
        self._stopping = stopping

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        while True:
            try:
                return await handler(event, data)
            except Exception as exc:
                if not is_database_outage(exc):
                    raise
                what = f"update {event.update_id}" if isinstance(event, Update) else "an update"
                log.warning("%s: database out of reach (%s: %s)", what, type(exc).__name__, exc)
                if not await wait_for_database(self._sessionmaker, self._stopping, what=what):
                    raise  # stopping: left unconfirmed, Telegram hands it out again


class UnconfirmedUpdates(BaseRequestMiddleware):
    """Keeps getUpdates from confirming updates still being handled (see the module).

    Register it on the bot's session (`bot.session.middleware(...)`) and `finished` as the
    outermost update middleware. Telegram confirms every update below the offset a getUpdates
    call sends, so while an update handed out is unfinished the offset stays at it: Telegram
    then hands it (and those after it) out again, and this drops the ones already taken here.
    """

    def __init__(self, *, hold_seconds: float = HOLD_SECONDS) -> None:
        self._hold = hold_seconds
        self._unfinished: set[int] = set()
        self._finished: set[int] = set()
        """Updates finished while an earlier one is not: Telegram may hand them out again."""
        self._change = asyncio.Event()
        self._nothing_fresh = False
        """The last answer held only updates in hand: the next one waits for them a little."""

    @property
    def unfinished(self) -> frozenset[int]:
        """Updates taken from Telegram and not finished here."""
        return frozenset(self._unfinished)

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if not isinstance(method, GetUpdates):
            return await make_request(bot, method)
        while True:
            if self._nothing_fresh:  # asked again at once, only updates in hand would come back
                await self._wait_for_earlier(method.offset)
            offset = method.offset
            if offset is not None and self._unfinished and min(self._unfinished) < offset:
                offset = min(self._unfinished)  # confirm nothing from the first unfinished on
                request: TelegramMethod[Any] = method.model_copy(update={"offset": offset})
            else:
                request = method
            # (aiogram's session returns the method's result here, its annotation says Response)
            answer: Any = await make_request(bot, request)
            if offset is not None:  # Telegram has now forgotten everything below it
                self._finished = {u for u in self._finished if u >= offset}
            updates: list[Update] = list(answer or [])
            fresh = [
                u
                for u in updates
                if u.update_id not in self._unfinished and u.update_id not in self._finished
            ]
            self._unfinished.update(u.update_id for u in fresh)
            # Only updates still in hand came back (at once: Telegram holds them): wait for them
            # a little before asking again, rather than spinning; anything new goes out at once.
            self._nothing_fresh = bool(updates) and not fresh
            if not self._nothing_fresh:
                result: Any = fresh
                return cast(Response[TelegramType], result)

    async def _wait_for_earlier(self, offset: int | None) -> None:
        """Wait (up to the hold) until no update below `offset` is unfinished."""
        if offset is None:
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._hold
        while self._unfinished and min(self._unfinished) < offset:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return
            self._change.clear()
            try:  # asyncio.timeout, not wait_for: wait_for may swallow a cancel (3.11)
                async with asyncio.timeout(remaining):
                    await self._change.wait()
            except TimeoutError:
                return

    async def finished(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """The update middleware: the update is finished (committed, skipped or failed), unless
        it gave up waiting for the database because the bot stops: then it stays unconfirmed,
        and Telegram hands it out again at the next start."""
        try:
            result = await handler(event, data)
        except Exception as exc:
            if not is_database_outage(exc):
                self._finish(event)
            raise
        self._finish(event)
        return result

    def _finish(self, event: TelegramObject) -> None:
        if isinstance(event, Update) and event.update_id in self._unfinished:
            self._unfinished.discard(event.update_id)
            self._finished.add(event.update_id)
            self._change.set()
