"""What the bot asked for, kept for tests: the call log, waiting on it, and requests in flight."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ApiCall:
    """One request the bot made, with its outcome."""

    method: str
    params: dict[str, Any]
    at: float
    """time.monotonic() when the request arrived."""
    ok: bool
    result_or_error: Any
    """The result when ok, else {"error_code", "description", "parameters"?}."""
    status: int = 200
    fault: str | None = None
    """The injected fault that shaped this call, if any."""

    @property
    def result(self) -> Any:
        """The result (None for failed calls)."""
        return self.result_or_error if self.ok else None

    @property
    def description(self) -> str | None:
        """Telegram's error description (None for successful calls)."""
        if self.ok or not isinstance(self.result_or_error, dict):
            return None
        return str(self.result_or_error.get("description"))

    def summary(self, origin: float = 0.0) -> str:
        """One line for listings in assertion messages."""
        shown = {k: v for k, v in self.params.items() if k not in ("reply_markup", "entities")}
        text = ", ".join(f"{k}={_short(v)}" for k, v in shown.items())
        outcome = "ok" if self.ok else f"{self.status} {self.description}"
        if self.fault:
            outcome += f" [fault {self.fault}]"
        return f"+{self.at - origin:7.3f}s {self.method}({text}) -> {outcome}"


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Signal:
    """Wakes every waiter at once; waiters re-check their condition afterwards."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        """Wake everyone waiting now."""
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, seconds: float) -> None:
        """Sleep until the next notify or for `seconds`, whichever comes first."""
        event = self._event
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), seconds)


class CallLog:
    """Every call in arrival order, plus how many requests are being answered right now."""

    def __init__(self) -> None:
        self.started_at = time.monotonic()
        self._calls: list[ApiCall] = []
        self._signal = Signal()
        self._in_flight = 0

    def append(self, call: ApiCall) -> None:
        """Record a call and wake whoever waits for one."""
        self._calls.append(call)
        self._signal.notify()

    @contextlib.contextmanager
    def in_flight(self) -> Iterator[None]:
        """Count a request (other than a long poll) while it is being answered."""
        self._in_flight += 1
        try:
            yield
        finally:
            self._in_flight -= 1
            self._signal.notify()

    @property
    def requests_in_flight(self) -> int:
        """Requests the bot made that have no answer yet (getUpdates not counted)."""
        return self._in_flight

    def calls(self, method: str | None = None, **param_filters: Any) -> list[ApiCall]:
        """Recorded calls, optionally of one method and with parameters equal to the filters
        (users, chats and messages may be passed for ids)."""
        wanted = {k: plain(v) for k, v in param_filters.items()}
        return [
            call
            for call in self._calls
            if (method is None or call.method.lower() == method.lower())
            and all(call.params.get(k) == v for k, v in wanted.items())
        ]

    def mark(self) -> int:
        """A position in the call log, for `wait_for(..., since=mark)`."""
        return len(self._calls)

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[ApiCall], bool] | None = None,
        *,
        timeout: float = 5.0,
        count: int = 1,
        since: int = 0,
    ) -> list[ApiCall]:
        """Wait until `count` successful calls of `method` (matching `predicate`) happened
        since position `since`; returns all of them. AssertionError with the recent calls
        on timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            found = [
                call
                for call in self._calls[since:]
                if call.ok
                and call.method.lower() == method.lower()
                and (predicate is None or predicate(call))
            ]
            if len(found) >= count:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(self._timeout_report(method, count, len(found), timeout))
            await self._signal.wait(remaining)

    def _timeout_report(self, method: str, count: int, found: int, timeout: float) -> str:
        recent = [c for c in self._calls if c.method != "getUpdates"][-15:]
        lines = [
            f"waited {timeout:.1f}s for {count} successful {method} call(s), saw {found}.",
            "Recent calls (getUpdates omitted):" if recent else "No calls besides getUpdates.",
        ]
        lines += ["  " + c.summary(self.started_at) for c in recent]
        return "\n".join(lines)


def plain(value: Any) -> Any:
    """An id for a user, chat or message; anything else as it is."""
    if isinstance(value, str | int | float | bool | dict | list) or value is None:
        return value
    if hasattr(value, "message_id"):
        return value.message_id
    if hasattr(value, "id"):
        return value.id
    return value
