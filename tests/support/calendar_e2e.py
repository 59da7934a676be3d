"""Helpers for the calendar's end-to-end tests: days of simulated time through the stand-in.

The bot runs for real (handlers, engine, actions, sender); only the clock is a FakeClock that
these helpers move from one checkpoint to the next, running the engine at each, as the
scheduler's tick would. Nothing sleeps for a schedule.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.rate_limit import SendLimits
from domain.clock import FakeClock
from models.calendar_runs import checked_until
from standin.recording import ApiCall
from standin.server import BotApiStandIn
from tests.support.harness import Harness

UNLIMITED = SendLimits(
    global_per_second=100_000,
    private_per_second=100_000.0,
    private_burst=100_000,
    group_per_minute=100_000,
    group_emergency_reserve=0,
)
"""The sender's limits count real seconds: a fortnight lived in seconds would wait minutes for
a group's 20 a minute. The limits have tests of their own (unit, integration, bench)."""

SHANGHAI = ZoneInfo("Asia/Shanghai")

# Every slot of the default settings (roll calls 08:00/20:00 and their closes two hours later,
# the sampling window's end 11:00, the notice 20:00, the summary 21:00), a minute after, and
# ticks in between where nothing is due.
DEFAULT_CHECKPOINTS = (
    time(3, 0),
    time(8, 1),
    time(9, 0),
    time(10, 1),
    time(11, 1),
    time(15, 0),
    time(20, 1),
    time(21, 1),
    time(22, 1),
)

CHANGES = frozenset({"sendMessage", "editMessageText", "editMessageReplyMarkup", "deleteMessage"})
"""The Bot API methods that put something in front of people."""

ROLLCALL_HEADER = re.compile(r"体温接龙 (\d\d-\d\d) (\d\d:\d\d)")
SAMPLING_TITLE = re.compile(r"上门采样名单：(\d{4}-\d\d-\d\d)")


def local(day: date, at: time, zone: ZoneInfo = SHANGHAI) -> datetime:
    """A local wall-clock time as a UTC instant (first occurrence when it occurs twice)."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def checkpoints(
    first: date, last: date, zone: ZoneInfo = SHANGHAI, times: Iterable[time] = DEFAULT_CHECKPOINTS
) -> list[datetime]:
    """The instants to run the engine at, every day from `first` to `last` (local dates)."""
    wanted = sorted(times)
    found: list[datetime] = []
    day = first
    while day <= last:
        found.extend(local(day, at, zone) for at in wanted)
        day += timedelta(days=1)
    return sorted(found)


@asynccontextmanager
async def calendar_harness(
    standin: BotApiStandIn, database_url: str, start: datetime
) -> AsyncIterator[Harness]:
    """The bot on this database with its clock at `start`, no send limits and no gap between
    live edits to wait for (both count real seconds); the scheduler's own calendar tick
    (every 60 real seconds) never comes in a test this short."""
    clock = FakeClock(start)
    harness = await Harness.start(
        standin,
        database_url,
        clock,
        send_limits=UNLIMITED,
        calendar_tick_seconds=60,
        live_edit_seconds=0,
    )
    try:
        yield harness
    finally:
        await harness.stop()


@dataclass(frozen=True)
class Sent:
    """A call the bot made while the engine ran at a simulated instant."""

    at: datetime
    call: ApiCall


@dataclass
class CalendarDriver:
    """Moves the harness's clock from checkpoint to checkpoint, running the engine at each and
    keeping what the bot sent then, with the simulated instant."""

    harness: Harness
    sent: list[Sent] = field(default_factory=list)
    ticks: int = 0

    async def tick(self) -> None:
        """Run the engine now and let the sender send what it queued."""
        harness = self.harness
        mark = harness.standin.mark()
        result = await harness.louhu.run_calendar()
        self.ticks += 1
        assert result.failed == 0 and not result.broken, result
        if result.queued:
            await harness.settled()
        now = harness.clock.now()
        self.sent.extend(Sent(now, call) for call in harness.standin.calls()[mark:])

    async def restart(self, *, timeout: float = 5.0) -> None:
        """Restart the bot now and keep what its start-up tick sends (the scheduler runs the
        calendar at once on start, so slots due while it was down go out then)."""
        harness = self.harness
        mark = harness.standin.mark()
        await harness.restart()
        now = harness.clock.now()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:  # the start-up tick is done once it has moved the watermark to now
            async with harness.louhu.sessionmaker() as session:
                mark_at = await checked_until(session)
            if mark_at is not None and mark_at.replace(tzinfo=UTC) >= now:
                break
            assert loop.time() < deadline, f"no start-up calendar tick in {timeout}s"
            await asyncio.sleep(0.01)
        await harness.settled()
        self.sent.extend(Sent(now, call) for call in harness.standin.calls()[mark:])

    async def run_to(self, end: datetime, instants: Iterable[datetime]) -> None:
        """Tick at every instant after now up to `end`, then stop with the clock at `end`."""
        clock = self.harness.clock
        for instant in sorted(i for i in instants if clock.now() < i <= end):
            clock.advance(seconds=(instant - clock.now()).total_seconds())
            await self.tick()
        if clock.now() < end:
            clock.advance(seconds=(end - clock.now()).total_seconds())

    def roll_calls(self, chat_id: int) -> list[Sent]:
        """The roll calls the bot posted (successfully) in a group while the engine ran."""
        return [s for s in self._posted(chat_id) if ROLLCALL_HEADER.search(s.call.params["text"])]

    def sampling_lists(self, chat_id: int) -> list[Sent]:
        """The sampling lists the bot posted (successfully) in a group while the engine ran."""
        return [s for s in self._posted(chat_id) if SAMPLING_TITLE.search(s.call.params["text"])]

    def private(self, user_id: int, fragment: str) -> list[Sent]:
        """Private messages to a person, sent while the engine ran, that contain a fragment."""
        return [s for s in self._posted(user_id) if fragment in s.call.params["text"]]

    def messages(self, after: datetime) -> list[Sent]:
        """Every message the bot sent or changed while the engine ran after an instant."""
        return [s for s in self.sent if s.at > after and s.call.method in CHANGES]

    def _posted(self, chat_id: int) -> list[Sent]:
        return [
            s
            for s in self.sent
            if s.call.method == "sendMessage" and s.call.ok and s.call.params["chat_id"] == chat_id
        ]


def roll_call_slot(sent: Sent) -> tuple[str, str]:
    """The roll call's (MM-DD, HH:MM) as its header shows them."""
    found = ROLLCALL_HEADER.search(sent.call.params["text"])
    assert found is not None
    return found.group(1), found.group(2)


def sampling_date(sent: Sent) -> date:
    """The sampling day a list names."""
    found = SAMPLING_TITLE.search(sent.call.params["text"])
    assert found is not None
    return date.fromisoformat(found.group(1))


def day_of(day: date, n: int) -> date:
    """The local date of quarantine day n (day 1 is `day`)."""
    return day + timedelta(days=n - 1)


async def refused(
    standin: BotApiStandIn, method: str, *, since: int, timeout: float = 5.0
) -> ApiCall:
    """Wait for the first call of `method` since `since` that an injected fault refused
    (the stand-in's wait_for sees successful calls only)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        for call in standin.calls()[since:]:
            if call.method == method and call.fault is not None:
                return call
        assert loop.time() < deadline, f"no refused {method} in {timeout}s"
        await asyncio.sleep(0.01)
