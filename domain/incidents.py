"""Incident use cases: report an emergency, climb the chain, acknowledge, record progress."""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Update, case, func, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.escalation_policy import IncidentStatus, Stage, Trigger
from domain.first_aid import first_aid_hint
from domain.incident_climb import (
    admins_needed,
    climb,
    community_stages,
    configured,
    told_elsewhere,
)
from domain.incident_queries import (
    alerted_chats,
    log_event,
    recent_incident,
    responding_to,
    staff_communities,
)
from domain.members import registered_flat
from domain.ports import IncidentNotifier
from domain.understanding import Kind, understand
from models.base import insert_new
from models.buildings import Building, buildings_of, member_of
from models.incidents import Incident, message_key
from models.people import Person

MAX_FOLLOW_UP = 500
Stored = Callable[[], Awaitable[None]]
"""Makes what the update did so far durable (the handler's `transaction.commit_step`)."""


class IncidentAction(enum.StrEnum):
    """The buttons on an alert."""

    ACKNOWLEDGE = "ack"
    TRANSPORT = "transport"
    HOSPITAL = "hospital"
    RESOLVE = "resolve"
    ESCALATE = "escalate"


class Source(enum.StrEnum):
    """How the emergency was raised."""

    MESSAGE = "message"
    SOS = "sos"
    BUTTON = "button"
    FEVER = "fever"
    """A high temperature from a household in quarantine (domain/fever_rules.py)."""


@dataclass(frozen=True)
class PressResult:
    """How a press on an alert ended, with who owns the incident now."""

    done: bool
    allowed: bool = True
    found: bool = True
    owner_name: str | None = None
    status: IncidentStatus | None = None
    levels: tuple[str, ...] = ()
    """Escalate: the levels alerted now."""
    repeated: bool = False
    """Escalate: no level above reaches anyone, so the last one was alerted again."""
    at_top: bool = False
    """Escalate on an owned incident: no level above reaches anyone, nothing was sent."""


@dataclass(frozen=True)
class Opened:
    """A new incident, and the levels the group was told are called (none: call 120 now)."""

    incident: Incident
    announced: tuple[str, ...]


async def report_emergency(
    session: AsyncSession,
    clock: Clock,
    notifier: IncidentNotifier,
    *,
    building: Building,
    reporter_id: int,
    text: str,
    source: Source,
    chat_id: int,
    message_id: int,
    flat: str | None,
    hint: str | None = None,
    key: str | None = None,
    stored: Stored | None = None,
) -> Incident | None:
    """Open an incident and alert the first stage at once; None if this message already did."""
    opened = await open_emergency(
        session,
        clock,
        notifier,
        building=building,
        reporter_id=reporter_id,
        text=text,
        source=source,
        chat_id=chat_id,
        message_id=message_id,
        flat=flat,
        hint=hint,
        key=key,
        stored=stored,
    )
    return opened.incident if opened is not None else None


async def open_emergency(
    session: AsyncSession,
    clock: Clock,
    notifier: IncidentNotifier,
    *,
    building: Building,
    reporter_id: int,
    text: str,
    source: Source,
    chat_id: int,
    message_id: int,
    flat: str | None,
    hint: str | None = None,
    key: str | None = None,
    stored: Stored | None = None,
) -> Opened | None:
    """Open an incident and alert the first stage at once; None if this message already did.

    The incident is written due at once, before any alert: `stored` (the handler's
    `commit_step`) makes it durable, so if alerting then fails the sweep alerts it.
    """
    now = clock.now()
    values = dict(
        source_key=key or message_key(chat_id, message_id),
        building_id=building.id,
        community=building.community,
        reporter_id=reporter_id,
        flat=flat,
        text=text,
        hint=hint,
        source=source.value,
        source_chat_id=chat_id,
        source_message_id=message_id,
        status=IncidentStatus.OPEN.value,
        stage=-1,
        round=0,
        next_escalation_at=now,
        reported_at=now,
    )
    # the same message (a redelivered update) or press opens it once
    new_id = await insert_new(session, Incident, values, unique=("source_key",))
    incident = await session.get(Incident, new_id) if new_id is not None else None
    if incident is None:
        return None
    log_event(session, incident, now, None, "reported", source.value)
    if stored is not None:
        await stored()
        if await admins_needed(session, notifier, incident.id, Trigger.REPORT, now) is not None:
            await stored()  # ends the reads: no transaction stays open while Telegram is asked
            await notifier.group_admins(building)
    plan = await community_stages(session, building.community)
    alerting = await climb(session, notifier, incident, plan, Trigger.REPORT, now)
    if alerting is None:  # the sweep took it first (it was stored due at once): what it told
        return Opened(incident, await told_elsewhere(session, notifier, incident))
    return Opened(incident, alerting.announced)


class PrivateOutcome(enum.StrEnum):
    """What a private message to the bot led to."""

    OPENED = "opened"
    FOLLOW_UP = "follow_up"
    """More words on the writer's recent incident (theirs, or one they were alerted to)."""
    DUPLICATE = "duplicate"
    NO_HOME = "no_home"
    """An emergency, but the person is in no building (or several): they must say where."""
    NOT_EMERGENCY = "not_emergency"


async def report_private(
    session: AsyncSession,
    clock: Clock,
    notifier: IncidentNotifier,
    *,
    person_id: int,
    chat_id: int,
    message_id: int,
    text: str,
    stored: Stored | None = None,
) -> tuple[PrivateOutcome, Incident | None]:
    """A private message read as an emergency opens one in the person's only building.

    Within FOLLOW_UP_WINDOW of a report, a reporter's next message ("她不动了") or a responder's
    status ("我已经到了，病人呼吸困难") is added to that incident instead of opening another
    that would climb the chain on its own.
    """
    reading = understand(text)
    if reading.kind is not Kind.EMERGENCY:
        return PrivateOutcome.NOT_EMERGENCY, None
    now = clock.now()
    homes = await buildings_of(session, person_id)
    current = (
        await recent_incident(session, homes[0].id, person_id, now) if len(homes) == 1 else None
    ) or await responding_to(session, person_id, now)
    if current is not None:
        await add_follow_up(
            session, clock, notifier, incident=current, author_id=person_id, text=text
        )
        return PrivateOutcome.FOLLOW_UP, current
    if len(homes) != 1:
        return PrivateOutcome.NO_HOME, None
    incident = await report_emergency(
        session,
        clock,
        notifier,
        building=homes[0],
        reporter_id=person_id,
        text=text,
        source=Source.MESSAGE,
        chat_id=chat_id,
        message_id=message_id,
        flat=await registered_flat(session, homes[0].id, person_id),
        hint=first_aid_hint(reading.families),
        stored=stored,
    )
    if incident is None:
        return PrivateOutcome.DUPLICATE, None
    return PrivateOutcome.OPENED, incident


@dataclass(frozen=True)
class SosOutcome:
    """A 🆘 press: the incident it opened, or the reporter's unresolved one it did not repeat."""

    number: int
    status: IncidentStatus
    opened: bool
    announced: tuple[str, ...] = ()
    """Opened: the levels the group was told are called (none: nobody can be reached)."""


async def press_sos(
    session: AsyncSession,
    clock: Clock,
    notifier: IncidentNotifier,
    *,
    building: Building,
    reporter_id: int,
    press_id: str,
    chat_id: int,
    message_id: int,
    flat: str | None,
    stored: Stored | None = None,
) -> SosOutcome | None:
    """Each press is its own report, unless the person's emergency here is open and recent."""
    existing = await recent_incident(session, building.id, reporter_id, clock.now())
    if existing is None:
        opened = await open_emergency(
            session,
            clock,
            notifier,
            building=building,
            reporter_id=reporter_id,
            text="🆘",
            hint=first_aid_hint(()),
            source=Source.BUTTON,
            chat_id=chat_id,
            message_id=message_id,
            flat=flat,
            key=f"press:{press_id}",
            stored=stored,
        )
        if opened is not None:
            incident = opened.incident
            return SosOutcome(incident.id, IncidentStatus(incident.status), True, opened.announced)
        existing = await recent_incident(session, building.id, reporter_id, clock.now())
    if existing is None:
        return None
    return SosOutcome(existing.id, IncidentStatus(existing.status), opened=False)


async def add_follow_up(
    session: AsyncSession,
    clock: Clock,
    notifier: IncidentNotifier,
    *,
    incident: Incident,
    author_id: int,
    text: str,
) -> None:
    """More words on an open incident: kept on its timeline and passed to everyone alerted."""
    log_event(session, incident, clock.now(), author_id, "follow_up", text[:MAX_FOLLOW_UP])
    chats = [c for c in await alerted_chats(session, incident.id) if c != author_id]
    await notifier.incident_follow_up(session, incident, author_id, text[:MAX_FOLLOW_UP], chats)


async def escalate_if_due(
    session: AsyncSession, clock: Clock, notifier: IncidentNotifier, incident_id: int
) -> bool:
    """Climb as the policy says once the deadline passed unacknowledged; once per deadline."""
    incident = await session.get(Incident, incident_id)
    if incident is None:
        return False
    plan = await community_stages(session, incident.community)
    return await climb(session, notifier, incident, plan, Trigger.DEADLINE, clock.now()) is not None


async def act_on_incident(
    session: AsyncSession,
    clock: Clock,
    notifier: IncidentNotifier,
    *,
    incident_id: int,
    action: IncidentAction,
    actor_id: int,
    chat_id: int,
    group_admin: bool = False,
) -> PressResult:
    """A press on an alert; each change is one conditional UPDATE, so two presses race safely.

    `group_admin`: Telegram's answer, asked beforehand when needs_admin_answer says so.
    """
    incident = await session.get(Incident, incident_id)
    if incident is None:
        return PressResult(done=False, found=False)
    rights = await _rights(session, incident, actor_id, chat_id)
    if not (group_admin if rights is None else rights):
        return PressResult(done=False, allowed=False)
    now = clock.now()
    if action is IncidentAction.ESCALATE:
        plan = await community_stages(session, incident.community)
        owned = incident.status == IncidentStatus.ACKNOWLEDGED
        alerting = await climb(session, notifier, incident, plan, Trigger.ESCALATE, now, actor_id)
        if alerting is None:
            await session.refresh(incident)  # e.g. acknowledged while this press was on its way
            refused = await _refused(session, incident)
            top = owned and incident.status == IncidentStatus.ACKNOWLEDGED
            return replace(refused, at_top=top)
        return PressResult(
            done=True,
            status=IncidentStatus(incident.status),
            levels=alerting.names,
            repeated=alerting.round > 0,
        )
    stmt = _transition(action, incident_id, actor_id, now)
    if (await session.execute(stmt)).rowcount != 1:  # type: ignore[attr-defined]
        await session.refresh(incident)
        return await _refused(session, incident)
    await session.refresh(incident)
    log_event(session, incident, now, actor_id, action.value, None)
    building = await session.get(Building, incident.building_id)
    assert building is not None
    chats = await alerted_chats(session, incident.id)
    await notifier.incident_changed(session, building, incident, action.value, actor_id, chats)
    plan = configured(await community_stages(session, incident.community), notifier)
    for webhook in _webhooks(plan[: incident.stage + 1]):  # only gateways already alerted
        await notifier.incident_webhook(session, incident, webhook, action.value)
    return PressResult(done=True, status=IncidentStatus(incident.status))


def _transition(action: IncidentAction, incident_id: int, actor_id: int, now: datetime) -> Update:
    """The single UPDATE for an action; any progress press also takes ownership if none yet."""
    stmt = (
        update(Incident)
        .where(Incident.id == incident_id)
        .execution_options(synchronize_session=False)
    )
    if action is IncidentAction.ACKNOWLEDGE:
        return stmt.where(Incident.status == IncidentStatus.OPEN).values(
            status=IncidentStatus.ACKNOWLEDGED,
            owner_id=actor_id,
            acknowledged_at=now,
            next_escalation_at=None,
        )
    column = {
        IncidentAction.TRANSPORT: Incident.transported_at,
        IncidentAction.HOSPITAL: Incident.hospital_at,
        IncidentAction.RESOLVE: Incident.resolved_at,
    }[action]
    values: dict[object, object] = {
        column: now,
        Incident.next_escalation_at: None,
        Incident.owner_id: func.coalesce(Incident.owner_id, actor_id),
        Incident.acknowledged_at: func.coalesce(Incident.acknowledged_at, now),
        Incident.status: IncidentStatus.RESOLVED
        if action is IncidentAction.RESOLVE
        else case(
            (Incident.status == IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED.value),
            else_=Incident.status,
        ),
    }
    return stmt.where(Incident.status != IncidentStatus.RESOLVED, column.is_(None)).values(values)


def _webhooks(plan: list[Stage]) -> list[str]:
    """Every webhook the chain names, once each."""
    return sorted({level.webhook for stage in plan for level in stage.levels if level.webhook})


async def _refused(session: AsyncSession, incident: Incident) -> PressResult:
    owner = await session.get(Person, incident.owner_id) if incident.owner_id else None
    return PressResult(
        done=False,
        owner_name=owner.full_name if owner else None,
        status=IncidentStatus(incident.status),
    )


async def needs_admin_answer(
    session: AsyncSession, *, incident_id: int, person_id: int, chat_id: int, viewing: bool = False
) -> bool:
    """Whether only group-admin status decides a press (or `viewing`): ask Telegram first."""
    incident = await session.get(Incident, incident_id)
    if incident is None:
        return False
    if viewing:
        rights = await _view_rights(session, incident, person_id, chat_id)
    else:
        rights = await _rights(session, incident, person_id, chat_id)
    return rights is None


async def may_view(
    session: AsyncSession,
    incident_id: int,
    person_id: int,
    chat_id: int,
    group_admin: bool = False,
) -> Incident | None:
    """The incident for those entitled, and only in a private chat, its group or its staff chats."""
    incident = await session.get(Incident, incident_id)
    if incident is None:
        return None
    rights = await _view_rights(session, incident, person_id, chat_id)
    return incident if (group_admin if rights is None else rights) else None


async def _rights(
    session: AsyncSession, incident: Incident, actor_id: int, chat_id: int
) -> bool | None:
    """Alerted (privately or in a staff chat) or building staff; None: group-admin status tells."""
    if chat_id in await alerted_chats(session, incident.id):
        return True
    member = await member_of(session, incident.building_id, actor_id)
    if member is not None and (member.is_staff or member.is_lead or member.is_doctor):
        return True
    building = await session.get(Building, incident.building_id)
    return None if building is not None and chat_id == building.chat_id else False


async def _view_rights(
    session: AsyncSession, incident: Incident, person_id: int, chat_id: int
) -> bool | None:
    """As _rights, for the reporter too, and only where the incident may be shown."""
    building = await session.get(Building, incident.building_id)
    here = chat_id == person_id or (building is not None and chat_id == building.chat_id)
    if not here and chat_id not in await alerted_chats(session, incident.id):
        return False
    if incident.reporter_id == person_id:
        return True
    if chat_id == person_id and incident.community in await staff_communities(session, person_id):
        return True  # staff read their community's incidents privately, where alerts arrive
    return await _rights(session, incident, person_id, chat_id)
