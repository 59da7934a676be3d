"""Text views of incidents: the timeline of one, the list of open ones, the chain."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cards import mention
from bot.l10n import Markup, Translator
from domain.chain_format import format_chain
from domain.escalation_policy import Stage, TargetKind
from domain.ids import parse_id
from domain.incident_climb import empty_roles
from domain.incident_queries import role_holders, staff_communities, unresolved_in
from models.buildings import Building, is_own_community
from models.incidents import Incident, incident_events
from models.people import Person

OPEN_LIMIT = 30
MAX_TEXT = 4000
"""Telegram refuses messages over 4096 characters; leave room for the markup it strips."""
FIRST_STEPS = 5
MAX_DETAIL = 300


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f}"


async def render_timeline(
    session: AsyncSession, t: Translator, incident: Incident, zone: ZoneInfo
) -> str:
    """Each step with its time (first and latest if too many to send), then the response times."""
    head = t(
        "timeline-title",
        number=incident.id,
        flat=incident.flat or Markup(t("flat-unknown")),
        status=Markup(t(f"incident-status-{incident.status}")),
    )
    steps = []
    for event in await incident_events(session, incident.id):
        actor = await session.get(Person, event.actor_id) if event.actor_id else None
        detail = event_detail(t, event.action, event.detail)
        steps.append(
            t(
                "timeline-line",
                time=event.at.astimezone(zone).strftime("%m-%d %H:%M:%S"),
                action=Markup(t(f"event-{event.action}")),
                actor=mention(actor) if actor else "",
                detail=detail if len(detail) <= MAX_DETAIL else detail[:MAX_DETAIL] + "…",
            ).rstrip(" ·")
        )
    tail = []
    for key, moment in (
        ("response-ack", incident.acknowledged_at),
        ("response-transport", incident.transported_at),
        ("response-hospital", incident.hospital_at),
    ):
        if moment is not None:
            seconds = (moment - incident.reported_at).total_seconds()
            tail.append(t(key, minutes=_minutes(seconds)))
    return "\n".join([head, *fit_steps(t, steps, MAX_TEXT - _length([head, *tail])), *tail])


STAGE_DETAIL = re.compile(r"^stage (\d+): (.*)$", re.DOTALL)
ALERT_FAILED_DETAIL = re.compile(r"^chat (-?\d+): (.*)$", re.DOTALL)


def event_detail(t: Translator, action: str, detail: str | None) -> str:
    """A timeline step's stored detail in the reader's language (stored details are data)."""
    if not detail:
        return ""
    if action == "reported" and f"source-{detail}" in t.l10n.keys("en"):
        return _plain(t.label(f"source-{detail}"))
    if action == "fallback":
        return _plain(t.label("timeline-fallback", count=parse_id(detail) or 0))
    if (stage := STAGE_DETAIL.match(detail)) is not None:
        levels = t.with_levels(stage.group(2))
        return _plain(t.label("timeline-stage", stage=int(stage.group(1)), levels=levels))
    if action == "alert_failed" and (failed := ALERT_FAILED_DETAIL.match(detail)) is not None:
        text = t.label("timeline-alert-failed", chat=failed.group(1), error=failed.group(2))
        return _plain(text)
    return t.with_levels(detail)


def _plain(text: str) -> str:
    """A formatted text as plain text again: the timeline line escapes it once."""
    return html.unescape(text)


def fit_steps(t: Translator, steps: list[str], room: int) -> list[str]:
    """All steps if they fit in `room` characters, else the first few, "… N more …", the latest."""
    if _length(steps) + 1 <= room:
        return steps
    first = steps[:FIRST_STEPS]
    latest: list[str] = []
    for step in reversed(steps[FIRST_STEPS:]):
        hidden = len(steps) - len(first) - len(latest) - 1
        more = t("timeline-more", count=hidden)
        if _length([*first, more, step, *latest]) + 1 > room:
            break
        latest.insert(0, step)
    return [*first, t("timeline-more", count=len(steps) - len(first) - len(latest)), *latest]


def _length(lines: list[str]) -> int:
    """UTF-16 units (as Telegram counts) of the lines, each with its newline."""
    return sum(len(line.encode("utf-16-le")) // 2 + 1 for line in lines)


async def render_open_incidents(
    session: AsyncSession, t: Translator, building: Building, zone: ZoneInfo
) -> str:
    """Incidents of this building not yet resolved, oldest first."""
    stmt = (
        select(Incident)
        .where(Incident.building_id == building.id, Incident.status != "resolved")
        .order_by(Incident.id)
        .limit(OPEN_LIMIT)
    )
    incidents = list((await session.execute(stmt)).scalars())
    if not incidents:
        return t("incidents-empty")
    lines = [t("incidents-header", count=len(incidents))]
    for incident in incidents:
        lines.append(
            t(
                "incidents-line",
                number=incident.id,
                flat=incident.flat or Markup(t("flat-unknown")),
                status=Markup(t(f"incident-status-{incident.status}")),
                time=incident.reported_at.astimezone(zone).strftime("%m-%d %H:%M"),
            )
        )
    return "\n".join(lines)


async def render_staff_incidents(
    session: AsyncSession, t: Translator, person_id: int, zone: ZoneInfo
) -> str:
    """In private: unresolved incidents of every community the person is staff in."""
    communities = await staff_communities(session, person_id)
    if not communities:
        return t("incidents-not-staff")
    found = await unresolved_in(session, communities, OPEN_LIMIT)
    if not found:
        return t("incidents-none-private")
    lines = [t("incidents-header", count=len(found))]
    for incident, building in found:
        lines.append(
            t(
                "incidents-line-building",
                number=incident.id,
                building=building.name or building.chat_title,
                flat=incident.flat or Markup(t("flat-unknown")),
                status=Markup(t(f"incident-status-{incident.status}")),
                time=incident.reported_at.astimezone(zone).strftime("%m-%d %H:%M"),
            )
        )
    return "\n".join(lines)


def community_label(t: Translator, community: str) -> str:
    """A community's name as people see it (a building's private one has none)."""
    return t("community-own") if is_own_community(community) else community


def chain_text(t: Translator, plan: list[Stage]) -> str:
    """The chain in the text format staff edit; the default chain's names in `t`'s language."""
    levels = [replace(level, name=t.level(level.name)) for stage in plan for level in stage.levels]
    return format_chain(levels)


async def render_chain(
    session: AsyncSession,
    t: Translator,
    building: Building,
    plan: list[Stage],
    chain_text: str,
    missing_webhooks: Sequence[str] = (),
) -> str:
    """The chain as text staff can copy and edit, then who cannot be reached privately, and
    the webhooks ESCALATION_WEBHOOKS does not configure (they reach nobody)."""
    title = (
        t("chain-title-own")
        if is_own_community(building.community)
        else t("chain-title", community=building.community)
    )
    lines = [title, f"<pre>{_escape(chain_text)}</pre>"]
    unreachable: list[str] = []
    for stage in plan:
        for level in stage.levels:
            for target in level.targets:
                if target.kind is TargetKind.CHAT:
                    continue
                if target.kind is TargetKind.PERSON:
                    ids = [int(target.value)]
                else:
                    ids = await role_holders(session, building.id, target.value)
                for person_id in ids:
                    person = await session.get(Person, person_id)
                    if person is None or not person.started_bot:
                        unreachable.append(
                            str(mention(person)) if person else f"person:{person_id}"
                        )
    if unreachable:
        lines.append(t("chain-unreachable", people=Markup(", ".join(unreachable))))
    empty = await empty_roles(session, building, plan)
    if empty:
        roles = "、".join(t.label(f"role-{role}") for role in empty)
        lines.append(t("chain-roles-empty", roles=roles))
    if missing_webhooks:
        lines.append(t("chain-webhooks-missing", webhooks=", ".join(missing_webhooks)))
    lines.append(t("chain-help"))
    return "\n".join(lines)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)
