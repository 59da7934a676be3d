"""Still more orders no ask rule reads, tried in orders.py after missed_order_v():

- a hospital appointment booked, leave to go out asked (医院约了号 能申请安排出去吗, I have a
  hospital appointment tomorrow, can you arrange for me to go out?): medical;
- rubbish collection asked for a flat (rubbish collection for 3-1-202 please, bag's by the door):
  garbage;
- goods added to a run already going (could the pharmacy run include some plasters?, 去药店的时候
  能顺便加一盒创可贴吗): the goods' category;
- phone data or credit to top up (谁能帮忙充个流量 我转钱, can someone top up my phone data?):
  an errand;
- a bill to pay at the office asked (水费单在门口 能帮忙去物业交一下吗, could someone pay the
  water bill at the property office?): an errand;
- a share of a group buy counted for the writer (团购的苹果算我家一箱, put us down for two boxes
  of the milk group buy): groceries.
"""

from __future__ import annotations

import re

from domain.understanding.model import Category
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.terms import Term

_APPOINTMENT = compile_prefiltered(
    r"(?:医院|门诊|口腔|牙科)[^。!?]{0,10}(?:约了号|挂了号|预约了|约好了)|"
    r"(?<![a-z])(?:hospital|clinic|dental|dentist) appointment(?![a-z])"
)
_LEAVE_ASKED = compile_prefiltered(
    r"(?:申请|安排)(?:一下)?(?:出去|出门|外出|出小区)|"
    r"(?<![a-z])arrange for (?:me|us|him|her) to (?:go out|leave)(?![a-z])"
)

_RUBBISH_FOR_FLAT = compile_prefiltered(
    r"(?<![a-z])(?:trash|rubbish|garbage) (?:pickup|pick-up|collection) for [0-9a-z\-]+ please"
    r"(?![a-z])"
)

_RUN_INCLUDES = compile_prefiltered(
    r"(?<![a-z])(?:can|could) the (?:pharmacy|grocery|shopping|supermarket) run (?:include|add)"
    r"(?![a-z])|"
    r"去药店的时候[^。!?\s]{0,4}(?:能|可以)?(?:顺便)?加"
)

_TOP_UP = compile_prefiltered(
    r"充(?:个|点|一下|些)?(?:流量|话费)|"
    r"(?<![a-z])top up (?:my |our |his |her |the )?(?:phone )?(?:data|credit)(?![a-z])"
)

_BILL_PAID_AT = compile_prefiltered(
    r"(?:水费|电费|燃气费|物业费|网费)[^。!?]{0,20}(?:能|可以)?帮忙(?:去[^。!?\s]{1,4})?交|"
    r"(?<![a-z])pay (?:the |my |our )?(?:water|electricity|gas|property) bill at(?![a-z])"
)

_COUNTED_FOR_ME = compile_prefiltered(
    r"团购[^。!?\s]{0,6}算我(?:家|们家|一份)?[一两二三四五六七八九十几\d]+\s*(?:箱|份|袋|盒|斤)|"
    r"(?<![a-z])put (?:us|me) down for (?:one|two|three|\d+) (?:boxes|box|bags?|packs?)"
    r"(?![a-z])"
)


def missed_order_w(
    text: str, terms: list[Term], request: re.Match[str] | None
) -> tuple[Category, str] | None:
    """The category and the sign of an order no rule in read_order reads, or None."""
    if _APPOINTMENT.search(text) and (leave := _LEAVE_ASKED.search(text)) is not None:
        return Category.MEDICAL, f"appointment-leave:{leave.group()}"
    if (rubbish := _RUBBISH_FOR_FLAT.search(text)) is not None:
        return Category.GARBAGE, f"rubbish-for-flat:{rubbish.group()}"
    if _RUN_INCLUDES.search(text) and terms:
        named = [t.category for t in terms if t.category in (Category.MEDICINE, Category.GROCERIES)]
        if named:
            return max(set(named), key=named.count), "run-includes"
    if request is not None and (top := _TOP_UP.search(text)) is not None:
        return Category.ERRAND, f"top-up:{top.group()}"
    if request is not None and (bill := _BILL_PAID_AT.search(text)) is not None:
        return Category.ERRAND, f"bill-paid-at:{bill.group()}"
    if (counted := _COUNTED_FOR_ME.search(text)) is not None:
        return Category.GROCERIES, f"counted-for-me:{counted.group()}"
    return None
