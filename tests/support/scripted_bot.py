"""A scripted stand-in for aiogram's Bot, for tests of the sender without HTTP."""

from __future__ import annotations

from collections import deque
from datetime import UTC, datetime
from typing import Any

from aiogram.methods import EditMessageText
from aiogram.types import Chat, Message


class ScriptedBot:
    """Answers each call with the next scripted exception, or a sent Message."""

    def __init__(self) -> None:
        self.calls: list[Any] = []
        self.faults: dict[int, deque[Exception]] = {}
        self._next_id = 100

    def fail(self, chat_id: int, *errors: Exception) -> None:
        self.faults.setdefault(chat_id, deque()).extend(errors)

    async def __call__(self, method: Any) -> Any:
        self.calls.append(method)
        queue = self.faults.get(method.chat_id)
        if queue:
            raise queue.popleft()
        if isinstance(method, EditMessageText):
            return True
        self._next_id += 1
        return Message(
            message_id=self._next_id,
            date=datetime(2022, 4, 1, tzinfo=UTC),
            chat=Chat(id=method.chat_id, type="group"),
            text=method.text,
        )
