"""Every Alembic revision goes up, down and up again, and ends matching the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

import models
from models.db import create_engine
from models.migrate import alembic_config, downgrade, upgrade


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


async def _tables(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as connection:
        return set(await connection.run_sync(lambda c: inspect(c).get_table_names()))


async def test_up_down_up_each_revision(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        await downgrade(engine, "base")
        assert await _tables(engine) <= {"alembic_version"}
        revisions = _revisions()
        assert revisions, "no migrations found"
        previous = "base"
        for revision in revisions:
            await upgrade(engine, revision)
            await downgrade(engine, previous)
            await upgrade(engine, revision)
            previous = revision
        assert {t.name for t in models.Base.metadata.sorted_tables} <= await _tables(engine)

        async with engine.connect() as connection:
            diff = await connection.run_sync(
                lambda c: compare_metadata(MigrationContext.configure(c), models.Base.metadata)
            )
        assert diff == []
    finally:
        await engine.dispose()
