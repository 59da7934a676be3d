"""When a due slot of the calendar runs, is reported missed, or is left alone: one table, one
function (`LATENESS`, `decide()`), which the engine asks for every slot it finds due.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import Slot, SlotKind
from models.calendar_runs import RunStatus


@dataclass(frozen=True)
class Lateness:
    """How late a slot may still run: a fixed time, or (None) the community's roll-call grace.

    `unseen_missed`: a slot of this kind that was never in the calendar when due (a household
    registered after it) still gets its missed action while the day it concerns is not over.
    """

    fixed: timedelta | None
    why: str
    unseen_missed: bool = False

    def allowance(self, settings: CalendarSettings) -> timedelta:
        """The allowance under a community's settings."""
        return settings.grace if self.fixed is None else self.fixed


LATENESS: dict[SlotKind, Lateness] = {
    SlotKind.SAMPLING_NOTICE: Lateness(
        timedelta(hours=2),
        "tomorrow's list posted by 22:00 at the latest; later at night the group is not "
        "woken: the lead is told and can post it by hand. A household registered on its own "
        "sampling day (day 1) was on no list the evening before: the list is posted late "
        "while the window is open, else the lead hears who was due",
        unseen_missed=True,
    ),
    SlotKind.SAMPLING_CLOSE: Lateness(
        timedelta(hours=4),
        "the not-sampled list is still worth chasing the same afternoon",
    ),
    SlotKind.ROLLCALL: Lateness(
        None,
        "a roll call posted after its grace period would close as soon as it opens",
    ),
    SlotKind.ROLLCALL_CLOSE: Lateness(
        None,
        "who has not reported is still news within one more grace period",
    ),
    SlotKind.SUMMARY: Lateness(
        timedelta(hours=3),
        "the day's summary is still read the same night",
    ),
}

LOOKBACK = timedelta(hours=24)
"""How far back the engine looks for due slots: a bot down longer reports only the last day's
slots as missed (and never floods the lead with a week of them)."""


class Decision(enum.StrEnum):
    """What the engine does with a slot that is due."""

    RUN = "run"
    MISS = "miss"
    DONE = "done"
    """Already run or reported missed."""
    UNSEEN = "unseen"
    """Due before the engine last looked but not recorded: it was not in the calendar then
    (a quarantine registered or back-dated, a time changed later), so it is neither run late
    nor reported missed: nobody was let down."""


def decide(
    slot: Slot,
    now: datetime,
    *,
    status: RunStatus | None,
    checked_until: datetime | None,
    settings: CalendarSettings,
) -> Decision:
    """Run, report missed, or leave a due slot (`slot.at <= now`).

    `status` is what is recorded for the slot (None: nothing); `checked_until` the instant up
    to which the engine last looked at every building (None: it never has).
    """
    if status in (RunStatus.RUN, RunStatus.MISSED):
        return Decision.DONE
    on_time = now - slot.at <= LATENESS[slot.kind].allowance(settings)
    if status is RunStatus.FAILED:
        return Decision.RUN if on_time else Decision.MISS
    if checked_until is None or slot.at <= checked_until:
        lateness = LATENESS[slot.kind]
        if lateness.unseen_missed and slot.day >= now.astimezone(settings.zone).date():
            return Decision.MISS
        return Decision.UNSEEN
    return Decision.RUN if on_time else Decision.MISS


def lookback(settings: CalendarSettings) -> timedelta:
    """How far back to look under these settings: the LOOKBACK, or more for a long grace."""
    longest = max(lateness.allowance(settings) for lateness in LATENESS.values())
    return max(LOOKBACK, 2 * longest)
