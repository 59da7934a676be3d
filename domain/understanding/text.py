"""Text normalization and clause/sentence boundaries shared by the recognizers."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from domain.understanding.emoji_goods import EMOJI_GOODS
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.traditional import TRADITIONAL

MAX_CHARS = 4096  # Telegram's own limit for one message
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ud800-\udfff]")
_DASHES = str.maketrans(
    {ch: "-" for ch in "‐‑‒–—―−﹣"}
    | {ch: "'" for ch in "‘’‛`´"}
    | {"“": '"', "”": '"', "﹖": "?", "﹗": "!", "・": "·", "。": "。"}
)
_DASHES.update(TRADITIONAL)  # traditional characters read as simplified (媽媽胸口悶 -> 妈妈胸口闷)
_DASHES.update({ord(emoji): word for emoji, word in EMOJI_GOODS.items()})  # 🥚x30 -> 鸡蛋x30
_OTHER_DIGITS = re.compile(r"[^\D0-9]")  # a digit but 0-9: a class, which the engine scans for
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")

# A clause ends at punctuation or at a space next to a CJK character or an emoji.
_CLAUSE_BREAK = compile_prefiltered(
    rf"[,，、。!！?？;；:：\n~…]+|(?<!\d)\.(?!\d)|\.(?=\s)|\s*\bbut\b\s*|但是|不过|可是"
    rf"|(?<=[{CJK}\U0001f000-\U0001faff\u2600-\u27bf])\s+|"
    rf"\s+(?=[{CJK}\U0001f000-\U0001faff\u2600-\u27bf])"
)
_SENTENCE_BREAK = compile_prefiltered(r"[。!！?？;；\n…]+|(?<!\d)\.(?!\d)|\.(?=\s)")


def normalize(text: str) -> str:
    """NFKC, simplified characters, lower case, no control or invisible characters, single spaces,
    capped length."""
    text = text[:MAX_CHARS]
    if not text.isascii():  # the invisible characters and other digits are none of ASCII's
        text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))
    text = _CONTROL.sub(" ", text).translate(_DASHES)
    if not text.isascii():
        text = _OTHER_DIGITS.sub(_ascii_digit, text)
    raw = text
    text = _SPACES.sub(" ", text).strip().lower()
    # a spaced run holds three spaces: most texts have fewer, and str.count is no regex scan
    if text.count(" ") >= 3 and _SPACED_RUN.search(text) is not None:
        if _WIDE_GAP.search(raw) is not None:
            # a wider gap between spaced runs (体 温 三 十 六 度 五   二 栋) parts two phrases
            gapped = _SPACES.sub(" ", _WIDE_GAP.sub(f" {_GAP} ", raw)).strip().lower()
            return _SPACES.sub(" ", _unspaced(gapped).replace(_GAP, " ")).strip()
        text = _unspaced(text)
    return text


# Typed a character or a word at a time with a space after each (我 是 8 栋 的 王 阿 姨, 心脏 难受
# 喘 不过气), as some elderly residents and voice keyboards do: read as written together. Only
# runs of tokens of one to three characters are joined, so a clause ended by a space stays apart.
_SPACED_RUN = re.compile(rf"[{CJK}]{{1,3}} [{CJK}\d]{{1,3}} [{CJK}\d]{{1,3}} ")
# A gap of two spaces or more, marked while a spaced run is joined so the words on either side of
# it stay apart.
_WIDE_GAP = re.compile(r"[ \t\u00a0\u3000]{2,}")
_GAP = "\x1f"
# a short token may carry punctuation between its short pieces (帮我！我, 困难，喉咙)
_PUNCT = r"，。！？、,.!?；;：:"
_DIGIT = re.compile(r"\d")
_SHORT = re.compile(rf"[{CJK}\d]{{1,3}}(?:[{_PUNCT}]+[{CJK}\d]{{1,3}})*[{_PUNCT}]*")


def _unspaced(text: str) -> str:
    """Text typed a character or a short word at a time, with the spaces between them removed."""
    tokens = _with_punctuation_attached(text.split(" "))
    # marked wide gaps count for nothing in how the words were typed, and join nothing
    words = [token for token in tokens if token != _GAP]
    short = [_SHORT.fullmatch(token) is not None for token in words]
    # a flat or a number (7号楼 502) says nothing of how the words were typed
    worded = [
        (token, ok) for token, ok in zip(words, short, strict=True) if not _DIGIT.search(token)
    ]
    singles = sum(1 for token, ok in worded if ok and len(token) <= 2)
    if len(words) < 4 or sum(short) * 10 < len(words) * 7 or singles * 2 < len(worded):
        return text
    out = [tokens[0]]
    for i in range(1, len(tokens)):
        together = (
            _GAP not in (tokens[i - 1], tokens[i])
            and _SHORT.fullmatch(tokens[i - 1]) is not None
            and _SHORT.fullmatch(tokens[i]) is not None
        )
        out.append(tokens[i] if together else " " + tokens[i])
    return "".join(out)


def _with_punctuation_attached(tokens: list[str]) -> list[str]:
    """Punctuation typed as a token of its own (叫 不 醒 , 出 汗) joined to the token before."""
    joined: list[str] = []
    for token in tokens:
        if joined and token and _PUNCTUATION_ONLY.fullmatch(token):
            joined[-1] += token
        else:
            joined.append(token)
    return joined


_PUNCTUATION_ONLY = re.compile(rf"[{_PUNCT}]+")


def _ascii_digit(match: re.Match[str]) -> str:
    """A decimal digit of any script as an ASCII digit."""
    return str(unicodedata.decimal(match.group(), 0))


class Segments:
    """Clause and sentence spans of one normalized text, looked up by position."""

    __slots__ = ("_clause_starts", "_clauses", "_sentence_starts", "_sentences", "text")

    def __init__(self, text: str) -> None:
        """Remember the text; spans are computed on first use."""
        self.text = text
        self._clauses: list[tuple[int, int]] | None = None
        self._clause_starts: list[int] = []
        self._sentences: list[tuple[int, int]] | None = None
        self._sentence_starts: list[int] = []

    def clause(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the clause holding pos."""
        if self._clauses is None:
            self._clauses = _spans(self.text, _CLAUSE_BREAK)
            self._clause_starts = [start for start, _ in self._clauses]
        return _lookup(self._clauses, self._clause_starts, pos)

    def sentence(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding pos."""
        if self._sentences is None:
            self._sentences = _spans(self.text, _SENTENCE_BREAK)
            self._sentence_starts = [start for start, _ in self._sentences]
        return _lookup(self._sentences, self._sentence_starts, pos)

    def clause_before(self, pos: int) -> str:
        """The clause text from its start up to pos."""
        return self.text[self.clause(pos)[0] : pos]

    def clause_after(self, pos: int) -> str:
        """The clause text from pos to its end."""
        return self.text[pos : self.clause(pos)[1]]

    def sentence_before(self, pos: int) -> str:
        """The sentence text from its start up to pos."""
        return self.text[self.sentence(pos)[0] : pos]

    def sentence_text(self, pos: int) -> str:
        """The whole sentence holding pos."""
        start, end = self.sentence(pos)
        return self.text[start:end]


def _spans(text: str, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans between the break matches (always at least one span)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in breaks.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def _lookup(spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    """The span whose start is the last at or before pos."""
    index = max(bisect_right(starts, pos) - 1, 0)
    return spans[index]


def has_cjk(text: str) -> bool:
    """Whether text holds any CJK ideograph."""
    return _CJK_CHAR.search(text) is not None


_CJK_CHAR = re.compile(f"[{CJK}]")
