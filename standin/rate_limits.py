"""Telegram's flood control as the stand-in enforces it (when asked to)."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from standin.checks import ApiError
from standin.world import StandInChat

Clock = Callable[[], float]


@dataclass(frozen=True)
class RateLimits:
    """Telegram's published flood limits (numbers are adjustable for tests)."""

    private_per_second: float = 1.0
    """Sustained messages per second into one private chat."""
    private_burst: int = 3
    """Short bursts tolerated in a private chat before 429."""
    group_per_minute: int = 20
    """Messages per minute into one group."""
    global_per_second: int = 30
    """Messages per second overall."""


class RateLimiter:
    """Telegram's flood control: per private chat, per group and overall."""

    def __init__(self, limits: RateLimits, clock: Clock) -> None:
        self.limits = limits
        self.clock = clock
        self._global: deque[float] = deque()
        self._groups: dict[int, deque[float]] = {}
        self._private: dict[int, tuple[float, float]] = {}

    def check(self, chat: StandInChat) -> int | None:
        """Count one message; returns retry_after seconds instead when over a limit."""
        now = self.clock()
        limits = self.limits
        while self._global and self._global[0] <= now - 1.0:
            self._global.popleft()
        if len(self._global) >= limits.global_per_second:
            return max(1, math.ceil(self._global[0] + 1.0 - now))
        if chat.is_group:
            window = self._groups.setdefault(chat.id, deque())
            while window and window[0] <= now - 60.0:
                window.popleft()
            if len(window) >= limits.group_per_minute:
                return max(1, math.ceil(window[0] + 60.0 - now))
            window.append(now)
        else:
            tokens, last = self._private.get(chat.id, (float(limits.private_burst), now))
            tokens = min(
                float(limits.private_burst), tokens + (now - last) * limits.private_per_second
            )
            if tokens < 1.0:
                return max(1, math.ceil((1.0 - tokens) / limits.private_per_second))
            self._private[chat.id] = (tokens - 1.0, now)
        self._global.append(now)
        return None

    def admit(self, chat: StandInChat) -> None:
        """Count one message into `chat`, or refuse it with 429 and retry_after."""
        retry_after = self.check(chat)
        if retry_after is not None:
            raise ApiError(
                429,
                f"Too Many Requests: retry after {retry_after}",
                {"retry_after": retry_after},
            )
