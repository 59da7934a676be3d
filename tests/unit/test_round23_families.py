"""Round 23's misses, by family: paraphrases in zh and en that share no phrase with the set.

Families: a fight told by its noises (banging like someone's being hit), tablets eaten by the
bunch, knocking with no answer at a silent flat, pesticide drunk in broken English, a whole strip
of pills eaten by a child, contractions coming closer; someone else "is fine" in a clause of its
own does not calm the trouble; calm: a word in scare quotes laughed about, "nothing urgent",
a safety notice's "if you smell gas", a smoke alarm set off by cooking; orders: goods listed with
the flat and no asking word, a washing machine that will not drain, a drain that smells and
brings water up, bags of rubbish counted big, an old chair to carry away, a bill to pay; no
order: supplies handed out floor by floor for each to fetch.
"""

import pytest

from domain.understanding import Category, EmergencyFamily
from tests.support.families import (
    check_calm,
    check_emergency,
    check_no_order,
    check_order,
)

EMERGENCIES: list[tuple[str, EmergencyFamily | None]] = [
    ("upstairs there's shouting and thuds like someone is being punched", EmergencyFamily.VIOLENCE),
    ("my daughter ate a handful of my vitamin tablets, maybe 15", EmergencyFamily.POISONING),
    ("I keep knocking at 803, no answer, the lady there lives alone and we heard a crash", None),
    ("my father drink rat poison, he is shaking, 3-1-101", EmergencyFamily.POISONING),
    ("孙子把一整瓶感冒药都吃了 刚发现", EmergencyFamily.POISONING),
    ("孕40周 肚子一阵阵疼 越来越频繁 怎么叫车", EmergencyFamily.LABOUR),
    ("my husband collapsed in the kitchen, he's not breathing. the kids are fine", None),
]

CALM: list[str] = [
    "haha my son 'collapsed' on the sofa when I said bedtime",
    "Could the nurse pop round to check dad's blood pressure? he's a bit tired, nothing urgent",
    "消防提醒：如看到浓烟 请立即拨打119 不要乘坐电梯",
    "刚才报警器响是我炒菜炒糊了 没事 抱歉",
]

ORDERS: list[tuple[str, Category]] = [
    ("low-salt crackers, plain yoghurt, and a bag of apples please 8-2-1101", Category.GROCERIES),
    ("洗衣机不排水了 卫生间一地水 3-1-502", Category.REPAIR),
    ("厨房下水道返味 还冒水 6-2-301", Category.REPAIR),
    ("3 large bags of rubbish outside 9-1-1202", Category.GARBAGE),
    ("家里有个破柜子 麻烦帮忙搬走 2-3-401", Category.GARBAGE),
    ("pay the electricity bill for us? 5-1-702", Category.ERRAND),
]

NOT_ORDERS: list[str] = ["今天的蔬菜包放在每层电梯口了 请各户自取"]


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
