"""Words written to the bot in a private chat: an emergency is raised, anything else pointed on."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Markup, Translator
from bot.notifier import TelegramNotifier
from bot.replies import Replies
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.incident_queries import anyone_reachable
from domain.incidents import PrivateOutcome, report_private
from models.outbox import Priority
from models.people import Person


async def private_words(
    message: Message,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    person: Person,
    notifier: TelegramNotifier,
    replies: Replies,
    t: Translator,
) -> None:
    """An emergency opens an incident in the person's only building; else say what to do."""
    outcome, incident = await report_private(
        session,
        clock,
        notifier,
        person_id=person.id,
        chat_id=message.chat.id,
        message_id=message.message_id,
        text=message.text or message.caption or "",
        stored=transaction.commit_step,  # an emergency is stored before anything else can fail
    )
    await transaction.commit_step()

    if outcome is PrivateOutcome.OPENED and incident is not None:
        reached = await anyone_reachable(session, incident.id)  # promise only what happens
        lines = [
            t("private-sos-sent" if reached else "private-sos-unreachable", number=incident.id)
        ]
        if incident.hint:
            lines.append(t(f"first-aid-{incident.hint}"))
        # the reporter's only answer ("call 120", first aid): the emergency lane, like the group's
        replies.send("\n".join(lines), reply_to=message.message_id, priority=Priority.EMERGENCY)
    elif outcome is PrivateOutcome.FOLLOW_UP and incident is not None:
        status = t(f"incident-status-{incident.status}")
        replies.send(
            t("private-follow-up", number=incident.id, status=Markup(status)),
            reply_to=message.message_id,
        )
    elif outcome is PrivateOutcome.NO_HOME:
        replies.send(t("sos-private-help"), reply_to=message.message_id)
    elif outcome is PrivateOutcome.NOT_EMERGENCY:
        replies.send(t("private-pointer"), reply_to=message.message_id)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(
        private_words,
        F.chat.type == "private",
        (F.text & ~F.text.startswith("/")) | F.caption,
        F.from_user.is_bot.is_(False),
    )
    return router
