"""Emergency triggers: every acute wording the lexicon knows, found in a text."""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from domain.understanding.emergency_families import family_of
from domain.understanding.emergency_lexicon import SIGN
from domain.understanding.emergency_rules import RULES, Rule
from domain.understanding.model import EmergencyFamily
from domain.understanding.prefilter import compile_prefiltered, required_words, trie

# Each rule with its pattern. A rule is run only when the text holds one of the words one of
# which its every match holds (found below); every rule here has such words.
_TRIGGERS = tuple((rule, compile_prefiltered(rule.pattern)) for rule in RULES)


def _word_index() -> tuple[dict[str, int], dict[str, list[str]], int]:
    """Each rule's required word with a mask of the rules it lets run: its own and those of the
    words it starts with (found where it is); the words by their first character; the rules
    with no words known, which always run."""
    own: dict[str, int] = {}
    always = 0
    for index, rule in enumerate(RULES):
        words = required_words(rule.pattern)
        if words is None:
            always |= 1 << index
            continue
        for word in words:
            own[word] = own.get(word, 0) | 1 << index
    masks: dict[str, int] = {}
    starting: dict[str, list[str]] = {}
    for word in own:
        masks[word] = functools.reduce(
            operator.or_, (own.get(word[:end], 0) for end in range(1, len(word) + 1))
        )
        starting.setdefault(word[0], []).append(word)
    return masks, starting, always


_RULES_OF, _STARTING, _ALWAYS = _word_index()


@functools.cache
def _longest_word(char: str) -> Callable[[str, int], re.Match[str] | None]:
    """The match of the longest required word starting with char at a position (a trie, which
    tries a longer word first; compiled when first needed)."""
    return re.compile(trie(_STARTING[char])).match


def _rules_to_run(text: str) -> int:
    """A mask of the rules one of whose words the text holds. At each position the longest word
    that starts there is looked up, and every word it starts with is there too: one scan where
    a test per rule (a hundred and more) would cost each its own search."""
    found = _ALWAYS
    for position, char in enumerate(text):
        if char in _STARTING:
            word = _longest_word(char)(text, position)
            if word is not None:
                found |= _RULES_OF[word.group()]
    return found


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
    found = _rules_to_run(text)
    while found:
        low = found & -found
        found ^= low
        rule, pattern = _TRIGGERS[low.bit_length() - 1]  # in table order, as the rules are
        hits.extend(
            Hit(rule.group, rule.flags, match.start(), match.end(), match.group(), rule.name, rule)
            for match in pattern.finditer(text)
            if match.end() > match.start()
        )
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    kept: list[Hit] = []
    last: dict[bool, Hit] = {}  # the last hit kept, of the signs and of the rest
    for hit in hits:
        # a warning sign raises nothing alone: it never hides a trigger inside its words
        # (把自己锁在房间里 说要割腕 叫也不开门: the sign's span holds 割腕)
        sign = bool(hit.flags & SIGN)
        before = last.get(sign)
        if before is not None and hit.start >= before.start and hit.end <= before.end:
            continue
        kept.append(hit)
        last[sign] = hit
    return kept
