"""The calendar's action mapping: every kind covered, placeholders that only log."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import cast

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_actions import check_actions, log_only_actions
from domain.calendar_settings import CalendarSettings
from domain.calendar_slots import Slot, SlotKind
from domain.clock import FakeClock


def test_a_mapping_missing_a_kind_is_refused_at_wiring() -> None:
    actions = log_only_actions()
    check_actions(actions)
    del actions[SlotKind.SUMMARY]
    with pytest.raises(ValueError, match="summary"):
        check_actions(actions)


async def test_log_only_actions_log_and_touch_nothing(caplog: pytest.LogCaptureFixture) -> None:
    slot = Slot(7, SlotKind.ROLLCALL, datetime(2026, 3, 2, tzinfo=UTC), date(2026, 3, 2))
    actions = log_only_actions()[SlotKind.ROLLCALL]
    session = cast(AsyncSession, object())  # any use of the session would fail
    settings = CalendarSettings(timezone="Asia/Shanghai")
    with caplog.at_level(logging.INFO, logger="domain.calendar_actions"):
        await actions.run(session, FakeClock(), slot, settings)
        await actions.missed(session, FakeClock(), slot, settings)
    assert [r.levelno for r in caplog.records] == [logging.INFO, logging.WARNING]
    assert all("rollcall of building 7" in r.getMessage() for r in caplog.records)
    assert "missed: log only" in caplog.records[1].getMessage()
