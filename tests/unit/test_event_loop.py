"""bot.event_loop: the bot's coroutine runs on uvloop by default, on asyncio's loop when asked."""

import asyncio

import uvloop

from bot.event_loop import run_loop


async def _loop_type() -> type:
    return type(asyncio.get_running_loop())


def test_runs_on_uvloop_by_default() -> None:
    assert issubclass(run_loop(_loop_type()), uvloop.Loop)


def test_runs_on_asyncio_when_asked() -> None:
    loop_type = run_loop(_loop_type(), "asyncio")
    assert not issubclass(loop_type, uvloop.Loop)
    assert issubclass(loop_type, asyncio.BaseEventLoop)
