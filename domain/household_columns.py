"""THE column list of the household ledger, shared by every importer and exporter (and /household).

Each column: its key, the header written in Chinese and in English, the other headers staff's
own lists use for it, how a cell is read (raising LedgerValueError naming the value) and how a
record is written back. The import reads whatever the export writes, in either language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.ledger_terms import (
    LedgerValueError,
    QuarantineType,
    format_date,
    format_needs,
    format_quarantine_type,
    parse_date,
    parse_language,
    parse_needs,
    parse_people,
    parse_phone,
    parse_quarantine_type,
)
from domain.understanding.flats import parse_flat
from models.households import Need

MAX_NOTE = 500
MAX_BUILDING = 128


@dataclass(frozen=True)
class LedgerRow:
    """One household as a ledger file holds it; None is an empty cell."""

    flat: str
    building: str | None = None
    people: int | None = None
    language: str | None = None
    phone: str | None = None
    needs: tuple[Need, ...] | None = None
    note: str | None = None
    start: date | None = None
    type: QuarantineType | None = None
    volunteer: str | None = None
    """包户: the paired volunteer as "@username" or a Telegram id (resolved by the import)."""


def _flat(text: str, today: date) -> str:
    flat = parse_flat(text)
    if flat is None:
        raise LedgerValueError("flat", text)
    return flat


def _building(text: str, today: date) -> str:
    name = " ".join(text.split())
    if not name or len(name) > MAX_BUILDING:
        raise LedgerValueError("building", text)
    return name


def _note(text: str, today: date) -> str:
    note = text.strip()
    if len(note) > MAX_NOTE:
        raise LedgerValueError("note", text[:40] + "…")
    return note


def _type(text: str, today: date) -> QuarantineType:
    # a "隔离天数" column holds a bare number of days
    cleaned = text.strip()
    if cleaned.isascii() and cleaned.isdigit():
        cleaned += "d"
    try:
        return parse_quarantine_type(cleaned)
    except LedgerValueError as exc:
        raise LedgerValueError(exc.field, text) from None


MAX_TELEGRAM_ID = 2**52
_USERNAME = re.compile(r"@?([A-Za-z][A-Za-z0-9_]{0,31})")


def _volunteer(text: str, today: date) -> str:
    """A volunteer named by @username (the @ optional) or by Telegram id (ASCII digits)."""
    cleaned = text.strip()
    if cleaned.isascii() and cleaned.isdigit() and 0 < int(cleaned) <= MAX_TELEGRAM_ID:
        return str(int(cleaned))
    match = _USERNAME.fullmatch(cleaned)
    if match is None:
        raise LedgerValueError("volunteer", text)
    return "@" + match[1]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Column:
    """One column of the ledger file."""

    key: str
    zh: str
    en: str
    aliases: tuple[str, ...]
    parse: Callable[[str, date], Any]
    """A non-empty cell as the value LedgerRow holds; LedgerValueError if it cannot be read."""
    format: Callable[[LedgerRow, str], str]
    """The cell written for a record, in a language (zh or en)."""
    headers: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        names = (self.key, self.zh, self.en, *self.aliases)
        object.__setattr__(self, "headers", frozenset(normalize_header(n) for n in names))

    def header(self, lang: str) -> str:
        """The header this column is written under."""
        return self.zh if lang == "zh" else self.en


def normalize_header(text: str) -> str:
    """A header as compared: lower case; no spaces, stars, colons or bracketed units."""
    text = re.sub(r"[(（][^)）]*[)）]", "", text.strip().lower())  # 人数（人）, start (YYYY-MM-DD)
    return re.sub(r"[\s*＊:：_\-]+", "", text)


COLUMNS: tuple[Column, ...] = (
    Column(
        "building",
        "楼栋",
        "building",
        ("楼号", "楼", "楼宇", "幢", "栋", "building name"),
        _building,
        lambda row, lang: _text(row.building),
    ),
    Column(
        "flat",
        "房号",
        "flat",
        (
            "门牌号",
            "房间号",
            "户号",
            "住址",
            "地址",
            "住户",
            "unit",
            "room",
            "apartment",
            "address",
        ),
        _flat,
        lambda row, lang: row.flat,
    ),
    Column(
        "people",
        "人数",
        "people",
        ("户内人数", "人口", "居住人数", "persons", "household size", "residents"),
        lambda text, today: parse_people(text),
        lambda row, lang: _text(row.people),
    ),
    Column(
        "language",
        "语言",
        "language",
        ("lang", "使用语言"),
        lambda text, today: parse_language(text),
        lambda row, lang: _text(row.language),
    ),
    Column(
        "phone",
        "电话",
        "phone",
        ("联系电话", "手机", "手机号", "手机号码", "电话号码", "mobile", "tel", "telephone"),
        lambda text, today: parse_phone(text),
        lambda row, lang: _text(row.phone),
    ),
    Column(
        "needs",
        "特殊需求",
        "needs",
        ("需求", "重点人群", "人群类别", "特殊人群", "special needs"),
        lambda text, today: parse_needs(text),
        lambda row, lang: format_needs(row.needs or (), lang),
    ),
    Column(
        "note",
        "备注",
        "note",
        ("台账备注", "notes", "remark", "remarks"),
        _note,
        lambda row, lang: _text(row.note),
    ),
    Column(
        "start",
        "隔离开始日期",
        "quarantine start",
        ("开始日期", "起始日期", "隔离起始日期", "隔离日期", "start", "start date", "start_date"),
        parse_date,
        lambda row, lang: format_date(row.start) if row.start else "",
    ),
    Column(
        "type",
        "隔离类型",
        "quarantine type",
        ("类型", "隔离方式", "管控类型", "隔离天数", "type", "days", "quarantine days"),
        _type,
        lambda row, lang: format_quarantine_type(row.type, lang) if row.type else "",
    ),
    Column(
        "volunteer",
        "包户志愿者",
        "paired volunteer",
        ("包户", "包户人", "包户人员", "负责志愿者", "志愿者", "volunteer"),
        _volunteer,
        lambda row, lang: _text(row.volunteer),
    ),
)
BY_KEY = {column.key: column for column in COLUMNS}
_BY_HEADER = {header: column for column in COLUMNS for header in column.headers}


def column_for(header: str) -> Column | None:
    """The column a header (or a /household key such as 电话, phone, lang) names, if any."""
    return _BY_HEADER.get(normalize_header(header))


def header_row(lang: str, *, with_building: bool = True) -> list[str]:
    """The headers an export writes."""
    return [c.header(lang) for c in COLUMNS if with_building or c.key != "building"]


def format_row(row: LedgerRow, lang: str, *, with_building: bool = True) -> list[str]:
    """The cells an export writes for one household."""
    return [c.format(row, lang) for c in COLUMNS if with_building or c.key != "building"]
