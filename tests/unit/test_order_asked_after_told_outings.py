"""Orders by concept: an order already placed asked after (能送到吗, 几天能到) is no new order; a
notice to all (a round's time, a service's list with those in need to call, deliveries all done,
a rule with understanding asked) is no order; a visit to the doctor asked for with the paper or
the outing (复诊, 产检, 开条出去), or the community doc asked to pop by, is a medical order; rubbish
named by what it is, put out for disposal, is garbage. Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order, texts

NOT_ASKED: dict[str, list[str]] = {
    "an order already placed, asked after": [
        "前天订的降压药明天能送到吗",
        "请问团的米一般几天能到?",
        "你好 我家的奶还没到 能帮忙查一下吗",
        "how long does a proxy pharmacy order usually take?",
    ],
    "a notice to all": [
        "家庭医生明天上门 名单已排好 有需要的上午联系",
        "今天的药已全部发完 没收到的在群里说一声",
        "Garbage collection is tomorrow at 7am, bags out by the door please.",
        "垃圾清运时间是晚上八点 请大家放门口",
        "代购处方药要先拍处方 没处方药店不卖 请大家理解",
        "Notice from management: lifts in block 2 will be disinfected at noon, please use stairs",
    ],
}

ASKED: dict[str, list[tuple[str, Category]]] = {
    "a visit to the doctor asked for, with the paper or the outing": [
        ("我妈搭桥手术后该复诊了 能开个出小区的条子吗 3-2-405", Category.MEDICAL),
        ("老婆要做产检 能开张条出去吗 7幢2单元301", Category.MEDICAL),
        ("眼科复查日子到了 能不能安排出去看一下 视力模糊 4-1-1201", Category.MEDICAL),
        (
            "could the family doc swing by later? my boy has a cough, no temp. 4-2-1101",
            Category.MEDICAL,
        ),
    ],
    "an order beside the look-alikes above, still asked": [
        ("能帮我买点降压药吗 3-1-402", Category.MEDICINE),
        (
            "Old expired medicines outside 5-1-903 for disposal please",
            Category.GARBAGE,
        ),
    ],
}


@pytest.mark.parametrize("text", texts(NOT_ASKED))
def test_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(("text", "category"), cases(ASKED))
def test_order(text: str, category: Category) -> None:
    check_order(text, category)
