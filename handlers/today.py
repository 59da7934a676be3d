"""A volunteer's day: /today (private), its "✅ done" buttons, and Claim on a 包户 offer."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Awaitable, Callable

from aiogram import F, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import PairClaimCallback, TodayCallback
from bot.l10n import Translator
from bot.notifier import TelegramNotifier
from bot.outbound import queue_edit
from bot.press_answers import answer_text
from bot.replies import Replies
from bot.today_view import render_today
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.order_rules import OrderAction
from domain.pair_claims import claim_offer
from domain.pair_tasks import TaskOutcome, mark_done
from domain.volunteer_day import TodayAction, volunteer_day
from models.people import Person


async def today(
    message: Message,
    session: AsyncSession,
    clock: Clock,
    person: Person,
    replies: Replies,
    t: Translator,
) -> None:
    """/today in private: paired households and their tasks (and what other features add)."""
    text, markup = render_today(t, await volunteer_day(session, person.id, clock.now()))
    replies.send(text, markup=markup)


async def today_in_group(message: Message, replies: Replies, t: Translator) -> None:
    """/today lists one person's day: it is read in the private chat with the bot."""
    replies.send(t("today-private-only"), reply_to=message.message_id)


async def today_pressed(
    query: CallbackQuery,
    callback_data: TodayCallback,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    t: Translator,
) -> None:
    """✅ done on a task (re-checked: the household's volunteer, or its lead or staff); the
    /today message is redrawn as the day now stands."""
    await PRESSES[callback_data.action](query, callback_data, session, transaction, clock, t)


async def _task_done(
    query: CallbackQuery,
    callback_data: TodayCallback,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    t: Translator,
) -> None:
    person_id = query.from_user.id
    outcome = await mark_done(session, clock, task_id=callback_data.ref_id, actor_id=person_id)
    if outcome is TaskOutcome.DONE and query.message is not None:
        text, markup = render_today(t, await volunteer_day(session, person_id, clock.now()))
        queue_edit(
            session,
            chat_id=query.message.chat.id,
            message_id=query.message.message_id,
            text=text,
            reply_markup=markup,
            now=clock.now(),
        )
    await transaction.commit_step()  # settled before Telegram hears the answer
    await _answer(query, t(f"cb-task-{outcome}"))


PRESSES: dict[
    TodayAction,
    Callable[
        [CallbackQuery, TodayCallback, AsyncSession, UpdateTransaction, Clock, Translator],
        Awaitable[None],
    ],
] = {TodayAction.TASK_DONE: _task_done}
"""What each /today button does (dispatch and calls add theirs)."""


async def offer_claimed(
    query: CallbackQuery,
    callback_data: PairClaimCallback,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
) -> None:
    """Claim on the private 包户 offer: the order is theirs, the group card says so."""
    result = await claim_offer(
        session,
        clock,
        notifier,
        notifier,
        order_id=callback_data.order_id,
        actor_id=query.from_user.id,
    )
    await transaction.commit_step()
    await _answer(query, answer_text(t, OrderAction.CLAIM, result))


async def _answer(query: CallbackQuery, text: str) -> None:
    """Answer the press; a lost answer only leaves a spinner, so it never fails the update."""
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(html.unescape(text) or None)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(today, Command("today"), F.chat.type == "private")
    router.message.register(today_in_group, Command("today"))
    router.callback_query.register(today_pressed, TodayCallback.filter())
    router.callback_query.register(offer_claimed, PairClaimCallback.filter())
    return router
