"""Every Alembic revision goes up, down and up again, and ends matching the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
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


async def test_0004_keys_old_sos_presses_apart_from_messages(database_url: str) -> None:
    """A press stored before 0004 (chat = the person, message = the /help message) must not
    take the key of a later private message with that id."""
    engine = create_engine(database_url)
    now = "CURRENT_TIMESTAMP"
    try:
        await downgrade(engine, "base")
        await upgrade(engine, "0003")
        async with engine.begin() as connection:
            for statement in (
                "INSERT INTO buildings (id, chat_id, chat_title, name, language, active,"
                " community, last_order_number, created_at, updated_at) VALUES"
                f" (1, -100123, 't', 'B3', 'both', true, 'c', 0, {now}, {now})",
                "INSERT INTO people (id, full_name, started_bot, created_at, updated_at) VALUES"
                f" (7, 'p', true, {now}, {now})",
                "INSERT INTO incidents (id, building_id, community, reporter_id, text, source,"
                " source_chat_id, source_message_id, status, stage, round, reported_at) VALUES"
                f" (1, 1, 'c', 7, '🆘', 'button', 7, 42, 'resolved', 0, 0, {now}),"
                f" (2, 1, 'c', 7, 'help', 'message', -100123, 43, 'resolved', 0, 0, {now})",
            ):
                await connection.execute(text(statement))
        await upgrade(engine, "head")
        async with engine.connect() as connection:
            keys: dict[int, str] = dict(
                (await connection.execute(text("SELECT id, source_key FROM incidents"))).all()
            )
        assert keys == {1: "press:legacy:1", 2: "msg:-100123:43"}
    finally:
        await engine.dispose()


async def test_0007_moves_ledger_notes_into_households_and_back(database_url: str) -> None:
    """The notes staff wrote before 0007 become households' notes; a downgrade gives them back."""
    engine = create_engine(database_url)
    now = "CURRENT_TIMESTAMP"
    try:
        await downgrade(engine, "base")
        await upgrade(engine, "0006")
        async with engine.begin() as connection:
            for statement in (
                "INSERT INTO buildings (id, chat_id, chat_title, name, language, active,"
                " community, last_order_number, created_at, updated_at) VALUES"
                f" (1, -100123, 't', 'B3', 'both', true, 'c', 0, {now}, {now})",
                "INSERT INTO household_notes (building_id, flat, note, updated_at) VALUES"
                f" (1, '3-2-501', '独居老人 心脏病', {now})",
            ):
                await connection.execute(text(statement))
        await upgrade(engine, "head")
        async with engine.connect() as connection:
            rows = (await connection.execute(text("SELECT flat, note FROM households"))).all()
        assert [tuple(row) for row in rows] == [("3-2-501", "独居老人 心脏病")]
        await downgrade(engine, "0006")
        async with engine.connect() as connection:
            rows = (await connection.execute(text("SELECT flat, note FROM household_notes"))).all()
        assert [tuple(row) for row in rows] == [("3-2-501", "独居老人 心脏病")]
    finally:
        await engine.dispose()


async def test_0019_keeps_sign_ups_while_calls_are_rebuilt(database_url: str) -> None:
    """SQLite rebuilds volunteer_calls; sign-ups pointing at it survive, up and down."""
    engine = create_engine(database_url)
    now = "CURRENT_TIMESTAMP"
    try:
        await downgrade(engine, "base")
        await upgrade(engine, "0018")
        async with engine.begin() as connection:
            for statement in (
                "INSERT INTO buildings (id, chat_id, chat_title, name, language, active,"
                " community, last_order_number, created_at, updated_at) VALUES"
                f" (1, -100123, 't', 'B3', 'both', true, 'c', 0, {now}, {now})",
                "INSERT INTO people (id, full_name, started_bot, created_at, updated_at) VALUES"
                f" (7, 'p', true, {now}, {now})",
                "INSERT INTO volunteer_calls (id, building_id, title, day, starts_at, ends_at,"
                " remind_at, slots, taken, status, created_by, created_at) VALUES"
                f" (1, 1, 'x', '2026-12-06', {now}, {now}, {now}, 2, 1, 'open', 7, {now})",
                "INSERT INTO call_signups (id, call_id, person_id, signed_at) VALUES"
                f" (1, 1, 7, {now})",
            ):
                await connection.execute(text(statement))
        await upgrade(engine, "head")
        query = (
            "SELECT c.id, c.building_id, s.person_id FROM call_signups s"
            " JOIN volunteer_calls c ON c.id = s.call_id"
        )
        async with engine.connect() as connection:
            assert [tuple(r) for r in (await connection.execute(text(query))).all()] == [(1, 1, 7)]
        await downgrade(engine, "0018")
        async with engine.connect() as connection:
            assert [tuple(r) for r in (await connection.execute(text(query))).all()] == [(1, 1, 7)]
    finally:
        await engine.dispose()
