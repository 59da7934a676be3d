"""PostgreSQL: senders and buildings kept between updates while a connection LISTENs for writes.

Every writer (another worker, psql) empties the cache through migration 0022's notifications; an
order's number does not; while the listening connection is down nothing is kept.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from types import SimpleNamespace
from typing import Any

import asyncpg
import pytest
from aiogram.types import Chat, Update
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.context_cache import ContextCache
from bot.context_listen import ContextListener, listener_dsn
from bot.l10n import L10n
from bot.middlewares import ContextMiddleware
from bot.settings import Settings
from bot.transaction import UpdateTransaction
from domain.clock import FakeClock
from models.buildings import Building
from models.db import create_engine, create_sessionmaker
from tests.support.incidents import incident_world

pytestmark = pytest.mark.postgres

WAIT = 5.0
"""Longest wait for a notification (it takes milliseconds on loopback)."""


class Listening(SimpleNamespace):
    engine: AsyncEngine
    cache: ContextCache
    listener: ContextListener
    world: SimpleNamespace
    url: str


@pytest.fixture
async def listening(postgres_database_url: str, clock: FakeClock) -> AsyncIterator[Listening]:
    """A worker's engine, its cache and listener (listening), and a building with a resident."""
    engine = create_engine(postgres_database_url)
    cache = ContextCache(engine=engine)
    listener = ContextListener(
        cache, listener_dsn(engine.url), ping_seconds=0.2, backoff=(0.05, 0.2)
    )
    try:
        world = await incident_world(create_sessionmaker(engine), clock)
        listener.start()
        await asyncio.wait_for(listener.listening.wait(), WAIT)
        yield Listening(
            engine=engine, cache=cache, listener=listener, world=world, url=postgres_database_url
        )
    finally:
        await listener.stop()
        await engine.dispose()


def _keep(cache: ContextCache, w: SimpleNamespace) -> None:
    cache.keep_building(w.building.chat_id, w.building, cache.generation)
    cache.keep_person(w.resident, cache.generation)


def _kept(cache: ContextCache, w: SimpleNamespace) -> tuple[bool, bool]:
    return cache.building(w.building.chat_id)[0], cache.person(w.resident.id) is not None


async def _raw(url: str, *statements: str) -> None:
    """Statements of another writer (psql, a command-line tool): no SQLAlchemy at all."""
    connection = await asyncpg.connect(listener_dsn(make_url(url)))
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


async def _until(condition: Callable[[], bool], timeout: float = WAIT) -> None:
    for _ in range(int(timeout / 0.005)):
        if condition():
            return
        await asyncio.sleep(0.005)
    raise AssertionError("not within the wait")


async def test_a_write_by_another_connection_empties_the_cache(listening: Listening) -> None:
    c, w = listening.cache, listening.world
    for statement in (
        f"UPDATE buildings SET language = 'en' WHERE id = {w.building.id}",
        f"UPDATE people SET full_name = '王阿姨2' WHERE id = {w.resident.id}",
        "INSERT INTO people (id, full_name, started_bot, created_at, updated_at)"
        " VALUES (990001, 'new', false, now(), now())",
        "DELETE FROM people WHERE id = 990001",
    ):
        _keep(c, w)
        assert _kept(c, w) == (True, True)
        await _raw(listening.url, statement)
        await _until(lambda: _kept(c, w) == (False, False))


async def test_an_order_number_alone_empties_nothing(listening: Listening) -> None:
    c, w, listener = listening.cache, listening.world, listening.listener
    _keep(c, w)
    sentinel = asyncio.Event()
    await listener.connection.add_listener("louhu_test_sentinel", lambda *_: sentinel.set())
    await _raw(
        listening.url,
        f"UPDATE buildings SET last_order_number = 7 WHERE id = {w.building.id}",
        f"UPDATE people SET full_name = full_name WHERE id = {w.resident.id}",  # changes nothing
        "NOTIFY louhu_test_sentinel",  # delivered after any notification of the two above
    )
    await asyncio.wait_for(sentinel.wait(), WAIT)
    assert listener.notifications == 0
    assert _kept(c, w) == (True, True)
    await _raw(
        listening.url,  # the number and something kept in one statement: that is a change
        f"UPDATE buildings SET last_order_number = last_order_number + 1, name = 'B' "
        f"WHERE id = {w.building.id}",
    )
    await _until(lambda: _kept(c, w) == (False, False))


async def test_a_read_begun_before_a_notification_is_not_kept(listening: Listening) -> None:
    c, w = listening.cache, listening.world
    generation = c.generation  # an update starts reading the building
    await _raw(listening.url, f"UPDATE buildings SET language = 'en' WHERE id = {w.building.id}")
    await _until(lambda: c.generation != generation)
    c.keep_building(w.building.chat_id, w.building, generation)  # its (old) row comes back
    assert c.building(w.building.chat_id) == (False, None)


async def test_nothing_is_kept_while_the_listener_is_down(
    postgres_database_url: str, clock: FakeClock
) -> None:
    engine = create_engine(postgres_database_url)
    cache = ContextCache(engine=engine)
    refuse = asyncio.Event()
    connects = 0

    async def connect() -> Any:
        nonlocal connects
        connects += 1
        if refuse.is_set():
            raise OSError("connection refused (the test's)")
        return await asyncpg.connect(listener_dsn(engine.url))

    listener = ContextListener(cache, "", ping_seconds=0.2, backoff=(0.05, 0.1), connect=connect)
    try:
        w = await incident_world(create_sessionmaker(engine), clock)
        _keep(cache, w)  # not started: nothing heard, nothing kept
        assert _kept(cache, w) == (False, False)
        listener.start()
        await asyncio.wait_for(listener.listening.wait(), WAIT)
        _keep(cache, w)
        assert _kept(cache, w) == (True, True)

        refuse.set()  # the server goes away: the connection dies, reconnecting fails
        pid = listener.connection.get_server_pid()
        await _raw(postgres_database_url, f"SELECT pg_terminate_backend({pid})")
        await _until(lambda: not listener.listening.is_set())
        assert _kept(cache, w) == (False, False)
        tried = connects
        await _until(lambda: connects >= tried + 2)  # retried, with backoff
        _keep(cache, w)
        await _raw(
            postgres_database_url, f"UPDATE buildings SET name = 'x' WHERE id = {w.building.id}"
        )
        assert _kept(cache, w) == (False, False)  # unheard meanwhile: kept nothing

        refuse.clear()  # back: listening again, keeping again
        await asyncio.wait_for(listener.listening.wait(), WAIT)
        _keep(cache, w)
        assert _kept(cache, w) == (True, True)

        connection = listener.connection
        await listener.stop()  # at shutdown: closed, keeping nothing
        assert connection.is_closed() and listener.connection is None
        assert _kept(cache, w) == (False, False)
    finally:
        await listener.stop()
        await engine.dispose()


class Stalling:
    """An asyncpg connection whose answers stop coming when `stalled` (a cut cable)."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self.stalled = False
        self.asked = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    async def fetchval(self, *args: Any) -> Any:
        if self.stalled:
            self.asked.set()
            await asyncio.Event().wait()
        return await self._connection.fetchval(*args)


async def test_a_ping_unanswered_stops_keeping(
    postgres_database_url: str, clock: FakeClock
) -> None:
    engine = create_engine(postgres_database_url)
    cache = ContextCache(engine=engine)
    made: list[Stalling] = []

    async def connect() -> Any:
        made.append(Stalling(await asyncpg.connect(listener_dsn(engine.url))))
        return made[-1]

    listener = ContextListener(
        cache, "", ping_seconds=0.1, ping_timeout=0.3, backoff=(0.05, 0.1), connect=connect
    )
    try:
        w = await incident_world(create_sessionmaker(engine), clock)
        listener.start()
        await asyncio.wait_for(listener.listening.wait(), WAIT)
        _keep(cache, w)
        assert _kept(cache, w) == (True, True)
        made[0].stalled = True
        await asyncio.wait_for(made[0].asked.wait(), WAIT)
        assert _kept(cache, w) == (True, True)  # within the ping's timeout: still trusted
        await _until(lambda: made[0].is_closed())  # given up and cut
        assert _kept(cache, w) == (False, False)
        await _until(lambda: len(made) > 1)
        await asyncio.wait_for(listener.listening.wait(), WAIT)  # a new connection listens
    finally:
        await listener.stop()
        await engine.dispose()


async def test_a_second_workers_change_is_seen_by_the_first_on_its_next_update(
    listening: Listening, clock: FakeClock
) -> None:
    """Worker A keeps the group's building; worker B (its own engine: its writes empty nothing
    of A's in this process) changes the group's language; A's next update reads it."""
    a, w = listening, listening.world
    middleware = ContextMiddleware(clock, L10n(), a.cache)
    sessionmaker_a = create_sessionmaker(a.engine)
    update_ids = iter(range(1, 100))

    async def next_update_at_a() -> Building | None:
        seen: dict[str, Any] = {}

        async def handler(_event: Any, data: dict[str, Any]) -> None:
            seen.update(data)

        async with sessionmaker_a() as session:
            update_id = next(update_ids)
            data = {
                "event_chat": Chat(id=w.building.chat_id, type="supergroup"),
                "settings": Settings(_env_file=None),  # type: ignore[call-arg]
                "session": session,
                "transaction": UpdateTransaction(session, update_id, clock.now()),
            }
            await middleware(handler, Update(update_id=update_id), data)
            await session.rollback()
        return seen["building"]

    first = await next_update_at_a()
    assert first is not None and first.language == w.building.language != "en"
    assert a.cache.building(w.building.chat_id)[0]  # kept: the next update reads nothing
    engine_b = create_engine(a.url)
    try:
        async with create_sessionmaker(engine_b)() as session:  # /grouplang en at worker B
            row = await session.get(Building, w.building.id)
            assert row is not None
            row.language = "en"
            assert not a.cache.serves(session.sync_session)  # only the notification tells A
            await session.commit()
        await _until(lambda: a.listener.notifications > 0)  # Telegram's next push takes longer
        second = await next_update_at_a()
        assert second is not None and second.language == "en"
    finally:
        await engine_b.dispose()
