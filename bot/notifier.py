"""Turns order events into queued Telegram messages for the building's group."""

from __future__ import annotations

import logging
import time
from collections.abc import Collection
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cards import Reserved, mention, render_card
from bot.delivery_photo_view import ask_photo, with_photo
from bot.demand_view import refresh_demand
from bot.dispatch_view import ASSIGN_NOTICE, private_card
from bot.incident_cards import render_alert
from bot.l10n import L10n, Markup, Translator
from bot.log_context import tag
from bot.outbound import incident_json, queue_edit, queue_send, queue_webhook
from bot.pairing_notices import PairingNotices
from bot.permissions import ADMIN_CHECK_TIMEOUT
from domain.clock import Clock
from domain.delivery_photos import may_show_photo, shows_photo
from domain.incident_climb import community_stages, empty_roles
from domain.members import leads_to_tell
from domain.pair_tasks import LateTask
from domain.pairing import Handback, is_active, reservation_of
from models.buildings import Building, doctors_of, staff_of
from models.delivery_photos import photo_of
from models.health import TemperatureReading
from models.households import household_note
from models.incidents import Incident, IncidentAlert, delivered_alerts
from models.orders import Order
from models.outbox import Priority
from models.pairing import OrderReservation
from models.people import Person, person_of_update

log = logging.getLogger(__name__)
ADMINS_KEPT_SECONDS = 300

ORDER_CARD = "order_card"
INCIDENT_ALERT = "incident_alert"


class TelegramNotifier:
    """The Telegram side of domain.ports.OrderNotifier."""

    def __init__(
        self,
        l10n: L10n,
        clock: Clock,
        default_language: str = "zh",
        bot: Bot | None = None,
        zone: ZoneInfo | None = None,
        webhooks: Collection[str] = (),
    ) -> None:
        self._l10n = l10n
        self._clock = clock
        self._zone = zone or ZoneInfo("Asia/Shanghai")  # for the times shown on alerts
        self._bot = bot  # to look up a group's admins when nobody in the chain can be reached
        self._default_language = default_language  # for people Telegram told no language of
        self._admins: dict[int, tuple[float, list[int]]] = {}  # chat id → (expires, admin ids)
        self._webhooks = frozenset(webhooks)  # the keys ESCALATION_WEBHOOKS configures
        self.pairing = PairingNotices(l10n, clock, default_language, self._zone)

    def _group(self, building: Building) -> Translator:
        return self._l10n.translator(building.language)

    async def _card(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation | None,
    ) -> tuple[str, InlineKeyboardMarkup | None]:
        """The card's text and buttons; `reservation`: the order's, or None if it has none."""
        resident = await person_of_update(session, order.resident_id)
        volunteer = await session.get(Person, order.volunteer_id) if order.volunteer_id else None
        assigner = await session.get(Person, order.assigned_by_id) if order.assigned_by_id else None
        reserved = None
        if is_active(reservation, self._clock.now()):
            assert reservation is not None
            reserved = Reserved(
                await session.get(Person, reservation.volunteer_id),
                await self.pairing.local_time(session, building, reservation),
            )
        text, markup = render_card(
            self._group(building), order, resident, volunteer, assigner, reserved
        )
        # only a delivered order's card shows one: the others spare the query
        if may_show_photo(order) and shows_photo(order, await photo_of(session, order.id)):
            text, markup = with_photo(self._group(building), order, text, markup)
        return text, markup

    async def order_created(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation | None,
    ) -> None:
        """Post the card as a reply to the resident's message."""
        tag(order=order.number, order_id=order.id)
        text, markup = await self._card(session, building, order, reservation)
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
        tag(order=order.number, order_id=order.id)
        if card_message_id is None:
            return
        reservation = await reservation_of(session, order.id)
        text, markup = await self._card(session, building, order, reservation)
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
        tag(order=order.number, order_id=order.id)
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
        if volunteer is not None and volunteer.started_bot:
            await ask_photo(
                session, self._clock, self._l10n, self._default_language, building, order, volunteer
            )

    async def demand_changed(self, session: AsyncSession, page_ids: list[int]) -> None:
        """需求清单: ask for the delivery-list messages to be redrawn (drawn when sent)."""
        await refresh_demand(session, page_ids)

    # ---- 社区派单: orders assigned by staff or the lead ------------------------------------------

    async def order_dispatched(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        *,
        event_id: int,
        action: str,
        actor_id: int,
        previous_volunteer_id: int | None,
    ) -> None:
        """The new holder gets the card privately, with Delivered and Release; whoever held it
        before is told it went elsewhere (if they started the bot)."""
        now = self._clock.now()
        assigner = await session.get(Person, actor_id)
        name = building.name or building.chat_title
        if order.volunteer_id is not None and order.volunteer_id != previous_volunteer_id:
            t = await self._audience(session, order.volunteer_id)
            text, markup = await private_card(session, t, order)
            header = t(
                "dispatch-assigned-you",
                assigner=mention(assigner),
                number=order.number,
                building=name,
            )
            # Sent even to someone who never started the bot: Telegram's refusal is the truth,
            # and the failure hook (ASSIGN_NOTICE) marks the card and tells the assigner.
            queue_send(
                session,
                chat_id=order.volunteer_id,
                text=f"{header}\n\n{text}",
                reply_markup=markup,
                now=now,
                priority=Priority.CARD,
                purpose=ASSIGN_NOTICE,
                ref_id=event_id,
            )
        if previous_volunteer_id is None or previous_volunteer_id == order.volunteer_id:
            return
        previous = await session.get(Person, previous_volunteer_id)
        if previous is None or not previous.started_bot:
            return
        t = await self._audience(session, previous.id)
        key = "dispatch-taken-back" if order.volunteer_id is None else "dispatch-reassigned-away"
        text = t(key, number=order.number, building=name, assigner=mention(assigner))
        queue_send(session, chat_id=previous.id, text=text, now=now)

    async def assignee_unreachable(
        self, session: AsyncSession, building: Building, order: Order, assigner_id: int
    ) -> None:
        """Whoever assigned it learns the volunteer was not told: privately if they can be,
        else in the group under the card."""
        now = self._clock.now()
        assigner = await session.get(Person, assigner_id)
        volunteer = await session.get(Person, order.volunteer_id) if order.volunteer_id else None
        values = {"number": order.number, "volunteer": mention(volunteer)}
        if assigner is not None and assigner.started_bot:
            t = await self._audience(session, assigner.id)
            text = t("dispatch-unreached", building=building.name or building.chat_title, **values)
            queue_send(session, chat_id=assigner.id, text=text, now=now)
            return
        text = self._group(building)(
            "dispatch-unreached-group", assigner=mention(assigner), **values
        )
        queue_send(
            session,
            chat_id=building.chat_id,
            text=text,
            reply_to=order.card_message_id,
            now=now,
        )

    async def orders_handed_back(
        self, session: AsyncSession, building: Building, volunteer_id: int, numbers: list[int]
    ) -> None:
        """The lead (else staff) is told privately which orders reopened; the group if nobody
        can be."""
        now = self._clock.now()
        volunteer = await session.get(Person, volunteer_id)
        shown = ", ".join(f"#{number}" for number in numbers)
        values = {"volunteer": mention(volunteer), "count": len(numbers), "numbers": shown}
        leads = [
            lead for lead in await leads_to_tell(session, building.id) if lead.id != volunteer_id
        ]
        for lead in leads:
            t = await self._audience(session, lead.id)
            text = t(
                "dispatch-handed-back", building=building.name or building.chat_title, **values
            )
            queue_send(session, chat_id=lead.id, text=text, now=now)
        if not leads:
            text = self._group(building)("dispatch-handed-back-group", **values)
            queue_send(session, chat_id=building.chat_id, text=text, now=now)

    async def order_reserved(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation,
    ) -> None:
        """包户: the paired volunteer gets the order privately first (bot/pairing_notices.py)."""
        await self.pairing.order_reserved(session, building, order, reservation)

    async def offer_taken(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation,
    ) -> None:
        """包户: the private offer says the order is theirs now."""
        await self.pairing.offer_taken(session, building, order, reservation)

    async def offer_opened(
        self,
        session: AsyncSession,
        building: Building,
        order: Order,
        reservation: OrderReservation,
    ) -> None:
        """包户: the private offer says the card is open to everyone now."""
        await self.pairing.offer_opened(session, building, order, reservation)

    async def tasks_late(
        self, session: AsyncSession, building: Building, late: list[LateTask]
    ) -> None:
        """包户: the lead's list of tasks not done by their time."""
        await self.pairing.tasks_late(session, building, late)

    async def pairings_handed_back(
        self, session: AsyncSession, building: Building, volunteer_id: int, handback: Handback
    ) -> None:
        """包户: a leaving volunteer's households, to the lead."""
        await self.pairing.pairings_handed_back(session, building, volunteer_id, handback)

    async def fever_reported(
        self, session: AsyncSession, building: Building, reading: TemperatureReading
    ) -> None:
        """A private note to the community doctors (else to staff), then advice saying which."""
        now = self._clock.now()
        resident = await session.get(Person, reading.person_id)
        doctors = await self._started(session, await doctors_of(session, building.id))
        staff = await self._started(session, await staff_of(session, building.id))
        staff = [] if doctors else staff
        t = self._group(building)
        celsius = f"{reading.celsius:.1f}"
        if doctors:  # the promise "the doctor will contact you" only when one was told
            advice = t("fever-advice", celsius=celsius)
        else:
            advice = t("fever-advice-no-doctor", celsius=celsius)
            if staff:
                advice += "\n" + t("fever-staff-told")
        queue_send(
            session,
            chat_id=building.chat_id,
            text=advice,
            reply_to=reading.source_message_id,
            now=now,
        )
        key = "fever-doctor-alert" if doctors else "fever-staff-alert"
        for person in doctors or staff:
            lang = self._l10n.person_language(
                person.language, person.telegram_language, self._default_language
            )
            text = self._l10n.text(
                lang,
                key,
                building=building.name or building.chat_title,
                flat=reading.flat or self._l10n.text(lang, "flat-unknown"),
                resident=mention(resident),
                celsius=f"{reading.celsius:.1f}",
            )
            queue_send(session, chat_id=person.id, text=text, now=now)

    async def _started(self, session: AsyncSession, person_ids: list[int]) -> list[Person]:
        """Those of the people who started the bot, so a private message reaches them."""
        people = [await session.get(Person, pid) for pid in person_ids]
        return [person for person in people if person is not None and person.started_bot]

    # ---- incidents: everything at emergency priority ------------------------------------------

    async def _audience(self, session: AsyncSession, chat_id: int) -> Translator:
        """A person's language in their private chat; both languages in a staff group."""
        if chat_id < 0:
            return self._l10n.translator("both")
        person = await session.get(Person, chat_id)
        lang = self._l10n.person_language(
            person.language if person else None,
            person.telegram_language if person else None,
            self._default_language,
        )
        return self._l10n.translator(lang)

    async def incident_opened(
        self,
        session: AsyncSession,
        building: Building,
        incident: Incident,
        alerted: tuple[str, ...],
        *,
        no_doctor: bool = False,
    ) -> None:
        """A calm answer in the resident's group: who can really be called now, and first aid."""
        tag(incident=incident.id)
        t = self._group(building)
        lines = [t("sos-received", levels=t.levels(alerted)) if alerted else t("sos-unreachable")]
        if alerted and no_doctor:
            lines.append(t("sos-no-doctor"))
        if incident.hint:
            lines.append(t(f"first-aid-{incident.hint}"))
        in_group = incident.source_chat_id == building.chat_id
        queue_send(
            session,
            chat_id=building.chat_id,
            text="\n".join(lines),
            reply_to=incident.source_message_id if in_group else None,
            now=self._clock.now(),
            priority=Priority.EMERGENCY,
        )

    async def incident_alert(
        self,
        session: AsyncSession,
        building: Building,
        incident: Incident,
        alert: IncidentAlert,
        level_names: tuple[str, ...],
    ) -> None:
        """The alert itself, with its buttons, to one person or staff chat."""
        reporter = await session.get(Person, incident.reporter_id)
        note = await household_note(session, building.id, incident.flat)
        t = await self._audience(session, alert.chat_id)
        plan = await community_stages(session, building.community)
        empty = tuple(await empty_roles(session, building, plan))
        text, markup = render_alert(
            t, building, incident, reporter, note, level_names, alert.round, empty
        )
        queue_send(
            session,
            chat_id=alert.chat_id,
            text=text,
            reply_markup=markup,
            now=self._clock.now(),
            priority=Priority.EMERGENCY,
            purpose=INCIDENT_ALERT,
            ref_id=alert.id,
        )

    async def incident_escalated(
        self,
        session: AsyncSession,
        incident: Incident,
        chat_ids: list[int],
        level_names: tuple[str, ...],
        *,
        actor_id: int | None = None,
    ) -> None:
        """Tell those already alerted who is called now, and why (a deadline, or a press)."""
        actor = mention(await session.get(Person, actor_id)) if actor_id else None
        for chat_id in chat_ids:
            t = await self._audience(session, chat_id)
            levels = t.levels(level_names)
            if actor is None:
                text = t("incident-escalated", number=incident.id, levels=levels)
            else:
                text = t("incident-escalated-by", number=incident.id, actor=actor, levels=levels)
            queue_send(
                session,
                chat_id=chat_id,
                text=text,
                now=self._clock.now(),
                priority=Priority.EMERGENCY,
            )

    async def incident_changed(
        self,
        session: AsyncSession,
        building: Building,
        incident: Incident,
        action: str,
        actor_id: int,
        chat_ids: list[int],
    ) -> None:
        """Everyone alerted, and the resident's group, hear who took it or what happened."""
        tag(incident=incident.id)
        actor = mention(await session.get(Person, actor_id))
        audiences = [(chat_id, await self._audience(session, chat_id)) for chat_id in chat_ids]
        audiences.append((building.chat_id, self._group(building)))
        for chat_id, t in audiences:
            queue_send(
                session,
                chat_id=chat_id,
                text=t(f"incident-{action}", number=incident.id, actor=actor),
                now=self._clock.now(),
                priority=Priority.EMERGENCY,
            )
        await self._redraw_alerts(session, building, incident, action, actor)

    async def _redraw_alerts(
        self, session: AsyncSession, building: Building, incident: Incident, action: str, actor: str
    ) -> None:
        """Every alert sent shows the new state; a resolved incident's lose their buttons."""
        reporter = await session.get(Person, incident.reporter_id)
        note = await household_note(session, building.id, incident.flat)
        when = self._clock.now().astimezone(self._zone).strftime("%m-%d %H:%M")
        for alert in await delivered_alerts(session, incident.id):
            assert alert.message_id is not None
            t = await self._audience(session, alert.chat_id)
            text, markup = render_alert(t, building, incident, reporter, note, (), 0)
            state = t(f"alert-state-{action}", actor=Markup(actor), time=when)
            queue_edit(
                session,
                chat_id=alert.chat_id,
                message_id=alert.message_id,
                text=f"{text}\n{state}",
                reply_markup=None if action == "resolve" else markup,
                now=self._clock.now(),
            )

    async def incident_follow_up(
        self,
        session: AsyncSession,
        incident: Incident,
        author_id: int,
        text: str,
        chat_ids: list[int],
    ) -> None:
        """More words from the reporter or a responder, to everyone already alerted."""
        author = mention(await session.get(Person, author_id))
        for chat_id in chat_ids:
            t = await self._audience(session, chat_id)
            queue_send(
                session,
                chat_id=chat_id,
                text=t("incident-follow-up", number=incident.id, author=author, text=text),
                now=self._clock.now(),
                priority=Priority.EMERGENCY,
            )

    async def incident_fallback(
        self, session: AsyncSession, building: Building, incident: Incident, people: list[int]
    ) -> None:
        """Tell the group that nobody in the chain could be reached, and who is called instead."""
        t = self._group(building)
        names = []
        for pid in people:
            person = await session.get(Person, pid)
            names.append(
                str(mention(person)) if person else f'<a href="tg://user?id={pid}">{pid}</a>'
            )
        if people:
            text = t("incident-fallback", number=incident.id, people=Markup(", ".join(names)))
        else:
            text = t("incident-unreachable", number=incident.id)
        queue_send(
            session,
            chat_id=building.chat_id,
            text=text,
            now=self._clock.now(),
            priority=Priority.EMERGENCY,
        )

    async def incident_unanswered(
        self,
        session: AsyncSession,
        building: Building,
        incident: Incident,
        alerted: tuple[str, ...],
    ) -> None:
        """A deadline passed with nobody acknowledging: the group and the reporter must know."""
        t = self._group(building)
        in_group = incident.source_chat_id == building.chat_id
        now = self._clock.now()
        queue_send(
            session,
            chat_id=building.chat_id,
            text=_unanswered(t, incident, alerted),
            reply_to=incident.source_message_id if in_group else None,
            now=now,
            priority=Priority.EMERGENCY,
        )
        if not in_group and incident.source_chat_id == incident.reporter_id:
            mine = await self._audience(session, incident.reporter_id)
            queue_send(
                session,
                chat_id=incident.reporter_id,
                text=_unanswered(mine, incident, alerted),
                reply_to=incident.source_message_id,
                now=now,
                priority=Priority.EMERGENCY,
            )

    async def group_admins(self, building: Building) -> list[int]:
        """The group's human admins, as Telegram tells them; none if it cannot.

        Asked while an emergency's alerts wait, so briefly, and remembered for a few minutes
        (repeats of a fallback ask again at every round). Callers ask with no transaction open
        (SQLite's one connection would wait for Telegram); the climb reads remembered_admins.
        """
        if self._bot is None:
            return []
        now = time.monotonic()
        cached = self._admins.get(building.chat_id)
        if cached is not None and cached[0] > now:
            return cached[1]
        try:
            admins = await self._bot.get_chat_administrators(
                chat_id=building.chat_id,
                request_timeout=min(ADMIN_CHECK_TIMEOUT, int(self._bot.session.timeout)),
            )
        except (TelegramAPIError, TelegramNetworkError, TimeoutError) as exc:
            log.warning("cannot list the admins of %s: %s", building.chat_id, exc)
            return []
        ids = [admin.user.id for admin in admins if not admin.user.is_bot]
        self._admins[building.chat_id] = (now + ADMINS_KEPT_SECONDS, ids)
        return ids

    def remembered_admins(self, building: Building) -> list[int]:
        """The admins as last asked, even if due to be asked again: better than nobody."""
        cached = self._admins.get(building.chat_id)
        return list(cached[1]) if cached is not None else []

    def has_webhook(self, key: str) -> bool:
        """Whether ESCALATION_WEBHOOKS configures this key (else the webhook reaches nobody)."""
        return key in self._webhooks

    async def incident_webhook(
        self, session: AsyncSession, incident: Incident, webhook: str, event: str
    ) -> None:
        """Queue the incident as JSON for a community's SMS or phone gateway."""
        queue_webhook(
            session, webhook=webhook, body=incident_json(incident, event), now=self._clock.now()
        )


def _unanswered(t: Translator, incident: Incident, alerted: tuple[str, ...]) -> str:
    if alerted:
        return t("incident-unanswered", number=incident.id, levels=t.levels(alerted))
    return t("incident-unanswered-nobody", number=incident.id)
