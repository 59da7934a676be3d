"""Orders by concept: a heater that gives no heat is a fault to repair, and who the writer is
(我是聋人, 我是盲人) beside a volunteer named is no volunteer's offer, so the repair asked stands;
a volunteer's own offer stays no order. Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order

ASKED: dict[str, list[tuple[str, Category]]] = {
    "a heater that gives no heat": [
        (
            "the radiator in the kids' room stopped heating, it's icy in here 3-1-402",
            Category.REPAIR,
        ),
    ],
    "a toilet that will not flush, told with the flat": [
        (
            "马桶冲不了水 水箱里那个东西断了 老人坐轮椅 家里就这一个卫生间 7栋2单元502",
            Category.REPAIR,
        ),
        ("厕所冲不了水了 3-1-202", Category.REPAIR),
        ("家里马桶冲不了水 水箱坏了 5栋1单元301", Category.REPAIR),
    ],
    "who the writer is, beside a volunteer named": [
        ("门禁对讲坏了 我是盲人 志愿者来了我开不了门 能帮忙修吗 4-2-901", Category.REPAIR),
    ],
    "the stairs unusable for a fault, its fix asked: no notice to use the stairs": [
        (
            "The stairwell door on floor 9 is jammed shut, we can't use the stairs. Can "
            "maintenance fix it? Bldg 14",
            Category.REPAIR,
        ),
        (
            "fire door on 3 is stuck, we cannot use the stairs, could someone fix it? 2-1-301",
            Category.REPAIR,
        ),
        ("楼道门卡住了 走不了楼梯 物业能来修一下吗 14栋", Category.REPAIR),
    ],
    "a lift stuck for days, its mending asked after by one who cannot climb": [
        (
            "elevator has been stuck for four days, my knees can't do 15 floors. when will it be "
            "fixed? 3-1-1502",
            Category.REPAIR,
        ),
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(ASKED))
def test_order(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "我是3栋的志愿者 有需要的找我",
        "the heating is fine now, ignore my last message",
        "奶粉冲不了 水不够热",
    ],
)
def test_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lift is being serviced today, please use the stairs",
        "电梯维保 今天请走楼梯",
        "we can't use the stairs, grandma is in a wheelchair",
    ],
)
def test_stairs_told_with_no_fix_asked_is_no_order(text: str) -> None:
    check_no_order(text)
