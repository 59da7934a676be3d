"""Language of a message: zh when mainly Chinese (or wordless), en when mainly English."""

from __future__ import annotations

import re
from typing import Literal

from domain.understanding.text import CJK

_CJK = re.compile(f"[{CJK}]")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# Units, single letters and chat tokens that also appear in Chinese messages.
_NEUTRAL = frozenset(
    "b c d e f g h j k l m n o p q r s t u v w x y z kg ml mg km cm mm am pm ok okk pcr app "
    "wifi vx qq id diy vip nb hh hhh www com cn".split()
)


def detect_lang(text: str) -> Literal["zh", "en"]:
    """zh or en for normalized text."""
    cjk = len(_CJK.findall(text))
    latin = sum(1 for word in _WORD.findall(text) if word not in _NEUTRAL)
    if not cjk and not latin:
        return "en" if any(len(word) > 1 for word in _WORD.findall(text)) else "zh"
    return "en" if latin * 2 > cjk else "zh"
