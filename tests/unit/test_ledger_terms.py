"""What staff type for the ledger, in zh and en: dates, types, needs, languages, people, phones."""

from __future__ import annotations

from datetime import date

import pytest

from domain.ledger_terms import (
    DEFAULT_TYPE,
    LedgerValueError,
    QuarantineType,
    format_needs,
    format_quarantine_type,
    looks_like_date,
    parse_date,
    parse_language,
    parse_needs,
    parse_people,
    parse_phone,
    parse_quarantine_type,
)
from models.households import Need, QuarantineKind

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-03", date(2026, 12, 3)),
        ("2026/12/3", date(2026, 12, 3)),
        ("2026.12.03", date(2026, 12, 3)),
        ("2026年12月3日", date(2026, 12, 3)),
        ("12-03", date(2026, 12, 3)),
        ("12/3", date(2026, 12, 3)),
        ("12月3日", date(2026, 12, 3)),
        ("12月3号", date(2026, 12, 3)),
        ("1/2", date(2027, 1, 2)),  # nearest to 5 December is next January
        ("今天", TODAY),
        ("明天", date(2026, 12, 6)),
        ("Yesterday", date(2026, 12, 4)),
    ],
)
def test_dates_staff_write(text: str, expected: date) -> None:
    assert looks_like_date(text)
    assert parse_date(text, TODAY) == expected


def test_year_less_date_in_january_is_last_december() -> None:
    assert parse_date("12/30", date(2027, 1, 2)) == date(2026, 12, 30)


@pytest.mark.parametrize(
    "text", ["13/45", "2026-02-30", "12-3-5", "明年", "１２/３", "3-2-501", ""]
)
def test_bad_dates_name_the_value(text: str) -> None:
    with pytest.raises(LedgerValueError) as caught:
        parse_date(text, TODAY)
    assert caught.value.field == "date" and caught.value.value == text


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("居家隔离", QuarantineKind.HOME, 14),
        ("home", QuarantineKind.HOME, 14),
        ("Home Quarantine", QuarantineKind.HOME, 14),
        ("7+7", QuarantineKind.HOME_THEN_MONITOR, 14),
        ("7＋7", QuarantineKind.HOME_THEN_MONITOR, 14),
        ("居家健康监测", QuarantineKind.HOME_THEN_MONITOR, 14),
        ("home_monitor", QuarantineKind.HOME_THEN_MONITOR, 14),
        ("10天", QuarantineKind.CUSTOM, 10),
        ("10d", QuarantineKind.CUSTOM, 10),
        ("10 days", QuarantineKind.CUSTOM, 10),
        ("居家隔离 17天", QuarantineKind.HOME, 17),
        ("home 17d", QuarantineKind.HOME, 17),
        ("7+7 20天", QuarantineKind.HOME_THEN_MONITOR, 20),
        ("custom 5d", QuarantineKind.CUSTOM, 5),
    ],
)
def test_quarantine_types(text: str, kind: QuarantineKind, days: int) -> None:
    assert parse_quarantine_type(text) == QuarantineType(kind, days)


@pytest.mark.parametrize("text", ["", "vacation", "custom", "0天", "61d", "10", "十天", "home 3x"])
def test_bad_types_refused(text: str) -> None:
    with pytest.raises(LedgerValueError):
        parse_quarantine_type(text)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    "value",
    [
        DEFAULT_TYPE,
        QuarantineType(QuarantineKind.HOME, 17),
        QuarantineType(QuarantineKind.HOME_THEN_MONITOR, 14),
        QuarantineType(QuarantineKind.HOME_THEN_MONITOR, 16),
        QuarantineType(QuarantineKind.CUSTOM, 10),
        QuarantineType(QuarantineKind.CUSTOM, 14),
    ],
)
def test_type_written_back_reads_the_same(value: QuarantineType, lang: str) -> None:
    assert parse_quarantine_type(format_quarantine_type(value, lang)) == value


def test_needs_in_zh_and_en() -> None:
    assert parse_needs("独居,老人") == (Need.LIVING_ALONE, Need.ELDERLY)
    assert parse_needs("高龄 慢性病、透析") == (Need.ELDERLY, Need.CHRONIC, Need.DIALYSIS)
    assert parse_needs("孕妇/残疾") == (Need.PREGNANCY, Need.DISABILITY)
    assert parse_needs("独居老人") == (Need.LIVING_ALONE, Need.ELDERLY)
    assert parse_needs("elderly,living_alone") == (Need.LIVING_ALONE, Need.ELDERLY)
    assert parse_needs("无") == () and parse_needs("") == ()
    with pytest.raises(LedgerValueError) as caught:
        parse_needs("老人,富豪")
    assert caught.value.value == "富豪"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_needs_written_back_read_the_same(lang: str) -> None:
    every = tuple(Need)
    assert parse_needs(format_needs(every, lang)) == every


def test_language_people_phone() -> None:
    assert parse_language("English") == "en" and parse_language("中文") == "zh"
    assert parse_language("双语") == "both" and parse_language("") is None
    assert parse_people("3") == 3 and parse_people("3人") == 3
    assert parse_phone("+86 138-0013-8000") == "+86 138-0013-8000"
    with pytest.raises(LedgerValueError):
        parse_language("fr")
    for bad in ("three", "0", "100", "３"):
        with pytest.raises(LedgerValueError):
            parse_people(bad)
    for bad in ("138abc", "12", "１３８００１３８０００"):
        with pytest.raises(LedgerValueError):
            parse_phone(bad)
