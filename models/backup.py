"""Back up the database to one file and restore it into an empty database (`python -m bot
backup` / `restore`).

SQLite goes through sqlite3's online backup API (a consistent copy while the bot writes; WAL
readers do not block it); PostgreSQL through `pg_dump --format=custom` and `pg_restore`, which
must be installed (Debian: postgresql-client, a version at least the server's). The connection
comes from DATABASE_URL; a password goes to the tools in their environment, never on their
command line. A restore migrates the database to this code's schema afterwards.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"
SSL_MODES = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}


class BackupError(Exception):
    """A backup or restore that cannot be done, said in one line."""


def database_kind(database_url: str) -> str:
    """ "sqlite" or "postgresql"."""
    backend = make_url(database_url).get_backend_name()
    if backend not in {"sqlite", "postgresql"}:
        raise BackupError(f"no backup for a {backend} database")
    return backend


def file_kind(path: Path) -> str:
    """What a backup file holds: "sqlite" or "postgresql" (a pg_dump custom-format archive)."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise BackupError(f"cannot read {path}: {exc.strerror}") from exc
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PG_DUMP_MAGIC):
        return "postgresql"
    raise BackupError(f"{path} is neither a SQLite backup nor a pg_dump custom-format archive")


def sqlite_path(database_url: str) -> Path:
    database = make_url(database_url).database
    if not database or database == ":memory:":
        raise BackupError("DATABASE_URL names no SQLite file")
    return Path(database)


def libpq_environment(database_url: str) -> dict[str, str]:
    """PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (and PGSSLMODE) for pg_dump/pg_restore."""
    url: URL = make_url(database_url)
    env = {
        "PGHOST": url.host or str(url.query.get("host") or ""),
        "PGPORT": str(url.port or ""),
        "PGUSER": url.username or "",
        "PGPASSWORD": url.password or "",
        "PGDATABASE": url.database or "",
    }
    ssl = url.query.get("ssl") or url.query.get("sslmode")
    if isinstance(ssl, str):
        env["PGSSLMODE"] = ssl if ssl in SSL_MODES else "require"
    return {key: value for key, value in env.items() if value}


def backup(database_url: str, target: Path) -> None:
    """Write a backup of the database to `target` (replaced only once the backup is whole)."""
    kind = database_kind(database_url)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        if kind == "sqlite":
            _sqlite_copy(sqlite_path(database_url), partial, source_must_exist=True)
        else:
            _run(
                ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "-f", str(partial)],
                database_url,
            )
        partial.replace(target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def restore(database_url: str, source: Path, *, force: bool = False) -> None:
    """Restore a backup into the database of `database_url`, which must be empty unless
    `force` (then what is there is replaced). Stop the bot first. Migrate afterwards."""
    kind = database_kind(database_url)
    found = file_kind(source)
    if found != kind:
        raise BackupError(f"{source} is a {found} backup; DATABASE_URL is a {kind} database")
    if kind == "sqlite":
        target = sqlite_path(database_url)
        if _sqlite_has_tables(target) and not force:
            raise BackupError(f"{target} already holds data; restore with --force to replace it")
        target.parent.mkdir(parents=True, exist_ok=True)
        _sqlite_copy(source, target, source_must_exist=True)
        return
    command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"]
    if force:
        command += ["--clean", "--if-exists"]
    else:
        tables = _run(
            ["psql", "-XAtq", "-c", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"],
            database_url,
        )
        if tables.strip() not in {"", "0"}:
            raise BackupError(
                "the database already holds tables; restore into an empty database "
                "(createdb) or with --force to replace them"
            )
    _run(
        [*command, "--single-transaction", "-d", _database_name(database_url), str(source)],
        database_url,
    )


def _database_name(database_url: str) -> str:
    name = make_url(database_url).database
    if not name:
        raise BackupError("DATABASE_URL names no database")
    return name


def _sqlite_copy(source: Path, target: Path, *, source_must_exist: bool) -> None:
    if source_must_exist and not source.is_file():
        raise BackupError(f"{source} does not exist")
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    except sqlite3.Error as exc:
        raise BackupError(f"SQLite: {exc}") from exc
    finally:
        reader.close()


def _sqlite_has_tables(path: Path) -> bool:
    if not path.exists():
        return False
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        (count,) = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(count)


def _run(command: list[str], database_url: str) -> str:
    env = {**os.environ, **libpq_environment(database_url)}
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise BackupError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)"
        ) from exc
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise BackupError(f"{command[0]} failed: {lines[-1] if lines else done.returncode}")
    return done.stdout
