"""Every emergency rule's own examples: what it makes an emergency and what it leaves calm."""

from __future__ import annotations

import pytest

from domain.understanding import understand
from domain.understanding.emergency_lexicon import SIGN
from domain.understanding.emergency_rules import RULES, TABLES, Rule
from domain.understanding.emergency_triggers import find_hits
from domain.understanding.model import Kind
from domain.understanding.text import normalize

BY_NAME = {rule.name: rule for rule in RULES}
SAYS = [(rule.name, text) for rule in RULES for text in rule.says]
CALM = [(rule.name, text) for rule in RULES for text in rule.calm]


@pytest.mark.parametrize(("name", "text"), SAYS, ids=[f"{n}:{t[:24]}" for n, t in SAYS])
def test_a_rule_makes_its_examples_emergencies(name: str, text: str) -> None:
    rule = BY_NAME[name]
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    if not rule.flags & SIGN:  # signs count together: the evidence names the signs
        assert any(entry.split(":")[2:3] == [name] for entry in reading.evidence), reading.evidence


@pytest.mark.parametrize(("name", "text"), CALM, ids=[f"{n}:{t[:24]}" for n, t in CALM])
def test_a_rule_leaves_its_look_alikes_calm(name: str, text: str) -> None:
    assert name in {hit.rule for hit in find_hits(normalize(text))}, "the rule must match"
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_every_rule_has_an_example(rule: Rule) -> None:
    assert rule.says


def test_rule_names_are_unique_and_every_rule_is_in_a_table() -> None:
    assert len(BY_NAME) == len(RULES) == sum(len(table) for table in TABLES)


@pytest.mark.parametrize("table", TABLES, ids=[table[0].name for table in TABLES])
def test_a_table_holds_one_family(table: tuple[Rule, ...]) -> None:
    assert len({rule.family for rule in table}) == 1
