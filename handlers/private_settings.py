"""/settings in a private chat, for staff of exactly one community (else: use the group)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.incident_views import community_label
from bot.l10n import Translator
from bot.replies import Replies
from bot.settings import Settings
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from handlers.group.calendar_commands import settings_command
from models.buildings import Building, Member
from models.people import Person


async def staffed_communities(session: AsyncSession, person_id: int) -> list[str]:
    """Communities in one of whose buildings the person is recorded staff (not lead or doctor:
    the settings are the staff's)."""
    stmt = (
        select(Building.community)
        .join(Member, Member.building_id == Building.id)
        .where(Member.person_id == person_id, Member.is_staff.is_(True), Building.active)
        .distinct()
    )
    return sorted((await session.execute(stmt)).scalars())


async def settings_private(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    person: Person,
    settings: Settings,
    replies: Replies,
    t: Translator,
) -> None:
    """The one community the person is staff of; with none or several, the group it is."""
    communities = await staffed_communities(session, person.id)
    if len(communities) != 1:
        key = "settings-private-many" if communities else "settings-private-none"
        names = ", ".join(community_label(t, c) for c in communities)
        replies.send(t(key, communities=names), reply_to=message.message_id)
        return
    (community,) = communities
    replies.send(t("settings-private-for", community=community_label(t, community)))
    await settings_command(
        message, command, session, transaction, clock, community, settings, replies, t
    )


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(settings_private, Command("settings"), F.chat.type == "private")
    return router
