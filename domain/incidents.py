"""Incident use cases: report an emergency, climb the chain, acknowledge, record progress."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Update, case, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.clock import Clock
from domain.escalation_policy import (
    DEFAULT_CHAIN,
    Level,
    Stage,
    TargetKind,
    parse_target,
    stages,
)
from domain.first_aid import first_aid_hint
from domain.members import registered_flat
from domain.ports import AdminCheck, IncidentNotifier
from domain.understanding import Kind, understand
from models.buildings import Building, Member, buildings_of, member_of
from models.incidents import (
    Incident,
    IncidentAlert,
    IncidentEvent,
    chain_levels,
)
from models.people import Person

# Within this time of a report, the reporter's next 🆘 or private emergency message (and a
# responder's private status) belongs to that incident; later ones are new emergencies.
FOLLOW_UP_WINDOW = timedelta(minutes=15)
MAX_FOLLOW_UP = 500


class IncidentStatus(enum.StrEnum):
    """Open until someone acknowledges; acknowledged until resolved."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


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


@dataclass(frozen=True)
class PressResult:
    """How a press on an alert ended, with who owns the incident now."""

    done: bool
    allowed: bool = True
    found: bool = True
    owner_name: str | None = None
    status: IncidentStatus | None = None


async def community_stages(session: AsyncSession, community: str) -> list[Stage]:
    """The community's configured chain, or the default one."""
    rows = await chain_levels(session, community)
    if not rows:
        return stages(DEFAULT_CHAIN)
    levels = [
        Level(
            name=row.name,
            ack_seconds=row.ack_seconds,
            targets=tuple(t for t in map(parse_target, row.targets.split()) if t is not None),
            with_previous=row.with_previous,
            webhook=row.webhook,
        )
        for row in rows
    ]
    return stages(levels)


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
) -> Incident | None:
    """Open an incident and alert the first stage at once; None if this message already did."""
    now = clock.now()
    plan = await community_stages(session, building.community)
    first = await _next_alerting(session, notifier, building, plan, None, stage=-1, round_=0)
    incident = Incident(
        source_key=key or f"msg:{chat_id}:{message_id}",
        building_id=building.id,
        community=building.community,
        reporter_id=reporter_id,
        flat=flat,
        text=text,
        hint=hint,
        source=source,
        source_chat_id=chat_id,
        source_message_id=message_id,
        status=IncidentStatus.OPEN,
        stage=first.stage,
        round=first.round,
        next_escalation_at=now + timedelta(seconds=first.ack_seconds),
        reported_at=now,
    )
    session.add(incident)
    try:
        await session.flush()
    except IntegrityError:  # the same message (a redelivered update) already opened it
        await session.rollback()
        return None
    _log(session, incident, now, None, "reported", source.value)
    reached = await _alert(session, notifier, building, incident, first, now)
    await notifier.incident_opened(session, building, incident, first.names if reached else ())
    if first.fallback and reached:
        await notifier.incident_fallback(session, building, incident, list(first.targets))
    await session.commit()
    return incident


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
) -> tuple[PrivateOutcome, Incident | None]:
    """A private message read as an emergency opens one in the person's only building.

    Within FOLLOW_UP_WINDOW of a report, a reporter's next message ("她不动了") or a responder's
    status ("我已经到了，病人呼吸困难") is added to that incident instead of opening another
    that would climb the chain on its own.
    """
    if understand(text).kind is not Kind.EMERGENCY:
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
        await session.rollback()
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
        hint=first_aid_hint(text),
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
) -> SosOutcome | None:
    """Each press is its own report, unless the person's emergency here is open and recent."""
    existing = await recent_incident(session, building.id, reporter_id, clock.now())
    if existing is None:
        incident = await report_emergency(
            session,
            clock,
            notifier,
            building=building,
            reporter_id=reporter_id,
            text="🆘",
            source=Source.BUTTON,
            chat_id=chat_id,
            message_id=message_id,
            flat=flat,
            key=f"press:{press_id}",
        )
        if incident is not None:
            return SosOutcome(incident.id, IncidentStatus(incident.status), opened=True)
        existing = await recent_incident(session, building.id, reporter_id, clock.now())
    outcome = (
        SosOutcome(existing.id, IncidentStatus(existing.status), opened=False)
        if existing is not None
        else None
    )
    await session.rollback()
    return outcome


async def recent_incident(
    session: AsyncSession, building_id: int, reporter_id: int, now: datetime
) -> Incident | None:
    """The person's latest emergency here, if unresolved and reported within FOLLOW_UP_WINDOW.

    An older one that nobody pressed Resolved on must not swallow a new emergency.
    """
    stmt = (
        select(Incident)
        .where(
            Incident.building_id == building_id,
            Incident.reporter_id == reporter_id,
            Incident.status != IncidentStatus.RESOLVED,
            Incident.reported_at >= now - FOLLOW_UP_WINDOW,
        )
        .order_by(Incident.id.desc())
        .limit(1)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def responding_to(session: AsyncSession, person_id: int, now: datetime) -> Incident | None:
    """The latest unresolved, recent incident this person was alerted to privately, if any."""
    stmt = (
        select(Incident)
        .join(IncidentAlert, IncidentAlert.incident_id == Incident.id)
        .where(
            IncidentAlert.chat_id == person_id,
            Incident.status != IncidentStatus.RESOLVED,
            Incident.reported_at >= now - FOLLOW_UP_WINDOW,
        )
        .order_by(Incident.id.desc())
        .limit(1)
    )
    return (await session.execute(stmt)).scalars().first()


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
    _log(session, incident, clock.now(), author_id, "follow_up", text[:MAX_FOLLOW_UP])
    chats = [c for c in await _alerted_chats(session, incident.id) if c != author_id]
    await notifier.incident_follow_up(session, incident, author_id, text[:MAX_FOLLOW_UP], chats)
    await session.commit()


async def escalate_if_due(
    session: AsyncSession, clock: Clock, notifier: IncidentNotifier, incident_id: int
) -> bool:
    """Alert the next stage if the deadline passed unacknowledged; exactly once per deadline."""
    now = clock.now()
    incident = await session.get(Incident, incident_id)
    if (
        incident is None
        or incident.status != IncidentStatus.OPEN
        or incident.next_escalation_at is None
        or incident.next_escalation_at > now
    ):
        await session.rollback()
        return False
    return await _climb(session, notifier, incident, now, actor_id=None, keep_deadline=True)


async def act_on_incident(
    session: AsyncSession,
    clock: Clock,
    notifier: IncidentNotifier,
    *,
    incident_id: int,
    action: IncidentAction,
    actor_id: int,
    chat_id: int,
    is_group_admin: AdminCheck,
) -> PressResult:
    """A press on an alert; each change is one conditional UPDATE, so two presses race safely."""
    incident = await session.get(Incident, incident_id)
    if incident is None:
        await session.rollback()
        return PressResult(done=False, found=False)
    if not await _may_act(session, incident, actor_id, chat_id, is_group_admin):
        await session.rollback()
        return PressResult(done=False, allowed=False)
    now = clock.now()
    if action is IncidentAction.ESCALATE:
        if incident.status == IncidentStatus.RESOLVED:
            return await _refused(session, incident)
        keep = incident.status == IncidentStatus.OPEN
        if not await _climb(session, notifier, incident, now, actor_id, keep_deadline=keep):
            await session.refresh(incident)  # e.g. acknowledged while this press was on its way
            return await _refused(session, incident)
        return PressResult(done=True, status=IncidentStatus(incident.status))
    stmt = _transition(action, incident_id, actor_id, now)
    if (await session.execute(stmt)).rowcount != 1:  # type: ignore[attr-defined]
        await session.refresh(incident)
        return await _refused(session, incident)
    await session.refresh(incident)
    _log(session, incident, now, actor_id, action.value, None)
    building = await session.get(Building, incident.building_id)
    assert building is not None
    chats = await _alerted_chats(session, incident.id)
    await notifier.incident_changed(session, building, incident, action.value, actor_id, chats)
    plan = await community_stages(session, incident.community)
    for webhook in _webhooks(plan[: incident.stage + 1]):  # only gateways already alerted
        await notifier.incident_webhook(session, incident, webhook, action.value)
    await session.commit()
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
    result = PressResult(
        done=False,
        owner_name=owner.full_name if owner else None,
        status=IncidentStatus(incident.status),
    )
    await session.rollback()
    return result


async def _climb(
    session: AsyncSession,
    notifier: IncidentNotifier,
    incident: Incident,
    now: datetime,
    actor_id: int | None,
    *,
    keep_deadline: bool,
) -> bool:
    """Alert the next stage that reaches someone (or the last again); never a stage twice.

    The UPDATE re-checks what was read: the stage and round, the status (an acknowledgement
    committed meanwhile wins) and, for the sweep, that the deadline still has passed.
    """
    status = IncidentStatus(incident.status)
    building = await session.get(Building, incident.building_id)
    assert building is not None
    plan = await community_stages(session, incident.community)
    nxt = await _next_alerting(
        session, notifier, building, plan, incident.id, stage=incident.stage, round_=incident.round
    )
    deadline = now + timedelta(seconds=nxt.ack_seconds) if keep_deadline else None
    guards = [
        Incident.id == incident.id,
        Incident.stage == incident.stage,
        Incident.round == incident.round,
        Incident.status == status,
    ]
    if actor_id is None:  # the sweep: only while the deadline stands passed
        guards.append(Incident.next_escalation_at <= now)
    stmt = (
        update(Incident)
        .where(*guards)
        .values(stage=nxt.stage, round=nxt.round, next_escalation_at=deadline)
        .execution_options(synchronize_session=False)
    )
    if (await session.execute(stmt)).rowcount != 1:  # type: ignore[attr-defined]
        await session.rollback()
        return False
    earlier = await _alerted_chats(session, incident.id)
    fallback_before = await _has_event(session, incident.id, "fallback")
    await session.refresh(incident)
    action = "escalated_now" if actor_id else ("repeated" if nxt.round else "escalated")
    _log(session, incident, now, actor_id, action, f"stage {nxt.stage + 1}: " + nxt.label)
    reached = await _alert(session, notifier, building, incident, nxt, now)
    new_fallback = nxt.fallback and not fallback_before
    if new_fallback:
        await notifier.incident_fallback(session, building, incident, list(nxt.targets))
    if reached and (nxt.round == 0 or new_fallback):  # a repeat is its own reminder
        told = [chat for chat in earlier if chat not in nxt.targets]
        await notifier.incident_escalated(session, incident, told, nxt.names)
    await session.commit()
    return True


FALLBACK_NAME = "群管理员和工作人员 Group admins & staff"


@dataclass(frozen=True)
class Alerting:
    """Who is alerted next, at which stage and round, and why."""

    stage: int
    round: int
    names: tuple[str, ...]
    targets: dict[int, int | None]
    """chat id -> person id (None for a staff chat or someone we have no record of)."""
    webhooks: tuple[str, ...]
    ack_seconds: int
    skipped: tuple[str, ...] = ()
    """Stages passed over because they reach nobody."""
    fallback: bool = False

    @property
    def label(self) -> str:
        """The level names, for the timeline."""
        return " / ".join(self.names)


async def _next_alerting(
    session: AsyncSession,
    notifier: IncidentNotifier,
    building: Building,
    plan: list[Stage],
    incident_id: int | None,
    *,
    stage: int,
    round_: int,
) -> Alerting:
    """The next stage that reaches someone, else the highest again, else staff and admins."""
    failed = await _failed_chats(session, incident_id) if incident_id is not None else set()
    reach = [await _stage_targets(session, building, each, failed) for each in plan]
    skipped: list[str] = []
    for index in range(stage + 1, len(plan)):
        if reach[index] or _stage_webhooks(plan[index]):
            return Alerting(
                index,
                0,
                plan[index].names,
                reach[index],
                _stage_webhooks(plan[index]),
                plan[index].ack_seconds,
                tuple(skipped),
            )
        skipped.append(" / ".join(plan[index].names))
    top = min(max(stage, 0), len(plan) - 1)
    again = round_ + 1 if stage >= 0 else 0
    for index in range(top, -1, -1):
        if stage >= 0 and (reach[index] or _stage_webhooks(plan[index])):
            return Alerting(
                top,
                again,
                plan[index].names,
                reach[index],
                _stage_webhooks(plan[index]),
                plan[top].ack_seconds,
            )
    people = await _fallback_targets(session, notifier, building, failed)
    return Alerting(
        len(plan) - 1 if stage < 0 else top,
        again,
        (FALLBACK_NAME,),
        people,
        (),
        plan[-1].ack_seconds,
        tuple(skipped) if stage < 0 else (),
        fallback=True,
    )


async def _stage_targets(
    session: AsyncSession, building: Building, stage: Stage, failed: set[int]
) -> dict[int, int | None]:
    """The chats a stage alerts (person id for a private chat), less those that refused before."""
    chats: dict[int, int | None] = {}
    for level in stage.levels:
        for target in level.targets:
            if target.kind is TargetKind.CHAT:
                chats.setdefault(int(target.value), None)
            elif target.kind is TargetKind.PERSON:
                chats.setdefault(int(target.value), int(target.value))
            else:
                for holder in await role_holders(session, building.id, target.value):
                    chats.setdefault(holder, holder)
    return {chat: person for chat, person in chats.items() if chat not in failed}


def _stage_webhooks(stage: Stage) -> tuple[str, ...]:
    return tuple(level.webhook for level in stage.levels if level.webhook)


async def _fallback_targets(
    session: AsyncSession, notifier: IncidentNotifier, building: Building, failed: set[int]
) -> dict[int, int | None]:
    """The building's staff, leads and doctors, and the group's admins, less known refusals."""
    stmt = select(Member.person_id).where(
        Member.building_id == building.id,
        Member.is_staff.is_(True) | Member.is_lead.is_(True) | Member.is_doctor.is_(True),
    )
    people: dict[int, int | None] = {pid: pid for pid in (await session.execute(stmt)).scalars()}
    for admin in await notifier.group_admins(building):
        if admin not in people:
            people[admin] = admin if await session.get(Person, admin) is not None else None
    return {chat: person for chat, person in people.items() if chat not in failed}


async def _alert(
    session: AsyncSession,
    notifier: IncidentNotifier,
    building: Building,
    incident: Incident,
    alerting: Alerting,
    now: datetime,
) -> int:
    """One alert per chat of the alerting (once per stage and round); how many were sent."""
    for skipped in alerting.skipped:
        _log(session, incident, now, None, "nobody_to_alert", skipped)
    if alerting.fallback:
        _log(session, incident, now, None, "fallback", f"{len(alerting.targets)}")
    if not alerting.targets and not alerting.webhooks:
        _log(session, incident, now, None, "nobody_to_alert", alerting.label)
    for chat_id, person_id in alerting.targets.items():
        alert = IncidentAlert(
            incident_id=incident.id,
            stage=alerting.stage,
            round=alerting.round,
            chat_id=chat_id,
            person_id=person_id,
            created_at=now,
        )
        session.add(alert)
        await session.flush()
        await notifier.incident_alert(session, building, incident, alert, alerting.names)
    for webhook in alerting.webhooks:  # after the alerts: people first, gateways are extra reach
        await notifier.incident_webhook(session, incident, webhook, "alert")
    return len(alerting.targets) + len(alerting.webhooks)


async def _failed_chats(session: AsyncSession, incident_id: int) -> set[int]:
    """Chats that refused an alert for this incident (never started the bot, blocked it)."""
    stmt = select(IncidentAlert.chat_id).where(
        IncidentAlert.incident_id == incident_id, IncidentAlert.delivered.is_(False)
    )
    return set((await session.execute(stmt)).scalars())


async def _has_event(session: AsyncSession, incident_id: int, action: str) -> bool:
    stmt = select(IncidentEvent.id).where(
        IncidentEvent.incident_id == incident_id, IncidentEvent.action == action
    )
    return (await session.execute(stmt.limit(1))).first() is not None


async def role_holders(session: AsyncSession, building_id: int, role: str) -> list[int]:
    """Person ids holding a role (lead, doctor, staff) in a building."""
    column = {"lead": Member.is_lead, "doctor": Member.is_doctor, "staff": Member.is_staff}[role]
    stmt = select(Member.person_id).where(Member.building_id == building_id, column.is_(True))
    return list((await session.execute(stmt)).scalars())


async def _alerted_chats(session: AsyncSession, incident_id: int) -> list[int]:
    stmt = select(IncidentAlert.chat_id).where(IncidentAlert.incident_id == incident_id).distinct()
    return list((await session.execute(stmt)).scalars())


async def _may_act(
    session: AsyncSession,
    incident: Incident,
    actor_id: int,
    chat_id: int,
    is_group_admin: AdminCheck,
) -> bool:
    """Someone the incident was sent to (privately or in their staff chat), or building staff."""
    chats = await _alerted_chats(session, incident.id)
    if chat_id in chats:
        return True
    member = await member_of(session, incident.building_id, actor_id)
    if member is not None and (member.is_staff or member.is_lead or member.is_doctor):
        return True
    building_chat = (await session.get(Building, incident.building_id)).chat_id  # type: ignore[union-attr]
    await session.rollback()
    ok = chat_id == building_chat and await is_group_admin()
    await session.refresh(incident)
    return ok


def _log(
    session: AsyncSession,
    incident: Incident,
    now: datetime,
    actor_id: int | None,
    action: str,
    detail: str | None,
) -> None:
    session.add(
        IncidentEvent(
            incident_id=incident.id, at=now, actor_id=actor_id, action=action, detail=detail
        )
    )


async def alert_delivered(session: AsyncSession, alert_id: int, message_id: int) -> None:
    """Telegram took the alert (called by the sender)."""
    await session.execute(
        update(IncidentAlert)
        .where(IncidentAlert.id == alert_id)
        .values(message_id=message_id, delivered=True)
    )


async def alert_failed(session: AsyncSession, alert_id: int, error: str) -> None:
    """Telegram refused the alert for good (e.g. the person never started the bot): record it."""
    alert = await session.get(IncidentAlert, alert_id)
    if alert is None:
        return
    alert.delivered = False
    session.add(
        IncidentEvent(
            incident_id=alert.incident_id,
            at=alert.created_at,
            actor_id=alert.person_id,
            action="alert_failed",
            detail=f"chat {alert.chat_id}: {error}"[:500],
        )
    )
    await session.flush()
    pending = select(IncidentAlert.id).where(
        IncidentAlert.incident_id == alert.incident_id,
        IncidentAlert.stage == alert.stage,
        IncidentAlert.round == alert.round,
        IncidentAlert.delivered.is_not(False),
    )
    if (await session.execute(pending.limit(1))).first() is None:
        # nobody of this stage can be reached: the next sweep climbs at once
        await session.execute(
            update(Incident)
            .where(
                Incident.id == alert.incident_id,
                Incident.stage == alert.stage,
                Incident.round == alert.round,
                Incident.status == IncidentStatus.OPEN,
                Incident.next_escalation_at > alert.created_at,
            )
            .values(next_escalation_at=alert.created_at)
            .execution_options(synchronize_session=False)
        )


async def may_view(
    session: AsyncSession,
    incident_id: int,
    person_id: int,
    chat_id: int,
    is_group_admin: AdminCheck,
) -> Incident | None:
    """The incident for those entitled, and only in a private chat, its group or its staff chats."""
    incident = await session.get(Incident, incident_id)
    if incident is None:
        return None
    building = await session.get(Building, incident.building_id)
    here = chat_id == person_id or (building is not None and chat_id == building.chat_id)
    if not here and chat_id not in await _alerted_chats(session, incident.id):
        return None
    if incident.reporter_id == person_id:
        return incident
    return (
        incident if await _may_act(session, incident, person_id, chat_id, is_group_admin) else None
    )
