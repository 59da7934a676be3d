"""Live messages through the sender: coalesced edits, the latest state, faults, restarts."""

from __future__ import annotations

import asyncio
import itertools
import math
from collections.abc import AsyncIterator

import pytest
from aiogram.exceptions import TelegramBadRequest, TelegramRetryAfter, TelegramServerError
from aiogram.methods import EditMessageText, SendMessage
from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

import models
from bot.live import LiveContent, post_live, request_refresh
from bot.rate_limit import SendLimits, SendRateLimiter
from bot.sender import OutboundSender
from domain.clock import FakeClock
from models.buildings import Building
from models.db import create_engine, create_sessionmaker
from models.live import LiveMessage, LiveStatus, close_live, find_live
from models.migrate import upgrade
from models.outbox import OutboundMessage, Priority
from tests.support.factories import make_building
from tests.support.scripted_bot import ScriptedBot

PURPOSE = "test_live"
GAP = 5.0


async def render(session: AsyncSession, ref_id: int) -> LiveContent:
    """The tiny renderer: the building's name stands for the state a roll call would show."""
    building = await session.get(Building, ref_id)
    assert building is not None
    return LiveContent(f"state {building.name}")


def _sender(bot: ScriptedBot, sessionmaker, clock: FakeClock) -> OutboundSender:
    limiter = SendRateLimiter(SendLimits(global_per_second=10_000))
    return OutboundSender(
        bot,  # type: ignore[arg-type]
        sessionmaker,
        clock,
        limiter=limiter,
        live_renderers={PURPOSE: render},
        live_edit_seconds=GAP,
    )


async def _posted(sessionmaker, clock: FakeClock) -> Building:
    """A building whose live message is queued (not yet sent)."""
    async with sessionmaker() as session:
        building = await make_building(session, clock, name="v0")
        live_id = await post_live(
            session,
            purpose=PURPOSE,
            ref_id=building.id,
            chat_id=building.chat_id,
            text="state v0",
            now=clock.now(),
        )
        assert live_id is not None
        await session.commit()
        return building


async def _change(sessionmaker, building: Building, name: str) -> bool:
    """What a reading does: change the state and ask for a refresh, in one transaction."""
    async with sessionmaker() as session:
        await session.execute(update(Building).where(Building.id == building.id).values(name=name))
        asked = await request_refresh(session, purpose=PURPOSE, ref_id=building.id)
        await session.commit()
        return asked


def _edits(bot: ScriptedBot) -> list[EditMessageText]:
    return [c for c in bot.calls if isinstance(c, EditMessageText)]


async def _live(sessionmaker, building: Building) -> LiveMessage:
    async with sessionmaker() as session:
        live = await find_live(session, purpose=PURPOSE, ref_id=building.id)
        assert live is not None
        return live


async def _settle(sender: OutboundSender, clock: FakeClock, seconds: float) -> None:
    """Let simulated time pass second by second, delivering what falls due."""
    for _ in range(math.ceil(seconds)):
        await sender.deliver_due()
        clock.advance(seconds=1)
    await sender.deliver_due()


async def test_a_hundred_requests_in_ten_seconds_make_three_edits_ending_on_the_last(
    sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    building = await _posted(sessionmaker, clock)
    sender = _sender(bot, sessionmaker, clock)
    await sender.deliver_due()
    for i in range(1, 101):  # one request every 0.1 s for 10 s, the sender running throughout
        assert await _change(sessionmaker, building, f"v{i}")
        await sender.deliver_due()
        clock.advance(seconds=0.1)
    await _settle(sender, clock, 2 * GAP)

    edits = _edits(bot)
    assert 2 <= len(edits) <= math.ceil(10 / GAP) + 1
    assert edits[-1].text == "state v100"
    assert {e.message_id for e in edits} == {101}  # the posted message, nothing else
    assert sum(isinstance(c, SendMessage) for c in bot.calls) == 1
    live = await _live(sessionmaker, building)
    assert (live.requested, live.shown) == (100, 100)
    assert await sender.idle()


async def test_edits_of_one_message_are_at_least_the_gap_apart(
    sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    building = await _posted(sessionmaker, clock)
    sender = _sender(bot, sessionmaker, clock)
    await sender.deliver_due()
    times = []
    for i in range(1, 40):
        await _change(sessionmaker, building, f"v{i}")
        before = len(_edits(bot))
        await sender.deliver_due()
        if len(_edits(bot)) > before:
            times.append(clock.now())
        clock.advance(seconds=0.5)
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    assert len(times) >= 3 and min(gaps) >= GAP


async def test_a_refresh_before_the_first_send_waits_for_its_message_id(
    sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    building = await _posted(sessionmaker, clock)
    bot.fail(building.chat_id, TelegramServerError(SendMessage(chat_id=1, text="x"), "Bad Gateway"))
    assert await _change(sessionmaker, building, "v1")
    sender = _sender(bot, sessionmaker, clock)

    await sender.deliver_due()  # the post meets a 502: nothing may be edited yet
    assert [type(c) for c in bot.calls] == [SendMessage]
    clock.advance(seconds=1)
    await sender.deliver_due()  # the post goes through; the edit follows once it has an id
    await sender.deliver_due()
    assert [type(c) for c in bot.calls] == [SendMessage, SendMessage, EditMessageText]
    assert _edits(bot)[0].message_id == 101 and _edits(bot)[0].text == "state v1"
    await _settle(sender, clock, 2 * GAP)
    assert len(bot.calls) == 3


async def test_a_429_retries_the_one_refresh_with_the_latest_state(
    sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    building = await _posted(sessionmaker, clock)
    sender = _sender(bot, sessionmaker, clock)
    await sender.deliver_due()
    method = EditMessageText(chat_id=building.chat_id, message_id=101, text="x")
    bot.fail(building.chat_id, TelegramRetryAfter(method, "Too Many Requests", 7))
    await _change(sessionmaker, building, "v1")
    await sender.deliver_due()
    assert len(_edits(bot)) == 1  # refused
    await _change(sessionmaker, building, "v2")
    clock.advance(seconds=6)
    await sender.deliver_due()
    assert len(_edits(bot)) == 1  # Telegram said 7 s
    clock.advance(seconds=1)
    await sender.deliver_due()
    assert [e.text for e in _edits(bot)] == ["state v1", "state v2"]
    async with sessionmaker() as session:
        lives = (await session.execute(select(func.count()).select_from(LiveMessage))).scalar()
        rows = (await session.execute(select(func.count()).select_from(OutboundMessage))).scalar()
    assert (lives, rows) == (1, 1)  # the post's row only: a refresh is never an outbox row
    live = await _live(sessionmaker, building)
    assert (live.shown, live.attempts, live.last_error) == (2, 0, None)


async def test_a_5xx_on_an_edit_backs_off_and_retries_the_same_refresh(
    sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    building = await _posted(sessionmaker, clock)
    sender = _sender(bot, sessionmaker, clock)
    await sender.deliver_due()
    method = EditMessageText(chat_id=building.chat_id, message_id=101, text="x")
    bot.fail(
        building.chat_id,
        TelegramServerError(method, "Bad Gateway"),
        TelegramServerError(method, "Bad Gateway"),
    )
    await _change(sessionmaker, building, "v1")
    await sender.deliver_due()
    live = await _live(sessionmaker, building)
    assert (live.attempts, live.shown) == (1, 0) and "Bad Gateway" in (live.last_error or "")
    await _settle(sender, clock, 4 * GAP)
    assert [e.text for e in _edits(bot)] == ["state v1"] * 3
    live = await _live(sessionmaker, building)
    assert (live.status, live.attempts, live.shown) == (LiveStatus.LIVE, 0, 1)


async def test_not_modified_counts_as_done(sessionmaker, clock: FakeClock) -> None:
    bot = ScriptedBot()
    building = await _posted(sessionmaker, clock)
    sender = _sender(bot, sessionmaker, clock)
    await sender.deliver_due()
    method = EditMessageText(chat_id=building.chat_id, message_id=101, text="x")
    bot.fail(
        building.chat_id,
        TelegramBadRequest(method, "Bad Request: message is not modified: same content"),
    )
    await _change(sessionmaker, building, "v0")
    await _settle(sender, clock, 2 * GAP)
    assert len(_edits(bot)) == 1
    live = await _live(sessionmaker, building)
    assert (live.status, live.requested, live.shown) == (LiveStatus.LIVE, 1, 1)


async def test_a_deleted_message_is_dropped_not_posted_again(
    sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    building = await _posted(sessionmaker, clock)
    sender = _sender(bot, sessionmaker, clock)
    await sender.deliver_due()
    method = EditMessageText(chat_id=building.chat_id, message_id=101, text="x")
    bot.fail(building.chat_id, TelegramBadRequest(method, "Bad Request: message to edit not found"))
    await _change(sessionmaker, building, "v1")
    await sender.deliver_due()
    assert not await _change(sessionmaker, building, "v2")  # nothing to refresh any more
    await _settle(sender, clock, 2 * GAP)
    assert [type(c) for c in bot.calls] == [SendMessage, EditMessageText]
    live = await _live(sessionmaker, building)
    assert live.status == LiveStatus.GONE and "not found" in (live.last_error or "")


async def test_a_restart_resumes_a_pending_refresh_once(sessionmaker, clock: FakeClock) -> None:
    bot = ScriptedBot()
    building = await _posted(sessionmaker, clock)
    await _sender(bot, sessionmaker, clock).deliver_due()
    await _change(sessionmaker, building, "v1")
    for _ in range(3):  # three starts of the bot, each working off the outbox
        await _settle(_sender(bot, sessionmaker, clock), clock, GAP)
    assert [e.text for e in _edits(bot)] == ["state v1"]


async def test_a_closed_message_takes_the_refresh_asked_before_and_no_more(
    sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    building = await _posted(sessionmaker, clock)
    sender = _sender(bot, sessionmaker, clock)
    await sender.deliver_due()
    await _change(sessionmaker, building, "v1")
    async with sessionmaker() as session:
        assert await close_live(session, purpose=PURPOSE, ref_id=building.id)
        await session.commit()
    assert not await _change(sessionmaker, building, "v2")
    await _settle(sender, clock, 2 * GAP)
    assert [e.text for e in _edits(bot)] == ["state v2"]  # the one asked for, drawn when sent
    assert not await _change(sessionmaker, building, "v3")
    await _settle(sender, clock, 2 * GAP)
    assert len(_edits(bot)) == 1


async def test_posting_twice_posts_once(sessionmaker, clock: FakeClock) -> None:
    bot = ScriptedBot()
    building = await _posted(sessionmaker, clock)
    async with sessionmaker() as session:
        again = await post_live(
            session,
            purpose=PURPOSE,
            ref_id=building.id,
            chat_id=building.chat_id,
            text="state v0",
            now=clock.now(),
        )
        await session.commit()
    assert again is None
    await _settle(_sender(bot, sessionmaker, clock), clock, 1)
    assert [type(c) for c in bot.calls] == [SendMessage]


async def test_a_missing_renderer_keeps_the_refresh_pending(sessionmaker, clock: FakeClock) -> None:
    bot = ScriptedBot()
    building = await _posted(sessionmaker, clock)
    limiter = SendRateLimiter(SendLimits(global_per_second=10_000))
    unwired = OutboundSender(bot, sessionmaker, clock, limiter=limiter)  # type: ignore[arg-type]
    await unwired.deliver_due()
    await _change(sessionmaker, building, "v1")
    await _settle(unwired, clock, GAP)
    assert _edits(bot) == []
    await _settle(_sender(bot, sessionmaker, clock), clock, 2 * GAP)
    assert [e.text for e in _edits(bot)] == ["state v1"]


async def test_an_emergency_cannot_be_a_live_message(sessionmaker, clock: FakeClock) -> None:
    async with sessionmaker() as session:
        with pytest.raises(ValueError, match="ordinary lane"):
            await post_live(
                session,
                purpose=PURPOSE,
                ref_id=1,
                chat_id=-1,
                text="x",
                now=clock.now(),
                priority=Priority.EMERGENCY,
            )


# --------------------------------------------------------------- concurrency (PostgreSQL)


@pytest.fixture
async def pg_sessionmaker(postgres_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on an emptied PostgreSQL database (several connections, real concurrency)."""
    engine: AsyncEngine = create_engine(postgres_url)
    await upgrade(engine)
    async with engine.begin() as connection:
        tables = ", ".join(f'"{t.name}"' for t in models.Base.metadata.sorted_tables)
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    yield create_sessionmaker(engine)
    await engine.dispose()


@pytest.mark.postgres
async def test_concurrent_requests_leave_one_pending_refresh(
    pg_sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    building = await _posted(pg_sessionmaker, clock)
    sender = _sender(bot, pg_sessionmaker, clock)
    await sender.deliver_due()
    async with pg_sessionmaker() as first, pg_sessionmaker() as second:
        await first.execute(update(Building).where(Building.id == building.id).values(name="a"))
        assert await request_refresh(first, purpose=PURPOSE, ref_id=building.id)

        async def other() -> bool:
            asked = await request_refresh(second, purpose=PURPOSE, ref_id=building.id)
            await second.commit()
            return asked

        racing = asyncio.create_task(other())
        await asyncio.sleep(0.2)
        assert not racing.done()  # waits on the first transaction's row lock
        await first.commit()
        assert await racing
    live = await _live(pg_sessionmaker, building)
    assert (live.requested, live.shown) == (2, 0)
    async with pg_sessionmaker() as session:
        lives = (await session.execute(select(func.count()).select_from(LiveMessage))).scalar()
    assert lives == 1
    await _settle(sender, clock, 2 * GAP)
    assert [e.text for e in _edits(bot)] == ["state a"]


@pytest.mark.postgres
async def test_a_request_committed_during_a_render_is_shown_by_the_next_edit(
    pg_sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    building = await _posted(pg_sessionmaker, clock)
    sender = _sender(bot, pg_sessionmaker, clock)
    await sender.deliver_due()
    await _change(pg_sessionmaker, building, "v1")
    async with pg_sessionmaker() as late:
        # a reading still being handled while the sender renders and edits
        await late.execute(update(Building).where(Building.id == building.id).values(name="v2"))
        assert await request_refresh(late, purpose=PURPOSE, ref_id=building.id)
        delivering = asyncio.create_task(sender.deliver_due())
        for _ in range(500):
            if _edits(bot):
                break
            await asyncio.sleep(0.01)
        assert [e.text for e in _edits(bot)] == ["state v1"]  # drawn without the reading
        await late.commit()  # (recording the edit waited for this row lock)
        await delivering
    await _settle(sender, clock, 2 * GAP)
    assert [e.text for e in _edits(bot)] == ["state v1", "state v2"]


@pytest.mark.postgres
async def test_concurrent_posts_post_once(pg_sessionmaker, clock: FakeClock) -> None:
    async with pg_sessionmaker() as session:
        building = await make_building(session, clock)
        await session.commit()

    async def post() -> int | None:
        async with pg_sessionmaker() as session:
            live_id = await post_live(
                session,
                purpose=PURPOSE,
                ref_id=building.id,
                chat_id=building.chat_id,
                text="x",
                now=clock.now(),
            )
            await asyncio.sleep(0.1)  # both inserted before either commits
            await session.commit()
            return live_id

    ids = await asyncio.gather(post(), post())
    assert sum(i is not None for i in ids) == 1
    async with pg_sessionmaker() as session:
        rows = (await session.execute(select(func.count()).select_from(OutboundMessage))).scalar()
    assert rows == 1


async def test_when_more_are_due_than_a_batch_the_least_recently_edited_go_first(
    sessionmaker, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.sender.BATCH", 2)
    bot = ScriptedBot()
    buildings = [await _posted(sessionmaker, clock) for _ in range(3)]
    sender = _sender(bot, sessionmaker, clock)
    for _ in range(2):
        await sender.deliver_due()  # the three posts, two a pass
    edited: list[int] = []
    for _ in range(2):  # every message changes all the time; one pass of two edits each gap
        for building in buildings:
            await _change(sessionmaker, building, f"v{clock.now().timestamp()}")
        before = len(bot.calls)
        await sender.deliver_due()
        edited += [c.chat_id for c in bot.calls[before:]]
        clock.advance(seconds=GAP)
    chats = [b.chat_id for b in buildings]
    assert len(edited) == 4 and set(edited) == set(chats)  # by id alone, the third would wait
