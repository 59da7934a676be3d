"""The /quarantine list: day numbers, households due to start, and long lists split to fit."""

from __future__ import annotations

from datetime import date

from bot.l10n import L10n
from bot.quarantine_views import MAX_TEXT, quarantine_list
from domain.quarantine_registry import Standing
from models.households import QuarantineKind

TODAY = date(2026, 12, 5)


def _standing(flat: str, start: date) -> Standing:
    return Standing(
        flat=flat,
        quarantine_id=1,
        kind=QuarantineKind.HOME,
        start_date=start,
        days=14,
        last_day=date.fromordinal(start.toordinal() + 13),
        day=(TODAY - start).days + 1,
    )


def test_day_numbers_and_future_starts() -> None:
    t = L10n().translator("en")
    (text,) = quarantine_list(
        t, [_standing("3-2-501", date(2026, 12, 3)), _standing("3-2-502", date(2026, 12, 7))], TODAY
    )
    assert "3-2-501 day 3 · home quarantine, 14 days · until 12-16" in text
    assert "3-2-502 starts 12-07" in text


def test_a_street_sized_list_is_split_and_keeps_every_household() -> None:
    t = L10n().translator("both")
    items = [_standing(f"3-{i // 100}-{i % 100 + 100}", TODAY) for i in range(400)]
    messages = quarantine_list(t, items, TODAY)
    assert len(messages) > 1 and all(len(m) <= MAX_TEXT for m in messages)
    assert all(any(f"{item.flat} 第" in m for m in messages) for item in items)
