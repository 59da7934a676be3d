"""/orders: the building's open orders."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Translator
from bot.listing import render_open_orders
from bot.replies import Replies
from handlers.group.access import Access
from models.buildings import Building


async def open_orders(
    message: Message,
    session: AsyncSession,
    building: Building,
    replies: Replies,
    t: Translator,
) -> None:
    """List open and claimed orders, oldest first."""
    replies.send(await render_open_orders(session, t, building), reply_to=message.message_id)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(open_orders, Command("orders"), flags={"access": Access.BUILDING})
    return router
