"""/healthz: can this worker do its job? The database answers, the sender's loop runs, and no
message has waited too long to go out."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import Clock
from models import observability

log = logging.getLogger(__name__)

SENDER_STALE_SECONDS = 60.0
"""A lane that has not moved on for this long is stuck (its longest request is 30 s)."""
DATABASE_TIMEOUT = 5.0


class SenderProbe(Protocol):
    """What the health check asks the sender (OutboundSender)."""

    def alive(self, within: float) -> bool:
        """Whether its loops run and moved on within the last `within` seconds."""
        ...


@dataclass(frozen=True)
class Health:
    """One check's findings; `ok` decides 200 or 503."""

    database: bool
    sender: bool
    oldest_due_seconds: float | None
    max_due_seconds: float
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Healthy: the database answers, the sender runs, nothing due waited too long."""
        oldest = self.oldest_due_seconds
        late = oldest is not None and oldest > self.max_due_seconds
        return self.database and self.sender and not late

    def as_json(self) -> dict[str, Any]:
        """The body /healthz answers."""
        body: dict[str, Any] = {
            "ok": self.ok,
            "database": self.database,
            "sender_alive": self.sender,
            "oldest_due_outbox_seconds": (
                round(self.oldest_due_seconds, 3) if self.oldest_due_seconds is not None else None
            ),
            "max_due_outbox_seconds": self.max_due_seconds,
        }
        if self.error is not None:
            body["error"] = self.error
        return body


async def check_health(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    sender: SenderProbe,
    *,
    max_due_seconds: float,
) -> Health:
    """Look at the database, the sender and the outbox now (never raises)."""
    sender_alive = sender.alive(SENDER_STALE_SECONDS)
    now = clock.now()
    try:
        async with asyncio.timeout(DATABASE_TIMEOUT), sessionmaker() as session:
            await observability.database_answers(session)
            oldest = await observability.oldest_due_unsent(session, now=now)
    except Exception as exc:  # unreachable, refused, timed out: all mean "not healthy"
        log.warning("health check: the database did not answer: %s", exc)
        error = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        return Health(False, sender_alive, None, max_due_seconds, error)
    age = max(0.0, (now - oldest).total_seconds()) if oldest is not None else None
    return Health(True, sender_alive, age, max_due_seconds)
