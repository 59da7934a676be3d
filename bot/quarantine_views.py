"""Texts for /quarantine, /household and /settings: standings, ledger records, settings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from bot.l10n import Markup, Translator
from domain.calendar_settings import CalendarSettings, format_clock
from domain.follow_up_settings import FollowUpSettings
from domain.ledger_terms import format_needs
from domain.quarantine_registry import Standing
from models.households import Household, QuarantineKind

MAX_TEXT = 4000
"""Telegram refuses messages over 4096 characters; a long list goes as several messages."""


def short_date(value: date, today: date) -> str:
    """12-03 within this year, 2027-01-02 otherwise (staff read the day, not the year)."""
    return value.strftime("%m-%d") if value.year == today.year else value.isoformat()


def kind_label(t: Translator, kind: QuarantineKind, days: int) -> str:
    """居家隔离 14天 / home quarantine, 14 days."""
    return t.label(f"quarantine-kind-{kind}", days=days)


def standing_line(t: Translator, item: Standing, today: date) -> str:
    """One household in the list: its day number (or when it starts) and its last day."""
    common = {
        "flat": item.flat,
        "kind": Markup(kind_label(t, item.kind, item.days)),
        "end": short_date(item.last_day, today),
        "days": item.days,
    }
    if item.day < 1:
        return t.label("quarantine-line-future", start=short_date(item.start_date, today), **common)
    return t.label("quarantine-line", day=item.day, **common)


def chunked(lines: Iterable[str], limit: int = MAX_TEXT) -> list[str]:
    """Lines joined into as few messages as fit Telegram's length limit."""
    messages: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        if current and size + len(line) + 1 > limit:
            messages.append("\n".join(current))
            current, size = [], 0
        current.append(line[:limit])
        size += len(line) + 1
    if current:
        messages.append("\n".join(current))
    return messages


def quarantine_list(t: Translator, items: list[Standing], today: date) -> list[str]:
    """The building's households in quarantine, one line each, as one or more messages."""
    if not items:
        return [t("quarantine-list-empty")]
    head = t("quarantine-list-header", count=len(items), today=today.isoformat())
    return chunked([head, *(standing_line(t, item, today) for item in items)])


def household_text(
    t: Translator, household: Household, standing: Standing | None, today: date
) -> str:
    """A household's ledger record as /household shows it."""
    lang = t.primary
    none = t.label("household-none")
    quarantine = Markup(standing_line(t, standing, today)) if standing is not None else Markup(none)
    return t(
        "household-show",
        flat=household.flat,
        people=str(household.people) if household.people else Markup(none),
        language=household.language or Markup(none),
        phone=household.phone or Markup(none),
        needs=format_needs(household.need_set, lang) or Markup(none),
        note=household.note or Markup(none),
        quarantine=quarantine,
    )


def settings_text(t: Translator, settings: CalendarSettings) -> str:
    """Every calendar setting of the community, with the commands that change them."""
    start, end = settings.sampling_window
    return (
        t(
            "settings-show",
            timezone=settings.timezone,
            days=" ".join(str(d) for d in settings.sampling_days),
            window=f"{format_clock(start)}-{format_clock(end)}",
            notice=format_clock(settings.sampling_notice),
            rollcall=" ".join(format_clock(c) for c in settings.rollcall_times),
            grace=int(settings.grace.total_seconds() // 60),
            summary=format_clock(settings.summary_time),
        )
        + "\n"
        + t("settings-photo-show", mode=t.label(f"settings-photo-{settings.delivery_photo}"))
        + "\n"
        + t(
            "settings-pairing-show",
            window=int(settings.pair_window.total_seconds() // 60),
            rubbish=format_clock(settings.rubbish_time),
            disinfect=format_clock(settings.disinfect_time),
        )
    )


def follow_up_text(t: Translator, settings: FollowUpSettings) -> str:
    """The order follow-up times of the community, with the commands that change them."""

    def minutes(value: timedelta) -> int:
        return int(value.total_seconds() // 60)

    return t(
        "settings-follow-up-show",
        unclaimed=minutes(settings.unclaimed),
        undelivered=minutes(settings.undelivered),
        answer=minutes(settings.answer),
        urgent_unclaimed=minutes(settings.urgent_unclaimed),
        urgent_undelivered=minutes(settings.urgent_undelivered),
    )


def sampling_text(t: Translator, settings: CalendarSettings) -> str:
    """The sampling settings as /sampling shows them."""
    start, end = settings.sampling_window
    return t(
        "settings-sampling-show",
        days=" ".join(str(d) for d in settings.sampling_days),
        window=f"{format_clock(start)}-{format_clock(end)}",
        notice=format_clock(settings.sampling_notice),
    )


def rollcall_text(t: Translator, settings: CalendarSettings) -> str:
    """The roll-call times as /rollcall shows them."""
    return t(
        "settings-rollcall-show",
        times=" ".join(format_clock(c) for c in settings.rollcall_times),
        grace=int(settings.grace.total_seconds() // 60),
    )
