"""A volunteer's answer to a follow-up about an order they hold: Still on it, or Release."""

from __future__ import annotations

import contextlib
import html

from aiogram import Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import CallbackQuery
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import FollowUpCallback
from bot.l10n import Translator
from bot.notifier import TelegramNotifier
from bot.outbound import queue_edit_markup
from bot.press_answers import answer_text
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.order_follow_up import Answer, AnswerCheck, check_answer, record_answer
from domain.order_rules import OrderAction
from domain.orders import Outcome, act_on_order

REFUSED = {
    AnswerCheck.GONE: "follow-up-cb-gone",
    AnswerCheck.DENIED: "follow-up-cb-denied",
    AnswerCheck.ANSWERED: "follow-up-cb-answered",
}


async def follow_up_answered(
    query: CallbackQuery,
    callback_data: FollowUpCallback,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
) -> None:
    """Re-check in the database that the presser is the volunteer asked and still holds the
    order; Release hands it back as the card's Release would, Still on it asks again later."""
    text = await _answer_press(query, callback_data, session, clock, notifier, t)
    await transaction.commit_step()  # settled before Telegram hears the answer
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(html.unescape(text))


async def _answer_press(
    query: CallbackQuery,
    callback_data: FollowUpCallback,
    session: AsyncSession,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
) -> str:
    person_id = query.from_user.id
    if query.message is None or query.message.chat.id != person_id:  # asked privately only
        return t("follow-up-cb-gone")
    asked = await check_answer(session, callback_data.follow_up_id, person_id)
    if asked.check is not AnswerCheck.OK:
        return t(REFUSED[asked.check])
    assert asked.order is not None
    if callback_data.answer is Answer.RELEASE:
        result = await act_on_order(
            session,
            clock,
            notifier,
            order_id=asked.order.id,
            action=OrderAction.RELEASE,
            actor_id=person_id,
            pressed=None,
            private=True,
        )
        if result.outcome is not Outcome.DONE:
            return answer_text(t, OrderAction.RELEASE, result)
    if not await record_answer(session, clock.now(), asked, callback_data.answer):
        return t("follow-up-cb-answered")
    queue_edit_markup(
        session,
        chat_id=query.message.chat.id,
        message_id=query.message.message_id,
        reply_markup=None,
        now=clock.now(),
    )
    return t(f"follow-up-cb-{callback_data.answer}", number=asked.order.number)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.callback_query.register(follow_up_answered, FollowUpCallback.filter())
    return router
