"""Orders by concept: someone kind asked the favour (could a kind soul grab …, could some kind
neighbour pick up …) is an ask; a kindness told of is none. Paraphrases, not the rounds'
sentences."""

import pytest

from domain.understanding import Category
from tests.support.families import check_no_order, check_order


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "could some kind neighbour pick up two cartons of milk for 3-1-702? thank you",
            Category.GROCERIES,
        ),
        (
            "can any kind soul get a bag of rice and some apples for 6-2-1001? 🙏",
            Category.GROCERIES,
        ),
    ],
)
def test_order(text: str, category: Category) -> None:
    check_order(text, category)


def test_kindness_told_is_no_order() -> None:
    check_no_order("what a kind soul she is, she brought us soup")
