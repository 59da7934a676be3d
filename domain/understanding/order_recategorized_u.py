"""More orders whose category is read again. Wired in orders.py after recategorized():

- a doctor asked to come up, a drug to adjust the reason (医生有空上来给我看看 调调药, could the
  doctor come up and adjust her meds?): medical, not medicine;
- something taken to the rubbish point (猫砂 帮忙拿去楼下垃圾站, take the old mattress to the bins
  room): garbage, not an errand;
- goods named after a shortage, an earlier delivery only the complaint (the last delivery was
  missing things; now we're out again: milk, bread please): groceries, not an errand.

buy_thanked() reads a buy that is thanks to a past helper (谢谢上次帮忙买药的姐姐), so that
bought_instead() (order_needs_care.py) does not take it for what is asked.
"""

from __future__ import annotations

from domain.understanding.model import Category
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.terms import Term

_DOCTOR = compile_prefiltered(r"医生|大夫|(?<![a-z])(?:doctor|gp)(?![a-z])")
_COME_UP = compile_prefiltered(
    r"(?:上来|上门|来一趟|过来|来家里)[^。!?]{0,8}(?:看看|看一下|看下|瞧瞧)|"
    r"(?<![a-z])(?:come|pop) (?:up|over|round|by)[^.!?]{0,30}(?:adjust|check|review|look at)"
    r"(?![a-z])"
)
_BUY = compile_prefiltered(r"买|开(?:点|些)?药|(?<![a-z])(?:buy|pick up|prescribe)(?![a-z])")

_TO_RUBBISH_POINT = compile_prefiltered(
    r"(?:拿|扔|带|送|搬|扛|拎|丢)(?:去|到)[^。!?\s]{0,4}(?:垃圾站|垃圾桶|垃圾房|垃圾点|垃圾箱|回收站)|"
    r"(?<![a-z])(?:take|carry|bring|drop) (?:it|them|this|these)?\s?(?:down )?to the "
    r"(?:bins?|bin room|rubbish point|garbage point|garbage station|trash room|rubbish room)"
    r"(?![a-z])"
)

_PAST_DELIVERY = compile_prefiltered(
    r"(?<![a-z])(?:last|previous|yesterday'?s) (?:delivery|order|drop)(?![a-z])|"
    r"上次(?:送|的)(?:菜|货|东西)"
)
_OUT_AGAIN = compile_prefiltered(
    r"(?<![a-z])(?:out (?:of [a-z]+ )?again|ran out|run out|out of)(?![a-z])|"
    r"又没了|又吃完了|又用完了"
)

_BUY_THANKED = compile_prefiltered(
    r"(?:谢谢|感谢|多谢)[^。!?\s]{0,4}(?:上次|之前|昨天|那天|前天)帮(?:忙|我|我们)?买"
)


def recategorized_u(
    text: str, category: Category, terms: list[Term]
) -> tuple[Category, str] | None:
    """The category an order is read as instead, with a reason, or None."""
    if (
        category is Category.MEDICINE
        and _DOCTOR.search(text)
        and _COME_UP.search(text)
        and not _BUY.search(text)
    ):
        return Category.MEDICAL, "doctor-comes-up"
    if category in (Category.ERRAND, Category.GROCERIES) and _TO_RUBBISH_POINT.search(text):
        return Category.GARBAGE, "to-rubbish-point"
    if (
        category is Category.ERRAND
        and (past := _PAST_DELIVERY.search(text)) is not None
        and (out := _OUT_AGAIN.search(text, past.end())) is not None
        and any(t.category is Category.GROCERIES and t.start >= out.end() for t in terms)
    ):
        return Category.GROCERIES, "out-again"
    return None


def buy_thanked(text: str) -> bool:
    """Whether the buy read is thanks to a past helper (谢谢上次帮忙买药的姐姐)."""
    return _BUY_THANKED.search(text) is not None
