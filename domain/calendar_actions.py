"""The actions the calendar engine runs, per slot kind, as wired in bot/app.py."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import MissedSlotAction, Slot, SlotAction, SlotKind
from domain.clock import Clock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SlotActions:
    """What runs at a slot of one kind on time, and what runs instead when it is found too late."""

    run: SlotAction
    missed: MissedSlotAction


CalendarActions = Mapping[SlotKind, SlotActions]
"""Every slot kind's actions; the engine refuses a mapping that leaves a kind out."""


def check_actions(actions: CalendarActions) -> None:
    """Fail at wiring, not at 08:00, when a kind has no actions."""
    missing = [kind.value for kind in SlotKind if kind not in actions]
    if missing:
        raise ValueError(f"calendar actions missing for: {', '.join(missing)}")


async def log_slot(
    session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
) -> None:
    """Placeholder: only logs that the slot fell due (nothing is sent)."""
    log.info("calendar slot %s of building %s at %s (%s): log only", *_described(slot))


async def log_missed_slot(
    session: AsyncSession, clock: Clock, slot: Slot, settings: CalendarSettings
) -> None:
    """Placeholder: only logs that the slot was found too late (nobody is told)."""
    log.warning("calendar slot %s of building %s at %s (%s) missed: log only", *_described(slot))


def _described(slot: Slot) -> tuple[str, int, str, str]:
    return slot.kind.value, slot.building_id, slot.at.isoformat(), slot.day.isoformat()


def log_only_actions() -> dict[SlotKind, SlotActions]:
    """Actions that only log, for every kind, until the roll call and sampling features
    register theirs (they send nothing: the engine, its records and its timing run for real)."""
    return {kind: SlotActions(log_slot, log_missed_slot) for kind in SlotKind}
