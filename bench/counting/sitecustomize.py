"""Counts what a `python -m bot` worker does in the database, for bench/bench_workers.py --count.

Loaded by Python at start-up when this folder is on PYTHONPATH and LOUHU_COUNTS names a folder:
every statement (by the loop that made it: the update handler, a sender lane, a scheduler job,
the listener), every transaction (commit, rollback, or a statement in autocommit), the context
cache's hits, misses and clears (by what cleared it), the notifications heard, each sender pass
and the rows it found, each claim's outcome. The counts are written to LOUHU_COUNTS/<pid>.json
every half second, so the bench takes them before and after a burst: counts do not change with
the machine's load, CPU seconds do.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

OUT = os.environ.get("LOUHU_COUNTS")
ROOT = str(Path(__file__).resolve().parents[2])

SKIPPED = ("/bench/", "/.venv/", "/bot/__main__.py", "/bot/event_loop.py")
counts: Counter[str] = Counter()


def _origin() -> str:
    """The outermost project coroutine of the running task (what loop made the statement)."""
    try:
        import greenlet

        current = greenlet.getcurrent()
        frame = current.parent.gr_frame if current.parent is not None else sys._getframe(2)
    except Exception:
        frame = sys._getframe(2)
    outer = "?"
    inner = "?"
    while frame is not None:
        name = frame.f_code.co_filename
        if (
            name.startswith(ROOT)
            and not any(part in name for part in SKIPPED)
            and frame.f_code.co_qualname != "<module>"
        ):
            if inner == "?" and "/models/" not in name:
                inner = frame.f_code.co_qualname
            outer = frame.f_code.co_qualname
        frame = frame.f_back
    return f"{outer}|{inner}"


_SPACE = re.compile(r"\s+")
_PARAM = re.compile(r"\$\d+(::\w+)?")


def _kind(statement: str) -> str:
    text = _SPACE.sub(" ", statement).strip()
    text = _PARAM.sub("?", text)
    verb = text.split(" ", 1)[0].upper()
    table = ""
    for pattern in (r"\bFROM (\w+)", r"\bINTO (\w+)", r"^UPDATE (\w+)", r"^DELETE FROM (\w+)"):
        found = re.search(pattern, text, re.IGNORECASE)
        if found:
            table = found.group(1)
            break
    return f"{verb} {table}".strip()


def _install() -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "before_cursor_execute")
    def _statement(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        origin = _origin()
        kind = _kind(statement)
        counts[f"stmt|{kind}|{origin}"] += 1
        counts["stmt"] += 1
        if conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
            counts[f"tx|autocommit|{origin.split('|')[0]}"] += 1
            counts["tx"] += 1

    @event.listens_for(Engine, "commit")
    def _commit(_conn: Any) -> None:
        counts[f"tx|commit|{_origin().split('|')[0]}"] += 1
        counts["tx"] += 1

    @event.listens_for(Engine, "rollback")
    def _rollback(conn: Any) -> None:
        if conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
            return  # nothing was begun on the server
        counts[f"tx|rollback|{_origin().split('|')[0]}"] += 1
        counts["tx"] += 1

    from sqlalchemy.pool import Pool

    @event.listens_for(Pool, "connect")
    def _connected(*_args: Any) -> None:
        counts["pool|connect"] += 1  # a new connection: its statements prepared again

    @event.listens_for(Pool, "checkout")
    def _checked_out(*_args: Any) -> None:
        counts["pool|checkout"] += 1

    from bot import context_cache, context_listen, middlewares

    cache_class = context_cache.ContextCache
    person, building, clear = cache_class.person, cache_class.building, cache_class.clear

    def counted_person(self: Any, person_id: int) -> Any:
        found = person(self, person_id)
        counts["cache|person|" + ("hit" if found is not None else "miss")] += 1
        return found

    def counted_building(self: Any, chat_id: int) -> Any:
        found = building(self, chat_id)
        counts["cache|building|" + ("hit" if found[0] else "miss")] += 1
        return found

    def counted_clear(self: Any) -> None:
        counts[f"cache|clear|{_why}"] += 1
        clear(self)

    cache_class.person = counted_person  # type: ignore[method-assign]
    cache_class.building = counted_building  # type: ignore[method-assign]
    cache_class.clear = counted_clear  # type: ignore[method-assign]

    _why = "other"

    def _setting(why: str, function: Any) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            nonlocal _why
            before, _why = _why, why
            try:
                return function(*args, **kwargs)
            finally:
                _why = before

        return wrapped

    touched = context_cache._touched

    def counted_touched(session: Any) -> None:
        counts[f"cache|write|{_origin()}"] += 1
        _setting("own-write", touched)(session)

    context_cache._touched = counted_touched
    context_cache._clear_served = _setting("own-write-end", context_cache._clear_served)

    listener_class = context_listen.ContextListener
    notified = listener_class._notified

    def counted_notified(self: Any, connection: Any, pid: int, channel: str, payload: str) -> None:
        counts[f"cache|notified|{payload}"] += 1
        _setting("notified", notified)(self, connection, pid, channel, payload)

    listener_class._notified = counted_notified  # type: ignore[method-assign]
    keep = cache_class.keep
    cache_class.keep = _setting("keep", keep)  # type: ignore[method-assign]

    same = middlewares._same_profile

    def counted_same(person: Any, user: Any) -> bool:
        result = same(person, user)
        counts[f"cache|same-profile|{result}"] += 1
        return result

    middlewares._same_profile = counted_same

    from bot import sender
    from models import live, outbox

    due_messages = outbox.due_messages

    async def counted_due(session: Any, **kwargs: Any) -> Any:
        rows = await due_messages(session, **kwargs)
        lane = "emergency" if kwargs.get("emergency") else "ordinary"
        if kwargs.get("limit") == 1:
            lane = "idle-check"
        counts[f"sender|pass|{lane}"] += 1
        counts[f"sender|rows|{lane}"] += len(rows)
        if not rows:
            counts[f"sender|empty-pass|{lane}"] += 1
        return rows

    outbox.due_messages = counted_due
    due_refreshes = live.due_refreshes

    async def counted_refreshes(session: Any, **kwargs: Any) -> Any:
        rows = await due_refreshes(session, **kwargs)
        counts["sender|refreshes"] += len(rows)
        return rows

    live.due_refreshes = counted_refreshes
    take = sender.OutboundSender._take

    async def counted_take(self: Any, session: Any, item: Any, now: Any) -> str:
        result = await take(self, session, item, now)
        counts[f"sender|take|{result}"] += 1
        return result

    sender.OutboundSender._take = counted_take  # type: ignore[method-assign]


async def _writer(path: Path) -> None:
    while True:
        await asyncio.sleep(0.5)
        _dump(path)


def _dump(path: Path) -> None:
    for _ in range(5):
        try:
            snapshot = dict(counts)
            break
        except RuntimeError:
            continue
    else:
        return
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(snapshot))
    temporary.replace(path)


if OUT:
    sys.path.insert(0, ROOT)
    _install()
    path = Path(OUT) / f"{os.getpid()}.json"
    from bot import event_loop

    run_loop = event_loop.run_loop

    def counted_run_loop(main: Any, *args: Any, **kwargs: Any) -> Any:
        async def with_writer() -> Any:
            writer = asyncio.create_task(_writer(path))
            try:
                return await main
            finally:
                writer.cancel()
                _dump(path)

        return run_loop(with_writer(), *args, **kwargs)

    event_loop.run_loop = counted_run_loop
