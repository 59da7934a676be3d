"""Live messages: post one message, then redraw it in place whenever what it shows changes.

    await post_live(session, purpose=ROLLCALL, ref_id=rollcall.id, chat_id=group, text=..., now=now)
    ...
    await request_refresh(session, purpose=ROLLCALL, ref_id=rollcall.id)  # any transaction

The sender redraws the message by calling the renderer registered for its purpose
(`OutboundSender(live_renderers={ROLLCALL: render})`) when it sends the edit, so an edit always
shows the state at that moment, however many requests it stands for. Edits of one message are
at least LIVE_EDIT_SECONDS apart and pass the same per-chat and global limits as every send.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from aiogram.types import InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.long_text import shorten
from bot.outbound import queue_send
from models.live import close_live, create_live, request_refresh
from models.outbox import Priority

LIVE_POST = "live_post"
"""The purpose of a live message's first send in the outbox (its ref_id is the live row's id)."""


@dataclass(frozen=True)
class LiveContent:
    """What a live message shows: Telegram HTML and its buttons (None: no buttons)."""

    text: str
    reply_markup: InlineKeyboardMarkup | None = None


Renderer = Callable[[AsyncSession, int], Awaitable[LiveContent]]
"""Draws a live message from the database: (session, ref_id) → content.

It runs inside the sender, in a read-only session it must use (and never commit): on SQLite
the bot has one connection, so opening another session there would wait forever.
"""


async def post_live(
    session: AsyncSession,
    *,
    purpose: str,
    ref_id: int,
    chat_id: int,
    text: str,
    now: datetime,
    reply_markup: InlineKeyboardMarkup | None = None,
    priority: Priority = Priority.REMINDER,
) -> int | None:
    """Queue the first send of (purpose, ref_id)'s live message; its id, None if it exists.

    Posting twice is harmless (a fan-out restarted half-way posts each group's message once).
    Edits ride the ordinary lane, so a live message cannot be of emergency priority.
    """
    if priority == Priority.EMERGENCY:
        raise ValueError("live messages are edited in the ordinary lane; not for emergencies")
    live_id = await create_live(
        session, purpose=purpose, ref_id=ref_id, chat_id=chat_id, priority=priority, now=now
    )
    if live_id is None:
        return None
    queue_send(
        session,
        chat_id=chat_id,
        text=shorten(text),  # later edits are shortened alike: one message throughout
        reply_markup=reply_markup,
        now=now,
        priority=priority,
        purpose=LIVE_POST,
        ref_id=live_id,
    )
    return live_id


__all__ = [
    "LIVE_POST",
    "LiveContent",
    "Renderer",
    "close_live",
    "post_live",
    "request_refresh",
]
