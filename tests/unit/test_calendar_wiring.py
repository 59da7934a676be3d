"""The running bot's calendar serves every slot kind with a feature's action, none log-only."""

from __future__ import annotations

from pydantic import SecretStr

from bot.calendar_wiring import calendar_actions
from bot.l10n import L10n
from bot.settings import Settings
from domain.calendar_actions import check_actions, log_missed_slot, log_slot
from domain.calendar_slots import SlotKind


def test_every_kind_has_a_features_action_on_time_and_late() -> None:
    settings = Settings(_env_file=None, bot_token=SecretStr("1:x"))  # type: ignore[call-arg]
    actions = calendar_actions(L10n(), settings)
    check_actions(actions)
    assert set(actions) == set(SlotKind)
    for served in actions.values():
        assert served.run is not log_slot and served.missed is not log_missed_slot
