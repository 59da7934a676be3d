"""Commands that work anywhere: /start, /help, /lang, /myorders."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.dispatch_view import held_cards
from bot.incident_cards import sos_keyboard
from bot.l10n import L10n, Translator
from bot.listing import render_my_orders
from bot.replies import Replies
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.dispatch import held_orders
from domain.members import set_language, started_bot
from models.buildings import Building
from models.people import Person

MAX_CARDS = 10
"""/myorders in private sends one message per order held, at most this many (then says so)."""


async def start_private(
    message: Message,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    person: Person,
    replies: Replies,
    t: Translator,
) -> None:
    """Welcome; from now on the bot may message this person directly."""
    await started_bot(session, clock, person_id=person.id)
    await transaction.commit_step()  # the welcome goes in the next transaction
    replies.send(t("start-private", name=person.full_name))


async def show_help(
    message: Message, building: Building | None, replies: Replies, t: Translator
) -> None:
    """Explain everything, in the asker's language; in a building group, with the 🆘 button."""
    markup = sos_keyboard(t, building.id) if building is not None and building.is_set_up else None
    replies.send(t("help"), reply_to=message.message_id, markup=markup)


async def choose_language(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    person: Person,
    replies: Replies,
    t: Translator,
    l10n: L10n,
) -> None:
    """/lang <code>: the person's own language from now on, any of those in locales/."""
    choice = (command.args or "").strip().lower()
    if choice not in l10n.languages:
        languages = ", ".join(l10n.languages)
        replies.send(t("lang-usage", languages=languages), reply_to=message.message_id)
        return
    await set_language(session, clock, person_id=person.id, lang=choice, languages=l10n.languages)
    await transaction.commit_step()

    replies.send(l10n.translator(choice)("lang-set"), reply_to=message.message_id)


async def my_orders(
    message: Message, session: AsyncSession, person: Person, replies: Replies, t: Translator
) -> None:
    """The orders this volunteer holds, in every building (privately: each with its buttons)."""
    if message.chat.type != "private":
        replies.send(await render_my_orders(session, t, person.id), reply_to=message.message_id)
        return
    held = await held_orders(session, person.id, limit=MAX_CARDS + 1)
    if not held:
        replies.send(t("myorders-empty"))
        return
    replies.send(t("myorders-header", count=len(held[:MAX_CARDS])))
    for text, markup in held_cards(t, held[:MAX_CARDS]):
        replies.send(text, markup=markup)
    if len(held) > MAX_CARDS:
        replies.send(t("myorders-more"))


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(start_private, CommandStart(), F.chat.type == "private")
    router.message.register(show_help, Command("help", "start"))
    router.message.register(choose_language, Command("lang"))
    router.message.register(my_orders, Command("myorders"))
    return router
