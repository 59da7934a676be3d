"""From message to advice: each family's line for a message in zh and one in en."""

from __future__ import annotations

import pytest

from domain.first_aid import ADVICE, GENERAL, first_aid_hint
from domain.understanding import EmergencyFamily, Kind, understand
from tests.support.first_aid_examples import EXAMPLES

CASES = [
    pytest.param(family, text, id=f"{family}-{lang}")
    for family, texts in EXAMPLES.items()
    for lang, text in zip(("zh", "en"), texts, strict=True)
]


def test_every_family_has_examples() -> None:
    assert set(EXAMPLES) == set(EmergencyFamily)


@pytest.mark.parametrize(("family", "text"), CASES)
def test_the_message_gets_its_familys_advice(family: EmergencyFamily, text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    assert first_aid_hint(reading.families) == ADVICE[family], reading.evidence


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("不是着火 是心脏 我妈胸口疼得厉害", "cardiac"),  # the negated family gives no advice
        ("my dad collapsed and is not breathing", "not-breathing"),  # not "sit them upright"
        ("我爸突然倒地不省人事 快来人", "unresponsive"),
        ("救命啊 快来人啊", GENERAL),  # a bare cry: call 120, unlock the door, stay with them
    ],
)
def test_advice_follows_what_was_understood(text: str, hint: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    assert first_aid_hint(reading.families) == hint, reading.evidence
