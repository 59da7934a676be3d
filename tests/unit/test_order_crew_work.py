"""No order in the volunteers' own crew work (order_vetoes.py, `crew-call`): hands called for to
unload or sort supplies or for a short-handed round, a shift swapped or covered. Paraphrases in zh
and en; a household's own ask beside it, or hands asked to carry the writer's goods, still
places the order."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order, texts

NO_ORDER: dict[str, list[str]] = {
    "hands called for the crew's work": [
        "志愿者群的各位 今天中午物资车12点到东门 需要8个人卸货",
        "明早9点物资到 还差三个志愿者分拣 能来的接个龙",
        "supplies truck at the east gate at noon, need 6 volunteers to unload",
        "We're looking for a few more helpers to sort the donations tomorrow morning",
    ],
    "a round short-handed": [
        "志愿者这边今晚收垃圾人手不够 有没有能来帮忙的",
        "今天送菜缺人手 有空的志愿者吱一声",
        "short-handed on the rubbish round tonight, can anyone help out?",
    ],
    "a shift swapped": [
        "周六的送药班我能换到周日吗 @小刘",
        "明天值班谁能跟我换个班 家里有点事",
        "can someone swap my Saturday delivery shift for Sunday?",
        "could anyone cover my shift on Friday evening?",
    ],
}

STILL_ORDERS: dict[str, list[tuple[str, Category]]] = {
    "the household's own ask beside the crew's": [
        ("知道你们人手不够 但我家垃圾三天没收了 能来收一下吗", Category.GARBAGE),
        (
            "I know you're short-handed, but could someone bring my insulin? 5-1-302",
            Category.MEDICINE,
        ),
    ],
    "hands asked to carry the writer's goods": [
        ("能不能来两个人帮我把米扛上楼 20斤的 6-1-1204", Category.GROCERIES),
        ("can someone carry my groceries up? 6-1-1204", Category.GROCERIES),
    ],
}


@pytest.mark.parametrize("text", texts(NO_ORDER))
def test_crew_work_is_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(("text", "category"), cases(STILL_ORDERS))
def test_own_ask_still_orders(text: str, category: Category) -> None:
    check_order(text, category)
