"""包户 messages: the private offer of a paired household's order, the lead's list of late tasks,
households handed back to the lead. The Telegram side of domain.ports.PairingNotifier."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import PairClaimCallback
from bot.cards import category_label, mention
from bot.l10n import L10n, Markup, Translator
from bot.outbound import queue_edit, queue_send
from domain.clock import Clock
from domain.members import leads_to_tell
from domain.pair_tasks import LateTask
from domain.pairing import Handback
from models.buildings import Building
from models.community_settings import community_settings_row
from models.orders import Order
from models.pairing import OrderReservation
from models.people import Person

PAIR_OFFER = "pair_offer"
"""Outbox purpose of the private offer: the sender stores its message id on the reservation."""


class PairingNotices:
    """Queues 包户 messages in the caller's transaction, each in its reader's language."""

    def __init__(self, l10n: L10n, clock: Clock, default_language: str, zone: ZoneInfo) -> None:
        self._l10n = l10n
        self._clock = clock
        self._default_language = default_language
        self._zone = zone  # of communities that set none

    async def person_t(self, session: AsyncSession, person_id: int) -> Translator:
        """A person's language in their private chat."""
        person = await session.get(Person, person_id)
        lang = self._l10n.person_language(
            person.language if person else None,
            person.telegram_language if person else None,
            self._default_language,
        )
        return self._l10n.translator(lang)

    async def zone(self, session: AsyncSession, community: str) -> ZoneInfo:
        """The community's time zone (the TIMEZONE setting when it chose none)."""
        row = await community_settings_row(session, community)
        return ZoneInfo(row.timezone) if row is not None and row.timezone else self._zone

    async def local_time(
        self, session: AsyncSession, building: Building, reservation: OrderReservation
    ) -> str:
        """The window's end as the community reads it."""
        zone = await self.zone(session, building.community)
        return reservation.until.astimezone(zone).strftime("%H:%M")

    async def order_reserved(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation,
    ) -> None:
        """The volunteer gets the order privately with a Claim button, before anyone else."""
        text, markup = await self._offer(session, building, order, reservation, "pair-offer")
        queue_send(
            session,
            chat_id=reservation.volunteer_id,
            text=text,
            reply_markup=markup,
            now=self._clock.now(),
            purpose=PAIR_OFFER,
            ref_id=reservation.id,
        )

    async def offer_opened(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation,
    ) -> None:
        """The window passed unclaimed: the private offer says the card is open to everyone
        now, and keeps its Claim button (a claim there still works while nobody has it)."""
        if reservation.offer_message_id is None:
            return  # not sent yet: it goes out as it was written
        text, markup = await self._offer(session, building, order, reservation, "pair-offer-open")
        queue_edit(
            session,
            chat_id=reservation.volunteer_id,
            message_id=reservation.offer_message_id,
            text=text,
            reply_markup=markup,
            now=self._clock.now(),
        )

    async def _offer(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation,
        key: str,
    ) -> tuple[str, InlineKeyboardMarkup]:
        t = await self.person_t(session, reservation.volunteer_id)
        resident = await session.get(Person, order.resident_id)
        text = t(
            key,
            number=order.number,
            building=building.name or building.chat_title,
            flat=order.flat or "?",
            category=Markup(category_label(t, order)),
            resident=mention(resident),
            text=order.text[:600],
            until=await self.local_time(session, building, reservation),
        )
        claim = PairClaimCallback(order_id=order.id).pack()
        markup = InlineKeyboardMarkup(
            inline_keyboard=[[InlineKeyboardButton(text=t.label("btn-claim"), callback_data=claim)]]
        )
        return text, markup

    async def offer_taken(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation,
    ) -> None:
        """The private offer loses its button and says it is theirs now."""
        if reservation.offer_message_id is None:
            return
        t = await self.person_t(session, reservation.volunteer_id)
        text = t(
            "pair-offer-taken",
            number=order.number,
            building=building.name or building.chat_title,
            flat=order.flat or "?",
        )
        queue_edit(
            session,
            chat_id=reservation.volunteer_id,
            message_id=reservation.offer_message_id,
            text=text,
            now=self._clock.now(),
        )

    async def tasks_late(
        self, session: AsyncSession, building: Building, late: list[LateTask]
    ) -> None:
        """One message per lead listing the building's tasks not done by their time; with no
        lead who can be told privately, the group hears it (and staff are asked)."""
        volunteers = {task.volunteer_id for task in late if task.volunteer_id is not None}
        names = {pid: await session.get(Person, pid) for pid in volunteers}
        leads = await leads_to_tell(session, building.id)
        audiences: list[tuple[int, Translator]] = [
            (lead.id, await self.person_t(session, lead.id)) for lead in leads
        ]
        if not audiences:
            audiences = [(building.chat_id, self._l10n.translator(building.language))]
        for chat_id, t in audiences:
            lines = [
                t.label(
                    "pair-late-line",
                    time=task.local_time,
                    flat=task.flat,
                    task=Markup(t.label(f"task-{task.kind}")),
                    volunteer=mention(names.get(task.volunteer_id or 0)),
                )
                for task in late
            ]
            key = "pair-late" if chat_id != building.chat_id else "pair-late-group"
            header = t(key, building=building.name or building.chat_title, count=len(late))
            queue_send(
                session, chat_id=chat_id, text="\n".join([header, *lines]), now=self._clock.now()
            )

    async def pairings_handed_back(
        self, session: AsyncSession, building: Building, volunteer_id: int, handback: Handback
    ) -> None:
        """The lead hears which households are theirs now; with no lead, the group hears that
        they have nobody."""
        volunteer = await session.get(Person, volunteer_id)
        name = building.name or building.chat_title
        flats = ", ".join(handback.flats)
        if handback.lead is not None:
            t = await self.person_t(session, handback.lead.id)
            text = t(
                "pair-handed-back",
                volunteer=mention(volunteer),
                building=name,
                flats=flats,
                count=len(handback.flats),
            )
            queue_send(session, chat_id=handback.lead.id, text=text, now=self._clock.now())
            return
        t = self._l10n.translator(building.language)
        text = t("pair-handed-nobody", volunteer=mention(volunteer), flats=flats)
        queue_send(session, chat_id=building.chat_id, text=text, now=self._clock.now())

    async def paired(
        self, session: AsyncSession, building: Building, flat: str, volunteer_id: int
    ) -> None:
        """The volunteer hears, privately, which household is theirs now."""
        t = await self.person_t(session, volunteer_id)
        text = t("pair-you", building=building.name or building.chat_title, flat=flat)
        queue_send(session, chat_id=volunteer_id, text=text, now=self._clock.now())
