"""Routers are built fresh for each Dispatcher, in the order handlers/__init__.py fixes."""

from __future__ import annotations

import threading

from aiogram import Dispatcher, F, Router
from aiogram.types import Message

from handlers import _filters_on_the_loop, build_root_router


def _names(router: Router) -> list[str]:
    return [router.name, *(name for sub in router.sub_routers for name in _names(sub))]


def test_each_dispatcher_gets_routers_of_its_own() -> None:
    first, second = build_root_router(), build_root_router()
    Dispatcher().include_router(first)
    Dispatcher().include_router(second)  # aiogram refuses a router that already has a parent
    assert not set(map(id, first.sub_routers)) & set(map(id, second.sub_routers))
    assert _names(first) == _names(second)


def test_the_catch_all_comes_last() -> None:
    names = _names(build_root_router())
    assert names[-2:] == ["handlers.private", "handlers.fallback"]
    assert names.index("handlers.group.messages") > names.index("handlers.group.emergency")


async def test_plain_function_filters_run_on_the_event_loop() -> None:
    """aiogram would run each in a thread of its own at every check (asyncio.to_thread)."""
    threads: list[int] = []

    def chatter_only(message: Message) -> bool:
        threads.append(threading.get_ident())
        return message.text == "hello"

    root = Router(name="root")
    sub = Router(name="sub")
    sub.message.filter(chatter_only)
    sub.message.register(_answer, F.text.startswith("he"))
    root.include_router(sub)
    _filters_on_the_loop(root)
    filters = [*(sub.message._handler.filters or ()), *(sub.message.handlers[0].filters or ())]

    assert [await f.call(_message("hello")) for f in filters] == [True, True]
    assert [await f.call(_message("bye")) for f in filters] == [False, False]
    assert threads == [threading.get_ident()] * 2


def test_every_filter_louhu_uses_runs_on_the_event_loop() -> None:
    for router in build_root_router().chain_tail:
        for observer in router.observers.values():
            filters = [*(observer._handler.filters or ())]
            for handler in observer.handlers:
                filters.extend(handler.filters or ())
            assert all(f.awaitable for f in filters), router.name


async def _answer(message: Message) -> None:
    """A handler that is never called."""


def _message(text: str) -> Message:
    return Message.model_validate(
        {
            "message_id": 1,
            "date": 0,
            "chat": {"id": -100, "type": "supergroup"},
            "from": {"id": 7, "is_bot": False, "first_name": "A"},
            "text": text,
        }
    )
