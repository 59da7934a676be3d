"""Telegram's published send limits, kept on our side so a fan-out never meets a 429 storm.

Limits (core.telegram.org/bots/faq): about 30 messages a second overall, about one a second
to one private chat (short bursts tolerated), at most 20 a minute to one group.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class SendLimits:
    """The numbers; defaults are Telegram's, a little under to leave room for answers."""

    global_per_second: float = 28.0
    private_per_second: float = 1.0
    private_burst: int = 3
    group_per_minute: int = 20


class SendRateLimiter:
    """Says how long a chat (and the bot as a whole) must wait before the next send."""

    def __init__(self, limits: SendLimits | None = None) -> None:
        self.limits = limits or SendLimits()
        self._global_next = 0.0
        self._private: dict[int, tuple[float, float]] = {}  # chat → (tokens, at)
        self._groups: dict[int, deque[float]] = {}

    def chat_delay(self, chat_id: int, now: float) -> float:
        """Seconds until this chat may receive another message (0 if now)."""
        if chat_id < 0:
            window = self._groups.get(chat_id)
            if window is None or len(window) < self.limits.group_per_minute:
                return 0.0
            return max(0.0, window[0] + 60.0 - now)
        tokens, at = self._private.get(chat_id, (float(self.limits.private_burst), now))
        tokens = min(
            self.limits.private_burst, tokens + (now - at) * self.limits.private_per_second
        )
        return 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.limits.private_per_second

    def global_delay(self, now: float) -> float:
        """Seconds until the bot may send anything at all."""
        return max(0.0, self._global_next - now)

    def record(self, chat_id: int, now: float) -> None:
        """A message to this chat leaves now."""
        self._global_next = max(self._global_next, now) + 1.0 / self.limits.global_per_second
        if chat_id < 0:
            window = self._groups.setdefault(chat_id, deque())
            window.append(now)
            while window and window[0] <= now - 60.0:
                window.popleft()
            return
        tokens, at = self._private.get(chat_id, (float(self.limits.private_burst), now))
        tokens = min(
            self.limits.private_burst, tokens + (now - at) * self.limits.private_per_second
        )
        self._private[chat_id] = (tokens - 1.0, now)
