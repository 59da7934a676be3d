"""PostgreSQL out of reach (through tests/support/tcp_proxy.py): the errors it raises are told
from others, and the sender records what Telegram took once the database is back."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.outbound import queue_send
from bot.sender import OutboundSender
from domain.clock import FakeClock
from models.db import create_engine, create_sessionmaker
from models.outage import database_answers, is_database_outage
from models.outbox import OutboundMessage, OutboxStatus, Priority
from tests.support.scripted_bot import ScriptedBot
from tests.support.tcp_proxy import TcpProxy, tcp_proxy

pytestmark = pytest.mark.postgres


@pytest.fixture
async def proxy(postgres_database_url: str) -> AsyncIterator[TcpProxy]:
    url = make_url(postgres_database_url)
    async with tcp_proxy(url.host or "127.0.0.1", url.port or 5432) as running:
        yield running


@pytest.fixture
async def proxied(
    postgres_database_url: str, proxy: TcpProxy
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on the test database, through the proxy."""
    url = make_url(postgres_database_url).set(host="127.0.0.1", port=proxy.port)
    engine = create_engine(url.render_as_string(hide_password=False))
    try:
        yield create_sessionmaker(engine)
    finally:
        if not proxy.up:
            await proxy.restore()
        await engine.dispose()


async def _error(sessionmaker: async_sessionmaker[AsyncSession], sql: str) -> BaseException:
    try:
        async with sessionmaker() as session:
            await session.execute(text(sql))
    except Exception as exc:
        return exc
    raise AssertionError("the statement went through")


async def test_a_dropped_and_a_refused_connection_are_outages(
    proxied: async_sessionmaker[AsyncSession], proxy: TcpProxy
) -> None:
    async with proxied() as session:
        await session.execute(text("SELECT 1"))
        await proxy.outage()
        with pytest.raises(Exception) as dropped:
            await session.execute(text("SELECT 2"))
    assert is_database_outage(dropped.value)
    refused = await _error(proxied, "SELECT 3")
    assert is_database_outage(refused) and not await database_answers(proxied)
    await proxy.restore()
    assert await database_answers(proxied)  # the pool replaced the dead connections
    assert not is_database_outage(await _error(proxied, "SELECT * FROM no_such_table"))


class TakenThenCut(ScriptedBot):
    """Telegram takes the message; in that instant the database goes out of reach for a while."""

    def __init__(self, proxy: TcpProxy, seconds: float) -> None:
        super().__init__()
        self._proxy = proxy
        self._seconds = seconds
        self.restored: asyncio.Task[None] | None = None

    async def __call__(self, method: Any) -> Any:
        answer = await super().__call__(method)
        if self.restored is None:
            await self._proxy.outage()
            self.restored = asyncio.create_task(self._restore())
        return answer

    async def _restore(self) -> None:
        await asyncio.sleep(self._seconds)
        await self._proxy.restore()


async def test_a_message_telegram_took_during_an_outage_is_recorded_not_sent_again(
    proxied: async_sessionmaker[AsyncSession], proxy: TcpProxy
) -> None:
    clock = FakeClock()
    async with proxied() as session:
        queue_send(session, chat_id=1, text="card", now=clock.now(), priority=Priority.CARD)
        await session.commit()
    bot = TakenThenCut(proxy, seconds=1.5)
    sender = OutboundSender(bot, proxied, clock)  # type: ignore[arg-type]
    await sender.deliver_due()  # waits for the database to record what Telegram answered
    assert bot.restored is not None and bot.restored.done()
    await sender.deliver_due()
    assert [c.text for c in bot.calls] == ["card"]
    async with proxied() as session:
        row = (await session.execute(select(OutboundMessage))).scalar_one()
    assert row.status == OutboxStatus.SENT and row.message_id is not None


async def test_a_pooled_connection_the_server_closed_is_replaced_without_a_ping(
    postgres_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool asks no round trip of a connection it hands out (pool_pre_ping asked three):
    one the server ended (a restart; here pg_terminate_backend) is replaced as it is taken."""
    engine = create_engine(postgres_database_url)
    other = create_engine(postgres_database_url)
    sessionmaker = create_sessionmaker(engine)
    pings: list[Any] = []
    monkeypatch.setattr(engine.dialect, "do_ping", pings.append)
    try:
        async with sessionmaker() as session:
            first = (await session.execute(text("SELECT pg_backend_pid()"))).scalar_one()
        async with sessionmaker() as session:  # the pool's one connection, again
            assert (await session.execute(text("SELECT pg_backend_pid()"))).scalar_one() == first
        async with other.connect() as connection:
            await connection.execute(text(f"SELECT pg_terminate_backend({first})"))
        await asyncio.sleep(0.1)  # the connection's end reaches the client
        async with sessionmaker() as session:
            second = (await session.execute(text("SELECT pg_backend_pid()"))).scalar_one()
        assert second != first
        assert pings == []
    finally:
        await engine.dispose()
        await other.dispose()
