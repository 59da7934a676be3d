"""The stand-in's webhook: setWebhook, pushes with the secret header, Telegram's retries."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramConflictError
from aiohttp import web

from standin import BotApiStandIn
from standin.webhook import SECRET_HEADER


class Receiver:
    """A tiny webhook: answers the scripted statuses in turn, then 200."""

    def __init__(self) -> None:
        self.requests: list[tuple[str | None, dict[str, Any]]] = []
        self.statuses: list[int] = []
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def handle(self, request: web.Request) -> web.Response:
        self.requests.append((request.headers.get(SECRET_HEADER), await request.json()))
        return web.json_response({}, status=self.statuses.pop(0) if self.statuses else 200)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/hook", self.handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}/hook"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandIn]:
    async with BotApiStandIn(sandbox_page=False) as server:
        yield server


@pytest.fixture
async def bot(standin: BotApiStandIn) -> AsyncIterator[Bot]:
    bot = standin.create_bot()
    yield bot
    await bot.session.close()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    receiver = Receiver()
    await receiver.start()
    yield receiver
    await receiver.stop()


async def test_updates_are_pushed_in_order_with_the_secret_and_retried(
    standin: BotApiStandIn, bot: Bot, receiver: Receiver
) -> None:
    wang = await standin.add_user("王阿姨")
    group = await standin.add_group("3号楼", creator=wang)
    await standin.add_bot_to_group(group, wang, as_admin=True)
    receiver.statuses = [500, 401]  # the first update is refused twice, then taken
    await bot.set_webhook(
        receiver.url,
        secret_token="s3cret",
        allowed_updates=["message"],
        drop_pending_updates=True,
    )
    first = await standin.post(group, wang, "一")
    second = await standin.post(group, wang, "二")
    pushes = await standin.webhook.wait_for_pushes(lambda push: push.status == 200, count=2)
    assert [p.status for p in standin.webhook.pushes] == [500, 401, 200, 200]
    assert [body["message"]["message_id"] for _, body in receiver.requests] == [
        first.message_id,
        first.message_id,
        first.message_id,
        second.message_id,
    ]
    assert {secret for secret, _ in receiver.requests} == {"s3cret"}
    assert [p.update_id for p in pushes] == [
        receiver.requests[2][1]["update_id"],
        receiver.requests[3][1]["update_id"],
    ]
    info = await bot.get_webhook_info()
    assert info.url == receiver.url and info.pending_update_count == 0
    assert info.allowed_updates == ["message"]
    assert info.last_error_message is not None and "401" in info.last_error_message
    assert standin.allowed_updates == frozenset({"message"})


async def test_getupdates_is_refused_while_a_webhook_is_set(
    standin: BotApiStandIn, bot: Bot, receiver: Receiver
) -> None:
    wang = await standin.add_user("王阿姨")
    group = await standin.add_group("3号楼", creator=wang)
    await standin.add_bot_to_group(group, wang, as_admin=True)
    await bot.set_webhook(receiver.url, secret_token="s3cret", drop_pending_updates=True)
    with pytest.raises(TelegramConflictError, match="webhook is active"):
        await bot.get_updates(timeout=0)
    receiver.statuses = [503] * 1000  # the webhook is down: the update waits at Telegram
    await standin.post(group, wang, "还在吗")
    await standin.webhook.wait_for_pushes(lambda push: push.status == 503)
    assert await bot.delete_webhook()
    assert (await bot.get_webhook_info()).url == ""
    (update,) = await bot.get_updates(timeout=0)  # long polling gets what was kept
    assert update.message is not None and update.message.text == "还在吗"


@pytest.mark.parametrize(
    ("url", "secret", "fragment"),
    [
        ("ftp://x.org/hook", None, "HTTPS URL"),
        ("https://x.org/hook", "has space", "secret token"),
    ],
)
async def test_a_bad_webhook_is_refused(
    bot: Bot, url: str, secret: str | None, fragment: str
) -> None:
    with pytest.raises(TelegramBadRequest, match=fragment):
        await bot.set_webhook(url, secret_token=secret)
