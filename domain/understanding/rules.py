"""Named rules: a pattern beside the messages it must and must not match.

A family's rules (the words that ask, the vetoes, the verbs that name a category) live in one
table; a newcomer adds a word and its example to the entry, and tests/unit/test_rule_tables.py
runs every entry's examples. A table runs as one prefiltered alternation (capture groups per rule
would halve its speed); the rule behind a match is looked up only when the evidence names it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from domain.understanding.prefilter import compile_prefiltered


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


class RuleTable:
    """A family's rules, tried in table order: at one position the first entry that matches wins."""

    __slots__ = ("_each", "pattern", "rules")

    def __init__(self, rules: Sequence[Rule]) -> None:
        """Compile the rules together; each alone only when a match is named (at load most
        would be compiled for nothing: the load time has a bar too)."""
        self.rules = tuple(rules)
        self.pattern = compile_prefiltered(_joined(self.rules))
        self._each: list[re.Pattern[str] | None] = [None] * len(self.rules)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match of any rule."""
        return self.pattern.search(text, pos)

    def name_of(self, match: re.Match[str]) -> str | None:
        """The rule a match of this table came from, or None when it came from elsewhere."""
        for index, rule in enumerate(self.rules):
            pattern = self._each[index]
            if pattern is None:
                pattern = self._each[index] = re.compile(rule.regex)
            found = pattern.match(match.string, match.start())
            if found is not None and found.end() == match.end():
                return rule.name
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
