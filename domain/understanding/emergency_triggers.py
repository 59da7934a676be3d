"""Emergency triggers: every acute wording the lexicon knows, found in a text."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from domain.understanding.emergency_families import family_of
from domain.understanding.emergency_rules import RULES, Rule
from domain.understanding.model import EmergencyFamily
from domain.understanding.prefilter import PrefixIndex, compile_prefiltered, required_words, trie

# Each rule with its pattern and the words one of which its every match holds (None: none
# known): a rule whose first characters stand in the text, but none of its words, is not run.
_TRIGGERS = tuple(
    (rule, compile_prefiltered(rule.pattern), required_words(rule.pattern)) for rule in RULES
)
_TRIGGER_INDEX = PrefixIndex([rule.pattern for rule in RULES])


@functools.cache
def _words_search(index: int) -> Callable[[str], re.Match[str] | None] | None:
    """The search for rule index's words (compiled when first needed; as a trie, the engine tries
    at each position only the words starting with its character), or None when it has none."""
    words = _TRIGGERS[index][2]
    if words is None:
        return None
    # a word holding another is found only where that one is: looking for the other is enough
    enough = [word for word in words if not any(other != word and other in word for other in words)]
    return re.compile(trie(enough)).search


@dataclass(frozen=True)
class Hit:
    """One trigger found in the text."""

    group: str
    flags: int
    start: int
    end: int
    words: str
    rule: str
    """The name of the rule that found it."""
    source: Rule

    @cached_property
    def family(self) -> EmergencyFamily | None:
        """The rule's family, or the one its words tell of for a rule covering several."""
        if self.source.by_words:
            return family_of(self.words, self.source.family)
        return self.source.family


def find_hits(text: str) -> list[Hit]:
    """Every trigger match, dropping ones inside a longer match of the same group."""
    hits: list[Hit] = []
    for index in _TRIGGER_INDEX.candidates(text):
        words = _words_search(index)
        if words is not None and words(text) is None:
            continue
        rule, pattern, _ = _TRIGGERS[index]
        hits.extend(
            Hit(rule.group, rule.flags, match.start(), match.end(), match.group(), rule.name, rule)
            for match in pattern.finditer(text)
            if match.end() > match.start()
        )
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start >= kept[-1].start and hit.end <= kept[-1].end:
            continue
        kept.append(hit)
    return kept
