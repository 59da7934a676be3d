"""/corrections and /fevers: staff review what the bot misread and who has a fever."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Translator
from bot.permissions import is_staff
from bot.replies import Replies
from bot.review import render_corrections, render_fevers
from bot.settings import Settings
from domain.clock import Clock
from handlers.group.access import Access
from models.buildings import Building, member_of


async def show_corrections(
    message: Message,
    session: AsyncSession,
    building: Building,
    replies: Replies,
    t: Translator,
) -> None:
    """Orders people marked as not-an-order or moved to another category."""
    replies.send(await render_corrections(session, t, building), reply_to=message.message_id)


async def show_fevers(
    message: Message,
    bot: Bot,
    session: AsyncSession,
    clock: Clock,
    building: Building,
    replies: Replies,
    settings: Settings,
    t: Translator,
) -> None:
    """Fever readings of the last 24 hours, for staff and the community doctor."""
    assert message.from_user is not None
    member = await member_of(session, building.id, message.from_user.id)
    if not (member and member.is_doctor) and not await is_staff(
        session, bot, building, message.from_user.id
    ):
        replies.send(t("staff-only"), reply_to=message.message_id)
        return
    text = await render_fevers(session, t, clock, building, ZoneInfo(settings.timezone))
    replies.send(text, reply_to=message.message_id)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(
        show_corrections, Command("corrections"), flags={"access": Access.STAFF}
    )
    router.message.register(show_fevers, Command("fevers"), flags={"access": Access.BUILDING})
    return router
