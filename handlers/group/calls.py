"""/call: staff post a 吹哨 volunteer call in the building group, or in the community's staff
group for the volunteers of all its buildings, and close or extend it."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.call_view import post_call_copies, post_call_message, refresh_call
from bot.l10n import L10n, Translator
from bot.permissions import is_group_admin
from bot.replies import Replies
from bot.settings import Settings
from bot.transaction import UpdateTransaction
from domain.calendar_settings import SettingValueError, calendar_settings, parse_clock
from domain.call_parser import CallParseError, CallProblem, parse_call, parse_slots
from domain.calls import (
    CallOutcome,
    call_on_message,
    close_call,
    extend_call,
    may_run_calls,
    may_run_community_calls,
    post_call,
)
from domain.clock import Clock
from models.buildings import Building
from models.staff_groups import StaffGroup, staff_group_by_chat

CLOSE_WORDS = frozenset({"close", "关闭", "结束", "截止"})
MORE_WORDS = frozenset({"more", "add", "加", "加人", "增加"})
UNTIL_WORDS = frozenset({"until", "延长", "延至", "延到"})


async def call_command(
    message: Message,
    command: CommandObject,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building | None,
    settings: Settings,
    l10n: L10n,
    replies: Replies,
    t: Translator,
) -> None:
    """/call <task> <day> <HH:MM-HH:MM> <N>; /call close N; /call more N 2; /call until N 11:00.

    In a building's group: a call for its volunteers. In a community's staff group
    (/staffgroup): a call for the volunteers of every building of the community."""
    assert message.from_user is not None
    reply = message.message_id
    staff_group = None
    if building is None or not building.is_set_up:
        staff_group = await staff_group_by_chat(session, message.chat.id)
        if staff_group is None:
            replies.send(t("call-not-here"), reply_to=reply)
            return
    args = (command.args or "").strip()
    if not args:
        replies.send(t("call-usage"), reply_to=reply)
        return
    user_id, chat_id = message.from_user.id, message.chat.id
    if staff_group is not None:
        community, place_id = staff_group.community, staff_group.id
        allowed = await may_run_community_calls(session, community, user_id)
        refusal = "call-community-staff-only"
    else:
        assert building is not None
        community, place_id = building.community, building.id
        allowed = await may_run_calls(session, place_id, user_id)
        refusal = "call-staff-only"
    if not allowed:
        await transaction.release()  # no transaction is held open while Telegram is asked
        if not await is_group_admin(bot, chat_id, user_id):
            replies.send(t(refusal), reply_to=reply)
            return
    words = args.split()
    if words[0].lower() in CLOSE_WORDS | MORE_WORDS | UNTIL_WORDS:
        await _change(message, words, session, transaction, clock, community, settings, replies, t)
        return
    zone = (await calendar_settings(session, community, settings.timezone)).zone
    try:
        request = parse_call(args, clock.now().astimezone(zone).date())
    except CallParseError as problem:
        replies.send(t(f"call-problem-{problem.problem}") + "\n" + t("call-usage"), reply_to=reply)
        return
    if staff_group is not None:
        group_row = await session.get(StaffGroup, place_id)
        if group_row is None or not group_row.active:  # turned off while Telegram was asked
            replies.send(t("call-not-here"), reply_to=reply)
            return
        call = await post_call(
            session, clock, staff_group=group_row, author_id=user_id, request=request, zone=zone
        )
    else:
        building_row = await session.get(Building, place_id)
        assert building_row is not None
        call = await post_call(
            session, clock, building=building_row, author_id=user_id, request=request, zone=zone
        )
    if isinstance(call, CallProblem):
        replies.send(t(f"call-problem-{call}") + "\n" + t("call-usage"), reply_to=reply)
        return
    await post_call_message(session, clock, l10n, settings.timezone, call)
    if staff_group is not None:  # volunteers answer it in their own building's group too
        await post_call_copies(session, clock, l10n, settings.timezone, call)


async def _change(
    message: Message,
    words: list[str],
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    community: str,
    settings: Settings,
    replies: Replies,
    t: Translator,
) -> None:
    """Close a call, add slots, or move its end later; only a call of this group (a building's,
    or the staff group's)."""
    reply = message.message_id
    verb = words[0].lower()
    number = words[1].lstrip("#") if len(words) > 1 else ""
    call = (
        await call_on_message(session, int(number), message.chat.id, None)
        if number.isascii() and number.isdigit() and len(number) < 12
        else None
    )
    if call is None:
        replies.send(t("call-change-usage"), reply_to=reply)
        return
    assert message.from_user is not None
    if verb in CLOSE_WORDS:
        result = await close_call(session, clock, call=call, person_id=message.from_user.id)
    elif verb in MORE_WORDS:
        more = parse_slots(words[2]) if len(words) > 2 else None
        if not more:
            replies.send(t("call-change-usage"), reply_to=reply)
            return
        result = await extend_call(session, clock, call=call, more_slots=more)
    else:
        zone = (await calendar_settings(session, community, settings.timezone)).zone
        try:
            until = parse_clock(words[2]) if len(words) > 2 else None
        except SettingValueError:
            until = None
        if until is None:
            replies.send(t("call-change-usage"), reply_to=reply)
            return
        local_end = call.ends_at.astimezone(zone).replace(
            hour=until.hour, minute=until.minute, second=0, microsecond=0
        )
        if local_end <= call.starts_at.astimezone(zone):
            replies.send(t("call-problem-bad-time"), reply_to=reply)
            return
        result = await extend_call(session, clock, call=call, ends_at=local_end)
    if result.outcome in (CallOutcome.EXTENDED, CallOutcome.CLOSED_NOW):
        await refresh_call(session, call.id)
    await transaction.commit_step()
    replies.send(t(f"call-cb-{result.outcome}"), reply_to=reply)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    # no access flag: a community's staff group is not a building (call_command checks)
    router.message.register(call_command, Command("call"))
    return router
