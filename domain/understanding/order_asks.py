"""Request words: what in a message asks someone to do something (帮忙, 麻烦, can someone),
unless it thanks for help given or declines it, and terse orders (倒垃圾 3-1-402)."""

from __future__ import annotations

import re

from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.terms import TABLE, Term

_REQUEST = compile_prefiltered(
    r"帮忙|帮我|帮帮|帮下|帮个忙|帮一下|帮买|"
    r"帮(?=看|瞧|查|弄|处理|修|拿|带|取|倒|扔|丢|收|清|冲|充|交|缴|送|订|搬|叫|找|办|换|通|开|问)|"
    r"可唔可以|能唔能|得唔得|谁来(?=管|收|拿|倒|处理|修|看|弄|帮)|(?<![不别])快来(?!了)|派(?:个)?人|收一下|"
    r"搵(?=人|个|师傅|医生|电工)|"
    r"麻烦|劳驾|拜托|请帮|想(?:让|请|找)|来(?:看看|看一下|瞧瞧)|怎么(?:去|过去)|"
    r"请(?!大家|各位|问|注意|配合|勿|不要|居民|业主|开门|查收|自取|及时|提前|按时|戴|下楼|排队|联系|"
    r"放在|放到|把|记得|将|于|"
    r"保持|放心|稍等|耐心|假|留意|关注|查看|看群)|"
    r"能不能|能否|可不可以|可以[^。!?]{0,12}[吗么]|能[^。!?]{0,12}[吗么]|谁能|谁可以|谁有|有没有人|"
    r"有人能|有谁|谁还有|谁家还有|有没有(?:邻居|哪位|哪家|好心人|朋友|志愿者|大白|物业)|"
    # an errand asked of whoever passes (谁下楼顺路带上来, 纸箱堆了一屋子 有人收吗)
    r"谁(?:下楼|顺路|顺便|路过|出门|在楼下)|有人(?=收|来收|来拿|下楼|顺路|管一下)|"
    r"匀(?=[一两二三四五六七八九十几\d]|点|些|个|一下|给我)|借(?=[一两二三四五六七八九十几\d]|点|些|个|一下|我)|"
    r"(?:谁|有人|有没有人)会(?=修|换|弄|装|通|看)|"
    r"(?:谁|哪位|哪个|哪家|有没有人|有人|邻居们?)(?:能|可以|方便|愿意|有空|顺路|顺便)|"
    r"谁来(?=[\u4e00-\u9fff]{1,2}(?:一下|下|走|掉))|订(?=[一两二三四五六七八九十几\d]|点|些)|"
    r"(?<![a-z])(?:is there (?:a|any) way (?:to|for)|"
    r"is there (?:a|an|any|someone|anyone)(?: [a-z]+)? (?:who|that) (?:can|could)|"
    r"how (?:can|do|should|could) (?:i|we) "
    r"(?:arrange|book|see|make|have)|i need to see)(?![a-z])|"
    r"给我们?(?=[一两二三四五六七八九十几\d]|点|些|来|带|留)|托人|"
    r"辛苦(?=[^。!?,\s]{0,2}(?:拎|拿|带|收|送|取|倒|扔|处理|修|跑))|"
    r"(?:得|要|需)(?:赶紧|尽快|马上|赶快|快点?)(?=修|换|找人|处理|弄)|"
    r"想(?:预约|约|挂号)|"
    r"(?:^|(?<=\s))求(?!求|救|证|职|学|婚|你)|"
    r"有没有师傅|有师傅(?=没|吗|么|不|\?)|帮手|边位|充值\s*(?:\d+|[一两二三四五六七八九十百千]+)|有人有|谁家有|有多的|多余的|代购|帮我代|求(?=[一两二三四五六七八九十\d]|点|些|个)|"
    r"求助|求帮|求购|(?<![不无])需要|急需|急用|想买|想要|"
    r"(?:想|我要|我也要|我们)(?:报名|参加|参团|跟团)|(?<![\d+])\+1(?!\d)|算我一|加我一|"
    r"(?:谁|谁家|哪家|哪位|邻居)多(?=[一两二三四五六七八九十几\d]|点|些|的|余)|"
    r"(?:转|卖|匀)给我|我(?:来)?付钱|钱(?:我)?(?:微信)?转(?:给)?你|"
    r"有没有(?![^。!?\s]{0,6}宠物)[^。!?\s]{0,6}(?:医生|大夫|护士|师傅|电工|水电工)|"
    r"(?:核酸|采样)上门|上门(?:核酸|采样|做核酸)|"
    r"要买|我要|(?<![不])要(?=[一两二三四五六七八九十几\d]|点|些)|"
    r"(?<![\d点])整点(?!报时)|整些|来点|来些|弄点|搞点|要续|续(?=[一两二三四五六七八九十\d]|点|些|盒|瓶|药|方)|"
    r"(?:充|交|缴)下(?![来去楼面午雨班])|想(?:去)?看(?:一下|个|下)?(?=医生|大夫|[\u4e00-\u9fff]{0,3}科|牙|病)|"
    r"代买|买一下|买点|买些|带点|带些|带一|捎|团(?=个|点|些|一|[两二三四五六七八九十\d])|拼(?=个|"
    r"单)|"
    r"配一下|配(?=一|点|些|[两二三四五六七八九十\d]|盒|瓶)|送上来|送一下|送来|送过来|拿上来|取一下|"
    r"拿一下|拿下去|"
    r"带下去|扔一下|倒一下|(?<!被)收走(?!了)|(?<!被)拿走(?!了)|拎走|修一下|来修|上门|安排|交一下|缴一下|充一下|跑一趟|"
    r"(?<![a-z])(?:(?:can|could|would|will|may) (?:you|someone|anyone|somebody|anybody|a volunteer|"
    r"volunteers|any volunteers?|any neighbou?rs?|u|one of (?:you|the [a-z]+)|i get|i have|"
    r"we get|i ask|i request|i order|we order)|"
    r"please(?! (?:remember|do not|don'?t|note|make sure|be |keep|stay|wear|bring|put your|leave|"
    r"avoid|follow|report|line up|go down|come down|check your|wait|all|everyone))|pls|plz|"
    r"(?<!no )(?<!don't )"
    r"(?<!dont )need(?:s|ed)?|(?<!don't )want|would like|i'?d like|looking for|"
    r"anyone (?:have|has|got|going|able|who can|could|can)|help me|help with|"
    r"how (?:can|do|should) (?:i|we) get|"
    r"requesting|kindly|"
    # an errand asked of whoever is free (any volunteer free to grab my parcel, cat food anyone?)
    r"(?:any|some) ?(?:one|body|volunteers?|neighbou?rs?)(?: [a-z]+){0,2} (?:free|around|available|"
    r"going|able|willing|good with|here)|"
    r"(?<=[a-z] )anyone\s*\?|"
    r"asap|send someone|come (?:and|to) (?:fix|take|pick|check|have a look)|get me|grab me|"
    r"bring me|"
    r"who can|(?:can|could|would|will) (?:(?:the|a|our|your) )?(?:community |building )?"
    r"(?:doctor|volunteer|nurse|staff|plumber|electrician|repairman|handyman|guard|property|"
    r"management|maintenance|security|courier)s? (?:come|visit|help|bring|get|buy|deliver|fix|"
    r"check|take|pick|send|arrange|drop|look)|"
    r"(?:can|could|would|will) (?:the|a|an|any|our|your) (?:community |building )?"
    r"(?:doctor|nurse|gp|dentist)s? [a-z]+|"
    r"(?:can|could|would|will) (?:the|a|our|your) [a-z]+(?: [a-z]+)? (?:come|visit|help|"
    r"bring|"
    r"get|buy|deliver|fix|check|take|pick|send|arrange|drop))(?![a-z])"
)

# Asking whether a group buy is running (有没有团的, is there a group buy for bread?): joining one.
GROUP_BUY_ASK = compile_prefiltered(
    r"有没有(?:人)?(?:团|开团|拼团|在团)|有团(?:的|吗|么)|(?:谁|哪位)(?:在)?(?:开团|团)|"
    r"来(?:[一两二三四五六七八九十\d]|一)份|"
    r"(?<![a-z])(?:(?:is|are) (?:there|anyone|someone|somebody)|any|anyone|someone|who(?:'s| is)?)"
    r"(?: [a-z]+){0,2} (?:a )?group[- ]?buys? (?:for|of|on)(?![a-z])"
)

_EXPLICIT = (
    "帮",
    "麻烦",
    "请",
    "能",
    "可以",
    "可不可以",
    "谁",
    "有没有",
    "求",
    "需要",
    "想",
    "劳驾",
    "拜托",
    "please",
    "pls",
    "plz",
    "can",
    "could",
    "would",
    "need",
    "anyone",
    "help",
)

_NEED_ONLY = frozenset({"需要", "need", "needs", "needed"})

# 医院怎么去 asks for a ride; 药店怎么去 only for directions.
TRANSPORT_ONLY = frozenset({"怎么去", "怎么过去"})

_RULES_QUESTION = compile_prefiltered(
    r"[吗么][^,。!?]{0,3}$|[吗么]\s*[?。]|\?\s*$|^\s*(?:do|does|did|is|are|should|will|must)\b"
)

# Help declined (不用帮忙了, 不需要麻烦了): the request word asks for nothing.
# Help declined or a rule that forbids it (不用再送, 门卫不让送上来): nothing is asked.
_DECLINED_BEFORE = compile_prefiltered(
    r"(?:不用|不必|无需|不需要|别|不让|不许|不准|(?<!要)(?<!能)(?<!可)不)再?$"
)

FOR_ME = compile_prefiltered(r"帮|麻烦|给我|替我|拜托|劳驾")

_PRICE = compile_prefiltered(r"[\d.一两二三四五六七八九十几百]+\s*(?:块|元|毛)")

_ABLE_QUESTION = re.compile(r"(?:可以|能)[^。!?]{0,12}[吗么]")

_SELF_SERVICE = compile_prefiltered(
    r"在线|网上|线上|自己|手机上|app|小程序|(?<![a-z])online(?![a-z])"
)

# Help received, not asked for: 谢谢…帮我把米扛上来, 昨天帮我修好了.
_THANKS_BEFORE = compile_prefiltered(r"(?:谢谢|感谢|多谢|多亏|幸亏|幸好)[^,。!?;\s]{0,12}$")

# English thanks for help given (thanks everyone for the help with groceries): no request.
_EN_THANKS_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:thanks|thank you)(?: [a-z']+){0,3} for(?: [a-z']+){0,2} $"
)

_PAST_BEFORE = compile_prefiltered(r"(?:昨天|前天|上次|那天|之前)[^,。!?;\s]{0,6}$")

_DONE_AFTER = compile_prefiltered(
    r"^[^,。!?;\s]{0,8}?(?:了|过|的(?:是|那|人|志愿者|小|姐|哥|师傅|大))"
)

# A terse order: a service verb and what it acts on, beside the flat and nothing else
# (倒垃圾 3-1-402).
_TERSE_VERBS = "倒扔丢收取拿买配续修交缴充通"

FLAT_NOISE = compile_prefiltered(
    r"[\d\s\-#,，。.!！~]+|[一二两三四五六七八九十零〇幺]+(?=[栋幢号楼单元室座])|号楼|[栋幢号单元室座房]|"
    r"谢谢|麻烦了|辛苦了|(?<![a-z])(?:rm|room)(?![a-z])"
)

TERSE_VERB = re.compile(f"[{_TERSE_VERBS}]")

NAMES_FLAT = compile_prefiltered(r"\d|[栋幢座室]|号楼|单元")


def find_request(text: str) -> re.Match[str] | None:
    """The first request word; a bare "need" in a question about rules does not count."""
    if "团" in text or "份" in text or "group" in text:  # kept off the common path
        joining = GROUP_BUY_ASK.search(text)
        if joining is not None:
            return joining
    matches = [
        match
        for match in _REQUEST.finditer(text)
        if not _received(text, match)
        and not _DECLINED_BEFORE.search(text, max(0, match.start() - 4), match.start())
        and not (match.group() == "要" and _PRICE.match(text, match.end()))
    ]
    if (
        matches
        and all(_ABLE_QUESTION.fullmatch(match.group()) for match in matches)
        and _SELF_SERVICE.search(text)
        and not FOR_ME.search(text)
    ):
        return None  # 医保卡可以在线续费吗: whether a thing can be done, not a request
    if matches and all(match.group() in _NEED_ONLY for match in matches):
        if _RULES_QUESTION.search(text) and not re.search(r"我需要|(?<![a-z])i need", text):
            return None
    for match in matches:
        if match.group().startswith(_EXPLICIT):
            return match
    return matches[0] if matches else None


def _received(text: str, match: re.Match[str]) -> bool:
    """A request word inside thanks for help given (谢谢…帮我, 昨天帮我修好了)."""
    before = max(0, match.start() - 16)
    if _THANKS_BEFORE.search(text, before, match.start()):
        return True
    if _EN_THANKS_BEFORE.search(text, max(0, match.start() - 48), match.start()):
        return True
    return (
        match.group().startswith("帮")
        and _PAST_BEFORE.search(text, before, match.start()) is not None
        and _DONE_AFTER.match(text[match.end() : match.end() + 10]) is not None
    )


def is_terse(text: str, terms: list[Term]) -> bool:
    """A service verb and its object with only a flat beside them (倒垃圾 3-1-402, 取快递 5栋)."""
    if len(text) > 24 or not terms or not NAMES_FLAT.search(text):
        return False
    rest = FLAT_NOISE.sub("", text)
    if not 2 <= len(rest) <= 6:
        return False
    if rest[0] not in _TERSE_VERBS:
        return False
    entry = TABLE.get(rest[1:].removeprefix("一下").removeprefix("下"))
    return entry is not None and entry[0] is not None
