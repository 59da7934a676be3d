"""Time as a dependency, so schedules and deadlines are tested without sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current UTC time."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real wall clock, always timezone-aware UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2022, 4, 1, 8, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now


class ShiftedClock:
    """The system clock (or another) moved forward by an offset: the sandbox's clock, which
    its "next reminder" button moves to the next calendar slot. It never goes back, so nothing
    the bot timed (a deadline, a slot run) falls due twice."""

    def __init__(self, base: Clock | None = None) -> None:
        self._base = base or SystemClock()
        self._offset = timedelta(0)

    def now(self) -> datetime:
        return self._base.now() + self._offset

    @property
    def offset(self) -> timedelta:
        """How far ahead of its base clock it is."""
        return self._offset

    def move_to(self, instant: datetime) -> datetime:
        """Move forward so that now is `instant` (an instant already past changes nothing)."""
        ahead = instant - self.now()
        if ahead > timedelta(0):
            self._offset += ahead
        return self.now()

    def timestamp(self) -> float:
        """Seconds since the epoch (what the stand-in dates its messages by)."""
        return self.now().timestamp()
