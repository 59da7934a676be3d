"""Households in quarantine and calendar slots for the sampling, fever and summary tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import Slot, SlotKind
from models.households import Household, Quarantine, get_or_create_household
from models.outbox import OutboundMessage

SHANGHAI = ZoneInfo("Asia/Shanghai")
SETTINGS = CalendarSettings(timezone="Asia/Shanghai")
SAMPLING_DAY = date(2022, 4, 5)


def at_local(day: date, hour: int, minute: int = 0) -> datetime:
    """A Shanghai wall-clock moment as UTC (for FakeClock)."""
    return datetime.combine(day, time(hour, minute), tzinfo=SHANGHAI).astimezone(UTC)


async def quarantine(
    session: AsyncSession,
    building_id: int,
    flat: str,
    *,
    day_on: date = SAMPLING_DAY,
    day: int = 4,
    days: int = 14,
    ended_on: date | None = None,
) -> Household:
    """A household whose quarantine is on `day` on `day_on` (day 1 = start date)."""
    now = datetime(2022, 4, 1, tzinfo=UTC)
    household = await get_or_create_household(session, building_id=building_id, flat=flat, now=now)
    session.add(
        Quarantine(
            household_id=household.id,
            building_id=building_id,
            kind="home",
            start_date=day_on - timedelta(days=day - 1),
            days=days,
            ended_on=ended_on,
            created_at=now,
            updated_at=now,
        )
    )
    await session.flush()
    return household


def slot(building_id: int, kind: SlotKind, day: date = SAMPLING_DAY) -> Slot:
    """A slot as the engine would hand it over (at: the default settings' moment for it)."""
    local = {
        SlotKind.SAMPLING_NOTICE: at_local(day - timedelta(days=1), 20),
        SlotKind.SAMPLING_CLOSE: at_local(day, 11),
        SlotKind.SUMMARY: at_local(day, 21),
    }.get(kind, at_local(day, 8))
    return Slot(building_id=building_id, kind=kind, at=local, day=day)


async def queued(
    sessionmaker: async_sessionmaker[AsyncSession], chat_id: int | None = None
) -> list[OutboundMessage]:
    """Outbox rows in the order they were queued (of one chat if given)."""
    async with sessionmaker() as session:
        stmt = select(OutboundMessage).order_by(OutboundMessage.id)
        if chat_id is not None:
            stmt = stmt.where(OutboundMessage.chat_id == chat_id)
        return list((await session.execute(stmt)).scalars())
