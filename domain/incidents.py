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
    next_step,
    parse_target,
    stages,
)
from domain.ports import AdminCheck, IncidentNotifier
from models.buildings import Building, Member, member_of
from models.incidents import (
    Incident,
    IncidentAlert,
    IncidentEvent,
    chain_levels,
)
from models.people import Person


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
        stage=0,
        round=0,
        next_escalation_at=now + timedelta(seconds=plan[0].ack_seconds),
        reported_at=now,
    )
    session.add(incident)
    try:
        await session.flush()
    except IntegrityError:  # the same message (a redelivered update) already opened it
        await session.rollback()
        return None
    _log(session, incident, now, None, "reported", source.value)
    reached = await _alert_stage(session, notifier, building, incident, plan[0], now)
    await notifier.incident_opened(session, building, incident, plan[0].names if reached else ())
    await session.commit()
    return incident


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
    """Each press is its own report, unless the person's last emergency here is still open."""
    existing = await unresolved_incident(session, building.id, reporter_id)
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
        existing = await unresolved_incident(session, building.id, reporter_id)
    outcome = (
        SosOutcome(existing.id, IncidentStatus(existing.status), opened=False)
        if existing is not None
        else None
    )
    await session.rollback()
    return outcome


async def unresolved_incident(
    session: AsyncSession, building_id: int, reporter_id: int
) -> Incident | None:
    """The person's latest emergency in this building not yet resolved, if any."""
    stmt = (
        select(Incident)
        .where(
            Incident.building_id == building_id,
            Incident.reporter_id == reporter_id,
            Incident.status != IncidentStatus.RESOLVED,
        )
        .order_by(Incident.id.desc())
        .limit(1)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


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
    """Alert the next stage (or the last again); guarded so a stage is never alerted twice.

    The UPDATE re-checks what was read: the stage and round, the status (an acknowledgement
    committed meanwhile wins) and, for the sweep, that the deadline still has passed.
    """
    status = IncidentStatus(incident.status)
    plan = await community_stages(session, incident.community)
    step = next_step(min(incident.stage, len(plan) - 1), incident.round, len(plan))
    stage = plan[step.stage]
    deadline = now + timedelta(seconds=stage.ack_seconds) if keep_deadline else None
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
        .values(stage=step.stage, round=step.round, next_escalation_at=deadline)
        .execution_options(synchronize_session=False)
    )
    if (await session.execute(stmt)).rowcount != 1:  # type: ignore[attr-defined]
        await session.rollback()
        return False
    earlier = await _alerted_chats(session, incident.id)
    await session.refresh(incident)
    building = await session.get(Building, incident.building_id)
    assert building is not None
    action = "repeated" if step.is_repeat else ("escalated_now" if actor_id else "escalated")
    _log(
        session,
        incident,
        now,
        actor_id,
        action,
        f"stage {step.stage + 1}: " + " / ".join(stage.names),
    )
    await _alert_stage(session, notifier, building, incident, stage, now)
    await notifier.incident_escalated(session, incident, earlier, stage.names)
    await session.commit()
    return True


async def _alert_stage(
    session: AsyncSession,
    notifier: IncidentNotifier,
    building: Building,
    incident: Incident,
    stage: Stage,
    now: datetime,
) -> int:
    """One alert per person or chat of the stage (once per stage and round); how many."""
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
        if level.webhook:
            await notifier.incident_webhook(session, incident, level.webhook, "alert")
    if not chats:
        _log(session, incident, now, None, "nobody_to_alert", " / ".join(stage.names))
    for chat_id, person_id in chats.items():
        alert = IncidentAlert(
            incident_id=incident.id,
            stage=incident.stage,
            round=incident.round,
            chat_id=chat_id,
            person_id=person_id,
            created_at=now,
        )
        session.add(alert)
        await session.flush()
        await notifier.incident_alert(session, building, incident, alert, stage.names)
    return len(chats)


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


async def may_view(
    session: AsyncSession,
    incident_id: int,
    person_id: int,
    chat_id: int,
    is_group_admin: AdminCheck,
) -> Incident | None:
    """The incident, for its reporter, those alerted, building staff and the group's admins."""
    incident = await session.get(Incident, incident_id)
    if incident is None:
        return None
    if incident.reporter_id == person_id:
        return incident
    return (
        incident if await _may_act(session, incident, person_id, chat_id, is_group_admin) else None
    )
