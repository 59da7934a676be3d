"""Everything that happens in building groups; the chat-type filter sits on this parent."""

from __future__ import annotations

from aiogram import F, Router

from handlers.group import (
    buildings,
    calendar_commands,
    calls,
    emergency,
    groupbuy,
    members,
    messages,
    order_reply,
    orders,
    pairing,
    quarantine,
    review,
    staff,
    staff_groups,
    stats,
)
from handlers.group.access import AccessMiddleware

GROUP_CHATS = F.chat.type.in_({"group", "supergroup"})


def build_group_router() -> Router:
    """Group features in order; ordinary messages (possible orders) last."""
    router = Router(name=__name__)
    router.message.filter(GROUP_CHATS)
    router.message.middleware(AccessMiddleware())
    router.include_routers(
        *(
            m.setup()
            for m in (
                emergency,
                buildings,
                members,
                staff,
                staff_groups,
                pairing,
                quarantine,
                calendar_commands,
                calls,
                orders,
                order_reply,
                groupbuy,
                review,
                stats,
                messages,
            )
        )
    )
    return router
