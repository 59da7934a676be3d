"""The rewritten patterns (hoist.py) and the lazily compiled ones (prefilter.py) must find exactly
the matches the patterns as written find, whatever the tables hold."""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain import understanding
from domain.understanding import understand
from domain.understanding.anchored import split_at_start
from domain.understanding.emergency_rules import RULES
from domain.understanding.hoist import BUCKET, NotHoistable, hoist
from domain.understanding.prefilter import (
    LazyPattern,
    StartSplit,
    compile_prefiltered,
    required_words,
)
from domain.understanding.rules import RuleTable
from domain.understanding.text import normalize
from tests.support.emergency_examples import EMERGENCIES, NOT_EMERGENCIES

TEXTS = [normalize(text) for text in EMERGENCIES + NOT_EMERGENCIES]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "hoisted"),
    [
        (r"(?<![a-z])(?:fever|feverish)(?![a-z])", r"(?:f(?<![a-z]f)(?:ever|everish))(?![a-z])"),
        (r"ab|(?<!x)cd", r"ab|c(?<!xc)d"),
        (r"\bgo|(?=a)ab", r"g(?<=\bg)o|a(?<=(?=a)a)b"),
        (r"[吃喝]了|睡", "吃了|喝了|睡"),
        (r"(?:的)?药", "的药|药"),
        (r"^ab|cd", "a(?<=^a)b|cd"),
        # literals first already: those with the same first character share one branch
        (r"ab|cd|ae", "a(?:b|e)|cd"),
        (r"a*b", "aa*b|b"),
        (r"x+?y|[a-b]{2,3}z", "xx*?y|a[a-b]{1,2}z|b[a-b]{1,2}z"),
        (r"ab|\d+x|[\s,]c", r"(?=[a\d\s,])(?:ab|\d\d*x|[\s,]c)"),
        (r"(?<!\d)\d座|[a-z]座|a\d", r"(?=[\da-za])(?:\d(?<!\d\d)座|[a-z]座|a\d)"),
        (r"a|\W*b", r"(?=[a\Wb])(?:a|\W\W*b|b)"),
        # a literal after a class that holds its character is not moved before the class
        (r"ac|[a-z]|ab", r"(?=[aa-z])(?:ac|[a-z]|ab)"),
    ],
)
def test_a_pattern_is_rewritten_to_start_with_literals(pattern: str, hoisted: str) -> None:
    assert hoist(pattern).pattern == hoisted


@pytest.mark.parametrize(
    "pattern",
    [r"^ab", r"\d+元", r"(?P<n>a)b", r"(?i)ab", r"a++b", r"(?:a|)", r"[^x]y|a", r"[a-z]+b"],
)
def test_patterns_that_cannot_be_rewritten_are_left_alone(pattern: str) -> None:
    with pytest.raises(NotHoistable):
        hoist(pattern)


def test_many_first_characters_are_tried_in_buckets_with_the_same_matches() -> None:
    words = [chr(0x4E00 + code) + "了" for code in range(300)] + ["一二"]
    pattern = f"(?:{'|'.join(words)})吗?"
    rewritten = hoist(pattern).pattern
    assert rewritten.count("(?=[") == 1 + 300 // BUCKET + 1
    texts = [
        "".join(chr(0x4E00 + code) for code in range(start, 330, 7)) + "了吗" for start in range(7)
    ]
    texts += ["一二吗", "丁了吗 一了", "了了"]
    for text in texts:
        assert _spans(re.compile(rewritten), text) == _spans(re.compile(pattern), text), text


def _lexicon_patterns() -> list[LazyPattern]:
    understand("warm up")  # every module imported
    return [obj for obj in gc.get_objects() if isinstance(obj, LazyPattern)]


def test_every_lexicon_pattern_finds_what_it_finds_as_written() -> None:
    patterns = _lexicon_patterns()
    assert len(patterns) > 300
    for lazy in patterns:
        plain = re.compile(lazy.pattern, lazy.plan().flags)
        fast = lazy.compiled()
        for text in TEXTS:
            assert _spans(fast, text) == _spans(plain, text), (lazy.pattern[:60], text)


# Random patterns of the constructs the lexicons use, over a small alphabet so that they match.
_ALPHABET = "ab不了x "
_atoms = st.one_of(
    st.sampled_from(list(_ALPHABET)),
    st.sampled_from(["[ab]", "[不了]", r"\s", r"\d", ".", "[^a]", r"\b", "^", "$"]),
    st.sampled_from(["(?<![a-z])", "(?<!不)", "(?<=a)", "(?=b)", "(?!了)", "(?![a-z])"]),
)


def _pattern(depth: int) -> st.SearchStrategy[str]:
    atom = _atoms if depth == 0 else st.one_of(_atoms, _group(depth - 1))
    quantified = st.tuples(atom, st.sampled_from(["", "", "", "?", "??", "*", "+", "{1,2}"])).map(
        lambda pair: (
            pair[0] + pair[1]
            if not pair[0].startswith(("(?<", "(?=", "(?!")) and pair[0] not in (r"\b", "^", "$")
            else pair[0]
        )
    )
    sequence = st.lists(quantified, min_size=1, max_size=4).map("".join)
    return st.lists(sequence, min_size=1, max_size=4).map("|".join)


def _group(depth: int) -> st.SearchStrategy[str]:
    return _pattern(depth).map(lambda body: f"(?:{body})")


def _patterns_and_texts(test: Callable[[str, list[str]], None]) -> Callable[[], None]:
    """600 generated patterns, each with a few short texts of their alphabet."""
    return settings(
        max_examples=600, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )(
        given(
            pattern=_pattern(2),
            texts=st.lists(
                st.text(alphabet=_ALPHABET + "c不了", max_size=12), min_size=1, max_size=8
            ),
        )(test)
    )


@_patterns_and_texts
def test_rewritten_patterns_match_as_written(pattern: str, texts: list[str]) -> None:
    try:
        plain = re.compile(pattern)
    except re.error:
        return
    lazy = compile_prefiltered(pattern)
    for text in texts:
        assert _spans(lazy, text) == _spans(plain, text), (pattern, text)
        assert lazy.sub("#", text) == plain.sub("#", text)
        found, expected = lazy.search(text, 1), plain.search(text, 1)
        assert (found and found.span()) == (expected and expected.span())
    try:
        hoisted = re.compile(hoist(pattern).pattern)
    except NotHoistable:
        return
    for text in texts:
        assert _spans(hoisted, text) == _spans(plain, text), (pattern, text)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("阵痛|见红", ("见红", "阵痛")),
        (r"(?<![a-z])help(?:ed)?(?![a-z])", ("help",)),
        (r"a?b[cd]", ("b",)),
        (r"a?[bc]", ("b", "c")),
        (r"(?:每|隔)?\d{1,2}分钟(?:就)?痛", ("分钟",)),
        (r"a|b?", None),
        (r"\s", None),  # \s takes more spaces than the six its name suggests
        (r"[^a]x|y", ("x", "y")),
    ],
)
def test_the_words_every_match_holds(pattern: str, words: tuple[str, ...] | None) -> None:
    assert required_words(pattern) == words


def test_every_trigger_match_holds_one_of_its_rules_words() -> None:
    for rule in RULES:
        words = required_words(rule.pattern)
        for text in [*TEXTS, *(normalize(example) for example in rule.says + rule.calm)]:
            if re.search(rule.pattern, text):
                assert words is None or any(word in text for word in words), (rule.name, text)


@_patterns_and_texts
def test_a_match_holds_one_of_the_words_of_its_pattern(pattern: str, texts: list[str]) -> None:
    try:
        plain = re.compile(pattern)
    except re.error:
        return
    words = required_words(pattern)
    for text in texts:
        if plain.search(text) is not None:
            assert words is None or any(word in text for word in words), (pattern, text)


def test_a_lazy_pattern_answers_without_compiling_when_no_first_character_is_there() -> None:
    lazy = compile_prefiltered(r"(?<![a-z])(?:help|aid)(?![a-z])|救命")
    assert isinstance(lazy, LazyPattern)
    assert lazy.search("only you") is None
    assert lazy.sub("#", "only you") == "only you"
    assert lazy.split("only you") == ["only you"]
    assert list(lazy.finditer("zzz")) == []
    assert lazy._compiled is None  # still not compiled
    assert lazy.search("please help")
    assert lazy._compiled is not None
    assert lazy.search.__self__ is lazy._compiled  # the compiled pattern's own method now
    assert lazy.pattern == r"(?<![a-z])(?:help|aid)(?![a-z])|救命"
    assert lazy.groups == 0 and lazy.flags & re.UNICODE


def test_every_rule_table_is_rewritten_to_start_with_literals() -> None:
    """A rule table runs on every message; one alternative that cannot be rewritten (a repeated
    group first) leaves the whole table unindexed: the ask table once cost 9x its instructions."""
    tables = [
        obj
        for info in pkgutil.iter_modules(understanding.__path__)
        for obj in vars(importlib.import_module(f"{understanding.__name__}.{info.name}")).values()
        if isinstance(obj, RuleTable)
    ]
    assert len(tables) >= 2
    for table in tables:
        hoist(table.pattern.pattern)  # raises NotHoistable


@pytest.mark.parametrize(
    ("pattern", "split"),
    [
        (r"^ab|cd", ("cd", "^ab")),
        (r"\Aab|cd|^e", ("cd", r"\Aab|^e")),
        (
            r"(?<![a-z])(?:x|^\s*y)(?![a-z])|z",
            (r"(?<![a-z])(?:x)(?![a-z])|z", r"(?<![a-z])(?:x|^\s*y)(?![a-z])"),
        ),
        (r"(?:^|(?<=[,.] ))\s*go|stop", (r"(?:(?<=[,.] ))\s*go|stop", r"(?:^|(?<=[,.] ))\s*go")),
        (r"^a|^b", None),  # nothing left: the engine tries it at the start only anyway
        (r"a|b", None),
        (r"[^a]b|c", None),  # a negated class is no anchor
        (r"(?:^|x)*a|b", None),  # a repeated group is left alone
        (r"^(a)|b", None),  # a capturing group would change its number
        (r"(?m)^a|b", None),  # ^ after every line break
        (r"a(?:^b)|c", None),  # ^ after a character: not at the start of the match
    ],
)
def test_alternatives_anchored_at_the_start_are_set_apart(
    pattern: str, split: tuple[str, str] | None
) -> None:
    assert split_at_start(pattern) == split


@_patterns_and_texts
def test_a_pattern_split_at_the_start_finds_what_it_finds_as_written(
    pattern: str, texts: list[str]
) -> None:
    try:
        plain = re.compile(pattern)
    except re.error:
        return
    split = compile_prefiltered(pattern)
    if not isinstance(split, StartSplit):
        return
    for text in [*texts, ""]:
        for pos in (-1, 0, 1, 2, len(text), len(text) + 1):
            for endpos in (len(text), max(0, len(text) - 1), 0):
                for method in ("search", "match", "fullmatch"):
                    found = getattr(split, method)(text, pos, endpos)
                    expected = getattr(plain, method)(text, pos, endpos)
                    assert (found and found.span()) == (expected and expected.span())
                found_all = [m.span() for m in split.finditer(text, pos, endpos)]
                assert found_all == [m.span() for m in plain.finditer(text, pos, endpos)]
                assert split.findall(text, pos, endpos) == plain.findall(text, pos, endpos)
        assert split.sub("#", text) == plain.sub("#", text)
        assert split.subn("#", text, 1) == plain.subn("#", text, 1)
        assert split.split(text) == plain.split(text)


def test_every_lexicon_pattern_split_at_the_start_finds_what_it_finds_as_written() -> None:
    understand("warm up")  # every module imported
    splits = [obj for obj in gc.get_objects() if isinstance(obj, StartSplit)]
    assert len(splits) >= 5
    for split in splits:
        plain = re.compile(split.pattern)
        for text in TEXTS:
            found_all = [match.span() for match in split.finditer(text)]
            assert found_all == _spans(plain, text), (split.pattern[:60], text)
            found, expected = split.search(text, 1), plain.search(text, 1)
            assert (found and found.span()) == (expected and expected.span())
