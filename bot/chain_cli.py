"""`python -m bot chain import FILE | export` — the emergency chain as a file, for bulk setup."""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from bot.incident_views import chain_text
from bot.l10n import L10n, Markup, available_languages
from bot.settings import SettingsError, load_settings
from domain.chain_format import ChainFormatError, parse_chain
from domain.chain_setup import save_chain
from domain.incident_climb import community_stages
from models.db import create_engine, create_sessionmaker
from models.migrate import upgrade


async def _run(args: argparse.Namespace, out: TextIO, l10n: L10n) -> int:
    settings = load_settings()
    engine = create_engine(settings.database_url)
    try:
        await upgrade(engine)
        async with create_sessionmaker(engine)() as session:
            if args.action == "import":
                specs = [
                    replace(spec, name=l10n.level_key(spec.name)) for spec in parse_chain(args.text)
                ]
                saved = await save_chain(session, args.community, specs)
                if saved.unknown:
                    unknown = Markup(", ".join(saved.unknown))
                    print(l10n.text(args.lang, "chain-file-unknown", usernames=unknown), file=out)
                    return 1
                await session.commit()  # the command line owns its one transaction
                community = Markup(args.community)

                saved_line = l10n.text(
                    args.lang, "chain-file-saved", levels=saved.levels, community=community
                )
                print(saved_line, file=out)
                return 0
            plan = await community_stages(session, args.community)
            # the default chain's names in a file read as before: "楼道长和社区医生 Building lead…"
            print(chain_text(l10n.translator("both"), plan), file=out)
            return 0
    finally:
        await engine.dispose()


def main(argv: list[str], out: TextIO = sys.stdout) -> int:
    """Parse arguments and run; errors are one line on stderr."""
    parser = argparse.ArgumentParser(prog="python -m bot chain", description=__doc__)
    parser.add_argument("action", choices=["import", "export"])
    parser.add_argument("file", nargs="?", help="chain file to import (one level a line)")
    parser.add_argument(
        "--community", required=True, help="the community name staff gave with /community"
    )
    parser.add_argument(
        "--lang", choices=available_languages(), default="en", help="language of the output"
    )
    args = parser.parse_args(argv)
    if args.action == "import" and not args.file:
        parser.error("import needs a FILE")
    l10n = L10n()
    try:
        if args.action == "import":
            args.text = Path(args.file).read_text(encoding="utf-8")
        return asyncio.run(_run(args, out, l10n))
    except ChainFormatError as exc:
        problem = l10n.text(
            args.lang, f"chain-error-{exc.problem}", line=exc.line, value=Markup(exc.value)
        )
        print(problem, file=sys.stderr)
        return 2
    except (SettingsError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 2
