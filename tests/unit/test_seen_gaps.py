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
