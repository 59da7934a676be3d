"""Presses on 需求清单 buttons: merge a 接龙 the bot noticed, mark a household delivered."""

from __future__ import annotations

import contextlib
import html

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import CallbackQuery
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import DemandAction, DemandCallback
from bot.demand_view import DemandView, post_demand, refresh_demand
from bot.l10n import L10n, Translator
from bot.notifier import TelegramNotifier
from bot.permissions import is_group_admin
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.groupbuy import (
    DeliverOutcome,
    MergeOutcome,
    Step,
    deliver_part,
    find_part_press,
    may,
    merge_round,
)
from handlers.group.groupbuy import REFUSALS
from models.buildings import Building
from models.groupbuy import DemandPage, GroupList

DELIVER_ANSWERS = {
    DeliverOutcome.DELIVERED: "groupbuy-cb-delivered",
    DeliverOutcome.ALREADY: "groupbuy-cb-already",
    DeliverOutcome.NOT_ALLOWED: "groupbuy-cb-not-allowed",
    DeliverOutcome.FOREIGN: "cb-invalid",
}


async def demand_pressed(
    query: CallbackQuery,
    callback_data: DemandCallback,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    l10n: L10n,
    t: Translator,
) -> None:
    """Every press is re-checked in the database: where it was pressed and who pressed it."""
    if query.message is None:  # too old for Telegram to say where it was pressed
        await _answer(query, t("cb-invalid"))
        return
    if callback_data.action is DemandAction.MERGE:
        await _merge(
            query, callback_data.ref_id, bot, session, transaction, clock, notifier, l10n, t
        )
    else:
        await _deliver(query, callback_data.ref_id, bot, session, transaction, clock, notifier, t)


async def _merge(
    query: CallbackQuery,
    list_id: int,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    l10n: L10n,
    t: Translator,
) -> None:
    assert query.message is not None
    chat_id, user_id = query.message.chat.id, query.from_user.id
    row = (
        await session.execute(
            select(GroupList, Building)
            .join(Building, Building.id == GroupList.building_id)
            .where(GroupList.id == list_id)
        )
    ).first()
    if row is None or row[1].chat_id != chat_id:  # forged, or a button of another group
        await _answer(query, t("cb-invalid"))
        return
    building_id, message_id, text = row[1].id, row[0].message_id, row[0].text
    admin = False
    if not await may(session, Step.MERGE, building_id, user_id):
        await transaction.release()  # no transaction is held open while Telegram is asked
        admin = await is_group_admin(bot, chat_id, user_id)
    building = await session.get(Building, building_id)
    assert building is not None
    result = await merge_round(
        session,
        clock,
        notifier,
        building=building,
        actor_id=user_id,
        group_admin=admin,
        replied_id=message_id,
        replied_text=text,
    )
    if result.outcome is MergeOutcome.DONE:
        await post_demand(
            session,
            l10n,
            DemandView(l10n),
            result,
            building=building,
            now=clock.now(),
            reply_to=None,
        )
    await transaction.commit_step()  # settled before Telegram hears the answer
    key = "groupbuy-cb-merged" if result.outcome is MergeOutcome.DONE else REFUSALS[result.outcome]
    await _answer(query, t(key, number=result.demand_id or 0))


async def _deliver(
    query: CallbackQuery,
    part_id: int,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
) -> None:
    assert query.message is not None
    chat_id, user_id = query.message.chat.id, query.from_user.id
    press = await find_part_press(
        session, part_id=part_id, chat_id=chat_id, message_id=query.message.message_id
    )
    if press is None:  # forged, or a button of another group's list
        await _answer(query, t("cb-invalid"))
        return
    admin = False
    if not await may(session, Step.DELIVER, press.building.id, user_id):
        building_id = press.building.id
        await transaction.release()  # no transaction is held open while Telegram is asked
        admin = await is_group_admin(bot, chat_id, user_id)
        press = await find_part_press(
            session, part_id=part_id, chat_id=chat_id, message_id=query.message.message_id
        )
        if press is None or press.building.id != building_id:
            await _answer(query, t("cb-invalid"))
            return
    result = await deliver_part(
        session, clock, notifier, press, actor_id=user_id, group_admin=admin
    )
    if result.outcome is DeliverOutcome.DELIVERED:
        page = await session.get(DemandPage, press.page_id)
        assert page is not None
        pages = await session.scalars(
            select(DemandPage.id).where(DemandPage.demand_id == page.demand_id)
        )
        await refresh_demand(session, list(pages))
    await transaction.commit_step()  # settled before Telegram hears the answer
    await _answer(
        query, t(DELIVER_ANSWERS[result.outcome], who=result.who, by=result.by_name or "?")
    )


async def _answer(query: CallbackQuery, text: str) -> None:
    """Answer the press (plain text); a lost answer only leaves a spinner."""
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(html.unescape(text) or None)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.callback_query.register(demand_pressed, DemandCallback.filter())
    return router
