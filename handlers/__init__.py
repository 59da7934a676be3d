"""Router order is fixed here: specific handlers first, the catch-all last."""

from __future__ import annotations

from aiogram import Router

from handlers import (
    call_buttons,
    common,
    console,
    delivery_photos,
    demand_buttons,
    dispatch_buttons,
    fallback,
    follow_up_buttons,
    incidents,
    membership,
    order_buttons,
    private,
    private_settings,
    raise_buttons,
    rollcall,
    sampling_buttons,
    today,
)
from handlers.group import build_group_router


def build_root_router() -> Router:
    """All of Louhu's routers, built fresh, in the order they must be tried."""
    root = Router(name="louhu")
    root.include_routers(
        membership.setup(),
        common.setup(),
        console.setup(),
        incidents.setup(),
        raise_buttons.setup(),
        sampling_buttons.setup(),
        call_buttons.setup(),
        delivery_photos.setup(),
        follow_up_buttons.setup(),
        demand_buttons.setup(),
        rollcall.setup(),
        today.setup(),
        dispatch_buttons.setup(),  # before order_buttons: it takes Unassign
        order_buttons.setup(),
        build_group_router(),
        private_settings.setup(),
        private.setup(),
        fallback.setup(),
    )
    return root
