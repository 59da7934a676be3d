"""Orders and flats by family, from the misses of blind rounds 175-178: each family's wordings in
zh and en (plain and second-language English), and the look-alikes read otherwise. Paraphrases,
not the rounds' sentences."""

import pytest

from domain.understanding import Category, understand
from tests.support.families import cases, check_no_order, check_order

FAMILIES_175_178: dict[str, list[tuple[str, Category]]] = {
    "a doctor asked to come up some time: medical": [
        ("医生有空的时候上来一趟 我爸血压有点高 不着急 3-2-501", Category.MEDICAL),
        (
            "could the community doctor pop up sometime? mum's sugar is a bit high, no rush "
            "5-1-302",
            Category.MEDICAL,
        ),
    ],
    "a doctor asked up, a drug to adjust the reason: medical": [
        ("医生 我妈血压高了点 想请你有空上来给她看看 调调药 7-2-401", Category.MEDICAL),
        ("大夫方便的话上门给我看一下 降压药要不要调 4-1-601", Category.MEDICAL),
    ],
    "goods ordered for a relative, counted out: groceries": [
        ("帮我妈订点鸡蛋 两盒 送到3-1-502 有事打我电话", Category.GROCERIES),
        ("给我爸买点牛肉 一斤 地址5栋2单元301 老人不会用手机 打给我", Category.GROCERIES),
        (
            "please order some pork for my parents, 1kg, 4-2-1101, call me if anything",
            Category.GROCERIES,
        ),
    ],
    "a tradesperson asked sent, whatever was thanked for before: repair": [
        (
            "thanks to whoever fixed the door yesterday. Also our bathroom pipe is leaking, can "
            "management send a plumber? 3-3-803",
            Category.REPAIR,
        ),
        ("could the property send an electrician? the socket is broken 2-1-201", Category.REPAIR),
    ],
    "someone asked in plain words to take rubbish away: garbage": [
        (
            "rubbish in stairwell of 5th floor very smell, can cleaner remove it today?",
            Category.GARBAGE,
        ),
        ("garbage bags near lift is stink, could staff take them away?", Category.GARBAGE),
    ],
    "a fault told in simple words: repair": [
        ("My bathroom sink is blocked, water not go down. 3-2-702", Category.REPAIR),
        ("in my flat water heater show error, hot water not coming. 6-1-1201", Category.REPAIR),
        ("Radiator is cold all day, heating not working. Flat 902, building 4", Category.REPAIR),
    ],
    "a terse line of rubbish bags with the flat: garbage": [
        ("垃圾 5-1-201 三袋", Category.GARBAGE),
        ("rubbish 3-2-401 two bags thanks", Category.GARBAGE),
    ],
    "boxes waiting below carried to a flat: an errand": [
        ("快递的三个箱子放在大门口了 麻烦帮忙搬到7-2-1202", Category.ERRAND),
        ("两个包裹到楼下了 方便的话帮我拎到12-1-301", Category.ERRAND),
    ],
    "goods needed with the cost asked: groceries": [
        (
            "We need potatoes, carrots and garlic this week, please let me know the cost. 8-1-601",
            Category.GROCERIES,
        ),
        ("I need rice and eggs, tell me the total please, 2-2-302", Category.GROCERIES),
    ],
    "an expired drug to be replaced by a new one counted: medicine": [
        ("家里的速效救心丸过期了 想买瓶新的 5-2-1001", Category.MEDICINE),
        ("布洛芬过期了 要换盒新的 3-1-202", Category.MEDICINE),
    ],
    "taken to the rubbish point: garbage": [
        ("旧纸箱太多了 麻烦帮忙拿到楼下垃圾站 6-2-301", Category.GARBAGE),
        ("这袋猫砂能帮我扔到垃圾桶吗 太重了 4-1-1101", Category.GARBAGE),
    ],
    "goods named after a shortage, a past delivery only the complaint: groceries": [
        (
            "The last delivery was missing the eggs, annoying. Now we're out of milk again: "
            "milk, bread and apples please. 5-2-1403",
            Category.GROCERIES,
        ),
    ],
    "a buy thanked for past help, a visit asked: medical": [
        (
            "孩子发烧两天了 想预约儿童医院看看 能帮忙联系一下吗 谢谢之前帮忙买药的邻居 3-2-101",
            Category.MEDICAL,
        ),
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES_175_178))
def test_order_family(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the ask stands beside an either-or of where to go (能安排吗 还是要去)
        ("宝宝要体检 社区能安排吗 还是要去医院 3-2-101", Category.MEDICAL),
        # a need not denied, the goods asked
        ("anything that doesn't need a fridge please, bread, crackers 3-303", Category.GROCERIES),
        # a helper asked to carry, not told to have carried
        ("5-2-1301 想要一箱矿泉水 楼梯太高搬不动 麻烦志愿者帮忙送上来", Category.GROCERIES),
        # the writer's own rubbish asked taken, with the round's time
        ("rubbish pickup is 9am every day, can someone take mine down? 3-2-101", Category.GARBAGE),
        # a drug bought, though a doctor is named
        ("帮我买盒降压药 医生说血压高要加量 3-1-101", Category.MEDICINE),
    ],
)
def test_asks_stand(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    "text",
    [
        # a fault told as fixed, no ask
        "the radiator was cold yesterday but it is fine now",
        # someone else's fault told
        "my neighbour says her radiator is cold whole day too",
        # a doctor's visit told done
        "医生上午来过一趟了 血压没事",
        # rubbish bags counted as taken, a question
        "垃圾 4-3-303 两袋 收走了吗",
    ],
)
def test_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("please bring the ORS to flat 1104, B block", "B-1104"),
        ("Unit 3, 1202, building 7, my dad fell and can't get up", "7-3-1202"),
        ("room 502, tower 3", "3-502"),
        ("water leaking in the 5-1 stairwell, someone please check", "5-1"),
        ("the 3-2 lobby light is out", "3-2"),
        # building named with the room already: not twice
        ("Room 1503 in building 6, water heater broken", "6-1503"),
        ("flat 502, a block away from the gate", "502"),
    ],
)
def test_flats_building_after(text: str, flat: str | None) -> None:
    assert understand(text).flat == flat
