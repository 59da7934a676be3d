"""社区派单 on the card: staff and the lead pick a volunteer, reassign, or take it back."""

from __future__ import annotations

import html

from aiogram import Bot, F, Router
from aiogram.types import CallbackQuery

from bot.callbacks import AssignCallback, CardView, CardViewCallback, OrderCallback
from bot.cards import volunteer_picker
from bot.l10n import Translator
from bot.notifier import TelegramNotifier
from bot.outbound import queue_edit_markup
from bot.press_answers import answer_text
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.dispatch import dispatch, may_dispatch, volunteer_choices
from domain.order_rules import DISPATCH_ACTIONS, OrderAction, OrderStatus
from domain.orders import Outcome
from handlers.order_buttons import _admin_answer, _answer, _pressed
from models.orders import Order
from models.people import Person


async def show_volunteers(
    query: CallbackQuery,
    callback_data: CardViewCallback,
    bot: Bot,
    transaction: UpdateTransaction,
    clock: Clock,
    t: Translator,
    group_t: Translator,
) -> None:
    """Turn the card's buttons into the building's volunteers (staff and the lead only)."""
    order_id = callback_data.order_id
    admin = await _admin_answer(bot, transaction, query, order_id, OrderAction.ASSIGN)
    session = transaction.session
    result = await may_dispatch(
        session,
        order_id=order_id,
        actor_id=query.from_user.id,
        pressed=_pressed(query),
        group_admin=admin,
    )
    order = await session.get(Order, order_id) if result.outcome is Outcome.DONE else None
    if order is None or query.message is None:
        await transaction.release()
        await _answer(query, answer_text(t, OrderAction.ASSIGN, result))
        return
    choices = await volunteer_choices(session, order)
    if not choices and result.status is OrderStatus.OPEN:
        await transaction.release()
        await _answer(query, t("cb-no-volunteers"))
        return
    queue_edit_markup(
        session,
        chat_id=query.message.chat.id,
        message_id=query.message.message_id,
        reply_markup=volunteer_picker(group_t, order, choices),
        now=clock.now(),
    )
    await transaction.commit_step()  # the picker is queued before Telegram hears the answer
    await _answer(query, t("cb-pick-volunteer") if choices else t("cb-no-other-volunteers"))


async def volunteer_chosen(
    query: CallbackQuery,
    callback_data: AssignCallback,
    bot: Bot,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
) -> None:
    """Assign (or reassign) the order to the volunteer pressed."""
    await _dispatch(
        query,
        bot,
        transaction,
        clock,
        notifier,
        t,
        callback_data.order_id,
        callback_data.action,
        callback_data.volunteer_id,
    )


async def dispatch_pressed(
    query: CallbackQuery,
    callback_data: OrderCallback,
    bot: Bot,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
) -> None:
    """收回 Unassign: the order reopens (an ASSIGN without a volunteer is forged: refused)."""
    await _dispatch(
        query, bot, transaction, clock, notifier, t, callback_data.order_id, callback_data.action
    )


async def _dispatch(
    query: CallbackQuery,
    bot: Bot,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
    order_id: int,
    action: OrderAction,
    volunteer_id: int | None = None,
) -> None:
    admin = await _admin_answer(bot, transaction, query, order_id, action)
    result = await dispatch(
        transaction.session,
        clock,
        notifier,
        order_id=order_id,
        action=action,
        actor_id=query.from_user.id,
        pressed=_pressed(query),
        volunteer_id=volunteer_id,
        group_admin=admin,
    )
    text = answer_text(t, action, result)
    if result.outcome is Outcome.DONE and volunteer_id is not None:
        chosen = await transaction.session.get(Person, volunteer_id)
        if chosen is not None and not chosen.started_bot:  # the toast promises nothing false
            text = t("cb-assigned-unstarted", volunteer=chosen.full_name)
    await transaction.commit_step()  # settled before Telegram hears the answer
    await _answer(query, html.unescape(text))


def setup() -> Router:
    """A fresh router with this module's handlers (before order_buttons, which takes the rest)."""
    router = Router(name=__name__)
    router.callback_query.register(
        show_volunteers, CardViewCallback.filter(F.view == CardView.VOLUNTEERS)
    )
    router.callback_query.register(volunteer_chosen, AssignCallback.filter())
    router.callback_query.register(
        dispatch_pressed, OrderCallback.filter(F.action.in_(DISPATCH_ACTIONS))
    )
    return router
