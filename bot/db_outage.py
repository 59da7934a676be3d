"""Updates outlive a database outage: held and handled again once it answers.

- `RetryWhenDatabaseIsBack` (wired in bot/app.py), an update middleware inside the per-chat
  lock and around the update's session: an update whose handling fails because the database
  is out of reach (a dropped connection, a refused one) waits for the database and is handled
  again from the start. The failed try's transaction is gone with its connection, so nothing
  of it stays; a try whose commit did reach the server is found in `processed_updates` and
  skipped. The chat's later updates wait behind it, so their order holds.
- Long polling confirms an update to Telegram only once it is in the inbound journal
  (bot/inbound.py), which keeps it until its transaction commits: one still waiting for the
  database when the process stops (or is killed) is handled at the next start.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models.outage import is_database_outage, wait_for_database

log = logging.getLogger(__name__)
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


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
