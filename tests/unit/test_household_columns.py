"""The one column list: headers in zh and en, staff's own headers, cells written and read back."""

from __future__ import annotations

from datetime import date

import pytest

from domain.household_columns import (
    BY_KEY,
    COLUMNS,
    LedgerRow,
    column_for,
    format_row,
    header_row,
)
from domain.ledger_import import read_rows
from domain.ledger_terms import LedgerValueError, QuarantineType
from models.households import Need, QuarantineKind

TODAY = date(2026, 12, 5)
FULL = LedgerRow(
    flat="3-2-501",
    building="3号楼",
    people=3,
    language="en",
    phone="+86 138-0013-8000",
    needs=(Need.LIVING_ALONE, Need.ELDERLY),
    note="心脏病",
    start=date(2026, 12, 3),
    type=QuarantineType(QuarantineKind.HOME_THEN_MONITOR, 16),
    volunteer="@bob_helps",
)


def test_columns_in_the_order_files_carry_them() -> None:
    assert [c.key for c in COLUMNS] == [
        "building",
        "flat",
        "people",
        "language",
        "phone",
        "needs",
        "note",
        "start",
        "type",
        "volunteer",
    ]
    assert header_row("zh")[:3] == ["楼栋", "房号", "人数"]
    assert header_row("en", with_building=False)[:2] == ["flat", "people"]


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("房号", "flat"),
        ("门牌号", "flat"),
        (" Flat ", "flat"),
        ("联系电话", "phone"),
        ("手机号码", "phone"),
        ("Phone", "phone"),
        ("重点人群", "needs"),
        ("隔离开始日期", "start"),
        ("Quarantine Start", "start"),
        ("隔离方式", "type"),
        ("隔离天数", "type"),
        ("户内人数（人）", "people"),
        ("备注：", "note"),
        ("包户志愿者", "volunteer"),
        ("负责志愿者", "volunteer"),
        ("Paired volunteer", "volunteer"),
    ],
)
def test_headers_staff_use(header: str, key: str) -> None:
    column = column_for(header)
    assert column is not None and column.key == key


@pytest.mark.parametrize(
    ("cell", "read"),
    [("@bob_helps", "@bob_helps"), ("bob_helps", "@bob_helps"), (" 123456789 ", "123456789")],
)
def test_a_paired_volunteer_is_a_username_or_an_id(cell: str, read: str) -> None:
    assert BY_KEY["volunteer"].parse(cell, TODAY) == read


@pytest.mark.parametrize("cell", ["Bob 李", "@", "１２３", "0", "@bob-helps", "@1bob", str(2**53)])
def test_a_volunteer_cell_that_names_nobody_is_refused(cell: str) -> None:
    with pytest.raises(LedgerValueError) as raised:
        BY_KEY["volunteer"].parse(cell, TODAY)
    assert raised.value.field == "volunteer" and raised.value.value == cell


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_cell_reads_back_as_written(lang: str) -> None:
    cells = format_row(FULL, lang)
    read = {c.key: c.parse(cell, TODAY) for c, cell in zip(COLUMNS, cells, strict=True)}
    assert LedgerRow(**read) == FULL


def test_rows_read_with_their_spreadsheet_numbers() -> None:
    table = [
        ["隔离台账"],
        ["房号", "人数", "隔离天数", "序号"],
        ["3-2-501", "3", "", "1"],
        ["", "", "", ""],
        ["3-2-502", "x", "10", "2"],
        ["3幢2单元501", "1", "", "3"],
    ]
    plan = read_rows(table, today=TODAY, building="3号楼")
    assert plan.ignored == ["序号"]
    assert [(r.row, r.data.flat, r.filled) for r in plan.rows] == [
        (3, "3-2-501", frozenset({"flat", "people"}))
    ]
    assert [(p.row, p.kind, p.column, p.value) for p in plan.problems] == [
        (5, "bad", "人数", "x"),
        (5, "no_start", "隔离天数", "10"),
        (6, "duplicate", "房号", "3-2-501"),
    ]


def test_a_value_repeated_down_the_list_is_read_for_every_row() -> None:
    """read_rows reads each distinct cell once: a bad one repeated is still a problem on each
    row that has it, and a good one is the value of each row."""
    table = [
        ["楼栋", "房号", "人数", "隔离开始日期", "隔离类型"],
        ["3号楼", "3-2-501", "x", "2026-03-14", "7+7"],
        ["5号楼", "3-2-501", "2", "2026-03-14", "7+7"],
        ["3号楼", "3-2-502", "x", "2026-03-14", "七天"],
        ["3号楼", "3-2-503", "2", "2026-03-14", "七天"],
    ]
    plan = read_rows(table, today=date(2026, 3, 15), building=None)
    assert [(r.row, r.data.building, r.data.people, r.data.start) for r in plan.rows] == [
        (3, "5号楼", 2, date(2026, 3, 14))
    ]
    assert plan.rows[0].data.type == QuarantineType(QuarantineKind.HOME_THEN_MONITOR, 14)
    assert [(p.row, p.column, p.value) for p in plan.problems] == [
        (2, "人数", "x"),
        (4, "人数", "x"),
        (4, "隔离类型", "七天"),
        (5, "隔离类型", "七天"),
    ]
