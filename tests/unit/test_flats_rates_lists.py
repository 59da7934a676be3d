"""Numbers that look like flats but count a rate or list a round's units (flats.py)."""

import pytest

from domain.understanding.flats import find_flat

NO_FLAT = [
    # a count per time
    "急救小知识：胸外按压 每分钟100-120次 按压深度5-6厘米",
    "CPR tip: push hard and fast, 100-120 times a minute",
    # units or buildings listed one after another
    "志愿者接龙 已送完:1单元 2单元 3单元还差6户",
    "今天的菜 3栋、5栋、7栋已经发完了",
]

FLAT = [
    ("3-2-501 药一天吃3次", "3-2-501"),
    ("5栋1单元 帮忙买菜", "5-1"),
    ("3栋 2单元 501 两盒", "3-2-501"),
]


@pytest.mark.parametrize("text", NO_FLAT)
def test_a_rate_or_a_list_of_units_names_no_flat(text: str) -> None:
    assert find_flat(text) is None


@pytest.mark.parametrize(("text", "flat"), FLAT)
def test_a_flat_beside_a_count_is_still_read(text: str, flat: str) -> None:
    found = find_flat(text)
    assert found is not None and found == flat
