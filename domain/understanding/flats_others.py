"""A unit or a building named as someone else's, not the writer's flat. Tried in flats.py's
_candidates for a group with no room:

- a unit whose helpers are thanked (谢谢三单元的志愿者, 感谢2单元的大白, thanks to the volunteers
  of unit 2): whom the thanks are for;
- a building a list or a chat is for (updated volunteer list for Block B is pinned, the rota
  for block C): what the list covers.
"""

from __future__ import annotations

from domain.understanding.prefilter import compile_prefiltered

_HELPERS = (
    r"志愿者|义工|大白|楼长|楼栋长|楼道长|网格员|团长|保安|师傅|"
    r"(?<![a-z])(?:volunteers?|helpers?|team)(?![a-z])"
)
# thanks said earlier in the clause (谢谢, 感谢, thanks to)
_THANKS_BEFORE = compile_prefiltered(
    r"(?:谢谢|感谢|多谢|(?<![a-z])(?:thanks|thank you))[^。!?.\n]{0,24}$"
)
# the helpers right after (的志愿者, volunteers)
_HELPERS_AFTER = compile_prefiltered(rf"\s*的?\s*(?:{_HELPERS})")
# the helpers right before (the volunteers of)
_HELPERS_OF_BEFORE = compile_prefiltered(rf"(?:{_HELPERS}) (?:of|in|from) (?:the )?$")

_LIST_FOR_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:list|lists|roster|rota|schedule|group|chat|sheet|form) (?:for|of) (?:the )?$"
)


def helpers_thanked(text: str, start: int, end: int) -> bool:
    """Whether the unit at text[start:end] names helpers thanked."""
    before = text[max(0, start - 30) : start]
    if _THANKS_BEFORE.search(before) is None:
        return False
    return bool(_HELPERS_AFTER.match(text, end) or _HELPERS_OF_BEFORE.search(before))


def list_for(text: str, start: int) -> bool:
    """Whether the building at text[start:] is what a list or a chat is for."""
    return _LIST_FOR_BEFORE.search(text, max(0, start - 20), start) is not None
