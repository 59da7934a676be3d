"""`python -m bot`: run the bot (or, with no BOT_TOKEN, the local sandbox); `parse` subcommand."""

from __future__ import annotations

import logging
import sys

from bot import log_context
from bot.event_loop import run_loop
from bot.log_context import quiet_log_records
from bot.settings import Settings, SettingsError, load_settings

USAGE = (
    "usage: python -m bot [parse [FILE] | chain import FILE | chain export"
    " | quarantine import FILE | quarantine export -o FILE] [--community NAME]"
    "\n       python -m bot migrate [--check] | backup FILE | restore FILE [--force]"
)


async def main(settings: Settings | None = None) -> int:
    """Wire settings → engine → Bot → Dispatcher → routers and run until stopped."""
    if settings is None:
        try:
            settings = load_settings()
        except SettingsError as exc:
            print(exc, file=sys.stderr)
            return 2
    logging.basicConfig(level=settings.log_level)
    quiet_log_records()
    for handler in logging.getLogger().handlers:
        log_context.install(handler)  # each line of an update names it, its chat, its order
    # The sweep runs every second; its "job executed" lines would drown everything else.
    if settings.log_level != "DEBUG":
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        # aiogram's own line per update; bot.metrics writes one with the update's context
        logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    from bot.worker_lock import SecondWorker
    from models.migrate import SchemaTooNew

    try:
        if settings.sandbox:
            from bot.sandbox import run_sandbox

            await run_sandbox(settings)
        else:
            from bot.app import run_polling

            await run_polling(settings)
    # one line, not a traceback: the operator ran an older version, or a second worker on SQLite
    except (SchemaTooNew, SecondWorker) as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


def cli(argv: list[str]) -> int:
    """Dispatch subcommands; no argument runs the bot."""
    if argv[:1] == ["parse"]:
        from domain.understanding.cli import main as parse_main

        return parse_main(argv[1:], sys.stdin, sys.stdout)
    if argv[:1] == ["chain"]:
        from bot.chain_cli import main as chain_main

        return chain_main(argv[1:])
    if argv[:1] == ["quarantine"]:
        from bot.quarantine_cli import main as quarantine_main

        return quarantine_main(argv[1:])
    if argv[:1] in (["migrate"], ["backup"], ["restore"]):
        from bot.ops_cli import main as ops_main

        return ops_main(argv)
    if argv:
        print(USAGE, file=sys.stderr)
        return 2
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        return run_loop(main(settings), settings.event_loop)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(cli(sys.argv[1:]))
