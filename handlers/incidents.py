"""Presses on emergency alerts, the 🆘 button, and /incident N (in any chat)."""

from __future__ import annotations

import contextlib
from zoneinfo import ZoneInfo

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import IncidentCallback, SosCallback
from bot.incident_views import render_staff_incidents, render_timeline
from bot.l10n import Translator
from bot.notifier import TelegramNotifier
from bot.permissions import is_group_admin
from bot.press_answers import incident_answer, raised_answer
from bot.replies import Replies
from bot.settings import Settings
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.escalation_policy import Trigger
from domain.first_aid import first_aid_hint
from domain.ids import parse_id
from domain.incident_climb import admins_needed
from domain.incident_queries import anyone_reachable
from domain.incidents import (
    IncidentAction,
    Source,
    act_on_incident,
    may_view,
    needs_admin_answer,
    press_sos,
    report_emergency,
)
from domain.members import registered_flat
from domain.understanding import understand
from models.buildings import Building, buildings_of
from models.outbox import Priority
from models.people import Person


async def incident_pressed(
    query: CallbackQuery,
    callback_data: IncidentCallback,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    notifier: TelegramNotifier,
    t: Translator,
) -> None:
    """Acknowledge, transport, hospital, resolve or escalate; answered as soon as it is settled."""
    chat_id = query.message.chat.id if query.message else query.from_user.id
    person_id, incident_id = query.from_user.id, callback_data.incident_id
    admin = False
    if await needs_admin_answer(
        session, incident_id=incident_id, person_id=person_id, chat_id=chat_id
    ):
        await transaction.release()  # no transaction is held open while Telegram is asked
        admin = await is_group_admin(bot, chat_id, person_id)
    if callback_data.action is IncidentAction.ESCALATE:
        fallback = await admins_needed(
            session, notifier, incident_id, Trigger.ESCALATE, clock.now()
        )
        if fallback is not None:  # the group's admins are asked before the climb, as above
            await transaction.release()
            await notifier.group_admins(fallback)
    result = await act_on_incident(
        session,
        clock,
        notifier,
        incident_id=incident_id,
        action=callback_data.action,
        actor_id=person_id,
        chat_id=chat_id,
        group_admin=admin,
    )
    await transaction.commit_step()  # settled before Telegram hears the answer
    await _answer(query, incident_answer(t, callback_data.action, result))


async def sos_pressed(
    query: CallbackQuery,
    callback_data: SosCallback,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    person: Person,
    building: Building | None,
    notifier: TelegramNotifier,
    t: Translator,
) -> None:
    """The 🆘 button under /help: an emergency from this person, in this building."""
    if building is None or building.id != callback_data.building_id or query.message is None:
        await _answer(query, t("cb-invalid"))
        return
    outcome = await press_sos(
        session,
        clock,
        notifier,
        building=building,
        reporter_id=person.id,
        press_id=query.id,
        chat_id=query.message.chat.id,
        message_id=query.message.message_id,
        flat=await registered_flat(session, building.id, person.id),
        stored=transaction.commit_step,  # the emergency is stored before anything else can fail
    )
    await transaction.commit_step()  # the alerts are queued before Telegram hears the answer
    if outcome is None:
        await _answer(query, t("cb-invalid"))
    elif outcome.opened:
        await _answer(query, raised_answer(t, outcome.number, outcome.announced))
    else:
        status = t(f"incident-status-{outcome.status}")
        await _answer(query, t("cb-sos-already", number=outcome.number, status=status))


async def sos_private(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    person: Person,
    notifier: TelegramNotifier,
    replies: Replies,
    t: Translator,
) -> None:
    """/sos in a private chat: raised in the person's building if they belong to exactly one."""
    homes = await buildings_of(session, person.id)
    if len(homes) != 1:
        replies.send(t("sos-private-help"), reply_to=message.message_id)
        return
    text = (command.args or "").strip() or "/sos"
    incident = await report_emergency(
        session,
        clock,
        notifier,
        building=homes[0],
        reporter_id=person.id,
        text=text,
        source=Source.SOS,
        chat_id=message.chat.id,
        message_id=message.message_id,
        flat=await registered_flat(session, homes[0].id, person.id),
        hint=first_aid_hint(understand(text).families),
        stored=transaction.commit_step,  # the emergency is stored before anything else can fail
    )
    await transaction.commit_step()  # the alerts are queued before the answer
    if incident is not None:  # None: this very message already raised it
        reached = await anyone_reachable(session, incident.id)  # promise only what happens
        text = t("cb-sos-sent") if reached else t("private-sos-unreachable", number=incident.id)
        replies.send(text, reply_to=message.message_id, priority=Priority.EMERGENCY)


async def incident_timeline(
    message: Message,
    command: CommandObject,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    person: Person,
    settings: Settings,
    replies: Replies,
    t: Translator,
) -> None:
    """/incident N: the timeline, for staff, the people alerted and the reporter."""
    incident_id = parse_id((command.args or "").strip().lstrip("#"))
    if incident_id is None:  # ASCII digits only: "²" or 30 digits are not an incident number
        replies.send(t("incident-usage"), reply_to=message.message_id)
        return

    chat_id = message.chat.id
    admin = False
    if await needs_admin_answer(
        session, incident_id=incident_id, person_id=person.id, chat_id=chat_id, viewing=True
    ):
        await transaction.release()  # no transaction is held open while Telegram is asked
        admin = await is_group_admin(bot, chat_id, person.id)
    incident = await may_view(session, incident_id, person.id, chat_id, admin)

    if incident is None:
        replies.send(t("cb-incident-missing"), reply_to=message.message_id)
        return
    text = await render_timeline(session, t, incident, ZoneInfo(settings.timezone))
    replies.send(text, reply_to=message.message_id)


async def incidents_private(
    message: Message,
    session: AsyncSession,
    person: Person,
    settings: Settings,
    replies: Replies,
    t: Translator,
) -> None:
    """/incidents in private: staff's communities' unresolved incidents."""
    text = await render_staff_incidents(session, t, person.id, ZoneInfo(settings.timezone))
    replies.send(text, reply_to=message.message_id)


async def _answer(query: CallbackQuery, text: str) -> None:
    with contextlib.suppress(TelegramAPIError, TelegramNetworkError, TimeoutError):
        await query.answer(text, show_alert=False)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.callback_query.register(incident_pressed, IncidentCallback.filter())
    router.callback_query.register(sos_pressed, SosCallback.filter())
    router.message.register(sos_private, Command("sos"), F.chat.type == "private")
    router.message.register(incident_timeline, Command("incident"))
    router.message.register(incidents_private, Command("incidents"), F.chat.type == "private")
    return router
