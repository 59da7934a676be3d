"""Outer middlewares: a session per update (handled once), and who/where the update is from."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import Chat, TelegramObject, Update, User
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.inbound import JOURNALED
from bot.l10n import BOTH, L10n
from bot.metrics import SKIPPED
from bot.replies import Replies
from bot.sender import OutboundSender
from bot.settings import Settings
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from models.buildings import building_by_chat
from models.inbound import forget_update
from models.people import Person, upsert_person
from models.updates import was_processed

log = logging.getLogger(__name__)
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]
GROUP_TYPES = {"group", "supergroup"}


class ChatOrderMiddleware(BaseMiddleware):
    """Updates from one chat are handled one at a time, in the order they arrived.

    aiogram runs updates as concurrent tasks; without this, "/register 3-2-501" followed at once
    by a request could be read before the flat is saved. Other chats are not held up.
    """

    def __init__(self) -> None:
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        chat: Chat | None = data.get("event_chat")
        if chat is None:
            return await handler(event, data)
        lock, users = self._locks.get(chat.id, (asyncio.Lock(), 0))
        self._locks[chat.id] = (lock, users + 1)
        try:
            async with lock:
                return await handler(event, data)
        finally:
            lock, users = self._locks[chat.id]
            if users == 1:
                del self._locks[chat.id]
            else:
                self._locks[chat.id] = (lock, users - 1)


class DatabaseMiddleware(BaseMiddleware):
    """Opens the update's session and owns its transaction; an update already committed is
    skipped."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], clock: Clock) -> None:
        self._sessionmaker = sessionmaker
        self._clock = clock

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        assert isinstance(event, Update)
        sender: OutboundSender = data["sender"]
        async with self._sessionmaker() as session:
            chat: Chat | None = data.get("event_chat")
            transaction = UpdateTransaction(session, event.update_id, self._clock.now())
            transaction.journaled = bool(data.get(JOURNALED))  # bot/inbound.py's row goes too
            # Several workers (PostgreSQL): wait for another one handling this chat, in the
            # transaction the handler goes on in, then look whether it was this very update.
            held = chat is not None and await transaction.hold_chat(chat.id)
            if await was_processed(session, event.update_id):
                log.info("update %s was already handled; skipped", event.update_id)
                data[SKIPPED] = True
                await _forget_journaled(transaction)
                return None
            if not held:
                await transaction.release()  # hold no transaction while the handler asks Telegram
            data["session"] = session
            data["transaction"] = transaction
            try:
                result = await handler(event, data)
                await transaction.finish()
            except IntegrityError:
                await transaction.abandon()
                if await was_processed(session, event.update_id):
                    log.info("update %s was handled concurrently; dropped", event.update_id)
                    data[SKIPPED] = True
                    await _forget_journaled(transaction)
                    return None
                raise
            finally:
                sender.wake()
            return result


async def _forget_journaled(transaction: UpdateTransaction) -> None:
    """An update found handled already: its journal row (a redelivery's) goes all the same."""
    if transaction.journaled:
        await forget_update(transaction.session, transaction.update_id)
        await transaction.session.commit()


class ContextMiddleware(BaseMiddleware):
    """Records the sender's profile and finds their language and the chat's building."""

    def __init__(
        self, sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, l10n: L10n
    ) -> None:
        self._sessionmaker = sessionmaker
        self._clock = clock
        self._l10n = l10n

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        settings: Settings = data["settings"]
        # Profile bookkeeping is idempotent, so it commits on its own short session and never
        # shares a transaction with the update's effects.
        async with self._sessionmaker() as session:
            person = await self._person(session, user) if user and not user.is_bot else None
            building = await building_by_chat(session, chat.id) if chat else None
            await session.commit()
        lang = self._l10n.person_language(
            person.language if person else None,
            user.language_code if user else None,
            settings.default_language,
        )
        data["person"] = person
        data["building"] = building
        data["lang"] = lang
        data["t"] = self._l10n.translator(lang)
        group_mode = building.language if building else BOTH
        data["group_t"] = self._l10n.translator(group_mode)
        if chat is not None:
            data["replies"] = Replies(data["session"], self._clock, chat.id)
        return await handler(event, data)

    async def _person(self, session: AsyncSession, user: User) -> Person:
        person = await session.get(Person, user.id)
        if (
            person is None
            or person.username != user.username
            or person.full_name != user.full_name
            or person.telegram_language != user.language_code
        ):
            await upsert_person(
                session,
                person_id=user.id,
                username=user.username,
                full_name=user.full_name,
                telegram_language=user.language_code,
                now=self._clock.now(),
            )
            person = await session.get(Person, user.id, populate_existing=True)
            assert person is not None
        return person
