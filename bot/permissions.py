"""Who may run staff commands: building staff in our records, or the group's admins."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError

from bot.transaction import UpdateTransaction
from models.buildings import Building, member_of

log = logging.getLogger(__name__)
ADMIN_STATUSES = {"creator", "administrator"}
# The check runs under the chat's update lock; a slow answer must not hold an emergency
# message in the same chat for the default 30 s request timeout.
ADMIN_CHECK_TIMEOUT = 5


async def is_group_admin(bot: Bot, chat_id: int, user_id: int) -> bool:
    """Ask Telegram whether the user administers the group; False when it cannot tell."""
    try:
        member = await bot.get_chat_member(
            chat_id=chat_id,
            user_id=user_id,
            request_timeout=min(ADMIN_CHECK_TIMEOUT, int(bot.session.timeout)),
        )
    except (TelegramAPIError, TelegramNetworkError, TimeoutError) as exc:
        log.warning("cannot check admin status of %s in %s: %s", user_id, chat_id, exc)
        return False
    return member.status in ADMIN_STATUSES


async def is_staff(
    transaction: UpdateTransaction, bot: Bot, building: Building, user_id: int
) -> bool:
    """Staff by our records, else by Telegram (asked with the update's reads ended first)."""
    chat_id = building.chat_id  # read before release(): a rollback expires loaded objects
    member = await member_of(transaction.session, building.id, user_id)
    if member is not None and member.is_staff:
        return True
    await transaction.release()  # no transaction is held open while Telegram is asked
    return await is_group_admin(bot, chat_id, user_id)
