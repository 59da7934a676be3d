"""BotApiStandIn: an offline Telegram Bot API server for tests and the sandbox.

The real aiogram client talks to it over HTTP exactly as it talks to api.telegram.org:

    async with BotApiStandIn() as standin:
        bot = standin.create_bot()          # or Bot(token, session=AiohttpSession(api=...))
        group = await standin.add_group("3号楼")
        ...

It keeps a small fake world (users, chats, members, messages), queues updates for
getUpdates, validates requests with Telegram's own error texts, records every call and can
inject faults and enforce flood limits.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Literal, Protocol, Self

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiohttp import web

from standin.entities import (
    EntityParseError,
    clean_entities,
    detect_entities,
    finalize_text,
    parse_html,
    parse_markdown,
    parse_markdown_v2,
    sort_entities,
    utf16_len,
)
from standin.world import (
    ACTIVE_STATUSES,
    ALL_STATUSES,
    DEFAULT_ADMIN_RIGHTS,
    ApiCall,
    CallbackRecord,
    Fault,
    RateLimits,
    StandInChat,
    StandInUser,
    StoredMessage,
    Undelivered,
)

Clock = Callable[[], float]


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
FaultKind = Literal["429", "500", "502", "timeout", "403"]

MAX_TEXT_LENGTH = 4096
MAX_CALLBACK_DATA = 64
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
#: parameters that stay strings even when they look like JSON
_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "url",
        "language_code",
        "action",
        "business_connection_id",
        "inline_message_id",
        "message_effect_id",
        "description",
        "short_description",
        "name",
        "title",
        "custom_title",
        "query",
        "secret_token",
        "emoji",
    }
)
_FAULTS: dict[str, tuple[int, str]] = {
    "429": (429, "Too Many Requests: retry after {retry_after}"),
    "500": (500, "Internal Server Error"),
    "502": (502, "Bad Gateway"),
    "403": (403, "Forbidden: bot was kicked from the group chat"),
}
_QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
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


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


class _Signal:
    """Wakes every waiter at once; waiters re-check their condition afterwards."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, seconds: float) -> None:
        event = self._event
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), seconds)


class _RateLimiter:
    """Telegram's flood control: per private chat, per group and overall."""

    def __init__(self, limits: RateLimits, clock: Clock) -> None:
        self.limits = limits
        self.clock = clock
        self._global: deque[float] = deque()
        self._groups: dict[int, deque[float]] = {}
        self._private: dict[int, tuple[float, float]] = {}

    def check(self, chat: StandInChat) -> int | None:
        """Count one message; returns retry_after seconds instead when over a limit."""
        now = self.clock()
        limits = self.limits
        while self._global and self._global[0] <= now - 1.0:
            self._global.popleft()
        if len(self._global) >= limits.global_per_second:
            return max(1, math.ceil(self._global[0] + 1.0 - now))
        if chat.is_group:
            window = self._groups.setdefault(chat.id, deque())
            while window and window[0] <= now - 60.0:
                window.popleft()
            if len(window) >= limits.group_per_minute:
                return max(1, math.ceil(window[0] + 60.0 - now))
            window.append(now)
        else:
            tokens, last = self._private.get(chat.id, (float(limits.private_burst), now))
            tokens = min(
                float(limits.private_burst), tokens + (now - last) * limits.private_per_second
            )
            if tokens < 1.0:
                return max(1, math.ceil((1.0 - tokens) / limits.private_per_second))
            self._private[chat.id] = (tokens - 1.0, now)
        self._global.append(now)
        return None


Handler = Callable[[dict[str, Any]], Awaitable[Any]]


class BotApiStandIn:
    """An offline stand-in for the Telegram Bot API, served over HTTP on 127.0.0.1.

    Control methods that change the world are async (`await standin.post(...)`); queries
    (`calls`, `messages`, `callback_answer`, ...) are plain methods.
    """

    def __init__(
        self,
        token: str = "123456:SANDBOX",
        bot_username: str = "louhu_bot",
        privacy_mode: bool = True,
        enforce_rate_limits: bool = False,
        clock: Clock | None = None,
        *,
        rate_limits: RateLimits | None = None,
        bot_first_name: str = "Louhu 楼呼",
        strict_html: bool = True,
        sandbox_page: bool = True,
    ) -> None:
        """Create the stand-in (call `start()` to serve it).

        `clock` (seconds, monotonic) drives the flood limits only; `rate_limits` adjusts them.
        `strict_html` rejects a bare "&" in HTML text, which real Telegram tolerates.
        """
        head = token.partition(":")[0]
        self.token = token
        self.privacy_mode = privacy_mode
        self.enforce_rate_limits = enforce_rate_limits
        self.strict_html = strict_html
        self.rate_limits = rate_limits or RateLimits()
        self.bot_user = StandInUser(
            id=int(head) if head.isdigit() else 123456,
            first_name=bot_first_name,
            username=bot_username,
            is_bot=True,
        )
        self.users: dict[int, StandInUser] = {}
        """Every user of the fake world by id (the bot is not listed)."""
        self.chats: dict[int, StandInChat] = {}
        """Every chat by id: groups, supergroups and private chats with the bot."""
        self.undelivered: list[Undelivered] = []
        """Updates Telegram would have withheld from the bot (privacy mode, allowed_updates…)."""
        self.callback_log: list[CallbackRecord] = []
        """Every button press, in order, with the bot's answer once given."""
        self.version = 0
        """Bumped on every change of the visible world (the sandbox page polls it)."""

        self._clock: Clock = clock or time.monotonic
        self._limiter = _RateLimiter(self.rate_limits, self._clock)
        self._members: dict[int, dict[int, str]] = {}
        self._admin_rights: dict[tuple[int, int], dict[str, bool]] = {}
        self._started: set[int] = set()
        self._blocked: set[int] = set()
        self._migrated: dict[int, int] = {}  # basic group id → its supergroup's id
        self._messages: dict[int, dict[int, StoredMessage]] = {}
        self._next_message_id: dict[int, int] = {}
        self._reply_keyboards: dict[int, dict[str, Any]] = {}
        self._chat_actions: dict[int, tuple[str, float]] = {}
        self._user_ids = itertools.count(1_000_001)
        self._group_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._next_update_id = 100_001
        self._pending: list[dict[str, Any]] = []
        self._history: dict[int, dict[str, Any]] = {}
        self._redelivery: list[dict[str, Any]] = []
        self._allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
        self._poll_generation = 0
        self._updates_signal = _Signal()
        self._calls_signal = _Signal()
        self._calls: list[ApiCall] = []
        self._faults: list[Fault] = []
        self._callbacks: dict[str, CallbackRecord] = {}
        self._commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self._closing = False
        self._closed_event = asyncio.Event()
        self._started_at = time.monotonic()
        self._runner: web.AppRunner | None = None
        self._url: str | None = None

        self._methods: dict[str, tuple[str, Handler]] = {}
        for name, handler in [
            ("getMe", self._get_me),
            ("getUpdates", self._get_updates),
            ("deleteWebhook", self._delete_webhook),
            ("getWebhookInfo", self._get_webhook_info),
            ("sendMessage", self._send_message),
            ("editMessageText", self._edit_message_text),
            ("editMessageReplyMarkup", self._edit_message_reply_markup),
            ("deleteMessage", self._delete_message),
            ("answerCallbackQuery", self._answer_callback_query),
            ("setMyCommands", self._set_my_commands),
            ("getMyCommands", self._get_my_commands),
            ("deleteMyCommands", self._delete_my_commands),
            ("getChatMember", self._get_chat_member),
            ("getChatAdministrators", self._get_chat_administrators),
            ("getChat", self._get_chat),
            ("sendChatAction", self._send_chat_action),
            ("leaveChat", self._leave_chat),
            ("close", self._close),
            ("logOut", self._log_out),
        ]:
            self._methods[name.lower()] = (name, handler)

        self.app = web.Application()
        """The aiohttp application (Bot API under /bot<token>/, the sandbox under /sandbox/)."""
        self.app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        if sandbox_page:
            from standin.sandbox_web import mount_sandbox

            mount_sandbox(self.app, self)

    # ------------------------------------------------------------------------ lifecycle

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve on host:port (0 picks a free port); returns the base URL."""
        if self._runner is not None:
            raise RuntimeError("the stand-in is already running")
        self._closing = False
        self._closed_event = asyncio.Event()
        self._started_at = time.monotonic()
        runner = web.AppRunner(
            self.app, handle_signals=False, access_log=None, shutdown_timeout=1.0
        )
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        bound = runner.addresses[0]
        shown_host = f"[{bound[0]}]" if ":" in bound[0] else bound[0]
        self._url = f"http://{shown_host}:{bound[1]}"
        return self._url

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:40123 (use with TelegramAPIServer.from_base)."""
        if self._url is None:
            raise RuntimeError("the stand-in is not running; await start() first")
        return self._url

    @property
    def api_server(self) -> TelegramAPIServer:
        """aiogram's server description pointing at this stand-in."""
        return TelegramAPIServer.from_base(self.url)

    def create_bot(self, *, timeout: float = 10.0, **bot_kwargs: Any) -> Bot:
        """A real aiogram Bot talking to this stand-in."""
        session = AiohttpSession(api=self.api_server, timeout=timeout)
        return Bot(self.token, session=session, **bot_kwargs)

    async def stop(self) -> None:
        """Release long polls and hung requests, then stop serving."""
        self._closing = True
        self._closed_event.set()
        self._updates_signal.notify()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()
        self._url = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

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
            id=next(self._user_ids),
            first_name=first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
            note=note,
        )
        self.users[user.id] = user
        self._changed()
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
        number = next(self._group_ids)
        if supergroup:
            chat = StandInChat(id=-(1_002_000_000_000 + number), type="supergroup", title=title)
        else:
            chat = StandInChat(id=-(4_000_000_000 + number), type="group", title=title)
        self.chats[chat.id] = chat
        self._members[chat.id] = {}
        if creator is not None:
            self._members[chat.id][self._user(creator).id] = "creator"
        for member in members:
            self._members[chat.id].setdefault(self._user(member).id, "member")
        self._changed()
        return chat

    def member_status(self, chat: ChatRef, user: UserRef) -> str | None:
        """creator / administrator / member / restricted / left / kicked, or None if never in."""
        chat_obj = self._chat(chat)
        user_id = self._user_id(user)
        if not chat_obj.is_group:
            return "member" if user_id in (chat_obj.id, self.bot_user.id) else None
        return self._members[chat_obj.id].get(user_id)

    def members(self, chat: ChatRef) -> dict[int, str]:
        """user id → status for everyone the group has seen (the bot included)."""
        return dict(self._members[self._chat(chat).id])

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
        chat_obj = self._group(chat)
        if status not in ALL_STATUSES:
            raise ValueError(f"unknown status {status!r}; use one of {sorted(ALL_STATUSES)}")
        if self._user_id(user) == self.bot_user.id:
            actor = self._user(by_user) if by_user is not None else self._creator(chat_obj)
            await self._change_bot_status(chat_obj, status, actor, rights=rights)
            return
        user_obj = self._user(user)
        old = self._members[chat_obj.id].get(user_obj.id) or "left"
        self._members[chat_obj.id][user_obj.id] = status
        if status == "administrator":
            self._admin_rights[(chat_obj.id, user_obj.id)] = {
                **DEFAULT_ADMIN_RIGHTS,
                **(rights or {}),
            }
        self._changed()
        if self._bot_is_admin(chat_obj) and old != status:
            actor = self._user(by_user) if by_user is not None else user_obj
            self._emit(
                "chat_member",
                {
                    "chat": chat_obj.to_api(),
                    "from": actor.to_api(),
                    "date": _now(),
                    "old_chat_member": self._member_api(chat_obj, user_obj, old),
                    "new_chat_member": self._member_api(chat_obj, user_obj, status),
                },
            )

    async def add_bot_to_group(
        self, chat: ChatRef, by_user: UserRef, *, as_admin: bool = False
    ) -> StoredMessage:
        """Add the bot: emits my_chat_member (left → member/administrator) and the service
        message with new_chat_members, as Telegram does. Returns the service message."""
        chat_obj = self._group(chat)
        actor = self._user(by_user)
        if self._members[chat_obj.id].get(self.bot_user.id) in ACTIVE_STATUSES:
            raise ValueError(f"the bot is already in {chat_obj.name}")
        await self._change_bot_status(chat_obj, "administrator" if as_admin else "member", actor)
        message = self._store(
            chat_obj, actor, service={"new_chat_members": [self.bot_user.to_api()]}
        )
        self._deliver_user_message(message)
        return message

    async def remove_bot_from_group(
        self, chat: ChatRef, by_user: UserRef, *, ban: bool = True
    ) -> None:
        """Remove the bot (kicked, or left with ban=False): emits my_chat_member; afterwards
        sends to that chat fail with 403."""
        chat_obj = self._group(chat)
        actor = self._user(by_user)
        await self._change_bot_status(chat_obj, "kicked" if ban else "left", actor)
        message = self._store(chat_obj, actor, service={"left_chat_member": self.bot_user.to_api()})
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
        old = self._group(chat)
        if old.type != "group":
            raise ValueError(f"{old.name} is already a supergroup")
        actor = self._user(by_user) if by_user is not None else self._creator(old)
        new = StandInChat(
            id=-(1_002_000_000_000 + next(self._group_ids)), type="supergroup", title=old.title
        )
        self.chats[new.id] = new
        self._members[new.id] = dict(self._members[old.id])
        for (chat_id, user_id), rights in list(self._admin_rights.items()):
            if chat_id == old.id:
                self._admin_rights[(new.id, user_id)] = dict(rights)
        self._migrated[old.id] = new.id
        to_message = self._store(old, actor, service={"migrate_to_chat_id": new.id})
        from_message = self._store(new, actor, service={"migrate_from_chat_id": old.id})
        if announce:
            self._deliver_user_message(to_message)
            self._deliver_user_message(from_message)
        else:
            to_message.delivered = from_message.delivered = False
        return new

    async def user_joins(self, chat: ChatRef, user: UserRef) -> StoredMessage:
        """A user joins a group: status member plus the new_chat_members service message."""
        chat_obj = self._group(chat)
        user_obj = self._user(user)
        await self.set_member_status(chat_obj, user_obj, "member")
        message = self._store(chat_obj, user_obj, service={"new_chat_members": [user_obj.to_api()]})
        self._deliver_user_message(message)
        return message

    async def user_leaves(self, chat: ChatRef, user: UserRef) -> StoredMessage:
        """A user leaves a group: status left plus the left_chat_member service message."""
        chat_obj = self._group(chat)
        user_obj = self._user(user)
        await self.set_member_status(chat_obj, user_obj, "left")
        message = self._store(chat_obj, user_obj, service={"left_chat_member": user_obj.to_api()})
        self._deliver_user_message(message)
        return message

    async def user_starts_bot(self, user: UserRef, payload: str | None = None) -> StoredMessage:
        """The user presses Start: the bot may now write to them; emits the /start message."""
        user_obj = self._user(user)
        chat = self._private_chat(user_obj)
        if user_obj.id in self._blocked:
            self._blocked.discard(user_obj.id)
            self._emit_private_status(user_obj, "kicked", "member")
        self._started.add(user_obj.id)
        text = "/start" if not payload else f"/start {payload}"
        return await self.post(chat, user_obj, text)

    async def user_blocks_bot(self, user: UserRef) -> None:
        """The user blocks the bot: my_chat_member (member → kicked); sends then get 403."""
        user_obj = self._user(user)
        self._private_chat(user_obj)
        if user_obj.id not in self._blocked:
            self._blocked.add(user_obj.id)
            self._emit_private_status(user_obj, "member", "kicked")
            self._changed()

    def has_started(self, user: UserRef) -> bool:
        """Whether the bot may write to this user privately."""
        user_id = self._user_id(user)
        return user_id in self._started and user_id not in self._blocked

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
        chat_obj = self._chat(chat)
        user_obj = self._user(user)
        if not text.strip():
            raise ValueError("Telegram clients do not send empty messages")
        if chat_obj.is_group:
            status = self._members[chat_obj.id].get(user_obj.id)
            if status not in ACTIVE_STATUSES:
                raise ValueError(
                    f"{user_obj.full_name} is not in {chat_obj.name} (status {status}); "
                    "call user_joins() or set_member_status() first"
                )
        else:
            if chat_obj.id != user_obj.id:
                raise ValueError(f"{user_obj.full_name} cannot write in {chat_obj.name}'s chat")
            if user_obj.id in self._blocked:
                self._blocked.discard(user_obj.id)
                self._emit_private_status(user_obj, "kicked", "member")
            self._started.add(user_obj.id)
        reply = self._message(chat_obj, reply_to) if reply_to is not None else None
        found = entities if entities is not None else detect_entities(text)
        message = self._store(chat_obj, user_obj, text=text, entities=found, reply_to=reply)
        self._deliver_user_message(message)
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
        chat_obj = self._chat(chat)
        user_obj = self._user(user)
        message = self._message(chat_obj, message_or_id)
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
            4_611_686_018_427_387_904 + self.bot_user.id * 1_000_000 + next(self._query_ids)
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
        self._callbacks[query_id] = record
        self.callback_log.append(record)
        payload: dict[str, Any] = {
            "id": query_id,
            "from": user_obj.to_api(),
            "message": message.to_api(),
            "chat_instance": str((chat_obj.id * 2_654_435_761) % (1 << 63)),
        }
        if data is not None:
            payload["data"] = data
        if chat_obj.is_group and not self._bot_in(chat_obj):
            self.undelivered.append(
                Undelivered("the bot is not in the chat", "callback_query", payload)
            )
        else:
            self._emit("callback_query", payload)
        self._changed()
        return query_id

    def callback_answer(self, callback_query_id: str) -> dict[str, Any] | None:
        """What the bot answered to a press ({text, show_alert, url, cache_time}) or None."""
        record = self._callbacks.get(callback_query_id)
        return None if record is None or record.answer is None else dict(record.answer)

    async def wait_callback_answer(
        self,
        callback_query_id: str,
        *,
        timeout: float = 5.0,
    ) -> dict[str, Any]:
        """Wait until the bot answers a press; AssertionError on timeout."""
        await self.wait_for(
            "answerCallbackQuery",
            lambda call: call.params.get("callback_query_id") == callback_query_id,
            timeout=timeout,
        )
        answer = self.callback_answer(callback_query_id)
        assert answer is not None
        return answer

    async def inject_update(self, raw: dict[str, Any]) -> int:
        """Queue any update (its update_id is assigned here); allowed_updates is not applied."""
        body = {k: v for k, v in raw.items() if k != "update_id"}
        if len(body) != 1:
            raise ValueError("an update has exactly one field besides update_id")
        ((kind, payload),) = body.items()
        update_id = self._enqueue(kind, json.loads(json.dumps(payload)))
        return update_id

    async def redeliver(self, update_id: int) -> None:
        """Hand an already delivered update out once more, with the same update_id, even
        though the bot's offset has passed it (as after a crash before confirming)."""
        update = self._history.get(update_id)
        if update is None:
            raise KeyError(f"no update {update_id} was ever queued")
        self._redelivery.append(json.loads(json.dumps(update)))
        self._redelivery.sort(key=lambda u: u["update_id"])
        self._updates_signal.notify()

    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates queued and not yet confirmed by an offset."""
        return [json.loads(json.dumps(u)) for u in self._pending]

    @property
    def allowed_updates(self) -> frozenset[str]:
        """The update types the bot currently receives (last allowed_updates it sent)."""
        return self._allowed_updates

    # -------------------------------------------------------------------------- queries

    def messages(self, chat: ChatRef) -> list[StoredMessage]:
        """Messages in a chat as they stand now (edits applied, deletions gone)."""
        chat_obj = self._chat(chat)
        return [m for m in self._messages.get(chat_obj.id, {}).values() if not m.deleted]

    def last_bot_message(self, chat: ChatRef) -> StoredMessage | None:
        """The newest message from the bot in a chat (None if there is none)."""
        return next((m for m in reversed(self.messages(chat)) if m.from_bot), None)

    def message(self, chat: ChatRef, message_id: int) -> StoredMessage:
        """One message by id (KeyError if missing or deleted)."""
        return self._message(self._chat(chat), message_id)

    def reply_keyboard(self, chat: ChatRef) -> dict[str, Any] | None:
        """The custom reply keyboard the bot last set in a chat, if any."""
        return self._reply_keyboards.get(self._chat(chat).id)

    def chat_action(self, chat: ChatRef, *, within: float = 5.0) -> str | None:
        """The chat action (e.g. typing) the bot sent in the last `within` seconds."""
        action = self._chat_actions.get(self._chat(chat).id)
        if action is None or time.monotonic() - action[1] > within:
            return None
        return action[0]

    def commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """Commands set for exactly this scope and language (like getMyCommands)."""
        return [dict(c) for c in self._commands.get(self._scope_key(scope, language_code), [])]

    def visible_commands(self, user: UserRef, chat: ChatRef | None = None) -> list[dict[str, str]]:
        """The command menu this user sees in this chat (private chat by default), following
        Telegram's scope and language fallback order."""
        user_obj = self._user(user)
        chat_obj = self._chat(chat) if chat is not None else self._private_chat(user_obj)
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
                key = self._scope_key(scope, code)
                if key in self._commands:
                    return [dict(c) for c in self._commands[key]]
        return []

    def calls(self, method: str | None = None, **param_filters: Any) -> list[ApiCall]:
        """Recorded calls, optionally of one method and with parameters equal to the filters
        (users, chats and messages may be passed for ids)."""
        wanted = {k: _plain(v) for k, v in param_filters.items()}
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
            await self._calls_signal.wait(remaining)

    def _timeout_report(self, method: str, count: int, found: int, timeout: float) -> str:
        recent = [c for c in self._calls if c.method != "getUpdates"][-15:]
        lines = [
            f"waited {timeout:.1f}s for {count} successful {method} call(s), saw {found}.",
            "Recent calls (getUpdates omitted):" if recent else "No calls besides getUpdates.",
        ]
        lines += ["  " + c.summary(self._started_at) for c in recent]
        return "\n".join(lines)

    # --------------------------------------------------------------------------- faults

    def fail(
        self,
        method: str,
        error: FaultKind | str,
        *,
        times: int = 1,
        retry_after: int = 1,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        hang_seconds: float = 30.0,
        apply: bool = False,
        description: str | None = None,
    ) -> Fault:
        """Make the next `times` calls of `method` (whose params match `predicate`) fail.

        error: "429" (with parameters.retry_after), "500", "502", "403", or "timeout" (hold
        the request `hang_seconds` without answering; with apply=True the method is carried
        out first, i.e. the response is lost). If a held request outlives the hang, it gets
        the real response (apply=True) or 504 Gateway Timeout. `description` overrides the
        error text.
        """
        entry = self._methods.get(method.lower())
        if entry is None:
            raise ValueError(f"the stand-in does not serve {method!r}")
        if error not in (*_FAULTS, "timeout"):
            raise ValueError(f"unknown fault {error!r}; use 429, 500, 502, 403 or timeout")
        fault = Fault(
            method=entry[0],
            error=error,
            remaining=times,
            retry_after=retry_after,
            predicate=predicate,
            hang_seconds=hang_seconds,
            apply=apply,
            description=description,
        )
        self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        """Forget every fault not yet used up."""
        self._faults.clear()

    # --------------------------------------------------------------------- HTTP handling

    async def _handle_api(self, request: web.Request) -> web.Response:
        arrived = time.monotonic()
        name = request.match_info["method"]
        try:
            params = await _read_params(request)
        except ValueError:
            params = {}
        if request.match_info["token"] != self.token:
            return self._answer(name, params, arrived, ApiError(401, "Unauthorized"))
        entry = self._methods.get(name.lower())
        if entry is None:
            return self._answer(name, params, arrived, ApiError(404, "Not Found"))
        method, handler = entry
        fault = next((f for f in self._faults if f.matches(method, params)), None)
        if fault is not None:
            fault.remaining -= 1
            if fault.remaining <= 0:
                self._faults.remove(fault)
            return await self._faulty(fault, method, handler, params, arrived)
        outcome = await self._perform(handler, params)
        return self._answer(method, params, arrived, outcome)

    async def _perform(self, handler: Handler, params: dict[str, Any]) -> Any:
        try:
            return _Ok(await handler(params))
        except ApiError as error:
            return error

    def _answer(
        self,
        method: str,
        params: dict[str, Any],
        arrived: float,
        outcome: Any,
        fault: str | None = None,
    ) -> web.Response:
        self._record(method, params, arrived, outcome, fault)
        if isinstance(outcome, ApiError):
            return _json_response(outcome.body(), status=outcome.code)
        return _json_response({"ok": True, "result": outcome.value})

    def _record(
        self,
        method: str,
        params: dict[str, Any],
        arrived: float,
        outcome: Any,
        fault: str | None = None,
    ) -> None:
        if isinstance(outcome, ApiError):
            call = ApiCall(
                method, params, arrived, False, outcome.body(), status=outcome.code, fault=fault
            )
        else:
            call = ApiCall(method, params, arrived, True, outcome.value, fault=fault)
        self._calls.append(call)
        self._calls_signal.notify()

    async def _faulty(
        self,
        fault: Fault,
        method: str,
        handler: Handler,
        params: dict[str, Any],
        arrived: float,
    ) -> web.Response:
        if fault.error == "timeout":
            outcome: Any = None
            if fault.apply:
                outcome = await self._perform(handler, params)
                self._record(method, params, arrived, outcome, fault="timeout")
            else:
                self._calls.append(
                    ApiCall(
                        method,
                        params,
                        arrived,
                        False,
                        {"error_code": 0, "description": "no response (request held)"},
                        status=0,
                        fault="timeout",
                    )
                )
                self._calls_signal.notify()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closed_event.wait(), fault.hang_seconds)
            if isinstance(outcome, ApiError):
                return _json_response(outcome.body(), status=outcome.code)
            if outcome is not None:
                return _json_response({"ok": True, "result": outcome.value})
            return _json_response(ApiError(504, "Gateway Timeout").body(), status=504)
        code, template = _FAULTS[fault.error]
        description = fault.description or template.format(retry_after=fault.retry_after)
        parameters = {"retry_after": fault.retry_after} if fault.error == "429" else None
        return self._answer(
            method, params, arrived, ApiError(code, description, parameters), fault=fault.error
        )

    # ------------------------------------------------------------------ methods: updates

    async def _get_me(self, params: dict[str, Any]) -> Any:
        return {
            **self.bot_user.to_api(),
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: dict[str, Any]) -> Any:
        offset = _optional_int(params.get("offset"), "offset")
        limit = _optional_int(params.get("limit"), "limit") or 100
        limit = min(max(limit, 1), 100)
        timeout = params.get("timeout") or 0
        if not isinstance(timeout, int | float) or isinstance(timeout, bool):
            raise _bad("invalid timeout specified")
        allowed = params.get("allowed_updates")
        if allowed is not None:
            if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
                raise _bad("can't parse allowed updates")
            self._allowed_updates = frozenset(allowed) if allowed else DEFAULT_ALLOWED_UPDATES
        self._poll_generation += 1
        generation = self._poll_generation
        self._updates_signal.notify()  # an older long poll is terminated with 409
        if offset:
            self._confirm(offset)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, float(timeout))
        while True:
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
            batch = self._redelivery[:limit]
            del self._redelivery[: len(batch)]
            batch += [json.loads(json.dumps(u)) for u in self._pending[: limit - len(batch)]]
            if batch or self._closing:
                return batch
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            await self._updates_signal.wait(remaining)

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        else:
            self._pending = (
                self._pending[offset:] if -offset < len(self._pending) else self._pending
            )

    async def _delete_webhook(self, params: dict[str, Any]) -> Any:
        if params.get("drop_pending_updates") is True:
            self._pending.clear()
        return True

    async def _get_webhook_info(self, params: dict[str, Any]) -> Any:
        return {
            "url": "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }

    # ----------------------------------------------------------------- methods: messages

    async def _send_message(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params.get("chat_id"))
        self._check_can_write(chat)
        text, entities = self._formatted(params)
        inline, other = self._checked_markup(params.get("reply_markup"))
        reply_to = self._reply_target(chat, params)
        self._check_rate(chat)
        preview = params.get("link_preview_options")
        message = self._store(
            chat,
            self.bot_user,
            text=text,
            entities=entities,
            reply_markup=inline,
            reply_to=reply_to,
            link_preview_options=preview if isinstance(preview, dict) else None,
        )
        if other is not None:
            if other.get("remove_keyboard"):
                self._reply_keyboards.pop(chat.id, None)
            elif "keyboard" in other:
                self._reply_keyboards[chat.id] = other
        return message.to_api()

    async def _edit_message_text(self, params: dict[str, Any]) -> Any:
        message = self._edit_target(params)
        if message.text is None:
            raise _bad("there is no text in the message to edit")
        text, entities = self._formatted(params)
        inline = self._inline_markup(params.get("reply_markup"))
        if text == message.text and entities == message.entities and inline == message.reply_markup:
            raise _bad(_NOT_MODIFIED[len("Bad Request: ") :])
        self._check_rate(message.chat)
        message.text, message.entities, message.reply_markup = text, entities, inline
        preview = params.get("link_preview_options")
        if isinstance(preview, dict):
            message.link_preview_options = preview
        message.edit_date = _now()
        self._changed()
        return message.to_api()

    async def _edit_message_reply_markup(self, params: dict[str, Any]) -> Any:
        message = self._edit_target(params)
        inline = self._inline_markup(params.get("reply_markup"))
        if inline == message.reply_markup:
            raise _bad(_NOT_MODIFIED[len("Bad Request: ") :])
        self._check_rate(message.chat)
        message.reply_markup = inline
        message.edit_date = _now()
        self._changed()
        return message.to_api()

    def _edit_target(self, params: dict[str, Any]) -> StoredMessage:
        if params.get("inline_message_id"):
            raise _bad("the stand-in does not support inline messages (MESSAGE_ID_INVALID)")
        chat = self._resolve_chat(params.get("chat_id"))
        self._check_can_write(chat)
        message_id = _optional_int(params.get("message_id"), "message_id")
        if message_id is None:
            raise _bad("message identifier is not specified")
        message = self._messages.get(chat.id, {}).get(message_id)
        if message is None or message.deleted:
            raise _bad("message to edit not found")
        if not message.from_bot:
            raise _bad("message can't be edited")
        return message

    async def _delete_message(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params.get("chat_id"))
        self._check_can_write(chat)
        message_id = _optional_int(params.get("message_id"), "message_id")
        if message_id is None:
            raise _bad("message identifier is not specified")
        message = self._messages.get(chat.id, {}).get(message_id)
        if message is None or message.deleted:
            raise _bad("message to delete not found")
        if chat.is_group and not message.from_bot:
            rights = self._bot_rights(chat)
            if not rights.get("can_delete_messages"):
                raise _bad("message can't be deleted")
        message.deleted = True
        self._changed()
        return True

    async def _answer_callback_query(self, params: dict[str, Any]) -> Any:
        query_id = params.get("callback_query_id")
        record = self._callbacks.get(str(query_id)) if query_id is not None else None
        if record is None or record.answer is not None:
            raise ApiError(400, _QUERY_TOO_OLD)
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise _bad("MESSAGE_TOO_LONG")
        record.answer = {
            "text": None if text is None else str(text),
            "show_alert": params.get("show_alert") is True,
            "url": params.get("url"),
            "cache_time": params.get("cache_time"),
        }
        record.answered_at = time.monotonic()
        self._changed()
        return True

    # ----------------------------------------------------------------- methods: commands

    async def _set_my_commands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        cleaned: list[dict[str, str]] = []
        for item in commands:
            if not isinstance(item, dict):
                raise _bad("can't parse BotCommand JSON object")
            command = str(item.get("command", "")).removeprefix("/")
            description = str(item.get("description", ""))
            if (
                not (1 <= len(command) <= 32)
                or not all(c.islower() or c.isdigit() or c == "_" for c in command)
                or not command.isascii()
            ):
                raise _bad("BOT_COMMAND_INVALID")
            if not (1 <= len(description) <= 256):
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": command, "description": description})
        if len(cleaned) > 100:
            raise _bad("too many commands")
        key = self._scope_key(params.get("scope"), params.get("language_code") or "")
        if cleaned:
            self._commands[key] = cleaned
        else:
            self._commands.pop(key, None)
        return True

    async def _get_my_commands(self, params: dict[str, Any]) -> Any:
        key = self._scope_key(params.get("scope"), params.get("language_code") or "")
        return [dict(c) for c in self._commands.get(key, [])]

    async def _delete_my_commands(self, params: dict[str, Any]) -> Any:
        key = self._scope_key(params.get("scope"), params.get("language_code") or "")
        self._commands.pop(key, None)
        return True

    def _scope_key(self, scope: Any, language_code: Any) -> tuple[str, str]:
        if scope is None:
            scope = {"type": "default"}
        if not isinstance(scope, dict) or scope.get("type") not in _SCOPE_TYPES:
            raise _bad("can't parse BotCommandScope JSON object")
        canonical: dict[str, Any] = {"type": scope["type"]}
        if scope["type"] in ("chat", "chat_administrators", "chat_member"):
            canonical["chat_id"] = self._resolve_chat(scope.get("chat_id")).id
        if scope["type"] == "chat_member":
            user_id = _optional_int(scope.get("user_id"), "user_id")
            if user_id is None or user_id not in self.users:
                raise _bad("user not found")
            canonical["user_id"] = user_id
        language = str(language_code or "")
        if language and not (len(language) == 2 and language.isalpha()):
            raise _bad("LANG_CODE_INVALID")
        return json.dumps(canonical, sort_keys=True), language

    # -------------------------------------------------------------------- methods: chats

    async def _get_chat_member(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params.get("chat_id"))
        user_id = _optional_int(params.get("user_id"), "user_id")
        if user_id is None:
            raise _bad("user_id is empty")
        if user_id == self.bot_user.id:
            user = self.bot_user
        elif user_id in self.users:
            user = self.users[user_id]
        else:
            raise _bad("user not found")
        if not chat.is_group:
            if user_id not in (chat.id, self.bot_user.id):
                raise _bad("user not found")
            return self._member_api(chat, user, "member")
        if user is not self.bot_user:
            self._check_can_read(chat)
        status = self._members[chat.id].get(user_id) or "left"
        return self._member_api(chat, user, status)

    async def _get_chat_administrators(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params.get("chat_id"))
        if not chat.is_group:
            raise _bad("there are no administrators in the private chat")
        self._check_can_read(chat)
        result = []
        for user_id, status in self._members[chat.id].items():
            if status in ("creator", "administrator"):
                user = self.bot_user if user_id == self.bot_user.id else self.users[user_id]
                result.append(self._member_api(chat, user, status))
        return result

    async def _get_chat(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params.get("chat_id"))
        if chat.is_group:
            self._check_can_read(chat)
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

    async def _send_chat_action(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params.get("chat_id"))
        self._check_can_write(chat)
        action = params.get("action")
        if action not in CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        self._chat_actions[chat.id] = (str(action), time.monotonic())
        self._changed()
        return True

    async def _leave_chat(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params.get("chat_id"))
        if not chat.is_group:
            raise _bad("chat member status can't be changed in private chats")
        self._check_can_write(chat)
        await self._change_bot_status(chat, "left", self.bot_user)
        message = self._store(
            chat, self.bot_user, service={"left_chat_member": self.bot_user.to_api()}
        )
        message.delivered = False
        return True

    async def _close(self, params: dict[str, Any]) -> Any:
        return True

    async def _log_out(self, params: dict[str, Any]) -> Any:
        return True

    # ----------------------------------------------------------------------- validation

    def _resolve_chat(self, raw: Any) -> StandInChat:
        if raw is None or raw == "":
            raise _bad("chat_id is empty")
        if isinstance(raw, str):
            stripped = raw.strip()
            if stripped.lstrip("-").isdigit():
                raw = int(stripped)
            else:
                raise _bad("chat not found")
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise _bad("chat not found")
        chat = self.chats.get(raw)
        if chat is None and raw in self.users:
            chat = self._private_chat(self.users[raw])
        if chat is None:
            raise _bad("chat not found")
        return chat

    def _check_can_write(self, chat: StandInChat) -> None:
        if chat.id in self._migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[chat.id]},
            )
        if not chat.is_group:
            if chat.id in self._blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if chat.id not in self._started:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
            return
        self._check_can_read(chat)

    def _check_can_read(self, chat: StandInChat) -> None:
        status = self._members[chat.id].get(self.bot_user.id)
        kind = "supergroup chat" if chat.type == "supergroup" else "group chat"
        if status == "kicked":
            raise ApiError(403, f"Forbidden: bot was kicked from the {kind}")
        if status not in ACTIVE_STATUSES:
            raise ApiError(403, f"Forbidden: bot is not a member of the {kind}")

    def _formatted(self, params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        raw = params.get("text")
        if raw is None or raw == "":
            raise _bad("message text is empty")
        text = str(raw)
        if params.get("entities") is not None:
            entities = clean_entities(params.get("entities"), text)
        else:
            mode = str(params.get("parse_mode") or "").lower()
            try:
                if mode == "":
                    entities = []
                elif mode == "html":
                    text, entities = parse_html(text, strict_ampersand=self.strict_html)
                elif mode == "markdownv2":
                    text, entities = parse_markdown_v2(text)
                elif mode == "markdown":
                    text, entities = parse_markdown(text)
                else:
                    raise _bad("unsupported parse_mode")
            except EntityParseError as error:
                raise _bad(f"can't parse entities: {error}") from None
        text, entities = finalize_text(text, entities)
        if not text:
            raise _bad("message text is empty")
        if utf16_len(text) > MAX_TEXT_LENGTH:
            raise _bad("message is too long")
        return text, sort_entities(entities + detect_entities(text, entities))

    def _checked_markup(self, raw: Any) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """(inline keyboard, other markup) from a reply_markup parameter."""
        if raw is None:
            return None, None
        if not isinstance(raw, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in raw:
            return self._inline_markup(raw), None
        if "keyboard" in raw or "remove_keyboard" in raw or "force_reply" in raw:
            return None, raw
        raise _bad("can't parse reply keyboard markup JSON object")

    def _inline_markup(self, raw: Any) -> dict[str, Any] | None:
        if raw is None:
            return None
        rows = raw.get("inline_keyboard") if isinstance(raw, dict) else None
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad("inline keyboard expected")
        cleaned_rows: list[list[dict[str, Any]]] = []
        for row in rows:
            cleaned: list[dict[str, Any]] = []
            for button in row:
                if not isinstance(button, dict):
                    raise _bad("can't parse inline keyboard button: object expected")
                button = {k: v for k, v in button.items() if v is not None}
                if not str(button.get("text", "")).strip():
                    raise _bad("can't parse inline keyboard button: Text must be non-empty")
                actions = [a for a in _BUTTON_ACTIONS if a in button]
                if not actions:
                    raise _bad(
                        "can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard"
                    )
                if "callback_data" in button:
                    data = button["callback_data"]
                    if not isinstance(data, str) or not (
                        1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA
                    ):
                        raise _bad("BUTTON_DATA_INVALID")
                if "url" in button and not str(button["url"]).startswith(
                    ("http://", "https://", "tg://")
                ):
                    raise _bad("BUTTON_URL_INVALID")
                cleaned.append(button)
            if cleaned:
                cleaned_rows.append(cleaned)
        if not cleaned_rows:
            return None
        return {"inline_keyboard": cleaned_rows}

    def _reply_target(self, chat: StandInChat, params: dict[str, Any]) -> StoredMessage | None:
        reply_parameters = params.get("reply_parameters")
        allow_missing = params.get("allow_sending_without_reply") is True
        target_id: int | None = None
        target_chat = chat
        if isinstance(reply_parameters, dict):
            target_id = _optional_int(reply_parameters.get("message_id"), "message_id")
            allow_missing = (
                allow_missing or reply_parameters.get("allow_sending_without_reply") is True
            )
            if reply_parameters.get("chat_id") not in (None, ""):
                target_chat = self._resolve_chat(reply_parameters.get("chat_id"))
        elif params.get("reply_to_message_id") is not None:
            target_id = _optional_int(params.get("reply_to_message_id"), "reply_to_message_id")
        if target_id is None:
            return None
        target = self._messages.get(target_chat.id, {}).get(target_id)
        if target is None or target.deleted:
            if allow_missing:
                return None
            raise _bad("message to be replied not found")
        return target

    def _check_rate(self, chat: StandInChat) -> None:
        if not self.enforce_rate_limits:
            return
        retry_after = self._limiter.check(chat)
        if retry_after is not None:
            raise ApiError(
                429,
                f"Too Many Requests: retry after {retry_after}",
                {"retry_after": retry_after},
            )

    # ---------------------------------------------------------------------- world helpers

    def _changed(self) -> None:
        self.version += 1

    def _chat(self, chat: ChatRef) -> StandInChat:
        if isinstance(chat, StandInChat):
            return chat
        chat_id = chat if isinstance(chat, int) else chat.id
        found = self.chats.get(chat_id)
        if found is None and chat_id in self.users:
            found = self._private_chat(self.users[chat_id])
        if found is None:
            raise KeyError(f"no chat {chat_id}")
        return found

    def _group(self, chat: ChatRef) -> StandInChat:
        chat_obj = self._chat(chat)
        if not chat_obj.is_group:
            raise ValueError(f"{chat_obj.name} is a private chat, not a group")
        return chat_obj

    def _user(self, user: UserRef) -> StandInUser:
        if isinstance(user, StandInUser):
            return user
        user_id = self._user_id(user)
        if user_id == self.bot_user.id:
            return self.bot_user
        found = self.users.get(user_id)
        if found is None:
            raise KeyError(f"no user {user_id}")
        return found

    def _user_id(self, user: UserRef) -> int:
        return user if isinstance(user, int) else user.id

    def _creator(self, chat: StandInChat) -> StandInUser:
        for user_id, status in self._members[chat.id].items():
            if status == "creator":
                return self._user(user_id)
        raise ValueError(f"{chat.name} has no creator; pass by_user")

    def _private_chat(self, user: StandInUser) -> StandInChat:
        chat = self.chats.get(user.id)
        if chat is None:
            chat = StandInChat(id=user.id, type="private", user=user)
            self.chats[user.id] = chat
            self._changed()
        return chat

    def _message(self, chat: StandInChat, ref: MessageRef) -> StoredMessage:
        message_id = ref if isinstance(ref, int) else ref.message_id
        message = self._messages.get(chat.id, {}).get(message_id)
        if message is None or message.deleted:
            raise KeyError(f"no message {message_id} in {chat.name}")
        return message

    def _bot_in(self, chat: StandInChat) -> bool:
        return self._members[chat.id].get(self.bot_user.id) in ACTIVE_STATUSES

    def _bot_is_admin(self, chat: StandInChat) -> bool:
        return self._members[chat.id].get(self.bot_user.id) in ("creator", "administrator")

    def _bot_rights(self, chat: StandInChat) -> dict[str, bool]:
        if not self._bot_is_admin(chat):
            return {}
        return self._admin_rights.get((chat.id, self.bot_user.id), DEFAULT_ADMIN_RIGHTS)

    def _member_api(self, chat: StandInChat, user: StandInUser, status: str) -> dict[str, Any]:
        data: dict[str, Any] = {"status": status, "user": user.to_api()}
        if status == "creator":
            data["is_anonymous"] = False
        elif status == "administrator":
            data.update(self._admin_rights.get((chat.id, user.id), DEFAULT_ADMIN_RIGHTS))
            if chat.type != "supergroup":
                data.pop("can_manage_topics", None)
        elif status == "restricted":
            data.update(
                {
                    "is_member": True,
                    "until_date": 0,
                    **{
                        right: False
                        for right in (
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
                    },
                }
            )
        elif status == "kicked":
            data["until_date"] = 0
        return data

    async def _change_bot_status(
        self,
        chat: StandInChat,
        status: str,
        actor: StandInUser,
        *,
        rights: dict[str, bool] | None = None,
    ) -> None:
        old = self._members[chat.id].get(self.bot_user.id) or "left"
        if status == "administrator":
            self._admin_rights[(chat.id, self.bot_user.id)] = {
                **DEFAULT_ADMIN_RIGHTS,
                **(rights or {}),
            }
        old_member = self._member_api(chat, self.bot_user, old)
        self._members[chat.id][self.bot_user.id] = status
        self._changed()
        self._emit(
            "my_chat_member",
            {
                "chat": chat.to_api(),
                "from": actor.to_api(),
                "date": _now(),
                "old_chat_member": old_member,
                "new_chat_member": self._member_api(chat, self.bot_user, status),
            },
        )

    def _emit_private_status(self, user: StandInUser, old: str, new: str) -> None:
        chat = self._private_chat(user)
        self._emit(
            "my_chat_member",
            {
                "chat": chat.to_api(),
                "from": user.to_api(),
                "date": _now(),
                "old_chat_member": self._member_api(chat, self.bot_user, old),
                "new_chat_member": self._member_api(chat, self.bot_user, new),
            },
        )

    def _store(
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
    ) -> StoredMessage:
        message_id = self._next_message_id.get(chat.id, 1)
        self._next_message_id[chat.id] = message_id + 1
        message = StoredMessage(
            chat=chat,
            message_id=message_id,
            from_user=sender,
            date=_now(),
            text=text,
            entities=list(entities or []),
            reply_markup=reply_markup,
            reply_to=reply_to,
            service=dict(service or {}),
            link_preview_options=link_preview_options,
        )
        self._messages.setdefault(chat.id, {})[message_id] = message
        self._changed()
        return message

    def _deliver_user_message(self, message: StoredMessage) -> None:
        reason = self._withheld_because(message)
        if reason is None:
            message.delivered = self._emit("message", message.to_api()) is not None
        else:
            message.delivered = False
            self.undelivered.append(Undelivered(reason, "message", message.to_api()))

    def _withheld_because(self, message: StoredMessage) -> str | None:
        """Why Telegram would not hand this message to the bot (None: it would)."""
        chat = message.chat
        if not chat.is_group:
            return None
        if not self._bot_in(chat):
            return "the bot is not in the chat"
        if not self.privacy_mode or self._bot_is_admin(chat) or message.service:
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

    def _emit(self, kind: str, payload: dict[str, Any]) -> int | None:
        """Queue an update unless allowed_updates excludes it; returns its update_id."""
        if kind not in self._allowed_updates:
            self.undelivered.append(Undelivered("not in allowed_updates", kind, payload))
            return None
        return self._enqueue(kind, payload)

    def _enqueue(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = self._next_update_id
        self._next_update_id += 1
        update = {"update_id": update_id, kind: payload}
        self._pending.append(update)
        self._history[update_id] = update
        self._updates_signal.notify()
        return update_id


class _Ok:
    """A successful method result (distinguishes a None result from no result)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _now() -> int:
    return int(time.time())


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool | dict | list) or value is None:
        return value
    if hasattr(value, "message_id"):
        return value.message_id
    if hasattr(value, "id"):
        return value.id
    return value


def _optional_int(value: Any, name: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _bad(f"invalid {name} specified")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    raise _bad(f"invalid {name} specified")


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Parameters from the query string and a form, multipart or JSON body."""
    params: dict[str, Any] = dict(request.query)
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update({k: v for k, v in body.items() if v is not None})
        else:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    params[key] = {"file": value.filename}
                else:
                    params[key] = value
    return {key: _decode(key, value) for key, value in params.items()}


def _json_response(body: Any, status: int = 200) -> web.Response:
    """JSON with UTF-8 text left readable (as Telegram sends it)."""
    return web.Response(
        text=json.dumps(body, ensure_ascii=False), status=status, content_type="application/json"
    )


def _decode(key: str, value: Any) -> Any:
    if not isinstance(value, str) or key in _STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value
