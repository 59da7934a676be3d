"""Issue 11's bar on a simulated day: no order waits unclaimed past its time unknown to the lead."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.support.order_day import DayPlan, OrderDay


async def test_a_simulated_day_forgets_nobody(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    """40 households, 6 volunteers (one slow, one silent from 09:30), 120 orders in two peaks."""
    result = await OrderDay(sessionmaker, DayPlan()).run()
    print("\n".join(result.report()))
    assert result.orders == 120
    assert result.forgotten == [], result.forgotten
    # the day really tested the follow-ups: orders waited, a volunteer was asked, one went
    # silent and the lead had to be told
    kinds = {told.what for told in result.told}
    assert kinds == {"unclaimed", "ask", "held"}, kinds
    assert result.longest_untold <= timedelta(minutes=30)  # the scheduler wakes at the due time
    assert timedelta(minutes=10) <= result.longest_before_told <= timedelta(minutes=30)
    assert result.undelivered == 0
