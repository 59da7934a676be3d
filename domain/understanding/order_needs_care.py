"""Goods or a drug wanted with no ask verb: counted out for delivery (藿香正气水来两盒), or an
expired one to be replaced (硝酸甘油过期了 想换新的, my inhaler expired, need a new one)."""

from __future__ import annotations

import re

from domain.understanding.model import Category
from domain.understanding.quotes import own_words
from domain.understanding.terms import Term

_WANTED = (Category.MEDICINE, Category.GROCERIES)
# 来两盒, 要一瓶: a count asked for right after the goods named
_COUNTED = re.compile(
    # (each of the goods named: 胡萝卜泥 南瓜泥 各来几瓶)
    r"\s*(?:水|液|片|丸|颗粒|胶囊)?\s*(?:各|每样|每种)?(?:来|要)\s*"
    r"(?:[一两二三四五六七八九十几\d]+)\s*(?:盒|瓶|支|板|袋|包|罐|箱|桶|斤)"
)
# 过期了 想换新的; expired, need a new one
_REPLACED = re.compile(
    r"过期了?[^。!?]{0,8}(?:想|要|得|需要)(?:换|买)(?:个|点|些|一)?(?:新的|新)|"
    r"(?<![a-z])expired[^.!?]{0,20}(?:need|want)(?: a| some)? (?:new|fresh|replacement)"
)


def untold_need(text: str, terms: list[Term]) -> tuple[Category, str] | None:
    """The category of goods wanted without an ask verb, with the sign read."""
    wanted = [(t, t.category) for t in terms if t.category in _WANTED and t.weight > 1]
    for term, category in wanted:
        if category is not None and _COUNTED.match(text, term.end) is not None:
            return category, "counted"
    replaced = _REPLACED.search(text)
    if replaced is not None:
        before = [c for t, c in wanted if c is not None and t.end <= replaced.start()]
        if before:
            return before[-1], "replaced"
    return None


# a tradesperson named in the ask itself (能尽快找电工来吗, can you send an electrician?)
_TRADESPERSON = re.compile(
    r"电工|水电工|水管工|修理工|维修工|开锁师傅|维修师傅|"
    r"(?<![a-z])(?:an? )?(?:electrician|plumber|locksmith|repairman|handyman)s?(?![a-z])"
)
_FOLLOWS = 16
# "help me lol": a cry for help laughed off in the same breath (I ordered 10kg by mistake)
_LAUGHED_OFF = re.compile(r"[\s,.!]*(?:lol|lmao|haha+|哈哈+|😂|🤣)")
_HELP_CRY = frozenset({"help me", "help", "救命", "救救我"})


def tradesperson_asked(text: str, request: re.Match[str] | None) -> bool:
    """Whether the ask names a tradesperson to come (找电工来): the fixture is what is asked."""
    if request is None:
        return False
    span = text[request.start() : request.end() + _FOLLOWS]
    return _TRADESPERSON.search(span) is not None


def help_laughed_off(text: str, request: re.Match[str] | None) -> bool:
    """Whether the only ask is a cry for help laughed off (help me lol, 救命 哈哈哈)."""
    if request is None or request.group().strip().lower() not in _HELP_CRY:
        return False
    return _LAUGHED_OFF.match(text, request.end()) is not None


# a doctor asked to come and see someone with no ask verb (社区医生方便的话来给奶奶看看), or to
# see or talk to one (could I talk to a doctor or get a referral?)
_DOCTOR_ASKED = re.compile(
    r"(?:医生|大夫|护士)[^。!?\s]{0,8}(?:来|上门)(?:给[^。!?\s]{1,4})?看一?看|"
    # or come to take a reading (医生方便的话来给老人量个血糖)
    r"(?:医生|大夫|护士)[^。!?\s]{0,8}(?:来|上门)给[^。!?\s]{1,4}(?:量|测|查)(?:个|一下|下)?"
    r"(?:血糖|血压|体温|血氧)|"
    r"(?<![a-z])(?:could|can|may) (?:i|we|he|she|my [a-z]+) (?:please )?"
    r"(?:talk to|speak to|speak with|talk with|see|get) (?:a |the )?(?:community |family |"
    r"building |estate )?(?:doctor|gp|counsell?or|psychiatrist|therapist)(?![a-z])|"
    r"(?<![a-z])get (?:a |me a )?referral(?![a-z])|"
    # a visit asked by its form's heading (Doctor visit request for 3-1-603, 医生上门申请)
    r"(?<![a-z])(?:doctor|gp|nurse|home) visit request(?![a-z])|(?:医生|护士)上门申请|申请医生上门"
)
# household goods the lexicon has no word for: against insects (蚊香, mosquito coils, bug spray)
_HOUSEHOLD = re.compile(
    r"蚊香|驱蚊[水液液贴]?|杀虫剂|灭蚊[器片]|花露水|"
    r"(?<![a-z])(?:mosquito (?:coils?|repellent|spray|net)s?|bug spray|insect repellent|"
    r"insect spray|fly spray)(?![a-z])"
)


def service_or_goods_untold(
    text: str, request: re.Match[str] | None
) -> tuple[Category, str] | None:
    """A doctor asked for without an ask verb, or goods no term names with an ask beside."""
    if _DOCTOR_ASKED.search(text) is not None:
        return Category.MEDICAL, "doctor-asked"
    if request is not None and _HOUSEHOLD.search(text) is not None:
        return Category.GROCERIES, "household"
    return None


# what is bought names the order: 帮买个新炒锅 after a hood told, 帮买点苹果 for a dad on dialysis
_ASKED_TO_BUY_GOODS = re.compile(
    r"(?<!不)(?<!别)(?:帮|帮忙|帮我|给我)买(?![个点些]?(?:电(?:费|量|$|\s|[吧吗呀啊了])|话费|流量|燃气))(?:个|点|些|一[个点些把口袋箱]|两[个斤袋箱])?(?:新的?)?|"
    r"(?<![a-z])(?<!group )(?<!group-)(?:buy|pick up) "
    r"(?:me |us )?(?:a |an |some )?(?:new )?(?=[a-z])"
)
_REASON_ONLY = (Category.REPAIR, Category.MEDICAL)
_GOODS_ROOM = 4


def bought_instead(text: str, terms: list[Term], category: Category) -> bool:
    """Whether goods no fixture or treatment names are bought, what was told being the reason:
    nothing medical, repairable or a drug stands right after the verb."""
    if category not in _REASON_ONLY:
        return False
    buy = _ASKED_TO_BUY_GOODS.search(text)
    if buy is None or buy.end() >= len(text) or not text[buy.end()].strip():
        return False
    after = [t for t in terms if buy.end() <= t.start < buy.end() + _GOODS_ROOM]
    return all(t.category is Category.GROCERIES for t in after)


# what an ask asks for is no service: prayers (大家帮忙祈祷, please pray for him),
# company to grumble with (有没有人一起吐槽), or those who need it told they may go
# (需要量血压的可以下去, anyone who needs a check can come down)
_NO_SERVICE = re.compile(
    r"祈祷|祷告|保佑|"
    r"(?<![a-z])(?:pray|prayers?)(?![a-z])|"
    r"^[^。!?\s]{0,3}一起(?:吐槽|骂|聊聊?|八卦)"
)
_ASK_ROOM = 6
_THOSE_WHO_NEED = re.compile(
    r"需要[^。!?\s]{1,8}的(?:可以|请|自行)|"
    r"(?<![a-z])anyone (?:who|that) needs? [^.!?]{1,30}(?:can|may|should) (?:come|go|head)"
)


def asks_no_service(text: str, request: re.Match[str] | None) -> str | None:
    """Why an ask asks for no service (prayers, company to grumble, a notice to those in need)."""
    if request is None:
        return None
    if _NO_SERVICE.search(text[request.end() : request.end() + _ASK_ROOM]) is not None:
        return "no-service"
    if _THOSE_WHO_NEED.search(own_words(text)) is not None:
        return "those-who-need"  # a quoted notice (回复 @医生：有需要的请说) is not the writer's
    return None
