"""Helpers for the calendar engine's tests: quarantined households and recording actions."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import count

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.outbound import queue_send
from domain.calendar_actions import SlotActions
from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import Slot, SlotKind
from domain.clock import Clock, FakeClock
from jobs.run_calendar import CalendarTick, run_calendar
from models.buildings import Building
from models.calendar_runs import CalendarRun
from models.community_settings import CommunitySettings
from models.households import Household, Quarantine
from models.outbox import OutboundMessage

TIMEZONE = "Asia/Shanghai"
_flats = count(101)


async def quarantine(
    session: AsyncSession,
    clock: FakeClock,
    building: Building,
    start: date,
    *,
    days: int = 14,
    ended_on: date | None = None,
) -> Quarantine:
    """A new household of the building in quarantine from `start` (day 1)."""
    household = Household(
        building_id=building.id,
        flat=f"3-2-{next(_flats)}",
        needs="",
        created_at=clock.now(),
        updated_at=clock.now(),
    )
    session.add(household)
    await session.flush()
    row = Quarantine(
        household_id=household.id,
        building_id=building.id,
        start_date=start,
        days=days,
        ended_on=ended_on,
        created_at=clock.now(),
        updated_at=clock.now(),
    )
    session.add(row)
    await session.flush()
    return row


async def community_settings(
    session: AsyncSession, clock: FakeClock, community: str, **values: object
) -> None:
    """Store a community's calendar settings (columns as in CommunitySettings)."""
    session.add(CommunitySettings(community=community, updated_at=clock.now(), **values))
    await session.flush()


def message_text(slot: Slot, *, missed: bool = False) -> str:
    """The text the recording actions queue for a slot."""
    return f"{'missed ' if missed else ''}{slot.building_id} {slot.kind} {slot.at.isoformat()}"


class Crash(BaseException):
    """The process dying in the middle of an action (not an error the engine may catch)."""


@dataclass(frozen=True)
class Call:
    """One action the engine called."""

    slot: Slot
    missed: bool
    at: datetime


@dataclass
class RecordingActions:
    """Actions for every kind that remember their calls and queue one group message each, in
    the engine's transaction (so committed effects can be counted in the outbox).

    `failing` building ids raise RuntimeError, `crashing` ones raise Crash; `pause` yields to
    the loop inside the transaction, so two engines interleave.
    """

    clock: Clock
    calls: list[Call] = field(default_factory=list)
    failing: set[int] = field(default_factory=set)
    crashing: set[int] = field(default_factory=set)
    pause: float = 0.0

    def actions(self) -> dict[SlotKind, SlotActions]:
        """The mapping the engine takes."""
        return {kind: SlotActions(self._run, self._missed) for kind in SlotKind}

    async def _run(
        self, session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None:
        await self._act(session, slot, settings, missed=False)

    async def _missed(
        self, session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
    ) -> None:
        await self._act(session, slot, settings, missed=True)

    async def _act(
        self, session: AsyncSession, slot: Slot, settings: CalendarSettings, *, missed: bool
    ) -> None:
        self.calls.append(Call(slot, missed, self.clock.now()))
        building = await session.get(Building, slot.building_id)
        assert building is not None
        queue_send(
            session,
            chat_id=building.chat_id,
            text=message_text(slot, missed=missed),
            now=self.clock.now(),
        )
        if self.pause:
            await asyncio.sleep(self.pause)
        if slot.building_id in self.crashing:
            raise Crash(slot)
        if slot.building_id in self.failing:
            raise RuntimeError(f"building {slot.building_id} broke")

    def ran(self, kind: SlotKind | None = None) -> list[Slot]:
        """Slots run on time (of one kind), in call order."""
        return [c.slot for c in self.calls if not c.missed and kind in (None, c.slot.kind)]

    def missed(self) -> list[Slot]:
        """Slots reported missed, in call order."""
        return [c.slot for c in self.calls if c.missed]


async def tick(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, actions: RecordingActions
) -> CalendarTick:
    """One engine tick with the recording actions."""
    return await run_calendar(sessionmaker, clock, actions.actions(), default_timezone=TIMEZONE)


async def sent_texts(sessionmaker: async_sessionmaker[AsyncSession]) -> Counter[str]:
    """The group messages the actions queued and committed, counted by text."""
    async with sessionmaker() as session:
        texts = (await session.scalars(select(OutboundMessage.payload))).all()
    return Counter(str(payload["text"]) for payload in texts)


async def run_count(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    """How many slot records there are."""
    async with sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(CalendarRun)) or 0)
