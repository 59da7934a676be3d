"""A live message kept up to date in a group, against the stand-in enforcing Telegram's limits."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.live import LiveContent, post_live, request_refresh
from bot.outbound import queue_send
from domain.clock import FakeClock
from models.buildings import Building
from models.live import find_live
from models.outbox import Priority
from standin.recording import ApiCall
from standin.server import BotApiStandIn
from standin.world import StandInChat
from tests.support.harness import Harness

PURPOSE = "test_live"
GAP = 0.5  # seconds between edits here (5 by default), so a test sees many edits quickly
FAST = 0.1  # a gap so short that the group's budget, not the gap, is what holds the edits


async def render(session: AsyncSession, ref_id: int) -> LiveContent:
    """The tiny renderer: the building's name stands for the state a roll call would show."""
    building = await session.get(Building, ref_id)
    assert building is not None
    return LiveContent(f"roll call <b>{building.name}</b>")


@pytest.fixture
async def limited() -> AsyncIterator[BotApiStandIn]:
    """A stand-in that answers 429 as Telegram does: 20 a minute into a group, 30 a second."""
    async with BotApiStandIn(sandbox_page=False, enforce_rate_limits=True) as server:
        yield server


@pytest.fixture
async def harness(
    limited: BotApiStandIn, tmp_path, request: pytest.FixtureRequest
) -> AsyncIterator[Harness]:
    """The bot on a fresh SQLite file, editing live messages at most every GAP seconds (or
    what the test's `gap` mark says)."""
    mark = request.node.get_closest_marker("gap")
    gap = mark.args[0] if mark else GAP
    url = f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}"
    clock = FakeClock(datetime.now(UTC))
    harness = await Harness.start(limited, url, clock, live_edit_seconds=gap)
    harness.louhu.sender.register_live(PURPOSE, render)
    try:
        yield harness
    finally:
        await harness.stop()


async def _group(harness: Harness) -> tuple[StandInChat, int]:
    """A group with the bot in it, and a building row standing for what the message shows."""
    s = harness.standin
    li = await s.add_user("李主任")
    group = await s.add_group("3号楼 Building 3", creator=li)
    await s.add_bot_to_group(group, li, as_admin=True)
    now = harness.clock.now()
    async with harness.louhu.sessionmaker() as session:
        building = Building(
            chat_id=group.id, chat_title="3号楼", name="0", created_at=now, updated_at=now
        )
        session.add(building)
        await session.commit()
    await harness.settled()
    return group, building.id


async def _post(harness: Harness, group: StandInChat, ref_id: int, *, refresh: bool) -> None:
    async with harness.louhu.sessionmaker() as session:
        await post_live(
            session,
            purpose=PURPOSE,
            ref_id=ref_id,
            chat_id=group.id,
            text="roll call <b>0</b>",
            now=harness.clock.now(),
        )
        if refresh:  # asked for before the first send has even started
            await session.execute(update(Building).where(Building.id == ref_id).values(name="1"))
            assert await request_refresh(session, purpose=PURPOSE, ref_id=ref_id)
        await session.commit()
    harness.louhu.sender.wake()


async def _reading(harness: Harness, ref_id: int, state: str) -> None:
    """What a reading arriving does: change the state, ask for a refresh, commit, wake."""
    async with harness.louhu.sessionmaker() as session:
        await session.execute(update(Building).where(Building.id == ref_id).values(name=state))
        assert await request_refresh(session, purpose=PURPOSE, ref_id=ref_id)
        await session.commit()
    harness.louhu.sender.wake()


async def _readings_for(harness: Harness, ref_id: int, seconds: float, *, start: int = 1) -> int:
    """A reading every 20 ms or so for `seconds` of wall time; the last reading's number."""
    n = start - 1
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        n += 1
        await _reading(harness, ref_id, str(n))
        await asyncio.sleep(0.02)
    return n


def _into(harness: Harness, group: StandInChat) -> list[ApiCall]:
    """Every sendMessage and editMessageText the bot tried in the group."""
    return [
        c
        for c in harness.standin.calls()
        if c.method in ("sendMessage", "editMessageText") and c.params.get("chat_id") == group.id
    ]


def _refused(calls: list[ApiCall]) -> list[ApiCall]:
    return [c for c in calls if c.status == 429]


def _shows(harness: Harness, group: StandInChat, text: str) -> bool:
    return _shown(harness, group) == text


def _shown(harness: Harness, group: StandInChat) -> str | None:
    posted = [c for c in _into(harness, group) if c.method == "sendMessage" and c.ok]
    message = harness.standin.message(group, posted[-1].result["message_id"])
    return message.text


async def _wait_for(predicate, *, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_many_refreshes_stay_under_the_group_budget_and_end_on_the_last(
    harness: Harness,
) -> None:
    group, ref_id = await _group(harness)
    before = len(_into(harness, group))
    await _post(harness, group, ref_id, refresh=False)
    started = time.monotonic()
    # Readings for 2 s of wall time, not a count: on a loaded machine a count would take longer
    # and earn more edits, up to the group's budget, which holds the last one for a minute.
    last = await _readings_for(harness, ref_id, 2.0)
    assert last >= 20
    # the last edit waits for its gap, which "settled" does not wait for
    await _wait_for(lambda: _shows(harness, group, f"roll call {last}"), timeout=15)
    await harness.settled(timeout=10)

    calls = _into(harness, group)[before:]
    edits = [c for c in calls if c.method == "editMessageText"]
    window = time.monotonic() - started
    assert _refused(calls) == []
    # coalesced: never two edits within a gap, and far fewer edits than readings (how many
    # readings a loaded machine gets through in 2 s varies, so no lower bound beyond one)
    assert 1 <= len(edits) <= window / GAP + 1 and len(edits) * 4 <= last
    assert len({c.params["message_id"] for c in edits}) == 1
    assert _shown(harness, group) == f"roll call {last}"
    posts = [c for c in calls if c.method == "sendMessage"]
    assert len(posts) == 1


@pytest.mark.gap(FAST)
async def test_refreshes_beyond_the_group_budget_wait_and_leave_the_reserve(
    harness: Harness,
) -> None:
    group, ref_id = await _group(harness)
    await _post(harness, group, ref_id, refresh=False)
    i = 0
    deadline = time.monotonic() + 20
    while len([c for c in _into(harness, group) if c.ok]) < 17:  # readings until the cap
        assert time.monotonic() < deadline, "the group's budget was never reached"
        i += 1
        await _reading(harness, ref_id, str(i))
        await asyncio.sleep(0.02)
    await _readings_for(harness, ref_id, 1.0, start=i + 1)  # 10 more edits' worth, held
    calls = _into(harness, group)
    assert _refused(calls) == []
    landed = [c for c in calls if c.ok]
    # the sender leaves 3 of the group's 20 a minute to emergencies: ordinary traffic stops at 17
    assert len(landed) == 17
    async with harness.louhu.sessionmaker() as session:
        live = await find_live(session, purpose=PURPOSE, ref_id=ref_id)
        assert live is not None and live.requested > live.shown  # still pending, held
        queue_send(
            session,
            chat_id=group.id,
            text="🆘 emergency",
            now=harness.clock.now(),
            priority=Priority.EMERGENCY,
        )
        await session.commit()
    harness.louhu.sender.wake()
    said = await harness.bot_says(group, "🆘 emergency", timeout=2.0)
    assert said.ok
    assert _refused(_into(harness, group)) == []


async def test_a_429_mid_way_is_retried_and_the_last_state_shown(harness: Harness) -> None:
    group, ref_id = await _group(harness)
    await _post(harness, group, ref_id, refresh=False)
    first = await _readings_for(harness, ref_id, 0.5)
    await _wait_for(lambda: any(c.method == "editMessageText" for c in _into(harness, group)))
    harness.standin.fail("editMessageText", "429", retry_after=1)
    last = await _readings_for(harness, ref_id, 2.0, start=first + 1)
    await _wait_for(lambda: _shows(harness, group, f"roll call {last}"), timeout=15)
    await harness.settled(timeout=10)

    calls = _into(harness, group)
    refused = _refused(calls)
    assert len(refused) == 1 and refused[0].fault == "429"  # the injected one, no other
    after = [c for c in calls if c.at > refused[0].at]
    assert after and after[0].at - refused[0].at >= 1.0  # Telegram's retry_after was kept
    assert _shown(harness, group) == f"roll call {last}"
    async with harness.louhu.sessionmaker() as session:
        live = await find_live(session, purpose=PURPOSE, ref_id=ref_id)
        assert live is not None and (live.requested, live.shown) == (last, last)


async def test_a_refresh_before_the_first_send_completed_edits_that_message(
    harness: Harness,
) -> None:
    group, ref_id = await _group(harness)
    before = len(_into(harness, group))
    harness.standin.fail("sendMessage", "502")
    await _post(harness, group, ref_id, refresh=True)
    # the post is retried after a backoff, which "settled" does not wait for
    await _wait_for(lambda: any(c.method == "editMessageText" for c in _into(harness, group)))
    await harness.settled(timeout=10)

    calls = _into(harness, group)[before:]
    posts = [c for c in calls if c.method == "sendMessage"]
    edits = [c for c in calls if c.method == "editMessageText"]
    assert [c.ok for c in posts] == [False, True]  # the 502, then the one message
    assert len(edits) == 1 and edits[0].ok
    assert edits[0].params["message_id"] == posts[1].result["message_id"]
    assert _shown(harness, group) == "roll call 1"
