"""Every named rule's own examples: what it must match and the look-alikes it must not.

A newcomer who adds a word or a veto adds its example to the same entry; this one test runs it.
"""

import re

import pytest

from domain.understanding import Kind, understand
from domain.understanding.order_asks import ASKS, GROUP_BUY_ASKS, find_request
from domain.understanding.order_categories import SIGNS, VERBS
from domain.understanding.order_missed import MISSED
from domain.understanding.order_needs import CALM, NEEDS
from domain.understanding.order_questions import own_ask
from domain.understanding.order_recategorized import AGAIN
from domain.understanding.order_told import GUARDS, TOLD, Told
from domain.understanding.order_vetoes import LIFTS, VETOES
from domain.understanding.rules import Rule, Signs
from domain.understanding.terms import find_terms
from domain.understanding.text import normalize

TABLES: dict[str, tuple[Rule, ...]] = {
    "asks": ASKS,
    "group-buy asks": GROUP_BUY_ASKS,
    "order vetoes": VETOES,
    "what lifts a veto": LIFTS,
    "verbs naming a category": tuple(rule for rule, _ in VERBS),
    "signs naming a category": tuple(rule for rule, _ in SIGNS),
    "needs told without asking": NEEDS,
    "calm readings of goods named": CALM,
    "the writer's own ask beside a telling": GUARDS,
}

ENTRIES = [
    pytest.param(rule, id=f"{table}:{rule.name}")
    for table, rules in TABLES.items()
    for rule in rules
]


@pytest.mark.parametrize("rule", ENTRIES)
def test_each_rule_matches_its_examples_and_not_its_look_alikes(rule: Rule) -> None:
    pattern = re.compile(rule.regex)
    assert rule.matches, f"{rule.name} has no example"
    for example in rule.matches:
        assert pattern.search(normalize(example)), f"{rule.name} misses {example!r}"
    for look_alike in rule.misses:
        assert not pattern.search(normalize(look_alike)), f"{rule.name} matches {look_alike!r}"


@pytest.mark.parametrize(("table", "rules"), TABLES.items())
def test_rule_names_are_unique_within_a_table(table: str, rules: tuple[Rule, ...]) -> None:
    names = [rule.name for rule in rules]
    assert len(names) == len(set(names)), table


SIGNS_TABLES: dict[str, tuple[Signs, ...]] = {
    "orders no ask rule reads": MISSED,
    "categories read again": AGAIN,
}

SIGNS_ENTRIES = [
    pytest.param(entry, id=f"{table}:{entry.name}")
    for table, entries in SIGNS_TABLES.items()
    for entry in entries
]


@pytest.mark.parametrize("entry", SIGNS_ENTRIES)
def test_each_reading_reads_its_examples_and_not_its_look_alikes(entry: Signs) -> None:
    assert entry.matches, f"{entry.name} has no example"
    for example in entry.matches:
        text = normalize(example)
        assert entry.found(text, find_terms(text)), f"{entry.name} misses {example!r}"
    for look_alike in entry.misses:
        text = normalize(look_alike)
        assert not entry.found(text, find_terms(text)), f"{entry.name} reads {look_alike!r}"


@pytest.mark.parametrize(("table", "entries"), SIGNS_TABLES.items())
def test_reading_names_are_unique_within_a_table(table: str, entries: tuple[Signs, ...]) -> None:
    names = [entry.name for entry in entries]
    assert len(names) == len(set(names)), table


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{rule.name}:{text}") for rule in VETOES for text in rule.matches],
)
def test_a_vetoed_example_places_no_order(text: str) -> None:
    result = understand(text)
    assert result.kind is not Kind.ORDER, result.evidence


@pytest.mark.parametrize("entry", [pytest.param(entry, id=entry.name) for entry in TOLD])
def test_each_told_entry_reads_its_examples_and_not_its_look_alikes(entry: Told) -> None:
    """Each entry's own check (its guards and conditions too), with the ask the engine reads."""
    assert entry.matches, f"{entry.name} has no example"
    for example in entry.matches:
        text = normalize(example)
        assert entry.tells(text, find_request(text) or own_ask(text)), example
    for look_alike in entry.misses:
        text = normalize(look_alike)
        assert not entry.tells(text, find_request(text) or own_ask(text)), look_alike


def test_told_entry_names_are_unique() -> None:
    names = [entry.name for entry in TOLD]
    assert len(names) == len(set(names))
