"""The quarantine registry and settings store on SQLite and PostgreSQL: one open quarantine per
household even when two register at once, every change recorded, settings upserted."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.calendar_settings import calendar_settings, community_today
from domain.clock import FakeClock
from domain.household_ledger import update_household
from domain.ledger_terms import DEFAULT_TYPE, QuarantineType
from domain.quarantine_registry import (
    Outcome,
    building_quarantines,
    end_quarantine,
    extend_quarantine,
    household_standing,
    quarantine_changes,
    register_quarantine,
)
from domain.settings_store import Setting, save_settings
from models.households import Household, Quarantine, QuarantineKind
from tests.support.factories import make_building, make_person

TODAY = date(2022, 4, 1)


async def _building_and_staff(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> tuple[int, int]:
    async with sessionmaker() as session:
        building = await make_building(session, clock)
        staff = await make_person(session, clock, building, name="李主任", staff=True)
        await session.commit()
        return building.id, staff.id


async def test_register_correct_extend_end_and_the_trail(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building_id, staff = await _building_and_staff(sessionmaker, clock)
    async with sessionmaker() as session:
        first = await register_quarantine(
            session,
            clock,
            building_id=building_id,
            flat="3-2-501",
            start=TODAY - timedelta(days=2),
            kind=DEFAULT_TYPE,
            today=TODAY,
            by=staff,
        )
        assert first.outcome == Outcome.REGISTERED and first.standing is not None
        assert (first.standing.day, first.standing.last_day) == (3, date(2022, 4, 12))
        again = await register_quarantine(
            session,
            clock,
            building_id=building_id,
            flat="3-2-501",
            start=TODAY - timedelta(days=2),
            kind=DEFAULT_TYPE,
            today=TODAY,
            by=staff,
        )
        assert again.outcome == Outcome.UNCHANGED
        over = await register_quarantine(
            session,
            clock,
            building_id=building_id,
            flat="3-2-501",
            start=TODAY - timedelta(days=14),
            kind=DEFAULT_TYPE,
            today=TODAY,
            by=staff,
        )
        assert over.outcome == Outcome.OVER and over.detail == {"last_day": "2022-03-31"}
        fixed = await register_quarantine(
            session,
            clock,
            building_id=building_id,
            flat="3-2-501",
            start=TODAY,
            kind=QuarantineType(QuarantineKind.HOME_THEN_MONITOR, 14),
            today=TODAY,
            by=staff,
        )
        assert fixed.outcome == Outcome.CORRECTED and fixed.standing is not None
        assert fixed.standing.day == 1
        longer = await extend_quarantine(
            session, clock, building_id=building_id, flat="3-2-501", days=3, today=TODAY, by=staff
        )
        assert longer.standing is not None and longer.standing.last_day == date(2022, 4, 17)
        too_long = await extend_quarantine(
            session, clock, building_id=building_id, flat="3-2-501", days=44, today=TODAY, by=staff
        )
        assert too_long.outcome == Outcome.TOO_LONG
        listed = await building_quarantines(session, building_id, TODAY)
        assert [(s.flat, s.day, s.days) for s in listed] == [("3-2-501", 1, 17)]
        ended = await end_quarantine(
            session, clock, building_id=building_id, flat="3-2-501", today=TODAY, by=staff
        )
        assert ended.outcome == Outcome.ENDED
        assert await building_quarantines(session, building_id, TODAY) == []
        gone = await extend_quarantine(
            session, clock, building_id=building_id, flat="3-2-501", days=1, today=TODAY, by=staff
        )
        assert gone.outcome == Outcome.NOT_IN_QUARANTINE
        await session.commit()

    async with sessionmaker() as session:
        (row,) = (await session.execute(select(Quarantine))).scalars()
        # ended on its first day: it never counts as a day in quarantine
        assert (row.kind, row.days, row.ended_on) == ("home_monitor", 17, TODAY - timedelta(days=1))
        trail = await quarantine_changes(session, row.id)
        assert [(c.action, c.by) for c in trail] == [
            ("register", staff),
            ("correct", staff),
            ("extend", staff),
            ("end", staff),
        ]
        assert trail[1].detail == {
            "start_date": ["2022-03-30", "2022-04-01"],
            "kind": ["home", "home_monitor"],
        }
        assert all(c.at == clock.now() for c in trail)


async def test_a_quarantine_that_ran_out_makes_way_for_a_new_one(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building_id, staff = await _building_and_staff(sessionmaker, clock)
    async with sessionmaker() as session:
        await register_quarantine(
            session,
            clock,
            building_id=building_id,
            flat="3-2-501",
            start=date(2022, 3, 1),
            kind=DEFAULT_TYPE,
            today=date(2022, 3, 1),
            by=staff,
        )
        assert await household_standing(session, building_id, "3-2-501", TODAY) is None
        again = await register_quarantine(
            session,
            clock,
            building_id=building_id,
            flat="3-2-501",
            start=TODAY,
            kind=DEFAULT_TYPE,
            today=TODAY,
            by=staff,
        )
        assert again.outcome == Outcome.REGISTERED
        await session.commit()
        rows = (await session.execute(select(Quarantine).order_by(Quarantine.id))).scalars()
        assert [(q.start_date, q.ended_on) for q in rows] == [
            (date(2022, 3, 1), date(2022, 3, 14)),  # closed on its own last day
            (TODAY, None),
        ]


async def test_the_database_refuses_a_second_open_quarantine(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building_id, staff = await _building_and_staff(sessionmaker, clock)
    async with sessionmaker() as session:
        await register_quarantine(
            session,
            clock,
            building_id=building_id,
            flat="3-2-501",
            start=TODAY,
            kind=DEFAULT_TYPE,
            today=TODAY,
            by=staff,
        )
        await session.commit()
        household = (await session.execute(select(Household))).scalar_one()
        session.add(
            Quarantine(
                household_id=household.id,
                building_id=building_id,
                kind="home",
                start_date=TODAY,
                days=14,
                created_at=clock.now(),
                updated_at=clock.now(),
            )
        )
        with pytest.raises(IntegrityError):
            await session.commit()


async def test_two_registering_at_once_leave_one_open_quarantine(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    """Two staff (or a staff member and an import) register the same flat at the same moment."""
    building_id, staff = await _building_and_staff(sessionmaker, clock)
    async with sessionmaker() as session:  # the household exists, so only the quarantine races
        await update_household(
            session, clock, building_id=building_id, flat="3-2-501", values={}, by=None
        )
        await session.commit()

    async def register(start: date) -> Outcome:
        async with sessionmaker() as session:
            change = await register_quarantine(
                session,
                clock,
                building_id=building_id,
                flat="3-2-501",
                start=start,
                kind=DEFAULT_TYPE,
                today=TODAY,
                by=staff,
            )
            await asyncio.sleep(0.05)  # hold the transaction open while the other one runs
            await session.commit()
            return change.outcome

    outcomes = await asyncio.gather(register(TODAY), register(TODAY - timedelta(days=1)))
    assert Outcome.REGISTERED in outcomes
    assert set(outcomes) <= {Outcome.REGISTERED, Outcome.CORRECTED, Outcome.CONFLICT}
    async with sessionmaker() as session:
        rows = list((await session.execute(select(Quarantine))).scalars())
        assert len(rows) == 1 and rows[0].ended_on is None
        recorded = await quarantine_changes(session, rows[0].id)
        assert len(recorded) == outcomes.count(Outcome.REGISTERED) + outcomes.count(
            Outcome.CORRECTED
        )


async def test_settings_upsert_keeps_the_other_columns(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    _, staff = await _building_and_staff(sessionmaker, clock)
    async with sessionmaker() as session:
        await save_settings(
            session, clock, community="幸福里", values={Setting.GRACE: 90}, by=staff
        )
        await session.commit()
    async with sessionmaker() as session:
        await save_settings(
            session,
            clock,
            community="幸福里",
            values={Setting.TIMEZONE: "Europe/Berlin", Setting.ROLLCALL_TIMES: "07:00 19:00"},
            by=staff,
        )
        await session.commit()
    async with sessionmaker() as session:
        effective = await calendar_settings(session, "幸福里", "Asia/Shanghai")
        other = await calendar_settings(session, "别的社区", "Asia/Shanghai")
    assert effective.timezone == "Europe/Berlin" and effective.grace == timedelta(minutes=90)
    assert [t.hour for t in effective.rollcall_times] == [7, 19]
    assert other.timezone == "Asia/Shanghai" and other.grace == timedelta(hours=2)


async def test_today_is_the_communitys_own_date(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(datetime(2022, 4, 1, 20, 0, tzinfo=UTC))  # 04:00 on 2 April in Shanghai
    _, staff = await _building_and_staff(sessionmaker, clock)
    async with sessionmaker() as session:
        await save_settings(
            session, clock, community="柏林", values={Setting.TIMEZONE: "Europe/Berlin"}, by=staff
        )
        await session.commit()
    async with sessionmaker() as session:
        assert await community_today(session, clock, "幸福里", "Asia/Shanghai") == date(2022, 4, 2)
        assert await community_today(session, clock, "柏林", "Asia/Shanghai") == date(2022, 4, 1)


async def test_household_update_records_before_and_after(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    building_id, staff = await _building_and_staff(sessionmaker, clock)
    async with sessionmaker() as session:
        first = await update_household(
            session,
            clock,
            building_id=building_id,
            flat="3-2-501",
            values={"people": 2, "needs": "elderly"},
            by=staff,
        )
        second = await update_household(
            session,
            clock,
            building_id=building_id,
            flat="3-2-501",
            values={"people": 2, "phone": "13800138000"},
            by=staff,
        )
        await session.commit()
        household = (await session.execute(select(Household))).scalar_one()
    assert first == {"people": [None, 2], "needs": ["", "elderly"]}
    assert second == {"phone": [None, "13800138000"]}
    assert (household.people, household.needs, household.updated_by) == (2, "elderly", staff)
