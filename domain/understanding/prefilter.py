"""A prefilter for the lexicons' regexes: the one- or two-character prefixes of every match.

A pattern is then only run when one of its prefixes occurs in the text, a cheap set test in place
of a regex scan; long patterns also get a lookahead on their first characters. The prefixes are
read from the pattern itself by a small reader of the regex subset the lexicons use (literals,
escapes, classes, groups, lookarounds, alternatives, repeats); a pattern it cannot read or bound
always runs.
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass

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
        found = _extend_sequence(_Reader(pattern).read(), {("", True)})
    except _Unreadable:
        return None
    if found is None or any(not text for text, _ in found):
        return None
    singles = frozenset(text for text, _ in found if len(text) == 1)
    pairs = frozenset(text for text, _ in found if len(text) == PREFIX_LENGTH)
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


# The parsed pattern, in the shape the prefix analysis needs. The reader folds a pattern the way
# Python's own regex parser does (a class of one character is that character, an alternation of
# single characters is one class, a prefix common to every alternative is taken out of them,
# non-capturing groups are inlined), so that equal patterns give equal prefixes whatever way
# they are written. Nodes that compare equal are those the fold may take out of alternatives.


@dataclass(frozen=True)
class _Char:
    """One literal character."""

    char: str


@dataclass(frozen=True)
class _Class:
    """A character class: ("char", c), ("range", lo, hi) and ("category", name) items."""

    items: tuple[tuple[str, ...], ...]
    negated: bool = False


@dataclass(frozen=True)
class _Opaque:
    """One character or a back-reference the analysis does not bound (., [^x], (?P=name))."""

    what: str


@dataclass(frozen=True)
class _Anchor:
    """A zero-width position test (^, $, \\b, \\B, \\A, \\Z)."""

    code: str


@dataclass(eq=False)
class _Lookaround:
    """A lookahead or lookbehind; zero-width, so it adds nothing to a prefix."""


@dataclass(eq=False)
class _Group:
    """A capturing or named group."""

    body: list[_Node]


@dataclass(eq=False)
class _Inline:
    """A non-capturing group, inlined into its sequence once that sequence is read."""

    body: list[_Node]


@dataclass(eq=False)
class _Alternatives:
    """Two or more alternative sequences."""

    branches: list[list[_Node]]


@dataclass(eq=False)
class _Repeat:
    """A repeated sequence, at least low and at most high times (None: unbounded)."""

    low: int
    high: int | None
    body: list[_Node]


_Node = (
    _Char | _Class | _Opaque | _Anchor | _Lookaround | _Group | _Inline | _Alternatives | _Repeat
)


class _Unreadable(Exception):
    """The pattern uses something outside the subset the reader knows."""


_ESCAPED_CHARS = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_CATEGORIES = {"d": "digit", "D": "not-digit", "s": "space", "S": "not-space"}
_CATEGORIES |= {"w": "word", "W": "not-word"}
_ANCHORS = {"A": "start", "b": "boundary", "B": "not-boundary", "Z": "end"}
_HEX_LENGTHS = {"x": 2, "u": 4, "U": 8}
_SPECIAL = ".\\[{()*+?^$|"
_HEX = re.compile(r"[0-9a-fA-F]+")
_BOUNDS = re.compile(r"([0-9]*)(?:(,)([0-9]*))?\}")


class _Reader:
    """Reads a pattern of the supported subset into nodes."""

    def __init__(self, pattern: str) -> None:
        """Start at the beginning of pattern."""
        self.pattern = pattern
        self.at = 0

    def read(self) -> list[_Node]:
        """The whole pattern."""
        nodes = self._alternatives()
        if self.at < len(self.pattern):
            raise _Unreadable("unbalanced parenthesis")
        return nodes

    def _peek(self) -> str | None:
        """The next token: one character, or a backslash and the character it escapes."""
        if self.at >= len(self.pattern):
            return None
        if self.pattern[self.at] == "\\":
            return self.pattern[self.at : self.at + 2]
        return self.pattern[self.at]

    def _take(self) -> str:
        """Consume and return the next token."""
        token = self._peek()
        if token is None:
            raise _Unreadable("unexpected end")
        self.at += len(token)
        return token

    def _accept(self, token: str) -> bool:
        """Consume the next token when it is token."""
        if self._peek() == token:
            self.at += len(token)
            return True
        return False

    def _alternatives(self) -> list[_Node]:
        """A sequence or several alternatives, folded as Python's parser folds them."""
        branches = [self._sequence()]
        while self._accept("|"):
            branches.append(self._sequence())
        if len(branches) == 1:
            return branches[0]
        folded: list[_Node] = []
        while all(branches) and all(branch[0] == branches[0][0] for branch in branches):
            folded.append(branches[0][0])
            for branch in branches:
                del branch[0]
        items: list[tuple[str, ...]] = []
        for branch in branches:
            if len(branch) != 1:
                break
            node = branch[0]
            if isinstance(node, _Char):
                items.append(("char", node.char))
            elif isinstance(node, _Class) and not node.negated:
                items.extend(node.items)
            else:
                break
        else:
            folded.append(_Class(tuple(dict.fromkeys(items))))
            return folded
        folded.append(_Alternatives(branches))
        return folded

    def _sequence(self) -> list[_Node]:
        """Items up to the next | or ), with non-capturing groups inlined."""
        nodes: list[_Node] = []
        while (token := self._peek()) is not None and token not in "|)":
            self._take()
            if token[0] == "\\":
                nodes.append(self._escape(token))
            elif token not in _SPECIAL:
                nodes.append(_Char(token))
            elif token == "[":
                nodes.append(self._class())
            elif token in "*+?{":
                self._repeat(token, nodes)
            elif token == ".":
                nodes.append(_Opaque("any"))
            elif token == "(":
                nodes.append(self._group())
            elif token in "^$":
                nodes.append(_Anchor(token))
        inlined: list[_Node] = []
        for node in nodes:
            inlined.extend(node.body if isinstance(node, _Inline) else [node])
        return inlined

    def _escape(self, token: str) -> _Node:
        """An escape outside a class."""
        letter = token[1:]
        if letter in _ANCHORS:
            return _Anchor(_ANCHORS[letter])
        if letter in _CATEGORIES:
            return _Class((("category", _CATEGORIES[letter]),))
        if letter.isdigit():
            raise _Unreadable("back-reference or octal escape")
        return _Char(self._escaped_char(letter))

    def _escaped_char(self, letter: str) -> str:
        """The character an escape that stands for one character means."""
        if letter in _ESCAPED_CHARS:
            return _ESCAPED_CHARS[letter]
        if letter in _HEX_LENGTHS:
            digits = self.pattern[self.at : self.at + _HEX_LENGTHS[letter]]
            if not _HEX.fullmatch(digits) or len(digits) != _HEX_LENGTHS[letter]:
                raise _Unreadable("short hexadecimal escape")
            self.at += len(digits)
            return chr(int(digits, 16))
        if not letter or (letter.isascii() and letter.isalnum()):
            raise _Unreadable(f"unknown escape \\{letter}")
        return letter

    def _class_item(self, token: str) -> tuple[str, ...]:
        """One item of a class: a character or a category."""
        if token[0] != "\\":
            return ("char", token)
        letter = token[1:]
        if letter == "b":
            return ("char", "\b")
        if letter in _CATEGORIES:
            return ("category", _CATEGORIES[letter])
        if letter.isdigit():
            raise _Unreadable("octal escape in a class")
        return ("char", self._escaped_char(letter))

    def _class(self) -> _Node:
        """A character class, after its [."""
        negated = self._accept("^")
        items: list[tuple[str, ...]] = []
        while True:
            token = self._take()
            if token == "]" and items:
                break
            first = self._class_item(token)
            if not self._accept("-"):
                items.append(first)
                continue
            last_token = self._take()
            if last_token == "]":
                items.extend((first, ("char", "-")))
                break
            last = self._class_item(last_token)
            if first[0] != "char" or last[0] != "char":
                raise _Unreadable("bad character range")
            items.append(("range", first[1], last[1]))
        unique = tuple(dict.fromkeys(items))
        if len(unique) == 1 and unique[0][0] == "char":
            return _Opaque("not " + unique[0][1]) if negated else _Char(unique[0][1])
        return _Class(unique, negated)

    def _repeat(self, token: str, nodes: list[_Node]) -> None:
        """Turn the last node into a repeat of it (?, *, +, {m,n}, lazy or possessive)."""
        low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}.get(token, (0, None))
        if token == "{":
            bounds = _BOUNDS.match(self.pattern, self.at)
            if self._peek() == "}" or bounds is None:
                nodes.append(_Char("{"))
                return
            self.at = bounds.end()
            low = int(bounds[1]) if bounds[1] else 0
            top = bounds[3] if bounds[2] else bounds[1]
            high = int(top) if top else None
        if not nodes or isinstance(nodes[-1], _Anchor | _Repeat):
            raise _Unreadable("nothing to repeat")
        last = nodes[-1]
        body: list[_Node] = last.body if isinstance(last, _Inline) else [last]
        if not self._accept("?"):
            self._accept("+")
        nodes[-1] = _Repeat(low, high, body)

    def _group(self) -> _Node:
        """A group, after its (."""
        kind = "capture"
        if self._accept("?"):
            kind = self._take()
            if kind == "P" and self._accept("="):
                name = self._name_until(")")
                return _Opaque("same as " + name)
            if kind == "P":
                if not self._accept("<"):
                    raise _Unreadable(f"unsupported group (?P{self._peek()}")
                self._name_until(">")
            elif kind == "<":
                kind += self._take()
            if kind not in ("P", ":", "=", "!", "<=", "<!"):
                raise _Unreadable(f"unsupported group (?{kind}")
        body = self._alternatives()
        if not self._accept(")"):
            raise _Unreadable("missing )")
        if kind == ":":
            return _Inline(body)
        if kind in ("=", "!", "<=", "<!"):
            return _Lookaround()
        return _Group(body)

    def _name_until(self, end: str) -> str:
        """A group's name, up to and past end."""
        stop = self.pattern.find(end, self.at)
        if stop < 0:
            raise _Unreadable("unterminated group name")
        name, self.at = self.pattern[self.at : stop], stop + 1
        return name


# The analysis: every prefix of up to PREFIX_LENGTH characters a match can start with, each
# marked with whether the match may end right there.


def _extend_sequence(nodes: list[_Node], start: set[Prefix]) -> set[Prefix] | None:
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


def _extend(node: _Node, still_open: set[Prefix]) -> set[Prefix] | None:
    """Extend open prefixes by one node."""
    if isinstance(node, _Char):
        return {(text + node.char, True) for text, _ in still_open}
    if isinstance(node, _Class):
        chars = None if node.negated else _class_chars(node.items)
        if chars is None:
            return {(text, False) for text, _ in still_open}
        return {(text + ch, True) for text, _ in still_open for ch in chars}
    if isinstance(node, _Alternatives):
        result: set[Prefix] = set()
        for branch in node.branches:
            grown = _extend_sequence(branch, set(still_open))
            if grown is None:
                return None
            result |= grown
        return result
    if isinstance(node, _Group | _Inline):
        return _extend_sequence(node.body, set(still_open))
    if isinstance(node, _Repeat):
        once = _extend_sequence(node.body, set(still_open))
        if once is None:
            return None
        if node.high != 1:
            once = {(text, False) for text, _ in once}
        return once | set(still_open) if node.low == 0 else once
    if isinstance(node, _Anchor | _Lookaround):
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
