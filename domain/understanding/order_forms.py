"""Goods asked for by a form that names a drug (帮买支烫伤膏, 买两盒含片, get me some burn cream,
烫伤膏用完了 再帮买一支):
medicine, though the drug's name is not in the lexicon. Tried in orders.py before the verb's
own category (order_categories.by_verb)."""

from __future__ import annotations

from domain.understanding.model import Category
from domain.understanding.prefilter import compile_prefiltered

# A buy verb, a count or a measure, then a word ending in a drug's form (膏, 含片, 胶囊, 颗粒,
# 喷雾, 栓; cream, ointment, gel, lozenges): medicine bought.
_DRUG_FORM = compile_prefiltered(
    r"(?:买|带|捎|配)(?:一|两|几|[\d])?(?:支|盒|瓶|管|板|包|点|些|个)?[\u4e00-\u9fff]{1,4}"
    r"(?:膏|含片|胶囊|颗粒|喷雾|栓)(?![\u4e00-\u9fff])|"
    # the drug's form named first, used up, then a buy (烫伤膏用完了 … 再帮买一支)
    r"[\u4e00-\u9fff]{1,4}(?:膏|含片|胶囊|颗粒|喷雾|栓)(?:用完了|没了|快没了|用光了|快用完了)"
    r"[^。!?]{0,24}(?:买|带|捎|配)|"
    r"(?<![a-z])(?:cream|ointment|gel|lozenges|salve) (?:has |have )?(?:run out|ran out|"
    r"is finished|are finished|used up|is gone|are gone)[^.!?]{0,30}(?:buy|get|grab|bring)"
    r"(?![a-z])|"
    r"(?<![a-z])(?:buy|get|grab|bring|pick up)(?: me| us)?(?: some| a| an| a tube of| a pot of)?"
    r"(?: [a-z]+){0,2} (?:cream|ointment|gel|lozenges|salve)(?![a-z])"
)


def drug_by_form(text: str) -> tuple[Category, str] | None:
    """Medicine, when what a request buys is named by a drug's form."""
    if _DRUG_FORM.search(text):
        return Category.MEDICINE, "drug-form"
    return None
