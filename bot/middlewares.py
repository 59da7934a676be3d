"""Outer middlewares: a session per update (handled once), and who/where the update is from."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiogram import BaseMiddleware
from aiogram.types import Chat, TelegramObject, Update, User
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.context_cache import ContextCache
from bot.inbound import JOURNALED
from bot.l10n import BOTH, L10n
from bot.metrics import SKIPPED
from bot.replies import Replies
from bot.sender import OutboundSender
from bot.settings import Settings
from bot.transaction import DuplicateUpdate, UpdateTransaction
from domain.clock import Clock
from models.buildings import Building, building_by_chat
from models.inbound import forget_update
from models.people import SENDER, Person, upsert_person
from models.updates import was_processed

log = logging.getLogger(__name__)
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]
GROUP_TYPES = {"group", "supergroup"}
R = TypeVar("R", Person, Building, Person | None, Building | None)


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
            transaction = UpdateTransaction(
                session, event.update_id, self._clock.now(), wake=sender.wake
            )
            forget_later: Callable[[int], None] | None = data.get(JOURNALED)
            transaction.journaled = forget_later is not None  # bot/inbound.py's row goes too
            # Several workers (PostgreSQL): wait for another one handling this chat, in the
            # transaction the handler goes on in. The update's id is claimed with its first
            # commit of a write, which finds an update already handled (by any worker) instead.
            if chat is not None:
                await transaction.hold_chat(chat.id)
            data["session"] = session
            data["transaction"] = transaction
            try:
                result = await handler(event, data)
                await transaction.finish()
            except DuplicateUpdate:
                await transaction.abandon()
                log.info("update %s was handled concurrently; dropped", event.update_id)
                data[SKIPPED] = True
                await _forget_journaled(transaction)
                return None
            except IntegrityError:
                await transaction.abandon()
                if await was_processed(session, event.update_id):
                    log.info("update %s was handled concurrently; dropped", event.update_id)
                    data[SKIPPED] = True
                    await _forget_journaled(transaction)
                    return None
                raise
            finally:
                # Each commit that holds outbox or live message rows wakes the sender after
                # it; once more here, as before, after the last commit or the rollback. An
                # update that gave the sender nothing (chatter, a reading with no roll call to
                # redraw) costs it no look at the outbox.
                if transaction.queued_anything:
                    sender.wake(
                        ordinary_only=not transaction.urgent_anything,
                        chats=transaction.sender_chats,
                    )
            if transaction.duplicate:
                log.info("update %s was already handled; nothing done again", event.update_id)
                data[SKIPPED] = True
            if forget_later is not None and not transaction.recorded:
                forget_later(event.update_id)  # wrote nothing: its journal row goes with others'
            return result


async def _forget_journaled(transaction: UpdateTransaction) -> None:
    """An update found handled already: its journal row (a redelivery's) goes all the same."""
    if transaction.journaled:
        await forget_update(transaction.session, transaction.update_id)
        await transaction.session.commit()


class ContextMiddleware(BaseMiddleware):
    """Records the sender's profile and finds their language and the chat's building, in the
    update's transaction."""

    def __init__(self, clock: Clock, l10n: L10n, cache: ContextCache | None = None) -> None:
        self._clock = clock
        self._l10n = l10n
        self._cache = cache
        """SQLite (one worker): people and buildings kept between updates."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        settings: Settings = data["settings"]
        # The update's own session and transaction: one connection an update (a second one,
        # taken while the first holds the chat's lock, can starve PostgreSQL's pool).
        session: AsyncSession = data["session"]
        transaction: UpdateTransaction = data["transaction"]
        if self._cache is not None:
            await self._cache.look_for_other_writers(session)
        person = await self._person(transaction, user) if user and not user.is_bot else None
        session.info[SENDER] = person  # an order's card names them: not read again
        building = await self._building(session, chat.id) if chat else None
        transaction.watch()
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
            data["replies"] = Replies(session, self._clock, chat.id)
        return await handler(event, data)

    async def _building(self, session: AsyncSession, chat_id: int) -> Building | None:
        cache = self._cache
        if cache is None:
            return await _detached(session, await building_by_chat(session, chat_id))
        kept, building = cache.building(chat_id)
        if kept:
            return building
        generation = cache.generation
        building = await _detached(session, await building_by_chat(session, chat_id))
        cache.keep_building(chat_id, building, generation)
        return building

    async def _person(self, transaction: UpdateTransaction, user: User) -> Person:
        session = transaction.session
        cache = self._cache
        person = cache.person(user.id) if cache is not None else None
        if person is not None and _same_profile(person, user):
            return person
        generation = cache.generation if cache is not None else 0
        person = await session.get(Person, user.id)
        if person is not None and _same_profile(person, user):
            if cache is not None:
                cache.keep_person(person, generation)
            return await _detached(session, person)
        now = self._clock.now()

        async def write() -> None:
            await upsert_person(
                session,
                person_id=user.id,
                username=user.username,
                full_name=user.full_name,
                telegram_language=user.language_code,
                now=now,
            )

        await transaction.keep_profile(write)
        person = await session.get(Person, user.id, populate_existing=True)
        assert person is not None
        return await _detached(session, person)


def _same_profile(person: Person, user: User) -> bool:
    return (
        person.username == user.username
        and person.full_name == user.full_name
        and person.telegram_language == user.language_code
    )


async def _detached(session: AsyncSession, row: R) -> R:
    """Detached, as if read in a session of its own: a handler's release() or step rolls back
    or commits the update's session and must not expire it under the handler."""
    if row is not None:
        session.expunge(row)
    return row
