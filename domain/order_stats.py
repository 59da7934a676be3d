"""How fast a building's orders are claimed and delivered: /stats and the daily summary.

Time to claim: from an order's creation to its first claim. Time to deliver: from its creation
to delivered (what the resident waits). Median and 90th percentile (nearest rank) over the
orders created in the window (the last 7 days), with counts and the follow-ups that fired.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.order_rules import OrderAction, OrderStatus
from models.order_follow_ups import FollowUpKind, FollowUpOutcome, OrderFollowUp
from models.orders import Order, OrderEvent

WINDOW = timedelta(days=7)
CLAIM_ACTIONS = (OrderAction.CLAIM.value, OrderAction.ASSIGN.value)
"""Order events that give an order its volunteer: a claim, or staff assigning it (社区派单)."""

StatLine = tuple[str, dict[str, object]]
"""A locale key (stats-*) and its values."""


def percentile(values: list[timedelta], share: float) -> timedelta | None:
    """The nearest-rank percentile (0.5: the median, a real value of the list); None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class OrderStats:
    """A building's orders created in [start, end), as they stand now."""

    opened: int
    delivered: int
    open_now: int
    held_now: int
    rejected: int
    urgent: int
    to_claim: list[timedelta]
    to_deliver: list[timedelta]
    raised: int
    """Raised again in the group and sent to the lead, unclaimed too long."""
    asked: int
    """Volunteers asked about an order held undelivered."""
    held_told: int
    """Leads told of an order held undelivered without an answer."""


async def order_stats(
    session: AsyncSession, building_id: int, start: datetime, end: datetime
) -> OrderStats:
    """The figures for a building's orders created in [start, end)."""
    in_window = (
        Order.building_id == building_id,
        Order.created_at >= start,
        Order.created_at < end,
    )
    orders = (
        await session.execute(
            select(Order.id, Order.status, Order.urgent, Order.created_at, Order.closed_at).where(
                *in_window
            )
        )
    ).all()
    first_claims = dict(
        (
            await session.execute(
                select(OrderEvent.order_id, func.min(OrderEvent.at))
                .join(Order, Order.id == OrderEvent.order_id)
                .where(*in_window, OrderEvent.action.in_(CLAIM_ACTIONS))
                .group_by(OrderEvent.order_id)
            )
        ).all()
    )
    follow_ups = dict(
        (
            await session.execute(
                select(OrderFollowUp.kind, func.count())
                .join(Order, Order.id == OrderFollowUp.order_id)
                .where(*in_window, OrderFollowUp.outcome != FollowUpOutcome.STALE.value)
                .where(OrderFollowUp.done_at.is_not(None))
                .group_by(OrderFollowUp.kind)
            )
        ).all()
    )
    status = [row.status for row in orders]
    return OrderStats(
        opened=len(orders),
        delivered=status.count(OrderStatus.DELIVERED.value),
        open_now=status.count(OrderStatus.OPEN.value),
        held_now=status.count(OrderStatus.CLAIMED.value),
        rejected=status.count(OrderStatus.REJECTED.value),
        urgent=sum(1 for row in orders if row.urgent),
        to_claim=[first_claims[o.id] - o.created_at for o in orders if o.id in first_claims],
        to_deliver=[
            row.closed_at - row.created_at
            for row in orders
            if row.status == OrderStatus.DELIVERED.value and row.closed_at is not None
        ],
        raised=int(follow_ups.get(FollowUpKind.UNCLAIMED.value, 0)),
        asked=int(follow_ups.get(FollowUpKind.ASK.value, 0)),
        held_told=int(follow_ups.get(FollowUpKind.LEAD.value, 0)),
    )


def minutes_text(value: timedelta) -> str:
    """A duration in minutes as texts show it: one decimal under 10 minutes, else whole."""
    minutes = value.total_seconds() / 60
    return f"{minutes:.1f}" if minutes < 10 else str(round(minutes))


def stats_lines(stats: OrderStats) -> list[StatLine]:
    """The figures as lines (locale keys stats-*), for /stats and the daily summary alike."""
    lines: list[StatLine] = [
        (
            "stats-orders",
            {
                "opened": stats.opened,
                "delivered": stats.delivered,
                "open": stats.open_now,
                "held": stats.held_now,
                "rejected": stats.rejected,
                "urgent": stats.urgent,
            },
        )
    ]
    for key, values in (("stats-claim", stats.to_claim), ("stats-deliver", stats.to_deliver)):
        p50, p90 = percentile(values, 0.5), percentile(values, 0.9)
        if p50 is None or p90 is None:
            lines.append((f"{key}-none", {}))
            continue
        shown = {"count": len(values), "p50": minutes_text(p50), "p90": minutes_text(p90)}
        lines.append((key, shown))
    lines.append(
        (
            "stats-follow-ups",
            {"raised": stats.raised, "asked": stats.asked, "told": stats.held_told},
        )
    )
    return lines


async def building_stats(session: AsyncSession, building_id: int, now: datetime) -> list[StatLine]:
    """/stats: the last 7 days up to now."""
    return stats_lines(await order_stats(session, building_id, now - WINDOW, now))
