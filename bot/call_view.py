"""The 吹哨 call's group message (a live message redrawn as people sign up), its reminder, and
how a call reads on a volunteer's /today."""

from __future__ import annotations

import html
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.callbacks import CallCallback
from bot.cards import mention
from bot.l10n import L10n, Markup, Translator
from bot.live import LiveContent, post_live, request_refresh
from bot.outbound import queue_send
from domain.calendar_settings import calendar_settings
from domain.calls import (
    CALL_COPY,
    CallPlace,
    CallPress,
    CallStatus,
    TodayCall,
    call_place,
    copy_ids,
    home_in_community,
    record_copies,
)
from domain.clock import Clock
from models.buildings import Building
from models.calls import CallCopy, CallSignup, VolunteerCall, call_signups
from models.outbox import Priority
from models.people import Person

CALL_MESSAGE = "volunteer_call"
"""Live purpose of a call's group message (the sender reports its message id)."""


def when_text(t: Translator, call: VolunteerCall, zone: ZoneInfo) -> str:
    """ "12-06 周日 Sun 07:00–10:00" in the community's time zone."""
    start = call.starts_at.astimezone(zone)
    end = call.ends_at.astimezone(zone)
    weekday = t.label(f"call-weekday-{start.weekday()}")
    until = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%m-%d %H:%M}"
    return f"{start:%m-%d} {weekday} {start:%H:%M}–{until}"


def render_call(
    t: Translator,
    call: VolunteerCall,
    people: Sequence[Person | None],
    zone: ZoneInfo,
    *,
    buildings: Sequence[str | None] = (),
    copy: bool = False,
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The call's text and buttons as it stands; a community-wide call names the community
    and, after each volunteer, their building (`buildings`, in the order of `people`). Its
    `copy` in a building group names nobody and has only the volunteers' buttons."""
    title = html.escape(call.title, quote=False)  # staff's own words
    word = t.label("call-community-word" if call.community else "call-word")
    lines = [f"📣 <b>{word} #{call.id}</b> · {title}"]
    if call.community:
        lines.append(t("call-community-line", community=call.community))
    lines += [
        "🕒 " + when_text(t, call, zone),
        f"👥 {t.label('call-signed-word')} {call.taken}/{call.slots}",
    ]
    if copy:
        lines.append(t("call-copy-note"))
        people = ()
    for i, person in enumerate(people, start=1):
        home = buildings[i - 1] if i <= len(buildings) else None
        where = f" · {html.escape(home, quote=False)}" if home else ""
        lines.append(f"{i}. {mention(person)}{where}")
    if call.status == CallStatus.CLOSED:
        lines.append(t("call-state-closed"))
        return "\n".join(lines), None
    if call.taken >= call.slots:
        lines.append(t("call-state-full"))
    else:
        lines.append(t("call-state-open", left=call.slots - call.taken))
    return "\n".join(lines), _keyboard(t, call, copy=copy)


def _keyboard(t: Translator, call: VolunteerCall, *, copy: bool = False) -> InlineKeyboardMarkup:
    def button(key: str, action: CallPress) -> InlineKeyboardButton:
        data = CallCallback(action=action, call_id=call.id).pack()
        return InlineKeyboardButton(text=t.label(key), callback_data=data)

    rows = [
        [
            button("call-btn-sign-up", CallPress.SIGN_UP),
            button("call-btn-cancel", CallPress.CANCEL),
        ]
    ]
    if not copy:  # staff run the call from the staff group's own message
        rows.append(
            [
                button("call-btn-more", CallPress.MORE),
                button("call-btn-later", CallPress.LATER),
                button("call-btn-close", CallPress.CLOSE),
            ]
        )
    return InlineKeyboardMarkup(inline_keyboard=rows)


async def _drawn(
    session: AsyncSession, l10n: L10n, default_timezone: str, call: VolunteerCall
) -> tuple[CallPlace, str, InlineKeyboardMarkup | None]:
    place = await call_place(session, call)
    assert place is not None  # calls reference their building or staff group
    settings = await calendar_settings(session, place.community, default_timezone)
    signups: list[CallSignup] = await call_signups(session, call.id)
    people = [await session.get(Person, s.person_id) for s in signups]
    homes: list[str | None] = []
    if place.community_wide:
        homes = [await home_in_community(session, s.person_id, place.community) for s in signups]
    t = l10n.translator(place.language)
    text, markup = render_call(t, call, people, settings.zone, buildings=homes)
    return place, text, markup


async def post_call_message(
    session: AsyncSession, clock: Clock, l10n: L10n, default_timezone: str, call: VolunteerCall
) -> None:
    """Post the call's one group message, redrawn in place as people sign up."""
    place, text, markup = await _drawn(session, l10n, default_timezone, call)
    await post_live(
        session,
        purpose=CALL_MESSAGE,
        ref_id=call.id,
        chat_id=place.chat_id,
        text=text,
        reply_markup=markup,
        now=clock.now(),
        priority=Priority.INTERACTIVE,
    )


async def post_call_copies(
    session: AsyncSession, clock: Clock, l10n: L10n, default_timezone: str, call: VolunteerCall
) -> int:
    """A community-wide call's short copy, with the sign-up buttons, in each of the
    community's building groups (a live message each, in the group's language); how many."""
    copies = await record_copies(session, call)
    if not copies:
        return 0
    assert call.community is not None
    zone = (await calendar_settings(session, call.community, default_timezone)).zone
    for copy_id, building in copies:
        t = l10n.translator(building.language)
        text, markup = render_call(t, call, [], zone, copy=True)
        await post_live(
            session,
            purpose=CALL_COPY,
            ref_id=copy_id,
            chat_id=building.chat_id,
            text=text,
            reply_markup=markup,
            now=clock.now(),
            priority=Priority.INTERACTIVE,
        )
    return len(copies)


async def refresh_call(session: AsyncSession, call_id: int) -> None:
    """Ask for the call's message, and its copies in building groups, to be redrawn
    (coalesced, drawn when sent). Call it last before the commit: it holds the live messages'
    rows until then."""
    await request_refresh(session, purpose=CALL_MESSAGE, ref_id=call_id)
    for copy_id in await copy_ids(session, call_id):
        await request_refresh(session, purpose=CALL_COPY, ref_id=copy_id)


class CallRenderer:
    """Draws a call for the sender, at the moment its edit goes out."""

    def __init__(self, l10n: L10n, default_timezone: str) -> None:
        self._l10n = l10n
        self._timezone = default_timezone

    async def __call__(self, session: AsyncSession, call_id: int) -> LiveContent:
        call = await session.get(VolunteerCall, call_id, populate_existing=True)
        assert call is not None  # live messages are posted for existing calls
        _, text, markup = await _drawn(session, self._l10n, self._timezone, call)
        return LiveContent(text, markup)


class CallCopyRenderer:
    """Draws a community-wide call's copy in a building group, at the moment its edit goes
    out (ref_id: the CallCopy's id)."""

    def __init__(self, l10n: L10n, default_timezone: str) -> None:
        self._l10n = l10n
        self._timezone = default_timezone

    async def __call__(self, session: AsyncSession, copy_id: int) -> LiveContent:
        copy = await session.get(CallCopy, copy_id)
        assert copy is not None  # live messages are posted for existing copies
        call = await session.get(VolunteerCall, copy.call_id, populate_existing=True)
        building = await session.get(Building, copy.building_id)
        assert call is not None and building is not None and call.community is not None
        zone = (await calendar_settings(session, call.community, self._timezone)).zone
        t = self._l10n.translator(building.language)
        text, markup = render_call(t, call, [], zone, copy=True)
        return LiveContent(text, markup)


class CallReminders:
    """The reminder an hour before a call, in the volunteer's own language (private)."""

    def __init__(self, l10n: L10n, default_language: str, default_timezone: str) -> None:
        self._l10n = l10n
        self._language = default_language
        self._timezone = default_timezone

    async def remind(
        self, session: AsyncSession, clock: Clock, call: VolunteerCall, person_id: int
    ) -> bool:
        """Queue the reminder; False if the person never started the bot (Telegram refuses)."""
        person = await session.get(Person, person_id)
        place = await call_place(session, call)
        if person is None or not person.started_bot or place is None:
            return False
        lang = self._l10n.person_language(person.language, person.telegram_language, self._language)
        t = self._l10n.translator(lang)
        settings = await calendar_settings(session, place.community, self._timezone)
        text = t(
            "call-reminder",
            number=call.id,
            title=call.title,
            building=place.name,
            when=Markup(html.escape(when_text(t, call, settings.zone), quote=False)),
        )
        queue_send(session, chat_id=person_id, text=text, now=clock.now())
        return True


def render_calls_today(t: Translator, calls: list[TodayCall]) -> list[str]:
    """The /today lines for the calls a volunteer signed up for (none: no lines)."""
    if not calls:
        return []
    lines = [t("call-today-header", count=len(calls))]
    for item in calls:
        when = when_text(t, item.call, ZoneInfo(item.zone))
        building = item.place
        lines.append(
            t(
                "call-today-line",
                number=item.call.id,
                title=item.call.title,
                when=when,
                building=building,
            )
        )
    return lines
