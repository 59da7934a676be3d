"""The update queue getUpdates serves: ids, offsets, long polls, allowed_updates, redelivery."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Collection
from typing import Any

from standin.checks import ApiError, bad, optional_int
from standin.recording import Signal
from standin.world import Undelivered

#: update types delivered when the bot never said otherwise (or sent an empty list)
DEFAULT_ALLOWED_UPDATES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)


class UpdateQueue:
    """Updates waiting for the bot, as Telegram keeps them until an offset confirms them."""

    def __init__(self) -> None:
        self.allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
        """The update types the bot currently receives (last allowed_updates it sent)."""
        self.undelivered: list[Undelivered] = []
        """Updates Telegram would have withheld from the bot (privacy mode, allowed_updates…)."""
        self.closing = False
        self._next_update_id = 100_001
        self._pending: list[dict[str, Any]] = []
        self._history: dict[int, dict[str, Any]] = {}
        self._redelivery: list[dict[str, Any]] = []
        self._poll_generation = 0
        self._signal = Signal()
        self.polls_waiting = 0
        """Long polls parked until an update arrives or their timeout ends."""
        self.webhook_active = False
        """A webhook is set: updates are pushed to it and getUpdates is refused."""

    def emit(self, kind: str, payload: dict[str, Any]) -> int | None:
        """Queue an update unless allowed_updates excludes it; returns its update_id."""
        if kind not in self.allowed_updates:
            self.undelivered.append(Undelivered("not in allowed_updates", kind, payload))
            return None
        return self.enqueue(kind, payload)

    def enqueue(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue an update whatever allowed_updates says; returns its update_id."""
        update_id = self._next_update_id
        self._next_update_id += 1
        update = {"update_id": update_id, kind: payload}
        self._pending.append(update)
        self._history[update_id] = update
        self._signal.notify()
        return update_id

    def inject(self, raw: dict[str, Any]) -> int:
        """Queue any update (its update_id is assigned here)."""
        body = {k: v for k, v in raw.items() if k != "update_id"}
        if len(body) != 1:
            raise ValueError("an update has exactly one field besides update_id")
        ((kind, payload),) = body.items()
        return self.enqueue(kind, json.loads(json.dumps(payload)))

    def redeliver(self, update_id: int) -> None:
        """Hand an already delivered update out once more, with the same update_id."""
        update = self._history.get(update_id)
        if update is None:
            raise KeyError(f"no update {update_id} was ever queued")
        self._redelivery.append(json.loads(json.dumps(update)))
        self._redelivery.sort(key=lambda u: u["update_id"])
        self._signal.notify()

    def pending(self) -> list[dict[str, Any]]:
        """Updates queued and not yet confirmed by an offset (copies)."""
        return [json.loads(json.dumps(u)) for u in self._pending]

    def history(self) -> list[dict[str, Any]]:
        """Every update ever queued, in order (copies)."""
        return [json.loads(json.dumps(u)) for u in self._history.values()]

    @property
    def all_confirmed(self) -> bool:
        """Whether the bot has confirmed every update it was given (none waits either)."""
        return not self._pending and not self._redelivery

    def drop_pending(self) -> None:
        """deleteWebhook(drop_pending_updates=True)."""
        self._pending.clear()

    def close(self) -> None:
        """Answer every long poll now (the server is stopping)."""
        self.closing = True
        self._signal.notify()

    async def get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """The getUpdates method: confirm by offset, then answer at once or long-poll."""
        offset = optional_int(params.get("offset"), "offset")
        limit = optional_int(params.get("limit"), "limit") or 100
        limit = min(max(limit, 1), 100)
        timeout = params.get("timeout") or 0
        if not isinstance(timeout, int | float) or isinstance(timeout, bool):
            raise bad("invalid timeout specified")
        allowed = params.get("allowed_updates")
        if allowed is not None:
            if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
                raise bad("can't parse allowed updates")
            self.allowed_updates = frozenset(allowed) if allowed else DEFAULT_ALLOWED_UPDATES
        self._refuse_under_webhook()
        self._poll_generation += 1
        generation = self._poll_generation
        self._signal.notify()  # an older long poll is terminated with 409
        if offset:
            self._confirm(offset)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, float(timeout))
        while True:
            self._refuse_under_webhook()  # a webhook set during the long poll ends it
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
            batch = self._redelivery[:limit]
            del self._redelivery[: len(batch)]
            batch += [json.loads(json.dumps(u)) for u in self._pending[: limit - len(batch)]]
            if batch or self.closing:
                return batch
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            self.polls_waiting += 1
            try:
                await self._signal.wait(remaining)
            finally:
                self.polls_waiting -= 1

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        else:
            self._pending = (
                self._pending[offset:] if -offset < len(self._pending) else self._pending
            )

    # ------------------------------------------------------------------- webhook delivery

    def _refuse_under_webhook(self) -> None:
        if self.webhook_active:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )

    def next_to_push(self) -> dict[str, Any] | None:
        """The update the webhook gets next (a redelivery first), left queued until pushed."""
        if self._redelivery:
            return json.loads(json.dumps(self._redelivery[0]))
        if self._pending:
            return json.loads(json.dumps(self._pending[0]))
        return None

    def next_to_spread(
        self, in_flight: Collection[int], busy_chats: Collection[int]
    ) -> dict[str, Any] | None:
        """The next update for one of several webhook targets: not in flight at another one,
        and of no chat that has an update in flight (each chat's updates one at a time, in
        order); redeliveries first."""
        blocked = set(busy_chats)
        for update in [*self._redelivery, *self._pending]:
            chat = chat_of(update)
            if update["update_id"] not in in_flight and chat not in blocked:
                return json.loads(json.dumps(update))
            if chat is not None:
                blocked.add(chat)  # a later update of that chat waits for this one
        return None

    def pushed(self, update: dict[str, Any]) -> None:
        """The webhook answered 2xx: the update is delivered."""
        update_id = update["update_id"]
        before = len(self._redelivery)
        self._redelivery = [u for u in self._redelivery if u["update_id"] != update_id]
        if len(self._redelivery) == before:
            self._pending = [u for u in self._pending if u["update_id"] != update_id]

    def push_failed(self) -> None:
        """The webhook did not take the update; it stays first in line."""

    def wake(self) -> None:
        """Wake long polls and the webhook loop to look again."""
        self._signal.notify()

    async def wait_for_update(self, seconds: float) -> None:
        """Sleep until an update is queued (or `seconds` pass)."""
        await self._signal.wait(seconds)

    def pending_count(self) -> int:
        """How many updates wait for confirmation (getWebhookInfo)."""
        return len(self._pending)


def chat_of(update: dict[str, Any]) -> int | None:
    """The chat an update is about (a message's chat, a press's message's chat or presser)."""
    for key, value in update.items():
        if key == "update_id" or not isinstance(value, dict):
            continue
        chat = value.get("chat")
        if isinstance(chat, dict) and isinstance(chat.get("id"), int):
            return int(chat["id"])
        message = value.get("message")
        if isinstance(message, dict) and isinstance(message.get("chat"), dict):
            chat_id = message["chat"].get("id")
            return int(chat_id) if isinstance(chat_id, int) else None
        sender = value.get("from")
        if isinstance(sender, dict) and isinstance(sender.get("id"), int):
            return int(sender["id"])
    return None
