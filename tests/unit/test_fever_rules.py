"""The fever thresholds are data; what each reading sets off, at one decimal as reported."""

from __future__ import annotations

import pytest

from domain.fever_rules import RULES, FeverResponse, may_need_quarantine, responses
from domain.health import is_fever

ADVICE, INCIDENT = FeverResponse.ADVICE, FeverResponse.INCIDENT


@pytest.mark.parametrize(
    ("celsius", "in_quarantine", "expected"),
    [
        (36.5, True, set()),
        (37.2, True, set()),
        (37.3, False, {ADVICE}),
        (39.4, True, {ADVICE}),
        (39.5, True, {ADVICE, INCIDENT}),
        (39.5, False, {ADVICE}),  # not in quarantine: advice and the doctor, no incident
        (41.0, False, {ADVICE}),
    ],
)
def test_responses(celsius: float, in_quarantine: bool, expected: set[FeverResponse]) -> None:
    assert responses(celsius, in_quarantine=in_quarantine) == expected


def test_quarantine_is_looked_up_only_when_a_rule_could_need_it() -> None:
    assert not may_need_quarantine(39.4)
    assert may_need_quarantine(39.5)


def test_the_stored_fever_flag_follows_the_advice_rule() -> None:
    [advice] = [rule for rule in RULES if rule.response is ADVICE]
    assert is_fever(advice.at_least) and not is_fever(advice.at_least - 0.1)
