"""Round 17's blind misses, by family: paraphrases in zh and en that share no phrase with the set.

Each family is a concept the rules must read (FAST stroke signs, a face swelling after a food, a
gas smell, a knock on a child's head, a swallowed object, speech cut short by breathlessness;
orders told without an asking word), so a newcomer's wording of the same situation is checked,
not one sentence. The look-alikes beside each family must stay calm.
"""

from collections.abc import Mapping, Sequence
from typing import TypeVar

import pytest

from domain.understanding import Category, EmergencyFamily, Kind, understand

EMERGENCIES: dict[str, list[tuple[str, EmergencyFamily | None]]] = {
    "stroke: a face side, an arm or leg that drops, garbled speech": [
        ("Mum's talking all jumbled and her left hand keeps dropping her cup, 5-2-301", None),
        ("my husband's words are coming out muddled and one arm hangs limp", None),
        ("grandma's speech went slurry and her right leg gave way", None),
        ("Dad suddenly can't get his words out, 7-1-902", EmergencyFamily.STROKE),
        ("奶奶说话突然大舌头 右手拿不住碗 3-1-402", EmergencyFamily.STROKE),
        ("我爸讲话舌头打结 半张脸不会动了", EmergencyFamily.STROKE),
        ("外公胳膊一抬起来就掉下去 说话含含糊糊的", EmergencyFamily.STROKE),
    ],
    "a face swelling after a food or a sting, or with the voice changing": [
        ("had some prawns at dinner and now my tongue feels thick and swollen", None),
        ("after the peanut cookie his eyelids and lips blew up, 3-1-402", None),
        ("my girl ate sesame crackers, her lips are puffing up and her voice is hoarse", None),
        ("孩子吃了腰果 嘴唇一下肿起来了 声音都变了", EmergencyFamily.BREATHING),
        ("宝宝刚吃了一口蛋羹 嘴巴周围全肿了 哭声都哑了", EmergencyFamily.BREATHING),
        ("老公吃了螃蟹 眼皮和嘴都肿起来了 4-2-1203", EmergencyFamily.BREATHING),
    ],
    "a gas smell (rotten eggs) pervading or growing": [
        ("厨房里全是煤气味 越来越浓 不敢开灯", EmergencyFamily.GAS),
        ("走廊有股臭鸡蛋的味道 整层楼都是", EmergencyFamily.GAS),
        ("Sulphur stink all over the landing on floor 6, getting worse", EmergencyFamily.GAS),
        ("the whole corridor reeks of gas", EmergencyFamily.GAS),
    ],
    "a knock on a child's head, then vomiting or listless": [
        ("儿子从沙发上掉下来 撞着脑袋了 现在没精神", None),
        ("闺女头磕在茶几角上 过了一会吐了两回", None),
        ("baby rolled off the sofa, head hit the floor, now listless", None),
        ("my toddler bumped the back of her head on the slide and threw up twice", None),
    ],
    "a small object swallowed, then retching or noisy breathing": [
        ("宝宝把一颗纽扣吞下去了 一直流口水 咳个不停", EmergencyFamily.CHOKING),
        ("小孩吞了个弹珠 现在干呕 呼吸有声音", EmergencyFamily.CHOKING),
        ("he swallowed a marble, now gagging and drooling", EmergencyFamily.CHOKING),
        ("kid swallowed a bottle cap and keeps retching, 9-1-301", EmergencyFamily.CHOKING),
    ],
    "breath too short to finish a sentence": [
        ("she can only say two or three words at a time, 6-1-302", EmergencyFamily.BREATHING),
        ("asthma's bad, my son can't get a full sentence out", EmergencyFamily.BREATHING),
        ("我妈哮喘 说话断断续续的 一句话说不全", EmergencyFamily.BREATHING),
        ("爷爷喘得厉害 说两个字就喘", EmergencyFamily.BREATHING),
    ],
    "medicine taken in a whole bottle, syrup included": [
        ("my son drank the whole bottle of cough syrup, he's very drowsy", None),
    ],
}

CALM: dict[str, list[str]] = {
    "stroke look-alikes": [
        "I can't find the words to thank you all",
        "my left arm is sore from carrying the rice bags lol",
        "喝多了 说话都大舌头了 哈哈",
    ],
    "swelling look-alikes": [
        "my face is swollen from crying all night lol",
        "吃了火锅 嘴巴辣肿了哈哈",
    ],
    "gas look-alikes": [
        "this egg smells like rotten eggs lol, don't buy from that shop",
        "Earlier the rotten egg smell in the hallway turned out to be the drains, all fine now",
    ],
    "swallowed look-alikes": ["孩子上周吞了个硬币 咳了两下 已经拉出来了 没事了"],
    "negation before the words (not that I want to die)": [
        "不是说我想死 只是最近真的很累",
        "倒不是说想死 就是烦",
        "Not saying I want to die, just really exhausted by all this",
    ],
    "medicine carried, not swallowed": [
        "took the whole bottle of cough syrup back to the pharmacy, it was expired",
        "Mum took the whole bottle of pills back to the chemist for a refund",
    ],
    "a child's drama over a treat": [
        "haha my toddler announced 'I'm dying' because the biscuits ran out 😂",
        "我儿子说没有薯片了他活不下去了 哈哈哈",
    ],
    "rubbish bags waiting are no silent neighbour": [
        "Is there a way to get our garbage bags collected? 3 bags sitting at 9-2-1306 since Monday",
    ],
}

ORDERS: dict[str, list[tuple[str, Category]]] = {
    "a meter or card topped up is an errand, not a repair": [
        ("电表嘀嘀叫 说余额不足 哪位帮忙充一百 15-1-1601", Category.ERRAND),
        ("水卡没钱了 谁方便帮我充50块 3-2-402", Category.ERRAND),
        ("gas card balance is almost zero, can someone recharge it for me?", Category.ERRAND),
        ("electricity nearly out, any volunteer able to add credit to the meter?", Category.ERRAND),
    ],
    "a door that sticks is a repair": [
        ("阳台推拉门卡死了 拉不开 C座803", Category.REPAIR),
        ("卧室门把手拧不动了 孩子被关在里面 6-2-301", Category.REPAIR),
        ("Our balcony door is jammed shut, can't get it open, 4-2-702", Category.REPAIR),
        ("the sliding door won't budge at all, 9-1-1203", Category.REPAIR),
    ],
    "rubbish left out or waiting, told without an asking word": [
        ("Left two bags of rubbish outside room 902, whenever someone's around", Category.GARBAGE),
        ("Nappy bag outside 1-3-502, can it go down today?", Category.GARBAGE),
        (
            "Who does the rubbish for Block C? we have a few bags waiting at C-1101",
            Category.GARBAGE,
        ),
        (
            "We have a bag of used swabs at 6-2-1001, is the medical waste round on?",
            Category.GARBAGE,
        ),
    ],
    "a need told with a flat, asked of whoever goes": [
        (
            "Last pack of noodles gone, 4-1-302, would love some rice if anyone's heading out",
            Category.GROCERIES,
        ),
        ("if somebody's doing a shop, we'd love a bag of apples. 8-2-201", Category.GROCERIES),
    ],
    "a hospital visit to get to, or a slip asked with 不": [
        (
            "dad's chemo is on Thursday at the cancer hospital, how would he get there?",
            Category.MEDICAL,
        ),
        ("我妈要去医院复查 能帮忙开个出门条不 5-2-301", Category.MEDICAL),
    ],
}

_T = TypeVar("_T")

NOT_ORDERS = [
    "Your groceries are outside your door now, please collect 🙂 3-2-701",
    "Veggies for 7-2-1101 are at your door, enjoy 👍",
    "we'd love to thank all the volunteers!",
    "Who collects trash today?",
    "lol my son says life is over because we ran out of ice cream 😂",
]


def _cases(table: Mapping[str, Sequence[tuple[str, _T]]]) -> list[tuple[str, _T]]:
    return [case for cases in table.values() for case in cases]


@pytest.mark.parametrize(("text", "family"), _cases(EMERGENCIES))
def test_each_family_is_an_emergency(text: str, family: EmergencyFamily | None) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    if family is not None:
        assert family in reading.families, (reading.families, reading.evidence)


@pytest.mark.parametrize("text", [text for texts in CALM.values() for text in texts])
def test_look_alikes_stay_calm(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence
    assert not reading.in_doubt, reading.evidence


@pytest.mark.parametrize(("text", "category"), _cases(ORDERS))
def test_each_order_family_names_its_category(text: str, category: Category) -> None:
    reading = understand(text)
    assert (reading.kind, reading.category) == (Kind.ORDER, category), reading.evidence


@pytest.mark.parametrize("text", NOT_ORDERS)
def test_notices_and_stories_place_no_order(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.OTHER, reading.evidence


def test_a_whole_fahrenheit_reading_then_a_tenth_one() -> None:
    reading = understand("101 F last night, now down to 99.5")
    assert (reading.kind, reading.temperature) == (Kind.TEMPERATURE, 37.5), reading.evidence
    assert understand("12F 3-2-101").temperature is None  # a floor, alone
