"""The group's admins (the fallback when nobody in the chain can be reached) are asked of
Telegram with no database connection held, on the report and on the sweep alike."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import QueuePool

from domain.incidents import Source, open_emergency
from jobs.sweep_incidents import sweep_incidents
from models.buildings import Building
from tests.support.factories import RecordingNotifier, make_chain, make_person
from tests.support.incidents import incident_world


@dataclass
class TelegramLike(RecordingNotifier):
    """Asking Telegram checks that no connection is held; the climb gets what was asked."""

    engine: AsyncEngine | None = None
    admin_id: int = 0
    asked: int = 0
    known: list[int] = field(default_factory=list)

    async def group_admins(self, building: Building) -> list[int]:
        assert self.engine is not None
        pool = self.engine.pool
        assert isinstance(pool, QueuePool)  # both engines pool (SQLite's holds one connection)
        assert pool.checkedout() == 0, "Telegram asked inside a transaction"
        self.asked += 1
        self.known = [self.admin_id]
        return list(self.known)

    def remembered_admins(self, building: Building) -> list[int]:
        return list(self.known)


async def test_admins_are_asked_outside_any_transaction_and_alerted(
    engine: AsyncEngine, sessionmaker, clock
) -> None:
    w = await incident_world(sessionmaker, clock, chain=False)
    async with sessionmaker() as session:
        await make_chain(session, w.building.community, ("无人", 60, "", False))
        admin = await make_person(session, clock, name="群管理员", started=True)
        await session.commit()
    notifier = TelegramLike(engine=engine, admin_id=admin.id)
    async with sessionmaker() as session:
        opened = await open_emergency(
            session,
            clock,
            notifier,
            building=w.building,
            reporter_id=w.resident.id,
            text="救命",
            source=Source.MESSAGE,
            chat_id=w.building.chat_id,
            message_id=5,
            flat="3-2-501",
            stored=session.commit,  # as the handler's commit_step
        )
        await session.commit()
    assert opened is not None and notifier.asked == 1
    assert (0, 0, admin.id) in notifier.alerts  # the fallback did not lose the admins

    clock.advance(seconds=61)
    assert await sweep_incidents(sessionmaker, clock, notifier) == 1
    assert notifier.asked == 2
    assert (0, 1, admin.id) in notifier.alerts  # each round asks again, then alerts them
