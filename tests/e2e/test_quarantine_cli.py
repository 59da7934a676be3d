"""`python -m bot quarantine import|export` as staff use it: round trips, dry runs, bad rows."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook

from bot.quarantine_cli import main
from domain.clock import FakeClock
from domain.household_ledger import update_household
from domain.ledger_import import community_buildings
from domain.ledger_terms import QuarantineType
from domain.quarantine_registry import end_quarantine, extend_quarantine, register_quarantine
from models.db import create_engine, create_sessionmaker
from models.households import QuarantineKind
from tests.support.registry import active_ledger, make_community, read_ledger

ROOT = Path(__file__).resolve().parents[2]
COMMUNITY = "幸福里"


def _today() -> date:
    return datetime.now(UTC).astimezone(ZoneInfo("Asia/Shanghai")).date()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """An empty database with buildings 3号楼 and 5号楼 of 幸福里, used by the CLI."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'ledger.db'}"
    asyncio.run(make_community(url, COMMUNITY, ["3号楼", "5号楼"]))
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    monkeypatch.setenv("TIMEZONE", "Asia/Shanghai")
    return url


def _cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out)
    return code, out.getvalue()


async def _seed(url: str) -> None:
    """A ledger with every kind of value and quarantine, one ended."""
    today = _today()
    clock = FakeClock(datetime.now(UTC))
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            buildings = await community_buildings(session, COMMUNITY)
            b3, b5 = buildings["3号楼"].id, buildings["5号楼"].id
            records: list[tuple[int, str, dict[str, Any]]] = [
                (b3, "3-2-501", {"people": 3, "language": "en", "phone": "+86 138-0013-8000"}),
                (b3, "3-2-501", {"needs": "living_alone elderly", "note": "心脏病, 每天透析?"}),
                (b3, "3-1-101", {"people": 1, "needs": "chronic dialysis pregnancy disability"}),
                (b3, "3-10-101", {"language": "both"}),
                (b3, "3-3-301", {"people": 2}),
                (b5, "5-1-101", {"phone": "13800138000", "note": "line one\nline two"}),
            ]
            for building_id, flat, values in records:
                await update_household(
                    session, clock, building_id=building_id, flat=flat, values=values, by=None
                )
            registrations = [
                (b3, "3-2-501", today - timedelta(days=3), QuarantineKind.HOME, 14),
                (b3, "3-1-101", today - timedelta(days=8), QuarantineKind.HOME_THEN_MONITOR, 14),
                (b3, "3-10-101", today + timedelta(days=1), QuarantineKind.CUSTOM, 10),
                (b3, "3-3-301", today - timedelta(days=1), QuarantineKind.HOME, 14),
                (b5, "5-1-101", today, QuarantineKind.CUSTOM, 14),
            ]
            for building_id, flat, start, kind, days in registrations:
                await register_quarantine(
                    session,
                    clock,
                    building_id=building_id,
                    flat=flat,
                    start=start,
                    kind=QuarantineType(kind, days),
                    today=today,
                    by=None,
                )
            await extend_quarantine(
                session, clock, building_id=b3, flat="3-1-101", days=2, today=today, by=None
            )
            await end_quarantine(
                session, clock, building_id=b3, flat="3-3-301", today=today, by=None
            )
            await session.commit()
    finally:
        await engine.dispose()


@pytest.mark.parametrize(("suffix", "lang"), [(".xlsx", "zh"), (".csv", "en")])
def test_export_then_import_gives_the_same_ledger(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, lang: str
) -> None:
    asyncio.run(_seed(db))
    exported = tmp_path / f"ledger{suffix}"
    code, out = _cli("export", "--community", COMMUNITY, "-o", str(exported), "--lang", lang)
    assert code == 0 and " 5 " in out
    before = active_ledger(asyncio.run(read_ledger(db)))
    assert len(before[1]) == 4  # the ended quarantine is history, not exported

    fresh = f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
    asyncio.run(make_community(fresh, COMMUNITY, ["3号楼", "5号楼"]))
    monkeypatch.setenv("DATABASE_URL", fresh)
    code, out = _cli("import", str(exported), "--community", COMMUNITY, "--lang", lang)
    assert code == 0, out
    assert active_ledger(asyncio.run(read_ledger(fresh))) == before
    changes = asyncio.run(read_ledger(fresh))["changes"]
    assert {action for _, action, _, _ in changes} == {"import"} and len(changes) == 4

    code, out = _cli("import", str(exported), "--community", COMMUNITY, "--lang", "en")
    assert code == 0 and out.count("no change") == 5  # importing it again changes nothing
    assert len(asyncio.run(read_ledger(fresh))["changes"]) == 4


def test_one_building_exported_without_its_column_imports_with_building(
    db: str, tmp_path: Path
) -> None:
    asyncio.run(_seed(db))
    exported = tmp_path / "b5.csv"
    code, _ = _cli("export", "--community", COMMUNITY, "--building", "5号楼", "-o", str(exported))
    assert code == 0
    rows = list(csv.reader(exported.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:2] == ["房号", "人数"] and [r[0] for r in rows[1:]] == ["5-1-101"]
    assert rows[1][-3:] == [_today().isoformat(), "14天", ""]  # no 包户 volunteer
    code, out = _cli("import", str(exported), "--community", COMMUNITY)
    assert code == 1 and "第 2 行：不知道是哪栋楼" in out


def _write_xlsx(path: Path, rows: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_staff_list_with_title_row_chinese_headers_and_dry_run(db: str, tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    start = datetime.combine(_today() - timedelta(days=2), datetime.min.time())
    _write_xlsx(
        path,
        [
            ["3号楼隔离人员台账"],
            ["序号", "门牌号", "户内人数", "联系电话", "重点人群", "隔离开始日期", "隔离方式"],
            [1, "3幢2单元501", 3, 13800138000, "独居老人", start, "居家隔离"],
            [2, "3-1-101", "2人", "", "孕妇", "", ""],
            [None, None, None, None, None, None, None],
            [3, "3-1-102", 1, "", "", start.strftime("%m/%d"), "7+7"],
        ],
    )
    code, out = _cli(
        "import", str(path), "--community", COMMUNITY, "--building", "3号楼", "--dry-run"
    )
    assert code == 0, out
    assert "不认识这些列，未导入：序号" in out
    assert "第 3 行 3号楼 3-2-501：新住户; 台账更改：人数, 电话, 特殊需求; 登记隔离" in out
    assert "第 4 行 3号楼 3-1-101：新住户; 台账更改：人数, 特殊需求" in out
    assert "第 6 行 3号楼 3-1-102" in out and "7+7" in out and "试运行" in out
    assert asyncio.run(read_ledger(db))["households"] == {}  # a dry run writes nothing

    code, out = _cli("import", str(path), "--community", COMMUNITY, "--building", "3号楼")
    assert code == 0 and "已导入 3 行" in out
    ledger = asyncio.run(read_ledger(db))
    assert ledger["households"]["3-2-501"] == (3, None, "13800138000", "living_alone elderly", None)
    assert ledger["households"]["3-1-101"] == (2, None, None, "pregnancy", None)
    assert sorted(q[:4] for q in ledger["quarantines"]) == [
        ("3-1-102", "home_monitor", start.date(), 14),
        ("3-2-501", "home", start.date(), 14),
    ]


def test_bad_rows_are_named_one_line_each_and_nothing_is_written(db: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    day = _today().isoformat()
    long_ago = (_today() - timedelta(days=20)).isoformat()
    path.write_text(
        "\n".join(
            [
                "楼栋,房号,人数,隔离开始日期,隔离类型",
                f"3号楼,3-2-501,3,{day},居家隔离",  # good
                f"3号楼,楼下那户,2,{day},居家隔离",  # bad flat
                "3号楼,3-2-502,2,2026-13-45,居家隔离",  # bad date
                f"3号楼,3-2-503,2,{day},度假",  # unknown type
                "3号楼,3-2-504,<three>,,",  # people not a number (printed as typed)
                "3号楼,3幢2单元501,1,,",  # duplicate of row 2
                "3号楼,3-2-505,1,,7+7",  # a type without a start
                "9号楼,9-1-101,1,,",  # a building the community lacks
                f"3号楼,3-2-506,1,{long_ago},居家隔离",  # a quarantine over before today
            ]
        ),
        encoding="gb18030",  # as Excel in China saves CSV
    )
    code, out = _cli("import", str(path), "--community", COMMUNITY)
    assert code == 1
    lines = out.strip().splitlines()
    assert lines == [
        "第 3 行，“房号”列：看不懂“楼下那户”（应为房号）",
        "第 4 行，“隔离开始日期”列：看不懂“2026-13-45”（应为日期）",
        "第 5 行，“隔离类型”列：看不懂“度假”（应为隔离类型）",
        "第 6 行，“人数”列：看不懂“<three>”（应为人数）",
        "第 7 行，“房号”列：3-2-501 与第 2 行重复",
        "第 8 行，“隔离类型”列：有隔离类型“7+7”但没有隔离开始日期",
        "第 9 行，“楼栋”列：本社区没有楼栋“9号楼”",
        f"第 10 行，“隔离开始日期”列：从“{long_ago}”开始的隔离今天之前就已结束"
        "（请检查日期，或清空已结束住户的隔离列）",
        "8 行有问题，什么都没有导入。改正后再导入（可先加 --dry-run 检查）。",
    ]
    assert asyncio.run(read_ledger(db))["households"] == {}


def test_file_and_option_errors_are_one_line(db: str, tmp_path: Path) -> None:
    for argv, fragment in [
        (["import", str(tmp_path / "missing.csv"), "--community", COMMUNITY], "missing.csv"),
        (["export", "--community", COMMUNITY, "-o", str(tmp_path / "x.txt")], ".xlsx or .csv"),
        (["export", "--community", COMMUNITY, "--building", "7号楼", "-o", "x.csv"], "7号楼"),
    ]:
        process = subprocess.run(
            [sys.executable, "-m", "bot", "quarantine", *argv],
            cwd=ROOT,
            env={**os.environ, "BOT_TOKEN": ""},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert process.returncode == 2, process.stderr
        lines = process.stderr.strip().splitlines()
        assert len(lines) == 1 and fragment in lines[0] and "Traceback" not in process.stderr
    no_flat = tmp_path / "no_flat.csv"
    no_flat.write_text("name,phone\nWang,123456\n", encoding="utf-8")
    assert _cli("import", str(no_flat), "--community", COMMUNITY)[0] == 2


async def _register(url: str, flat: str, start: date, kind: QuarantineType) -> None:
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            building = (await community_buildings(session, COMMUNITY))["3号楼"]
            await register_quarantine(
                session,
                FakeClock(datetime.now(UTC)),
                building_id=building.id,
                flat=flat,
                start=start,
                kind=kind,
                today=_today(),
                by=None,
            )
            await session.commit()
    finally:
        await engine.dispose()


def test_a_start_alone_keeps_the_type_and_a_quarantine_over_is_not_registered(
    db: str, tmp_path: Path
) -> None:
    asyncio.run(_register(db, "3-2-501", _today(), QuarantineType(QuarantineKind.CUSTOM, 5)))
    asyncio.run(_register(db, "3-2-502", _today(), QuarantineType(QuarantineKind.CUSTOM, 5)))
    path = tmp_path / "starts.csv"
    earlier, too_early = _today() - timedelta(days=2), _today() - timedelta(days=6)
    path.write_text(
        f"房号,隔离开始日期\n3-2-501,{earlier}\n3-2-502,{too_early}\n", encoding="utf-8"
    )
    code, out = _cli("import", str(path), "--community", COMMUNITY, "--building", "3号楼")
    assert code == 0, out
    assert f"第 2 行 3号楼 3-2-501：更正隔离为：隔离 5 天，{earlier} 为第 1 天" in out
    assert f"第 3 行 3号楼 3-2-502：从 {too_early} 开始的隔离今天之前就已结束，未登记" in out
    quarantines = sorted(q[:4] for q in asyncio.run(read_ledger(db))["quarantines"])
    assert quarantines == [
        ("3-2-501", "custom", earlier, 5),
        ("3-2-502", "custom", _today(), 5),
    ]
