"""Care, a drug or a medical device named as the reason beside what is really asked: batteries for
the blood-pressure meter, a broken oxygen concentrator to be looked at, food bought for a dialysis
diet, a parcel fetched that holds a glucose meter, a booking slip printed, a drug run out to be
prescribed. Tried in orders.py after settle_health, before the best category is chosen."""

from __future__ import annotations

import re

from domain.understanding.lexicon import DEVICES
from domain.understanding.model import Category
from domain.understanding.order_categories import by_verb, has_fault
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.terms import Term

_HEALTH = frozenset({Category.MEDICINE, Category.MEDICAL})

# A device's batteries (血压计电池没电了, 血糖仪的电池, batteries for the glucose meter): the
# batteries are the goods, the device only says which.
_BATTERY_AFTER = compile_prefiltered(r"(?:的|里的|用的)?(?:纽扣)?电池|(?:'s )?batter(?:y|ies)")
_BATTERY_FOR = compile_prefiltered(
    r"(?<![a-z])batter(?:y|ies) (?:for|in) (?:the |my |his |her |our |mum'?s |mom'?s |dad'?s )?$"
)

# A device that stopped working (制氧机不出氧了, the concentrator keeps alarming).
_DEVICE_FAULT = compile_prefiltered(
    r"不出氧|不出气|不出雾|出氧量|一直报警|老是报警|报警了|不工作|不转了|开不了机|开不开机|"
    r"(?<![a-z])(?:stopped working|not working|isn'?t working|won'?t (?:start|turn on)|"
    r"keeps? (?:alarming|beeping)|alarm (?:keeps|is) going|"
    r"(?:trips|tripping|tripped) (?:the )?(?:breaker|power|fuse|switch))(?![a-z])"
)
# Someone asked to look at it or mend it (能找人来看看吗, 找个电工, electrician please).
_MENDER_ASKED = compile_prefiltered(
    r"电工|水电工|维修师傅|修理师傅|找人来看|找人看|来看看|来看一下|上门看|"
    r"(?<![a-z])(?:electrician|technician|repairman|repair man|handyman|"
    r"(?:look at|check) it|take a look|come (?:and |to )?(?:look|check))(?![a-z])"
)

# Care named in a clause before the ask, goods bought in the ask's own clause (透析病人要低钾饮食
# 能帮忙买点冬瓜 鸡蛋吗 再来一箱矿泉水): the care is why, the goods are asked.
_GET_GOODS = compile_prefiltered(
    r"买|带点|带些|捎|(?<![a-z])(?:buy|get|grab|bring|pick up)(?![a-z])"
)
_CLAUSE_END = compile_prefiltered(r"[,。!?;~\n]|(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")
_REASONS_OF_GOODS = frozenset({Category.MEDICINE, Category.MEDICAL, Category.REPAIR})

# A parcel fetched from where parcels wait (去菜鸟驿站取个件 是新买的血糖仪): an errand, whatever
# it holds.
_PARCEL_FETCH = compile_prefiltered(
    r"取(?:个|一下|下)?(?:件|快递|包裹)|拿(?:个|一下|下)?(?:快递|包裹)|驿站取|快递柜取|"
    r"(?<![a-z])(?:pick up|collect|fetch|grab) (?:a |my |the |our |his |her )?"
    r"(?:parcel|package|delivery)(?![a-z])"
)
# Goods asked to be bought, not told as bought (是新买的血糖仪, 刚买的): 买一箱方便面 另外取快递.
_BUY_ASKED = compile_prefiltered(
    r"买(?!的|了|过|好)|代购|下单|(?<![a-z])(?:buy|order (?:a|some|me))(?![a-z])"
)

# Papers printed or copied for the clinic (透析中心的预约单要打印出来, print the booking slip out).
_PRINT = compile_prefiltered(
    r"打印(?!了|好了|过)|复印(?!了|好了|过)|"
    r"(?<![a-z])(?:print (?:it |them |this |that |the [a-z]+ |out)|printed out|photocopy)"
)

# A drug asked to be prescribed where it is dispensed (碳酸镧没了 能不能帮忙联系医院开一下).
_PRESCRIBED = compile_prefiltered(
    r"(?:医院|医生|大夫|诊所|卫生院|药房)(?:那边|那里)?(?:再|给|帮忙)?开(?:一下|下|点|些|个|几盒|出来)|"
    r"(?<![a-z])(?:get (?:it |them |some more |more )?prescribed|"
    r"(?:doctor|hospital|clinic) to prescribe)(?![a-z])"
)
_CARE_ASKED = compile_prefiltered(
    r"安排车|接送|上门|预约|挂号|复诊|复查|看医生|"
    r"(?<![a-z])(?:ride|appointment|come (?:up|over|by)|visit)(?![a-z])"
)


# Food just cooked or eaten when a fault came (炸完春卷下水道就堵了, after frying dumplings the
# sink blocked): the food tells when, the fault is what is asked.
_COOKED_BEFORE = compile_prefiltered(
    r"(?:炸|煮|做|吃|包|蒸|煎|炒|烤|炖)完(?:了)?(?:的)?$|"
    r"(?<![a-z])(?:after|finished) (?:frying|cooking|making|eating|baking|boiling) "
    r"(?:the |some |our |my )?$"
)


def settle_reasons(
    scores: dict[Category, int],
    first: dict[Category, str],
    terms: list[Term],
    text: str,
    request: re.Match[str] | None,
) -> None:
    """Drop what is named only as the reason for what is asked (see the module's doc)."""
    medicine = [t for t in terms if t.category is Category.MEDICINE]
    devices_only = bool(medicine) and all(t.word in DEVICES for t in medicine)
    if (
        Category.GROCERIES in scores
        and devices_only
        and all(
            _BATTERY_AFTER.match(text, t.end)
            or _BATTERY_FOR.search(text, max(0, t.start - 40), t.start)
            for t in medicine
        )
    ):
        scores.pop(Category.MEDICINE, None)  # 血压计电池没电了 帮忙带四节
        if not (
            by_verb(text) is not None and by_verb(text)[1] == "fix"  # type: ignore[index]
        ):
            scores.pop(Category.REPAIR, None)
    if (
        request is not None
        and devices_only
        and Category.MEDICINE in scores
        and (has_fault(text) or _DEVICE_FAULT.search(text))
        and _MENDER_ASKED.search(text)
        and not _GET_GOODS.search(text)
    ):
        # 制氧机不出氧了 能找人来看看吗, concentrator trips the power, electrician please
        scores[Category.REPAIR] = scores.get(Category.REPAIR, 0) + scores.pop(Category.MEDICINE)
        first.setdefault(Category.REPAIR, first.pop(Category.MEDICINE, ""))
    if request is not None and Category.GROCERIES in scores and scores.keys() & _HEALTH:
        end_match = _CLAUSE_END.search(text, request.end())
        end = end_match.start() if end_match else len(text)
        in_ask = any(
            t.category is Category.GROCERIES and request.start() <= t.start < end for t in terms
        )
        if in_ask and _GET_GOODS.search(text, request.start(), end):
            clause_start = max(
                (m.end() for m in _CLAUSE_END.finditer(text, 0, request.start() + 1)), default=0
            )
            for category in scores.keys() & _REASONS_OF_GOODS:
                if all(t.start < clause_start for t in terms if t.category is category):
                    del scores[category]  # 透析病人要低钾饮食 能帮忙买点冬瓜 鸡蛋吗
    if (
        Category.ERRAND in scores
        and scores.keys() & {Category.MEDICINE, Category.GROCERIES}
        and _PARCEL_FETCH.search(text)
        and not _BUY_ASKED.search(text)
    ):
        scores.pop(Category.MEDICINE, None)  # 去驿站取个件 是新买的血糖仪
        scores.pop(Category.GROCERIES, None)
    if (
        Category.ERRAND in scores
        and scores.keys() & _HEALTH
        and _PRINT.search(text)
        and not _CARE_ASKED.search(text, _PRINT.search(text).end())  # type: ignore[union-attr]
    ):
        scores.pop(Category.MEDICINE, None)  # 预约单要打印出来 能帮忙打了送上来吗
        scores.pop(Category.MEDICAL, None)
    if (
        Category.MEDICINE in scores
        and Category.MEDICAL in scores
        and _PRESCRIBED.search(text)
        and not _CARE_ASKED.search(text)
    ):
        del scores[Category.MEDICAL]  # 透析要吃的碳酸镧没了 能不能帮忙联系医院开一下
    if (
        Category.GROCERIES in scores
        and Category.REPAIR in scores
        and has_fault(text)
        and all(
            _COOKED_BEFORE.search(text, max(0, t.start - 8), t.start)
            for t in terms
            if t.category is Category.GROCERIES
        )
    ):
        del scores[Category.GROCERIES]  # 炸完春卷厨房下水道就堵了: the food says when, not what


# Things waiting where deliveries wait, brought up to the writer's flat (homework packets at the
# guard room, could someone bring ours to 6-2-1401; 学校发的资料在门卫室 谁能帮忙拿上来): an
# errand, though the things have no name in the lexicon.
_WAITING_AT = compile_prefiltered(
    r"门卫|门岗|传达室|保安室|岗亭|大厅|驿站|快递柜|"
    r"(?<![a-z])(?:guard ?(?:room|house|post|booth)|gate ?house|lobby|reception|front desk|"
    r"security (?:desk|office|room)|the gate|mail ?room)(?![a-z])"
)
_BROUGHT_UP = compile_prefiltered(
    r"拿上来|拎上来|送上来|带上来|拿上楼|送上楼|带上楼|"
    r"(?<![a-z])(?:bring|carry|run|take) (?:ours|mine|theirs|hers|his|it|them|those|these)"
    r"(?: up| over| upstairs)?(?: to (?:\d|us|me|our|my)| up| upstairs)|"
    # the thing named, then who left it there, then up to the flat (bring the laptop my sister
    # left with the gate guard up to 10-2-1502)
    r"(?<![a-z])(?:bring|carry|take) (?:the|my|our|a|her|his) [a-z]+(?: [a-z']+){0,8} up to "
    r"(?:\d|us|me|our|my)"
)


def waiting_brought_up(text: str) -> bool:
    """Whether the message asks for unnamed things waiting downstairs to be brought up."""
    return bool(_BROUGHT_UP.search(text) and _WAITING_AT.search(text))


# A utility out (停水, 没电, power cut) told beside an ask to get goods in another clause
# (停水两天了 谁能帮忙搞点水; 能帮带几罐气吗 停电了做不了饭): the outage is why, the goods
# are asked.
_OUTAGES = frozenset(
    {
        "停电",
        "没电",
        "断电",
        "停水",
        "没水",
        "power outage",
        "no power",
        "power cut",
        "power is out",
        "no electricity",
    }
)
_GET_SOME = compile_prefiltered(
    r"买(?!的|了|过|好)|(?:搞|弄|找|带|捎|送)(?:点|些|一些|几)|"
    r"(?<![a-z])(?:buy|get (?:us |me )?some|grab (?:us |me )?some|bring (?:us |me )?some)(?![a-z])"
)
_MENDING = compile_prefiltered(
    r"修|来电|通电|恢复|电工|师傅|物业|(?<![a-z])(?:fix|repair|electrician|plumber|restore)"
)


def outage_as_reason(
    scores: dict[Category, int], terms: list[Term], text: str, request: re.Match[str] | None
) -> bool:
    """Drop a utility outage told only as the reason for goods asked in another clause; True
    when it was dropped."""
    if request is None or Category.REPAIR not in scores or _MENDING.search(text):
        return False
    end_match = _CLAUSE_END.search(text, request.end())
    end = end_match.start() if end_match else len(text)
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, request.start() + 1)), default=0)
    if not _GET_SOME.search(text, request.start(), end):
        return False
    repairs = [t for t in terms if t.category is Category.REPAIR]
    if not all(t.word in _OUTAGES and not start <= t.start < end for t in repairs):
        return False
    del scores[Category.REPAIR]
    return True


# A ride to care asked to be arranged (can we pre-arrange a car for when labour starts, since the
# lifts are down; 电梯停了 能提前安排个车送医院吗): the care is the order, a fixture told in
# another clause only why.
_RIDE = compile_prefiltered(
    r"救护车|安排(?:个|一辆|辆)?车|约(?:个|辆)?车|"
    r"(?<![a-z])(?:ambulance|car|ride|taxi|transport|cab)(?![a-z])"
)
_CARE_BESIDE = compile_prefiltered(
    r"医院|诊所|透析|产检|生产|分娩|临产|预产期|怀孕|孕|羊水|"
    r"(?<![a-z])(?:hospital|clinic|dialysis|labou?r|pregnant|pregnancy|due date|maternity|"
    r"contractions|birth|weeks? pregnant)(?![a-z])"
)


def ride_for_care(
    scores: dict[Category, int],
    first: dict[Category, str],
    terms: list[Term],
    text: str,
    request: re.Match[str] | None,
) -> None:
    """Make a ride to care asked to be arranged medical, dropping a fixture told elsewhere."""
    if request is None or Category.REPAIR not in scores or not _CARE_BESIDE.search(text):
        return
    end_match = _CLAUSE_END.search(text, request.end())
    end = end_match.start() if end_match else len(text)
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, request.start() + 1)), default=0)
    ride = _RIDE.search(text, request.start(), end)
    if ride is None:
        return
    if any(start <= t.start < end for t in terms if t.category is Category.REPAIR):
        return  # the fixture is in the ask itself
    del scores[Category.REPAIR]
    first.pop(Category.REPAIR, None)
    scores[Category.MEDICAL] = scores.get(Category.MEDICAL, 0) + 2
    first.setdefault(Category.MEDICAL, ride.group())
