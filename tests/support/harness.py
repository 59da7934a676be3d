"""The end-to-end harness: the real bot (real aiogram client over HTTP) against the stand-in."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiogram.types import TelegramObject
from pydantic import SecretStr

from bot.app import Louhu, open_louhu
from bot.rate_limit import SendLimits
from bot.settings import Settings
from domain.clock import FakeClock
from standin.recording import ApiCall
from standin.server import BotApiStandIn
from standin.world import HasId, StandInChat, StandInUser, StoredMessage

CARDIAC = "救命 我老婆突然心脏闷痛，手脚冒汗"
REQUEST = "帮忙买一袋大米 两桶油 谢谢"


class UpdatesInFlight:
    """Counts updates the bot's dispatcher has taken and not finished (commit included)."""

    def __init__(self) -> None:
        self.count = 0

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        self.count += 1
        try:
            return await handler(event, data)
        finally:
            self.count -= 1

    def install(self, louhu: Louhu) -> None:
        """Register as the outermost update middleware, around the bot's own ones."""
        outer = louhu.dispatcher.update.outer_middleware
        own = list(outer)
        for middleware in own:
            outer.unregister(middleware)
        outer.register(self)
        for middleware in own:
            outer.register(middleware)


@dataclass
class Harness:
    """The running bot, the fake Telegram, and helpers to act as people in a building."""

    standin: BotApiStandIn
    louhu: Louhu
    database_url: str
    clock: FakeClock
    task: asyncio.Task[None]
    context: Any
    updates: UpdatesInFlight = field(default_factory=UpdatesInFlight)
    options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    async def start(
        cls, standin: BotApiStandIn, database_url: str, clock: FakeClock, **options: Any
    ) -> Harness:
        """Start the bot against `standin` on this database, watched for `settled()`.

        `options`: `request_timeout` for the bot's session, `send_limits` for its sender,
        `polling_timeout` for its long poll, or
        settings by name.
        """
        updates = UpdatesInFlight()
        louhu, task, context = await start_louhu(standin, database_url, clock, updates, **options)
        return cls(standin, louhu, database_url, clock, task, context, updates, options)

    async def stop(self) -> None:
        """Stop the bot as SIGTERM would."""
        await stop_louhu(self.louhu, self.task, self.context)

    async def restart(self) -> None:
        """Stop the bot and start a new process's worth of it on the same database."""
        await self.stop()
        await self.start_again()

    async def start_again(self) -> None:
        """Start a new process's worth of the stopped bot on the same database."""
        self.updates = UpdatesInFlight()
        self.louhu, self.task, self.context = await start_louhu(
            self.standin, self.database_url, self.clock, self.updates, **self.options
        )

    async def settled(self, *, timeout: float = 5.0) -> None:
        """Return once nothing is under way: every update handed out is handled and committed,
        the bot waits for no answer from Telegram, and nothing in the outbox is due.

        "Nothing happened" checks call this instead of sleeping and hoping. The calm must be
        seen twice a few milliseconds apart, so a step passing from one part to the next
        (an update fetched but not yet taken up) does not look like calm.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        calm_before = False
        while True:
            calm = await self._calm()
            if calm and calm_before:
                return
            calm_before = calm
            if loop.time() > deadline:
                raise AssertionError(
                    f"not settled after {timeout:.1f}s: stand-in idle {self.standin.bot_is_idle}, "
                    f"updates in flight {self.updates.count}, "
                    f"outbox idle {await self.louhu.sender.idle()}"
                )
            await asyncio.sleep(0.01)

    async def _calm(self) -> bool:
        return (
            self.standin.bot_is_idle
            and self.updates.count == 0
            and not self._inbound_busy
            and await self.louhu.sender.idle()
            and self.standin.bot_is_idle
            and self.updates.count == 0
            and not self._inbound_busy
        )

    @property
    def _inbound_busy(self) -> bool:
        """Updates taken by long polling or the webhook and not handled yet (journaled, or
        queued)."""
        inbound = self.louhu.inbound
        webhook = self.louhu.web.webhook if self.louhu.web is not None else None
        taken = webhook.inbound if webhook is not None else None
        return (inbound is not None and inbound.busy) or (taken is not None and taken.busy)

    async def bot_says(
        self, chat: StandInChat | StandInUser, *fragments: str, since: int = 0, timeout: float = 5.0
    ) -> ApiCall:
        """Wait for a sendMessage to this chat whose text contains every fragment."""
        chat_id = chat.id

        def matches(call: ApiCall) -> bool:
            text = call.params.get("text", "")
            return call.params.get("chat_id") == chat_id and all(f in text for f in fragments)

        calls = await self.standin.wait_for("sendMessage", matches, since=since, timeout=timeout)
        return calls[0]

    def sent_to(self, chat: HasId, predicate: Callable[[str], bool] = lambda _: True) -> list[str]:
        """Texts of every successful sendMessage to a chat (or a person's private chat) so far."""
        return [
            c.params["text"]
            for c in self.standin.calls("sendMessage")
            if c.ok and c.params.get("chat_id") == chat.id and predicate(c.params["text"])
        ]

    async def card(self, group: StandInChat, number: int, *, timeout: float = 5.0) -> StoredMessage:
        """The order card for order #number, once it is in the group."""
        marker = f"#{number}</b>"
        call = await self.bot_says(group, marker, timeout=timeout)
        return self.standin.message(group, call.result["message_id"])

    async def press(
        self, group: StandInChat, who: StandInUser, card: StoredMessage, button: str
    ) -> dict[str, Any]:
        """Press a card's button (matched by a word of its label) and return the answer."""
        current = self.standin.message(group, card.message_id)
        labels = [b["text"] for b in current.buttons if button in b["text"]]
        shown = [b["text"] for b in current.buttons]
        assert labels, f"no {button!r} button on the card now: {shown}"
        label = labels[0]
        query = await self.standin.press(group, who, card.message_id, button_text=label)
        return await self.standin.wait_callback_answer(query)


async def start_louhu(
    standin: BotApiStandIn,
    database_url: str,
    clock: FakeClock,
    updates: UpdatesInFlight | None = None,
    *,
    request_timeout: float = 3.0,
    send_limits: SendLimits | None = None,
    polling_timeout: int = 1,
    **settings_values: Any,
) -> tuple[Louhu, asyncio.Task[None], Any]:
    """Open the bot exactly as `python -m bot` does (but on a test clock), and start polling
    (or, with TELEGRAM_WEBHOOK_URL among the settings, serving the webhook: `webhook_settings()`).

    `send_limits`: the sender's limits, for tests living days of simulated time in seconds.
    `polling_timeout`: getUpdates' long poll (production's is 25 s; tests stop faster with 1).
    """
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=SecretStr(standin.token),
        telegram_api_url=standin.url,
        database_url=database_url,
        **settings_values,
    )
    context = open_louhu(
        settings, clock=clock, request_timeout=request_timeout, send_limits=send_limits
    )
    louhu = await context.__aenter__()
    if updates is not None:
        updates.install(louhu)
    mark = standin.mark()
    task = asyncio.create_task(louhu.run(handle_signals=False, polling_timeout=polling_timeout))
    if louhu.webhook_mode:  # ready once Telegram knows where to push
        await standin.wait_for("setWebhook", since=mark)
    return louhu, task, context


async def stop_louhu(louhu: Louhu, task: asyncio.Task[None], context: Any) -> None:
    """Stop polling (or serving the webhook) and close everything, as on SIGTERM."""
    await louhu.stop()
    await task
    await context.__aexit__(None, None, None)


WEBHOOK_SECRET = "louhu-test_secret-42"
WEBHOOK_PATH = "/telegram/webhook"


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now (for a webhook URL known before the server starts)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def webhook_settings(port: int | None = None) -> dict[str, Any]:
    """Settings for webhook mode on a free local port, as `Harness.start` takes them."""
    port = port or free_port()
    return {
        "web_port": port,
        "telegram_webhook_url": f"http://127.0.0.1:{port}{WEBHOOK_PATH}",
        "telegram_webhook_secret": SecretStr(WEBHOOK_SECRET),
    }


@dataclass
class BuildingWorld:
    """A set-up building group with its people."""

    group: StandInChat
    li: StandInUser  # group creator, staff
    wang: StandInUser  # resident at 3-2-501, Chinese
    bob: StandInUser  # volunteer, English
    eve: StandInUser  # volunteer, Chinese
    dave: StandInUser  # in the group, no role


async def set_up_chain(
    harness: Harness, building: BuildingWorld, *, staff_chat: int | None = None
) -> None:
    """Lead 小夏 and doctor Bob (both started the bot); staff 李主任; optional staff chat."""
    s, group = harness.standin, building.group
    for user in (building.eve, building.bob, building.li):
        await s.user_starts_bot(user)
    mark = s.mark()
    await s.post(group, building.li, "/lead @eve")
    await s.post(group, building.li, "/doctor @bob_helps")
    await s.post(group, building.li, "/staff @director_li")
    await s.post(group, building.li, "/note 3-2-501 独居老人 心脏病史")
    chain = "/chain 楼道长和社区医生 | 2m | role:lead role:doctor\n社区防疫组 | 3m | role:staff"
    if staff_chat is not None:
        chain += f"\n街道 | 5m | chat:{staff_chat}"
    await s.post(group, building.li, chain)
    await harness.bot_says(group, "应急呼叫链", since=mark)
