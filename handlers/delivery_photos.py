"""Proof of delivery: the volunteer's doorstep photo (sent privately), Skip, and 📷 on the card."""

from __future__ import annotations

import contextlib
import html

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import PhotoCallback, PhotoPress
from bot.delivery_photo_view import person_translator, send_photo
from bot.l10n import L10n, Translator
from bot.notifier import TelegramNotifier
from bot.outbound import queue_edit_markup
from bot.permissions import is_group_admin
from bot.replies import Replies
from bot.settings import Settings
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.delivery_photos import attach_photo, may_see_photo, shows_photo, skip_photo
from models.buildings import Building
from models.delivery_photos import photo_of
from models.orders import Order
from models.people import Person


async def photo_sent(
    message: Message,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    settings: Settings,
    l10n: L10n,
    person: Person,
    replies: Replies,
    t: Translator,
) -> None:
    """A photo a volunteer sends privately answers their open question (the one it replies to,
    else the latest); any other photo goes on its way."""
    assert message.photo
    largest = max(message.photo, key=lambda size: size.width * size.height)
    replied = message.reply_to_message
    attached = await attach_photo(
        session,
        clock,
        volunteer_id=person.id,
        reply_to=replied.message_id
        if replied is not None and replied.from_user and replied.from_user.is_bot
        else None,
        file_id=largest.file_id,
        file_unique_id=largest.file_unique_id,
    )
    if attached is None:
        raise SkipHandler  # not a delivery photo: the private chat's usual path
    order, building = attached.order, attached.building
    resident = await session.get(Person, order.resident_id)
    if resident is not None and resident.started_bot:
        send_photo(
            session,
            clock,
            person_translator(l10n, resident, settings.default_language),
            chat_id=resident.id,
            file_id=largest.file_id,
            order=order,
            building=building,
            volunteer=person,
        )
    await notifier.order_changed(session, building, order, order.card_message_id)
    await transaction.commit_step()  # kept before the thanks
    key = (
        "photo-attached" if resident is not None and resident.started_bot else "photo-attached-card"
    )
    replies.send(t(key, number=order.number), reply_to=message.message_id)


async def photo_pressed(
    query: CallbackQuery,
    callback_data: PhotoCallback,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    settings: Settings,
    l10n: L10n,
    t: Translator,
) -> None:
    """Skip (the volunteer, privately) or see the photo (on the card: resident, volunteer,
    staff, lead or group admins; sent to the presser privately)."""
    if query.message is None:
        await _answer(query, t("cb-invalid"))
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    user_id = query.from_user.id
    if callback_data.action is PhotoPress.SKIP:
        if chat_id != user_id:  # asked privately, never in a group
            await _answer(query, t("cb-invalid"))
            return
        skipped = await skip_photo(
            session, clock, order_id=callback_data.order_id, person_id=user_id
        )
        if skipped:
            queue_edit_markup(
                session, chat_id=chat_id, message_id=message_id, reply_markup=None, now=clock.now()
            )
        await transaction.commit_step()
        await _answer(query, t("photo-cb-skipped" if skipped else "photo-cb-done"))
        return
    order = await session.get(Order, callback_data.order_id)
    building = await session.get(Building, order.building_id) if order else None
    if (
        order is None
        or building is None
        or building.chat_id != chat_id
        or order.card_message_id not in (None, message_id)
    ):
        await _answer(query, t("cb-invalid"))
        return
    photo = await photo_of(session, order.id)
    if not shows_photo(order, photo):
        await _answer(query, t("photo-cb-none"))
        return
    order_id = order.id
    if not await may_see_photo(session, order, user_id):
        await transaction.release()  # no transaction is held open while Telegram is asked
        if not await is_group_admin(bot, chat_id, user_id):
            await _answer(query, t("photo-cb-not-yours"))
            return
        order = await session.get(Order, order_id)
        building = await session.get(Building, order.building_id) if order else None
        photo = await photo_of(session, order_id)
        if order is None or building is None or photo is None:
            await _answer(query, t("cb-invalid"))
            return
    presser = await session.get(Person, user_id)
    if presser is None or not presser.started_bot:
        await _answer(query, t("photo-cb-start-bot"))
        return
    assert photo is not None and photo.file_id is not None
    volunteer = await session.get(Person, order.volunteer_id) if order.volunteer_id else None
    send_photo(
        session,
        clock,
        person_translator(l10n, presser, settings.default_language),
        chat_id=user_id,
        file_id=photo.file_id,
        order=order,
        building=building,
        volunteer=volunteer,
    )
    await transaction.commit_step()
    await _answer(query, t("photo-cb-sent"))


async def _answer(query: CallbackQuery, text: str) -> None:
    """Answer the press; a lost answer only leaves a spinner, so it never fails the update."""
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(html.unescape(text)[:200] or None)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.callback_query.register(photo_pressed, PhotoCallback.filter())
    router.message.register(
        photo_sent, F.chat.type == "private", F.photo, F.from_user.is_bot.is_(False)
    )
    return router
