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
        """Compile the rules together, and each alone for naming a match."""
        self.rules = tuple(rules)
        self.pattern = compile_prefiltered(_joined(self.rules))
        self._each = tuple((rule.name, re.compile(rule.regex)) for rule in rules)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match of any rule."""
        return self.pattern.search(text, pos)

    def name_of(self, match: re.Match[str]) -> str | None:
        """The rule a match of this table came from, or None when it came from elsewhere."""
        for name, pattern in self._each:
            found = pattern.match(match.string, match.start())
            if found is not None and found.end() == match.end():
                return name
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
