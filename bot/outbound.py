"""Queue Telegram messages in the outbox, inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiogram.enums import ParseMode
from aiogram.types import ForceReply, InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.long_text import shorten, split_message
from models.incidents import Incident
from models.outbox import OutboundMessage, Priority


def queue_send(
    session: AsyncSession,
    *,
    chat_id: int,
    text: str,
    now: datetime,
    priority: Priority = Priority.INTERACTIVE,
    reply_markup: InlineKeyboardMarkup | ForceReply | None = None,
    reply_to: int | None = None,
    purpose: str | None = None,
    ref_id: int | None = None,
    silent: bool = False,
) -> OutboundMessage:
    """Queue a sendMessage in Telegram HTML (`silent`: no sound; ForceReply: a reply box).

    A text longer than Telegram allows goes as several messages in order: the first replies,
    the last carries the buttons and the purpose; the last row is returned.
    """
    pieces = split_message(text)
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        payload: dict[str, Any] = {"text": piece, "parse_mode": ParseMode.HTML}
        if silent:
            payload["disable_notification"] = True
        if reply_markup is not None and last:
            payload["reply_markup"] = reply_markup.model_dump(mode="json", exclude_none=True)
        if reply_to is not None and index == 0:
            payload["reply_parameters"] = {
                "message_id": reply_to,
                "allow_sending_without_reply": True,
            }
        row = _queue(
            session,
            chat_id,
            "sendMessage",
            payload,
            now,
            priority,
            purpose if last else None,
            ref_id if last else None,
        )
    return row


def queue_photo(
    session: AsyncSession,
    *,
    chat_id: int,
    photo: str,
    caption: str,
    now: datetime,
    priority: Priority = Priority.INTERACTIVE,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> OutboundMessage:
    """Queue a sendPhoto of a photo Telegram already has (its file id), captioned in HTML."""
    payload: dict[str, Any] = {"photo": photo, "caption": caption, "parse_mode": ParseMode.HTML}
    if reply_markup is not None:
        payload["reply_markup"] = reply_markup.model_dump(mode="json", exclude_none=True)
    return _queue(session, chat_id, "sendPhoto", payload, now, priority, None, None)


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
    payload: dict[str, Any] = {
        "message_id": message_id,
        "text": shorten(text),  # an edit cannot become two messages
        "parse_mode": ParseMode.HTML,
    }
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


WEBHOOK_CHAT = 0  # webhook rows are not Telegram chats; they are never held behind each other


def queue_webhook(
    session: AsyncSession, *, webhook: str, body: dict[str, Any], now: datetime
) -> OutboundMessage:
    """Queue a JSON POST to a configured outgoing webhook (retried, never blocking the chain)."""
    payload = {"webhook": webhook, "body": body}
    return _queue(session, WEBHOOK_CHAT, "webhook", payload, now, Priority.EMERGENCY, None, None)


def incident_json(incident: Incident, event: str) -> dict[str, Any]:
    """The incident as a webhook receives it."""

    def stamp(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "event": event,
        "incident": {
            "id": incident.id,
            "community": incident.community,
            "building_id": incident.building_id,
            "flat": incident.flat,
            "text": incident.text,
            "hint": incident.hint,
            "status": incident.status,
            "stage": incident.stage + 1,
            "round": incident.round,
            "reported_at": stamp(incident.reported_at),
            "acknowledged_at": stamp(incident.acknowledged_at),
            "transported_at": stamp(incident.transported_at),
            "hospital_at": stamp(incident.hospital_at),
            "resolved_at": stamp(incident.resolved_at),
        },
    }


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
    )
    session.add(message)
    return message
