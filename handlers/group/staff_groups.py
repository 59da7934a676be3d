"""/staffgroup: staff make a group chat their community's staff group, where /call posts a
call for the volunteers of all the community's buildings."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Translator
from bot.permissions import is_group_admin
from bot.replies import Replies
from bot.transaction import UpdateTransaction
from domain.buildings import clean_name
from domain.clock import Clock
from domain.staff_groups import (
    StaffGroupChange,
    community_group_chats,
    register_staff_group,
    unregister_staff_group,
)
from models.staff_groups import staff_group_by_chat

OFF_WORDS = frozenset({"off", "关闭", "取消"})
CHANGED = frozenset({StaffGroupChange.REGISTERED, StaffGroupChange.OFF})


async def staff_group_command(
    message: Message,
    command: CommandObject,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    replies: Replies,
    t: Translator,
) -> None:
    """/staffgroup <community> registers this chat; /staffgroup off; /staffgroup shows it."""
    assert message.from_user is not None
    reply, chat_id, person_id = message.message_id, message.chat.id, message.from_user.id
    args = (command.args or "").strip()
    if not args:
        group = await staff_group_by_chat(session, chat_id)
        if group is None:
            replies.send(t("staffgroup-usage"), reply_to=reply)
        else:
            replies.send(t("staffgroup-current", community=group.community), reply_to=reply)
        return
    if args.lower() in OFF_WORDS:
        change, community = await unregister_staff_group(
            session, chat_id=chat_id, person_id=person_id
        )
        if change is StaffGroupChange.NOT_STAFF:  # not by our records: Telegram may say admin
            chats = [chat_id, *await community_group_chats(session, community)]
            if await _admin_of_any(bot, transaction, chats, person_id):
                change, community = await unregister_staff_group(
                    session, chat_id=chat_id, person_id=person_id, admin=True
                )
    else:
        name = clean_name(args)
        if name is None:
            replies.send(t("staffgroup-usage"), reply_to=reply)
            return
        title = message.chat.title or ""
        change, community = await register_staff_group(
            session, clock, chat_id=chat_id, title=title, community=name, person_id=person_id
        )
        if change is StaffGroupChange.NOT_STAFF:
            chats = await community_group_chats(session, name)
            if await _admin_of_any(bot, transaction, chats, person_id):
                change, community = await register_staff_group(
                    session,
                    clock,
                    chat_id=chat_id,
                    title=title,
                    community=name,
                    person_id=person_id,
                    admin_elsewhere=True,
                )
    if change in CHANGED:
        await transaction.commit_step()
    replies.send(t(f"staffgroup-{change}", community=community), reply_to=reply)


async def _admin_of_any(
    bot: Bot, transaction: UpdateTransaction, chats: list[int], person_id: int
) -> bool:
    """Whether Telegram says the person administers one of these groups."""
    if not chats:
        return False
    await transaction.release()  # no transaction is held open while Telegram is asked
    for chat_id in chats:
        if await is_group_admin(bot, chat_id, person_id):
            return True
    return False


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(staff_group_command, Command("staffgroup"))
    return router
