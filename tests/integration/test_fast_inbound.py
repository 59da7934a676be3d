"""The update's hot path: one claim statement, one transaction, no writes for chatter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import event, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.context_cache import ContextCache
from bot.outbound import queue_send
from bot.transaction import DuplicateUpdate, UpdateTransaction
from domain.clock import FakeClock
from domain.intake import Intake, take_message
from models.buildings import Building
from models.db import create_engine, create_sessionmaker
from models.inbound import journal_updates, journaled
from models.live import request_refresh
from models.outbox import WEBHOOK, OutboundMessage, Priority
from models.people import upsert_person
from models.updates import ProcessedUpdate, claim_update, was_processed
from tests.support.factories import RecordingNotifier, count_rows
from tests.support.incidents import incident_world


async def test_an_update_is_claimed_once_and_the_claim_commits_with_its_effects(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        assert await claim_update(session, 601, clock.now())
        queue_send(session, chat_id=1, text="an effect", now=clock.now())
        await session.rollback()  # the handler failed: neither the claim nor the effect stays
    assert await count_rows(sessionmaker, ProcessedUpdate) == 0
    async with sessionmaker() as session:
        assert await claim_update(session, 601, clock.now())
        await session.commit()
    async with sessionmaker() as session:
        assert not await claim_update(session, 601, clock.now())  # redelivered: handled once
        assert await was_processed(session, 601)


async def test_a_claim_given_up_by_release_and_taken_meanwhile_drops_the_update(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        transaction = UpdateTransaction(session, 602, clock.now())
        assert await transaction.claim()
        await transaction.release()  # Telegram is asked; meanwhile another worker handles it
        async with sessionmaker() as other:
            assert await claim_update(other, 602, clock.now())
            await other.commit()
        queue_send(session, chat_id=1, text="would be sent twice", now=clock.now())
        with pytest.raises(DuplicateUpdate):
            await transaction.finish()
        await transaction.abandon()
    assert await count_rows(sessionmaker, OutboundMessage) == 0
    assert await count_rows(sessionmaker, ProcessedUpdate) == 1


async def test_chatter_that_writes_nothing_claims_nothing_and_runs_no_statement(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    statements: list[str] = []
    async with sessionmaker() as session:
        transaction = UpdateTransaction(session, 605, clock.now())
        transaction.watch()
        bind = (await session.connection()).engine.sync_engine
        await session.rollback()
        event.listen(bind, "before_cursor_execute", _record(statements))
        try:
            intake = await _chatter(session, clock, w, message_id=32)
            await transaction.commit_step()  # as group_text does
            await transaction.finish()
        finally:
            event.remove(bind, "before_cursor_execute", _record(statements))
        assert intake.order is None
        assert statements == []  # no claim, no commit: handled again, it does nothing again
        assert not transaction.recorded
    assert await count_rows(sessionmaker, ProcessedUpdate) == 0


async def test_what_a_handler_read_stays_loaded_after_a_step_that_wrote_nothing(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    async with sessionmaker() as session:
        transaction = UpdateTransaction(session, 607, clock.now())
        building = await session.get(Building, w.building.id)
        assert building is not None
        await transaction.commit_step()  # /order on a message already an order: nothing new
        assert building.chat_id == w.building.chat_id  # no lazy load (MissingGreenlet) after it
        assert not transaction.recorded


async def test_an_update_handled_again_after_its_writes_committed_leaves_nothing(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        first = UpdateTransaction(session, 606, clock.now())
        queue_send(session, chat_id=1, text="sent once", now=clock.now())
        await first.finish()
        assert first.recorded
    async with sessionmaker() as session:  # redelivered (a restart before Telegram confirmed)
        again = UpdateTransaction(session, 606, clock.now())
        queue_send(session, chat_id=1, text="sent once", now=clock.now())
        with pytest.raises(DuplicateUpdate):
            await again.finish()
        await again.abandon()
    assert await count_rows(sessionmaker, OutboundMessage) == 1
    assert await count_rows(sessionmaker, ProcessedUpdate) == 1


async def _chatter(
    session: AsyncSession,
    clock: FakeClock,
    w: SimpleNamespace,
    *,
    message_id: int,
    text: str = "今天天气不错",
) -> Intake:
    """A group message (by default nothing but chatter), taken as group_text takes it."""
    return await take_message(
        session,
        clock,
        RecordingNotifier(),
        building=w.building,
        person_id=w.resident.id,
        message_id=message_id,
        text=text,
        default_timezone="Asia/Shanghai",
    )


_RECORDERS: dict[int, Callable[..., None]] = {}


def _record(statements: list[str]) -> Callable[..., None]:
    """One listener per list (event.remove needs the very function that was listened)."""

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    return _RECORDERS.setdefault(id(statements), record)


async def test_only_what_the_handler_writes_wakes_the_sender(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    async with sessionmaker() as session:
        transaction = UpdateTransaction(session, 603, clock.now())
        assert await transaction.claim()
        transaction.watch()
        intake = await _chatter(session, clock, w, message_id=31)
        assert intake.order is None
        await transaction.finish()
        assert not transaction.wrote_anything  # chatter: the claim alone, no look at the outbox
        assert not transaction.queued_anything
    async with sessionmaker() as session:
        transaction = UpdateTransaction(session, 604, clock.now())
        assert await transaction.claim()
        transaction.watch()
        queue_send(session, chat_id=1, text="queued", now=clock.now())
        await transaction.commit_step()
        await transaction.finish()
        assert transaction.wrote_anything and transaction.queued_anything
    async with sessionmaker() as session:  # a reading with no roll call to redraw: stored only
        transaction = UpdateTransaction(session, 606, clock.now())
        transaction.watch()
        intake = await _chatter(session, clock, w, message_id=33, text="3-2-501 36.6")
        assert intake.temperature is not None and intake.rollcall_id is None
        await transaction.finish()
        assert transaction.wrote_anything and not transaction.queued_anything
    async with sessionmaker() as session:  # a live message's redraw asked: the sender's work
        transaction = UpdateTransaction(session, 607, clock.now())
        transaction.watch()
        await request_refresh(session, purpose="rollcall", ref_id=1)
        await transaction.finish()
        assert transaction.queued_anything


async def test_a_request_naming_no_flat_still_takes_the_registered_one(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    async with sessionmaker() as session:
        intake = await take_message(
            session,
            clock,
            RecordingNotifier(),
            building=w.building,
            person_id=w.resident.id,
            message_id=32,
            text="帮忙买一袋大米",
            default_timezone="Asia/Shanghai",
        )
        await session.commit()
    assert intake.order is not None
    assert intake.reading.flat == "3-2-501"


def _keeping(w: SimpleNamespace) -> ContextCache:
    """A cache keeping the world's building and resident, as a first update leaves it."""
    cache = ContextCache()
    cache.keep_building(w.building.chat_id, w.building, cache.generation)
    cache.keep_person(w.resident, cache.generation)
    return cache


async def test_a_kept_building_or_person_is_dropped_by_any_write_to_them(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    cache = _keeping(w)
    kept, building = cache.building(w.building.chat_id)
    assert kept and building is not None and building.name == w.building.name
    person = cache.person(w.resident.id)
    assert person is not None and person.full_name == w.resident.full_name
    async with sessionmaker() as session:  # /grouplang, the console: an ORM change
        row = await session.get(Building, w.building.id)
        assert row is not None
        row.language = "en"
        await session.commit()
    assert cache.building(w.building.chat_id) == (False, None)
    assert cache.person(w.resident.id) is None
    generation = cache.generation
    async with sessionmaker() as session:  # a statement (a profile's upsert) counts too
        await upsert_person(
            session,
            person_id=w.resident.id,
            username="new_name",
            full_name="王阿姨",
            telegram_language="zh",
            now=clock.now(),
        )
        cache.keep_person(w.resident, generation)  # read before the write: not kept
        await session.commit()
    assert cache.person(w.resident.id) is None


async def test_an_order_taking_its_number_leaves_the_kept_building_and_person(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await incident_world(sessionmaker, clock)
    cache = _keeping(w)
    async with sessionmaker() as session:
        intake = await _chatter(session, clock, w, message_id=41, text="帮忙买一袋大米 3-2-501")
        await session.commit()
    assert intake.order is not None
    kept, building = cache.building(w.building.chat_id)  # the next update reads neither again
    assert kept and building is not None and building.name == w.building.name
    assert cache.person(w.resident.id) is not None


async def test_entries_go_when_another_connection_wrote_and_stay_when_none_did(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'louhu.db'}"  # the cache serves SQLite only
    engine, other = create_engine(url), create_engine(url)  # other: a command-line tool's
    now = [0.0]
    cache = ContextCache(ttl=2.0, clock=lambda: now[0])
    try:
        async with create_sessionmaker(engine)() as session:
            await cache.look_for_other_writers(session)
            cache.keep_building(-100, None, cache.generation)
            now[0] = 2.5  # nobody else wrote: kept, one PRAGMA and no reread
            await cache.look_for_other_writers(session)
            assert cache.building(-100) == (True, None)
            async with other.begin() as connection:
                await connection.execute(text("CREATE TABLE other_writer (n INTEGER)"))
                await connection.execute(text("INSERT INTO other_writer VALUES (1)"))
            now[0] = 3.0  # within TTL of the last look: still trusted
            await cache.look_for_other_writers(session)
            assert cache.building(-100) == (True, None)
            now[0] = 5.0
            await cache.look_for_other_writers(session)
            assert cache.building(-100) == (False, None)
    finally:
        await engine.dispose()
        await other.dispose()


async def test_the_claim_deletes_the_journal_row_in_its_own_statement(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    """Migration 0023's trigger: one statement claims the id and forgets the journal row, in
    the transaction that commits the update; a rollback keeps both as they were."""
    raw = {"update_id": 611, "message": {"text": "x"}}
    async with sessionmaker() as session:
        await journal_updates(session, [(611, raw), (612, {**raw, "update_id": 612})])
        await session.commit()
    async with sessionmaker() as session:
        assert await claim_update(session, 611, clock.now())
        await session.rollback()
    async with sessionmaker() as session:
        assert [i for i, _ in await journaled(session)] == [611, 612]
        assert await claim_update(session, 611, clock.now())
        await session.commit()
    async with sessionmaker() as session:
        assert [i for i, _ in await journaled(session)] == [612]
        assert await was_processed(session, 611)


async def test_a_commit_wakes_the_emergency_lane_only_for_what_may_be_its_own(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    """An order's card or a command's reply wakes the ordinary lane alone; an emergency, a
    webhook post or an outbox write of unknown rows wakes every loop of the sender. The card's
    wake names its chat (the sender puts it off while Telegram's limits hold that chat); the
    others name none."""
    wakes: list[bool] = []
    named: list[frozenset[int] | None] = []

    def wake(*, ordinary_only: bool = False, chats: frozenset[int] | None = None) -> None:
        wakes.append(ordinary_only)
        named.append(chats)

    async def commit(update_id: int, write: Callable[[AsyncSession], object]) -> None:
        async with sessionmaker() as session:
            transaction = UpdateTransaction(session, update_id, clock.now(), wake=wake)
            transaction.watch()
            write(session)
            await session.flush()
            await transaction.finish()

    await commit(621, lambda s: queue_send(s, chat_id=1, text="a card", now=clock.now()))
    await commit(
        625,
        lambda s: [
            queue_send(s, chat_id=chat, text="a reply", now=clock.now()) for chat in (-5, 9)
        ],
    )
    await commit(
        622,
        lambda s: queue_send(
            s, chat_id=1, text="an alert", now=clock.now(), priority=Priority.EMERGENCY
        ),
    )
    await commit(
        623,
        lambda s: s.add(
            OutboundMessage(
                chat_id=0,
                method=WEBHOOK,
                payload={},
                priority=Priority.CARD,
                created_at=clock.now(),
            )
        ),
    )
    async with sessionmaker() as session:  # a Core write to the outbox: which rows is unknown
        transaction = UpdateTransaction(session, 624, clock.now(), wake=wake)
        transaction.watch()
        await session.execute(update(OutboundMessage).values(attempts=0))
        await transaction.finish()
    assert wakes == [True, True, False, False, False]
    assert named == [frozenset({1}), frozenset({-5, 9}), None, None, None]


async def test_a_chat_held_update_claims_its_id_with_its_commit_and_is_refused_again(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    """PostgreSQL: a transaction begun with the chat's lock sends the claim with its COMMIT
    (models/pg_begin.py); a redelivered update fails that commit and leaves nothing, and the
    connection goes on serving (the aborted transaction was rolled back)."""
    for attempt in range(2):
        async with sessionmaker() as session:
            transaction = UpdateTransaction(session, 631, clock.now())
            await transaction.hold_chat(-100631)
            queue_send(session, chat_id=1, text="sent once", now=clock.now())
            if attempt == 0:
                statements: list[str] = []
                bind = (await session.connection()).engine.sync_engine
                event.listen(bind, "before_cursor_execute", _record(statements))
                try:
                    await transaction.finish()
                finally:
                    event.remove(bind, "before_cursor_execute", _record(statements))
                assert transaction.recorded
                if bind.dialect.name == "postgresql":  # no statement of its own: with COMMIT
                    assert not [s for s in statements if "processed_updates" in s]
            else:
                with pytest.raises(DuplicateUpdate):
                    await transaction.finish()
                await transaction.abandon()
            assert (await session.execute(text("SELECT 1"))).scalar() == 1
            await session.commit()
    assert await count_rows(sessionmaker, OutboundMessage) == 1
    assert await count_rows(sessionmaker, ProcessedUpdate) == 1
