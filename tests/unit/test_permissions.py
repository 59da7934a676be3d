"""The admin check is bounded: it runs while the chat's other updates wait."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import GetChatMember

from bot.permissions import ADMIN_CHECK_TIMEOUT, is_group_admin


class FakeBot:
    def __init__(self, status: str | None) -> None:
        self.session = SimpleNamespace(timeout=60.0)
        self.status = status
        self.asked: dict[str, Any] = {}

    async def get_chat_member(self, **params: Any) -> Any:
        self.asked = params
        if self.status is None:
            raise TelegramNetworkError(GetChatMember(chat_id=1, user_id=2), "timed out")
        return SimpleNamespace(status=self.status)


async def test_admin_check_asks_with_a_short_timeout() -> None:
    bot = FakeBot("administrator")
    assert await is_group_admin(bot, -100, 7)  # type: ignore[arg-type]
    assert bot.asked["request_timeout"] == ADMIN_CHECK_TIMEOUT < 60


async def test_members_and_unanswered_checks_are_not_admins() -> None:
    assert not await is_group_admin(FakeBot("member"), -100, 7)  # type: ignore[arg-type]
    assert not await is_group_admin(FakeBot(None), -100, 7)  # type: ignore[arg-type]
