"""The ledger in and out of the console as XLSX or CSV: the importer of `python -m bot quarantine`.

Export: the community's ledger with the importer's columns, in the page's language. Import is
two steps: the upload is read and checked and, with no bad row, applied in a transaction that is
rolled back (the dry run), showing one line per row exactly as the real run would change it, or
one line per problem and nothing more. "Import now" sends the same cells back (checked again
from scratch, CSRF-protected) and commits them; the console audit keeps who imported what.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.ext.asyncio import AsyncSession

from bot.console.html import Chrome, e, page
from bot.l10n import Markup, Translator
from bot.ledger_files import LedgerFileError, read_table, write_table
from bot.quarantine_cli import problem_line, result_lines
from domain.calendar_settings import community_today
from domain.clock import Clock
from domain.console_access import Access
from domain.console_views import record
from domain.household_columns import format_row, header_row
from domain.ledger_import import (
    apply_import,
    community_buildings,
    export_rows,
    plan_import,
)

MAX_CELLS = 40
"""Cells kept per row of an upload: the importer's columns and some the staff added."""


async def export_file(
    session: AsyncSession, clock: Clock, community: str, lang: str, fmt: str, timezone: str
) -> tuple[bytes, int]:
    """The community's ledger as an XLSX or CSV file, and how many households it holds."""
    buildings = list((await community_buildings(session, community)).values())
    today = await community_today(session, clock, community, timezone)
    rows = await export_rows(session, buildings, today=today)
    table = [header_row(lang)] + [format_row(row, lang) for row in rows]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"ledger.{fmt}"
        await asyncio.to_thread(write_table, path, table)
        return await asyncio.to_thread(path.read_bytes), len(rows)


async def table_of_upload(name: str, content: bytes) -> list[list[str]]:
    """An uploaded file's first sheet (or CSV) as text cells; LedgerFileError if unreadable."""
    suffix = Path(name).suffix.lower() or ".xlsx"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"upload{suffix}"
        await asyncio.to_thread(path.write_bytes, content)
        return await asyncio.to_thread(read_table, path)


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did or would do: lines to show, whether it was refused, rows written."""

    lines: list[str]
    refused: bool
    rows: int


async def run_import(
    session: AsyncSession,
    clock: Clock,
    access: Access,
    t: Translator,
    *,
    community: str,
    table: list[list[str]],
    building: str | None,
    timezone: str,
    dry_run: bool,
    file_name: str,
) -> ImportOutcome:
    """Read, check, apply; a dry run rolls back. The caller's session is committed by it for a
    real run only."""
    buildings = await community_buildings(session, community)
    today = await community_today(session, clock, community, timezone)
    plan = await plan_import(session, table, buildings, today=today, building=building or None)
    if not plan.has_flat:
        return ImportOutcome([t("quarantine-import-no-flat-column")], True, 0)
    lines = []
    if plan.ignored:
        lines.append(t("quarantine-import-ignored", columns=Markup(", ".join(plan.ignored))))
    if plan.problems:
        lines += [problem_line(t, problem) for problem in plan.problems]
        lines.append(t("console-files-refused", count=len({p.row for p in plan.problems})))
        return ImportOutcome(lines, True, 0)
    results = await apply_import(session, clock, plan, buildings, today=today)
    lines += result_lines(t, results)
    if dry_run:
        await session.rollback()
        lines.append(t("quarantine-import-dry", rows=len(results)))
    else:
        first = next(iter(buildings.values()), None)
        if first is not None:
            record(
                session,
                clock,
                access,
                building_id=first.id,
                action="ledger.import",
                target=file_name[:128],
                target_id=None,
                before={},
                after={"rows": len(results)},
            )
        await session.commit()
        lines.append(t("quarantine-import-done", rows=len(results)))
    return ImportOutcome(lines, False, len(results))


def files_page(chrome: Chrome, communities: list[str], back: str) -> str:
    """Export links and the upload form (a dry run first)."""
    if not communities:
        body = f'<p class="notice">{chrome.t("console-files-staff-only")}</p>'
        return page(chrome, "/files", chrome.t("console-nav-files"), body, back)
    options = "".join(f'<option value="{e(c)}">{e(c)}</option>' for c in communities)
    exports = "".join(
        f"<li>{e(c)}: "
        f'<a href="{e(chrome.url("/export"))}?community={e(_q(c))}&amp;format=xlsx">XLSX</a> · '
        f'<a href="{e(chrome.url("/export"))}?community={e(_q(c))}&amp;format=csv">CSV</a></li>'
        for c in communities
    )
    form = (
        f'<form class="edit" method="post" enctype="multipart/form-data" '
        f'action="{e(chrome.url("/import"))}">{chrome.csrf_field()}'
        f'<label for="community">{chrome.t("console-files-community")}</label>'
        f'<select id="community" name="community">{options}</select>'
        f'<label for="building">{chrome.t("console-files-building")}</label>'
        f'<input id="building" name="building" placeholder="3号楼">'
        f'<label for="file">{chrome.t("console-files-file")}</label>'
        f'<input id="file" type="file" name="file" accept=".xlsx,.csv">'
        f'<span></span><button class="primary" type="submit" id="dry-run">'
        f"{chrome.t('console-files-dry-run')}</button></form>"
    )
    body = (
        f"<h2>{chrome.t('console-files-export')}</h2><ul>{exports}</ul>"
        f"<h2>{chrome.t('console-files-import')}</h2>"
        f'<p class="muted">{chrome.t("console-files-help")}</p>{form}'
    )
    return page(chrome, "/files", chrome.t("console-nav-files"), body, back)


def _q(value: str) -> str:
    return quote(value, safe="")


def outcome_page(
    chrome: Chrome,
    outcome: ImportOutcome,
    *,
    dry_run: bool,
    community: str,
    building: str,
    table: list[list[str]],
    file_name: str,
    back: str,
) -> str:
    """The dry run's lines and, when nothing is wrong, the button that imports the same cells."""
    kind = "error" if outcome.refused else ""
    lines = "".join(f"<li>{e(line)}</li>" for line in outcome.lines)
    body = f'<div class="notice {kind}" id="import-result"><ul>{lines}</ul></div>'
    if dry_run and not outcome.refused:
        body += (
            f'<form method="post" action="{e(chrome.url("/import"))}">{chrome.csrf_field()}'
            f'<input type="hidden" name="community" value="{e(community)}">'
            f'<input type="hidden" name="building" value="{e(building)}">'
            f'<input type="hidden" name="file_name" value="{e(file_name)}">'
            f'<input type="hidden" name="table" value="{e(json.dumps(table, ensure_ascii=False))}">'
            f'<input type="hidden" name="confirm" value="1">'
            f'<button class="primary" type="submit" id="import-now">'
            f"{chrome.t('console-files-import-now', rows=outcome.rows)}</button></form>"
        )
    body += f'<p><a href="{e(chrome.url("/files"))}">{chrome.t("console-files-back")}</a></p>'
    return page(chrome, "/files", chrome.t("console-nav-files"), body, back)


def table_from_form(raw: str) -> list[list[str]]:
    """The cells a dry run's page sent back; LedgerFileError when they are not cells."""
    try:
        table = json.loads(raw)
    except ValueError:
        raise LedgerFileError("not a table") from None
    if not isinstance(table, list) or not all(
        isinstance(row, list) and all(isinstance(cell, str) for cell in row) for row in table
    ):
        raise LedgerFileError("not a table")
    return [row[:MAX_CELLS] for row in table]
