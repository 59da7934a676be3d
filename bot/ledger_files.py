"""Ledger files on disk: XLSX (openpyxl) and CSV, read as rows of text cells and written back."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

FORMATS = (".xlsx", ".csv")


class LedgerFileError(Exception):
    """A file that cannot be read or written as a ledger (the message says why)."""


def _cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 3.0 people, 13800138000.0 as a phone number
    return str(value).strip()


def _format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise LedgerFileError(f"{path.name}: use a .xlsx or .csv file")
    return suffix


def read_table(path: Path) -> list[list[str]]:
    """Every row of the file's first sheet (or the CSV) as text cells."""
    if _format(path) == ".csv":
        raw = path.read_bytes()
        # Excel in China saves CSV as GBK; everything else is UTF-8 (with or without a BOM).
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - gb18030 decodes any byte string
            raise LedgerFileError(f"{path.name}: not UTF-8 or GBK text")
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text))]
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not XLSX
        raise LedgerFileError(f"{path.name}: not a readable XLSX file ({exc})") from None
    try:
        sheet = workbook.worksheets[0]
        return [[_cell_text(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def write_table(path: Path, rows: list[list[str]]) -> None:
    """Write rows (header first) as XLSX or CSV (UTF-8 with a BOM, so Excel shows Chinese)."""
    if _format(path) == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as file:
            csv.writer(file).writerows(rows)
        return
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "ledger"
    for row in rows:
        # every cell as text: a phone number or 12-03 must not become a number or a date
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.number_format = "@"
    workbook.save(path)
