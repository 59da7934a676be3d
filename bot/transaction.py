"""The update's transaction: the update middleware owns it; handlers name the steps they need."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from models.claims import UPDATE_CHAT, is_postgres, wait_chat_lock
from models.inbound import forget_update
from models.updates import mark_processed


class UpdateTransaction:
    """Commits an update's effects together with its id, so a redelivered update is skipped.

    The middleware commits once when the handler returns (and rolls back if it fails). A handler
    says by name when it needs more: `commit_step()` makes what it did so far durable before it
    goes on (an emergency before anything else can fail; a command's change before its short
    confirmation, which then goes in the update's next transaction), and `release()` ends a
    transaction that only read, so none is held open while Telegram is asked. Domain code never
    commits or rolls back.
    """

    def __init__(self, session: AsyncSession, update_id: int, now: datetime) -> None:
        self.session = session
        self._update_id = update_id
        self._now = now
        self._recorded = False
        self.journaled = False
        """The update has a row in the inbound journal (bot/inbound.py), deleted with its id."""

    @property
    def update_id(self) -> int:
        """The update this transaction commits."""
        return self._update_id

    async def commit_step(self) -> None:
        """Commit what the update did so far (with its id, the first time)."""
        if not self._recorded:
            mark_processed(self.session, self._update_id, self._now)
            if self.journaled:
                await forget_update(self.session, self._update_id)
        await self.session.commit()
        self._recorded = True

    async def hold_chat(self, chat_id: int) -> bool:
        """Wait until no other worker handles an update of this chat, and keep them waiting
        until this transaction ends (PostgreSQL: an advisory lock); False on SQLite (one
        worker, whose ChatOrderMiddleware already orders a chat's updates)."""
        if not is_postgres(self.session):
            return False
        await wait_chat_lock(self.session, UPDATE_CHAT, chat_id)
        return True

    async def release(self) -> None:
        """End a transaction in which nothing was written yet (reads only)."""
        session = self.session
        if session.new or session.dirty or session.deleted:
            # a rollback here would silently drop them: a handler bug, not a Telegram fault
            raise RuntimeError("release() with unsaved changes; commit_step() them first")
        await session.rollback()

    async def finish(self) -> None:
        """The middleware's commit when the handler is done: the rest of the update's effects."""
        await self.commit_step()

    async def abandon(self) -> None:
        """The middleware's rollback when the handler failed."""
        await self.session.rollback()
