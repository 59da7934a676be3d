"""Orders, flats, readings and languages by family, from the misses of blind rounds 171-174: each
family's wordings in zh and en, and the look-alikes read otherwise. Paraphrases, not the rounds'
sentences."""

import pytest

from domain.understanding import Category, understand
from tests.support.families import cases, check_no_order, check_order, check_reading, texts

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

TOLD_NOT_ASKED: dict[str, list[str]] = {
    "help offered to whoever needs it": [
        "I'm a pharmacist in block 3, if anyone needs advice on their meds, just let me know",
        "护士在5栋 谁家老人需要量血压 尽管找我",
    ],
    "help told done, households counted": [
        "今天帮着搬了20多箱水 腰都断了哈哈",
        "delivered veg to 15 households today, totally wiped out 😂",
    ],
    "a fault told as the whole building's, being seen to": [
        "停电是整栋楼的 物业说一小时后恢复 不用报修了",
        "the power cut is the whole building, management says back in half an hour, no need to "
        "call",
    ],
    "whether a shop or a courier delivers asked": [
        "超市能送货上门吗 还是只能让志愿者代买",
        "does anyone know if the pharmacy can deliver meds to the door, or only volunteers?",
        "请问能不能让快递把药直接送到家门口?",
    ],
    "a notice to a class of households, staff to collect": [
        "请隔离家庭把垃圾袋扎好 放在门口 由专人统一收取",
        "Positive households: please tie your medical waste bags and leave them outside, staff "
        "will collect them",
    ],
    "the round's time told, bags out by then": [
        "rubbish collection is at 9am every day, please have your bags out before then",
        "每天下午四点收垃圾 请大家在这之前把垃圾放到门口",
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES_171_174))
def test_order_family(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", texts(TOLD_NOT_ASKED))
def test_told_not_asked(text: str) -> None:
    check_no_order(text)


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


def test_spare_offered_is_no_order() -> None:
    check_no_order("we have extra onions, anyone want some?")


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
