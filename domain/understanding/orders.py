"""Orders: a request (or a shortage, a fault, rubbish at the door) for goods or a service."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.understanding.emergency_lexicon import NEWS
from domain.understanding.lexicon import DEVICES
from domain.understanding.model import Category
from domain.understanding.order_asks import (
    TERSE_VERB,
    TRANSPORT_ONLY,
    ask_rule,
    find_request,
    is_terse,
)
from domain.understanding.order_care import care_category, missed_ask
from domain.understanding.order_categories import (
    GARBAGE_WAITING,
    LEFT_OUT,
    OTHERS_FAULT,
    PAYMENT,
    PICKUP_CODE,
    REPLACE_NEEDED,
    UNNAMED_GOODS,
    asked_after,
    asked_in_clause,
    asks_to_dispose,
    best_category,
    broken_fixture,
    by_verb,
    fetched_from,
    has_fault,
    scores_by_category,
    settle_health,
    told_fault,
)
from domain.understanding.order_chatter import asks_nothing
from domain.understanding.order_deliveries import delivered_to_carry
from domain.understanding.order_forms import drug_by_form
from domain.understanding.order_group_buy import joins_group_buy, rubbish_to_collect
from domain.understanding.order_missed import missed_order
from domain.understanding.order_needs import CHAIN_LINE, unasked_need
from domain.understanding.order_needs_care import (
    asks_no_service,
    bought_instead,
    help_laughed_off,
    service_or_goods_untold,
    tradesperson_asked,
    untold_need,
)
from domain.understanding.order_questions import errand_instead, own_ask
from domain.understanding.order_reasons import (
    outage_as_reason,
    ride_for_care,
    settle_reasons,
    waiting_brought_up,
)
from domain.understanding.order_recategorized import (
    CARD_FAILS,
    bill_paid,
    buy_thanked,
    recategorized,
)
from domain.understanding.order_spoiled import spoiled_to_dispose
from domain.understanding.order_unasked import unasked
from domain.understanding.order_vetoes import places_order, supposed
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.quotes import own_words
from domain.understanding.terms import Term

# Asks that name who is to come (can the nurse come up, 有没有医生能上门): whom they name sets
# the category over a fixture named as the reason.
_CARER_ASKS = frozenset({"staff-come", "carer"})
# Verbs that ask for goods or for rubbish to go, whatever fault is told beside them.
_VERB_OVER_FAULT = frozenset({"buy", "throw-out"})
_CARD_FAILS = compile_prefiltered(CARD_FAILS)


@dataclass(frozen=True)
class OrderReading:
    """An order's category with the evidence for it."""

    category: Category
    evidence: tuple[str, ...]


def read_order(text: str, terms: list[Term]) -> OrderReading | None:
    """The order a normalized message places, or None when it places none."""
    scores, best_term = scores_by_category(text, terms)
    request = find_request(text) or own_ask(text)  # can I see a doctor today? (new module)
    evidence: list[str] = []
    if request is not None:
        evidence.append(f"request:{ask_rule(request)}:{request.group()}")
    elif is_terse(text, terms):
        request = TERSE_VERB.search(text)
        evidence.append("request:terse")
    category: Category | None = None
    shortage, shortage_kind = (
        unasked_need(text, terms, asked=request is not None) if scores else (None, "")
    )
    waiting = GARBAGE_WAITING.search(text) if scores else None
    if waiting is not None:
        scores[Category.GARBAGE] = scores.get(Category.GARBAGE, 0) + 3
    if scores and asks_to_dispose(text):
        scores[Category.GARBAGE] = scores.get(Category.GARBAGE, 0) + 3
        best_term.setdefault(Category.GARBAGE, "")
    if Category.REPAIR in scores and len(scores) > 1 and not has_fault(text):
        del scores[Category.REPAIR]  # 冰箱空了 谁家有鸡蛋: an appliance with no fault is no repair
    if (
        request is not None
        and Category.REPAIR in scores
        and (verb := by_verb(text)) is not None
        and verb[1] in _VERB_OVER_FAULT
        and (verb[0] in scores or (verb[1] == "buy" and Category.MEDICINE in scores))
    ):
        # 停电 冰箱里的都坏了 能帮买点面包 / 坏了一堆 能帮忙扔掉吗 / 胰岛素坏了 帮买两支诺和锐:
        # the fault is why, the verb names what is asked (medicine is bought too)
        del scores[Category.REPAIR]
    settle_health(scores, best_term, text)
    settle_reasons(scores, best_term, terms, text, request)
    outage_only = outage_as_reason(scores, terms, text, request)
    ride_for_care(scores, best_term, terms, text, request)
    if not scores and request is not None:
        verb = drug_by_form(text) or by_verb(text)  # 帮买支烫伤膏: a drug named by its form
        if verb is not None:
            category = verb[0]
            evidence.append(f"verb:{verb[1]}:{category}")
        elif asks_to_dispose(text):
            category = Category.GARBAGE  # 旧沙发要扔 能找人搬下去吗
            evidence.append("verb:garbage")
        elif (goods := UNNAMED_GOODS.search(text)) is not None:
            category = Category.GROCERIES  # 帮我订两箱农夫山泉: goods counted out are shopping
            evidence.append(f"goods:{goods.group().strip()}")
        elif waiting_brought_up(text):
            category = Category.ERRAND  # homework packets at the guard room, bring ours up
            evidence.append("brought-up")
        elif outage_only:
            category = Category.GROCERIES  # 停水了 能帮搞点水吗: goods to get in an outage
            evidence.append("outage-reason")
    if scores and (request is not None or shortage is not None):
        asked = asked_in_clause(asked_after(scores, terms, text, request), terms, text, request)
        category = best_category(asked, best_term, text)
        if category is Category.REPAIR and request and ask_rule(request) in _CARER_ASKS:
            # lift is off, can the sampling team come up?: the carer asked for is the order, the
            # fixture the reason
            # whom the ask names, not a weak verb inside it (can the property manager check?)
            named = [
                t.category
                for t in terms
                if request.start() <= t.start < request.end() and t.weight > 1
            ]
            if named and named[0] in scores:
                category = named[0]
        if shortage is not None and request is None:
            if category not in (Category.GROCERIES, Category.MEDICINE):
                category = None
            else:
                evidence.append(f"{shortage_kind}:{shortage.group().strip()}")
    if category is None and waiting is not None:
        # rubbish waiting comes first: a bin overflowing is rubbish to collect, not a repair
        category = Category.GARBAGE
        evidence.append(f"waiting:{waiting.group()}")
    if category is None:
        fault, sign = told_fault(text), "fault"
        if fault is not None and (supposed(text, fault.start()) or NEWS.search(text)):
            fault = None  # if there was a gas leak; a friend's building had one: not here
        if fault is None and Category.REPAIR in scores:
            fault, sign = broken_fixture(text), "broken"  # 门锁坏了: a fixture named and broken
            if fault is not None and (supposed(text, fault.start()) or NEWS.search(text)):
                fault = None  # 上次停电 冰箱里的肉都坏了: a time before; news of elsewhere
        if fault is None and Category.REPAIR in scores:
            fault, sign = REPLACE_NEEDED.search(text), "replace"  # 插座 就是得换一个
            if fault is not None and (supposed(text, fault.start()) or NEWS.search(text)):
                fault = None
        if fault is None and Category.ERRAND in scores:
            fault, sign = _CARD_FAILS.search(text), "card-fails"  # 门禁卡坏了 刷不开: no errand
            if fault is not None and (supposed(text, fault.start()) or NEWS.search(text)):
                fault = None
        if fault is not None:
            category = Category.REPAIR
            evidence.append(f"{sign}:{fault.group()}")
    if category is None and Category.GARBAGE in scores and (left := LEFT_OUT.search(text)):
        category = Category.GARBAGE  # 两袋厨余要扔 放在门口了: rubbish put out is to be collected
        evidence.append(f"left-out:{left.group()}")
    if (
        category is None
        and Category.ERRAND in scores
        and "?" not in text  # mine says code 4431 but nothing at the gate?: a question
        and (code := PICKUP_CODE.search(text))
    ):
        category = Category.ERRAND  # parcel at the east gate, code 8842, rm 2207: fetch it
        evidence.append(f"pickup-code:{code.group()}")
    if category is None and (line := CHAIN_LINE.search(text)):
        # 23. 3幢2单元501 两箱: a line added to a chain, of the goods its header names
        category = best_category(scores, best_term, text) if scores else Category.GROCERIES
        evidence.append(f"chain-line:{line.group().strip()}")
    # a notice quoted in a reply (回复 @楼道长：今天下午统一收垃圾) vetoes nothing of the writer's
    # own ask beneath it (我家的能早点收吗 放不下了): the quote only names the service
    if category is None and (need := untold_need(text, terms)) is not None:
        category = need[0]  # 藿香正气水来两盒, 硝酸甘油过期了 想换新的 (order_needs_care)
        evidence.append(f"untold-need:{need[1]}")
    if category is None and (untold := service_or_goods_untold(text, request)) is not None:
        category = untold[0]  # 医生方便的话来给奶奶看看, need mosquito coils please
        evidence.append(f"untold:{untold[1]}")
    lifted, category = _second_look(text, category, evidence)  # order_care, order_group_buy
    if category is None or not (lifted or places_order(own_words(text), request, category)):
        return _missed(text, terms, request, evidence)  # asks no rule above reads (order_missed)
    if unasked(text, request) is not None or asks_nothing(text, request) is not None:
        return None  # a brand recommended, 算了不修了, the rubbish round's time asked
    if (
        request is not None
        and category is not Category.ERRAND
        and (PAYMENT.search(text) or bill_paid(text))
    ):
        category = Category.ERRAND  # 断网了 谁能帮忙交一下网费: the bill is what is asked
        evidence.append("payment")
    if (
        category is Category.GROCERIES
        or (category is Category.MEDICINE and best_term.get(category) in DEVICES)
    ) and fetched_from(text):
        # 团购的菜到了在大厅 帮我拎上来, 制氧机到楼下了 搬上来: a pickup, not a purchase
        category = Category.ERRAND
        evidence.append("fetch")
    if (
        category in (Category.GROCERIES, Category.REPAIR)
        and not (category is Category.REPAIR and has_fault(text))
        and delivered_to_carry(text)
    ):
        # 京东买的空调扇到小区门口了 帮搬上来: a delivery carried up, not goods nor a fixture
        category = Category.ERRAND
        evidence.append("delivered")
    if errand_instead(text, category):
        category = Category.ERRAND  # 给在医院的宝宝送过去, 药放在门口 拿上来: only carried
        evidence.append("carried")
    if (care := care_category(text, category)) is not None:
        category = care[0]  # 请医生上门看看 开点药, 病历在医院 帮忙拿, 帮买支烫伤膏 (order_care)
        evidence.append(f"care:{care[1]}")
    # 帮我寄个快递 是药, 废液袋放门口, 补液盐, 门禁卡刷不开 (order_recategorized)
    category, again = recategorized(text, category, terms)
    evidence.extend(f"again:{name}" for name in again)
    if spoiled_to_dispose(text, category):
        category = Category.GARBAGE  # 团购的菜烂了一箱 想扔掉 拿下去: the rubbish (order_spoiled)
        evidence.append("spoiled")
    if category is not Category.REPAIR and tradesperson_asked(text, request):
        category = Category.REPAIR  # 停电了 制氧机… 能尽快找电工来吗: whom the ask names
        evidence.append("tradesperson")
    if request is not None and bought_instead(text, terms, category) and not buy_thanked(text):
        category = Category.GROCERIES  # 油烟机… 谁能帮买个新炒锅: the goods bought, not the reason
        evidence.append("bought")
    if asks_no_service(text, request) is not None:
        return None  # 大家帮忙祈祷, 有没有人一起吐槽, 需要量血压的可以下去: no service asked
    if help_laughed_off(text, request):
        return None  # help me lol I ordered 10kg of onions by mistake: a joke, no ask
    if request is None and category is Category.REPAIR and OTHERS_FAULT.search(text):
        return None  # 是哪家跳闸了: a neighbour's fault asked about
    if (
        request is not None
        and request.group() in TRANSPORT_ONLY
        and category is not (Category.MEDICAL)
    ):
        return None
    word = best_term.get(category)
    evidence.append(f"category:{category}:{word}" if word else f"category:{category}")
    return OrderReading(category, tuple(evidence))


def _second_look(
    text: str, category: Category | None, evidence: list[str]
) -> tuple[bool, Category | None]:
    """Whether a veto is lifted, and the category: rubbish bagged to collect, a share of a group
    buy asked, a treatment due or a parcel below that no rule asks for."""
    if category is None and (missed := missed_ask(text)) is not None:
        evidence.append(f"missed-ask:{missed[1]}")
        return False, missed[0]
    if category is not None and (rubbish := rubbish_to_collect(text, category)) is not None:
        evidence.append(f"rubbish:{rubbish}")
        return True, Category.GARBAGE
    return category is Category.GROCERIES and joins_group_buy(text), category


def _missed(
    text: str, terms: list[Term], request: re.Match[str] | None, evidence: list[str]
) -> OrderReading | None:
    """The order no rule in read_order reads (order_missed.py), unless nothing is asked."""
    missed = missed_order(text, terms, request)
    if missed is None or unasked(text, request) is not None:
        return None
    if asks_nothing(text, request) is not None:
        return None
    return OrderReading(missed[0], (*evidence, f"missed:{missed[1]}", f"category:{missed[0]}"))


def read_list_order(text: str, terms: list[Term], lines: int) -> OrderReading:
    """The order a pasted 接龙 places: its goods' category (groceries when none is named)."""
    scores, best_term = scores_by_category(text, terms)
    scores.pop(Category.REPAIR, None)  # goods bought together, not a fixture to mend
    category = best_category(scores, best_term, text) if scores else Category.GROCERIES
    word = best_term.get(category)
    evidence = (
        f"group-list:{lines} lines",
        f"category:{category}:{word}" if word else f"category:{category}",
    )
    return OrderReading(category, evidence)
