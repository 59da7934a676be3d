"""The Bot API methods the stand-in serves, each a coroutine from parameters to a result.

They check the request (`checks.py`), change the world (`world.py`) and return what Telegram
returns; errors are raised as `ApiError`.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from standin.checks import (
    CHAT_ACTIONS,
    NOT_MODIFIED,
    QUERY_TOO_OLD,
    ApiError,
    bad,
    check_can_read,
    check_can_write,
    checked_commands,
    checked_markup,
    formatted_text,
    inline_markup,
    optional_int,
    reply_target,
    resolve_chat,
    scope_key,
)
from standin.entities import utf16_len
from standin.rate_limits import RateLimiter
from standin.webhook import WebhookPusher
from standin.world import StandInChat, StoredMessage, World

Handler = Callable[[dict[str, Any]], Awaitable[Any]]
MAX_CAPTION_LENGTH = 1024


class BotApiMethods:
    """sendMessage, editMessageText, getChatMember, ...: the served part of the Bot API."""

    def __init__(
        self,
        world: World,
        *,
        strict_html: bool,
        limiter: RateLimiter | None,
        webhook: WebhookPusher,
    ) -> None:
        self.world = world
        self.webhook = webhook
        """setWebhook's state and the loop pushing updates to the bot."""
        self.strict_html = strict_html
        self.limiter = limiter
        """Flood control, or None when limits are not enforced."""

    def table(self) -> dict[str, tuple[str, Handler]]:
        """Method name in lower case → (its proper spelling, its handler)."""
        handlers: list[tuple[str, Handler]] = [
            ("getMe", self.get_me),
            ("getUpdates", self.world.updates.get_updates),
            ("setWebhook", self.webhook.set_webhook),
            ("deleteWebhook", self.webhook.delete_webhook),
            ("getWebhookInfo", self.get_webhook_info),
            ("sendMessage", self.send_message),
            ("sendPhoto", self.send_photo),
            ("editMessageText", self.edit_message_text),
            ("editMessageReplyMarkup", self.edit_message_reply_markup),
            ("deleteMessage", self.delete_message),
            ("answerCallbackQuery", self.answer_callback_query),
            ("setMyCommands", self.set_my_commands),
            ("getMyCommands", self.get_my_commands),
            ("deleteMyCommands", self.delete_my_commands),
            ("getChatMember", self.get_chat_member),
            ("getChatAdministrators", self.get_chat_administrators),
            ("getChat", self.get_chat),
            ("sendChatAction", self.send_chat_action),
            ("leaveChat", self.leave_chat),
            ("close", self.close),
            ("logOut", self.log_out),
        ]
        return {name.lower(): (name, handler) for name, handler in handlers}

    def _admit(self, chat: StandInChat) -> None:
        if self.limiter is not None:
            self.limiter.admit(chat)

    # --------------------------------------------------------------------------- the bot

    async def get_me(self, params: dict[str, Any]) -> Any:
        """getMe."""
        return {
            **self.world.bot_user.to_api(),
            "can_join_groups": True,
            "can_read_all_group_messages": not self.world.privacy_mode,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def get_webhook_info(self, params: dict[str, Any]) -> Any:
        """getWebhookInfo."""
        return self.webhook.info()

    async def close(self, params: dict[str, Any]) -> Any:
        """close."""
        return True

    async def log_out(self, params: dict[str, Any]) -> Any:
        """logOut."""
        return True

    # -------------------------------------------------------------------------- messages

    async def send_message(self, params: dict[str, Any]) -> Any:
        """sendMessage."""
        world = self.world
        chat = resolve_chat(world, params.get("chat_id"))
        check_can_write(world, chat)
        text, entities = formatted_text(params, strict_html=self.strict_html)
        inline, other = checked_markup(params.get("reply_markup"))
        reply_to = reply_target(world, chat, params)
        self._admit(chat)
        preview = params.get("link_preview_options")
        message = world.store(
            chat,
            world.bot_user,
            text=text,
            entities=entities,
            reply_markup=inline,
            reply_to=reply_to,
            link_preview_options=preview if isinstance(preview, dict) else None,
        )
        if other is not None:
            if other.get("remove_keyboard"):
                world.reply_keyboards.pop(chat.id, None)
            elif "keyboard" in other:
                world.reply_keyboards[chat.id] = other
        return message.to_api()

    async def send_photo(self, params: dict[str, Any]) -> Any:
        """sendPhoto: a photo Telegram has (by file_id) or a new upload, optionally captioned."""
        world = self.world
        chat = resolve_chat(world, params.get("chat_id"))
        check_can_write(world, chat)
        photo = params.get("photo")
        if isinstance(photo, str) and photo.startswith("attach://"):
            photo = params.get(photo.removeprefix("attach://")) or photo  # the uploaded part
        sizes = self._photo_sizes(photo)
        media: dict[str, Any] = {"photo": sizes}
        caption = params.get("caption")
        text: str | None = None
        if caption is not None and caption != "":
            fields = {
                "text": caption,
                "parse_mode": params.get("parse_mode"),
                "entities": params.get("caption_entities"),
            }
            text, entities = formatted_text(fields, strict_html=self.strict_html)
            if utf16_len(text) > MAX_CAPTION_LENGTH:
                raise bad("message caption is too long")
            if entities:
                media["caption_entities"] = entities
        inline, _ = checked_markup(params.get("reply_markup"))
        reply_to = reply_target(world, chat, params)
        self._admit(chat)
        message = world.store(
            chat, world.bot_user, media=media, caption=text, reply_markup=inline, reply_to=reply_to
        )
        return message.to_api()

    def _photo_sizes(self, photo: Any) -> list[dict[str, Any]]:
        """The sizes of a photo named by file_id (as Telegram knows it), or of a new upload."""
        if photo is None or photo == "":
            raise bad("there is no photo in the request")
        if isinstance(photo, dict) and "file" in photo:  # a file uploaded with the request
            number = next(self.world.query_ids)
            return [
                {
                    "file_id": f"photo-s-up{number}",
                    "file_unique_id": f"u-photo-s-up{number}",
                    "width": 90,
                    "height": 120,
                    "file_size": 1500,
                },
                {
                    "file_id": f"photo-up{number}",
                    "file_unique_id": f"u-photo-up{number}",
                    "width": 960,
                    "height": 1280,
                    "file_size": 98000,
                },
            ]
        if not isinstance(photo, str) or photo.startswith(("http://", "https://", "attach://")):
            raise bad("the stand-in fetches no URLs: send a file_id or upload the file")
        for messages in self.world.messages.values():
            for message in messages.values():
                sizes = message.media.get("photo")
                if isinstance(sizes, list) and any(s.get("file_id") == photo for s in sizes):
                    return [dict(size) for size in sizes]
        raise bad("wrong file identifier/HTTP URL specified")

    async def edit_message_text(self, params: dict[str, Any]) -> Any:
        """editMessageText."""
        message = self._edit_target(params)
        if message.text is None:
            raise bad("there is no text in the message to edit")
        text, entities = formatted_text(params, strict_html=self.strict_html)
        inline = inline_markup(params.get("reply_markup"))
        if text == message.text and entities == message.entities and inline == message.reply_markup:
            raise bad(NOT_MODIFIED)
        self._admit(message.chat)
        message.text, message.entities, message.reply_markup = text, entities, inline
        preview = params.get("link_preview_options")
        if isinstance(preview, dict):
            message.link_preview_options = preview
        message.edit_date = self.world.now_seconds()
        self.world.changed()
        return message.to_api()

    async def edit_message_reply_markup(self, params: dict[str, Any]) -> Any:
        """editMessageReplyMarkup."""
        message = self._edit_target(params)
        inline = inline_markup(params.get("reply_markup"))
        if inline == message.reply_markup:
            raise bad(NOT_MODIFIED)
        self._admit(message.chat)
        message.reply_markup = inline
        message.edit_date = self.world.now_seconds()
        self.world.changed()
        return message.to_api()

    def _edit_target(self, params: dict[str, Any]) -> StoredMessage:
        if params.get("inline_message_id"):
            raise bad("the stand-in does not support inline messages (MESSAGE_ID_INVALID)")
        chat = resolve_chat(self.world, params.get("chat_id"))
        check_can_write(self.world, chat)
        message_id = optional_int(params.get("message_id"), "message_id")
        if message_id is None:
            raise bad("message identifier is not specified")
        message = self.world.messages.get(chat.id, {}).get(message_id)
        if message is None or message.deleted:
            raise bad("message to edit not found")
        if not message.from_bot:
            raise bad("message can't be edited")
        return message

    async def delete_message(self, params: dict[str, Any]) -> Any:
        """deleteMessage."""
        chat = resolve_chat(self.world, params.get("chat_id"))
        check_can_write(self.world, chat)
        message_id = optional_int(params.get("message_id"), "message_id")
        if message_id is None:
            raise bad("message identifier is not specified")
        message = self.world.messages.get(chat.id, {}).get(message_id)
        if message is None or message.deleted:
            raise bad("message to delete not found")
        if chat.is_group and not message.from_bot:
            rights = self.world.bot_rights(chat)
            if not rights.get("can_delete_messages"):
                raise bad("message can't be deleted")
        message.deleted = True
        self.world.changed()
        return True

    async def answer_callback_query(self, params: dict[str, Any]) -> Any:
        """answerCallbackQuery (once per press)."""
        query_id = params.get("callback_query_id")
        record = self.world.callbacks.get(str(query_id)) if query_id is not None else None
        if record is None or record.answer is not None:
            raise ApiError(400, QUERY_TOO_OLD)
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise bad("MESSAGE_TOO_LONG")
        record.answer = {
            "text": None if text is None else str(text),
            "show_alert": params.get("show_alert") is True,
            "url": params.get("url"),
            "cache_time": params.get("cache_time"),
        }
        record.answered_at = time.monotonic()
        self.world.changed()
        return True

    # -------------------------------------------------------------------------- commands

    async def set_my_commands(self, params: dict[str, Any]) -> Any:
        """setMyCommands (an empty list deletes)."""
        cleaned = checked_commands(params.get("commands"))
        key = scope_key(self.world, params.get("scope"), params.get("language_code") or "")
        if cleaned:
            self.world.commands[key] = cleaned
        else:
            self.world.commands.pop(key, None)
        return True

    async def get_my_commands(self, params: dict[str, Any]) -> Any:
        """getMyCommands (exactly this scope and language, no fallback)."""
        key = scope_key(self.world, params.get("scope"), params.get("language_code") or "")
        return [dict(c) for c in self.world.commands.get(key, [])]

    async def delete_my_commands(self, params: dict[str, Any]) -> Any:
        """deleteMyCommands."""
        key = scope_key(self.world, params.get("scope"), params.get("language_code") or "")
        self.world.commands.pop(key, None)
        return True

    # ----------------------------------------------------------------------------- chats

    async def get_chat_member(self, params: dict[str, Any]) -> Any:
        """getChatMember."""
        world = self.world
        chat = resolve_chat(world, params.get("chat_id"))
        user_id = optional_int(params.get("user_id"), "user_id")
        if user_id is None:
            raise bad("user_id is empty")
        if user_id == world.bot_user.id:
            user = world.bot_user
        elif user_id in world.users:
            user = world.users[user_id]
        else:
            raise bad("user not found")
        if not chat.is_group:
            if user_id not in (chat.id, world.bot_user.id):
                raise bad("user not found")
            return world.member_api(chat, user, "member")
        if user is not world.bot_user:
            check_can_read(world, chat)
        status = world.members[chat.id].get(user_id) or "left"
        return world.member_api(chat, user, status)

    async def get_chat_administrators(self, params: dict[str, Any]) -> Any:
        """getChatAdministrators."""
        world = self.world
        chat = resolve_chat(world, params.get("chat_id"))
        if not chat.is_group:
            raise bad("there are no administrators in the private chat")
        check_can_read(world, chat)
        result = []
        for user_id, status in world.members[chat.id].items():
            if status in ("creator", "administrator"):
                user = world.bot_user if user_id == world.bot_user.id else world.users[user_id]
                result.append(world.member_api(chat, user, status))
        return result

    async def get_chat(self, params: dict[str, Any]) -> Any:
        """getChat."""
        chat = resolve_chat(self.world, params.get("chat_id"))
        if chat.is_group:
            check_can_read(self.world, chat)
        data = chat.to_api()
        data.update(
            {
                "accent_color_id": 0,
                "max_reaction_count": 11,
                "accepted_gift_types": {
                    "unlimited_gifts": False,
                    "limited_gifts": False,
                    "unique_gifts": False,
                    "premium_subscription": False,
                    "gifts_from_channels": False,
                },
            }
        )
        if chat.is_group:
            data["permissions"] = {"can_send_messages": True, "can_invite_users": True}
        return data

    async def send_chat_action(self, params: dict[str, Any]) -> Any:
        """sendChatAction."""
        chat = resolve_chat(self.world, params.get("chat_id"))
        check_can_write(self.world, chat)
        action = params.get("action")
        if action not in CHAT_ACTIONS:
            raise bad("wrong parameter action in request")
        self.world.chat_actions[chat.id] = (str(action), time.monotonic())
        self.world.changed()
        return True

    async def leave_chat(self, params: dict[str, Any]) -> Any:
        """leaveChat."""
        world = self.world
        chat = resolve_chat(world, params.get("chat_id"))
        if not chat.is_group:
            raise bad("chat member status can't be changed in private chats")
        check_can_write(world, chat)
        world.change_bot_status(chat, "left", world.bot_user)
        message = world.store(
            chat, world.bot_user, service={"left_chat_member": world.bot_user.to_api()}
        )
        message.delivered = False
        return True
