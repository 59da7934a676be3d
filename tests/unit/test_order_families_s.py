"""Orders by family, from the misses of blind rounds 167-170: each family's asks in zh and en,
the look-alikes that ask for nothing. Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category, understand
from tests.support.families import cases, check_no_order, check_order

FAMILIES_167_170: dict[str, list[tuple[str, Category]]] = {
    "a parcel below told to hold medicine, asked fetched: an errand": [
        ("包裹到驿站了 是奶奶的胰岛素 麻烦帮忙取一下 3-2-501", Category.ERRAND),
        ("快递在小区门口 里面是药 麻烦帮拿上来 6-1-702", Category.ERRAND),
        ("a parcel with my meds is at the gate, could someone grab it? 2-1-301", Category.ERRAND),
    ],
    "used masks and test kits bagged, asked collected: rubbish": [
        ("用过的口罩和抗原装了一袋 麻烦收走 3-1-201", Category.GARBAGE),
        (
            "bagged up the used masks and test kits, can someone collect them? 4-4-404",
            Category.GARBAGE,
        ),
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES_167_170))
def test_order_family(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "每人每天要交一次抗原 用过的装袋扔掉就行 楼长提醒",
    ],
)
def test_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(
    "text",
    [
        "体温超过37.3要上报吗 还是37.8才报?",
        "请问多少度要上报 超过37.5要报备吗 还是38?",
        "do we have to report above 37.3 or 37.5?",
    ],
)
def test_threshold_alternatives_are_no_reading(text: str) -> None:
    assert understand(text).temperature is None


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("快递两个 取件码 2-1-3011、2-1-3012 麻烦帮拿 5-2-801", "5-2-801"),
        ("取件码6-3-2201 6-3-2202 帮忙拿一下 谢谢 9-2-1503", "9-2-1503"),
    ],
)
def test_pickup_codes_listed_are_no_flat(text: str, flat: str) -> None:
    assert understand(text).flat == flat
