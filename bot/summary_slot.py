"""The SUMMARY moment: each staff member of the community gets a building's day, privately."""

from __future__ import annotations

import html

from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import L10n
from bot.outbound import queue_send
from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import Slot
from domain.clock import Clock
from domain.daily_summary import SECTIONS, SummaryLine, SummarySection, community_staff, summarize
from models.buildings import served_building
from models.outbox import Priority

MAX_NAMED = 30
"""Flats named on one line of the summary; the rest are counted (a message holds 4,096 chars)."""


class DailySummarySlot:
    """Renders the summary's lines in each recipient's language and queues one message each."""

    def __init__(
        self,
        l10n: L10n,
        *,
        default_language: str,
        sections: tuple[SummarySection, ...] = SECTIONS,
    ) -> None:
        self._l10n = l10n
        self._default_language = default_language
        self._sections = sections

    async def __call__(
        self, session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None:
        """Send the day's summary of the slot's building to its community's staff."""
        building = await served_building(session, slot.building_id)
        if building is None:
            return
        staff = await community_staff(session, building.community)
        if not staff:
            return  # nobody of its staff has started the bot: nobody can be sent it
        lines = await summarize(session, building, slot.day, settings, self._sections)
        name = building.name or building.chat_title
        for person in staff:
            lang = self._l10n.person_language(
                person.language, person.telegram_language, self._default_language
            )
            title = self._l10n.text(lang, "summary-title", building=name, date=slot.day.isoformat())
            text = "\n".join([title, *(self._line(lang, line) for line in lines)])
            queue_send(
                session, chat_id=person.id, text=text, now=clock.now(), priority=Priority.REMINDER
            )

    def _line(self, lang: str, line: SummaryLine) -> str:
        values = {
            name: _listed(self._l10n, lang, value) if isinstance(value, tuple) else value
            for name, value in line.values.items()
        }
        return self._l10n.text(lang, line.key, **values)


def _listed(l10n: L10n, lang: str, items: tuple[object, ...]) -> str:
    """Items joined, the first MAX_NAMED of them, then how many more."""
    shown = ", ".join(str(item) for item in items[:MAX_NAMED])
    if len(items) > MAX_NAMED:
        shown += " " + l10n.text(lang, "sampling-more", count=len(items) - MAX_NAMED)
    return html.unescape(shown)
