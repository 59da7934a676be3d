"""Building use cases: the bot joins or leaves a group, staff register and rename it."""

from __future__ import annotations

import enum
import logging
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from domain.clock import Clock
from models import outbox
from models.base import Base
from models.buildings import (
    Building,
    building_by_chat,
    community_buildings,
    get_or_create_building,
    is_own_community,
    member_of,
)
from models.incidents import EscalationLevel, IncidentAlert
from models.staff_groups import StaffGroup

BOTH = "both"  # Chinese, then English
MAX_ADMIN_LOOKUPS = 10  # Telegram is asked about at most this many of a community's groups
MAX_NAME = 64

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SetupResult:
    """The building after /setup, and its name before (None on first setup)."""

    building: Building
    old_name: str | None


async def bot_joined(session: AsyncSession, clock: Clock, *, chat_id: int, title: str) -> Building:
    """The bot was added to a group (again): the building is active, its data untouched."""
    building = await get_or_create_building(session, chat_id=chat_id, title=title, now=clock.now())
    building.active = True
    building.chat_title = title[:256]
    building.updated_at = clock.now()
    return building


async def bot_left(session: AsyncSession, clock: Clock, *, chat_id: int) -> Building | None:
    """The bot was removed: mark the building inactive; nothing is deleted."""
    building = await get_or_create_building(session, chat_id=chat_id, title="", now=clock.now())
    building.active = False
    building.updated_at = clock.now()
    return building


def clean_name(raw: str) -> str | None:
    """A building name from /setup's argument: one line, trimmed, bounded."""
    name = " ".join(raw.split())[:MAX_NAME]
    return name or None


async def setup_building(
    session: AsyncSession, clock: Clock, *, chat_id: int, title: str, name: str
) -> SetupResult:
    """Register the group as a building, or rename it."""
    building = await get_or_create_building(session, chat_id=chat_id, title=title, now=clock.now())
    old_name = building.name
    building.name = name
    building.active = True
    building.chat_title = title[:256]
    building.updated_at = clock.now()
    return SetupResult(building, old_name)


async def set_group_language(
    session: AsyncSession, clock: Clock, *, building_id: int, mode: str, languages: Collection[str]
) -> Building:
    """Choose the language(s) of the bot's messages to the whole group: both or "a" or "a+b"."""
    if mode != BOTH and not all(part in languages for part in mode.split("+")):
        raise ValueError(mode)
    building = await session.get(Building, building_id)
    assert building is not None
    building.language = mode
    building.updated_at = clock.now()
    return building


class CommunityChange(enum.StrEnum):
    """How /community ended."""

    JOINED = "joined"  # a community others are already in; the presser is staff there
    FOUNDED = "founded"  # a name no building uses yet
    REFUSED = "refused"  # others are in it and the presser is not their staff
    RESERVED = "reserved"  # the form of a building's private community


async def community_admin_chats(
    session: AsyncSession, *, building_id: int, community: str, actor_id: int
) -> tuple[int, ...]:
    """Groups where admin rights would let the person join (ask Telegram); none: records decide."""
    if is_own_community(community):
        return ()
    others = [b for b in await community_buildings(session, community) if b.id != building_id]
    if not others or await _staff_in_any(session, others, actor_id):
        return ()
    return tuple(b.chat_id for b in others if b.active)[:MAX_ADMIN_LOOKUPS]


async def set_community(
    session: AsyncSession,
    clock: Clock,
    *,
    building_id: int,
    community: str,
    actor_id: int,
    admin_elsewhere: bool = False,
) -> CommunityChange:
    """Put the building in a community; the community's emergency chain then applies to it.

    Joining a community other buildings are in takes someone who is staff in one of them (or,
    as Telegram told the caller, `admin_elsewhere`: an admin of one of community_admin_chats),
    so a stranger's new group cannot join a community and rewrite its chain.
    """
    if is_own_community(community):
        return CommunityChange.RESERVED
    members = await community_buildings(session, community)
    others = [b for b in members if b.id != building_id]
    if others and not (admin_elsewhere or await _staff_in_any(session, others, actor_id)):
        return CommunityChange.REFUSED
    building = await session.get(Building, building_id)
    assert building is not None
    building.community = community
    building.updated_at = clock.now()
    return CommunityChange.JOINED if others else CommunityChange.FOUNDED


async def _staff_in_any(session: AsyncSession, buildings: list[Building], person_id: int) -> bool:
    for building in buildings:
        member = await member_of(session, building.id, person_id)
        if member is not None and member.is_staff:
            return True
    return False


async def group_migrated(
    session: AsyncSession, clock: Clock, *, old_chat_id: int, new_chat_id: int
) -> Building | None:
    """The group became a supergroup: its building, chain targets and queue follow the new id.

    Idempotent (Telegram tells us from both chats, and the sender may learn it first).
    """
    if old_chat_id == new_chat_id:
        return None
    building = await building_by_chat(session, old_chat_id)
    placeholder = await building_by_chat(session, new_chat_id)
    if building is None:
        building = placeholder
    elif placeholder is None or await _forget_placeholder(session, placeholder):
        building.chat_id = new_chat_id
        building.updated_at = clock.now()
    else:  # both ids carry a real building: merging them is a person's decision, not ours
        log.error("group %s moved to %s, which has its own building", old_chat_id, new_chat_id)
        building = placeholder
    old_target, new_target = f"chat:{old_chat_id}", f"chat:{new_chat_id}"
    levels = await session.execute(
        select(EscalationLevel).where(EscalationLevel.targets.contains(old_target))
    )
    for level in levels.scalars():
        level.targets = " ".join(
            new_target if token == old_target else token for token in level.targets.split()
        )
    await session.execute(
        update(IncidentAlert)
        .where(IncidentAlert.chat_id == old_chat_id)
        .values(chat_id=new_chat_id)
        .execution_options(synchronize_session=False)
    )
    taken = aliased(StaffGroup)
    await session.execute(  # a staff group follows too (unless the new id has one already)
        update(StaffGroup)
        .where(StaffGroup.chat_id == old_chat_id, ~exists().where(taken.chat_id == new_chat_id))
        .values(chat_id=new_chat_id)
        .execution_options(synchronize_session=False)
    )
    await outbox.repoint_pending(session, old_chat_id=old_chat_id, new_chat_id=new_chat_id)
    return building


async def _forget_placeholder(session: AsyncSession, building: Building) -> bool:
    """Delete a building row the bot made for the new supergroup before it learnt the move.

    Only an empty one (never set up, nobody, no orders or incidents); False if it is not.
    """
    if building.name is not None:
        return False
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table is Building.__table__:
                used = exists().where(key.parent == building.id)
                if await session.scalar(select(used)):
                    return False
    await session.delete(building)
    await session.flush()
    return True
