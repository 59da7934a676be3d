"""Still more orders whose category is read again. Wired in orders.py after recategorized_v():

- papers carried (receipts left at the clinic picked up, hospital bills dropped in a claim
  box, a vaccination booklet taken to the office, 出生证明材料在门口 帮忙拿上来): an errand,
  not the care the papers are about;
- a fixture at fault, a fixer asked, the rubbish told only as why (出去扔个垃圾门锁坏了
  求开锁, 小孩把玩具扔进马桶堵了 找人来通一下): repair;
- a drug no lexicon knows bought for an ailment told (buy some senna for dad? he's
  constipated, 帮买点XX 奶奶便秘): medicine, not groceries.
"""

from __future__ import annotations

from domain.understanding.model import Category
from domain.understanding.order_categories import has_fault
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.terms import Term

_PAPERS = compile_prefiltered(
    r"(?<![a-z])(?:receipts?|bills|envelope|papers|paperwork|booklet|documents?|forms)(?![a-z])|"
    r"单据|收据|发票|材料|证明|小本子|接种本|疫苗本|信封"
)
_CARRIED = compile_prefiltered(
    r"(?<![a-z])(?:pick up|drop|bring (?:it|them) up|take (?:it|them)|deliver|needs? to go to)"
    r"(?![a-z])|拿上来|送上来|带过去|送过去|送到|交到|拿回来|取回来"
)
_BUY = compile_prefiltered(r"买|(?<![a-z])(?:buy|order)(?![a-z])")

_FIXER_ASKED = compile_prefiltered(
    r"开锁|(?:来|帮忙)?通一下|疏通|来修|"
    r"(?<![a-z])(?:unlock|unblock|unclog|fix) (?:it|the|my|our)(?![a-z])"
)

_AILMENT = compile_prefiltered(
    r"便秘|拉肚子|腹泻|(?<![a-z])(?:constipated|constipation|diarrh?oea|diarrhea|heartburn|"
    r"indigestion|hay ?fever)(?![a-z])"
)


def recategorized_w(
    text: str, category: Category, terms: list[Term]
) -> tuple[Category, str] | None:
    """The category an order is read as instead, with a reason, or None."""
    if (
        category in (Category.MEDICAL, Category.GROCERIES, Category.MEDICINE)
        and _PAPERS.search(text)
        and _CARRIED.search(text)
        and not _BUY.search(text)
    ):
        return Category.ERRAND, "papers-carried"
    if category is Category.GARBAGE and has_fault(text) and _FIXER_ASKED.search(text):
        return Category.REPAIR, "fixer-asked"
    if (
        category is Category.GROCERIES
        and not any(t.category is Category.GROCERIES for t in terms)
        and _AILMENT.search(text)
    ):
        return Category.MEDICINE, "drug-for-ailment"
    return None
