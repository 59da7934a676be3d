"""The outbound sender against a scripted Bot: priority, per-chat order, retries, give-ups."""

from __future__ import annotations

import asyncio
import inspect
import time
from typing import Any

from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import EditMessageText, SendMessage
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.outbound import queue_edit, queue_send
from bot.rate_limit import SendLimits, SendRateLimiter
from bot.sender import MAX_MOVES, OutboundSender
from domain.clock import FakeClock
from models.outbox import OutboundMessage, OutboxStatus, Priority
from tests.support.scripted_bot import ScriptedBot


def _texts(bot: ScriptedBot) -> list[str]:
    return [c.text for c in bot.calls]


async def _queue(sessionmaker, clock, *messages: tuple[int, str, Priority]) -> None:
    async with sessionmaker() as session:
        for chat_id, text, priority in messages:
            queue_send(session, chat_id=chat_id, text=text, now=clock.now(), priority=priority)
        await session.commit()


async def _statuses(sessionmaker) -> dict[str, tuple[str, int]]:
    async with sessionmaker() as session:
        rows = (await session.execute(select(OutboundMessage))).scalars()
        return {r.payload["text"]: (r.status, r.attempts) for r in rows}


async def test_emergencies_go_first_then_queue_order(sessionmaker, clock: FakeClock) -> None:
    bot = ScriptedBot()
    await _queue(
        sessionmaker,
        clock,
        (1, "card-1", Priority.CARD),
        (2, "reminder", Priority.REMINDER),
        (1, "card-2", Priority.CARD),
        (3, "SOS", Priority.EMERGENCY),
    )
    sender = OutboundSender(bot, sessionmaker, clock)  # type: ignore[arg-type]
    assert await sender.deliver_due() == sender._idle_poll
    assert _texts(bot) == ["SOS", "card-1", "card-2", "reminder"]


async def test_retry_after_holds_only_that_chat_and_keeps_its_order(
    sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    bot.fail(1, TelegramRetryAfter(SendMessage(chat_id=1, text="x"), "Too Many Requests", 7))
    await _queue(
        sessionmaker,
        clock,
        (1, "a1", Priority.CARD),
        (1, "a2", Priority.CARD),
        (2, "b1", Priority.CARD),
    )
    sender = OutboundSender(bot, sessionmaker, clock)  # type: ignore[arg-type]

    wait = await sender.deliver_due()
    assert _texts(bot) == ["a1", "b1"] and wait == 5.0  # idle poll caps the 7 s wait
    assert await sender.deliver_due() > 0 and _texts(bot) == ["a1", "b1"]  # not yet due
    clock.advance(seconds=7)
    await sender.deliver_due()
    assert _texts(bot) == ["a1", "b1", "a1", "a2"]
    assert await _statuses(sessionmaker) == {
        "a1": (OutboxStatus.SENT, 2),
        "a2": (OutboxStatus.SENT, 1),
        "b1": (OutboxStatus.SENT, 1),
    }


async def test_server_errors_back_off_then_succeed(sessionmaker, clock: FakeClock) -> None:
    bot = ScriptedBot()
    method = SendMessage(chat_id=1, text="x")
    bot.fail(
        1, TelegramServerError(method, "Bad Gateway"), TelegramServerError(method, "Bad Gateway")
    )
    await _queue(sessionmaker, clock, (1, "card", Priority.CARD))
    sender = OutboundSender(bot, sessionmaker, clock)  # type: ignore[arg-type]
    for _ in range(3):
        await sender.deliver_due()
        clock.advance(seconds=10)
    assert _texts(bot) == ["card", "card", "card"]
    assert await _statuses(sessionmaker) == {"card": (OutboxStatus.SENT, 3)}


async def test_forbidden_and_bad_requests_are_given_up(sessionmaker, clock: FakeClock) -> None:
    bot = ScriptedBot()
    bot.fail(
        1, TelegramForbiddenError(SendMessage(chat_id=1, text="x"), "Forbidden: bot was kicked")
    )
    bot.fail(2, TelegramBadRequest(SendMessage(chat_id=2, text="x"), "Bad Request: chat not found"))
    await _queue(
        sessionmaker,
        clock,
        (1, "kicked", Priority.CARD),
        (2, "missing", Priority.CARD),
        (1, "next", Priority.CARD),
    )
    sender = OutboundSender(bot, sessionmaker, clock)  # type: ignore[arg-type]
    await sender.deliver_due()
    assert await _statuses(sessionmaker) == {
        "kicked": (OutboxStatus.FAILED, 1),
        "missing": (OutboxStatus.FAILED, 1),
        "next": (OutboxStatus.SENT, 1),
    }


async def test_unmodified_edit_counts_as_sent_and_hook_sees_message_id(
    sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    bot.fail(
        5,
        TelegramBadRequest(
            EditMessageText(chat_id=5, message_id=1, text="x"),
            "Bad Request: message is not modified: same",
        ),
    )
    seen: list[tuple[int, int]] = []

    async def hook(session, ref_id: int, message_id: int) -> None:
        seen.append((ref_id, message_id))

    async with sessionmaker() as session:
        queue_send(
            session, chat_id=4, text="card", now=clock.now(), purpose="order_card", ref_id=42
        )
        queue_edit(session, chat_id=5, message_id=9, text="same", now=clock.now())
        await session.commit()
    sender = OutboundSender(bot, sessionmaker, clock, on_sent={"order_card": hook})  # type: ignore[arg-type]
    await sender.deliver_due()
    assert seen == [(42, 101)]
    assert await _statuses(sessionmaker) == {
        "card": (OutboxStatus.SENT, 1),
        "same": (OutboxStatus.SENT, 1),
    }


async def _errors(sessionmaker) -> dict[str, str | None]:
    async with sessionmaker() as session:
        rows = (await session.execute(select(OutboundMessage))).scalars()
        return {r.payload["text"]: r.last_error for r in rows}


async def test_every_error_is_settled_per_row_and_never_stops_the_queue(
    sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    method = SendMessage(chat_id=1, text="x")
    html = ValueError("Expecting value: line 1 column 1 (char 0)")
    bot.fail(1, ClientDecodeError("Failed to deserialize object", html, "<html>502</html>"))
    bot.fail(2, TelegramConflictError(method, "Conflict: terminated by other request"))
    bot.fail(3, TelegramAPIError(method, "Something new"))
    bot.fail(4, RuntimeError("a bug in a middleware"))
    await _queue(
        sessionmaker,
        clock,
        (1, "decode", Priority.CARD),
        (2, "conflict", Priority.CARD),
        (3, "unknown", Priority.CARD),
        (4, "bug", Priority.CARD),
        (5, "after", Priority.CARD),
    )
    async with sessionmaker() as session:
        session.add(
            OutboundMessage(
                chat_id=6,
                method="sendMessage",
                payload={"text": "broken", "reply_parameters": "not an object"},
                created_at=clock.now(),
            )
        )
        session.add(
            OutboundMessage(
                chat_id=7, method="sendPigeon", payload={"text": "pigeon"}, created_at=clock.now()
            )
        )
        await session.commit()
    sender = OutboundSender(bot, sessionmaker, clock)  # type: ignore[arg-type]
    await sender.deliver_due()
    statuses = await _statuses(sessionmaker)
    assert statuses == {
        "decode": (OutboxStatus.PENDING, 1),  # an HTML error page from a proxy: try again
        "conflict": (OutboxStatus.FAILED, 1),
        "unknown": (OutboxStatus.FAILED, 1),
        "bug": (OutboxStatus.PENDING, 1),
        "after": (OutboxStatus.SENT, 1),
        "broken": (OutboxStatus.FAILED, 1),
        "pigeon": (OutboxStatus.FAILED, 1),
    }
    errors = await _errors(sessionmaker)
    assert "ClientDecodeError" in (errors["decode"] or "")
    assert "Conflict" in (errors["conflict"] or "") and "Something new" in (errors["unknown"] or "")
    assert "sendPigeon" in (errors["pigeon"] or "")
    clock.advance(seconds=10)
    await sender.deliver_due()
    assert (await _statuses(sessionmaker))["decode"] == (OutboxStatus.SENT, 2)
    assert (await _statuses(sessionmaker))["bug"] == (OutboxStatus.SENT, 2)


def _fast_limiter() -> SendRateLimiter:
    """Telegram's per-chat limits, with the global spacing out of the way of the test's time."""
    return SendRateLimiter(SendLimits(global_per_second=10_000))


async def test_a_private_message_behind_230_held_group_rows_goes_promptly(
    sessionmaker, clock: FakeClock
) -> None:
    bot = ScriptedBot()
    async with sessionmaker() as session:
        for i in range(230):
            queue_send(
                session, chat_id=-1, text=f"card {i}", now=clock.now(), priority=Priority.CARD
            )
        queue_send(
            session, chat_id=555, text="reminder", now=clock.now(), priority=Priority.REMINDER
        )
        await session.commit()
    sender = OutboundSender(bot, sessionmaker, clock, limiter=_fast_limiter())  # type: ignore[arg-type]
    waits = [await sender.deliver_due() for _ in range(4)]
    assert "reminder" in _texts(bot)
    assert sum(1 for c in bot.calls if c.chat_id == -1) == 17  # the group's ordinary share
    # after the first pass (a full batch, so more may be due) the sender waits: no spinning
    assert waits[0] == 0.0 and all(w > 1.0 for w in waits[2:])


async def test_an_emergency_uses_the_groups_reserve_at_once(sessionmaker, clock: FakeClock) -> None:
    bot = ScriptedBot()
    await _queue(sessionmaker, clock, *[(-5, f"card {i}", Priority.CARD) for i in range(25)])
    sender = OutboundSender(bot, sessionmaker, clock, limiter=_fast_limiter())  # type: ignore[arg-type]
    assert await sender.deliver_due() > 1.0
    assert len(bot.calls) == 17
    await _queue(sessionmaker, clock, (-5, "calm reply", Priority.EMERGENCY))
    await sender.deliver_due()
    assert _texts(bot)[17:] == ["calm reply"]  # the cards still wait for the minute to turn
    for i in range(3):
        await _queue(sessionmaker, clock, (-5, f"sos {i}", Priority.EMERGENCY))
    await sender.deliver_due()
    assert _texts(bot)[18:] == ["sos 0", "sos 1"]  # Telegram's own 20 a minute still holds


class Bouncing(ScriptedBot):
    """Telegram saying a chat moved, back and forth (it does not; a proxy might)."""

    async def __call__(self, method: Any) -> Any:
        self.calls.append(method)
        to = -2 if method.chat_id == -1 else -1
        raise TelegramMigrateToChat(method=method, message="moved", migrate_to_chat_id=to)


async def test_a_chat_moving_in_circles_is_given_up(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    bot = Bouncing()
    sender = OutboundSender(bot, sessionmaker, clock)  # type: ignore[arg-type]
    await _queue(sessionmaker, clock, (-1, "card", Priority.CARD))
    for _ in range(MAX_MOVES + 3):
        await sender.deliver_due()
        clock.advance(seconds=5)
    statuses = await _statuses(sessionmaker)
    assert [status for status, _ in statuses.values()] == ["failed"]
    assert len(bot.calls) == MAX_MOVES


class HangingBot(ScriptedBot):
    """Holds the first call of each text in `hang` until cancelled; answers slowly otherwise."""

    def __init__(self, *hang: str, pause: float = 0.0) -> None:
        super().__init__()
        self.hang = set(hang)
        self.pause = pause
        self.in_flight = 0
        self.most_in_flight = 0
        self.times: list[float] = []

    async def __call__(self, method: Any) -> Any:
        self.times.append(time.monotonic())
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if method.text in self.hang:
                self.hang.discard(method.text)
                self.calls.append(method)
                await asyncio.Event().wait()
            await asyncio.sleep(self.pause * (method.chat_id % 3))
            return await super().__call__(method)
        finally:
            self.in_flight -= 1


async def _until(check: Any, timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while True:
            done = check()
            if inspect.isawaitable(done):
                done = await done
            if done:
                return
            await asyncio.sleep(0.01)


async def test_an_emergency_waits_for_no_hanging_ordinary_request(
    sessionmaker, clock: FakeClock
) -> None:
    bot = HangingBot("stuck")
    sender = OutboundSender(bot, sessionmaker, clock, idle_poll=0.05)  # type: ignore[arg-type]
    await _queue(sessionmaker, clock, (1, "stuck", Priority.CARD))
    sender.start()
    try:
        await _until(lambda: "stuck" in _texts(bot))
        await _queue(sessionmaker, clock, (2, "SOS", Priority.EMERGENCY))
        sender.wake()
        await _until(lambda: "SOS" in _texts(bot), timeout=1.0)
    finally:
        await sender.stop(grace=0.1)  # the hanging call is cancelled: its row waits for a restart
    assert await _statuses(sessionmaker) == {
        "stuck": (OutboxStatus.PENDING, 0),
        "SOS": (OutboxStatus.SENT, 1),
    }


async def test_an_emergency_that_hangs_is_sent_again_at_once(
    sessionmaker, clock: FakeClock
) -> None:
    bot = HangingBot("SOS")
    await _queue(
        sessionmaker, clock, (3, "SOS", Priority.EMERGENCY), (3, "SOS 2", Priority.EMERGENCY)
    )
    sender = OutboundSender(bot, sessionmaker, clock, emergency_timeout=0.2)  # type: ignore[arg-type]
    assert await sender.deliver_due() == 0.0  # due again at once, not after a backoff
    assert _texts(bot) == ["SOS"]  # the next alert to that chat keeps its place behind it
    assert (await _errors(sessionmaker))["SOS"] == "no answer within 0.2s (emergency lane)"
    await sender.deliver_due()
    assert _texts(bot) == ["SOS", "SOS", "SOS 2"]
    assert await _statuses(sessionmaker) == {
        "SOS": (OutboxStatus.SENT, 2),
        "SOS 2": (OutboxStatus.SENT, 1),
    }


async def test_the_lanes_run_at_once_and_never_send_a_row_twice(
    sessionmaker, clock: FakeClock
) -> None:
    bot = HangingBot(pause=0.002)
    limits = SendLimits(global_per_second=10_000, private_per_second=10_000.0, private_burst=1_000)
    sender = OutboundSender(bot, sessionmaker, clock, limiter=SendRateLimiter(limits))  # type: ignore[arg-type]
    chats = [1, 2, 3, 4, 5, 6]
    sender.start()
    try:
        for wave in range(4):  # rows keep arriving while both lanes work
            await _queue(
                sessionmaker,
                clock,
                *[
                    (chat, f"{chat}/{wave}/{i}/{priority.name}", priority)
                    for i in range(5)
                    for chat in chats
                    for priority in (Priority.EMERGENCY, Priority.CARD)
                ],
            )
            sender.wake()
            await asyncio.sleep(0.02)
        await _until(sender.idle, timeout=30.0)
    finally:
        await sender.stop()
    texts = _texts(bot)
    assert len(texts) == len(set(texts)) == 4 * 5 * 6 * 2
    assert bot.most_in_flight >= 2  # the lanes really overlapped
    statuses = await _statuses(sessionmaker)
    assert set(statuses.values()) == {(OutboxStatus.SENT, 1)}
    for chat in chats:  # within a lane, each chat's rows in the order they were queued
        for lane in ("EMERGENCY", "CARD"):
            mine = [t for t in texts if t.startswith(f"{chat}/") and t.endswith(lane)]
            order = [tuple(int(n) for n in t.split("/")[1:3]) for t in mine]
            assert order == sorted(order)


async def test_the_lanes_share_a_private_chats_limit(sessionmaker, clock: FakeClock) -> None:
    bot = HangingBot()
    # sends 0.2 s apart: a lane waits for its slot, and the other must already see it booked
    limiter = SendRateLimiter(SendLimits(global_per_second=5))
    sender = OutboundSender(bot, sessionmaker, clock, limiter=limiter, idle_poll=0.05)  # type: ignore[arg-type]
    await _queue(
        sessionmaker,
        clock,
        *[(7, f"sos {i}", Priority.EMERGENCY) for i in range(3)],
        *[(7, f"card {i}", Priority.CARD) for i in range(3)],
    )
    sender.start()
    try:
        await _until(lambda: len(bot.calls) >= 1)
        await asyncio.sleep(0.85)
        assert len(bot.calls) == 3  # a burst of three, whichever lane sent them
        await _until(sender.idle, timeout=10.0)
    finally:
        await sender.stop()
    assert sorted(_texts(bot)) == [
        *(f"card {i}" for i in range(3)),
        *(f"sos {i}" for i in range(3)),
    ]


async def test_the_lanes_share_the_global_rate(sessionmaker, clock: FakeClock) -> None:
    bot = HangingBot()
    limiter = SendRateLimiter(SendLimits(global_per_second=4))
    sender = OutboundSender(bot, sessionmaker, clock, limiter=limiter, idle_poll=0.05)  # type: ignore[arg-type]
    await _queue(
        sessionmaker,
        clock,
        *[(10 + i, f"sos {i}", Priority.EMERGENCY) for i in range(4)],
        *[(20 + i, f"card {i}", Priority.CARD) for i in range(4)],
    )
    sender.start()
    try:
        await _until(lambda: len(bot.calls) == 8)
    finally:
        await sender.stop()
    # never a fifth send within a second of four others, whichever lanes they came from
    fifths = zip(bot.times, bot.times[4:], strict=False)
    assert min(later - earlier for earlier, later in fifths) > 0.99


async def test_a_pass_reads_what_is_due_without_a_transaction_on_postgresql(
    sessionmaker, clock: FakeClock
) -> None:
    """PostgreSQL: the passes' reads of what is due run in autocommit (no BEGIN and ROLLBACK
    round trips); the row is still claimed and recorded in a transaction of its own."""
    await _queue(sessionmaker, clock, (1, "card", Priority.CARD))
    bot = ScriptedBot()
    sender = OutboundSender(bot, sessionmaker, clock)  # type: ignore[arg-type]
    engine = sessionmaker.kw["bind"].sync_engine
    seen: list[tuple[str, bool]] = []

    def record(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        autocommit = bool(getattr(conn.connection.dbapi_connection, "autocommit", False))
        seen.append((statement.split()[0], autocommit))

    event.listen(engine, "before_cursor_execute", record)
    try:
        await sender.deliver_due()  # reads, sends the card, records it
        await sender.deliver_due()  # nothing due: reads only
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert _texts(bot) == ["card"]
    assert (await _statuses(sessionmaker))["card"] == (OutboxStatus.SENT, 1)
    if engine.dialect.name == "postgresql":
        assert {kind for kind, autocommit in seen if autocommit} == {"SELECT"}
        assert ("UPDATE", False) in seen  # the record, in the claim's transaction
        assert sum(autocommit for _, autocommit in seen) >= 6  # both passes' reads


async def test_a_wake_for_chats_the_limits_hold_comes_when_the_first_is_free(
    sessionmaker, clock: FakeClock
) -> None:
    """A card committed for a chat past its limit wakes the ordinary lane when the chat is free
    again, not at once (a pass then would leave the chat out and find nothing); a wake for a
    free chat among held ones comes at once."""
    bot = HangingBot()
    limiter = SendRateLimiter(SendLimits(private_per_second=2.0, private_burst=1))
    sender = OutboundSender(bot, sessionmaker, clock, limiter=limiter, idle_poll=30.0)  # type: ignore[arg-type]
    passes = 0
    lane = sender._deliver_lane

    async def counted(this_lane: Any) -> float:
        nonlocal passes
        passes += not this_lane.emergency
        return await lane(this_lane)

    sender._deliver_lane = counted  # type: ignore[method-assign,assignment]
    sender.start()
    try:
        await _until(lambda: passes == 1 and not sender._busy())
        held_at = time.monotonic()
        limiter.record(7, held_at)  # chat 7 may have its next message in 0.5 s
        await _queue(sessionmaker, clock, (7, "card", Priority.CARD))
        sender.wake(ordinary_only=True, chats={7})
        await asyncio.sleep(0.2)
        assert passes == 1 and not bot.calls  # not woken for a chat it could not send to
        await _until(lambda: len(bot.calls) == 1, timeout=5.0)
        assert bot.times[0] - held_at >= 0.45
        assert passes == 2
        await _until(lambda: not sender._busy())
        limiter.record(7, time.monotonic())
        await _queue(sessionmaker, clock, (7, "card 2", Priority.CARD), (8, "hi", Priority.CARD))
        sender.wake(ordinary_only=True, chats={7, 8})
        await _until(lambda: len(bot.calls) == 2, timeout=0.3)  # chat 8 is free: at once
        assert _texts(bot)[1] == "hi"
        await _until(lambda: len(bot.calls) == 3, timeout=5.0)
    finally:
        await sender.stop()
    assert _texts(bot) == ["card", "hi", "card 2"]


async def test_a_second_put_off_wake_comes_after_the_first_has_fired(
    sessionmaker, clock: FakeClock
) -> None:
    """A wake put off for a held chat, once fired, does not stand in for the next one: a card
    for the chat held again later is sent when it is free, not at the idle poll."""
    bot = HangingBot()
    limiter = SendRateLimiter(SendLimits(private_per_second=2.0, private_burst=1))
    sender = OutboundSender(bot, sessionmaker, clock, limiter=limiter, idle_poll=30.0)  # type: ignore[arg-type]
    sender.start()
    try:
        await _until(lambda: not sender._busy())
        for n in (1, 2):
            await _until(lambda: not sender._busy())
            limiter.record(7, time.monotonic())  # chat 7 may have its next message in 0.5 s
            await _queue(sessionmaker, clock, (7, f"card {n}", Priority.CARD))
            sender.wake(ordinary_only=True, chats={7})
            await _until(lambda n=n: len(bot.calls) == n, timeout=5.0)
            await asyncio.sleep(0.6)  # the put-off wake has fired
    finally:
        await sender.stop()
    assert _texts(bot) == ["card 1", "card 2"]
