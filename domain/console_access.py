"""Who may use the staff console, on which buildings, and its one-time links and sessions.

A person gets a link only if they are staff, a building lead or a doctor somewhere. Staff see
every building of each community they are staff in, with phones and ledger notes, and may edit
the ledger; a doctor sees their community's buildings and health data (no phones, no notes); a
lead sees their own building, its roll calls and health data (no phones, no notes). Tokens are
random and only their SHA-256 is stored; a link is used up by one conditional UPDATE, so two
presses of the same link open one session.
"""

from __future__ import annotations

import enum
import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from models.buildings import Building, Member
from models.console import ConsoleLink, ConsoleSession

LINK_LIFETIME = timedelta(minutes=10)
SESSION_LIFETIME = timedelta(hours=12)


class Reach(enum.IntEnum):
    """What the console shows of one building, least first."""

    HEALTH = 1
    """Lead or doctor: households, days, roll calls, fevers, incidents; no phones or notes."""
    STAFF = 2
    """Staff: everything, phones and notes too, and edits."""


@dataclass(frozen=True)
class Access:
    """The buildings one person's console covers, and how far."""

    person_id: int
    buildings: dict[int, Reach] = field(default_factory=dict)
    communities: dict[int, str] = field(default_factory=dict)
    """Building id → its community, for the buildings covered."""
    leads: frozenset[int] = frozenset()
    """Buildings where the person is the building lead (/lead)."""

    def reach(self, building_id: int) -> Reach | None:
        """How far the person sees this building; None: not at all."""
        return self.buildings.get(building_id)

    def staff_of(self, building_id: int) -> bool:
        """Whether phones, notes and edits of this building are theirs."""
        return self.buildings.get(building_id) is Reach.STAFF

    def dispatcher_of(self, building_id: int) -> bool:
        """Whether they may assign the building's orders and pair its households, as in the
        chat: its community's staff, or its building lead."""
        return self.staff_of(building_id) or (
            building_id in self.leads and building_id in self.buildings
        )

    @property
    def staff_communities(self) -> set[str]:
        """Communities in which the person sees everything (for the audit page)."""
        return {self.communities[b] for b, reach in self.buildings.items() if reach is Reach.STAFF}

    def __bool__(self) -> bool:
        return bool(self.buildings)


async def console_access(session: AsyncSession, person_id: int) -> Access:
    """The buildings the person's roles cover today, read fresh (a role taken away counts now)."""
    roles = (
        await session.execute(
            select(
                Building.id, Building.community, Member.is_staff, Member.is_doctor, Member.is_lead
            )
            .join(Member, Member.building_id == Building.id)
            .where(
                Member.person_id == person_id,
                Building.active.is_(True),
                Building.name.is_not(None),
                Member.is_staff.is_(True) | Member.is_doctor.is_(True) | Member.is_lead.is_(True),
            )
        )
    ).all()
    staff = {community for _, community, is_staff, _, _ in roles if is_staff}
    doctor = {community for _, community, _, is_doctor, _ in roles if is_doctor}
    lead = {building_id for building_id, _, _, _, is_lead in roles if is_lead}
    buildings: dict[int, Reach] = {}
    communities: dict[int, str] = {}
    if staff or doctor:
        rows = (
            await session.execute(
                select(Building.id, Building.community).where(
                    Building.community.in_(staff | doctor),
                    Building.active.is_(True),
                    Building.name.is_not(None),
                )
            )
        ).all()
        for building_id, community in rows:
            buildings[building_id] = Reach.STAFF if community in staff else Reach.HEALTH
            communities[building_id] = community
    for building_id, community, _, _, _ in roles:
        if building_id in lead and building_id not in buildings:
            buildings[building_id] = Reach.HEALTH
            communities[building_id] = community
    return Access(person_id, buildings, communities, frozenset(lead))


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def issue_link(session: AsyncSession, clock: Clock, person_id: int) -> str | None:
    """A new one-time login token for a person the console covers; None for anyone else."""
    if not await console_access(session, person_id):
        return None
    token = secrets.token_urlsafe(32)
    now = clock.now()
    session.add(
        ConsoleLink(
            token_hash=_hash(token),
            person_id=person_id,
            created_at=now,
            expires_at=now + LINK_LIFETIME,
        )
    )
    await session.flush()
    return token


class LinkState(enum.StrEnum):
    """What a login link is when someone opens it."""

    VALID = "valid"
    USED = "used"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


async def link_state(session: AsyncSession, clock: Clock, token: str) -> LinkState:
    """Whether a link can still sign in (read only: opening the page spends nothing)."""
    link = (
        await session.execute(select(ConsoleLink).where(ConsoleLink.token_hash == _hash(token)))
    ).scalar_one_or_none()
    if link is None:
        return LinkState.UNKNOWN
    if link.used_at is not None:
        return LinkState.USED
    if link.expires_at <= clock.now():
        return LinkState.EXPIRED
    return LinkState.VALID


@dataclass(frozen=True)
class NewSession:
    """A session just opened: the cookie's token (shown once) and the row."""

    token: str
    session: ConsoleSession


async def redeem_link(
    session: AsyncSession, clock: Clock, token: str, language: str
) -> NewSession | LinkState:
    """Spend a link (one conditional UPDATE: used once, before it expires) for a new session.

    Access is checked again: a role taken away between the link and its use signs nobody in.
    """
    now = clock.now()
    person_id = (
        await session.execute(
            update(ConsoleLink)
            .where(
                ConsoleLink.token_hash == _hash(token),
                ConsoleLink.used_at.is_(None),
                ConsoleLink.expires_at > now,
            )
            .values(used_at=now)
            .returning(ConsoleLink.person_id)
        )
    ).scalar_one_or_none()
    if person_id is None:
        state = await link_state(session, clock, token)
        return LinkState.USED if state is LinkState.VALID else state
    if not await console_access(session, person_id):
        return LinkState.UNKNOWN
    cookie = secrets.token_urlsafe(32)
    row = ConsoleSession(
        token_hash=_hash(cookie),
        person_id=person_id,
        csrf=secrets.token_urlsafe(24),
        language=language,
        created_at=now,
        expires_at=now + SESSION_LIFETIME,
    )
    session.add(row)
    await session.flush()
    return NewSession(cookie, row)


async def open_session(session: AsyncSession, clock: Clock, cookie: str) -> ConsoleSession | None:
    """The signed-in session for a cookie, while neither ended nor expired."""
    return (
        await session.execute(
            select(ConsoleSession).where(
                ConsoleSession.token_hash == _hash(cookie),
                ConsoleSession.ended_at.is_(None),
                ConsoleSession.expires_at > clock.now(),
            )
        )
    ).scalar_one_or_none()


async def end_session(session: AsyncSession, clock: Clock, session_id: int) -> None:
    """Log out: the cookie opens nothing any more."""
    await session.execute(
        update(ConsoleSession)
        .where(ConsoleSession.id == session_id, ConsoleSession.ended_at.is_(None))
        .values(ended_at=clock.now())
    )


async def set_language(session: AsyncSession, session_id: int, language: str) -> None:
    """The console's language for this session."""
    await session.execute(
        update(ConsoleSession).where(ConsoleSession.id == session_id).values(language=language)
    )
