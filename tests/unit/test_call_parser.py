"""Reading /call as staff type it, in Chinese and in English."""

from __future__ import annotations

from datetime import date, time

import pytest

from domain.call_parser import CallParseError, CallProblem, CallRequest, parse_call, parse_slots

TODAY = date(2026, 12, 5)  # a Saturday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "核酸采样引导 明天 07:00-10:00 6人",
            CallRequest("核酸采样引导", date(2026, 12, 6), time(7), time(10), 6),
        ),
        (
            "送菜上楼 后天 8点-10点半 3名",
            CallRequest("送菜上楼", date(2026, 12, 7), time(8), time(10, 30), 3),
        ),
        (
            "搬物资 12月8日 09:00～11:00 4位",
            CallRequest("搬物资", date(2026, 12, 8), time(9), time(11), 4),
        ),
        (
            "消杀 周一 7:30到9:00 2人",
            CallRequest("消杀", date(2026, 12, 7), time(7, 30), time(9), 2),
        ),
        ("消杀 星期六 18:00-19:00 2", CallRequest("消杀", TODAY, time(18), time(19), 2)),
        ("今天 6 人 18:00 - 20:00 测温引导", CallRequest("测温引导", TODAY, time(18), time(20), 6)),
        ("测温 12-08 08:00-09:00 1", CallRequest("测温", date(2026, 12, 8), time(8), time(9), 1)),
        ("无日期 20:00-21:00 2人", CallRequest("无日期", TODAY, time(20), time(21), 2)),
        (
            "sampling guides tomorrow 07:00-10:00 6",
            CallRequest("sampling guides", date(2026, 12, 6), time(7), time(10), 6),
        ),
        (
            "carry water day after tomorrow 9:00~11:00 4 volunteers",
            CallRequest("carry water", date(2026, 12, 7), time(9), time(11), 4),
        ),
        (
            "guides mon 7:00 - 9:00 2 people",
            CallRequest("guides", date(2026, 12, 7), time(7), time(9), 2),
        ),
        (
            "guides Friday 7:00-9:00 3",
            CallRequest("guides", date(2026, 12, 11), time(7), time(9), 3),
        ),
        (
            "guides 2027-01-02 7:00-9:00 3",
            CallRequest("guides", date(2027, 1, 2), time(7), time(9), 3),
        ),
        (
            "6 tomorrow 07:00-10:00 door guides",
            CallRequest("door guides", date(2026, 12, 6), time(7), time(10), 6),
        ),
    ],
)
def test_calls_are_read(text: str, expected: CallRequest) -> None:
    assert parse_call(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("核酸采样引导 明天 6人", CallProblem.NO_TIME),
        ("核酸采样引导 明天 07:00-10:00", CallProblem.NO_SLOTS),
        ("明天 07:00-10:00 6人", CallProblem.NO_TASK),
        ("引导 明天 10:00-07:00 6人", CallProblem.BAD_TIME),
        ("引导 明天 25:00-26:00 6人", CallProblem.BAD_TIME),
        ("引导 13月40日 07:00-08:00 6人", CallProblem.BAD_DATE),
        ("引导 12月1日 07:00-08:00 6人", CallProblem.PAST),
        ("guides tomorrow 07:00-10:00 0", CallProblem.TOO_MANY),
        ("guides tomorrow 07:00-10:00 51", CallProblem.TOO_MANY),
        ("guides tomorrow 7-10", CallProblem.NO_SLOTS),
    ],
)
def test_bad_calls_say_what_is_wrong(text: str, problem: CallProblem) -> None:
    with pytest.raises(CallParseError) as raised:
        parse_call(text, TODAY)
    assert raised.value.problem is problem


def test_slot_counts() -> None:
    assert parse_slots("+2") == 2 and parse_slots("3人") == 3 and parse_slots("two") is None
