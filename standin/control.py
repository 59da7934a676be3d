"""What people do in the simulated world, and what tests and the sandbox page ask about it.

`WorldControl` is the part of `BotApiStandIn` that tests drive: build the world (users, groups,
the bot joining or leaving), act as people (post, press a button, start or block the bot) and
look at the result (messages, commands shown, callback answers). Changes that Telegram reports
to bots become updates in the queue.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from standin.checks import scope_key
from standin.entities import detect_entities
from standin.recording import CallLog
from standin.world import (
    ACTIVE_STATUSES,
    ALL_STATUSES,
    DEFAULT_ADMIN_RIGHTS,
    CallbackRecord,
    ChatRef,
    MessageRef,
    StandInChat,
    StandInUser,
    StoredMessage,
    Undelivered,
    UserRef,
    World,
    user_id_of,
)


def _file(kind: str, number: int, **fields: Any) -> dict[str, Any]:
    return {"file_id": f"{kind}-{number}", "file_unique_id": f"u-{kind}-{number}", **fields}


#: what each kind of message without text carries on the wire (fields a test may override)
MEDIA: dict[str, Callable[[int], dict[str, Any]]] = {
    "voice": lambda n: {"voice": _file("voice", n, duration=7, mime_type="audio/ogg")},
    "audio": lambda n: {"audio": _file("audio", n, duration=95, title="录音")},
    "video": lambda n: {"video": _file("video", n, width=640, height=360, duration=12)},
    "video_note": lambda n: {"video_note": _file("video_note", n, length=240, duration=9)},
    "animation": lambda n: {
        "animation": _file("animation", n, width=320, height=240, duration=3),
        "document": _file("animation", n, file_name="clip.mp4"),
    },
    "sticker": lambda n: {
        "sticker": _file(
            "sticker",
            n,
            type="regular",
            width=512,
            height=512,
            is_animated=False,
            is_video=False,
            emoji="😭",
        )
    },
    "photo": lambda n: {
        "photo": [
            _file("photo-s", n, width=90, height=120),
            _file("photo", n, width=960, height=1280),
        ]
    },
    "document": lambda n: {"document": _file("document", n, file_name="病历.pdf")},
    "location": lambda n: {"location": {"latitude": 31.230416, "longitude": 121.473701}},
    "venue": lambda n: {
        "location": {"latitude": 31.230416, "longitude": 121.473701},
        "venue": {
            "location": {"latitude": 31.230416, "longitude": 121.473701},
            "title": "3号楼",
            "address": "幸福里 3 号",
        },
    },
    "contact": lambda n: {"contact": {"phone_number": "+8613800000000", "first_name": "王阿姨"}},
}


class WorldControl:
    """Control methods: async ones change the world, plain ones only look."""

    world: World
    _log: CallLog

    # ------------------------------------------------------------------- world building

    async def add_user(
        self,
        first_name: str,
        *,
        username: str | None = None,
        language_code: str | None = "zh-hans",
        last_name: str | None = None,
        note: str | None = None,
    ) -> StandInUser:
        """Create a user with the next free id (`note` is a role hint for the sandbox)."""
        user = StandInUser(
            id=next(self.world.user_ids),
            first_name=first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
            note=note,
        )
        self.world.users[user.id] = user
        self.world.changed()
        return user

    async def add_group(
        self,
        title: str,
        *,
        supergroup: bool = True,
        creator: UserRef | None = None,
        members: Iterable[UserRef] = (),
    ) -> StandInChat:
        """Create a group (supergroup ids look like -100…); optionally with its people."""
        number = next(self.world.group_ids)
        if supergroup:
            chat = StandInChat(id=-(1_002_000_000_000 + number), type="supergroup", title=title)
        else:
            chat = StandInChat(id=-(4_000_000_000 + number), type="group", title=title)
        self.world.chats[chat.id] = chat
        self.world.members[chat.id] = {}
        if creator is not None:
            self.world.members[chat.id][self.world.user(creator).id] = "creator"
        for member in members:
            self.world.members[chat.id].setdefault(self.world.user(member).id, "member")
        self.world.changed()
        return chat

    def member_status(self, chat: ChatRef, user: UserRef) -> str | None:
        """creator / administrator / member / restricted / left / kicked, or None if never in."""
        chat_obj = self.world.chat(chat)
        user_id = user_id_of(user)
        if not chat_obj.is_group:
            return "member" if user_id in (chat_obj.id, self.world.bot_user.id) else None
        return self.world.members[chat_obj.id].get(user_id)

    def members(self, chat: ChatRef) -> dict[int, str]:
        """user id → status for everyone the group has seen (the bot included)."""
        return dict(self.world.members[self.world.chat(chat).id])

    async def set_member_status(
        self,
        chat: ChatRef,
        user: UserRef,
        status: str,
        *,
        by_user: UserRef | None = None,
        rights: dict[str, bool] | None = None,
    ) -> None:
        """Change a member's status.

        For the bot this emits my_chat_member like Telegram does. For others a chat_member
        update is emitted only when the bot is an administrator (and Telegram then still
        withholds it unless the bot asked for chat_member in allowed_updates).
        """
        chat_obj = self.world.group(chat)
        if status not in ALL_STATUSES:
            raise ValueError(f"unknown status {status!r}; use one of {sorted(ALL_STATUSES)}")
        if user_id_of(user) == self.world.bot_user.id:
            actor = (
                self.world.user(by_user) if by_user is not None else self.world.creator(chat_obj)
            )
            self.world.change_bot_status(chat_obj, status, actor, rights=rights)
            return
        user_obj = self.world.user(user)
        old = self.world.members[chat_obj.id].get(user_obj.id) or "left"
        self.world.members[chat_obj.id][user_obj.id] = status
        if status == "administrator":
            self.world.admin_rights[(chat_obj.id, user_obj.id)] = {
                **DEFAULT_ADMIN_RIGHTS,
                **(rights or {}),
            }
        self.world.changed()
        if self.world.bot_is_admin(chat_obj) and old != status:
            actor = self.world.user(by_user) if by_user is not None else user_obj
            self.world.updates.emit(
                "chat_member",
                {
                    "chat": chat_obj.to_api(),
                    "from": actor.to_api(),
                    "date": self.world.now_seconds(),
                    "old_chat_member": self.world.member_api(chat_obj, user_obj, old),
                    "new_chat_member": self.world.member_api(chat_obj, user_obj, status),
                },
            )

    async def add_bot_to_group(
        self, chat: ChatRef, by_user: UserRef, *, as_admin: bool = False
    ) -> StoredMessage:
        """Add the bot: emits my_chat_member (left → member/administrator) and the service
        message with new_chat_members, as Telegram does. Returns the service message."""
        chat_obj = self.world.group(chat)
        actor = self.world.user(by_user)
        if self.world.members[chat_obj.id].get(self.world.bot_user.id) in ACTIVE_STATUSES:
            raise ValueError(f"the bot is already in {chat_obj.name}")
        self.world.change_bot_status(chat_obj, "administrator" if as_admin else "member", actor)
        message = self.world.store(
            chat_obj, actor, service={"new_chat_members": [self.world.bot_user.to_api()]}
        )
        self.world.deliver_user_message(message)
        return message

    async def remove_bot_from_group(
        self, chat: ChatRef, by_user: UserRef, *, ban: bool = True
    ) -> None:
        """Remove the bot (kicked, or left with ban=False): emits my_chat_member; afterwards
        sends to that chat fail with 403."""
        chat_obj = self.world.group(chat)
        actor = self.world.user(by_user)
        self.world.change_bot_status(chat_obj, "kicked" if ban else "left", actor)
        message = self.world.store(
            chat_obj, actor, service={"left_chat_member": self.world.bot_user.to_api()}
        )
        message.delivered = False

    async def migrate_group(
        self, chat: ChatRef, by_user: UserRef | None = None, *, announce: bool = True
    ) -> StandInChat:
        """Upgrade a basic group to a supergroup with a new id, as Telegram does.

        Members and rights move over; the old group keeps its history but takes no more
        messages: sends there get 400 with parameters.migrate_to_chat_id. With announce, the
        bot gets the service messages (migrate_to_chat_id in the old group, then
        migrate_from_chat_id in the new one); announce=False models them lost or not yet read.
        """
        old = self.world.group(chat)
        if old.type != "group":
            raise ValueError(f"{old.name} is already a supergroup")
        actor = self.world.user(by_user) if by_user is not None else self.world.creator(old)
        new = StandInChat(
            id=-(1_002_000_000_000 + next(self.world.group_ids)), type="supergroup", title=old.title
        )
        self.world.chats[new.id] = new
        self.world.members[new.id] = dict(self.world.members[old.id])
        for (chat_id, user_id), rights in list(self.world.admin_rights.items()):
            if chat_id == old.id:
                self.world.admin_rights[(new.id, user_id)] = dict(rights)
        self.world.migrated[old.id] = new.id
        to_message = self.world.store(old, actor, service={"migrate_to_chat_id": new.id})
        from_message = self.world.store(new, actor, service={"migrate_from_chat_id": old.id})
        if announce:
            self.world.deliver_user_message(to_message)
            self.world.deliver_user_message(from_message)
        else:
            to_message.delivered = from_message.delivered = False
        return new

    async def user_joins(self, chat: ChatRef, user: UserRef) -> StoredMessage:
        """A user joins a group: status member plus the new_chat_members service message."""
        chat_obj = self.world.group(chat)
        user_obj = self.world.user(user)
        await self.set_member_status(chat_obj, user_obj, "member")
        message = self.world.store(
            chat_obj, user_obj, service={"new_chat_members": [user_obj.to_api()]}
        )
        self.world.deliver_user_message(message)
        return message

    async def user_leaves(self, chat: ChatRef, user: UserRef) -> StoredMessage:
        """A user leaves a group: status left plus the left_chat_member service message."""
        chat_obj = self.world.group(chat)
        user_obj = self.world.user(user)
        await self.set_member_status(chat_obj, user_obj, "left")
        message = self.world.store(
            chat_obj, user_obj, service={"left_chat_member": user_obj.to_api()}
        )
        self.world.deliver_user_message(message)
        return message

    async def user_starts_bot(self, user: UserRef, payload: str | None = None) -> StoredMessage:
        """The user presses Start: the bot may now write to them; emits the /start message."""
        user_obj = self.world.user(user)
        chat = self.world.private_chat(user_obj)
        if user_obj.id in self.world.blocked:
            self.world.blocked.discard(user_obj.id)
            self.world.emit_private_status(user_obj, "kicked", "member")
        self.world.started.add(user_obj.id)
        text = "/start" if not payload else f"/start {payload}"
        return await self.post(chat, user_obj, text)

    async def user_blocks_bot(self, user: UserRef) -> None:
        """The user blocks the bot: my_chat_member (member → kicked); sends then get 403."""
        user_obj = self.world.user(user)
        self.world.private_chat(user_obj)
        if user_obj.id not in self.world.blocked:
            self.world.blocked.add(user_obj.id)
            self.world.emit_private_status(user_obj, "member", "kicked")
            self.world.changed()

    def has_started(self, user: UserRef) -> bool:
        """Whether the bot may write to this user privately."""
        user_id = user_id_of(user)
        return user_id in self.world.started and user_id not in self.world.blocked

    async def post(
        self,
        chat: ChatRef,
        user: UserRef,
        text: str,
        *,
        reply_to: MessageRef | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> StoredMessage:
        """A user writes in a chat. Emits a `message` update unless Telegram would withhold
        it (privacy mode in groups); withheld ones land in `undelivered`.

        /commands, @mentions, #hashtags and URLs get their entities automatically.
        """
        chat_obj = self.world.chat(chat)
        user_obj = self.world.user(user)
        if not text.strip():
            raise ValueError("Telegram clients do not send empty messages")
        self._writes(chat_obj, user_obj)
        reply = self.world.message(chat_obj, reply_to) if reply_to is not None else None
        found = entities if entities is not None else detect_entities(text)
        message = self.world.store(chat_obj, user_obj, text=text, entities=found, reply_to=reply)
        self.world.deliver_user_message(message)
        return message

    def _writes(self, chat_obj: StandInChat, user_obj: StandInUser) -> None:
        """Check that the user may write here; writing privately (re)starts the bot for them."""
        if chat_obj.is_group:
            status = self.world.members[chat_obj.id].get(user_obj.id)
            if status not in ACTIVE_STATUSES:
                raise ValueError(
                    f"{user_obj.full_name} is not in {chat_obj.name} (status {status}); "
                    "call user_joins() or set_member_status() first"
                )
            return
        if chat_obj.id != user_obj.id:
            raise ValueError(f"{user_obj.full_name} cannot write in {chat_obj.name}'s chat")
        if user_obj.id in self.world.blocked:
            self.world.blocked.discard(user_obj.id)
            self.world.emit_private_status(user_obj, "kicked", "member")
        self.world.started.add(user_obj.id)

    async def post_media(
        self,
        chat: ChatRef,
        user: UserRef,
        kind: str,
        *,
        caption: str | None = None,
        reply_to: MessageRef | None = None,
        **fields: Any,
    ) -> StoredMessage:
        """A user sends something without text: one of MEDIA's kinds (voice, sticker, photo,
        video, location…), optionally captioned; `fields` replace the kind's wire fields (e.g.
        location={"latitude": …, "longitude": …}). Delivered as `post` delivers."""
        chat_obj = self.world.chat(chat)
        user_obj = self.world.user(user)
        if kind not in MEDIA:
            raise ValueError(f"unknown kind {kind!r}; use one of {sorted(MEDIA)}")
        self._writes(chat_obj, user_obj)
        media = {**MEDIA[kind](self.world.next_message_id.get(chat_obj.id, 1)), **fields}
        reply = self.world.message(chat_obj, reply_to) if reply_to is not None else None
        message = self.world.store(chat_obj, user_obj, media=media, caption=caption, reply_to=reply)
        self.world.deliver_user_message(message)
        return message

    async def press(
        self,
        chat: ChatRef,
        user: UserRef,
        message_or_id: MessageRef,
        *,
        callback_data: str | None = None,
        button_text: str | None = None,
    ) -> str:
        """A user presses an inline button on a bot message; returns the callback_query_id.

        Pick the button by `button_text` or `callback_data`; with neither, the message must
        have exactly one callback button. A `callback_data` that is on no button is sent as
        is (to test forged data).
        """
        chat_obj = self.world.chat(chat)
        user_obj = self.world.user(user)
        message = self.world.message(chat_obj, message_or_id)
        if not message.from_bot:
            raise ValueError("only the bot's messages carry inline buttons")
        callback_buttons = [b for b in message.buttons if "callback_data" in b]
        chosen: dict[str, Any] | None = None
        if button_text is not None:
            chosen = message.button(button_text)
            if "callback_data" not in chosen:
                raise ValueError(f"button {button_text!r} is not a callback button: {chosen}")
            if callback_data is not None and chosen["callback_data"] != callback_data:
                raise ValueError(
                    f"button {button_text!r} carries {chosen['callback_data']!r}, "
                    f"not {callback_data!r}"
                )
            data: str | None = chosen["callback_data"]
        elif callback_data is not None:
            data = callback_data
            chosen = next((b for b in callback_buttons if b["callback_data"] == data), None)
        else:
            if len(callback_buttons) != 1:
                shown = [(b.get("text"), b.get("callback_data")) for b in callback_buttons]
                raise ValueError(f"say which button to press; callback buttons: {shown}")
            chosen = callback_buttons[0]
            data = chosen["callback_data"]
        query_id = str(
            4_611_686_018_427_387_904
            + self.world.bot_user.id * 1_000_000
            + next(self.world.query_ids)
        )
        record = CallbackRecord(
            id=query_id,
            user=user_obj,
            chat=chat_obj,
            message_id=message.message_id,
            data=data,
            at=time.monotonic(),
            button_text=chosen.get("text") if chosen else None,
        )
        self.world.callbacks[query_id] = record
        self.world.callback_log.append(record)
        payload: dict[str, Any] = {
            "id": query_id,
            "from": user_obj.to_api(),
            "message": message.to_api(),
            "chat_instance": str((chat_obj.id * 2_654_435_761) % (1 << 63)),
        }
        if data is not None:
            payload["data"] = data
        if chat_obj.is_group and not self.world.bot_in(chat_obj):
            self.world.updates.undelivered.append(
                Undelivered("the bot is not in the chat", "callback_query", payload)
            )
        else:
            self.world.updates.emit("callback_query", payload)
        self.world.changed()
        return query_id

    def callback_answer(self, callback_query_id: str) -> dict[str, Any] | None:
        """What the bot answered to a press ({text, show_alert, url, cache_time}) or None."""
        record = self.world.callbacks.get(callback_query_id)
        return None if record is None or record.answer is None else dict(record.answer)

    async def wait_callback_answer(
        self,
        callback_query_id: str,
        *,
        timeout: float = 5.0,
    ) -> dict[str, Any]:
        """Wait until the bot answers a press; AssertionError on timeout."""
        await self._log.wait_for(
            "answerCallbackQuery",
            lambda call: call.params.get("callback_query_id") == callback_query_id,
            timeout=timeout,
        )
        answer = self.callback_answer(callback_query_id)
        assert answer is not None
        return answer

    # -------------------------------------------------------------------------- queries

    def messages(self, chat: ChatRef) -> list[StoredMessage]:
        """Messages in a chat as they stand now (edits applied, deletions gone)."""
        chat_obj = self.world.chat(chat)
        return [m for m in self.world.messages.get(chat_obj.id, {}).values() if not m.deleted]

    def last_bot_message(self, chat: ChatRef) -> StoredMessage | None:
        """The newest message from the bot in a chat (None if there is none)."""
        return next((m for m in reversed(self.messages(chat)) if m.from_bot), None)

    def message(self, chat: ChatRef, message_id: int) -> StoredMessage:
        """One message by id (KeyError if missing or deleted)."""
        return self.world.message(self.world.chat(chat), message_id)

    def reply_keyboard(self, chat: ChatRef) -> dict[str, Any] | None:
        """The custom reply keyboard the bot last set in a chat, if any."""
        return self.world.reply_keyboards.get(self.world.chat(chat).id)

    def chat_action(self, chat: ChatRef, *, within: float = 5.0) -> str | None:
        """The chat action (e.g. typing) the bot sent in the last `within` seconds."""
        action = self.world.chat_actions.get(self.world.chat(chat).id)
        if action is None or time.monotonic() - action[1] > within:
            return None
        return action[0]

    def commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """Commands set for exactly this scope and language (like getMyCommands)."""
        return [
            dict(c)
            for c in self.world.commands.get(scope_key(self.world, scope, language_code), [])
        ]

    def visible_commands(self, user: UserRef, chat: ChatRef | None = None) -> list[dict[str, str]]:
        """The command menu this user sees in this chat (private chat by default), following
        Telegram's scope and language fallback order."""
        user_obj = self.world.user(user)
        chat_obj = self.world.chat(chat) if chat is not None else self.world.private_chat(user_obj)
        lang = (user_obj.language_code or "").split("-")[0]
        scopes: list[dict[str, Any]]
        if chat_obj.is_group:
            scopes = [
                {"type": "chat_member", "chat_id": chat_obj.id, "user_id": user_obj.id},
            ]
            if self.member_status(chat_obj, user_obj) in ("creator", "administrator"):
                scopes.append({"type": "chat_administrators", "chat_id": chat_obj.id})
            scopes.append({"type": "chat", "chat_id": chat_obj.id})
            if self.member_status(chat_obj, user_obj) in ("creator", "administrator"):
                scopes.append({"type": "all_chat_administrators"})
            scopes.append({"type": "all_group_chats"})
        else:
            scopes = [{"type": "chat", "chat_id": chat_obj.id}, {"type": "all_private_chats"}]
        scopes.append({"type": "default"})
        for scope in scopes:
            for code in ([lang] if lang else []) + [""]:
                key = scope_key(self.world, scope, code)
                if key in self.world.commands:
                    return [dict(c) for c in self.world.commands[key]]
        return []
