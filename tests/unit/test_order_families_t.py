"""Orders, flats, readings and languages by family, from the misses of blind rounds 171-174: each
family's wordings in zh and en, and the look-alikes read otherwise. Paraphrases, not the rounds'
sentences."""

import pytest

from domain.understanding import Category, understand
from tests.support.families import cases, check_order, check_reading

FAMILIES_171_174: dict[str, list[tuple[str, Category]]] = {
    "a pet's own food run out, asked bought: groceries": [
        ("budgie's seed mix is finished, can someone order a bag? 3-2-101", Category.GROCERIES),
        ("兔粮吃完了 能帮买点吗 2-2-201", Category.GROCERIES),
    ],
    "a refill asked fetched, no spare at home: medicine": [
        (
            "my inhaler prescription needs refilling, I have no spare one left, could someone "
            "collect it? 3-3-301",
            Category.MEDICINE,
        ),
        ("孩子的肾上腺素笔处方要续 能帮忙去药房取一下吗 6-1-402", Category.MEDICINE),
    ],
    "chat shorthand for someone asked to buy: groceries": [
        ("can smone grab some bread for 2-1-402", Category.GROCERIES),
        ("could smone get us some bananas? rm 1502", Category.GROCERIES),
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES_171_174))
def test_order_family(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the writer's own ask beside a question of delivery
        ("药店能送药上门吗 能帮我买盒布洛芬吗 3-2-101", Category.MEDICINE),
        ("can the pharmacy deliver to the door? I need some plasters 3-1-101", Category.MEDICINE),
        # help asked, not told done
        ("今天能帮忙送一下菜吗 3-2-101", Category.GROCERIES),
        # the whole building's outage, goods asked for it
        (
            "the whole building has no water, can someone bring us water? 3-1-101",
            Category.GROCERIES,
        ),
        # medicine bought, not sent off in a parcel
        ("帮我买盒降压药 3-2-101", Category.MEDICINE),
        # a lack told beside the ask, no bill named
        ("没电了 冰箱里的肉要坏 能帮买点冰块吗 4-2-201", Category.GROCERIES),
    ],
)
def test_asks_stand(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    ("text", "celsius"),
    [("36、4 3-2-502", 36.4), ("全家 36、6 36、5 5栋1201", 36.5), ("体温36、7 正常", 36.7)],
)
def test_enumeration_comma_as_point(text: str, celsius: float) -> None:
    check_reading(text, celsius)


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("感谢2单元的大白 昨天帮忙送药", None),
        ("thanks to the volunteers of unit 2 for carrying our veg up", None),
        ("the delivery rota for block C is in the notes", None),
        ("Block C residents: water will be off from 2 to 4pm", "C"),
        ("tower d has power back now", "D"),
        ("please don't block a fire exit", None),
        # a unit of the writer's own, no thanks
        ("2单元的志愿者能帮我送药吗 2单元301", "2-301"),
    ],
)
def test_flats_of_others(text: str, flat: str | None) -> None:
    assert understand(text).flat == flat


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tw 36.4 3栋1201", "zh"),
        ("hs 做完了 3栋", "zh"),
        ("bie fa yu yin le 听不了", "zh"),
        ("can you 帮我 buy milk", "en"),
        ("me too 哈哈", "en"),
        ("tw: temp 36.5 room 302", "en"),
    ],
)
def test_chat_latin_among_chinese(text: str, lang: str) -> None:
    assert understand(text).lang == lang
