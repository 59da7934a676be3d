"""Round 22's misses, by family: paraphrases in zh and en that share no phrase with the set.

Families: a silent flat with food left for days and moaning inside, a stroke told as the worst
headache ever with a side not moving and names lost, a fall last night with the person still
unable to get up behind a locked door; calm: a cry taken back as said in play, a faint last week
that was fine after water; orders: a medicine begged for by name with a fever, a leak through the
ceiling (not water to buy), used test kits in the yellow bag to collect, the garbage team asked,
"any chance of getting", joining a group buy, a charger to buy for a phone running flat, a
hospital trip that needs a car; no order: whose is it; readings: 就是 after a reading, what counts
as a fever; pinyin thanks.
"""

import pytest

from domain.understanding import Category, EmergencyFamily, understand
from tests.support.families import (
    check_calm,
    check_emergency,
    check_no_order,
    check_order,
    check_reading,
)

EMERGENCIES: list[tuple[str, EmergencyFamily | None]] = [
    ("302的李奶奶两天没取快递了 敲门里面有呻吟声 就是没人开门", None),
    (
        "my neighbour says his head hurts, the worst he's ever had, his right side isn't moving",
        EmergencyFamily.STROKE,
    ),
    (
        "the old man in 7-2-101 fell yesterday evening and still can't get up, door's locked",
        None,
    ),
]

CALM: list[str] = [
    "刚才发的救命是闹着玩的 别当真哈",
    "My dad fainted at the gate on Monday but he was fine after a rest. Can he go down today?",
]

ORDERS: list[tuple[str, Category]] = [
    ("求退烧药！！烧到38.6 浑身疼 4-1-501", Category.MEDICINE),
    ("water is coming through the kitchen ceiling from the flat above, 3-2-702", Category.REPAIR),
    ("用过的抗原都装进黄色袋子了 麻烦来收一下 2-2-301", Category.GARBAGE),
    ("could the rubbish crew stop by 6-1-1202, two bags of used test kits", Category.GARBAGE),
    ("any chance of getting nappies size 4? down to the last few. 5-1-201", Category.GROCERIES),
    ("add me to the veg group buy please, 2 bags of potatoes. 7-3-101", Category.GROCERIES),
    ("麻烦帮买个充电器 手机快没电了 9-1-101", Category.GROCERIES),
    ("下周要去医院复查 顺便开点药 需要安排车 1-1-302", Category.MEDICAL),
]

NOT_ORDERS: list[str] = [
    "有一箱苹果放在一楼大厅 是谁家的？",
    "whose are the bags of rice by the lift?",
]

TEMPERATURES: list[tuple[str, float | None]] = [
    ("36.5 就是有点冷", 36.5),
    ("when is it counted as a fever, 37.3?", None),
]


@pytest.mark.parametrize(("text", "family"), EMERGENCIES)
def test_each_family_is_an_emergency(text: str, family: EmergencyFamily | None) -> None:
    check_emergency(text, family)


@pytest.mark.parametrize("text", CALM)
def test_look_alikes_stay_calm(text: str) -> None:
    check_calm(text, asks=True)


@pytest.mark.parametrize(("text", "category"), ORDERS)
def test_orders_by_concept(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", NOT_ORDERS)
def test_no_order_by_concept(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(("text", "celsius"), TEMPERATURES)
def test_readings_by_concept(text: str, celsius: float | None) -> None:
    check_reading(text, celsius)


def test_pinyin_thanks_to_the_volunteers_is_chinese() -> None:
    assert understand("xie xie zhi yuan zhe xin ku le").lang == "zh"
