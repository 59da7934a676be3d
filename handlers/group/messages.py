"""Ordinary group messages: a resident's request becomes an order card."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.demand_view import merge_button
from bot.doubt_notices import ask_group, ask_unset_group
from bot.l10n import L10n, Translator
from bot.notifier import TelegramNotifier
from bot.replies import Replies
from bot.rollcall_view import refresh_rollcall
from bot.settings import Settings
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.intake import Alarm, alarm_without_chain, take_message
from models.buildings import Building
from models.outbox import Priority
from models.people import Person


# A photo of a leaking pipe captioned "帮忙修一下" is a request like any text.
async def group_text(
    message: Message,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building | None,
    person: Person,
    notifier: TelegramNotifier,
    replies: Replies,
    group_t: Translator,
    l10n: L10n,
    settings: Settings,
) -> None:
    """Read the message; the domain decides whether it is an order, an emergency or nothing."""
    text = message.text or message.caption
    if text is None:
        return
    if building is None or not building.is_set_up:
        alarm = alarm_without_chain(text)
        if alarm is Alarm.EMERGENCY:  # no chain to call yet: at least say "call 120 now"
            replies.send(
                group_t("sos-nobody"), reply_to=message.message_id, priority=Priority.EMERGENCY
            )
        elif alarm is Alarm.IN_DOUBT:  # never silent: asked as in a building; yes says call 120
            ask_unset_group(
                session, clock, group_t, chat_id=message.chat.id, message_id=message.message_id
            )
        return
    intake = await take_message(
        session,
        clock,
        notifier,
        building=building,
        person_id=person.id,
        message_id=message.message_id,
        text=text,
        default_timezone=settings.timezone,
        stored=transaction.commit_step,  # an emergency is stored before anything else can fail
    )
    if intake.duplicate:  # a redelivery: its order, incident or list is there already
        transaction.found_handled()
    noted, read = intake.group_list, intake.reading.group_list
    if noted is not None and noted.first and read is not None:  # once per 接龙, not per repost
        replies.send(
            group_t("groupbuy-list-seen", title=read.title or "-", households=len(read.lines)),
            reply_to=message.message_id,
            markup=merge_button(group_t, noted.row.id),
        )
    if intake.rollcall_id is not None:
        await refresh_rollcall(session, intake.rollcall_id)
    if intake.doubt is not None:
        await ask_group(
            session,
            clock,
            l10n,
            building=building,
            question=intake.doubt,
            default_language=settings.default_language,
        )
    await transaction.commit_step()


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(
        group_text, (F.text & ~F.text.startswith("/")) | F.caption, F.from_user.is_bot.is_(False)
    )
    return router
