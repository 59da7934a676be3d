"""Emergency detection: acute triggers, unless negated, past, hypothetical, a joke or news."""

from __future__ import annotations

from domain.understanding.emergency_calm import defused
from domain.understanding.emergency_lexicon import (
    SIGN,
    WEAK,
)
from domain.understanding.emergency_net import in_doubt
from domain.understanding.emergency_situations import (
    dangerous_fever,
    febrile_fit,
    life_support_down,
    lying_still,
    unanswered,
    warning_signs,
)
from domain.understanding.emergency_triggers import find_hits
from domain.understanding.temperature import Reading
from domain.understanding.text import Segments

MAX_HITS = 24  # triggers weighed per message (each costs a few scans of the text)
ENOUGH = 2  # active triggers after which the verdict cannot change

# Cantonese and Wu words read as Mandarin, one character for one so positions keep (喘唔到气,
# 叫极都唔醒, 一边手冇力, 佢晕咗, 爬勿起来, 心口好翳).
_DIALECT_WORDS = {
    "唔": "不",
    "冇": "没",
    "咗": "了",
    "佢": "他",
    "勿": "不",
    "睇": "看",
    "嚟": "来",
    "啲": "点",
    "翳": "闷",
}
_DIALECT = str.maketrans(_DIALECT_WORDS)
_DIALECT_CHARS = frozenset(_DIALECT_WORDS)


def assess(text: str, segments: Segments, readings: list[Reading]) -> tuple[bool, list[str]]:
    """Whether normalized text reports an emergency now, with the evidence either way."""
    if not _DIALECT_CHARS.isdisjoint(text):
        text = text.translate(_DIALECT)
        segments = Segments(text)
    evidence: list[str] = []
    active = 0
    signs: dict[str, bool] = {}  # warning signs that count, by words: whether each is strong
    if text:
        for hit in find_hits(text)[:MAX_HITS]:
            reason = defused(text, segments, hit)
            if reason is not None:
                evidence.append(reason)
            elif hit.flags & SIGN:
                signs[hit.words] = signs.get(hit.words, False) or not hit.flags & WEAK
            else:
                active += 1
                evidence.append(f"emergency:{hit.group}:{hit.words}")
                if active >= ENOUGH:
                    break
    urgent = active > 0
    if not urgent:
        # No trigger fired: the slower readings of a situation, in order, until one does.
        checks = (
            lambda: warning_signs(text, signs) if signs else None,
            lambda: lying_still(text),
            lambda: unanswered(text),
            lambda: life_support_down(text),
            lambda: in_doubt(text, segments),
            lambda: febrile_fit(text, segments, readings),
        )
        reason = next((found for check in checks if (found := check()) is not None), None)
        if reason is not None:
            urgent = True
            evidence.append(reason)
    for reading in readings:
        reason = dangerous_fever(text, segments, reading)
        if reason is not None:
            urgent = True
            evidence.append(reason)
    return urgent, evidence
