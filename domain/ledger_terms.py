"""The words staff type for the ledger: dates, quarantine types, needs, languages, people, phones.

Parsers take what a staff member would write in a command or a spreadsheet cell, in Chinese or
English, and raise LedgerValueError naming the value; formatters write the canonical words back
(the import reads whatever the export writes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from models.households import Need, QuarantineKind

DEFAULT_DAYS = 14
MAX_DAYS = 60
MAX_PEOPLE = 99
LEDGER_LANGUAGES = ("zh", "en", "both")


class LedgerValueError(ValueError):
    """A value staff typed that cannot be read; `field` says which, `value` is as typed."""

    def __init__(self, field: str, value: str) -> None:
        super().__init__(f"{field}: {value!r}")
        self.field = field
        self.value = value


# --- dates -----------------------------------------------------------------------------------

_FULL_DATE = re.compile(r"^([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*[日号]?$")
_SHORT_DATE = re.compile(r"^([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*[日号]?$")
_RELATIVE_DAYS = {
    "今天": 0,
    "今日": 0,
    "today": 0,
    "明天": 1,
    "明日": 1,
    "tomorrow": 1,
    "昨天": -1,
    "昨日": -1,
    "yesterday": -1,
}


def parse_date(text: str, today: date) -> date:
    """2026-12-03, 2026/12/3, 2026年12月3日, 12-03, 12/3, 12月3日, 今天/明天/昨天 as a date.

    A date without a year is the one nearest to `today` (12/30 typed on 1 January is last year).
    """
    cleaned = text.strip().lower()
    if cleaned in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[cleaned])
    try:
        if full := _FULL_DATE.match(cleaned):
            return date(int(full[1]), int(full[2]), int(full[3]))
        if short := _SHORT_DATE.match(cleaned):
            month, day = int(short[1]), int(short[2])
            candidates = []
            for year in (today.year - 1, today.year, today.year + 1):
                try:
                    candidates.append(date(year, month, day))
                except ValueError:  # 2月29日 in a year without it
                    continue
            if candidates:
                return min(candidates, key=lambda d: abs((d - today).days))
    except ValueError:
        pass
    raise LedgerValueError("date", text)


def looks_like_date(text: str) -> bool:
    """Whether a word is written as a date (so a command can tell it from a type)."""
    cleaned = text.strip().lower()
    return bool(
        cleaned in _RELATIVE_DAYS or _FULL_DATE.match(cleaned) or _SHORT_DATE.match(cleaned)
    )


def format_date(value: date) -> str:
    """The ISO form every importer reads back."""
    return value.isoformat()


# --- quarantine types ------------------------------------------------------------------------

KIND_WORDS: dict[QuarantineKind, tuple[str, ...]] = {
    QuarantineKind.HOME: (
        "居家隔离",
        "居家",
        "隔离",
        "14天居家隔离",
        "home",
        "homequarantine",
        "quarantine",
    ),
    QuarantineKind.HOME_THEN_MONITOR: (
        "7+7",
        "居家健康监测",
        "健康监测",
        "居家观察",
        "7天居家观察+7天健康监测",
        "居家观察+健康监测",
        "home_monitor",
        "home+monitor",
        "monitor",
        "monitoring",
        "healthmonitoring",
        "observation",
        "homeobservation+healthmonitoring",
    ),
    QuarantineKind.CUSTOM: ("自定义", "custom"),
}
_KIND_BY_WORD = {word: kind for kind, words in KIND_WORDS.items() for word in words}
_DAYS_SUFFIX = re.compile(r"^(?P<kind>.*?)[,，/、]?(?P<days>[0-9]{1,4})(?:天|日|d|days?)$")
KIND_LABELS = {
    "zh": {
        QuarantineKind.HOME: "居家隔离",
        QuarantineKind.HOME_THEN_MONITOR: "7+7",
        QuarantineKind.CUSTOM: "",
    },
    "en": {
        QuarantineKind.HOME: "home",
        QuarantineKind.HOME_THEN_MONITOR: "7+7",
        QuarantineKind.CUSTOM: "",
    },
}
DAYS_UNIT = {"zh": "天", "en": "d"}


@dataclass(frozen=True)
class QuarantineType:
    """How a quarantine runs and for how many days."""

    kind: QuarantineKind
    days: int


DEFAULT_TYPE = QuarantineType(QuarantineKind.HOME, DEFAULT_DAYS)


def parse_quarantine_type(text: str) -> QuarantineType:
    """居家隔离 / home (14 days), 7+7 / 居家健康监测 (7 + 7), 10天 / 10d (custom), 居家隔离 17天."""
    cleaned = re.sub(r"\s+", "", text.strip().lower()).replace("＋", "+")
    if not cleaned:
        raise LedgerValueError("type", text)
    if cleaned in _KIND_BY_WORD:
        kind = _KIND_BY_WORD[cleaned]
        if kind == QuarantineKind.CUSTOM:  # a custom quarantine needs its number of days
            raise LedgerValueError("type", text)
        return QuarantineType(kind, DEFAULT_DAYS)
    match = _DAYS_SUFFIX.match(cleaned)
    if match is None:
        raise LedgerValueError("type", text)
    # "7+720天" is 7+7 for 20 days: the digits split where the rest is a known word (or none)
    number = match["days"]
    for cut in range(len(number)):
        word, days_text = match["kind"] + number[:cut], number[cut:]
        if word and word not in _KIND_BY_WORD:
            continue
        days = int(days_text)
        if not 1 <= days <= MAX_DAYS:
            raise LedgerValueError("days", text)
        return QuarantineType(_KIND_BY_WORD[word] if word else QuarantineKind.CUSTOM, days)
    raise LedgerValueError("type", text)


def format_quarantine_type(value: QuarantineType, lang: str) -> str:
    """居家隔离, 7+7, 10天, 居家隔离 17天 (or home, 7+7, 10d, home 17d): read back by the parser."""
    labels = KIND_LABELS.get(lang, KIND_LABELS["en"])
    word = labels[value.kind]
    days = f"{value.days}{DAYS_UNIT.get(lang, 'd')}"
    if not word:
        return days
    return word if value.days == DEFAULT_DAYS else f"{word} {days}"


# --- needs -----------------------------------------------------------------------------------

NEED_WORDS: dict[Need, tuple[str, ...]] = {
    Need.LIVING_ALONE: ("独居", "living_alone", "livingalone", "alone", "lives_alone"),
    Need.ELDERLY: (
        "老人",
        "高龄",
        "老年",
        "老年人",
        "高龄老人",
        "elderly",
        "elder",
        "senior",
        "old",
    ),
    Need.CHRONIC: ("慢性病", "慢病", "基础病", "chronic", "chronic_illness", "chronicillness"),
    Need.DIALYSIS: ("透析", "血透", "dialysis"),
    Need.PREGNANCY: ("孕妇", "怀孕", "孕期", "pregnant", "pregnancy"),
    Need.DISABILITY: ("残疾", "残障", "残疾人", "disability", "disabled"),
}
# Words that name two needs at once, as ledgers write them.
NEED_COMPOUNDS: dict[str, tuple[Need, ...]] = {
    "独居老人": (Need.LIVING_ALONE, Need.ELDERLY),
}
NO_NEEDS = ("-", "—", "无", "没有", "none", "no")
_NEED_BY_WORD = {word: need for need, words in NEED_WORDS.items() for word in words}
NEED_LABELS = {
    "zh": {
        Need.LIVING_ALONE: "独居",
        Need.ELDERLY: "老人",
        Need.CHRONIC: "慢性病",
        Need.DIALYSIS: "透析",
        Need.PREGNANCY: "孕妇",
        Need.DISABILITY: "残疾",
    },
    "en": {need: need.value for need in Need},
}


def parse_needs(text: str) -> tuple[Need, ...]:
    """ "独居,老人" / "elderly living_alone" / "无" as needs in Need's order (empty clears)."""
    words = [w for w in re.split(r"[,，、;；/\s+]+", text.strip().lower()) if w]
    found: set[Need] = set()
    for word in words:
        if word in NO_NEEDS and len(words) == 1:
            return ()
        if word in NEED_COMPOUNDS:
            found.update(NEED_COMPOUNDS[word])
        elif word in _NEED_BY_WORD:
            found.add(_NEED_BY_WORD[word])
        else:
            raise LedgerValueError("needs", word)
    return tuple(need for need in Need if need in found)


def format_needs(needs: frozenset[Need] | tuple[Need, ...], lang: str) -> str:
    """Needs as words of one language, comma-separated ("" for none)."""
    labels = NEED_LABELS.get(lang, NEED_LABELS["en"])
    return ",".join(labels[need] for need in Need if need in needs)


def needs_column(needs: tuple[Need, ...]) -> str:
    """Needs as stored in households.needs (space-separated values)."""
    return " ".join(need.value for need in needs)


# --- language, people, phone -----------------------------------------------------------------

LANGUAGE_WORDS = {
    "zh": ("zh", "中文", "汉语", "普通话", "chinese", "cn"),
    "en": ("en", "english", "英文", "英语"),
    "both": ("both", "双语", "中英", "中英文", "zh+en", "bilingual"),
}
_LANGUAGE_BY_WORD = {word: lang for lang, words in LANGUAGE_WORDS.items() for word in words}


def parse_language(text: str) -> str | None:
    """zh / 中文, en / English, both / 双语 as a ledger language; "-" or "" for the group's."""
    cleaned = re.sub(r"\s+", "", text.strip().lower())
    if cleaned in ("", *NO_NEEDS):
        return None
    if cleaned not in _LANGUAGE_BY_WORD:
        raise LedgerValueError("language", text)
    return _LANGUAGE_BY_WORD[cleaned]


_PEOPLE = re.compile(r"^([0-9]{1,2})\s*(?:人|口|people|persons?)?$")


def parse_people(text: str) -> int:
    """ "3", "3人", "3 people" as a number of people (1–99, ASCII digits)."""
    match = _PEOPLE.match(text.strip().lower())
    if match is None or not 1 <= int(match[1]) <= MAX_PEOPLE:
        raise LedgerValueError("people", text)
    return int(match[1])


_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{3,30}$")


def parse_phone(text: str) -> str:
    """A phone number as written (digits, spaces, dashes, brackets, a leading +)."""
    cleaned = text.strip()
    digits = sum(ch.isascii() and ch.isdigit() for ch in cleaned)
    if not _PHONE.match(cleaned) or digits < 5 or len(cleaned) > 32:
        raise LedgerValueError("phone", text)
    return cleaned
