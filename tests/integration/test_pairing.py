"""包户 against real databases: pairing answers, orders reserved for the paired volunteer, the
window opening exactly once (also across a restart), daily tasks made and listed late once,
households handed back to the lead, the volunteer's /today."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.intake import take_message
from domain.order_rules import Denial, OrderAction, OrderStatus
from domain.orders import CardPress, Outcome, act_on_order, attach_card
from domain.pair_claims import claim_offer
from domain.pair_tasks import TaskKind, TaskOutcome, mark_done
from domain.pairing import (
    PairOutcome,
    hand_back_pairings,
    pair_household,
    paired_volunteer,
    unpair_household,
)
from domain.settings_store import Setting, save_settings
from domain.volunteer_day import TodayAction, volunteer_day
from jobs.pairing_due import run_pairing
from models.buildings import Building
from models.db import create_engine, create_sessionmaker
from models.households import household_by_flat
from models.orders import Order, order_events
from models.pairing import HouseholdTask, OrderReservation, Pairing
from models.people import Person
from tests.support.factories import RecordingNotifier, make_building, make_person
from tests.support.rollcall import quarantined

ZONE = "Asia/Shanghai"
CARD = 900
DAY = date(2022, 4, 3)


def shanghai(day: date, hour: int, minute: int = 0) -> datetime:
    """A Shanghai wall-clock time as UTC (UTC+8 all year)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


@dataclass
class World:
    building: Building
    wang: Person  # resident of 3-2-501 (in quarantine)
    zhao: Person  # resident of 3-2-502 (registered, not in the ledger, not in quarantine)
    bob: Person  # volunteer, started the bot
    eve: Person  # volunteer, started the bot
    shy: Person  # volunteer who never started the bot
    lead: Person  # building lead, started the bot
    dave: Person  # no role


async def world(sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock) -> World:
    async with sessionmaker() as session:
        b = await make_building(session, clock)
        w = World(
            b,
            await make_person(session, clock, b, name="王阿姨", flat="3-2-501"),
            await make_person(session, clock, b, name="赵先生", flat="3-2-502"),
            await make_person(session, clock, b, name="Bob", volunteer=True, started=True),
            await make_person(session, clock, b, name="Eve", volunteer=True, started=True),
            await make_person(session, clock, b, name="Shy", volunteer=True),
            await make_person(session, clock, b, name="小夏", lead=True, started=True),
            await make_person(session, clock, b, name="Dave", started=True),
        )
        await quarantined(session, clock, b, "3-2-501", start=DAY - timedelta(days=2))
        await session.commit()
        return w


async def pair(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    w: World,
    flat: str,
    volunteer: Person,
    building: Building | None = None,
) -> PairOutcome:
    async with sessionmaker() as session:
        result = await pair_household(
            session,
            clock,
            building_id=(building or w.building).id,
            flat=flat,
            volunteer_id=volunteer.id,
            by=w.lead.id,
        )
        await session.commit()
        return result.outcome


async def order_from(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    notifier: RecordingNotifier,
    w: World,
    resident: Person,
    message_id: int,
    *,
    card: bool = True,
) -> Order:
    async with sessionmaker() as session:
        intake = await take_message(
            session,
            clock,
            notifier,
            building=w.building,
            person_id=resident.id,
            message_id=message_id,
            text="帮忙买一袋大米 两桶油",
            default_timezone=ZONE,
        )
        assert intake.order is not None
        if card:
            await attach_card(session, intake.order.id, CARD + message_id)
        await session.commit()
        return intake.order


async def press_claim(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    notifier: RecordingNotifier,
    w: World,
    order: Order,
    who: Person,
) -> Outcome | Denial:
    async with sessionmaker() as session:
        result = await act_on_order(
            session,
            clock,
            notifier,
            order_id=order.id,
            action=OrderAction.CLAIM,
            actor_id=who.id,
            pressed=CardPress(w.building.chat_id, CARD + order.source_message_id),
        )
        await session.commit()
        return result.denial or result.outcome


async def test_pair_answers_each_case(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await world(sessionmaker, clock)
    assert await pair(sessionmaker, clock, w, "9-9-909", w.bob) is PairOutcome.UNKNOWN_FLAT
    assert await pair(sessionmaker, clock, w, "3-2-501", w.dave) is PairOutcome.NOT_VOLUNTEER
    assert await pair(sessionmaker, clock, w, "3-2-501", w.bob) is PairOutcome.PAIRED
    assert await pair(sessionmaker, clock, w, "3-2-501", w.bob) is PairOutcome.UNCHANGED
    assert await pair(sessionmaker, clock, w, "3-2-501", w.eve) is PairOutcome.MOVED
    # a flat only a resident registered is added to the ledger; one nobody knows is not
    assert await pair(sessionmaker, clock, w, "3-2-502", w.bob) is PairOutcome.PAIRED
    async with sessionmaker() as session:
        assert await household_by_flat(session, w.building.id, "3-2-502") is not None
        assert await household_by_flat(session, w.building.id, "9-9-909") is None
        assert await paired_volunteer(session, w.building.id, "3-2-501") == w.eve.id
        assert len((await session.scalars(select(Pairing))).all()) == 2
        assert set((await session.scalars(select(Pairing.paired_by))).all()) == {w.lead.id}
        gone = await unpair_household(session, building_id=w.building.id, flat="3-2-501")
        again = await unpair_household(session, building_id=w.building.id, flat="3-2-501")
        unknown = await unpair_household(session, building_id=w.building.id, flat="9-9-909")
        await session.commit()
    assert (gone.outcome, gone.previous_id) == (PairOutcome.UNPAIRED, w.eve.id)
    assert again.outcome is PairOutcome.NOT_PAIRED
    assert unknown.outcome is PairOutcome.UNKNOWN_FLAT


async def test_an_order_of_a_paired_household_waits_for_its_volunteer(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await world(sessionmaker, clock)
    notifier = RecordingNotifier()
    await pair(sessionmaker, clock, w, "3-2-501", w.bob)
    order = await order_from(sessionmaker, clock, notifier, w, w.wang, 11)
    assert ("reserved", order.number, str(w.bob.id)) in notifier.events
    async with sessionmaker() as session:
        reservation = await session.scalar(select(OrderReservation))
        assert reservation is not None
        assert (reservation.volunteer_id, reservation.until) == (
            w.bob.id,
            clock.now() + timedelta(minutes=10),
        )
    clock.advance(minutes=5)
    assert await press_claim(sessionmaker, clock, notifier, w, order, w.eve) is Denial.RESERVED
    async with sessionmaker() as session:
        forged = await claim_offer(
            session, clock, notifier, notifier, order_id=order.id, actor_id=w.eve.id
        )
        taken = await claim_offer(
            session, clock, notifier, notifier, order_id=order.id, actor_id=w.bob.id
        )
        await session.commit()
    assert forged.outcome is Outcome.FOREIGN
    assert (taken.outcome, taken.status) == (Outcome.DONE, OrderStatus.CLAIMED)
    async with sessionmaker() as session:
        claimed = await session.get(Order, order.id)
        assert claimed is not None and claimed.volunteer_id == w.bob.id
        events = [(e.action, e.actor_id, e.detail) for e in await order_events(session, order.id)]
    assert events == [
        ("create", w.wang.id, None),
        ("reserve", None, f"for:{w.bob.id}"),
        ("claim", w.bob.id, "paired"),
    ]
    assert ("offer_taken", order.number, "claimed") in notifier.events
    # pressed again (a second tap, or after the window): told who has it, nothing changes
    async with sessionmaker() as session:
        again = await claim_offer(
            session, clock, notifier, notifier, order_id=order.id, actor_id=w.bob.id
        )
    assert (again.outcome, again.holder_name) == (Outcome.CONFLICT, "Bob")

    # released within the window, it is open to everyone: the reservation ended with the claim
    async with sessionmaker() as session:
        released = await act_on_order(
            session,
            clock,
            notifier,
            order_id=order.id,
            action=OrderAction.RELEASE,
            actor_id=w.bob.id,
            pressed=CardPress(w.building.chat_id, CARD + order.source_message_id),
        )
        await session.commit()
    assert released.outcome is Outcome.DONE
    assert await press_claim(sessionmaker, clock, notifier, w, order, w.eve) is Outcome.DONE


async def test_no_reservation_when_nobody_paired_can_be_told(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await world(sessionmaker, clock)
    notifier = RecordingNotifier()
    unpaired = await order_from(sessionmaker, clock, notifier, w, w.zhao, 21)
    await pair(sessionmaker, clock, w, "3-2-501", w.shy)  # never started the bot
    not_started = await order_from(sessionmaker, clock, notifier, w, w.wang, 22)
    async with sessionmaker() as session:
        assert (await session.scalars(select(OrderReservation))).all() == []
    assert not any(event[0] == "reserved" for event in notifier.events)
    for order in (unpaired, not_started):
        assert await press_claim(sessionmaker, clock, notifier, w, order, w.eve) is Outcome.DONE


async def test_the_window_is_the_communitys_setting(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await world(sessionmaker, clock)
    async with sessionmaker() as session:
        await save_settings(
            session,
            clock,
            community=w.building.community,
            values={Setting.PAIR_WINDOW: 25},
            by=None,
        )
        await session.commit()
    await pair(sessionmaker, clock, w, "3-2-501", w.bob)
    await order_from(sessionmaker, clock, RecordingNotifier(), w, w.wang, 31)
    async with sessionmaker() as session:
        reservation = await session.scalar(select(OrderReservation))
    assert reservation is not None and reservation.until == clock.now() + timedelta(minutes=25)


async def test_the_window_opens_exactly_once_across_a_restart(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await world(sessionmaker, clock)
    notifier = RecordingNotifier()
    await pair(sessionmaker, clock, w, "3-2-501", w.bob)
    order = await order_from(sessionmaker, clock, notifier, w, w.wang, 41)
    claimed_in_time = await order_from(sessionmaker, clock, notifier, w, w.wang, 42)
    no_card_yet = await order_from(sessionmaker, clock, notifier, w, w.wang, 43, card=False)
    async with sessionmaker() as session:
        await claim_offer(
            session, clock, notifier, notifier, order_id=claimed_in_time.id, actor_id=w.bob.id
        )
        await session.commit()

    clock.advance(minutes=9, seconds=59)
    assert (await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)).opened == 0
    clock.advance(seconds=1)  # the window's end: it opens now
    notifier.events.clear()
    first = await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)
    assert first.opened == 1
    assert notifier.events == [
        ("changed", order.number, "open"),
        ("offer_opened", order.number, "open"),  # the private offer says so
    ]
    assert (await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)).opened == 0

    # a new process on the same database: nothing opens twice
    engine = create_engine(database_url)
    try:
        restarted = create_sessionmaker(engine)
        again = await run_pairing(restarted, clock, notifier, default_timezone=ZONE)
        assert again.opened == 0
        async with restarted() as session:
            events = [e.action for e in await order_events(session, order.id)]
            assert events.count("window-open") == 1
            kept = [e.action for e in await order_events(session, claimed_in_time.id)]
            assert "window-open" not in kept  # claimed in time: re-checked, nothing to open
            waiting = await session.scalar(
                select(OrderReservation.opened_at).where(
                    OrderReservation.order_id == no_card_yet.id
                )
            )
            assert waiting is None  # its card is not in the group yet: it waits for it
            await attach_card(session, no_card_yet.id, 9999)
            await session.commit()
        late = await run_pairing(restarted, clock, notifier, default_timezone=ZONE)
        assert late.opened == 1
    finally:
        await engine.dispose()
    assert await press_claim(sessionmaker, clock, notifier, w, order, w.eve) is Outcome.DONE


async def test_daily_tasks_made_and_listed_late_once_per_building(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    clock.advance(seconds=(shanghai(DAY, 0, 30) - clock.now()).total_seconds())
    w = await world(sessionmaker, clock)
    notifier = RecordingNotifier()
    async with sessionmaker() as session:
        other = await make_building(session, clock, name="5号楼")
        ann = await make_person(session, clock, other, name="Ann", volunteer=True, started=True)
        await quarantined(session, clock, other, "5-1-101", start=DAY)
        await session.commit()
    await pair(sessionmaker, clock, w, "3-2-501", w.bob)
    await pair(sessionmaker, clock, w, "3-2-502", w.bob)  # not in quarantine: no tasks
    await pair(sessionmaker, clock, w, "5-1-101", ann, building=other)

    tick = await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)
    assert (tick.made, tick.late) == (4, 0)
    assert (await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)).made == 0
    async with sessionmaker() as session:
        tasks = (await session.scalars(select(HouseholdTask).order_by(HouseholdTask.id))).all()
    due = {(t.building_id, t.kind): (t.due_at, t.local_time, t.day) for t in tasks}
    assert due[w.building.id, "rubbish"] == (shanghai(DAY, 9), "09:00", DAY)
    assert due[w.building.id, "disinfect"] == (shanghai(DAY, 10), "10:00", DAY)

    clock.advance(seconds=(shanghai(DAY, 8, 59) - clock.now()).total_seconds())
    assert (await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)).late == 0
    clock.advance(minutes=1)  # 09:00: both rubbish runs are late
    assert (await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)).late == 2
    assert sorted(notifier.late) == sorted(
        [(w.building.id, [("3-2-501", "rubbish")]), (other.id, [("5-1-101", "rubbish")])]
    )

    disinfect = next(t for t in tasks if t.building_id == w.building.id and t.kind == "disinfect")
    clock.advance(minutes=30)
    async with sessionmaker() as session:
        refused = await mark_done(session, clock, task_id=disinfect.id, actor_id=w.dave.id)
        done = await mark_done(session, clock, task_id=disinfect.id, actor_id=w.bob.id)
        twice = await mark_done(session, clock, task_id=disinfect.id, actor_id=w.lead.id)
        missing = await mark_done(session, clock, task_id=999_999, actor_id=w.bob.id)
        await session.commit()
    assert (refused, done, twice, missing) == (
        TaskOutcome.DENIED,
        TaskOutcome.DONE,
        TaskOutcome.ALREADY,
        TaskOutcome.MISSING,
    )
    clock.advance(minutes=30)  # 10:00: only 5号楼's disinfection is late
    notifier.late.clear()
    assert (await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)).late == 1
    assert notifier.late == [(other.id, [("5-1-101", "disinfect")])]
    assert (await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)).late == 0

    # /today: the households, and the day's tasks with a button for each one not done
    async with sessionmaker() as session:
        items = await volunteer_day(session, w.bob.id, clock.now())
    keys = [item.key for item in items]
    assert keys == [
        "today-paired",
        "today-household",
        "today-household",
        "today-tasks",
        "today-task",
        "today-task-done",
    ]
    assert [item.values["flat"] for item in items[1:3]] == ["3-2-501", "3-2-502"]
    rubbish = next(t for t in tasks if t.building_id == w.building.id and t.kind == "rubbish")
    assert items[4].values == {"flat": "3-2-501", "task": "rubbish", "time": "09:00", "late": "yes"}
    assert [(b.action, b.ref_id) for b in items[4].buttons] == [(TodayAction.TASK_DONE, rubbish.id)]
    assert items[5].buttons == ()

    # no new day's tasks made (a quarantine ended): the last ones leave the list after a day
    clock.advance(hours=23, minutes=59)
    async with sessionmaker() as session:
        still = [item.key for item in await volunteer_day(session, w.bob.id, clock.now())]
        clock.advance(minutes=1)
        gone = [item.key for item in await volunteer_day(session, w.bob.id, clock.now())]
    assert still == [*keys[:4], "today-task-done"] and gone == keys[:3]


async def test_a_task_due_before_the_pairing_is_nobodys(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    clock.advance(seconds=(shanghai(DAY, 9, 30) - clock.now()).total_seconds())
    w = await world(sessionmaker, clock)
    await pair(sessionmaker, clock, w, "3-2-501", w.bob)
    notifier = RecordingNotifier()
    tick = await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)
    assert (tick.made, tick.late) == (1, 0)
    async with sessionmaker() as session:
        kinds = (await session.scalars(select(HouseholdTask.kind))).all()
    assert kinds == [TaskKind.DISINFECT.value]
    # the next day both are made
    clock.advance(days=1)
    assert (await run_pairing(sessionmaker, clock, notifier, default_timezone=ZONE)).made == 2


async def test_a_leaving_volunteers_households_go_to_the_lead(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    w = await world(sessionmaker, clock)
    notifier = RecordingNotifier()
    await pair(sessionmaker, clock, w, "3-2-502", w.bob)
    await pair(sessionmaker, clock, w, "3-2-501", w.bob)
    async with sessionmaker() as session:
        building = await session.get(Building, w.building.id)
        assert building is not None
        handback = await hand_back_pairings(
            session, clock, notifier, building=building, volunteer_id=w.bob.id
        )
        nothing = await hand_back_pairings(
            session, clock, notifier, building=building, volunteer_id=w.eve.id
        )
        await session.commit()
        assert handback.flats == ("3-2-501", "3-2-502")
        assert handback.lead is not None and handback.lead.id == w.lead.id
        assert (nothing.flats, nothing.lead) == ((), None)
        owners = set((await session.scalars(select(Pairing.volunteer_id))).all())
    assert owners == {w.lead.id}
    assert notifier.events == [("handed_back", w.bob.id, f"{w.lead.id}:3-2-501,3-2-502")]
    # the lead keeps them: an order of the household is now reserved for the lead
    await order_from(sessionmaker, clock, notifier, w, w.wang, 51)
    assert ("reserved", 1, str(w.lead.id)) in notifier.events

    # with nobody to take them (the lead leaving), the pairings end and the group is told
    async with sessionmaker() as session:
        building = await session.get(Building, w.building.id)
        assert building is not None
        gone = await hand_back_pairings(
            session, clock, notifier, building=building, volunteer_id=w.lead.id
        )
        await session.commit()
        assert gone.flats == ("3-2-501", "3-2-502") and gone.lead is None
        assert (await session.scalars(select(Pairing))).all() == []


async def test_two_processes_ticking_at_once_act_once(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    clock.advance(seconds=(shanghai(DAY, 0, 30) - clock.now()).total_seconds())
    w = await world(sessionmaker, clock)
    await pair(sessionmaker, clock, w, "3-2-501", w.bob)
    order = await order_from(sessionmaker, clock, RecordingNotifier(), w, w.wang, 61)
    clock.advance(seconds=(shanghai(DAY, 9) - clock.now()).total_seconds())  # window and 09:00
    engines = [create_engine(database_url) for _ in range(2)]
    notifiers = [RecordingNotifier(), RecordingNotifier()]
    try:
        ticks = await asyncio.gather(
            *(
                run_pairing(create_sessionmaker(engine), clock, notifier, default_timezone=ZONE)
                for engine, notifier in zip(engines, notifiers, strict=True)
            )
        )
    finally:
        for engine in engines:
            await engine.dispose()
    # each step happened in exactly one of them, whichever came first
    assert sum(tick.opened for tick in ticks) == 1
    assert sum(tick.made for tick in ticks) == 2  # the day's two tasks (paired at 00:30)
    assert sum(tick.late for tick in ticks) == 1
    events = [event for notifier in notifiers for event in notifier.events]
    assert events == [("changed", order.number, "open"), ("offer_opened", order.number, "open")]
    assert [late for notifier in notifiers for late in notifier.late] == [
        (w.building.id, [("3-2-501", "rubbish")])
    ]
    async with sessionmaker() as session:
        actions = [e.action for e in await order_events(session, order.id)]
    assert actions.count("window-open") == 1
