"""The compiled router walk (handlers/walk.py) gives every update to the handler aiogram would.

Each handler of Louhu's real router tree is replaced by one that names itself, so a table of
updates (message kinds, commands, presses of every button, chat types, senders) shows who takes
what: the same as aiogram's own walk of the same tree, and the same as the table below, which was
taken from main's routers before the walk was compiled.
"""

from __future__ import annotations

import enum
import inspect
import itertools
from collections.abc import Awaitable, Callable
from types import SimpleNamespace
from typing import Any

import pytest
from aiogram import F, Router
from aiogram.dispatcher.event.bases import UNHANDLED, SkipHandler
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData, CallbackQueryFilter
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message, TelegramObject

from handlers import build_root_router
from handlers.walk import WalkingRouter, _plain

SKIPS = {"photo_sent", "welfare_finding"}
"""Handlers that raise SkipHandler when what they were given is not theirs: here on "#skip"."""


class _Bot:
    async def me(self) -> SimpleNamespace:
        return SimpleNamespace(username="louhu_bot")


def _naming(router: Router, name: str) -> Callable[..., Awaitable[str]]:
    async def named(event: TelegramObject, **data: Any) -> str:
        text = getattr(event, "text", None) or getattr(event, "caption", None) or ""
        if name in SKIPS and "#skip" in text:
            raise SkipHandler
        flag = data["handler"].flags.get("access")
        where = (router.name or "").removeprefix("handlers.")
        return f"{where}.{name}" + (f" [{flag}]" if flag else "")

    return named


def _louhu(inner: list[str]) -> Router:
    """Louhu's routers, each handler naming itself, the inner middlewares noting they ran."""
    root = build_root_router()
    for router in root.chain_tail:
        for observer in router.observers.values():
            for handler in observer.handlers:
                handler.callback = _naming(router, handler.callback.__name__)
                handler.awaitable, handler.varkw, handler.params = True, True, set()
            if observer.middleware:
                observer.middleware._middlewares[:] = [_noting(router.name, inner)]
    return root


def _noting(name: str, inner: list[str]) -> Callable[..., Awaitable[Any]]:
    async def middleware(handler: Callable[..., Awaitable[Any]], event: Any, data: Any) -> Any:
        inner.append(name)
        return await handler(event, data)

    return middleware


CHATS = {
    "private": {"id": 7, "type": "private", "first_name": "A"},
    "group": {"id": -5, "type": "group", "title": "G"},
    "supergroup": {"id": -1005, "type": "supergroup", "title": "S"},
}
PERSON = {"id": 7, "is_bot": False, "first_name": "A"}
BOT = {"id": 9, "is_bot": True, "first_name": "B", "username": "other_bot"}

TEXTS = [
    "大家好",
    "1-1-101 36.5",
    "帮忙买一袋大米",
    "/help",
    "/help@louhu_bot",
    "/help@other_bot",
    "/HELP",
    "!help",
    "/start",
    "/start abc",
    "/lang",
    "/myorders",
    "/console",
    "/sos",
    "/incident 3",
    "/incidents",
    "/today",
    "/settings",
    "/setup 1号楼",
    "/grouplang en",
    "/community x",
    "/register 1-1-101",
    "/volunteer",
    "/staff @a",
    "/doctor",
    "/lead",
    "/staffgroup",
    "/pair",
    "/quarantine 1-1-101",
    "/household",
    "/sampling",
    "/rollcall",
    "/call 1-1-101",
    "/orders",
    "/order 3",
    "/merge",
    "/corrections",
    "/fevers",
    "/stats",
    "/chain",
    "/note x",
    "/nosuch",
    "/",
    " ",
    "/help extra words",
    "#skip",
]


PHOTO = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
STICKER = {
    "file_id": "s",
    "file_unique_id": "s",
    "width": 1,
    "height": 1,
    "type": "regular",
    "is_animated": False,
    "is_video": False,
}
QUESTION = {"message_id": 1, "date": 0, "from": BOT, "text": "还好吗"}  # a bot's, replied to
OTHERS: list[dict[str, Any]] = [
    {"photo": PHOTO},
    {"photo": PHOTO, "caption": "#skip"},
    {"photo": PHOTO, "caption": "/help"},
    {"sticker": STICKER},
    {"text": "好的", "reply_to_message": QUESTION},
    {"text": "#skip", "reply_to_message": QUESTION},
    {"text": "/help", "reply_to_message": QUESTION},
    {"text": "大家好", "from": BOT},
    {"text": "/help", "from": BOT},
    {"migrate_to_chat_id": -1009},
    {"migrate_from_chat_id": -9},
    {"new_chat_members": [PERSON]},
]


def _messages() -> list[tuple[str, Message]]:
    out = []
    n = itertools.count(1)
    for (chat_name, chat), text in itertools.product(CHATS.items(), TEXTS):
        base = {"message_id": next(n), "date": 0, "chat": chat, "from": PERSON}
        out.append((f"{chat_name} {text!r}", Message.model_validate({**base, "text": text})))
    for (chat_name, chat), other in itertools.product(CHATS.items(), OTHERS):
        base = {"message_id": next(n), "date": 0, "chat": chat, "from": PERSON}
        extra = dict(other)
        if "reply_to_message" in extra:
            extra["reply_to_message"] = {**extra["reply_to_message"], "chat": chat}
        label = f"{chat_name} {sorted(extra)} {extra.get('text', extra.get('caption', ''))!r}"
        if extra.get("from"):
            label += " from a bot"
        out.append((label, Message.model_validate({**base, **extra})))
    return out


def _callback_classes(root: Router) -> list[type[CallbackData]]:
    found: list[type[CallbackData]] = []
    for router in root.chain_tail:
        for handler in router.callback_query.handlers:
            for f in handler.filters or ():
                if isinstance(f.callback, CallbackQueryFilter):
                    if f.callback.callback_data not in found:
                        found.append(f.callback.callback_data)
    return found


def _values(annotation: Any) -> list[Any]:
    if inspect.isclass(annotation) and issubclass(annotation, enum.Enum):
        return list(annotation)
    return [7]


def _presses(root: Router) -> list[tuple[str, CallbackQuery]]:
    datas = ["", "nothing", "o1:bogus:1", "zz:1:2"]
    for cls in _callback_classes(root):
        fields = cls.model_fields
        for combo in itertools.product(*(_values(f.annotation) for f in fields.values())):
            datas.append(cls(**dict(zip(fields, combo, strict=True))).pack())
    out = []
    for k, (data, (chat_name, chat)) in enumerate(itertools.product(datas, CHATS.items())):
        message = {"message_id": 1, "date": 0, "chat": chat, "from": BOT, "text": "card"}
        press = {"id": str(k), "from": PERSON, "chat_instance": "c", "message": message}
        if data:
            press["data"] = data
        out.append((f"{data!r} in {chat_name}", CallbackQuery.model_validate(press)))
    return out


def _chat_members() -> list[tuple[str, ChatMemberUpdated]]:
    out = []
    states = {
        "left": {"status": "left", "user": {**BOT, "username": "louhu_bot"}},
        "member": {"status": "member", "user": {**BOT, "username": "louhu_bot"}},
    }
    for (chat_name, chat), (old, new) in itertools.product(
        CHATS.items(), itertools.permutations(states, 2)
    ):
        update = {
            "chat": chat,
            "from": PERSON,
            "date": 0,
            "old_chat_member": states[old],
            "new_chat_member": states[new],
        }
        out.append((f"{chat_name} {old}->{new}", ChatMemberUpdated.model_validate(update)))
    return out


async def _who(
    root: Router, inner: list[str], kind: str, event: TelegramObject, *, by_aiogram: bool
) -> str:
    inner.clear()
    data: dict[str, Any] = {"bot": _Bot(), "building": None}
    if by_aiogram:  # aiogram's own walk of the same routers
        response = await Router.propagate_event(root, kind, event, **data)
    else:
        response = await root.propagate_event(kind, event, **data)
    name = "UNHANDLED" if response is UNHANDLED else str(response)
    return name + "".join(f" inside {r.removeprefix('handlers.')}" for r in inner)


SHORT = {
    "message": "msg",
    "edited_message": "edited",
    "callback_query": "press",
    "my_chat_member": "member",
}


def _updates(root: Router) -> list[tuple[str, str, TelegramObject]]:
    return [
        *(("message", label, event) for label, event in _messages()),
        *(("edited_message", label, event) for label, event in _messages()[:3]),
        *(("callback_query", label, event) for label, event in _presses(root)),
        *(("my_chat_member", label, event) for label, event in _chat_members()),
    ]


@pytest.mark.usefixtures("no_threads")
async def test_every_update_goes_where_aiogram_would_send_it() -> None:
    inner: list[str] = []
    root = _louhu(inner)
    assert isinstance(root, WalkingRouter)
    table = []
    for kind, label, event in _updates(root):
        expected = await _who(root, inner, kind, event, by_aiogram=True)
        got = await _who(root, inner, kind, event, by_aiogram=False)
        assert got == expected, f"{kind} {label}"
        table.append(f"{SHORT[kind]} {label} -> {got}")
    assert table == EXPECTED.strip().splitlines()


async def test_a_router_of_commands_is_passed_by_unless_its_command_came() -> None:
    """The first word decides: a router of commands only is not visited by other messages."""
    visited: list[str] = []
    root, commands, mixed = WalkingRouter(name="root"), Router(name="c"), Router(name="m")

    async def refuse(message: Message) -> bool:
        visited.append("c")
        return False

    commands.message.filter(refuse)
    commands.message.register(_handled, Command("help"))
    mixed.message.register(_handled, F.text)
    root.include_routers(commands, mixed)
    bot = _Bot()
    for text, seen in [("大家好", []), ("/help@louhu_bot x", ["c"]), ("/other", []), ("/", [])]:
        visited.clear()
        message = Message.model_validate(
            {"message_id": 1, "date": 0, "chat": CHATS["group"], "from": PERSON, "text": text}
        )
        assert await root.propagate_event("message", message, bot=bot) == "handled"
        assert visited == seen, text


def test_plain_tests_answer_as_magic_filter_does() -> None:
    """Each F filter made a plain function gives magic_filter's own result for every event."""
    filters = [
        F.chat.type == "private",
        F.chat.type != "private",
        F.chat.type.in_({"group", "supergroup"}),
        F.chat.type.in_(["group"]),
        F.chat.id > -10,
        F.photo,
        F.reply_to_message,
        F.migrate_to_chat_id,
        F.from_user.is_bot.is_(False),
        F.from_user.is_bot.is_not(True),
        F.reply_to_message.from_user.id == 9,
        F.text.len() > 2,  # a call: left to magic_filter
        F.text & ~F.text.startswith("/"),
        (F.text & ~F.text.startswith("/")) | F.caption,
        F.text.in_({"大家好"}),
        F.nothing.at.all,
        F.chat.type.in_(7),  # type: ignore[arg-type]  # not a container: TypeError, rejected
        F.text.lower() == "hi",
    ]
    events: list[Any] = [event for _, event in _messages()]
    events += [None, 7, SimpleNamespace(chat=None), SimpleNamespace(chat=SimpleNamespace(type=[]))]
    for magic in filters:
        plain = _plain(magic)
        for event in events:
            try:
                expected: Any = magic.resolve(event)
            except Exception as e:  # the plain test must raise the same
                with pytest.raises(type(e)):
                    plain(event)
                continue
            assert plain(event) == expected, (magic, event)
    private, call = F.chat.type == "private", F.text.len() > 2
    assert _plain(private) != private.resolve
    assert _plain(call) == call.resolve  # left to magic_filter


async def _handled(message: Message) -> str:
    return "handled"


@pytest.fixture
def no_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Louhu's filters run on the loop: a thread hop here would mean one was left unwrapped."""

    async def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a filter or handler ran in a thread")

    monkeypatch.setattr("asyncio.to_thread", refuse)


EXPECTED = """
msg private '大家好' -> private.private_words
msg private '1-1-101 36.5' -> private.private_words
msg private '帮忙买一袋大米' -> private.private_words
msg private '/help' -> common.show_help
msg private '/help@louhu_bot' -> common.show_help
msg private '/help@other_bot' -> fallback.unknown_command
msg private '/HELP' -> fallback.unknown_command
msg private '!help' -> private.private_words
msg private '/start' -> common.start_private
msg private '/start abc' -> common.start_private
msg private '/lang' -> common.choose_language
msg private '/myorders' -> common.my_orders
msg private '/console' -> console.console_link
msg private '/sos' -> incidents.sos_private
msg private '/incident 3' -> incidents.incident_timeline
msg private '/incidents' -> incidents.incidents_private
msg private '/today' -> today.today
msg private '/settings' -> private_settings.settings_private
msg private '/setup 1号楼' -> fallback.group_only
msg private '/grouplang en' -> fallback.group_only
msg private '/community x' -> fallback.group_only
msg private '/register 1-1-101' -> fallback.group_only
msg private '/volunteer' -> fallback.group_only
msg private '/staff @a' -> fallback.group_only
msg private '/doctor' -> fallback.group_only
msg private '/lead' -> fallback.group_only
msg private '/staffgroup' -> fallback.unknown_command
msg private '/pair' -> fallback.unknown_command
msg private '/quarantine 1-1-101' -> fallback.group_only
msg private '/household' -> fallback.group_only
msg private '/sampling' -> fallback.group_only
msg private '/rollcall' -> fallback.group_only
msg private '/call 1-1-101' -> fallback.unknown_command
msg private '/orders' -> fallback.group_only
msg private '/order 3' -> fallback.unknown_command
msg private '/merge' -> fallback.unknown_command
msg private '/corrections' -> fallback.group_only
msg private '/fevers' -> fallback.group_only
msg private '/stats' -> fallback.unknown_command
msg private '/chain' -> fallback.group_only
msg private '/note x' -> fallback.group_only
msg private '/nosuch' -> fallback.unknown_command
msg private '/' -> fallback.unknown_command
msg private ' ' -> private.private_words
msg private '/help extra words' -> common.show_help
msg private '#skip' -> private.private_words
msg group '大家好' -> group.messages.group_text inside group
msg group '1-1-101 36.5' -> group.messages.group_text inside group
msg group '帮忙买一袋大米' -> group.messages.group_text inside group
msg group '/help' -> common.show_help
msg group '/help@louhu_bot' -> common.show_help
msg group '/help@other_bot' -> fallback.unknown_command
msg group '/HELP' -> fallback.unknown_command
msg group '!help' -> group.messages.group_text inside group
msg group '/start' -> common.show_help
msg group '/start abc' -> common.show_help
msg group '/lang' -> common.choose_language
msg group '/myorders' -> common.my_orders
msg group '/console' -> console.console_in_group
msg group '/sos' -> group.emergency.sos inside group
msg group '/incident 3' -> incidents.incident_timeline
msg group '/incidents' -> group.emergency.open_incidents [staff] inside group
msg group '/today' -> today.today_in_group
msg group '/settings' -> group.calendar_commands.show_or_change_settings [staff] inside group
msg group '/setup 1号楼' -> group.buildings.set_up_building inside group
msg group '/grouplang en' -> group.buildings.group_language [staff] inside group
msg group '/community x' -> group.buildings.community [staff] inside group
msg group '/register 1-1-101' -> group.members.register [building] inside group
msg group '/volunteer' -> group.members.volunteer [building] inside group
msg group '/staff @a' -> group.staff.name_role [staff] inside group
msg group '/doctor' -> group.staff.name_role [staff] inside group
msg group '/lead' -> group.staff.name_role [staff] inside group
msg group '/staffgroup' -> group.staff_groups.staff_group_command inside group
msg group '/pair' -> group.pairing.pair [building] inside group
msg group '/quarantine 1-1-101' -> group.quarantine.quarantine [building] inside group
msg group '/household' -> group.quarantine.household [staff] inside group
msg group '/sampling' -> group.calendar_commands.sampling [building] inside group
msg group '/rollcall' -> group.calendar_commands.rollcall_times [building] inside group
msg group '/call 1-1-101' -> group.calls.call_command inside group
msg group '/orders' -> group.orders.open_orders [building] inside group
msg group '/order 3' -> group.order_reply.order_reply [building] inside group
msg group '/merge' -> group.groupbuy.merge_command [building] inside group
msg group '/corrections' -> group.review.show_corrections [staff] inside group
msg group '/fevers' -> group.review.show_fevers [building] inside group
msg group '/stats' -> group.stats.show_stats [staff] inside group
msg group '/chain' -> group.emergency.chain [staff] inside group
msg group '/note x' -> group.emergency.household_note [staff] inside group
msg group '/nosuch' -> fallback.unknown_command
msg group '/' -> fallback.unknown_command
msg group ' ' -> group.messages.group_text inside group
msg group '/help extra words' -> common.show_help
msg group '#skip' -> group.messages.group_text inside group
msg supergroup '大家好' -> group.messages.group_text inside group
msg supergroup '1-1-101 36.5' -> group.messages.group_text inside group
msg supergroup '帮忙买一袋大米' -> group.messages.group_text inside group
msg supergroup '/help' -> common.show_help
msg supergroup '/help@louhu_bot' -> common.show_help
msg supergroup '/help@other_bot' -> fallback.unknown_command
msg supergroup '/HELP' -> fallback.unknown_command
msg supergroup '!help' -> group.messages.group_text inside group
msg supergroup '/start' -> common.show_help
msg supergroup '/start abc' -> common.show_help
msg supergroup '/lang' -> common.choose_language
msg supergroup '/myorders' -> common.my_orders
msg supergroup '/console' -> console.console_in_group
msg supergroup '/sos' -> group.emergency.sos inside group
msg supergroup '/incident 3' -> incidents.incident_timeline
msg supergroup '/incidents' -> group.emergency.open_incidents [staff] inside group
msg supergroup '/today' -> today.today_in_group
msg supergroup '/settings' -> group.calendar_commands.show_or_change_settings [staff] inside group
msg supergroup '/setup 1号楼' -> group.buildings.set_up_building inside group
msg supergroup '/grouplang en' -> group.buildings.group_language [staff] inside group
msg supergroup '/community x' -> group.buildings.community [staff] inside group
msg supergroup '/register 1-1-101' -> group.members.register [building] inside group
msg supergroup '/volunteer' -> group.members.volunteer [building] inside group
msg supergroup '/staff @a' -> group.staff.name_role [staff] inside group
msg supergroup '/doctor' -> group.staff.name_role [staff] inside group
msg supergroup '/lead' -> group.staff.name_role [staff] inside group
msg supergroup '/staffgroup' -> group.staff_groups.staff_group_command inside group
msg supergroup '/pair' -> group.pairing.pair [building] inside group
msg supergroup '/quarantine 1-1-101' -> group.quarantine.quarantine [building] inside group
msg supergroup '/household' -> group.quarantine.household [staff] inside group
msg supergroup '/sampling' -> group.calendar_commands.sampling [building] inside group
msg supergroup '/rollcall' -> group.calendar_commands.rollcall_times [building] inside group
msg supergroup '/call 1-1-101' -> group.calls.call_command inside group
msg supergroup '/orders' -> group.orders.open_orders [building] inside group
msg supergroup '/order 3' -> group.order_reply.order_reply [building] inside group
msg supergroup '/merge' -> group.groupbuy.merge_command [building] inside group
msg supergroup '/corrections' -> group.review.show_corrections [staff] inside group
msg supergroup '/fevers' -> group.review.show_fevers [building] inside group
msg supergroup '/stats' -> group.stats.show_stats [staff] inside group
msg supergroup '/chain' -> group.emergency.chain [staff] inside group
msg supergroup '/note x' -> group.emergency.household_note [staff] inside group
msg supergroup '/nosuch' -> fallback.unknown_command
msg supergroup '/' -> fallback.unknown_command
msg supergroup ' ' -> group.messages.group_text inside group
msg supergroup '/help extra words' -> common.show_help
msg supergroup '#skip' -> group.messages.group_text inside group
msg private ['photo'] '' -> delivery_photos.photo_sent
msg private ['caption', 'photo'] '#skip' -> private.private_words
msg private ['caption', 'photo'] '/help' -> common.show_help
msg private ['sticker'] '' -> UNHANDLED
msg private ['reply_to_message', 'text'] '好的' -> rollcall.welfare_finding
msg private ['reply_to_message', 'text'] '#skip' -> private.private_words
msg private ['reply_to_message', 'text'] '/help' -> common.show_help
msg private ['from', 'text'] '大家好' from a bot -> UNHANDLED
msg private ['from', 'text'] '/help' from a bot -> common.show_help
msg private ['migrate_to_chat_id'] '' -> membership.on_migrated_to
msg private ['migrate_from_chat_id'] '' -> membership.on_migrated_from
msg private ['new_chat_members'] '' -> UNHANDLED
msg group ['photo'] '' -> UNHANDLED
msg group ['caption', 'photo'] '#skip' -> group.messages.group_text inside group
msg group ['caption', 'photo'] '/help' -> common.show_help
msg group ['sticker'] '' -> UNHANDLED
msg group ['reply_to_message', 'text'] '好的' -> group.messages.group_text inside group
msg group ['reply_to_message', 'text'] '#skip' -> group.messages.group_text inside group
msg group ['reply_to_message', 'text'] '/help' -> common.show_help
msg group ['from', 'text'] '大家好' from a bot -> UNHANDLED
msg group ['from', 'text'] '/help' from a bot -> common.show_help
msg group ['migrate_to_chat_id'] '' -> membership.on_migrated_to
msg group ['migrate_from_chat_id'] '' -> membership.on_migrated_from
msg group ['new_chat_members'] '' -> UNHANDLED
msg supergroup ['photo'] '' -> UNHANDLED
msg supergroup ['caption', 'photo'] '#skip' -> group.messages.group_text inside group
msg supergroup ['caption', 'photo'] '/help' -> common.show_help
msg supergroup ['sticker'] '' -> UNHANDLED
msg supergroup ['reply_to_message', 'text'] '好的' -> group.messages.group_text inside group
msg supergroup ['reply_to_message', 'text'] '#skip' -> group.messages.group_text inside group
msg supergroup ['reply_to_message', 'text'] '/help' -> common.show_help
msg supergroup ['from', 'text'] '大家好' from a bot -> UNHANDLED
msg supergroup ['from', 'text'] '/help' from a bot -> common.show_help
msg supergroup ['migrate_to_chat_id'] '' -> membership.on_migrated_to
msg supergroup ['migrate_from_chat_id'] '' -> membership.on_migrated_from
msg supergroup ['new_chat_members'] '' -> UNHANDLED
edited private '大家好' -> UNHANDLED
edited private '1-1-101 36.5' -> UNHANDLED
edited private '帮忙买一袋大米' -> UNHANDLED
press '' in private -> fallback.unknown_button
press '' in group -> fallback.unknown_button
press '' in supergroup -> fallback.unknown_button
press 'nothing' in private -> fallback.unknown_button
press 'nothing' in group -> fallback.unknown_button
press 'nothing' in supergroup -> fallback.unknown_button
press 'o1:bogus:1' in private -> fallback.unknown_button
press 'o1:bogus:1' in group -> fallback.unknown_button
press 'o1:bogus:1' in supergroup -> fallback.unknown_button
press 'zz:1:2' in private -> fallback.unknown_button
press 'zz:1:2' in group -> fallback.unknown_button
press 'zz:1:2' in supergroup -> fallback.unknown_button
press 'i1:ack:7' in private -> incidents.incident_pressed
press 'i1:ack:7' in group -> incidents.incident_pressed
press 'i1:ack:7' in supergroup -> incidents.incident_pressed
press 'i1:transport:7' in private -> incidents.incident_pressed
press 'i1:transport:7' in group -> incidents.incident_pressed
press 'i1:transport:7' in supergroup -> incidents.incident_pressed
press 'i1:hospital:7' in private -> incidents.incident_pressed
press 'i1:hospital:7' in group -> incidents.incident_pressed
press 'i1:hospital:7' in supergroup -> incidents.incident_pressed
press 'i1:resolve:7' in private -> incidents.incident_pressed
press 'i1:resolve:7' in group -> incidents.incident_pressed
press 'i1:resolve:7' in supergroup -> incidents.incident_pressed
press 'i1:escalate:7' in private -> incidents.incident_pressed
press 'i1:escalate:7' in group -> incidents.incident_pressed
press 'i1:escalate:7' in supergroup -> incidents.incident_pressed
press 's1:7' in private -> incidents.sos_pressed
press 's1:7' in group -> incidents.sos_pressed
press 's1:7' in supergroup -> incidents.sos_pressed
press 'r1:doubt:7' in private -> raise_buttons.raise_pressed
press 'r1:doubt:7' in group -> raise_buttons.raise_pressed
press 'r1:doubt:7' in supergroup -> raise_buttons.raise_pressed
press 'r1:order:7' in private -> raise_buttons.raise_pressed
press 'r1:order:7' in group -> raise_buttons.raise_pressed
press 'r1:order:7' in supergroup -> raise_buttons.raise_pressed
press 'sa1:tick:7' in private -> sampling_buttons.sampling_pressed
press 'sa1:tick:7' in group -> sampling_buttons.sampling_pressed
press 'sa1:tick:7' in supergroup -> sampling_buttons.sampling_pressed
press 'sa1:untick:7' in private -> sampling_buttons.sampling_pressed
press 'sa1:untick:7' in group -> sampling_buttons.sampling_pressed
press 'sa1:untick:7' in supergroup -> sampling_buttons.sampling_pressed
press 'w1:up:7' in private -> call_buttons.call_pressed
press 'w1:up:7' in group -> call_buttons.call_pressed
press 'w1:up:7' in supergroup -> call_buttons.call_pressed
press 'w1:cancel:7' in private -> call_buttons.call_pressed
press 'w1:cancel:7' in group -> call_buttons.call_pressed
press 'w1:cancel:7' in supergroup -> call_buttons.call_pressed
press 'w1:more:7' in private -> call_buttons.call_pressed
press 'w1:more:7' in group -> call_buttons.call_pressed
press 'w1:more:7' in supergroup -> call_buttons.call_pressed
press 'w1:later:7' in private -> call_buttons.call_pressed
press 'w1:later:7' in group -> call_buttons.call_pressed
press 'w1:later:7' in supergroup -> call_buttons.call_pressed
press 'w1:close:7' in private -> call_buttons.call_pressed
press 'w1:close:7' in group -> call_buttons.call_pressed
press 'w1:close:7' in supergroup -> call_buttons.call_pressed
press 'dp1:skip:7' in private -> delivery_photos.photo_pressed
press 'dp1:skip:7' in group -> delivery_photos.photo_pressed
press 'dp1:skip:7' in supergroup -> delivery_photos.photo_pressed
press 'dp1:show:7' in private -> delivery_photos.photo_pressed
press 'dp1:show:7' in group -> delivery_photos.photo_pressed
press 'dp1:show:7' in supergroup -> delivery_photos.photo_pressed
press 'f1:still:7' in private -> follow_up_buttons.follow_up_answered
press 'f1:still:7' in group -> follow_up_buttons.follow_up_answered
press 'f1:still:7' in supergroup -> follow_up_buttons.follow_up_answered
press 'f1:release:7' in private -> follow_up_buttons.follow_up_answered
press 'f1:release:7' in group -> follow_up_buttons.follow_up_answered
press 'f1:release:7' in supergroup -> follow_up_buttons.follow_up_answered
press 'gb1:merge:7' in private -> demand_buttons.demand_pressed
press 'gb1:merge:7' in group -> demand_buttons.demand_pressed
press 'gb1:merge:7' in supergroup -> demand_buttons.demand_pressed
press 'gb1:deliver:7' in private -> demand_buttons.demand_pressed
press 'gb1:deliver:7' in group -> demand_buttons.demand_pressed
press 'gb1:deliver:7' in supergroup -> demand_buttons.demand_pressed
press 'k1:report:7' in private -> rollcall.rollcall_pressed
press 'k1:report:7' in group -> rollcall.rollcall_pressed
press 'k1:report:7' in supergroup -> rollcall.rollcall_pressed
press 'k1:checked:7' in private -> rollcall.rollcall_pressed
press 'k1:checked:7' in group -> rollcall.rollcall_pressed
press 'k1:checked:7' in supergroup -> rollcall.rollcall_pressed
press 'td1:task-done:7' in private -> today.today_pressed
press 'td1:task-done:7' in group -> today.today_pressed
press 'td1:task-done:7' in supergroup -> today.today_pressed
press 'pc1:7' in private -> today.offer_claimed
press 'pc1:7' in group -> today.offer_claimed
press 'pc1:7' in supergroup -> today.offer_claimed
press 'v1:categories:7' in private -> order_buttons.show_categories
press 'v1:categories:7' in group -> order_buttons.show_categories
press 'v1:categories:7' in supergroup -> order_buttons.show_categories
press 'v1:main:7' in private -> order_buttons.back_to_card
press 'v1:main:7' in group -> order_buttons.back_to_card
press 'v1:main:7' in supergroup -> order_buttons.back_to_card
press 'v1:volunteers:7' in private -> dispatch_buttons.show_volunteers
press 'v1:volunteers:7' in group -> dispatch_buttons.show_volunteers
press 'v1:volunteers:7' in supergroup -> dispatch_buttons.show_volunteers
press 'a1:claim:7:7' in private -> dispatch_buttons.volunteer_chosen
press 'a1:claim:7:7' in group -> dispatch_buttons.volunteer_chosen
press 'a1:claim:7:7' in supergroup -> dispatch_buttons.volunteer_chosen
press 'a1:release:7:7' in private -> dispatch_buttons.volunteer_chosen
press 'a1:release:7:7' in group -> dispatch_buttons.volunteer_chosen
press 'a1:release:7:7' in supergroup -> dispatch_buttons.volunteer_chosen
press 'a1:deliver:7:7' in private -> dispatch_buttons.volunteer_chosen
press 'a1:deliver:7:7' in group -> dispatch_buttons.volunteer_chosen
press 'a1:deliver:7:7' in supergroup -> dispatch_buttons.volunteer_chosen
press 'a1:reject:7:7' in private -> dispatch_buttons.volunteer_chosen
press 'a1:reject:7:7' in group -> dispatch_buttons.volunteer_chosen
press 'a1:reject:7:7' in supergroup -> dispatch_buttons.volunteer_chosen
press 'a1:recategorize:7:7' in private -> dispatch_buttons.volunteer_chosen
press 'a1:recategorize:7:7' in group -> dispatch_buttons.volunteer_chosen
press 'a1:recategorize:7:7' in supergroup -> dispatch_buttons.volunteer_chosen
press 'a1:assign:7:7' in private -> dispatch_buttons.volunteer_chosen
press 'a1:assign:7:7' in group -> dispatch_buttons.volunteer_chosen
press 'a1:assign:7:7' in supergroup -> dispatch_buttons.volunteer_chosen
press 'a1:reassign:7:7' in private -> dispatch_buttons.volunteer_chosen
press 'a1:reassign:7:7' in group -> dispatch_buttons.volunteer_chosen
press 'a1:reassign:7:7' in supergroup -> dispatch_buttons.volunteer_chosen
press 'a1:unassign:7:7' in private -> dispatch_buttons.volunteer_chosen
press 'a1:unassign:7:7' in group -> dispatch_buttons.volunteer_chosen
press 'a1:unassign:7:7' in supergroup -> dispatch_buttons.volunteer_chosen
press 'o1:claim:7' in private -> order_buttons.order_pressed
press 'o1:claim:7' in group -> order_buttons.order_pressed
press 'o1:claim:7' in supergroup -> order_buttons.order_pressed
press 'o1:release:7' in private -> order_buttons.order_pressed
press 'o1:release:7' in group -> order_buttons.order_pressed
press 'o1:release:7' in supergroup -> order_buttons.order_pressed
press 'o1:deliver:7' in private -> order_buttons.order_pressed
press 'o1:deliver:7' in group -> order_buttons.order_pressed
press 'o1:deliver:7' in supergroup -> order_buttons.order_pressed
press 'o1:reject:7' in private -> order_buttons.order_pressed
press 'o1:reject:7' in group -> order_buttons.order_pressed
press 'o1:reject:7' in supergroup -> order_buttons.order_pressed
press 'o1:recategorize:7' in private -> order_buttons.order_pressed
press 'o1:recategorize:7' in group -> order_buttons.order_pressed
press 'o1:recategorize:7' in supergroup -> order_buttons.order_pressed
press 'o1:assign:7' in private -> dispatch_buttons.dispatch_pressed
press 'o1:assign:7' in group -> dispatch_buttons.dispatch_pressed
press 'o1:assign:7' in supergroup -> dispatch_buttons.dispatch_pressed
press 'o1:reassign:7' in private -> dispatch_buttons.dispatch_pressed
press 'o1:reassign:7' in group -> dispatch_buttons.dispatch_pressed
press 'o1:reassign:7' in supergroup -> dispatch_buttons.dispatch_pressed
press 'o1:unassign:7' in private -> dispatch_buttons.dispatch_pressed
press 'o1:unassign:7' in group -> dispatch_buttons.dispatch_pressed
press 'o1:unassign:7' in supergroup -> dispatch_buttons.dispatch_pressed
press 'c1:7:groceries' in private -> order_buttons.category_chosen
press 'c1:7:groceries' in group -> order_buttons.category_chosen
press 'c1:7:groceries' in supergroup -> order_buttons.category_chosen
press 'c1:7:medicine' in private -> order_buttons.category_chosen
press 'c1:7:medicine' in group -> order_buttons.category_chosen
press 'c1:7:medicine' in supergroup -> order_buttons.category_chosen
press 'c1:7:garbage' in private -> order_buttons.category_chosen
press 'c1:7:garbage' in group -> order_buttons.category_chosen
press 'c1:7:garbage' in supergroup -> order_buttons.category_chosen
press 'c1:7:errand' in private -> order_buttons.category_chosen
press 'c1:7:errand' in group -> order_buttons.category_chosen
press 'c1:7:errand' in supergroup -> order_buttons.category_chosen
press 'c1:7:repair' in private -> order_buttons.category_chosen
press 'c1:7:repair' in group -> order_buttons.category_chosen
press 'c1:7:repair' in supergroup -> order_buttons.category_chosen
press 'c1:7:medical' in private -> order_buttons.category_chosen
press 'c1:7:medical' in group -> order_buttons.category_chosen
press 'c1:7:medical' in supergroup -> order_buttons.category_chosen
member private left->member -> UNHANDLED
member private member->left -> UNHANDLED
member group left->member -> membership.on_added
member group member->left -> membership.on_removed
member supergroup left->member -> membership.on_added
member supergroup member->left -> membership.on_removed
"""
