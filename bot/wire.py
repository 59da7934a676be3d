"""Reading Telegram's answers: NUL read as a space, an unreadable update skipped alone."""

from __future__ import annotations

import json
import logging
import re
from typing import Any, cast

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.exceptions import ClientDecodeError
from aiogram.methods import GetUpdates, Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import Update
from pydantic import ValidationError

log = logging.getLogger(__name__)

# \u0000 escapes not themselves escaped (an even run of backslashes before them). PostgreSQL
# refuses NUL in text, so an order or an alert holding one would be lost; a space keeps every
# entity offset Telegram sent.
_NUL = re.compile(r"(?<!\\)((?:\\\\)*)\\u0000")


def loads_without_nul(content: str | bytes) -> Any:
    """json.loads, with every NUL in a string read as a space."""
    if isinstance(content, bytes):
        content = content.decode("utf-8")
    if "\\u0000" in content:
        content = _NUL.sub(r"\1\\u0020", content)
    return json.loads(content)


_RESPONSE_TYPES: dict[Any, Any] = {}
"""`Response[X]` for each answer type read so far, kept: pydantic caches a generic model's
parametrizations by weak reference only, so aiogram's `Response[method.__returning__]` for every
answer built a new model class (schema, validator) each time the collector had taken the last."""


class TolerantSession(AiohttpSession):
    """An aiohttp session whose getUpdates survives one update the client cannot read.

    aiogram validates the whole batch at once: a single update with a missing field or a shape
    it does not know fails the batch, and polling asks for the same offset for ever. Here the
    batch is read update by update and an unreadable one becomes an empty update with its id,
    so the offset moves on and the rest are handled.
    """

    def check_response(
        self, bot: Bot, method: TelegramMethod[TelegramType], status_code: int, content: str
    ) -> Response[TelegramType]:
        """As aiogram does; for getUpdates, an unreadable update is skipped, not the batch."""
        returning = method.__returning__
        if returning not in _RESPONSE_TYPES:
            _RESPONSE_TYPES[returning] = Response[returning]  # type: ignore[valid-type]
        try:
            return super().check_response(bot, method, status_code, content)
        except ClientDecodeError:
            if not isinstance(method, GetUpdates):
                raise
            data = self.json_loads(content)
            if not isinstance(data, dict) or not isinstance(data.get("result"), list):
                raise
            updates = [read_update(raw, bot) for raw in data["result"]]
            kept = [update for update in updates if update is not None]
            return cast(Response[TelegramType], Response[list[Update]](ok=True, result=kept))


def read_update(raw: Any, bot: Bot) -> Update | None:
    """The update, or an empty one with its id when the rest cannot be read."""
    try:
        return Update.model_validate(raw, context={"bot": bot})
    except ValidationError as error:
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        kinds = sorted(set(raw) - {"update_id"}) if isinstance(raw, dict) else []
        log.warning(
            "update %s (%s) cannot be read and is skipped: %s",
            update_id,
            ",".join(kinds),
            str(error).splitlines()[0],
        )
        if isinstance(update_id, int) and not isinstance(update_id, bool):
            return Update(update_id=update_id)
        return None
