"""Presses on the sampling list: sampling staff tick households off (re-checked in the database)."""

from __future__ import annotations

import contextlib
import html

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import CallbackQuery
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import SamplingCallback, SamplingTick
from bot.l10n import L10n, Translator
from bot.permissions import is_group_admin
from bot.sampling_view import refresh_sampling
from bot.settings import Settings
from bot.transaction import UpdateTransaction
from domain.calendar_settings import calendar_settings
from domain.clock import Clock
from domain.sampling import TickOutcome, TickResult, find_press, may_tick, set_sampled

ANSWER_KEYS = {
    TickOutcome.TICKED: "sampling-cb-ticked",
    TickOutcome.UNTICKED: "sampling-cb-unticked",
    TickOutcome.ALREADY_TICKED: "sampling-cb-already",
    TickOutcome.ALREADY_UNTICKED: "sampling-cb-already-unticked",
    TickOutcome.NOT_YET: "sampling-cb-not-yet",
    TickOutcome.OVER: "sampling-cb-over",
    TickOutcome.NOT_ALLOWED: "sampling-cb-staff-only",
    TickOutcome.FOREIGN: "cb-invalid",
}


async def sampling_pressed(
    query: CallbackQuery,
    callback_data: SamplingCallback,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    settings: Settings,
    l10n: L10n,
    t: Translator,
) -> None:
    """Tick or untick one household, redraw the list, then answer the presser."""
    if query.message is None:  # too old for Telegram to say where it was pressed
        await _answer(query, t, TickResult(TickOutcome.FOREIGN))
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    press = await find_press(
        session, entry_id=callback_data.entry_id, chat_id=chat_id, message_id=message_id
    )
    if press is None:  # forged, or a button of another group's list
        await _answer(query, t, TickResult(TickOutcome.FOREIGN))
        return
    community = press.building.community  # read before release(): a rollback expires objects
    allowed = await may_tick(session, press.building.id, query.from_user.id)
    if not allowed:
        await transaction.release()  # no transaction is held open while Telegram is asked
        allowed = await is_group_admin(bot, chat_id, query.from_user.id)
    calendar = await calendar_settings(session, community, settings.timezone)
    result = await set_sampled(
        session,
        clock,
        press,
        actor_id=query.from_user.id,
        sampled=callback_data.action is SamplingTick.TICK,
        allowed=allowed,
        settings=calendar,
    )
    if result.outcome in (TickOutcome.TICKED, TickOutcome.UNTICKED):
        await refresh_sampling(session, press.page_id)
    await transaction.commit_step()  # settled before Telegram hears the answer
    await _answer(query, t, result)


async def _answer(query: CallbackQuery, t: Translator, result: TickResult) -> None:
    """Answer the press (plain text); a lost answer only leaves a spinner."""
    text = t(
        ANSWER_KEYS[result.outcome],
        flat=result.flat,
        date=result.day.isoformat() if result.day else "",
        by=result.by_name or "?",
    )
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(html.unescape(text))


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.callback_query.register(sampling_pressed, SamplingCallback.filter())
    return router
