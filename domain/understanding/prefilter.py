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
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any, cast

from domain.understanding.anchored import split_at_start
from domain.understanding.hoist import NotHoistable, hoist
from domain.understanding.regex_cache import PlanKey, regex_cache
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
# Every character \s takes in a str pattern (not only ASCII's: the lookaheads built from these
# must not reject a text that the pattern matches)
SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


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
def _tree(pattern: str) -> list[Node] | None:
    """The pattern read (once for both analyses), or None outside the subset."""
    try:
        return read_pattern(pattern)
    except Unreadable:
        return None


@functools.cache
def prefixes(pattern: str) -> Prefixes | None:
    """The prefixes of every match of pattern, or None when they are not bounded."""
    tree = _tree(pattern)
    if tree is None:
        return None
    found = _extend_sequence(tree, {("", True)})
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

    def mask(self, text: str) -> int:
        """A bit mask of the patterns that could match text (bit i: the i-th pattern)."""
        masks = self._masks
        mask = self._always
        for key in self._singles.intersection(text):
            mask |= masks[key]
        for key in self._pairs.intersection(map(operator.add, text, text[1:])):
            mask |= masks[key]
        return mask

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that could match text, in order."""
        mask = self.mask(text)
        found: list[int] = []
        while mask:
            low = mask & -mask
            found.append(low.bit_length() - 1)
            mask ^= low
        return found


class LazyPrefixIndex:
    """A PrefixIndex of a table's patterns built at its second use: the load's first message
    runs every pattern, as reading them all (some tens of milliseconds for a large table) would
    cost the load more than that one message saves."""

    __slots__ = ("_index", "_patterns", "_used")

    def __init__(self, patterns: list[str]) -> None:
        """Keep the patterns; nothing is read yet."""
        self._patterns = patterns
        self._index: PrefixIndex | None = None
        self._used = False

    def mask(self, text: str) -> int:
        """A bit mask of the patterns that could match text: all of them at the first use."""
        index = self._index
        if index is None:
            if not self._used:
                self._used = True
                return (1 << len(self._patterns)) - 1
            index = self._index = PrefixIndex(self._patterns)
        return index.mask(text)


_Trie = dict[str, "_Trie"]


def trie(words: list[str] | tuple[str, ...]) -> str:
    """An alternation of words as a trie: at each character the words that go on, then the word
    that ends there. At a position the regex engine then tries only the words that start with
    the text's characters, still the longest first (a word that goes on is longer than one that
    ends), where a flat alternation tries each of some thousand words in turn."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def alternation(node: _Trie) -> str:
        branches = [re.escape(char) + alternation(child) for char, child in node.items() if char]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return alternation(tree)


def required_words(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of pattern holds (somewhere, not only at its start), or
    None when the analysis knows none: a pattern whose words are all absent cannot match."""
    tree = _tree(pattern)
    found = None if tree is None else _needs(tree)
    return None if found is None else tuple(sorted(found))


MAX_NEEDED_CLASS = 8  # a wider class is not worth looking for character by character


def _needs(nodes: list[Node]) -> frozenset[str] | None:
    """Strings one of which every match of the sequence holds: its longest run of literal
    characters (zero-width tests do not break a run) when it has one of two or more, else the
    fewest and longest of its runs and of what its alternatives, groups, small classes and
    repeats need."""
    longest = max(_runs(nodes), key=len, default="")
    if len(longest) >= 2:  # enough to skip most rules; what the rest needs is not read (load)
        return frozenset({longest})
    options: list[frozenset[str]] = []
    run = ""
    for node in nodes:
        if isinstance(node, Char):
            run += node.char
            continue
        if isinstance(node, Anchor | Lookaround):
            continue  # zero-width: the characters either side stand side by side
        if run:
            options.append(frozenset({run}))
            run = ""
        need: frozenset[str] | None = None
        if isinstance(node, Group | Inline):
            need = _needs(node.body)
        elif isinstance(node, Alternatives):
            need = _any_of(node.branches)
        elif isinstance(node, Repeat) and node.low >= 1:
            need = _needs(node.body)
        elif isinstance(node, CharClass) and not node.negated:
            need = _literal_chars(node.items)
        if need is not None:
            options.append(need)
    if run:
        options.append(frozenset({run}))
    if not options:
        return None
    return min(options, key=_cost)


def _cost(need: frozenset[str]) -> tuple[bool, int, int]:
    """How often a text may hold one of need's strings, to be kept low: a single character (a
    space, 了) stands in most texts, so any longer strings are better, then fewer and longer."""
    shortest = min(map(len, need))
    return shortest < 2, len(need), -shortest


def _runs(nodes: list[Node]) -> list[str]:
    """The sequence's runs of literal characters."""
    runs = [""]
    for node in nodes:
        if isinstance(node, Char):
            runs[-1] += node.char
        elif not isinstance(node, Anchor | Lookaround) and runs[-1]:
            runs.append("")
    return runs


def _literal_chars(items: tuple[tuple[str, ...], ...]) -> frozenset[str] | None:
    """The characters of a small class of characters and ranges (not of categories such as \\s:
    the engine's take more characters than their names say)."""
    chars: set[str] = set()
    for item in items:
        if item[0] == "char":
            chars.add(item[1])
        elif item[0] == "range" and ord(item[2]) - ord(item[1]) < MAX_NEEDED_CLASS:
            chars.update(chr(code) for code in range(ord(item[1]), ord(item[2]) + 1))
        else:
            return None
    return frozenset(chars) if len(chars) <= MAX_NEEDED_CLASS else None


def _any_of(branches: list[list[Node]]) -> frozenset[str] | None:
    """What alternatives need: what each needs, together (None when one needs nothing known)."""
    need: frozenset[str] = frozenset()
    for branch in branches:
        one = _needs(branch)
        if one is None:
            return None
        need |= one
    return need


def compile_words_prefiltered(words: list[str], pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Like compile_prefiltered() for an alternation of plain words whose first characters are
    known."""
    first_chars = frozenset(word[0] for word in words if word)
    given = "".join(sorted(first_chars))
    return _lazy(("w", pattern, flags, given), lambda: _plan(pattern, flags, first_chars))


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Pattern compiled to be found fast, when it is first used; matches are unchanged.

    Rewritten so that each of its alternatives starts with a literal character (hoist.py), the
    regex engine scans the text for those characters in a tight loop and tries the pattern only
    where one stands. A pattern that cannot be rewritten is compiled behind a lookahead on its
    possible first characters when they are bounded: the engine then rejects most positions
    with one character test instead of trying every alternative there.
    """
    split = split_at_start(pattern) if flags & ~re.ASCII == 0 else None
    if split is not None:
        rest, head = split
        return cast(
            "re.Pattern[str]",
            # the head is a cheap test at position 0 only: compiled as written, not planned
            StartSplit(
                _prefiltered(pattern, flags), _prefiltered(rest, flags), _plain(head, flags)
            ),
        )
    return _prefiltered(pattern, flags)


def _plain(pattern: str, flags: int) -> re.Pattern[str]:
    """The pattern compiled as written, when first used."""
    return _lazy(("a", pattern, flags, ""), lambda: _Plan(pattern, flags, None))


def _prefiltered(pattern: str, flags: int) -> re.Pattern[str]:
    """The pattern compiled in its fastest form when first used."""
    return _lazy(("p", pattern, flags, ""), lambda: _plan(pattern, flags, None))


class StartSplit:
    """A pattern some of whose alternatives can only match at position 0 (anchored.py), run as
    the rest (without them, rewritten to start with literals) unless the text is searched from
    its start and one of the head's alternatives matches there: the same matches, found without
    those alternatives making every position of every text a candidate."""

    __slots__ = ("head", "rest", "whole")

    def __init__(
        self, whole: re.Pattern[str], rest: re.Pattern[str], head: re.Pattern[str]
    ) -> None:
        """Keep the three (lazy) patterns."""
        self.whole = whole
        self.rest = rest
        self.head = head

    def _for(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Pattern[str]:
        """The pattern that finds what the whole finds in text from pos on."""
        # pos is taken as 0 when below it, and as the text's length when past it
        if (pos <= 0 or not text) and self.head.match(text, 0, endpos) is not None:
            return self.whole
        return self.rest

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As re.Pattern.search."""
        return self._for(string, pos, endpos).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As re.Pattern.match."""
        return self._for(string, pos, endpos).match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """As re.Pattern.fullmatch."""
        return self._for(string, pos, endpos).fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """As re.Pattern.finditer."""
        return self._for(string, pos, endpos).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """As re.Pattern.findall."""
        return self._for(string, pos, endpos).findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        """As re.Pattern.sub."""
        return self._for(string).sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        """As re.Pattern.subn."""
        return self._for(string).subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """As re.Pattern.split."""
        return self._for(string).split(string, maxsplit)

    @property
    def pattern(self) -> str:
        """The pattern as written."""
        return self.whole.pattern

    @property
    def flags(self) -> int:
        """The compiled pattern's flags."""
        return self.whole.flags

    @property
    def groups(self) -> int:
        """The number of capturing groups (none: a pattern with some is not split)."""
        return 0

    @property
    def groupindex(self) -> Mapping[str, int]:
        """Group names and numbers (none)."""
        return {}

    def __repr__(self) -> str:
        """As a compiled pattern's."""
        return f"re.compile({self.pattern!r})"


class _Plan:
    """How to compile a pattern (the pattern text to compile, its flags) and the characters
    every match starts with, when they are known."""

    __slots__ = ("first", "flags", "text")

    def __init__(self, text: str, flags: int, first: frozenset[str] | None) -> None:
        """Keep all three."""
        self.text = text
        self.flags = flags
        self.first = first


def _plan(pattern: str, flags: int, first_chars: frozenset[str] | None) -> _Plan:
    """The fastest form of pattern that finds the same matches: rewritten (hoist.py), else
    behind a lookahead on its first characters (given, or read from it), else as it is."""
    if flags & ~re.ASCII == 0:
        try:
            hoisted = hoist(pattern)
        except NotHoistable:
            pass
        else:
            return _Plan(hoisted.pattern, flags, hoisted.first)
    if first_chars is None and len(pattern) >= MIN_LENGTH_FOR_LOOKAHEAD:
        found = prefixes(pattern) if flags & ~re.ASCII == 0 else None
        if found is not None:
            first_chars = found.singles | {pair[0] for pair in found.pairs}
            return _Plan(_behind_prefixes(found, pattern), flags, first_chars)
    if first_chars is None:
        return _Plan(pattern, flags, None)
    return _Plan(_behind_lookahead(first_chars, pattern), flags, first_chars)


def _lazy(key: PlanKey, plan: Callable[[], _Plan]) -> re.Pattern[str]:
    """A pattern compiled when first needed, standing for the compiled pattern (it has all its
    methods and attributes); key (how it is planned, the source, flags, given first characters)
    names its plan in the cache on disk."""
    return cast("re.Pattern[str]", LazyPattern(key, plan))


_METHODS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
)


class LazyPattern:
    """A compiled pattern that is compiled when first needed.

    The lexicons hold some four hundred patterns; compiling them all took most of the load
    time, and a message uses a fifth of them. Until a pattern is compiled, each of its methods
    is a stand-in: given a text that holds none of the characters a match can start with, it
    answers at once (no match) without compiling; else it compiles the pattern, puts the
    compiled pattern's own methods in place of every stand-in, and calls on. From then on a call
    goes straight to the compiled pattern, at no cost. The attributes (pattern: the source as
    written, flags, groups, groupindex) are those of a compiled pattern.
    """

    __slots__ = ("_compiled", "_key", "_make_plan", "_plan", *_METHODS)

    def __init__(self, key: PlanKey, plan: Callable[[], _Plan]) -> None:
        """Remember how to compile; nothing is read or compiled yet."""
        self._key = key
        self._make_plan = plan
        self._plan: _Plan | None = None
        self._compiled: re.Pattern[str] | None = None
        for name in _METHODS:
            setattr(self, name, _FirstCall(self, name))

    def plan(self) -> _Plan:
        """How the pattern is to be compiled (worked out once, or read from the cache)."""
        plan = self._plan
        if plan is None:
            cache = regex_cache()
            saved = cache.plan(self._key)
            if saved is None:
                plan = self._make_plan()
                first = None if plan.first is None else "".join(sorted(plan.first))
                cache.keep_plan(self._key, (plan.text, plan.flags, first))
            else:
                text, flags, first = saved
                plan = _Plan(text, flags, None if first is None else frozenset(first))
            self._plan = plan
        return plan

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now if it is not yet, its methods then put in place."""
        compiled = self._compiled
        if compiled is None:
            plan = self.plan()
            compiled = regex_cache().compile(plan.text, plan.flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return compiled

    @property
    def pattern(self) -> str:
        """The pattern as written."""
        return self._key[1]

    @property
    def flags(self) -> int:
        """The compiled pattern's flags."""
        return self.compiled().flags

    @property
    def groups(self) -> int:
        """The number of capturing groups."""
        return self.compiled().groups

    @property
    def groupindex(self) -> Mapping[str, int]:
        """Group names and numbers."""
        return self.compiled().groupindex

    def __repr__(self) -> str:
        """As a compiled pattern's."""
        return f"re.compile({self._key[1]!r})"


class _FirstCall:
    """A LazyPattern's method until the pattern is compiled."""

    __slots__ = ("_answer", "_name", "_owner", "_text_at")

    def __init__(self, owner: LazyPattern, name: str) -> None:
        """Remember whose method it stands for, and where its text is among the arguments."""
        self._owner = owner
        self._name = name
        self._text_at = 1 if name in ("sub", "subn") else 0
        self._answer = _NO_MATCH.get(name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """No match when the text holds none of the first characters; else compile and call the
        compiled pattern's method."""
        owner = self._owner
        first = owner.plan().first
        if first is not None and self._answer is not None and not kwargs:
            text = args[self._text_at] if len(args) > self._text_at else None
            if type(text) is str and first.isdisjoint(text):
                return self._answer(text)
        return getattr(owner.compiled(), self._name)(*args, **kwargs)


def _split_none(text: str) -> list[str]:
    """What split gives for a text with no match."""
    return [text]


# What each method gives for a text with no match (scanner has no stand-in answer: it compiles).
_NO_MATCH: dict[str, Callable[[str], Any]] = {
    "search": lambda _text: None,
    "match": lambda _text: None,
    "fullmatch": lambda _text: None,
    "finditer": lambda _text: iter(()),
    "findall": lambda _text: [],
    "sub": lambda text: text,
    "subn": lambda text: (text, 0),
    "split": _split_none,
}


def _behind_lookahead(first_chars: set[str] | frozenset[str], pattern: str) -> str:
    """Pattern behind a lookahead on the characters a match can start with."""
    return f"(?=[{_class(first_chars)}])(?:{pattern})"


def _behind_prefixes(found: Prefixes, pattern: str) -> str:
    """Pattern behind a lookahead on the characters and pairs a match can start with: a letter
    that starts a pair only (b of bldg, r of rm) then rejects most positions of an English text
    with a test of two classes where the first character alone lets the whole pattern be tried.
    First characters with the same second ones share one branch, which the engine skips at a
    position after one class test."""
    seconds: dict[str, set[str]] = {}
    for pair in found.pairs:
        if pair[0] not in found.singles:
            seconds.setdefault(pair[0], set()).add(pair[1])
    firsts: dict[frozenset[str], set[str]] = {}
    for first, after in seconds.items():
        firsts.setdefault(frozenset(after), set()).add(first)
    branches = [f"[{_class(found.singles)}]"] if found.singles else []
    # sorted: the same text in every process (a set's order follows the hash seed), so a plan
    # and its compiled program are found in the cache on disk under one key
    branches.extend(
        sorted(f"[{_class(chars)}][{_class(after)}]" for after, chars in firsts.items())
    )
    return f"(?=(?:{'|'.join(branches)}))(?:{pattern})"


def _class(chars: set[str] | frozenset[str]) -> str:
    """The inside of a character class of exactly these characters."""
    return "".join("\\" + ch if ch in "\\]^-[" else ch for ch in sorted(chars))


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
