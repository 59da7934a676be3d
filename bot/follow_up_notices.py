"""What an order's follow-ups tell, in Telegram: the group, the lead, the volunteer asked."""

from __future__ import annotations

from datetime import timedelta

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import FollowUpCallback
from bot.cards import category_label, mention
from bot.l10n import L10n, Markup, Translator
from bot.outbound import queue_send
from domain.clock import Clock
from domain.order_follow_up import Answer, waited_minutes
from models.buildings import Building
from models.order_follow_ups import OrderFollowUp
from models.orders import Order
from models.outbox import Priority
from models.people import Person

QUOTED = 200
"""The resident's words quoted in a follow-up (the card has them all)."""


def follow_up_keyboard(t: Translator, follow_up_id: int) -> InlineKeyboardMarkup:
    """Still on it / Release, under the question to a volunteer."""
    buttons = [
        InlineKeyboardButton(
            text=t.label(f"follow-up-btn-{answer}"),
            callback_data=FollowUpCallback(answer=answer, follow_up_id=follow_up_id).pack(),
        )
        for answer in Answer
    ]
    return InlineKeyboardMarkup(inline_keyboard=[buttons])


class FollowUpNotices:
    """The Telegram side of domain.ports.FollowUpNotifier: queued in the job's transaction."""

    def __init__(self, l10n: L10n, clock: Clock, default_language: str = "zh") -> None:
        self._l10n = l10n
        self._clock = clock
        self._default_language = default_language

    def _person(self, person: Person) -> Translator:
        lang = self._l10n.person_language(
            person.language, person.telegram_language, self._default_language
        )
        return self._l10n.translator(lang)

    def _about(self, t: Translator, building: Building, order: Order) -> dict[str, object]:
        """What every follow-up text says of the order."""
        quoted = order.text if len(order.text) <= QUOTED else order.text[:QUOTED] + "…"
        return {
            "building": building.name or building.chat_title,
            "number": order.number,
            "flat": order.flat or t.label("card-flat-unknown"),
            "category": Markup(category_label(t, order)),
            "text": quoted,
            "urgent": Markup("🔴 " + t.label("card-urgent") + " · " if order.urgent else ""),
        }

    async def order_unclaimed(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        leads: list[Person],
        waited: timedelta,
    ) -> None:
        """A short reply to its card in the group (people must see it), and each lead told."""
        now = self._clock.now()
        minutes = waited_minutes(waited)
        group = self._l10n.translator(building.language)
        about = self._about(group, building, order)
        lines = [group("follow-up-unclaimed-group", minutes=minutes, **about)]
        lines.append(group("follow-up-lead-told" if leads else "follow-up-nobody-told"))
        queue_send(
            session,
            chat_id=building.chat_id,
            text="\n".join(lines),
            reply_to=order.card_message_id or order.source_message_id,
            now=now,
            priority=Priority.INTERACTIVE,
        )
        for lead in leads:
            t = self._person(lead)
            text = t("follow-up-unclaimed-lead", minutes=minutes, **self._about(t, building, order))
            queue_send(session, chat_id=lead.id, text=text, now=now, priority=Priority.INTERACTIVE)

    async def ask_volunteer(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        follow_up: OrderFollowUp,
        volunteer: Person,
        held: timedelta,
    ) -> None:
        """The question, privately, in the volunteer's language, with its two buttons."""
        t = self._person(volunteer)
        about = self._about(t, building, order)
        queue_send(
            session,
            chat_id=volunteer.id,
            text=t("follow-up-ask", minutes=waited_minutes(held), **about),
            reply_markup=follow_up_keyboard(t, follow_up.id),
            now=self._clock.now(),
            priority=Priority.INTERACTIVE,
        )

    async def order_held(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        volunteer: Person | None,
        leads: list[Person],
        held: timedelta,
        *,
        asked: bool,
    ) -> None:
        """Each lead told the order is held undelivered; with nobody to tell, the group."""
        now = self._clock.now()
        key = "follow-up-held-lead" if asked else "follow-up-held-lead-unasked"
        for lead in leads:
            t = self._person(lead)
            text = t(
                key,
                minutes=waited_minutes(held),
                volunteer=mention(volunteer),
                **self._about(t, building, order),
            )
            queue_send(session, chat_id=lead.id, text=text, now=now, priority=Priority.INTERACTIVE)
        if not leads:
            group = self._l10n.translator(building.language)
            text = group(
                "follow-up-held-group",
                minutes=waited_minutes(held),
                volunteer=mention(volunteer),
                **self._about(group, building, order),
            )
            queue_send(
                session,
                chat_id=building.chat_id,
                text=text,
                reply_to=order.card_message_id or order.source_message_id,
                now=now,
                priority=Priority.INTERACTIVE,
            )
