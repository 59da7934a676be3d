"""Orders no ask rule reads, tried in orders.py where read_order would return None:

- a doctor asked to come up some time (社区医生方便的时候来一趟 奶奶血糖有点高, could the doctor
  pop up sometime, mum's sugar is a bit high): medical;
- goods ordered for a relative, counted out (帮我爸妈订点肉 猪肉两斤, please order 1kg of pork for
  my parents, call me if anything): groceries, whatever phone is named for contact;
- a tradesperson asked to be sent (can property send a plumber?, 物业能派个水管工来吗), whatever
  else was thanked for as fixed before: repair;
- someone asked, in plain words, to take rubbish away (can cleaner take it away today?): garbage;
- a fault told in simple words (sink is block, water not go down; hot water is not coming, the
  machine show E5 error; heating not work, radiator is cold whole day): repair;
- a terse line of rubbish bags with the flat (垃圾 4-3-303 两袋, rubbish 5-1-201 two bags):
  garbage;
- boxes waiting below carried to a flat (京东的箱子放楼下了 帮忙搬到16-1-1601): an errand;
- goods needed with the cost asked (we need onions and ginger, please let me know the cost):
  groceries;
- an expired drug to be replaced by a new one counted (硝酸甘油过期了 想换瓶新的): medicine.

Rules marked "over a veto" read an ask that a veto sign near it hides (有事打电话, let me know the
cost, thank you to whoever fixed the lift); the others still pass places_order.
"""

from __future__ import annotations

import re

from domain.understanding.flats import find_flat_normalized
from domain.understanding.model import Category
from domain.understanding.order_vetoes import places_order
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.quotes import own_words
from domain.understanding.terms import Term

_QUESTION = compile_prefiltered(r"[吗么?？]|是不是|有没有")

_DOCTOR_VISIT = compile_prefiltered(
    r"(?:医生|大夫|护士)[^。!?\s]{0,8}(?:来一趟|上来一趟|上门一趟|过来一趟|来家里一趟)|"
    r"(?<![a-z])(?:could|can|would) (?:the |a )?(?:community )?(?:doctor|nurse|gp) (?:please )?"
    r"(?:pop|come|drop) (?:up|over|round|by)(?![a-z])"
)

_ORDER_FOR_KIN = compile_prefiltered(
    r"(?:帮我?|给我?)(?:爸妈|父母|爸|妈|奶奶|爷爷|外婆|外公|老人|家里)[^。!?\s]{0,2}(?:订|买|代购)"
    r"(?:点|些|一些)?|"
    r"(?<![a-z])please (?:order|buy|get) (?:some )?[^.!?]{0,30} for my (?:parents|mum|mom|dad|"
    r"father|mother|grandma|grandpa|grandmother|grandfather)(?![a-z])"
)
_COUNTED = compile_prefiltered(
    r"[一两二三四五六七八九十几半\d]+\s*(?:斤|公斤|盒|袋|包|瓶|箱|个|把|kg|g)(?![a-z])|"
    r"(?<![a-z])(?:\d+|one|two|three|half a) ?(?:kg|kilos?|g|packs?|bags?|boxes|bottles?)"
    r"(?![a-z])"
)

_SEND_TRADE = compile_prefiltered(
    r"(?<![a-z])(?:can|could) (?:the )?(?:property|management|maintenance|someone|you|the office) "
    r"(?:please )?send (?:a |an |someone|somebody)?\s?(?:plumber|electrician|repairman|handyman|"
    r"locksmith|to fix|up to fix|to look)(?![a-z])|"
    r"(?:物业|管理处|社区)(?:能|可以|能不能|可不可以)?(?:派|叫|找)(?:个|一个|位)?"
    r"(?:水管工|管道工|电工|维修工|修理工|师傅)(?:来|上来)"
)
_FAULT_TOLD = compile_prefiltered(
    r"漏水|滴水|坏了|不出水|堵了|"
    r"(?<![a-z])(?:dripping|leaking|leak|broken|blocked|not working|no power|sparking)(?![a-z])"
)

_TAKE_AWAY = compile_prefiltered(
    r"(?<![a-z])(?:can|could|please) (?:the |a |some )?(?:cleaners?|someone|somebody|staff|"
    r"volunteers?|workers?) (?:come (?:and |to )?)?(?:take|collect|remove|clear)"
    r"(?: it| them| this| these)?(?: away)?(?![a-z])"
)

_PLAIN_FAULT = compile_prefiltered(
    r"(?<![a-z])(?:is |are )?block(?:ed)?,? (?:water|it) (?:not|no|cannot|can'?t) "
    r"(?:go|going|drain)|"
    r"(?<![a-z])(?:water|it) (?:not|no) (?:go|going) down(?![a-z])|"
    r"(?<![a-z])(?:hot water|water|heating|heater|power|gas) (?:is )?(?:not|no) "
    r"(?:coming|come|work|working)(?![a-z])|"
    r"(?<![a-z])(?:shows?|showing) (?:an? )?(?:e\d{1,2} )?error(?![a-z])|"
    r"(?<![a-z])(?:radiator|heater|heating)s? (?:is |are )?(?:cold|not warm)(?![a-z])"
)
_FOR_HERE = compile_prefiltered(
    r"(?<![a-z])(?:my|our|in my|in our)(?![a-z])|(?<![a-z])can (?:repair ?man|someone|"
    r"somebody|you) come(?![a-z])"
)

# someone else's fault told (my neighbour says their radiators are cold too)
_OTHERS = compile_prefiltered(r"(?<![a-z])(?:neighbou?rs?|their|says|said|heard)(?![a-z])")

_RUBBISH_BAGS = compile_prefiltered(
    r"^\s*(?:垃圾|厨余|厨余垃圾|(?<![a-z])(?:rubbish|garbage|trash)(?![a-z]))"
    r"[^。!?]{0,16}?(?:[一两二三四五六七八九\d]+\s*(?:袋|包)|"
    r"(?<![a-z])(?:\d|one|two|three|four) bags?(?![a-z])|x\s?\d bags?)"
)

_BOXES_BELOW = compile_prefiltered(
    r"(?:箱子|快递|包裹|件)[^。!?]{0,10}(?:放|在|到)(?:了)?(?:楼下|门口|大门|大厅|门卫)"
)
_CARRIED_TO_FLAT = compile_prefiltered(
    r"(?:帮忙|帮我|麻烦)?(?:搬|拿|拎|扛|送)(?:到|上)(?=\s*[\d一二三四五六七八九十])"
)

_NEED_PRICED = compile_prefiltered(
    r"(?<![a-z])(?:we|i) need (?:some )?[a-z]+[^.!?]{0,80}(?:let me know|tell me) "
    r"(?:the )?(?:cost|price|total|how much)(?![a-z])|"
    r"(?:我们|我)(?:要|需要)[^。!?]{1,30}(?:多少钱|总共多少|价格)(?:告诉我|跟我说)"
)

_EXPIRED_NEW = compile_prefiltered(
    r"过期了?[^。!?]{0,8}(?:想|要|得|需要)(?:换|买)(?:一)?(?:瓶|盒|支|板|袋)(?:新的|新)"
)


def missed_order(
    text: str, terms: list[Term], request: re.Match[str] | None
) -> tuple[Category, str] | None:
    """The category and the sign of an order no rule in read_order reads, or None."""
    named = {t.category for t in terms if t.category is not None}
    found = _over_veto(text, named)
    if found is not None:
        return found
    found = _read(text, named)
    if found is None or not places_order(own_words(text), request, found[0]):
        return None
    return found


def _over_veto(text: str, named: set[Category]) -> tuple[Category, str] | None:
    """Asks that stand whatever veto sign is beside them."""
    if (
        Category.GROCERIES in named
        and (kin := _ORDER_FOR_KIN.search(text)) is not None
        and _COUNTED.search(text, kin.end())
        and not _QUESTION.search(text)
    ):
        return Category.GROCERIES, "ordered-for-kin"
    if (send := _SEND_TRADE.search(text)) is not None and _FAULT_TOLD.search(text):
        return Category.REPAIR, f"trade-sent:{send.group()}"
    if Category.GROCERIES in named and _NEED_PRICED.search(text):
        return Category.GROCERIES, "need-priced"
    return None


def _read(text: str, named: set[Category]) -> tuple[Category, str] | None:
    """Plain asks and tellings that still pass places_order."""
    if _DOCTOR_VISIT.search(text):
        return Category.MEDICAL, "doctor-visit"
    if Category.GARBAGE in named and _TAKE_AWAY.search(text):
        return Category.GARBAGE, "take-away"
    if (
        Category.REPAIR in named
        and (fault := _PLAIN_FAULT.search(text)) is not None
        and (_FOR_HERE.search(text) or find_flat_normalized(text) is not None)
        and not _OTHERS.search(text)
    ):
        return Category.REPAIR, f"plain-fault:{fault.group()}"
    if _RUBBISH_BAGS.search(text) and find_flat_normalized(text) is not None:
        if not _QUESTION.search(text):
            return Category.GARBAGE, "rubbish-bags"
    if (
        _BOXES_BELOW.search(text)
        and _CARRIED_TO_FLAT.search(text)
        and find_flat_normalized(text) is not None
    ):
        return Category.ERRAND, "boxes-carried"
    if Category.MEDICINE in named and _EXPIRED_NEW.search(text):
        return Category.MEDICINE, "expired-replaced"
    return None
