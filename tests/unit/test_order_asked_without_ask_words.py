"""Orders no ask word reads (order_missed.py): a mess cleaned up and bagged, asked taken, is
rubbish; a paper printed and brought, or the writer's papers fetched from an office, is an
errand; a parcel told at the gate with a name or a phone's tail and the flat is to be fetched; a
ride to dialysis or chemo, or a jab due and an outing asked, is medical care; a loose fixture
asked made fast is a repair. Paraphrases in zh and en, not the rounds' sentences, with the
look-alikes that stay no order."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order, texts

ORDERS: dict[str, list[tuple[str, Category]]] = {
    "a mess cleaned up and bagged is rubbish": [
        ("猫吐了一地 擦的纸巾装了一袋 麻烦来收 2-1-301", Category.GARBAGE),
        ("the clean-up after the leak is in three bags, please collect 6-1-902", Category.GARBAGE),
    ],
    "papers printed and brought, or fetched from an office": [
        ("通行证 帮复印一份 送上来 4-2-602", Category.ERRAND),
        ("could someone photocopy my ID and drop it off at the office? 8-1-101", Category.ERRAND),
        ("I need my documents collected from the street office, 5-2-1202", Category.ERRAND),
    ],
    "a parcel at the gate with a name and a flat": [
        ("包裹到了南门 收件人陈 尾号7702 9-1-602", Category.ERRAND),
        (
            "delivery at the front door, name Wu, last four digits 3390, for 2-2-801",
            Category.ERRAND,
        ),
    ],
    "a ride to treatment or a jab due": [
        ("透析接送 周二早上7点 3-1-1001", Category.MEDICAL),
        ("radiotherapy ride Wed 9am, 7-2-402", Category.MEDICAL),
        ("宝宝到时间打预防针了 可以去社区医院吗 1-2-301", Category.MEDICAL),
        (
            "mum has radiotherapy on Monday morning, who can organise a ride? 2-2-1102",
            Category.MEDICAL,
        ),
        ("dad's dialysis is Friday 6am, do we have a car sorted? 9-1-301", Category.MEDICAL),
        ("宝宝的乙肝疫苗明天要打了 怎么出去 5-2-302", Category.MEDICAL),
        ("爸爸周四化疗 接送的车还没定 7-1-201", Category.MEDICAL),
    ],
    "a loose fixture made fast": [
        ("楼道扶手松动了 麻烦找人来固定 5-1-201", Category.REPAIR),
        ("the window guard is wobbly, can someone come and tighten it? 3-3-702", Category.REPAIR),
    ],
}

NO_ORDER: dict[str, list[str]] = {
    "told, not asked": [
        "收拾的东西装了两袋",
        "快递在北门 尾号3381 已经拿了 5-2-701",
        "透析接送 周二早上7点",
        "扶手松动了 已经加固好了",
        "the window guard was wobbly but it's been tightened",
        "dad's chemo went well, transport back was fine 3-1-1501",
        "透析的车已经安排好了 谢谢 6-1-301",
        "狂犬疫苗第二针昨天打过了 谢谢 4-1-301",
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(ORDERS))
def test_order(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", texts(NO_ORDER))
def test_no_order(text: str) -> None:
    check_no_order(text)
