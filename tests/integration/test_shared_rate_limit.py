"""Telegram's limits held by two workers together, booked in Redis (127.0.0.1:6379 here)."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import AsyncIterator

import pytest

from bot.rate_limit import SendLimits
from bot.shared_rate_limit import RedisRateLimiter

REDIS_URL = os.environ.get("LOUHU_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
async def two_limiters() -> AsyncIterator[tuple[RedisRateLimiter, RedisRateLimiter]]:
    """Two workers' limiters sharing one key prefix of their own (so runs never meet)."""
    prefix = f"louhu-test:{uuid.uuid4().hex}"
    limiters = (
        RedisRateLimiter.from_url(REDIS_URL, prefix=prefix),
        RedisRateLimiter.from_url(REDIS_URL, prefix=prefix),
    )
    try:
        await limiters[0]._redis.ping()
    except Exception as exc:
        await limiters[0].close()
        await limiters[1].close()
        if os.environ.get("CI"):
            raise
        pytest.skip(f"Redis at {REDIS_URL} is not reachable ({exc})")
    try:
        yield limiters
    finally:
        keys = [key async for key in limiters[0]._redis.scan_iter(f"{prefix}:*")]
        if keys:
            await limiters[0]._redis.delete(*keys)
        for limiter in limiters:
            await limiter.close()


async def test_two_workers_share_the_overall_thirty_a_second(
    two_limiters: tuple[RedisRateLimiter, RedisRateLimiter],
) -> None:
    a, b = two_limiters
    start = time.monotonic()
    slots = []
    for i in range(90):  # 90 sends to 90 groups, the workers taking turns
        limiter = (a, b)[i % 2]
        before = time.monotonic()
        slot = await limiter.book(-1000 - i, before)
        after = time.monotonic()
        assert slot is not None
        slots.append((before + after) / 2 + slot - start)  # when it may leave (Redis' clock)
    slots.sort()
    cap = SendLimits().global_per_second
    # never more than 29 booked in any second, whichever worker booked them (the margin is the
    # round trip to Redis, whose clock times the bookings)
    gaps = [later - earlier for earlier, later in zip(slots, slots[cap:], strict=False)]
    assert min(gaps) >= 0.98
    assert slots[cap - 1] < 0.5  # the first 29 go at once
    assert 2.0 <= slots[-1] < 3.5  # 90 sends: three seconds' worth, not one per worker


async def test_two_workers_share_a_groups_twenty_a_minute(
    two_limiters: tuple[RedisRateLimiter, RedisRateLimiter],
) -> None:
    a, b = two_limiters
    now = time.monotonic()
    booked = [await (a, b)[i % 2].book(-42, now) for i in range(30)]
    limits = SendLimits()
    ordinary = limits.group_per_minute - limits.group_emergency_reserve
    assert sum(slot is not None for slot in booked) == ordinary  # 17 of 30, not 17 each
    # the worker told to wait holds the group back locally too (the outbox query leaves it out)
    assert -42 in a.held(time.monotonic()) and -42 in b.held(time.monotonic())
    # an emergency still has the group's reserve, booked by either worker
    urgent = [await (b, a)[i % 2].book(-42, now, urgent=True) for i in range(5)]
    assert sum(slot is not None for slot in urgent) == limits.group_emergency_reserve


async def test_two_workers_share_a_private_chats_one_a_second(
    two_limiters: tuple[RedisRateLimiter, RedisRateLimiter],
) -> None:
    a, b = two_limiters
    now = time.monotonic()
    booked = [await (a, b)[i % 2].book(777, now) for i in range(6)]
    assert sum(slot is not None for slot in booked) == SendLimits().private_burst
    assert b.chat_delay(777, time.monotonic()) > 0.5


async def test_redis_unreachable_books_in_process() -> None:
    """A worker that cannot reach Redis keeps sending, within the whole limit by itself."""
    limiter = RedisRateLimiter.from_url("redis://127.0.0.1:1/0", prefix="louhu-test:down")
    try:
        now = time.monotonic()
        slots = [await limiter.book(-1, now) for _ in range(3)]
        assert slots == [0.0, 0.0, 0.0]
        assert limiter.chat_delay(-1, now) == 0.0
    finally:
        await limiter.close()
