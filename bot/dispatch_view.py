"""社区派单 on the Telegram side: the holder's private card and their list of orders held."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import OrderCallback
from bot.cards import card_text, private_keyboard
from bot.l10n import Markup, Translator
from domain.dispatch import HeldOrder
from domain.order_rules import OrderAction
from models.orders import Order
from models.people import Person

ASSIGN_NOTICE = "assign_notice"
"""Outbox purpose of the private card sent to an assigned volunteer (ref: the order event)."""


async def private_card(
    session: AsyncSession, t: Translator, order: Order
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The order's card as its holder sees it privately: the text, Delivered and Release."""
    resident = await session.get(Person, order.resident_id)
    volunteer = await session.get(Person, order.volunteer_id) if order.volunteer_id else None
    assigner = await session.get(Person, order.assigned_by_id) if order.assigned_by_id else None
    return card_text(t, order, resident, volunteer, assigner), private_keyboard(t, order)


def held_line(t: Translator, held: HeldOrder) -> str:
    """One order held, as /myorders and /today list it (Telegram HTML)."""
    line = t.label(
        "myorders-line",
        number=held.number,
        building=held.building,
        category=Markup(t.label(f"category-{held.category}")),
        flat=held.flat or Markup(t.label("flat-unknown")),
    )
    if held.assigned_by is not None:
        line += " · " + t.label("held-assigned-by", assigner=held.assigned_by)
    return line


def held_keyboard(t: Translator, order_id: int) -> InlineKeyboardMarkup:
    """Delivered and Release for an order held (the press is re-checked like any other)."""
    row = [
        InlineKeyboardButton(
            text=t.label(key), callback_data=OrderCallback(action=action, order_id=order_id).pack()
        )
        for key, action in (
            ("btn-delivered", OrderAction.DELIVER),
            ("btn-release", OrderAction.RELEASE),
        )
    ]
    return InlineKeyboardMarkup(inline_keyboard=[row])


def held_cards(t: Translator, held: list[HeldOrder]) -> list[tuple[str, InlineKeyboardMarkup]]:
    """One message per order held, each with its buttons: /myorders in private, and the
    section `domain.dispatch.dispatch_today_section` gives /today."""
    return [(held_line(t, one), held_keyboard(t, one.order_id)) for one in held]
