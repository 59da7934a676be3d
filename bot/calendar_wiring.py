"""The quarantine calendar's actions per slot kind, as the running bot uses them."""

from __future__ import annotations

from bot.l10n import L10n
from bot.sampling_slots import sampling_slot_actions
from bot.settings import Settings
from domain.calendar_actions import SlotActions, log_only_actions
from domain.calendar_slots import SlotKind


def calendar_actions(l10n: L10n, settings: Settings) -> dict[SlotKind, SlotActions]:
    """Sampling lists and the daily summary; kinds no feature serves yet only log."""
    actions = log_only_actions()
    sampling = sampling_slot_actions(
        l10n, default_language=settings.default_language, default_timezone=settings.timezone
    )
    for kind, (run, missed) in sampling.items():
        actions[kind] = SlotActions(run, missed)
    return actions
