"""Run the stand-in alone with the demo world: `python -m standin [--port 8081]`.

Useful to look at the sandbox page or poke the API with curl; the bot itself is not started.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib

from standin.sandbox import seed_demo_world
from standin.server import BotApiStandIn


async def _main(host: str, port: int) -> None:
    standin = BotApiStandIn()
    await standin.start(host, port)
    try:
        await seed_demo_world(standin)
        print(f"Bot API stand-in: {standin.url}  (token {standin.token})")
        print(f"Sandbox page:     {standin.url}/sandbox/")
        await asyncio.Event().wait()
    finally:
        await standin.stop()


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main(args.host, args.port))


if __name__ == "__main__":
    main()
