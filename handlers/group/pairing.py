"""/pair: staff or the building lead pair a household with a volunteer (包户), or end it."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cards import mention
from bot.l10n import Markup, Translator
from bot.notifier import TelegramNotifier
from bot.permissions import is_staff
from bot.replies import Replies
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.flats import parse_flat
from domain.pairing import (
    PairOutcome,
    building_pairings,
    pair_household,
    pair_window,
    unpair_household,
)
from handlers.group.access import Access
from models.buildings import Building, member_of
from models.people import Person, person_by_username, upsert_person

OFF_WORDS = ("off", "取消", "解除")


async def pair(
    message: Message,
    command: CommandObject,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building,
    notifier: TelegramNotifier,
    replies: Replies,
    t: Translator,
) -> None:
    """/pair 3-2-501 @volunteer (or in reply to the volunteer), /pair off 3-2-501; /pair lists."""
    assert message.from_user is not None
    reply = message.message_id
    building_id, community = building.id, building.community  # before is_staff may end reads
    member = await member_of(session, building_id, message.from_user.id)
    lead = member is not None and member.is_lead
    if not lead and not await is_staff(transaction, bot, building, message.from_user.id):
        replies.send(t("pair-staff-only"), reply_to=reply)
        return
    building = await session.get(Building, building_id) or building
    words = (command.args or "").split()
    if not words:
        await _list(session, building_id, replies, t, reply)
        return
    if words[0].lower() in OFF_WORDS:
        flat = parse_flat(" ".join(words[1:])) if len(words) > 1 else None
        if flat is None:
            replies.send(_bad_flat(t, words[1:]), reply_to=reply)
            return
        result = await unpair_household(session, building_id=building_id, flat=flat)
        await transaction.commit_step()
        previous = await session.get(Person, result.previous_id) if result.previous_id else None
        replies.send(
            t(f"pair-{result.outcome}", flat=flat, volunteer=mention(previous)), reply_to=reply
        )
        return
    target, flat_words = await _target(session, clock, message, words)
    if target is None:
        named = [w for w in words if w.startswith("@")]
        key = "pair-unknown-user" if named else "pair-usage"
        replies.send(t(key, username=named[0] if named else ""), reply_to=reply)
        return
    flat = parse_flat(" ".join(flat_words)) if flat_words else None
    if flat is None:
        replies.send(_bad_flat(t, flat_words), reply_to=reply)
        return
    result = await pair_household(
        session,
        clock,
        building_id=building_id,
        flat=flat,
        volunteer_id=target.id,
        by=message.from_user.id,
    )
    if result.outcome in (PairOutcome.PAIRED, PairOutcome.MOVED):
        await notifier.pairing.paired(session, building, flat, target.id)
    window = int((await pair_window(session, community)).total_seconds() // 60)
    await transaction.commit_step()
    previous = await session.get(Person, result.previous_id) if result.previous_id else None
    lines = [
        t(
            f"pair-{result.outcome}",
            flat=flat,
            volunteer=mention(target),
            previous=mention(previous),
            minutes=window,
        )
    ]
    if result.outcome in (PairOutcome.PAIRED, PairOutcome.MOVED) and not target.started_bot:
        lines.append(t("pair-not-started", volunteer=mention(target)))
    replies.send("\n".join(lines), reply_to=reply)


def _bad_flat(t: Translator, words: list[str]) -> str:
    text = " ".join(words)
    return t("pair-bad-flat", text=text[:64]) if text else t("pair-usage")


async def _list(
    session: AsyncSession, building_id: int, replies: Replies, t: Translator, reply: int
) -> None:
    pairings = await building_pairings(session, building_id)
    if not pairings:
        replies.send(t("pair-none") + "\n" + t("pair-usage"), reply_to=reply)
        return
    lines = [t("pair-list", count=len(pairings))]
    lines += [
        t.label("pair-list-line", flat=flat, volunteer=Markup(mention(person)))
        for flat, person in pairings
    ]
    replies.send("\n".join(lines), reply_to=reply)


async def _target(
    session: AsyncSession, clock: Clock, message: Message, words: list[str]
) -> tuple[Person | None, list[str]]:
    """The volunteer (@username among the words, else the author of the message replied to),
    and the words left for the flat."""
    named = [w for w in words if w.startswith("@")]
    rest = [w for w in words if not w.startswith("@")]
    if len(named) == 1:
        return await person_by_username(session, named[0]), rest
    replied = message.reply_to_message
    if not named and replied is not None and replied.from_user and not replied.from_user.is_bot:
        user = replied.from_user
        await upsert_person(
            session,
            person_id=user.id,
            username=user.username,
            full_name=user.full_name,
            telegram_language=user.language_code,
            now=clock.now(),
        )
        return await session.get(Person, user.id), rest
    return None, rest


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(pair, Command("pair"), flags={"access": Access.BUILDING})
    return router
