"""Turns order events into queued Telegram messages for the building's group."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cards import mention, render_card
from bot.l10n import L10n, Translator, person_language
from bot.outbound import queue_edit, queue_send
from domain.clock import Clock
from models.buildings import Building, doctors_of
from models.health import TemperatureReading
from models.orders import Order
from models.outbox import Priority
from models.people import Person

ORDER_CARD = "order_card"


class TelegramNotifier:
    """The Telegram side of domain.ports.OrderNotifier."""

    def __init__(self, l10n: L10n, clock: Clock) -> None:
        self._l10n = l10n
        self._clock = clock

    def _group(self, building: Building) -> Translator:
        return self._l10n.translator(building.language)  # type: ignore[arg-type]

    async def _card(
        self, session: AsyncSession, building: Building, order: Order
    ) -> tuple[str, InlineKeyboardMarkup | None]:
        resident = await session.get(Person, order.resident_id)
        volunteer = await session.get(Person, order.volunteer_id) if order.volunteer_id else None
        return render_card(self._group(building), order, resident, volunteer)

    async def order_created(self, session: AsyncSession, building: Building, order: Order) -> None:
        """Post the card as a reply to the resident's message."""
        text, markup = await self._card(session, building, order)
        queue_send(
            session,
            chat_id=building.chat_id,
            text=text,
            reply_markup=markup,
            reply_to=order.source_message_id,
            now=self._clock.now(),
            priority=Priority.CARD,
            purpose=ORDER_CARD,
            ref_id=order.id,
        )

    async def order_changed(
        self, session: AsyncSession, building: Building, order: Order, card_message_id: int | None
    ) -> None:
        """Redraw the card in place."""
        if card_message_id is None:
            return
        text, markup = await self._card(session, building, order)
        queue_edit(
            session,
            chat_id=building.chat_id,
            message_id=card_message_id,
            text=text,
            reply_markup=markup,
            now=self._clock.now(),
        )

    async def order_delivered(
        self, session: AsyncSession, building: Building, order: Order
    ) -> None:
        """Tell the resident, replying to their request so they see it."""
        resident = await session.get(Person, order.resident_id)
        volunteer = await session.get(Person, order.volunteer_id) if order.volunteer_id else None
        text = self._group(building)(
            "order-delivered-notice",
            resident=mention(resident),
            number=order.number,
            volunteer=mention(volunteer),
        )
        queue_send(
            session,
            chat_id=building.chat_id,
            text=text,
            reply_to=order.source_message_id,
            now=self._clock.now(),
        )

    async def fever_reported(
        self, session: AsyncSession, building: Building, reading: TemperatureReading
    ) -> None:
        """Advice in the group, and a direct message to the building's community doctors."""
        now = self._clock.now()
        resident = await session.get(Person, reading.person_id)
        queue_send(
            session,
            chat_id=building.chat_id,
            text=self._group(building)("fever-advice", celsius=f"{reading.celsius:.1f}"),
            reply_to=reading.source_message_id,
            now=now,
        )
        for doctor_id in await doctors_of(session, building.id):
            doctor = await session.get(Person, doctor_id)
            if doctor is None or not doctor.started_bot:
                continue
            lang = person_language(doctor.language, doctor.telegram_language, "zh")
            text = self._l10n.text(
                lang,
                "fever-doctor-alert",
                building=building.name or building.chat_title,
                flat=reading.flat or self._l10n.text(lang, "flat-unknown"),
                resident=mention(resident),
                celsius=f"{reading.celsius:.1f}",
            )
            queue_send(session, chat_id=doctor.id, text=text, now=now)
