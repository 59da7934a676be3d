"""The staff console over HTTP (SQLite and PostgreSQL): links, sessions, scope, CSRF, audit."""

from __future__ import annotations

import html
import re

import pytest
from aiohttp import FormData
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.console.app import COOKIE, SECURITY_HEADERS
from domain.clock import FakeClock
from domain.console_access import LinkState, Reach, console_access, issue_link, redeem_link
from domain.console_views import chart_days, today_page
from models.buildings import Member
from models.console import ConsoleAudit
from models.households import Household
from tests.support.console import (
    TODAY,
    ConsoleWorld,
    link_for,
    seed_console_world,
    serve_console,
    sign_in,
)


@pytest.fixture
async def world(sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock) -> ConsoleWorld:
    async with sessionmaker() as session, session.begin():
        return await seed_console_world(session, clock)


async def test_each_role_covers_what_the_issue_says(
    sessionmaker: async_sessionmaker[AsyncSession], world: ConsoleWorld
) -> None:
    async with sessionmaker() as session:
        staff = await console_access(session, world.staff.id)
        lead = await console_access(session, world.lead.id)
        doctor = await console_access(session, world.doctor.id)
        resident = await console_access(session, world.resident.id)
        outsider = await console_access(session, world.outsider.id)
    # staff of one building of 幸福里 see every building of it, with phones
    assert staff.buildings == {world.b3.id: Reach.STAFF, world.b5.id: Reach.STAFF}
    assert lead.buildings == {world.b5.id: Reach.HEALTH}  # their building only
    assert doctor.buildings == {world.b3.id: Reach.HEALTH, world.b5.id: Reach.HEALTH}
    assert not resident and not resident.buildings
    assert outsider.buildings == {world.other.id: Reach.STAFF}


async def test_a_link_works_once_and_for_ten_minutes(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with sessionmaker() as session, session.begin():
        assert await issue_link(session, clock, world.resident.id) is None  # no role, no link
        token = await issue_link(session, clock, world.staff.id)
        late = await issue_link(session, clock, world.staff.id)
    assert token and late
    async with sessionmaker() as session, session.begin():
        first = await redeem_link(session, clock, token, "zh")
        again = await redeem_link(session, clock, token, "zh")
    assert not isinstance(first, LinkState) and first.session.person_id == world.staff.id
    assert again is LinkState.USED
    clock.advance(minutes=10)
    async with sessionmaker() as session, session.begin():
        assert await redeem_link(session, clock, late, "zh") is LinkState.EXPIRED
        assert await redeem_link(session, clock, "made-up", "zh") is LinkState.UNKNOWN


async def test_staff_sign_in_see_today_and_every_answer_has_the_headers(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with serve_console(sessionmaker, clock) as client:
        token = await link_for(sessionmaker, clock, world.staff.id)
        opened = await client.get(f"/console/login/{token}")
        assert "sign-in" in await opened.text()
        signed = await client.post("/console/login", data={"token": token})
        page = await signed.text()
        assert signed.status == 200 and signed.url.path == "/console/"
        cookie = signed.history[0].cookies[COOKIE]
        assert cookie["httponly"] and cookie["samesite"] == "Lax" and cookie["path"] == "/console"
        assert int(cookie["max-age"]) == 12 * 3600
        assert "3号楼" in page and "5号楼" in page and "和平里" not in page
        for answer in (opened, signed):
            for name, value in SECURITY_HEADERS.items():
                assert answer.headers[name] == value
        reused = await client.post("/console/login", data={"token": token})
        assert reused.status == 410 and "已经用过" in await reused.text()


async def test_today_counts_each_building(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with sessionmaker() as session:
        access = await console_access(session, world.staff.id)
        rows = {r.name: r for r in await today_page(session, clock, access, "Asia/Shanghai")}
    b3 = rows["3号楼"]
    assert (b3.in_quarantine, b3.open_orders, b3.open_incidents) == (2, 1, 1)
    assert (b3.reports, b3.missing, b3.sampled, b3.sampling_due) == (1, 1, 1, 1)
    assert (b3.fevers, b3.welfare_pending) == (1, 1)
    b5 = rows["5号楼"]
    assert (b5.in_quarantine, b5.open_orders, b5.reports, b5.fevers) == (1, 0, 0, 0)


async def test_expired_link_and_no_cookie_are_refused_plainly(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with serve_console(sessionmaker, clock) as client:
        token = await link_for(sessionmaker, clock, world.staff.id)
        clock.advance(minutes=10, seconds=1)
        page = await client.get(f"/console/login/{token}", headers={"Accept-Language": "en"})
        assert page.status == 410 and "expired" in await page.text()
        signed = await client.post("/console/login", data={"token": token})
        assert signed.status == 410 and COOKIE not in signed.cookies
        today = await client.get("/console/")
        assert today.status == 401


async def test_a_lead_sees_their_building_and_no_phones(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with serve_console(sessionmaker, clock) as client:
        await sign_in(client, sessionmaker, clock, world.lead.id)
        ledger = await (await client.get("/console/households")).text()
        assert "5-1-201" in ledger and "3-2-501" not in ledger
        assert "13800000004" not in ledger and "透析 周二" not in ledger
        assert '<form class="edit"' not in ledger
        other = await client.get(f"/console/households?building={world.b3.id}")
        assert other.status == 403
        calendar = await client.get(f"/console/calendar?building={world.b3.id}")
        assert calendar.status == 403


async def test_another_communitys_staff_get_403_and_cannot_edit(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    household = world.households["b3 3-2-501"]
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, world.outsider.id)
        for path in ("households", "incidents", "orders", "calendar"):
            answer = await client.get(f"/console/{path}?building={world.b3.id}")
            assert answer.status == 403, path
        edit = await client.post(
            f"/console/households/{household}", data={"csrf": csrf, "phone": "110"}
        )
        assert edit.status == 403
        everything = await (await client.get("/console/households?q=138")).text()
        assert "13800000001" not in everything
    async with sessionmaker() as session:
        assert (await session.get(Household, household)).phone == "13800000001"  # type: ignore[union-attr]
        assert not (await session.scalars(select(ConsoleAudit))).all()


async def test_a_resident_gets_no_link_and_no_page(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with sessionmaker() as session, session.begin():
        assert await issue_link(session, clock, world.resident.id) is None


async def test_an_edit_is_saved_and_shown_in_the_audit(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    household = world.households["b3 3-1-102"]
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, world.staff.id)
        forged = await client.post(
            f"/console/households/{household}", data={"csrf": "guess", "phone": "1"}
        )
        assert forged.status == 403
        saved = await client.post(
            f"/console/households/{household}",
            data={
                "csrf": csrf,
                "back": "/console/households?q=3-1-102",
                "people": "2",
                "phone": "13911112222",
                "needs": "独居老人",
                "note": "每天上午送药",
            },
        )
        assert saved.status == 200 and "13911112222" in await saved.text()
        bad = await client.post(
            f"/console/households/{household}",
            data={"csrf": csrf, "back": "/console/households", "people": "很多"},
        )
        assert "很多" in await bad.text()  # named, nothing saved
        audit = await (await client.get("/console/audit")).text()
    assert "李主任" in audit and "3-1-102" in audit
    assert "13800000002" in audit and "13911112222" in audit
    async with sessionmaker() as session:
        row = await session.get(Household, household)
        assert row is not None and row.people == 2 and row.note == "每天上午送药"
        assert row.needs == "living_alone elderly"
        entries = (await session.scalars(select(ConsoleAudit))).all()
    assert len(entries) == 1 and entries[0].person_id == world.staff.id
    assert entries[0].before["phone"] == "13800000002"
    assert entries[0].after["phone"] == "13911112222"


async def test_logout_ends_the_session(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, world.doctor.id)
        cookie = client.session.cookie_jar.filter_cookies(client.make_url("/console/"))[COOKIE]
        out = await client.post("/console/logout", data={"csrf": csrf})
        assert out.status == 200
        client.session.cookie_jar.update_cookies({COOKIE: cookie.value})  # a copy kept
        assert (await client.get("/console/")).status == 401


async def test_a_session_lasts_twelve_hours(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with serve_console(sessionmaker, clock) as client:
        await sign_in(client, sessionmaker, clock, world.doctor.id)
        clock.advance(hours=11, minutes=59)
        assert (await client.get("/console/")).status == 200
        clock.advance(minutes=2)
        assert (await client.get("/console/")).status == 401


async def test_a_role_taken_away_counts_at_once(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with serve_console(sessionmaker, clock) as client:
        await sign_in(client, sessionmaker, clock, world.doctor.id)
        assert (await client.get("/console/")).status == 200
        async with sessionmaker() as session, session.begin():
            await session.execute(
                update(Member).where(Member.person_id == world.doctor.id).values(is_doctor=False)
            )
        assert (await client.get("/console/")).status == 403


async def test_the_language_switches_with_a_form(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, world.staff.id)
        switched = await client.post(
            "/console/lang", data={"csrf": csrf, "lang": "en", "back": "/console/incidents"}
        )
        page = await switched.text()
        assert switched.url.path == "/console/incidents" and "To acknowledge" in page
        assert "4 min" in page  # reported 10:00, acknowledged 10:04
        away = await client.post(
            "/console/lang", data={"csrf": csrf, "lang": "zh", "back": "https://evil.example/"}
        )
        assert away.url.path == "/console/" and "今日" in await away.text()


async def test_pages_render_the_seeded_day(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with serve_console(sessionmaker, clock) as client:
        await sign_in(client, sessionmaker, clock, world.staff.id)
        orders = await (await client.get("/console/orders")).text()
        assert "帮忙买一袋大米" in orders
        calendar = await (await client.get(f"/console/calendar?building={world.b3.id}")).text()
        assert "38.2" in calendar and "3-1-102" in calendar
        quarantined = await (await client.get("/console/households?quarantined=1")).text()
        assert "3-2-501" in quarantined and "1-1-101" not in quarantined
        chain = await (await client.get("/console/chain")).text()
        assert "楼道长和社区医生" in chain and "5号楼 老张" in chain
        assert "周医生 (未私聊启动机器人" in chain  # an alert cannot reach the doctor
        assert "无人担任的楼栋: 5号楼" in chain  # 5号楼 has no doctor
        needs = await (await client.get("/console/households?need=dialysis")).text()
        assert "5-1-201" in needs and "3-2-501" not in needs


GOOD_CSV = (
    "楼栋,房号,人数,电话,备注\n3号楼,3-2-501,4,13700000001,\n5号楼,5-9-909,1,13700000002,新来的\n"
)
BAD_CSV = "楼栋,房号,人数,电话\n3号楼,3-2-501,4,13700000001\n5号楼,5-9-909,很多,13700000002\n"


async def _upload(client, csrf: str, content: str, name: str = "名单.csv"):
    form = FormData()
    form.add_field("csrf", csrf)
    form.add_field("community", "幸福里")
    form.add_field("building", "")
    form.add_field("file", content.encode("utf-8"), filename=name, content_type="text/csv")
    return await client.post("/console/import", data=form)


async def _phones(sessionmaker: async_sessionmaker[AsyncSession]) -> dict[str, str | None]:
    async with sessionmaker() as session:
        return {h.flat: h.phone for h in (await session.scalars(select(Household))).all()}


async def test_an_import_with_a_bad_row_changes_nothing(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    before = await _phones(sessionmaker)
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, world.staff.id)
        answer = await _upload(client, csrf, BAD_CSV)
        page = await answer.text()
    assert "row 3" in page or "第 3 行" in page, page
    assert "很多" in page and "import-now" not in page
    assert await _phones(sessionmaker) == before


async def test_an_import_is_a_dry_run_first_then_written_and_audited(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    before = await _phones(sessionmaker)
    async with serve_console(sessionmaker, clock) as client:
        csrf = await sign_in(client, sessionmaker, clock, world.staff.id)
        dry = await (await _upload(client, csrf, GOOD_CSV)).text()
        assert "import-now" in dry and "5-9-909" in dry
        assert await _phones(sessionmaker) == before  # the dry run wrote nothing
        table = re.search(r'name="table" value="([^"]*)"', dry)
        assert table is not None
        done = await client.post(
            "/console/import",
            data={
                "csrf": csrf,
                "community": "幸福里",
                "building": "",
                "file_name": "名单.csv",
                "table": html.unescape(table[1]),
                "confirm": "1",
            },
        )
        assert done.status == 200 and "import-now" not in await done.text()
        audit = await (await client.get("/console/audit")).text()
        assert "名单.csv" in audit
    after = await _phones(sessionmaker)
    assert after["3-2-501"] == "13700000001" and after["5-9-909"] == "13700000002"


async def test_export_is_the_importers_columns_for_staff_only(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with serve_console(sessionmaker, clock) as client:
        await sign_in(client, sessionmaker, clock, world.staff.id)
        answer = await client.get("/console/export?community=幸福里&format=csv")
        text = (await answer.read()).decode("utf-8-sig")
        assert answer.status == 200 and "attachment" in answer.headers["Content-Disposition"]
        assert text.splitlines()[0].startswith("楼栋,房号")
        assert "13800000004" in text and "和平里" not in text
        assert (await client.get("/console/export?community=和平里&format=csv")).status == 403
        xlsx = await client.get("/console/export?community=幸福里&format=xlsx")
        assert (await xlsx.read())[:2] == b"PK"
    async with serve_console(sessionmaker, clock) as client:
        await sign_in(client, sessionmaker, clock, world.doctor.id)  # a doctor: no phones
        assert (await client.get("/console/export?community=幸福里&format=csv")).status == 403


async def test_charts_count_the_last_14_days(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock, world: ConsoleWorld
) -> None:
    async with sessionmaker() as session:
        access = await console_access(session, world.staff.id)
        days = await chart_days(session, clock, access, "Asia/Shanghai")
    assert len(days) == 14 and days[-1].day == TODAY
    today = days[-1]
    assert (today.reports, today.missing, today.fevers) == (1, 1, 1)
    assert (today.opened, today.incidents, today.median_ack) == (2, 1, 240.0)
    assert all(d.reports == d.fevers == d.opened == d.incidents == 0 for d in days[:-1])
    async with serve_console(sessionmaker, clock) as client:
        await sign_in(client, sessionmaker, clock, world.staff.id)
        page = await (await client.get("/console/charts")).text()
    assert page.count("<svg viewBox") == 5
    assert f"{TODAY.isoformat()}: 4 min</title>" in page  # the median, as minutes
