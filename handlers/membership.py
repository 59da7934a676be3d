"""The bot joins or leaves a group (my_chat_member)."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import IS_MEMBER, IS_NOT_MEMBER, ChatMemberUpdatedFilter
from aiogram.types import ChatMemberUpdated, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Translator
from bot.replies import Replies
from bot.rights import can_read_group
from domain.buildings import bot_joined, bot_left, group_migrated
from domain.clock import Clock


async def on_added(
    event: ChatMemberUpdated,
    bot: Bot,
    session: AsyncSession,
    clock: Clock,
    replies: Replies,
    group_t: Translator,
) -> None:
    """Greet the group, and say plainly if privacy mode hides its messages from the bot."""
    readable = await can_read_group(bot, event.new_chat_member.status)
    await bot_joined(session, clock, chat_id=event.chat.id, title=event.chat.title or "")
    replies.send(group_t("greet-group"))
    if not readable:
        replies.send(group_t("privacy-warning"))


async def on_removed(event: ChatMemberUpdated, session: AsyncSession, clock: Clock) -> None:
    """Mark the building inactive; keep all its records."""
    await bot_left(session, clock, chat_id=event.chat.id)


async def on_rights_changed(
    event: ChatMemberUpdated, bot: Bot, replies: Replies, group_t: Translator
) -> None:
    """Warn again if the bot lost admin rights and cannot read messages any more."""
    if not await can_read_group(bot, event.new_chat_member.status):
        replies.send(group_t("privacy-warning"))


async def on_migrated_to(message: Message, session: AsyncSession, clock: Clock) -> None:
    """The group became a supergroup (told in the old group): the building follows it."""
    assert message.migrate_to_chat_id is not None
    await group_migrated(
        session, clock, old_chat_id=message.chat.id, new_chat_id=message.migrate_to_chat_id
    )


async def on_migrated_from(message: Message, session: AsyncSession, clock: Clock) -> None:
    """The same move, told in the new supergroup (whichever arrives first does it)."""
    assert message.migrate_from_chat_id is not None
    await group_migrated(
        session, clock, old_chat_id=message.migrate_from_chat_id, new_chat_id=message.chat.id
    )


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.my_chat_member.filter(F.chat.type.in_({"group", "supergroup"}))
    router.my_chat_member.register(on_added, ChatMemberUpdatedFilter(IS_NOT_MEMBER >> IS_MEMBER))
    router.my_chat_member.register(on_removed, ChatMemberUpdatedFilter(IS_MEMBER >> IS_NOT_MEMBER))
    router.my_chat_member.register(
        on_rights_changed, ChatMemberUpdatedFilter(IS_MEMBER >> IS_MEMBER)
    )
    router.message.register(on_migrated_to, F.migrate_to_chat_id)
    router.message.register(on_migrated_from, F.migrate_from_chat_id)
    return router
