"""/settings, /sampling and /rollcall: the community's quarantine-calendar settings.

Anyone in the building may look at the sampling days and roll-call times; only staff (or group
admins) change them, and /settings is staff's alone. A change is for the whole community.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import Markup, Translator
from bot.permissions import is_staff
from bot.quarantine_views import follow_up_text, rollcall_text, sampling_text, settings_text
from bot.replies import Replies
from bot.settings import Settings
from bot.transaction import UpdateTransaction
from domain.calendar_settings import CalendarSettings, SettingValueError, calendar_settings
from domain.clock import Clock
from domain.follow_up_settings import follow_up_settings
from domain.settings_store import Setting, parse_setting, save_settings, setting_named
from handlers.group.access import Access
from models.buildings import Building

SAMPLING_SETTINGS = (Setting.SAMPLING_DAYS, Setting.SAMPLING_WINDOW, Setting.SAMPLING_NOTICE)


async def _show_settings(
    message: Message,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    community: str,
    settings: Settings,
    replies: Replies,
    t: Translator,
    view: Callable[[Translator, CalendarSettings], str],
    change: tuple[Setting, str] | None = None,
    more: Callable[[], Awaitable[str]] | None = None,
) -> None:
    """Reply with `view` of the community's settings, after storing `change` (a setting and its
    value as typed) if there is one; or say why that value cannot be read."""
    assert message.from_user is not None
    reply = message.message_id
    if change is not None:
        setting, value_text = change
        try:
            value = parse_setting(setting, value_text)
        except SettingValueError:
            problem = t(
                "settings-bad-value",
                name=Markup(t.label(f"settings-name-{setting}")),
                value=value_text[:64] or "—",
                hint=Markup(t.label(f"settings-hint-{setting}")),
            )
            replies.send(problem, reply_to=reply)
            return
        by = message.from_user.id
        await save_settings(session, clock, community=community, values={setting: value}, by=by)
        await transaction.commit_step()
    text = view(t, await calendar_settings(session, community, settings.timezone))
    if more is not None:  # read after the change, so it shows what is stored now
        text += "\n" + await more()
    replies.send(f"{t('settings-saved')}\n{text}" if change else text, reply_to=reply)


async def settings_command(
    message: Message,
    command: CommandObject,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    community: str,
    settings: Settings,
    replies: Replies,
    t: Translator,
) -> None:
    """/settings, or /settings <name> <value> (timezone, grace, summary, days, window, …)."""
    name, _, value = (command.args or "").strip().partition(" ")
    change = None
    if name:
        setting = setting_named(name)
        if setting is None or not value.strip():
            replies.send(t("settings-usage"), reply_to=message.message_id)
            return
        change = (setting, value)

    async def follow_ups() -> str:
        return follow_up_text(t, await follow_up_settings(session, community))

    await _show_settings(
        message,
        session,
        transaction,
        clock,
        community,
        settings,
        replies,
        t,
        settings_text,
        change,
        follow_ups,
    )


async def show_or_change_settings(
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
    """/settings in the building group: the building's community's settings."""
    await settings_command(
        message,
        command,
        session,
        transaction,
        clock,
        building.community,
        settings,
        replies,
        t,
    )


async def sampling(
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
    """/sampling shows the days, window and notice time; staff: /sampling days|window|notice …"""
    assert message.from_user is not None
    reply = message.message_id
    community = building.community
    name, _, value = (command.args or "").strip().partition(" ")
    change = None
    if name:
        setting = setting_named(name)
        if setting is None or setting not in SAMPLING_SETTINGS or not value.strip():
            replies.send(t("settings-sampling-usage"), reply_to=reply)
            return
        if not await is_staff(transaction, bot, building, message.from_user.id):
            replies.send(t("staff-only"), reply_to=reply)
            return
        change = (setting, value)
    await _show_settings(
        message, session, transaction, clock, community, settings, replies, t, sampling_text, change
    )


async def rollcall_times(
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
    """/rollcall shows the roll-call times; staff: /rollcall 08:00 20:00 changes them."""
    assert message.from_user is not None
    community = building.community
    value = (command.args or "").strip()
    if value and not await is_staff(transaction, bot, building, message.from_user.id):
        replies.send(t("staff-only"), reply_to=message.message_id)
        return
    change = (Setting.ROLLCALL_TIMES, value) if value else None
    await _show_settings(
        message, session, transaction, clock, community, settings, replies, t, rollcall_text, change
    )


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(
        show_or_change_settings, Command("settings"), flags={"access": Access.STAFF}
    )
    router.message.register(sampling, Command("sampling"), flags={"access": Access.BUILDING})
    router.message.register(rollcall_times, Command("rollcall"), flags={"access": Access.BUILDING})
    return router
