"""`python -m bot migrate [--check] | backup FILE | restore FILE [--force]`: the operator's
commands for the database of DATABASE_URL (see the README's deployment guide)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TextIO

from bot.settings import SettingsError, load_settings
from models.backup import BackupError, backup, restore
from models.db import create_engine
from models.migrate import SchemaTooNew, check_known, current_revision, head_revision, upgrade

BEHIND = 1
"""Exit status of `migrate --check` when the database is behind this code (3: too new)."""
TOO_NEW = 3


async def _migrate(database_url: str, *, check: bool, out: TextIO) -> int:
    engine = create_engine(database_url)
    try:
        head = head_revision()
        before = await current_revision(engine)
        if check:
            if before == head:
                print(f"database at {head}, this code's newest: nothing to migrate", file=out)
                return 0
            await check_known(engine)  # SchemaTooNew when a newer Louhu migrated it
            print(f"database at {before or 'nothing (empty)'}; this code needs {head}", file=out)
            return BEHIND
        await upgrade(engine)
        after = await current_revision(engine)
        if before == after:
            print(f"database at {after}: already up to date", file=out)
        else:
            print(f"database migrated from {before or 'nothing (empty)'} to {after}", file=out)
        return 0
    finally:
        await engine.dispose()


def main(argv: list[str], out: TextIO = sys.stdout) -> int:
    """Parse arguments and run; errors are one line on stderr."""
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    migrate = commands.add_parser("migrate", help="bring the database to this code's schema")
    migrate.add_argument(
        "--check", action="store_true", help="only say whether it is (exit 1 if behind)"
    )
    save = commands.add_parser("backup", help="back the database up to FILE")
    save.add_argument("file", type=Path)
    load = commands.add_parser("restore", help="restore FILE into an empty database, migrate")
    load.add_argument("file", type=Path)
    load.add_argument("--force", action="store_true", help="replace what the database holds")
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    url = settings.database_url
    try:
        if args.command == "migrate":
            return asyncio.run(_migrate(url, check=args.check, out=out))
        if args.command == "backup":
            backup(url, args.file)
            print(f"backed up to {args.file} ({args.file.stat().st_size} bytes)", file=out)
            return 0
        restore(url, args.file, force=args.force)
        print(f"restored {args.file}", file=out)
        return asyncio.run(_migrate(url, check=False, out=out))
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    except SchemaTooNew as exc:
        print(exc, file=sys.stderr)
        return TOO_NEW
