"""The roll call's group message: how it reads, and the one adapter that redraws it."""

from __future__ import annotations

import html
from collections.abc import Callable

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import RollCallCallback
from bot.l10n import L10n, Mode, Translator
from bot.live import LiveContent, post_live, request_refresh
from domain.clock import Clock
from domain.rollcall import RollCallPress, rollcall_sent
from models.buildings import Building
from models.households import Household
from models.outbox import Priority
from models.rollcalls import RollCall, RollCallEntry, rollcall_entries

ROLLCALL_MESSAGE = "rollcall"
"""Outbox purpose of the roll call's group message (the sender reports its message id)."""
WELFARE_PROMPT = "welfare_prompt"
"""Outbox purpose of the private "what did you find?" (the sender reports its message id)."""


def entry_line(t: Translator, entry: RollCallEntry) -> str:
    """One household: its flat, "—" until it reports, then the reading (fever marked)."""
    flat = html.escape(entry.flat, quote=False)  # the ledger's text, imported from files
    if entry.celsius is None:
        return f"{flat}  —"
    line = f"{flat}  {entry.celsius:.1f}°C"
    if entry.fever:
        line += " 🔴 " + t.label("rollcall-fever")
    if entry.reports > 1:  # reported again: the latest reading is the one shown
        line += " (" + t.label("rollcall-updated") + ")"
    return line


MAX_TEXT = 4000
"""Telegram refuses texts over 4096 characters; a margin for entities counted differently."""


def _fit(head: str, rows: list[str], tail: str, more: Callable[[int], str]) -> str:
    """The text with as many rows as fit, and how many were left out."""
    text = "\n".join([head, "", *rows, "", tail])
    if len(text) <= MAX_TEXT:
        return text
    kept: list[str] = []
    budget = MAX_TEXT - len(head) - len(tail) - 200  # room for the "… more" line
    for row in rows:
        if len(row) + 1 > budget:
            break
        kept.append(row)
        budget -= len(row) + 1
    return "\n".join([head, "", *kept, more(len(rows) - len(kept)), "", tail])


def render_rollcall(
    t: Translator, building: Building, rollcall: RollCall, entries: list[RollCallEntry]
) -> tuple[str, InlineKeyboardMarkup]:
    """The roll call's text and its button (within Telegram's length limit)."""
    reported = sum(1 for entry in entries if entry.celsius is not None)
    head = t(
        "rollcall-header",
        building=building.name or building.chat_title,
        date=f"{rollcall.day:%m-%d}",
        time=rollcall.local_time,
    )
    tail = t("rollcall-count", reported=reported, total=len(entries))
    rows = [entry_line(t, entry) for entry in entries]
    if len("\n".join([head, "", *rows, "", tail])) > MAX_TEXT:
        # too long for one message: the silent first, so only reported ones are left out
        ordered = sorted(entries, key=lambda entry: entry.celsius is not None)
        rows = [entry_line(t, entry) for entry in ordered]
    text = _fit(head, rows, tail, lambda left: t.label("rollcall-more", rows=left))
    data = RollCallCallback(action=RollCallPress.REPORT, ref_id=rollcall.id).pack()
    button = InlineKeyboardButton(text="🌡️ " + t.label("rollcall-btn-report"), callback_data=data)
    return text, InlineKeyboardMarkup(inline_keyboard=[[button]])


async def rollcall_mode(
    session: AsyncSession, l10n: L10n, building: Building, rollcall: RollCall
) -> Mode:
    """The group's language mode, plus the language of any household due that reads another."""
    stmt = (
        select(Household.language)
        .join(RollCallEntry, RollCallEntry.household_id == Household.id)
        .where(RollCallEntry.rollcall_id == rollcall.id, Household.language.is_not(None))
    )
    return l10n.reminder_mode(building.language, (await session.scalars(stmt)).all())


async def _drawn(
    session: AsyncSession, l10n: L10n, rollcall: RollCall
) -> tuple[Building, str, InlineKeyboardMarkup]:
    building = await session.get(Building, rollcall.building_id)
    assert building is not None  # roll calls reference buildings
    t = l10n.translator(await rollcall_mode(session, l10n, building, rollcall))
    entries = await rollcall_entries(session, rollcall.id)
    text, markup = render_rollcall(t, building, rollcall, entries)
    return building, text, markup


async def post_rollcall(
    session: AsyncSession, clock: Clock, l10n: L10n, rollcall: RollCall
) -> None:
    """Post the roll call's one group message, a live message redrawn as readings arrive."""
    building, text, markup = await _drawn(session, l10n, rollcall)
    await post_live(
        session,
        purpose=ROLLCALL_MESSAGE,
        ref_id=rollcall.id,
        chat_id=building.chat_id,
        text=text,
        reply_markup=markup,
        now=clock.now(),
        priority=Priority.REMINDER,
    )


async def refresh_rollcall(session: AsyncSession, rollcall_id: int) -> None:
    """Ask for the roll call to be redrawn (coalesced: at most one edit every few seconds,
    drawn when sent; one asked before the first send waits for it). Call it last before the
    commit: it holds the live message's row until then."""
    await request_refresh(session, purpose=ROLLCALL_MESSAGE, ref_id=rollcall_id)


class RollCallRenderer:
    """Draws the roll call for the sender, at the moment its edit goes out."""

    def __init__(self, l10n: L10n) -> None:
        self._l10n = l10n

    async def __call__(self, session: AsyncSession, rollcall_id: int) -> LiveContent:
        rollcall = await session.get(RollCall, rollcall_id, populate_existing=True)
        assert rollcall is not None  # live messages are posted for existing roll calls
        _, text, markup = await _drawn(session, self._l10n, rollcall)
        return LiveContent(text, markup)


async def rollcall_message_sent(session: AsyncSession, rollcall_id: int, message_id: int) -> None:
    """The sender's hook once Telegram took the roll call: replies and presses name it."""
    await rollcall_sent(session, rollcall_id, message_id)
