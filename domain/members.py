"""Member use cases: residents register flats, volunteers join and leave, staff are named."""

from __future__ import annotations

import enum
from collections.abc import Collection

from sqlalchemy import bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from models.buildings import Member, get_or_create_member
from models.households import get_or_create_household
from models.people import Person


async def register_flat(
    session: AsyncSession, clock: Clock, *, building_id: int, person_id: int, flat: str
) -> Member:
    """Record where a resident lives (the flat already normalized)."""
    member = await get_or_create_member(
        session, building_id=building_id, person_id=person_id, now=clock.now()
    )
    member.flat = flat
    member.updated_at = clock.now()
    return member


async def join_volunteers(
    session: AsyncSession, clock: Clock, *, building_id: int, person_id: int
) -> Member:
    """Make a person a volunteer of the building."""
    member = await get_or_create_member(
        session, building_id=building_id, person_id=person_id, now=clock.now()
    )
    member.is_volunteer = True
    member.updated_at = clock.now()
    return member


async def leave_volunteers(
    session: AsyncSession, clock: Clock, *, building_id: int, person_id: int
) -> None:
    """Stop volunteering (domain.dispatch.step_down hands back the orders held first)."""
    await session.execute(
        update(Member)
        .where(Member.building_id == building_id, Member.person_id == person_id)
        .values(is_volunteer=False, updated_at=clock.now())
    )


class Role(enum.StrEnum):
    """Roles staff hand out with a command; the value names the member flag."""

    STAFF = "staff"
    DOCTOR = "doctor"
    LEAD = "lead"


async def set_role(
    session: AsyncSession, clock: Clock, *, building_id: int, person_id: int, role: Role, on: bool
) -> Member:
    """Give or take a building role (staff, community doctor, building lead)."""
    member = await get_or_create_member(
        session, building_id=building_id, person_id=person_id, now=clock.now()
    )
    setattr(member, f"is_{role.value}", on)
    member.updated_at = clock.now()
    return member


async def set_language(
    session: AsyncSession, clock: Clock, *, person_id: int, lang: str, languages: Collection[str]
) -> None:
    """Remember a person's chosen language, one of those available (overrides Telegram's)."""
    if lang not in languages:
        raise ValueError(lang)
    await session.execute(
        update(Person).where(Person.id == person_id).values(language=lang, updated_at=clock.now())
    )


async def registered_flat(session: AsyncSession, building_id: int, person_id: int) -> str | None:
    """The flat a person registered in this building, if any."""
    return await session.scalar(_FLAT, {"building_id": building_id, "person_id": person_id})


# built once: an order that names no flat reads it
_FLAT = select(Member.flat).where(
    Member.building_id == bindparam("building_id"), Member.person_id == bindparam("person_id")
)


async def leads_to_tell(session: AsyncSession, building_id: int) -> list[Person]:
    """The building's leads who started the bot; else its staff who did (as the chain falls back).

    Empty when nobody can be told privately: the caller must then say so in the group.
    """
    for role in (Member.is_lead, Member.is_staff):
        stmt = (
            select(Person)
            .join(Member, Member.person_id == Person.id)
            .where(
                Member.building_id == building_id,
                role.is_(True),
                Person.started_bot.is_(True),
            )
            .order_by(Person.id)
        )
        people = list((await session.scalars(stmt)).all())
        if people:
            return people
    return []


async def started_bot(session: AsyncSession, clock: Clock, *, person_id: int) -> None:
    """The person opened a private chat with the bot, so it may message them directly."""
    await session.execute(
        update(Person)
        .where(Person.id == person_id)
        .values(started_bot=True, updated_at=clock.now())
    )


async def set_household_note(
    session: AsyncSession, clock: Clock, *, building_id: int, flat: str, note: str, by: int
) -> None:
    """The ledger note alerts show for a household (empty text clears it)."""
    household = await get_or_create_household(
        session, building_id=building_id, flat=flat, now=clock.now()
    )
    household.note, household.updated_by, household.updated_at = note or None, by, clock.now()
