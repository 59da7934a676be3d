"""Who may use a group command, declared on the handler: flags={"access": Access.STAFF}."""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.flags import get_flag
from aiogram.types import Message, TelegramObject

from bot.permissions import is_staff


class Access(enum.StrEnum):
    """BUILDING: the group is a set-up building. STAFF: and the sender is its staff or admin."""

    BUILDING = "building"
    STAFF = "staff"


class AccessMiddleware(BaseMiddleware):
    """Answers "set up the building first" or "staff only" instead of running the handler."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        need = get_flag(data, "access")
        if need is None or not isinstance(event, Message) or event.from_user is None:
            return await handler(event, data)
        building, replies, t = data["building"], data["replies"], data["t"]
        if building is None or not building.is_set_up:
            replies.send(t("not-set-up"), reply_to=event.message_id)
            return None
        if need == Access.STAFF and not await is_staff(
            data["transaction"], data["bot"], building, event.from_user.id
        ):
            replies.send(t("staff-only"), reply_to=event.message_id)
            return None
        return await handler(event, data)
