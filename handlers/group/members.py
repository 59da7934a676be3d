"""/register and /volunteer: residents say where they live, volunteers join and leave."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Translator
from bot.notifier import TelegramNotifier
from bot.replies import Replies
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.dispatch import step_down
from domain.flats import parse_flat
from domain.members import join_volunteers, register_flat
from domain.pairing import hand_back_pairings
from handlers.group.access import Access
from models.buildings import Building
from models.people import Person


async def register(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building,
    person: Person,
    replies: Replies,
    t: Translator,
) -> None:
    """/register 3-2-501: the resident's flat, normalized; saved before the confirmation."""
    raw = (command.args or "").strip()
    if not raw:
        replies.send(t("register-usage"), reply_to=message.message_id)
        return
    flat = parse_flat(raw)
    if flat is None:
        replies.send(t("register-bad-flat", text=raw[:64]), reply_to=message.message_id)
        return
    await register_flat(session, clock, building_id=building.id, person_id=person.id, flat=flat)
    await transaction.commit_step()
    replies.send(t("register-done", name=person.full_name, flat=flat), reply_to=message.message_id)


async def volunteer(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building,
    person: Person,
    notifier: TelegramNotifier,
    replies: Replies,
    t: Translator,
) -> None:
    """/volunteer joins; /volunteer off leaves, handing back the orders held (they reopen)."""
    arg = (command.args or "").strip().lower()
    if arg in ("", "on"):
        await join_volunteers(session, clock, building_id=building.id, person_id=person.id)
        await transaction.commit_step()
        replies.send(t("volunteer-on", name=person.full_name), reply_to=message.message_id)
    elif arg == "off":
        handed = await step_down(
            session, clock, notifier, building_id=building.id, person_id=person.id
        )
        # their 包户 households go to the lead, who is told
        await hand_back_pairings(
            session, clock, notifier, building=building, volunteer_id=person.id
        )
        await transaction.commit_step()
        text = t("volunteer-off", name=person.full_name)
        if handed.orders:
            numbers = ", ".join(f"#{number}" for number in handed.orders)
            text += "\n" + t("volunteer-handed-back", count=len(handed.orders), numbers=numbers)
        replies.send(text, reply_to=message.message_id)
    else:
        replies.send(t("volunteer-off-usage"), reply_to=message.message_id)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(register, Command("register"), flags={"access": Access.BUILDING})
    router.message.register(volunteer, Command("volunteer"), flags={"access": Access.BUILDING})
    return router
