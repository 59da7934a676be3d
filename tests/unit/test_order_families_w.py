"""Orders by family, from the misses of blind rounds 183-186: each family's wordings in zh and en,
and the look-alikes read otherwise. Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Kind, understand
from domain.understanding.flats import find_flat
from tests.support.families import check_reading


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("楼上1602天天半夜拖椅子 吵死了", "1602"),  # 天天 is every day, not days
        ("隔壁903天天装修", "903"),
        ("坚持了100天 谢谢大家", None),
        ("我妈血压高到170 吃了药 今天140", None),  # the measure's later value
        ("血压量了175 降到138了", None),
        ("Dad's blood pressure was 175, now 140", None),
        ("我爸血压高 帮忙买降压药 今天 202", "202"),  # a room after a space stays a room
        ("妈妈血压高 帮买药 602", "602"),
    ],
)
def test_flats_183_186(text: str, flat: str | None) -> None:
    assert find_flat(text) == flat


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("101.4F last night, came down to 99F by breakfast", 37.2),
        ("Fever 100.8F at midnight, dropped to 99F this morning 3-1-202", 37.2),
    ],
)
def test_later_whole_fahrenheit(text: str, celsius: float) -> None:
    check_reading(text, celsius)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("两天前孩子烧到39.2 吓坏了 今天已经退烧了 谢谢关心", Kind.OTHER),
        ("Two days ago my son hit 39.5, but the fever's gone now, thanks all", Kind.OTHER),
        ("前几天老人烧到38.9 现在烧退了 谢谢大家", Kind.OTHER),
        ("前天开始发烧 今天还是39度", Kind.TEMPERATURE),  # it goes on
        ("前天烧到39 今天又烧到38.8 3-1-202", Kind.TEMPERATURE),
        ("孩子39.2 3-1-202", Kind.TEMPERATURE),
    ],
)
def test_fever_days_before_over(text: str, kind: Kind) -> None:
    assert understand(text).kind is kind
