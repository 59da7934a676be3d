"""Rounds 18 and 19's blind misses, by family: paraphrases in zh and en that share no phrase with
the sets.

Each family is a concept (a farewell with a pet handed on or no more trouble promised, belongings
given away before a peace set for tonight, the means at hand, a knife taken up, a fight heard
through a wall, a thud then silence from someone living alone, a child into pills by the few, a
hot drink spilled and skin peeling, a person failing told in the word 人; temperatures in English
words, alone with a unit, or as °F beside feeling unwell), so a newcomer's wording is checked,
not one sentence. The look-alikes beside each family must stay calm.
"""

from collections.abc import Mapping, Sequence

import pytest

from domain.understanding import Category, EmergencyFamily, Kind, understand

EMERGENCIES: dict[str, list[tuple[str, EmergencyFamily | None]]] = {
    "a farewell: a pet handed on for good, no more trouble to anyone": [
        ("多谢邻居们一直以来的关照 以后我家狗狗就拜托谁喂一下 再也不会麻烦你们了", None),
        ("Wanted to say goodbye to all of you. Can someone take care of my cats", None),
    ],
    "belongings given away, a peace set for tonight": [
        ("Gave away all my stuff this week, soon I'll finally be at rest", None),
        ("衣服书都分给朋友了 东西都送人了 今夜就可以解脱", None),
    ],
    "weary of living with the means at hand": [
        ("活得好累 活着真没意义 安眠药现在就在枕头边上", EmergencyFamily.SUICIDE),
    ],
    "an end wanted tonight": [
        ("i will end it all tonight. sorry mum", EmergencyFamily.SUICIDE),
    ],
    "a knife taken up, told as it happens": [
        ("救救我 那个人掏出刀了 在楼道里", EmergencyFamily.VIOLENCE),
    ],
    "a fight heard through the wall": [
        (
            "the couple next door, yelling and crashing, sounds like he's hitting her again",
            EmergencyFamily.VIOLENCE,
        ),
    ],
    "a thud heard, then silence from someone living alone": [
        (
            "heard a loud crash from 1104 this morning, the old man lives alone, no answer at door",
            None,
        ),
    ],
    "a small child into someone's pills by the few": [
        ("孙子趁大人不在 把姥爷的心脏药嚼了几片", EmergencyFamily.POISONING),
    ],
    "a hot drink spilled and skin peeling": [
        ("baby knocked hot milk onto her leg, skin is peeling off", EmergencyFamily.BURN),
    ],
    "a person failing, told in the word 人": [
        ("快叫救护车 人快不行了 7-3-602", None),
    ],
}

CALM: dict[str, list[str]] = {
    "an apology that promises no more trouble": ["快递又拿错了 下次不会再给大家添麻烦了 抱歉"],
    "a pet looked after while away, or on a move": [
        "Away for a week, can someone feed my cat while I'm gone? Thanks everyone",
        "我下周搬走 猫以后麻烦小王帮忙养 谢谢",
    ],
    "a person worn out": ["今天搬了一天货 累得人不行了"],
    "a relative far away": ["我老家那边有个亲戚摔了一跤 好担心"],
    "pills taken by an adult as prescribed": ["我把感冒药吃了好几颗 还是没好"],
}

TEMPERATURES: list[tuple[str, float | None]] = [
    ("thirty eight point one", 38.1),
    ("forty point two", 40.2),
    ("38 °C", 38.0),
    ("5-1-702 三十八度", 38.0),
    ("101 F and shivering", 38.3),
    ("体温到底多少算低烧 37.5吗", None),
    ("Which reading counts as a fever, 37.5?", None),
    ("四十度", None),
    ("12F 3-2-101", None),
    ("my son is thirty-eight point five years old", None),
]


NOT_EMERGENCIES = [
    "老公拿刀切西瓜呢 大家来吃",  # a knife in the kitchen (the older net may still ask)
]


def _cases(
    table: Mapping[str, Sequence[tuple[str, EmergencyFamily | None]]],
) -> list[tuple[str, EmergencyFamily | None]]:
    return [case for cases in table.values() for case in cases]


@pytest.mark.parametrize(("text", "family"), _cases(EMERGENCIES))
def test_each_family_is_an_emergency(text: str, family: EmergencyFamily | None) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    if family is not None:
        assert family in reading.families, (reading.families, reading.evidence)


@pytest.mark.parametrize("text", [text for texts in CALM.values() for text in texts])
def test_look_alikes_stay_calm(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence
    assert not reading.in_doubt, reading.evidence


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_look_alikes_start_no_chain(text: str) -> None:
    assert understand(text).kind is not Kind.EMERGENCY


@pytest.mark.parametrize(("text", "celsius"), TEMPERATURES)
def test_temperatures_by_concept(text: str, celsius: float | None) -> None:
    reading = understand(text)
    assert reading.temperature == celsius, reading.evidence
    if celsius is not None:
        assert reading.kind is Kind.TEMPERATURE, reading.evidence


ORDERS: dict[str, list[tuple[str, Category]]] = {
    "a fixture running on is a repair": [
        ("卫生间马桶老是漏 哗哗响一晚上 7-2-1501", Category.REPAIR),
        ("厨房龙头一直滴 关不紧 5-1-301", Category.REPAIR),
    ],
    "a phone or card topped up is an errand": [
        ("need the gas card topped up, 100 yuan please", Category.ERRAND),
    ],
    "a terse order said twice for urgency": [
        ("倒垃圾倒垃圾 3-1-402", Category.GARBAGE),
    ],
    "when the collection comes, asked": [
        ("用完的抗原和口罩装好袋了 什么时候可以来收走 6-1-1202", Category.GARBAGE),
    ],
    "rubbish uncollected, piled by the bag, or rotting": [
        ("the bins on our floor haven't been collected since Friday, 4-2-903", Category.GARBAGE),
        ("宝宝的纸尿裤堆了满满一袋 能不能来拿走 2-1-601", Category.GARBAGE),
        ("果皮菜叶再不收就要烂了 8-1-302", Category.GARBAGE),
    ],
}


@pytest.mark.parametrize(("text", "category"), [c for cs in ORDERS.values() for c in cs])
def test_each_order_family_names_its_category(text: str, category: Category) -> None:
    reading = understand(text)
    assert (reading.kind, reading.category) == (Kind.ORDER, category), reading.evidence
