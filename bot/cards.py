"""The order card: what a building's group sees of an order, with its buttons."""

from __future__ import annotations

import html
from dataclasses import dataclass

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import (
    AssignCallback,
    CardView,
    CardViewCallback,
    CategoryCallback,
    OrderCallback,
    RaiseCallback,
    RaiseOrigin,
)
from bot.l10n import Markup, Translator
from domain.dispatch import VolunteerLoad
from domain.order_rules import OrderAction, OrderStatus
from domain.understanding import Category
from models.orders import Order
from models.people import Person

# The card quotes at most this much of the resident's words, and lists at most this many
# items of at most this length, so it always fits Telegram's 4096 characters; the order keeps all.
MAX_QUOTED = 600
MAX_ITEMS = 20
MAX_ITEM = 60
STATUS_ICONS = {
    OrderStatus.OPEN: "⏳",
    OrderStatus.CLAIMED: "🚴",
    OrderStatus.DELIVERED: "✅",
    OrderStatus.REJECTED: "🚫",
}


def mention(person: Person | None) -> Markup:
    """A tappable name that notifies the person."""
    if person is None:
        return Markup("?")
    name = html.escape(person.full_name or person.username or str(person.id), quote=False)
    return Markup(f'<a href="tg://user?id={person.id}">{name}</a>')


@dataclass(frozen=True)
class Reserved:
    """包户: the open order is held for its household's volunteer until a local time."""

    volunteer: Person | None
    until: str


def render_card(
    t: Translator,
    order: Order,
    resident: Person | None,
    volunteer: Person | None,
    assigner: Person | None = None,
    reserved: Reserved | None = None,
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Card text (Telegram HTML) and buttons for the order's current state; an open order
    `reserved` for a paired volunteer says for whom until when, and has no Claim button."""
    held = reserved if reserved is not None and status_is(order, OrderStatus.OPEN) else None
    text = card_text(t, order, resident, volunteer, assigner, held)
    return text, _keyboard(t, order, reserved=held is not None)


def card_text(
    t: Translator,
    order: Order,
    resident: Person | None,
    volunteer: Person | None,
    assigner: Person | None = None,
    reserved: Reserved | None = None,
) -> str:
    """The card's text (Telegram HTML), the same in the group and in a private chat."""
    quoted = order.text if len(order.text) <= MAX_QUOTED else order.text[:MAX_QUOTED] + "…"
    flat = html.escape(order.flat, quote=False) if order.flat else t.label("card-flat-unknown")
    urgent = f"🔴 {t.label('card-urgent')} · " if order.urgent else ""
    lines = [
        f"{urgent}🛒 <b>{t.label('card-order')} #{order.number}</b> · {category_label(t, order)}",
        f"🏠 {flat}",
        f"👤 {mention(resident)}",
        f"<blockquote>{html.escape(quoted, quote=False)}</blockquote>",
    ]
    items = order.items or []
    lines += [
        f"• {html.escape(_shorten(_item_line(item)), quote=False)}" for item in items[:MAX_ITEMS]
    ]
    if len(items) > MAX_ITEMS:
        lines.append(t.label("card-more-items", count=len(items) - MAX_ITEMS))
    if reserved is not None and status_is(order, OrderStatus.OPEN):
        lines.append(
            "🤝 "
            + t.label("card-reserved", volunteer=mention(reserved.volunteer), until=reserved.until)
        )
    else:
        lines.append(_status_line(t, order, volunteer, assigner))
    if status_is(order, OrderStatus.CLAIMED) and order.assignee_unreached:
        lines.append("⚠️ " + t.label("card-assignee-unreached", volunteer=mention(volunteer)))
    return "\n".join(lines)


def status_is(order: Order, status: OrderStatus) -> bool:
    """Whether the order is in this state."""
    return OrderStatus(order.status) is status


def _shorten(line: str) -> str:
    return line if len(line) <= MAX_ITEM else line[: MAX_ITEM - 1] + "…"


def category_label(t: Translator, order: Order) -> str:
    """The order's category in the audience's language(s)."""
    return t.label(f"category-{order.category}")


def _status_line(
    t: Translator, order: Order, volunteer: Person | None, assigner: Person | None
) -> str:
    status = OrderStatus(order.status)
    if status is OrderStatus.CLAIMED and order.assigned_by_id is not None:
        return f"{STATUS_ICONS[status]} " + t.label(
            "card-status-assigned", assigner=mention(assigner), volunteer=mention(volunteer)
        )
    return f"{STATUS_ICONS[status]} " + t.label(
        f"card-status-{status}", volunteer=mention(volunteer)
    )


def _keyboard(
    t: Translator, order: Order, *, reserved: bool = False
) -> InlineKeyboardMarkup | None:
    status = OrderStatus(order.status)
    if status is OrderStatus.OPEN:
        row = [] if reserved else [_button(t, "btn-claim", OrderAction.CLAIM, order)]
        row.append(_button(t, "btn-not-order", OrderAction.REJECT, order))
    elif status is OrderStatus.CLAIMED:
        row = [
            _button(t, "btn-delivered", OrderAction.DELIVER, order),
            _button(t, "btn-release", OrderAction.RELEASE, order),
        ]
    else:
        return None
    picker = CardViewCallback(view=CardView.CATEGORIES, order_id=order.id).pack()
    # Telegram shows a group's buttons to everyone; a press by someone not staff is told /sos
    sos = RaiseCallback(origin=RaiseOrigin.ORDER, ref_id=order.id).pack()
    more = [
        InlineKeyboardButton(text=t.label("btn-category"), callback_data=picker),
        InlineKeyboardButton(text="🆘 " + t.label("btn-card-sos"), callback_data=sos),
    ]
    # Everyone in the group sees it; a press by anyone but staff or the lead is refused.
    volunteers = CardViewCallback(view=CardView.VOLUNTEERS, order_id=order.id).pack()
    key = "btn-assign" if status is OrderStatus.OPEN else "btn-reassign"
    assign = [InlineKeyboardButton(text="👥 " + t.label(key), callback_data=volunteers)]
    return InlineKeyboardMarkup(inline_keyboard=[row, more, assign])


MAX_NAME = 20  # a volunteer's name on a picker button, so two fit a row


def volunteer_picker(
    t: Translator, order: Order, choices: list[VolunteerLoad]
) -> InlineKeyboardMarkup:
    """The card's buttons turned into the building's volunteers, each with the orders they
    hold now ("Bob · 2"), two to a row; a held order also offers to take it back; then Back."""
    action = OrderAction.ASSIGN if status_is(order, OrderStatus.OPEN) else OrderAction.REASSIGN
    buttons = [
        InlineKeyboardButton(
            text=f"{_shorten_name(choice.name)} · {choice.held}",
            callback_data=AssignCallback(
                action=action, order_id=order.id, volunteer_id=choice.person_id
            ).pack(),
        )
        for choice in choices
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    if status_is(order, OrderStatus.CLAIMED):
        rows.append([_button(t, "btn-unassign", OrderAction.UNASSIGN, order)])
    back = CardViewCallback(view=CardView.MAIN, order_id=order.id).pack()
    rows.append([InlineKeyboardButton(text=t.label("btn-back"), callback_data=back)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def private_keyboard(t: Translator, order: Order) -> InlineKeyboardMarkup | None:
    """The holder's buttons on the card in their private chat: Delivered and Release."""
    if not status_is(order, OrderStatus.CLAIMED):
        return None
    row = [
        _button(t, "btn-delivered", OrderAction.DELIVER, order),
        _button(t, "btn-release", OrderAction.RELEASE, order),
    ]
    return InlineKeyboardMarkup(inline_keyboard=[row])


def _shorten_name(name: str) -> str:
    return name if len(name) <= MAX_NAME else name[: MAX_NAME - 1] + "…"


def category_picker(t: Translator, order_id: int) -> InlineKeyboardMarkup:
    """Buttons to choose the right category for a misread order, two to a row."""
    buttons = [
        InlineKeyboardButton(
            text=t.label(f"category-{category}"),
            callback_data=CategoryCallback(order_id=order_id, category=category).pack(),
        )
        for category in Category
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    back = CardViewCallback(view=CardView.MAIN, order_id=order_id).pack()
    rows.append([InlineKeyboardButton(text=t.label("btn-back"), callback_data=back)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def _button(t: Translator, key: str, action: OrderAction, order: Order) -> InlineKeyboardButton:
    data = OrderCallback(action=action, order_id=order.id).pack()
    return InlineKeyboardButton(text=t.label(key), callback_data=data)


def _item_line(item: dict[str, object]) -> str:
    quantity, unit = item.get("quantity"), item.get("unit")
    if quantity is None:
        return str(item.get("name", ""))
    if isinstance(quantity, float) and quantity.is_integer():
        quantity = int(quantity)
    return f"{item.get('name', '')} ×{quantity}{' ' + str(unit) if unit else ''}"
