"""包户: staff pair a household with a volunteer, whose orders then go to that volunteer first.

A pairing is one row per household (the database keeps it one); pairing again moves it. An
order from a paired household is reserved for its volunteer for the community's window
(`pair_window`, default 10 minutes): the group card says so and shows no Claim button, the
volunteer gets it privately with one, and when the window passes unclaimed the card opens to
everyone (domain/pair_claims.py, woken by jobs/pairing_due.py). When a volunteer leaves, their
households go to the building lead (`hand_back_pairings`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import PAIR_WINDOW
from domain.clock import Clock
from domain.members import leads_to_tell
from domain.order_rules import OrderStatus
from domain.ports import PairingNotifier
from domain.quarantine_days import flat_key
from models.base import insert_new
from models.buildings import Building, Member, member_of
from models.community_settings import community_settings_row
from models.households import Household, get_or_create_household, household_by_flat
from models.orders import Order, OrderEvent
from models.pairing import OrderReservation, Pairing
from models.people import Person


class PairOutcome(enum.StrEnum):
    """How a /pair (or an imported pairing) ended; each has a text in locales/."""

    PAIRED = "paired"
    MOVED = "moved"
    UNCHANGED = "unchanged"
    UNPAIRED = "unpaired"
    NOT_PAIRED = "not-paired"
    UNKNOWN_FLAT = "unknown-flat"
    NOT_VOLUNTEER = "not-volunteer"


@dataclass(frozen=True)
class PairResult:
    """The outcome, and the volunteer the household had before (if any)."""

    outcome: PairOutcome
    previous_id: int | None = None


async def known_household(
    session: AsyncSession, building_id: int, flat: str, now: datetime
) -> Household | None:
    """The ledger's household for a flat; a flat only a resident registered (/register) is added
    to the ledger; a flat nobody knows is None (a typo must not create a household)."""
    household = await household_by_flat(session, building_id, flat)
    if household is not None:
        return household
    registered = await session.scalar(
        select(Member.id).where(Member.building_id == building_id, Member.flat == flat).limit(1)
    )
    if registered is None:
        return None
    return await get_or_create_household(session, building_id=building_id, flat=flat, now=now)


def may_be_paired(member: Member | None) -> bool:
    """A household is paired with a volunteer of its building (a lead keeps those handed back)."""
    return member is not None and (member.is_volunteer or member.is_lead)


async def pair_household(
    session: AsyncSession,
    clock: Clock,
    *,
    building_id: int,
    flat: str,
    volunteer_id: int,
    by: int | None,
) -> PairResult:
    """Pair a household (the flat already normalized) with a volunteer of the building.

    One INSERT … ON CONFLICT DO UPDATE: two staff pairing the same household at once leave one
    pairing, the last one's. `paired_at` is kept from the first pairing (the daily tasks count
    from it).
    """
    now = clock.now()
    household = await known_household(session, building_id, flat, now)
    if household is None:
        return PairResult(PairOutcome.UNKNOWN_FLAT)
    if not may_be_paired(await member_of(session, building_id, volunteer_id)):
        return PairResult(PairOutcome.NOT_VOLUNTEER)
    previous = await session.scalar(
        select(Pairing.volunteer_id).where(Pairing.household_id == household.id)
    )
    if previous == volunteer_id:
        return PairResult(PairOutcome.UNCHANGED, previous)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(Pairing).values(
        household_id=household.id,
        building_id=building_id,
        volunteer_id=volunteer_id,
        paired_by=by,
        paired_at=now,
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["household_id"], set_={"volunteer_id": volunteer_id, "paired_by": by}
    )
    await session.execute(stmt)
    outcome = PairOutcome.PAIRED if previous is None else PairOutcome.MOVED
    return PairResult(outcome, previous)


async def unpair_household(session: AsyncSession, *, building_id: int, flat: str) -> PairResult:
    """End a household's pairing (one DELETE); NOT_PAIRED if it had none."""
    household = await household_by_flat(session, building_id, flat)
    if household is None:
        return PairResult(PairOutcome.UNKNOWN_FLAT)
    stmt = (
        delete(Pairing).where(Pairing.household_id == household.id).returning(Pairing.volunteer_id)
    )
    previous = (await session.execute(stmt)).scalar_one_or_none()
    if previous is None:
        return PairResult(PairOutcome.NOT_PAIRED)
    return PairResult(PairOutcome.UNPAIRED, previous)


async def paired_volunteer(session: AsyncSession, building_id: int, flat: str) -> int | None:
    """The person a household of the building is paired with, if any."""
    return await session.scalar(_PAIRED, {"building_id": building_id, "flat": flat})


# built once: every order with a flat reads it
_PAIRED = (
    select(Pairing.volunteer_id)
    .join(Household, Household.id == Pairing.household_id)
    .where(Household.building_id == bindparam("building_id"), Household.flat == bindparam("flat"))
)


async def building_pairings(session: AsyncSession, building_id: int) -> list[tuple[str, Person]]:
    """The building's pairings as (flat, person), by flat."""
    stmt = (
        select(Household.flat, Person)
        .join(Pairing, Pairing.household_id == Household.id)
        .join(Person, Person.id == Pairing.volunteer_id)
        .where(Pairing.building_id == building_id)
    )
    rows = [(flat, person) for flat, person in (await session.execute(stmt)).all()]
    return sorted(rows, key=lambda row: flat_key(row[0]))


async def household_pairings(
    session: AsyncSession, household_ids: list[int]
) -> dict[int, tuple[int, str]]:
    """Household id → (volunteer id, name) of those households that are paired."""
    if not household_ids:
        return {}
    stmt = (
        select(Pairing.household_id, Person.id, Person.full_name, Person.username)
        .join(Person, Person.id == Pairing.volunteer_id)
        .where(Pairing.household_id.in_(household_ids))
    )
    return {
        household_id: (pid, name or username or str(pid))
        for household_id, pid, name, username in await session.execute(stmt)
    }


async def pair_window(session: AsyncSession, community: str) -> timedelta:
    """How long a paired household's order waits for its volunteer in this community."""
    row = await community_settings_row(session, community)
    if row is None or row.pair_window_minutes is None:
        return PAIR_WINDOW
    return timedelta(minutes=row.pair_window_minutes)


async def reserve_for_pair(
    session: AsyncSession,
    clock: Clock,
    *,
    building: Building,
    order: Order,
    pair: tuple[int | None] | None = None,
) -> OrderReservation | None:
    """Reserve a new order for its household's volunteer, if it has one who can be told.

    Not reserved (the card opens to everyone at once): no flat, no pairing, the volunteer is the
    resident, left the building's volunteers, or never started the bot (a private offer would
    not reach them, and the order would wait for nothing).
    """
    if order.flat is None:
        return None
    # `pair`: (`paired_volunteer` of the order's household,) read with the order already
    volunteer_id = (
        await paired_volunteer(session, building.id, order.flat) if pair is None else pair[0]
    )
    if volunteer_id is None or volunteer_id == order.resident_id:
        return None
    person = await session.get(Person, volunteer_id)
    if person is None or not person.started_bot:
        return None
    if not may_be_paired(await member_of(session, building.id, volunteer_id)):
        return None
    now = clock.now()
    until = now + await pair_window(session, building.community)
    values = dict(
        order_id=order.id,
        building_id=building.id,
        volunteer_id=volunteer_id,
        until=until,
        created_at=now,
    )
    new_id = await insert_new(session, OrderReservation, values, unique=("order_id",))
    if new_id is None:
        return None
    session.add(
        OrderEvent(
            order_id=order.id,
            actor_id=None,
            action="reserve",
            from_status=order.status,
            to_status=order.status,
            detail=f"for:{volunteer_id}",
            at=now,
        )
    )
    return await session.get(OrderReservation, new_id)


def is_active(reservation: OrderReservation | None, now: datetime) -> bool:
    """A reservation still holds the order: not opened, the window not passed."""
    return reservation is not None and reservation.opened_at is None and now < reservation.until


async def reservation_of(session: AsyncSession, order_id: int) -> OrderReservation | None:
    """The order's reservation, if it ever had one."""
    stmt = select(OrderReservation).where(OrderReservation.order_id == order_id)
    return (await session.execute(stmt)).scalar_one_or_none()


async def active_reservation(
    session: AsyncSession, order_id: int, now: datetime
) -> OrderReservation | None:
    """The reservation holding the order now, if any."""
    reservation = await reservation_of(session, order_id)
    return reservation if is_active(reservation, now) else None


async def reserved_for_another(
    session: AsyncSession, order_id: int, actor_id: int, now: datetime
) -> bool:
    """Whether the order is held for a volunteer other than this person (Claim is refused)."""
    reservation = await active_reservation(session, order_id, now)
    return reservation is not None and reservation.volunteer_id != actor_id


async def end_reservation(session: AsyncSession, order_id: int, now: datetime) -> None:
    """The order was claimed: its reservation is over (released later, it is open to all)."""
    await session.execute(
        update(OrderReservation)
        .where(OrderReservation.order_id == order_id, OrderReservation.opened_at.is_(None))
        .values(opened_at=now)
        .execution_options(synchronize_session=False)
    )


async def offer_sent(session: AsyncSession, reservation_id: int, message_id: int) -> None:
    """Remember the private offer's message (called by the sender), to edit it once taken."""
    await session.execute(
        update(OrderReservation)
        .where(OrderReservation.id == reservation_id)
        .values(offer_message_id=message_id)
    )


@dataclass(frozen=True)
class Handback:
    """A leaving volunteer's households: who has them now (None: nobody could take them)."""

    flats: tuple[str, ...]
    lead: Person | None


async def hand_back_pairings(
    session: AsyncSession,
    clock: Clock,
    notifier: PairingNotifier,
    *,
    building: Building,
    volunteer_id: int,
) -> Handback:
    """A volunteer leaves: their paired households go to the building lead, who is told.

    The lead is the first of `leads_to_tell` (leads who started the bot, else staff) other than
    the volunteer; with nobody, the pairings end and the group is told the households have
    nobody. Called by /volunteer off (and dispatch's hand-back).
    """
    stmt = (
        select(Household.flat)
        .join(Pairing, Pairing.household_id == Household.id)
        .where(Pairing.building_id == building.id, Pairing.volunteer_id == volunteer_id)
    )
    flats = tuple(sorted((await session.execute(stmt)).scalars(), key=flat_key))
    if not flats:
        return Handback((), None)
    leads = [p for p in await leads_to_tell(session, building.id) if p.id != volunteer_id]
    mine = (Pairing.building_id == building.id) & (Pairing.volunteer_id == volunteer_id)
    lead = leads[0] if leads else None
    if lead is not None:
        await session.execute(
            update(Pairing).where(mine).values(volunteer_id=lead.id, paired_by=None)
        )
    else:
        await session.execute(delete(Pairing).where(mine))
    handback = Handback(flats, lead)
    await notifier.pairings_handed_back(session, building, volunteer_id, handback)
    return handback


def still_open(order: Order) -> bool:
    """Whether an order is still waiting for someone to take it."""
    return order.status == OrderStatus.OPEN
