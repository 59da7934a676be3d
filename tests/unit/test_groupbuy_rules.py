"""需求清单 rules without a database: who may, delivery order by floor, shopping totals."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from domain.groupbuy import RIGHTS, Step, allowed, floor_key, shopping_lists


def _member(**roles: bool) -> SimpleNamespace:
    base = dict(is_volunteer=False, is_staff=False, is_lead=False, is_doctor=False)
    return SimpleNamespace(**(base | roles))


@pytest.mark.parametrize(
    ("roles", "merge", "deliver"),
    [
        ({"is_staff": True}, True, True),
        ({"is_lead": True}, True, True),
        ({"is_volunteer": True}, False, True),
        ({"is_doctor": True}, False, False),
        ({}, False, False),
    ],
)
def test_who_may(roles, merge, deliver) -> None:
    member = _member(**roles)
    assert allowed(Step.MERGE, member) is merge  # type: ignore[arg-type]
    assert allowed(Step.DELIVER, member) is deliver  # type: ignore[arg-type]
    assert allowed(Step.MERGE, None) is False
    assert set(RIGHTS) == set(Step)


@pytest.mark.parametrize(
    ("flat", "key"),
    [
        ("3-2-501", "3-2|005"),
        ("3-2-1101", "3-2|011"),
        ("7-1201", "7|012"),
        ("B-1703", "B|017"),
        ("501", "|005"),
        ("6", ""),
        (None, ""),
    ],
)
def test_floor_key(flat, key) -> None:
    assert floor_key(flat) == key


def test_floors_sort_by_number_not_text() -> None:
    flats = ["3-2-1101", "3-2-501", "3-2-901", "3-1-1001"]
    assert sorted(flats, key=floor_key) == ["3-1-1001", "3-2-501", "3-2-901", "3-2-1101"]


def test_shopping_totals_per_shop_item_and_unit_with_unknown_quantities() -> None:
    def part(shop: str, *items: tuple[str, float | None, str | None]) -> SimpleNamespace:
        return SimpleNamespace(
            shop=shop, items=[{"name": n, "quantity": q, "unit": u} for n, q, u in items]
        )

    parts = [
        part("盒马", ("鸡蛋", 2, "箱"), ("牛奶", 1, "提")),
        part("盒马", ("鸡蛋", 1, "箱"), ("鸡蛋", 6, "个")),
        part("category:medicine", ("口罩", None, None), ("布洛芬", 1.5, "盒")),
        part("category:medicine", ("口罩", 2, None), ("布洛芬", 0.5, "盒")),
    ]
    lists = {
        s.shop: [(x.name, x.unit, x.total, x.unknown) for x in s.lines]
        for s in shopping_lists(parts)  # type: ignore[arg-type]
    }
    assert lists == {
        "盒马": [("鸡蛋", "箱", 3, 0), ("牛奶", "提", 1, 0), ("鸡蛋", "个", 6, 0)],
        "category:medicine": [("口罩", None, 2, 1), ("布洛芬", "盒", 2, 0)],
    }
