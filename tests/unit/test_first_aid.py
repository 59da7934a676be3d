"""First-aid advice follows what understanding found: one line per family, the general one else."""

from __future__ import annotations

import pytest

from bot.l10n import L10n
from domain.first_aid import ADVICE, GENERAL, first_aid_hint
from domain.understanding import EmergencyFamily as F
from tests.support.first_aid_examples import EXAMPLES

EXPECTED = [
    (F.NOT_BREATHING, "not-breathing"),
    (F.UNRESPONSIVE, "unresponsive"),
    (F.BREATHING, "breathing"),
    (F.CHOKING, "choking"),
    (F.CARDIAC, "cardiac"),
    (F.STROKE, "stroke"),
    (F.BLEEDING, "bleeding"),
    (F.BURN, "burn"),
    (F.SEIZURE, "seizure"),
    (F.POISONING, "poisoning"),
    (F.FIRE, "fire"),
    (F.GAS, "gas"),
    (F.SUICIDE, "suicide"),
    (F.LABOUR, "labour"),
    (F.FALL, "fall"),
    (F.INFANT_FEVER, "infant-fever"),
    (F.DROWNING, "drowning"),
    (F.ELECTRIC_SHOCK, "electric-shock"),
    (F.VIOLENCE, "violence"),
]


@pytest.mark.parametrize(("family", "key"), EXPECTED)
def test_each_family_has_its_own_line(family: F, key: str) -> None:
    assert first_aid_hint((family,)) == key


def test_the_table_covers_every_family() -> None:
    assert {family for family, _ in EXPECTED} == set(F)
    assert set(ADVICE) == set(F)


def test_no_family_gets_the_general_line() -> None:
    assert first_aid_hint(()) == GENERAL == "general"


def test_the_strongest_family_decides() -> None:
    # "not breathing" named first must never get the breathing line ("sit them upright")
    assert first_aid_hint((F.NOT_BREATHING, F.BREATHING)) == "not-breathing"
    assert first_aid_hint((F.CARDIAC, F.FIRE)) == "cardiac"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_line_exists_in_both_locales(lang: str) -> None:
    l10n = L10n()
    for key in [*ADVICE.values(), GENERAL]:
        assert f"first-aid-{key}" in l10n.keys(lang)


def test_life_threatening_lines_say_call_120_first() -> None:
    l10n = L10n()
    for key in ("general", "not-breathing", "unresponsive", "cardiac", "stroke"):
        assert "120" in l10n.text("zh", f"first-aid-{key}")
        assert "120" in l10n.text("en", f"first-aid-{key}")
    assert "compressions" in l10n.text("en", "first-aid-not-breathing")
    assert "胸" in l10n.text("zh", "first-aid-not-breathing")


def test_every_family_has_an_example_in_each_language() -> None:
    assert set(EXAMPLES) == set(F)
    for family, (zh, en) in EXAMPLES.items():
        assert zh and en, family
