"""Telegram HTML longer than one message allows: split at line ends, or shortened for an edit."""

from __future__ import annotations

import html
import re

# Telegram refuses a text whose visible part is longer than 4,096 UTF-16 code units.
MAX_MESSAGE = 4096
ELLIPSIS = "…"
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")


def visible_length(text: str) -> int:
    """What Telegram counts: the text without tags, entities decoded, in UTF-16 code units."""
    plain = html.unescape(_TAG.sub("", text))
    return len(plain) + sum(1 for ch in plain if ord(ch) > 0xFFFF)


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Pieces of at most `limit`, cut at line ends where possible, each with its tags balanced."""
    if visible_length(text) <= limit:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    opened: list[str] = []  # tags open where the current piece starts
    for line in _lines(text, limit):
        length = visible_length(line) + (1 if current else 0)
        if current and size + length > limit:
            pieces.append(_closed("\n".join(current), opened))
            opened = _open_after("\n".join(current), opened)
            current, size = [], 0
            length -= 1
        current.append(line)
        size += length
    if current:
        pieces.append(_closed("\n".join(current), opened))
    return pieces


def shorten(text: str, limit: int = MAX_MESSAGE) -> str:
    """The first piece that fits with room for an ellipsis (for edits, which cannot split)."""
    if visible_length(text) <= limit:
        return text
    return split_message(text, limit - 1)[0] + ELLIPSIS


def _lines(text: str, limit: int) -> list[str]:
    """The lines of text; a line longer than `limit` is cut between tags and entities."""
    out: list[str] = []
    for line in text.split("\n"):
        while visible_length(line) > limit:
            cut = _cut_point(line, limit)
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def _cut_point(line: str, limit: int) -> int:
    """An index in `line` where at most `limit` visible units lie before it, not inside markup."""
    seen = 0
    index = 0
    while index < len(line):
        match = _TAG.match(line, index) or _ENTITY.match(line, index)
        step = match.end() - index if match else 1
        width = 0 if match and match.re is _TAG else (2 if ord(line[index]) > 0xFFFF else 1)
        if seen + width > limit:
            break
        seen += width
        index += step
    return max(index, 1)


def _open_after(piece: str, opened: list[str]) -> list[str]:
    """The opening tags still open at the end of `opened` + piece."""
    stack = list(opened)
    for match in _TAG.finditer(piece):
        closing, name = match.group(1), match.group(2).lower()
        if not closing:
            stack.append(match.group(0))
        else:
            for i in range(len(stack) - 1, -1, -1):
                if _name(stack[i]) == name:
                    del stack[i]
                    break
    return stack


def _closed(piece: str, opened: list[str]) -> str:
    """The piece with the tags open at its start reopened and those left open closed."""
    still_open = _open_after(piece, opened)
    closing = "".join(f"</{_name(tag)}>" for tag in reversed(still_open))
    return "".join(opened) + piece + closing


def _name(tag: str) -> str:
    match = _TAG.match(tag)
    return match.group(2).lower() if match else ""
