"""Presses on a 吹哨 call: sign up, cancel; staff add a slot, an hour, or close it."""

from __future__ import annotations

import contextlib
import html

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import CallbackQuery
from sqlalchemy.ext.asyncio import AsyncSession

from bot.call_view import refresh_call
from bot.callbacks import CallCallback
from bot.l10n import Translator
from bot.permissions import is_group_admin
from bot.transaction import UpdateTransaction
from domain.calls import (
    EXTEND_BY,
    STAFF_PRESSES,
    CallOutcome,
    CallPress,
    CallResult,
    call_on_message,
    cancel_sign_up,
    close_call,
    extend_call,
    may_run_call,
    sign_up,
)
from domain.clock import Clock
from models.people import Person

CHANGED = frozenset(
    {CallOutcome.SIGNED, CallOutcome.CANCELLED, CallOutcome.EXTENDED, CallOutcome.CLOSED_NOW}
)


async def call_pressed(
    query: CallbackQuery,
    callback_data: CallCallback,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    t: Translator,
) -> None:
    """Every press re-checked against the database: the call of this very message, the
    presser's role now, and the slots left at the moment of the UPDATE."""
    if query.message is None:  # too old for Telegram to say where it was pressed
        await _answer(query, t("cb-invalid"))
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    user_id, action = query.from_user.id, callback_data.action
    copies = action not in STAFF_PRESSES  # a volunteer may press a copy in a building group
    call = await call_on_message(session, callback_data.call_id, chat_id, message_id, copies=copies)
    if call is None:
        await _answer(query, t("cb-invalid"))
        return
    if action in STAFF_PRESSES and not await may_run_call(session, call, user_id):
        community_wide = call.building_id is None
        await transaction.release()  # no transaction is held open while Telegram is asked
        if not await is_group_admin(bot, chat_id, user_id):
            refusal = "call-cb-community-staff-only" if community_wide else "call-cb-staff-only"
            await _answer(query, t(refusal))
            return
        call = await call_on_message(session, callback_data.call_id, chat_id, message_id)
        if call is None:
            await _answer(query, t("cb-invalid"))
            return
    result: CallResult
    if action is CallPress.SIGN_UP:
        result = await sign_up(session, clock, call=call, person_id=user_id)
    elif action is CallPress.CANCEL:
        result = await cancel_sign_up(session, clock, call=call, person_id=user_id)
    elif action is CallPress.MORE:
        result = await extend_call(session, clock, call=call, more_slots=1)
    elif action is CallPress.LATER:
        result = await extend_call(session, clock, call=call, ends_at=call.ends_at + EXTEND_BY)
    else:
        result = await close_call(session, clock, call=call, person_id=user_id)
    text = t(f"call-cb-{result.outcome}")
    if result.outcome is CallOutcome.SIGNED:
        person = await session.get(Person, user_id)
        if person is None or not person.started_bot:
            text += " " + t("call-cb-start-bot")
    if result.outcome in CHANGED:
        await refresh_call(session, callback_data.call_id)
    await transaction.commit_step()  # settled before Telegram hears the answer
    await _answer(query, text)


async def _answer(query: CallbackQuery, text: str) -> None:
    """Answer the press; a lost answer only leaves a spinner, so it never fails the update."""
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(html.unescape(text)[:200] or None)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.callback_query.register(call_pressed, CallCallback.filter())
    return router
