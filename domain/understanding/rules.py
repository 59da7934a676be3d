"""Named rules: a pattern beside the messages it must and must not match.

A family's rules (the words that ask, the vetoes, the verbs that name a category) live in one
table; a newcomer adds a word and its example to the entry, and tests/unit/test_rule_tables.py
runs every entry's examples. A table runs as one prefiltered alternation (capture groups per rule
would halve its speed); the rule behind a match is looked up only when the evidence names it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from domain.understanding.prefilter import compile_prefiltered

if TYPE_CHECKING:
    from domain.understanding.terms import Term


@dataclass(frozen=True)
class Rule:
    """One named pattern with examples (zh and en) it matches and look-alikes it must not."""

    name: str
    pattern: str
    matches: tuple[str, ...]
    misses: tuple[str, ...] = ()
    latin: bool = False  # English words: the pattern matches only between word edges

    @property
    def regex(self) -> str:
        """The whole pattern, word edges included."""
        return _edged(self.pattern) if self.latin else self.pattern


@dataclass(frozen=True, kw_only=True)
class Signs:
    """A reading told by several signs together: its sign, then a pattern after the sign or one
    before its end, others anywhere, none of the look-alikes' marks (unless), and a last test of
    the goods named or the flat (extra, given the match after the sign when there is one, else the
    sign). Examples zh and en that it reads and look-alikes it must not (test_rule_tables.py)."""

    name: str
    sign: re.Pattern[str]
    matches: tuple[str, ...]
    misses: tuple[str, ...] = ()
    after: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    also: tuple[re.Pattern[str], ...] = ()
    unless: tuple[re.Pattern[str], ...] = ()
    extra: Callable[[str, list[Term], re.Match[str]], object] | None = None

    def found(self, text: str, terms: list[Term]) -> re.Match[str] | None:
        """The sign's match when every sign is found and no look-alike's mark, else None."""
        sign = self.sign.search(text)
        if sign is None:
            return None
        last = sign if self.after is None else self.after.search(text, sign.end())
        if last is None:
            return None
        if self.before is not None and self.before.search(text, 0, sign.end()) is None:
            return None
        if any(pattern.search(text) is None for pattern in self.also):
            return None
        if any(pattern.search(text) is not None for pattern in self.unless):
            return None
        if self.extra is not None and not self.extra(text, terms, last):
            return None
        return sign


class RuleTable:
    """A family's rules, tried in table order: at one position the first entry that matches wins."""

    __slots__ = ("_each", "_named", "_named_once", "pattern", "rules")

    def __init__(self, rules: Sequence[Rule]) -> None:
        """Compile the rules together; each alone only when a match is named (at load most
        would be compiled for nothing: the load time has a bar too)."""
        self.rules = tuple(rules)
        self.pattern = compile_prefiltered(_joined(self.rules))
        self._each: list[re.Pattern[str] | None] = [None] * len(self.rules)
        self._named: re.Pattern[str] | None = None  # the union, compiled at the second use
        self._named_once = False

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match of any rule."""
        return self.pattern.search(text, pos)

    def name_of(self, match: re.Match[str]) -> str | None:
        """The rule a match of this table came from, or None when it came from elsewhere: the
        first rule whose own match at the match's start ends where it ends."""
        named = self._named
        if named is None:
            if not self._named_once:
                self._named_once = True  # the load's first message tries the rules in turn
                return self._first_from(match, 0)
            # each rule in a group of its own, in table order: one match at the start names the
            # first rule that matches there, where trying each rule in turn costs a call apiece
            named = self._named = re.compile(
                "|".join(f"(?P<r{index}>{rule.regex})" for index, rule in enumerate(self.rules))
            )
        first = named.match(match.string, match.start())
        if first is None or first.lastgroup is None:
            return None
        index = int(first.lastgroup[1:])
        if first.end() == match.end():
            return self.rules[index].name
        return self._first_from(match, index + 1)  # that rule's match ends elsewhere

    def _first_from(self, match: re.Match[str], start: int) -> str | None:
        """The first rule from index start on whose own match ends where the match ends."""
        for index in range(start, len(self.rules)):
            pattern = self._each[index]
            if pattern is None:
                pattern = self._each[index] = re.compile(self.rules[index].regex)
            found = pattern.match(match.string, match.start())
            if found is not None and found.end() == match.end():
                return self.rules[index].name
        return None


def _edged(pattern: str) -> str:
    """A pattern of English words, matched only between word edges."""
    return f"(?<![a-z])(?:{pattern})(?![a-z])"


def _joined(rules: tuple[Rule, ...]) -> str:
    """One alternation; neighbouring English rules share one pair of word edges, which the
    regex engine runs about twice as fast as an edge pair per rule."""
    parts: list[str] = []
    latin: list[str] = []
    for rule in rules:
        if rule.latin:
            latin.append(rule.pattern)
            continue
        if latin:
            parts.append(_edged("|".join(latin)))
            latin = []
        parts.append(rule.pattern)
    if latin:
        parts.append(_edged("|".join(latin)))
    return "|".join(parts)
