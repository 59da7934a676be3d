"""Chinese, full-width and English numerals turned into numbers and digit strings."""

from __future__ import annotations

import re

CN_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "幺": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "贰": 2,
    "三": 3,
    "叁": 3,
    "仨": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "万"
CN_NUM = f"[{CN_NUMERAL_CHARS}]"

EN_NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
    "a dozen": 12,
    "half a dozen": 6,
    "couple": 2,
    "a couple": 2,
    "a couple of": 2,
    "a pair of": 2,
    "pair": 2,
}

_ARABIC = re.compile(r"\d+(?:\.\d+)?")


def cn_to_int(text: str) -> int | None:
    """The value of a Chinese numeral, positional (一千二百零三) or digit by digit (六零二)."""
    if not text or any(ch not in CN_DIGITS and ch not in CN_UNITS and ch != "万" for ch in text):
        return None
    if not any(ch in CN_UNITS or ch == "万" for ch in text):
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total = 0
    section = 0
    digit = 0
    last_unit = 0
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
            if digit == 0:
                last_unit = 0
        elif ch == "万":
            total += (section + digit) * 10000
            section = digit = last_unit = 0
        else:
            unit = CN_UNITS[ch]
            section += (digit or 1) * unit
            digit = 0
            last_unit = unit
    if digit and last_unit >= 100 and text[-2] in CN_UNITS:
        digit *= last_unit // 10  # colloquial 一百五 = 150, 两千三 = 2300
    return total + section + digit


def digit_string(text: str) -> str | None:
    """Arabic or Chinese numeral as a digit string (幺二零三 -> 1203, 十二 -> 12)."""
    if text.isascii():
        return text if text.isdigit() else None
    value = cn_to_int(text)
    if value is None:
        return None
    if any(ch in CN_UNITS or ch == "万" for ch in text):
        return str(value)
    return "".join(str(CN_DIGITS[ch]) for ch in text)


def to_number(text: str) -> int | float | None:
    """An arabic, Chinese or English number word as int or float (半 is 0.5)."""
    text = text.strip()
    if not text:
        return None
    if _ARABIC.fullmatch(text):
        value = float(text)
        return int(value) if value.is_integer() and "." not in text else value
    if text == "半":
        return 0.5
    if text.endswith("半") and len(text) > 1:
        whole = cn_to_int(text[:-1])
        return None if whole is None else whole + 0.5
    if text in EN_NUMBERS:
        return EN_NUMBERS[text]
    return cn_to_int(text)
