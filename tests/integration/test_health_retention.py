"""Health records are deleted HEALTH_RETENTION_DAYS after a quarantine ends (both DBs)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from itertools import count

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from jobs.retain_health import retain_health
from models.health import TemperatureReading
from models.households import Household, Quarantine
from models.rollcalls import RollCall, RollCallEntry, WelfareCheck
from tests.support.console import ZONE
from tests.support.factories import make_building, make_person

NOW = datetime(2026, 12, 5, 10, 0, tzinfo=ZONE)
TODAY = NOW.date()
_ids = count(500)


async def _quarantined(
    session: AsyncSession, building_id: int, flat: str, last_day_ago: int
) -> int:
    """A household whose 14-day quarantine's last day was `last_day_ago` days ago (negative:
    still running), with a reading, a roll-call entry and a welfare finding on its day 5."""
    household = Household(
        building_id=building_id,
        flat=flat,
        note="独居老人 心脏病",
        phone="13800000000",
        created_at=NOW,
        updated_at=NOW,
    )
    session.add(household)
    await session.flush()
    start = TODAY - timedelta(days=last_day_ago + 13)
    session.add(
        Quarantine(
            household_id=household.id,
            building_id=building_id,
            kind="home",
            start_date=start,
            days=14,
            created_at=NOW,
            updated_at=NOW,
        )
    )
    day5 = start + timedelta(days=4)
    at = datetime.combine(day5, time(8), ZONE)
    resident = await make_person(session, FakeClock(NOW))
    reading = TemperatureReading(
        building_id=building_id,
        person_id=resident.id,
        flat=flat,
        celsius=38.1,
        fever=True,
        source_message_id=next(_ids),
        taken_at=at + timedelta(minutes=5),
    )
    rollcall = RollCall(
        building_id=building_id,
        at=at + timedelta(seconds=next(_ids)),
        day=day5,
        local_time="08:00",
        open_until=at + timedelta(hours=16),
        created_at=at,
    )
    session.add_all([reading, rollcall])
    await session.flush()
    session.add_all(
        [
            RollCallEntry(
                rollcall_id=rollcall.id,
                household_id=household.id,
                flat=flat,
                celsius=38.1,
                fever=True,
                reading_id=reading.id,
                reports=1,
            ),
            WelfareCheck(
                household_id=household.id,
                rollcall_id=rollcall.id,
                asked_at=at + timedelta(hours=3),
                finding="老人说胸闷，已联系医生",
            ),
        ]
    )
    await session.flush()
    return household.id


async def test_records_go_30_days_after_the_end_and_the_ledger_note_stays(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    clock._now = NOW
    async with sessionmaker() as session, session.begin():
        building = await make_building(session, clock)
        gone = await _quarantined(session, building.id, "1-1-101", last_day_ago=31)
        kept = await _quarantined(session, building.id, "1-1-102", last_day_ago=30)
        running = await _quarantined(session, building.id, "1-1-103", last_day_ago=-3)

    purged = await retain_health(
        sessionmaker, clock, keep_days=30, default_timezone="Asia/Shanghai"
    )
    assert (purged.readings, purged.rollcall_entries, purged.welfare_findings) == (1, 1, 1)
    again = await retain_health(sessionmaker, clock, keep_days=30, default_timezone="Asia/Shanghai")
    assert (again.readings, again.rollcall_entries, again.welfare_findings) == (0, 0, 0)

    async with sessionmaker() as session:
        flats = set((await session.scalars(select(TemperatureReading.flat))).all())
        assert flats == {"1-1-102", "1-1-103"}
        entries = {e.household_id: e for e in (await session.scalars(select(RollCallEntry))).all()}
        assert entries[gone].celsius is None and entries[gone].reading_id is None
        assert entries[gone].reports == 1  # that they reported stays; what they read does not
        assert entries[kept].celsius == 38.1 and entries[running].celsius == 38.1
        findings = {
            w.household_id: w.finding for w in (await session.scalars(select(WelfareCheck))).all()
        }
        assert findings[gone] is None and findings[kept] and findings[running]
        note = await session.get(Household, gone)
        assert note is not None and note.note == "独居老人 心脏病" and note.phone == "13800000000"

    clock.advance(days=1)  # the second household's day comes
    purged = await retain_health(
        sessionmaker, clock, keep_days=30, default_timezone="Asia/Shanghai"
    )
    assert purged.readings == 1
    async with sessionmaker() as session:
        assert set((await session.scalars(select(TemperatureReading.flat))).all()) == {"1-1-103"}


async def test_a_shorter_setting_deletes_sooner(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    clock._now = NOW
    async with sessionmaker() as session, session.begin():
        building = await make_building(session, clock)
        await _quarantined(session, building.id, "2-1-101", last_day_ago=8)
    kept = await retain_health(sessionmaker, clock, keep_days=30, default_timezone="Asia/Shanghai")
    assert kept.readings == 0
    purged = await retain_health(sessionmaker, clock, keep_days=7, default_timezone="Asia/Shanghai")
    assert purged.readings == 1
