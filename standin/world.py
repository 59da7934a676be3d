"""The simulated world: users, chats, memberships and messages, and who sees what.

`World` holds the state; the records (`StandInUser`, `StandInChat`, `StoredMessage`, ...) know
how they look on the wire. Updates the world causes go to the `UpdateQueue`.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from standin.entities import Entity

if TYPE_CHECKING:
    from standin.updates import UpdateQueue


class HasId(Protocol):
    """Anything with an integer id: StandInUser/StandInChat or aiogram's User/Chat."""

    @property
    def id(self) -> int: ...


class HasMessageId(Protocol):
    """Anything with a message_id: StoredMessage or aiogram's Message."""

    @property
    def message_id(self) -> int: ...


ChatRef = HasId | int
UserRef = HasId | int
MessageRef = HasMessageId | int

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
    media: dict[str, Any] = field(default_factory=dict)
    """What a message without text carries: voice, photo, sticker, location… (wire fields)."""
    caption: str | None = None
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
        data.update(json.loads(json.dumps(self.media)))
        if self.caption is not None:
            data["caption"] = self.caption
        data.update(json.loads(json.dumps(self.service)))
        if self.reply_markup:
            data["reply_markup"] = json.loads(json.dumps(self.reply_markup))
        return data


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


WallClock = Callable[[], float]
"""Seconds since the epoch (time.time, or the sandbox's clock moved forward)."""


class World:
    """Everything the fake Telegram knows, and the lookups every part of the stand-in shares."""

    def __init__(
        self,
        bot_user: StandInUser,
        updates: UpdateQueue,
        *,
        privacy_mode: bool,
        wall_clock: WallClock = time.time,
    ) -> None:
        self.wall_clock = wall_clock
        self.bot_user = bot_user
        self.updates = updates
        self.privacy_mode = privacy_mode
        self.users: dict[int, StandInUser] = {}
        self.chats: dict[int, StandInChat] = {}
        self.members: dict[int, dict[int, str]] = {}  # chat id → user id → status
        self.admin_rights: dict[tuple[int, int], dict[str, bool]] = {}
        self.started: set[int] = set()  # users who pressed Start
        self.blocked: set[int] = set()  # users who blocked the bot
        self.migrated: dict[int, int] = {}  # basic group id → its supergroup's id
        self.messages: dict[int, dict[int, StoredMessage]] = {}
        self.next_message_id: dict[int, int] = {}
        self.reply_keyboards: dict[int, dict[str, Any]] = {}
        self.chat_actions: dict[int, tuple[str, float]] = {}
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.callback_log: list[CallbackRecord] = []
        self.user_ids = itertools.count(1_000_001)
        self.group_ids = itertools.count(1)
        self.query_ids = itertools.count(1)
        self.version = 0
        """Bumped on every change of the visible world (the sandbox page polls it)."""

    def changed(self) -> None:
        """Something visible changed."""
        self.version += 1

    def now_seconds(self) -> int:
        """Telegram's dates: whole seconds since the epoch, by the world's wall clock."""
        return int(self.wall_clock())

    # ---------------------------------------------------------------------------- lookups

    def chat(self, chat: ChatRef) -> StandInChat:
        """A chat by object or id (a user's id names their private chat); KeyError if none."""
        if isinstance(chat, StandInChat):
            return chat
        chat_id = chat if isinstance(chat, int) else chat.id
        found = self.chats.get(chat_id)
        if found is None and chat_id in self.users:
            found = self.private_chat(self.users[chat_id])
        if found is None:
            raise KeyError(f"no chat {chat_id}")
        return found

    def group(self, chat: ChatRef) -> StandInChat:
        """A group or supergroup; ValueError for a private chat."""
        chat_obj = self.chat(chat)
        if not chat_obj.is_group:
            raise ValueError(f"{chat_obj.name} is a private chat, not a group")
        return chat_obj

    def user(self, user: UserRef) -> StandInUser:
        """A user (or the bot) by object or id; KeyError if none."""
        if isinstance(user, StandInUser):
            return user
        user_id = user_id_of(user)
        if user_id == self.bot_user.id:
            return self.bot_user
        found = self.users.get(user_id)
        if found is None:
            raise KeyError(f"no user {user_id}")
        return found

    def creator(self, chat: StandInChat) -> StandInUser:
        """Who created a group."""
        for user_id, status in self.members[chat.id].items():
            if status == "creator":
                return self.user(user_id)
        raise ValueError(f"{chat.name} has no creator; pass by_user")

    def private_chat(self, user: StandInUser) -> StandInChat:
        """The user's private chat with the bot (made on first use)."""
        chat = self.chats.get(user.id)
        if chat is None:
            chat = StandInChat(id=user.id, type="private", user=user)
            self.chats[user.id] = chat
            self.changed()
        return chat

    def message(self, chat: StandInChat, ref: MessageRef) -> StoredMessage:
        """A message still in the chat; KeyError if missing or deleted."""
        message_id = ref if isinstance(ref, int) else ref.message_id
        message = self.messages.get(chat.id, {}).get(message_id)
        if message is None or message.deleted:
            raise KeyError(f"no message {message_id} in {chat.name}")
        return message

    def bot_in(self, chat: StandInChat) -> bool:
        """Whether the bot is a member of the group."""
        return self.members[chat.id].get(self.bot_user.id) in ACTIVE_STATUSES

    def bot_is_admin(self, chat: StandInChat) -> bool:
        """Whether the bot administers the group."""
        return self.members[chat.id].get(self.bot_user.id) in ("creator", "administrator")

    def bot_rights(self, chat: StandInChat) -> dict[str, bool]:
        """The bot's administrator rights in the group (none when not an administrator)."""
        if not self.bot_is_admin(chat):
            return {}
        return self.admin_rights.get((chat.id, self.bot_user.id), DEFAULT_ADMIN_RIGHTS)

    def member_api(self, chat: StandInChat, user: StandInUser, status: str) -> dict[str, Any]:
        """The ChatMember object for a user with this status, as on the wire."""
        data: dict[str, Any] = {"status": status, "user": user.to_api()}
        if status == "creator":
            data["is_anonymous"] = False
        elif status == "administrator":
            data.update(self.admin_rights.get((chat.id, user.id), DEFAULT_ADMIN_RIGHTS))
            if chat.type != "supergroup":
                data.pop("can_manage_topics", None)
        elif status == "restricted":
            data.update({"is_member": True, "until_date": 0})
            data.update(dict.fromkeys(_RESTRICTED_RIGHTS, False))
        elif status == "kicked":
            data["until_date"] = 0
        return data

    # ---------------------------------------------------------------------------- changes

    def change_bot_status(
        self,
        chat: StandInChat,
        status: str,
        actor: StandInUser,
        *,
        rights: dict[str, bool] | None = None,
    ) -> None:
        """The bot's membership changes: my_chat_member, as Telegram sends it."""
        old = self.members[chat.id].get(self.bot_user.id) or "left"
        if status == "administrator":
            self.admin_rights[(chat.id, self.bot_user.id)] = {
                **DEFAULT_ADMIN_RIGHTS,
                **(rights or {}),
            }
        old_member = self.member_api(chat, self.bot_user, old)
        self.members[chat.id][self.bot_user.id] = status
        self.changed()
        self.updates.emit(
            "my_chat_member",
            {
                "chat": chat.to_api(),
                "from": actor.to_api(),
                "date": self.now_seconds(),
                "old_chat_member": old_member,
                "new_chat_member": self.member_api(chat, self.bot_user, status),
            },
        )

    def emit_private_status(self, user: StandInUser, old: str, new: str) -> None:
        """The bot's standing in a private chat changes (blocked, unblocked)."""
        chat = self.private_chat(user)
        self.updates.emit(
            "my_chat_member",
            {
                "chat": chat.to_api(),
                "from": user.to_api(),
                "date": self.now_seconds(),
                "old_chat_member": self.member_api(chat, self.bot_user, old),
                "new_chat_member": self.member_api(chat, self.bot_user, new),
            },
        )

    def store(
        self,
        chat: StandInChat,
        sender: StandInUser | None,
        *,
        text: str | None = None,
        entities: list[dict[str, Any]] | None = None,
        reply_markup: dict[str, Any] | None = None,
        reply_to: StoredMessage | None = None,
        service: dict[str, Any] | None = None,
        link_preview_options: dict[str, Any] | None = None,
        media: dict[str, Any] | None = None,
        caption: str | None = None,
    ) -> StoredMessage:
        """Put a new message in a chat with the chat's next message id."""
        message_id = self.next_message_id.get(chat.id, 1)
        self.next_message_id[chat.id] = message_id + 1
        message = StoredMessage(
            chat=chat,
            message_id=message_id,
            from_user=sender,
            date=self.now_seconds(),
            text=text,
            entities=list(entities or []),
            reply_markup=reply_markup,
            reply_to=reply_to,
            service=dict(service or {}),
            link_preview_options=link_preview_options,
            media=dict(media or {}),
            caption=caption,
        )
        self.messages.setdefault(chat.id, {})[message_id] = message
        self.changed()
        return message

    def deliver_user_message(self, message: StoredMessage) -> None:
        """Hand a person's message to the bot, unless Telegram would withhold it."""
        reason = self.withheld_because(message)
        if reason is None:
            message.delivered = self.updates.emit("message", message.to_api()) is not None
        else:
            message.delivered = False
            self.updates.undelivered.append(Undelivered(reason, "message", message.to_api()))

    def withheld_because(self, message: StoredMessage) -> str | None:
        """Why Telegram would not hand this message to the bot (None: it would)."""
        chat = message.chat
        if not chat.is_group:
            return None
        if not self.bot_in(chat):
            return "the bot is not in the chat"
        if not self.privacy_mode or self.bot_is_admin(chat) or message.service:
            return None
        if message.reply_to is not None and message.reply_to.from_bot:
            return None
        me = (self.bot_user.username or "").lower()
        text = message.text or ""
        for entity in message.entities:
            part = text.encode("utf-16-le")[
                entity["offset"] * 2 : (entity["offset"] + entity["length"]) * 2
            ]
            value = part.decode("utf-16-le", errors="replace").lower()
            if entity["type"] == "mention" and value == f"@{me}":
                return None
            if entity["type"] == "bot_command":
                _, _, target = value.partition("@")
                if target == me or (not target and entity["offset"] == 0):
                    return None
        return "privacy mode: the bot only sees commands, mentions and replies to it"


def user_id_of(user: UserRef) -> int:
    """The id of a user given by object or id."""
    return user if isinstance(user, int) else user.id


#: everything a restricted member may not do (the stand-in restricts all of it)
_RESTRICTED_RIGHTS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_react_to_messages",
    "can_edit_tag",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
)
