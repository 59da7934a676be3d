"""Stale orders (the console's highlight) by the follow-ups' own times, urgent or not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.follow_up_settings import FollowUpSettings
from domain.order_follow_up import Overdue, staleness
from domain.order_rules import OrderStatus
from models.orders import Order

NOW = datetime(2026, 12, 5, 2, 30, tzinfo=UTC)
DEFAULTS = FollowUpSettings()


def order(
    status: OrderStatus,
    *,
    age: timedelta,
    held: timedelta | None = None,
    urgent: bool = False,
) -> Order:
    return Order(
        status=status.value,
        created_at=NOW - age,
        claimed_at=NOW - held if held is not None else None,
        urgent=urgent,
    )


@pytest.mark.parametrize(
    ("made", "expected"),
    [
        (order(OrderStatus.OPEN, age=timedelta(minutes=29, seconds=59)), None),
        (order(OrderStatus.OPEN, age=timedelta(minutes=30)), (Overdue.UNCLAIMED, 30)),
        (order(OrderStatus.OPEN, age=timedelta(minutes=42)), (Overdue.UNCLAIMED, 42)),
        (order(OrderStatus.OPEN, age=timedelta(minutes=10), urgent=True), (Overdue.UNCLAIMED, 10)),
        (order(OrderStatus.OPEN, age=timedelta(minutes=9), urgent=True), None),
        (
            order(OrderStatus.CLAIMED, age=timedelta(hours=4), held=timedelta(hours=2, minutes=59)),
            None,
        ),
        (
            order(OrderStatus.CLAIMED, age=timedelta(hours=4), held=timedelta(hours=3, minutes=10)),
            (Overdue.HELD, 190),
        ),
        (
            order(
                OrderStatus.CLAIMED, age=timedelta(hours=2), held=timedelta(hours=1), urgent=True
            ),
            (Overdue.HELD, 60),
        ),
        (order(OrderStatus.DELIVERED, age=timedelta(days=1), held=timedelta(hours=20)), None),
        (order(OrderStatus.REJECTED, age=timedelta(days=1)), None),
    ],
)
def test_stale_by_the_follow_up_times(made: Order, expected: tuple[Overdue, int] | None) -> None:
    found = staleness(made, DEFAULTS, NOW)
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert (found.overdue, int(found.waited.total_seconds() // 60)) == expected
    assert found.urgent is made.urgent
    after = (
        DEFAULTS.unclaimed_after
        if found.overdue is Overdue.UNCLAIMED
        else DEFAULTS.undelivered_after
    )
    assert found.after == after(made.urgent)


def test_a_reopened_order_counts_from_its_reopening_and_a_communitys_times_count() -> None:
    reopened = order(OrderStatus.OPEN, age=timedelta(hours=3))
    assert staleness(reopened, DEFAULTS, NOW, open_since=NOW - timedelta(minutes=20)) is None
    late = staleness(reopened, DEFAULTS, NOW, open_since=NOW - timedelta(minutes=31))
    assert late is not None and late.waited == timedelta(minutes=31)
    slow = FollowUpSettings(unclaimed=timedelta(hours=4))
    assert staleness(reopened, slow, NOW) is None
    # an urgent time longer than the plain one never makes an urgent order wait longer
    odd = FollowUpSettings(unclaimed=timedelta(minutes=5), urgent_unclaimed=timedelta(minutes=50))
    urgent = order(OrderStatus.OPEN, age=timedelta(minutes=6), urgent=True)
    assert staleness(urgent, odd, NOW) is not None
