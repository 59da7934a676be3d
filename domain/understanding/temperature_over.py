"""A fever of days before told over now: a memory, not a report (前天半夜烧到39.6 现在已经退烧了,
two days ago she hit 39.5 but the fever's gone now). Asked by told_of_before() in
temperature.py. A past day alone is no memory (前天开始发烧 今天还是39度: it goes on)."""

from __future__ import annotations

from domain.understanding.prefilter import compile_prefiltered

_DAYS_BEFORE = compile_prefiltered(
    r"前天|大前天|[两三四五几]天前|前几天|上周|上个?星期|上礼拜|"
    r"(?<![a-z])(?:the day before yesterday|(?:two|three|a few|couple of) days ago|last week|"
    r"the other day)(?![a-z])"
)
_FEVER_GONE = compile_prefiltered(
    r"已经退烧|退烧了|烧退了|烧已经退了|全好了|痊愈|康复了|(?:已经|现在|早就?|都)好了|"
    r"(?<![a-z])(?:fever(?:'s| is| has) (?:gone|broken|broke|down)|no (?:more )?fever now)"
    r"(?![a-z])"
)
_STILL = compile_prefiltered(r"还是|还在|又烧|又发烧|(?<![a-z])(?:still|again)(?![a-z])")


def fever_over(text: str, clause_start: int, reading_start: int) -> bool:
    """Whether the reading is of a fever days before that is told gone now."""
    if _DAYS_BEFORE.search(text, clause_start, reading_start) is None:
        return False
    return _FEVER_GONE.search(text, reading_start) is not None and not _STILL.search(text)
