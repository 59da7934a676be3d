"""Goods whose category is told by what they are known as: drugs by their brand (扑尔敏 for an
allergy, 无比滴 for mosquito bites) are medicine, a baby's gauze cloths (纱布口水巾, muslins) are
shopping, not a wound's gauze. Paraphrases in zh and en; gauze for a wound stays medicine."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_order

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
}


@pytest.mark.parametrize(("text", "category"), cases(ORDERS))
def test_category_by_what_the_goods_are_known_as(text: str, category: Category) -> None:
    check_order(text, category)
