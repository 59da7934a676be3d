"""Orders no ask rule reads: asks whose wording the request words and the category rules of
orders.py miss (a doctor asked to pop up, a tradesperson asked sent, a drug nearly out, rubbish
bags counted beside a flat), each told by its own signs. One table, tried in order where
read_order would return None; the first entry that reads gives the category. Entries marked
placed read a plain ask that must still pass places_order (the first of them to read decides for
all of them); the others read an ask that a veto sign beside it would hide (有事打电话, let me
know the cost). tests/unit/test_rule_tables.py runs every entry's examples.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from domain.understanding.flats import find_flat_normalized
from domain.understanding.lexicon import COMPLAINT_FLARED, FALLEN, PUT_BACK
from domain.understanding.model import Category
from domain.understanding.order_vetoes import places_order
from domain.understanding.prefilter import compile_prefiltered as rx
from domain.understanding.quotes import own_words
from domain.understanding.rules import Signs
from domain.understanding.terms import Term


@dataclass(frozen=True, kw_only=True)
class Missed(Signs):
    """An order no ask rule reads: its signs, the category it is (or how the goods named give
    it), and what must stand beside the text."""

    category: Category | Callable[[list[Term]], Category]
    named: Category | None = None  # goods or a service of this category named
    asked: bool = False  # a request word found
    placed: bool = False  # the ask must still pass places_order
    shown: bool = False  # the sign's words shown in the evidence


_QUESTION = rx(r"[吗么?？]|是不是|有没有")
_FOR_HERE = rx(
    r"(?<![a-z])(?:my|our|in my|in our)(?![a-z])|(?<![a-z])can (?:repair ?man|someone|"
    r"somebody|you) come(?![a-z])"
)
_RUN_GOODS = (Category.MEDICINE, Category.GROCERIES)
# A share of what a quote offers taken in the writer's own words (I'll take one, 要一份).
SHARE_TAKEN = rx(
    r"(?<![a-z])(?:i'?ll take|we'?ll take|put me down for|count me in for|i want) "
    r"(?:one|two|three|1|2|3|a share|a portion)(?![a-z])|"
    r"(?:我|我家|我们家)?(?:要|来|报)(?:一|两|二|三|1|2|3)(?:份|个|张|箱|袋|斤)"
)
_PASS = rx(r"通行证|出门证|放行条|(?<![a-z])(?:a |the )?pass(?![a-z])")


def _flat(text: str, terms: list[Term], found: object) -> bool:
    """A flat named."""
    return find_flat_normalized(text) is not None


def _quoted_goods(terms: list[Term]) -> Category:
    """The category most goods or papers in a quoted offer are (groceries when none)."""
    named = [t.category for t in terms if t.category is not None and t.weight > 0]
    return max(set(named), key=named.count) if named else Category.GROCERIES


def _run_goods(terms: list[Term]) -> Category:
    """The category most of the goods added to a run are (medicine or groceries)."""
    named = [t.category for t in terms if t.category in _RUN_GOODS]
    return max(set(named), key=named.count)


MISSED: tuple[Missed, ...] = (
    # Goods ordered for a relative, counted out: groceries, whatever phone is named for contact.
    Missed(
        name="ordered-for-kin",
        category=Category.GROCERIES,
        named=Category.GROCERIES,
        sign=rx(
            r"(?:帮我?|给我?)(?:爸妈|父母|爸|妈|奶奶|爷爷|外婆|外公|老人|家里)[^。!?\s]{0,2}"
            r"(?:订|买|代购)(?:点|些|一些)?|"
            r"(?<![a-z])please (?:order|buy|get) (?:some )?[^.!?]{0,30} for my (?:parents|mum|mom|"
            r"dad|father|mother|grandma|grandpa|grandmother|grandfather)(?![a-z])"
        ),
        after=rx(
            r"[一两二三四五六七八九十几半\d]+\s*(?:斤|公斤|盒|袋|包|瓶|箱|个|把|kg|g)(?![a-z])|"
            r"(?<![a-z])(?:\d+|one|two|three|half a) ?(?:kg|kilos?|g|packs?|bags?|boxes|bottles?)"
            r"(?![a-z])"
        ),
        unless=(_QUESTION,),
        matches=(
            "帮我爸妈订点肉 猪肉两斤 有事打电话",
            "please order some pork for my parents, 1kg, call me if anything",
        ),
        misses=("帮我爸妈订点肉吗 两斤", "please order some pork for my parents"),
    ),
    # A tradesperson asked to be sent for a fault: repair, whatever was thanked for before.
    Missed(
        name="trade-sent",
        category=Category.REPAIR,
        shown=True,
        sign=rx(
            r"(?<![a-z])(?:can|could) (?:the )?(?:property|management|maintenance|someone|you|"
            r"the office) (?:please )?send (?:a |an |someone|somebody)?\s?(?:plumber|electrician|"
            r"repairman|handyman|locksmith|to fix|up to fix|to look)(?![a-z])|"
            r"(?:物业|管理处|社区)(?:能|可以|能不能|可不可以)?(?:派|叫|找)(?:个|一个|位)?"
            r"(?:水管工|管道工|电工|维修工|修理工|师傅)(?:来|上来)"
        ),
        also=(
            rx(
                r"漏水|滴水|坏了|不出水|堵了|(?<![a-z])(?:dripping|leaking|leak|broken|blocked|"
                r"not working|no power|sparking)(?![a-z])"
            ),
        ),
        matches=(
            "厨房水管漏水 物业能派个水管工来吗",
            "tap is leaking, can property send a plumber? thanks to whoever fixed the lift",
        ),
        misses=("物业能派个水管工来吗", "can property send a plumber?"),
    ),
    # A parcel sent cash on delivery, the fee asked paid for the writer (到付的 帮付一下 我转你):
    # an errand.
    Missed(
        name="cod-paid",
        category=Category.ERRAND,
        shown=True,
        sign=rx(
            r"(?:到付|货到付款)[^。!?]{0,12}(?:帮|帮忙|麻烦)(?:我)?(?:付|垫|给)(?:一下|下)?|"
            r"(?<![a-z])(?:cash on delivery|cod|pay on delivery)(?![a-z])[^.!?]{0,40}"
            r"(?:pay|cover) (?:it|for it|the fee|the courier)(?![a-z])"
        ),
        unless=(rx(r"我自己付|自己付|(?<![a-z])i'?ll pay it myself(?![a-z])"),),
        matches=(
            "有个顺丰到付的 帮付一下 我转你 13栋801",
            "a cash on delivery parcel at the gate, could someone pay it? I'll send the money",
        ),
        misses=("有个到付的快递 我自己付就行", "how much is cash on delivery usually?"),
    ),
    # Goods needed with the cost asked: groceries (let me know the cost hides no ask).
    Missed(
        name="need-priced",
        category=Category.GROCERIES,
        named=Category.GROCERIES,
        sign=rx(
            r"(?<![a-z])(?:we|i) need (?:some )?[a-z]+[^.!?]{0,80}(?:let me know|tell me) "
            r"(?:the )?(?:cost|price|total|how much)(?![a-z])|"
            r"(?:我们|我)(?:要|需要)[^。!?]{1,30}(?:多少钱|总共多少|价格)(?:告诉我|跟我说)"
        ),
        matches=(
            "我们需要洋葱和姜 多少钱告诉我",
            "we need onions and ginger, please let me know the cost",
        ),
        misses=("我们需要洋葱和姜", "we need onions, how much are they at the shop?"),
    ),
    # A doctor asked to come up some time: medical.
    Missed(
        name="doctor-visit",
        category=Category.MEDICAL,
        placed=True,
        sign=rx(
            r"(?:医生|大夫|护士)[^。!?\s]{0,8}(?:来一趟|上来一趟|上门一趟|过来一趟|来家里一趟|(?:上|过)?来一下(?!就|了))|"
            r"(?<![a-z])(?:could|can|would) (?:the |a )?(?:community )?(?:doctor|nurse|gp) "
            r"(?:please )?(?:pop|come|drop) (?:up|over|round|by)(?![a-z])|"
            # one who cannot come down swabbed at home (核酸能上门采样吗, swab him at home)
            r"(?:能|可以)(?:不能)?(?:上门|上来|到家里?)(?:采样|采核酸|做核酸|捅)(?:吗|么)|"
            r"(?<![a-z])(?:swab|test) (?:him|her|them|me|us) (?:at home|in (?:his|her|their) "
            r"(?:flat|room|bed))(?![a-z])|"
            r"(?<![a-z])come up (?:to|and) (?:swab|test) (?:him|her|them|me|us)(?![a-z])"
        ),
        matches=(
            "社区医生方便的时候来一趟 奶奶血糖有点高",
            "could the doctor pop up sometime, mum's sugar is a bit high",
            "我妈卧床下不了楼 核酸能上门采样吗 3-1-502",
            "my uncle can't walk down for testing, could the nurses swab him at home? 5-2-301",
        ),
        misses=("医生说明天再来", "the doctor came up yesterday", "医生刚才来一下就走了"),
    ),
    # Someone asked, in plain words, to take rubbish away: garbage (English only).
    Missed(
        name="take-away",
        category=Category.GARBAGE,
        named=Category.GARBAGE,
        placed=True,
        sign=rx(
            r"(?<![a-z])(?:can|could|please) (?:the |a |some )?(?:cleaners?|someone|somebody|"
            r"staff|volunteers?|workers?) (?:come (?:and |to )?)?(?:take|collect|remove|clear)"
            r"(?: it| them| this| these)?(?: away)?(?![a-z])"
        ),
        matches=("rubbish bags by the door, can cleaner take it away today?",),
        misses=("the cleaner took it away this morning",),
    ),
    # A fault told in simple words, for here (my, a flat): repair; a neighbour's is not ours
    # (English only).
    Missed(
        name="plain-fault",
        category=Category.REPAIR,
        named=Category.REPAIR,
        placed=True,
        shown=True,
        sign=rx(
            r"(?<![a-z])(?:is |are )?block(?:ed)?,? (?:water|it) (?:not|no|cannot|can'?t) "
            r"(?:go|going|drain)|"
            r"(?<![a-z])(?:water|it) (?:not|no) (?:go|going) down(?![a-z])|"
            r"(?<![a-z])(?:hot water|water|heating|heater|power|gas) (?:is )?(?:not|no) "
            r"(?:coming|come|work|working)(?![a-z])|"
            r"(?<![a-z])(?:shows?|showing) (?:an? )?(?:e\d{1,2} )?error(?![a-z])|"
            r"(?<![a-z])(?:radiator|heater|heating)s? (?:is |are )?(?:cold|not warm)(?![a-z])|"
            r"(?:龙头|阀门|水管|马桶|水箱|门磁|门铃)[^。!?\s]{0,3}(?:拧不紧|关不紧|关不上|一直滴|"
            r"一直漏|冻住了?|冻上了|冻裂了?)"
        ),
        extra=lambda text, terms, found: (
            _FOR_HERE.search(text) or find_flat_normalized(text) is not None
        ),
        unless=(rx(r"(?<![a-z])(?:neighbou?rs?|their|says|said|heard)(?![a-z])"),),
        matches=(
            "my sink is block, water not go down",
            "heating not work, radiator is cold whole day 3-1-502",
            "厨房龙头拧不紧 滴了一晚上 5-2-301",
            "卫生间水管冻住了 没水用 2-1-1602",
        ),
        misses=(
            "my neighbour says their radiators are cold too",
            "radiator is cold",
            "厨房龙头关不紧 滴了一晚上",
            "昨晚冻住了的水管 今早化开了 5-2-301",
        ),
    ),
    # A terse line of rubbish bags with the flat: garbage.
    Missed(
        name="rubbish-bags",
        category=Category.GARBAGE,
        placed=True,
        sign=rx(
            r"^\s*(?:垃圾|厨余|厨余垃圾|(?<![a-z])(?:rubbish|garbage|trash)(?![a-z]))"
            r"[^。!?]{0,16}?(?:[一两二三四五六七八九\d]+\s*(?:袋|包)|"
            r"(?<![a-z])(?:\d|one|two|three|four) bags?(?![a-z])|x\s?\d bags?)"
        ),
        extra=_flat,
        unless=(_QUESTION,),
        matches=("垃圾 4-3-303 两袋", "rubbish 5-1-201 two bags"),
        misses=("垃圾 两袋", "rubbish 5-1-201 two bags?"),
    ),
    # Boxes waiting below carried up to a flat: an errand (Chinese only).
    Missed(
        name="boxes-carried",
        category=Category.ERRAND,
        placed=True,
        sign=rx(
            r"(?:箱子|快递|包裹|件)[^。!?]{0,10}(?:放|在|到)(?:了)?(?:楼下|门口|大门|大厅|门卫)"
        ),
        also=(
            rx(r"(?:帮忙|帮我|麻烦)?(?:搬|拿|拎|扛|送)(?:到|上)(?=\s*[\d一二三四五六七八九十])"),
        ),
        extra=_flat,
        matches=("京东的箱子放楼下了 帮忙搬到16-1-1601",),
        misses=("京东的箱子放楼下了 16-1-1601",),
    ),
    # An expired drug to be replaced by a new one counted: medicine (Chinese only).
    Missed(
        name="expired-replaced",
        category=Category.MEDICINE,
        named=Category.MEDICINE,
        placed=True,
        sign=rx(
            r"过期了?[^。!?]{0,8}(?:想|要|得|需要)(?:换|买)(?:一)?(?:瓶|盒|支|板|袋)(?:新的|新)"
        ),
        matches=("硝酸甘油过期了 想换瓶新的",),
        misses=("硝酸甘油过期了 扔了",),
    ),
    # Something broken asked taken down: garbage.
    Missed(
        name="broken-taken-down",
        category=Category.GARBAGE,
        shown=True,
        sign=rx(
            r"(?<![a-z])take (?:down |away )(?:the |my |our |this |that )?(?:broken|smashed|"
            r"cracked|old) [a-z]+|(?<![a-z])take (?:the |my |our )?(?:broken|smashed|cracked) "
            r"[a-z]+ (?:down|away)(?![a-z])|"
            r"(?:碎了的|摔碎的|打碎的|坏掉的)[^。!?\s]{1,6}(?:能|可以)?(?:帮忙)?(?:拿|搬|带)下去"
        ),
        matches=("碎了的镜子能帮忙拿下去扔吗", "could someone take down the broken mirror?"),
        misses=("镜子碎了", "the mirror is broken"),
    ),
    # A drug about to run out, a refill wanted: medicine, however calmly told.
    Missed(
        name="refill",
        category=Category.MEDICINE,
        shown=True,
        sign=rx(
            r"(?:快|就|就要|差不多)(?:吃|用)(?:完|晒|光)了?|"
            r"(?:只剩|剩下|得返|只有)(?:几|[一两三])(?:粒|片|颗)|"
            r"(?<![a-z])(?:nearly|almost|about to run|running) out(?![a-z])|"
            r"(?<![a-z])only (?:a few|one|two|three) (?:pills?|tablets?) left(?![a-z])"
        ),
        after=rx(
            r"(?:想|要|需要|得)(?:复配|覆配|续配|再配|补|配|买)|"
            r"(?<![a-z])(?:want|need|would like) (?:a |to )?(?:refill|top up|repeat)(?![a-z])"
        ),
        before=rx(
            r"药|丸|片|(?<![a-z])(?:pills?|tablets?|meds|medication|medicine|nitro)(?![a-z])"
        ),
        matches=(
            "妈的降压药快吃完了 想复配",
            "mum's blood pressure pills are nearly out, want a refill",
        ),
        misses=("米快吃完了 想买", "pills are nearly out, the pharmacy is closed"),
    ),
    # A fixture fallen off, asked put back up, no goods named: repair.
    Missed(
        name="fallen-put-back",
        category=Category.REPAIR,
        asked=True,
        sign=rx(FALLEN),
        also=(rx(PUT_BACK),),
        matches=(
            "架子掉下来了 能找人装回去吗",
            "the shelf fell off the wall, can someone put it back up?",
        ),
        misses=("架子掉下来了", "the shelf fell off the wall"),
    ),
    # A door or a gate stuck, management asked to fix it: repair.
    Missed(
        name="management-fix",
        category=Category.REPAIR,
        shown=True,
        sign=rx(
            r"(?:麻烦|请|帮忙)(?:找|揾|叫|联系)(?:管理处|物业|师傅|维修)[^。!?\s]{0,3}"
            r"(?:整|修|来修|来整|处理|来看)|"
            r"(?<![a-z])(?:please )?(?:get|ask) (?:the )?(?:management|property|maintenance) to "
            r"(?:fix|repair|sort)(?![a-z])"
        ),
        also=(
            rx(
                r"卡住|卡死|打不开|开不了|开不到|锁不上|关不上|"
                r"(?<![a-z])(?:is |are )?(?:stuck|jammed|won'?t (?:open|close|lock))(?![a-z])"
            ),
        ),
        matches=(
            "铁门卡住打不开 麻烦找物业来修",
            "the gate is stuck, please get management to fix it",
        ),
        misses=("铁门卡住打不开", "the gate is stuck"),
    ),
    # A hospital appointment booked, leave to go out asked: medical.
    Missed(
        name="appointment-leave",
        category=Category.MEDICAL,
        shown=True,
        sign=rx(
            r"(?:申请|安排)(?:一下)?(?:出去|出门|外出|出小区)|"
            r"(?<![a-z])arrange for (?:me|us|him|her) to (?:go out|leave)(?![a-z])"
        ),
        also=(
            rx(
                r"(?:医院|门诊|口腔|牙科)[^。!?]{0,10}(?:约了号|挂了号|预约了|约好了)|"
                r"(?<![a-z])(?:hospital|clinic|dental|dentist) appointment(?![a-z])"
            ),
        ),
        matches=(
            "医院约了号 能申请安排出去吗",
            "I have a hospital appointment tomorrow, can you arrange for me to go out?",
        ),
        misses=("能申请安排出去吗", "can you arrange for me to go out?"),
    ),
    # A hurt or ailing writer who wants to see a hospital, or a jab or a visit booked for them,
    # with the flat or a pass asked: medical.
    Missed(
        name="hospital-wanted",
        category=Category.MEDICAL,
        shown=True,
        sign=rx(
            r"想(?:去|上)医院(?:拍个?片|检查|看看|看一下|复查|拍片)|"
            r"(?:帮|麻烦)(?:我|忙)?(?:预约|挂个?号|约)(?:一下)?(?:社区)?(?:医院|门诊|医生|疫苗)|"
            r"(?<![a-z])(?:want|need|have) to (?:go to|see) (?:a |the )?(?:hospital|clinic|a&e|"
            r"doctor) (?:for|to get) (?:an? )?(?:x-?ray|scan|check(?:-?up)?)(?![a-z])"
        ),
        extra=lambda text, terms, found: (
            find_flat_normalized(text) is not None or _PASS.search(text) is not None
        ),
        unless=(rx(r"已经|已|(?<![a-z])(?:already|went|been)(?![a-z])"),),
        matches=(
            "脚崴了好几天 还是肿 想去医院拍个片 5-1-301",
            "老人要打加强针 麻烦预约社区医院 3栋1202",
            "hurt my back, need to go to the hospital for an x-ray, can I get a pass?",
        ),
        misses=(
            "想去医院看看 又怕被感染",
            "昨天已经帮我预约了社区医院 谢谢 5-1-301",
        ),
    ),
    # One's own signed up for the care a notice offers (回复 …请报名 / 报名 我爸 周一三五透析
    # 9-1-1101), the flat given: medical.
    Missed(
        name="care-signed-up",
        category=Category.MEDICAL,
        shown=True,
        sign=rx(
            r"(?:^|\n)\s*报名[\s:：]*(?:我|俺|家里|家中)|"
            r"(?:^|\n)\s*(?:sign(?:ing)?|put) (?:me|us|my (?:mum|mom|dad|father|mother|wife|"
            r"husband|son|daughter)) (?:up|down)(?![a-z])"
        ),
        also=(
            rx(
                r"透析|化疗|放疗|打针|疫苗|接种|体检|产检|上门|复查|"
                r"(?<![a-z])(?:dialysis|chemo|vaccin\w*|jab|check-?up|home visit)(?![a-z])"
            ),
        ),
        extra=lambda text, terms, found: find_flat_normalized(text) is not None,
        matches=(
            "回复 @社区卫生站: 老人接种疫苗请报名\n报名 我妈 75岁 3-2-501",
            "re: home vaccination list\nsign my dad up please, 82, 5-1-1202",
        ),
        misses=(
            "回复 @社区卫生站: 老人接种疫苗请报名\n报名 我妈 75岁",
            "报名截止了吗 疫苗 3-2-501",
        ),
    ),
    # Rubbish collection asked for a flat: garbage (English only).
    Missed(
        name="rubbish-for-flat",
        category=Category.GARBAGE,
        shown=True,
        sign=rx(
            r"(?<![a-z])(?:trash|rubbish|garbage) (?:pickup|pick-up|collection) for [0-9a-z\-]+ "
            r"please(?![a-z])"
        ),
        matches=("rubbish collection for 3-1-202 please, bag's by the door",),
        misses=("rubbish collection for the block is at 9",),
    ),
    # Goods added to a run already going: the category most of the goods named are.
    Missed(
        name="run-includes",
        category=_run_goods,
        sign=rx(
            r"(?<![a-z])(?:can|could) the (?:pharmacy|grocery|shopping|supermarket) run "
            r"(?:include|add)(?![a-z])|"
            r"去药店的时候[^。!?\s]{0,4}(?:能|可以)?(?:顺便)?加"
        ),
        extra=lambda text, terms, found: any(t.category in _RUN_GOODS for t in terms),
        matches=(
            "去药店的时候能顺便加一盒创可贴吗",
            "could the pharmacy run include some plasters?",
        ),
        misses=("药店能顺便加一盒创可贴吗", "could the pharmacy include some plasters?"),
    ),
    # Phone data or credit to top up: an errand.
    Missed(
        name="top-up",
        category=Category.ERRAND,
        asked=True,
        shown=True,
        sign=rx(
            r"充(?:个|点|一下|些)?(?:流量|话费|电卡|水卡|燃气卡|气卡)|"
            # the phone topped up by an amount (手机充100元)
            r"手机(?:号)?(?:充|充值)\s*(?:个|点)?\s*\d+\s*(?:元|块)|"
            r"(?<![a-z])top up (?:my |our |his |her |the )?(?:phone )?(?:data|credit)(?![a-z])|"
            r"(?<![a-z])top up (?:my |our |his |her )?(?:phone|mobile) (?:with |by )?(?:¥|rmb ?)?"
            r"\d+(?![\d])"
        ),
        matches=(
            "谁能帮忙充个流量 我转钱",
            "can someone top up my phone data?",
            "帮我妈手机充50块 联通的 钱微信转你",
            "could someone top up my mobile with 100 yuan? I'll pay you back",
            "水卡没钱了 谁能帮忙去物业充一下水卡 5-1-302",
        ),
        misses=("流量用完了", "my data ran out", "手机充了100元 到账了"),
    ),
    # A relative's phone to top up, said as a bare instruction with the flat (给外婆的手机充点话费
    # 她停机了 3-1-502): an errand, though no ask word is used.
    Missed(
        name="top-up-for-kin",
        category=Category.ERRAND,
        shown=True,
        sign=rx(
            r"给[^。!?\s]{1,6}?的?(?:手机|电话)(?:号)?充(?:个|点|一下|些)?(?:话费|流量)|"
            r"(?<![a-z])(?:please )?top up (?:my )?(?:mum|mom|dad|gran|granny|grandma|grandpa|nan|"
            r"nana|grandad|father|mother)'?s? (?:phone|mobile)(?![a-z])"
        ),
        unless=(rx(r"充(?:好|了)|(?<![a-z])topped(?![a-z])"),),
        extra=_flat,
        matches=(
            "给我爸的手机充点话费 欠费停机了 打不通 6-2-702 钱我转",
            "please top up my gran's phone, it's cut off and we can't reach her, 3-1-1101",
        ),
        misses=(
            "给外婆的手机充点话费 她停机了",
            "给我爸的手机充了话费 已经能打通了 6-2-702",
        ),
    ),
    # A phone or meter card run dry and the sum to put on it told (停机了 充50, 燃气卡没钱了
    # 要充200): an errand, though no ask word or bill is named.
    Missed(
        name="top-up-run-dry",
        category=Category.ERRAND,
        shown=True,
        sign=rx(
            r"(?:停机|欠费|没钱|没费|余额不足)了?[^。!?]{0,24}?(?<![补扩])充\s*\d{2,4}(?![\d.%])|"
            r"(?<![a-z])(?:out of credit|cut off|card is empty|no credit left)(?![a-z])[^.!?]{0,30}"
            r"(?<![a-z])(?:put|load|add) (?:¥|rmb ?)?\d{2,4}(?![\d.%])"
        ),
        unless=(rx(r"充(?:好|了|过)|已充|(?<![a-z])(?:topped|loaded)(?![a-z])"),),
        matches=(
            "电卡没钱了 麻烦充100 5-1-302",
            "老人手机欠费停机了 号码139 0000 1111 充30",
            "gas card is empty, could you load 200 on it? card's at my door, 6-1-402",
        ),
        misses=(
            "电卡没钱了 已经充了100",
            "手机停机了 刚充过50 现在好了",
            "药单补充200毫升",
        ),
    ),
    # The rubbish round told it missed the writer's flat, or more bags told waiting for it, with
    # the flat (收垃圾漏了我们家 1-1102, 收垃圾的还在吗 又有两袋, bags by my door, 3 of them):
    # garbage, though nothing is asked in words.
    Missed(
        name="round-missed-us",
        category=Category.GARBAGE,
        shown=True,
        sign=rx(
            r"收垃圾[^。!?]{0,8}?(?:漏了|落下了?|忘了|跳过了?|没收)(?:我们家|我家|我们|咱家|俺家)|"
            r"收垃圾[^。!?]{0,12}(?:还在吗|还在不|走了吗|走了没)[^。!?]{0,8}(?:又有|还有)"
            r"[一两二三四五几\d]+(?:大)?袋|"
            r"(?<![a-z])(?:bags?|rubbish|trash|bins?) (?:by|outside|at) (?:my|our) door,? "
            r"(?:\d+|two|three|four) of them(?![a-z])|"
            r"(?<![a-z])(?:bin|rubbish|garbage|trash) (?:round|collection|people|guys) "
            r"(?:missed|skipped|forgot) (?:our|my) (?:flat|door|bags?|rubbish)(?![a-z])"
        ),
        unless=(rx(r"收走了|已收|已经收了|(?<![a-z])(?:collected|came back)(?![a-z])"),),
        extra=_flat,
        matches=(
            "今天收垃圾又漏了我家 3单元602",
            "收垃圾的师傅还在吗 我家还有三袋 5-1-1402",
            "the bin round skipped our flat today, 2 bags still out, 6-2-301",
            "bags outside my door, two of them, sorry. 4-1-802",
        ),
        misses=(
            "今天收垃圾漏了我家 后来又来收走了 3单元602",
            "收垃圾的时候别忘了她家",
            "bags by my door, 3 of them",
        ),
    ),
    # A bill to pay at the office asked: an errand.
    Missed(
        name="bill-paid-at",
        category=Category.ERRAND,
        asked=True,
        shown=True,
        sign=rx(
            r"(?:水费|电费|燃气费|物业费|网费)[^。!?]{0,20}(?:能|可以)?帮忙(?:去[^。!?\s]{1,4})?交|"
            r"(?<![a-z])pay (?:the |my |our )?(?:water|electricity|gas|property) bill at(?![a-z])"
        ),
        matches=(
            "水费单在门口 能帮忙去物业交一下吗",
            "could someone pay the water bill at the property office?",
        ),
        misses=("水费单在门口", "the water bill came"),
    ),
    # A share of a group buy counted for the writer: groceries.
    Missed(
        name="counted-for-me",
        category=Category.GROCERIES,
        shown=True,
        sign=rx(
            r"团购[^。!?\s]{0,6}算我(?:家|们家|一份)?[一两二三四五六七八九十几\d]+\s*"
            r"(?:箱|份|袋|盒|斤)|"
            r"(?<![a-z])put (?:us|me) down for (?:one|two|three|\d+) (?:boxes|box|bags?|packs?)"
            r"(?![a-z])"
        ),
        matches=("团购的苹果算我家一箱", "put us down for two boxes of the milk group buy"),
        misses=("团购的苹果到了", "the milk group buy is closed"),
    ),
    # A drug no lexicon knows brought by the box for an old complaint flared up: medicine;
    # goods of another category named are what is asked.
    Missed(
        name="drug-for-complaint",
        category=Category.MEDICINE,
        shown=True,
        sign=rx(
            r"帮(?:忙|我)?(?:带|买|捎)(?:一|两|几|个)?(?:盒|板|瓶|支)|"
            r"(?<![a-z])(?:bring|get|grab|buy) (?:me |us )?(?:a|one|two) (?:box|pack|packet|bottle)"
            r" of(?![a-z])"
        ),
        also=(rx(COMPLAINT_FLARED),),
        extra=lambda text, terms, found: all(t.category is Category.MEDICINE for t in terms),
        matches=(
            "老胃病又犯了 帮带盒XX",
            "my stomach's playing up again, could someone bring me a box of xx?",
        ),
        misses=("帮带盒XX", "could someone bring me a box of xx?"),
    ),
    # Rubbish told it must go (垃圾今天一定要收) beside a flat: garbage.
    Missed(
        name="rubbish-must-go",
        category=Category.GARBAGE,
        placed=True,
        sign=rx(
            r"(?:垃圾|厨余)[^。!?\s]{0,6}(?:一定|必须|得|该)(?:要)?(?:收|拿走|清走|扔|运走)|"
            r"(?<![a-z])(?:rubbish|trash|garbage|bins?) (?:really )?(?:must|has to|have to|needs? "
            r"to) (?:be )?(?:collected|taken (?:away|down)|picked up|go)(?![a-z])"
        ),
        extra=_flat,
        unless=(_QUESTION,),
        matches=(
            "厨余垃圾今天必须收走 味道太大了 3-2-101",
            "our rubbish really has to be collected today, it stinks 6-1-902",
        ),
        misses=("垃圾今天必须收吗 3-2-101", "rubbish has to be collected before 9am"),
    ),
    # Rubbish put out, whoever collects reminded of a household: garbage (a round's notice
    # beside it hides no ask).
    Missed(
        name="household-reminded",
        category=Category.GARBAGE,
        named=Category.GARBAGE,
        sign=rx(
            r"(?:收|拿|取)[^。!?\s]{0,4}(?:的时候)?(?:别忘了|别漏了|记得)(?:她家|他家|我家|我们家|这家|"
            r"他们家)|"
            r"(?<![a-z])(?:don'?t forget|please remember|remember) (?:her|his|my|our|their) "
            r"(?:flat|door|place|bags?|rubbish|bin)(?![a-z])"
        ),
        extra=_flat,
        matches=(
            "隔壁阿姨腿脚不便 垃圾袋放门口了 收的时候记得他们家 2-1-301",
            "old Mr Chen put his bags out, volunteers on the rubbish round don't forget his door "
            "3-2-1102",
        ),
        misses=("收垃圾的时候别忘了她家", "remember my door"),
    ),
    # Rubbish and a flat and nothing else, maybe thanks: garbage.
    Missed(
        name="rubbish-and-flat",
        category=Category.GARBAGE,
        placed=True,
        sign=rx(
            r"^\s*(?:垃圾|厨余|(?<![a-z])(?:rubbish|garbage|trash|bins?)(?![a-z]))\s*,?\s*"
            r"(?:[\d\-#]|幢|栋|单元|室|号楼|号){3,16}\s*,?\s*(?:thx|thanks|thank you|ty|pls|please|"
            r"谢谢|谢了|麻烦了)?[\s!.。]*$"
        ),
        extra=_flat,
        matches=("垃圾 6-2-1101 谢谢", "rubbish 3-1-402 thanks!"),
        misses=("垃圾 6-2-1101 谢谢 已经收了", "rubbish 3-1-402?"),
    ),
    # A drug told due for a refill, or asked as before (按老方子开): medicine.
    Missed(
        name="refill-as-before",
        category=Category.MEDICINE,
        named=Category.MEDICINE,
        placed=True,
        sign=rx(
            r"(?:按|照)(?:老|原|以前的|上次的?)(?:方子|处方|方)(?:开|配|拿)?|(?:要|该|得)补(?:货|药)了|"
            r"(?<![a-z])(?:same (?:prescription|script|dose) as (?:last time|before)|"
            r"(?:needs?|due) (?:a )?(?:refill|restock)(?:ing)?)(?![a-z])"
        ),
        extra=_flat,
        unless=(_QUESTION,),
        matches=(
            "降压药快吃完了 照上次的方子配 7-2-602",
            "metformin is due a refill, same prescription as last time 4-1-301",
        ),
        misses=("降压药要补货了吗 7-2-602", "my inhaler is due a refill"),
    ),
    # What a mess was cleaned up with, bagged and asked taken: garbage (rubbish by its contents).
    Missed(
        name="clean-up-bagged",
        category=Category.GARBAGE,
        shown=True,
        sign=rx(
            r"(?:清理|打扫|收拾|擦)(?:出来|下来)?的(?:脏)?(?:东西|垃圾|纸巾|毛巾)?[^。!?\s]{0,3}"
            r"装(?:了|好)?[一两二三四五\d]+(?:大)?袋|"
            r"(?<![a-z])(?:cleaned (?:it )?up|clean-?up|the mess)[^.!?]{0,30}(?:bagged|in "
            r"(?:\d|one|two|three) bags?)(?![a-z])"
        ),
        after=rx(
            r"收走|拿下去|带下去|扔|来收|(?<![a-z])(?:take (?:it |them )?(?:away|down)|collect"
            r"(?:ed)?|pick (?:it |them )?up)(?![a-z])"
        ),
        matches=(
            "狗狗拉肚子 清理的东西装了三袋 能来收走吗",
            "kid was sick everywhere, the clean-up is in two bags, could someone take them away?",
        ),
        misses=("清理的东西装了三袋", "the mess is cleaned up now"),
    ),
    # A paper printed and brought to a flat: an errand.
    Missed(
        name="printed-brought",
        category=Category.ERRAND,
        sign=rx(
            r"(?:打印|复印)[^。!?]{0,8}(?:送到|送上来|拿上来|送过来)|"
            r"(?<![a-z])(?:print|photocopy)[^.!?]{0,30}(?:bring (?:it |them )?(?:up|over|to)|"
            r"drop (?:it |them )?(?:off|at)|deliver (?:it |them )?to)(?![a-z])"
        ),
        extra=_flat,
        unless=(rx(r"打印(?:好|完)了|送到了|(?<![a-z])(?:printed|delivered)(?![a-z])"),),
        matches=(
            "出院小结 帮忙打印两份 送到 5-1-402",
            "please print my pass and bring it up 2-2-301",
        ),
        misses=("出院小结打印好了 送到了 5-1-402", "pass printed and delivered to 2-2-301"),
    ),
    # The writer's papers to be fetched from an office: an errand.
    Missed(
        name="papers-fetched-from",
        category=Category.ERRAND,
        sign=rx(
            r"(?<![a-z])(?:need|want) (?:my|our) (?:papers|documents|forms|paperwork|certificate|"
            r"pass)[^.!?]{0,10} (?:picked up|collected|fetched) from(?![a-z])|"
            r"(?:我的?|我家的?)(?:材料|证明|文件|通行证)[^。!?\s]{0,4}(?:在|放在)[^。!?\s]{1,10}"
            r"\s?(?:需要|要|得)(?:人|谁)?(?:去)?(?:取|拿)"
        ),
        extra=_flat,
        matches=(
            "我的通行证在居委会 需要人去取 7-1-1202",
            "we need our forms collected from the street office, 3-2-501",
        ),
        misses=("我的通行证在居委会 7-1-1202", "my papers were collected from the office"),
    ),
    # A parcel told waiting at the gate with a name or a phone's tail and the flat: fetch it.
    Missed(
        name="parcel-named-at-gate",
        category=Category.ERRAND,
        sign=rx(
            r"(?<![a-z])(?:parcel|package|delivery)s? (?:is |are )?(?:at|by) (?:the )?(?:gate|"
            r"entrance|front door|guard ?room|lobby)(?![a-z])|"
            r"(?:快递|包裹)(?:在|到)(?:了)?(?:东门|西门|南门|北门|大门|门口|门卫)"
        ),
        also=(
            rx(r"尾号|收件人|(?<![a-z])(?:phone tail|tail|last (?:4|four) digits|name)(?![a-z])"),
        ),
        extra=_flat,
        unless=(_QUESTION, rx(r"已经|已|(?<![a-z])(?:already|brought up|delivered)(?![a-z])")),
        matches=(
            "快递在北门 收件人王 尾号3381 5-2-701",
            "package at the gate, name Zhang, last 4 digits 0912, for 8-1-301",
        ),
        misses=("快递在北门 尾号3381 已经拿了 5-2-701", "package at the gate, name Zhang?"),
    ),
    # A ride to recurring treatment or a jab due, with the flat: medical care asked.
    Missed(
        name="treatment-ride-or-jab-due",
        category=Category.MEDICAL,
        sign=rx(
            r"(?<![a-z])(?:dialysis|chemo|chemotherapy|radiotherapy) (?:transport|ride|pickup|"
            r"car|bus)(?![a-z])|(?:透析|化疗|放疗)(?:的)?(?:接送|用车|派车)|"
            # the days between (透析 周二四六 车, dialysis Tue/Thu/Sat ride)
            r"(?:透析|化疗|放疗)\s*(?:每)?(?:周|星期)[一二三四五六日天、和]{1,7}\s*(?:的)?"
            r"(?:车|用车|接送)|"
            r"(?<![a-z])(?:dialysis|chemo) (?:every )?(?:mon|tue|wed|thu|fri|sat|sun)"
            r"[a-z/, &]{0,30}(?:transport|ride|pickup|car)(?![a-z])|"
            r"(?<![a-z])(?:due for|needs?|needs to get) (?:her |his |their |the )?(?:vaccines?|"
            r"jabs?|shots?|booster)[^.!?]{0,30}(?:can|could) (?:we|i|she|he) go(?![a-z])|"
            r"(?:该|要|到时间)(?:打|接种)(?:疫苗|预防针)了?[^。!?]{0,12}(?:能|可以)(?:去|出去)|"
            # the ride asked after the treatment told (chemo is on Thursday, how do we arrange
            # transport?; dialysis tomorrow 7am, do we have transport sorted?)
            r"(?<![a-z])(?:dialysis|chemo|chemotherapy|radiotherapy)(?![a-z])[^.!?]{0,60}"
            r"(?:how (?:do|can|should) (?:we|i)|(?:can|could|do|should) (?:we|i)|who (?:can|will)|"
            r"is there|is anyone)[^.!?]{0,20}(?:transport|a ride|a lift|a car|pickup)(?![a-z])|"
            # a jab told due, then how to get there (狂犬疫苗今天该打了 怎么去)
            r"(?:疫苗|预防针)[^。!?]{0,6}(?:该|要|得)(?:打|接种)了?[^。!?\d]{0,8}"
            r"(?:怎么去|怎么出去|能去吗|能出去吗|可以去吗)|"
            # the treatment's car not yet arranged (透析 这周的车还没安排; 头吸 is 透析 misheard
            # by voice input)
            r"(?:透析|头吸|化疗|放疗)[^。!?]{0,12}(?:车|接送)(?:还)?(?:没|没有)(?:安排|派|定|约)"
        ),
        extra=_flat,
        matches=(
            "化疗接送 周五早上6点 3-2-1101",
            "透析 每周一三五 接送 2-1-702 李大爷",
            "chemo transport Monday 8am, 5-1-302",
            "dialysis Tue/Thu/Sat ride, 3-1-1302 Mrs Wang",
            "孩子该打疫苗了 能去社区医院吗 4-1-201",
            "my son is due for his jabs, can we go to the health centre? 6-2-502",
            "my father's chemo is scheduled for Thursday at Ruijin, how do we arrange transport"
            " out? 11-1-602",
            "mum has radiotherapy on Monday morning, who can organise a ride? 2-2-1102",
            "dialysis tomorrow 7am for my father, do we have transport sorted? 3-1-1501",
            "第二针狂犬疫苗今天该打了 怎么去 4-1-301",
            "宝宝的乙肝疫苗明天要打了 怎么出去 5-2-302",
            "我妈每周一三五头吸这周的车还没安排六栋幺单元三零一",
            "爸爸周四化疗 接送的车还没定 7-1-201",
        ),
        misses=(
            "化疗接送 周五早上6点",
            "透析 周二四六 车",
            "the baby got her jabs yesterday, all fine 4-1-201",
            "dad's chemo went well, transport back was fine 3-1-1501",
            "狂犬疫苗第二针昨天打过了 谢谢 4-1-301",
            "透析的车已经安排好了 谢谢 6-1-301",
        ),
    ),
    # A share of a quoted offer or notice taken, with the flat (quoting the group-buy post:
    # 'ribs 60 yuan' — I'll take one, 3-1-201; 转通知：“需要开证明的报房号” —— 11-1-801 要一份):
    # the goods or papers the quote names are asked.
    Missed(
        name="quoted-share-taken",
        category=_quoted_goods,
        sign=rx(
            r"(?:quoting|quoted|forwarded|fwd|转发?|引用|回复)[^'\"“”‘’「」]{0,40}[:：]\s*"
            r"['\"“‘「][^'\"“”‘’「」]{2,120}['\"”’」]"
        ),
        after=SHARE_TAKEN,
        extra=_flat,
        unless=(rx(r"已经|已(?!到)|(?<![a-z])(?:already|done|sold out)(?![a-z])"),),
        matches=(
            "quoting the group-buy post: 'pork ribs 2kg, 60 yuan, reply with flat no.' — "
            "I'll take one, 3-1-201",
            "转居委会通知：“需要开隔离证明的请在群里报房号” —— 11-1-801 要一份 谢谢",
            "引用 团长：“明早到的草莓 一箱80” —— 我家要两箱 5-2-302",
            "forwarded: 'eggs, 30 a tray, reply with your flat' - put me down for two, 6-1-101",
        ),
        misses=(
            "quoting the group-buy post: 'pork ribs 2kg, 60 yuan' — I'll take one",
            "引用 团长：“明早到的草莓 一箱80” —— 已经要了两箱 5-2-302",
        ),
    ),
    # A loose fixture asked made fast: repair.
    Missed(
        name="loose-made-fast",
        category=Category.REPAIR,
        sign=rx(
            r"(?:松了|松动|晃动|摇晃)[^。!?]{0,24}(?:加固|固定|拧紧)|找人(?:来)?(?:加固|固定)|"
            r"(?<![a-z])(?:loose|wobbly|wobbling)[^.!?]{0,40}(?:secured|secure|tightened|tighten|"
            r"reinforced|reinforce)(?![a-z])"
        ),
        unless=(rx(r"已经|已|(?<![a-z])(?:already|been)(?![a-z])"),),
        matches=(
            "窗户的护栏松动了 麻烦找人来加固一下",
            "the balcony railing is loose, could someone come and secure it?",
        ),
        misses=("护栏松动了 已经加固好了", "the railing was loose but it's been secured"),
    ),
)


# Every entry needs its sign: one search of them all turns most messages away at once
_ANY_SIGN = rx("|".join(entry.sign.pattern for entry in MISSED))


def missed_order(
    text: str, terms: list[Term], request: re.Match[str] | None
) -> tuple[Category, str] | None:
    """The category and the sign of an order no rule in read_order reads, or None."""
    if _ANY_SIGN.search(text) is None:
        return None
    named = {t.category for t in terms if t.category is not None}
    placed_tried = False
    for entry in MISSED:
        if (
            (entry.placed and placed_tried)
            or (entry.named is not None and entry.named not in named)
            or (entry.asked and request is None)
            or (sign := entry.found(text, terms)) is None
        ):
            continue
        category = entry.category if isinstance(entry.category, Category) else entry.category(terms)
        if entry.placed:
            placed_tried = True  # the first plain ask read decides for all of them
            if not places_order(own_words(text), request, category):
                continue
        return category, f"{entry.name}:{sign.group()}" if entry.shown else entry.name
    return None
