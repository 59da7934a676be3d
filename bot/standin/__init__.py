"""An offline stand-in for the Telegram Bot API (tests and the token-less sandbox).

    from bot.standin import BotApiStandIn

    async with BotApiStandIn() as standin:
        bot = standin.create_bot()
        ...

See `server.py` for the control methods and `sandbox_web.py` for the browser page.
"""

from bot.standin.entities import EntityParseError, parse_html, parse_markdown_v2
from bot.standin.server import ApiError, BotApiStandIn
from bot.standin.world import (
    ApiCall,
    CallbackRecord,
    Fault,
    RateLimits,
    StandInChat,
    StandInUser,
    StoredMessage,
    Undelivered,
)

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
