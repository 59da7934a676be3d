"""PostgreSQL: one connection a process LISTENs for writes to people and buildings.

Migration 0022's triggers `pg_notify` the channel `CHANNEL` whenever a transaction that wrote
people or buildings commits (anything but an order's number), whoever wrote: another worker, psql,
a command-line tool. Each notification empties this process's ContextCache (its generation moves
on, so a read begun before it is not kept either). The cache keeps anything only while the
connection listens: it starts keeping (emptied) once LISTEN is in place, and stops (emptied) when
the connection is lost, a ping every `PING_SECONDS` gets no answer within `PING_TIMEOUT`, or the
listener stops; meanwhile it reconnects with backoff. So what another writer leaves stale lasts
as long as its notification takes to arrive, or at most about `PING_SECONDS + PING_TIMEOUT` when
the connection dies silently.

Why a read after LISTEN cannot keep a stale row: LISTEN is in place before the cache keeps
anything; a write committed before that is seen by any later read (READ COMMITTED: each statement
sees what was committed when it began), and one committed after it is notified.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
from sqlalchemy.engine import URL

from bot.context_cache import ContextCache

log = logging.getLogger(__name__)

CHANNEL = "louhu_context"
"""The channel migration 0022's triggers notify."""
PING_SECONDS = 2.0
PING_TIMEOUT = 2.0
CONNECT_TIMEOUT = 10.0
CLOSE_TIMEOUT = 2.0
BACKOFF = (0.5, 30.0)
"""First and longest wait before connecting again; doubled after each failure."""

Connect = Callable[[], Awaitable[Any]]


def listener_dsn(url: URL) -> str:
    """asyncpg's own form of the engine's URL (its driver name dropped)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class ContextListener:
    """Keeps `cache` in step with every writer while its own connection listens."""

    def __init__(
        self,
        cache: ContextCache,
        dsn: str,
        *,
        ping_seconds: float = PING_SECONDS,
        ping_timeout: float = PING_TIMEOUT,
        backoff: tuple[float, float] = BACKOFF,
        connect: Connect | None = None,
    ) -> None:
        self.cache = cache
        self._dsn = dsn
        self._ping_seconds = ping_seconds
        self._ping_timeout = ping_timeout
        self._backoff = backoff
        self._connect = connect or self._asyncpg_connect
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self.connection: Any = None
        """The listening asyncpg connection while there is one (tests close it)."""
        self.listening = asyncio.Event()
        """Set while the cache keeps: LISTEN is in place."""
        self.notifications = 0
        cache.keep(False)

    async def _asyncpg_connect(self) -> Any:
        return await asyncpg.connect(self._dsn, timeout=CONNECT_TIMEOUT)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="louhu-context-listener")

    async def stop(self) -> None:
        """Stop listening and close the connection; the cache keeps nothing from then on."""
        task, self._task = self._task, None
        self._stopping = True
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._down()

    def _notified(self, _connection: Any, _pid: int, _channel: str, _payload: str) -> None:
        self.notifications += 1
        self.cache.clear()

    def _down(self) -> None:
        self.listening.clear()
        self.cache.keep(False)

    async def _run(self) -> None:
        delay = self._backoff[0]
        while True:
            try:
                await self._listen()
                delay = self._backoff[0]  # it listened, then was lost: try again soon
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # unreachable, refused, a ping unanswered: try again
                log.warning(
                    "context cache: not listening for writes (%s: %s); "
                    "every update reads its sender and building until it is back, in %.1f s",
                    type(exc).__name__,
                    exc,
                    delay,
                )
            await asyncio.sleep(delay)
            delay = min(delay * 2, self._backoff[1])

    async def _listen(self) -> None:
        connection = await self._connect()
        self.connection = connection
        lost = asyncio.Event()
        try:
            connection.add_termination_listener(lambda _c: lost.set())
            await connection.add_listener(CHANNEL, self._notified)
            self.cache.keep(True)  # nothing read before LISTEN is kept
            self.listening.set()
            log.info("context cache: listening for writes to people and buildings")
            while not lost.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(lost.wait(), self._ping_seconds)
                    break
                # An answer comes after every notification committed before it was asked
                await asyncio.wait_for(connection.fetchval("SELECT 1"), self._ping_timeout)
            log.warning("context cache: the listening connection was lost")
        finally:
            self._down()
            self.connection = None
            if self._stopping:
                await _close(connection)
            else:
                connection.terminate()  # no goodbye: it may hang on a dead connection


async def _close(connection: Any) -> None:
    """Say goodbye to the server (at shutdown); cut the connection if that does not go."""
    if connection.is_closed():
        return
    try:
        await asyncio.wait_for(connection.close(), CLOSE_TIMEOUT)
    except (Exception, asyncio.CancelledError):
        connection.terminate()
