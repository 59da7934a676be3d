"""A reply or a quote written on one line (quotes.py): the head and the words quoted in quotes
before a dash, or an English reply's head before a colon, are not the writer's; their own ask
after it stands, and what the quote names tells what the ask is for. Paraphrases in zh and en."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order

QUOTED: dict[str, list[tuple[str, Category]]] = {
    "a quoted offer or notice, the writer's own ask after the dash": [
        ("引用 @团长 '明天团鸡蛋 要的接龙' -- 我家要两板鸡蛋 7-1-1101", Category.GROCERIES),
        ("回复 @物业 '有需要维修的私信' -- 私信没人回 厨房水龙头漏水 3单元502", Category.REPAIR),
        (
            "quoting the pharmacy run: 'going tomorrow, anyone need anything' - two boxes of "
            "ibuprofen please, 6-2-301",
            Category.MEDICINE,
        ),
    ],
    "an English reply's head, the writer's own ask after the colon": [
        (
            "Replying to the bin reminder: two bags by my door 9-1-702, please collect",
            Category.GARBAGE,
        ),
    ],
    "a one-line 回复 names whom it answers: the service": [
        ("回复 @奶站：牛奶到了吗 到了麻烦帮我取一下 5幢1单元802", Category.ERRAND),
    ],
}

NOT_ORDERS = [
    "引用 @楼长 '明天上午统一发菜' -- 收到 谢谢",
    "quoting the notice: 'rubbish collected at 9am' - thanks, noted",
]


@pytest.mark.parametrize(("text", "category"), cases(QUOTED))
def test_own_ask_after_a_quote(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", NOT_ORDERS)
def test_quote_acknowledged_places_no_order(text: str) -> None:
    check_no_order(text)
