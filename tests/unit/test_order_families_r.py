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
    "a doctor asked to come or to talk to, with no ask verb": [
        ("家庭医生有空的话来给爷爷看看 腿肿了几天 不疼 3-1-702", Category.MEDICAL),
        (
            "been very low since the funeral, can I speak to a counsellor? 4-2-1101",
            Category.MEDICAL,
        ),
    ],
    "goods no term names, asked for": [
        ("蚊子太多了 麻烦帮买两盒蚊香 6-2-502", Category.GROCERIES),
        (
            "could you get us some insect repellent please, bitten all night 2-3-801",
            Category.GROCERIES,
        ),
    ],
    "what is bought names the order, a fixture or treatment told as the reason": [
        ("热水器还没修好 先帮买个电水壶烧水 7-1-303", Category.GROCERIES),
        ("妈妈做完化疗没胃口 帮买点小米和红枣 9-2-1602", Category.GROCERIES),
        (
            "the hood is broken and the pan got burnt, could someone buy me a new wok? 5-1-902",
            Category.GROCERIES,
        ),
    ],
    "medical-waste bags put at the door, their collection asked": [
        ("隔离的废物袋谁来收一下 红色袋子放门口了 4-3-1202", Category.GARBAGE),
        (
            "who collects the clinical waste? the yellow bags are outside my door now 5-1-1203",
            Category.GARBAGE,
        ),
    ],
}

NO_ORDER_163_166: dict[str, list[str]] = {
    "a cry for help laughed off": [
        "help me lol just bought 20 bags of milk powder by accident",
        "help me haha accidentally bought 10 jin of potatoes",
    ],
    "prayers or company to grumble asked; a service told to those who need it": [
        "同事的妈妈在老家住院了 情况不太好 大家帮忙祈祷一下",
        "a friend's dad had a stroke in another city, please pray for him",
        "有没有人一起吐槽一下 楼上天天半夜拖椅子",
        "护士明早八点在3幢楼下 需要测血糖的可以下来",
        "the nurse is at the gate till 4, anyone who needs a blood pressure check can come down",
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES_163_166))
def test_each_family_of_rounds_163_166_asks_for_its_category(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", texts(NO_ORDER_163_166))
def test_look_alikes_of_rounds_163_166_place_no_order(text: str) -> None:
    check_no_order(text)
