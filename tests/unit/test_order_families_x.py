"""Orders by family, from the misses of blind rounds 187-190: messages that name goods or a service
but ask nothing (order_told_x.py), in zh and en, and the asks beside them that still stand.
Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category, Kind, understand
from domain.understanding.flats import find_flat
from tests.support.families import check_no_order, check_order, texts

NOT_ASKED: dict[str, list[str]] = {
    "a round told done, a day's rota, goods left for a group to collect in turns": [
        "今天的垃圾已经收完了 辛苦志愿者",
        "Rubbish collection finished for blocks 6 to 9 this morning",
        "明天安排：上午发菜 下午收垃圾 有事找楼长",
        "Today's schedule: veg boxes in the morning, bins in the afternoon",
        "Veg boxes for blocks 3-4 are at the gate, please collect in turns",
        "3号楼的菜到了 在大厅 请按楼层轮流下来取",
    ],
    "a van or a carer waiting below for a resident": [
        "医院的车已经到楼下了 1102的爷爷请准备下楼",
        "The hospital van is downstairs now, please get ready, Mr Li",
    ],
    "a thing lent to whoever lacks it": [
        "谁家缺血压计 我可以借 家里有两个",
        "我有充电宝 需要充电的可以说一声",
        "I have a spare thermometer, happy to lend it",
    ],
    "a fact asked, no flat given": [
        "有人知道超市现在能不能送货吗",
        "Does anyone know how long milk keeps without power?",
        "Who's in charge of the grocery orders now?",
        "Can volunteers carry furniture too? Just wondering about the rules",
        "我妈糖尿病 想问问封控期间胰岛素用完了一般怎么办",
    ],
    "a scare told over": [
        "吓一跳 灯闪了一下 还以为停电了",
        "楼上花盆掉下来了 还好没砸到人",
        "Burnt smell in the corridor, someone's dinner. All clear",
        "冰箱报警响了半天 原来是门没关好 大家别担心",
    ],
    "a rule told by the management": [
        "电动车停在楼道是违规的 请马上挪走 物业",
        "If your oxygen level is below 93 please call the doctor, don't just post it here",
    ],
    "a show or a game cut off lamented": [
        "停电了 追的剧没看完 心都碎了",
        "Power cut and my show got cut off right at the end",
    ],
}

STILL_ASKED: list[tuple[str, Category]] = [
    ("垃圾还没收完 我家的能帮忙扔一下吗 3-1-502", Category.GARBAGE),
    ("还以为有电了 冰箱还是不转 能来修一下吗 5-2-301", Category.REPAIR),
    ("谁家有体温计 能借我一个吗 2-1-1101", Category.MEDICINE),
    ("Can someone bring me some paracetamol? All clear otherwise. 4-2-601", Category.MEDICINE),
]


@pytest.mark.parametrize("text", texts(NOT_ASKED))
def test_told_not_asked(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(("text", "category"), STILL_ASKED)
def test_asks_stand(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("明天39度 大家注意防暑", Kind.OTHER),
        ("37 degrees again today, stay hydrated everyone", Kind.OTHER),
        ("孩子38度 多喝水就行吗", Kind.TEMPERATURE),
        ("老公38度 头疼 大家有退烧药吗", Kind.TEMPERATURE),
    ],
)
def test_heat_advice_is_weather(text: str, kind: Kind) -> None:
    reading = understand(text)
    assert reading.kind is kind, reading.evidence


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("疫苗超期了 能不能帮忙约个时间 5-702", "5-702"),
        ("Could the clinic book a time for us? 7-1201", "7-1201"),
        ("约个时间 10-30", None),
        ("time 9-30 please", None),
    ],
)
def test_room_after_time_asked(text: str, flat: str | None) -> None:
    assert find_flat(text) == flat
