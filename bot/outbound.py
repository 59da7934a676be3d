"""Queue Telegram messages in the outbox, inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiogram.enums import ParseMode
from aiogram.types import InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from models.outbox import OutboundMessage, Priority


def queue_send(
    session: AsyncSession,
    *,
    chat_id: int,
    text: str,
    now: datetime,
    priority: Priority = Priority.INTERACTIVE,
    reply_markup: InlineKeyboardMarkup | None = None,
    reply_to: int | None = None,
    purpose: str | None = None,
    ref_id: int | None = None,
) -> OutboundMessage:
    """Queue a sendMessage in Telegram HTML."""
    payload: dict[str, Any] = {"text": text, "parse_mode": ParseMode.HTML}
    if reply_markup is not None:
        payload["reply_markup"] = reply_markup.model_dump(mode="json", exclude_none=True)
    if reply_to is not None:
        payload["reply_parameters"] = {"message_id": reply_to, "allow_sending_without_reply": True}
    return _queue(session, chat_id, "sendMessage", payload, now, priority, purpose, ref_id)


def queue_edit(
    session: AsyncSession,
    *,
    chat_id: int,
    message_id: int,
    text: str,
    now: datetime,
    reply_markup: InlineKeyboardMarkup | None = None,
    priority: Priority = Priority.INTERACTIVE,
) -> OutboundMessage:
    """Queue an editMessageText (buttons removed when reply_markup is None)."""
    payload: dict[str, Any] = {"message_id": message_id, "text": text, "parse_mode": ParseMode.HTML}
    if reply_markup is not None:
        payload["reply_markup"] = reply_markup.model_dump(mode="json", exclude_none=True)
    return _queue(session, chat_id, "editMessageText", payload, now, priority, None, None)


def queue_edit_markup(
    session: AsyncSession,
    *,
    chat_id: int,
    message_id: int,
    reply_markup: InlineKeyboardMarkup | None,
    now: datetime,
) -> OutboundMessage:
    """Queue an editMessageReplyMarkup (buttons removed when reply_markup is None)."""
    payload: dict[str, Any] = {"message_id": message_id}
    if reply_markup is not None:
        payload["reply_markup"] = reply_markup.model_dump(mode="json", exclude_none=True)
    return _queue(
        session, chat_id, "editMessageReplyMarkup", payload, now, Priority.INTERACTIVE, None, None
    )


def _queue(
    session: AsyncSession,
    chat_id: int,
    method: str,
    payload: dict[str, Any],
    now: datetime,
    priority: Priority,
    purpose: str | None,
    ref_id: int | None,
) -> OutboundMessage:
    message = OutboundMessage(
        chat_id=chat_id,
        method=method,
        payload=payload,
        priority=int(priority),
        purpose=purpose,
        ref_id=ref_id,
        created_at=now,
        next_attempt_at=now,
    )
    session.add(message)
    return message
