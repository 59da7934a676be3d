"""Outgoing webhooks: signed JSON to a local receiver; 5xx retried, 4xx given up."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web
from sqlalchemy import select

from bot.outbound import queue_send, queue_webhook
from bot.sender import OutboundSender
from bot.webhooks import SIGNATURE_HEADER, WebhookPoster, WebhookTarget, sign
from models.outbox import OutboundMessage, OutboxStatus, Priority
from tests.support.scripted_bot import ScriptedBot


class Receiver:
    """A local HTTP endpoint answering with scripted statuses."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.bodies: list[tuple[bytes, str]] = []

    async def handle(self, request: web.Request) -> web.Response:
        self.bodies.append((await request.read(), request.headers.get(SIGNATURE_HEADER, "")))
        return web.Response(status=self.statuses.pop(0) if self.statuses else 200)


async def _serve(receiver: Receiver) -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_post("/hook", receiver.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}/hook"


async def _statuses(sessionmaker) -> list[tuple[str, int]]:
    async with sessionmaker() as session:
        rows = (
            await session.execute(select(OutboundMessage).order_by(OutboundMessage.id))
        ).scalars()
        return [(r.status, r.attempts) for r in rows]


async def test_webhook_is_signed_and_retried_after_5xx(sessionmaker, clock) -> None:
    receiver = Receiver([503, 200])
    runner, url = await _serve(receiver)
    poster = WebhookPoster({"street": WebhookTarget(url=url, secret="s3cret")})  # type: ignore[arg-type]
    body: dict[str, Any] = {"event": "alert", "incident": {"id": 1, "flat": "3-2-501"}}
    try:
        async with sessionmaker() as session:
            queue_webhook(session, webhook="street", body=body, now=clock.now())
            await session.commit()
        sender = OutboundSender(object(), sessionmaker, clock, webhooks=poster)  # type: ignore[arg-type]
        await sender.deliver_webhooks_due()
        assert await _statuses(sessionmaker) == [(OutboxStatus.PENDING, 1)]
        clock.advance(seconds=5)
        await sender.deliver_webhooks_due()
        assert await _statuses(sessionmaker) == [(OutboxStatus.SENT, 2)]
    finally:
        await poster.close()
        await runner.cleanup()
    raw, signature = receiver.bodies[-1]
    assert json.loads(raw) == body
    assert signature == sign("s3cret", raw)


async def test_client_errors_and_unknown_webhooks_are_given_up(sessionmaker, clock) -> None:
    receiver = Receiver([404])
    runner, url = await _serve(receiver)
    poster = WebhookPoster({"street": WebhookTarget(url=url, secret="x")})  # type: ignore[arg-type]
    try:
        async with sessionmaker() as session:
            queue_webhook(session, webhook="street", body={"a": 1}, now=clock.now())
            queue_webhook(session, webhook="nowhere", body={"a": 2}, now=clock.now())
            await session.commit()
        sender = OutboundSender(object(), sessionmaker, clock, webhooks=poster)  # type: ignore[arg-type]
        await sender.deliver_webhooks_due()
    finally:
        await poster.close()
        await runner.cleanup()
    assert await _statuses(sessionmaker) == [(OutboxStatus.FAILED, 1), (OutboxStatus.FAILED, 1)]


class Hanging:
    """A gateway that accepts the connection and then never answers (until released)."""

    def __init__(self) -> None:
        self.arrived = 0
        self.release = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        self.arrived += 1
        await self.release.wait()
        return web.Response(status=200)


async def _serve_hanging(gateway: Hanging) -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_post("/hook", gateway.handle)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}/hook"


async def _until(condition, seconds: float = 5.0) -> None:
    """Wait (a bounded real time) for the background tasks to reach a state."""
    async with asyncio.timeout(seconds):
        while not condition():  # noqa: ASYNC110 - the state lives in other tasks, not an event
            await asyncio.sleep(0.01)


async def test_a_hanging_gateway_does_not_hold_the_alerts(sessionmaker, clock) -> None:
    gateway = Hanging()
    runner, url = await _serve_hanging(gateway)
    poster = WebhookPoster({"street": WebhookTarget(url=url, secret="s")})  # type: ignore[arg-type]
    bot = ScriptedBot()
    sender = OutboundSender(bot, sessionmaker, clock, webhooks=poster, webhook_concurrency=2)  # type: ignore[arg-type]
    try:
        async with sessionmaker() as session:  # the gateway's rows queued before the alert
            for n in range(3):
                queue_webhook(session, webhook="street", body={"n": n}, now=clock.now())
            queue_send(
                session, chat_id=111, text="ALERT", now=clock.now(), priority=Priority.EMERGENCY
            )
            await session.commit()
        sender.start()
        await _until(lambda: bool(bot.calls) and gateway.arrived == 2)
        assert [c.text for c in bot.calls] == ["ALERT"]
        assert gateway.arrived == 2  # bounded: the third post waits for a free slot
        gateway.release.set()  # the gateway recovers: every post goes, the third one too
        await _until(lambda: gateway.arrived == 3)
        async with sessionmaker() as session:
            await _until(lambda: not sender._posts)
            rows = (await session.execute(select(OutboundMessage.status))).scalars().all()
        assert rows == [OutboxStatus.SENT] * 4
    finally:
        gateway.release.set()
        await sender.stop(grace=0.5)
        await poster.close()
        await runner.cleanup()


async def test_stopping_leaves_a_hanging_post_pending_for_the_next_start(
    sessionmaker, clock
) -> None:
    gateway = Hanging()
    runner, url = await _serve_hanging(gateway)
    poster = WebhookPoster({"street": WebhookTarget(url=url, secret="s")})  # type: ignore[arg-type]
    sender = OutboundSender(ScriptedBot(), sessionmaker, clock, webhooks=poster)  # type: ignore[arg-type]
    try:
        async with sessionmaker() as session:
            queue_webhook(session, webhook="street", body={"n": 1}, now=clock.now())
            await session.commit()
        sender.start()
        await _until(lambda: gateway.arrived == 1)
        await sender.stop(grace=0.05)
        assert await _statuses(sessionmaker) == [(OutboxStatus.PENDING, 0)]
    finally:
        gateway.release.set()
        await poster.close()
        await runner.cleanup()
