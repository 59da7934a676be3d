"""Last in line: commands and presses nobody handled, group-only commands in private."""

from __future__ import annotations

import contextlib

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.l10n import Translator
from bot.replies import Replies

GROUP_ONLY = (
    "setup",
    "register",
    "volunteer",
    "orders",
    "staff",
    "doctor",
    "fevers",
    "corrections",
    "grouplang",
    "lead",
    "chain",
    "note",
    "community",
    "quarantine",
    "household",
    "sampling",
    "rollcall",
)


async def group_only(message: Message, replies: Replies, t: Translator) -> None:
    """A building command sent privately: say where it belongs."""
    replies.send(t("group-only"), reply_to=message.message_id)


async def unknown_command(message: Message, bot: Bot, replies: Replies, t: Translator) -> None:
    """An unknown command addressed to us gets a pointer to /help; other bots' are ignored."""
    assert message.text is not None
    command = message.text.split(maxsplit=1)[0]
    name, _, mentioned = command.partition("@")
    me = await bot.me()
    if mentioned and mentioned.lower() != (me.username or "").lower():
        return
    if message.chat.type != "private" and not mentioned and len(name) <= 1:
        return
    replies.send(t("unknown-command", command=name[:32]), reply_to=message.message_id)


async def unknown_button(query: CallbackQuery, t: Translator) -> None:
    """Forged, outdated, foreign or empty button data: say so, change nothing."""
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(t("cb-invalid"))


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(group_only, Command(*GROUP_ONLY), F.chat.type == "private")
    router.message.register(unknown_command, F.text.startswith("/"))
    router.callback_query.register(unknown_button)  # any press no router above took
    return router
