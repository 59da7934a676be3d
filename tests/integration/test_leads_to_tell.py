"""Who hears privately about a building: its leads who started the bot, else its staff who did."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.members import leads_to_tell
from tests.support.factories import make_building, make_person


async def test_leads_who_started_the_bot_are_told_not_staff(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        other = await make_building(session, clock, name="4号楼")
        second = await make_person(session, clock, building, name="B", lead=True, started=True)
        first = await make_person(session, clock, building, name="A", lead=True, started=True)
        await make_person(session, clock, building, name="silent", lead=True)
        await make_person(session, clock, building, name="staff", staff=True, started=True)
        await make_person(session, clock, other, name="elsewhere", lead=True, started=True)
        told = await leads_to_tell(session, building.id)
    assert [p.id for p in told] == sorted([first.id, second.id])


async def test_staff_are_told_when_no_lead_can_be(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        await make_person(session, clock, building, name="lead", lead=True)
        staff = await make_person(session, clock, building, name="staff", staff=True, started=True)
        await make_person(session, clock, building, name="quiet staff", staff=True)
        await make_person(session, clock, building, name="resident", started=True)
        told = await leads_to_tell(session, building.id)
    assert [p.id for p in told] == [staff.id]


async def test_nobody_when_no_lead_or_staff_started_the_bot(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        await make_person(session, clock, building, name="lead", lead=True)
        await make_person(session, clock, building, name="staff", staff=True)
        await make_person(session, clock, building, name="resident", started=True)
        assert await leads_to_tell(session, building.id) == []
