"""吹哨 volunteer calls: staff post one, volunteers sign up until the slots are full.

Every press is re-checked here against the database; a sign-up is one conditional UPDATE
(taken < slots), so two volunteers pressing for the last slot cannot both get it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calendar_settings import calendar_settings
from domain.call_parser import MAX_SLOTS, CallProblem, CallRequest
from domain.clock import Clock
from models.base import insert_new
from models.buildings import Building, member_of
from models.calls import CallSignup, VolunteerCall

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
    building: Building,
    author_id: int,
    request: CallRequest,
    zone: ZoneInfo,
) -> VolunteerCall | CallProblem:
    """Record a new call (the caller posts its message and commits); PAST if it already began."""
    now = clock.now()
    starts_at, ends_at = call_times(request, zone)
    if starts_at <= now:
        return CallProblem.PAST
    call = VolunteerCall(
        building_id=building.id,
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


async def call_on_message(
    session: AsyncSession, call_id: int, chat_id: int, message_id: int | None
) -> VolunteerCall | None:
    """The call if the press came from its own message in its building's group, else None
    (forged data may name any call from any chat)."""
    call = await session.get(VolunteerCall, call_id, populate_existing=True)
    if call is None:
        return None
    building = await session.get(Building, call.building_id)
    if building is None or building.chat_id != chat_id:
        return None
    if message_id is not None and call.message_id not in (None, message_id):
        return None
    return call


async def sign_up(
    session: AsyncSession, clock: Clock, *, call: VolunteerCall, person_id: int
) -> CallResult:
    """Take a slot: one conditional UPDATE, then the sign-up row (one per person and call)."""
    now = clock.now()
    member = await member_of(session, call.building_id, person_id)
    if not (member and (member.is_volunteer or member.is_staff or member.is_lead)):
        return CallResult(CallOutcome.NOT_VOLUNTEER, call)
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
class TodayCall:
    """A call a volunteer signed up for, for their /today."""

    call: VolunteerCall
    building: Building
    zone: str


async def calls_today_section(
    session: AsyncSession, person_id: int, now: datetime, *, default_timezone: str = "Asia/Shanghai"
) -> list[TodayCall]:
    """The calls this person signed up for that take place on their community's today and
    have not ended, earliest first (a section of /today)."""
    stmt = (
        select(VolunteerCall, Building)
        .join(CallSignup, CallSignup.call_id == VolunteerCall.id)
        .join(Building, Building.id == VolunteerCall.building_id)
        .where(
            CallSignup.person_id == person_id,
            VolunteerCall.ends_at > now,
            VolunteerCall.starts_at < now + timedelta(days=2),
        )
        .order_by(VolunteerCall.starts_at, VolunteerCall.id)
    )
    found: list[TodayCall] = []
    for call, building in (await session.execute(stmt)).all():
        settings = await calendar_settings(session, building.community, default_timezone)
        if call.day == now.astimezone(settings.zone).date():
            found.append(TodayCall(call, building, settings.timezone))
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
