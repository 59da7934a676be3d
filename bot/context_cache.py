"""Who sent an update and which building its chat is, kept a moment between updates.

Every update needs the sender's profile and the chat's building; a burst brings several updates
a second from each chat, and reading both each time is most of what chatter costs. Used on
SQLite only, where one process is the only writer (bot.worker_lock): every write to people or
buildings made through SQLAlchemy in this process empties the cache (at the flush or statement,
and again when its transaction ends, so a read racing the write is not kept either). A
command-line tool may write the file too: every `TTL` seconds the cache asks SQLite's
`PRAGMA data_version`, which changes when another connection has committed, and is emptied if it
did (entries used to expire after `TTL` instead, so in a burst most updates read both again).

On PostgreSQL other workers write too: there the cache is kept only while bot.context_listen's
connection listens for the notifications every write to people or buildings sends when it commits
(migration 0022), each of which empties it; while that connection is down it keeps nothing. A
write through this process's own engine empties it at once as on SQLite (before its notification
comes back).
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
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

    def __init__(
        self,
        *,
        ttl: float = TTL,
        clock: Callable[[], float] = time.monotonic,
        engine: AsyncEngine | None = None,
        keeping: bool = True,
    ) -> None:
        self._ttl = ttl
        self._clock = clock
        self._engine: Engine | None = engine.sync_engine if engine is not None else None
        """Only writes through this engine empty it here (PostgreSQL: others notify); None: any."""
        self.keeping = keeping
        """False: keeps nothing (PostgreSQL while nothing listens for other writers)."""
        self._people: dict[int, dict[str, Any]] = {}
        self._buildings: dict[int, dict[str, Any] | None] = {}
        self._checked_at = float("-inf")
        self._data_version: int | None = None
        self.generation = 0
        """Bumped by every write: a read begun before one is not kept."""
        _caches.add(self)

    async def look_for_other_writers(self, session: AsyncSession) -> None:
        """Every `TTL` s: empty the cache if another connection wrote the file meanwhile
        (SQLite; on PostgreSQL other writers' notifications empty it)."""
        if self._engine is not None:
            return
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
        if generation == self.generation and self.keeping:
            self._people[person.id] = _values(person)

    def keep_building(self, chat_id: int, building: Building | None, generation: int) -> None:
        """Keep a chat's building (or that it has none) read since `generation`."""
        if generation == self.generation and self.keeping:
            self._buildings[chat_id] = None if building is None else _values(building)

    def clear(self) -> None:
        self.generation += 1
        self._people.clear()
        self._buildings.clear()

    def keep(self, keeping: bool) -> None:
        """Start or stop keeping (PostgreSQL: the listener connected or lost); empties it, so
        nothing read before is kept: while nothing listened, a write may have gone unheard."""
        self.keeping = keeping
        self.clear()

    def serves(self, session: Session) -> bool:
        """Whether a write in this session is one this cache must hear of here."""
        return self._engine is None or session.bind is self._engine


def _values(row: Person | Building) -> dict[str, Any]:
    mapper: Any = inspect(type(row))
    return {a.key: getattr(row, a.key) for a in mapper.column_attrs if a.key not in NOT_KEPT}


def _detached(model: type[T], values: dict[str, Any]) -> T:
    """A fresh object as if loaded by a session now closed (each update its own).

    Made as a load makes it (no constructor: its attribute events cost more than the copy,
    two objects each update), the values put in as loaded state."""
    row: T = _MANAGERS[model].new_instance()
    row.__dict__.update(values)
    make_transient_to_detached(row)
    return row


def _manager(model: type[Any]) -> Any:
    mapper: Any = inspect(model)
    return mapper.class_manager


_MANAGERS: dict[type[Any], Any] = {model: _manager(model) for model in (Person, Building)}


def _touched(session: Session) -> None:
    session.info[TOUCHED] = True
    _clear_served(session)


def _clear_served(session: Session) -> None:
    for cache in list(_caches):
        if cache.serves(session):
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
        _clear_served(session)
