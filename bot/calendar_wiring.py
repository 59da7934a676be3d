"""The quarantine calendar's actions per slot kind, as the running bot uses them."""

from __future__ import annotations

from bot.l10n import L10n
from bot.rollcall_slots import RollCallActions
from bot.sampling_slots import sampling_slot_actions
from bot.settings import Settings
from domain.calendar_actions import SlotActions
from domain.calendar_slots import SlotKind


def calendar_actions(l10n: L10n, settings: Settings) -> dict[SlotKind, SlotActions]:
    """Roll calls, sampling lists and the daily summary, each with what runs when found late."""
    rollcall = RollCallActions(l10n, settings.default_language)
    late = rollcall.missed_actions()
    actions = {kind: SlotActions(run, late[kind]) for kind, run in rollcall.actions().items()}
    sampling = sampling_slot_actions(
        l10n, default_language=settings.default_language, default_timezone=settings.timezone
    )
    actions.update({kind: SlotActions(run, missed) for kind, (run, missed) in sampling.items()})
    return actions
