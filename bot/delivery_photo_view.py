"""Proof of delivery on Telegram: the private question after Delivered, the card's 📷, and the
photo sent on (by its file id) to the resident and to staff who ask for it."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import PhotoCallback, PhotoPress
from bot.cards import mention
from bot.l10n import L10n, Translator
from bot.outbound import queue_photo, queue_send
from domain.clock import Clock
from domain.delivery_photos import ask_for_photo
from models.buildings import Building
from models.orders import Order
from models.people import Person

PHOTO_PROMPT = "delivery_photo_prompt"
"""Outbox purpose of the private question (the sender reports its message id)."""


def person_translator(l10n: L10n, person: Person, default_language: str) -> Translator:
    """A person's own language in their private chat."""
    lang = l10n.person_language(person.language, person.telegram_language, default_language)
    return l10n.translator(lang)


async def ask_photo(
    session: AsyncSession,
    clock: Clock,
    l10n: L10n,
    default_language: str,
    building: Building,
    order: Order,
    volunteer: Person,
) -> None:
    """Ask the volunteer privately for an optional doorstep photo (unless the community
    turned it off), with a button to skip."""
    request = await ask_for_photo(session, clock, building=building, order=order)
    if request is None:
        return
    t = person_translator(l10n, volunteer, default_language)
    skip = PhotoCallback(action=PhotoPress.SKIP, order_id=order.id).pack()
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=t.label("photo-btn-skip"), callback_data=skip)]]
    )
    queue_send(
        session,
        chat_id=volunteer.id,
        text=t("photo-ask", number=order.number, building=building.name or building.chat_title),
        reply_markup=markup,
        now=clock.now(),
        purpose=PHOTO_PROMPT,
        ref_id=request.id,
    )


def with_photo(
    t: Translator, order: Order, text: str, markup: InlineKeyboardMarkup | None
) -> tuple[str, InlineKeyboardMarkup]:
    """The card of a delivered order with a photo: noted, and a button to see it privately."""
    data = PhotoCallback(action=PhotoPress.SHOW, order_id=order.id).pack()
    button = InlineKeyboardButton(text="📷 " + t.label("photo-btn-show"), callback_data=data)
    rows = [*(markup.inline_keyboard if markup else []), [button]]
    return f"{text}\n📷 {t.label('photo-card-note')}", InlineKeyboardMarkup(inline_keyboard=rows)


def send_photo(
    session: AsyncSession,
    clock: Clock,
    t: Translator,
    *,
    chat_id: int,
    file_id: str,
    order: Order,
    building: Building,
    volunteer: Person | None,
) -> None:
    """Queue the photo (by file id: nothing is downloaded or uploaded) to one private chat."""
    caption = t(
        "photo-caption",
        number=order.number,
        building=building.name or building.chat_title,
        flat=order.flat or "—",
        volunteer=mention(volunteer),
    )
    queue_photo(session, chat_id=chat_id, photo=file_id, caption=caption, now=clock.now())
