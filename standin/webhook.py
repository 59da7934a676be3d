"""setWebhook: instead of serving getUpdates, push each update to the bot's URL, as Telegram does.

Updates are POSTed one at a time in update_id order (redeliveries first), each with the
`X-Telegram-Bot-Api-Secret-Token` header the bot gave; an update leaves the queue only when
the bot answers 2xx. Anything else (a 401, a 500, no answer, a refused connection) is recorded
for getWebhookInfo and the same update is sent again after a growing pause, as Telegram
retries. While a webhook is set, getUpdates is refused with 409, as Telegram refuses it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from standin.checks import bad
from standin.recording import Signal
from standin.updates import DEFAULT_ALLOWED_UPDATES, UpdateQueue, chat_of

SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@dataclass
class Push:
    """One POST of an update to the webhook, as the bot answered it."""

    update_id: int
    status: int | None
    """The HTTP status, or None when no answer came (refused, timed out)."""
    error: str | None = None
    at: float = field(default_factory=time.monotonic)
    url: str = ""
    """Where it went (one of the spread targets), "" for the webhook's own URL."""


class WebhookPusher:
    """The webhook Telegram keeps for the bot and the loop that delivers to it."""

    def __init__(
        self,
        updates: UpdateQueue,
        *,
        first_retry: float = 0.05,
        max_retry: float = 1.0,
        request_timeout: float = 10.0,
    ) -> None:
        self.updates = updates
        self.url = ""
        self.secret: str | None = None
        """The secret sent with every push (tests may change it to see a 401)."""
        self.max_connections = 40
        self.pushes: list[Push] = []
        """Every push so far, in order."""
        self.last_error_date: int | None = None
        self.last_error_message: str | None = None
        self._first_retry = first_retry
        self._max_retry = max_retry
        self._timeout = aiohttp.ClientTimeout(total=request_timeout)
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._pushed = Signal()
        self._http: aiohttp.ClientSession | None = None
        self.targets: list[str] = []
        """Set by `spread`: the workers' own URLs, pushed to in turn instead of `url`."""
        self._connections = 1
        self._in_flight: dict[int, int | None] = {}  # update id → its chat, being pushed
        self.in_flight_to: dict[int, str] = {}
        """Updates being pushed to a spread target now, and to which (tests time kills)."""

    def spread(self, urls: list[str], *, connections: int = 1) -> None:
        """Push to these URLs in turn instead of the webhook's own, as a proxy in front of
        several workers spreads Telegram's requests: `connections` requests at once to each,
        one update of a chat at a time (its next waits for its answer). An update a target
        does not take (no answer: the worker was killed) goes to the next free target."""
        self.targets = list(urls)
        self._connections = max(1, connections)
        self.updates.wake()

    @property
    def active(self) -> bool:
        """Whether a webhook is set (getUpdates is refused then)."""
        return bool(self.url)

    # ----------------------------------------------------------------------- Bot API methods

    async def set_webhook(self, params: dict[str, Any]) -> Any:
        """setWebhook: an empty url removes the webhook."""
        url = params.get("url")
        if not isinstance(url, str):
            raise bad("url is empty")  # Telegram's wording for a missing url
        if not url:
            await self._stop()
            return True
        if not url.startswith(("http://", "https://")):
            raise bad("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and (not isinstance(secret, str) or not SECRET.fullmatch(secret)):
            raise bad("bad webhook: secret token contains unallowed characters")
        connections = params.get("max_connections", 40)
        if not isinstance(connections, int) or not 1 <= connections <= 100:
            raise bad("bad webhook: max_connections must be between 1 and 100")
        allowed = params.get("allowed_updates")
        if allowed is not None:
            if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
                raise bad("can't parse allowed updates")
            self.updates.allowed_updates = (
                frozenset(allowed) if allowed else DEFAULT_ALLOWED_UPDATES
            )
        if params.get("drop_pending_updates") is True:
            self.updates.drop_pending()
        self.url, self.secret, self.max_connections = url, secret, connections
        self.updates.webhook_active = True
        self._closing = False
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="standin-webhook")
        self.updates.wake()
        return True

    async def delete_webhook(self, params: dict[str, Any]) -> Any:
        """deleteWebhook (may drop pending updates)."""
        await self._stop()
        if params.get("drop_pending_updates") is True:
            self.updates.drop_pending()
        return True

    def info(self) -> dict[str, Any]:
        """getWebhookInfo."""
        result: dict[str, Any] = {
            "url": self.url,
            "has_custom_certificate": False,
            "pending_update_count": self.updates.pending_count(),
        }
        if self.url:
            result["max_connections"] = self.max_connections
            result["allowed_updates"] = sorted(self.updates.allowed_updates)
        if self.last_error_date is not None:
            result["last_error_date"] = self.last_error_date
            result["last_error_message"] = self.last_error_message
        return result

    async def wait_for_pushes(
        self, predicate: Callable[[Push], bool], *, count: int = 1, timeout: float = 5.0
    ) -> list[Push]:
        """Wait until `count` pushes so far match; AssertionError after `timeout` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            found = [push for push in self.pushes if predicate(push)]
            if len(found) >= count:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"waited {timeout:.1f}s for {count} push(es), saw {len(found)}: "
                    f"{self.pushes[-10:]}"
                )
            await self._pushed.wait(remaining)

    # ----------------------------------------------------------------------------- the loop

    async def close(self) -> None:
        """The stand-in stops: stop pushing (the webhook stays set, as at Telegram)."""
        self._closing = True  # a cancel swallowed by a wait_for just ending still ends the loop
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._http is not None:
            await self._http.close()
            self._http = None

    async def _stop(self) -> None:
        self.url, self.secret = "", None
        self.updates.webhook_active = False
        await self.close()
        self.updates.wake()  # a bot long-polling now gets what is queued

    async def _run(self) -> None:
        pause = self._first_retry
        while self.url and not self._closing:
            if self.targets:
                await self._run_spread()
                continue
            update = self.updates.next_to_push()
            if update is None:
                await self.updates.wait_for_update(1.0)
                continue
            status, error = await self._post(update)
            self.pushes.append(Push(update["update_id"], status, error))
            self._pushed.notify()
            if status is not None and 200 <= status < 300:
                self.updates.pushed(update)
                pause = self._first_retry
                continue
            self.last_error_date = int(time.time())
            self.last_error_message = error or f"Wrong response from the webhook: {status}"
            self.updates.push_failed()
            await asyncio.sleep(pause)
            pause = min(self._max_retry, pause * 2)

    async def _run_spread(self) -> None:
        targets = self.targets
        lanes = [url for url in targets for _ in range(self._connections)]
        await asyncio.gather(*(self._spread_lane(url, targets) for url in lanes))

    async def _spread_lane(self, url: str, targets: list[str]) -> None:
        pause = self._first_retry
        while self.url and self.targets is targets and not self._closing:  # until spread anew
            busy = {chat for chat in self._in_flight.values() if chat is not None}
            update = self.updates.next_to_spread(self._in_flight.keys(), busy)
            if update is None:
                await self.updates.wait_for_update(0.5)
                continue
            update_id = update["update_id"]
            self._in_flight[update_id] = chat_of(update)
            self.in_flight_to[update_id] = url
            try:
                status, error = await self._post(update, url)
            finally:
                del self._in_flight[update_id]
                del self.in_flight_to[update_id]
            self.pushes.append(Push(update_id, status, error, url=url))
            self._pushed.notify()
            if status is not None and 200 <= status < 300:
                self.updates.pushed(update)
                self.updates.wake()  # the chat's next update may go now
                pause = self._first_retry
                continue
            self.last_error_date = int(time.time())
            self.last_error_message = error or f"Wrong response from the webhook: {status}"
            self.updates.wake()  # another target may take it
            await asyncio.sleep(pause)
            pause = min(self._max_retry, pause * 2)

    async def _post(
        self, update: dict[str, Any], url: str | None = None
    ) -> tuple[int | None, str | None]:
        if self._http is None:
            self._http = aiohttp.ClientSession(timeout=self._timeout)
        headers = {"Content-Type": "application/json"}
        if self.secret:
            headers[SECRET_HEADER] = self.secret
        try:
            async with self._http.post(
                url or self.url, data=json.dumps(update, ensure_ascii=False), headers=headers
            ) as response:
                await response.read()
                reason = f"Wrong response from the webhook: {response.status} {response.reason}"
                return response.status, None if response.status < 300 else reason
        except (aiohttp.ClientError, TimeoutError) as exc:
            return None, f"Connection failed: {type(exc).__name__}: {exc}"
