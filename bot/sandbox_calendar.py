"""The sandbox's quarantine calendar: two households in quarantine, and a clock to move forward.

The sandbox bot runs on a ShiftedClock. The page's "next reminder" button moves it to the next
slot that posts in a group (a roll call or a sampling list), running every slot on the way at its
own instant, the way the bot would have run them had that time really passed; the stand-in dates
its messages by the same clock, so the page shows the times the bot works with.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from bot.app import Louhu
from domain.calendar_settings import CalendarSettings, calendar_settings
from domain.calendar_slots import Slot, SlotKind
from domain.clock import ShiftedClock
from domain.household_ledger import update_household
from domain.ledger_terms import DEFAULT_TYPE
from domain.quarantine_registry import Outcome, register_quarantine
from jobs.run_calendar import upcoming_slots
from models.buildings import Building, building_by_chat
from models.households import Need
from models.people import person_by_username

log = logging.getLogger(__name__)

REMINDERS = frozenset({SlotKind.ROLLCALL, SlotKind.SAMPLING_NOTICE})
"""Slots that post in the group: where the button stops."""
HORIZON = timedelta(days=3)
"""How far ahead the button looks (roll calls come twice a day while anyone is in quarantine)."""
SAMPLED_DAY = 4
"""The quarantine day (a default sampling day) 3-2-501 is sampled on next."""


@dataclass(frozen=True)
class DemoHousehold:
    """A household the sandbox puts in quarantine, with its ledger record."""

    flat: str
    start: date
    ledger: dict[str, Any]


def demo_households(
    today: date, local_now: datetime, settings: CalendarSettings
) -> list[DemoHousehold]:
    """王阿姨's 3-2-501, sampled at the next sampling list still to come (tomorrow's, posted this
    evening; after this evening's list time, the day after tomorrow's), and 3-1-102, an elderly
    resident living alone whom nobody in the sandbox reports for: two missed roll calls in a row
    give the lead a welfare check. Neither is sampled today, whose list was never posted."""
    sampled_on = today + timedelta(days=1 if local_now.time() < settings.sampling_notice else 2)
    return [
        DemoHousehold(
            "3-2-501",
            sampled_on - timedelta(days=SAMPLED_DAY - 1),
            {"people": 2, "phone": "13800000501"},
        ),
        DemoHousehold(
            "3-1-102",
            today - timedelta(days=4),  # day 5 today: sampled on day 7
            {
                "people": 1,
                "phone": "13800000102",
                "needs": f"{Need.ELDERLY} {Need.LIVING_ALONE}",
                "note": "独居老人 高血压",
            },
        ),
    ]


async def _building(louhu: Louhu, chat_id: int) -> tuple[Building | None, CalendarSettings]:
    """The demo building and its community's settings (the defaults while it is not set up)."""
    async with louhu.sessionmaker() as session:
        building = await building_by_chat(session, chat_id)
        if building is None:
            return None, CalendarSettings(timezone=louhu.settings.timezone)
        settings = await calendar_settings(session, building.community, louhu.settings.timezone)
        return building, settings


async def seed_quarantines(louhu: Louhu, chat_id: int, staff_username: str) -> list[str]:
    """Register the demo households' quarantines and ledger records through the registry, as
    staff would with /quarantine and /household; the flats registered."""
    building, settings = await _building(louhu, chat_id)
    if building is None:  # the bot did not answer /setup in time: a sandbox without them
        log.warning("sandbox: the demo group is not set up; no households in quarantine")
        return []
    now = louhu.clock.now().astimezone(settings.zone)
    registered = []
    async with louhu.sessionmaker() as session:
        staff = await person_by_username(session, staff_username)
        by = staff.id if staff is not None else None
        for household in demo_households(now.date(), now, settings):
            change = await register_quarantine(
                session,
                louhu.clock,
                building_id=building.id,
                flat=household.flat,
                start=household.start,
                kind=DEFAULT_TYPE,
                today=now.date(),
                by=by,
            )
            if change.outcome is not Outcome.REGISTERED:
                raise RuntimeError(f"sandbox quarantine of {household.flat}: {change.outcome}")
            await update_household(
                session,
                louhu.clock,
                building_id=building.id,
                flat=household.flat,
                values=household.ledger,
                by=by,
            )
            registered.append(household.flat)
        await session.commit()
    return registered


class SandboxCalendar:
    """The page's clock and its "next reminder" button (standin.sandbox_web.SandboxCalendar)."""

    def __init__(self, louhu: Louhu, clock: ShiftedClock, chat_id: int) -> None:
        self._louhu = louhu
        self._clock = clock
        self._chat_id = chat_id
        self._lock = asyncio.Lock()  # two presses at once step one after the other

    async def _settings(self) -> CalendarSettings:
        """The demo building's community settings (a /settings timezone change shows at once)."""
        return (await _building(self._louhu, self._chat_id))[1]

    async def _upcoming(self) -> list[Slot]:
        return await upcoming_slots(
            self._louhu.sessionmaker,
            self._clock,
            default_timezone=self._louhu.settings.timezone,
            within=HORIZON,
        )

    async def clock(self) -> dict[str, Any]:
        """The bot's time in the community's zone, how far it was moved, the next reminder."""
        settings = await self._settings()
        upcoming = await self._upcoming()
        reminder = next((slot for slot in upcoming if slot.kind in REMINDERS), None)
        return {
            **_local(self._clock.now(), settings, seconds=True),
            "zone": settings.timezone,
            "ahead_seconds": int(self._clock.offset.total_seconds()),
            "next": _slot_json(reminder, settings) if reminder else None,
        }

    async def next_reminder(self) -> dict[str, Any]:
        """Run every slot up to the next reminder, each at its own instant; what ran."""
        async with self._lock:
            settings = await self._settings()
            upcoming = await self._upcoming()
            reminder = next((slot for slot in upcoming if slot.kind in REMINDERS), None)
            if reminder is None:
                return {
                    "ok": False,
                    "error": "三天内没有提醒：没有住户在隔离中（用 /quarantine 3-2-501 登记）· "
                    "no reminder in the next three days: nobody is in quarantine "
                    "(register one with /quarantine 3-2-501)",
                }
            ran: list[Slot] = []
            for at in sorted({slot.at for slot in upcoming if slot.at <= reminder.at}):
                self._clock.move_to(at)
                await self._louhu.run_calendar()
                ran.extend(slot for slot in upcoming if slot.at == at)
            return {
                "ok": True,
                "ran": [_slot_json(slot, settings) for slot in ran],
                "clock": await self.clock(),
            }


def _local(
    instant: datetime, settings: CalendarSettings, *, seconds: bool = False
) -> dict[str, str]:
    local = instant.astimezone(settings.zone)
    shown = f"{local:%Y-%m-%d %H:%M:%S}" if seconds else f"{local:%m-%d %H:%M}"
    return {"utc": instant.isoformat(), "local": shown, "utc_offset": f"{local:%z}"}


def _slot_json(slot: Slot, settings: CalendarSettings) -> dict[str, Any]:
    return {"kind": slot.kind.value, "day": slot.day.isoformat(), **_local(slot.at, settings)}
