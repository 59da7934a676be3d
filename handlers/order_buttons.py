"""Presses on order cards: claim, release, deliver, not-an-order."""

from __future__ import annotations

import contextlib

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import CallbackQuery
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import OrderCallback
from bot.l10n import Translator
from bot.notifier import TelegramOrderNotifier
from bot.permissions import is_group_admin
from bot.press_answers import answer_text
from domain.clock import Clock
from domain.orders import act_on_order

router = Router(name=__name__)


@router.callback_query(OrderCallback.filter())
async def order_pressed(
    query: CallbackQuery,
    callback_data: OrderCallback,
    bot: Bot,
    session: AsyncSession,
    clock: Clock,
    notifier: TelegramOrderNotifier,
    t: Translator,
) -> None:
    """Apply the press (every press re-checked against the database), then answer at once."""
    chat_id = query.message.chat.id if query.message else None
    result = await act_on_order(
        session,
        clock,
        notifier,
        order_id=callback_data.order_id,
        action=callback_data.action,
        actor_id=query.from_user.id,
        card_message_id=query.message.message_id if query.message else None,
        is_group_admin=lambda: _admin(bot, chat_id, query.from_user.id),
    )
    text = answer_text(t, callback_data.action, result)
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(text)


@router.callback_query(F.data)
async def unknown_button(query: CallbackQuery, t: Translator) -> None:
    """Forged, outdated or foreign button data: say so, change nothing."""
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(t("cb-invalid"))


async def _admin(bot: Bot, chat_id: int | None, user_id: int) -> bool:
    return chat_id is not None and await is_group_admin(bot, chat_id, user_id)
