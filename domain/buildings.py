"""Building use cases: the bot joins or leaves a group, staff register and rename it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from models.buildings import Building, get_or_create_building

GROUP_LANGUAGES = ("zh", "en", "both")
MAX_NAME = 64


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
    await session.commit()
    return building


async def bot_left(session: AsyncSession, clock: Clock, *, chat_id: int) -> Building | None:
    """The bot was removed: mark the building inactive; nothing is deleted."""
    building = await get_or_create_building(session, chat_id=chat_id, title="", now=clock.now())
    building.active = False
    building.updated_at = clock.now()
    await session.commit()
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
    await session.commit()
    return SetupResult(building, old_name)


async def set_group_language(
    session: AsyncSession, clock: Clock, *, building_id: int, mode: str
) -> Building:
    """Choose the language of the bot's messages to the whole group."""
    if mode not in GROUP_LANGUAGES:
        raise ValueError(mode)
    building = await session.get(Building, building_id)
    assert building is not None
    building.language = mode
    building.updated_at = clock.now()
    await session.commit()
    return building


async def set_community(
    session: AsyncSession, clock: Clock, *, building_id: int, community: str
) -> Building:
    """Put the building in a community; the community's emergency chain applies to it."""
    building = await session.get(Building, building_id)
    assert building is not None
    building.community = community
    building.updated_at = clock.now()
    await session.commit()
    return building
