"""Round 20's blind misses, by family: paraphrases in zh and en that share no phrase with the set.

Each family is a concept (an old or frail person alone and unreachable for long, a child who drank
a household chemical, more than a dose of a child's medicine with words between, a goodbye to the
group after a burden said; a household good run out cried about, a wish to die laughed off over
food, a gas smell explained and checked, a sparking socket whose power is cut; rubbish counted by
the bag or named beside the flat, goods beside the flat and a thank-you, a routine refill; a whole
°F number said of a child), so a newcomer's wording is checked, not one sentence.
"""

import pytest

from domain.understanding import Category, EmergencyFamily, understand
from tests.support.families import (
    cases,
    check_calm,
    check_emergency,
    check_order,
    check_reading,
    texts,
)

EMERGENCIES: dict[str, list[tuple[str, EmergencyFamily | None]]] = {
    "someone old or frail alone, unreachable for long, a knock asked for": [
        ("我奶奶独居在3-1-402 手机从昨晚一直打到现在都没人接 她有高血压 谁能去看一眼", None),
        ("dad's alone at 2-302, 80 years old, haven't heard from him since yesterday", None),
        ("my aunt is alone in 7-1-101, phone keeps going to voicemail since this morning", None),
    ],
    "a child who drank a household chemical, words between": [
        ("my daughter drank a little bleach out of the bottle", EmergencyFamily.POISONING),
    ],
    "a whole bottle of a child's medicine, named with words between": [
        (
            "he swallowed the whole bottle of 美林 kids ibuprofen syrup and is throwing up",
            EmergencyFamily.POISONING,
        ),
    ],
    "a goodbye to the group after a burden said": [
        ("you'd all be better off without me. goodbye guys", EmergencyFamily.SUICIDE),
        ("I cannot go on. goodbye everyone", EmergencyFamily.SUICIDE),
    ],
}

CALM: dict[str, list[str]] = {
    "a household good run out, cried about": [
        "ran out of nappies 😭 please help 6-2-301",
        "救命 家里抽纸用完了 5-1-203",
    ],
    "a wish to die laughed off over food": ["今天的盒饭咸得我不想活了 哈哈哈😂"],
    "a gas smell explained and checked": [
        "the gas smell this morning came from the kitchen downstairs, inspected by the property, "
        "everything's safe",
    ],
    "a sparking socket whose power is cut": ["插座打火花 有点焦味 电闸已经拉了 找个电工 4-1-602"],
    "an everyday goodbye": [
        "ok goodbye everyone, see you after lockdown",
        "goodbye group, off to bed",
    ],
}

ORDERS: dict[str, list[tuple[str, Category]]] = {
    "rubbish counted by the bag or named beside the flat": [
        ("3 bags of trash at 5-1-702 thanks", Category.GARBAGE),
        ("厨余垃圾 6-2-301", Category.GARBAGE),
    ],
    "goods beside the flat with when they are for and thanks": [
        ("鸡蛋挂面 明天中午要用 4-2-502 辛苦了", Category.GROCERIES),
    ],
    "a routine refill of daily medicine": [
        ("Usual prescription of dad's insulin pens, no hurry. 8-1-1001", Category.MEDICINE),
        ("按月开的降糖药 2-1-502", Category.MEDICINE),
    ],
}

TEMPERATURES: list[tuple[str, float | None]] = [
    ("my boy has 102F, anyone got calpol? 3-1-201", 38.9),
    ("room 1203 at 64F all day, heating broken", None),
]


@pytest.mark.parametrize(("text", "family"), cases(EMERGENCIES))
def test_each_family_is_an_emergency(text: str, family: EmergencyFamily | None) -> None:
    check_emergency(text, family)


@pytest.mark.parametrize("text", texts(CALM))
def test_look_alikes_stay_calm(text: str) -> None:
    check_calm(text)


@pytest.mark.parametrize(("text", "category"), cases(ORDERS))
def test_orders_by_concept(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(("text", "celsius"), TEMPERATURES)
def test_temperatures_by_concept(text: str, celsius: float | None) -> None:
    check_reading(text, celsius)


def test_fahrenheit_alone_is_english() -> None:
    assert understand("98.1F").lang == "en"
