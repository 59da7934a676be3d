"""ShiftedClock: the sandbox's clock, moved forward over its base clock (domain/clock.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.clock import FakeClock, ShiftedClock


def test_the_shifted_clock_runs_with_its_base_and_only_moves_forward() -> None:
    base = FakeClock(datetime(2026, 12, 5, 15, 0, tzinfo=UTC))
    clock = ShiftedClock(base)
    assert clock.now() == base.now() and clock.offset == timedelta(0)
    target = datetime(2026, 12, 6, 0, 0, tzinfo=UTC)
    assert clock.move_to(target) == target
    assert clock.offset == timedelta(hours=9)
    base.advance(seconds=30)  # time goes on from there
    assert clock.now() == target + timedelta(seconds=30)
    assert clock.move_to(target) == target + timedelta(seconds=30)  # never back
    assert clock.offset == timedelta(hours=9)
    assert clock.timestamp() == clock.now().timestamp()
