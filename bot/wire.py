"""Reading Telegram's JSON: a NUL character becomes a space before anything sees it."""

from __future__ import annotations

import json
import re
from typing import Any

# \u0000 escapes not themselves escaped (an even run of backslashes before them). PostgreSQL
# refuses NUL in text, so an order or an alert holding one would be lost; a space keeps every
# entity offset Telegram sent.
_NUL = re.compile(r"(?<!\\)((?:\\\\)*)\\u0000")


def loads_without_nul(content: str | bytes) -> Any:
    """json.loads, with every NUL in a string read as a space."""
    if isinstance(content, bytes):
        content = content.decode("utf-8")
    if "\\u0000" in content:
        content = _NUL.sub(r"\1\\u0020", content)
    return json.loads(content)
