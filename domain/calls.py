"""吹哨 volunteer calls: staff post one, volunteers sign up until the slots are full.

A call is posted in a building's group (its volunteers sign up) or in a community's staff
group (`/staffgroup`; the volunteers of every building of the community sign up). Every press
is re-checked here against the database; a sign-up is one conditional UPDATE (taken < slots),
so two volunteers pressing for the last slot cannot both get it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, delete, exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import calendar_settings
from domain.call_parser import MAX_SLOTS, CallProblem, CallRequest
from domain.clock import Clock
from domain.staff_groups import is_community_staff
from models.base import insert_new
from models.buildings import Building, Member, member_of
from models.calls import CallCopy, CallSignup, VolunteerCall
from models.live import LiveMessage
from models.staff_groups import StaffGroup

CALL_COPY = "call_copy"
"""Live purpose of a community-wide call's copy in a building group (ref_id: CallCopy.id)."""
REMIND_BEFORE = timedelta(hours=1)
EXTEND_BY = timedelta(hours=1)
"""What the "+1 h" button adds to a call's end."""


class CallStatus(enum.StrEnum):
    """Open for sign-ups (while slots are free and it has not ended), or closed by staff."""

    OPEN = "open"
    CLOSED = "closed"


class CallPress(enum.StrEnum):
    """The buttons on a call: two for volunteers, three for staff."""

    SIGN_UP = "up"
    CANCEL = "cancel"
    MORE = "more"
    LATER = "later"
    CLOSE = "close"


STAFF_PRESSES = frozenset({CallPress.MORE, CallPress.LATER, CallPress.CLOSE})


class CallOutcome(enum.StrEnum):
    """How a press (or a staff command) ended; each has a text (call-cb-*) in locales/."""

    SIGNED = "signed"
    CANCELLED = "cancelled"
    ALREADY = "already"
    NOT_SIGNED = "not-signed"
    FULL = "full"
    CLOSED = "closed"
    OVER = "over"
    NOT_VOLUNTEER = "not-volunteer"
    NOT_COMMUNITY_VOLUNTEER = "not-community-volunteer"
    STAFF_ONLY = "staff-only"
    GONE = "gone"
    EXTENDED = "extended"
    TOO_MANY = "too-many"
    NOT_LATER = "not-later"
    CLOSED_NOW = "closed-now"


@dataclass(frozen=True)
class CallResult:
    """A press's outcome and the call as it stands after it (None when there is no such call)."""

    outcome: CallOutcome
    call: VolunteerCall | None = None


def call_times(request: CallRequest, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The call's start and end in UTC (the community's local day and times)."""
    start = datetime.combine(request.day, request.start, tzinfo=zone)
    end = datetime.combine(request.day, request.end, tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


async def post_call(
    session: AsyncSession,
    clock: Clock,
    *,
    building: Building | None = None,
    staff_group: StaffGroup | None = None,
    author_id: int,
    request: CallRequest,
    zone: ZoneInfo,
) -> VolunteerCall | CallProblem:
    """Record a new call in a building's group or, for the whole community, in its staff group
    (the caller posts its message and commits); PAST if it already began."""
    if (building is None) == (staff_group is None):
        raise ValueError("a call is posted in a building's group or in a staff group")
    now = clock.now()
    starts_at, ends_at = call_times(request, zone)
    if starts_at <= now:
        return CallProblem.PAST
    call = VolunteerCall(
        building_id=building.id if building else None,
        staff_group_id=staff_group.id if staff_group else None,
        community=staff_group.community if staff_group else None,
        title=request.title,
        day=request.day,
        starts_at=starts_at,
        ends_at=ends_at,
        remind_at=starts_at - REMIND_BEFORE,
        slots=request.slots,
        taken=0,
        status=CallStatus.OPEN,
        created_by=author_id,
        created_at=now,
    )
    session.add(call)
    await session.flush()
    return call


async def may_run_calls(session: AsyncSession, building_id: int, person_id: int) -> bool:
    """Staff or the building lead by our records (group admins are asked of Telegram)."""
    member = await member_of(session, building_id, person_id)
    return bool(member and (member.is_staff or member.is_lead))


async def may_run_community_calls(session: AsyncSession, community: str, person_id: int) -> bool:
    """Recorded staff (`/staff`) of a served building of the community (the staff group's
    admins are asked of Telegram)."""
    return await is_community_staff(session, community, person_id)


async def may_run_call(session: AsyncSession, call: VolunteerCall, person_id: int) -> bool:
    """Whether this person may add places, an hour, or close this call, by our records."""
    if call.building_id is not None:
        return await may_run_calls(session, call.building_id, person_id)
    return await may_run_community_calls(session, call.community or "", person_id)


async def may_sign_up(session: AsyncSession, call: VolunteerCall, person_id: int) -> bool:
    """A volunteer (or staff, or lead) of the call's building; of a community-wide call, of any
    served building of its community."""
    if call.building_id is not None:
        member = await member_of(session, call.building_id, person_id)
        return bool(member and (member.is_volunteer or member.is_staff or member.is_lead))
    role = Member.is_volunteer.is_(True) | Member.is_staff.is_(True) | Member.is_lead.is_(True)
    return await _member_in_community(session, call.community or "", person_id, role)


async def _member_in_community(
    session: AsyncSession, community: str, person_id: int, role: ColumnElement[bool]
) -> bool:
    in_community = exists().where(
        Member.person_id == person_id,
        role,
        Building.id == Member.building_id,
        Building.community == community,
        Building.active.is_(True),
        Building.name.is_not(None),
    )
    return bool(await session.scalar(select(in_community)))


async def call_on_message(
    session: AsyncSession,
    call_id: int,
    chat_id: int,
    message_id: int | None,
    *,
    copies: bool = False,
) -> VolunteerCall | None:
    """The call if the press came from its own message in its own group (its building's, or
    its staff group), or with `copies` (a volunteer's press) from its copy in one of the
    community's building groups; else None (forged data may name any call from any chat)."""
    call = await session.get(VolunteerCall, call_id, populate_existing=True)
    if call is None:
        return None
    place = await call_place(session, call)
    if place is None:
        return None
    if place.chat_id != chat_id:
        if not (copies and place.community_wide):
            return None
        return call if await _on_its_copy(session, call.id, chat_id, message_id) else None
    if message_id is not None and call.message_id not in (None, message_id):
        return None
    return call


async def _on_its_copy(
    session: AsyncSession, call_id: int, chat_id: int, message_id: int | None
) -> bool:
    stmt = (
        select(LiveMessage.message_id)
        .select_from(CallCopy)
        .join(Building, Building.id == CallCopy.building_id)
        .join(
            LiveMessage,
            (LiveMessage.purpose == CALL_COPY) & (LiveMessage.ref_id == CallCopy.id),
        )
        .where(CallCopy.call_id == call_id, Building.chat_id == chat_id)
    )
    found = (await session.execute(stmt)).first()
    if found is None:
        return False
    return message_id is None or found[0] in (None, message_id)


async def record_copies(session: AsyncSession, call: VolunteerCall) -> list[tuple[int, Building]]:
    """A community-wide call's copy for each served building of its community: (copy id,
    building) of those not made before (posting twice makes none twice)."""
    if call.community is None:
        return []
    stmt = (
        select(Building)
        .where(
            Building.community == call.community,
            Building.active.is_(True),
            Building.name.is_not(None),
        )
        .order_by(Building.id)
    )
    made: list[tuple[int, Building]] = []
    for building in (await session.scalars(stmt)).all():
        values = {"call_id": call.id, "building_id": building.id}
        copy_id = await insert_new(session, CallCopy, values, unique=("call_id", "building_id"))
        if copy_id is not None:
            made.append((copy_id, building))
    return made


async def copy_ids(session: AsyncSession, call_id: int) -> list[int]:
    """The call's copies in building groups (none for a building's own call)."""
    stmt = select(CallCopy.id).where(CallCopy.call_id == call_id).order_by(CallCopy.id)
    return list((await session.scalars(stmt)).all())


async def sign_up(
    session: AsyncSession, clock: Clock, *, call: VolunteerCall, person_id: int
) -> CallResult:
    """Take a slot: one conditional UPDATE, then the sign-up row (one per person and call)."""
    now = clock.now()
    if not await may_sign_up(session, call, person_id):
        outcome = (
            CallOutcome.NOT_VOLUNTEER
            if call.building_id is not None
            else CallOutcome.NOT_COMMUNITY_VOLUNTEER
        )
        return CallResult(outcome, call)
    if await _signup_of(session, call.id, person_id) is not None:
        return CallResult(CallOutcome.ALREADY, call)
    taken = await session.execute(
        update(VolunteerCall)
        .where(
            VolunteerCall.id == call.id,
            VolunteerCall.status == CallStatus.OPEN,
            VolunteerCall.ends_at > now,
            VolunteerCall.taken < VolunteerCall.slots,
        )
        .values(taken=VolunteerCall.taken + 1)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        await session.refresh(call)
        return CallResult(_why_not(call, now), call)
    values = {"call_id": call.id, "person_id": person_id, "signed_at": now}
    if await insert_new(session, CallSignup, values, unique=("call_id", "person_id")) is None:
        # the same person's second press, raced with the first: give the slot back
        await _give_back(session, call.id)
        await session.refresh(call)
        return CallResult(CallOutcome.ALREADY, call)
    await session.refresh(call)
    return CallResult(CallOutcome.SIGNED, call)


async def cancel_sign_up(
    session: AsyncSession, clock: Clock, *, call: VolunteerCall, person_id: int
) -> CallResult:
    """Give one's slot back (before the call ends); the DELETE decides, so a double press
    frees one slot."""
    if clock.now() >= call.ends_at:
        return CallResult(CallOutcome.OVER, call)
    removed = await session.execute(
        delete(CallSignup)
        .where(CallSignup.call_id == call.id, CallSignup.person_id == person_id)
        .execution_options(synchronize_session=False)
    )
    if removed.rowcount != 1:  # type: ignore[attr-defined]
        return CallResult(CallOutcome.NOT_SIGNED, call)
    await _give_back(session, call.id)
    await session.refresh(call)
    return CallResult(CallOutcome.CANCELLED, call)


async def extend_call(
    session: AsyncSession,
    clock: Clock,
    *,
    call: VolunteerCall,
    more_slots: int = 0,
    ends_at: datetime | None = None,
) -> CallResult:
    """Staff add slots or move the end later (never earlier, never on a closed or ended call)."""
    now = clock.now()
    if call.status != CallStatus.OPEN:
        return CallResult(CallOutcome.CLOSED, call)
    if now >= call.ends_at:
        return CallResult(CallOutcome.OVER, call)
    if call.slots + more_slots > MAX_SLOTS:
        return CallResult(CallOutcome.TOO_MANY, call)
    values: dict[str, object] = {"slots": VolunteerCall.slots + more_slots}
    conditions = [VolunteerCall.id == call.id, VolunteerCall.status == CallStatus.OPEN]
    if more_slots:
        conditions.append(VolunteerCall.slots + more_slots <= MAX_SLOTS)
    if ends_at is not None:
        if ends_at <= call.ends_at:
            return CallResult(CallOutcome.NOT_LATER, call)  # a call is never shortened
        values["ends_at"] = ends_at
    changed = await session.execute(
        update(VolunteerCall)
        .where(*conditions)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    await session.refresh(call)
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        return CallResult(_why_not(call, now), call)
    return CallResult(CallOutcome.EXTENDED, call)


async def close_call(
    session: AsyncSession, clock: Clock, *, call: VolunteerCall, person_id: int
) -> CallResult:
    """Staff close the call: no more sign-ups (those in stay in, and are still reminded)."""
    now = clock.now()
    changed = await session.execute(
        update(VolunteerCall)
        .where(VolunteerCall.id == call.id, VolunteerCall.status == CallStatus.OPEN)
        .values(status=CallStatus.CLOSED, closed_by=person_id, closed_at=now)
        .execution_options(synchronize_session=False)
    )
    await session.refresh(call)
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        return CallResult(CallOutcome.CLOSED, call)
    return CallResult(CallOutcome.CLOSED_NOW, call)


async def call_sent(session: AsyncSession, call_id: int, message_id: int) -> None:
    """The sender's hook once Telegram took the call's message: presses must come from it."""
    await session.execute(
        update(VolunteerCall)
        .where(VolunteerCall.id == call_id, VolunteerCall.message_id.is_(None))
        .values(message_id=message_id)
    )


async def due_reminders(session: AsyncSession, now: datetime, *, limit: int = 200) -> list[int]:
    """Sign-ups whose reminder is due: an hour before the start, for those in by then."""
    stmt = (
        select(CallSignup.id)
        .join(VolunteerCall, VolunteerCall.id == CallSignup.call_id)
        .where(
            CallSignup.reminded_at.is_(None),
            VolunteerCall.remind_at <= now,
            VolunteerCall.starts_at > now,
            CallSignup.signed_at < VolunteerCall.remind_at,
        )
        .order_by(CallSignup.id)
        .limit(limit)
    )
    return list((await session.scalars(stmt)).all())


async def take_reminder(
    session: AsyncSession, signup_id: int, now: datetime
) -> tuple[CallSignup, VolunteerCall] | None:
    """Claim one due reminder (a conditional UPDATE: two ticks at once send it once) and
    re-check that it is still due; None if it is not this tick's to send."""
    claimed = await session.execute(
        update(CallSignup)
        .where(CallSignup.id == signup_id, CallSignup.reminded_at.is_(None))
        .values(reminded_at=now)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return None
    signup = await session.get(CallSignup, signup_id, populate_existing=True)
    call = await session.get(VolunteerCall, signup.call_id) if signup else None
    if signup is None or call is None or not call.remind_at <= now < call.starts_at:
        return None
    return signup, call


@dataclass(frozen=True)
class CallPlace:
    """Where a call is posted and whom it is for: a building, or a whole community."""

    chat_id: int
    community: str
    name: str
    """The building's name; a community-wide call's community."""
    language: str
    """The group's language mode (a staff group's messages are in both languages)."""
    community_wide: bool


STAFF_GROUP_LANGUAGE = "both"


async def call_place(session: AsyncSession, call: VolunteerCall) -> CallPlace | None:
    """The call's building or staff group (None if the row is gone)."""
    if call.building_id is not None:
        building = await session.get(Building, call.building_id)
        if building is None:
            return None
        name = building.name or building.chat_title
        return CallPlace(building.chat_id, building.community, name, building.language, False)
    group = await session.get(StaffGroup, call.staff_group_id)
    if group is None:
        return None
    community = call.community or group.community
    return CallPlace(group.chat_id, community, community, STAFF_GROUP_LANGUAGE, True)


async def home_in_community(session: AsyncSession, person_id: int, community: str) -> str | None:
    """The served building of the community a volunteer belongs to (the first, if several)."""
    stmt = (
        select(Building.name)
        .join(Member, Member.building_id == Building.id)
        .where(
            Member.person_id == person_id,
            Building.community == community,
            Building.active.is_(True),
            Building.name.is_not(None),
        )
        .order_by(Member.is_volunteer.desc(), Building.id)
        .limit(1)
    )
    return await session.scalar(stmt)


@dataclass(frozen=True)
class TodayCall:
    """A call a volunteer signed up for, for their /today."""

    call: VolunteerCall
    place: str
    """Its building's name, or the community of a community-wide call."""
    zone: str


async def calls_today_section(
    session: AsyncSession, person_id: int, now: datetime, *, default_timezone: str = "Asia/Shanghai"
) -> list[TodayCall]:
    """The calls this person signed up for that take place on their community's today and
    have not ended, earliest first (a section of /today)."""
    stmt = (
        select(VolunteerCall)
        .join(CallSignup, CallSignup.call_id == VolunteerCall.id)
        .where(
            CallSignup.person_id == person_id,
            VolunteerCall.ends_at > now,
            VolunteerCall.starts_at < now + timedelta(days=2),
        )
        .order_by(VolunteerCall.starts_at, VolunteerCall.id)
    )
    found: list[TodayCall] = []
    for call in (await session.scalars(stmt)).all():
        place = await call_place(session, call)
        if place is None:
            continue
        settings = await calendar_settings(session, place.community, default_timezone)
        if call.day == now.astimezone(settings.zone).date():
            found.append(TodayCall(call, place.name, settings.timezone))
    return found


async def _signup_of(session: AsyncSession, call_id: int, person_id: int) -> CallSignup | None:
    stmt = select(CallSignup).where(
        CallSignup.call_id == call_id, CallSignup.person_id == person_id
    )
    return (await session.scalars(stmt)).first()


async def _give_back(session: AsyncSession, call_id: int) -> None:
    await session.execute(
        update(VolunteerCall)
        .where(VolunteerCall.id == call_id, VolunteerCall.taken > 0)
        .values(taken=VolunteerCall.taken - 1)
        .execution_options(synchronize_session=False)
    )


def _why_not(call: VolunteerCall, now: datetime) -> CallOutcome:
    if call.status != CallStatus.OPEN:
        return CallOutcome.CLOSED
    if now >= call.ends_at:
        return CallOutcome.OVER
    return CallOutcome.FULL
