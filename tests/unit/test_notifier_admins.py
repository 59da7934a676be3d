"""Looking up a group's admins for an unreachable chain is brief and remembered."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from bot.l10n import L10n
from bot.notifier import TelegramNotifier
from bot.permissions import ADMIN_CHECK_TIMEOUT
from domain.clock import FakeClock
from models.buildings import Building


class FakeBot:
    def __init__(self) -> None:
        self.session = SimpleNamespace(timeout=60.0)
        self.calls: list[dict[str, Any]] = []

    async def get_chat_administrators(self, **params: Any) -> list[Any]:
        self.calls.append(params)
        human = SimpleNamespace(user=SimpleNamespace(id=7, is_bot=False))
        robot = SimpleNamespace(user=SimpleNamespace(id=8, is_bot=True))
        return [human, robot]


async def test_admins_are_asked_briefly_once_and_remembered() -> None:
    bot = FakeBot()
    notifier = TelegramNotifier(L10n(), FakeClock(), bot=bot)  # type: ignore[arg-type]
    building = Building(chat_id=-100)
    assert await notifier.group_admins(building) == [7]
    assert await notifier.group_admins(building) == [7]
    assert len(bot.calls) == 1 and bot.calls[0]["request_timeout"] == ADMIN_CHECK_TIMEOUT
