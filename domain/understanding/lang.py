"""Language of a message: zh when mainly Chinese (or wordless), en when mainly English."""

from __future__ import annotations

import re
from typing import Literal

from domain.understanding.lang_chat import CHAT_INITIALS, pinyin_phrase
from domain.understanding.text import CJK

_CJK = re.compile(f"[{CJK}]+")  # runs: their lengths add up to the count, in fewer matches
_FAHRENHEIT = re.compile(r"(?<![\d.])(?:9[4-9]|10[0-6])(?:\.\d)?\s*°?\s*f(?![a-z])")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# A building's letter before its Chinese mark (A座1801, b栋) is no English word.
_BUILDING_LETTER = re.compile(r"(?<![a-z])[a-z](?=\s?(?:座|栋|幢|号楼|区))")
_BUILDING_MARK = re.compile("[座栋幢号区]")  # one of them stands after every building letter
# Units, single letters and chat tokens that also appear in Chinese messages.
_NEUTRAL = frozenset(
    "b c d e f g h j k l m n o p q r s t u v w x y z kg ml mg km cm mm am pm ok okk pcr app "
    "wifi vx qq id diy vip nb hh hhh www com cn".split()
)
# Pinyin typed among Chinese (jiuming 我爸晕倒了 kuai lai): a word made only of pinyin syllables
# with a mark that English words rarely have (iu, uai, ian, uan, ao, ing, x, q, zh …) is Chinese.
_SYLLABLE = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|"
    r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)|ang|eng|ai|ei|ao|ou|an|en|er|"
    r"a|o|e)"
)
_PINYIN = re.compile(rf"{_SYLLABLE}+")
_PINYIN_MARK = re.compile(r"iu|ui|uai|iao|ian|uan|ao|ou|ang|eng|ing|ong|uo|ie|^x|^q|^zh|^ch|^sh")
_ENGLISH_LOOKALIKES = frozenset(
    "you house mouse she shoe long song hang bang gang king ring sing wing ding ping pong gong "
    "boring taxi sex how now cow wow bow row low show know yoga china hong kong ouch mango ginger "
    "orange juice bingo tango singer hanger".split()
)


def detect_lang(text: str) -> Literal["zh", "en"]:
    """zh or en for normalized text."""
    cjk = sum(map(len, _CJK.findall(text)))
    # the letter-by-letter scan of the sub only where a building's mark stands
    lettered = _BUILDING_LETTER.sub(" ", text) if _BUILDING_MARK.search(text) else text
    words = [w for w in _WORD.findall(lettered) if w not in _NEUTRAL and w not in CHAT_INITIALS]
    latin = len(words)
    if not cjk and not latin:
        if _FAHRENHEIT.search(text):
            return "en"  # 97.9F: Fahrenheit is not how a Chinese resident reports
        return "en" if any(len(word) > 1 for word in _WORD.findall(text)) else "zh"
    if cjk and latin * 2 > cjk:
        latin -= sum(1 for word in words if is_pinyin_word(word))
        if pinyin_phrase(words, lambda word: _PINYIN.fullmatch(word) is not None, is_pinyin_word):
            latin = 0  # bu yao fa yu yin la 看不了: a phrase in pinyin (lang_chat)
    return "en" if latin * 2 > cjk else "zh"


def is_pinyin_word(word: str) -> bool:
    """Whether a Latin word reads as pinyin rather than English."""
    return (
        word not in _ENGLISH_LOOKALIKES
        and _PINYIN.fullmatch(word) is not None
        and _PINYIN_MARK.search(word) is not None
    )
