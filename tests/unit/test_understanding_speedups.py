"""The speed-ups must never change what a pattern matches."""

import re

import pytest

from domain.understanding import emergency_rules, understand, with_registered_flat
from domain.understanding.prefilter import PrefixIndex, compile_prefiltered, prefixes
from domain.understanding.regex_subset import Char, CharClass, read_pattern
from domain.understanding.text import normalize
from tests.support.emergency_examples import EMERGENCIES, NOT_EMERGENCIES

TEXTS = [normalize(text) for text in EMERGENCIES + NOT_EMERGENCIES]


@pytest.mark.parametrize(
    ("pattern", "singles", "pairs"),
    [
        (r"ab?(?:c|d)", set(), {"ab", "ac", "ad"}),
        (r"(?:a|b)?c", {"c"}, {"ac", "bc"}),
        (r"(?<!a)b|c", {"b", "c"}, set()),
        (r"a[^x]{0,3}b", {"a"}, {"ab"}),
        (r"\d", set("0123456789"), set()),
        (r"中|国", {"中", "国"}, set()),
        (r"\u4e00[二三]", set(), {"一二", "一三"}),
        (r"a{2}c", {"a"}, set()),  # a repeat ends the prefix
        (r"(?P<verb>[ab])x(?P=verb)", set(), {"ax", "bx"}),
        # \s takes every character str.isspace() does, not only ASCII's (\u3000, \xa0, …)
        (r"^\s*【|\bq\?", {"【"} | {ch for ch in map(chr, range(0x3001)) if ch.isspace()}, {"q?"}),
    ],
)
def test_prefixes(pattern: str, singles: set[str], pairs: set[str]) -> None:
    found = prefixes(pattern)
    assert found is not None
    assert (set(found.singles), set(found.pairs)) == (singles, pairs)


@pytest.mark.parametrize("pattern", [r"[^x]y", r"x*", r"\w+", r"."])
def test_unbounded_patterns_have_no_prefixes(pattern: str) -> None:
    assert prefixes(pattern) is None


@pytest.mark.parametrize("pattern", [r"(?i)ab", r"(a)\1", r"(?>ab)c", r"a\N{EM DASH}"])
def test_patterns_outside_the_read_subset_always_run(pattern: str) -> None:
    assert prefixes(pattern) is None


def test_the_reader_folds_patterns_as_python_does() -> None:
    # a common first character out of the alternatives, the single characters left into a class
    assert read_pattern("ab|ac") == [Char("a"), CharClass((("char", "b"), ("char", "c")))]
    # non-capturing groups inlined, a class of one character is that character
    assert read_pattern("(?:a[b])c") == [Char("a"), Char("b"), Char("c")]


@pytest.mark.parametrize("index", range(len(emergency_rules.RULES)))
def test_fast_triggers_match_exactly_like_plain_ones(index: int) -> None:
    pattern = emergency_rules.RULES[index].pattern
    plain, quick = re.compile(pattern), compile_prefiltered(pattern)
    for text in TEXTS:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in quick.finditer(text)]


def test_the_prefix_index_never_skips_a_pattern_that_matches() -> None:
    patterns = [rule.pattern for rule in emergency_rules.RULES]
    index = PrefixIndex(patterns)
    compiled = [re.compile(pattern) for pattern in patterns]
    for text in TEXTS:
        candidates = set(index.candidates(text))
        for number, pattern in enumerate(compiled):
            if pattern.search(text):
                assert number in candidates, (text, pattern.pattern[:40])


FLAT_TEXTS = [
    *EMERGENCIES[:40],
    *NOT_EMERGENCIES[:40],
    "帮忙买一袋大米",
    "帮忙买一袋大米 3-2-501",
    "1-3-301 36.5",
    "36.8",
    "",
    "帮我买两桶油 " + "，鸡蛋一盒" * 40,
]


@pytest.mark.parametrize("flat", [None, "", "3-2-501"])
def test_a_registered_flat_added_afterwards_reads_as_if_given_at_once(flat: str | None) -> None:
    for text in FLAT_TEXTS:
        assert with_registered_flat(understand(text), flat) == understand(text, flat), text
