"""The ledger import in bulk (SQLite and PostgreSQL): the same results and ledger as the row-by-row
use cases it replaced, a 9,000-row file through the console (right ledger, audited, idempotent,
refused whole for one bad row), pairings checked by the console too, and racing writers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

import domain.ledger_import as ledger_import
from bot.console.files import run_import
from bot.l10n import L10n, Translator
from bot.quarantine_cli import result_line, result_lines
from domain.clock import FakeClock
from domain.console_access import Access, console_access
from domain.household_ledger import update_household
from domain.ledger_import import RowResult, apply_import, community_buildings, plan_import
from domain.ledger_terms import QuarantineType
from domain.pairing import pair_household
from domain.quarantine_registry import Outcome, register_quarantine
from models.buildings import Building
from models.console import ConsoleAudit
from models.households import Household, Quarantine, QuarantineChange, QuarantineKind
from models.pairing import Pairing
from tests.support.factories import make_building, make_person
from tests.support.ledger_reference import apply_row_by_row
from tests.support.registry import local_today

COMMUNITY = "幸福里"
ZONE = "Asia/Shanghai"
HEADERS = ["楼栋", "房号", "人数", "语言", "电话", "特殊需求", "备注", "隔离开始日期", "隔离类型"]


@dataclass(frozen=True)
class World:
    buildings: dict[str, int]
    people: dict[str, int]
    """Person ids by username."""
    staff: int


async def _world(session: AsyncSession, clock: FakeClock, names: list[str]) -> World:
    """A community of set-up buildings; volunteers bob_helps and eve in the first, ann in the
    second (when there is one), dave a resident of the first; staff in the first."""
    ids = {}
    for name in names:
        building = await make_building(session, clock, name=name)
        building.community = COMMUNITY
        ids[name] = building.id
    first = await session.get(Building, ids[names[0]])
    assert first is not None
    people = {}
    cast = [(first, "bob_helps", True), (first, "eve", True), (first, "dave", False)]
    if len(names) > 1:
        second = await session.get(Building, ids[names[1]])
        assert second is not None
        cast.append((second, "ann_5", True))
    for building, username, volunteer in cast:
        person = await make_person(session, clock, building, name=username, volunteer=volunteer)
        person.username = username
        people[username] = person.id
    staff = await make_person(session, clock, first, name="李主任", staff=True)
    await session.flush()
    return World(ids, people, staff.id)


async def _prepare(session: AsyncSession, clock: FakeClock, world: World, today: date) -> None:
    """A ledger with every case the import meets: unchanged, corrected, run out, paired."""
    b3 = world.buildings["3号楼"]
    bob = world.people["bob_helps"]
    records: list[tuple[str, dict[str, Any]]] = [
        ("3-2-501", {"people": 3, "phone": "13800000001"}),
        ("3-2-508", {"needs": "elderly", "note": "独居老人"}),
        ("3-2-509", {"people": 2, "language": "en"}),
    ]
    for flat, values in records:
        await update_household(session, clock, building_id=b3, flat=flat, values=values, by=None)
    for flat, start, kind, days in [
        ("3-2-501", today - timedelta(days=3), QuarantineKind.HOME, 14),
        ("3-2-502", today - timedelta(days=1), QuarantineKind.CUSTOM, 5),
        ("3-2-503", today - timedelta(days=20), QuarantineKind.HOME, 14),  # ran its course
        ("3-2-504", today - timedelta(days=2), QuarantineKind.HOME_THEN_MONITOR, 14),
        ("3-2-505", today, QuarantineKind.CUSTOM, 5),
    ]:
        registered = await register_quarantine(
            session,
            clock,
            building_id=b3,
            flat=flat,
            start=start,
            kind=QuarantineType(kind, days),
            today=start,
            by=None,
        )
        assert registered.outcome == Outcome.REGISTERED
    for flat in ("3-2-506", "3-2-507"):
        await update_household(session, clock, building_id=b3, flat=flat, values={}, by=None)
        await pair_household(session, clock, building_id=b3, flat=flat, volunteer_id=bob, by=None)


def _mixed_table(today: date) -> list[list[str]]:
    day = today.isoformat
    return [
        [
            "楼栋",
            "房号",
            "人数",
            "电话",
            "特殊需求",
            "备注",
            "隔离开始日期",
            "隔离类型",
            "包户志愿者",
        ],
        # unchanged: the same people, phone and quarantine
        [
            "3号楼",
            "3-2-501",
            "3",
            "13800000001",
            "",
            "",
            (today - timedelta(days=3)).isoformat(),
            "居家隔离",
            "",
        ],
        # a start alone: the custom 5 days kept, the start corrected
        ["3号楼", "3-2-502", "", "", "", "", (today - timedelta(days=2)).isoformat(), "", ""],
        # the old quarantine ran its course: closed, a new one registered
        ["3号楼", "3-2-503", "", "", "", "", day(), "居家隔离", ""],
        # 7+7 corrected to 居家隔离 (kind only)
        [
            "3号楼",
            "3-2-504",
            "",
            "",
            "",
            "",
            (today - timedelta(days=2)).isoformat(),
            "居家隔离",
            "",
        ],
        # a start alone whose kept type would be over before today: not registered
        ["3号楼", "3-2-505", "", "", "", "", (today - timedelta(days=6)).isoformat(), "", ""],
        ["3号楼", "3-2-506", "", "", "", "", "", "", "@eve"],  # moved from bob
        ["3号楼", "3-2-507", "", "", "", "", "", "", "@Bob_Helps"],  # unchanged pairing
        ["3号楼", "3-2-508", "", "", "独居", "独居老人", "", "", ""],  # needs changed only
        ["3号楼", "3-2-509", "2", "", "", "", "", "", ""],  # nothing changes
        ["3号楼", "3-3-301", "4", "13900000002", "孕妇,透析", "新来的", day(), "7+7", "@bob_helps"],
        ["5号楼", "5-1-101", "", "", "", "", "", "", ""],  # a new household, nothing else
        ["5号楼", "5-1-102", "", "+86 139-0000-0003", "", "", day(), "10", "@ann_5"],
    ]


def _plain_result(result: RowResult) -> RowResult:
    """A result without database ids (PostgreSQL's sequences do not roll back)."""
    change = result.quarantine
    if change is not None and change.standing is not None:
        change = replace(change, standing=replace(change.standing, quarantine_id=0))
    return replace(result, quarantine=change)


async def _snapshot(session: AsyncSession) -> dict[str, Any]:
    """The ledger as plain values, keyed by building and flat (no ids)."""
    households = {
        h.id: (h.building_id, h.flat) for h in (await session.execute(select(Household))).scalars()
    }
    rows = (await session.execute(select(Household))).scalars()
    quarantines = list((await session.execute(select(Quarantine))).scalars())
    by_quarantine = {q.id: households[q.household_id] for q in quarantines}
    changes = (await session.execute(select(QuarantineChange))).scalars()
    pairings = (await session.execute(select(Pairing))).scalars()
    return {
        "households": {
            (h.building_id, h.flat): (
                h.people,
                h.language,
                h.phone,
                h.needs,
                h.note,
                h.updated_by,
                h.created_at,
                h.updated_at,
            )
            for h in rows
        },
        "quarantines": sorted(
            (
                households[q.household_id],
                q.kind,
                q.start_date,
                q.days,
                q.ended_on,
                q.created_by,
                q.created_at,
                q.updated_at,
            )
            for q in quarantines
        ),
        "changes": sorted(
            (by_quarantine[c.quarantine_id], c.action, repr(c.detail), c.by, c.at) for c in changes
        ),
        "pairings": {
            households[p.household_id]: (p.building_id, p.volunteer_id, p.paired_by, p.paired_at)
            for p in pairings
        },
    }


async def test_bulk_import_does_what_the_row_by_row_use_cases_did(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    today = local_today(clock, ZONE)
    async with sessionmaker() as session, session.begin():
        world = await _world(session, clock, ["3号楼", "5号楼"])
        await _prepare(session, clock, world, today)
    clock.advance(minutes=5)
    outcomes = {}
    for label, apply in (("row by row", apply_row_by_row), ("bulk", apply_import)):
        async with sessionmaker() as session:
            buildings = await community_buildings(session, COMMUNITY)
            plan = await plan_import(
                session, _mixed_table(today), buildings, today=today, building=None
            )
            assert not plan.problems and len(plan.rows) == 12
            written = await apply(session, clock, plan, buildings, today=today)
            await session.flush()
            outcomes[label] = ([_plain_result(r) for r in written], await _snapshot(session))
            await session.rollback()
    assert outcomes["bulk"][0] == outcomes["row by row"][0]
    assert outcomes["bulk"][1] == outcomes["row by row"][1]
    # and the cases are those the table means to show
    results = {r.flat: r for r in outcomes["bulk"][0]}
    assert {flat: r.quarantine.outcome for flat, r in results.items() if r.quarantine} == {
        "3-2-501": Outcome.UNCHANGED,
        "3-2-502": Outcome.CORRECTED,
        "3-2-503": Outcome.REGISTERED,
        "3-2-504": Outcome.CORRECTED,
        "3-2-505": Outcome.OVER,
        "3-3-301": Outcome.REGISTERED,
        "5-1-102": Outcome.REGISTERED,
    }
    assert {flat: r.paired for flat, r in results.items() if r.paired} == {
        "3-2-506": "@eve",
        "3-3-301": "@bob_helps",
        "5-1-102": "@ann_5",
    }
    assert {flat for flat, r in results.items() if r.created} == {"3-3-301", "5-1-101", "5-1-102"}
    assert results["3-2-508"].household == {"needs": ["elderly", "living_alone"]}
    assert results["3-2-509"].household == {} and results["3-2-501"].household == {}
    # the lines, formatted with each label once, are those formatted one by one
    for languages in (("zh",), ("en",), ("zh", "en")):
        t = Translator(L10n(), languages)
        lines = result_lines(t, outcomes["bulk"][0])
        assert lines == [result_line(t, result) for result in outcomes["bulk"][0]]
        assert len(set(lines)) == 12


def _big_table(world: World, today: date, households: int) -> list[list[str]]:
    """One row per household: every field filled, quarantines of every kind."""
    names = sorted(world.buildings, key=lambda name: int(name.removesuffix("号楼")))
    per_building = households // len(names)
    kinds = ["居家隔离", "7+7", "10天"]
    rows = [HEADERS]
    for b, name in enumerate(names):
        for n in range(per_building):
            h = b * per_building + n
            flat = f"{n // 20 + 1}-{n % 2 + 1}-{n % 20 + 101}"
            rows.append(
                [
                    name,
                    flat,
                    str(h % 5 + 1),
                    ["zh", "en", ""][h % 3],
                    f"138{h:08d}",
                    ["", "独居老人", "孕妇"][h % 3],
                    f"备注 {h}" if h % 4 == 0 else "",
                    (today - timedelta(days=h % 7)).isoformat() if h % 2 == 0 else "",
                    kinds[h % 3] if h % 2 == 0 else "",
                ]
            )
    return rows


def _expected(table: list[list[str]], today: date) -> dict[str, Any]:
    """What the ledger must hold after importing the big table into an empty one."""
    households = {}
    quarantines = {}
    days = {"居家隔离": ("home", 14), "7+7": ("home_monitor", 14), "10天": ("custom", 10)}
    needs = {"": "", "独居老人": "living_alone elderly", "孕妇": "pregnancy"}
    for building, flat, people, lang, phone, need, note, start, kind in table[1:]:
        households[(building, flat)] = (int(people), lang or None, phone, needs[need], note or None)
        if start:
            quarantines[(building, flat)] = (*days[kind], date.fromisoformat(start))
    return {"households": households, "quarantines": quarantines}


async def _ledger(session: AsyncSession) -> dict[str, Any]:
    names = dict((await session.execute(select(Building.id, Building.name))).all())
    households = {}
    ids = {}
    for h in (await session.execute(select(Household))).scalars():
        households[(names[h.building_id], h.flat)] = (
            h.people,
            h.language,
            h.phone,
            h.needs,
            h.note,
        )
        ids[h.id] = (names[h.building_id], h.flat)
    quarantines = {
        ids[q.household_id]: (q.kind, q.days, q.start_date)
        for q in (await session.execute(select(Quarantine))).scalars()
    }
    return {"households": households, "quarantines": quarantines}


async def _counts(session: AsyncSession) -> tuple[int, ...]:
    """Rows of the ledger's tables and of the console audit."""
    return tuple(
        [
            await session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Household, Quarantine, QuarantineChange, Pairing, ConsoleAudit)
        ]
    )


async def _import(
    session: AsyncSession,
    clock: FakeClock,
    access: Access,
    table: list[list[str]],
    *,
    dry_run: bool,
) -> Any:
    return await run_import(
        session,
        clock,
        access,
        Translator(L10n(), ("zh",)),
        community=COMMUNITY,
        table=table,
        building=None,
        timezone=ZONE,
        dry_run=dry_run,
        file_name="台账.xlsx",
    )


async def test_9000_rows_through_the_console_right_ledger_audited_idempotent(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    today = local_today(clock, ZONE)
    async with sessionmaker() as session, session.begin():
        world = await _world(session, clock, [f"{b}号楼" for b in range(1, 301)])
    table = _big_table(world, today, 9000)
    assert len(table) == 9001

    async with sessionmaker() as session:
        access = await console_access(session, world.staff)
        dry = await _import(session, clock, access, table, dry_run=True)
    assert not dry.refused and dry.rows == 9000 and len(dry.lines) == 9001
    assert dry.lines[0] == (
        "第 2 行 1号楼 1-1-101：新住户; 台账更改：人数, 语言, 电话, 备注; "
        f"登记隔离：居家隔离 14 天，{today.isoformat()} 为第 1 天"
    )
    async with sessionmaker() as session:
        assert await _counts(session) == (0, 0, 0, 0, 0)  # the dry run wrote nothing

    async with sessionmaker() as session:
        done = await _import(session, clock, access, table, dry_run=False)
    assert not done.refused and done.rows == 9000
    expected = _expected(table, today)
    async with sessionmaker() as session:
        assert await _ledger(session) == expected
        changes = (await session.execute(select(QuarantineChange))).scalars().all()
        assert len(changes) == 4500 and {c.action for c in changes} == {"import"}
        audit = (await session.execute(select(ConsoleAudit))).scalars().all()
        assert [(a.action, a.target, a.after, a.person_id) for a in audit] == [
            ("ledger.import", "台账.xlsx", {"rows": 9000}, world.staff)
        ]
        before = await _snapshot(session)

    # importing the same file again changes nothing, even later
    clock.advance(minutes=10)
    async with sessionmaker() as session:
        again = await _import(session, clock, access, table, dry_run=False)
    assert not again.refused and again.rows == 9000
    assert sum("无更改" in line for line in again.lines) == 9000, again.lines[:3]
    async with sessionmaker() as session:
        assert await _snapshot(session) == before
        assert await session.scalar(select(func.count()).select_from(ConsoleAudit)) == 2

    # one bad row among 9,000 changed ones: refused whole, nothing written
    changed = [row[:] for row in table]
    for row in changed[1:]:
        row[2] = str(int(row[2]) + 1)
    changed[-1][2] = "很多"
    async with sessionmaker() as session:
        refused = await _import(session, clock, access, changed, dry_run=False)
    assert refused.refused and refused.rows == 0
    assert [line for line in refused.lines if "很多" in line] == [
        "第 9001 行，“人数”列：看不懂“很多”（应为人数）"
    ]
    async with sessionmaker() as session:
        assert await _snapshot(session) == before
        assert await session.scalar(select(func.count()).select_from(ConsoleAudit)) == 2


async def test_the_console_import_pairs_and_refuses_an_unknown_volunteer(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker() as session, session.begin():
        world = await _world(session, clock, ["3号楼", "5号楼"])
    table = [["楼栋", "房号", "包户志愿者"], ["3号楼", "3-2-501", "@bob_helps"]]
    async with sessionmaker() as session:
        access = await console_access(session, world.staff)
        refused = await _import(
            session, clock, access, [*table, ["3号楼", "3-2-502", "@nobody"]], dry_run=False
        )
        assert refused.refused
        assert [line for line in refused.lines if "@nobody" in line] == [
            "第 3 行，“包户志愿者”列：不认识志愿者“@nobody”（他需要先在楼栋群里说过话）"
        ]
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Household)) == 0
        done = await _import(session, clock, access, table, dry_run=False)
    assert not done.refused
    async with sessionmaker() as session:
        pairs = (await session.execute(select(Pairing.volunteer_id))).scalars().all()
    assert pairs == [world.people["bob_helps"]]


async def test_a_quarantine_changed_by_another_writer_meanwhile_is_a_conflict(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The import reads the open quarantines, then writes: a correction whose row another
    writer changed in between is not written (CONFLICT, no change recorded), as is a
    registration for a household another writer registered in between."""
    today = local_today(clock, ZONE)
    async with sessionmaker() as session, session.begin():
        world = await _world(session, clock, ["3号楼"])
        b3 = world.buildings["3号楼"]
        await register_quarantine(
            session,
            clock,
            building_id=b3,
            flat="3-2-501",
            start=today,
            kind=QuarantineType(QuarantineKind.HOME, 14),
            today=today,
            by=None,
        )
        await update_household(session, clock, building_id=b3, flat="3-2-502", values={}, by=None)
    read = ledger_import._open_quarantines

    async def read_then_someone_writes(session: AsyncSession, building_ids: Any) -> Any:
        found = await read(session, building_ids)
        await session.execute(update(Quarantine).values(days=Quarantine.days + 3))
        await register_quarantine(
            session,
            clock,
            building_id=b3,
            flat="3-2-502",
            start=today,
            kind=QuarantineType(QuarantineKind.CUSTOM, 5),
            today=today,
            by=world.staff,
        )
        return found

    monkeypatch.setattr(ledger_import, "_open_quarantines", read_then_someone_writes)
    table = [
        ["房号", "隔离开始日期", "隔离类型"],
        ["3-2-501", (today - timedelta(days=1)).isoformat(), "居家隔离"],
        ["3-2-502", today.isoformat(), "7+7"],
    ]
    async with sessionmaker() as session:
        buildings = await community_buildings(session, COMMUNITY)
        plan = await plan_import(session, table, buildings, today=today, building="3号楼")
        results = await apply_import(session, clock, plan, buildings, today=today)
        assert [r.quarantine.outcome for r in results if r.quarantine] == [
            Outcome.CONFLICT,
            Outcome.CONFLICT,
        ]
        quarantines = (await session.execute(select(Quarantine).order_by(Quarantine.id))).all()
        assert [(q.start_date, q.kind, q.days) for (q,) in quarantines] == [
            (today, "home", 17),  # the other writer's change stands
            (today, "custom", 5),
        ]
        actions = (await session.execute(select(QuarantineChange.action))).scalars().all()
        assert sorted(actions) == ["register", "register"]  # nothing recorded as import
