"""A pet's fever beside a number is no body-temperature reading (temperature_whose.py); a person
named with the pet keeps it. Paraphrases, not the rounds' sentences."""

import pytest

from tests.support.families import check_reading

READINGS: list[tuple[str, float | None]] = [
    ("家里的狗狗发烧了 40.1 附近有宠物医院吗", None),
    ("my dog's running a fever, 39.6, any vets here?", None),
    ("猫咪体温39 正常吗", None),
    ("孩子被猫抓了 发烧38.5 3-1-201", 38.5),
    ("我38.2 家里猫也不吃饭", 38.2),
]


@pytest.mark.parametrize(("text", "celsius"), READINGS)
def test_reading(text: str, celsius: float | None) -> None:
    check_reading(text, celsius)
