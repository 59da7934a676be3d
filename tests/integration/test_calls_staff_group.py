"""Community-wide 吹哨 calls (posted in a staff group) against real databases: who may sign up
and run them, the last places raced by volunteers of several buildings, the reminder once,
/today, and the staff group's registration rules."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.call_view import CallCopyRenderer, CallRenderer, post_call_copies
from bot.l10n import L10n
from domain.buildings import group_migrated
from domain.call_parser import CallRequest
from domain.calls import (
    CALL_COPY,
    CallOutcome,
    call_on_message,
    calls_today_section,
    may_run_call,
    post_call,
    sign_up,
)
from domain.clock import Clock, FakeClock
from domain.staff_groups import (
    StaffGroupChange,
    community_group_chats,
    register_staff_group,
    unregister_staff_group,
)
from jobs.remind_calls import remind_calls
from models.buildings import Building
from models.calls import CallSignup, VolunteerCall
from models.db import create_engine, create_sessionmaker
from models.live import LiveMessage
from models.staff_groups import StaffGroup, staff_group_by_chat
from tests.support.factories import make_building, make_person

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)  # 16:00 in Shanghai
STAFF_CHAT = -100_777


class World:
    """幸福里 (3号楼 and 5号楼, volunteers in each, its staff 李主任) and 光明里's 7号楼."""

    def __init__(self) -> None:
        self.staff = 0
        self.volunteers: list[int] = []
        self.outsider = 0
        self.other_volunteer = 0
        self.other_staff = 0
        self.unserved_volunteer = 0
        self.group_id = 0
        self.buildings: list[int] = []


async def _world(session: AsyncSession, clock: FakeClock, per_building: int = 2) -> World:
    w = World()
    three = await make_building(session, clock, name="3号楼")
    five = await make_building(session, clock, name="5号楼")
    seven = await make_building(session, clock, name="7号楼")
    gone = await make_building(session, clock, name="9号楼")  # the bot was removed from it
    for building, community in ((three, "幸福里"), (five, "幸福里"), (seven, "光明里")):
        building.community = community
    gone.community, gone.active = "幸福里", False
    w.buildings = [three.id, five.id]
    w.staff = (await make_person(session, clock, three, name="李主任", staff=True)).id
    for building in (three, five):
        for i in range(per_building):
            person = await make_person(
                session, clock, building, name=f"{building.name}V{i}", volunteer=True, started=True
            )
            w.volunteers.append(person.id)
    w.outsider = (await make_person(session, clock, three, name="Dave")).id  # no role
    w.other_volunteer = (await make_person(session, clock, seven, name="Gina", volunteer=True)).id
    w.other_staff = (await make_person(session, clock, seven, name="Frank", staff=True)).id
    w.unserved_volunteer = (await make_person(session, clock, gone, name="Hal", volunteer=True)).id
    change, _ = await register_staff_group(
        session, clock, chat_id=STAFF_CHAT, title="工作群", community="幸福里", person_id=w.staff
    )
    assert change is StaffGroupChange.REGISTERED
    group = await staff_group_by_chat(session, STAFF_CHAT)
    assert group is not None
    w.group_id = group.id
    await session.commit()
    return w


async def _post(session: AsyncSession, clock: Clock, w: World, slots: int) -> VolunteerCall:
    group = await session.get(StaffGroup, w.group_id)
    assert group is not None
    request = CallRequest("核酸采样引导", date(2026, 12, 6), time(7), time(10), slots)
    call = await post_call(
        session, clock, staff_group=group, author_id=w.staff, request=request, zone=SHANGHAI
    )
    assert isinstance(call, VolunteerCall)
    await session.commit()
    return call


async def _press(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, call_id: int, person_id: int
) -> CallOutcome:
    async with sessionmaker() as session:
        call = await session.get(VolunteerCall, call_id)
        assert call is not None
        result = await sign_up(session, clock, call=call, person_id=person_id)
        await session.commit()
        return result.outcome


async def test_volunteers_of_every_building_sign_up_and_nobody_else(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(NOW)
    async with sessionmaker() as session:
        w = await _world(session, clock)
        call = await _post(session, clock, w, slots=10)
        assert call.building_id is None and call.community == "幸福里"
        outcomes = [
            (await sign_up(session, clock, call=call, person_id=p)).outcome
            for p in (*w.volunteers, w.staff)
        ]
        assert outcomes == [CallOutcome.SIGNED] * 5
        refused = [
            (await sign_up(session, clock, call=call, person_id=p)).outcome
            for p in (w.outsider, w.other_volunteer, w.other_staff, w.unserved_volunteer, 424242)
        ]
        assert refused == [CallOutcome.NOT_COMMUNITY_VOLUNTEER] * 5
        assert call.taken == 5
        # only the community's recorded staff run it (the group's admins are asked of Telegram)
        assert await may_run_call(session, call, w.staff)
        for person in (w.volunteers[0], w.other_staff, w.outsider):
            assert not await may_run_call(session, call, person)
        # presses count only from the call's own message in the staff group
        await session.commit()
        assert await call_on_message(session, call.id, STAFF_CHAT, None) is not None
        building = await session.get(Building, w.buildings[0])
        assert building is not None
        assert await call_on_message(session, call.id, building.chat_id, None) is None
        # a copy in each served building group of the community takes volunteers' presses
        l10n = L10n()
        assert await post_call_copies(session, clock, l10n, "Asia/Shanghai", call) == 2
        assert await post_call_copies(session, clock, l10n, "Asia/Shanghai", call) == 0  # once
        five = await session.get(Building, w.buildings[1])
        assert five is not None
        copies = (
            await session.scalars(select(LiveMessage).where(LiveMessage.purpose == CALL_COPY))
        ).all()
        assert sorted(c.chat_id for c in copies) == sorted([building.chat_id, five.chat_id])
        for copy in copies:
            copy.message_id = 55
        await session.flush()
        assert await call_on_message(session, call.id, five.chat_id, 55, copies=True) is not None
        assert await call_on_message(session, call.id, five.chat_id, 56, copies=True) is None
        assert await call_on_message(session, call.id, five.chat_id, 55) is None  # staff's
        seven = await session.scalar(select(Building).where(Building.name == "7号楼"))
        assert seven is not None
        assert await call_on_message(session, call.id, seven.chat_id, None, copies=True) is None
        copy_text = (await CallCopyRenderer(l10n, "Asia/Shanghai")(session, copies[0].ref_id)).text
        assert (
            "名单在社区工作群" in copy_text and "5/10" in copy_text and "3号楼V0" not in copy_text
        )
        # the message names the community and each volunteer's building
        text = (await CallRenderer(L10n(), "Asia/Shanghai")(session, call.id)).text
        assert "社区吹哨 Community call" in text and "幸福里" in text
        assert "3号楼V0</a> · 3号楼" in text and "5号楼V1</a> · 5号楼" in text
        assert "李主任</a> · 3号楼" in text


async def test_last_places_raced_by_volunteers_of_two_buildings(postgres_database_url: str) -> None:
    engine = create_engine(postgres_database_url)
    sessionmaker = create_sessionmaker(engine)
    clock = FakeClock(NOW)
    try:
        async with sessionmaker() as session:
            w = await _world(session, clock, per_building=5)
            call_id = (await _post(session, clock, w, slots=3)).id
        pressers = [*w.volunteers, w.other_volunteer, w.outsider]
        outcomes = await asyncio.gather(
            *(_press(sessionmaker, clock, call_id, p) for p in pressers)
        )
        again = await asyncio.gather(
            *(_press(sessionmaker, clock, call_id, w.volunteers[0]) for _ in range(3))
        )
        assert outcomes.count(CallOutcome.SIGNED) == 3
        assert outcomes.count(CallOutcome.FULL) == 7
        assert outcomes[-2:] == [CallOutcome.NOT_COMMUNITY_VOLUNTEER] * 2
        assert CallOutcome.SIGNED not in again
        async with sessionmaker() as session:
            call = await session.get(VolunteerCall, call_id)
            rows = await session.scalar(select(func.count()).select_from(CallSignup))
            assert call is not None and call.taken == 3 and rows == 3
    finally:
        await engine.dispose()


class Recorded:
    """The reminder port, recording who would be told."""

    def __init__(self) -> None:
        self.told: list[tuple[int, int]] = []

    async def remind(
        self, session: AsyncSession, clock: Clock, call: VolunteerCall, person_id: int
    ) -> bool:
        self.told.append((call.id, person_id))
        return True


async def test_reminder_once_and_today_names_the_community(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(NOW)
    async with sessionmaker() as session:
        w = await _world(session, clock)
        call = await _post(session, clock, w, slots=4)
        for person in (w.volunteers[0], w.volunteers[2]):  # one of each building
            await sign_up(session, clock, call=call, person_id=person)
        await session.commit()
    recorded = Recorded()
    start = datetime(2026, 12, 6, 7, 0, tzinfo=SHANGHAI)
    clock.advance(seconds=(start - timedelta(minutes=59) - clock.now()).total_seconds())
    counts = await asyncio.gather(
        remind_calls(sessionmaker, clock, recorded), remind_calls(sessionmaker, clock, recorded)
    )
    assert sum(counts) == 2
    assert sorted(recorded.told) == sorted((call.id, p) for p in (w.volunteers[0], w.volunteers[2]))
    assert await remind_calls(sessionmaker, clock, recorded) == 0
    async with sessionmaker() as session:
        today = await calls_today_section(session, w.volunteers[2], clock.now())
        assert [(item.call.id, item.place) for item in today] == [(call.id, "幸福里")]


async def test_staff_group_registration_rules(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock = FakeClock(NOW)
    async with sessionmaker() as session:
        w = await _world(session, clock)
        building = await session.get(Building, w.buildings[0])
        assert building is not None

        async def register(chat_id: int, community: str, person: int, admin: bool = False):
            change, named = await register_staff_group(
                session,
                clock,
                chat_id=chat_id,
                title="g",
                community=community,
                person_id=person,
                admin_elsewhere=admin,
            )
            return change, named

        assert await register(building.chat_id, "幸福里", w.staff) == (
            StaffGroupChange.IS_BUILDING,
            "幸福里",
        )
        assert await register(-1, "幸福里", w.volunteers[0]) == (
            StaffGroupChange.NOT_STAFF,
            "幸福里",
        )
        assert await register(-1, "幸福里", w.other_staff) == (StaffGroupChange.NOT_STAFF, "幸福里")
        assert await register(-1, "幸福里", w.outsider, admin=True) == (
            StaffGroupChange.REGISTERED,
            "幸福里",
        )
        assert await register(STAFF_CHAT, "幸福里", w.outsider) == (StaffGroupChange.SAME, "幸福里")
        assert await register(STAFF_CHAT, "光明里", w.other_staff) == (
            StaffGroupChange.TAKEN,
            "幸福里",
        )
        assert await unregister_staff_group(
            session, chat_id=STAFF_CHAT, person_id=w.other_staff
        ) == (StaffGroupChange.NOT_STAFF, "幸福里")
        assert await unregister_staff_group(session, chat_id=STAFF_CHAT, person_id=w.staff) == (
            StaffGroupChange.OFF,
            "幸福里",
        )
        assert await staff_group_by_chat(session, STAFF_CHAT) is None
        assert await unregister_staff_group(session, chat_id=STAFF_CHAT, person_id=w.staff) == (
            StaffGroupChange.NOT_REGISTERED,
            "",
        )
        assert await register(STAFF_CHAT, "光明里", w.other_staff) == (
            StaffGroupChange.REGISTERED,
            "光明里",
        )
        # the community's served building groups, whose admins Telegram is asked about
        chats = await community_group_chats(session, "幸福里")
        five = await session.get(Building, w.buildings[1])
        assert five is not None and chats == [building.chat_id, five.chat_id]
        # a group Telegram moves to a supergroup keeps its staff group
        await group_migrated(session, clock, old_chat_id=STAFF_CHAT, new_chat_id=-100_778)
        moved = await staff_group_by_chat(session, -100_778)
        assert moved is not None and moved.community == "光明里"


async def test_a_call_has_one_place(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    clock = FakeClock(NOW)
    async with sessionmaker() as session:
        w = await _world(session, clock)
        group = await session.get(StaffGroup, w.group_id)
        building = await session.get(Building, w.buildings[0])
        request = CallRequest("x", date(2026, 12, 6), time(7), time(10), 1)
        with pytest.raises(ValueError):
            await post_call(session, clock, author_id=w.staff, request=request, zone=SHANGHAI)
        with pytest.raises(ValueError):
            await post_call(
                session,
                clock,
                building=building,
                staff_group=group,
                author_id=w.staff,
                request=request,
                zone=SHANGHAI,
            )
        # and the database holds it to that too
        call = await _post(session, clock, w, slots=1)
        call.building_id = w.buildings[0]
        with pytest.raises(IntegrityError):
            await session.commit()
