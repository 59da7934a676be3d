"""Ordinary group messages: a resident's request becomes an order card."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.notifier import TelegramNotifier
from domain.clock import Clock
from domain.intake import take_message
from models.buildings import Building
from models.people import Person

router = Router(name=__name__)


@router.message(F.text & ~F.text.startswith("/"), F.from_user.is_bot.is_(False))
async def group_text(
    message: Message,
    session: AsyncSession,
    clock: Clock,
    building: Building | None,
    person: Person,
    notifier: TelegramNotifier,
) -> None:
    """Read the message; the domain decides whether it is an order."""
    if building is None or not building.is_set_up or message.text is None:
        return
    await take_message(
        session,
        clock,
        notifier,
        building=building,
        person_id=person.id,
        message_id=message.message_id,
        text=message.text,
    )
