"""/quarantine and /household: staff keep the building's quarantine registry and ledger.

Staff (or group admins) register, correct, extend and end quarantines and edit households; any
resident may send /quarantine to see their own household's day, staff see the whole building.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Markup, Translator
from bot.permissions import is_staff
from bot.quarantine_views import household_text, kind_label, quarantine_list, short_date
from bot.replies import Replies
from bot.settings import Settings
from bot.transaction import UpdateTransaction
from domain.calendar_settings import community_today
from domain.clock import Clock
from domain.flats import parse_flat
from domain.household_columns import column_for
from domain.household_ledger import update_household
from domain.ledger_terms import (
    DEFAULT_TYPE,
    MAX_DAYS,
    LedgerValueError,
    QuarantineType,
    looks_like_date,
    needs_column,
    parse_date,
    parse_quarantine_type,
)
from domain.members import registered_flat
from domain.quarantine_registry import (
    Change,
    Outcome,
    building_quarantines,
    end_quarantine,
    extend_quarantine,
    household_standing,
    register_quarantine,
)
from handlers.group.access import Access
from models.buildings import Building
from models.households import household_by_flat

END_WORDS = ("end", "结束", "解除", "解封")
EXTEND_WORDS = ("extend", "延长", "延期")
HOUSEHOLD_FIELDS = ("people", "language", "phone", "needs", "note")


def _value_problem(t: Translator, exc: LedgerValueError) -> str:
    return t(
        "quarantine-bad-value",
        field=Markup(t.label(f"quarantine-field-{exc.field}")),
        value=exc.value[:64],
    )


async def quarantine(
    message: Message,
    command: CommandObject,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building,
    settings: Settings,
    replies: Replies,
    t: Translator,
) -> None:
    """/quarantine [3-2-501 [start] [type] | end 3-2-501 | extend 3-2-501 N]."""
    assert message.from_user is not None
    user_id = message.from_user.id
    words = (command.args or "").split()
    reply = message.message_id
    chat_building = building.id  # read before is_staff may end the update's reads
    staff = await is_staff(transaction, bot, building, user_id)
    today = await community_today(session, clock, building.community, settings.timezone)
    if not words or (not staff and len(words) == 1 and parse_flat(words[0]) is not None):
        await _show(session, t, replies, reply, chat_building, user_id, staff, today, words)
        return
    if not staff:
        replies.send(t("staff-only"), reply_to=reply)
        return
    action = words[0].lower()
    if action in END_WORDS or action in EXTEND_WORDS:
        flat = parse_flat(words[1]) if len(words) > 1 else None
        if flat is None:
            replies.send(t("quarantine-usage"), reply_to=reply)
            return
        if action in END_WORDS:
            change = await end_quarantine(
                session, clock, building_id=chat_building, flat=flat, today=today, by=user_id
            )
        else:
            extra = words[2] if len(words) > 2 else ""
            if not (extra.isascii() and extra.isdigit() and 1 <= int(extra) <= MAX_DAYS):
                replies.send(t("quarantine-bad-extend", value=extra[:16] or "—"), reply_to=reply)
                return
            change = await extend_quarantine(
                session,
                clock,
                building_id=chat_building,
                flat=flat,
                days=int(extra),
                today=today,
                by=user_id,
            )
        await transaction.commit_step()
        replies.send(_change_text(t, flat, change, today), reply_to=reply)
        return
    flat = parse_flat(words[0])
    if flat is None:
        replies.send(t("quarantine-usage"), reply_to=reply)
        return
    rest = words[1:]
    if not rest:  # a household already in quarantine is shown, not silently restarted today
        current = await household_standing(session, chat_building, flat, today)
        if current is not None:
            replies.send(
                _change_text(t, flat, Change(Outcome.UNCHANGED, current), today), reply_to=reply
            )
            return
    try:
        dates = [w for w in rest if looks_like_date(w)]
        if len(dates) > 1:
            raise LedgerValueError("date", " ".join(dates))
        start = parse_date(dates[0], today) if dates else today
        type_words = " ".join(w for w in rest if w not in dates)
        kind = parse_quarantine_type(type_words) if type_words else DEFAULT_TYPE
    except LedgerValueError as exc:
        replies.send(_value_problem(t, exc), reply_to=reply)
        return
    current = await household_standing(session, chat_building, flat, today)
    if current is not None:  # a correction of only the start or only the type keeps the other
        if not dates:
            start = current.start_date
        if not type_words:
            kind = QuarantineType(current.kind, current.days)
    change = await register_quarantine(
        session,
        clock,
        building_id=chat_building,
        flat=flat,
        start=start,
        kind=kind,
        today=today,
        by=user_id,
    )
    await transaction.commit_step()
    replies.send(_change_text(t, flat, change, today), reply_to=reply)


async def _show(
    session: AsyncSession,
    t: Translator,
    replies: Replies,
    reply: int,
    building_id: int,
    user_id: int,
    staff: bool,
    today: date,
    words: list[str],
) -> None:
    """Staff see the building's list; a resident sees their own household only."""
    if staff:
        for text in quarantine_list(
            t, await building_quarantines(session, building_id, today), today
        ):
            replies.send(text, reply_to=reply)
        return
    own = await registered_flat(session, building_id, user_id)
    asked = parse_flat(words[0]) if words else own
    if own is None:
        replies.send(t("quarantine-register-first"), reply_to=reply)
        return
    if asked != own:
        replies.send(t("quarantine-own-only", flat=own), reply_to=reply)
        return
    current = await household_standing(session, building_id, own, today)
    if current is None:
        replies.send(t("quarantine-not-in", flat=own), reply_to=reply)
        return
    replies.send(_change_text(t, own, Change(Outcome.UNCHANGED, current), today), reply_to=reply)


def _change_text(t: Translator, flat: str, change: Change, today: date) -> str:
    """What happened, with the household's day and last day where it has them."""
    item = change.standing
    if item is None:
        ends = (change.detail or {}).get("last_day", "")
        return t(f"quarantine-{change.outcome}", flat=flat, max=MAX_DAYS, end=ends)
    return t(
        f"quarantine-{change.outcome}",
        flat=flat,
        kind=Markup(kind_label(t, item.kind, item.days)),
        start=short_date(item.start_date, today),
        end=short_date(item.last_day, today),
        day=item.day,
        days=item.days,
        status=Markup(
            t.label("quarantine-today-day", day=item.day)
            if item.day >= 1
            else t.label("quarantine-not-started")
        ),
        added=_days_added(change),
    )


def _days_added(change: Change) -> int:
    before, after = (change.detail or {}).get("days", [0, 0])
    return int(after or 0) - int(before or 0)


async def household(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building,
    settings: Settings,
    replies: Replies,
    t: Translator,
) -> None:
    """/household 3-2-501 [people=3 phone=… lang=en needs=elderly,living_alone note=…]."""
    assert message.from_user is not None
    reply = message.message_id
    words = (command.args or "").split()
    flat = parse_flat(words[0]) if words else None
    if flat is None:
        replies.send(t("household-usage"), reply_to=reply)
        return
    try:
        values = _household_values(words[1:])
    except LedgerValueError as exc:
        replies.send(_value_problem(t, exc), reply_to=reply)
        return
    today = await community_today(session, clock, building.community, settings.timezone)
    if values:
        await update_household(
            session,
            clock,
            building_id=building.id,
            flat=flat,
            values=values,
            by=message.from_user.id,
        )
        await transaction.commit_step()
    record = await household_by_flat(session, building.id, flat)
    if record is None:
        replies.send(t("household-unknown", flat=flat), reply_to=reply)
        return
    current = await household_standing(session, building.id, flat, today)
    key = "household-saved" if values else None
    text = household_text(t, record, current, today)
    replies.send(f"{t(key, flat=flat)}\n{text}" if key else text, reply_to=reply)


def _household_values(words: list[str]) -> dict[str, Any]:
    """key=value pairs (a value may run over several words) as ledger columns' values."""
    pairs: list[list[str]] = []
    for word in words:
        key, sep, value = word.replace("＝", "=").partition("=")
        if sep:
            pairs.append([key, value])
        elif pairs:
            pairs[-1][1] += " " + word
        else:
            raise LedgerValueError("field", word)
    values: dict[str, Any] = {}
    for key, value in pairs:
        column = column_for(key)
        if column is None or column.key not in HOUSEHOLD_FIELDS:
            raise LedgerValueError("field", key)
        value = value.strip()
        if column.key == "needs":
            values["needs"] = needs_column(column.parse(value, date.min) if value else ())
        elif not value or value in ("-", "—"):
            values[column.key] = None  # an empty value clears the field
        else:
            values[column.key] = column.parse(value, date.min)
    return values


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(quarantine, Command("quarantine"), flags={"access": Access.BUILDING})
    router.message.register(household, Command("household"), flags={"access": Access.STAFF})
    return router
