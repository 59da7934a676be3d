"""Orders by concept: messages asked of all that place no order for the writer (order_notices.py
_asked_of_all): a share offered to whoever joins, a fact asked (stock, who pays, whether volunteers
may, how to do it oneself), an ask put off for now, thanks only; and the asks that still stand
beside them. Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order, texts

NOT_ASKED: dict[str, list[str]] = {
    "a share offered to whoever joins": [
        "有人要一起拼单买牛奶吗",
        "anyone up for splitting a crate of oranges?",
    ],
    "a fact asked": [
        "有人去超市吗 想问一下鸡蛋还有货吗",
        "这个药是医保报销还是要自费?",
        "Are volunteers allowed to buy alcohol for people? just wondering",
        "谁能教教我怎么在手机上交水费 我想自己弄",
    ],
    "an ask put off for now": [
        "降压药家里还有半盒 暂时不用买",
        "we've still got plenty of rice, no need to buy any yet",
    ],
    "thanks only": [
        "就是想说声谢谢各位志愿者 每天爬楼送菜太辛苦了",
        "Just wanted to say thank you to the volunteers carrying the veg up every day",
    ],
}

ASKED: dict[str, list[tuple[str, Category]]] = {
    "the writer's own ask beside them": [
        ("拼单的水果给我留一份 6-2-301", Category.GROCERIES),
        ("药还有一瓶 不过下周的帮我买两盒 2-1-502", Category.MEDICINE),
    ],
}


@pytest.mark.parametrize("text", texts(NOT_ASKED))
def test_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(("text", "category"), cases(ASKED))
def test_order(text: str, category: Category) -> None:
    check_order(text, category)
