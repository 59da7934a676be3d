"""Emergencies by family, and the look-alikes that are not (negations, past events, questions,
jokes, news), grouped by the family they resemble; every case found in earlier rounds is kept."""

import pytest

from domain.understanding import Kind, understand
from tests.support.emergency_examples import EMERGENCIES_BY_FAMILY, LOOK_ALIKES_BY_FAMILY


@pytest.mark.parametrize(
    ("family", "text"),
    [(family, text) for family, texts in EMERGENCIES_BY_FAMILY.items() for text in texts],
)
def test_emergencies_by_family(family: str, text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    assert reading.category is None
    assert any(entry.startswith("emergency:") for entry in reading.evidence)
    assert family == "general" or family in reading.families, reading.families


@pytest.mark.parametrize(
    ("family", "text"),
    [(family, text) for family, texts in LOOK_ALIKES_BY_FAMILY.items() for text in texts],
)
def test_look_alikes_by_family_stay_calm(family: str, text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, (family, reading.evidence)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("没有胸闷 没有咳嗽", "negated:没有胸闷"),
        ("不是真的着火", "negated:不是真的着火"),
        ("上周我爸晕倒过一次", "past:晕倒过"),
        ("听说隔壁小区有个老人晕倒了", "news:听说:晕倒"),
        ("笑到窒息", "idiom:笑到窒息"),
        ("I almost had a heart attack lol", "idiom:almost had a heart attack"),
        ("请问如果有人胸痛怎么办", "hypothetical:如果:胸痛"),
        ("我爸胸痛", "emergency:cardiac:chest-pain-zh:胸痛"),
        ("七个月宝宝烧到39.8", "emergency:infant-fever:39.8"),
    ],
)
def test_evidence_explains_the_decision(text: str, evidence: str) -> None:
    assert evidence in understand(text).evidence


def test_emergency_wins_over_an_order() -> None:
    reading = understand("帮忙买点药 我爸突然胸口剧痛 喘不上气")
    assert (reading.kind, reading.category, reading.items) == (Kind.EMERGENCY, None, ())


def test_an_infant_fever_under_the_line_is_not_an_emergency() -> None:
    assert understand("宝宝烧到39.3 一直哭").kind is Kind.TEMPERATURE


def test_an_older_child_with_high_fever_is_a_temperature() -> None:
    assert understand("儿子12岁 发烧39.6").kind is Kind.TEMPERATURE


def test_an_adult_high_fever_is_a_temperature() -> None:
    assert understand("老公烧到39.8 浑身疼").kind is Kind.TEMPERATURE
