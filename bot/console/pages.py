"""The console's pages as HTML, from what domain/console_views.py read."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.console.html import Chrome, duration, e, number, page, table
from bot.settings import Settings
from domain.console_access import Access
from domain.console_orders import OrderLine, OrdersBoard
from domain.console_views import (
    AuditRow,
    BuildingCalendar,
    BuildingToday,
    ChainView,
    DayFigures,
    IncidentRow,
    LedgerFilter,
    LedgerRow,
)
from domain.dispatch import VolunteerLoad
from domain.ledger_terms import format_needs
from domain.order_follow_up import Staleness
from domain.order_rules import OrderStatus
from models.buildings import Building
from models.console import ConsoleAudit
from models.households import Household, Need, QuarantineKind
from models.incidents import EscalationLevel

AUDITED = frozenset({"people", "language", "phone", "needs", "note", "status", "volunteer"})
EDIT_FIELDS = frozenset({"people", "language", "phone", "needs"})
DEFAULT_ACK_TARGET = 120.0
"""Seconds to acknowledge when a community has no chain yet (the default level 1)."""


async def building_names(session: AsyncSession, access: Access) -> dict[int, str]:
    """The covered buildings' names, for the filters."""
    rows = await session.execute(
        select(Building.id, Building.name).where(Building.id.in_(list(access.buildings)))
    )
    return {building_id: name or "" for building_id, name in rows}


async def ack_targets(session: AsyncSession, communities: Iterable[str]) -> dict[str, float]:
    """Each community's first level's deadline to acknowledge (the 快响 target), in seconds."""
    targets: dict[str, float] = {}
    rows = await session.execute(
        select(EscalationLevel.community, EscalationLevel.ack_seconds)
        .where(EscalationLevel.community.in_(list(communities)))
        .order_by(EscalationLevel.position.desc())
    )
    for community, seconds in rows:
        targets[community] = float(seconds)  # the lowest position is read last and kept
    return targets


def today(chrome: Chrome, rows: list[BuildingToday], back: str) -> str:
    """Per building, each number linked to its list."""
    heads = [
        chrome.t("console-col-building"),
        chrome.t("console-col-in-quarantine"),
        chrome.t("console-col-open-orders"),
        chrome.t("console-col-open-incidents"),
        chrome.t("console-col-reports"),
        chrome.t("console-col-missing"),
        chrome.t("console-col-sampling"),
        chrome.t("console-col-fevers"),
        chrome.t("console-col-welfare"),
    ]
    sections: dict[str, list[str]] = {}
    calendar, households = chrome.url("/calendar"), chrome.url("/households")
    orders, incidents = chrome.url("/orders"), chrome.url("/incidents")
    for b in rows:
        cal = f"{calendar}?building={b.building_id}"
        sampled = (
            f'<td class="n{" zero" if not b.sampling_due else ""}">'
            + (f'<a href="{e(cal)}">{b.sampled}/{b.sampling_due}</a>' if b.sampling_due else "0")
            + "</td>"
        )
        sections.setdefault(b.community, []).append(
            f'<tr data-building="{b.building_id}"><td>{e(b.name)}</td>'
            + number(b.in_quarantine, f"{households}?building={b.building_id}&quarantined=1")
            + number(b.open_orders, f"{orders}?building={b.building_id}")
            + number(b.open_incidents, f"{incidents}?building={b.building_id}")
            + number(b.reports, cal)
            + number(b.missing, cal).replace(
                'class="n', 'class="n warn' if b.missing else 'class="n'
            )
            + sampled
            + number(b.fevers, cal).replace('class="n', 'class="n warn' if b.fevers else 'class="n')
            + number(b.welfare_pending, cal)
            + "</tr>"
        )
    if not rows:
        body = f'<p class="notice">{chrome.t("console-none")}</p>'
    else:
        body = "".join(
            f"<h2>{e(_community(chrome, community))}</h2>"
            + table(heads, lines, table_id="today", numbers_from=1)
            for community, lines in sections.items()
        )
    return page(chrome, "/", chrome.t("console-nav-today"), body, back)


def _community(chrome: Chrome, community: str) -> str:
    if community.startswith("chat:"):
        return chrome.t("console-own-community")
    return community


def _kind(chrome: Chrome, row: LedgerRow) -> str:
    if row.quarantine is None:
        return ""
    kind = row.quarantine.kind if row.quarantine.kind in set(QuarantineKind) else "custom"
    return chrome.t(f"quarantine-kind-{kind}", days=row.quarantine.days)


def households(
    chrome: Chrome,
    access: Access,
    rows: list[LedgerRow],
    more: bool,
    want: LedgerFilter,
    names: dict[int, str],
    error: str,
    back: str,
    pairings: Pairings | None = None,
    notice: str = "",
) -> str:
    """The ledger with its filters; staff rows open an edit form in place; the 包户 column
    names each household's volunteer, with a form for staff and the building's lead."""
    options = "".join(
        f'<option value="{b}"{" selected" if b == want.building_id else ""}>{e(name)}</option>'
        for b, name in sorted(names.items(), key=lambda item: item[1])
    )
    need_options = "".join(
        f'<option value="{n.value}"{" selected" if n.value == want.need else ""}>'
        f"{chrome.t(f'rollcall-need-{n.value}')}</option>"
        for n in Need
    )
    filters = (
        f'<form class="filters" method="get" action="{e(chrome.url("/households"))}">'
        f'<input type="search" name="q" value="{e(want.text)}" '
        f'placeholder="{e(chrome.t("console-search"))}" id="q">'
        f'<select name="building"><option value="">{chrome.t("console-all-buildings")}</option>'
        f"{options}</select>"
        f'<select name="need"><option value="">{chrome.t("console-any-need")}</option>'
        f"{need_options}</select>"
        f'<label><input type="checkbox" name="quarantined" value="1"'
        f"{' checked' if want.quarantined else ''}> {chrome.t('console-quarantined-only')}</label>"
        f'<button class="primary" type="submit">{chrome.t("console-filter")}</button></form>'
    )
    error_notice = ""
    if error:
        field, _, value = error.partition(":")
        shown = chrome.t(f"quarantine-field-{field}") if field in EDIT_FIELDS else field
        error_notice = (
            f'<p class="notice error" id="error">'
            f"{chrome.t('console-bad-value', field=shown, value=value)}</p>"
        )
    heads = [
        chrome.t("console-col-building"),
        chrome.t("console-col-flat"),
        chrome.t("console-col-people"),
        chrome.t("console-col-language"),
        chrome.t("console-col-quarantine"),
        chrome.t("console-col-day"),
        chrome.t("console-col-needs"),
        chrome.t("console-col-phone"),
        chrome.t("console-col-note"),
    ]
    if pairings is not None:
        heads.append(chrome.t("console-col-paired"))
    lines = []
    for row in rows:
        h = row.household
        staff = access.staff_of(h.building_id)
        needs = format_needs(h.need_set, chrome.lang)
        day = (
            chrome.t("console-day-of", day=row.day, days=row.quarantine.days)
            if row.day is not None and row.quarantine is not None
            else ""
        )
        if staff:
            phone = e(h.phone or "")
            note = e(h.note or "")
            form = (
                f"<details><summary>{chrome.t('console-edit')}</summary>"
                f'<form class="edit" method="post" action="{e(chrome.url(f"/households/{h.id}"))}">'
                f"{chrome.csrf_field()}"
                f'<input type="hidden" name="back" value="{e(back)}">'
                + _field(chrome.t("console-col-people"), "people", h.people)
                + _field(chrome.t("console-col-language"), "language", h.language)
                + _field(chrome.t("console-col-phone"), "phone", h.phone)
                + _field(chrome.t("console-col-needs"), "needs", needs)
                + _field(chrome.t("console-col-note"), "note", h.note)
                + f'<span></span><button class="primary" type="submit">'
                f"{chrome.t('console-save')}</button></form></details>"
            )
            note = note + form
        else:
            phone = note = '<span class="muted">—</span>'
        lines.append(
            f'<tr id="h{h.id}"><td class="nw">{e(row.building)}</td><td class="nw">{e(h.flat)}</td>'
            f'<td class="n">{e(h.people or "")}</td><td>{e(h.language or "")}</td>'
            f"<td>{e(_kind(chrome, row))}</td><td>{e(day)}</td><td>{e(needs)}</td>"
            f"<td>{phone}</td><td>{note}</td>"
            + (_pairing_cell(chrome, h, pairings, back) if pairings is not None else "")
            + "</tr>"
        )
    summary = f'<p class="muted">{chrome.t("console-shown", count=len(rows))}'
    if more:
        summary += " " + chrome.t("console-more")
    summary += "</p>"
    body = filters + notice + error_notice + summary + table(heads, lines, table_id="households")
    return page(chrome, "/households", chrome.t("console-nav-households"), body, back)


@dataclass(frozen=True)
class Pairings:
    """包户 on the Households page: who each household is paired with, and the volunteers of
    each building where the person may pair (staff of the community, the building's lead)."""

    paired: dict[int, tuple[int, str]]
    """Household id → (volunteer id, name)."""
    volunteers: dict[int, list[VolunteerLoad]]


def _pairing_cell(chrome: Chrome, household: Household, pairings: Pairings, back: str) -> str:
    current = pairings.paired.get(household.id)
    shown = e(current[1]) if current else '<span class="muted">—</span>'
    volunteers = pairings.volunteers.get(household.building_id)
    if volunteers is None:
        return f"<td>{shown}</td>"
    action = e(chrome.url(f"/households/{household.id}/pair"))
    hidden = chrome.csrf_field() + f'<input type="hidden" name="back" value="{e(back)}">'
    choices = [v for v in volunteers if current is None or v.person_id != current[0]]
    forms = []
    if choices:
        options = "".join(f'<option value="{v.person_id}">{e(v.name)}</option>' for v in choices)
        forms.append(
            f'<form class="dispatch" method="post" action="{action}">{hidden}'
            f'<select name="volunteer" id="p{household.id}" '
            f'aria-label="{e(chrome.t("console-col-paired"))}">{options}</select>'
            f'<button class="primary" type="submit" name="action" value="pair" '
            f'id="pair-{household.id}">{chrome.t("console-pair")}</button></form>'
        )
    elif current is None:
        forms.append(f'<span class="muted">{chrome.t("console-no-volunteers")}</span>')
    if current is not None:
        forms.append(
            f'<form class="dispatch" method="post" action="{action}">{hidden}'
            f'<button type="submit" name="action" value="unpair" id="unpair-{household.id}">'
            f"{chrome.t('console-unpair')}</button></form>"
        )
    return (
        f"<td>{shown}<details><summary>{chrome.t('console-pair-change')}</summary>"
        + "".join(forms)
        + "</details></td>"
    )


def _field(label: str, name: str, value: object) -> str:
    return (
        f'<label for="f-{name}">{label}</label>'
        f'<input id="f-{name}" name="{name}" value="{e("" if value is None else value)}">'
    )


def _time(value: datetime | None, zone: ZoneInfo) -> str:
    return value.astimezone(zone).strftime("%m-%d %H:%M") if value else "—"


def incidents(
    chrome: Chrome,
    rows: list[IncidentRow],
    targets: dict[str, float],
    settings: Settings,
    back: str,
) -> str:
    """Each incident: report → acknowledged → transport → hospital → resolved, and the times."""
    zone = ZoneInfo(settings.timezone)
    heads = [
        "#",
        chrome.t("console-col-building"),
        chrome.t("console-col-flat"),
        chrome.t("console-col-status"),
        chrome.t("console-col-reported"),
        chrome.t("console-col-to-alert"),
        chrome.t("console-col-to-ack"),
        chrome.t("console-col-to-transport"),
        chrome.t("console-col-to-hospital"),
        chrome.t("console-col-to-resolve"),
        chrome.t("console-col-words"),
    ]
    lines = []
    for row in rows:
        i = row.incident
        target = targets.get(i.community, DEFAULT_ACK_TARGET)
        status = chrome.t(f"incident-status-{i.status}")
        lines.append(
            f'<tr id="i{i.id}"><td>{i.id}</td><td>{e(row.building)}</td><td>{e(i.flat or "")}</td>'
            f"<td>{e(status)}</td><td>{_time(i.reported_at, zone)}</td>"
            + duration(row.to_alert)
            + duration(row.to_ack, target)
            + duration(row.to_transport)
            + duration(row.to_hospital)
            + duration(row.to_resolve)
            + f"<td>{e(i.text[:160])}</td></tr>"
        )
    note = f'<p class="muted">{chrome.t("console-ack-target")}</p>'
    body = note + (
        table(heads, lines, table_id="incidents")
        if rows
        else f'<p class="notice">{chrome.t("console-none")}</p>'
    )
    return page(chrome, "/incidents", chrome.t("console-nav-incidents"), body, back)


def wait_text(chrome: Chrome, waited: timedelta) -> str:
    """A wait as the stale marker says it: 42 min, 3 h 10 min."""
    minutes = max(0, int(waited.total_seconds() // 60))
    if minutes < 60:
        return chrome.t("console-minutes", minutes=minutes)
    return chrome.t("console-hours-minutes", hours=minutes // 60, minutes=minutes % 60)


def stale_reason(chrome: Chrome, stale: Staleness) -> str:
    """Why an order is highlighted: "unclaimed 42 min", "held 3 h 10 min", urgent marked."""
    reason = chrome.t(f"console-stale-{stale.overdue.value}", time=wait_text(chrome, stale.waited))
    if stale.urgent:
        reason = f"{chrome.t('console-stale-urgent')} · {reason}"
    return reason


def _status(chrome: Chrome, line: OrderLine) -> str:
    order = line.order
    if order.status == OrderStatus.CLAIMED.value and line.assigned_by:
        return chrome.t("card-status-assigned", assigner=line.assigned_by, volunteer=line.volunteer)
    return chrome.t(f"card-status-{order.status}", volunteer=line.volunteer or "?")


def _orders_url(chrome: Chrome, building_id: int | None, **query: str) -> str:
    args = {"building": str(building_id)} if building_id is not None else {}
    args.update(query)
    return chrome.url("/orders") + (f"?{urlencode(args)}" if args else "")


def _dispatch_forms(
    chrome: Chrome, line: OrderLine, volunteers: list[VolunteerLoad], back: str
) -> str:
    """Assign (open), reassign and take back (held): the chat's 指派 / 改派 / 收回."""
    order = line.order
    action = chrome.url(f"/orders/{order.id}/dispatch")
    hidden = (
        chrome.csrf_field()
        + f'<input type="hidden" name="back" value="{e(back)}">'
        + f'<input type="hidden" name="seen" value="{e(line.seen)}">'
    )
    choices = [v for v in volunteers if v.person_id != order.volunteer_id]
    held = order.status == OrderStatus.CLAIMED.value
    parts = []
    if choices:
        options = "".join(
            f'<option value="{v.person_id}">'
            f"{chrome.t('console-volunteer-option', name=v.name, held=v.held)}</option>"
            for v in choices
        )
        verb = "reassign" if held else "assign"
        parts.append(
            f'<form class="dispatch" method="post" action="{e(action)}">{hidden}'
            f'<select name="volunteer" id="v{order.id}" '
            f'aria-label="{e(chrome.t("console-col-volunteer"))}">{options}</select>'
            f'<button class="primary" type="submit" name="action" value="{verb}" '
            f'id="{verb}-{order.id}">{chrome.t(f"btn-{verb}")}</button></form>'
        )
    elif not held:
        parts.append(f'<span class="muted">{chrome.t("console-no-volunteers")}</span>')
    if held:
        parts.append(
            f'<form class="dispatch" method="post" action="{e(action)}">{hidden}'
            f'<button type="submit" name="action" value="unassign" id="unassign-{order.id}">'
            f"{chrome.t('btn-unassign')}</button></form>"
        )
    return "".join(parts)


def orders(
    chrome: Chrome,
    board: OrdersBoard,
    *,
    open_only: bool,
    stale_only: bool,
    building_id: int | None,
    notice: str,
    settings: Settings,
    back: str,
) -> str:
    """Orders with time to claim and to deliver; stale ones highlighted with the reason; those
    the person may dispatch with the volunteers of their building to assign to."""
    zone = ZoneInfo(settings.timezone)
    links = [
        (_orders_url(chrome, building_id), "console-orders-open", open_only and not stale_only),
        (_orders_url(chrome, building_id, all="1"), "console-orders-all", not open_only),
    ]
    switch = " · ".join(
        f'<a href="{e(url)}"{" class=here" if here else ""}>{chrome.t(key)}</a>'
        for url, key, here in links
    )
    stale_url = _orders_url(chrome, building_id, stale="1")
    stale_link = chrome.t("console-orders-stale", count=board.stale_count)
    switch += (
        f' · <a href="{e(stale_url)}" id="stale-only" class="stale-link'
        f'{" here" if stale_only else ""}">{stale_link}</a>'
    )
    heads = [
        "#",
        chrome.t("console-col-building"),
        chrome.t("console-col-flat"),
        chrome.t("console-col-category"),
        chrome.t("console-col-status"),
        chrome.t("console-col-reported"),
        chrome.t("console-col-to-claim"),
        chrome.t("console-col-to-deliver"),
        chrome.t("console-col-words"),
    ]
    dispatching = any(line.may_dispatch for line in board.lines)
    if dispatching:
        heads.append(chrome.t("console-col-dispatch"))
    lines = []
    for line in board.lines:
        order = line.order
        status = _status(chrome, line)
        if line.stale is not None:
            limit = chrome.t("console-stale-limit", time=wait_text(chrome, line.stale.after))
            status += (
                f'<br><span class="stale-mark" title="{e(limit)}">{chrome.t("console-stale-mark")}'
                f'</span> <span class="stale-reason">{stale_reason(chrome, line.stale)}</span>'
            )
        mark = ' class="stale"' if line.stale else ""
        row = (
            f'<tr id="o{order.id}"{mark}>'
            f"<td>{order.number}</td><td>{e(line.building)}</td><td>{e(order.flat or '')}</td>"
            f"<td>{chrome.t(f'category-{order.category}')}</td><td>{status}</td>"
            f"<td>{_time(order.created_at, zone)}</td>"
            + duration(line.to_claim)
            + duration(line.to_deliver)
            + f"<td>{e(order.text[:160])}</td>"
        )
        if dispatching:
            forms = (
                _dispatch_forms(chrome, line, board.volunteers.get(order.building_id, []), back)
                if line.may_dispatch
                else ""
            )
            row += f"<td>{forms}</td>"
        lines.append(row + "</tr>")
    help_text = f'<p class="muted">{chrome.t("console-orders-stale-help")}</p>'
    body = (
        notice
        + f'<p class="switch">{switch}</p>'
        + help_text
        + (
            table(heads, lines, table_id="orders")
            if lines
            else f'<p class="notice">{chrome.t("console-none")}</p>'
        )
    )
    return page(chrome, "/orders", chrome.t("console-nav-orders"), body, back)


def calendar(chrome: Chrome, found: BuildingCalendar, back: str) -> str:
    """Who is on which day, today's roll calls, tomorrow's sampling list, welfare checks."""
    days = [
        f"<tr><td>{e(flat)}</td><td>{e(chrome.t('console-day-of', day=day, days=total))}</td></tr>"
        for flat, day, total in found.days
    ]
    parts = [
        f"<h2>{chrome.t('console-cal-days')}</h2>",
        table([chrome.t("console-col-flat"), chrome.t("console-col-day")], days, table_id="days")
        if days
        else f'<p class="muted">{chrome.t("console-none")}</p>',
    ]
    for local_time, entries in found.rollcalls:
        cells = [
            f"<tr><td>{e(flat)}</td>"
            + (
                f'<td class="n{" warn" if fever else ""}">{celsius:.1f}</td>'
                if celsius is not None
                else '<td class="n warn">—</td>'
            )
            + "</tr>"
            for flat, celsius, fever in entries
        ]
        parts.append(f"<h2>{chrome.t('console-cal-rollcall', time=local_time)}</h2>")
        parts.append(
            table([chrome.t("console-col-flat"), "°C"], cells, table_id=f"rollcall-{local_time}")
        )
    if not found.rollcalls:
        parts.append(f"<h2>{chrome.t('console-cal-rollcalls')}</h2>")
        parts.append(f'<p class="muted">{chrome.t("console-none")}</p>')
    parts.append(f"<h2>{chrome.t('console-cal-sampling')}</h2>")
    parts.append(
        '<ul class="flat" id="sampling">'
        + "".join(
            f"<li>{e(flat)} ({e(chrome.t('console-day', day=day))})</li>"
            for flat, day in found.sampling_tomorrow
        )
        + "</ul>"
        if found.sampling_tomorrow
        else f'<p class="muted">{chrome.t("console-none")}</p>'
    )
    parts.append(f"<h2>{chrome.t('console-cal-welfare')}</h2>")
    parts.append(
        '<ul class="flat" id="welfare">'
        + "".join(f'<li class="warn">{e(flat)}</li>' for flat in found.welfare)
        + "</ul>"
        if found.welfare
        else f'<p class="muted">{chrome.t("console-none")}</p>'
    )
    title = f"{chrome.t('console-nav-calendar')} · {e(found.name)} · {found.today.isoformat()}"
    return page(chrome, "/calendar", title, "".join(parts), back)


def _values(chrome: Chrome, values: dict[str, object]) -> str:
    def label(name: str) -> str:
        return chrome.t(f"console-col-{name}") if name in AUDITED else name

    def shown(name: str, value: object) -> str:
        if name == "status" and isinstance(value, str):
            return chrome.t(f"console-status-{value}")
        if value is None and name == "volunteer":
            return "—"
        return json.dumps(value, ensure_ascii=False)

    return e(", ".join(f"{label(k)}: {shown(k, v)}" for k, v in values.items()))


def _what(chrome: Chrome, entry: ConsoleAudit, known: set[str]) -> str:
    """The audit's "what": the action when it has a name (orders, 包户), and its target."""
    key = "console-audit-" + entry.action.replace(".", "-")
    if key in known:
        return f"{chrome.t(key)} {e(entry.target)}"
    return e(entry.target)


def audit(chrome: Chrome, rows: list[AuditRow], settings: Settings, back: str) -> str:
    """Who changed what, when, before and after."""
    zone = ZoneInfo(settings.timezone)
    known = chrome.l10n.keys(chrome.lang)
    heads = [
        chrome.t("console-col-when"),
        chrome.t("console-col-who"),
        chrome.t("console-col-building"),
        chrome.t("console-col-what"),
        chrome.t("console-col-before"),
        chrome.t("console-col-after"),
    ]
    lines = [
        f"<tr><td>{_time(r.entry.at, zone)}</td><td>{e(r.who)}</td><td>{e(r.building)}</td>"
        f"<td>{_what(chrome, r.entry, known)}</td><td>{_values(chrome, r.entry.before)}</td>"
        f"<td>{_values(chrome, r.entry.after)}</td></tr>"
        for r in rows
    ]
    body = (
        table(heads, lines, table_id="audit")
        if rows
        else f'<p class="notice">{chrome.t("console-none")}</p>'
    )
    return page(chrome, "/audit", chrome.t("console-nav-audit"), body, back)


def chain(chrome: Chrome, views: list[ChainView], back: str) -> str:
    """Each community's chain: levels, deadlines, who is on them, who has not started the bot."""
    parts = []
    known = chrome.l10n.keys(chrome.lang)
    for view in views:
        lines = []
        for level in view.levels:
            who: list[str] = []
            for name, started in level.people:
                who.append(e(name) if started else _not_started(chrome, name))
            for chat in level.chats:
                who.append(e(chrome.t("console-chain-chat", chat=str(chat))))
            for role in level.roles:
                label = e(chrome.t(f"role-{role.role}"))
                held = [f"{e(b)} {e(p)}" for b, p in role.started]
                held += [_not_started(chrome, f"{b} {p}") for b, p in role.silent]
                line = f"<b>{label}</b>: " + (", ".join(held) or "—")
                if role.nobody:
                    line += (
                        f' <span class="warn">{chrome.t("console-chain-nobody")}: '
                        f"{e(', '.join(role.nobody))}</span>"
                    )
                who.append(line)
            if level.webhook:
                who.append(e(f"webhook:{level.webhook}"))
            name = chrome.t(level.name) if level.name in known else level.name
            together = f' <span class="muted">({chrome.t("console-chain-together")})</span>'
            lines.append(
                f"<tr><td class=n>{level.position}</td>"
                f"<td>{e(name)}{together if level.with_previous else ''}</td>"
                + duration(level.ack_seconds)
                + f"<td>{'<br>'.join(who) or '—'}</td></tr>"
            )
        parts.append(f"<h2>{e(_community(chrome, view.community))}</h2>")
        parts.append(
            table(
                [
                    "#",
                    chrome.t("console-chain-level"),
                    chrome.t("console-chain-deadline"),
                    chrome.t("console-chain-who"),
                ],
                lines,
                table_id="chain",
            )
        )
    parts.append(f'<p class="muted">{chrome.t("console-chain-help")}</p>')
    return page(chrome, "/chain", chrome.t("console-nav-chain"), "".join(parts), back)


def _not_started(chrome: Chrome, name: str) -> str:
    return f'<span class="warn">{e(name)} ({chrome.t("console-chain-not-started")})</span>'


SERIES_COLOURS = ("#1f4e79", "#e07a1f")
CHART_W, CHART_H, PAD_L, PAD_B, PAD_T = 640, 190, 36, 28, 14


def bar_chart(
    chart_id: str,
    title: str,
    days: list[DayFigures],
    series: list[tuple[str, list[float]]],
    unit: str = "",
) -> str:
    """Grouped bars per day as inline SVG (no script, presentation attributes only: the CSP
    forbids inline styles), with a legend and the largest value on the axis."""
    top = max((v for _, values in series for v in values), default=0) or 1
    plot_w, plot_h = CHART_W - PAD_L - 8, CHART_H - PAD_B - PAD_T
    slot = plot_w / max(1, len(days))
    bar = max(2.0, (slot - 6) / max(1, len(series)))
    shapes = [
        f'<line x1="{PAD_L}" y1="{PAD_T + plot_h}" x2="{CHART_W - 8}" y2="{PAD_T + plot_h}" '
        'stroke="#9aa5b1"/>',
        f'<text x="{PAD_L - 4}" y="{PAD_T + 4}" text-anchor="end" font-size="11" '
        f'fill="#5f6b76">{_short(top)}{e(unit)}</text>',
        f'<text x="{PAD_L - 4}" y="{PAD_T + plot_h}" text-anchor="end" font-size="11" '
        'fill="#5f6b76">0</text>',
    ]
    for i, day in enumerate(days):
        x0 = PAD_L + i * slot + 3
        for j, (name, values) in enumerate(series):
            value = values[i]
            height = plot_h * value / top
            shapes.append(
                f'<rect x="{x0 + j * bar:.1f}" y="{PAD_T + plot_h - height:.1f}" '
                f'width="{bar - 1:.1f}" height="{height:.1f}" fill="{SERIES_COLOURS[j % 2]}">'
                f"<title>{e(name)} {day.day.isoformat()}: {_short(value)}{e(unit)}</title></rect>"
            )
        if i % 2 == 0 or len(days) <= 7:
            shapes.append(
                f'<text x="{x0 + slot / 2 - 3:.1f}" y="{CHART_H - 10}" text-anchor="middle" '
                f'font-size="11" fill="#5f6b76">{day.day.strftime("%m-%d")}</text>'
            )
    legend = " ".join(
        f'<span class="key"><svg width="10" height="10" aria-hidden="true">'
        f'<rect width="10" height="10" fill="{SERIES_COLOURS[j % 2]}"/></svg> {e(name)}</span>'
        for j, (name, _) in enumerate(series)
    )
    return (
        f'<figure class="chart" id="{e(chart_id)}"><figcaption>{e(title)} {legend}</figcaption>'
        f'<svg viewBox="0 0 {CHART_W} {CHART_H}" role="img" aria-label="{e(title)}">'
        + "".join(shapes)
        + "</svg></figure>"
    )


def _short(value: float) -> str:
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def charts(chrome: Chrome, days: list[DayFigures], back: str) -> str:
    """The last 14 days in four charts."""
    t = chrome.t
    body = (
        bar_chart(
            "chart-rollcall",
            t("console-chart-rollcall"),
            days,
            [
                (t("console-chart-reported"), [d.reports for d in days]),
                (t("console-chart-missing"), [d.missing for d in days]),
            ],
        )
        + bar_chart(
            "chart-fevers",
            t("console-chart-fevers"),
            days,
            [(t("console-chart-fever"), [d.fevers for d in days])],
        )
        + bar_chart(
            "chart-orders",
            t("console-chart-orders"),
            days,
            [
                (t("console-chart-opened"), [d.opened for d in days]),
                (t("console-chart-delivered"), [d.delivered for d in days]),
            ],
        )
        + bar_chart(
            "chart-incidents",
            t("console-chart-incidents"),
            days,
            [(t("console-nav-incidents"), [d.incidents for d in days])],
        )
        + bar_chart(
            "chart-ack",
            t("console-chart-ack"),
            days,
            [(t("console-col-to-ack"), [(d.median_ack or 0) / 60 for d in days])],
            unit=" min",
        )
    )
    return page(chrome, "/charts", t("console-nav-charts"), body, back)
