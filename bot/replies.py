"""Answers to the chat an update came from, queued in the session the middleware commits."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.outbound import queue_send
from domain.clock import Clock
from models.outbox import Priority


class Replies:
    """Queues replies; the session middleware commits them with the update."""

    def __init__(self, session: AsyncSession, clock: Clock, chat_id: int) -> None:
        self._session = session
        self._clock = clock
        self._chat_id = chat_id

    def send(
        self,
        text: str,
        *,
        reply_to: int | None = None,
        markup: InlineKeyboardMarkup | None = None,
        chat_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> None:
        """Queue a message to this chat (or another chat, such as a private one)."""
        queue_send(
            self._session,
            chat_id=chat_id if chat_id is not None else self._chat_id,
            text=text,
            now=self._clock.now(),
            reply_markup=markup,
            reply_to=reply_to,
            priority=priority,
        )
