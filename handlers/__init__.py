"""Router order is fixed here: specific handlers first, the catch-all last."""

from __future__ import annotations

from aiogram import Router

from handlers import common, fallback, incidents, membership, order_buttons, private
from handlers.group import build_group_router


def attach(router: Router) -> Router:
    """Free a module-level router from a previous Dispatcher so a new one can include it.

    Tests (and the sandbox) build several Dispatchers in one process; aiogram lets a router
    have one parent at a time.
    """
    parent = router.parent_router
    if parent is not None:
        parent.sub_routers.remove(router)
        router._parent_router = None
    return router


def build_root_router() -> Router:
    """All of Louhu's routers in the order they must be tried."""
    root = Router(name="louhu")
    root.include_routers(
        attach(membership.router),
        attach(common.router),
        attach(incidents.router),
        attach(order_buttons.router),
        build_group_router(),
        attach(private.router),
        attach(fallback.router),
    )
    return root
