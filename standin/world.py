"""The fake world the stand-in keeps: users, chats, messages, recorded calls, faults."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from standin.entities import Entity

#: member statuses in which a user (or the bot) is inside a group
ACTIVE_STATUSES = frozenset({"creator", "administrator", "member", "restricted"})
ALL_STATUSES = ACTIVE_STATUSES | {"left", "kicked"}

#: what an administrator added by the stand-in may do (Telegram's defaults when promoting)
DEFAULT_ADMIN_RIGHTS: dict[str, bool] = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_send_welcome_messages": True,
    "can_pin_messages": True,
    "can_manage_topics": False,
}


@dataclass
class StandInUser:
    """A Telegram user (or the bot itself) in the fake world."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False
    note: str | None = None
    """A free-form role hint shown by the sandbox page (never sent to the bot)."""

    @property
    def full_name(self) -> str:
        """First and last name, as Telegram clients show them."""
        return f"{self.first_name} {self.last_name}" if self.last_name else self.first_name

    def to_api(self) -> dict[str, Any]:
        """The User object as it appears on the wire."""
        data: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        return data


@dataclass
class StandInChat:
    """A private chat with a user, a basic group or a supergroup."""

    id: int
    type: str
    title: str | None = None
    user: StandInUser | None = None
    """The other side of a private chat."""

    @property
    def is_group(self) -> bool:
        """True for groups and supergroups."""
        return self.type in ("group", "supergroup")

    @property
    def name(self) -> str:
        """Title for groups, the user's name for private chats."""
        if self.user is not None:
            return self.user.full_name
        return self.title or str(self.id)

    def to_api(self) -> dict[str, Any]:
        """The Chat object as it appears on the wire."""
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.user is not None:
            data["first_name"] = self.user.first_name
            if self.user.last_name:
                data["last_name"] = self.user.last_name
            if self.user.username:
                data["username"] = self.user.username
        else:
            data["title"] = self.title
        return data


@dataclass
class StoredMessage:
    """One message as it currently stands in a chat (after edits)."""

    chat: StandInChat
    message_id: int
    from_user: StandInUser | None
    date: int
    text: str | None = None
    entities: list[Entity] = field(default_factory=list)
    reply_markup: dict[str, Any] | None = None
    """Inline keyboard (only inline keyboards are part of a Message)."""
    reply_to: StoredMessage | None = None
    edit_date: int | None = None
    service: dict[str, Any] = field(default_factory=dict)
    """Service fields such as new_chat_members or left_chat_member."""
    link_preview_options: dict[str, Any] | None = None
    delivered: bool | None = None
    """For user messages: whether the bot received it (privacy mode may hide it)."""
    deleted: bool = False

    @property
    def from_bot(self) -> bool:
        """True when the bot sent this message."""
        return self.from_user is not None and self.from_user.is_bot

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """The inline keyboard's buttons, row by row, flattened."""
        if not self.reply_markup:
            return []
        rows = self.reply_markup.get("inline_keyboard") or []
        return [button for row in rows for button in row]

    def button(self, text: str) -> dict[str, Any]:
        """The inline button with this exact text; KeyError listing the buttons otherwise."""
        for candidate in self.buttons:
            if candidate.get("text") == text:
                return candidate
        shown = ", ".join(repr(b.get("text")) for b in self.buttons) or "none"
        raise KeyError(f"no button {text!r} on message {self.message_id}; buttons: {shown}")

    def to_api(self, *, with_reply: bool = True) -> dict[str, Any]:
        """The Message object as it appears on the wire."""
        data: dict[str, Any] = {"message_id": self.message_id}
        if self.from_user is not None:
            data["from"] = self.from_user.to_api()
        data["chat"] = self.chat.to_api()
        data["date"] = self.date
        if self.edit_date is not None:
            data["edit_date"] = self.edit_date
        if with_reply and self.reply_to is not None:
            data["reply_to_message"] = self.reply_to.to_api(with_reply=False)
        if self.text is not None:
            data["text"] = self.text
            if self.entities:
                data["entities"] = [dict(e) for e in self.entities]
        if self.link_preview_options:
            data["link_preview_options"] = dict(self.link_preview_options)
        data.update(json.loads(json.dumps(self.service)))
        if self.reply_markup:
            data["reply_markup"] = json.loads(json.dumps(self.reply_markup))
        return data


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


@dataclass
class Undelivered:
    """An update Telegram would not have given the bot, and why."""

    reason: str
    kind: str
    payload: dict[str, Any]


@dataclass
class CallbackRecord:
    """A button press and the bot's answer to it."""

    id: str
    user: StandInUser
    chat: StandInChat
    message_id: int
    data: str | None
    at: float
    button_text: str | None = None
    answer: dict[str, Any] | None = None
    answered_at: float | None = None


@dataclass
class Fault:
    """A scripted failure for the next `remaining` matching calls of `method`."""

    method: str
    error: str
    remaining: int
    retry_after: int = 1
    predicate: Callable[[dict[str, Any]], bool] | None = None
    hang_seconds: float = 30.0
    apply: bool = False
    description: str | None = None

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        """Whether this fault applies to a call."""
        if self.remaining <= 0 or method != self.method:
            return False
        return self.predicate is None or bool(self.predicate(params))


@dataclass(frozen=True)
class RateLimits:
    """Telegram's published flood limits (numbers are adjustable for tests)."""

    private_per_second: float = 1.0
    """Sustained messages per second into one private chat."""
    private_burst: int = 3
    """Short bursts tolerated in a private chat before 429."""
    group_per_minute: int = 20
    """Messages per minute into one group."""
    global_per_second: int = 30
    """Messages per second overall."""
