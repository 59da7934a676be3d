"""The in-doubt question in the group, and the quiet note to the building lead and doctor."""

from __future__ import annotations

import contextlib

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import RaiseCallback, RaiseOrigin
from bot.cards import mention
from bot.l10n import L10n, Translator
from bot.outbound import queue_send
from domain.clock import Clock
from domain.incident_queries import role_holders
from models.buildings import Building
from models.doubts import DoubtQuestion
from models.outbox import Priority, sent_ref
from models.people import Person

MAX_QUOTED = 300  # the note quotes this much of the message; the question keeps it all
DOUBT_QUESTION = "doubt_question"
"""The outbox purpose of the question: its ref_id is the DoubtQuestion, /sos finds it by reply."""


def doubt_keyboard(t: Translator, question_id: int) -> InlineKeyboardMarkup:
    """The one button under the question: yes, call now."""
    data = RaiseCallback(origin=RaiseOrigin.DOUBT, ref_id=question_id).pack()
    button = InlineKeyboardButton(text="🆘 " + t.label("btn-doubt-yes"), callback_data=data)
    return InlineKeyboardMarkup(inline_keyboard=[[button]])


NO_QUESTION = 0
"""The button's ref_id in a group not set up: no question is kept, a press says call 120."""


def ask_unset_group(
    session: AsyncSession, clock: Clock, t: Translator, *, chat_id: int, message_id: int
) -> None:
    """A group with no chain yet asks as a building does; its button can only say call 120."""
    queue_send(
        session,
        chat_id=chat_id,
        text=t("doubt-question"),
        reply_markup=doubt_keyboard(t, NO_QUESTION),
        reply_to=message_id,
        now=clock.now(),
        priority=Priority.EMERGENCY,
    )


async def ask_group(
    session: AsyncSession,
    clock: Clock,
    l10n: L10n,
    *,
    building: Building,
    question: DoubtQuestion,
    default_language: str,
) -> None:
    """Ask under the message whether help is needed; tell the lead and doctor privately."""
    now = clock.now()
    group_t = l10n.translator(building.language)
    queue_send(
        session,
        chat_id=building.chat_id,
        text=group_t("doubt-question"),
        reply_markup=doubt_keyboard(group_t, question.id),
        reply_to=question.message_id,
        now=now,
        priority=Priority.EMERGENCY,
        purpose=DOUBT_QUESTION,
        ref_id=question.id,
    )
    author = await session.get(Person, question.author_id)
    quoted = question.text[:MAX_QUOTED] + ("…" if len(question.text) > MAX_QUOTED else "")
    told: set[int] = set()
    for role in ("lead", "doctor"):
        for person_id in await role_holders(session, building.id, role):
            person = await session.get(Person, person_id)
            if person is None or not person.started_bot or person_id in told:
                continue
            told.add(person_id)
            lang = l10n.person_language(person.language, person.telegram_language, default_language)
            text = l10n.text(
                lang,
                "doubt-note",
                building=building.name or building.chat_title,
                flat=question.flat or l10n.text(lang, "flat-unknown"),
                resident=mention(author),
                text=quoted,
            )
            # quiet: a possible emergency to look at, not an alarm that wakes the lead at night
            queue_send(session, chat_id=person_id, text=text, now=now, silent=True)


async def question_of(session: AsyncSession, chat_id: int, message: Message) -> int | None:
    """The DoubtQuestion a bot message in this chat asks, if it is one: by its button while it
    has one, else by what the outbox recorded when it was sent (its button goes once pressed)."""
    if message.reply_markup is not None:
        for row in message.reply_markup.inline_keyboard:
            for button in row:
                with contextlib.suppress(ValueError, TypeError):
                    data = RaiseCallback.unpack(button.callback_data or "")
                    if data.origin is RaiseOrigin.DOUBT:
                        return data.ref_id
    return await sent_ref(
        session, chat_id=chat_id, message_id=message.message_id, purpose=DOUBT_QUESTION
    )
