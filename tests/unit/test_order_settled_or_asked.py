"""Settled or only asked about (order_told.py): a fault told mended or already seen to, a
service told back to normal, an ask called off, and questions about a rule, a time, a rumour, a
number, a refund or a reading place no order; the writer's own ask beside them still stands.
Paraphrases in zh and en, not the rounds' sentences."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order, texts

NOT_ASKED: dict[str, list[str]] = {
    "a fault told mended or already seen to": [
        "走廊的灯闪了一晚上 今天物业已经在处理了",
        "水龙头滴水 我自己拧了拧 现在正常了",
        "昨天单元门禁刷不开 师傅已经修好了",
        "the corridor light kept flickering, I already changed the bulb",
        "Our gas hob wouldn't light this morning but it's working again now",
        "The car park gate is jammed, property management is already on it",
    ],
    "a service told back to normal": [
        "下周一起快递恢复正常配送了 不用再去东门拿",
        "deliveries are back to normal, no more need to leave bins outside",
    ],
    "an ask called off": [
        "蓝牙音箱谁家有 借一下? 算了找到了",
        "anyone have a spare phone cable? nvm found one under the sofa",
        "家里的旧纸箱明天我自己拿下去就行 不用管了",
    ],
    "a rule for days to come asked": [
        "解封以后社区还组织送药吗",
        "以后小区里还会有团购吗",
        "after lockdown ends, will the volunteers still deliver groceries?",
        "from tomorrow can we walk to the shops?",
    ],
    "a rule for a class of residents asked": [
        "请问孕妇能不能让志愿者代领物资",
        "can disabled residents have a volunteer pick up their parcels?",
    ],
    "a start time asked": [
        "今天的上门采样什么时候开始?",
        "what time does the door to door testing start?",
    ],
    "a rumour checked": [
        "朋友圈说多喝醋能杀病毒 真的假的",
        "my aunt says garlic water stops covid, is that true?",
    ],
    "a number asked for": [
        "有人知道物业维修的电话吗 问问水表的事",
        "does anyone know the number for the clinic? want to ask about my tablets",
    ],
    "a refund of an order already placed asked": [
        "团购的橙子一直没到 能退款吗",
        "the group-buy milk never arrived, how do I get a refund?",
    ],
    "a reading's meaning or one's own disposal asked": [
        "血糖仪测了8.2 算高吗",
        "my blood pressure monitor says 150/95, is that high?",
        "家里过期的眼药水 自己扔了可以吗",
        "old antibiotics from last year, can I just bin them?",
    ],
    "a notice for a class of residents, another version asked": [
        "所有住户请在今晚十点前把核酸截图发给楼长",
        "all residents, please submit your vaccination record to the office",
        "这个通知能不能出个英文版 外国邻居看不懂",
        "is there an English version of the group buy form?",
    ],
    "a round's goods told delivered": [
        "今天的药送到3号楼了 腿脚不便的已经统一送到家了",
        "supplies were all delivered to building 6, the seniors already delivered to their doors",
    ],
    "food made and offered round": [
        "包了好多饺子 谁想吃",
        "made a huge pot of soup, anyone want some?",
    ],
    "one's own plight joked about": [
        "heating's off again, rip my toes 🥶",
        "carried the water up eight floors, my back is filing a complaint",
        "had oat milk in my tea today, honestly I need therapy",
    ],
}

STILL_ASKED: dict[str, list[tuple[str, Category]]] = {
    "a fault back again": [
        ("水管上周修好了 今天厨房又漏水了 麻烦师傅再来修一下 5-2-301", Category.REPAIR),
        (
            "the boiler was fixed yesterday but it is broken again, can someone look 5-1-302",
            Category.REPAIR,
        ),
    ],
    "the writer's own ask beside the question": [
        ("解封后能帮我把药送到医院吗 3-1-502", Category.MEDICINE),
        ("过期的药帮忙扔一下 3-1-502", Category.GARBAGE),
        ("找到了 但是坏了 帮我买个新的充电器 3-1-502", Category.GROCERIES),
        ("菜还没送到 能不能送上门 3-1-502", Category.GROCERIES),
    ],
}


@pytest.mark.parametrize("text", texts(NOT_ASKED))
def test_settled_or_asked_about_places_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(("text", "category"), cases(STILL_ASKED))
def test_own_ask_stands(text: str, category: Category) -> None:
    check_order(text, category)
