"""Asks put as questions that the question vetoes would take for information: a visit with a
service done at home (社区医生什么时候有空 能来给我爸量个血压吗), the rubbish collected on a day
(垃圾什么时候收啊 能今天收吗); asks that the request words miss: the writer's own visit asked
(can I see a doctor today?), goods listed and all wanted (布洛芬 连花清瘟 都要). And the
category of goods carried to someone in hospital, or of medicine waiting at the gate: an errand.
Wired in orders.py and order_vetoes.places_order."""

from __future__ import annotations

import re

from domain.understanding.model import Category
from domain.understanding.prefilter import compile_prefiltered

# A visit asked with what is to be done there (能来给我爸量个血压吗, could the nurse come and
# check his blood pressure?): the service asked, not the doctor's hours.
_VISIT_TO_DO = compile_prefiltered(
    r"(?:能|可以|能不能|可不可以)(?:上门|来|过来)(?:一趟)?(?:给|帮)[^。!?\s,]{0,4}"
    r"(?:量|测|看|打针|换药|抽血|检查|查)|"
    r"(?<![a-z])(?:can|could) (?:the )?(?:doctor|nurse|doc)s? (?:come|pop) "
    r"(?:up |over |round |by )?"
    r"(?:and|to) (?:check|take|measure|look at)(?![a-z])"
)

# The rubbish asked to be collected on a day (能今天收吗, can you collect it today?).
_COLLECT_ON_A_DAY = compile_prefiltered(
    r"(?:能|可以|能不能)(?:今天|现在|马上|明天|早点|尽快)(?:来)?收|"
    r"(?<![a-z])(?:can|could) (?:you|someone|they) (?:come and )?collect (?:it |them )?"
    r"(?:today|tonight|now)(?![a-z])"
)


def asked_anyway(reason: str, text: str, category: Category | None) -> bool:
    """Whether a question veto misses the service the question asks for."""
    if reason != "info-question":
        return False
    if _VISIT_TO_DO.search(text):
        return True
    return category is Category.GARBAGE and _COLLECT_ON_A_DAY.search(text) is not None


# The writer's own visit asked (can I see a doctor sometime today?, 我能约个医生看看吗), and goods
# listed then all wanted (布洛芬 连花清瘟 都要, both please).
_OWN_ASK = compile_prefiltered(
    r"(?<![a-z])(?:can|could|may) (?:i|we|my (?:mum|mom|dad|son|daughter|wife|husband)) "
    r"(?:see|get|book) (?:a |the )?(?:doctor|gp|nurse|appointment)(?![a-z])|"
    r"(?:能|可以)(?:约|预约|看)(?:个|一下)?医生|"
    r"(?<=[\u4e00-\u9fff] )都要(?=\s|$)|(?<![a-z])both,? please(?![a-z])"
)


def own_ask(text: str) -> re.Match[str] | None:
    """An ask the request words miss, or None."""
    return _OWN_ASK.search(text)


# Goods carried to someone in hospital (要给在医院的宝宝送过去, take these to him at the ward):
# the hospital is where they go, the carrying is an errand.
_CARRIED_TO_WARD = compile_prefiltered(
    r"给(?:在)?[^。!?\s,]{0,10}(?:医院|病房|科)[^。!?\s,]{0,6}送(?:过去|去|到)|"
    r"(?<![a-z])(?:take|bring|drop|deliver) (?:it|them|these|this|some [a-z]+|the [a-z]+) "
    r"(?:to|for) (?:him|her|them|my [a-z]+) (?:at|in) (?:the )?(?:hospital|ward)(?![a-z])"
)

# Medicine already sent and waiting below (家里人送了药放在小区门口 拿上来): fetched, not bought.
_MEDICINE_WAITING = compile_prefiltered(
    r"(?:送|寄|带)(?:了|来了?)[^。!?\s,]{0,4}药[^。!?\s,]{0,4}(?:放|搁|在)|"
    r"药[^。!?\s,]{0,4}(?:到了|送到了|放在|放到|搁在)[^。!?]{0,20}(?:拿|送|带|拎)上来|"
    r"(?<![a-z])(?:meds|medicine|medication|pills)[a-z ]{0,20} (?:left|waiting|dropped off) at the "
    r"(?:gate|door|lobby|front desk|guard house)(?![a-z])|"
    # a parcel arrived below, told to hold medicine, asked fetched (快递到驿站了 是药 帮取一下,
    # a parcel of my meds at the gate, can you grab it?)
    r"(?:快递|包裹)[^。!?]{0,12}(?:到了|(?:到|在)[^。!?\s]{0,5}(?:驿站|门口|快递柜|楼下))"
    r"[^。!?]{0,12}(?:是|里面是|装的是|里面有)[^。!?\s]{0,8}药[^。!?]{0,24}"
    r"(?:帮|麻烦)[^。!?\s]{0,4}(?:取|拿|领|带)|"
    # a parcel of medicine waiting below, asked carried up (药品快递在小区门口 麻烦志愿者送上去)
    r"药(?:品|物)?(?:的)?(?:快递|包裹)[^。!?]{0,6}(?:在|到了|到)[^。!?\s]{0,6}(?:驿站|门口|快递柜|楼下|门卫)"
    r"[^。!?]{0,20}(?:送|拿|带|拎|取)(?:上去|上来|上楼|过去)|"
    r"(?<![a-z])(?:parcel|package|delivery)[a-z' ]{0,30}(?:meds|medicine|medication|pills|"
    r"insulin|tablets|prescription)"
    r"[^.!?]{0,30}(?:gate|door|lobby|locker|front desk)[^.!?]{0,30}"
    r"(?:grab|fetch|pick (?:it )?up|bring (?:it )?up|take (?:it )?up)(?![a-z])"
)


def errand_instead(text: str, category: Category) -> bool:
    """Whether the goods of a medical or medicine order are only carried: an errand."""
    if category is Category.MEDICAL:
        return _CARRIED_TO_WARD.search(text) is not None
    if category is Category.MEDICINE:
        return _MEDICINE_WAITING.search(text) is not None
    return False
