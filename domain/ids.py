"""Ids people type or buttons carry: ASCII digits only, and no larger than Telegram's."""

from __future__ import annotations

MAX_ID = 2**52
"""Telegram's ids fit in 52 bits; anything larger cannot be one (and overflows a BIGINT)."""


def parse_id(text: str, *, signed: bool = False) -> int | None:
    """`text` as an id (a leading minus if `signed`, for group chats), or None."""
    digits = text[1:] if signed and text.startswith("-") else text
    if not digits or not (digits.isascii() and digits.isdigit()) or len(digits) > 16:
        return None
    value = int(digits)
    if value > MAX_ID:
        return None
    return -value if digits is not text else value
