"""Roll-call presses: "report temperature" in the group, "checked" on a lead's welfare check,
and the checker's reply saying what they found."""

from __future__ import annotations

import contextlib
import html

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import CallbackQuery, ForceReply, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import RollCallCallback
from bot.cards import mention
from bot.l10n import Translator
from bot.outbound import queue_edit_markup, queue_send
from bot.permissions import is_group_admin
from bot.replies import Replies
from bot.rollcall_view import WELFARE_PROMPT
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.rollcall import (
    CheckOutcome,
    ReportRight,
    RollCallPress,
    check_pressed,
    record_finding,
    report_right,
)
from models.buildings import building_by_chat
from models.people import Person
from models.rollcalls import RollCall


async def rollcall_pressed(
    query: CallbackQuery,
    callback_data: RollCallCallback,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    t: Translator,
) -> None:
    """Dispatch by button; every press is re-checked against the database."""
    if query.message is None:  # too old for Telegram to say where it was pressed
        await _answer(query, t("cb-invalid"))
        return
    if callback_data.action is RollCallPress.REPORT:
        text = await _report(query, callback_data.ref_id, bot, session, transaction, clock, t)
    else:
        text = await _checked(query, callback_data.ref_id, session, clock, t)
    await transaction.commit_step()
    await _answer(query, text)


async def _report(
    query: CallbackQuery,
    rollcall_id: int,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    t: Translator,
) -> str:
    """Ask the presser for the value with a reply box in the group.

    A ForceReply in the group, not a private prompt: most residents never started the bot (a
    private message to them is refused), and Telegram delivers replies to the bot's own
    messages even in privacy mode, so the answer reaches the ordinary reading path.
    """
    assert query.message is not None
    chat_id, message_id = query.message.chat.id, query.message.message_id
    building = await building_by_chat(session, chat_id)
    rollcall = await session.get(RollCall, rollcall_id)
    # a button forged in another group, or pressed on some other message, names nothing here
    if (
        building is None
        or rollcall is None
        or rollcall.building_id != building.id
        or rollcall.message_id != message_id
    ):
        return t("rollcall-cb-gone")
    if clock.now() >= rollcall.open_until:
        return t("rollcall-cb-closed")
    right, flat = await report_right(session, rollcall, query.from_user.id)
    if right is ReportRight.NONE:
        await transaction.release()  # no transaction held while Telegram is asked
        if not await is_group_admin(bot, chat_id, query.from_user.id):
            return t("rollcall-cb-not-due")
        right = ReportRight.STAFF
    presser = await session.get(Person, query.from_user.id)
    if right is ReportRight.HOUSEHOLD:
        prompt = t("rollcall-prompt-own", who=mention(presser), flat=flat or "")
    else:
        prompt = t("rollcall-prompt-staff", who=mention(presser))
    queue_send(
        session,
        chat_id=chat_id,
        text=prompt,
        # selective: only the person named sees the reply box open
        reply_markup=ForceReply(force_reply=True, selective=True, input_field_placeholder="36.5"),
        now=clock.now(),
    )
    return t("rollcall-cb-prompted")


async def _checked(
    query: CallbackQuery, check_id: int, session: AsyncSession, clock: Clock, t: Translator
) -> str:
    """Record who checked on the household, then ask them what they found."""
    assert query.message is not None
    if query.message.chat.id != query.from_user.id:  # checks are asked privately, never here
        return t("rollcall-cb-gone")
    press = await check_pressed(session, clock, check_id=check_id, person_id=query.from_user.id)
    if press.outcome is CheckOutcome.GONE:
        return t("rollcall-cb-gone")
    if press.outcome is CheckOutcome.DENIED:
        return t("rollcall-cb-welfare-denied")
    assert press.check is not None and press.household is not None
    if press.outcome is CheckOutcome.TAKEN:
        name = press.checker.full_name if press.checker else "?"
        return t("rollcall-cb-welfare-taken", name=name)
    now = clock.now()
    queue_edit_markup(
        session,
        chat_id=query.message.chat.id,
        message_id=query.message.message_id,
        reply_markup=None,
        now=now,
    )
    queue_send(
        session,
        chat_id=query.from_user.id,
        text=t("rollcall-welfare-prompt", flat=press.household.flat),
        reply_markup=ForceReply(force_reply=True, input_field_placeholder="…"),
        now=now,
        purpose=WELFARE_PROMPT,
        ref_id=press.check.id,
    )
    return t("rollcall-cb-welfare-checked")


async def welfare_finding(
    message: Message,
    session: AsyncSession,
    transaction: UpdateTransaction,
    person: Person,
    replies: Replies,
    t: Translator,
) -> None:
    """A private reply to "what did you find?" is the finding; any other goes on its way."""
    assert message.reply_to_message is not None and message.text is not None
    found = await record_finding(
        session,
        person_id=person.id,
        prompt_message_id=message.reply_to_message.message_id,
        text=message.text,
    )
    if found is None:
        raise SkipHandler  # not an answer to a welfare check: the private chat's usual path
    check, household = found
    await transaction.commit_step()  # the finding is kept before the thanks
    replies.send(
        t("rollcall-welfare-recorded", flat=household.flat, finding=check.finding or ""),
        reply_to=message.message_id,
    )


async def _answer(query: CallbackQuery, text: str) -> None:
    """Answer the press; a lost answer only leaves a spinner, so it never fails the update."""
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(html.unescape(text) or None)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.callback_query.register(rollcall_pressed, RollCallCallback.filter())
    router.message.register(
        welfare_finding,
        F.chat.type == "private",
        F.reply_to_message,
        F.text & ~F.text.startswith("/"),
        F.from_user.is_bot.is_(False),
    )
    return router
