"""An offline stand-in for the Telegram Bot API (tests and the token-less sandbox).

    from standin import BotApiStandIn

    async with BotApiStandIn() as standin:
        bot = standin.create_bot()
        ...

See `server.py` for the control methods and `sandbox_web.py` for the browser page. Names are
imported lazily so that `standin.entities` can be used without loading aiogram.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from standin.entities import EntityParseError, parse_html, parse_markdown_v2
    from standin.server import ApiError, BotApiStandIn
    from standin.world import (
        ApiCall,
        CallbackRecord,
        Fault,
        RateLimits,
        StandInChat,
        StandInUser,
        StoredMessage,
        Undelivered,
    )

_EXPORTS = {
    "ApiCall": "world",
    "ApiError": "server",
    "BotApiStandIn": "server",
    "CallbackRecord": "world",
    "EntityParseError": "entities",
    "Fault": "world",
    "RateLimits": "world",
    "StandInChat": "world",
    "StandInUser": "world",
    "StoredMessage": "world",
    "Undelivered": "world",
    "parse_html": "entities",
    "parse_markdown_v2": "entities",
}

__all__ = [
    "ApiCall",
    "ApiError",
    "BotApiStandIn",
    "CallbackRecord",
    "EntityParseError",
    "Fault",
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
