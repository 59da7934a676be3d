r"""Patterns rewritten so that every alternative starts with a literal character: the same matches,
found many times faster.

Python's regex engine scans for a pattern whose alternatives all start with a literal character
in a tight loop over the text (the compiled pattern carries the set of first characters) and
tries the pattern only where one of them stands. A pattern that starts with anything else (a
lookbehind such as (?<![a-z]), a word edge, a lookahead) is tried as a whole at every position,
some fifteen times slower per character of text.

The rewrite moves what stands before the first character into a lookbehind after it: Z c R, with
Z zero-width (lookarounds, anchors), becomes c (?<=Z c) R, which tests Z at the same place, and
a non-capturing group at the start is rewritten alternative by alternative (X? R as X R|R, a
repeat X{m,n} R as X X{m-1,n-1} R, a small class as its characters; an anchor ^ is tested in the
lookbehind). The alternatives keep their order, so the same one wins at every position and every
match is the same span.

An alternative that starts with a class that is not written out (\d, \s, [a-z]) keeps it first:
the engine skips a branch whose first class the character is not in as fast as one whose first
literal it is not, but then carries no set of first characters, so the whole stands behind a
lookahead on them, (?=[…\d])(?:…), and is tried only where one of them stands. A pattern this
cannot be done for (a capturing group or a negated class at the start of an alternative, or a
construct the reader does not know) is left to the caller, which keeps the original.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

_QUANTIFIER_START = "*+?{"
_ATOM_STARTS = "\\[(^$." + _QUANTIFIER_START  # what _atom() reads as more than a literal
_START_ANCHORS = ("^", "\\A")
_ANCHOR_ESCAPES = "bBAZ"
_CLASS_ESCAPES = "dDsSwW"
_BOUNDS = re.compile(r"\{[0-9]*(?:,[0-9]*)?\}")


class NotHoistable(Exception):
    """The pattern cannot be rewritten (and is used as it is)."""


@dataclass
class _Item:
    """One element of a sequence, with its source text."""

    kind: str  # "char" (literal), "zero" (zero-width), "group" (non-capturing), "class" (of
    # literal characters), "optional" (one of these, or several, made optional by ?), "repeat"
    # (a char or class repeated: +, *, {m,n}), "other"
    text: str
    branches: list[list[_Item]] | None = None  # a group's alternatives
    chars: list[str] | None = None  # a class's characters, as pattern text
    body: list[_Item] | None = None  # what an optional or repeated item makes optional or repeats
    lazy: bool = False  # an optional or repeated item that is tried with fewest first (??, *?)
    low: int = 0  # a repeat's bounds (high None: unbounded)
    high: int | None = None


@dataclass(frozen=True)
class Hoisted:
    """A rewritten pattern and the characters every match of it starts with (None when some
    alternative starts with a class: a digit, a space)."""

    pattern: str
    first: frozenset[str] | None


def hoist(pattern: str) -> Hoisted:
    """The pattern rewritten so that every alternative starts with a literal character, else
    with a literal or a class behind a lookahead on them all; NotHoistable when it cannot be."""
    reader = _Reader(pattern)
    branches = reader.alternatives()
    if reader.at != len(pattern):
        raise NotHoistable("unbalanced parenthesis")
    if len(branches) == 1 and branches[0] and branches[0][0].text in _START_ANCHORS:
        raise NotHoistable("anchored at the start: the engine tries it there only")
    budget = _Budget(max(MIN_BUDGET, GROWTH * len(pattern)))
    if all(branch and branch[0].kind == "char" for branch in branches):
        # the engine already scans for the first characters; but where one stands it tries the
        # branches one after another, so those with the same first character share one branch
        # (their order kept; a capturing group keeps its number only where nothing moves)
        firsts = frozenset(_character(branch[0].text) for branch in branches)
        if len(firsts) == len(branches) or reader.captures:
            return Hoisted(pattern, firsts)
        return Hoisted(_written([_expand(branch, (), budget)[0] for branch in branches]), firsts)
    if len(branches) == 1:
        # One sequence: a group at its start stays a group (the engine looks into it), its
        # alternatives written out; what follows it is not copied.
        items = branches[0]
        index, before = _first(items)
        first = items[index]
        if first.kind == "group" and first.branches is not None:
            rest = "".join(item.text for item in items[index + 1 :])
            try:
                alternatives = [
                    alt for branch in first.branches for alt in _expand(branch, before, budget)
                ]
            except NotHoistable:
                pass  # an alternative of the group may match nothing: the rest is copied
            else:
                written = _written(alternatives)
                return Hoisted(f"(?:{written}){rest}", _chars(alternatives))
    alternatives = [alt for branch in branches for alt in _expand(branch, (), budget)]
    if (
        len(branches) == 1
        and branches[0][0].kind not in ("zero", "group")
        and _chars(alternatives) is None
    ):
        # one sequence starting with a class (or a repeat of one): the engine scans for the
        # class as it is, faster than behind a lookahead
        raise NotHoistable("one sequence starting with a class")
    return Hoisted(_written(alternatives), _chars(alternatives))


def _chars(alternatives: list[_Alternative]) -> frozenset[str] | None:
    """The characters the alternatives start with (None when some starts with a class)."""
    if any(alt.is_class for alt in alternatives):
        return None
    return frozenset(_character(alt.char) for alt in alternatives)


MIN_BUDGET = 2000  # characters a rewritten pattern may have, at least
GROWTH = 8  # and at most this many times the original's length


class _Budget:
    """Characters left for the rewritten pattern: alternatives written out copy what follows."""

    def __init__(self, left: int) -> None:
        """Start with left characters."""
        self.left = left

    def spend(self, text: str) -> str:
        """Count text; NotHoistable when the pattern grows too long."""
        self.left -= len(text) + 1  # an alternative costs one at least: their number is bounded
        if self.left < 0:
            raise NotHoistable("the rewritten pattern would be too long")
        return text


@dataclass(frozen=True)
class _Alternative:
    """An alternative starting with a literal: the character (as pattern text), the zero-width
    items that stood before it, and the pattern text after it; or starting with a class (char
    is then the class's pattern text)."""

    char: str
    before: tuple[str, ...]
    after: str
    is_class: bool = False


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
    first, rest = items[index], items[index + 1 :]
    if first.kind == "char":
        after = budget.spend("".join(item.text for item in rest))
        return [_Alternative(first.text, before, after)]
    if first.kind == "group" and first.branches is not None:
        return [alt for branch in first.branches for alt in _expand(branch + rest, before, budget)]
    if first.kind == "class" and first.chars is not None:
        chars = [_Item("char", char) for char in first.chars]
        return [alt for char in chars for alt in _expand([char, *rest], before, budget)]
    if first.kind == "class" and not first.text.startswith(("[^", "[]")):
        after = budget.spend("".join(item.text for item in rest))
        return [_Alternative(first.text, before, after, is_class=True)]
    if first.kind == "optional" and first.body is not None:
        taken = _expand(first.body + rest, before, budget)
        skipped = _expand(rest, before, budget)
        return skipped + taken if first.lazy else taken + skipped
    if first.kind == "repeat" and first.body is not None:
        # X{m,n} R is X X{m-1,n-1} R; with m = 0, X X{0,n-1} R tried before R (after it when
        # lazy), the order in which the engine tries the counts
        once = first.body[0]
        more = _fewer(first)
        taken = _expand([once, *more, *rest], before, budget)
        if first.low > 0:
            return taken
        skipped = _expand(rest, before, budget)
        return skipped + taken if first.lazy else taken + skipped
    raise NotHoistable(f"an alternative starts with {first.text!r}")


def _fewer(repeat: _Item) -> list[_Item]:
    """What is left of a repeat once one repetition is taken (nothing when that was the last)."""
    assert repeat.body is not None
    low = max(repeat.low - 1, 0)
    high = None if repeat.high is None else repeat.high - 1
    if high == 0:
        return []
    if high is None:
        bounds = "*" if low == 0 else "+" if low == 1 else f"{{{low},}}"
    else:
        bounds = f"{{{low}}}" if low == high else f"{{{low},{high}}}"
    lazy = "?" if repeat.lazy else ""
    return [_Item("other", repeat.body[0].text + bounds + lazy)]


def _written(alternatives: list[_Alternative]) -> str:
    """The alternatives as one pattern, one branch per first character: at a position only
    those starting with its character can match, so grouping them keeps their order where it
    counts, and the engine picks the branch by its character (or class: the engine skips a
    branch whose first class the character is not in). When some start with a class, a
    lookahead on every first character stands before them all, so that the engine tries the
    pattern only where one of them stands."""
    groups = _grouped(alternatives)
    branches = []
    for group in groups:
        char = group[0].char
        tails: list[str] = []
        # neighbours with the same items before share one test of them
        for before, run in itertools.groupby(group, key=lambda alt: alt.before):
            afters = [alt.after for alt in run]
            after = afters[0] if len(afters) == 1 else f"(?:{'|'.join(afters)})"
            tails.append(_behind(before, char) + after)
        branches.append(char + (tails[0] if len(tails) == 1 else f"(?:{'|'.join(tails)})"))
    if len(groups) >= MIN_GROUPS_IN_BUCKETS:
        # the engine tries a pattern's branches one after another: where one of some hundreds
        # of first characters stands, it runs through them all; in buckets behind lookaheads
        # it skips a bucket with one test
        firsts = [_in_class(group[0]) for group in groups]
        buckets = [
            f"(?=[{''.join(dict.fromkeys(firsts[at : at + BUCKET]))}])"
            f"(?:{'|'.join(branches[at : at + BUCKET])})"
            for at in range(0, len(groups), BUCKET)
        ]
        return f"(?=[{''.join(dict.fromkeys(firsts))}])(?:{'|'.join(buckets)})"
    if len(groups) > 1 and any(alt.is_class for alt in alternatives):
        first = "".join(dict.fromkeys(_in_class(alt) for alt in alternatives))
        return f"(?=[{first}])(?:{'|'.join(branches)})"
    return "|".join(branches)


BUCKET = 64  # branches a bucket holds
MIN_GROUPS_IN_BUCKETS = 256  # fewer branches are tried faster without the lookaheads


def _grouped(alternatives: list[_Alternative]) -> list[list[_Alternative]]:
    """The alternatives in groups of one first character or one first class, in an order that
    keeps every two that can match at the same place in their order: a literal joins its
    character's group unless a class after that group holds the character too."""
    groups: list[list[_Alternative]] = []
    by_char: dict[str, int] = {}  # a character's group, by its index in groups
    classes: list[tuple[int, re.Pattern[str]]] = []  # class groups by index, with the class
    for alt in alternatives:
        if alt.is_class:
            if groups and groups[-1][0].is_class and groups[-1][0].char == alt.char:
                groups[-1].append(alt)
            else:
                classes.append((len(groups), re.compile(alt.char)))
                groups.append([alt])
            continue
        char = _character(alt.char)
        index = by_char.get(char)
        if index is not None and not any(
            later > index and one.fullmatch(char) for later, one in classes
        ):
            groups[index].append(alt)
            continue
        by_char[char] = len(groups)
        groups.append([alt])
    return groups


def _in_class(alt: _Alternative) -> str:
    """An alternative's first character or class as it is written inside a class."""
    if alt.is_class:
        return alt.char[1:-1] if alt.char.startswith("[") else alt.char
    char = _character(alt.char)
    return "\\" + char if char in "\\]^-[" else alt.char if alt.char.startswith("\\") else char


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
        while self.at < len(pattern) and (char := pattern[self.at]) not in "|)":
            start = self.at
            if char in _ATOM_STARTS:
                item = self._atom()
            else:  # a literal character, most of a lexicon's pattern: as _atom() reads it
                self.at = start + 1
                item = _Item("char", char)
            quantifier = self._quantifier()
            if quantifier:
                text = pattern[start : self.at]
                if item.kind == "zero":
                    raise NotHoistable("a repeated zero-width item")
                if quantifier in ("?", "??") and item.kind in ("char", "group", "class"):
                    item = _Item("optional", text, body=[item], lazy=quantifier == "??")
                elif item.kind in ("char", "class") and not _possessive(quantifier):
                    lazy = len(quantifier) > 1 and quantifier.endswith("?")
                    low, high = _bounds(quantifier.removesuffix("?") if lazy else quantifier)
                    item = _Item("repeat", text, body=[item], lazy=lazy, low=low, high=high)
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
            if letter in "dswDSW":
                return _Item("class", pattern[start : self.at])
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


def _possessive(quantifier: str) -> bool:
    """Whether a quantifier is possessive (*+, ++, ?+, {m,n}+): it gives nothing back."""
    return len(quantifier) > 1 and quantifier.endswith("+")


def _bounds(quantifier: str) -> tuple[int, int | None]:
    """A greedy quantifier's least and most counts (None: no most)."""
    if quantifier == "*":
        return 0, None
    if quantifier == "+":
        return 1, None
    if quantifier == "?":
        return 0, 1
    low, comma, high = quantifier[1:-1].partition(",")
    least = int(low) if low else 0
    if not comma:
        return least, least
    return least, int(high) if high else None


def _class_chars(text: str) -> list[str] | None:
    """The characters of a class of plain characters ([吃喝吞], [1-5]), each once, as pattern
    text standing for it outside a class; None for any other class (negated, wide ranges,
    categories, larger)."""
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
        if at + 2 < len(body) and body[at + 1] == "-" and body[at + 2] != "\\":
            # a range of plain characters (a-z)
            low, high = ord(char), ord(body[at + 2])
            if high - low >= MAX_CLASS:
                return None
            chars.extend(re.escape(chr(code)) for code in range(low, high + 1))
            at += 3
            continue
        if char == "-" and 0 < at < len(body) - 1:
            return None  # a range
        chars.append(re.escape(char))
        at += 1
    unique: dict[str, str] = {}  # each character once, as first written
    for char in chars:
        unique.setdefault(_character(char), char)
    return list(unique.values()) if 0 < len(unique) <= MAX_CLASS else None
