"""/console in a private chat: a one-time link to the staff console, for staff, leads, doctors."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Translator
from bot.replies import Replies
from bot.settings import Settings
from domain.clock import Clock
from domain.console_access import LINK_LIFETIME, issue_link
from models.people import Person


async def console_link(
    message: Message,
    session: AsyncSession,
    clock: Clock,
    person: Person,
    settings: Settings,
    replies: Replies,
    t: Translator,
) -> None:
    """A link valid 10 minutes, used once; anyone without a role is told who may."""
    if settings.web_port is None and settings.public_url is None:
        replies.send(t("console-not-served"), reply_to=message.message_id)  # no web server
        return
    token = await issue_link(session, clock, person.id)
    if token is None:
        replies.send(t("console-no-access"), reply_to=message.message_id)
        return
    url = f"{settings.web_url}/console/login/{token}"
    minutes = int(LINK_LIFETIME.total_seconds() // 60)
    replies.send(t("console-link", url=url, minutes=minutes), reply_to=message.message_id)


async def console_in_group(message: Message, replies: Replies, t: Translator) -> None:
    """A link posted in a group would be anyone's: ask for it privately."""
    replies.send(t("console-private-only"), reply_to=message.message_id)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(console_link, Command("console"), F.chat.type == "private")
    router.message.register(console_in_group, Command("console"), F.chat.type != "private")
    return router
