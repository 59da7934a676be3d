"""Emergency triggers: every acute wording the lexicon knows, found in a text."""

from __future__ import annotations

from dataclasses import dataclass

from domain.understanding.emergency_families import family_of
from domain.understanding.emergency_lexicon import (
    TRIGGERS,
)
from domain.understanding.model import EmergencyFamily
from domain.understanding.prefilter import PrefixIndex, compile_prefiltered

_TRIGGERS = tuple(
    (group, family, flags, compile_prefiltered(pattern))
    for group, family, flags, pattern in TRIGGERS
)
_TRIGGER_INDEX = PrefixIndex([pattern for _, _, _, pattern in TRIGGERS])


@dataclass(frozen=True)
class Hit:
    """One trigger found in the text."""

    group: str
    flags: int
    start: int
    end: int
    words: str
    family: EmergencyFamily | None
    """The trigger's own family, else the one its words tell of (None for a bare cry)."""


def find_hits(text: str) -> list[Hit]:
    """Every trigger match, dropping ones inside a longer match of the same group."""
    hits = [
        Hit(
            group,
            flags,
            match.start(),
            match.end(),
            match.group(),
            family or family_of(match.group()),
        )
        for group, family, flags, pattern in (
            _TRIGGERS[index] for index in _TRIGGER_INDEX.candidates(text)
        )
        for match in pattern.finditer(text)
        if match.end() > match.start()
    ]
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start >= kept[-1].start and hit.end <= kept[-1].end:
            continue
        kept.append(hit)
    return kept
