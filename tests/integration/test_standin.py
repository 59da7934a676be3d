"""The Bot API stand-in, driven by the real aiogram client over HTTP."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.filters import Command
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeChat,
    BufferedInputFile,
    CallbackQuery,
    ChatMemberAdministrator,
    ChatMemberOwner,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
)

from standin import BotApiStandIn, RateLimits, StandInChat, StandInUser
from standin.sandbox import seed_demo_world


class QuickSession(AiohttpSession):
    """aiogram's session without its 250 ms grace sleep on close, to keep the suite fast."""

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()


def make_bot(standin: BotApiStandIn, *, timeout: float = 5.0, token: str | None = None) -> Bot:
    session = QuickSession(api=standin.api_server, timeout=timeout)
    return Bot(token or standin.token, session=session)


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandIn]:
    async with BotApiStandIn() as server:
        yield server


@pytest.fixture
async def bot(standin: BotApiStandIn) -> AsyncIterator[Bot]:
    client = make_bot(standin)
    yield client
    await client.session.close()


@pytest.fixture
async def world(standin: BotApiStandIn) -> dict[str, StandInUser | StandInChat]:
    """A group where the bot is a plain member (so privacy mode applies) and two people."""
    wang = await standin.add_user("王阿姨")
    bob = await standin.add_user("Bob", username="bob_helps", language_code="en")
    group = await standin.add_group("3号楼", creator=wang, members=[bob])
    await standin.add_bot_to_group(group, wang)
    await standin.user_starts_bot(wang)
    return {"wang": wang, "bob": bob, "group": group}


@contextlib.asynccontextmanager
async def polling(standin: BotApiStandIn, dp: Dispatcher, bot: Bot) -> AsyncIterator[None]:
    """Run aiogram's real long-polling loop against the stand-in."""
    task = asyncio.create_task(
        dp.start_polling(bot, handle_signals=False, polling_timeout=5, close_bot_session=False)
    )
    await standin.wait_for("getMe")
    try:
        yield
    finally:
        await dp.stop_polling()
        await task


def keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=t, callback_data=d)] for t, d in buttons]
    )


# --------------------------------------------------------------------------------- basics


async def test_get_me_reflects_privacy_mode(standin: BotApiStandIn, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (123456, "louhu_bot", True)
    assert me.can_join_groups is True
    assert me.can_read_all_group_messages is False
    assert me.supports_inline_queries is False


async def test_wrong_token_and_unknown_method(standin: BotApiStandIn) -> None:
    intruder = make_bot(standin, token="999:WRONG")
    with pytest.raises(TelegramUnauthorizedError, match="Unauthorized"):
        await intruder.get_me()
    await intruder.session.close()
    async with aiohttp.ClientSession() as http:
        url = f"{standin.url}/bot{standin.token}"
        async with http.post(f"{url}/sendSticker", data={"chat_id": "1"}) as resp:
            assert resp.status == 404
            assert await resp.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        async with http.get(f"{url}/getme") as resp:  # GET, and names are case-insensitive
            assert (await resp.json())["result"]["username"] == "louhu_bot"
    assert [c.method for c in standin.calls()] == ["getMe", "sendSticker", "getMe"]


async def test_json_bodies_are_understood(standin: BotApiStandIn, world: dict) -> None:
    async with aiohttp.ClientSession() as http:
        body = {
            "chat_id": world["group"].id,
            "text": "hi",
            "reply_markup": {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]},
        }
        async with http.post(f"{standin.url}/bot{standin.token}/sendMessage", json=body) as resp:
            data = await resp.json()
    assert data["ok"] is True
    assert data["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "a"


async def test_send_edit_delete_round_trip(standin: BotApiStandIn, bot: Bot, world: dict) -> None:
    group = world["group"]
    sent = await bot.send_message(
        group.id,
        "<b>求助</b> 3-101 needs <i>rice</i> &amp; eggs — /take",
        parse_mode="HTML",
        reply_markup=keyboard(("接单 Take", "take:1")),
    )
    assert isinstance(sent, Message)
    assert sent.text == "求助 3-101 needs rice & eggs — /take"
    assert [(e.type, e.offset, e.length) for e in sent.entities or []] == [
        ("bold", 0, 2),
        ("italic", 15, 4),
        ("bot_command", 29, 5),
    ]
    assert sent.from_user is not None and sent.from_user.is_bot
    assert sent.reply_markup is not None
    assert sent.reply_markup.inline_keyboard[0][0].callback_data == "take:1"

    edited = await bot.edit_message_text(
        "<s>求助</s> taken", chat_id=group.id, message_id=sent.message_id, parse_mode="HTML"
    )
    assert isinstance(edited, Message)
    assert edited.edit_date is not None
    assert edited.reply_markup is None  # editing without reply_markup drops the keyboard
    stored = standin.last_bot_message(group)
    assert stored is not None
    assert (stored.text, stored.reply_markup) == ("求助 taken", None)

    await bot.edit_message_reply_markup(
        chat_id=group.id, message_id=sent.message_id, reply_markup=keyboard(("Undo", "undo:1"))
    )
    assert [b["text"] for b in standin.message(group, sent.message_id).buttons] == ["Undo"]

    assert await bot.delete_message(group.id, sent.message_id) is True
    assert standin.last_bot_message(group) is None
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(group.id, sent.message_id)


async def test_replies_with_reply_parameters(standin: BotApiStandIn, bot: Bot, world: dict) -> None:
    asked = await standin.post(world["group"], world["wang"], "/help")
    answer = await bot.send_message(
        world["group"].id, "ok", reply_parameters=ReplyParameters(message_id=asked.message_id)
    )
    assert answer.reply_to_message is not None
    assert answer.reply_to_message.text == "/help"
    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await bot.send_message(world["group"].id, "x", reply_to_message_id=999)


async def test_validation_errors_use_telegram_texts(
    standin: BotApiStandIn, bot: Bot, world: dict
) -> None:
    group, chat_id = world["group"], world["group"].id
    cases: list[tuple[dict[str, Any], str]] = [
        (dict(text=""), "Bad Request: message text is empty"),
        (dict(text="   "), "Bad Request: message text is empty"),
        (dict(text="<b></b>", parse_mode="HTML"), "Bad Request: message text is empty"),
        (dict(text="x" * 4097), "Bad Request: message is too long"),
        (
            dict(text="1 < 2", parse_mode="HTML"),
            'Bad Request: can\'t parse entities: Unsupported start tag "" at byte offset 2',
        ),
        (
            dict(text="<b>open", parse_mode="HTML"),
            "Bad Request: can't parse entities: Can't find end tag corresponding to start tag",
        ),
        (dict(text="Q&A", parse_mode="HTML"), "Bad Request: can't parse entities: Character"),
        (dict(text="5.0", parse_mode="MarkdownV2"), "Character '.' is reserved"),
        (dict(text="x", parse_mode="BBCode"), "Bad Request: unsupported parse_mode"),
        (
            dict(text="x", reply_markup=keyboard(("big", "x" * 65))),
            "Bad Request: BUTTON_DATA_INVALID",
        ),
    ]
    for kwargs, expected in cases:
        with pytest.raises(TelegramBadRequest) as caught:
            await bot.send_message(chat_id, **kwargs)
        assert expected in caught.value.message, kwargs
    await bot.send_message(chat_id, "x" * 4096)  # exactly the limit is fine
    await bot.send_message(chat_id, "é" * 64, reply_markup=keyboard(("ok", "é" * 32)))  # 64 bytes
    assert [m.from_bot for m in standin.messages(group)] == [False, True, True]  # join + 2 sent
    with pytest.raises(TelegramBadRequest, match=r"^Telegram server says - Bad Request: chat not"):
        await bot.send_message(-100999, "x")


async def test_edit_errors(standin: BotApiStandIn, bot: Bot, world: dict) -> None:
    chat_id = world["group"].id
    sent = await bot.send_message(
        chat_id, "<b>hi</b>", parse_mode="HTML", reply_markup=keyboard(("A", "a"))
    )
    with pytest.raises(TelegramBadRequest) as caught:
        await bot.edit_message_text(
            "<b>hi</b>",
            chat_id=chat_id,
            message_id=sent.message_id,
            parse_mode="HTML",
            reply_markup=keyboard(("A", "a")),
        )
    assert caught.value.message == (
        "Bad Request: message is not modified: specified new message content and reply markup "
        "are exactly the same as a current content and reply markup of the message"
    )
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(
            chat_id=chat_id, message_id=sent.message_id, reply_markup=keyboard(("A", "a"))
        )
    with pytest.raises(TelegramBadRequest, match=r"Bad Request: message to edit not found$"):
        await bot.edit_message_text("x", chat_id=chat_id, message_id=9999)
    user_message = await standin.post(world["group"], world["wang"], "/start")
    with pytest.raises(TelegramBadRequest, match="message can't be edited"):
        await bot.edit_message_text("x", chat_id=chat_id, message_id=user_message.message_id)


async def test_forbidden_and_missing_chats(standin: BotApiStandIn, bot: Bot, world: dict) -> None:
    with pytest.raises(TelegramForbiddenError, match="bot can't initiate conversation with a user"):
        await bot.send_message(world["bob"].id, "hello")
    await standin.user_starts_bot(world["bob"])
    await bot.send_message(world["bob"].id, "hello")
    await standin.user_blocks_bot(world["bob"])
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(world["bob"].id, "hello")

    other = await standin.add_group("Other", creator=world["wang"])
    with pytest.raises(TelegramForbiddenError, match="bot is not a member of the supergroup chat"):
        await bot.send_message(other.id, "x")
    await standin.remove_bot_from_group(world["group"], world["wang"])
    with pytest.raises(TelegramForbiddenError, match="bot was kicked from the supergroup chat"):
        await bot.send_message(world["group"].id, "x")
    basic = await standin.add_group("Basic", supergroup=False, creator=world["wang"])
    await standin.add_bot_to_group(basic, world["wang"])
    assert await bot.leave_chat(basic.id) is True
    with pytest.raises(TelegramForbiddenError, match="bot is not a member of the group chat"):
        await bot.send_message(basic.id, "x")
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(424242, "x")

    kinds = [next(k for k in u if k != "update_id") for u in standin.pending_updates()]
    assert kinds.count("my_chat_member") == 5  # added, blocked, kicked, added basic, left basic


async def test_members_admins_chat_and_actions(
    standin: BotApiStandIn, bot: Bot, world: dict
) -> None:
    group = world["group"]
    owner = await bot.get_chat_member(group.id, world["wang"].id)
    assert isinstance(owner, ChatMemberOwner)
    assert (await bot.get_chat_member(group.id, world["bob"].id)).status == "member"
    stranger = await standin.add_user("Dave")
    assert (await bot.get_chat_member(group.id, stranger.id)).status == "left"
    await standin.set_member_status(group, standin.bot_user, "administrator")
    admins = await bot.get_chat_administrators(group.id)
    assert {type(a) for a in admins} == {ChatMemberOwner, ChatMemberAdministrator}
    me = next(a for a in admins if a.user.is_bot)
    assert isinstance(me, ChatMemberAdministrator) and me.can_delete_messages
    info = await bot.get_chat(group.id)
    assert (info.type, info.title) == ("supergroup", "3号楼")
    assert await bot.send_chat_action(group.id, "typing") is True
    assert standin.chat_action(group) == "typing"
    with pytest.raises(TelegramBadRequest, match="user not found"):
        await bot.get_chat_member(group.id, 5)


async def test_commands_by_scope_and_language(
    standin: BotApiStandIn, bot: Bot, world: dict
) -> None:
    zh = [BotCommand(command="help", description="帮助")]
    en = [BotCommand(command="help", description="Help")]
    group_only = [BotCommand(command="need", description="发布求助")]
    assert await bot.set_my_commands(zh)
    assert await bot.set_my_commands(en, language_code="en")
    assert await bot.set_my_commands(group_only, scope=BotCommandScopeAllGroupChats())
    assert [c.description for c in await bot.get_my_commands()] == ["帮助"]
    assert [c.description for c in await bot.get_my_commands(language_code="en")] == ["Help"]
    assert await bot.get_my_commands(language_code="de") == []
    scoped = await bot.get_my_commands(scope=BotCommandScopeAllGroupChats())
    assert [c.command for c in scoped] == ["need"]
    assert standin.visible_commands(world["bob"])[0]["description"] == "Help"
    assert standin.visible_commands(world["wang"], world["group"])[0]["command"] == "need"
    assert await bot.delete_my_commands(scope=BotCommandScopeAllGroupChats())
    assert standin.visible_commands(world["wang"], world["group"])[0]["description"] == "帮助"
    with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand(command="Bad-Name", description="x")])
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.set_my_commands(zh, scope=BotCommandScopeChat(chat_id=-1))


# ------------------------------------------------------------------------------- updates


async def _parked(standin: BotApiStandIn) -> None:
    """Until a long poll is waiting at the stand-in (so what follows must wake it)."""
    for _ in range(500):
        if standin.updates.polls_waiting:
            return
        await asyncio.sleep(0.002)
    raise AssertionError("no long poll arrived")


async def test_long_polling_wakes_on_new_updates(standin: BotApiStandIn, bot: Bot) -> None:
    assert await bot.get_updates(timeout=0) == []
    user = await standin.add_user("王阿姨")
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await _parked(standin)
    started = time.monotonic()
    await standin.user_starts_bot(user)
    updates = await poll
    assert time.monotonic() - started < 1.0
    assert updates[0].message is not None and updates[0].message.text == "/start"
    entities = updates[0].message.entities or []
    assert [(e.type, e.offset, e.length) for e in entities] == [("bot_command", 0, 6)]
    nothing = await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    assert nothing == []


async def test_offset_confirms_and_redeliver_returns_once(standin: BotApiStandIn, bot: Bot) -> None:
    user = await standin.add_user("Bob")
    await standin.user_starts_bot(user)
    await standin.post(user.id, user, "second")
    first, second = await bot.get_updates()
    assert second.update_id == first.update_id + 1
    assert [u.update_id for u in await bot.get_updates(offset=second.update_id)] == [
        second.update_id
    ]
    assert await bot.get_updates(offset=second.update_id + 1) == []
    await standin.redeliver(first.update_id)
    again = await bot.get_updates(offset=second.update_id + 1)
    assert [u.update_id for u in again] == [first.update_id]
    assert again[0].message is not None and again[0].message.text == "/start"
    assert await bot.get_updates(offset=second.update_id + 1) == []


async def test_allowed_updates_are_remembered(
    standin: BotApiStandIn, bot: Bot, world: dict
) -> None:
    await bot.get_updates(allowed_updates=["message"])
    sent = await bot.send_message(world["group"].id, "pick", reply_markup=keyboard(("A", "a")))
    await standin.press(world["group"], world["bob"], sent, button_text="A")
    await standin.post(world["group"], world["wang"], "/list")
    await bot.get_updates()  # no allowed_updates: the previous setting stays
    await standin.post(world["group"], world["wang"], "/list2")
    assert standin.allowed_updates == {"message"}
    kinds = [next(k for k in u if k != "update_id") for u in standin.pending_updates()]
    assert "callback_query" not in kinds
    assert [u.kind for u in standin.undelivered] == ["callback_query"]
    await bot.get_updates(allowed_updates=[])  # empty list: back to the defaults
    assert "callback_query" in standin.allowed_updates
    assert "chat_member" not in standin.allowed_updates


async def test_concurrent_get_updates_conflict(standin: BotApiStandIn, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await _parked(standin)
    second = asyncio.create_task(bot.get_updates(timeout=0))
    with pytest.raises(TelegramConflictError, match="terminated by other getUpdates request"):
        await first
    assert await second == []


async def test_privacy_mode_filters_group_messages(
    standin: BotApiStandIn, bot: Bot, world: dict
) -> None:
    group, wang = world["group"], world["wang"]
    human = await standin.post(group, world["bob"], "/ping")
    mine = await bot.send_message(group.id, "from the bot")
    cases = {
        "plain chatter": False,
        "/help": True,
        "/help@louhu_bot": True,
        "/help@other_bot": False,
        "hey @louhu_bot can you help": True,
        "talking about /help later": False,
    }
    for text, expected in cases.items():
        message = await standin.post(group, wang, text)
        assert message.delivered is expected, text
    reply = await standin.post(group, wang, "replying to the bot", reply_to=mine)
    assert reply.delivered is True
    to_human = await standin.post(group, wang, "replying to a person", reply_to=human)
    assert to_human.delivered is False
    assert {u.reason for u in standin.undelivered} == {
        "privacy mode: the bot only sees commands, mentions and replies to it"
    }
    await standin.set_member_status(group, standin.bot_user, "administrator")
    assert (await standin.post(group, wang, "plain chatter")).delivered is True
    assert (await standin.post(wang.id, wang, "private chatter")).delivered is True


async def test_without_privacy_mode_everything_arrives() -> None:
    async with BotApiStandIn(privacy_mode=False) as server:
        user = await server.add_user("王阿姨")
        group = await server.add_group("G", creator=user)
        await server.add_bot_to_group(group, user)
        assert (await server.post(group, user, "plain chatter")).delivered is True


async def test_add_bot_to_group_emits_my_chat_member_and_service_message(
    standin: BotApiStandIn, bot: Bot
) -> None:
    li = await standin.add_user("李主任")
    group = await standin.add_group("3号楼", creator=li)
    await standin.add_bot_to_group(group, li, as_admin=True)
    first, second = await bot.get_updates()
    assert isinstance(first.my_chat_member, ChatMemberUpdated)
    assert first.my_chat_member.old_chat_member.status == "left"
    new = first.my_chat_member.new_chat_member
    assert isinstance(new, ChatMemberAdministrator) and new.can_restrict_members
    assert first.my_chat_member.from_user.id == li.id
    assert second.message is not None and second.message.new_chat_members is not None
    assert second.message.new_chat_members[0].id == standin.bot_user.id


async def test_dispatcher_with_buttons_end_to_end(
    standin: BotApiStandIn, bot: Bot, world: dict
) -> None:
    dp = Dispatcher()
    seen: list[str] = []

    @dp.message(Command("need"))
    async def need(message: Message) -> None:
        await message.answer(
            "<b>需要</b>: rice", parse_mode="HTML", reply_markup=keyboard(("接单 Take", "take:7"))
        )

    @dp.message()
    async def anything(message: Message) -> None:
        seen.append(message.text or "")

    @dp.callback_query(F.data.startswith("take:"))
    async def take(query: CallbackQuery) -> None:
        if query.data != "take:7":
            await query.answer("无效 Invalid")
            return
        await query.answer("已接单 Taken", show_alert=True)
        assert isinstance(query.message, Message)
        await query.message.edit_text(f"taken by {query.from_user.first_name}")

    async with polling(standin, dp, bot):
        await standin.post(world["group"], world["wang"], "chatter the bot must not see")
        await standin.post(world["group"], world["wang"], "/need")
        [sent] = await standin.wait_for("sendMessage")
        card = standin.last_bot_message(world["group"])
        assert card is not None and card.text == "需要: rice"
        query_id = await standin.press(world["group"], world["bob"], card, button_text="接单 Take")
        answer = await standin.wait_callback_answer(query_id)
        assert answer["text"] == "已接单 Taken" and answer["show_alert"] is True
        await standin.wait_for("editMessageText")
        forged = await standin.press(world["group"], world["bob"], card, callback_data="take:999")
        assert (await standin.wait_callback_answer(forged))["text"] == "无效 Invalid"
    assert sent.params["chat_id"] == world["group"].id
    assert standin.message(world["group"], card.message_id).text == "taken by Bob"
    assert "chatter the bot must not see" not in seen  # privacy mode withheld it
    assert "/start" in seen  # the private /start from the fixture did arrive
    assert standin.calls("answerCallbackQuery", callback_query_id=query_id)[0].ok


async def test_answer_callback_query_twice_or_unknown(
    standin: BotApiStandIn, bot: Bot, world: dict
) -> None:
    sent = await bot.send_message(world["group"].id, "pick", reply_markup=keyboard(("A", "a")))
    query_id = await standin.press(world["group"], world["bob"], sent)
    assert standin.callback_answer(query_id) is None
    assert await bot.answer_callback_query(query_id, text="ok")
    too_old = "query is too old and response timeout expired or query ID is invalid"
    with pytest.raises(TelegramBadRequest, match=too_old):
        await bot.answer_callback_query(query_id)
    with pytest.raises(TelegramBadRequest, match=too_old):
        await bot.answer_callback_query("12345")
    assert standin.callback_answer(query_id) == {
        "text": "ok",
        "show_alert": False,
        "url": None,
        "cache_time": None,
    }


async def test_inject_update(standin: BotApiStandIn, bot: Bot) -> None:
    chat = {"id": 5, "type": "private", "first_name": "X"}
    edited = {"message_id": 3, "date": 0, "edit_date": 1, "chat": chat, "text": "edited"}
    update_id = await standin.inject_update({"update_id": 1, "edited_message": edited})
    [update] = await bot.get_updates()
    assert update.update_id == update_id != 1
    assert update.edited_message is not None and update.edited_message.text == "edited"


# --------------------------------------------------------------------------------- faults


async def test_fault_429_500_502_403(standin: BotApiStandIn, bot: Bot, world: dict) -> None:
    chat_id = world["group"].id
    standin.fail("sendMessage", "429", retry_after=7)
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(chat_id, "x")
    assert caught.value.retry_after == 7
    assert "Too Many Requests: retry after 7" in caught.value.message
    standin.fail("sendMessage", "500", times=2)
    for _ in range(2):
        with pytest.raises(TelegramServerError, match="Internal Server Error"):
            await bot.send_message(chat_id, "x")
    standin.fail("sendMessage", "502")
    with pytest.raises(TelegramServerError, match="Bad Gateway"):
        await bot.send_message(chat_id, "x")
    standin.fail("sendMessage", "403")
    with pytest.raises(TelegramForbiddenError, match="bot was kicked from the group chat"):
        await bot.send_message(chat_id, "x")
    await bot.send_message(chat_id, "finally")  # faults are used up
    outcomes = [(c.ok, c.status, c.fault) for c in standin.calls("sendMessage")]
    assert outcomes == [
        (False, 429, "429"),
        (False, 500, "500"),
        (False, 500, "500"),
        (False, 502, "502"),
        (False, 403, "403"),
        (True, 200, None),
    ]
    assert [m.text for m in standin.messages(world["group"]) if m.from_bot] == ["finally"]


async def test_fault_predicate_targets_matching_calls(
    standin: BotApiStandIn, bot: Bot, world: dict
) -> None:
    await standin.user_starts_bot(world["bob"])
    standin.fail("sendMessage", "403", predicate=lambda p: p["chat_id"] == world["bob"].id)
    await bot.send_message(world["group"].id, "not this one")
    with pytest.raises(TelegramForbiddenError):
        await bot.send_message(world["bob"].id, "this one")


async def test_fault_timeout_and_lost_response(standin: BotApiStandIn, world: dict) -> None:
    impatient = make_bot(standin, timeout=0.3)
    group = world["group"]
    standin.fail("sendMessage", "timeout", hang_seconds=3)
    with pytest.raises(TelegramNetworkError, match="Request timeout error"):
        await impatient.send_message(group.id, "never arrives")
    assert standin.last_bot_message(group) is None
    standin.fail("sendMessage", "timeout", hang_seconds=3, apply=True)
    with pytest.raises(TelegramNetworkError):
        await impatient.send_message(group.id, "arrives, answer lost")
    last = standin.last_bot_message(group)
    assert last is not None and last.text == "arrives, answer lost"
    [lost] = await standin.wait_for("sendMessage")  # the applied call counts as successful
    assert lost.fault == "timeout"
    await impatient.session.close()


async def test_fault_on_get_updates_and_unknown_fault(standin: BotApiStandIn, bot: Bot) -> None:
    standin.fail("getUpdates", "502")
    with pytest.raises(TelegramServerError):
        await bot.get_updates()
    assert await bot.get_updates() == []
    with pytest.raises(ValueError, match="unknown fault"):
        standin.fail("getUpdates", "418")
    with pytest.raises(ValueError, match="does not serve"):
        standin.fail("sendSticker", "500")


async def test_wait_for_times_out_with_recent_calls(
    standin: BotApiStandIn, bot: Bot, world: dict
) -> None:
    await bot.send_message(world["group"].id, "hello")
    mark = standin.mark()
    with pytest.raises(AssertionError) as caught:
        await standin.wait_for("sendMessage", timeout=0.1, since=mark)
    report = str(caught.value)
    assert "waited 0.1s for 1 successful sendMessage call(s), saw 0" in report
    assert "sendMessage(chat_id=" in report and "'hello'" in report
    assert len(await standin.wait_for("sendMessage", lambda c: c.params["text"] == "hello")) == 1


# ------------------------------------------------------------------------------ rate limits


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_rate_limits_private_group_and_global() -> None:
    clock = FakeClock()
    limits = RateLimits(private_burst=2, group_per_minute=3, global_per_second=6)
    async with BotApiStandIn(enforce_rate_limits=True, clock=clock, rate_limits=limits) as server:
        client = make_bot(server)
        people = [await server.add_user(f"u{i}") for i in range(6)]
        for person in people:
            await server.user_starts_bot(person)
        group = await server.add_group("G", creator=people[0])
        await server.add_bot_to_group(group, people[0])

        first = await client.send_message(people[0].id, "1")
        await client.edit_message_text("1b", chat_id=people[0].id, message_id=first.message_id)
        with pytest.raises(TelegramRetryAfter) as caught:  # burst of 2 used: edits count too
            await client.send_message(people[0].id, "3")
        assert caught.value.retry_after == 1
        clock.now += 1.0
        await client.send_message(people[0].id, "after a second")

        clock.now += 10
        for i in range(3):
            await client.send_message(group.id, f"g{i}")
            clock.now += 5
        with pytest.raises(TelegramRetryAfter) as caught:
            await client.send_message(group.id, "too many")
        assert caught.value.retry_after == 45  # the first of the three leaves the window then

        clock.now += 100
        for person in people:
            await client.send_message(person.id, "broadcast")
        with pytest.raises(TelegramRetryAfter, match="retry after 1"):
            await client.send_message(group.id, "one too many this second")
        await client.session.close()


# ------------------------------------------------------------------------- sandbox and seed


async def test_seed_demo_world(standin: BotApiStandIn) -> None:
    world = await seed_demo_world(standin)
    group = world["group"]
    assert group.title == "3号楼 Building 3" and group.type == "supergroup"
    assert standin.member_status(group, world["li"]) == "creator"
    assert standin.member_status(group, world["wang"]) == "member"
    assert standin.member_status(group, world["bob"]) == "member"
    assert standin.member_status(group, world["dave"]) is None
    assert standin.member_status(group, standin.bot_user) == "administrator"
    assert all(standin.has_started(world[k]) for k in ("wang", "bob", "li", "dave"))
    assert world["bob"].language_code == "en"
    texts = [m.text for m in standin.messages(group) if m.text]
    assert texts == []  # no commands posted in the group
    assert standin.calls() == []


async def test_sandbox_page_and_api(standin: BotApiStandIn, bot: Bot) -> None:
    world = await seed_demo_world(standin)
    group = world["group"]
    card = await bot.send_message(
        group.id, "<b>Need</b> rice", parse_mode="HTML", reply_markup=keyboard(("Take", "take:1"))
    )
    base = f"{standin.url}/sandbox"
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{base}/") as resp:
            page = await resp.text()
            assert resp.status == 200 and '<script src="sandbox.js">' in page
            assert 'href="sandbox.css"' in page
        async with http.get(f"{base}/sandbox.js") as resp:
            script = await resp.text()
            assert resp.status == 200 and "javascript" in resp.headers["Content-Type"]
            assert "api/state" in script
        async with http.get(f"{base}/sandbox.css") as resp:
            style = await resp.text()
            assert resp.status == 200 and "text/css" in resp.headers["Content-Type"]
        for text in (page, script, style):
            assert "http://" not in text and "https://" not in text  # no external assets
        payload = {"chat_id": group.id, "user_id": world["wang"].id, "text": "hello @louhu_bot"}
        async with http.post(f"{base}/api/post", json=payload) as resp:
            assert (await resp.json())["delivered"] is True
        press = {"chat_id": group.id, "user_id": world["bob"].id, "message_id": card.message_id}
        async with http.post(
            f"{base}/api/press", json={**press, "callback_data": "take:1"}
        ) as resp:
            query_id = (await resp.json())["callback_query_id"]
        await bot.answer_callback_query(query_id, text="Taken")
        dave = {"chat_id": group.id, "user_id": world["dave"].id, "text": "hi"}
        async with http.post(f"{base}/api/post", json=dave) as resp:
            assert resp.status == 400 and "not in" in (await resp.json())["error"]
        async with http.post(f"{base}/api/post", data=dave) as resp:
            assert resp.status == 415  # only JSON: a foreign page cannot post a plain form
        async with http.get(f"{base}/api/state") as resp:
            state = await resp.json()
    chat = next(c for c in state["chats"] if c["id"] == group.id)
    assert chat["bot_status"] == "administrator"
    bot_card = next(m for m in chat["messages"] if m["message_id"] == card.message_id)
    assert bot_card["entities"] == [{"type": "bold", "offset": 0, "length": 4}]
    assert bot_card["buttons"] == [[{"text": "Take", "callback_data": "take:1"}]]
    assert chat["messages"][-1]["text"] == "hello @louhu_bot"
    assert state["callbacks"][-1]["answer"]["text"] == "Taken"
    assert {u["note"] for u in state["users"]} >= {"居民 resident", "志愿者 volunteer"}


async def test_messages_without_text_reach_the_bot_as_telegram_sends_them(
    standin: BotApiStandIn, bot: Bot, world: dict
) -> None:
    group, wang, bob = world["group"], world["wang"], world["bob"]
    await standin.set_member_status(group, standin.bot_user, "administrator")  # sees everything
    said = await standin.post(group, wang, "我在门口")
    voice = await standin.post_media(group, wang, "voice", reply_to=said)
    place = await standin.post_media(
        group, bob, "location", location={"latitude": 1.5, "longitude": 2.25}
    )
    photo = await standin.post_media(group, wang, "photo", caption="门口")
    with pytest.raises(ValueError, match="unknown kind"):
        await standin.post_media(group, wang, "hologram")
    messages = [u.message for u in await bot.get_updates() if u.message is not None]
    by_id = {m.message_id: m for m in messages}
    got = by_id[voice.message_id]
    assert got.voice is not None and got.voice.duration == 7 and got.text is None
    assert got.reply_to_message is not None and got.reply_to_message.text == "我在门口"
    location = by_id[place.message_id].location
    assert location is not None and location.longitude == 2.25
    assert by_id[photo.message_id].photo and by_id[photo.message_id].caption == "门口"


# ---------------------------------------------------------------------------------- photos


async def test_send_photo_by_file_id_upload_and_unknown_id(
    standin: BotApiStandIn, bot: Bot, world: dict
) -> None:
    """Photos as Telegram sends them: an array of sizes with file_id and file_unique_id; the
    bot passes one on by id (nothing downloaded), or uploads a new one."""
    wang = world["wang"]
    posted = await standin.post_media(wang, wang, "photo")
    sizes = posted.media["photo"]
    assert [set(s) >= {"file_id", "file_unique_id", "width", "height"} for s in sizes] == [True] * 2
    sent = await bot.send_photo(
        wang.id, sizes[-1]["file_id"], caption="<b>门口</b> photo", parse_mode="HTML"
    )
    assert isinstance(sent, Message) and sent.photo is not None
    assert [p.file_unique_id for p in sent.photo] == [s["file_unique_id"] for s in sizes]
    assert sent.caption == "门口 photo"
    assert [(e.type, e.offset, e.length) for e in sent.caption_entities or []] == [("bold", 0, 2)]
    assert sent.text is None
    uploaded = await bot.send_photo(wang.id, BufferedInputFile(b"\xff\xd8jpeg", "door.jpg"))
    assert uploaded.photo and uploaded.photo[-1].file_id not in {s["file_id"] for s in sizes}
    again = await bot.send_photo(world["group"].id, uploaded.photo[-1].file_id)
    assert again.photo and again.photo[-1].file_unique_id == uploaded.photo[-1].file_unique_id
    with pytest.raises(TelegramBadRequest, match="wrong file identifier"):
        await bot.send_photo(wang.id, "AgACAgIAAxkBAAIBnotknown")
    with pytest.raises(TelegramBadRequest, match="no text in the message to edit"):
        await bot.edit_message_text("x", chat_id=wang.id, message_id=sent.message_id)
    with pytest.raises(TelegramForbiddenError):
        await bot.send_photo(world["bob"].id, sizes[-1]["file_id"])  # never started the bot
