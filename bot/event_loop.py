"""The event loop the bot runs on: uvloop where it is installed, asyncio's own otherwise.

uvloop (libuv, by asyncpg's authors) runs the same coroutines with less work in the loop and in
its socket transports, where an update spends a tenth of its time: bench/bench_inbound.py
measured about 10 % less CPU an update on SQLite and PostgreSQL. `EVENT_LOOP=asyncio` keeps
asyncio's loop (a platform without uvloop, or to rule it out when chasing a fault).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, Literal, TypeVar

T = TypeVar("T")
EventLoop = Literal["uvloop", "asyncio"]
log = logging.getLogger(__name__)


def run_loop(main: Coroutine[Any, Any, T], loop: EventLoop = "uvloop") -> T:
    """Run main to its end on the loop asked for (asyncio's when uvloop is not installed)."""
    if loop == "uvloop":
        try:
            import uvloop
        except ImportError:  # Windows, or a build without it: the same bot, a slower loop
            log.info("uvloop is not installed; running on asyncio's event loop")
        else:
            return uvloop.run(main)
    return asyncio.run(main)
