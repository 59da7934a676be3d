"""Job: delete quarantines' health records HEALTH_RETENTION_DAYS after they end."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import Clock
from domain.health_retention import Purged, purge_health


async def retain_health(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    *,
    keep_days: int,
    default_timezone: str,
) -> Purged:
    """One transaction: every quarantine's records that have come due are deleted together."""
    async with sessionmaker() as session:
        purged = await purge_health(session, clock.now(), keep_days, default_timezone)
        await session.commit()
    return purged
