"""Several workers on one PostgreSQL database: due work and the outbox taken once.

Each "worker" here has an engine of its own (its own connections, as a process would): what
one holds, the other's SKIP LOCKED passes over.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.outbound import queue_send
from bot.rate_limit import SendLimits, SendRateLimiter
from bot.sender import OutboundSender
from domain.clock import FakeClock
from models.claims import SEND_CHAT, job_turn, take_row, try_chat_lock
from models.db import create_engine, create_sessionmaker
from models.outbox import OutboundMessage, OutboxStatus, Priority
from tests.support.scripted_bot import ScriptedBot

pytestmark = pytest.mark.postgres

FAST = SendLimits(global_per_second=10_000, private_per_second=10_000.0, private_burst=1_000)


@pytest.fixture
async def two_workers(
    postgres_database_url: str,
) -> AsyncIterator[tuple[async_sessionmaker[AsyncSession], async_sessionmaker[AsyncSession]]]:
    engines = [create_engine(postgres_database_url) for _ in range(2)]
    try:
        yield create_sessionmaker(engines[0]), create_sessionmaker(engines[1])
    finally:
        for engine in engines:
            await engine.dispose()


class Timeline:
    """Every send of both workers, in the order Telegram got them."""

    def __init__(self) -> None:
        self.sends: list[tuple[str, str]] = []  # (worker, text)


class WorkerBot(ScriptedBot):
    """A worker's Bot: slow enough that the two workers' sends overlap."""

    def __init__(self, name: str, timeline: Timeline) -> None:
        super().__init__()
        self.name = name
        self.timeline = timeline

    async def __call__(self, method: Any) -> Any:
        self.timeline.sends.append((self.name, method.text))
        await asyncio.sleep(0.002 * (method.chat_id % 3))
        return await super().__call__(method)


async def test_two_workers_send_each_outbox_row_once_and_each_chat_in_order(
    two_workers: tuple[async_sessionmaker[AsyncSession], async_sessionmaker[AsyncSession]],
) -> None:
    clock = FakeClock()
    timeline = Timeline()
    senders = [
        OutboundSender(
            WorkerBot(name, timeline),  # type: ignore[arg-type]
            sessionmaker,
            clock,
            limiter=SendRateLimiter(FAST),
        )
        for name, sessionmaker in zip("ab", two_workers, strict=True)
    ]
    chats = [-101, -102, -103, 201, 202, 203]
    for sender in senders:
        sender.start()
    try:
        for wave in range(4):  # rows keep arriving while both workers send
            async with two_workers[wave % 2]() as session:
                for i in range(4):
                    for chat in chats:
                        for priority in (Priority.EMERGENCY, Priority.CARD):
                            queue_send(
                                session,
                                chat_id=chat,
                                text=f"{chat}/{wave}/{i}/{priority.name}",
                                now=clock.now(),
                                priority=priority,
                            )
                await session.commit()
            for sender in senders:
                sender.wake()
            await asyncio.sleep(0.05)
        async with asyncio.timeout(60):
            while True:
                if all([await sender.idle() for sender in senders]):
                    break
                await asyncio.sleep(0.05)
    finally:
        for sender in senders:
            await sender.stop()
    texts = [text for _, text in timeline.sends]
    assert len(texts) == len(set(texts)) == 4 * 4 * 6 * 2  # every row once, none twice
    assert {worker for worker, _ in timeline.sends} == {"a", "b"}  # both really sent
    async with two_workers[0]() as session:
        rows = (await session.execute(select(OutboundMessage))).scalars().all()
    assert {(row.status, row.attempts) for row in rows} == {(OutboxStatus.SENT, 1)}
    for chat in chats:  # each chat's rows of one priority in the order they were queued
        for lane in ("EMERGENCY", "CARD"):
            mine = [t for t in texts if t.startswith(f"{chat}/") and t.endswith(lane)]
            order = [tuple(int(n) for n in t.split("/")[1:3]) for t in mine]
            assert order == sorted(order)


async def test_a_row_one_worker_holds_is_passed_over_by_the_other(
    two_workers: tuple[async_sessionmaker[AsyncSession], async_sessionmaker[AsyncSession]],
) -> None:
    first, second = two_workers
    clock = FakeClock()
    async with first() as session:
        row = queue_send(session, chat_id=-5, text="hi", now=clock.now(), priority=Priority.CARD)
        await session.commit()
    async with first() as a, second() as b:
        assert await take_row(a, OutboundMessage, row.id)
        assert not await take_row(b, OutboundMessage, row.id)  # skipped, not waited for
        assert await try_chat_lock(a, SEND_CHAT, -5)
        assert not await try_chat_lock(b, SEND_CHAT, -5)
        assert await try_chat_lock(b, SEND_CHAT, -6)  # another chat is free
        await a.rollback()  # the worker ends its transaction (or dies: the same)
        assert await take_row(b, OutboundMessage, row.id)
        assert await try_chat_lock(b, SEND_CHAT, -5)


async def test_a_periodic_tick_runs_on_one_worker_at_a_time(
    two_workers: tuple[async_sessionmaker[AsyncSession], async_sessionmaker[AsyncSession]],
) -> None:
    first, second = two_workers
    async with job_turn(first, "run_calendar") as mine:
        assert mine
        async with job_turn(second, "run_calendar") as theirs:
            assert not theirs
        async with job_turn(second, "pairing_due") as other_job:
            assert other_job  # another job's tick is not held up
    async with job_turn(second, "run_calendar") as theirs:
        assert theirs  # the first tick ended: the next may run anywhere


async def test_a_killed_workers_claim_is_let_go(postgres_database_url: str) -> None:
    """A worker whose connection dies mid-send (kill -9) holds nothing: the row is free."""
    engine = create_engine(postgres_database_url)
    other = create_engine(postgres_database_url)
    try:
        sessionmaker, second = create_sessionmaker(engine), create_sessionmaker(other)
        async with sessionmaker() as session:
            row = queue_send(
                session, chat_id=-7, text="x", now=FakeClock().now(), priority=Priority.CARD
            )
            await session.commit()
        session = sessionmaker()
        assert await take_row(session, OutboundMessage, row.id)
        connection = await session.connection()
        raw = await connection.get_raw_connection()
        raw.driver_connection.terminate()  # type: ignore[union-attr]  # the socket just closes
        started = time.monotonic()
        async with asyncio.timeout(10):
            while True:
                async with second() as b:
                    if await take_row(b, OutboundMessage, row.id):
                        break
                await asyncio.sleep(0.05)
        assert time.monotonic() - started < 10
        with contextlib.suppress(Exception):  # its connection is gone
            await session.close()
    finally:
        await engine.dispose()
        await other.dispose()


class HeldBot(ScriptedBot):
    """Holds every call to one chat whose text starts with "slow" until let go."""

    def __init__(self) -> None:
        super().__init__()
        self.let_go = asyncio.Event()
        self.holding = asyncio.Event()
        self.answered = asyncio.Event()

    async def __call__(self, method: Any) -> Any:
        if method.text.startswith("slow"):
            self.holding.set()
            await self.let_go.wait()
        try:
            return await super().__call__(method)
        finally:
            self.answered.set()


async def _sent(bot: HeldBot, text: str) -> None:
    async with asyncio.timeout(10):  # the idle poll below is a minute: only a wake is in time
        while text not in [call.text for call in bot.calls]:
            bot.answered.clear()
            await bot.answered.wait()


async def test_an_alert_behind_the_other_lanes_send_to_its_chat_goes_when_that_ends(
    postgres_database_url: str,
) -> None:
    """The ordinary lane holds the chat's lock while a slow send runs: the emergency lane,
    passed over by that lock, is woken when it is let go, not left for the idle poll."""
    engine = create_engine(postgres_database_url)
    sessionmaker = create_sessionmaker(engine)
    clock, bot = FakeClock(), HeldBot()
    sender = OutboundSender(
        bot,  # type: ignore[arg-type]
        sessionmaker,
        clock,
        limiter=SendRateLimiter(FAST),
        idle_poll=60.0,
        ordinary_pass_gap=0.0,
        lock_retry=60.0,  # only the wake of the lane that let the lock go is in time
    )
    sender.start()
    try:
        async with sessionmaker() as session:
            queue_send(
                session, chat_id=-9, text="slow card", now=clock.now(), priority=Priority.CARD
            )
            await session.commit()
        sender.wake()
        await asyncio.wait_for(bot.holding.wait(), timeout=10)
        async with sessionmaker() as session:
            queue_send(
                session, chat_id=-9, text="alert", now=clock.now(), priority=Priority.EMERGENCY
            )
            await session.commit()
        sender.wake()
        await asyncio.sleep(0.2)  # the emergency lane finds the chat's lock held
        bot.let_go.set()
        await _sent(bot, "alert")
    finally:
        bot.let_go.set()
        await sender.stop()
        await engine.dispose()


async def test_a_chat_another_worker_holds_is_tried_again_soon(
    two_workers: tuple[async_sessionmaker[AsyncSession], async_sessionmaker[AsyncSession]],
) -> None:
    """Another worker's lock on the chat (its own send) passes the row over for a moment
    only: the row goes once that send ends, not after the idle poll."""
    mine, theirs = two_workers
    clock, bot = FakeClock(), HeldBot()
    sender = OutboundSender(
        bot,  # type: ignore[arg-type]
        mine,
        clock,
        limiter=SendRateLimiter(FAST),
        idle_poll=60.0,
        ordinary_pass_gap=0.0,
    )
    async with theirs() as other:
        assert await try_chat_lock(other, SEND_CHAT, -11)
        async with mine() as session:
            queue_send(session, chat_id=-11, text="card", now=clock.now(), priority=Priority.CARD)
            await session.commit()
        sender.start()
        try:
            await asyncio.sleep(0.3)
            assert bot.calls == []  # held by the other worker
            await other.rollback()  # its send ended
            await _sent(bot, "card")
        finally:
            await sender.stop()
