"""🆘 presses about a message already in the group: the in-doubt question, staff's order-card 🆘."""

from __future__ import annotations

import contextlib

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import RaiseCallback, RaiseOrigin
from bot.l10n import Translator
from bot.notifier import TelegramNotifier
from bot.outbound import queue_edit_markup, queue_send
from bot.permissions import is_group_admin
from bot.press_answers import raised_answer
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.raising import Raised, RaiseOutcome, confirm_doubt, raise_for_order
from models.buildings import building_by_chat, member_of
from models.outbox import Priority


async def raise_pressed(
    query: CallbackQuery,
    callback_data: RaiseCallback,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
    group_t: Translator,
) -> None:
    """Open the incident at once (re-checked against the database), then answer the press."""
    if query.message is None:  # too old for Telegram to say where it was pressed
        await _answer(query, t("cb-invalid"))
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    building = await building_by_chat(session, chat_id)
    unset = building is None or not building.is_set_up
    in_group = query.message.chat.type in ("group", "supergroup")
    if callback_data.origin is RaiseOrigin.DOUBT and unset and in_group:
        # no chain to call here yet: what an emergency in this group gets, "call 120 now"
        asked = query.message.reply_to_message if isinstance(query.message, Message) else None
        queue_send(
            session,
            chat_id=chat_id,
            text=group_t("sos-nobody"),
            reply_to=asked.message_id if asked is not None else message_id,
            now=clock.now(),
            priority=Priority.EMERGENCY,
        )
        queue_edit_markup(
            session, chat_id=chat_id, message_id=message_id, reply_markup=None, now=clock.now()
        )
        await transaction.commit_step()
        await _answer(query, t("cb-sos-nobody"))
        return
    if callback_data.origin is RaiseOrigin.DOUBT:
        # anyone in the group may confirm: a neighbour often knows before the family can type
        raised = await confirm_doubt(
            session,
            clock,
            notifier,
            question_id=callback_data.ref_id,
            chat_id=chat_id,
            building=building,
            stored=transaction.commit_step,  # the emergency is stored before anything can fail
        )
        if raised.outcome is not RaiseOutcome.GONE:
            # the question has done its work: its button goes, the group sees the alert
            queue_edit_markup(
                session, chat_id=chat_id, message_id=message_id, reply_markup=None, now=clock.now()
            )
    else:
        if building is None or not await _staff(transaction, bot, building.id, chat_id, query):
            await _answer(query, t("cb-raise-staff-only"))
            return
        building = await building_by_chat(session, chat_id)  # read again after asking Telegram
        raised = await raise_for_order(
            session,
            clock,
            notifier,
            order_id=callback_data.ref_id,
            building=building,
            staff_id=query.from_user.id,
            chat_id=chat_id,
            message_id=message_id,
            stored=transaction.commit_step,  # the emergency is stored before anything can fail
        )
    await transaction.commit_step()
    await _answer(query, _answer_text(t, raised))


def _answer_text(t: Translator, raised: Raised) -> str:
    if raised.outcome is RaiseOutcome.OPENED and raised.incident is not None:
        return raised_answer(t, raised.incident.id, raised.announced)
    if raised.outcome is RaiseOutcome.ALREADY_OPEN and raised.incident is not None:
        status = t(f"incident-status-{raised.incident.status}")
        return t("cb-raise-already", number=raised.incident.id, status=status)
    return t("cb-raise-gone")


async def _staff(
    transaction: UpdateTransaction, bot: Bot, building_id: int, chat_id: int, query: CallbackQuery
) -> bool:
    """Staff by our records, else the group's admin (asked with no transaction held open)."""
    member = await member_of(transaction.session, building_id, query.from_user.id)
    if member is not None and member.is_staff:
        return True
    await transaction.release()
    return await is_group_admin(bot, chat_id, query.from_user.id)


async def _answer(query: CallbackQuery, text: str) -> None:
    """Answer the press; a lost answer only leaves a spinner, so it never fails the update."""
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(text or None)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.callback_query.register(raise_pressed, RaiseCallback.filter())
    return router
