"""An order's category read again where the goods named are not what is asked. Wired in orders.py
after care_category:

- a parcel sent, whatever it holds (帮我寄个快递 是给我妈的药, could someone post a parcel of
  medicine to my dad?): an errand;
- used medical supplies put out for disposal (腹透的废液袋放门口了 帮忙拿下去, used dialysis
  supplies bagged up outside, need disposal): garbage;
- records or papers printed and taken somewhere (dialysis records printed and taken to the
  community office, 病历打印出来送到居委会): an errand;
- food gone bad bagged and its collection asked (装了一袋坏掉的猫罐头 能早点收吗): garbage.

bill_paid() reads a bill named before the paying (家里没电费了 能帮忙在网上交一下吗), beside the
payment sign of order_categories.py.
"""

from __future__ import annotations

from domain.understanding.model import Category
from domain.understanding.prefilter import compile_prefiltered

_PARCEL_SENT = compile_prefiltered(
    r"寄(?:个|一个|一下|下|了个)?(?:快递|包裹|件)|"
    r"(?<![a-z])(?:post|send|mail|ship|courier) (?:a|the|this|my|our) (?:parcel|package|box)"
    r"(?![a-z])"
)

_USED_SUPPLIES = compile_prefiltered(
    r"废液袋?|(?:透析|腹透|用过|用完)的?(?:管子|袋子|针头|针管|废液|耗材)|"
    r"(?<![a-z])used (?:dialysis|insulin|medical|catheter|stoma|ostomy|colostomy)"
    r"(?: [a-z]+)?(?: supplies| bags| needles| kits| tubes| tubing)?(?![a-z])|"
    r"(?<![a-z])used (?:syringes|needles|sharps|dressings|catheters)(?![a-z])"
)
_TO_DISPOSE = compile_prefiltered(
    r"拿下去|带下去|拎下去|扔|丢掉|收走|收一下|来收|处理掉|清走|"
    r"(?<![a-z])(?:disposal|dispose|throw (?:it |them )?(?:away|out)|take (?:it |them )?"
    r"(?:away|down)|collect(?:ed|ion)?|bin(?:ned)?)(?![a-z])"
)

_PRINTED_TAKEN = compile_prefiltered(
    r"打印(?:出来|好|一下)?[^。!?]{0,12}(?:送到|送去|交到|交给|拿到|带到|送给)|"
    r"(?<![a-z])print(?:ed)?(?: out)?[^.!?]{0,40}(?:taken|take|drop(?:ped)?(?: off)?|delivered|"
    r"deliver|brought|bring|handed in|hand in) (?:to|at)(?![a-z])"
)

_GONE_BAD_BAGGED = compile_prefiltered(
    r"(?:装了|装好|一袋|一大袋|两袋)[^。!?]{0,6}(?:坏掉|坏了|烂掉|臭掉|馊掉|变质|过期)的"
)
_COLLECT_ASKED = compile_prefiltered(r"(?:来|早点|尽快|帮忙|麻烦)收(?:吗|嘛|一下|走)?|收走|拿下去")

_BILL_THEN_PAID = compile_prefiltered(
    r"(?:电费|水费|燃气费|煤气费|网费|话费|物业费)[^。!?]{0,16}(?:交|缴|充)(?:一下|下)(?:吗|么)?"
)


def recategorized(text: str, category: Category) -> tuple[Category, str] | None:
    """The category an order is read as instead, with a reason, or None."""
    if category in (Category.MEDICINE, Category.GROCERIES) and _PARCEL_SENT.search(text):
        return Category.ERRAND, "parcel-sent"
    if (
        category in (Category.MEDICAL, Category.MEDICINE)
        and (used := _USED_SUPPLIES.search(text)) is not None
        and _TO_DISPOSE.search(text, used.end())
    ):
        return Category.GARBAGE, "used-supplies"
    if category in (Category.MEDICAL, Category.MEDICINE) and _PRINTED_TAKEN.search(text):
        return Category.ERRAND, "printed-taken"
    if (
        category is Category.GROCERIES
        and (bad := _GONE_BAD_BAGGED.search(text)) is not None
        and _COLLECT_ASKED.search(text, bad.end())
    ):
        return Category.GARBAGE, "gone-bad-bagged"
    return None


def bill_paid(text: str) -> bool:
    """Whether a bill named first is asked paid (没电费了 能帮忙交一下吗)."""
    return _BILL_THEN_PAID.search(text) is not None
