"""The sampling moments of the quarantine calendar, as the calendar engine calls them.

Each runs inside the engine's transaction (never commits): what it queues is sent only if the
slot is recorded as run, so a restart neither repeats nor loses a list.
"""

from __future__ import annotations

import functools
import html
import logging
from collections.abc import Callable
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import L10n
from bot.outbound import queue_send
from bot.sampling_view import SamplingView, post_sampling_page, refresh_sampling
from bot.summary_slot import DailySummarySlot
from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import MissedSlotAction, Slot, SlotAction, SlotKind
from domain.clock import Clock
from domain.daily_summary import SECTIONS, SummarySection
from domain.members import leads_to_tell
from domain.quarantine_calendar import local_date
from domain.sampling import (
    Unsampled,
    close_round,
    due_for_sampling,
    open_round,
    sampling_window,
    tally,
    window_over,
)
from models.buildings import Building, served_building
from models.outbox import Priority
from models.sampling import round_of, round_pages

log = logging.getLogger(__name__)
MAX_LISTED = 100
"""Households named in one private message (4,096 characters); the rest are counted."""


class SamplingSlots:
    """SAMPLING_NOTICE, its missed path, and SAMPLING_CLOSE for one bot's texts and defaults."""

    def __init__(self, l10n: L10n, *, default_language: str, default_timezone: str) -> None:
        self._l10n = l10n
        self._default_language = default_language
        self.view = SamplingView(l10n, default_timezone)

    async def notice(
        self, session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None:
        """The evening before: tomorrow's list with a tick button per household, once."""
        building = await served_building(session, slot.building_id)
        if building is None:
            return
        opened = await open_round(session, clock, building.id, slot.day, settings)
        if opened is None:
            return
        for page_id in opened.page_ids:
            await post_sampling_page(
                session, self.view, page_id, chat_id=building.chat_id, now=clock.now()
            )
        log.info(
            "sampling list for %s on %s: %s households", building.id, slot.day, opened.households
        )

    async def notice_missed(
        self, session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None:
        """Found late: on the sampling day, while the window is still open, the list is posted
        (staff need its buttons now; a household registered on its day 1 was on no list); late
        the evening before the group is not woken and, as after the window, the lead hears that
        no list was posted and who was due."""
        building = await served_building(session, slot.building_id)
        if building is None:
            return
        on_the_day = local_date(clock.now(), settings.zone) == slot.day
        if on_the_day and not window_over(settings, slot.day, clock.now()):
            await self.notice(session, clock, slot, settings)
            return
        if await round_of(session, building.id, slot.day) is not None:
            return  # posted after all (an earlier run)
        due = await due_for_sampling(session, building.id, slot.day, settings)
        if not due:
            return
        missing = tuple(Unsampled(h.flat, h.day, False) for h in due)
        await self._tell(
            session,
            clock,
            building,
            "sampling-notice-missed",
            slot.day,
            missing,
            window=sampling_window(settings),
        )

    async def close(
        self, session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None:
        """End of the window: the list shows it closed; the lead gets who was not sampled."""
        building = await served_building(session, slot.building_id)
        if building is None:
            return
        round_ = await round_of(session, building.id, slot.day)
        if round_ is not None:
            if not await close_round(session, clock, building.id, slot.day):
                return  # closed already: the lead was told once
            for page in await round_pages(session, round_.id):
                await refresh_sampling(session, page.id)
        counted = await tally(session, building.id, slot.day, settings)
        if counted.due == 0:
            return
        if not counted.missing:
            await self._tell(
                session, clock, building, "sampling-all-done", slot.day, (), total=counted.due
            )
            return
        key = "sampling-missing" if counted.posted else "sampling-missing-no-list"
        await self._tell(
            session,
            clock,
            building,
            key,
            slot.day,
            counted.missing,
            total=counted.due,
            window=round_.window if round_ else sampling_window(settings),
        )

    async def _tell(
        self,
        session: AsyncSession,
        clock: Clock,
        building: Building,
        key: str,
        day: date,
        missing: tuple[Unsampled, ...],
        **args: object,
    ) -> None:
        """The building's lead (else its staff) privately; if nobody can be told, the group,
        saying so, so no one believes a lead was told."""
        name = building.name or building.chat_title
        people = await leads_to_tell(session, building.id)
        for person in people:
            lang = self._l10n.person_language(
                person.language, person.telegram_language, self._default_language
            )
            label = functools.partial(self._l10n.text, lang)
            header = label(key, building=name, date=day.isoformat(), count=len(missing), **args)
            queue_send(
                session,
                chat_id=person.id,
                text=_with_flats(header, missing, label),
                now=clock.now(),
                priority=Priority.REMINDER,
            )
        if people or not missing:
            return
        t = self._l10n.translator(building.language)
        header = t(key, building=name, date=day.isoformat(), count=len(missing), **args)
        queue_send(
            session,
            chat_id=building.chat_id,
            text=_with_flats(header, missing, t.label) + "\n" + t("sampling-nobody-told"),
            now=clock.now(),
            priority=Priority.REMINDER,
        )


def _with_flats(header: str, missing: tuple[Unsampled, ...], label: Callable[..., str]) -> str:
    """The header, then one household a line (flat, quarantine day, whether it was listed)."""
    lines = [header]
    for household in missing[:MAX_LISTED]:
        line = f"• <b>{html.escape(household.flat, quote=False)}</b> · "
        line += label("sampling-day", day=household.day)
        if not household.listed:
            line += " · " + label("sampling-not-listed")
        lines.append(line)
    if len(missing) > MAX_LISTED:
        lines.append(label("sampling-more", count=len(missing) - MAX_LISTED))
    return "\n".join(lines)


def sampling_slot_actions(
    l10n: L10n,
    *,
    default_language: str,
    default_timezone: str,
    summary_sections: tuple[SummarySection, ...] = SECTIONS,
) -> dict[SlotKind, tuple[SlotAction, MissedSlotAction]]:
    """What the calendar engine runs for the sampling and summary moments, and when late.

    A notice found late is posted while the window is still open, else the lead is told; a
    close or a summary found late is still worth sending (both name their date), so they run
    as they are. `summary_sections`: the summary's parts (the roll call adds its own).
    """
    slots = SamplingSlots(
        l10n, default_language=default_language, default_timezone=default_timezone
    )
    summary = DailySummarySlot(l10n, default_language=default_language, sections=summary_sections)
    return {
        SlotKind.SAMPLING_NOTICE: (slots.notice, slots.notice_missed),
        SlotKind.SAMPLING_CLOSE: (slots.close, slots.close),
        SlotKind.SUMMARY: (summary, summary),
    }
