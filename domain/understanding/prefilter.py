"""A prefilter for the lexicons' regexes: the one- or two-character prefixes of every match.

A pattern is then only run when one of its prefixes occurs in the text, a cheap set test in place
of a regex scan; long patterns also get a lookahead on their first characters. The prefixes are
read from the pattern itself (regex_subset.py reads the small regex subset the lexicons use); a
pattern outside that subset or with unbounded prefixes always runs.
"""

from __future__ import annotations

import functools
import operator
import re

from domain.understanding.regex_subset import (
    Alternatives,
    Anchor,
    Char,
    CharClass,
    Group,
    Inline,
    Lookaround,
    Node,
    Repeat,
    Unreadable,
    read_pattern,
)

Prefix = tuple[str, bool]  # (text so far, whether the match may be exactly that text)
PREFIX_LENGTH = 2
MIN_LENGTH_FOR_LOOKAHEAD = 80  # shorter patterns scan fast enough without a lookahead
MAX_PREFIXES = 400
MAX_CLASS = 64  # a wider character class is not worth indexing by its characters
DIGITS = "0123456789"
SPACES = " \t\n\r\f\v"


class Prefixes:
    """Single characters and pairs of characters that start every match of one pattern."""

    __slots__ = ("pairs", "singles")

    def __init__(self, singles: frozenset[str], pairs: frozenset[str]) -> None:
        """Keep both sets."""
        self.singles = singles
        self.pairs = pairs

    def possible(self, chars: set[str], pairs: set[str]) -> bool:
        """Whether a text holding these characters and character pairs could match."""
        return not self.singles.isdisjoint(chars) or not self.pairs.isdisjoint(pairs)


@functools.cache
def prefixes(pattern: str) -> Prefixes | None:
    """The prefixes of every match of pattern, or None when they are not bounded."""
    try:
        found = _extend_sequence(read_pattern(pattern), {("", True)})
    except Unreadable:
        return None
    if found is None or any(not text for text, _ in found):
        return None
    singles = frozenset(text for text, _ in found if len(text) == 1)
    pairs = frozenset(text for text, _ in found if len(text) == PREFIX_LENGTH)
    return Prefixes(singles, pairs)


class PrefixIndex:
    """Which of many patterns can match a text, found from the text's characters and pairs."""

    __slots__ = ("_always", "_masks", "_pairs", "_singles")

    def __init__(self, patterns: list[str]) -> None:
        """Index every pattern by its prefixes; unbounded patterns always run. Each prefix maps
        to a bit mask of the patterns it may start: OR-ing ints is cheaper than merging sets."""
        masks: dict[str, int] = {}
        always = 0
        for index, pattern in enumerate(patterns):
            found = prefixes(pattern)
            if found is None:
                always |= 1 << index
                continue
            for key in found.singles | found.pairs:
                masks[key] = masks.get(key, 0) | 1 << index
        self._masks = masks
        self._singles = frozenset(key for key in masks if len(key) == 1)
        self._pairs = frozenset(key for key in masks if len(key) == PREFIX_LENGTH)
        self._always = always

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that could match text, in order."""
        masks = self._masks
        mask = self._always
        for key in self._singles.intersection(text):
            mask |= masks[key]
        for key in self._pairs.intersection(map(operator.add, text, text[1:])):
            mask |= masks[key]
        found: list[int] = []
        while mask:
            low = mask & -mask
            found.append(low.bit_length() - 1)
            mask ^= low
        return found


def compile_words_prefiltered(words: list[str], pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Like compile_prefiltered() for an alternation of plain words whose first characters are
    known."""
    return _behind_lookahead({word[0] for word in words if word}, pattern, flags)


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile pattern behind a lookahead on its possible first characters, when they are bounded.

    The regex engine then rejects most positions with one character test instead of trying
    every alternative there; matches are unchanged.
    """
    found = prefixes(pattern) if len(pattern) >= MIN_LENGTH_FOR_LOOKAHEAD else None
    if found is None:
        return re.compile(pattern, flags)
    return _behind_lookahead(found.singles | {pair[0] for pair in found.pairs}, pattern, flags)


def _behind_lookahead(
    first_chars: set[str] | frozenset[str], pattern: str, flags: int
) -> re.Pattern[str]:
    """Pattern compiled behind a lookahead on the characters a match can start with."""
    chars = "".join("\\" + ch if ch in "\\]^-[" else ch for ch in sorted(first_chars))
    return re.compile(f"(?=[{chars}])(?:{pattern})", flags)


# The analysis: every prefix of up to PREFIX_LENGTH characters a match can start with, each
# marked with whether the match may end right there.


def _extend_sequence(nodes: list[Node], start: set[Prefix]) -> set[Prefix] | None:
    """Extend every open prefix through a sequence of nodes."""
    current = start
    for node in nodes:
        done = {p for p in current if not p[1] or len(p[0]) >= PREFIX_LENGTH}
        still_open = current - done
        if not still_open:
            return done
        grown = _extend(node, still_open)
        if grown is None:
            return None
        current = done | grown
        if len(current) > MAX_PREFIXES:
            return None
    return current


def _extend(node: Node, still_open: set[Prefix]) -> set[Prefix] | None:
    """Extend open prefixes by one node."""
    if isinstance(node, Char):
        return {(text + node.char, True) for text, _ in still_open}
    if isinstance(node, CharClass):
        chars = None if node.negated else _class_chars(node.items)
        if chars is None:
            return {(text, False) for text, _ in still_open}
        return {(text + ch, True) for text, _ in still_open for ch in chars}
    if isinstance(node, Alternatives):
        result: set[Prefix] = set()
        for branch in node.branches:
            grown = _extend_sequence(branch, set(still_open))
            if grown is None:
                return None
            result |= grown
        return result
    if isinstance(node, Group | Inline):
        return _extend_sequence(node.body, set(still_open))
    if isinstance(node, Repeat):
        once = _extend_sequence(node.body, set(still_open))
        if once is None:
            return None
        if node.high != 1:
            once = {(text, False) for text, _ in once}
        return once | set(still_open) if node.low == 0 else once
    if isinstance(node, Anchor | Lookaround):
        return set(still_open)
    return {(text, False) for text, _ in still_open}


def _class_chars(items: tuple[tuple[str, ...], ...]) -> list[str] | None:
    """The characters of a small class, or None."""
    chars: list[str] = []
    for item in items:
        if item[0] == "char":
            chars.append(item[1])
        elif item[0] == "range" and ord(item[2]) - ord(item[1]) < MAX_CLASS:
            chars.extend(chr(code) for code in range(ord(item[1]), ord(item[2]) + 1))
        elif item == ("category", "digit"):
            chars.extend(DIGITS)
        elif item == ("category", "space"):
            chars.extend(SPACES)
        else:
            return None
    return chars if len(chars) <= MAX_CLASS else None
