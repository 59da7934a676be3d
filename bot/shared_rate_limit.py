"""Telegram's limits held by several workers together: the bookings live in Redis.

Each send is booked by one Lua script, atomic in Redis and timed by Redis' own clock, so
workers on several machines count the same seconds: the overall 29 a second (a sorted set of
booked send times over the last second), 17 of a group's 20 a minute for ordinary traffic and
all 20 for emergencies (a sorted set per group over the last minute), and a private chat's
1 a second with a burst of 3 (a token bucket per chat). Keys expire by themselves.

The in-process limiter still runs beside it: it keeps this worker's own sends (so the two
lanes and the outbox query leave out chats this worker filled) and remembers chats Redis
said must wait. If Redis cannot be reached, sends are booked in-process only (logged): the
bot keeps sending, each worker within the whole limit, as with one worker.
"""

from __future__ import annotations

import itertools
import logging
import os
import time
from typing import Any

from bot.rate_limit import SendLimits, SendRateLimiter

log = logging.getLogger(__name__)

BOOK = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local gkey, ckey = KEYS[1], KEYS[2]
local gcap, group, ccap = tonumber(ARGV[1]), ARGV[2] == '1', tonumber(ARGV[3])
local rate, burst, id = tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]
local tokens = burst
if group then
  redis.call('ZREMRANGEBYSCORE', ckey, '-inf', now - 60)
  local n = redis.call('ZCARD', ckey)
  if n >= ccap then
    local e = redis.call('ZRANGE', ckey, n - ccap, n - ccap, 'WITHSCORES')
    return {0, tostring(math.max(0, tonumber(e[2]) + 60 - now))}
  end
else
  local h = redis.call('HMGET', ckey, 'tokens', 'at')
  local at = tonumber(h[2]) or now
  tokens = math.min(burst, (tonumber(h[1]) or burst) + (now - at) * rate)
  if tokens < 1 then
    return {0, tostring((1 - tokens) / rate)}
  end
end
redis.call('ZREMRANGEBYSCORE', gkey, '-inf', now - 1)
local n = redis.call('ZCARD', gkey)
local slot = 0
if n >= gcap then
  local e = redis.call('ZRANGE', gkey, n - gcap, n - gcap, 'WITHSCORES')
  slot = math.max(0, tonumber(e[2]) + 1 - now)
end
local at = now + slot
redis.call('ZADD', gkey, at, id)
redis.call('EXPIRE', gkey, 10)
if group then
  redis.call('ZADD', ckey, at, id)
  redis.call('EXPIRE', ckey, 120)
else
  redis.call('HSET', ckey, 'tokens', tostring(math.min(burst, tokens + slot * rate) - 1),
             'at', tostring(at))
  redis.call('EXPIRE', ckey, 60)
end
return {1, tostring(slot)}
"""

ERROR_LOG_EVERY = 60.0


class RedisRateLimiter(SendRateLimiter):
    """A SendRateLimiter whose bookings every worker of the bot shares through Redis."""

    def __init__(self, redis: Any, *, prefix: str, limits: SendLimits | None = None) -> None:
        super().__init__(limits)
        self._redis = redis
        self._prefix = prefix
        self._script = redis.register_script(BOOK)
        self._ids = itertools.count()
        self._me = f"{os.getpid()}-{time.time_ns()}"
        self._waits: dict[int, float] = {}  # chat → until (monotonic) Redis said it waits
        self._last_error = float("-inf")

    @classmethod
    def from_url(
        cls, url: str, *, prefix: str, limits: SendLimits | None = None
    ) -> RedisRateLimiter:
        from redis.asyncio import Redis

        client = Redis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)
        return cls(client, prefix=prefix, limits=limits)

    async def close(self) -> None:
        await self._redis.aclose()

    def chat_delay(self, chat_id: int, now: float, *, urgent: bool = False) -> float:
        local = super().chat_delay(chat_id, now, urgent=urgent)
        until = self._waits.get(chat_id)
        if until is None:
            return local
        if until <= now:
            del self._waits[chat_id]
            return local
        return max(local, until - now)

    def held(self, now: float, *, urgent: bool = False) -> dict[int, float]:
        held = super().held(now, urgent=urgent)
        for chat_id, until in list(self._waits.items()):
            if until <= now:
                del self._waits[chat_id]
            else:
                held[chat_id] = max(held.get(chat_id, 0.0), until - now)
        return held

    async def book(self, chat_id: int, now: float, *, urgent: bool = False) -> float | None:
        limits = self.limits
        group = chat_id < 0
        keys = [f"{self._prefix}:all", f"{self._prefix}:chat:{chat_id}"]
        args = [
            limits.global_per_second,
            "1" if group else "0",
            self._group_cap(urgent),
            limits.private_per_second,
            limits.private_burst,
            f"{self._me}-{next(self._ids)}",
        ]
        try:
            booked, seconds = await self._script(keys=keys, args=args)
        except Exception as exc:  # Redis down: keep sending within this worker's own count
            if now - self._last_error >= ERROR_LOG_EVERY:
                self._last_error = now
                log.warning("rate limits: Redis unreachable (%s); booking in-process only", exc)
            return await super().book(chat_id, now, urgent=urgent)
        wait = float(seconds)
        if not int(booked):
            self._waits[chat_id] = now + wait
            return None
        self.record(chat_id, now + wait)
        return wait
