"""Reading a 吹哨 call as staff type it: `/call 核酸采样引导 明天 07:00-10:00 6人`.

The task is every word that is not the date, the time range or the number of volunteers, which
may come in any order. Pure: the community's today is given.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, time, timedelta

MAX_SLOTS = 50
"""More names than this would not fit the message with its buttons; a call that big is two."""
MAX_TITLE = 128


class CallProblem(enum.StrEnum):
    """Why a call could not be read; each has a text (call-problem-*) in locales/."""

    NO_TASK = "no-task"
    NO_TIME = "no-time"
    NO_SLOTS = "no-slots"
    BAD_TIME = "bad-time"
    BAD_DATE = "bad-date"
    PAST = "past"
    TOO_MANY = "too-many"


class CallParseError(ValueError):
    """A call that cannot be read, and why."""

    def __init__(self, problem: CallProblem, text: str = "") -> None:
        super().__init__(f"{problem}: {text}")
        self.problem = problem
        self.text = text


@dataclass(frozen=True)
class CallRequest:
    """What a call asks for, in the community's local time."""

    title: str
    day: date
    start: time
    end: time
    slots: int


_WEEKDAYS = {
    **{
        f"{prefix}{d}": i
        for prefix in ("周", "星期", "礼拜")
        for i, d in enumerate("一二三四五六日")
    },
    "周天": 6,
    "星期天": 6,
    "礼拜天": 6,
    **{name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{
        name: i
        for i, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    "tues": 1,
    "thur": 3,
    "thurs": 3,
}
_RELATIVE = {"今天": 0, "今日": 0, "today": 0, "明天": 1, "明日": 1, "tomorrow": 1, "后天": 2}
_DAY_AFTER = re.compile(r"\bday\s+after\s+tomorrow\b", re.IGNORECASE)
_CLOCK = r"(\d{1,2})(?:[:：](\d{2})|点(?:(\d{1,2})分?|半)?)?"
_RANGE = re.compile(rf"^{_CLOCK}\s*(?:-|–|—|~|～|〜|到|至|to)\s*{_CLOCK}$", re.IGNORECASE)
_MONTH_DAY = re.compile(r"^(\d{1,2})月(\d{1,2})[日号]?$")
_DASHED = re.compile(r"^(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})$")
_SLOTS = re.compile(
    r"^(\d{1,4})\s*(?:人|名|位|个人|个|people|persons|volunteers|volunteer|slots|slot)?$",
    re.IGNORECASE,
)
_SLOT_WORDS = ("people", "persons", "volunteers", "volunteer", "slots", "slot")
_SPACED_RANGE = re.compile(r"(\d)\s*(-|–|—|~|～|〜|到|至)\s*(\d)")


def _clock(hours: str, minutes: str | None, dot_minutes: str | None, whole: str) -> time:
    h = int(hours)
    m = int(minutes or dot_minutes or 0)
    if whole.endswith("半"):
        m = 30
    if h > 24 or m > 59 or (h == 24 and m):
        raise CallParseError(CallProblem.BAD_TIME, whole)
    return time(0, 0) if h == 24 else time(h, m)


def parse_range(token: str) -> tuple[time, time] | None:
    """ "07:00-10:00", "7点-10点", "8点半到10点" as (start, end); None if not a range."""
    match = _RANGE.match(token)
    if match is None:
        return None
    h1, m1, d1, h2, m2, d2 = match.groups()
    first, _, second = re.split(r"(-|–|—|~|～|〜|到|至|to)", token, maxsplit=1, flags=re.I)
    start = _clock(h1, m1, d1, first.strip())
    end = _clock(h2, m2, d2, second.strip())
    if end <= start:
        raise CallParseError(CallProblem.BAD_TIME, token)
    return start, end


def _date_word(token: str, today: date) -> date | None:
    word = token.lower()
    if word in _RELATIVE:
        return today + timedelta(days=_RELATIVE[word])
    if word in _WEEKDAYS:
        ahead = (_WEEKDAYS[word] - today.weekday()) % 7
        return today + timedelta(days=ahead)
    match = _MONTH_DAY.match(token)
    if match is not None:
        return _on(today, None, int(match[1]), int(match[2]), token)
    match = _DASHED.match(token)
    if match is not None:
        year = int(match[1]) if match[1] else None
        return _on(today, year, int(match[2]), int(match[3]), token)
    return None


def _on(today: date, year: int | None, month: int, day: int, token: str) -> date:
    try:
        return date(year or today.year, month, day)
    except ValueError:
        raise CallParseError(CallProblem.BAD_DATE, token) from None


def _tokens(text: str) -> list[str]:
    text = _DAY_AFTER.sub(" 后天 ", text)
    text = _SPACED_RANGE.sub(r"\1\2\3", text)  # "07:00 - 10:00" is one range
    text = re.sub(r"(\d)\s+(人|名|位)", r"\1\2", text)  # "6 人"
    # "6 people" is one count
    text = re.sub(rf"(\d)\s+({'|'.join(_SLOT_WORDS)})\b", r"\1\2", text, flags=re.IGNORECASE)
    return text.replace("，", " ").replace(",", " ").split()


def parse_call(text: str, today: date) -> CallRequest:
    """The call in `text` (what follows /call); CallParseError says what is missing or wrong.

    A weekday is the next one from today (today itself included); a date without a year is
    this year's. No date means today.
    """
    day: date | None = None
    window: tuple[time, time] | None = None
    slots: int | None = None
    title: list[str] = []
    for token in _tokens(text):
        try:
            found_range = parse_range(token)
        except CallParseError:
            if re.search(r"[:：点]", token) or _date_word(token, today) is None:
                raise
            found_range = None  # "12-08" is no range of hours: a date
        if found_range is not None and window is None:
            window = found_range
            continue
        found_day = _date_word(token, today)
        if found_day is not None and day is None:
            day = found_day
            continue
        match = _SLOTS.match(token)
        if match is not None and slots is None and (window is not None or not _is_clock(token)):
            slots = int(match[1])
            continue
        title.append(token)
    if window is None:
        raise CallParseError(CallProblem.NO_TIME)
    if slots is None:
        raise CallParseError(CallProblem.NO_SLOTS)
    if slots < 1 or slots > MAX_SLOTS:
        raise CallParseError(CallProblem.TOO_MANY, str(slots))
    task = " ".join(title).strip()
    if not task:
        raise CallParseError(CallProblem.NO_TASK)
    day = day or today
    if day < today:
        raise CallParseError(CallProblem.PAST, day.isoformat())
    return CallRequest(task[:MAX_TITLE], day, window[0], window[1], slots)


def _is_clock(token: str) -> bool:
    return bool(re.match(r"^\d{1,2}[:：]\d{2}$", token))


def parse_slots(text: str) -> int | None:
    """ "6", "6人", "+2" as a number of volunteers (more, for +); None if not one."""
    match = _SLOTS.match(text.strip().lstrip("+"))
    return int(match[1]) if match else None
