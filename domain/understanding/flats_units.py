"""A unit named as a whole round told done, not the writer's flat. Tried in flats.py's
_candidates for a group with no room, beside flats_others.py:

- a unit whose round is told done (all rubbish from unit 2 has been collected, every parcel for
  unit 3 is delivered, collection done for all of unit 2, groceries for unit 2 delivered,
  2单元的垃圾都收完了, 1单元全部核酸完成): the round covers the unit.
"""

from __future__ import annotations

from domain.understanding.prefilter import compile_prefiltered

# the whole round named before the unit (all rubbish from, every parcel for)
_ALL_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:all|every|each)(?: the)? [a-z ]{0,24}(?:from|for|in|of) (?:the )?$"
)
# the round told done first, then the whole unit (collection done for all of unit 2)
_DONE_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:done|finished|complete|completed|delivered|collected) for (?:all of |the whole "
    r"of |all )(?:the )?$"
)
# a round's goods for the unit, told done (groceries for unit 2 delivered)
_FOR_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:groceries|veg|vegetables|food|parcels|medicine|meds|supplies|boxes|rubbish|"
    r"garbage|trash|bags) (?:for|from) (?:the )?$"
)
_TOLD_DONE_AFTER = compile_prefiltered(
    r"\s*(?:(?:has|have|is|are) (?:now |all )?(?:been )?)?(?:collected|delivered|done|cleared|"
    r"picked up|handed out)(?![a-z])"
)
# told done right after (has been collected, are delivered)
_DONE_AFTER = compile_prefiltered(
    r"\s*(?:has|have|is|are) (?:now |all )?(?:been )?(?:collected|delivered|done|cleared|"
    r"picked up|handed out|sent)(?![a-z])"
)
# the unit's round told done in Chinese (2单元的垃圾都收完了)
_DONE_ZH_AFTER = compile_prefiltered(
    r"的?[^。!?\s]{0,6}(?:都|全部|已经|已)(?:收完|送完|发完|清完|收走|送到)了|"
    # or the unit's whole round told finished (1单元全部核酸完成)
    r"的?(?:全部|都|全都)[^。!?\s]{0,4}(?:完成|做完|采完|测完)"
)


def round_done_for(text: str, start: int, end: int) -> bool:
    """Whether the unit at text[start:end] is what a round told done covers."""
    before = text[max(0, start - 40) : start]
    if _ALL_BEFORE.search(before) and _DONE_AFTER.match(text, end):
        return True
    if _DONE_BEFORE.search(before):
        return True  # temp collection done for all of unit 2
    if _FOR_BEFORE.search(before) and _TOLD_DONE_AFTER.match(text, end):
        return True  # groceries for unit 2 delivered
    return _DONE_ZH_AFTER.match(text, end) is not None
