"""`python -m bot chain import FILE | export` — the emergency chain as a file, for bulk setup."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TextIO

from bot.settings import SettingsError, load_settings
from domain.chain_setup import save_chain
from domain.escalation_policy import ChainFormatError, format_chain, parse_chain
from domain.incident_climb import community_stages
from models.db import create_engine, create_sessionmaker
from models.migrate import upgrade


async def _run(args: argparse.Namespace, out: TextIO) -> int:
    settings = load_settings()
    engine = create_engine(settings.database_url)
    try:
        await upgrade(engine)
        async with create_sessionmaker(engine)() as session:
            if args.action == "import":
                specs = parse_chain(args.text)
                saved = await save_chain(session, args.community, specs)
                if saved.unknown:
                    unknown = ", ".join(saved.unknown)
                    print(f"unknown users (they must write to the bot first): {unknown}", file=out)
                    return 1
                print(f"saved {saved.levels} levels for community {args.community}", file=out)
                return 0
            plan = await community_stages(session, args.community)
            print(format_chain([level for stage in plan for level in stage.levels]), file=out)
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
    args = parser.parse_args(argv)
    if args.action == "import" and not args.file:
        parser.error("import needs a FILE")
    try:
        if args.action == "import":
            args.text = Path(args.file).read_text(encoding="utf-8")
        return asyncio.run(_run(args, out))
    except (SettingsError, ChainFormatError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 2
