"""How long an order may wait before someone is reminded: issue 11's defaults, per community."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from models.community_settings import CommunitySettings, community_settings_row

UNCLAIMED = timedelta(minutes=30)
UNDELIVERED = timedelta(hours=3)
ANSWER = timedelta(minutes=30)
URGENT_UNCLAIMED = timedelta(minutes=10)
URGENT_UNDELIVERED = timedelta(hours=1)

MIN_MINUTES = 1
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class FollowUpSettings:
    """After how long an order open, or claimed and not delivered, is followed up."""

    unclaimed: timedelta = UNCLAIMED
    """Open this long from its creation: raised again in the group and sent to the lead."""
    undelivered: timedelta = UNDELIVERED
    """Claimed this long and not delivered: its volunteer is asked."""
    answer: timedelta = ANSWER
    """The volunteer asked has this long to answer before the lead is told."""
    urgent_unclaimed: timedelta = URGENT_UNCLAIMED
    urgent_undelivered: timedelta = URGENT_UNDELIVERED

    def unclaimed_after(self, urgent: bool) -> timedelta:
        """How long an order (urgent or not) may stay unclaimed."""
        return min(self.urgent_unclaimed, self.unclaimed) if urgent else self.unclaimed

    def undelivered_after(self, urgent: bool) -> timedelta:
        """How long a claimed order (urgent or not) may stay undelivered before its volunteer
        is asked."""
        return min(self.urgent_undelivered, self.undelivered) if urgent else self.undelivered


def _minutes(value: int | None, default: timedelta) -> timedelta:
    return timedelta(minutes=value) if value is not None else default


def from_row(row: CommunitySettings | None) -> FollowUpSettings:
    """The effective settings: each column stored overrides its default."""
    if row is None:
        return FollowUpSettings()
    return FollowUpSettings(
        unclaimed=_minutes(row.unclaimed_minutes, UNCLAIMED),
        undelivered=_minutes(row.undelivered_minutes, UNDELIVERED),
        answer=_minutes(row.answer_minutes, ANSWER),
        urgent_unclaimed=_minutes(row.urgent_unclaimed_minutes, URGENT_UNCLAIMED),
        urgent_undelivered=_minutes(row.urgent_undelivered_minutes, URGENT_UNDELIVERED),
    )


async def follow_up_settings(session: AsyncSession, community: str) -> FollowUpSettings:
    """A community's effective follow-up settings (defaults where staff set nothing)."""
    return from_row(await community_settings_row(session, community))
