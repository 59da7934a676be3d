"""Orders by family, from the misses of blind rounds 163-166: each family's asks in zh and en,
the look-alikes that ask for nothing. Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order, texts

FAMILIES_163_166: dict[str, list[tuple[str, Category]]] = {
    "a drug counted out with no ask verb; an expired one to replace": [
        ("板蓝根颗粒来三盒 孩子嗓子疼 2-1-603", Category.MEDICINE),
        ("速效救心丸过期了 想买新的 4-2-1102", Category.MEDICINE),
        ("my ventolin inhaler expired, need a new one 6-1-402", Category.MEDICINE),
    ],
    "an ointment asked, a small burn told of oneself": [
        (
            "please get me some burn cream, burnt myself on the kettle, just a small spot 3-2-801",
            Category.MEDICINE,
        ),
    ],
    "a tradesperson asked for, a device or outage told as the reason": [
        ("跳闸了 冰箱里有胰岛素 麻烦找个电工来看看 5-3-701", Category.REPAIR),
        (
            "power's out, mum's oxygen machine is off, can you send an electrician? 2-2-903",
            Category.REPAIR,
        ),
    ],
}

NO_ORDER_163_166: dict[str, list[str]] = {
    "a cry for help laughed off": [
        "help me lol just bought 20 bags of milk powder by accident",
        "help me haha accidentally bought 10 jin of potatoes",
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES_163_166))
def test_each_family_of_rounds_163_166_asks_for_its_category(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", texts(NO_ORDER_163_166))
def test_look_alikes_of_rounds_163_166_place_no_order(text: str) -> None:
    check_no_order(text)
