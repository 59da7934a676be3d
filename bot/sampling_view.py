"""The sampling list as the group sees it, and the ONE place it is redrawn after a tick."""

from __future__ import annotations

import html
from datetime import datetime

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import SamplingCallback, SamplingTick
from bot.l10n import L10n, Mode
from bot.live import LiveContent, post_live, request_refresh
from domain.calendar_settings import calendar_settings
from models.buildings import Building
from models.households import Household
from models.outbox import Priority
from models.sampling import (
    SamplingEntry,
    SamplingPage,
    SamplingRound,
    page_entries,
    round_entries,
    round_pages,
)

SAMPLING_PAGE = "sampling_page"
"""Outbox purpose of a list message; its ref_id is the SamplingPage, whose message_id the sender
records (models.sampling.attach_page)."""
BUTTONS_PER_ROW = 3


class SamplingView:
    """Draws one message (page) of a sampling round from the database, in the group's language."""

    def __init__(self, l10n: L10n, default_timezone: str) -> None:
        self._l10n = l10n
        self._default_timezone = default_timezone  # for communities that set no zone

    async def render(
        self, session: AsyncSession, page_id: int
    ) -> tuple[str, InlineKeyboardMarkup | None]:
        """Text (Telegram HTML) and one tick button per household (a live-message renderer)."""
        page = await session.get(SamplingPage, page_id)
        assert page is not None
        round_ = await session.get(SamplingRound, page.round_id)
        assert round_ is not None
        building = await session.get(Building, round_.building_id)
        assert building is not None
        t = self._l10n.translator(await self._mode(session, building, round_.id))
        zone = (await calendar_settings(session, building.community, self._default_timezone)).zone
        pages = len(await round_pages(session, round_.id))
        entries = await page_entries(session, page.id)
        done = sum(1 for entry in entries if entry.sampled_at is not None)
        lines = [
            t(
                "sampling-list-title",
                date=round_.day.isoformat(),
                window=round_.window,
                count=len(await round_entries(session, round_.id)),
            )
        ]
        if pages > 1:
            lines.append(t.label("sampling-list-page", page=page.page + 1, pages=pages))
        lines.append("")
        for entry in entries:
            mark = "✅" if entry.sampled_at is not None else "⬜"
            day = t.label("sampling-day", day=entry.quarantine_day)
            when = ""
            if entry.sampled_at is not None:
                when = " · " + entry.sampled_at.astimezone(zone).strftime("%H:%M")
            lines.append(f"{mark} <b>{html.escape(entry.flat, quote=False)}</b> · {day}{when}")
        lines.append("")
        lines.append(t.label("sampling-progress", done=done, total=len(entries)))
        if round_.closed_at is not None:
            lines.append(t("sampling-list-closed"))
        else:
            lines.append(t("sampling-list-hint"))
        buttons = [
            InlineKeyboardButton(
                text=f"{'✅' if entry.sampled_at else '⬜'} {entry.flat}",
                callback_data=SamplingCallback(
                    action=SamplingTick.UNTICK if entry.sampled_at else SamplingTick.TICK,
                    entry_id=entry.id,
                ).pack(),
            )
            for entry in entries
        ]
        rows = [buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]
        return "\n".join(lines), InlineKeyboardMarkup(inline_keyboard=rows) if rows else None

    async def _mode(self, session: AsyncSession, building: Building, round_id: int) -> Mode:
        """The group's mode, plus the language of any household on the list that reads another
        (as the roll call's)."""
        stmt = (
            select(Household.language)
            .join(SamplingEntry, SamplingEntry.household_id == Household.id)
            .where(SamplingEntry.round_id == round_id, Household.language.is_not(None))
        )
        return self._l10n.reminder_mode(building.language, (await session.scalars(stmt)).all())


async def post_sampling_page(
    session: AsyncSession,
    view: SamplingView,
    page_id: int,
    *,
    chat_id: int,
    now: datetime,
) -> None:
    """Post a page of the list as a live message (the sender records its message id)."""
    text, markup = await view.render(session, page_id)
    await post_live(
        session,
        purpose=SAMPLING_PAGE,
        ref_id=page_id,
        chat_id=chat_id,
        text=text,
        reply_markup=markup,
        now=now,
        priority=Priority.REMINDER,
    )


async def refresh_sampling(session: AsyncSession, page_id: int) -> None:
    """Ask for a list page to be redrawn after a tick (coalesced live edits, drawn when sent;
    one asked before the first send waits for it). Call it last before the commit."""
    await request_refresh(session, purpose=SAMPLING_PAGE, ref_id=page_id)


class SamplingRenderer:
    """Draws a list page for the sender, at the moment its edit goes out."""

    def __init__(self, view: SamplingView) -> None:
        self._view = view

    async def __call__(self, session: AsyncSession, page_id: int) -> LiveContent:
        text, markup = await self._view.render(session, page_id)
        return LiveContent(text, markup)
