"""Request checks: what Telegram refuses, with Telegram's own error texts.

Pure checks on parameters (text and its formatting, keyboards, commands, numbers) and the
checks that need the world (does the chat exist, may the bot write there, is the replied-to
message still there). Each raises `ApiError`, which the router turns into the error response.
"""

from __future__ import annotations

import json
from typing import Any

from standin.entities import (
    EntityParseError,
    clean_entities,
    detect_entities,
    finalize_text,
    parse_html,
    sort_entities,
    utf16_len,
)
from standin.markdown import parse_markdown, parse_markdown_v2
from standin.world import ACTIVE_STATUSES, StandInChat, StoredMessage, World

MAX_TEXT_LENGTH = 4096
MAX_CALLBACK_DATA = 64
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
_SCOPE_TYPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)


class ApiError(Exception):
    """A Bot API error response."""

    def __init__(
        self, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        """The JSON body Telegram sends for this error."""
        data: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.parameters:
            data["parameters"] = self.parameters
        return data


def bad(description: str) -> ApiError:
    """A 400 Bad Request with Telegram's prefix."""
    return ApiError(400, f"Bad Request: {description}")


def optional_int(value: Any, name: str) -> int | None:
    """An integer parameter (numbers may arrive as strings); None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise bad(f"invalid {name} specified")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    raise bad(f"invalid {name} specified")


# ---------------------------------------------------------------------- parameters alone


def formatted_text(
    params: dict[str, Any], *, strict_html: bool
) -> tuple[str, list[dict[str, Any]]]:
    """The text a user will see and its entities, from text + parse_mode or entities."""
    raw = params.get("text")
    if raw is None or raw == "":
        raise bad("message text is empty")
    text = str(raw)
    if params.get("entities") is not None:
        entities = clean_entities(params.get("entities"), text)
    else:
        mode = str(params.get("parse_mode") or "").lower()
        try:
            if mode == "":
                entities = []
            elif mode == "html":
                text, entities = parse_html(text, strict_ampersand=strict_html)
            elif mode == "markdownv2":
                text, entities = parse_markdown_v2(text)
            elif mode == "markdown":
                text, entities = parse_markdown(text)
            else:
                raise bad("unsupported parse_mode")
        except EntityParseError as error:
            raise bad(f"can't parse entities: {error}") from None
    text, entities = finalize_text(text, entities)
    if not text:
        raise bad("message text is empty")
    if utf16_len(text) > MAX_TEXT_LENGTH:
        raise bad("message is too long")
    return text, sort_entities(entities + detect_entities(text, entities))


def checked_markup(raw: Any) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(inline keyboard, other markup) from a reply_markup parameter."""
    if raw is None:
        return None, None
    if not isinstance(raw, dict):
        raise bad("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in raw:
        return inline_markup(raw), None
    if "keyboard" in raw or "remove_keyboard" in raw or "force_reply" in raw:
        return None, raw
    raise bad("can't parse reply keyboard markup JSON object")


def inline_markup(raw: Any) -> dict[str, Any] | None:
    """An inline keyboard with its buttons checked; None when it has no buttons."""
    if raw is None:
        return None
    rows = raw.get("inline_keyboard") if isinstance(raw, dict) else None
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad("inline keyboard expected")
    cleaned_rows: list[list[dict[str, Any]]] = []
    for row in rows:
        cleaned: list[dict[str, Any]] = []
        for button in row:
            if not isinstance(button, dict):
                raise bad("can't parse inline keyboard button: object expected")
            button = {k: v for k, v in button.items() if v is not None}
            if not str(button.get("text", "")).strip():
                raise bad("can't parse inline keyboard button: Text must be non-empty")
            actions = [a for a in _BUTTON_ACTIONS if a in button]
            if not actions:
                raise bad(
                    "can't parse inline keyboard button: "
                    "Text buttons are unallowed in the inline keyboard"
                )
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not (
                    1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA
                ):
                    raise bad("BUTTON_DATA_INVALID")
            if "url" in button and not str(button["url"]).startswith(
                ("http://", "https://", "tg://")
            ):
                raise bad("BUTTON_URL_INVALID")
            cleaned.append(button)
        if cleaned:
            cleaned_rows.append(cleaned)
    if not cleaned_rows:
        return None
    return {"inline_keyboard": cleaned_rows}


def checked_commands(commands: Any) -> list[dict[str, str]]:
    """A setMyCommands list, each command and description within Telegram's rules."""
    if not isinstance(commands, list):
        raise bad("can't parse commands JSON object")
    cleaned: list[dict[str, str]] = []
    for item in commands:
        if not isinstance(item, dict):
            raise bad("can't parse BotCommand JSON object")
        command = str(item.get("command", "")).removeprefix("/")
        description = str(item.get("description", ""))
        if (
            not (1 <= len(command) <= 32)
            or not all(c.islower() or c.isdigit() or c == "_" for c in command)
            or not command.isascii()
        ):
            raise bad("BOT_COMMAND_INVALID")
        if not (1 <= len(description) <= 256):
            raise bad("BOT_COMMAND_DESCRIPTION_INVALID")
        cleaned.append({"command": command, "description": description})
    if len(cleaned) > 100:
        raise bad("too many commands")
    return cleaned


# ----------------------------------------------------------------------- against the world


def resolve_chat(world: World, raw: Any) -> StandInChat:
    """The chat a chat_id parameter names (a private chat is made on first use)."""
    if raw is None or raw == "":
        raise bad("chat_id is empty")
    if isinstance(raw, str):
        stripped = raw.strip()
        if stripped.lstrip("-").isdigit():
            raw = int(stripped)
        else:
            raise bad("chat not found")
    if not isinstance(raw, int) or isinstance(raw, bool):
        raise bad("chat not found")
    chat = world.chats.get(raw)
    if chat is None and raw in world.users:
        chat = world.private_chat(world.users[raw])
    if chat is None:
        raise bad("chat not found")
    return chat


def check_can_write(world: World, chat: StandInChat) -> None:
    """403 when the bot may not write here (blocked, never started, not in the group)."""
    if chat.id in world.migrated:
        raise ApiError(
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            {"migrate_to_chat_id": world.migrated[chat.id]},
        )
    if not chat.is_group:
        if chat.id in world.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat.id not in world.started:
            raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        return
    check_can_read(world, chat)


def check_can_read(world: World, chat: StandInChat) -> None:
    """403 when the bot is not (or no longer) in the group."""
    status = world.members[chat.id].get(world.bot_user.id)
    kind = "supergroup chat" if chat.type == "supergroup" else "group chat"
    if status == "kicked":
        raise ApiError(403, f"Forbidden: bot was kicked from the {kind}")
    if status not in ACTIVE_STATUSES:
        raise ApiError(403, f"Forbidden: bot is not a member of the {kind}")


def reply_target(world: World, chat: StandInChat, params: dict[str, Any]) -> StoredMessage | None:
    """The message a send replies to, from reply_parameters or reply_to_message_id."""
    reply_parameters = params.get("reply_parameters")
    allow_missing = params.get("allow_sending_without_reply") is True
    target_id: int | None = None
    target_chat = chat
    if isinstance(reply_parameters, dict):
        target_id = optional_int(reply_parameters.get("message_id"), "message_id")
        allow_missing = allow_missing or reply_parameters.get("allow_sending_without_reply") is True
        if reply_parameters.get("chat_id") not in (None, ""):
            target_chat = resolve_chat(world, reply_parameters.get("chat_id"))
    elif params.get("reply_to_message_id") is not None:
        target_id = optional_int(params.get("reply_to_message_id"), "reply_to_message_id")
    if target_id is None:
        return None
    target = world.messages.get(target_chat.id, {}).get(target_id)
    if target is None or target.deleted:
        if allow_missing:
            return None
        raise bad("message to be replied not found")
    return target


def scope_key(world: World, scope: Any, language_code: Any) -> tuple[str, str]:
    """The key a command list is stored under: its canonical scope and language."""
    if scope is None:
        scope = {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in _SCOPE_TYPES:
        raise bad("can't parse BotCommandScope JSON object")
    canonical: dict[str, Any] = {"type": scope["type"]}
    if scope["type"] in ("chat", "chat_administrators", "chat_member"):
        canonical["chat_id"] = resolve_chat(world, scope.get("chat_id")).id
    if scope["type"] == "chat_member":
        user_id = optional_int(scope.get("user_id"), "user_id")
        if user_id is None or user_id not in world.users:
            raise bad("user not found")
        canonical["user_id"] = user_id
    language = str(language_code or "")
    if language and not (len(language) == 2 and language.isalpha()):
        raise bad("LANG_CODE_INVALID")
    return json.dumps(canonical, sort_keys=True), language
