"""SKIP LOCKED, job by job: while one worker holds a row (its transaction is open, mid-send or
mid-climb), another worker's pass must go by that row at once and do the rest.

Conditional UPDATEs alone keep the results right if a second worker waits for the lock instead
(it then finds the work done): only the time shows the difference. So each pass here runs under
a short timeout while the row is held; with a plain FOR UPDATE it would wait for the holder and
time out. Each worker has an engine of its own, as a process would.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.outbound import queue_send
from bot.rate_limit import SendLimits, SendRateLimiter
from bot.sender import OutboundSender
from domain.call_parser import CallRequest
from domain.calls import post_call, sign_up
from domain.clock import Clock, FakeClock
from jobs.escalate_incident import escalate_incident
from jobs.remind_calls import remind_calls
from models.calls import CallSignup, VolunteerCall
from models.db import create_engine, create_sessionmaker
from models.incidents import Incident
from models.outbox import OutboundMessage, OutboxStatus
from tests.support.factories import RecordingNotifier, make_building, make_person
from tests.support.incidents import incident_world, report_cardiac
from tests.support.scripted_bot import ScriptedBot

pytestmark = pytest.mark.postgres

FAST = SendLimits(global_per_second=10_000, private_per_second=10_000.0, private_burst=1_000)
# A pass over a handful of rows takes milliseconds (a loaded machine: well under a second);
# waiting for the holder would take forever.
PROMPT = 5.0
SHANGHAI = ZoneInfo("Asia/Shanghai")
T = TypeVar("T")

Workers = tuple[async_sessionmaker[AsyncSession], async_sessionmaker[AsyncSession]]


@pytest.fixture
async def two_workers(postgres_database_url: str) -> AsyncIterator[Workers]:
    engines = [create_engine(postgres_database_url) for _ in range(2)]
    try:
        yield create_sessionmaker(engines[0]), create_sessionmaker(engines[1])
    finally:
        for engine in engines:
            await engine.dispose()


async def hold(session: AsyncSession, model: Any, row_id: int) -> None:
    """Lock one row in this (open) transaction, as a worker taking it does."""
    stmt = select(model.id).where(model.id == row_id).with_for_update()
    assert (await session.execute(stmt)).scalar_one() == row_id


async def promptly(work: Awaitable[T]) -> T:
    """The pass's result, if it came at once; a pass that waits for the held row fails."""
    started = time.monotonic()
    try:
        async with asyncio.timeout(PROMPT):
            result = await work
    except TimeoutError:
        raise AssertionError(f"waited {PROMPT}s for a row another worker holds") from None
    assert time.monotonic() - started < PROMPT
    return result


async def test_the_sender_passes_over_an_outbox_row_another_worker_is_sending(
    two_workers: Workers,
) -> None:
    first, second = two_workers
    clock = FakeClock()
    async with first() as session:
        held = queue_send(session, chat_id=-11, text="held", now=clock.now())
        free = queue_send(session, chat_id=-12, text="free", now=clock.now())
        await session.commit()
    bot = ScriptedBot()
    sender = OutboundSender(bot, second, clock, limiter=SendRateLimiter(FAST))  # type: ignore[arg-type]
    async with first() as holder:
        await hold(holder, OutboundMessage, held.id)
        await promptly(sender.deliver_due())
        assert [call.text for call in bot.calls] == ["free"]
        await holder.rollback()  # the other worker gave up (or died) without sending it
    await promptly(sender.deliver_due())
    assert [call.text for call in bot.calls] == ["free", "held"]  # passed over, not lost
    async with second() as session:
        rows = (await session.execute(select(OutboundMessage))).scalars().all()
    assert {(row.id, row.status) for row in rows} == {
        (held.id, OutboxStatus.SENT),
        (free.id, OutboxStatus.SENT),
    }


async def test_an_escalation_another_worker_is_climbing_is_left_to_it(
    two_workers: Workers,
) -> None:
    first, second = two_workers
    clock = FakeClock()
    w = await incident_world(first, clock)
    busy = await report_cardiac(first, clock, RecordingNotifier(), w, message_id=1)
    idle = await report_cardiac(first, clock, RecordingNotifier(), w, message_id=2)
    assert busy is not None and idle is not None
    clock.advance(seconds=121)  # both past the first level's two minutes
    notifier = RecordingNotifier()
    async with first() as holder:
        await hold(holder, Incident, busy.id)
        assert not await promptly(escalate_incident(second, clock, notifier, busy.id))
        assert await promptly(escalate_incident(second, clock, notifier, idle.id))
        await holder.rollback()
    async with second() as session:
        stages = {
            row.id: row.stage
            for row in (await session.execute(select(Incident))).scalars()
            if row.id in (busy.id, idle.id)
        }
    assert stages == {busy.id: 0, idle.id: 1}  # the held one is its holder's to climb
    assert await promptly(escalate_incident(second, clock, notifier, busy.id))  # let go: free


class Recorded:
    """A CallReminder that notes who it reminded."""

    def __init__(self) -> None:
        self.told: list[tuple[int, int]] = []

    async def remind(
        self, session: AsyncSession, clock: Clock, call: VolunteerCall, person_id: int
    ) -> bool:
        self.told.append((call.id, person_id))
        return True


async def _due_call(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, volunteers: int
) -> tuple[int, list[int]]:
    """A call tomorrow at 7:00 Shanghai time with `volunteers` signed up; the clock is moved to
    59 minutes before it, when their reminders are due."""
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        staff = await make_person(session, clock, building, name="李主任", staff=True)
        people = [
            (
                await make_person(
                    session, clock, building, name=f"V{i}", volunteer=True, started=True
                )
            ).id
            for i in range(volunteers)
        ]
        request = CallRequest("核酸采样引导", date(2026, 12, 6), clock_time(7), clock_time(10), 9)
        call = await post_call(
            session, clock, building=building, author_id=staff.id, request=request, zone=SHANGHAI
        )
        assert isinstance(call, VolunteerCall)
        for person in people:
            await sign_up(session, clock, call=call, person_id=person)
        await session.commit()
    start = datetime(2026, 12, 6, 7, 0, tzinfo=SHANGHAI)
    clock.advance(seconds=(start - timedelta(minutes=59) - clock.now()).total_seconds())
    return call.id, people


async def _signup_ids(sessionmaker: async_sessionmaker[AsyncSession], call_id: int) -> list[int]:
    async with sessionmaker() as session:
        stmt = select(CallSignup.id).where(CallSignup.call_id == call_id).order_by(CallSignup.id)
        return list((await session.execute(stmt)).scalars())


async def test_a_reminder_another_worker_is_sending_is_passed_over(two_workers: Workers) -> None:
    first, second = two_workers
    clock = FakeClock(datetime(2026, 12, 5, 8, 0, tzinfo=ZoneInfo("UTC")))
    call_id, people = await _due_call(first, clock, volunteers=3)
    held, *others = await _signup_ids(first, call_id)
    recorded = Recorded()
    async with first() as holder:
        await hold(holder, CallSignup, held)
        assert await promptly(remind_calls(second, clock, recorded)) == 2
        assert sorted(recorded.told) == [(call_id, p) for p in people[1:]]
        await holder.rollback()  # its holder never reminded them: the next tick does
    assert await promptly(remind_calls(second, clock, recorded)) == 1
    assert sorted(recorded.told) == [(call_id, p) for p in people]
    assert len(others) == 2


async def test_two_workers_reminding_at_once_remind_each_signup_once(
    two_workers: Workers,
) -> None:
    """The first worker to remind someone stays in that transaction (its row locked) until the
    other worker has reminded someone else: the other must go by the locked row."""
    first, second = two_workers
    clock = FakeClock(datetime(2026, 12, 5, 8, 0, tzinfo=ZoneInfo("UTC")))
    call_id, people = await _due_call(first, clock, volunteers=6)
    other_reminded = asyncio.Event()
    opener: list[Recorded] = []

    class Overlapping(Recorded):
        async def remind(
            self, session: AsyncSession, clock: Clock, call: VolunteerCall, person_id: int
        ) -> bool:
            if not opener:
                opener.append(self)
                await other_reminded.wait()
            elif opener[0] is not self:
                other_reminded.set()
            return await super().remind(session, clock, call, person_id)

    a, b = Overlapping(), Overlapping()
    counts = await promptly(
        asyncio.gather(remind_calls(first, clock, a), remind_calls(second, clock, b))
    )
    assert sum(counts) == 6
    assert sorted(a.told + b.told) == [(call_id, p) for p in people]  # each once
    assert a.told and b.told
