"""What an order is for, read from what is carried or named (order_recategorized.py, lexicon.py):
a paper taken to or fetched from a place (a consent form to the clinic, a contract to the
management office, a record book left in the car) is an errand whatever place or care it names;
a parcel sent and waiting at a station, fetched, is an errand; a drug named by its use (fever
patches, a throat spray) is medicine; goods for a festival or a baby's ready-made milk are
shopping. Paraphrases in zh and en, not the rounds' sentences, with look-alikes that stay."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_order

ORDERS: dict[str, list[tuple[str, Category]]] = {
    "a paper carried is an errand": [
        ("麻烦把这份手术同意书交到社区医院 放门口了 6-1-502", Category.ERRAND),
        ("能帮我把租房合同送到物业吗 7-2-301", Category.ERRAND),
        ("宝宝的接种本忘在车上了 能帮忙拿一下吗 5-1-802", Category.ERRAND),
        ("could someone take the signed consent form to the clinic? 4-1-202", Category.ERRAND),
    ],
    "a thing left at the gate, brought up to the flat, is an errand": [
        (
            "could someone bring the school bag my son left at the guard room up to 6-1-902?",
            Category.ERRAND,
        ),
        ("门卫那里有我姐送来的电脑 能帮忙拿上来吗 孩子上网课要用 10-2-1502", Category.ERRAND),
    ],
    "a meter's units topped up, the heater why, is an errand": [
        ("麻烦帮我家充点电 电表只剩2度了 晚上要开电暖气 7栋301", Category.ERRAND),
    ],
    "a paper issued, or care asked, stays as it was": [
        ("预约了产检 能开证明派车送去医院吗 2-1-1001", Category.MEDICAL),
        ("帮我买盒降压药 7-2-301", Category.MEDICINE),
    ],
    "a parcel waiting at a station, fetched, is an errand": [
        ("我儿子寄了一箱药 到快递柜了 帮我取一下 3-1-402", Category.ERRAND),
        (
            "my sister sent a box of medicine, it's at the parcel locker, could someone fetch it? "
            "3-1-402",
            Category.ERRAND,
        ),
    ],
    "a drug named by its use is medicine": [
        ("孩子嗓子疼 谁能帮买支开喉剑 6-2-1001", Category.MEDICINE),
        ("baby is hot, could someone buy cooling patches? 2-1-301", Category.MEDICINE),
        ("could anyone get a throat spray for my dad? 5-3-702", Category.MEDICINE),
    ],
    "goods for a festival or a baby's ready milk are shopping": [
        ("过年了还没有对联 谁能帮带一副 9-1-602", Category.GROCERIES),
        ("开斋要用椰枣 需要一盒 11-2-301", Category.GROCERIES),
        ("宝宝的液态奶快没了 谁能帮忙带几瓶 2-1-502", Category.GROCERIES),
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(ORDERS))
def test_order_category(text: str, category: Category) -> None:
    check_order(text, category)
