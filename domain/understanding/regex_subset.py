"""A reader for the small regex subset the lexicons use, into the nodes the prefix analysis needs.

Literals, escapes, classes, groups (capturing, named, non-capturing), lookarounds, alternatives,
repeats and back-references by name; anything else raises Unreadable.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


def read_pattern(pattern: str) -> list[Node]:
    """The nodes of pattern; Unreadable when it uses something outside the subset."""
    return _Reader(pattern).read()


# The reader folds a pattern the way Python's own regex parser does (a class of one character is
# that character, an alternation of single characters is one class, a prefix common to every
# alternative is taken out of them, non-capturing groups are inlined), so that the prefixes come
# out as they did when CPython's parser read the patterns. Nodes that compare equal are those the
# fold may take out of alternatives.


@dataclass(frozen=True)
class Char:
    """One literal character."""

    char: str


@dataclass(frozen=True)
class CharClass:
    """A character class: ("char", c), ("range", lo, hi) and ("category", name) items."""

    items: tuple[tuple[str, ...], ...]
    negated: bool = False


@dataclass(frozen=True)
class Opaque:
    """One character or a back-reference the analysis does not bound (., [^x], (?P=name))."""

    what: str


@dataclass(frozen=True)
class Anchor:
    """A zero-width position test (^, $, \\b, \\B, \\A, \\Z)."""

    code: str


@dataclass(eq=False)
class Lookaround:
    """A lookahead or lookbehind; zero-width, so it adds nothing to a prefix."""


@dataclass(eq=False)
class Group:
    """A capturing or named group."""

    body: list[Node]


@dataclass(eq=False)
class Inline:
    """A non-capturing group, inlined into its sequence once that sequence is read."""

    body: list[Node]


@dataclass(eq=False)
class Alternatives:
    """Two or more alternative sequences."""

    branches: list[list[Node]]


@dataclass(eq=False)
class Repeat:
    """A repeated sequence, at least low and at most high times (None: unbounded)."""

    low: int
    high: int | None
    body: list[Node]


Node = Char | CharClass | Opaque | Anchor | Lookaround | Group | Inline | Alternatives | Repeat


class Unreadable(Exception):
    """The pattern uses something outside the subset the reader knows."""


_ESCAPED_CHARS = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_CATEGORIES = {"d": "digit", "D": "not-digit", "s": "space", "S": "not-space"}
_CATEGORIES |= {"w": "word", "W": "not-word"}
_ANCHORS = {"A": "start", "b": "boundary", "B": "not-boundary", "Z": "end"}
_HEX_LENGTHS = {"x": 2, "u": 4, "U": 8}
_SPECIAL = ".\\[{()*+?^$|"
# A run of characters that are literals outside a class, read in one step (a quantifier after the
# run applies to its last character, as it would one character at a time).
_LITERALS = re.compile("[^" + re.escape(_SPECIAL) + "]+")
_char = functools.cache(Char)  # a frozen node: one per character serves every pattern
_HEX = re.compile(r"[0-9a-fA-F]+")
_BOUNDS = re.compile(r"([0-9]*)(?:(,)([0-9]*))?\}")


class _Reader:
    """Reads a pattern of the supported subset into nodes."""

    def __init__(self, pattern: str) -> None:
        """Start at the beginning of pattern."""
        self.pattern = pattern
        self.at = 0

    def read(self) -> list[Node]:
        """The whole pattern."""
        nodes = self._alternatives()
        if self.at < len(self.pattern):
            raise Unreadable("unbalanced parenthesis")
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
            raise Unreadable("unexpected end")
        self.at += len(token)
        return token

    def _accept(self, token: str) -> bool:
        """Consume the next token when it is token."""
        if self._peek() == token:
            self.at += len(token)
            return True
        return False

    def _alternatives(self) -> list[Node]:
        """A sequence or several alternatives, folded as Python's parser folds them."""
        branches = [self._sequence()]
        while self._accept("|"):
            branches.append(self._sequence())
        if len(branches) == 1:
            return branches[0]
        folded: list[Node] = []
        while all(branches) and all(branch[0] == branches[0][0] for branch in branches):
            folded.append(branches[0][0])
            for branch in branches:
                del branch[0]
        items: list[tuple[str, ...]] = []
        for branch in branches:
            if len(branch) != 1:
                break
            node = branch[0]
            if isinstance(node, Char):
                items.append(("char", node.char))
            elif isinstance(node, CharClass) and not node.negated:
                items.extend(node.items)
            else:
                break
        else:
            folded.append(CharClass(tuple(dict.fromkeys(items))))
            return folded
        folded.append(Alternatives(branches))
        return folded

    def _sequence(self) -> list[Node]:
        """Items up to the next | or ), with non-capturing groups inlined."""
        nodes: list[Node] = []
        while (token := self._peek()) is not None and token not in "|)":
            if token not in _SPECIAL:
                run = _LITERALS.match(self.pattern, self.at)
                if run is not None:  # always, for a token that is no special character
                    nodes.extend(map(_char, run.group()))
                    self.at = run.end()
                    continue
            self._take()
            if token[0] == "\\":
                nodes.append(self._escape(token))
            elif token not in _SPECIAL:
                nodes.append(Char(token))
            elif token == "[":
                nodes.append(self._class())
            elif token in "*+?{":
                self._repeat(token, nodes)
            elif token == ".":
                nodes.append(Opaque("any"))
            elif token == "(":
                nodes.append(self._group())
            elif token in "^$":
                nodes.append(Anchor(token))
        inlined: list[Node] = []
        for node in nodes:
            inlined.extend(node.body if isinstance(node, Inline) else [node])
        return inlined

    def _escape(self, token: str) -> Node:
        """An escape outside a class."""
        letter = token[1:]
        if letter in _ANCHORS:
            return Anchor(_ANCHORS[letter])
        if letter in _CATEGORIES:
            return CharClass((("category", _CATEGORIES[letter]),))
        if letter.isdigit():
            raise Unreadable("back-reference or octal escape")
        return Char(self._escaped_char(letter))

    def _escaped_char(self, letter: str) -> str:
        """The character an escape that stands for one character means."""
        if letter in _ESCAPED_CHARS:
            return _ESCAPED_CHARS[letter]
        if letter in _HEX_LENGTHS:
            digits = self.pattern[self.at : self.at + _HEX_LENGTHS[letter]]
            if not _HEX.fullmatch(digits) or len(digits) != _HEX_LENGTHS[letter]:
                raise Unreadable("short hexadecimal escape")
            self.at += len(digits)
            return chr(int(digits, 16))
        if not letter or (letter.isascii() and letter.isalnum()):
            raise Unreadable(f"unknown escape \\{letter}")
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
            raise Unreadable("octal escape in a class")
        return ("char", self._escaped_char(letter))

    def _class(self) -> Node:
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
                raise Unreadable("bad character range")
            items.append(("range", first[1], last[1]))
        unique = tuple(dict.fromkeys(items))
        if len(unique) == 1 and unique[0][0] == "char":
            return Opaque("not " + unique[0][1]) if negated else Char(unique[0][1])
        return CharClass(unique, negated)

    def _repeat(self, token: str, nodes: list[Node]) -> None:
        """Turn the last node into a repeat of it (?, *, +, {m,n}, lazy or possessive)."""
        low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}.get(token, (0, None))
        if token == "{":
            bounds = _BOUNDS.match(self.pattern, self.at)
            if self._peek() == "}" or bounds is None:
                nodes.append(Char("{"))
                return
            self.at = bounds.end()
            low = int(bounds[1]) if bounds[1] else 0
            top = bounds[3] if bounds[2] else bounds[1]
            high = int(top) if top else None
        if not nodes or isinstance(nodes[-1], Anchor | Repeat):
            raise Unreadable("nothing to repeat")
        last = nodes[-1]
        body: list[Node] = last.body if isinstance(last, Inline) else [last]
        if not self._accept("?"):
            self._accept("+")
        nodes[-1] = Repeat(low, high, body)

    def _group(self) -> Node:
        """A group, after its (."""
        kind = "capture"
        if self._accept("?"):
            kind = self._take()
            if kind == "P" and self._accept("="):
                name = self._name_until(")")
                return Opaque("same as " + name)
            if kind == "P":
                if not self._accept("<"):
                    raise Unreadable(f"unsupported group (?P{self._peek()}")
                self._name_until(">")
            elif kind == "<":
                kind += self._take()
            if kind not in ("P", ":", "=", "!", "<=", "<!"):
                raise Unreadable(f"unsupported group (?{kind}")
        body = self._alternatives()
        if not self._accept(")"):
            raise Unreadable("missing )")
        if kind == ":":
            return Inline(body)
        if kind in ("=", "!", "<=", "<!"):
            return Lookaround()
        return Group(body)

    def _name_until(self, end: str) -> str:
        """A group's name, up to and past end."""
        stop = self.pattern.find(end, self.at)
        if stop < 0:
            raise Unreadable("unterminated group name")
        name, self.at = self.pattern[self.at : stop], stop + 1
        return name
