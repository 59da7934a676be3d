"""The quarantine calendar's moments (slots) and the contract of the actions run at each one.

The calendar engine works out from the database which slots are due, records each as run once,
and calls the action registered for its kind inside the same transaction, so a restart never
runs a slot twice and never forgets one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import CalendarSettings
from domain.clock import Clock


class SlotKind(enum.StrEnum):
    """What happens at a moment of a building's calendar."""

    SAMPLING_NOTICE = "sampling_notice"
    """The evening before a sampling day: the group gets tomorrow's list and window."""
    SAMPLING_CLOSE = "sampling_close"
    """The end of the sampling window: the lead gets the households not sampled."""
    ROLLCALL = "rollcall"
    """A temperature roll call (接龙) is posted in the group."""
    ROLLCALL_CLOSE = "rollcall_close"
    """Grace period over: the lead gets who has not reported; welfare checks are asked."""
    SUMMARY = "summary"
    """The daily summary for staff."""


@dataclass(frozen=True)
class Slot:
    """One due moment of one building: `at` in UTC, `day` the local date it concerns."""

    building_id: int
    kind: SlotKind
    at: datetime
    day: date
    """For SAMPLING_NOTICE the sampling day (tomorrow); for ROLLCALL_CLOSE its roll call's day
    (a long grace can run past midnight); for the others the local date of `at`."""


class SlotAction(Protocol):
    """What runs at a slot, in the engine's transaction (never commits)."""

    async def __call__(
        self, session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None: ...


class MissedSlotAction(Protocol):
    """What runs instead when a slot is found later than its grace (e.g. tell the lead)."""

    async def __call__(
        self, session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None: ...
