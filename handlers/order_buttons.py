"""Presses on order cards: claim, release, deliver, not-an-order, and category corrections."""

from __future__ import annotations

import contextlib

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import CallbackQuery
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import CardView, CardViewCallback, CategoryCallback, OrderCallback
from bot.cards import category_picker
from bot.dispatch_view import private_card
from bot.l10n import Translator
from bot.notifier import TelegramNotifier
from bot.outbound import queue_edit, queue_edit_markup
from bot.permissions import is_group_admin
from bot.press_answers import answer_text
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.order_rules import OrderAction
from domain.orders import (
    CardPress,
    Outcome,
    act_on_order,
    may_correct,
    needs_admin_answer,
    redraw_card,
)
from models.orders import Order


async def order_pressed(
    query: CallbackQuery,
    callback_data: OrderCallback,
    bot: Bot,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
) -> None:
    """Apply the press (every press re-checked against the database), then answer at once."""
    await _act(
        query, bot, transaction, clock, notifier, t, callback_data.order_id, callback_data.action
    )


async def category_chosen(
    query: CallbackQuery,
    callback_data: CategoryCallback,
    bot: Bot,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
) -> None:
    """The resident or staff corrects a misread category; the correction is kept."""
    await _act(
        query,
        bot,
        transaction,
        clock,
        notifier,
        t,
        callback_data.order_id,
        OrderAction.RECATEGORIZE,
        category=callback_data.category.value,
    )


async def _act(
    query: CallbackQuery,
    bot: Bot,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
    order_id: int,
    action: OrderAction,
    *,
    category: str | None = None,
) -> None:
    admin = await _admin_answer(bot, transaction, query, order_id, action)
    result = await act_on_order(
        transaction.session,
        clock,
        notifier,
        order_id=order_id,
        action=action,
        actor_id=query.from_user.id,
        pressed=_pressed(query),
        group_admin=admin,
        category=category,
    )
    pressed = _pressed(query)
    if result.outcome is Outcome.DONE and pressed and pressed.chat_id == query.from_user.id:
        await _redraw_private(transaction, clock, t, order_id, pressed)
    await transaction.commit_step()  # settled before Telegram hears the answer
    await _answer(query, answer_text(t, action, result))


async def _redraw_private(
    transaction: UpdateTransaction,
    clock: Clock,
    t: Translator,
    order_id: int,
    pressed: CardPress,
) -> None:
    """The holder pressed on their private copy of the card: redraw it as the order now is."""
    order = await transaction.session.get(Order, order_id)
    if order is None:
        return
    text, markup = await private_card(transaction.session, t, order)
    queue_edit(
        transaction.session,
        chat_id=pressed.chat_id,
        message_id=pressed.message_id,
        text=text,
        reply_markup=markup,
        now=clock.now(),
    )


async def show_categories(
    query: CallbackQuery,
    callback_data: CardViewCallback,
    bot: Bot,
    transaction: UpdateTransaction,
    clock: Clock,
    t: Translator,
    group_t: Translator,
) -> None:
    """Open the category picker on the card, for the resident or staff only."""
    order_id = callback_data.order_id
    result = await may_correct(
        transaction.session,
        order_id=order_id,
        actor_id=query.from_user.id,
        pressed=_pressed(query),
        group_admin=await _admin_answer(
            bot, transaction, query, order_id, OrderAction.RECATEGORIZE
        ),
    )
    await transaction.release()  # only read: none is held open while Telegram is answered
    if result.outcome is Outcome.DONE and query.message is not None:
        queue_edit_markup(
            transaction.session,
            chat_id=query.message.chat.id,
            message_id=query.message.message_id,
            reply_markup=category_picker(group_t, callback_data.order_id),
            now=clock.now(),
        )
        await _answer(query, "")
        return
    await _answer(query, answer_text(t, OrderAction.RECATEGORIZE, result))


async def back_to_card(
    query: CallbackQuery,
    callback_data: CardViewCallback,
    session: AsyncSession,
    transaction: UpdateTransaction,
    notifier: TelegramNotifier,
    t: Translator,
) -> None:
    """Leave the picker: the card's usual buttons again."""
    pressed = _pressed(query)
    redrawn = pressed is not None and await redraw_card(
        session, notifier, order_id=callback_data.order_id, pressed=pressed
    )
    await transaction.commit_step()  # the redraw is queued before Telegram hears the answer
    await _answer(query, "" if redrawn else t("cb-invalid"))


async def _answer(query: CallbackQuery, text: str) -> None:
    """Answer the press; a lost answer only leaves a spinner, so it never fails the update."""
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(text or None)


def _pressed(query: CallbackQuery) -> CardPress | None:
    """Where the press happened (None when Telegram no longer says)."""
    if query.message is None:
        return None
    return CardPress(chat_id=query.message.chat.id, message_id=query.message.message_id)


async def _admin_answer(
    bot: Bot,
    transaction: UpdateTransaction,
    query: CallbackQuery,
    order_id: int,
    action: OrderAction,
) -> bool:
    """Ask Telegram whether the presser administers the group, only if the rules need it."""
    chat_id = query.message.chat.id if query.message else None
    if chat_id is None or not await needs_admin_answer(
        transaction.session,
        order_id=order_id,
        action=action,
        actor_id=query.from_user.id,
        pressed=_pressed(query),
    ):
        return False
    await transaction.release()  # no transaction is held open while Telegram is asked
    return await is_group_admin(bot, chat_id, query.from_user.id)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.callback_query.register(order_pressed, OrderCallback.filter())
    router.callback_query.register(category_chosen, CategoryCallback.filter())
    router.callback_query.register(
        show_categories, CardViewCallback.filter(F.view == CardView.CATEGORIES)
    )
    router.callback_query.register(back_to_card, CardViewCallback.filter(F.view == CardView.MAIN))
    return router
