"""The sender's copy of Telegram's limits."""

from __future__ import annotations

import pytest

from bot.rate_limit import SendLimits, SendRateLimiter


def test_private_chat_allows_a_short_burst_then_one_a_second() -> None:
    limiter = SendRateLimiter(SendLimits(private_per_second=1.0, private_burst=3))
    for _ in range(3):
        assert limiter.chat_delay(42, 100.0) == 0.0
        limiter.record(42, 100.0)
    assert limiter.chat_delay(42, 100.0) == pytest.approx(1.0)
    assert limiter.chat_delay(42, 100.5) == pytest.approx(0.5)
    assert limiter.chat_delay(42, 101.0) == 0.0
    assert limiter.chat_delay(43, 100.0) == 0.0  # other chats are not held up


def test_group_allows_twenty_a_minute() -> None:
    limiter = SendRateLimiter(SendLimits(group_per_minute=20, group_emergency_reserve=0))
    for i in range(20):
        assert limiter.chat_delay(-100, 10.0 + i) == 0.0
        limiter.record(-100, 10.0 + i)
    assert limiter.chat_delay(-100, 30.0) == pytest.approx(40.0)  # the first send ages out at 70
    assert limiter.chat_delay(-100, 70.0) == 0.0


def test_global_rate_counts_the_last_second_as_telegram_does() -> None:
    limiter = SendRateLimiter(SendLimits(global_per_second=3))
    for at in (5.0, 5.1, 5.2):
        assert limiter.global_delay(at) == 0.0
        limiter.record(1, at)
    assert limiter.global_delay(5.3) == pytest.approx(0.7)  # the send at 5.0 ages out at 6.0
    assert limiter.global_delay(6.0) == 0.0
    limiter.record(1, 6.0)
    assert limiter.global_delay(6.05) == pytest.approx(0.05)  # now the one at 5.1 must age out


def test_a_late_send_keeps_its_share_of_the_second() -> None:
    """A fixed spacing would lose the time a slow database write took; the window does not."""
    limiter = SendRateLimiter(SendLimits(global_per_second=2))
    limiter.record(1, 10.0)
    limiter.record(1, 10.9)  # late: the first slot's neighbour is free again at 11.0
    assert limiter.global_delay(11.0) == 0.0
    limiter.record(1, 11.0)
    assert limiter.global_delay(11.0) == pytest.approx(0.9)


def test_a_slot_booked_ahead_keeps_the_window_in_order() -> None:
    limiter = SendRateLimiter(SendLimits(global_per_second=2))
    limiter.record(1, 10.0)
    limiter.record(2, 10.5)
    delay = limiter.global_delay(10.6)
    assert delay == pytest.approx(0.4)
    limiter.record(3, 10.6 + delay)  # booked for 11.0
    assert limiter.global_delay(10.7) == pytest.approx(0.8)  # after 10.5 ages out at 11.5


def test_ordinary_traffic_leaves_a_groups_reserve_to_emergencies() -> None:
    limiter = SendRateLimiter(SendLimits(group_per_minute=20, group_emergency_reserve=3))
    for i in range(17):
        assert limiter.chat_delay(-100, 10.0 + i) == 0.0
        limiter.record(-100, 10.0 + i)
    assert limiter.chat_delay(-100, 27.0) == pytest.approx(43.0)  # ordinary: the first ages out
    for i in range(3):  # an emergency still goes at once, three times
        assert limiter.chat_delay(-100, 27.0 + i, urgent=True) == 0.0
        limiter.record(-100, 27.0 + i)
    assert limiter.chat_delay(-100, 30.0, urgent=True) == pytest.approx(40.0)  # 20 is Telegram's
    # ordinary traffic now needs 20 - 17 + 1 = 4 sends to age out: the 4th, sent at 13
    assert limiter.chat_delay(-100, 30.0) == pytest.approx(43.0)


def test_held_lists_waiting_chats_and_forgets_free_ones() -> None:
    limiter = SendRateLimiter(SendLimits(group_per_minute=20, group_emergency_reserve=3))
    for _ in range(17):
        limiter.record(-100, 10.0)
    for _ in range(3):
        limiter.record(42, 10.0)
    limiter.record(43, 10.0)
    assert limiter.held(10.0) == {-100: pytest.approx(60.0), 42: pytest.approx(1.0)}
    assert limiter.held(10.0, urgent=True) == {42: pytest.approx(1.0)}
    assert limiter.held(71.0) == {}
    assert limiter._groups == {} and limiter._private == {}
