"""Patterns rewritten so that every alternative starts with a literal character: the same matches,
found many times faster.

Python's regex engine scans for a pattern whose alternatives all start with a literal character
in a tight loop over the text (the compiled pattern carries the set of first characters) and
tries the pattern only where one of them stands. A pattern that starts with anything else (a
lookbehind such as (?<![a-z]), a word edge, a lookahead) is tried as a whole at every position,
some fifteen times slower per character of text.

The rewrite moves what stands before the first character into a lookbehind after it: Z c R, with
Z zero-width (lookarounds, anchors), becomes c (?<=Z c) R, which tests Z at the same place, and
a non-capturing group at the start is rewritten alternative by alternative. The alternatives keep
their order, so the same one wins at every position and every match is the same span. A pattern
this cannot be done for (one starting with a class, a repeat, a capturing group, or holding a
construct the reader does not know) is left to the caller, which keeps the original.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

_QUANTIFIER_START = "*+?{"
_ANCHOR_ESCAPES = "bBAZ"
_CLASS_ESCAPES = "dDsSwW"
_BOUNDS = re.compile(r"\{[0-9]*(?:,[0-9]*)?\}")


class NotHoistable(Exception):
    """The pattern cannot be rewritten (and is used as it is)."""


@dataclass
class _Item:
    """One element of a sequence, with its source text."""

    kind: str  # "char" (literal), "zero" (zero-width), "group" (non-capturing), "class" (of
    # literal characters), "optional" (one of these, or several, made optional by ?), "other"
    text: str
    branches: list[list[_Item]] | None = None  # a group's alternatives
    chars: list[str] | None = None  # a class's characters, as pattern text
    body: list[_Item] | None = None  # what an optional item makes optional
    lazy: bool = False  # an optional item that is tried without first (??)


@dataclass(frozen=True)
class Hoisted:
    """A rewritten pattern and the characters every match of it starts with."""

    pattern: str
    first: frozenset[str]


def hoist(pattern: str) -> Hoisted:
    """The pattern rewritten so that every alternative starts with a literal character;
    NotHoistable when it cannot be."""
    reader = _Reader(pattern)
    branches = reader.alternatives()
    if reader.at != len(pattern):
        raise NotHoistable("unbalanced parenthesis")
    if all(branch and branch[0].kind == "char" for branch in branches):
        # the engine already scans for the first characters
        return Hoisted(pattern, frozenset(_character(branch[0].text) for branch in branches))
    budget = _Budget(max(MIN_BUDGET, GROWTH * len(pattern)))
    if len(branches) == 1:
        # One sequence: a group at its start stays a group (the engine looks into it), its
        # alternatives written out; what follows it is not copied.
        items = branches[0]
        index, before = _first(items)
        first = items[index]
        if first.kind == "group" and first.branches is not None:
            rest = "".join(item.text for item in items[index + 1 :])
            alternatives = [
                alt for branch in first.branches for alt in _expand(branch, before, budget)
            ]
            return Hoisted(f"(?:{_written(alternatives)}){rest}", _chars(alternatives))
    alternatives = [alt for branch in branches for alt in _expand(branch, (), budget)]
    return Hoisted(_written(alternatives), _chars(alternatives))


def _chars(alternatives: list[_Alternative]) -> frozenset[str]:
    """The characters the alternatives start with."""
    return frozenset(_character(alt.char) for alt in alternatives)


MIN_BUDGET = 2000  # characters a rewritten pattern may have, at least
GROWTH = 3  # and at most this many times the original's length


class _Budget:
    """Characters left for the rewritten pattern: alternatives written out copy what follows."""

    def __init__(self, left: int) -> None:
        """Start with left characters."""
        self.left = left

    def spend(self, text: str) -> str:
        """Count text; NotHoistable when the pattern grows too long."""
        self.left -= len(text)
        if self.left < 0:
            raise NotHoistable("the rewritten pattern would be too long")
        return text


@dataclass(frozen=True)
class _Alternative:
    """An alternative starting with a literal: the character (as pattern text), the zero-width
    items that stood before it, and the pattern text after it."""

    char: str
    before: tuple[str, ...]
    after: str


def _first(items: list[_Item]) -> tuple[int, tuple[str, ...]]:
    """The index of the first item that is not zero-width, and the zero-width items before it."""
    for index, item in enumerate(items):
        if item.kind != "zero":
            return index, tuple(zero.text for zero in items[:index])
    raise NotHoistable("an alternative that may match nothing")


def _expand(items: list[_Item], before: tuple[str, ...], budget: _Budget) -> list[_Alternative]:
    """Alternatives, in order, that together match what the sequence matches where it stands
    after the zero-width items before, each starting with a literal character: a group, a class
    or an optional item at the start is written out, alternative by alternative, each followed
    by the rest of the sequence (the engine tries the alternatives of (A|B)R as it tries AR|BR,
    and A?R as AR|R)."""
    index, ahead = _first(items)
    before += ahead
    if "^" in before or "\\A" in before:
        raise NotHoistable("anchored at the start: the engine tries it there only")
    first, rest = items[index], items[index + 1 :]
    if first.kind == "char":
        after = budget.spend("".join(item.text for item in rest))
        return [_Alternative(first.text, before, after)]
    if first.kind == "group" and first.branches is not None:
        return [alt for branch in first.branches for alt in _expand(branch + rest, before, budget)]
    if first.kind == "class" and first.chars is not None:
        chars = [_Item("char", char) for char in first.chars]
        return [alt for char in chars for alt in _expand([char, *rest], before, budget)]
    if first.kind == "optional" and first.body is not None:
        taken = _expand(first.body + rest, before, budget)
        skipped = _expand(rest, before, budget)
        return skipped + taken if first.lazy else taken + skipped
    raise NotHoistable(f"an alternative starts with {first.text!r}")


def _written(alternatives: list[_Alternative]) -> str:
    """The alternatives as one pattern, one branch per first character: at a position only
    those starting with its character can match, so grouping them keeps their order where it
    counts, and the engine picks the branch by its character."""
    by_char: dict[str, list[_Alternative]] = {}
    for alt in alternatives:
        by_char.setdefault(_character(alt.char), []).append(alt)
    branches = []
    for group in by_char.values():
        char = group[0].char
        tails: list[str] = []
        # neighbours with the same items before share one test of them
        for before, run in itertools.groupby(group, key=lambda alt: alt.before):
            afters = [alt.after for alt in run]
            after = afters[0] if len(afters) == 1 else f"(?:{'|'.join(afters)})"
            tails.append(_behind(before, char) + after)
        branches.append(char + (tails[0] if len(tails) == 1 else f"(?:{'|'.join(tails)})"))
    return "|".join(branches)


def _behind(before: tuple[str, ...], char: str) -> str:
    """What tests, just after char, the zero-width items that stood before it: a lookbehind
    (?<!X) becomes (?<!Xc); anything else is tested in a lookbehind over char."""
    if not before:
        return ""
    if all(item.startswith(("(?<!", "(?<=")) for item in before):
        return "".join(item[:4] + _sequence(item[4:-1]) + char + ")" for item in before)
    return f"(?<={''.join(before)}{char})"


def _sequence(text: str) -> str:
    """Pattern text that can be followed by more: alternatives in a group."""
    return f"(?:{text})" if "|" in text else text


_SIMPLE_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _character(text: str) -> str:
    """The character a literal's pattern text stands for (一, \\., \\n, \\u4e00)."""
    if len(text) == 1:
        return text
    letter = text[1]
    if letter in "xuU":
        return chr(int(text[2:], 16))
    if letter in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[letter]
    return letter


class _Reader:
    """Splits a pattern into alternatives and items, keeping each item's source text."""

    def __init__(self, pattern: str) -> None:
        """Start at the beginning."""
        self.pattern = pattern
        self.at = 0
        self.captures = 0

    def alternatives(self) -> list[list[_Item]]:
        """Alternatives up to the next ) or the end."""
        branches = [self._sequence()]
        while self.at < len(self.pattern) and self.pattern[self.at] == "|":
            self.at += 1
            branches.append(self._sequence())
        return branches

    def _sequence(self) -> list[_Item]:
        """Items up to the next | or ) or the end."""
        items: list[_Item] = []
        pattern = self.pattern
        while self.at < len(pattern) and pattern[self.at] not in "|)":
            start = self.at
            item = self._atom()
            quantifier = self._quantifier()
            if quantifier:
                text = pattern[start : self.at]
                if item.kind == "zero":
                    raise NotHoistable("a repeated zero-width item")
                if quantifier in ("?", "??") and item.kind in ("char", "group", "class"):
                    item = _Item("optional", text, body=[item], lazy=quantifier == "??")
                else:
                    item = _Item("other", text)
            items.append(item)
        return items

    def _atom(self) -> _Item:
        """One atom, without its quantifier."""
        pattern = self.pattern
        start = self.at
        char = pattern[start]
        if char == "\\":
            if start + 1 >= len(pattern):
                raise NotHoistable("a trailing backslash")
            letter = pattern[start + 1]
            self.at = start + 2
            if letter in _ANCHOR_ESCAPES:
                return _Item("zero", pattern[start : self.at])
            if letter in _CLASS_ESCAPES:
                return _Item("other", pattern[start : self.at])
            if letter in "xuU":
                self.at += {"x": 2, "u": 4, "U": 8}[letter]
                return _Item("char", pattern[start : self.at])
            if letter.isascii() and letter.isalnum() and letter not in "afnrtv":
                raise NotHoistable(f"the escape \\{letter}")  # back-references, \N{...}, octal
            return _Item("char", pattern[start : self.at])
        if char == "[":
            self._class()
            text = pattern[start : self.at]
            return _Item("class", text, chars=_class_chars(text))
        if char == "(":
            return self._group()
        if char in "^$":
            self.at += 1
            return _Item("zero", char)
        if char == ".":
            self.at += 1
            return _Item("other", char)
        if char in _QUANTIFIER_START and not (char == "{" and not self._bounds_at(start)):
            raise NotHoistable("nothing to repeat")
        self.at += 1
        return _Item("char", char)

    def _class(self) -> None:
        """Past a character class."""
        pattern = self.pattern
        at = self.at + 1
        if at < len(pattern) and pattern[at] == "^":
            at += 1
        if at < len(pattern) and pattern[at] == "]":
            at += 1
        while at < len(pattern) and pattern[at] != "]":
            if pattern[at] == "[":
                raise NotHoistable("a nested set")  # Python warns of future set syntax
            at += 2 if pattern[at] == "\\" else 1
        if at >= len(pattern):
            raise NotHoistable("an unterminated class")
        self.at = at + 1

    def _group(self) -> _Item:
        """A group: non-capturing (its alternatives read), a lookaround, or another kind."""
        pattern = self.pattern
        start = self.at
        self.at += 1
        kind = ""
        if pattern.startswith("?", self.at):
            for opener in ("?:", "?=", "?!", "?<=", "?<!", "?P<"):
                if pattern.startswith(opener, self.at):
                    kind = opener
                    break
            else:
                raise NotHoistable("a group of an unknown kind (flags, comment, reference)")
            self.at += len(kind)
            if kind == "?P<":
                close = pattern.find(">", self.at)
                if close < 0:
                    raise NotHoistable("an unterminated group name")
                self.at = close + 1
        captures = self.captures
        branches = self.alternatives()
        if self.at >= len(pattern) or pattern[self.at] != ")":
            raise NotHoistable("a missing )")
        self.at += 1
        text = pattern[start : self.at]
        if kind == "?:":
            return _Item("group", text, branches)
        if kind in ("?=", "?!", "?<=", "?<!"):
            # moved into lookbehinds, a group inside would be copied and renumbered
            return _Item("zero" if self.captures == captures else "other", text)
        self.captures += 1
        return _Item("other", text)  # a capturing group: moving a character out moves its span

    def _quantifier(self) -> str:
        """Past a quantifier and its lazy or possessive mark, if one follows: its text."""
        pattern = self.pattern
        start = self.at
        if start >= len(pattern):
            return ""
        char = pattern[start]
        if char in "*+?":
            self.at += 1
        elif char == "{" and self._bounds_at(start):
            self.at = pattern.index("}", start) + 1
        else:
            return ""
        if self.at < len(pattern) and pattern[self.at] in "?+":
            self.at += 1
        return pattern[start : self.at]

    def _bounds_at(self, at: int) -> bool:
        """Whether a { at this place opens a repeat count ({m}, {m,}, {,n}, {m,n}, {,}), as
        Python reads it; else it is a literal."""
        found = _BOUNDS.match(self.pattern, at)
        return found is not None and found.end() - at > len("{}")


MAX_CLASS = 12  # a class of more characters at the start is not written out


def _class_chars(text: str) -> list[str] | None:
    """The characters of a class of plain characters ([吃喝吞]), each as pattern text standing
    for it outside a class; None for any other class (negated, ranges, categories, larger)."""
    body = text[1:-1]
    if body.startswith("^"):
        return None
    chars: list[str] = []
    at = 0
    while at < len(body):
        char = body[at]
        if char == "\\":
            letter = body[at + 1 : at + 2]
            if letter.isascii() and letter.isalnum() and letter not in "afnrtv":
                return None  # a category (\d), a code (\x41), an octal or unknown escape
            chars.append(body[at : at + 2])
            at += 2
            continue
        if char == "-" and 0 < at < len(body) - 1:
            return None  # a range
        chars.append(re.escape(char))
        at += 1
    unique = list(dict.fromkeys(chars))
    return unique if 0 < len(unique) <= MAX_CLASS else None
