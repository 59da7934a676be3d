"""End-to-end: the real bot (real aiogram client over HTTP) against the Bot API stand-in."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import SecretStr

from bot.app import Louhu, open_louhu
from bot.settings import Settings
from domain.clock import FakeClock
from standin.recording import ApiCall
from standin.server import BotApiStandIn
from standin.world import HasId, StandInChat, StandInUser, StoredMessage


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandIn]:
    """A fresh fake Telegram for each test."""
    async with BotApiStandIn(sandbox_page=False) as server:
        yield server


@dataclass
class Harness:
    """The running bot, the fake Telegram, and helpers to act as people in a building."""

    standin: BotApiStandIn
    louhu: Louhu
    database_url: str
    clock: FakeClock
    task: asyncio.Task[None]
    context: Any

    async def stop(self) -> None:
        """Stop the bot as SIGTERM would."""
        await stop_louhu(self.louhu, self.task, self.context)

    async def restart(self) -> None:
        """Stop the bot and start a new process's worth of it on the same database."""
        await self.stop()
        self.louhu, self.task, self.context = await start_louhu(
            self.standin, self.database_url, self.clock
        )

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
    standin: BotApiStandIn, database_url: str, clock: FakeClock
) -> tuple[Louhu, asyncio.Task[None], Any]:
    """Open the bot exactly as `python -m bot` does (but on a test clock), and start polling."""
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=SecretStr(standin.token),
        telegram_api_url=standin.url,
        database_url=database_url,
    )
    context = open_louhu(settings, clock=clock, request_timeout=3.0)
    louhu = await context.__aenter__()
    task = asyncio.create_task(louhu.poll(handle_signals=False, polling_timeout=1))
    return louhu, task, context


async def stop_louhu(louhu: Louhu, task: asyncio.Task[None], context: Any) -> None:
    """Stop polling and close everything, as on SIGTERM."""
    await louhu.dispatcher.stop_polling()
    await task
    await context.__aexit__(None, None, None)


@pytest.fixture
async def harness(standin: BotApiStandIn, tmp_path) -> AsyncIterator[Harness]:
    """The bot running against the stand-in on a fresh SQLite file."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}"
    clock = FakeClock(datetime.now(UTC))  # deadlines pass only when a test moves the clock
    louhu, task, context = await start_louhu(standin, url, clock)
    harness = Harness(standin, louhu, url, clock, task, context)
    try:
        yield harness
    finally:
        await harness.stop()


@dataclass
class BuildingWorld:
    """A set-up building group with its people."""

    group: StandInChat
    li: StandInUser  # group creator, staff
    wang: StandInUser  # resident at 3-2-501, Chinese
    bob: StandInUser  # volunteer, English
    eve: StandInUser  # volunteer, Chinese
    dave: StandInUser  # in the group, no role


@pytest.fixture
async def building(harness: Harness) -> BuildingWorld:
    """The building most tests start from: set up, one resident registered, two volunteers."""
    s = harness.standin
    li = await s.add_user("李主任", username="director_li")
    wang = await s.add_user("王阿姨")
    bob = await s.add_user("Bob", username="bob_helps", language_code="en")
    eve = await s.add_user("小夏", username="eve")
    dave = await s.add_user("Dave", language_code="en")
    group = await s.add_group("3号楼 Building 3", creator=li, members=[wang, bob, eve, dave])
    await s.add_bot_to_group(group, li, as_admin=True)
    await s.post(group, li, "/setup 3号楼")
    await s.post(group, wang, "/register 3-2-501")
    await s.post(group, bob, "/volunteer")
    await s.post(group, eve, "/volunteer")
    await harness.bot_says(group, "已登记本楼")
    await harness.bot_says(group, "3-2-501")
    await harness.bot_says(group, "Bob")
    await harness.bot_says(group, "小夏")
    return BuildingWorld(group, li, wang, bob, eve, dave)
