"""A unit named as a whole round told done, not the writer's flat. Tried in flats.py's
_candidates for a group with no room, beside flats_others.py:

- a unit whose round is told done (all rubbish from unit 2 has been collected, every parcel for
  unit 3 is delivered, 2单元的垃圾都收完了): the round covers the unit.
"""

from __future__ import annotations

from domain.understanding.prefilter import compile_prefiltered

# the whole round named before the unit (all rubbish from, every parcel for)
_ALL_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:all|every|each)(?: the)? [a-z ]{0,24}(?:from|for|in|of) (?:the )?$"
)
# told done right after (has been collected, are delivered)
_DONE_AFTER = compile_prefiltered(
    r"\s*(?:has|have|is|are) (?:now |all )?(?:been )?(?:collected|delivered|done|cleared|"
    r"picked up|handed out|sent)(?![a-z])"
)
# the unit's round told done in Chinese (2单元的垃圾都收完了)
_DONE_ZH_AFTER = compile_prefiltered(
    r"的?[^。!?\s]{0,6}(?:都|全部|已经|已)(?:收完|送完|发完|清完|收走|送到)了"
)


def round_done_for(text: str, start: int, end: int) -> bool:
    """Whether the unit at text[start:end] is what a round told done covers."""
    before = text[max(0, start - 40) : start]
    if _ALL_BEFORE.search(before) and _DONE_AFTER.match(text, end):
        return True
    return _DONE_ZH_AFTER.match(text, end) is not None
