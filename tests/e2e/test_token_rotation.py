"""Rotating the bot token (README, "Deploying"): revoke in @BotFather, change BOT_TOKEN,
restart. The webhook is set again at start with the new token; nothing Telegram kept is lost."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import aiohttp
import pytest

from domain.clock import FakeClock
from standin.server import BotApiStandIn
from tests.support.harness import (
    REQUEST,
    WEBHOOK_SECRET,
    BuildingWorld,
    Harness,
    webhook_settings,
)

NEW_TOKEN = "123456:rotated-after-a-leak"


@pytest.fixture
async def harness(standin: BotApiStandIn, tmp_path) -> AsyncIterator[Harness]:
    """The bot in webhook mode (overrides the polling harness for `building`)."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'louhu.db'}"
    harness = await Harness.start(standin, url, FakeClock(datetime.now(UTC)), **webhook_settings())
    try:
        yield harness
    finally:
        await harness.stop()


async def test_a_new_token_sets_the_webhook_again_and_the_old_one_is_refused(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    old_token = s.token
    webhook_url = harness.louhu.settings.telegram_webhook_url
    await harness.settled()
    await harness.stop()

    s.revoke_token(NEW_TOKEN)  # in @BotFather: /revoke; Telegram keeps the updates meanwhile
    await s.post(group, building.wang, REQUEST)
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{s.url}/bot{old_token}/getMe") as refused,
    ):
        assert refused.status == 401  # a bot still on the old token gets nowhere
    mark = s.mark()
    await harness.start_again()  # BOT_TOKEN changed (the harness reads the stand-in's)
    assert harness.louhu.settings.bot_token is not None
    assert harness.louhu.settings.bot_token.get_secret_value() == NEW_TOKEN
    (set_again,) = [c for c in s.calls()[mark:] if c.method == "setWebhook"]
    assert set_again.ok and set_again.params["url"] == webhook_url
    assert set_again.params["secret_token"] == WEBHOOK_SECRET
    await harness.card(group, 1)  # what arrived while the token changed is handled
    await harness.settled()
