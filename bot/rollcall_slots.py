"""The roll call's slot actions, as the calendar engine calls them (in its transaction)."""

from __future__ import annotations

import html
from datetime import date

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import RollCallCallback
from bot.l10n import L10n
from bot.outbound import queue_send
from bot.rollcall_view import post_rollcall
from domain.calendar_settings import CalendarSettings, format_clock
from domain.calendar_slots import MissedSlotAction, Slot, SlotAction, SlotKind
from domain.clock import Clock
from domain.members import leads_to_tell
from domain.rollcall import (
    Closing,
    RollCallPress,
    Silent,
    close_rollcall,
    households_due,
    start_rollcall,
)
from models.buildings import Building, served_building
from models.households import Household, Need
from models.outbox import Priority
from models.people import Person

NEED_ORDER = tuple(Need)


def _when(day: date, local_time: str) -> str:
    return f"{day:%m-%d} {local_time}"


def household_line(household: Household) -> str:
    """A silent household for its lead: flat, phone and ledger note (HTML-escaped)."""
    parts = [html.escape(household.flat, quote=False)]
    if household.phone:
        parts.append("☎ " + html.escape(household.phone, quote=False))
    if household.note:
        parts.append(html.escape(household.note, quote=False))
    return " · ".join(parts)


MAX_TEXT = 4000  # Telegram refuses texts over 4096 characters
MAX_FLATS = 200  # flats named in one line of a group notice; the rest counted


def split_lines(lines: list[str], limit: int = MAX_TEXT) -> list[str]:
    """Lines as few messages as fit Telegram's limit, never splitting a line."""
    texts: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        line = line[:limit]
        if current and size + len(line) + 1 > limit:
            texts.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        texts.append("\n".join(current))
    return texts


def flat_list(flats: list[str]) -> str:
    """Flats for one line of a notice: the first MAX_FLATS, then how many more."""
    shown = ", ".join(flats[:MAX_FLATS])
    return shown + (f" … (+{len(flats) - MAX_FLATS})" if len(flats) > MAX_FLATS else "")


def welfare_keyboard(label: str, check_id: int) -> InlineKeyboardMarkup:
    """The one button under a welfare check: checked."""
    data = RollCallCallback(action=RollCallPress.CHECKED, ref_id=check_id).pack()
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=label, callback_data=data)]]
    )


class RollCallActions:
    """ROLLCALL and ROLLCALL_CLOSE, and what runs when the engine finds them missed."""

    def __init__(self, l10n: L10n, default_language: str) -> None:
        self._l10n = l10n
        self._default_language = default_language

    def actions(self) -> dict[SlotKind, SlotAction]:
        """The action of each roll-call slot kind."""
        return {SlotKind.ROLLCALL: self.start, SlotKind.ROLLCALL_CLOSE: self.close}

    def missed_actions(self) -> dict[SlotKind, MissedSlotAction]:
        """A roll call found too late is not sent (the lead is told); a close found late still
        gives the lead the list, late being better than never."""
        return {SlotKind.ROLLCALL: self.missed, SlotKind.ROLLCALL_CLOSE: self.close}

    def _lang(self, person: Person) -> str:
        return self._l10n.person_language(
            person.language, person.telegram_language, self._default_language
        )

    async def start(
        self, session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None:
        """Create the roll call and queue its one group message (none if nobody is due)."""
        building = await served_building(session, slot.building_id)
        if building is None:
            return
        rollcall = await start_rollcall(session, clock, slot, settings)
        if rollcall is not None:
            await post_rollcall(session, clock, self._l10n, rollcall)

    async def close(
        self, session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None:
        """Grace over: the lead (else staff) gets the silent households privately, and a welfare
        check for each vulnerable one silent twice in a row; the group hears if nobody could be
        told."""
        building = await served_building(session, slot.building_id)
        if building is None:
            return
        closing = await close_rollcall(session, clock, slot, settings)
        if closing is None:
            return
        people = await leads_to_tell(session, building.id)
        if people:
            for person in people:
                self._tell_lead(session, clock, building, closing, person)
        elif closing.silent:
            self._tell_group(session, clock, building, closing)

    def _tell_lead(
        self,
        session: AsyncSession,
        clock: Clock,
        building: Building,
        closing: Closing,
        person: Person,
    ) -> None:
        lang = self._lang(person)
        rollcall = closing.rollcall
        args = {
            "building": building.name or building.chat_title,
            "when": _when(rollcall.day, rollcall.local_time),
            "total": closing.total,
        }
        if closing.silent:
            lines = [
                self._l10n.text(lang, "rollcall-missing", count=len(closing.silent), **args),
                *(household_line(silent.household) for silent in closing.silent),
            ]
            texts = split_lines(lines)
        else:
            texts = [self._l10n.text(lang, "rollcall-all-reported", **args)]
        for text in texts:  # the list and the welfare checks after it, in this order
            queue_send(
                session,
                chat_id=person.id,
                text=text,
                now=clock.now(),
                priority=Priority.INTERACTIVE,
            )
        for silent in closing.welfare:
            self._ask_welfare(session, clock, building, closing, silent, person, lang)

    def _ask_welfare(
        self,
        session: AsyncSession,
        clock: Clock,
        building: Building,
        closing: Closing,
        silent: Silent,
        person: Person,
        lang: str,
    ) -> None:
        assert silent.welfare is not None and closing.previous is not None
        household = silent.household
        needs = [need for need in NEED_ORDER if need in household.need_set]
        sep = "、" if lang == "zh" else ", "
        args = {
            "building": building.name or building.chat_title,
            "flat": household.flat,
            "needs": sep.join(self._l10n.text(lang, f"rollcall-need-{need}") for need in needs),
            "note": household.note or "",
            "previous": _when(closing.previous.day, closing.previous.local_time),
            "when": _when(closing.rollcall.day, closing.rollcall.local_time),
        }
        if household.phone:
            text = self._l10n.text(lang, "rollcall-welfare-ask", phone=household.phone, **args)
        else:
            text = self._l10n.text(lang, "rollcall-welfare-ask-no-phone", **args)
        label = "✅ " + self._l10n.text(lang, "rollcall-btn-checked")
        queue_send(
            session,
            chat_id=person.id,
            text=text,
            reply_markup=welfare_keyboard(label, silent.welfare.id),
            now=clock.now(),
            priority=Priority.INTERACTIVE,
        )

    def _tell_group(
        self, session: AsyncSession, clock: Clock, building: Building, closing: Closing
    ) -> None:
        """Nobody could be told privately: say so where staff can see it, never claim a lead was."""
        t = self._l10n.translator(building.language)
        rollcall = closing.rollcall
        flats = flat_list([silent.household.flat for silent in closing.silent])
        lines = [
            t(
                "rollcall-nobody-told",
                when=_when(rollcall.day, rollcall.local_time),
                count=len(closing.silent),
                flats=flats,
            )
        ]
        if closing.welfare:
            welfare = flat_list([silent.household.flat for silent in closing.welfare])
            lines.append(t("rollcall-nobody-told-welfare", flats=welfare))
        queue_send(
            session,
            chat_id=building.chat_id,
            text="\n".join(lines),
            now=clock.now(),
            priority=Priority.INTERACTIVE,
        )

    async def missed(
        self, session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None:
        """A roll call found past its grace is not sent late: the lead is told it was missed."""
        building = await served_building(session, slot.building_id)
        if building is None:
            return
        due = await households_due(session, building.id, slot.day)
        if not due:
            return
        when = _when(slot.day, format_clock(slot.at.astimezone(settings.zone).time()))
        flats = flat_list([household.flat for household in due])
        people = await leads_to_tell(session, building.id)
        for person in people:
            text = self._l10n.text(
                self._lang(person),
                "rollcall-missed",
                building=building.name or building.chat_title,
                when=when,
                count=len(due),
                flats=flats,
            )
            queue_send(session, chat_id=person.id, text=text, now=clock.now())
        if not people:
            t = self._l10n.translator(building.language)
            queue_send(
                session,
                chat_id=building.chat_id,
                text=t("rollcall-missed-nobody", when=when, count=len(due), flats=flats),
                now=clock.now(),
            )
