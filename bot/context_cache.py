"""Who sent an update and which building its chat is, kept a moment between updates.

Every update needs the sender's profile and the chat's building; a burst brings several updates
a second from each chat, and reading both each time is most of what chatter costs. Used on
SQLite only, where one process is the only writer (bot.worker_lock): every write to people or
buildings made through SQLAlchemy in this process empties the cache (at the flush or statement,
and again when its transaction ends, so a read racing the write is not kept either). A
command-line tool may write the file too: every `TTL` seconds the cache asks SQLite's
`PRAGMA data_version`, which changes when another connection has committed, and is emptied if it
did (entries used to expire after `TTL` instead, so in a burst most updates read both again). On
PostgreSQL other workers write, so each update reads both afresh.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import event, inspect, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import (
    ORMExecuteState,
    Session,
    SessionTransaction,
    UOWTransaction,
    make_transient_to_detached,
)

from models.buildings import COUNTER_ONLY, Building
from models.people import Person

TTL = 2.0
"""Seconds between looks for another process's writes (bounds what they leave stale)."""
TABLES = {Person.__tablename__, Building.__tablename__}
NOT_KEPT = frozenset({"last_order_number"})
"""Columns not kept: every order takes the next number, and must not empty the cache."""
TOUCHED = "louhu_context_touched"
"""session.info key: this session wrote people or buildings in its open transaction."""
T = TypeVar("T", Person, Building)

_caches: weakref.WeakSet[ContextCache] = weakref.WeakSet()


class ContextCache:
    """Column values of people by id and of buildings (or none) by chat id, for `TTL` s."""

    def __init__(self, *, ttl: float = TTL, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._clock = clock
        self._people: dict[int, dict[str, Any]] = {}
        self._buildings: dict[int, dict[str, Any] | None] = {}
        self._checked_at = float("-inf")
        self._data_version: int | None = None
        self.generation = 0
        """Bumped by every write: a read begun before one is not kept."""
        _caches.add(self)

    async def look_for_other_writers(self, session: AsyncSession) -> None:
        """Every `TTL` s: empty the cache if another connection wrote the file meanwhile."""
        now = self._clock()
        if now - self._checked_at <= self._ttl:
            return
        version = (await session.execute(text("PRAGMA data_version"))).scalar()
        if version != self._data_version:
            self.clear()
            self._data_version = version
        self._checked_at = now

    def person(self, person_id: int) -> Person | None:
        """A detached copy of the person as last read, or None when not kept."""
        kept = self._people.get(person_id)
        return None if kept is None else _detached(Person, kept)

    def building(self, chat_id: int) -> tuple[bool, Building | None]:
        """(kept, a detached copy of the chat's building or None when it has none)."""
        if chat_id not in self._buildings:
            return False, None
        kept = self._buildings[chat_id]
        return True, None if kept is None else _detached(Building, kept)

    def keep_person(self, person: Person, generation: int) -> None:
        """Keep a person read (unchanged) since `generation`."""
        if generation == self.generation:
            self._people[person.id] = _values(person)

    def keep_building(self, chat_id: int, building: Building | None, generation: int) -> None:
        """Keep a chat's building (or that it has none) read since `generation`."""
        if generation == self.generation:
            self._buildings[chat_id] = None if building is None else _values(building)

    def clear(self) -> None:
        self.generation += 1
        self._people.clear()
        self._buildings.clear()


def _values(row: Person | Building) -> dict[str, Any]:
    mapper: Any = inspect(type(row))
    return {a.key: getattr(row, a.key) for a in mapper.column_attrs if a.key not in NOT_KEPT}


def _detached(model: type[T], values: dict[str, Any]) -> T:
    """A fresh object as if loaded by a session now closed (each update its own)."""
    row = model(**values)
    make_transient_to_detached(row)
    return row


def _touched(session: Session) -> None:
    session.info[TOUCHED] = True
    for cache in list(_caches):
        cache.clear()


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _context: UOWTransaction) -> None:
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, Person | Building):
            _touched(session)
            return


@event.listens_for(Session, "do_orm_execute")
def _executed(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    if state.execution_options.get(COUNTER_ONLY):  # an order's number: nothing kept changes
        return
    table = getattr(state.statement, "table", None)
    if table is None or getattr(table, "name", None) in TABLES:
        _touched(state.session)


@event.listens_for(Session, "after_transaction_end")
def _ended(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None and session.info.pop(TOUCHED, False):
        for cache in list(_caches):
            cache.clear()
