"""Routers are built fresh for each Dispatcher, in the order handlers/__init__.py fixes."""

from __future__ import annotations

from aiogram import Dispatcher, Router

from handlers import build_root_router


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
