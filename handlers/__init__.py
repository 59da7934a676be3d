"""Router order is fixed here: specific handlers first, the catch-all last."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

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
    _commands_first(root)
    _filters_on_the_loop(root)
    return root


def _commands_first(router: Router) -> str | None:
    """Give each router that takes only commands a filter on its message observer that looks at
    the first character alone, so chatter passes it by instead of trying every handler's
    Command filter (most messages are not commands, and each router walked costs).

    Returns the command prefixes when every message handler under `router` takes only commands
    ("" when there is none), else None.
    """
    below = [_commands_first(sub) for sub in router.sub_routers]
    prefixes: set[str] = set()
    only_commands = True
    for handler in router.message.handlers:
        commands = [f.callback for f in handler.filters or () if isinstance(f.callback, Command)]
        if not commands:
            only_commands = False
        for command in commands:
            prefixes.update(command.prefix)
    if only_commands and all(p is not None for p in below):
        return "".join(sorted(prefixes.union(*(p or "" for p in below))))
    for sub, p in zip(router.sub_routers, below, strict=True):
        if p:  # commands only, under a parent that also takes other messages
            sub.message.filter(_starts_with(p))
    return None


def _filters_on_the_loop(router: Router) -> None:
    """Run every plain-function filter (magic F filters, `_starts_with`) on the event loop.

    aiogram hands a filter that is not a coroutine to `asyncio.to_thread` at every check: a
    thread hop and two GIL handovers for a test that takes a microsecond. Chatter walks some
    forty of them, which cost more than the rest of its handling. Louhu's filters are pure and
    never block, so they are called directly instead.
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


def _starts_with(prefixes: str) -> Callable[[Message], bool]:
    def looks_like_command(message: Message) -> bool:
        text = message.text or message.caption
        return text is not None and text[:1] in prefixes and text[:1] != ""

    return looks_like_command
