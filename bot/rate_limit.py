"""Telegram's published send limits, kept on our side so a fan-out never meets a 429 storm.

Limits (core.telegram.org/bots/faq): about 30 messages a second overall, about one a second
to one private chat (short bursts tolerated), at most 20 a minute to one group. Ordinary
traffic leaves a few of a group's 20 to emergencies, so a calm emergency reply in a busy group
never waits for the minute to turn.
"""

from __future__ import annotations

from bisect import insort
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class SendLimits:
    """The numbers; defaults are Telegram's, the overall one a little under."""

    global_per_second: int = 29
    """Sends in any one second: Telegram allows about 30; one fewer absorbs clock jitter."""
    private_per_second: float = 1.0
    private_burst: int = 3
    group_per_minute: int = 20
    group_emergency_reserve: int = 3


class SendRateLimiter:
    """Says how long a chat (and the bot as a whole) must wait before the next send."""

    def __init__(self, limits: SendLimits | None = None) -> None:
        self.limits = limits or SendLimits()
        self._global: deque[float] = deque()  # booked send times, oldest first
        self._private: dict[int, tuple[float, float]] = {}  # chat → (tokens, at)
        self._groups: dict[int, deque[float]] = {}

    def chat_delay(self, chat_id: int, now: float, *, urgent: bool = False) -> float:
        """Seconds until this chat may receive another message (0 if now).

        `urgent` (emergency priority) may use a group's reserve that ordinary traffic leaves.
        """
        if chat_id < 0:
            window = self._groups.get(chat_id)
            cap = self._group_cap(urgent)
            if window is None or len(window) < cap:
                return 0.0
            # the send that must age out for one more to fit under the cap
            return max(0.0, window[len(window) - cap] + 60.0 - now)
        tokens, at = self._private.get(chat_id, (float(self.limits.private_burst), now))
        tokens = min(
            self.limits.private_burst, tokens + (now - at) * self.limits.private_per_second
        )
        return 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.limits.private_per_second

    def held(self, now: float, *, urgent: bool = False) -> dict[int, float]:
        """Every chat that must wait now, with how long; forgets chats that are free again."""
        held: dict[int, float] = {}
        for chat_id, window in list(self._groups.items()):
            while window and window[0] <= now - 60.0:
                window.popleft()
            if not window:
                del self._groups[chat_id]
            elif (delay := self.chat_delay(chat_id, now, urgent=urgent)) > 0:
                held[chat_id] = delay
        for chat_id, (tokens, at) in list(self._private.items()):
            delay = self.chat_delay(chat_id, now)
            if delay > 0:
                held[chat_id] = delay
            elif tokens + (now - at) * self.limits.private_per_second >= self.limits.private_burst:
                del self._private[chat_id]  # the bucket is full again: same as never seen
        return held

    def _group_cap(self, urgent: bool) -> int:
        if urgent:
            return self.limits.group_per_minute
        return max(1, self.limits.group_per_minute - self.limits.group_emergency_reserve)

    def global_delay(self, now: float) -> float:
        """Seconds until the bot may send anything at all.

        A window over the last second, as Telegram counts, not a fixed spacing: a send that
        left late (the sender was writing to the database) does not lose its share of the second.
        """
        window, cap = self._global, self.limits.global_per_second
        while window and window[0] <= now - 1.0:
            window.popleft()
        if len(window) < cap:
            return 0.0
        return max(0.0, window[len(window) - cap] + 1.0 - now)

    async def book(self, chat_id: int, now: float, *, urgent: bool = False) -> float | None:
        """Book a send to this chat: seconds to wait for its slot in the overall second, or
        None if the chat may not have one now (another worker used its share; never here).

        The caller checked `chat_delay` first. Here, with no await between check and booking,
        the other lane sees the send at once; a limiter shared by several workers books in
        the shared store instead (`bot.shared_rate_limit`).
        """
        slot = self.global_delay(now)
        self.record(chat_id, now + slot)
        return slot

    def record(self, chat_id: int, now: float) -> None:
        """A message to this chat leaves now."""
        insort(self._global, now)  # a lane may book a slot ahead of one booked just before
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
