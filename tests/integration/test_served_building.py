"""A calendar slot's building is served only while it is set up and the bot is in its group."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from models.buildings import served_building
from tests.support.factories import make_building


async def test_only_a_set_up_building_with_the_bot_is_served(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        served = await make_building(session, clock)
        unnamed = await make_building(session, clock, name=None)  # never ran /setup
        left = await make_building(session, clock, name="4号楼")
        left.active = False  # the bot was removed from the group
        await session.flush()
        assert await served_building(session, served.id) is served
        assert await served_building(session, unnamed.id) is None
        assert await served_building(session, left.id) is None
        assert await served_building(session, served.id + 1000) is None
