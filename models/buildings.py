"""Buildings (one per group chat) and the people who belong to them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    false,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, IdType, UTCDateTime

COUNTER_ONLY = "louhu_counter_only"
"""Execution option of a statement that changes nothing but `Building.last_order_number` (which
bot.context_cache keeps none of): it leaves cached buildings as they are."""


class Building(Base):
    """A residential building, represented by its Telegram group chat."""

    __tablename__ = "buildings"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_title: Mapped[str] = mapped_column(String(256), default="")
    name: Mapped[str | None] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    language: Mapped[str] = mapped_column(String(8), default="both")
    community: Mapped[str] = mapped_column(String(64), default="default", server_default="default")
    last_order_number: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    @property
    def is_set_up(self) -> bool:
        """Registered with /setup and the bot still in the group."""
        return self.active and self.name is not None


class Member(Base):
    """A person's place in one building: flat and roles."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("building_id", "person_id"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    flat: Mapped[str | None] = mapped_column(String(32))
    is_volunteer: Mapped[bool] = mapped_column(Boolean, default=False)
    is_staff: Mapped[bool] = mapped_column(Boolean, default=False)
    is_doctor: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


async def building_by_chat(session: AsyncSession, chat_id: int) -> Building | None:
    """The building whose group is this chat, if the bot has been there."""
    stmt = select(Building).where(Building.chat_id == chat_id)
    return (await session.execute(stmt)).scalar_one_or_none()


OWN_COMMUNITY_PREFIX = "chat:"


async def served_building(session: AsyncSession, building_id: int) -> Building | None:
    """The building while the bot serves it (a group that removed the bot gets nothing)."""
    building = await session.get(Building, building_id)
    return building if building is not None and building.is_set_up else None


def own_community(chat_id: int) -> str:
    """A new building's private community: its chain is its own until staff join a community.

    A shared default would let the creator of any group (staff there by being admin) replace
    the chain every other building relies on.
    """
    return f"{OWN_COMMUNITY_PREFIX}{chat_id}"


def is_own_community(community: str) -> bool:
    """Whether the name is a building's private community rather than a shared one."""
    return community.startswith(OWN_COMMUNITY_PREFIX)


async def community_buildings(session: AsyncSession, community: str) -> list[Building]:
    """The buildings that share a community's chain."""
    stmt = select(Building).where(Building.community == community)
    return list((await session.scalars(stmt)).all())


async def get_or_create_building(
    session: AsyncSession, *, chat_id: int, title: str, now: datetime
) -> Building:
    """The building row for a chat, created (not yet set up) on first sight."""
    building = await building_by_chat(session, chat_id)
    if building is None:
        building = Building(
            chat_id=chat_id,
            chat_title=title[:256],
            community=own_community(chat_id),
            created_at=now,
            updated_at=now,
        )
        session.add(building)
        await session.flush()
    return building


async def member_of(session: AsyncSession, building_id: int, person_id: int) -> Member | None:
    """A person's membership in a building, if any."""
    stmt = select(Member).where(Member.building_id == building_id, Member.person_id == person_id)
    return (await session.execute(stmt)).scalar_one_or_none()


async def get_or_create_member(
    session: AsyncSession, *, building_id: int, person_id: int, now: datetime
) -> Member:
    """A person's membership in a building, created on first need."""
    member = await member_of(session, building_id, person_id)
    if member is None:
        member = Member(
            building_id=building_id, person_id=person_id, created_at=now, updated_at=now
        )
        session.add(member)
        await session.flush()
    return member


async def doctors_of(session: AsyncSession, building_id: int) -> list[int]:
    """Person ids of the building's community doctors."""
    stmt = select(Member.person_id).where(
        Member.building_id == building_id, Member.is_doctor.is_(True)
    )
    return list((await session.execute(stmt)).scalars())


async def staff_of(session: AsyncSession, building_id: int) -> list[int]:
    """Person ids of the building's lead and staff."""
    stmt = select(Member.person_id).where(
        Member.building_id == building_id, Member.is_lead.is_(True) | Member.is_staff.is_(True)
    )
    return list((await session.execute(stmt)).scalars())


async def buildings_of(session: AsyncSession, person_id: int) -> list[Building]:
    """Active, set-up buildings a person belongs to."""
    stmt = (
        select(Building)
        .join(Member, Member.building_id == Building.id)
        .where(Member.person_id == person_id, Building.active.is_(True), Building.name.is_not(None))
    )
    return list((await session.execute(stmt)).scalars())
