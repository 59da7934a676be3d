"""Orders by concept: someone kind asked the favour (could a kind soul grab …, could some kind
neighbour pick up …) is an ask, and so is a favour asked as a possibility or a chance (is it
possible someone buy …, any chance of fresh veg …?); a kindness told of, or a chance of weather,
is none. Paraphrases, not the rounds' sentences."""

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
        (
            "is it possible for someone to pick up some yoghurt and bread for me? 3-2-801",
            Category.GROCERIES,
        ),
        ("Is it possible anyone buy oat milk for us? Room 902", Category.GROCERIES),
        ("any chance of some eggs this week? happy with whatever, 7-1-1202", Category.GROCERIES),
    ],
)
def test_order(text: str, category: Category) -> None:
    check_order(text, category)


def test_kindness_told_is_no_order() -> None:
    check_no_order("what a kind soul she is, she brought us soup")


def test_chance_of_weather_is_no_order() -> None:
    check_no_order("any chance of rain tomorrow, do you think")
    check_no_order("is it possible to catch covid twice?")
