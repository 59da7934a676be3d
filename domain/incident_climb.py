"""Carrying out the escalation policy: who a stage reaches, the alerts, the stored climb."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.escalation_policy import (
    DEFAULT_CHAIN,
    FALLBACK_LEVEL,
    PARTLY_REACHED,
    ClimbState,
    Decision,
    IncidentStatus,
    Level,
    Move,
    Stage,
    StageReach,
    TargetKind,
    Trigger,
    decide,
    parse_target,
    stages,
    statuses_acted_on,
)
from domain.incident_queries import (
    alerted_chats,
    anyone_reachable,
    failed_chats,
    has_event,
    log_event,
    role_holders,
)
from domain.ports import IncidentNotifier
from models.buildings import Building, Member
from models.incidents import Incident, IncidentAlert, IncidentEvent, chain_levels
from models.people import Person

log = logging.getLogger(__name__)


async def community_stages(session: AsyncSession, community: str) -> list[Stage]:
    """The community's configured chain, or the default one."""
    rows = await chain_levels(session, community)
    if not rows:
        return stages(DEFAULT_CHAIN)
    levels = []
    for row in rows:
        targets = []
        for text in row.targets.split():
            target = parse_target(text)
            if target is None:  # stored before /chain checked it (an id beyond Telegram's)
                log.warning("community %s, level %r: skipping target %r", community, row.name, text)
            else:
                targets.append(target)
        levels.append(
            Level(row.name, row.ack_seconds, tuple(targets), row.with_previous, row.webhook)
        )
    return stages(levels)


def configured(plan: list[Stage], notifier: IncidentNotifier) -> list[Stage]:
    """The chain less the webhooks ESCALATION_WEBHOOKS has no key for: those reach nobody, so
    a level must not count as reached (nor be promised) because it names one."""
    kept = []
    for stage in plan:
        levels = []
        for level in stage.levels:
            if level.webhook is not None and not notifier.has_webhook(level.webhook):
                log.warning("level %r: webhook %r is not configured", level.name, level.webhook)
                level = replace(level, webhook=None)
            levels.append(level)
        kept.append(Stage(tuple(levels)))
    return kept


@dataclass(frozen=True)
class Reach:
    """Who each stage of the chain reaches now, less the chats that refused this incident."""

    plan: list[Stage]
    targets: list[dict[int, int | None]]
    """Per stage: chat id -> person id (None for a staff chat or someone we have no record of)."""
    failed: set[int]

    def for_policy(self) -> list[StageReach]:
        """The chain as the policy sees it."""
        return [
            StageReach(bool(chats or _webhooks(stage)), stage.ack_seconds)
            for stage, chats in zip(self.plan, self.targets, strict=True)
        ]


@dataclass(frozen=True)
class Alerting:
    """Who the policy's decision alerts, at which stage and round, and why."""

    stage: int
    round: int
    names: tuple[str, ...]
    targets: dict[int, int | None]
    """chat id -> person id (None for a staff chat or someone we have no record of)."""
    webhooks: tuple[str, ...]
    skipped: tuple[str, ...] = ()
    """Stages passed over because they reach nobody."""
    fallback: bool = False
    announced: tuple[str, ...] = ()
    """What the resident is told is called: the levels someone of can be reached now."""
    no_doctor: bool = False
    """A level relies on a community doctor, but none can be reached."""
    alerted: int = -1
    """The stage whose targets are alerted (a repeat at the top may alert a lower one)."""

    @property
    def label(self) -> str:
        """The level names, for the timeline."""
        return " / ".join(self.names)


async def chain_reach(
    session: AsyncSession, building: Building, plan: list[Stage], incident_id: int | None
) -> Reach:
    """Look up every stage's targets (role holders, people, staff chats) for the policy."""
    failed = await failed_chats(session, incident_id) if incident_id is not None else set()
    targets = [await _stage_targets(session, building, stage, failed) for stage in plan]
    return Reach(plan, targets, failed)


async def alerting_for(
    session: AsyncSession,
    notifier: IncidentNotifier,
    building: Building,
    reach: Reach,
    decision: Decision,
) -> Alerting:
    """The names and chats a climbing decision alerts (a fallback asks for the group's admins)."""
    skipped = tuple(" / ".join(reach.plan[index].names) for index in decision.skipped)
    if decision.move is Move.FALLBACK:
        people = await _fallback_targets(session, notifier, building, reach.failed)
        reachable = [chat for chat, person in people.items() if await _reachable(session, person)]
        announced: tuple[str, ...] = (FALLBACK_LEVEL,) if reachable else ()
        return Alerting(
            decision.stage,
            decision.round,
            (FALLBACK_LEVEL,),
            people,
            (),
            skipped,
            fallback=True,
            announced=announced,
        )
    stage = reach.plan[decision.alerted]
    announced, no_doctor = await _announced(session, building, stage, reach.failed)
    return Alerting(
        decision.stage,
        decision.round,
        stage.names,
        reach.targets[decision.alerted],
        _webhooks(stage),
        skipped,
        announced=announced,
        no_doctor=no_doctor,
        alerted=decision.alerted,
    )


async def _announced(
    session: AsyncSession, building: Building, stage: Stage, failed: set[int]
) -> tuple[tuple[str, ...], bool]:
    """The stage's levels someone of can be reached now (renamed if only some roles can be),
    and whether a level relies on a doctor nobody reachable is."""
    names: list[str] = []
    no_doctor = False
    for level in stage.levels:
        other = level.webhook is not None
        roles: set[str] = set()
        for target in level.targets:
            if target.kind is TargetKind.ROLE:
                holders = await role_holders(session, building.id, target.value)
                if [h for h in holders if h not in failed and await _reachable(session, h)]:
                    roles.add(target.value)
                elif target.value == "doctor":
                    no_doctor = True
            elif target.kind is TargetKind.CHAT:
                other = other or int(target.value) not in failed
            else:
                person = int(target.value)
                other = other or (person not in failed and await _reachable(session, person))
        wanted = {t.value for t in level.targets if t.kind is TargetKind.ROLE}
        if roles and roles != wanted and not other:
            names.append(PARTLY_REACHED.get(level.name, {}).get(frozenset(roles), level.name))
        elif roles or other:
            names.append(level.name)
    return tuple(names), no_doctor


async def _reachable(session: AsyncSession, person_id: int | None) -> bool:
    """A staff chat (None) always; a person once they started the bot (else Telegram refuses)."""
    if person_id is None:
        return True
    person = await session.get(Person, person_id)
    return person is not None and person.started_bot


async def empty_roles(session: AsyncSession, building: Building, plan: list[Stage]) -> list[str]:
    """Roles the chain relies on that nobody holds in this building, in chain order."""
    empty: list[str] = []
    for stage in plan:
        for level in stage.levels:
            for target in level.targets:
                if target.kind is not TargetKind.ROLE or target.value in empty:
                    continue
                if not await role_holders(session, building.id, target.value):
                    empty.append(target.value)
    return empty


async def climb(
    session: AsyncSession,
    notifier: IncidentNotifier,
    incident: Incident,
    plan: list[Stage],
    trigger: Trigger,
    now: datetime,
    actor_id: int | None = None,
) -> Alerting | None:
    """Do what the policy says for a deadline or an Escalate press; None if it says nothing.

    The UPDATE re-checks what was read: the stage and round, the status (an acknowledgement
    committed meanwhile wins) and, for the sweep, that the deadline still has passed.
    """
    building = await session.get(Building, incident.building_id)
    assert building is not None
    plan = configured(plan, notifier)
    reach = await chain_reach(session, building, plan, incident.id)
    state = ClimbState(
        IncidentStatus(incident.status), incident.stage, incident.round, incident.next_escalation_at
    )
    decision = decide(trigger, state, reach.for_policy(), now)
    if not decision.climbs:
        return None
    alerting = await alerting_for(session, notifier, building, reach, decision)
    guards = [
        Incident.id == incident.id,
        Incident.stage == incident.stage,
        Incident.round == incident.round,
        Incident.status == state.status,
    ]
    if trigger is Trigger.DEADLINE:  # the sweep: only while the deadline stands passed
        guards.append(Incident.next_escalation_at <= now)
    stmt = (
        update(Incident)
        .where(*guards)
        .values(stage=alerting.stage, round=alerting.round, next_escalation_at=decision.deadline)
        .execution_options(synchronize_session=False)
    )
    if (await session.execute(stmt)).rowcount != 1:  # type: ignore[attr-defined]
        return None
    earlier = await alerted_chats(session, incident.id)
    fallback_before = await has_event(session, incident.id, "fallback")
    await session.refresh(incident)
    if state.stage < 0:  # the first alert (the report, or the sweep after a failed one)
        reached = await send_alerts(session, notifier, building, incident, alerting, now)
        announced = alerting.announced if reached else ()
        await notifier.incident_opened(
            session, building, incident, announced, no_doctor=alerting.no_doctor
        )
        if alerting.fallback and reached:
            await notifier.incident_fallback(session, building, incident, list(alerting.targets))
        # what the group was told is what the one who raised it is told (a press's answer)
        return replace(alerting, announced=announced)
    action = "escalated_now" if actor_id else ("repeated" if alerting.round else "escalated")
    shown = alerting.stage if alerting.fallback else alerting.alerted
    log_event(session, incident, now, actor_id, action, f"stage {shown + 1}: " + alerting.label)
    reached = await send_alerts(session, notifier, building, incident, alerting, now)
    new_fallback = alerting.fallback and not fallback_before
    if new_fallback:
        await notifier.incident_fallback(session, building, incident, list(alerting.targets))
    elif trigger is Trigger.DEADLINE:  # the family must not wait in silence: call 120 now
        await notifier.incident_unanswered(
            session, building, incident, alerting.announced if reached else ()
        )
    if reached and (alerting.round == 0 or new_fallback):  # a repeat is its own reminder
        told = [chat for chat in earlier if chat not in alerting.targets]
        await notifier.incident_escalated(
            session, incident, told, alerting.names, actor_id=actor_id
        )
    return alerting


async def told_elsewhere(
    session: AsyncSession, notifier: IncidentNotifier, incident: Incident
) -> tuple[str, ...]:
    """What the group was told is called when another process (the sweep, which takes an
    incident due at once) made its first climb: the same levels, or none (call 120 now)."""
    await session.refresh(incident)
    if incident.stage < 0 or not await anyone_reachable(session, incident.id):
        return ()
    if await has_event(session, incident.id, "fallback"):
        return (FALLBACK_LEVEL,)
    building = await session.get(Building, incident.building_id)
    assert building is not None
    plan = configured(await community_stages(session, incident.community), notifier)
    failed = await failed_chats(session, incident.id)
    announced, _ = await _announced(session, building, plan[incident.stage], failed)
    return announced


async def admins_needed(
    session: AsyncSession,
    notifier: IncidentNotifier,
    incident_id: int,
    trigger: Trigger,
    now: datetime,
) -> Building | None:
    """The incident's building when the policy's next climb falls back to its staff and the
    group's admins: the caller then asks Telegram for the admins with no transaction open,
    before the climb (which reads them remembered), so a slow answer holds no database."""
    incident = await session.get(Incident, incident_id)
    if incident is None:
        return None
    building = await session.get(Building, incident.building_id)
    if building is None:
        return None
    plan = configured(await community_stages(session, incident.community), notifier)
    reach = await chain_reach(session, building, plan, incident.id)
    state = ClimbState(
        IncidentStatus(incident.status), incident.stage, incident.round, incident.next_escalation_at
    )
    decision = decide(trigger, state, reach.for_policy(), now)
    return building if decision.move is Move.FALLBACK else None


async def send_alerts(
    session: AsyncSession,
    notifier: IncidentNotifier,
    building: Building,
    incident: Incident,
    alerting: Alerting,
    now: datetime,
) -> int:
    """One alert per chat of the alerting (once per stage and round); how many were sent."""
    for skipped in alerting.skipped:
        log_event(session, incident, now, None, "nobody_to_alert", skipped)
    if alerting.fallback:
        log_event(session, incident, now, None, "fallback", f"{len(alerting.targets)}")
    if not alerting.targets and not alerting.webhooks:
        log_event(session, incident, now, None, "nobody_to_alert", alerting.label)
    sent = 0
    for chat_id, person_id in alerting.targets.items():
        try:  # one target that fails must not stop the others (or the incident)
            async with session.begin_nested():
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
            sent += 1
        except Exception:
            log.exception("incident %s: the alert to chat %s failed", incident.id, chat_id)
    for webhook in alerting.webhooks:  # after the alerts: people first, gateways are extra reach
        try:
            async with session.begin_nested():
                await notifier.incident_webhook(session, incident, webhook, "alert")
            sent += 1
        except Exception:
            log.exception("incident %s: webhook %s failed", incident.id, webhook)
    return sent


async def alert_delivered(session: AsyncSession, alert_id: int, message_id: int) -> None:
    """Telegram took the alert (called by the sender)."""
    await session.execute(
        update(IncidentAlert)
        .where(IncidentAlert.id == alert_id)
        .values(message_id=message_id, delivered=True)
    )


async def alert_failed(session: AsyncSession, alert_id: int, error: str) -> None:
    """Telegram refused the alert for good (never started, blocked): record it, ask the policy."""
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
    incident = await session.get(Incident, alert.incident_id)
    if incident is None or (incident.stage, incident.round) != (alert.stage, alert.round):
        return  # a stage already passed: the climb has gone on without it
    pending = select(IncidentAlert.id).where(
        IncidentAlert.incident_id == alert.incident_id,
        IncidentAlert.stage == alert.stage,
        IncidentAlert.round == alert.round,
        IncidentAlert.delivered.is_not(False),
    )
    state = ClimbState(
        IncidentStatus(incident.status),
        incident.stage,
        incident.round,
        incident.next_escalation_at,
        refused=(await session.execute(pending.limit(1))).first() is None,
    )
    # no chain: this trigger only moves the deadline, to when the refused alerts were sent
    decision = decide(Trigger.ALERTS_FAILED, state, (), alert.created_at)

    if decision.move is not Move.WAIT:
        return
    await session.execute(  # nobody of this stage can be reached: the next sweep climbs at once
        update(Incident)
        .where(
            Incident.id == alert.incident_id,
            Incident.stage == alert.stage,
            Incident.round == alert.round,
            Incident.status.in_(sorted(statuses_acted_on(Trigger.ALERTS_FAILED))),
            Incident.next_escalation_at > alert.created_at,
        )
        .values(next_escalation_at=decision.deadline)
        .execution_options(synchronize_session=False)
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


def _webhooks(stage: Stage) -> tuple[str, ...]:
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
    # remembered only: Telegram was asked before this transaction (admins_needed), not inside it
    for admin in notifier.remembered_admins(building):
        if admin not in people:
            people[admin] = admin if await session.get(Person, admin) is not None else None
    return {chat: person for chat, person in people.items() if chat not in failed}
