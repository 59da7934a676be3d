"""A community for the staff console's tests, and the console served on 127.0.0.1:0."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.console.app import console_app
from bot.l10n import L10n
from bot.notifier import TelegramNotifier
from bot.settings import Settings
from domain.clock import FakeClock
from domain.console_access import issue_link
from domain.order_rules import OrderStatus
from models.buildings import Building
from models.health import TemperatureReading
from models.households import Household, Quarantine
from models.incidents import Incident
from models.people import Person
from models.rollcalls import RollCall, RollCallEntry, WelfareCheck
from models.sampling import SamplingEntry, SamplingPage, SamplingRound
from tests.support.factories import make_building, make_order, make_person

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 5, 10, 30, tzinfo=ZONE)
"""Saturday 10:30 in the community: the 08:00 roll call is out, sampling is under way."""
TODAY = NOW.date()
_ids = count(9000)


@dataclass
class ConsoleWorld:
    """幸福里 with two buildings, its staff, a lead, a doctor, a resident; 和平里's staff."""

    b3: Building
    b5: Building
    other: Building
    staff: Person
    lead: Person
    doctor: Person
    resident: Person
    outsider: Person
    households: dict[str, int]
    """"b3 3-2-501" (b3, b5 or other, and the flat) → household id."""


async def _household(
    session: AsyncSession,
    building: Building,
    flat: str,
    *,
    day: int | None,
    phone: str | None = None,
    note: str | None = None,
    needs: str = "",
    people: int | None = 2,
    now: datetime = NOW,
) -> Household:
    today = now.astimezone(ZONE).date()
    household = Household(
        building_id=building.id,
        flat=flat,
        people=people,
        phone=phone,
        note=note,
        needs=needs,
        created_at=now,
        updated_at=now,
    )
    session.add(household)
    await session.flush()
    if day is not None:
        session.add(
            Quarantine(
                household_id=household.id,
                building_id=building.id,
                kind="home",
                start_date=today - timedelta(days=day - 1),
                days=14,
                created_at=now,
                updated_at=now,
            )
        )
    return household


async def seed_console_world(
    session: AsyncSession,
    clock: FakeClock,
    *,
    now: datetime | None = None,
    names: tuple[str, str] = ("3号楼", "5号楼"),
) -> ConsoleWorld:
    """Buildings, people, households in quarantine, an order, an incident, a roll call, a fever,
    a sampling round and a welfare check, all on the community's today.

    Without `now` the clock is set to NOW; with it (a running bot's clock) the clock is left be.
    """
    if now is None:
        clock._now = now = NOW
    today = now.astimezone(ZONE).date()
    b3 = await make_building(session, clock, name=names[0])
    b5 = await make_building(session, clock, name=names[1])
    other = await make_building(session, clock, name="和平里1号楼")
    b3.community = b5.community = "幸福里"
    other.community = "和平里"
    staff = await make_person(session, clock, b3, name="李主任", staff=True, started=True)
    lead = await make_person(session, clock, b5, name="老张", lead=True, started=True)
    doctor = await make_person(session, clock, b3, name="周医生", doctor=True)  # no /start
    resident = await make_person(session, clock, b3, name="王阿姨", flat="3-2-501")
    outsider = await make_person(session, clock, other, name="Ms Chen", staff=True, started=True)
    outsider.language = "en"
    flats = {
        (b3, "3-2-501"): dict(day=4, phone="13800000001", note="心脏病 独居", needs="living_alone"),
        (b3, "3-1-102"): dict(day=9, phone="13800000002", note="独居老人", needs="elderly"),
        (b3, "1-1-101"): dict(day=None, phone="13800000003"),
        (b5, "5-1-201"): dict(day=2, phone="13800000004", note="透析 周二", needs="dialysis"),
        (b5, "5-1-202"): dict(day=15, phone="13800000005"),  # its 14 days ran out yesterday
        (other, "1-1-301"): dict(day=3, phone="13900000009", note="和平里的备注"),
    }
    labels = {b3.id: "b3", b5.id: "b5", other.id: "other"}
    households = {}
    for (building, flat), values in flats.items():
        household = await _household(session, building, flat, now=now, **values)  # type: ignore[arg-type]
        households[f"{labels[building.id]} {flat}"] = household.id
    await make_order(session, clock, b3, resident)
    await make_order(session, clock, b3, resident, status=OrderStatus.DELIVERED)
    session.add(
        Incident(
            building_id=b3.id,
            community="幸福里",
            reporter_id=resident.id,
            flat="3-2-501",
            text="我老婆突然心脏闷痛，手脚冒汗",
            hint="cardiac",
            source="message",
            source_chat_id=b3.chat_id,
            source_message_id=next(_ids),
            source_key=f"msg:{b3.chat_id}:{next(_ids)}",
            status="acknowledged",
            reported_at=now - timedelta(minutes=30),
            acknowledged_at=now - timedelta(minutes=26),
            transported_at=now - timedelta(minutes=15),
        )
    )
    rollcall = RollCall(
        building_id=b3.id,
        at=datetime.combine(today, datetime.min.time(), ZONE).replace(hour=8),
        day=today,
        local_time="08:00",
        open_until=datetime.combine(today + timedelta(days=1), datetime.min.time(), ZONE),
        created_at=now,
    )
    session.add(rollcall)
    await session.flush()
    session.add_all(
        [
            RollCallEntry(
                rollcall_id=rollcall.id,
                household_id=households["b3 3-2-501"],
                flat="3-2-501",
                celsius=38.2,
                fever=True,
                reports=1,
            ),
            RollCallEntry(
                rollcall_id=rollcall.id,
                household_id=households["b3 3-1-102"],
                flat="3-1-102",
                reports=0,
            ),
            TemperatureReading(
                building_id=b3.id,
                person_id=resident.id,
                flat="3-2-501",
                celsius=38.2,
                fever=True,
                source_message_id=next(_ids),
                taken_at=now - timedelta(hours=2),
            ),
            WelfareCheck(
                household_id=households["b3 3-1-102"],
                rollcall_id=rollcall.id,
                asked_at=now - timedelta(hours=1),
            ),
        ]
    )
    sampling = SamplingRound(building_id=b3.id, day=today, window="08:00-11:00", created_at=now)
    session.add(sampling)
    await session.flush()
    page = SamplingPage(round_id=sampling.id, page=1)
    session.add(page)
    await session.flush()
    session.add(
        SamplingEntry(
            round_id=sampling.id,
            page_id=page.id,
            household_id=households["b3 3-2-501"],
            flat="3-2-501",
            quarantine_day=4,
            sampled_at=now - timedelta(minutes=40),
            sampled_by=staff.id,
        )
    )
    await session.flush()
    return ConsoleWorld(b3, b5, other, staff, lead, doctor, resident, outsider, households)


def console_settings(tmp_database: str = "sqlite+aiosqlite:///:memory:") -> Settings:
    """Settings as the bot reads them, without the environment."""
    return Settings(_env_file=None, database_url=tmp_database)  # type: ignore[call-arg]


@contextlib.asynccontextmanager
async def serve_console(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    *,
    notifier: TelegramNotifier | None = None,
    wake: Callable[[], None] | None = None,
) -> AsyncIterator[TestClient]:
    """The console mounted at /console on a server of its own at 127.0.0.1:0, and a client;
    with a running bot's notifier and sender's wake, as the bot's web server mounts it."""
    root = web.Application()
    root.add_subapp(
        "/console",
        console_app(sessionmaker, clock, L10n(), console_settings(), notifier=notifier, wake=wake),
    )
    client: TestClient = TestClient(TestServer(root, host="127.0.0.1", port=0))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


async def link_for(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, person_id: int
) -> str:
    """A one-time link's token for a person, as /console would send it."""
    async with sessionmaker() as session, session.begin():
        token = await issue_link(session, clock, person_id)
    assert token is not None, "the person has no role the console covers"
    return token


async def sign_in(
    client: TestClient,
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    person_id: int,
) -> str:
    """Open a link's page and press Sign in; the session's CSRF token, read from Today."""
    token = await link_for(sessionmaker, clock, person_id)
    page = await client.get(f"/console/login/{token}")
    assert page.status == 200, await page.text()
    signed = await client.post("/console/login", data={"token": token})
    assert signed.status == 200 and signed.url.path == "/console/", await signed.text()
    return csrf_of(await signed.text())


def csrf_of(page: str) -> str:
    """The CSRF token a page's forms carry."""
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, "no form with a CSRF token on the page"
    return found[1]


def today_of(day: date) -> str:
    """A date as the calendar page's title shows it."""
    return day.isoformat()
