"""What the writer says, without what they quote (a reply's quote, a quoted notice)."""

from __future__ import annotations

import re

# A quoted line (> 通知：…), a reply's quote on the first line (回复 @5-2-1102：帮忙买米) or a
# notice quoted in corner brackets on a line of its own (「物业：明天统一检修电梯」).
# Also a reply headed in English with the words replied to in quotes (Replying to Dr Liu: "any
# non-urgent issues?"), and a forward (【转发】 物业通知：…) whose writer answers it on a line
# opened by a dash (——顺便问下 我家插座冒过火花).
_QUOTED_LINE = re.compile(
    r"^\s*(?:>|＞|回复\s*@[^\n]{0,40}?[:：])[^\n]*(?:\n|$)|"
    r"^\s*(?:replying to|in reply to|reply to|re:)[^\n]{0,40}?[:：]\s*"
    r"\"[^\"\n]{0,200}\"\s*(?:\n|$)|"
    r"^\s*(?:\[转发\]|【转发】|\[forwarded\]|fwd:)[^\n]*\n(?=\s*(?:--|—))",
    re.M | re.I,
)
_QUOTED_BLOCK = re.compile(r"^\s*「[^」\n]{0,200}」\s*(?:\n|$)", re.M)


# A reply or a quote on one line: its head and the words quoted in quotes, then a dash before the
# writer's own (引用 @药店志愿者 '明早去药店 需要的报' -- 两盒…, quoting the notice: '…' - put me
# down for one), or an English reply's head alone before a colon (replying to the trash reminder:
# 3 bags…); 回复 @奶站：… on one line is the writer's own, whom it answers naming the service.
_INLINE_HEADS = ("引用", "回复", "quoting", "replying to", "in reply to", "reply to")
_INLINE_QUOTE = re.compile(
    r"^\s*(?:引用|回复|quoting|replying to|in reply to|reply to)[^'\"\n]{0,40}?(?:[:：]\s*)?"
    r"(?:'[^'\n]{1,200}'|\"[^\"\n]{1,200}\")\s*(?:--|—|-)\s*(?=\S)|"
    r"^\s*(?:replying to|in reply to|reply to)[^'\":：\n]{1,40}[:：]\s*(?=\S)"
)


def own_words(text: str) -> str:
    """The text with quoted lines blanked (same length, positions kept); the text itself when
    nothing but a quote is there (a bare forward is read as written)."""
    if "\n" not in text:
        if text.lstrip().startswith(_INLINE_HEADS):
            return _INLINE_QUOTE.sub(_blank, text, count=1)
        return text
    blanked = _QUOTED_BLOCK.sub(_blank, _QUOTED_LINE.sub(_blank, text))
    return blanked if blanked.strip() else text


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


# The writer missed the round the quote announces (> 今天下午四点收垃圾 / 我错过了 还有一袋): what
# the quote names is what their words are about.
MISSED_ROUND = re.compile(
    r"错过了|没赶上|没来得及|(?<![a-z])(?:missed (?:it|the (?:pickup|round|collection|truck))|"
    r"didn'?t make it)(?![a-z])"
)
