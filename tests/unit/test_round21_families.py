"""Round 21's blind misses, by family: paraphrases in zh and en that share no phrase with the set.

Families: Chinese typed a character or a word at a time with spaces, Chinese typed in pinyin, a
child who bit a detergent, a fall told in dialect, a fight heard through the wall, someone on the
outer side of a railing, pills eaten by the bottle, a typo of 救护车, a silent flat with a thump;
calm: a notice of what to do on finding someone, a tight chest from laughing, a rumour denied;
orders: a pasted 接龙 of households and goods, a hospital outing that needs a car, a doctor asked
to visit, rubbish by the bag; no orders: a question of how or where, "anyone else like me",
"does anyone know", an appeal to check on the elderly, a heads-up, medicine already taken.
"""

import pytest

from domain.understanding import Category, EmergencyFamily, Kind, understand
from domain.understanding.pinyin import from_pinyin, looks_like_pinyin
from domain.understanding.text import normalize
from tests.support.families import (
    check_calm,
    check_emergency,
    check_no_order,
    check_order,
)

EMERGENCIES: list[tuple[str, EmergencyFamily | None]] = [
    ("我 妈 在 厕 所 摔 倒 了 叫 不 醒 3 栋 2 0 1", None),
    ("胸口 疼 出 冷汗 喘 不上 气 7-302", None),
    ("jiu ming wo ma yun dao le 4-1-101", None),
    ("kuai lai ren zhao huo le 5 hao lou", EmergencyFamily.FIRE),
    ("孙女把洗衣粉舔了好几口 一直咳", EmergencyFamily.POISONING),
    ("俺娘从炕上栽下来了 头磕了 趴着起不来 2-1-301", EmergencyFamily.FALL),
    ("楼上又在砸碗 女人一直哭喊 已经十分钟了", EmergencyFamily.VIOLENCE),
    (
        "upstairs a man is yelling and things keep crashing, someone crying",
        EmergencyFamily.VIOLENCE,
    ),
    ("a teenager is perched on the roof ledge of block 9", EmergencyFamily.SUICIDE),
    ("我爸一口气吃了两瓶安眠药 快叫救护车", EmergencyFamily.POISONING),
    ("快叫就护车 我奶奶不行了", None),
    ("nobody answering at 1502 all day, she lives alone, heard a thump last night", None),
]

CALM: list[str] = [
    "各位注意 发现有人晕倒 抽搐 请立即拨打120 并通知楼长",
    "my chest hurts from laughing at the cat video 😂",
    "三号楼着火是谣言 物业已经辟谣了",
]

ORDERS: list[tuple[str, Category]] = [
    ("接龙 明早买菜\n1 3-1-201 土豆两斤\n2 老李 鸡蛋一板", Category.GROCERIES),
    ("团购 药店代买\n李阿姨 感冒灵\n5-2-301 布洛芬一盒", Category.MEDICINE),
    ("我妈透析完要回医院复诊 下周二 能申请出门吗 需要派车 4-2-101", Category.MEDICAL),
    ("请问家庭医生能上门看看我爸吗 他咳了一周 8-1-202", Category.MEDICAL),
    ("麻烦叫人收下垃圾 门口三袋了 6-1-302", Category.GARBAGE),
    ("bang wo mai liang he ji dan xie xie 2-2-202", Category.GROCERIES),
]

NOT_ORDERS: list[str] = [
    "请问用过的口罩该扔哪个桶",
    "有没有人和我一样 天天吃挂面 快吃吐了",
    "有人知道哪家超市还送货吗",
    "Saw on the news someone died alone in his flat. Please look in on your older neighbours",
    "fyi the lift in block 2 is broken again",
    "刚才心慌 吃了两粒药 现在好多了 别担心",
]


@pytest.mark.parametrize(("text", "family"), EMERGENCIES)
def test_each_family_is_an_emergency(text: str, family: EmergencyFamily | None) -> None:
    check_emergency(text, family)


@pytest.mark.parametrize("text", CALM)
def test_look_alikes_stay_calm(text: str) -> None:
    check_calm(text)


@pytest.mark.parametrize(("text", "category"), ORDERS)
def test_orders_by_concept(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", NOT_ORDERS)
def test_no_order_by_concept(text: str) -> None:
    check_no_order(text)


def test_spaced_typing_is_read_together_but_clauses_stay_apart() -> None:
    assert normalize("我 是 8 栋 的") == "我是8栋的"
    assert normalize("没有发烧 但是胸口疼") == "没有发烧 但是胸口疼"


@pytest.mark.parametrize(
    "text", ["i love this song", "he is in bed now", "ok see you", "no", "hang on guys"]
)
def test_english_is_not_read_as_pinyin(text: str) -> None:
    assert not looks_like_pinyin(normalize(text))


def test_pinyin_becomes_characters() -> None:
    assert from_pinyin("jiuming wo ba xiongkou tong 6-2-802") == "救命我爸胸口痛 6-2-802"
    reading = understand("tiwen 36.6 zhengchang")
    assert (reading.kind, reading.lang, reading.temperature) == (Kind.TEMPERATURE, "zh", 36.6)
