"""The figures /stats shows: nearest-rank percentiles and how durations are written."""

from __future__ import annotations

from datetime import timedelta

from domain.order_stats import OrderStats, minutes_text, percentile, stats_lines


def _minutes(*values: float) -> list[timedelta]:
    return [timedelta(minutes=v) for v in values]


def test_percentiles_are_nearest_rank_values_of_the_list() -> None:
    values = _minutes(*range(1, 11))  # 1..10 minutes, shuffled below
    values = values[5:] + values[:5]
    assert percentile(values, 0.5) == timedelta(minutes=5)
    assert percentile(values, 0.9) == timedelta(minutes=9)
    assert percentile(_minutes(7), 0.9) == timedelta(minutes=7)
    assert percentile(_minutes(3, 30), 0.5) == timedelta(minutes=3)
    assert percentile([], 0.5) is None


def test_minutes_are_written_with_a_decimal_only_when_short() -> None:
    assert minutes_text(timedelta(seconds=90)) == "1.5"
    assert minutes_text(timedelta(minutes=9, seconds=57)) == "9.9"
    assert minutes_text(timedelta(minutes=37, seconds=40)) == "38"
    assert minutes_text(timedelta(hours=3)) == "180"


def test_lines_say_none_when_nothing_was_claimed_or_delivered() -> None:
    stats = OrderStats(
        opened=3,
        delivered=0,
        open_now=2,
        held_now=1,
        rejected=0,
        urgent=1,
        to_claim=_minutes(4, 12),
        to_deliver=[],
        raised=2,
        asked=0,
        held_told=0,
    )
    assert stats_lines(stats) == [
        (
            "stats-orders",
            {"opened": 3, "delivered": 0, "open": 2, "held": 1, "rejected": 0, "urgent": 1},
        ),
        ("stats-claim", {"count": 2, "p50": "4.0", "p90": "12"}),
        ("stats-deliver-none", {}),
        ("stats-follow-ups", {"raised": 2, "asked": 0, "told": 0}),
    ]
