"""Backup files and connection settings for pg_dump/pg_restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.backup import BackupError, file_kind, libpq_environment


def test_the_password_goes_to_the_environment_never_the_command_line() -> None:
    env = libpq_environment("postgresql+asyncpg://louhu:s3cret@db.internal:5433/louhu?ssl=require")
    assert env == {
        "PGHOST": "db.internal",
        "PGPORT": "5433",
        "PGUSER": "louhu",
        "PGPASSWORD": "s3cret",
        "PGDATABASE": "louhu",
        "PGSSLMODE": "require",
    }
    socket = libpq_environment("postgresql+asyncpg://louhu@/louhu?host=/var/run/postgresql")
    assert socket == {"PGHOST": "/var/run/postgresql", "PGUSER": "louhu", "PGDATABASE": "louhu"}


def test_a_backup_file_is_known_by_its_first_bytes(tmp_path: Path) -> None:
    sqlite = tmp_path / "a.bak"
    sqlite.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    dump = tmp_path / "b.bak"
    dump.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 100)
    other = tmp_path / "c.bak"
    other.write_text("-- plain SQL\n")
    assert file_kind(sqlite) == "sqlite" and file_kind(dump) == "postgresql"
    with pytest.raises(BackupError, match="neither"):
        file_kind(other)
    with pytest.raises(BackupError, match="cannot read"):
        file_kind(tmp_path / "missing.bak")
