"""Roll-call helpers: households in quarantine, and the slots the calendar engine hands over."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import Slot, SlotKind
from domain.clock import FakeClock
from models.buildings import Building
from models.households import Household, Quarantine, get_or_create_household

ZONE = "Asia/Shanghai"
SETTINGS = CalendarSettings(timezone=ZONE)


def rollcall_slot(
    building_id: int, day: date, at: time, settings: CalendarSettings = SETTINGS
) -> Slot:
    """The ROLLCALL slot of a local day and time."""
    local = datetime.combine(day, at, tzinfo=settings.zone)
    return Slot(building_id, SlotKind.ROLLCALL, local.astimezone(UTC), day)


def close_slot(rollcall: Slot, settings: CalendarSettings = SETTINGS) -> Slot:
    """The ROLLCALL_CLOSE slot that follows a roll call by the grace period."""
    at = rollcall.at + settings.grace
    return Slot(
        rollcall.building_id, SlotKind.ROLLCALL_CLOSE, at, at.astimezone(settings.zone).date()
    )


async def quarantined(
    session: AsyncSession,
    clock: FakeClock,
    building: Building,
    flat: str,
    *,
    start: date,
    days: int = 14,
    ended_on: date | None = None,
    needs: str = "",
    phone: str | None = None,
    note: str | None = None,
    language: str | None = None,
) -> Household:
    """A household of the ledger with a quarantine from `start` (day 1)."""
    household = await get_or_create_household(
        session, building_id=building.id, flat=flat, now=clock.now()
    )
    household.needs, household.phone, household.note = needs, phone, note
    household.language = language
    session.add(
        Quarantine(
            household_id=household.id,
            building_id=building.id,
            start_date=start,
            days=days,
            ended_on=ended_on,
            created_at=clock.now(),
            updated_at=clock.now(),
        )
    )
    await session.flush()
    return household
