"""Emergencies in the building group: /sos, and staff's /incidents, /chain and /note."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.doubt_notices import question_of
from bot.incident_views import chain_text, render_chain, render_open_incidents
from bot.l10n import L10n, Translator
from bot.notifier import TelegramNotifier
from bot.outbound import queue_edit_markup
from bot.quoting import quoted_text
from bot.replies import Replies
from bot.settings import Settings
from bot.transaction import UpdateTransaction
from domain.chain_format import ChainFormatError, parse_chain
from domain.chain_setup import save_chain
from domain.clock import Clock
from domain.first_aid import first_aid_hint
from domain.flats import parse_flat
from domain.incident_climb import community_stages
from domain.incidents import Source, report_emergency
from domain.members import registered_flat, set_household_note
from domain.raising import Raised, RaiseOutcome, confirm_doubt, raise_for_message
from domain.understanding import understand
from handlers.group.access import Access
from models.buildings import Building
from models.outbox import Priority
from models.people import Person


async def sos(
    message: Message,
    command: CommandObject,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building | None,
    person: Person,
    notifier: TelegramNotifier,
    replies: Replies,
    t: Translator,
    l10n: L10n,
) -> None:
    """/sos [what happened]: call the chain now, whatever the words; as a reply: that message."""
    if building is None or not building.is_set_up:
        replies.send(t("sos-nobody"), reply_to=message.message_id, priority=Priority.EMERGENCY)
        return
    replied = message.reply_to_message
    extra = (command.args or "").strip()
    if replied is not None and replied.from_user and replied.from_user.is_bot:
        # our in-doubt question ("need urgent help?"): as its button, about the message it asks
        ours = replied.from_user.id == bot.id
        question_id = await question_of(session, message.chat.id, replied) if ours else None
        if question_id is not None:
            raised = await confirm_doubt(
                session,
                clock,
                notifier,
                question_id=question_id,
                chat_id=message.chat.id,
                building=building,
                stored=transaction.commit_step,  # the emergency is stored before anything else
                source=Source.SOS,
                extra=extra,
            )
            if raised.outcome is not RaiseOutcome.GONE:
                if replied.reply_markup is not None:  # done its work, as when the button is pressed
                    queue_edit_markup(
                        session,
                        chat_id=message.chat.id,
                        message_id=replied.message_id,
                        reply_markup=None,
                        now=clock.now(),
                    )
                await transaction.commit_step()
                _say_if_already(raised, message, replies, t)
                return
    elif replied is not None:
        # a neighbour's or a relative's words (or voice, photo, place): quoted, with their flat
        quoted = quoted_text(replied, l10n)
        raised = await raise_for_message(
            session,
            clock,
            notifier,
            building=building,
            reporter_id=person.id,
            author_id=replied.from_user.id if replied.from_user else None,
            quoted=f"{quoted}\n/sos {extra}" if extra else quoted,
            chat_id=message.chat.id,
            message_id=message.message_id,
            quoted_id=replied.message_id,
            stored=transaction.commit_step,  # the emergency is stored before anything can fail
        )
        await transaction.commit_step()
        _say_if_already(raised, message, replies, t)
        return
    text = extra or "/sos"
    await report_emergency(
        session,
        clock,
        notifier,
        building=building,
        reporter_id=person.id,
        text=text,
        source=Source.SOS,
        chat_id=message.chat.id,
        message_id=message.message_id,
        flat=await registered_flat(session, building.id, person.id),
        hint=first_aid_hint(understand(text).families),
        stored=transaction.commit_step,  # the emergency is stored before anything else can fail
    )


def _say_if_already(raised: Raised, message: Message, replies: Replies, t: Translator) -> None:
    """A message already raised (by its words, its question's button, an earlier /sos)."""
    if raised.outcome is RaiseOutcome.ALREADY_OPEN and raised.incident is not None:
        status = t(f"incident-status-{raised.incident.status}")
        already = t("cb-raise-already", number=raised.incident.id, status=status)
        replies.send(already, reply_to=message.message_id, priority=Priority.EMERGENCY)


async def open_incidents(
    message: Message,
    session: AsyncSession,
    building: Building,
    settings: Settings,
    replies: Replies,
    t: Translator,
) -> None:
    """Staff: the building's incidents not yet resolved."""
    text = await render_open_incidents(session, t, building, ZoneInfo(settings.timezone))
    replies.send(text, reply_to=message.message_id)


async def chain(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    transaction: UpdateTransaction,
    building: Building,
    notifier: TelegramNotifier,
    replies: Replies,
    t: Translator,
    l10n: L10n,
) -> None:
    """Staff: /chain shows the community's chain; /chain followed by lines replaces it."""
    if command.args:
        try:
            specs = [
                replace(spec, name=l10n.level_key(spec.name)) for spec in parse_chain(command.args)
            ]
        except ChainFormatError as exc:
            problem = t(f"chain-error-{exc.problem}", line=exc.line, value=exc.value)
            replies.send(t("chain-bad", error=problem), reply_to=message.message_id)
            return
        saved = await save_chain(session, building.community, specs)
        if saved.unknown:
            replies.send(
                t("chain-unknown", usernames=", ".join(saved.unknown)), reply_to=message.message_id
            )
            return
        await transaction.commit_step()  # the new chain is saved before it is shown
    plan = await community_stages(session, building.community)
    text = chain_text(t, plan)
    missing = sorted(
        {
            level.webhook
            for stage in plan
            for level in stage.levels
            if level.webhook and not notifier.has_webhook(level.webhook)
        }
    )
    shown = await render_chain(session, t, building, plan, text, missing)
    replies.send(shown, reply_to=message.message_id)


async def household_note(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building,
    replies: Replies,
    t: Translator,
) -> None:
    """Staff: /note 3-2-501 独居老人 心脏病 — the ledger note shown on that household's alerts."""
    assert message.from_user is not None
    flat_text, _, note = (command.args or "").strip().partition(" ")
    flat = parse_flat(flat_text) if flat_text else None
    if flat is None:
        replies.send(t("note-usage"), reply_to=message.message_id)
        return
    await set_household_note(
        session,
        clock,
        building_id=building.id,
        flat=flat,
        note=note.strip()[:500],
        by=message.from_user.id,
    )
    await transaction.commit_step()

    replies.send(t("note-saved", flat=flat, note=note.strip() or "—"), reply_to=message.message_id)


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(sos, Command("sos"))
    router.message.register(open_incidents, Command("incidents"), flags={"access": Access.STAFF})
    router.message.register(chain, Command("chain"), flags={"access": Access.STAFF})
    router.message.register(household_note, Command("note"), flags={"access": Access.STAFF})
    return router
