"""/healthz's findings and /metrics' database figures, on each database."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.health import check_health
from bot.metrics import LouhuMetrics
from bot.outbound import queue_send, queue_webhook
from domain.clock import FakeClock
from models.db import create_engine, create_sessionmaker
from models.households import Household
from models.incidents import Incident
from models.outbox import OutboundMessage, OutboxStatus, Priority
from models.rollcalls import RollCall, RollCallEntry
from tests.support.factories import make_building, make_person


class Sender:
    """The sender as the health check sees it."""

    def __init__(self, alive: bool) -> None:
        self._alive = alive

    def alive(self, within: float) -> bool:
        return self._alive


def _gauge(metrics: LouhuMetrics, name: str, labels: dict[str, str] | None = None) -> float:
    value = metrics.registry.get_sample_value(name, labels or {})
    assert value is not None, name
    return value


async def test_healthy_with_an_empty_outbox(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    health = await check_health(sessionmaker, clock, Sender(True), max_due_seconds=300)
    assert health.ok
    assert health.as_json() == {
        "ok": True,
        "database": True,
        "sender_alive": True,
        "oldest_due_outbox_seconds": None,
        "max_due_outbox_seconds": 300,
    }


async def test_a_message_due_too_long_is_unhealthy(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        queue_send(session, chat_id=-1001, text="old", now=clock.now())
        later = queue_send(session, chat_id=-1002, text="waits for a retry", now=clock.now())
        sent = queue_send(session, chat_id=-1003, text="sent", now=clock.now())
        queue_webhook(session, webhook="street", body={}, now=clock.now())  # not Telegram's
        await session.flush()
        later.next_attempt_at = clock.now() + timedelta(hours=1)
        sent.status = OutboxStatus.SENT
        await session.commit()
    clock.advance(seconds=200)
    health = await check_health(sessionmaker, clock, Sender(True), max_due_seconds=300)
    assert health.ok and health.oldest_due_seconds == 200
    clock.advance(seconds=101)
    health = await check_health(sessionmaker, clock, Sender(True), max_due_seconds=300)
    assert not health.ok and health.oldest_due_seconds == 301
    assert health.as_json()["oldest_due_outbox_seconds"] == 301


async def test_a_retry_counts_from_when_it_fell_due(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        row = queue_send(session, chat_id=-1001, text="retried", now=clock.now())
        await session.flush()
        row.next_attempt_at = clock.now() + timedelta(seconds=600)
        await session.commit()
    clock.advance(seconds=610)
    health = await check_health(sessionmaker, clock, Sender(True), max_due_seconds=300)
    assert health.ok and health.oldest_due_seconds == 10


async def test_a_sender_that_stopped_is_unhealthy(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    health = await check_health(sessionmaker, clock, Sender(False), max_due_seconds=300)
    assert not health.ok and health.database and not health.as_json()["sender_alive"]


async def test_an_unreachable_database_is_unhealthy(clock: FakeClock) -> None:
    # nothing listens on port 1; the check answers (it does not raise or hang)
    engine = create_engine("postgresql+asyncpg://louhu@127.0.0.1:1/louhu")
    try:
        health = await check_health(
            create_sessionmaker(engine), clock, Sender(True), max_due_seconds=300
        )
    finally:
        await engine.dispose()
    assert not health.ok and not health.database
    body = health.as_json()
    assert body["database"] is False and body["error"]


async def test_metrics_read_the_outbox_incidents_and_roll_calls(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    metrics = LouhuMetrics()
    async with sessionmaker() as session:
        await metrics.read_database(session, clock.now())
    assert _gauge(metrics, "louhu_incidents_open") == 0
    assert _gauge(metrics, "louhu_incident_oldest_open_seconds") == 0
    assert _gauge(metrics, "louhu_rollcall_missing_households") == 0
    assert _gauge(metrics, "louhu_outbox_pending", {"priority": "emergency"}) == 0

    start = clock.now()
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        wang = await make_person(session, clock, building, flat="3-2-501")
        for n, priority in enumerate((Priority.EMERGENCY, Priority.CARD, Priority.CARD)):
            queue_send(session, chat_id=-1000 - n, text="x", now=start, priority=priority)
        for n, status in enumerate(("open", "acknowledged", "resolved")):
            session.add(
                Incident(
                    building_id=building.id,
                    community="幸福里",
                    reporter_id=wang.id,
                    text="help",
                    source="message",
                    source_chat_id=building.chat_id,
                    source_message_id=n,
                    source_key=f"msg:{building.chat_id}:{n}",
                    status=status,
                    reported_at=start - timedelta(minutes=10 * (3 - n)),
                )
            )
        households = []
        for flat in ("3-2-501", "3-2-502", "3-2-503"):
            household = Household(
                building_id=building.id, flat=flat, created_at=start, updated_at=start
            )
            session.add(household)
            households.append(household)
        await session.flush()
        today = RollCall(
            building_id=building.id,
            at=start - timedelta(hours=1),
            day=date(2026, 12, 5),
            local_time="08:00",
            open_until=start + timedelta(hours=10),
            created_at=start,
        )
        yesterday = RollCall(
            building_id=building.id,
            at=start - timedelta(days=1),
            day=date(2026, 12, 4),
            local_time="08:00",
            open_until=start - timedelta(hours=14),
            created_at=start,
        )
        session.add_all([today, yesterday])
        await session.flush()
        for household, reported in zip(households, (True, False, False), strict=True):
            session.add(
                RollCallEntry(
                    rollcall_id=today.id,
                    household_id=household.id,
                    flat=household.flat,
                    reported_at=start if reported else None,
                )
            )
            session.add(  # yesterday's silence is not today's
                RollCallEntry(rollcall_id=yesterday.id, household_id=household.id, flat="x")
            )
        await session.commit()

    clock.advance(seconds=30)
    async with sessionmaker() as session:
        await metrics.read_database(session, clock.now())
    assert _gauge(metrics, "louhu_outbox_pending", {"priority": "emergency"}) == 1
    assert _gauge(metrics, "louhu_outbox_pending", {"priority": "card"}) == 2
    assert _gauge(metrics, "louhu_outbox_pending", {"priority": "reminder"}) == 0
    assert _gauge(metrics, "louhu_outbox_oldest_due_seconds") == 30
    assert _gauge(metrics, "louhu_incidents_open") == 2
    assert _gauge(metrics, "louhu_incident_oldest_open_seconds") == 30 * 60 + 30
    assert _gauge(metrics, "louhu_rollcall_missing_households") == 2

    async with sessionmaker() as session:  # the emergency went out
        row = await session.get(OutboundMessage, 1)
        assert row is not None and row.priority == Priority.EMERGENCY
        row.status = OutboxStatus.SENT
        await session.commit()
        await metrics.read_database(session, clock.now())
    assert _gauge(metrics, "louhu_outbox_pending", {"priority": "emergency"}) == 0
    text = metrics.exposition().decode()
    assert 'louhu_outbox_pending{priority="card"} 2.0' in text
    assert "louhu_incidents_open 2.0" in text
