"""The sandbox web page: watch and drive the fake world from a browser.

Mounted on the stand-in's aiohttp app under /sandbox/. The page is three static files shipped
with the package (`static/sandbox.html`, `.css`, `.js`; nothing loaded from elsewhere); its
script polls GET /sandbox/api/state about once a second and calls POST
/sandbox/api/{post,press,join,start}, which use the stand-in's own control methods. POSTs must
be JSON, so a foreign web page cannot forge them with a plain form.

The bot's sandbox may attach a `SandboxCalendar` (`standin.sandbox_calendar`): its clock is
then part of the state, and POST /sandbox/api/next_reminder moves it to the next reminder.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol

from aiohttp import web

if TYPE_CHECKING:
    from standin.server import BotApiStandIn
    from standin.world import StandInChat, StoredMessage

log = logging.getLogger(__name__)
STANDIN_KEY: web.AppKey[BotApiStandIn] = web.AppKey("louhu_standin")
Handler = Callable[[web.Request], Awaitable[web.Response]]
#: the page's files, by the name it is served under, with their content types
PAGE_FILES = {
    "": ("sandbox.html", "text/html"),
    "sandbox.css": ("sandbox.css", "text/css"),
    "sandbox.js": ("sandbox.js", "text/javascript"),
}


class SandboxCalendar(Protocol):
    """What the bot's sandbox adds to the page: its clock and the "next reminder" button."""

    async def clock(self) -> dict[str, Any]:
        """The bot's time as the page shows it (JSON-ready)."""
        ...

    async def next_reminder(self) -> dict[str, Any]:
        """Move the bot's clock to the next reminder and run what falls due; what ran
        (JSON-ready, with "ok")."""
        ...


def page_file(name: str) -> str:
    """The text of one of the page's static files (e.g. "sandbox.html")."""
    return resources.files("standin").joinpath("static", name).read_text(encoding="utf-8")


def mount_sandbox(app: web.Application, standin: BotApiStandIn) -> None:
    """Add the sandbox page and its JSON API to `app`."""
    app[STANDIN_KEY] = standin
    app.router.add_get("/sandbox", _redirect)
    for served, (name, content_type) in PAGE_FILES.items():
        app.router.add_get(f"/sandbox/{served}", _static(page_file(name), content_type))
    app.router.add_get("/sandbox/api/state", _state)
    app.router.add_post("/sandbox/api/post", _post)
    app.router.add_post("/sandbox/api/press", _press)
    app.router.add_post("/sandbox/api/join", _join)
    app.router.add_post("/sandbox/api/start", _start)
    app.router.add_post("/sandbox/api/next_reminder", _next_reminder)


async def _redirect(request: web.Request) -> web.Response:
    raise web.HTTPFound("/sandbox/")


def _static(text: str, content_type: str) -> Handler:
    async def serve(request: web.Request) -> web.Response:
        return web.Response(
            text=text,
            content_type=content_type,
            charset="utf-8",
            headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY"},
        )

    return serve


def snapshot(standin: BotApiStandIn) -> dict[str, Any]:
    """The whole visible world as JSON-ready data (what the page renders)."""
    chats = sorted(standin.chats.values(), key=lambda c: (not c.is_group, c.name))
    return {
        "version": standin.version,
        "bot": {
            "id": standin.bot_user.id,
            "name": standin.bot_user.full_name,
            "username": standin.bot_user.username,
            "privacy_mode": standin.privacy_mode,
        },
        "users": [
            {
                "id": user.id,
                "name": user.full_name,
                "username": user.username,
                "language_code": user.language_code,
                "note": user.note,
                "started": standin.has_started(user),
            }
            for user in standin.users.values()
        ],
        "chats": [_chat_json(standin, chat) for chat in chats],
        "callbacks": [
            {
                "id": record.id,
                "user": record.user.full_name,
                "user_id": record.user.id,
                "chat_id": record.chat.id,
                "message_id": record.message_id,
                "button": record.button_text,
                "data": record.data,
                "answer": record.answer,
                "age": round(time.monotonic() - record.at, 1),
            }
            for record in standin.callback_log[-50:]
        ],
    }


def _chat_json(standin: BotApiStandIn, chat: StandInChat) -> dict[str, Any]:
    keyboard = standin.reply_keyboard(chat)
    return {
        "id": chat.id,
        "type": chat.type,
        "title": chat.name,
        "owner_id": chat.user.id if chat.user is not None else None,
        "bot_status": standin.member_status(chat, standin.bot_user),
        "members": {str(k): v for k, v in standin.members(chat).items()} if chat.is_group else {},
        "typing": standin.chat_action(chat),
        "reply_keyboard": [
            [b.get("text") if isinstance(b, dict) else str(b) for b in row]
            for row in keyboard.get("keyboard", [])
        ]
        if keyboard
        else None,
        "messages": [_message_json(m) for m in standin.messages(chat)[-200:]],
    }


def _message_json(message: StoredMessage) -> dict[str, Any]:
    sender = message.from_user
    reply = message.reply_to
    rows = (message.reply_markup or {}).get("inline_keyboard") or []
    return {
        "message_id": message.message_id,
        "from": None
        if sender is None
        else {"id": sender.id, "name": sender.full_name, "is_bot": sender.is_bot},
        "date": message.date,
        "text": message.text if message.text is not None else _media_text(message),
        "entities": message.entities,
        "buttons": [
            [{k: b[k] for k in ("text", "callback_data", "url") if k in b} for b in row]
            for row in rows
        ],
        "reply_to": None
        if reply is None
        else {
            "message_id": reply.message_id,
            "from": reply.from_user.full_name if reply.from_user else "",
            "text": (reply.text or "")[:80],
        },
        "edited": message.edit_date is not None,
        "service": _service_text(message),
        "delivered": message.delivered,
    }


def _media_text(message: StoredMessage) -> str | None:
    """A message without text as the page shows it: its kind, then its caption."""
    kinds = [key for key in message.media if key not in ("document", "location")]
    kinds = kinds or list(message.media)
    if not kinds:
        return message.caption
    kind = kinds[0]
    return f"[{kind}] {message.caption}" if message.caption else f"[{kind}]"


def _service_text(message: StoredMessage) -> str | None:
    actor = message.from_user.full_name if message.from_user else "?"
    if "new_chat_members" in message.service:
        names = ", ".join(m.get("first_name", "?") for m in message.service["new_chat_members"])
        if names == actor:
            return f"{actor} 加入了群组 joined the group"
        return f"{actor} 添加了 added {names}"
    if "left_chat_member" in message.service:
        name = message.service["left_chat_member"].get("first_name", "?")
        if name == actor:
            return f"{name} 离开了群组 left the group"
        return f"{actor} 移除了 removed {name}"
    return None


async def _body(request: web.Request) -> dict[str, Any]:
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType(text="send JSON")
    try:
        data = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(text="invalid JSON") from None
    if not isinstance(data, dict):
        raise web.HTTPBadRequest(text="expected a JSON object")
    return data


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise web.HTTPBadRequest(text=f"{key} is required")
    try:
        return int(value)
    except ValueError:
        raise web.HTTPBadRequest(text=f"{key} must be a number") from None


def _fail(error: Exception) -> web.Response:
    message = error.args[0] if isinstance(error, KeyError) and error.args else str(error)
    return web.json_response({"ok": False, "error": str(message)}, status=400)


async def _post(request: web.Request) -> web.Response:
    standin = request.app[STANDIN_KEY]
    data = await _body(request)
    text = data.get("text")
    photo = data.get("kind") == "photo"  # a sample photo (as a phone sends one), text its caption
    if not isinstance(text, str) and not photo:
        raise web.HTTPBadRequest(text="text is required")
    reply_to = data.get("reply_to")
    replied = int(reply_to) if reply_to not in (None, "") else None
    try:
        if photo:
            caption = text.strip() if isinstance(text, str) and text.strip() else None
            message = await standin.post_media(
                _int(data, "chat_id"),
                _int(data, "user_id"),
                "photo",
                caption=caption,
                reply_to=replied,
            )
        else:
            assert isinstance(text, str)
            message = await standin.post(
                _int(data, "chat_id"), _int(data, "user_id"), text, reply_to=replied
            )
    except (KeyError, ValueError) as error:
        return _fail(error)
    return web.json_response(
        {"ok": True, "message_id": message.message_id, "delivered": message.delivered}
    )


async def _press(request: web.Request) -> web.Response:
    standin = request.app[STANDIN_KEY]
    data = await _body(request)
    try:
        query_id = await standin.press(
            _int(data, "chat_id"),
            _int(data, "user_id"),
            _int(data, "message_id"),
            callback_data=data.get("callback_data"),
            button_text=data.get("button_text"),
        )
    except (KeyError, ValueError) as error:
        return _fail(error)
    return web.json_response({"ok": True, "callback_query_id": query_id})


async def _join(request: web.Request) -> web.Response:
    standin = request.app[STANDIN_KEY]
    data = await _body(request)
    try:
        await standin.user_joins(_int(data, "chat_id"), _int(data, "user_id"))
    except (KeyError, ValueError) as error:
        return _fail(error)
    return web.json_response({"ok": True})


async def _start(request: web.Request) -> web.Response:
    standin = request.app[STANDIN_KEY]
    data = await _body(request)
    try:
        await standin.user_starts_bot(_int(data, "user_id"))
    except (KeyError, ValueError) as error:
        return _fail(error)
    return web.json_response({"ok": True})


async def _next_reminder(request: web.Request) -> web.Response:
    standin = request.app[STANDIN_KEY]
    await _body(request)
    if standin.sandbox_calendar is None:
        return _fail(ValueError("this stand-in runs no bot calendar"))
    result = await standin.sandbox_calendar.next_reminder()
    return web.json_response(result, status=200 if result.get("ok") else 400)


async def _state(request: web.Request) -> web.Response:
    standin = request.app[STANDIN_KEY]
    state = snapshot(standin)
    state["calendar"] = None
    if standin.sandbox_calendar is not None:
        try:
            state["calendar"] = await standin.sandbox_calendar.clock()
        except Exception:  # the chats still show; the clock comes back at the next poll
            log.exception("sandbox: the bot's clock could not be read")
    return web.json_response(state, headers={"Cache-Control": "no-store"})
