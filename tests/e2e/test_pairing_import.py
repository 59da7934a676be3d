"""The ledger's 包户 column through `python -m bot quarantine import|export`: volunteers named by
@username or id, a file naming a stranger or a non-volunteer refused whole, a round trip."""

from __future__ import annotations

import asyncio
import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.quarantine_cli import main
from domain.clock import FakeClock
from models.buildings import Building
from models.db import create_engine, create_sessionmaker
from models.households import Household
from models.pairing import Pairing
from tests.support.factories import make_person
from tests.support.registry import make_community

COMMUNITY = "幸福里"


@dataclass(frozen=True)
class Ledger:
    url: str
    people: dict[str, int]
    """Telegram ids by username."""


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ledger:
    """幸福里 with 3号楼 (volunteers Bob and Eve, resident Dave) and 5号楼 (volunteer Ann)."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'ledger.db'}"
    ids = asyncio.run(make_community(url, COMMUNITY, ["3号楼", "5号楼"]))
    people = asyncio.run(_people(url, ids))
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    monkeypatch.setenv("TIMEZONE", "Asia/Shanghai")
    return Ledger(url, people)


async def _people(url: str, ids: dict[str, int]) -> dict[str, int]:
    engine = create_engine(url)
    clock = FakeClock()
    try:
        async with create_sessionmaker(engine)() as session:
            b3 = await session.get(Building, ids["3号楼"])
            b5 = await session.get(Building, ids["5号楼"])
            assert b3 is not None and b5 is not None
            people = {}
            for building, name, username, volunteer in (
                (b3, "Bob", "bob_helps", True),
                (b3, "Eve", "eve", True),
                (b3, "Dave", "dave", False),
                (b5, "Ann", "ann_5", True),
            ):
                person = await make_person(session, clock, building, name=name, volunteer=volunteer)
                person.username = username
                people[username] = person.id
            await session.commit()
            return people
    finally:
        await engine.dispose()


async def _pairs(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            rows = await session.execute(
                select(Household.flat, Pairing.volunteer_id).join(
                    Pairing, Pairing.household_id == Household.id
                )
            )
            return dict(rows.all())
    finally:
        await engine.dispose()


def _cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out)
    return code, out.getvalue()


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    return path


def test_a_volunteer_who_is_unknown_or_not_one_refuses_the_file(db: Ledger, tmp_path: Path) -> None:
    bad = _csv(
        tmp_path / "bad.csv",
        [
            ["楼栋", "房号", "人数", "包户志愿者"],
            ["3号楼", "3-2-501", "3", "@bob_helps"],
            ["3号楼", "3-2-502", "2", "@dave"],
            ["3号楼", "3-2-503", "1", "@ghost_user"],
            ["3号楼", "3-2-504", "1", "@ann_5"],
            ["3号楼", "3-2-505", "1", "Bob 李"],
        ],
    )
    code, out = _cli("import", str(bad), "--community", COMMUNITY)
    assert code == 1
    assert out.splitlines() == [
        "第 3 行，“包户志愿者”列：“@dave”不是该楼的志愿者（/volunteer）",
        "第 4 行，“包户志愿者”列：不认识志愿者“@ghost_user”（他需要先在楼栋群里说过话）",
        "第 5 行，“包户志愿者”列：“@ann_5”不是该楼的志愿者（/volunteer）",
        "第 6 行，“包户志愿者”列：看不懂“Bob 李”（应为包户志愿者（@用户名或 Telegram id））",
        "4 行有问题，什么都没有导入。改正后再导入（可先加 --dry-run 检查）。",
    ]
    assert asyncio.run(_pairs(db.url)) == {}


def test_pairings_import_export_and_import_back_unchanged(db: Ledger, tmp_path: Path) -> None:
    bob, eve = db.people["bob_helps"], db.people["eve"]
    good = _csv(
        tmp_path / "good.csv",
        [
            ["房号", "人数", "负责志愿者"],
            ["3-2-501", "3", "bob_helps"],
            ["3-2-502", "2", str(eve)],
            ["3-2-503", "1", ""],
        ],
    )
    args = ("--community", COMMUNITY, "--building", "3号楼", "--lang", "en")
    code, out = _cli("import", str(good), *args, "--dry-run")
    assert code == 0 and "paired with @bob_helps" in out and f"paired with {eve}" in out
    assert asyncio.run(_pairs(db.url)) == {}
    code, out = _cli("import", str(good), *args)
    assert code == 0, out
    assert asyncio.run(_pairs(db.url)) == {"3-2-501": bob, "3-2-502": eve}

    exported = tmp_path / "out.csv"
    code, _ = _cli("export", "--community", COMMUNITY, "-o", str(exported), "--lang", "en")
    assert code == 0
    rows = list(csv.reader(exported.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][-1] == "paired volunteer"
    assert {r[1]: r[-1] for r in rows[1:]} == {
        "3-2-501": "@bob_helps",
        "3-2-502": "@eve",
        "3-2-503": "",
    }
    code, out = _cli("import", str(exported), "--community", COMMUNITY, "--lang", "en")
    assert code == 0 and out.count("no change") == 3, out
    assert asyncio.run(_pairs(db.url)) == {"3-2-501": bob, "3-2-502": eve}
