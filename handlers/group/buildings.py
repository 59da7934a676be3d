"""/setup and /grouplang: register a group as a building and choose its language."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.incident_views import community_label
from bot.l10n import L10n, Translator
from bot.permissions import is_group_admin
from bot.replies import Replies
from bot.rights import can_read_group
from bot.transaction import UpdateTransaction
from domain.buildings import (
    clean_name,
    community_admin_chats,
    set_community,
    set_group_language,
    setup_building,
)
from domain.clock import Clock
from handlers.group.access import Access
from models.buildings import Building


async def set_up_building(
    message: Message,
    command: CommandObject,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    replies: Replies,
    t: Translator,
    l10n: L10n,
) -> None:
    """/setup <name>: group admins register or rename the building."""
    assert message.from_user is not None
    if not await is_group_admin(bot, message.chat.id, message.from_user.id):
        replies.send(t("setup-admins-only"), reply_to=message.message_id)
        return
    name = clean_name(command.args or "")
    if name is None:
        replies.send(t("setup-usage"), reply_to=message.message_id)
        return
    own = await bot.get_chat_member(message.chat.id, bot.id)
    readable = await can_read_group(bot, own.status)
    result = await setup_building(
        session, clock, chat_id=message.chat.id, title=message.chat.title or "", name=name
    )
    await transaction.commit_step()
    group_t = l10n.translator(result.building.language)
    if result.old_name is None or result.old_name == name:
        replies.send(group_t("setup-done", name=name))
    else:
        replies.send(group_t("setup-renamed", old=result.old_name, name=name))
    if not readable:
        replies.send(group_t("privacy-warning"))


async def group_language(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building,
    replies: Replies,
    t: Translator,
    l10n: L10n,
) -> None:
    """/grouplang <code>|both|<code>+<code>: staff choose the language of messages to the group."""
    mode = l10n.group_mode(command.args or "")
    if mode is None:
        languages = ", ".join(l10n.languages)
        replies.send(t("grouplang-usage", languages=languages), reply_to=message.message_id)
        return
    await set_group_language(
        session, clock, building_id=building.id, mode=mode, languages=l10n.languages
    )
    await transaction.commit_step()
    replies.send(l10n.translator(mode)("grouplang-set", mode=mode))


async def community(
    message: Message,
    command: CommandObject,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building,
    replies: Replies,
    t: Translator,
) -> None:
    """/community <name>: staff say which community (and so which emergency chain) this is."""
    assert message.from_user is not None  # the access middleware let only staff through
    name = clean_name(command.args or "")
    if name is None:
        current = community_label(t, building.community)
        replies.send(t("community-usage", current=current), reply_to=message.message_id)
        return
    person_id = message.from_user.id
    ask = await community_admin_chats(
        session, building_id=building.id, community=name, actor_id=person_id
    )
    admin_elsewhere = False
    if ask:
        await transaction.release()  # no transaction is held open while Telegram is asked
        for chat_id in ask:
            if await is_group_admin(bot, chat_id, person_id):
                admin_elsewhere = True
                break
    change = await set_community(
        session,
        clock,
        building_id=building.id,
        community=name,
        actor_id=person_id,
        admin_elsewhere=admin_elsewhere,
    )
    await transaction.commit_step()

    replies.send(t(f"community-{change}", community=name), reply_to=message.message_id)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(set_up_building, Command("setup"))
    router.message.register(group_language, Command("grouplang"), flags={"access": Access.STAFF})
    router.message.register(community, Command("community"), flags={"access": Access.STAFF})
    return router
