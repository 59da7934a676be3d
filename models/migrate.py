"""Apply Alembic migrations from inside the running program."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

ROOT = Path(__file__).resolve().parents[1]


class SchemaTooNew(Exception):
    """The database was migrated by a newer Louhu than this one (see `check_known`)."""


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic config pointing at this project's migrations."""
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision this code has."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at (None: never migrated, an empty database)."""
    async with engine.connect() as connection:
        return await connection.run_sync(
            lambda c: MigrationContext.configure(c).get_current_revision()
        )


def _check_known(connection: Connection) -> None:
    current = MigrationContext.configure(connection).get_current_revision()
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        raise SchemaTooNew(
            f"the database is at schema revision {current}, which this version of Louhu does "
            f"not know (its newest is {script.get_current_head()}): a newer Louhu migrated it. "
            "Run that version, or restore the backup taken before the upgrade."
        )


async def check_known(engine: AsyncEngine) -> None:
    """SchemaTooNew if a newer Louhu migrated the database past what this code knows."""
    async with engine.connect() as connection:
        await connection.run_sync(_check_known)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the database schema up to `revision` (SchemaTooNew if a newer Louhu migrated it).

    On PostgreSQL workers starting together take turns (an advisory lock held by the
    migration's transaction): the first migrates, the others then find nothing to do.
    """
    async with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execute(text("SELECT pg_advisory_xact_lock(3, 0)"))
        await connection.run_sync(_check_known)
        await connection.run_sync(lambda c: command.upgrade(alembic_config(c), revision))


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    """Take the database schema down to `revision`."""
    async with engine.begin() as connection:
        await connection.run_sync(lambda c: command.downgrade(alembic_config(c), revision))
