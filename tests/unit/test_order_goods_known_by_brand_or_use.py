"""Goods whose category is told by what they are known as: drugs by their brand (扑尔敏 for an
allergy, 无比滴 for mosquito bites) are medicine, a baby's gauze cloths (纱布口水巾, muslins) are
shopping, not a wound's gauze; pads by their everyday name (姨妈巾) and baby formula by its
brand and stage with a count (爱他美3段 两罐) are a shopping list. Paraphrases in zh and en; gauze
for a wound stays medicine, formula only talked about or arrived is no order."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order

ORDERS: dict[str, list[tuple[str, Category]]] = {
    "antihistamines and itch drops by brand": [
        ("扑尔敏 有的话买一盒 15号1103", Category.MEDICINE),
        ("被蚊子咬得全是包 求一支无比滴 6-1-303", Category.MEDICINE),
        ("过敏了 帮忙带一盒氯苯那敏 3-2-401", Category.MEDICINE),
        ("could someone get me some Piriton? hay fever is bad 5-1-202", Category.MEDICINE),
    ],
    "a baby's gauze cloths are shopping": [
        ("婴儿沐浴露 和 纱布口水巾 帮买一下 9-1-1101", Category.GROCERIES),
        ("帮忙买几条纱布浴巾 宝宝用的 2-1-302", Category.GROCERIES),
        ("can someone pick up a pack of muslin cloths for the baby? 4-2-1101", Category.GROCERIES),
    ],
    "a wound's gauze stays medicine": [
        ("纱布 帮买一下 9-1-1101", Category.MEDICINE),
        ("手划破了 帮忙买点纱布和碘伏 3-1-502", Category.MEDICINE),
        ("could someone get me gauze and plasters? cut my hand 6-1-101", Category.MEDICINE),
    ],
    "pads by their everyday name": [
        ("姨妈巾 日用的 两包 麻烦了 6-502", Category.GROCERIES),
        ("姨妈巾 夜用 一包 谢谢 3-1-402", Category.GROCERIES),
        ("卫生棉 两包 麻烦了 8-2-101", Category.GROCERIES),
    ],
    "formula by brand and stage, then a count": [
        ("爱他美3段 两罐 急", Category.GROCERIES),
        ("飞鹤2段 一罐 谢谢 5-1-302", Category.GROCERIES),
        ("奶粉3段 两罐 7-2-601", Category.GROCERIES),
        ("Aptamil stage 3, 2 tins please", Category.GROCERIES),
    ],
}

# Formula named with its stage but only told about or arrived: no list of goods asked.
NOT_ORDERS = [
    "宝宝喝的是爱他美3段 一天两罐",
    "爱他美3段 两罐 收到了 谢谢",
    "我家孩子从飞鹤3段换成了爱他美",
    "姨妈来了 肚子疼",
]


@pytest.mark.parametrize("text", NOT_ORDERS)
def test_goods_told_about_are_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(("text", "category"), cases(ORDERS))
def test_category_by_what_the_goods_are_known_as(text: str, category: Category) -> None:
    check_order(text, category)
