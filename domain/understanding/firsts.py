"""The one- or two-character prefixes a regex match must start with.

A pattern is then only run when one of its prefixes occurs in the text; a cheap set test in place
of a regex scan. Patterns the analysis cannot bound are always run.
"""

from __future__ import annotations

import functools
import importlib
import operator
import re
from types import ModuleType
from typing import Any


def _internal(name: str) -> ModuleType | None:
    """A module internal to the re package; without it every pattern simply always runs."""
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover
        return None


_parser = _internal("re._parser")
_c: Any = _internal("re._constants")

Prefix = tuple[str, bool]  # (text so far, whether the match may be exactly that text)
DEPTH = 2
WORTH_IT = 80  # shorter patterns scan fast enough without a lookahead
MAX_PREFIXES = 400


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
    if _parser is None or _c is None:
        return None
    try:
        found = _sequence(list(_parser.parse(pattern).data), {("", True)})
    except Exception:
        return None
    if found is None or any(not text for text, _ in found):
        return None
    singles = frozenset(text for text, _ in found if len(text) == 1)
    pairs = frozenset(text for text, _ in found if len(text) == DEPTH)
    return Prefixes(singles, pairs)


def text_pairs(text: str) -> set[str]:
    """Every pair of adjacent characters in text."""
    return set(map(operator.add, text, text[1:]))


class PrefixIndex:
    """Which of many patterns can match a text, found from the text's characters and pairs."""

    __slots__ = ("_always", "_by_key", "_keys")

    def __init__(self, patterns: list[str]) -> None:
        """Index every pattern by its prefixes; unbounded patterns always run."""
        by_key: dict[str, list[int]] = {}
        always: list[int] = []
        for index, pattern in enumerate(patterns):
            found = prefixes(pattern)
            if found is None:
                always.append(index)
                continue
            for key in found.singles | found.pairs:
                by_key.setdefault(key, []).append(index)
        self._by_key = {key: tuple(ids) for key, ids in by_key.items()}
        self._keys = frozenset(by_key)
        self._always = tuple(always)

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that could match text, in order."""
        present = set(self._keys.intersection(text))
        present.update(self._keys.intersection(text_pairs(text)))
        ids = set(self._always)
        for key in present:
            ids.update(self._by_key[key])
        return sorted(ids)


def _sequence(items: list[tuple[Any, Any]], start: set[Prefix]) -> set[Prefix] | None:
    """Extend every open prefix through a sequence of parsed elements."""
    current = start
    for op, av in items:
        done = {p for p in current if not p[1] or len(p[0]) >= DEPTH}
        open_ = current - done
        if not open_:
            return done
        grown = _element(op, av, open_)
        if grown is None:
            return None
        current = done | grown
        if len(current) > MAX_PREFIXES:
            return None
    return current


_CATEGORY_CHARS = {"CATEGORY_DIGIT": "0123456789", "CATEGORY_SPACE": " \t\n\r\f\v"}
MAX_CLASS = 64


def _class_chars(items: Any) -> list[str] | None:
    """The characters of a small positive character class, or None."""
    chars: list[str] = []
    for kind, value in items:
        if kind is _c.LITERAL:
            chars.append(chr(value))
        elif kind is _c.RANGE and value[1] - value[0] < MAX_CLASS:
            chars.extend(chr(code) for code in range(value[0], value[1] + 1))
        elif kind is _c.CATEGORY and str(value) in _CATEGORY_CHARS:
            chars.extend(_CATEGORY_CHARS[str(value)])
        else:
            return None
    return chars if len(chars) <= MAX_CLASS else None


def _element(op: Any, av: Any, open_: set[Prefix]) -> set[Prefix] | None:
    """Extend open prefixes by one parsed element."""
    if op is _c.LITERAL:
        return {(text + chr(av), True) for text, _ in open_}
    if op is _c.IN:
        chars = _class_chars(av)
        if chars is None:
            return {(text, False) for text, _ in open_}
        return {(text + ch, True) for text, _ in open_ for ch in chars}
    if op is _c.BRANCH:
        result: set[Prefix] = set()
        for branch in av[1]:
            grown = _sequence(list(branch), set(open_))
            if grown is None:
                return None
            result |= grown
        return result
    if op is _c.SUBPATTERN:
        return _sequence(list(av[3]), set(open_))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        once = _sequence(list(sub), set(open_))
        if once is None:
            return None
        if high != 1:
            once = {(text, False) for text, _ in once}
        return once | set(open_) if low == 0 else once
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return set(open_)
    return {(text, False) for text, _ in open_}


def fast_words(words: list[str], pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Like fast() for an alternation of plain words whose first characters are known."""
    firsts = sorted({word[0] for word in words if word})
    chars = "".join("\\" + ch if ch in "\\]^-[" else ch for ch in firsts)
    return re.compile(f"(?=[{chars}])(?:{pattern})", flags)


def fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile pattern behind a lookahead on its possible first characters, when they are bounded.

    The regex engine then rejects most positions with one character test instead of trying
    every alternative there; matches are unchanged.
    """
    found = prefixes(pattern) if len(pattern) >= WORTH_IT else None
    if found is None:
        return re.compile(pattern, flags)
    firsts = sorted(found.singles | {pair[0] for pair in found.pairs})
    chars = "".join("\\" + ch if ch in "\\]^-[" else ch for ch in firsts)
    return re.compile(f"(?=[{chars}])(?:{pattern})", flags)
