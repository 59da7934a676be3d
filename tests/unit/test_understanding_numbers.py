"""Chinese, full-width and English numerals."""

import pytest

from domain.understanding.numbers import cn_to_int, digit_string, to_number
from domain.understanding.text import normalize


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十五", 25),
        ("一百零三", 103),
        ("一千二百零三", 1203),
        ("两", 2),
        ("两千三", 2300),
        ("一百五", 150),
        ("六零二", 602),
        ("幺二零三", 1203),
        ("三十七", 37),
        ("〇", 0),
    ],
)
def test_cn_to_int(text: str, value: int) -> None:
    assert cn_to_int(text) == value


@pytest.mark.parametrize("text", ["", "abc", "十幢", "3"])
def test_cn_to_int_rejects_non_numerals(text: str) -> None:
    assert cn_to_int(text) is None


@pytest.mark.parametrize(
    ("text", "digits"),
    [("五零三", "503"), ("幺零零二", "1002"), ("十二", "12"), ("1203", "1203"), ("两", "2")],
)
def test_digit_string_reads_room_numbers_digit_by_digit(text: str, digits: str) -> None:
    assert digit_string(text) == digits


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("半", 0.5),
        ("一半", 1.5),
        ("1.5", 1.5),
        ("12", 12),
        ("a dozen", 12),
        ("two", 2),
        ("十个"[:1], 10),
        ("half a dozen", 6),
    ],
)
def test_to_number(text: str, value: float) -> None:
    assert to_number(text) == value


def test_normalize_folds_full_width_digits_and_punctuation() -> None:
    assert normalize("３幢２单元５０１！体温３６．５℃，Ｒｏｏｍ") == "3幢2单元501!体温36.5°c,room"


def test_normalize_drops_control_and_invisible_characters() -> None:
    assert normalize("a\x00b\u200bc\x1fd\u202e") == "a bc d"
