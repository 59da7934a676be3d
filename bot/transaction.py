"""The update's transaction: the update middleware owns it; handlers name the steps they need."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction

from models.base import WRITES
from models.claims import UPDATE_CHAT, chat_lock_key, chat_lock_statement, is_postgres
from models.live import LiveMessage
from models.outbox import WEBHOOK, OutboundMessage, Priority
from models.pg_begin import advisory_lock_sql, begin_with, commit_with
from models.updates import CLAIM_CONFLICT, claim_sql, claim_update

WROTE = "louhu_wrote"
"""session.info key: the session wrote something (a flush, an INSERT/UPDATE/DELETE statement)."""
FOR_SENDER = "louhu_for_sender"
"""session.info key: the session wrote what the sender reads (outbox or live message rows)."""
URGENT_FOR_SENDER = "louhu_urgent_for_sender"
"""session.info key: what the session wrote may be for the sender's emergency lane or webhook
worker (an emergency or webhook outbox row, or a write it cannot tell apart from one); without
it only the ordinary lane is woken (`OutboundSender.wake`)."""
SENDER_CHATS = "louhu_sender_chats"
"""session.info key: the chats of the new ordinary outbox rows the session wrote in the update
(committed or not), unless SENDER_ANY: the sender may then skip a wake when every one of them is
held by Telegram's limits (`OutboundSender.wake`)."""
SENDER_ANY = "louhu_sender_any"
"""session.info key: the session wrote for the sender something not in SENDER_CHATS."""
_SENDER_TABLES = {OutboundMessage.__tablename__, LiveMessage.__tablename__}
CHAT_LOCK = "louhu_chat_lock"
"""session.info key (PostgreSQL): the chat whose advisory lock each transaction of the update's
session takes as it begins (`UpdateTransaction.hold_chat`)."""
_CHAT_LOCK = chat_lock_statement(UPDATE_CHAT)


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _context: UOWTransaction) -> None:
    info = session.info
    info[WROTE] = True
    for row in session.new:
        if isinstance(row, LiveMessage):
            info[FOR_SENDER] = True
            info[SENDER_ANY] = True
        elif isinstance(row, OutboundMessage):
            info[FOR_SENDER] = True
            if not _ordinary(row):
                info[URGENT_FOR_SENDER] = True
                info[SENDER_ANY] = True
            elif isinstance(row.chat_id, int):
                info.setdefault(SENDER_CHATS, set()).add(row.chat_id)
            else:
                info[SENDER_ANY] = True
    for row in (*session.dirty, *session.deleted):
        if isinstance(row, OutboundMessage | LiveMessage):
            info[FOR_SENDER] = True
            info[URGENT_FOR_SENDER] = True  # a changed row: the lanes look again, as before
            info[SENDER_ANY] = True


def _ordinary(row: OutboundMessage) -> bool:
    """A new outbox row only the ordinary lane sends: not an emergency, not a webhook post."""
    priority = row.priority
    return priority is not None and priority > Priority.EMERGENCY and row.method != WEBHOOK


@event.listens_for(Session, "do_orm_execute")
def _executed(state: ORMExecuteState) -> None:
    if state.is_select and state.execution_options.get(WRITES):
        state.session.info[WROTE] = True  # its WITH clause writes (and not the outbox)
    elif state.is_insert or state.is_update or state.is_delete:
        state.session.info[WROTE] = True
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if table is None or name in _SENDER_TABLES:
            state.session.info[FOR_SENDER] = True
            state.session.info[SENDER_ANY] = True
            if name != LiveMessage.__tablename__:  # which lane an outbox row is for: unknown
                state.session.info[URGENT_FOR_SENDER] = True


@event.listens_for(Session, "after_begin")
def _began(session: Session, _transaction: SessionTransaction, connection: Connection) -> None:
    chat = session.info.get(CHAT_LOCK)
    # the lock's statement goes first, before the transaction's own; on asyncpg in the same
    # round trip as BEGIN (models/pg_begin.py)
    if chat is not None and not begin_with(connection, advisory_lock_sql(UPDATE_CHAT, chat)):
        connection.execute(_CHAT_LOCK, {"chat": chat})


class DuplicateUpdate(Exception):
    """The update's id was committed by another transaction after this one released its own
    claim (another worker handled the same update meanwhile): nothing of this one may stay."""


class UpdateTransaction:
    """Commits an update's effects together with its id, so a redelivered update is skipped.

    The update's id is claimed (one statement) with its first commit of something written, and
    the middleware commits once when the handler returns (and rolls back if it fails): a
    redelivered update that writes finds its id taken and leaves nothing (`DuplicateUpdate`).
    An update that wrote nothing (most chatter) claims and commits nothing: handled again, it
    does nothing again, so it costs the database no statement at all (its journal row, if any,
    goes later with others'; `recorded` tells). A handler says by name when it needs more:
    `commit_step()` makes what it did so far durable before it goes on (an emergency before
    anything else can fail; a command's change before its short confirmation, which then goes
    in the update's next transaction), and `release()` ends a transaction that only read, so
    none is held open while Telegram is asked. Domain code never commits or rolls back.
    """

    def __init__(
        self,
        session: AsyncSession,
        update_id: int,
        now: datetime,
        *,
        wake: Callable[..., None] | None = None,
    ) -> None:
        self.session = session
        self._wake = wake
        """Called after a commit that holds something for the sender (the sender's wake, with
        `ordinary_only=True` when nothing of it is for the emergency lane or the webhooks)."""
        self.queued = False
        """A commit held outbox or live message rows: the sender has work."""
        self.urgent = False
        """A commit held rows that may be for the emergency lane or the webhook worker."""
        self._update_id = update_id
        self._now = now
        self._claimed = False
        """The id is written in the open transaction (its commit records the update)."""
        self._recorded = False
        """The id is committed."""
        self.journaled = False
        """The update has a row in the inbound journal (bot/inbound.py): claiming its id
        deletes it (a trigger on processed_updates); a duplicate's goes on its own."""
        self._profile: Callable[[], Awaitable[Any]] | None = None
        self.wrote = False
        """The handler wrote something (since `watch()`): the sender may have work."""
        self.duplicate = False
        """The update was found handled already (`found_handled`)."""

    @property
    def update_id(self) -> int:
        """The update this transaction commits."""
        return self._update_id

    async def claim(self) -> bool:
        """Write the update's id in this transaction; False if it was already handled."""
        self._claimed = await claim_update(self.session, self._update_id, self._now)
        return self._claimed

    async def keep_profile(self, write: Callable[[], Awaitable[Any]]) -> None:
        """Run idempotent bookkeeping (the sender's profile) in this transaction; `release()`
        writes it again on its own, so it stays even when the handler's transaction ends early
        (a later step may refer to the person)."""
        await write()
        self._profile = write

    def watch(self) -> None:
        """From now on, note whether the handler writes (the claim and profile do not count)."""
        self.session.info[WROTE] = False
        self.session.info[FOR_SENDER] = False
        self.session.info[URGENT_FOR_SENDER] = False

    @property
    def wrote_anything(self) -> bool:
        """Whether the handler wrote anything since `watch()`, committed or not."""
        return self.wrote or bool(self.session.info.get(WROTE))

    @property
    def queued_anything(self) -> bool:
        """Whether the handler wrote outbox or live message rows, committed or not: only
        then does the sender look at them (a reading alone gives it nothing to do)."""
        return self.queued or bool(self.session.info.get(FOR_SENDER))

    @property
    def sender_chats(self) -> frozenset[int] | None:
        """The chats of every outbox row the update wrote for the sender, when all were new
        ordinary rows (committed or not: a superset); None when it wrote anything else."""
        info = self.session.info
        if info.get(SENDER_ANY):
            return None
        return frozenset(info.get(SENDER_CHATS, ()))

    @property
    def urgent_anything(self) -> bool:
        """Whether any of the rows for the sender may be for its emergency lane or webhooks."""
        return self.urgent or bool(self.session.info.get(URGENT_FOR_SENDER))

    def found_handled(self) -> None:
        """The domain found this update's effects there already (a redelivered message whose
        order or incident exists): counted as a duplicate, though its id was not claimed."""
        self.duplicate = True

    @property
    def recorded(self) -> bool:
        """Whether the update's id is committed (it wrote something); else nothing of it is."""
        return self._recorded

    def _untouched(self) -> bool:
        """Nothing written in this transaction: no flush, statement, pending change or profile."""
        session = self.session
        return not (
            self._claimed
            or self._profile is not None
            or session.info.get(WROTE)
            or session.new
            or session.dirty
            or session.deleted
        )

    async def commit_step(self) -> None:
        """Commit what the update did so far (with its id, the first time); when it has written
        nothing yet, end the read transaction instead, claiming nothing."""
        if not self._recorded and self._untouched():
            # ends the read transaction (SQLite's one connection is free for the next update);
            # a commit, not a rollback, so what the handler read stays loaded (expire_on_commit
            # is off; a rollback would expire it, and an await-less attribute read then fails);
            # none begun (chatter that found its sender and building kept): nothing to end
            if self.session.in_transaction():
                await self.session.commit()
            return
        folded = False
        if not self._recorded and not self._claimed:
            folded = await self._claim_at_commit()
            if not folded and not await self.claim():
                raise DuplicateUpdate(self._update_id)
        wrote = bool(self.session.info.get(WROTE)) or folded
        queued = bool(self.session.info.get(FOR_SENDER))
        urgent = bool(self.session.info.get(URGENT_FOR_SENDER))
        try:
            await self.session.commit()
        except IntegrityError as error:
            if folded and CLAIM_CONFLICT in str(error.orig):
                raise DuplicateUpdate(self._update_id) from error
            raise
        self._recorded = True
        self._profile = None
        if wrote:
            self.wrote = True
            self.session.info[WROTE] = False
        if queued:
            self.queued = True
            self.urgent = self.urgent or urgent
            self.session.info[FOR_SENDER] = False
            self.session.info[URGENT_FOR_SENDER] = False
            if self._wake is not None:
                # the sender looks at once, while the handler answers Telegram; its emergency
                # lane and webhook worker only when something may be theirs
                self._wake(ordinary_only=not urgent, chats=self.sender_chats)

    async def _claim_at_commit(self) -> bool:
        """PostgreSQL, a transaction begun with the chat's lock: the claim goes with the COMMIT
        in one round trip (models/pg_begin.py) instead of a statement of its own; a taken id
        then fails the commit (`DuplicateUpdate`). What is pending is flushed first, so the
        flags of what was written are complete before the commit."""
        claim = claim_sql(self._update_id, self._now)
        if claim is None or not is_postgres(self.session) or not self.session.in_transaction():
            return False
        await self.session.flush()
        return await commit_with(await self.session.connection(), claim)

    async def hold_chat(self, chat_id: int) -> bool:
        """Serialise this update's work in the database with other workers' updates of this
        chat (PostgreSQL: an advisory lock); False on SQLite (one worker, whose
        ChatOrderMiddleware already orders a chat's updates).

        The lock is taken as each transaction of the update's session begins, before its first
        statement, and held until that transaction ends: whatever the update reads or writes,
        in every one of its transactions (after a `commit_step()` or `release()` too), no other
        worker's update of this chat is in the database meanwhile. An update that runs no
        statement (chatter whose sender and building are kept) begins no transaction, so it
        costs PostgreSQL nothing: no BEGIN, lock and COMMIT round trips for nothing."""
        if not is_postgres(self.session):
            return False
        self.session.info[CHAT_LOCK] = chat_lock_key(chat_id)
        if self.session.in_transaction():  # begun already: the lock was not taken at its start
            await self.session.execute(_CHAT_LOCK, {"chat": chat_lock_key(chat_id)})
        return True

    async def release(self) -> None:
        """End a transaction in which nothing was written yet (reads only; the update's claim
        is taken again when it commits)."""
        session = self.session
        if session.new or session.dirty or session.deleted:
            # a rollback here would silently drop them: a handler bug, not a Telegram fault
            raise RuntimeError("release() with unsaved changes; commit_step() them first")
        wrote, queued, urgent = self.wrote_anything, self.queued_anything, self.urgent_anything
        await session.rollback()
        self._claimed = False
        if self._profile is not None:  # rare: a new or changed profile, kept on its own
            await self._profile()
            await session.commit()
            self._profile = None
        session.info[WROTE] = wrote
        session.info[FOR_SENDER] = queued
        session.info[URGENT_FOR_SENDER] = urgent

    async def finish(self) -> None:
        """The middleware's commit when the handler is done: the rest of the update's effects."""
        await self.commit_step()

    async def abandon(self) -> None:
        """The middleware's rollback when the handler failed."""
        self.wrote = self.wrote_anything
        self.queued = self.queued_anything
        self.urgent = self.urgent_anything
        await self.session.rollback()
        self._claimed = False
