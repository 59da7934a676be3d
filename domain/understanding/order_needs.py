"""Needs told without asking: a shortage (米没了) or a shopping list (鸡蛋两盒), unless met already,
enough, past, or only remarked on."""

from __future__ import annotations

import re
from itertools import pairwise

from domain.understanding import lexicon
from domain.understanding.model import Category
from domain.understanding.order_asks import FLAT_NOISE
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.rules import Rule
from domain.understanding.terms import Term

# Needs told without asking, tried apart (the list of goods with counts is read from the words
# beside each good, below).
NEEDS: tuple[Rule, ...] = (
    # Something has run out or is running low (米没了, 还剩一包, out of milk).
    Rule(
        "shortage",
        r"没了|快没了|用完了|吃完了|喝完了|用光了|吃光了|见底了|断货|"
        # a leg worn out (腿都要断了) is tiredness, not a supply cut off
        r"(?<![腿腰脚臂膊手])(?<![腿腰脚臂膊手][都快要])(?<![腿腰脚臂膊手][都快要][都快要])断了|断粮|没有了|只剩|快吃完|"
        r"快用完|不够了|缺|都没了|告急|没得(?:吃|喝|用)了|只够|不剩|没剩|所剩无几|还剩|就剩(?!\s*\d+\s*%)|"
        r"(?:一|两|三|几|\d)天的量了|"
        rf"还有(?:最后)?(?:[一两二三四五六七八九十半几]|\d{{1,2}}(?!\d))\s*(?:{lexicon.CN_UNITS})"
        r"(?:了)?(?=$|[\s,。!?])|"
        r"没(?:菜|米|面|油|肉|奶|纸|药|粮|吃的)了|断顿|断炊|没米下锅|(?:米|饭)下锅|(?:家里|冰箱里?|柜子里)没有?[\u4e00-\u9fff]{1,4}了|"
        r"(?:冰箱|米缸|柜子)(?:都)?空了|"
        # a spray, bottle or tin nearly empty (哮喘的喷雾快空了, the inhaler is nearly empty)
        r"(?:喷雾|喷剂|吸入器|瓶|罐|药)[^。!?\s]{0,2}(?:快|快要|要)空了|"
        r"(?<![a-z])(?:almost|nearly) empty(?![a-z])|"
        # a place left is no supply run out (dying to get out of here)
        r"(?<![a-z])(?:out of(?! (?:here|there|the (?:house|flat|building|compound|estate)|"
        r"this place|lockdown|quarantine|isolation)(?![a-z]))|ran out|run out|runs out|running out|"
        # nearly gone (the inhaler is nearly empty)
        r"(?:nearly|almost|practically) (?:empty|gone|finished)|"
        # a day or two of it left (Aptamil stage 1, we have maybe one day left)
        r"(?:have|has|got) (?:maybe |only |just |about |around )?(?:one|a|two|three|\d) "
        r"(?:more )?days?(?:'s)?(?: worth)? left(?! (?:of|until|till|before) )|"
        r"almost out|low on|none left|used up|"
        r"running low|getting low|run(?:ning)? short|"
        # the last few counted (I have 1 left, only two left)
        r"(?:have|has|got|only) (?:only |just )?(?:\d|one|two|three|a couple|a few)"
        r"(?: (?!(?:day|week|hour|minute)s?(?![a-z]))[a-z]+)? left|"
        r"finished|nothing left|have nothing|no food left|"
        # the last one reached (down to his last pen)
        r"down to (?:the|my|his|her|our|their|its) (?:very )?(?:last|final)|"
        # a refill due of what is taken every day (routine refill of my heart medication)
        r"(?:routine|usual|monthly|regular|repeat|weekly) (?:refill|prescription|supply)|"
        r"refill of)(?![a-z])|"
        r"(?:每月|按月|定期|常规)(?:的)?(?:开|拿|配)(?:的)?[\u4e00-\u9fff]{0,4}药|续药|续方",
        (
            "大米快吃完了",
            "Monthly refill of mum's blood pressure pills please, 3-2-401",
            "按月开的降压药 4-1-302",
            "卫生纸只剩一卷了",
            "奶粉 800克两罐 孩子就剩两天的量了 15-2-601",
            "We're out of rice",
            "Nitroglycerin tablets - Dad's usual refill, running low, no rush. 15-1-1202",
            "Asthma inhaler, Ventolin, only one left. 4-2-701",
            "baby formula, we have 2 tins left 3-1-1102",
            "Insulin pens for my grandad (Lantus), down to his last pen. 3-3-1203",
            "my mum's ventolin inhaler is nearly empty, she's ok for now. 5-2-301",
            "Formula!! Aptamil stage 1, we have maybe one day left. B座 1703",
            "Mum's insulin runs out Friday, NovoRapid pens, 4-2-1001",
        ),
        (
            "吃完饭了吗 哈哈",
            "check it out",
            "can't wait to get out of here and have a proper coffee",
            "搬了一下午的米 腰都快断了",
            "only two days left until the lockdown ends",
            "we have two days left of quarantine, yay",
            "we've got one day left until the lockdown ends",
        ),
    ),
)

# Calm readings: what makes goods named no need (met already, enough left, a past day, a count
# gone wrong, a price or praise).
CALM: tuple[Rule, ...] = (
    # Met already: bought, handed out, given, borrowed, or swallowed (狗狗吞了一只袜子).
    Rule(
        "met-already",
        r"买了|买到|购了|发的|(?<![快没])吃了|(?<![快没])喝了|含了|服了|服下|"
        r"(?:小区|社区|政府|街道|居委会?|物业)[^。!?]{0,3}发|团了|团到|抢到|"
        # (not a need by a day: 周五前一定要拿到)
        r"(?<![要得须])收到|(?<![要得须])拿到|"
        r"到了(?!打|叫|告诉|喊|通知|说)|送来了|"
        r"送的|带的|给的|给了|已经有|借到|借了(?![吗么])|已经还|还了|吞了|吞下|误吞|误食|咽下|"
        # a volunteer's day told (送了二十份, 搬了二十箱), a test read (抗原一条杠)
        r"(?:送|搬|发|分|派|运|拎|扛)了|(?:送|搬|派|运)完|(?:条|道)(?:杠|线)|"
        # or on its way in an order placed, only its arrival wondered at (不知道团购什么时候能到)
        r"(?:团购|团的|订的|买的|下的单)[^。!?\s]{0,4}(?:什么时候|啥时候|几时|哪天)(?:才)?(?:能)?到|"
        r"(?<![a-z])(?:got|bought|received|arrived|brought|gave|given|swallowed)(?![a-z])",
        (
            "卫生纸用完了 邻居给了一卷",
            "ran out of milk but a neighbour gave us some",
            "今天下午给六幢送了二十份菜 还差三份明天补",
            "刚给5-1-302送完菜",
            "抗原一条杠 没症状 放心",
            "狗粮只剩两天的了 不知道团购什么时候能到",
        ),
        ("卫生纸用完了", "ran out of milk"),
    ),
    # A shortage coped with (coffee ran out yesterday, survived; 咖啡喝完了 也熬过来了): told.
    Rule(
        "coped-without",
        r"熬过来了|挺过来了|也活下来了|没有也行|不喝也行|不吃也行|"
        r"(?<![a-z])(?:survived|we'?ll survive|i'?ll survive|can live without|managing without|"
        r"doing without)(?![a-z])",
        ("coffee ran out yesterday, survived", "咖啡喝完了 也熬过来了"),
        ("coffee ran out", "咖啡喝完了", "can't survive without coffee"),
    ),
    # Enough left (够吃了, 还够, 足够): what remains is no shortage.
    Rule(
        "enough-left",
        r"(?<!不)(?<!只)(?<!不太)够(?:吃|用|喝)?(?:了|啦)|还够|足够|不缺|"
        r"(?<![a-z])enough(?![a-z])",
        ("鸡蛋还有两板 够吃了", "still have enough rice"),
        ("米不够了", "not enoughh"),
    ),
    # One more supposed (要是再喝一杯奶茶就…, if I eat one more cookie): an excess joked about.
    Rule(
        "one-more-supposed",
        r"(?:要是|如果|再)[^。!?]{0,4}再?(?:吃|喝)(?:一|两|半)[^。!?]{0,6}就|"
        r"(?<![a-z])if i (?:eat|drink|have) (?:one more|another)(?![a-z])",
        ("要是再吃一块蛋糕 就要胖成球了", "if i eat one more biscuit i'll pop"),
        ("再买一盒蛋糕", "one more biscuit please"),
    ),
    # A list told about a past day (昨天的菜少了一个土豆) reports, it does not ask.
    Rule(
        "past-day",
        r"昨天|前天|上次|那天|年轻(?:的)?时候?|小时候|(?<![a-z])(?:yesterday|last time)(?![a-z])",
        ("昨天的菜少了一个土豆", "yesterday's box had no eggs"),
        ("明天的菜", "tomorrow"),
    ),
    # A count gone wrong in a delivery (我家少了一颗白菜, 只有一根葱) reports, it does not ask.
    Rule(
        "discrepancy",
        r"(?:包|箱|袋|份|物资|礼包)里(?:面)?(?:有|是)|少了|少给|漏了|漏发|多给了|多了一|只有|就给了|"
        r"就发了|(?<![a-z])(?:missing|short by)(?![a-z])",
        ("我家少了一颗白菜", "one bag of rice is missing"),
        ("白菜两颗", "two bags of rice"),
    ),
    # A price or praise beside a list of goods (十五块一斤 比超市贵, 一袋五十 划算吗, 好新鲜 感恩):
    # the goods are remarked on, not asked for; 两块 beside goods is a count.
    Rule(
        "remark",
        r"(?:\d+|[一两二三四五六七八九十百几]*[十百][一两二三四五六七八九十百几]*)\s*(?:块|元|毛)|"
        r"[一两二三四五六七八九几]\s*(?:元|毛|块钱|块[一二两三四五六七八九]?(?:一|每)?[斤个])|"
        r"(?:箱|袋|斤|盒|瓶|提|包|板)[一两二三四五六七八九十百\d]{2,}"
        r"(?![一两二三四五六七八九十百\d]|\s*(?:个|只|斤|箱|袋|盒|瓶|包|颗|根|片|支|卷|提))|"
        r"(?:太|好|真|很|挺|有点|比[^。!?]{0,6}|这么|那么|咋|死)贵|贵了|便宜|划算|实惠|感恩|"
        # a price told without a unit (一斤葱卖二十, 一颗白菜二十多) or a complaint about it
        r"卖(?:到)?(?:\d+|[一两二三四五六七八九十百]+)|[十百]多(?=$|[\s,。!?啊呢吧])|抢钱|坑人|宰人|"
        r"(?:好|很|真|挺|特别|超)(?:新鲜|好吃|甜|嫩|不错|全)|(?<!真的)绝了|fire啊|"
        r"(?<![a-z])(?:so expensive|too expensive|rip-?off|overpriced|daylight robbery)(?![a-z])",
        (
            "一箱苹果八十块 太贵了",
            "豆腐好新鲜 感恩",
            "这菜咋这么贵呢 一颗白菜二十多 抢钱啊",
            "a bag of onions for 20, so expensive",
        ),
        ("豆腐两块 葱一把",),
    ),
    # Goods carried up many floors, told as a feat praised or groaned at (carried 20kg of rice up
    # 15 floors, 扛了两袋米爬了18楼): a story of goods had, not a list of goods wanted.
    Rule(
        "feat",
        r"(?:扛|搬|拎|提|背)(?:了|着)[^。!?]{0,12}(?:爬|上)了?[\d一二三四五六七八九十]+\s*(?:层|楼)|"
        r"(?<![a-z])(?:carried|carrying|carries|lugged|lugging|hauled|hauling|dragged|dragging)"
        r"[^.!?]{0,30} up (?:\d+|[a-z]+) (?:floors|flights|storeys|stories)(?![a-z])",
        (
            "Shout out to volunteer 小张, carried 20kg of rice up 15 floors today",
            "志愿者扛了两袋米爬了18楼 太辛苦了",
        ),
        ("两袋米 帮忙搬上18楼 3-1-1801", "could someone carry 2 bags of rice up to 1502?"),
    ),
    # A shortage laughed about as the cause in a story, or in a child's words quoted (haha my
    # toddler announced "I'm dying" because we ran out of biscuits 😂): told, not asked for.
    Rule(
        "anecdote",
        r"(?:哈哈|笑死|😂|🤣|(?<![a-z])(?:haha\w*|lol|lmao|rofl)(?![a-z]))[^。!?]*?"
        r"(?:因为|(?<![a-z])(?:because|cause|'cause|cos)(?![a-z])|(?:儿子|女儿|孩子|娃|闺女)[^。!?]{0,4}"
        r"说|(?<![a-z])(?:toddler|kid|son|daughter)(?![a-z])[^.!?]{0,20}(?:says|said|announced|"
        r"declared))|"
        r"(?:因为|(?<![a-z])(?:because|cause|'cause|cos)(?![a-z])|(?:儿子|女儿|孩子|娃|闺女)[^。!?]{0,4}"
        r"说|(?<![a-z])(?:toddler|kid|son|daughter)(?![a-z])[^.!?]{0,20}(?:says|said|announced|"
        r"declared))[^。!?]*?(?:哈哈|笑死|😂|🤣|(?<![a-z])(?:haha\w*|lol|lmao|rofl)(?![a-z]))",
        (
            "我儿子说没有薯片了他活不下去了 哈哈哈",
            "haha my toddler just announced 'I'm dying' because we ran out of biscuits 😂",
            "the kids staged a protest because we ran out of ice cream lol",
        ),
        ("code red: we're out of toilet paper 😂", "we ran out of rice because of the lockdown"),
    ),
    # Beside goods and the flat, a result or news, not a need (抗原阴性 2-1-301, 菜到了 302).
    Rule(
        "result-told",
        r"了|已|过|没到|到了吗|阴性|阳性|正常|没事|好的|收到|志愿者|大白|团长|师傅|"
        r"(?<![a-z])(?:negative|positive|ok|done|fine)(?![a-z])",
        ("阴性", "志愿者", "negative"),
        ("宝宝拉肚子", "for the baby"),
    ),
)

_RULES = {rule.name: compile_prefiltered(rule.regex) for rule in (*NEEDS, *CALM)}
_SHORTAGE = SHORTAGE = _RULES["shortage"]
_DONE = _RULES["met-already"]
_ENOUGH = _RULES["enough-left"]
_COPED = _RULES["coped-without"]
_PAST_DAY = _RULES["past-day"]
_ONE_MORE = _RULES["one-more-supposed"]
_ANECDOTE = _RULES["anecdote"]
_DISCREPANCY = _RULES["discrepancy"]
_REMARK = _RULES["remark"]
_FEAT = _RULES["feat"]
_TOLD = _RULES["result-told"]

_QUANTITY = (
    r"(?:(?<![\d.])\d+|[一二两三四五六七八九十半几]+|"
    r"(?<![a-z])(?:a|an|one|two|three|four|five|six|ten))"
)

_QUANTITY_UNIT = (
    rf"{_QUANTITY}\s*(?:{lexicon.CN_UNITS}|(?<![a-z])(?:{lexicon.EN_UNITS})(?:\s+of)?(?![a-z]))"
)

_LIST_BEFORE = compile_prefiltered(rf"{_QUANTITY_UNIT}(?:的)?\s*$")

# Between goods and their count: a dose (华法林2.5mg 一盒, 阿司匹林肠溶片 100mg 3盒), a kind
# (卫生巾 日用夜用各一包) or the flat (接龙 草莓 5-2-801 3盒); after them, a count
# written x2 (蔬菜包x2).
_DOSE = (
    r"[\u4e00-\u9fff]{0,4}\s*\d+(?:\.\d+)?\s*(?:mg|g|ml|mcg|μg|iu|毫克|微克|克|毫升|单位)"
    r"(?![a-z])\s*"
)
_KIND = (
    r"[\u4e00-\u9fff]{1,6}\s*(?=各|每样|每种)"
    # a short word for the kind, apart, then the count (卫生巾 夜用 两包)
    r"|(?<=\s)[\u4e00-\u9fff]{1,3}\s+(?=[一两二三四五六七八九十半几\d])"
)
_FLAT_GAP = r"\d{1,3}-(?:\d{1,2}-)?\d{3,4}\s+"
# a baby formula's stage (爱他美3段 两罐, Aptamil stage 3, 2 tins)
_STAGE = r"\s*(?:[1-4一二三四]\s*段|(?<![a-z])stage\s*[1-4])(?![a-z\d])[\s,，]*"

_LIST_AFTER = compile_prefiltered(
    rf"^\s*(?:{_DOSE}|{_KIND}|{_FLAT_GAP}|{_STAGE})?"
    rf"(?:(?:各|每样|每种|(?<![a-z])each\s)?{_QUANTITY_UNIT}|(?:各|每样)[一两二三四五六七八九十\d]"
    r"|[x×*]\s*\d{1,2}(?!\d))"
    r"|^[\u4e00-\u9fff]{0,2}\s*[x×*]\s*\d{1,2}(?!\d)"
)

# a brand (not an item itself) with its formula stage and a count (爱他美3段 两罐)
_STAGED_COUNT = compile_prefiltered(rf"^{_STAGE}{_QUANTITY_UNIT}")

# The count after a brand, a strength or who it is for, in the same sentence (奶粉 飞鹤星飞帆3段
# 2罐; Amlodipine 5mg, 2 boxes; Eye drops for my dad - artificial tears, 2 bottles): read only
# when the flat is named too, as on an order form.
_LIST_SPEC = compile_prefiltered(
    rf"^[^.。!?\n]{{0,36}}?[\s,，、]+(?:各|(?<![a-z])each\s)?{_QUANTITY_UNIT}"
    r"(?=\s*(?:each|各)?\s*(?:$|[\s,，.。!?]))"
)


def _listing(text: str, terms: list[Term]) -> re.Match[str] | None:
    """A quantity written right next to goods (两箱牛奶, 鸡蛋两盒, 2 bags of rice), or after the
    goods' spec in a message that names the flat."""
    for term in terms:
        if not term.itemable:
            if term.category is Category.GROCERIES and (
                staged := _STAGED_COUNT.search(text[term.end : term.end + 20])
            ):
                return staged  # 爱他美3段 两罐: a formula brand, its stage, a count
            continue
        found = _LIST_BEFORE.search(text[max(0, term.start - 16) : term.start])
        found = found or _LIST_AFTER.search(text[term.end : term.end + 20])
        if found is not None:
            return found
    if not _FLAT_SHAPE.search(text):
        return None
    for term in terms:
        if term.itemable and (found := _LIST_SPEC.search(text[term.end : term.end + 40])):
            return found
    return None


# A numbered line of a chain with a flat (or a building and a name) and a count and nothing else
# (23. 3幢2单元501 两箱; 42. 6号楼 李 1份), alone or on a line of its own under the header.
CHAIN_LINE = compile_prefiltered(
    r"(?:^|(?<=\n))\s*(?:接龙\s*)?\d{1,3}\s*[.、)]\s*"
    r"(?:[a-z]|\d{1,3})\s*(?:栋|幢|号楼|座|-)\s*"
    r"(?:(?:\d{1,2}\s*(?:单元|-)\s*)?\d{3,4}\s*(?:室|号)?\s*)?"
    rf"(?:[\u4e00-\u9fff]{{1,8}}\s*)?{_QUANTITY_UNIT}\s*(?=\n|$)"
)

# Goods beside the flat with a few words at most (益生菌和蒙脱石散 宝宝拉肚子 16-1-601): a list.
_FLAT_SHAPE = compile_prefiltered(
    r"(?<![\d.])\d{1,3}-(?:\d{1,2}-)?\d{3,4}(?!\d)|\d\s*(?:栋|幢|座|号楼|单元|室)|[a-z]座|"
    r"(?<![a-z])(?:rm|room|bldg|block|unit)\s*#?\d|(?<![\d.])\d{3,4}(?![\d.])|"
    # the flat in words (七栋六零一, 三单元六零二)
    r"[一二三四五六七八九十两]{1,3}(?:栋|幢|座|号楼|单元)[一二三四五六七八九十零〇两幺]{3,4}"
)
# what may stand beside goods and the flat: joiners, thanks, and when they are for (明天早上吃的)
_JOINERS = compile_prefiltered(
    r"[和跟及与、,+/]|(?<![a-z])and(?![a-z])|谢谢|谢啦|谢了|多谢|感谢|辛苦了|麻烦了|急|"
    r"(?:明天|今天|今晚|明早|后天)(?:早上|早餐|中午|晚上)?(?:吃|用|要)?(?:的)?"
)
MAX_BESIDE_GOODS = 6


# a test's result told beside the flat (体温36.5 抗原阴): a report, not goods asked for
_RESULT = compile_prefiltered(r"阴性|阳性|抗原[阴阳]|(?<![a-z])(?:negative|positive)(?![a-z])")


def _goods_and_flat(text: str, terms: list[Term]) -> str | None:
    """The goods, when a short message names only goods and the flat."""
    goods = [term for term in terms if term.itemable]
    if not goods or len(text) > 40 or not _FLAT_SHAPE.search(text) or _RESULT.search(text):
        return None
    rest = text
    for term in reversed(goods):
        rest = rest[: term.start] + " " + rest[term.end :]
    rest = _JOINERS.sub("", FLAT_NOISE.sub("", rest))
    if len(rest) > MAX_BESIDE_GOODS or _TOLD.search(rest):
        return None
    return goods[0].word


# Between two goods of a list: a comma or an "and", with a word or two (soy milk, some cucumbers),
# or only a space (可乐 薯片 冰淇淋, rice oil n salt).
_LIST_JOINER = re.compile(
    r"[^.!?。！？]*?(?:[,，、+]|(?<![a-z])(?:and|n|&)(?![a-z])|和|跟|还有)[^.!?。！？]*"
)
_SPACE_ONLY = re.compile(r"\s+")


def _goods_list_and_flat(text: str, terms: list[Term]) -> str | None:
    """The first of several goods listed in a message that names the flat and asks nothing
    (wholegrain crackers, unsweetened soy milk, some cucumbers. 14-1-302): an order form."""
    goods = [term for term in terms if term.itemable]
    if len(goods) < 2 or "?" in text or not _FLAT_SHAPE.search(text) or _TOLD.search(text):
        return None
    for first, second in pairwise(goods):
        gap = text[first.end : second.start]
        if first.word != second.word and len(gap) <= 16 and _LIST_JOINER.fullmatch(gap):
            return first.word
        if (
            first.word != second.word
            and _SPACE_ONLY.fullmatch(gap)
            and first.word[-1:].isalnum()
            and second.word[:1].isalnum()
            and not _HAD.search(text)
        ):
            return first.word  # 可乐 薯片 冰淇淋 15-1-901: goods spaced out, a list
    return None


# What tells of goods had or of a reading, not of goods wanted (delivered, 收到, 阴性, 36.6).
_HAD = compile_prefiltered(
    r"收到|到了|送到|已经|已|阴性|阳性|体温|[3４][4-9][.,]\d|分给|借给|送给我|^\s*(?:谢谢|感谢|多谢)|"
    r"(?:谢谢|感谢|多谢)(?:志愿者|大白|团长|师傅|小哥|你们)|没到|还没来|"
    r"(?<![a-z])(?:not (?:yet )?arrived|hasn'?t (?:arrived|come)|haven'?t (?:arrived|come))"
    r"(?![a-z])|"
    r"(?<![a-z])(?:delivered|arrived|received|got|thanks? (?:you )?for|thank you for|"
    r"left (?:it|them)|is at your|are at your|negative|positive|temp|fever|shared|lent|"
    r"thermometer (?:shows?|says?|reads?)|\d\d point \d|"
    r"shout out)(?![a-z])"
)
# Words that stand beside goods on an order form: counts, sizes, packs, joiners, the flat's
# words, politeness (2 pack, XL码, the 18.9L one, and, for baby, thank).
_FORM_WORDS = compile_prefiltered(
    rf"{_QUANTITY_UNIT}|\d+(?:[.\-/]\d+)*[a-z]{{0,2}}|[a-z]{{1,3}}码|\d*段|"
    r"(?<![a-z])(?:and|or|some|a|an|the|for|of|if possible|please|pls|thanks?|thank you|one|with|"
    r"small|big|any|brand|size|packs?|bottles?|box(?:es)?|bags?|room|rm|bldg|building|block|"
    r"unit|baby|kids?|finish(?:ed)?)(?![a-z])|谢谢|和|还有|各|一下|宝宝|的|要|买|"
    r"[栋幢座室]|号楼|单元|[^\w\u4e00-\u9fff]+"
)
MAX_FORM_REST = 6


def _order_form(text: str, terms: list[Term]) -> str | None:
    """The first goods of a message written as an order form: goods, the flat and counts or
    sizes beside them, with nothing had, read or told (宝宝纸尿裤XL码一包 飞鹤奶粉3段一罐
    12-2-1102; Shampoo and tooth paste, 14-1-1501, thank)."""
    goods = [term for term in terms if term.itemable]
    if not goods or "?" in text or not _FLAT_SHAPE.search(text) or _HAD.search(text):
        return None
    rest = text
    for term in reversed(goods):
        rest = rest[: term.start] + " " + rest[term.end :]
    words = _FORM_WORDS.sub(" ", rest).split()
    # a Chinese character weighs one, a Latin word two
    weight = sum(len(word) if "\u4e00" <= word[0] <= "\u9fff" else 2 for word in words)
    return goods[0].word if weight <= MAX_FORM_REST else None


# What opens a message before its list: nothing, or a space.
_LIST_GAP = re.compile(r"[\s,，、]+")


# A hurt told easing beside the list (破了点皮 已经不流血了, stopped bleeding already): why the
# goods are wanted, not goods had.
_EASING = compile_prefiltered(
    r"(?:已经|已)(?:不|没有?)(?:再)?(?:流血|出血|疼|痛|痒|肿|烧|吐|拉)了?|"
    r"(?:已经|已)(?:止住了?血|止血了|消肿了|退烧了|好多了|好点了)|"
    r"(?<![a-z])(?:(?:has |have |'s )?stopped (?:bleeding|hurting)|"
    r"bleeding (?:has |'s )?stopped)(?![a-z])"
)


def _opening_list_and_flat(text: str, terms: list[Term]) -> str | None:
    """The first goods of a list that opens a message naming the flat, the reason told after it
    (止泻药 蒙脱石散 吃坏肚子了 2-2-1004; 创可贴 碘伏 纱布 磕破了腿 小伤 8-204): an order."""
    goods = [term for term in terms if term.itemable]
    if (
        len(goods) < 2
        or goods[0].start > 0
        or "?" in text
        or not _FLAT_SHAPE.search(text)
        or _HAD.search(_EASING.sub(" ", text))
        or _RESULT.search(text)
    ):
        return None
    first, second = goods[0], goods[1]
    if first.word == second.word or first.category is not second.category:
        return None
    if not _LIST_GAP.fullmatch(text[first.end : second.start]):
        return None
    return first.word


def unasked_need(text: str, terms: list[Term], *, asked: bool) -> tuple[re.Match[str] | None, str]:
    """In a message that names goods, a need told without asking and its kind (shortage or
    list); None when it is met already, enough is left, it is past or only remarked on."""
    shortage = _SHORTAGE.search(text)
    if shortage is not None and not asked and _DONE.search(text, shortage.end()):
        shortage = None  # 卫生纸用完了 邻居给了一卷: met already
    if shortage is not None and not asked and _ENOUGH.search(text):
        shortage = None  # 鸡蛋还有两板 够吃了: enough left
    if shortage is not None and not asked and _COPED.search(text):
        shortage = None  # coffee ran out yesterday, survived: coped with
    if shortage is not None and not asked and _ANECDOTE.search(text):
        shortage = None  # because we ran out of biscuits 😂: a story laughed about
    if (
        shortage is not None
        or asked
        or _DONE.search(text)
        or _PAST_DAY.search(text)
        or _ONE_MORE.search(text)
    ):
        return shortage, "shortage"
    listing = _listing(text, terms)  # 鸡蛋两盒 牛奶一箱: a shopping list is a request
    if listing is not None and (
        _DISCREPANCY.search(text) or _REMARK.search(text) or _FEAT.search(text)
    ):
        listing = None  # 一箱苹果八十块 太贵了: prices and praise remark on goods
    if listing is None and not _DISCREPANCY.search(text) and not _REMARK.search(text):
        goods = (
            _goods_and_flat(text, terms)
            or _goods_list_and_flat(text, terms)
            or _order_form(text, terms)
            or _opening_list_and_flat(text, terms)
        )
        if goods is not None:
            return re.search(re.escape(goods), text), "goods-and-flat"
    return listing, "list"
