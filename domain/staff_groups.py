"""A community's staff group: a group chat staff register as their community's own
(`/staffgroup 幸福里`), where `/call` posts a call for the volunteers of all its buildings.

Staff of the community register it, as for `/community`: recorded staff (`/staff`) of one of
its served buildings, or (as Telegram tells the caller) an admin of one of their groups. A chat
serves one community; moving it to another takes `/staffgroup off` first (by that community's
staff or the staff group's admins). A set-up building's own group is never a staff group.
"""

from __future__ import annotations

import enum

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from models.buildings import Building, Member, building_by_chat
from models.staff_groups import StaffGroup, staff_group_by_chat

MAX_ADMIN_LOOKUPS = 10
"""Telegram is asked about at most this many of a community's groups (as for /community)."""


class StaffGroupChange(enum.StrEnum):
    """How /staffgroup ended; each has a text (staffgroup-<value>) in locales/."""

    REGISTERED = "registered"
    SAME = "same"
    TAKEN = "taken"
    OFF = "off"
    NOT_REGISTERED = "not-registered"
    NOT_STAFF = "not-staff"
    IS_BUILDING = "is-building"


def _served_in(community: str) -> list[ColumnElement[bool]]:
    return [
        Building.community == community,
        Building.active.is_(True),
        Building.name.is_not(None),
    ]


async def is_community_staff(session: AsyncSession, community: str, person_id: int) -> bool:
    """Recorded staff of a served (set-up, active) building of the community."""
    staff = exists().where(
        Member.person_id == person_id,
        Member.is_staff.is_(True),
        Building.id == Member.building_id,
        *_served_in(community),
    )
    return bool(await session.scalar(select(staff)))


async def community_group_chats(session: AsyncSession, community: str) -> list[int]:
    """The community's served building groups whose admins count as its staff (at most
    MAX_ADMIN_LOOKUPS, to ask Telegram about)."""
    stmt = (
        select(Building.chat_id)
        .where(*_served_in(community))
        .order_by(Building.id)
        .limit(MAX_ADMIN_LOOKUPS)
    )
    return list((await session.scalars(stmt)).all())


async def register_staff_group(
    session: AsyncSession,
    clock: Clock,
    *,
    chat_id: int,
    title: str,
    community: str,
    person_id: int,
    admin_elsewhere: bool = False,
) -> tuple[StaffGroupChange, str]:
    """Make this chat the community's staff group (the caller commits); the change and the
    community it names (for TAKEN: the one the chat already serves).

    `admin_elsewhere`: Telegram told the caller the person administers one of
    community_group_chats(community); else only our records make them staff."""
    building = await building_by_chat(session, chat_id)
    if building is not None and building.is_set_up:
        return StaffGroupChange.IS_BUILDING, community
    row = (
        await session.execute(select(StaffGroup).where(StaffGroup.chat_id == chat_id))
    ).scalar_one_or_none()
    if row is not None and row.active:
        same = row.community == community
        return (StaffGroupChange.SAME if same else StaffGroupChange.TAKEN), row.community
    if not (admin_elsewhere or await is_community_staff(session, community, person_id)):
        return StaffGroupChange.NOT_STAFF, community
    now = clock.now()
    if row is None:
        row = StaffGroup(chat_id=chat_id, registered_by=person_id, registered_at=now)
        session.add(row)
    row.community, row.title, row.active = community, title[:256], True
    row.registered_by, row.registered_at = person_id, now
    await session.flush()
    return StaffGroupChange.REGISTERED, community


async def unregister_staff_group(
    session: AsyncSession, *, chat_id: int, person_id: int, admin: bool = False
) -> tuple[StaffGroupChange, str]:
    """Turn the chat's staff group off (the caller commits): its community's recorded staff,
    or `admin` (Telegram told the caller: an admin of this group or of one of the community's
    building groups). Calls already posted there go on."""
    group = await staff_group_by_chat(session, chat_id)
    if group is None:
        return StaffGroupChange.NOT_REGISTERED, ""
    if not (admin or await is_community_staff(session, group.community, person_id)):
        return StaffGroupChange.NOT_STAFF, group.community
    group.active = False
    await session.flush()
    return StaffGroupChange.OFF, group.community
