"""Router order is fixed here: specific handlers first, the catch-all last."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

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
from handlers.walk import WalkingRouter


def build_root_router() -> Router:
    """All of Louhu's routers, built fresh, in the order they must be tried."""
    root = WalkingRouter(name="louhu")
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
    _filters_on_the_loop(root)
    return root


def _filters_on_the_loop(router: Router) -> None:
    """Run every plain-function filter (magic F filters) on the event loop.

    aiogram hands a filter that is not a coroutine to `asyncio.to_thread` at every check: a
    thread hop and two GIL handovers for a test that takes a microsecond. Louhu's filters are
    pure and never block, so they are called directly instead.
    """
    for sub in router.chain_tail:
        for observer in sub.observers.values():
            filters = list(observer._handler.filters or ())  # the router's own .filter()s
            for handler in observer.handlers:
                filters.extend(handler.filters or ())
            for filter_ in filters:
                if not filter_.awaitable:
                    filter_.callback = _on_the_loop(filter_.callback)
                    filter_.awaitable = True


def _on_the_loop(test: Callable[..., Any]) -> Callable[..., Awaitable[Any]]:
    async def call(*args: Any, **kwargs: Any) -> Any:
        return test(*args, **kwargs)

    return call
