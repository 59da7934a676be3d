"""`python -m bot quarantine import FILE | export -o FILE` — the household ledger as XLSX or CSV.

Import reads the lists staff keep (Chinese or English headers, the columns of
domain/household_columns.py); `--dry-run` prints what it would change and writes nothing. A
file with any bad row is refused whole: one line per bad row (row number, column, value), and
nothing is written. Export writes the same columns back, so an export imports unchanged.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import L10n, Markup, Translator, available_languages
from bot.ledger_files import LedgerFileError, read_table, write_table
from bot.quarantine_views import kind_label
from bot.settings import Settings, SettingsError, load_settings
from domain.calendar_settings import community_today
from domain.clock import SystemClock
from domain.household_columns import format_row, header_row
from domain.ledger_import import (
    Problem,
    RowResult,
    apply_import,
    community_buildings,
    export_rows,
    plan_import,
)
from domain.quarantine_registry import Outcome
from models.db import create_engine, create_sessionmaker
from models.migrate import upgrade

USAGE_EXIT = 2
REFUSED_EXIT = 1


def _say(t: Translator, key: str, **args: object) -> str:
    """A message for the terminal: values as typed, not HTML-escaped for Telegram."""
    return t(key, **{k: Markup(v) if isinstance(v, str) else v for k, v in args.items()})


def problem_line(t: Translator, problem: Problem) -> str:
    """One line naming a bad row: its number, the column as headed in the file, the value."""
    field = Markup(t.label(f"quarantine-field-{problem.field}")) if problem.field else ""
    return _say(
        t,
        f"quarantine-import-{problem.kind}",
        row=problem.row,
        column=problem.column,
        value=problem.value[:64],
        field=field,
        first=problem.first,
    )


@dataclass(frozen=True)
class _RememberedLabels(Translator):
    """A translator that formats each label (a field's name, a quarantine type) once: the
    lines of a 9,000-row import repeat a few dozen of them."""

    known: dict[tuple[Any, ...], str] = field(default_factory=dict, compare=False, repr=False)

    def label(self, key: str, **args: object) -> str:
        remembered = (key, *((name, type(v), v) for name, v in sorted(args.items())))
        found = self.known.get(remembered)
        if found is None:
            found = self.known[remembered] = super().label(key, **args)
        return found


def result_lines(t: Translator, results: Iterable[RowResult]) -> list[str]:
    """What importing each row changed (or would change, in a dry run), one line a row."""
    remembering = _RememberedLabels(t.l10n, t.languages)
    return [result_line(remembering, result) for result in results]


def result_line(t: Translator, result: RowResult) -> str:
    """What importing one row changed (or would change, in a dry run)."""
    parts = []
    if result.created:
        parts.append(t.label("quarantine-import-new"))
    if result.household:
        names = ", ".join(t.label(f"quarantine-field-{key}") for key in result.household)
        parts.append(t.label("quarantine-import-fields", fields=names))
    change = result.quarantine
    if change is not None and change.outcome != Outcome.UNCHANGED:
        standing = change.standing
        parts.append(
            t.label(
                f"quarantine-import-q-{change.outcome}",
                kind=Markup(kind_label(t, standing.kind, standing.days)) if standing else "",
                start=standing.start_date.isoformat() if standing else result.start,
            )
        )
    if result.paired is not None:
        parts.append(t.label("quarantine-import-paired", volunteer=result.paired))
    what = "; ".join(parts) if parts else t.label("quarantine-import-nothing")
    return _say(
        t,
        "quarantine-import-row",
        row=result.row,
        building=result.building,
        flat=result.flat,
        what=Markup(what),
    )


async def _import(
    args: argparse.Namespace, session: AsyncSession, settings: Settings, t: Translator, out: TextIO
) -> int:
    buildings = await community_buildings(session, args.community)
    if args.building is not None and args.building not in buildings:
        known = ", ".join(sorted(buildings)) or "—"
        no_building = _say(
            t,
            "quarantine-cli-no-building",
            community=args.community,
            building=args.building,
            known=known,
        )
        print(no_building, file=sys.stderr)
        return USAGE_EXIT
    clock = SystemClock()
    today = await community_today(session, clock, args.community, settings.timezone)
    plan = await plan_import(session, args.table, buildings, today=today, building=args.building)
    if not plan.has_flat:
        print(_say(t, "quarantine-import-no-flat-column"), file=sys.stderr)
        return USAGE_EXIT
    if plan.ignored:
        print(_say(t, "quarantine-import-ignored", columns=", ".join(plan.ignored)), file=out)
    if plan.problems:
        for problem in plan.problems:
            print(problem_line(t, problem), file=out)
        rows = len({p.row for p in plan.problems})
        print(_say(t, "quarantine-import-refused", count=rows), file=out)
        return REFUSED_EXIT
    results = await apply_import(session, clock, plan, buildings, today=today)
    for line in result_lines(t, results):
        print(line, file=out)
    if args.dry_run:
        await session.rollback()
        print(_say(t, "quarantine-import-dry", rows=len(results)), file=out)
    else:
        await session.commit()  # the command line owns its one transaction
        print(_say(t, "quarantine-import-done", rows=len(results)), file=out)
    return 0


async def _export(
    args: argparse.Namespace, session: AsyncSession, settings: Settings, t: Translator, out: TextIO
) -> int:
    buildings = await community_buildings(session, args.community)
    if args.building is not None:
        if args.building not in buildings:
            no_building = _say(
                t,
                "quarantine-cli-no-building",
                community=args.community,
                building=args.building,
                known=", ".join(sorted(buildings)) or "—",
            )
            print(no_building, file=sys.stderr)
            return USAGE_EXIT
        chosen = [buildings[args.building]]
    else:
        chosen = list(buildings.values())
    today = await community_today(session, SystemClock(), args.community, settings.timezone)
    rows = await export_rows(session, chosen, today=today)
    with_building = args.building is None
    table = [header_row(args.lang, with_building=with_building)]
    table += [format_row(row, args.lang, with_building=with_building) for row in rows]
    write_table(Path(args.output), table)
    print(_say(t, "quarantine-export-done", count=len(rows), file=args.output), file=out)
    return 0


async def _run(args: argparse.Namespace, out: TextIO, l10n: L10n) -> int:
    settings = load_settings()
    engine = create_engine(settings.database_url)
    t = l10n.translator(args.lang)
    try:
        await upgrade(engine)
        async with create_sessionmaker(engine)() as session:
            if args.action == "import":
                return await _import(args, session, settings, t, out)
            return await _export(args, session, settings, t, out)
    finally:
        await engine.dispose()


def main(argv: list[str], out: TextIO = sys.stdout) -> int:
    """Parse arguments and run; file and setting errors are one line on stderr."""
    parser = argparse.ArgumentParser(prog="python -m bot quarantine", description=__doc__)
    parser.add_argument("action", choices=["import", "export"])
    parser.add_argument("file", nargs="?", help="ledger to import (.xlsx or .csv)")
    parser.add_argument("--community", required=True, help="the community name (/community)")
    parser.add_argument(
        "--building", help="the building's name (/setup); rows without a building column"
    )
    parser.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    parser.add_argument("-o", "--output", help="file to export to (.xlsx or .csv)")
    parser.add_argument(
        "--lang",
        choices=available_languages(),
        default="zh",
        help="language of headers and messages",
    )
    args = parser.parse_args(argv)
    if args.action == "import" and not args.file:
        parser.error("import needs a FILE")
    if args.action == "export" and not args.output:
        parser.error("export needs -o FILE")
    try:
        if args.action == "import":
            args.table = read_table(Path(args.file))
        return asyncio.run(_run(args, out, L10n()))
    except (SettingsError, LedgerFileError, OSError) as exc:
        print(exc, file=sys.stderr)
        return USAGE_EXIT
