"""/merge: staff or the lead merge the round's goods orders and 接龙 into a 需求清单."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.demand_view import DemandView, post_demand
from bot.l10n import L10n, Translator
from bot.notifier import TelegramNotifier
from bot.permissions import is_group_admin
from bot.replies import Replies
from bot.transaction import UpdateTransaction
from domain.clock import Clock
from domain.groupbuy import MergeOutcome, Step, may, merge_round
from handlers.group.access import Access
from models.buildings import Building

REFUSALS = {
    MergeOutcome.NOTHING: "groupbuy-nothing",
    MergeOutcome.NOT_ALLOWED: "groupbuy-not-allowed",
    MergeOutcome.NOT_A_LIST: "groupbuy-not-a-list",
    MergeOutcome.ALREADY: "groupbuy-already",
}


async def merge_command(
    message: Message,
    bot: Bot,
    session: AsyncSession,
    transaction: UpdateTransaction,
    clock: Clock,
    building: Building,
    notifier: TelegramNotifier,
    replies: Replies,
    l10n: L10n,
    t: Translator,
) -> None:
    """Merge the 接龙 replied to (else the latest) and the open goods orders, then post the
    shopping list and the delivery list."""
    assert message.from_user is not None
    user_id, building_id, chat_id = message.from_user.id, building.id, building.chat_id
    admin = False
    if not await may(session, Step.MERGE, building_id, user_id):
        await transaction.release()  # no transaction is held open while Telegram is asked
        admin = await is_group_admin(bot, chat_id, user_id)
        building_row = await session.get(Building, building_id)
        assert building_row is not None
        building = building_row
    replied = message.reply_to_message
    result = await merge_round(
        session,
        clock,
        notifier,
        building=building,
        actor_id=user_id,
        group_admin=admin,
        replied_id=replied.message_id if replied is not None else None,
        replied_text=(replied.text or replied.caption) if replied is not None else None,
    )
    if result.outcome is not MergeOutcome.DONE:
        replies.send(t(REFUSALS[result.outcome]), reply_to=message.message_id)
        return
    await post_demand(
        session,
        l10n,
        DemandView(l10n),
        result,
        building=building,
        now=clock.now(),
        reply_to=message.message_id,
    )


def setup() -> Router:
    """A fresh router with this module's handlers."""
    router = Router(name=__name__)
    router.message.register(merge_command, Command("merge"), flags={"access": Access.BUILDING})
    return router
