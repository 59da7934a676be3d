"""The console's Today page counts (SQLite and PostgreSQL): every number right for buildings of
two communities whose local days differ, in a fixed number of statements whatever the number
of buildings (no query per building)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.console_access import console_access
from domain.console_views import BuildingToday, today_page
from models.buildings import Member
from models.community_settings import CommunitySettings
from models.health import TemperatureReading
from models.households import Household, Quarantine
from models.rollcalls import RollCall, RollCallEntry
from models.sampling import SamplingEntry, SamplingPage, SamplingRound
from tests.support.console import NOW, ConsoleWorld, seed_console_world
from tests.support.factories import make_building

LOS_ANGELES = "America/Los_Angeles"
"""和平里's zone: at NOW (Saturday 10:30 in Shanghai) it is still Friday there."""


async def _both_communities(session: AsyncSession, clock: FakeClock) -> ConsoleWorld:
    """The console world, 和平里 in Los Angeles with a household of its own in quarantine, a
    roll call of its Friday and a fever; 3号楼's roll call and sampling with counts that differ
    (two of three reported, one of three sampled); the staff of 幸福里 staff of 和平里 too."""
    world = await seed_console_world(session, clock)
    session.add(CommunitySettings(community="和平里", timezone=LOS_ANGELES, updated_at=NOW))
    friday = NOW.date() - timedelta(days=1)
    other = world.other
    household = Household(
        building_id=other.id, flat="1-1-302", needs="", created_at=NOW, updated_at=NOW
    )
    session.add(household)
    await session.flush()
    session.add(
        Quarantine(
            household_id=household.id,
            building_id=other.id,
            kind="home",
            start_date=friday,
            days=14,
            created_at=NOW,
            updated_at=NOW,
        )
    )
    rollcall = RollCall(
        building_id=other.id,
        at=NOW - timedelta(hours=10),
        day=friday,
        local_time="08:00",
        open_until=NOW + timedelta(hours=6),
        created_at=NOW,
    )
    b3_rollcall = RollCall(
        building_id=world.b3.id,
        at=NOW - timedelta(hours=2),
        day=friday,  # 3号楼's roll call of yesterday: not today's
        local_time="20:00",
        open_until=NOW,
        created_at=NOW,
    )
    session.add_all([rollcall, b3_rollcall])
    await session.flush()
    b3_rollcall_today = await session.scalar(
        select(RollCall.id).where(RollCall.building_id == world.b3.id, RollCall.day == NOW.date())
    )
    round_id = await session.scalar(
        select(SamplingRound.id).where(SamplingRound.building_id == world.b3.id)
    )
    page_id = await session.scalar(select(SamplingPage.id).where(SamplingPage.round_id == round_id))
    session.add_all(
        [
            RollCallEntry(
                rollcall_id=rollcall.id,
                household_id=household.id,
                flat="1-1-302",
                reports=0,
            ),
            RollCallEntry(
                rollcall_id=b3_rollcall_today,
                household_id=world.households["b3 1-1-101"],
                flat="1-1-101",
                celsius=36.6,
                reports=1,
            ),
            RollCallEntry(
                rollcall_id=b3_rollcall.id,
                household_id=world.households["b3 1-1-101"],
                flat="1-1-101",
                reports=0,
            ),
            SamplingEntry(
                round_id=round_id,
                page_id=page_id,
                household_id=world.households["b3 3-1-102"],
                flat="3-1-102",
                quarantine_day=9,
            ),
            SamplingEntry(
                round_id=round_id,
                page_id=page_id,
                household_id=world.households["b3 1-1-101"],
                flat="1-1-101",
                quarantine_day=1,
            ),
            TemperatureReading(
                building_id=other.id,
                person_id=world.outsider.id,
                flat="1-1-302",
                celsius=38.5,
                fever=True,
                source_message_id=1,
                taken_at=NOW - timedelta(hours=1),  # Friday 17:30 in Los Angeles
            ),
            Member(
                building_id=other.id,
                person_id=world.staff.id,
                is_staff=True,
                created_at=NOW,
                updated_at=NOW,
            ),
        ]
    )
    await session.flush()
    return world


def _counting(engine: AsyncEngine) -> list[str]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    return statements


async def test_today_counts_two_communities_in_a_fixed_number_of_statements(
    sessionmaker: async_sessionmaker[AsyncSession], engine: AsyncEngine, clock: FakeClock
) -> None:
    async with sessionmaker() as session, session.begin():
        world = await _both_communities(session, clock)
    async with sessionmaker() as session:
        access = await console_access(session, world.staff.id)
        statements = _counting(engine)
        rows = await today_page(session, clock, access, "Asia/Shanghai")
    assert rows == [
        BuildingToday(
            world.other.id,
            "和平里1号楼",
            "和平里",
            in_quarantine=2,  # 1-1-301 (day 3 in Shanghai, day 2 in Los Angeles) and 1-1-302
            reports=0,
            missing=1,
            fevers=1,
        ),
        BuildingToday(
            world.b3.id,
            "3号楼",
            "幸福里",
            in_quarantine=2,
            open_orders=1,
            open_incidents=1,
            reports=2,
            missing=1,
            sampling_due=3,
            sampled=1,
            fevers=1,
            welfare_pending=1,
        ),
        BuildingToday(world.b5.id, "5号楼", "幸福里", in_quarantine=1),
    ]
    # the buildings, each community's settings, and the counts: one statement
    assert len(statements) == 4, statements

    # forty more buildings add no statement
    async with sessionmaker() as session, session.begin():
        for n in range(40):
            building = await make_building(session, clock, name=f"{n + 10}号楼")
            building.community = "幸福里"
    async with sessionmaker() as session:
        access = await console_access(session, world.staff.id)
        statements.clear()
        rows = await today_page(session, clock, access, "Asia/Shanghai")
    assert len(rows) == 43 and len(statements) == 4
