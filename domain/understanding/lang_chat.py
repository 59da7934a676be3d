"""Latin letters that Chinese chat types among characters, for detect_lang (lang.py):

- pinyin initials for common words (tw 36.6 for 体温, hs 做了 for 核酸, kd 到了 for 快递): no
  English words;
- a phrase typed in toneless pinyin before the characters (bu yao fa yu yin la 看不了, bie fa
  yu yin le 听不了): every word a run of syllables, one with a mark English rarely has.
"""

from __future__ import annotations

from collections.abc import Callable

CHAT_INITIALS = frozenset(
    "tw hs kd wx zfb yyds xswl xdm jms nsdd zqsg bhys plmm gg mm jj dd".split()
)
# English words that split into syllables and are typed among Chinese too
_ENGLISH_SHORT = frozenset("a an as be he me we no so to go do in on at it is".split())
_MIN_WORDS = 3


def pinyin_phrase(
    words: list[str], syllabic: Callable[[str], bool], marked: Callable[[str], bool]
) -> bool:
    """Whether all the Latin words are pinyin: three or more, each a run of syllables and no
    short English word, one of them with a pinyin mark."""
    return (
        len(words) >= _MIN_WORDS
        and all(syllabic(word) and word not in _ENGLISH_SHORT for word in words)
        and any(marked(word) for word in words)
    )
