"""A pattern's alternatives that can only match at the very start of the text, set apart.

An alternative anchored at the start (^ or \\A first, after zero-width lookarounds at most, or
inside a group that stands first) matches only where a match starts at position 0: `^` tests
the start of the string, not the position a search starts from. Elsewhere such an alternative
fails at once, yet it keeps the whole pattern from being rewritten to start with literal
characters (hoist.py: ^\\s*[a-z]+ … makes every letter and space a candidate position), or from
being rewritten at all (^\\W* …).

split_at_start() gives the pattern without those alternatives (the rest: it finds, at every
position but 0, exactly what the pattern finds, and it is rewritten for speed as any pattern
is) and the top-level alternatives they stood in, as written (the head: when none of them
matches at position 0 the rest finds what the pattern finds at 0 too). Only patterns without
capturing groups (their numbers would move) and without inline flags (a multi-line ^ matches
after every line break) are split.
"""

from __future__ import annotations

import re

_ZERO_WIDTH = ("(?<=", "(?<!", "(?=", "(?!")
_QUANTIFIERS = ("*", "+", "?", "{")
_FLAGS = re.compile(r"[aiLmsux-]+[:)]")
# what may be a capturing group or inline flags (a quick test at import: a false alarm only
# leaves a pattern unsplit; _splittable() tells exactly)
_MAYBE_ANCHORED = re.compile(r"(?<![\[\\])\^|\\A")
_MAYBE_UNSPLITTABLE = re.compile(r"\((?!\?)|\(\?P<|\(\?[aiLmsux-]+[:)]")


def may_split_at_start(pattern: str) -> bool:
    """A quick test: False for a pattern split_at_start() would not split."""
    return (
        _MAYBE_ANCHORED.search(pattern) is not None and _MAYBE_UNSPLITTABLE.search(pattern) is None
    )


def split_at_start(pattern: str) -> tuple[str, str] | None:
    """(the rest, the head) as the module describes, or None when the pattern has no
    alternative anchored at the start or cannot be split."""
    if not may_split_at_start(pattern):
        return None
    shape = _Shape.read(pattern)
    if shape is None:
        return None
    kept: list[str] = []
    head: list[str] = []
    for start, end in shape.alternatives(-1, len(pattern)):
        alternative = pattern[start:end]
        rest = shape.unanchored(start, end)
        if rest != alternative:
            head.append(alternative)
        if rest is not None:
            kept.append(rest)
    if not head or not kept:
        return None
    return "|".join(kept), "|".join(head)


# what stands for itself in the pattern's structure: an escape, a class, or one of ( ) |
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)


class _Shape:
    """Where a pattern's groups close and where their alternatives part."""

    __slots__ = ("bars", "closes", "pattern")

    def __init__(self, pattern: str, closes: dict[int, int], bars: dict[int, list[int]]) -> None:
        """Keep the pattern, each group's closing parenthesis and each group's bars (-1: the
        pattern's own)."""
        self.pattern = pattern
        self.closes = closes
        self.bars = bars

    @classmethod
    def read(cls, pattern: str) -> _Shape | None:
        """The pattern's shape; None when it has a capturing group or inline flags, or is
        unbalanced."""
        closes: dict[int, int] = {}
        bars: dict[int, list[int]] = {-1: []}
        open_at = [-1]
        for token in _TOKEN.finditer(pattern):
            char = token.group()
            at = token.start()
            if char == "(":
                if not pattern.startswith("?", at + 1) or pattern.startswith("?P<", at + 1):
                    return None
                if _FLAGS.match(pattern, at + 2):
                    return None
                open_at.append(at)
                bars[at] = []
            elif char == ")":
                if len(open_at) == 1:
                    return None
                closes[open_at.pop()] = at
            elif char == "|":
                bars[open_at[-1]].append(at)
        if len(open_at) != 1:
            return None
        return cls(pattern, closes, bars)

    def alternatives(self, group: int, end: int) -> list[tuple[int, int]]:
        """The spans of the alternatives of the group opened at `group` (-1: the pattern) and
        closed at end."""
        start = group + 1 if group < 0 else group + 3  # past (?:
        spans = []
        for bar in self.bars[group]:
            spans.append((start, bar))
            start = bar + 1
        spans.append((start, end))
        return spans

    def unanchored(self, start: int, end: int) -> str | None:
        """The alternative at start:end without what can only match at position 0: None when
        all of it can, itself when none of it."""
        pattern = self.pattern
        alternative = pattern[start:end]
        at = start
        while pattern.startswith(_ZERO_WIDTH, at):
            close = self.closes[at]
            if pattern[close + 1 : close + 2] in _QUANTIFIERS:
                return alternative
            at = close + 1
        if pattern.startswith(("^", "\\A"), at):
            return None
        if not pattern.startswith("(?:", at):
            return alternative
        close = self.closes[at]
        if pattern[close + 1 : close + 2] in _QUANTIFIERS:
            return alternative
        inner = self.alternatives(at, close)
        kept = [self.unanchored(*span) for span in inner]
        if all(rest == pattern[span[0] : span[1]] for rest, span in zip(kept, inner, strict=True)):
            return alternative
        rests = [rest for rest in kept if rest is not None]
        if not rests:
            return None
        return f"{pattern[start:at]}(?:{'|'.join(rests)}){pattern[close + 1 : end]}"
