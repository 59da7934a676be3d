"""A flat's building named after its room, and a building and unit named as a place, not a flat.
Tried in flats.py:

- the building said last (flat 1207, A block; Unit 2, 1901, building 5; room 502 of tower 3):
  it leads the flat (A-1207, 5-2-1901);
- a building and unit written bare before their stairs or lobby (false alarm in the 4-2
  stairwell, the 3-1 lobby is wet, 5-2楼道有烟), where no other flat is named: that unit.
"""

from __future__ import annotations

from domain.understanding.prefilter import compile_prefiltered

_BUILDING_AFTER = compile_prefiltered(
    r"\s*,?\s*(?:of |in )?(?:the )?(?:(?P<letter>[a-z]) block(?=\s*(?:$|[,.;!?]))|"
    r"(?:block|blk|bldg\.?|building|tower) (?P<named>[a-z]|\d{1,3}))(?![a-z0-9])"
)

_UNIT_PLACE = compile_prefiltered(
    r"(?<![\d\-.:/])(?P<building>\d{1,2})-(?P<unit>\d)(?![\d\-.:/])\s*"
    r"(?:stairwell|stairway|staircase|stairs|lobby|corridor|hallway|楼道|楼梯间?)"
)


def building_after(text: str, end: int) -> str | None:
    """The building named right after a flat that ends at `end`, upper-cased, or None."""
    found = _BUILDING_AFTER.match(text, end)
    if found is None:
        return None
    return (found.group("letter") or found.group("named")).upper()


def unit_place(text: str) -> tuple[str, int, int] | None:
    """The building and unit whose stairs or lobby are named (4-2 stairwell), with the span."""
    found = _UNIT_PLACE.search(text)
    if found is None:
        return None
    return f"{found.group('building')}-{found.group('unit')}", found.start(), found.end("unit")
