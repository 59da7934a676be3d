"""/order as a reply to one's own message: make it an order when understanding did not."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Translator
from bot.notifier import TelegramNotifier
from bot.replies import Replies
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.order_reply import ReplyOrderOutcome, order_from_reply
from handlers.group.access import Access
from models.buildings import Building
from models.people import Person


async def order_reply(
    message: Message,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building,
    person: Person,
    notifier: TelegramNotifier,
    replies: Replies,
    t: Translator,
) -> None:
    """The replied message becomes an order card (the card's Category button corrects it)."""
    replied = message.reply_to_message
    text = (replied.text or replied.caption) if replied is not None else None
    if replied is None or not text:
        replies.send(t("order-reply-usage"), reply_to=message.message_id)
        return
    result = await order_from_reply(
        session,
        clock,
        notifier,
        building=building,
        person_id=person.id,
        author_id=replied.from_user.id if replied.from_user else None,
        message_id=replied.message_id,
        text=text,
    )
    await transaction.commit_step()  # the order and its card are queued before the answer
    if result.outcome is ReplyOrderOutcome.NOT_YOURS:
        replies.send(t("order-reply-not-yours"), reply_to=message.message_id)
    elif result.outcome is ReplyOrderOutcome.ALREADY and result.order is not None:
        number = result.order.number
        replies.send(t("order-reply-already", number=number), reply_to=message.message_id)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(order_reply, Command("order"), flags={"access": Access.BUILDING})
    return router
