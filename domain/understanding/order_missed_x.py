"""Orders no ask rule reads, from the misses of blind rounds 187-190, tried in orders.py after
missed_order_w():

- a drug no lexicon knows brought by the box or the bottle for an old complaint flared up (老胃病
  又犯了 帮带盒XX, my stomach's playing up again, could someone bring me a box of XX?): medicine.
"""

from __future__ import annotations

import re

from domain.understanding.model import Category
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.terms import Term

_BROUGHT_COUNTED = compile_prefiltered(
    r"帮(?:忙|我)?(?:带|买|捎)(?:一|两|几|个)?(?:盒|板|瓶|支)|"
    r"(?<![a-z])(?:bring|get|grab|buy) (?:me |us )?(?:a|one|two) (?:box|pack|packet|bottle) of"
    r"(?![a-z])"
)
COMPLAINT_FLARED = compile_prefiltered(
    r"(?:胃病|胃疼|胃痛|胃酸|老毛病|痔疮|腰疼|关节炎)[^。!?\s]{0,4}(?:又)?(?:犯了|发作了|又来了)|"
    r"(?<![a-z])(?:stomach|gut|back|ulcer|reflux|gout)(?:'s| is)? (?:playing up|flaring up|"
    r"acting up|flared up)(?![a-z])"
)


def missed_order_x(
    text: str, terms: list[Term], request: re.Match[str] | None
) -> tuple[Category, str] | None:
    """The category and the sign of an order no rule in read_order reads, or None."""
    if any(t.category is not Category.MEDICINE for t in terms):
        return None
    if (brought := _BROUGHT_COUNTED.search(text)) is not None and COMPLAINT_FLARED.search(text):
        return Category.MEDICINE, f"drug-for-complaint:{brought.group()}"
    return None
