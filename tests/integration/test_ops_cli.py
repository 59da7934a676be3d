"""`python -m bot migrate [--check] | backup | restore` on SQLite, and a schema too new."""

from __future__ import annotations

import asyncio
import io
import sqlite3
from pathlib import Path

import pytest

from bot.ops_cli import BEHIND, TOO_NEW, main
from models.db import create_engine
from models.migrate import SchemaTooNew, head_revision, upgrade


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out)
    return status, out.getvalue()


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "louhu.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{path}")
    return path


def _set_revision(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def test_migrate_check_says_behind_then_up_to_date(database: Path) -> None:
    status, said = _run("migrate", "--check")
    assert status == BEHIND and head_revision() in said
    status, said = _run("migrate")
    assert status == 0 and f"to {head_revision()}" in said
    assert _run("migrate", "--check")[0] == 0
    status, said = _run("migrate")
    assert status == 0 and "already up to date" in said


def test_a_schema_migrated_by_a_newer_louhu_is_refused_in_one_line(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("migrate")[0] == 0
    _set_revision(database, "9999")
    assert _run("migrate", "--check")[0] == TOO_NEW
    assert _run("migrate")[0] == TOO_NEW
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert "9999" in line and head_revision() in line and "restore the backup" in line

    async def start() -> None:  # the bot's own start-up migrates the same way
        engine = create_engine(f"sqlite+aiosqlite:///{database}")
        try:
            await upgrade(engine)
        finally:
            await engine.dispose()

    with pytest.raises(SchemaTooNew):
        asyncio.run(start())


def test_backup_and_restore_refuse_what_they_cannot_do(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    assert _run("backup", str(tmp_path / "none.bak"))[0] == 1  # no database file yet
    assert "does not exist" in capsys.readouterr().err
    assert _run("migrate")[0] == 0
    backup = tmp_path / "louhu.bak"
    assert _run("backup", str(backup))[0] == 0
    assert _run("restore", str(backup))[0] == 1  # the live database holds data
    assert "--force" in capsys.readouterr().err
    status, said = _run("restore", str(backup), "--force")
    assert status == 0 and "restored" in said

    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://louhu@127.0.0.1/louhu")
    assert _run("restore", str(backup))[0] == 1  # never a SQLite file into PostgreSQL
    assert "is a sqlite backup" in capsys.readouterr().err
