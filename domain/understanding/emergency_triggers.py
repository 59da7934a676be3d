"""Emergency triggers: every acute wording the lexicon knows, found in a text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from domain.understanding.emergency_families import family_of
from domain.understanding.emergency_rules import RULES, Rule
from domain.understanding.model import EmergencyFamily
from domain.understanding.prefilter import PrefixIndex, compile_prefiltered, required_words

# Each rule with its pattern and the words one of which its every match holds (None: none
# known): a rule whose first characters stand in the text, but none of its words, is not run.
_TRIGGERS = tuple(
    (rule, compile_prefiltered(rule.pattern), required_words(rule.pattern)) for rule in RULES
)
_TRIGGER_INDEX = PrefixIndex([rule.pattern for rule in RULES])


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
    hits = [
        Hit(rule.group, rule.flags, match.start(), match.end(), match.group(), rule.name, rule)
        for rule, pattern, words in (_TRIGGERS[index] for index in _TRIGGER_INDEX.candidates(text))
        if words is None or any(word in text for word in words)
        for match in pattern.finditer(text)
        if match.end() > match.start()
    ]
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start >= kept[-1].start and hit.end <= kept[-1].end:
            continue
        kept.append(hit)
    return kept
