"""An offline stand-in for the Telegram Bot API (tests and the token-less sandbox).

    from standin import BotApiStandIn

    async with BotApiStandIn() as standin:
        bot = standin.create_bot()
        ...

See `server.py` for how the parts fit and `control.py` for what tests can do. Names are
imported lazily so that `standin.entities` can be used without loading aiogram.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from standin.checks import ApiError
    from standin.entities import EntityParseError, parse_html
    from standin.faults import Fault
    from standin.markdown import parse_markdown_v2
    from standin.rate_limits import RateLimits
    from standin.recording import ApiCall
    from standin.server import BotApiStandIn
    from standin.world import (
        CallbackRecord,
        HasId,
        StandInChat,
        StandInUser,
        StoredMessage,
        Undelivered,
    )

_EXPORTS = {
    "ApiCall": "recording",
    "ApiError": "checks",
    "BotApiStandIn": "server",
    "CallbackRecord": "world",
    "EntityParseError": "entities",
    "Fault": "faults",
    "HasId": "world",
    "RateLimits": "rate_limits",
    "StandInChat": "world",
    "StandInUser": "world",
    "StoredMessage": "world",
    "Undelivered": "world",
    "parse_html": "entities",
    "parse_markdown_v2": "markdown",
}

__all__ = [
    "ApiCall",
    "ApiError",
    "BotApiStandIn",
    "CallbackRecord",
    "EntityParseError",
    "Fault",
    "HasId",
    "RateLimits",
    "StandInChat",
    "StandInUser",
    "StoredMessage",
    "Undelivered",
    "parse_html",
    "parse_markdown_v2",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'standin' has no attribute {name!r}")
    return getattr(importlib.import_module(f"standin.{module}"), name)
