"""Wordings a session saw get no chain or a needless question, by concept, in zh and en."""

import pytest

from domain.understanding import EmergencyFamily, Kind, understand


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("妈妈突然说看不清东西 头很晕", EmergencyFamily.STROKE),
        ("外公刚才突然一只眼睛看不见了", EmergencyFamily.STROKE),
        ("爸爸说胸口像压了块石头", EmergencyFamily.CARDIAC),
        ("奶奶说胸口压着个重物一样 喘不动", EmergencyFamily.CARDIAC),
    ],
)
def test_sudden_sight_loss_and_a_weight_on_the_chest_raise_the_chain(
    text: str, family: EmergencyFamily
) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    assert family in reading.families, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "老公拿刀切西瓜呢 大家来吃",
        "我在用菜刀剁排骨 吵到大家了",
        "chopping onions with a big knife lol",
    ],
)
def test_a_knife_in_the_kitchen_asks_nothing(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY and not reading.in_doubt, reading.evidence


def test_every_traditional_character_reads_as_simplified() -> None:
    """OpenCC's table, not a hand list: 邊 and 垮 were missing from the one before (round 24)."""
    reading = understand("我們家阿嬤剛剛杯子拿不住一直掉 問她話只會傻笑 臉有一邊垮下來")
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    assert EmergencyFamily.STROKE in reading.families, reading.evidence
    # simplified text stays as it is (乾, 著 and 於 are also simplified forms)
    assert understand("衣服乾了 著名的 於是").kind is Kind.OTHER


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Low on my antidepressants (sertraline), could a volunteer collect them? 9-2-702",
            "medicine",
        ),
        ("The ceiling is dripping from the flat above, could maintenance check? 10-1203", "repair"),
    ],
)
def test_goods_and_fixtures_named_in_english_set_the_category(text: str, category: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.ORDER and reading.category == category, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Hypothetically, if there was a gas leak, where is the main valve for our building?",
        "万一家里漏水了 总阀在哪里",
    ],
)
def test_a_fault_supposed_is_no_repair_order(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.OTHER, reading.evidence


def test_a_fault_told_is_still_a_repair_order() -> None:
    reading = understand("厕所漏水了 万一淹到楼下怎么办 快来修 3-2-501")
    assert reading.kind is Kind.ORDER and reading.category == "repair", reading.evidence
