"""A simulated day of one building's orders, on a fake clock, through the real domain and jobs.

40 households, 6 volunteers, 120 orders arriving in a morning and an evening peak. Volunteers
press at human speeds (seeded random delays): some quick, one slow who sometimes holds an order
past the undelivered time, one who goes silent mid-morning (never delivers nor answers again).
The lead reacts to what the follow-ups tell them: nudges a volunteer when an order waits
unclaimed, releases an order its volunteer left without an answer. Every press goes through
`act_on_order` and every follow-up through `sweep_follow_ups`, run when it falls due (the clock
jumps from one event to the next; the scheduler wakes at the next due time, bot/scheduler.py).

Used by tests/integration/test_order_day.py (the bar) and bench/bench_order_day.py (figures).
"""

from __future__ import annotations

import heapq
import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from itertools import count
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.clock import FakeClock
from domain.order_follow_up import Answer, AnswerCheck, check_answer, record_answer
from domain.order_rules import OrderAction, OrderStatus
from domain.order_stats import percentile
from domain.orders import Outcome
from jobs.sweep_follow_ups import sweep_follow_ups
from models.buildings import Building
from models.households import get_or_create_household
from models.order_follow_ups import next_follow_up_due
from models.orders import Order, OrderEvent
from tests.support.factories import RecordingNotifier, make_building, make_person
from tests.support.follow_ups import RecordingFollowUps, Told, open_request, press

ZONE = ZoneInfo("Asia/Shanghai")
REQUESTS = (
    ("帮忙买一袋大米 两桶油 谢谢", 0.30),
    ("谁能帮忙带点青菜和鸡蛋", 0.25),
    ("please buy me a bag of rice and some milk", 0.15),
    ("帮忙取一下快递 谢谢", 0.15),
    ("帮忙买一盒降压药 硝苯地平 谢谢", 0.15),
)
"""Request texts and how often each is sent; the last is medicine (urgent for a chronic flat)."""


@dataclass(frozen=True)
class Volunteer:
    """How one volunteer presses: minutes to notice a card, to deliver, at most held at once."""

    name: str
    notice: float
    """Median minutes to notice a new card or a nudge and press Claim."""
    deliver: float
    """Median minutes from claim to Delivered."""
    capacity: int
    hours: tuple[time, time] = (time(7, 0), time(22, 0))
    """Local hours they look at the group."""
    silent_from: time | None = None
    """From this local time they press nothing more (the phone died, they fell ill)."""
    spread: float = 0.5
    """The log-normal spread of their delays (0.5: a quarter of delays above ~1.4× median)."""


VOLUNTEERS = (
    Volunteer("Quick 1", notice=3, deliver=35, capacity=3, hours=(time(6, 30), time(21, 0))),
    Volunteer("Quick 2", notice=4, deliver=45, capacity=3),
    Volunteer("Steady 1", notice=8, deliver=60, capacity=2),
    Volunteer("Steady 2", notice=10, deliver=50, capacity=2, hours=(time(8, 0), time(23, 0))),
    Volunteer("Slow", notice=20, deliver=150, capacity=2, spread=0.6),
    Volunteer("Silent", notice=6, deliver=45, capacity=2, silent_from=time(9, 30)),
)


@dataclass(frozen=True)
class DayPlan:
    """The day to simulate."""

    day: datetime = datetime(2026, 12, 7, tzinfo=ZONE)
    seed: int = 11
    households: int = 40
    chronic: int = 4
    """Households whose ledger names a chronic condition (their medicine orders are urgent)."""
    orders: int = 120
    volunteers: tuple[Volunteer, ...] = VOLUNTEERS
    slack: timedelta = timedelta(0)
    """How late the lead may be told (none: the scheduler wakes at each due time)."""
    lead_reacts: float = 4.0
    """Median minutes for the lead to act on what they are told."""


@dataclass(frozen=True)
class OpenSpell:
    """One stretch an order spent open: from its creation or a release to its claim (or end)."""

    number: int
    since: datetime
    until: datetime
    urgent: bool
    lead_told_at: datetime | None

    @property
    def waited(self) -> timedelta:
        return self.until - self.since


@dataclass
class DayResult:
    """What the day came to."""

    plan: DayPlan
    orders: int
    to_claim: list[timedelta]
    to_deliver: list[timedelta]
    spells: list[OpenSpell]
    told: list[Told]
    undelivered: int
    events: int
    end: datetime

    def limit(self, spell: OpenSpell) -> timedelta:
        """How long the spell may last before the lead must have been told (the defaults)."""
        return timedelta(minutes=10 if spell.urgent else 30)

    @property
    def forgotten(self) -> list[OpenSpell]:
        """Spells that waited past their limit (and the slack), the lead not told within it."""
        return [
            spell
            for spell in self.spells
            if spell.waited > self.limit(spell) + self.plan.slack
            and (
                spell.lead_told_at is None
                or spell.lead_told_at - spell.since > self.limit(spell) + self.plan.slack
            )
        ]

    @property
    def claimed_in_the_sweep_gap(self) -> list[OpenSpell]:
        """Spells claimed after their limit but within the slack, the lead not told."""
        return [
            spell
            for spell in self.spells
            if self.limit(spell) < spell.waited <= self.limit(spell) + self.plan.slack
            and spell.lead_told_at is None
        ]

    @property
    def longest_before_told(self) -> timedelta:
        """The longest an order waited unclaimed before the lead was told of it."""
        waits = [s.lead_told_at - s.since for s in self.spells if s.lead_told_at is not None]
        return max(waits, default=timedelta(0))

    @property
    def longest_untold(self) -> timedelta:
        """The longest an order waited unclaimed with the lead never told."""
        waits = [s.waited for s in self.spells if s.lead_told_at is None]
        return max(waits, default=timedelta(0))

    def report(self) -> list[str]:
        """The figures, one a line."""

        def minutes(value: timedelta | None) -> str:
            return "—" if value is None else f"{value.total_seconds() / 60:.1f} min"

        kinds = {k: sum(t.what == k for t in self.told) for k in ("unclaimed", "ask", "held")}
        return [
            f"orders {self.orders}, "
            f"delivered {len(self.to_deliver)}, not delivered by the end {self.undelivered}",
            f"time to claim: p50 {minutes(percentile(self.to_claim, 0.5))}, "
            f"p90 {minutes(percentile(self.to_claim, 0.9))}, max {minutes(max(self.to_claim))}",
            f"time to deliver: p50 {minutes(percentile(self.to_deliver, 0.5))}, "
            f"p90 {minutes(percentile(self.to_deliver, 0.9))}",
            f"follow-ups: {kinds['unclaimed']} raised unclaimed, {kinds['ask']} volunteers asked, "
            f"{kinds['held']} leads told of an order held",
            f"longest unclaimed wait before the lead was told: {minutes(self.longest_before_told)}",
            f"longest unclaimed wait with the lead never told: {minutes(self.longest_untold)}",
            f"claimed past the limit within the slack (lead not told): "
            f"{len(self.claimed_in_the_sweep_gap)}",
            f"orders waiting past their limit without the lead told: {len(self.forgotten)}",
        ]


def _arrivals(plan: DayPlan, rng: random.Random) -> list[datetime]:
    """Order times: half in a morning peak, two fifths in an evening peak, the rest between."""
    day = plan.day
    morning = round(plan.orders * 0.5)
    evening = round(plan.orders * 0.4)
    times = []
    for _ in range(morning):
        minutes = min(max(rng.gauss(8.5 * 60, 45), 6.5 * 60), 11.5 * 60)
        times.append(day + timedelta(minutes=minutes))
    for _ in range(evening):
        minutes = min(max(rng.gauss(18.5 * 60, 45), 16 * 60), 21.5 * 60)
        times.append(day + timedelta(minutes=minutes))
    for _ in range(plan.orders - morning - evening):
        times.append(day + timedelta(minutes=rng.uniform(11.5 * 60, 16 * 60)))
    return sorted(t.astimezone(UTC) for t in times)


def _delay(rng: random.Random, median: float, spread: float) -> timedelta:
    """A human delay: log-normal around its median, at least 20 seconds."""
    return timedelta(minutes=max(1 / 3, median * math.exp(rng.gauss(0, spread))))


@dataclass
class _Person:
    model: Volunteer
    person_id: int
    held: set[int] = field(default_factory=set)


class OrderDay:
    """One run of the plan on a fresh, migrated database."""

    def __init__(
        self, sessionmaker: async_sessionmaker[AsyncSession], plan: DayPlan | None = None
    ) -> None:
        self.sessionmaker = sessionmaker
        self.plan = plan or DayPlan()
        self.rng = random.Random(self.plan.seed)
        self.clock = FakeClock(self.plan.day.astimezone(UTC))
        self.told = RecordingFollowUps(self.clock)
        self.notifier = RecordingNotifier()
        self._queue: list[tuple[datetime, int, str, tuple[int, ...]]] = []
        self._seq = count()
        self._seen = 0
        self.events = 0

    def _at(self, when: datetime, what: str, *args: int) -> None:
        heapq.heappush(self._queue, (when, next(self._seq), what, args))

    async def _setup(self) -> None:
        plan = self.plan
        async with self.sessionmaker() as session:
            building = await make_building(session, self.clock)
            building.community = "模拟社区"
            self.lead = await make_person(
                session, self.clock, building, name="楼道长", lead=True, staff=True, started=True
            )
            self.residents: list[tuple[int, str]] = []
            for n in range(plan.households):
                flat = f"{n // 20 + 1}-{n // 10 % 2 + 1}-{(n % 10) // 2 + 1}0{n % 2 + 1}"
                person = await make_person(session, self.clock, building, flat=flat)
                household = await get_or_create_household(
                    session, building_id=building.id, flat=flat, now=self.clock.now()
                )
                household.needs = "chronic elderly" if n < plan.chronic else ""
                self.residents.append((person.id, flat))
            self.volunteers: list[_Person] = []
            for model in plan.volunteers:
                person = await make_person(
                    session, self.clock, building, name=model.name, volunteer=True, started=True
                )
                self.volunteers.append(_Person(model, person.id))
            await session.commit()
            self.building_id = building.id
        weights = [weight for _, weight in REQUESTS]
        for at in _arrivals(plan, self.rng):
            who = self.rng.randrange(len(self.residents))
            text = self.rng.choices(range(len(REQUESTS)), weights)[0]
            self._at(at, "arrive", who, text)

    def _local(self, when: datetime) -> time:
        return when.astimezone(ZONE).time()

    def _silent(self, who: _Person, when: datetime) -> bool:
        silent_from = who.model.silent_from
        return silent_from is not None and self._local(when) >= silent_from

    def _awake(self, who: _Person, when: datetime) -> bool:
        start, end = who.model.hours
        return start <= self._local(when) < end and not self._silent(who, when)

    def _notice(self, who: _Person, when: datetime) -> None:
        """The volunteer will look at the group after their delay (or when their hours start)."""
        if self._silent(who, when):
            return
        start = when
        if not self._awake(who, when):
            opens = datetime.combine(when.astimezone(ZONE).date(), who.model.hours[0], ZONE)
            if opens <= when:
                opens += timedelta(days=1)
            start = opens.astimezone(UTC)
        delay = _delay(self.rng, who.model.notice, who.model.spread)
        self._at(start + delay, "look", self.volunteers.index(who))

    def _everyone_notices(self, when: datetime) -> None:
        for who in self.volunteers:
            if len(who.held) < who.model.capacity:
                self._notice(who, when)

    async def _open_orders(self) -> list[Order]:
        async with self.sessionmaker() as session:
            stmt = (
                select(Order)
                .where(Order.building_id == self.building_id, Order.status == OrderStatus.OPEN)
                .order_by(Order.urgent.desc(), Order.created_at)
            )
            return list((await session.scalars(stmt)).all())

    async def _look(self, who: _Person) -> None:
        """Claim the most pressing open order if they have room; look again while they do."""
        now = self.clock.now()
        if not self._awake(who, now) or len(who.held) >= who.model.capacity:
            return
        for order in await self._open_orders():
            result = await press(
                self.sessionmaker,
                self.clock,
                order.id,
                OrderAction.CLAIM,
                who.person_id,
                notifier=self.notifier,
            )
            if result.outcome is Outcome.DONE:
                who.held.add(order.id)
                delay = _delay(self.rng, who.model.deliver, who.model.spread)
                self._at(now + delay, "deliver", self.volunteers.index(who), order.id)
                if len(who.held) < who.model.capacity:
                    self._at(now + _delay(self.rng, 2, 0.3), "look", self.volunteers.index(who))
                return

    async def _deliver(self, who: _Person, order_id: int) -> None:
        if self._silent(who, self.clock.now()) or order_id not in who.held:
            return
        result = await press(
            self.sessionmaker,
            self.clock,
            order_id,
            OrderAction.DELIVER,
            who.person_id,
            notifier=self.notifier,
        )
        who.held.discard(order_id)
        if result.outcome is Outcome.DONE:
            self._notice(who, self.clock.now())

    async def _answer(self, who: _Person, told: Told) -> None:
        """A volunteer who is not silent answers the question: still on it."""
        if self._silent(who, self.clock.now()):
            return
        async with self.sessionmaker() as session:
            asked = await check_answer(session, told.follow_up_id, who.person_id)
            if asked.check is AnswerCheck.OK:
                await record_answer(session, self.clock.now(), asked, Answer.STILL)
                await session.commit()

    async def _lead_releases(self, number: int) -> None:
        """The lead, told an order is held without an answer, hands it back to everyone."""
        async with self.sessionmaker() as session:
            order = (
                await session.scalars(
                    select(Order).where(
                        Order.building_id == self.building_id, Order.number == number
                    )
                )
            ).one()
        if order.status != OrderStatus.CLAIMED:
            return
        holder = next((v for v in self.volunteers if order.id in v.held), None)
        result = await press(
            self.sessionmaker,
            self.clock,
            order.id,
            OrderAction.RELEASE,
            self.lead.id,
            notifier=self.notifier,
        )
        if result.outcome is Outcome.DONE:
            if holder is not None:
                holder.held.discard(order.id)
            self._everyone_notices(self.clock.now())

    def _react(self, told: Told) -> None:
        """What people do about what the follow-ups told them."""
        now = self.clock.now()
        lead_delay = _delay(self.rng, self.plan.lead_reacts, 0.5)
        if told.what == "unclaimed":
            self._everyone_notices(now)  # the reply under the card is seen in the group
            self._at(now + lead_delay, "nudge")
        elif told.what == "ask":
            who = next(v for v in self.volunteers if v.person_id == told.to[0])
            delay = _delay(self.rng, who.model.notice, who.model.spread)
            index = self.told.told.index(told)
            self._at(now + delay, "answer", self.volunteers.index(who), index)
        elif told.what == "held":
            self._at(now + lead_delay, "release", told.number)

    async def _nudge(self) -> None:
        """The lead messages the volunteer holding the fewest orders, who looks soon."""
        now = self.clock.now()
        awake = [v for v in self.volunteers if self._awake(v, now)] or self.volunteers
        who = min(awake, key=lambda v: (len(v.held), v.model.notice))
        self._at(now + _delay(self.rng, 3, 0.4), "look", self.volunteers.index(who))

    async def _sweeps_until(self, until: datetime) -> None:
        """Run the follow-up sweeps the scheduler would run before `until`: it wakes at the next
        due time itself (bot/scheduler.py), so each runs when its follow-up falls due."""
        while True:
            async with self.sessionmaker() as session:
                due = await next_follow_up_due(session)
            if due is None:
                return
            tick = due
            if tick > until:
                return
            self.clock._now = max(self.clock.now(), tick)
            await sweep_follow_ups(self.sessionmaker, self.clock, self.told)
            for told in self.told.told[self._seen :]:
                self._react(told)
            self._seen = len(self.told.told)

    async def run(self, *, until: timedelta = timedelta(hours=34)) -> DayResult:
        """Play the day, the night after and the next morning (until `until` from its start, so
        what was released at night is picked up), then measure."""
        await self._setup()
        end = self.plan.day.astimezone(UTC) + until
        while self._queue:
            when = self._queue[0][0]
            await self._sweeps_until(min(when, end))
            if when > end:
                break
            when, _, what, args = heapq.heappop(self._queue)
            self.clock._now = max(self.clock.now(), when)
            self.events += 1
            if what == "arrive":
                resident, flat = self.residents[args[0]]
                text = REQUESTS[args[1]][0]
                await open_request(
                    self.sessionmaker,
                    self.clock,
                    self.building_id,
                    resident,
                    text,
                    flat=flat,
                    notifier=self.notifier,
                )
                self._everyone_notices(self.clock.now())
            elif what == "look":
                await self._look(self.volunteers[args[0]])
            elif what == "deliver":
                await self._deliver(self.volunteers[args[0]], args[1])
            elif what == "answer":
                await self._answer(self.volunteers[args[0]], self.told.told[args[1]])
            elif what == "release":
                await self._lead_releases(args[0])
            elif what == "nudge":
                await self._nudge()
        await self._sweeps_until(end)
        self.clock._now = max(self.clock.now(), end)
        return await self._measure(end)

    async def _measure(self, end: datetime) -> DayResult:
        async with self.sessionmaker() as session:
            orders = list(
                (
                    await session.scalars(
                        select(Order).where(Order.building_id == self.building_id)
                    )
                ).all()
            )
            events = list(
                (
                    await session.scalars(
                        select(OrderEvent)
                        .join(Order, Order.id == OrderEvent.order_id)
                        .where(Order.building_id == self.building_id)
                        .order_by(OrderEvent.id)
                    )
                ).all()
            )
            building = await session.get(Building, self.building_id)
            assert building is not None
        by_order: dict[int, list[OrderEvent]] = {}
        for event in events:
            by_order.setdefault(event.order_id, []).append(event)
        raised: dict[int, list[datetime]] = {}
        for told in self.told.of("unclaimed"):
            if told.to:  # a lead was told privately
                raised.setdefault(told.number, []).append(told.at)
        spells: list[OpenSpell] = []
        to_claim: list[timedelta] = []
        for order in orders:
            history = by_order[order.id]
            claims = [e.at for e in history if e.action == OrderAction.CLAIM]
            if claims:
                to_claim.append(claims[0] - order.created_at)
            since: datetime | None = None
            for event in history:
                if event.to_status == OrderStatus.OPEN and event.from_status != OrderStatus.OPEN:
                    since = event.at
                elif since is not None and event.to_status != OrderStatus.OPEN:
                    spells.append(self._spell(order, since, event.at, raised))
                    since = None
            if since is not None:
                spells.append(self._spell(order, since, end, raised))
        to_deliver = [
            o.closed_at - o.created_at
            for o in orders
            if o.status == OrderStatus.DELIVERED and o.closed_at is not None
        ]
        undelivered = sum(1 for o in orders if o.status != OrderStatus.DELIVERED)
        return DayResult(
            self.plan,
            len(orders),
            to_claim,
            to_deliver,
            spells,
            list(self.told.told),
            undelivered,
            self.events,
            end,
        )

    def _spell(
        self, order: Order, since: datetime, until: datetime, raised: dict[int, list[datetime]]
    ) -> OpenSpell:
        told = [at for at in raised.get(order.number, []) if since < at <= until]
        return OpenSpell(order.number, since, until, order.urgent, min(told, default=None))
