"""/stats: how fast the building's orders were claimed and delivered in the last 7 days."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Translator
from bot.replies import Replies
from domain.clock import Clock
from domain.order_stats import WINDOW, building_stats
from handlers.group.access import Access
from models.buildings import Building


async def show_stats(
    message: Message,
    session: AsyncSession,
    clock: Clock,
    building: Building,
    replies: Replies,
    t: Translator,
) -> None:
    """Time to claim and to deliver (median, 90th percentile) and the counts, for staff."""
    lines = await building_stats(session, building.id, clock.now())
    title = t("stats-title", building=building.name or building.chat_title, days=WINDOW.days)
    text = "\n".join([title, *(t(key, **values) for key, values in lines)])
    replies.send(text, reply_to=message.message_id)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(show_stats, Command("stats"), flags={"access": Access.STAFF})
    return router
