"""Start-up and per-group checks of what the bot is allowed to see."""

from __future__ import annotations

import logging

from aiogram import Bot

from bot.permissions import ADMIN_STATUSES

log = logging.getLogger(__name__)


async def can_read_group(bot: Bot, own_status: str) -> bool:
    """Ordinary group messages reach the bot if privacy mode is off or it is an admin."""
    if own_status in ADMIN_STATUSES:
        return True
    me = await bot.me()
    return bool(me.can_read_all_group_messages)


async def check_startup_rights(bot: Bot) -> None:
    """Log what the bot can do, so an operator sees a privacy-mode problem at once."""
    me = await bot.me()
    log.info("running as @%s (id %s)", me.username, me.id)
    if not me.can_join_groups:
        log.warning(
            "@%s cannot be added to groups: enable it with @BotFather /setjoingroups", me.username
        )
    if not me.can_read_all_group_messages:
        log.warning(
            "privacy mode is on: in groups where @%s is not an admin it sees only commands. "
            "Make it an admin, or @BotFather /setprivacy → Disable and re-add it.",
            me.username,
        )
