"""吹哨 calls against real databases: the last slot raced, cancelling, the reminder sent once."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.l10n import L10n
from bot.today_view import render_today
from domain.call_parser import CallRequest
from domain.calls import (
    CallOutcome,
    calls_today_section,
    cancel_sign_up,
    close_call,
    post_call,
    sign_up,
)
from domain.clock import Clock, FakeClock
from domain.volunteer_day import volunteer_day
from jobs.remind_calls import remind_calls
from models.buildings import Building, Member
from models.calls import CallSignup, VolunteerCall
from models.db import create_engine, create_sessionmaker
from models.orders import Order
from models.people import Person
from tests.support.factories import make_building, make_order, make_person

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)  # 16:00 in Shanghai


async def _call(
    session: AsyncSession, clock: FakeClock, slots: int, volunteers: int
) -> tuple[int, list[int]]:
    building = await make_building(session, clock)
    staff = await make_person(session, clock, building, name="李主任", staff=True)
    people = [
        (await make_person(session, clock, building, name=f"V{i}", volunteer=True, started=True)).id
        for i in range(volunteers)
    ]
    request = CallRequest("核酸采样引导", date(2026, 12, 6), time(7), time(10), slots)
    call = await post_call(
        session, clock, building=building, author_id=staff.id, request=request, zone=SHANGHAI
    )
    assert isinstance(call, VolunteerCall)
    await session.commit()
    return call.id, people


async def _press(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, call_id: int, person_id: int
) -> CallOutcome:
    async with sessionmaker() as session:
        call = await session.get(VolunteerCall, call_id)
        assert call is not None
        result = await sign_up(session, clock, call=call, person_id=person_id)
        await session.commit()
        return result.outcome


async def test_last_slot_raced_by_many_one_wins(postgres_database_url: str) -> None:
    engine = create_engine(postgres_database_url)
    sessionmaker = create_sessionmaker(engine)
    clock = FakeClock(NOW)
    try:
        async with sessionmaker() as session:
            call_id, people = await _call(session, clock, slots=3, volunteers=8)
        outcomes = await asyncio.gather(*(_press(sessionmaker, clock, call_id, p) for p in people))
        # and one volunteer pressing twice at once takes one slot at most
        again = await asyncio.gather(
            *(_press(sessionmaker, clock, call_id, people[0]) for _ in range(3))
        )
        assert outcomes.count(CallOutcome.SIGNED) == 3
        assert outcomes.count(CallOutcome.FULL) == 5
        assert CallOutcome.SIGNED not in again
        async with sessionmaker() as session:
            call = await session.get(VolunteerCall, call_id)
            rows = await session.scalar(select(func.count()).select_from(CallSignup))
            assert call is not None and call.taken == 3 and rows == 3
    finally:
        await engine.dispose()


async def test_same_person_racing_twice_signs_up_once(postgres_database_url: str) -> None:
    engine = create_engine(postgres_database_url)
    sessionmaker = create_sessionmaker(engine)
    clock = FakeClock(NOW)
    try:
        async with sessionmaker() as session:
            call_id, people = await _call(session, clock, slots=5, volunteers=1)
        outcomes = await asyncio.gather(
            *(_press(sessionmaker, clock, call_id, people[0]) for _ in range(4))
        )
        assert outcomes.count(CallOutcome.SIGNED) == 1
        assert set(outcomes) == {CallOutcome.SIGNED, CallOutcome.ALREADY}
        async with sessionmaker() as session:
            call = await session.get(VolunteerCall, call_id)
            assert call is not None and call.taken == 1
    finally:
        await engine.dispose()


async def test_cancel_frees_the_slot_and_closed_calls_take_nobody(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(NOW)
    async with sessionmaker() as session:
        call_id, people = await _call(session, clock, slots=1, volunteers=2)
        call = await session.get(VolunteerCall, call_id)
        assert call is not None
        assert (
            await sign_up(session, clock, call=call, person_id=people[0])
        ).outcome is CallOutcome.SIGNED
        assert (
            await sign_up(session, clock, call=call, person_id=people[1])
        ).outcome is CallOutcome.FULL
        cancel = await cancel_sign_up(session, clock, call=call, person_id=people[0])
        assert cancel.outcome is CallOutcome.CANCELLED and call.taken == 0
        again = await cancel_sign_up(session, clock, call=call, person_id=people[0])
        assert again.outcome is CallOutcome.NOT_SIGNED and call.taken == 0
        assert (await close_call(session, clock, call=call, person_id=people[1])).outcome is (
            CallOutcome.CLOSED_NOW
        )
        assert (
            await sign_up(session, clock, call=call, person_id=people[1])
        ).outcome is CallOutcome.CLOSED
        stranger = await make_person(session, clock, name="Dave")
        assert (await sign_up(session, clock, call=call, person_id=stranger.id)).outcome is (
            CallOutcome.NOT_VOLUNTEER
        )


class Recorded:
    """The reminder port, recording who would be told."""

    def __init__(self) -> None:
        self.told: list[tuple[int, int]] = []

    async def remind(
        self, session: AsyncSession, clock: Clock, call: VolunteerCall, person_id: int
    ) -> bool:
        self.told.append((call.id, person_id))
        return True


async def test_reminder_once_an_hour_before_even_with_two_ticks_at_once(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(NOW)
    async with sessionmaker() as session:
        call_id, people = await _call(session, clock, slots=3, volunteers=3)
        call = await session.get(VolunteerCall, call_id)
        assert call is not None
        for person in people[:2]:
            await sign_up(session, clock, call=call, person_id=person)
        await session.commit()
    recorded = Recorded()
    start = datetime(2026, 12, 6, 7, 0, tzinfo=SHANGHAI)
    clock.advance(seconds=(start - timedelta(minutes=61) - clock.now()).total_seconds())
    assert await remind_calls(sessionmaker, clock, recorded) == 0
    clock.advance(minutes=1)
    async with sessionmaker() as session:  # one who signs up within the hour needs no reminder
        call = await session.get(VolunteerCall, call_id)
        assert call is not None
        await sign_up(session, clock, call=call, person_id=people[2])
        await session.commit()
    counts = await asyncio.gather(
        remind_calls(sessionmaker, clock, recorded), remind_calls(sessionmaker, clock, recorded)
    )
    assert sum(counts) == 2
    assert sorted(recorded.told) == sorted((call_id, p) for p in people[:2])
    clock.advance(minutes=30)
    assert await remind_calls(sessionmaker, clock, recorded) == 0
    async with sessionmaker() as session:
        today = await calls_today_section(session, people[0], clock.now())
        assert [item.call.id for item in today] == [call_id]
        assert await calls_today_section(session, people[2] + 10_000, clock.now()) == []
        yesterday = await calls_today_section(session, people[0], clock.now() - timedelta(days=1))
        assert yesterday == []


async def test_today_lists_the_calls_and_the_orders_a_volunteer_holds(sessionmaker, clock) -> None:
    clock.advance(
        seconds=(datetime(2026, 12, 6, 6, 0, tzinfo=SHANGHAI) - clock.now()).total_seconds()
    )
    async with sessionmaker() as session:
        call_id, people = await _call(session, clock, slots=2, volunteers=1)
        call = await session.get(VolunteerCall, call_id)
        assert call is not None
        await sign_up(session, clock, call=call, person_id=people[0])
        volunteer = await session.get(Person, people[0])
        member = await session.scalar(select(Member).where(Member.person_id == people[0]))
        assert volunteer is not None and member is not None
        building = await session.get(Building, member.building_id)
        assert building is not None
        order = await make_order(session, clock, building, volunteer)
        await session.execute(
            update(Order)
            .where(Order.id == order.id)
            .values(status="claimed", volunteer_id=people[0])
        )
        await session.commit()
    async with sessionmaker() as session:
        items = await volunteer_day(session, people[0], clock.now())
    keys = [item.key for item in items]
    assert keys == ["today-held", "today-held-order", "today-calls", "today-call"]
    assert items[1].values["number"] == order.number
    assert items[3].values == {
        "title": "核酸采样引导",
        "start": "07:00",
        "end": "10:00",
        "building": building.name or building.chat_title or "",
    }
    text, _ = render_today(L10n().translator("en"), items)
    assert f"#{order.number}" in text and "07:00–10:00 核酸采样引导" in text
