"""/staff, /doctor, /lead: staff and group admins name (or remove) the building's roles."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Translator
from bot.replies import Replies
from domain.clock import Clock
from domain.members import Role, set_role
from handlers.group.access import Access
from models.buildings import Building
from models.people import Person, person_by_username, upsert_person


async def name_role(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    clock: Clock,
    building: Building,
    replies: Replies,
    t: Translator,
) -> None:
    """/staff @user, /staff off @user, or /staff in reply to the person; /doctor likewise."""
    assert message.from_user is not None
    role = Role(command.command.lower())
    words = (command.args or "").split()
    remove = bool(words) and words[0].lower() == "off"
    words = words[1:] if remove else words
    target = await _target(session, clock, message, words)
    if target is None:
        key = "staff-unknown-user" if words else f"{role}-usage"
        replies.send(t(key, username=words[0] if words else ""), reply_to=message.message_id)
        return
    await set_role(
        session, clock, building_id=building.id, person_id=target.id, role=role, on=not remove
    )
    key = f"{role}-removed" if remove else f"{role}-added"
    replies.send(t(key, name=target.full_name), reply_to=message.message_id)


async def _target(
    session: AsyncSession, clock: Clock, message: Message, words: list[str]
) -> Person | None:
    replied = message.reply_to_message
    if not words and replied is not None and replied.from_user and not replied.from_user.is_bot:
        user = replied.from_user
        await upsert_person(
            session,
            person_id=user.id,
            username=user.username,
            full_name=user.full_name,
            telegram_language=user.language_code,
            now=clock.now(),
        )
        return await session.get(Person, user.id)
    if len(words) == 1 and words[0].startswith("@"):
        return await person_by_username(session, words[0])
    return None


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(
        name_role, Command("staff", "doctor", "lead"), flags={"access": Access.STAFF}
    )
    return router
