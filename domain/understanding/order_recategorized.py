"""An order's category read again where the goods or the care named are not what is asked: a
parcel of medicine sent is an errand, used dialysis bags put out are rubbish, a doctor asked to
phone about a dose is medical care. One table, tried in order after care_category in orders.py:
each entry reads the category the entries before it left when that is one of its source, and is
skipped once the reading its unless_read names is made (that reading stands).
tests/unit/test_rule_tables.py runs every entry's examples.

bill_paid() reads a bill named before the paying (家里没电费了 能帮忙在网上交一下吗), beside the
payment sign of order_categories.py; buy_thanked() a buy that is thanks to a past helper
(谢谢上次帮忙买药的姐姐), so that bought_instead() (order_needs_care.py) does not take it for what
is asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.understanding.lexicon import COMPLAINT_FLARED, FALLEN, PUT_BACK
from domain.understanding.model import Category
from domain.understanding.order_categories import has_fault
from domain.understanding.prefilter import compile_prefiltered as rx
from domain.understanding.rules import Signs
from domain.understanding.terms import Term

_C = Category

# An access card or fob that fails to open the door (门禁卡坏了 刷不开): a repair, with or
# without an ask (orders.py reads it told alone as a fault).
CARD_FAILS = (
    r"(?:门禁卡|门卡|门禁)[^。!?]{0,8}(?:坏了|失灵|刷不开|打不开|不好使|没反应)|"
    r"(?<![a-z])(?:access card|key ?fob|door card|fob)[^.!?]{0,12}(?:broken|"
    r"stopped working|not working|doesn'?t work|won'?t open)(?![a-z])"
)


@dataclass(frozen=True, kw_only=True)
class Again(Signs):
    """An order read as another category: the categories it reads from, the one it gives."""

    source: frozenset[Category]
    category: Category
    unless_read: str | None = None  # an entry whose reading stands (tried before this one)


# A buy named: goods are what is asked, not the care (three widths of what counts as buying)
_BOUGHT = rx(r"买|(?<![a-z])(?:buy|order)(?![a-z])")
_BOUGHT_OR_GOT = rx(r"买|(?<![a-z])(?:buy|order|get me)(?![a-z])")
_BOUGHT_OR_PRESCRIBED = rx(r"买|开(?:点|些)?药|(?<![a-z])(?:buy|pick up|prescribe)(?![a-z])")
_COOKING = frozenset("切炒做洗煮烧")


def _no_goods(text: str, terms: list[Term], found: object) -> bool:
    """No groceries named."""
    return not any(t.category is _C.GROCERIES for t in terms)


def _cooking_not_goods(text: str, terms: list[Term], found: object) -> bool:
    """A drug named, and every grocery named is the 菜 of 切菜 (what was being done)."""
    if not any(t.category is _C.MEDICINE for t in terms):
        return False
    goods = [t for t in terms if t.category is _C.GROCERIES]
    return bool(goods) and all(
        t.word == "菜" and text[t.start - 1 : t.start] in _COOKING for t in goods
    )


_DRUG_ROOM = 4


def _drug_bought(terms: list[Term], at: int) -> bool:
    """A drug first after the buy; or nothing named after it, and what is named a drug only."""
    after = [t for t in terms if at <= t.start < at + _DRUG_ROOM]
    if after:
        return after[0].category is _C.MEDICINE  # (伤口 after 碘伏 is why)
    goods = [t for t in terms if t.category in (_C.MEDICINE, _C.GROCERIES)]
    return bool(goods) and all(t.category is _C.MEDICINE for t in goods)


AGAIN: tuple[Again, ...] = (
    # A parcel sent, whatever it holds: an errand.
    Again(
        name="parcel-sent",
        source=frozenset({_C.MEDICINE, _C.GROCERIES}),
        category=_C.ERRAND,
        sign=rx(
            r"寄(?:个|一个|一下|下|了个)?(?:快递|包裹|件)|"
            r"(?<![a-z])(?:post|send|mail|ship|courier) (?:a|the|this|my|our) (?:parcel|package|"
            r"box)(?![a-z])"
        ),
        matches=("帮我寄个快递 是给我妈的药", "could someone post a parcel of medicine to my dad?"),
        misses=("帮我买盒降压药", "could someone buy medicine for my dad?"),
    ),
    # Used medical supplies put out for disposal: garbage.
    Again(
        name="used-supplies",
        source=frozenset({_C.MEDICAL, _C.MEDICINE}),
        category=_C.GARBAGE,
        sign=rx(
            r"废液袋?|(?:透析|腹透|用过|用完)的?(?:管子|袋子|针头|针管|废液|耗材)|"
            r"(?<![a-z])used (?:dialysis|insulin|medical|catheter|stoma|ostomy|colostomy)"
            r"(?: [a-z]+)?(?: supplies| bags| needles| kits| tubes| tubing)?(?![a-z])|"
            r"(?<![a-z])used (?:syringes|needles|sharps|dressings|catheters)(?![a-z])"
        ),
        after=rx(
            r"拿下去|带下去|拎下去|扔|丢掉|收走|收一下|来收|处理掉|清走|"
            r"(?<![a-z])(?:disposal|dispose|throw (?:it |them )?(?:away|out)|take (?:it |them )?"
            r"(?:away|down)|collect(?:ed|ion)?|bin(?:ned)?)(?![a-z])"
        ),
        matches=(
            "腹透的废液袋放门口了 帮忙拿下去",
            "used dialysis supplies bagged up outside, need disposal",
        ),
        misses=("腹透的袋子用完了 帮忙买", "used dialysis supplies ran out, need more"),
    ),
    # Used masks and test kits bagged and put out, their collection asked: rubbish (the
    # medicine named is what was used, not what is bought).
    Again(
        name="used-tests-bagged",
        source=frozenset({_C.MEDICINE, _C.MEDICAL, _C.GROCERIES}),
        category=_C.GARBAGE,
        sign=rx(
            r"(?:用过|用完|测过|废弃)的?(?:口罩|抗原|试剂|检测盒|试纸|棉签|手套)|"
            r"(?<![a-z])used (?:face )?(?:masks|antigen tests|rapid tests|test kits|tests|"
            r"test strips|swabs|gloves)(?![a-z])"
        ),
        after=rx(
            r"(?:麻烦|帮忙|来|能|可以|请)收|收走|收一下|拿下去|带下去|扔|丢掉|"
            r"(?<![a-z])(?:collect(?:ed|ion)?|take (?:it |them )?(?:away|down)|"
            r"throw (?:it |them )?(?:away|out)|dispos(?:e|al)|pick(?:ed)? up)(?![a-z])"
        ),
        matches=(
            "用过的口罩和抗原 黄色袋子装好了 放门口了 麻烦收 10-3-201",
            "测过的抗原和口罩装了一袋 放门口 帮忙拿下去",
            "used masks and antigen tests bagged up at the door, please collect 3-402",
        ),
        misses=(
            "抗原用完了 帮忙买两盒 10-3-201",
            "口罩用完了 麻烦帮买一包",
            "used masks and antigen tests: please wrap them before you bin them",
        ),
    ),
    # Records or papers printed and taken somewhere: an errand.
    Again(
        name="printed-taken",
        source=frozenset({_C.MEDICAL, _C.MEDICINE}),
        category=_C.ERRAND,
        sign=rx(
            r"打印(?:出来|好|一下)?[^。!?]{0,12}(?:送到|送去|交到|交给|拿到|带到|送给)|"
            r"(?<![a-z])print(?:ed)?(?: out)?[^.!?]{0,40}(?:taken|take|drop(?:ped)?(?: off)?|"
            r"delivered|deliver|brought|bring|handed in|hand in) (?:to|at)(?![a-z])"
        ),
        matches=(
            "病历打印出来送到居委会",
            "dialysis records printed and taken to the community office",
        ),
        misses=("病历打印出来了", "dialysis records printed"),
    ),
    # Food gone bad bagged, its collection asked: garbage (Chinese only).
    Again(
        name="gone-bad-bagged",
        source=frozenset({_C.GROCERIES}),
        category=_C.GARBAGE,
        sign=rx(
            r"(?:装了|装好|一袋|一大袋|两袋)[^。!?]{0,6}(?:坏掉|坏了|烂掉|臭掉|馊掉|变质|过期)的"
        ),
        after=rx(r"(?:来|早点|尽快|帮忙|麻烦)收(?:吗|嘛|一下|走)?|收走|拿下去"),
        matches=("装了一袋坏掉的猫罐头 能早点收吗",),
        misses=("装了一袋坏掉的猫罐头",),
    ),
    # What a mess was cleaned up with (tissues, towels) bagged, asked taken: garbage.
    Again(
        name="clean-up-bagged",
        source=frozenset({_C.GROCERIES}),
        category=_C.GARBAGE,
        sign=rx(
            r"(?:清理|打扫|收拾|擦)(?:出来|下来)?的(?:脏)?(?:东西|垃圾|纸巾|毛巾)?[^。!?\s]{0,3}"
            r"装(?:了|好)?[一两二三四五\d]+(?:大)?袋|"
            r"(?<![a-z])(?:used to clean (?:it )?up|clean-?up)[^.!?]{0,30}(?:bagged|in "
            r"(?:\d|one|two|three) bags?)(?![a-z])"
        ),
        after=rx(
            r"收走|拿下去|带下去|扔|来收|(?<![a-z])(?:take (?:it |them )?(?:away|down)|collect"
            r"(?:ed)?|pick (?:it |them )?up)(?![a-z])"
        ),
        matches=(
            "猫吐了一地 擦的纸巾装了一袋 麻烦来收 2-1-301",
            "the paper towels used to clean up are in two bags, could someone collect them?",
        ),
        misses=("擦的纸巾用完了 帮买两包", "paper towels used up, could someone buy two bags?"),
    ),
    # A doctor asked to come up, a drug to adjust the reason: medical, not medicine.
    Again(
        name="doctor-comes-up",
        source=frozenset({_C.MEDICINE}),
        category=_C.MEDICAL,
        sign=rx(r"医生|大夫|(?<![a-z])(?:doctor|gp)(?![a-z])"),
        also=(
            rx(
                r"(?:上来|上门|来一趟|过来|来家里)[^。!?]{0,8}(?:看看|看一下|看下|瞧瞧)|"
                r"(?<![a-z])(?:come|pop) (?:up|over|round|by)[^.!?]{0,30}(?:adjust|check|review|"
                r"look at)(?![a-z])"
            ),
        ),
        unless=(_BOUGHT_OR_PRESCRIBED,),
        matches=("医生有空上来给我看看 调调药", "could the doctor come up and adjust her meds?"),
        misses=("医生上来看看 开点药", "could the doctor come up and prescribe her meds?"),
    ),
    # Something taken to the rubbish point: garbage, not an errand.
    Again(
        name="to-rubbish-point",
        source=frozenset({_C.ERRAND, _C.GROCERIES}),
        category=_C.GARBAGE,
        sign=rx(
            r"(?:拿|扔|带|送|搬|扛|拎|丢)(?:去|到)[^。!?\s]{0,4}(?:垃圾站|垃圾桶|垃圾房|垃圾点|"
            r"垃圾箱|回收站)|"
            r"(?<![a-z])(?:take|carry|bring|drop) (?:it|them|this|these)?\s?(?:down )?to the "
            r"(?:bins?|bin room|rubbish point|garbage point|garbage station|trash room|"
            r"rubbish room)(?![a-z])"
        ),
        matches=("猫砂 帮忙拿去楼下垃圾站", "take it down to the bins room, the old mattress"),
        misses=("猫砂 帮忙拿上来", "take the old mattress to my flat"),
    ),
    # Goods named after a shortage, an earlier delivery only the complaint: groceries.
    Again(
        name="out-again",
        source=frozenset({_C.ERRAND}),
        category=_C.GROCERIES,
        sign=rx(
            r"(?<![a-z])(?:last|previous|yesterday'?s) (?:delivery|order|drop)(?![a-z])|"
            r"上次(?:送|的)(?:菜|货|东西)"
        ),
        after=rx(
            r"(?<![a-z])(?:out (?:of [a-z]+ )?again|ran out|run out|out of)(?![a-z])|"
            r"又没了|又吃完了|又用完了"
        ),
        extra=lambda text, terms, out: any(
            t.category is _C.GROCERIES and t.start >= out.end() for t in terms
        ),
        matches=(
            "上次送菜少了 现在又没了 要牛奶 面包",
            "the last delivery was missing things; now we're out again: milk, bread please",
        ),
        misses=("上次送菜少了 要牛奶", "the last delivery was missing milk"),
    ),
    # Broken or used things bagged and asked taken down: garbage, not the fixture nor the drug.
    Again(
        name="scrap-bagged",
        source=frozenset({_C.REPAIR, _C.MEDICINE, _C.GROCERIES}),
        category=_C.GARBAGE,
        sign=rx(
            r"装袋|装了?[一两三四五几\d]+袋|包好|打包好|(?:放|装)(?:在|进)?[^。!?\s]{0,6}袋子?里|"
            r"(?<![a-z])(?:bagged|in (?:a |two |three )?bags?|wrapped|the bags? of)(?![a-z])"
        ),
        also=(
            rx(
                r"碎片|碎玻璃|碎渣|碎瓷|碎石膏|碎[^。!?\s]{0,2}板|用过的|换下来的|"
                r"(?:做|用|烧)完[^。!?\s]{0,4}的|猫砂|香灰|烟灰|"
                r"(?<![a-z])(?:used|broken|shards?|debris|scraps|soiled|burnt|ash|ashes|litter)"
                r"(?![a-z])"
            ),
            rx(
                r"(?:带|搬|拿|扔|拎|提|送)下去|收走|拿走|带走|"
                r"(?<![a-z])(?:collect|take (?:it|them|these) (?:down|away)|take away|take out|"
                r"dispose)(?![a-z])"
            ),
        ),
        matches=(
            "碎玻璃用纸包好装袋了 麻烦带下去",
            "used dressings bagged, could someone collect them?",
            "用完的退烧贴放在门口袋子里了 麻烦拿走",
            "could someone take out the bags of cigarette ash and burnt matches? 3-1-502",
            "the old cat litter is bagged up outside, can someone take it down?",
        ),
        misses=(
            "碎玻璃用纸包好装袋了",
            "used dressings bagged",
            "猫砂用完了 帮忙买两袋拿上来",
            "could someone take out a bag of rice from the car for me?",
        ),
    ),
    # A drug bought after a kitchen mishap: medicine; the 菜 of 切菜 is what was being done
    # (Chinese only).
    Again(
        name="cooking-not-goods",
        source=frozenset({_C.GROCERIES}),
        category=_C.MEDICINE,
        sign=rx(r"[切炒做洗煮烧]"),  # what extra asks before every grocery named
        extra=_cooking_not_goods,
        matches=("切菜划了手 没创可贴了 帮买一盒",),
        misses=("切菜划了手 帮买点菜",),
    ),
    # A fixture fallen off and asked put back: repair, not the goods it holds.
    Again(
        name="fixture-put-back",
        source=frozenset({_C.GROCERIES, _C.ERRAND}),
        category=_C.REPAIR,
        sign=rx(FALLEN),
        also=(rx(PUT_BACK),),
        matches=(
            "毛巾架掉下来了 能找人重新装一下吗",
            "the shelf fell off the wall, can someone put it back up?",
        ),
        misses=("毛巾架掉下来了", "the shelf fell off the wall"),
    ),
    # A parcel waiting below with a drug or its device in it, asked brought up: an errand.
    Again(
        name="parcel-brought-up",
        source=frozenset({_C.MEDICINE}),
        category=_C.ERRAND,
        unless_read="cooking-not-goods",
        sign=rx(
            r"(?<![a-z])(?:parcel|package|delivery|box) (?:is )?(?:at|by|in) the "
            r"(?:gate|door|lobby|guard ?room|front desk)(?![a-z])|"
            r"(?:快递|包裹)[^。!?\s]{0,6}(?:在|到|放)(?:了)?(?:门口|大门|[东西南北]门|门卫|楼下|大厅)|"
            r"(?:门口|大门|[东西南北]门|门卫|楼下|大厅)有(?:个|一个)?(?:快递|包裹)"
        ),
        also=(
            rx(
                r"拿上来|送上来|拎上来|帮忙拿|去拿|拿一下|取一下|"
                r"(?<![a-z])(?:bring (?:it|them) up|carry (?:it|them) up|fetch (?:it|them))"
                r"(?![a-z])"
            ),
        ),
        unless=(_BOUGHT_OR_GOT,),
        matches=(
            "门口有个快递 是奶奶的药 帮忙拿上来",
            "parcel at the gate with my inhaler, could someone bring it up?",
            # the drug named only as the writer's own round (我这边送药腾不出手)
            "2号楼1单元502的老人有个快递在东门 我这边送药腾不出手 谁去拿一下",
            "502老人的快递到北门了 我在送药走不开 谁能取一下",
        ),
        misses=(
            "门口有个快递 帮忙买药拿上来",
            "parcel at the gate, could someone get me an inhaler and bring it up?",
        ),
    ),
    # The power tripping, property asked to check: repair, not a medical check.
    Again(
        name="power-tripping",
        source=frozenset({_C.MEDICAL}),
        category=_C.REPAIR,
        sign=rx(
            r"跳闸|(?<![a-z])(?:power|electricity|fuse|breaker)s? (?:keeps? )?(?:tripping|trips|"
            r"tripped)(?![a-z])"
        ),
        also=(
            rx(
                r"物业|管理处|电工|(?<![a-z])(?:property|maintenance|management|electrician)"
                r"(?![a-z])"
            ),
        ),
        matches=(
            "老是跳闸 物业能来看看吗",
            "the power keeps tripping, can someone from property come check?",
        ),
        misses=("老是跳闸", "the power keeps tripping"),
    ),
    # Papers carried: an errand, not the care the papers are about.
    Again(
        name="papers-carried",
        source=frozenset({_C.MEDICAL, _C.GROCERIES, _C.MEDICINE, _C.REPAIR}),
        category=_C.ERRAND,
        sign=rx(
            r"(?<![a-z])(?:receipts?|bills|envelope|papers|paperwork|booklet|documents?|forms|"
            r"consent form|contract)(?![a-z])|"
            # scans handed back on film (the CT films, 片子)
            r"(?<![a-z])(?:ct |mri |x-?ray )?(?:films|scans|x-?rays)(?![a-z])|片子|胶片|"
            r"单据|收据|发票|材料|证明|小本子|接种本|疫苗本|信封|同意书|合同|病历本|户口本|记录本|"
            r"(?<![a-z])(?:log ?book|record book)(?![a-z])"
        ),
        also=(
            rx(
                r"(?<![a-z])(?:pick up|drop|bring (?:it|them) up|take (?:it|them)|deliver|"
                r"take (?:the|this|my|our)(?: [a-z]+){1,3} to|"
                r"needs? to go to)(?![a-z])|拿上来|送上来|带过去|送过去|送到|交到|拿回来|取回来|"
                r"拿一下|取一下"
            ),
        ),
        # a paper to be issued (开证明, 开个条), not carried; a ride asked with it
        unless=(_BOUGHT, rx(r"开(?:个|张|一张|一份)?(?:证明|条)|派车")),
        matches=(
            "出生证明材料在门口 帮忙拿上来",
            "receipts left at the clinic, could someone pick up them?",
            "帮忙把这份手术同意书交到社区卫生站 放门口了 5-2-301",
            "能帮我把租房合同送到物业吗",
            "could someone take the signed consent form to the clinic? 4-1-202",
            "透析记录本要送到医院透析室 下次透析要用 谁方便跑一趟",
            "could someone drop my dialysis log book at the unit? 6-2-301",
        ),
        misses=(
            "出生证明材料在门口 帮忙买个信封拿上来",
            "could someone buy forms and drop them?",
            "产检约好了 能开证明派车送去医院吗",
        ),
    ),
    # A form filled in (a check-up form, an application) handed in somewhere: an errand, not
    # the care the form is about.
    Again(
        name="form-handed-in",
        source=frozenset({_C.MEDICAL, _C.MEDICINE}),
        category=_C.ERRAND,
        sign=rx(
            r"(?:体检|报名|申请|登记|健康|入学|复学)表|表格|"
            r"(?<![a-z])(?:health|medical|check-?up|registration|application|school) "
            r"(?:form|report card)s?(?![a-z])"
        ),
        after=rx(
            r"递到|递给|交到|交给|送到|送去|拿到|带到|"
            r"(?<![a-z])(?:hand(?:ed)? (?:it |them )?in|drop(?:ped)? (?:it |them )?off|"
            r"(?:take|deliver|bring) (?:it |them )?to|"
            r"to (?:the |my |our )?(?:community|school|clinic|office|committee|health centre))"
            r"(?![a-z])"
        ),
        unless=(_BOUGHT, rx(r"开(?:个|张|一张|一份)?(?:证明|条)|派车")),
        matches=(
            "孩子的体检表要交学校 能帮我递到社区吗 7-1-901",
            "体检表填好了放门口 能帮忙交到社区卫生站吗",
            "could someone take my son's health form to the community office? 7-1-901",
        ),
        misses=(
            "体检表什么时候发",
            "能请医生上门帮忙填一下体检表吗",
            "when is the health form due?",
        ),
    ),
    # A drug bought, the care or the doctor named only as why: medicine.
    Again(
        name="drug-bought-for-care",
        source=frozenset({_C.MEDICAL}),
        category=_C.MEDICINE,
        sign=rx(
            r"(?<!不)(?<!别)(?:帮|帮忙|帮我|给我|再帮)(?:去)?(?:买|配)(?:个|点|些|一[瓶盒支包袋板]|"
            r"两[瓶盒支包袋板])?|"
            r"(?<![a-z])(?:buy|pick up|get) (?:me |us |him |her )?(?:a |an |some |more )?(?=[a-z])"
        ),
        # (谢谢上次帮忙买药的姐姐: thanks for a past buy)
        extra=lambda text, terms, found: _drug_bought(terms, found.end()) and not buy_thanked(text),
        matches=(
            "帮买一盒创可贴 孩子膝盖擦伤了 3-1-502",
            "could someone buy some antiseptic cream? dad's wound after surgery 4-2-301",
            "医生说的降压药氨氯地平 还是买不到 麻烦再帮买一盒",
        ),
        misses=(
            "帮买点苹果 我爸在透析 3-1-502",
            "could someone buy some fruit? dad's recovering after surgery",
        ),
    ),
    # Goods bought to make do while a fixture is broken (gas canisters for a camping stove, a
    # power strip for the one burnt out): the goods are what is asked, the fault only why.
    Again(
        name="stopgap-bought",
        source=frozenset({_C.REPAIR}),
        category=_C.GROCERIES,
        sign=rx(
            r"(?:买|团|代购)\s?[^。!?\s]{0,3}(?:卡式炉|气罐|卡式气|插线板|插排|排插|接线板|蜡烛|充电台灯)|"
            r"(?:卡式炉|气罐|插线板|插排|排插|接线板|蜡烛)[^。!?]{0,6}(?:帮|给我|帮忙)?(?:买|团)|"
            r"(?<![a-z])(?:buy|get|order|group-buy) (?:me |us )?(?:a |an |one |some |two )?"
            r"(?:new )?(?:camping stove|gas canisters?|butane(?: canisters?)?|power strip|"
            r"extension (?:cord|lead)|candles)(?![a-z])"
        ),
        unless=(rx(r"来修|修一下|修好|师傅|电工|(?<![a-z])(?:fix|repair|electrician)(?![a-z])"),),
        matches=(
            "求团 卡式炉气罐 两罐 燃气灶坏了先凑合用 2-302",
            "插线板帮买一个 带开关的 厨房那个烧坏了 4-2-1001",
            "stove won't light, can someone buy me two gas canisters for the camping stove?",
            "the kitchen socket burnt out, could someone buy me a power strip for now? 5-301",
        ),
        misses=(
            "燃气灶坏了 能找师傅来修吗 2-302",
            "厨房插座烧坏了 能来修一下吗",
            "the stove won't light, can someone fix it?",
        ),
    ),
    # An appliance bought or group-bought whole, none told at fault: shopping, not a repair.
    Again(
        name="appliance-bought",
        source=frozenset({_C.REPAIR}),
        category=_C.GROCERIES,
        sign=rx(
            r"(?:买|团|代购)(?:个|台|一台|一个|把|只)?(?:新的?|小|便宜的?)?[^。!?\s]{0,3}"
            r"(?:电风扇|风扇|电暖器|暖风机|取暖器|小太阳|电热毯|台灯|电水壶|热水壶|电饭煲|heater|fan)|"
            r"(?<![a-z])(?:buy|group-buy|get me|get us|need) (?:a|an|one|some) "
            r"(?:new |small |cheap |little )?(?:desk |electric |space |table |standing )?"
            r"(?:fan|heater|kettle|lamp|"
            r"rice cooker)s?(?![a-z])"
        ),
        extra=lambda text, terms, found: not has_fault(text),
        matches=(
            "能帮我团个小风扇吗 旧的那台用了十年了 3-1-502",
            "could someone buy a small space heater for my mum? 4-2-301",
        ),
        misses=(
            "风扇不转了 能帮我买个新的吗",
            "the heater broke, could someone buy a new fan?",
        ),
    ),
    # A fixture come loose or broken that the care needs, its fix asked: repair.
    Again(
        name="fixed-for-care",
        source=frozenset({_C.MEDICAL}),
        category=_C.REPAIR,
        sign=rx(
            r"来修|修一下|修好|(?<![a-z])(?:fix|repair|mend) (?:it|this|that|the|my|our)(?![a-z])"
        ),
        extra=lambda text, terms, found: has_fault(text),
        matches=(
            "扶手松了 我妈做完手术要扶着走 物业能来修一下吗",
            "the shower rail came loose, mum needs it after her hip surgery, can someone fix it?",
        ),
        misses=(
            "我妈做完手术 能请医生来看看吗",
            "mum needs a doctor after her hip surgery, can someone come?",
        ),
    ),
    # Used things bagged up, their collection asked: rubbish, whatever the things were.
    Again(
        name="bagged-collected",
        source=frozenset({_C.GROCERIES}),
        category=_C.GARBAGE,
        sign=rx(r"装了[一两二三四五\d]+(?:大)?袋"),
        after=rx(r"(?:能|可以)?(?:来|帮忙)?收(?:一下|走)|收吗|拿下去|带下去"),
        matches=("换下来的尿不湿装了两袋 能收一下吗 8-902",),
        misses=("尿不湿装了两袋 能送上来吗 8-902",),
    ),
    # Goods counted out in bags (尿不湿一天一袋, 猫砂两大袋, two bags of nappies), their collection
    # asked and nothing bought or brought up: rubbish, not the goods.
    Again(
        name="bags-counted-collected",
        source=frozenset({_C.GROCERIES}),
        category=_C.GARBAGE,
        sign=rx(
            r"(?:[一两二三四五六几\d]+|一天一)(?:大|小)?袋|"
            r"(?<![a-z])(?:two|three|four|five|\d) (?:big |full )?bags? of (?:used |dirty )?"
            r"(?:nappies|diapers|cat litter|litter|packaging)(?![a-z])"
        ),
        after=rx(
            r"(?:来|帮忙|麻烦)收(?![到货拾款钱好藏据])|收(?:一次|一下|走)|(?:一起)?(?:带走|拿走)|"
            r"拿下去|带下去|(?<![a-z])(?:collect(?:ed)?|take (?:it|them) (?:away|down)|pick "
            r"(?:it|them) up)(?![a-z])"
        ),
        unless=(rx(r"买|送上来|拿上来|带上来|(?<![a-z])(?:buy|bring (?:it|them) up)(?![a-z])"),),
        matches=(
            "纸尿裤一天一袋 味道大 能每天来收一下吗 5-2-701",
            "猫砂攒了三大袋 麻烦一起带走 6-1-302",
            "two full bags of used nappies by the door, could someone collect them? 2-2-1201",
        ),
        misses=(
            "猫砂两大袋 帮忙买了送上来 6-1-302",
            "two bags of cat litter please, could someone bring them up?",
        ),
    ),
    # A fixture at fault, a fixer asked, the rubbish told only as why: repair.
    Again(
        name="fixer-asked",
        source=frozenset({_C.GARBAGE}),
        category=_C.REPAIR,
        sign=rx(
            r"开锁|(?:来|帮忙)?通一下|疏通|来修|"
            r"(?<![a-z])(?:unlock|unblock|unclog|fix) (?:it|the|my|our)(?![a-z])"
        ),
        extra=lambda text, terms, found: has_fault(text),
        matches=(
            "出去扔个垃圾门锁坏了 求开锁",
            "went out with the rubbish and the lock is broken, can someone unlock the door?",
        ),
        misses=("出去扔个垃圾门锁坏了", "went out with the rubbish and the lock is broken"),
    ),
    # A drug no lexicon knows bought for an ailment told: medicine, not groceries.
    Again(
        name="drug-for-ailment",
        source=frozenset({_C.GROCERIES}),
        category=_C.MEDICINE,
        sign=rx(
            r"便秘|拉肚子|腹泻|(?<![a-z])(?:constipated|constipation|diarrh?oea|diarrhea|"
            r"heartburn|indigestion|hay ?fever)(?![a-z])"
        ),
        extra=_no_goods,
        matches=("帮买点XX 奶奶便秘", "buy some senna for dad? he's constipated"),
        misses=("帮买点香蕉 奶奶便秘", "buy some bananas for dad? he's constipated"),
    ),
    # Rehydration salts asked for, the heat or a broken air conditioner only why: medicine.
    Again(
        name="rehydration-salts",
        source=frozenset({_C.REPAIR, _C.GROCERIES}),
        category=_C.MEDICINE,
        sign=rx(
            r"补液盐|电解质冲剂|(?<![a-z])(?:rehydration (?:salts?|sachets?|powder)|"
            r"ors sachets?|electrolyte sachets?)(?![a-z])"
        ),
        matches=("补液盐来几包 没空调出了好多汗", "ors sachets please, no ac and she's sweating"),
        misses=("电解质水来几瓶", "electrolyte drinks please"),
    ),
    # A doctor asked to phone, the drugs only what is to be talked about: medical.
    Again(
        name="doctor-phones",
        source=frozenset({_C.MEDICINE}),
        category=_C.MEDICAL,
        unless_read="rehydration-salts",
        sign=rx(
            r"(?:医生|大夫)[^。!?\s]{0,4}(?:打个电话|回个电话|打电话|电话联系|联系我)|"
            r"(?<![a-z])(?:doctor|gp|nurse) (?:to )?(?:give me a call|call me|ring me|phone me|"
            r"call us|ring us)(?![a-z])"
        ),
        matches=(
            "能请医生打个电话吗 想问问要不要调药",
            "could the doctor give me a call about my dose?",
        ),
        misses=("医生说要调药", "the doctor said to change my dose"),
    ),
    # A utility bill paid for the writer, the property or an outage only why: an errand.
    Again(
        name="bill-paid",
        source=frozenset({_C.REPAIR}),
        category=_C.ERRAND,
        sign=rx(
            r"电费|水费|燃气费|煤气费|"
            r"(?<![a-z])(?:electricity|water|gas) (?:bill|credit|meter)(?![a-z])"
        ),
        also=(
            rx(
                r"帮我(?:交|缴|充)|帮忙(?:交|缴|充)|代(?:交|缴)|(?:交|缴|充)一下|"
                r"(?<![a-z])(?:pay|top up|topup|recharge) (?:it|my|the|our)(?![a-z])"
            ),
        ),
        matches=(
            "电费快没了 谁能帮我交一下",
            "can someone top up my electricity credit? the power will be cut",
        ),
        misses=("电费快没了", "the electricity credit is low"),
    ),
    # A drug no lexicon knows counted out for an old complaint flared up: medicine.
    Again(
        name="drug-for-complaint",
        source=frozenset({_C.GROCERIES}),
        category=_C.MEDICINE,
        sign=rx(COMPLAINT_FLARED),
        extra=_no_goods,
        matches=("老胃病又犯了 帮买两盒XX", "my stomach is playing up, bring me a box of xx?"),
        misses=("老胃病又犯了 帮买两斤苹果", "my stomach is playing up, bring me some apples?"),
    ),
    # An access card or fob that fails to open the door: repair, not an errand.
    Again(
        name="card-fails",
        source=frozenset({_C.ERRAND}),
        category=_C.REPAIR,
        unless_read="bill-paid",
        sign=rx(CARD_FAILS),
        matches=("门禁卡坏了 刷不开", "my key fob stopped working, can't get in"),
        misses=("门禁卡丢了", "i lost my key fob"),
    ),
    # An outage or a weak supply in one's own flat asked checked: a repair, not the goods or
    # the care a word beside it names (only my flat has no power, please check).
    Again(
        name="own-supply-fault",
        source=frozenset({_C.MEDICAL, _C.GROCERIES}),
        category=_C.REPAIR,
        sign=rx(
            r"(?:只有|就)我(?:们)?家(?:停电|停水|没电|没水|跳闸)|"
            r"(?:水压|水流)[^。!?]{0,6}(?:很小|太小|特别小|几乎没|几乎为零|很弱|太弱)|"
            r"(?<![a-z])(?:(?:power|electricity|water|hot water|gas) (?:is )?(?:off|out|cut) "
            r"(?:only )?in (?:my|our) (?:flat|apartment|room|home|unit)|water pressure[^.!?]{0,30}"
            r"(?:low|zero|weak|nothing|almost none))(?![a-z])"
        ),
        unless=(
            rx(
                r"买|桶装水|矿泉水|医生|护士|(?<![a-z])(?:buy|bottled|drinking water|doctor|nurse)"
                r"(?![a-z])"
            ),
        ),
        matches=(
            "就我家没电 邻居都有电 麻烦来查一下 3-1-402",
            "water pressure in the bathroom is really low today, can someone check? 2-2-1001",
        ),
        misses=(
            "就我家停水了 能帮忙买几桶桶装水吗",
            "power is off in my flat and mum's oxygen machine stopped, can the doctor check?",
        ),
    ),
    # Glasses, hearing aids or dentures fetched: an errand, not a drug (prescription glasses).
    Again(
        name="aid-fetched",
        source=frozenset({_C.MEDICINE, _C.MEDICAL}),
        category=_C.ERRAND,
        sign=rx(
            r"(?:取|拿|领)[^。!?\s]{0,6}(?:眼镜|助听器|假牙)|(?:眼镜|助听器|假牙)[^。!?]{0,12}"
            r"(?:取|拿|领)(?:一下|回来|上来)?|"
            r"(?<![a-z])(?:collect|pick up|fetch|get)[^.!?]{0,20}(?:glasses|spectacles|hearing "
            r"aids?|dentures)(?![a-z])"
        ),
        unless=(rx(r"配(?:一副|副)?眼镜|验光|(?<![a-z])(?:eye test|new glasses made)(?![a-z])"),),
        matches=(
            "眼镜店把配好的眼镜放在南门了 能帮忙拿上来吗 6-1-801",
            "could someone pick up my mum's hearing aid from the guard room? 3-2-602",
        ),
        misses=("帮我买盒眼药水", "can someone get me some eye drops?"),
    ),
    # A wheelchair, walker or pram left below, asked brought up: an errand, the lift named only
    # as how (电梯修好了吧), not a repair nor care.
    Again(
        name="mobility-aid-brought-up",
        source=frozenset({_C.REPAIR, _C.MEDICAL, _C.MEDICINE}),
        category=_C.ERRAND,
        sign=rx(
            r"轮椅|助行器|助步器|婴儿车|童车|"
            r"(?<![a-z])(?:wheelchair|walker|walking frame|rollator|pram|stroller|buggy)s?(?![a-z])"
        ),
        after=rx(
            r"(?:推|抬|搬|拿|扛|送)(?:上来|上楼|上去)|"
            r"(?<![a-z])(?:bring|push|carry|take|wheel|get) (?:it|them|this|that) "
            r"(?:up|upstairs)(?![a-z])"
        ),
        unless=(
            rx(
                r"来修|修一下|能修|修修|坏了|(?<![a-z])(?:fix|repair|mend)(?: it| them)?\?|"
                r"(?<![a-z])(?:broken|flat tyre|flat tire)(?![a-z])"
            ),
        ),
        matches=(
            "我妈的轮椅放在一楼车棚了 能帮忙推上来吗 8楼 电梯修好了吧",
            "婴儿车落在楼下大厅了 谁能帮忙搬上来 3-2-602",
            "dad's wheelchair is in the bike shed downstairs, could someone bring it up? 5-1-801",
        ),
        misses=(
            "轮椅坏了 能找人来修一下吗",
            "the wheelchair's wheel is broken, can someone fix it?",
        ),
    ),
    # A parcel sent to the writer and waiting at a station or locker, fetched: an errand.
    Again(
        name="parcel-waiting-fetched",
        source=frozenset({_C.MEDICINE, _C.GROCERIES}),
        category=_C.ERRAND,
        sign=rx(
            r"寄(?:了|来|的)[^。!?]{0,12}(?:到|在)(?:了)?(?:驿站|快递柜|丰巢|菜鸟|门卫|快递点)|"
            r"(?<![a-z])(?:sent|posted|mailed|shipped)[^.!?]{0,30} (?:is |are )?(?:at|in) the "
            r"(?:parcel locker|locker|pickup point|collection point|post station)(?![a-z])"
        ),
        after=rx(r"拿|取|拎|(?<![a-z])(?:fetch|bring|collect|pick (?:it |them )?up)(?![a-z])"),
        matches=(
            "我儿子从北京寄了一箱常用药 到快递柜了 谁能帮我取一下 3-1-402",
            "my sister sent a box of medicine, it's at the parcel locker, could someone fetch it?",
        ),
        misses=("能帮我买一箱常用药吗 3-1-402", "my sister sent a box of medicine, so we're fine"),
    ),
    # The writer's own parcel fetched from the gate or the guard, whatever it holds: an errand.
    Again(
        name="own-parcel-fetched",
        source=frozenset({_C.MEDICINE, _C.GROCERIES}),
        category=_C.ERRAND,
        sign=rx(
            r"(?:取|拿|拎|领)(?:一下)?(?:我的|我家的?)(?:快递|包裹)|"
            r"(?<![a-z])(?:get|fetch|collect|pick up|bring up) (?:my|our) (?:[a-z]+ ){0,2}"
            r"(?:parcel|package|delivery|deliveries)s?(?![a-z])"
        ),
        after=rx(
            r"门口|门卫|大门|东门|西门|南门|北门|驿站|"
            r"(?<![a-z])(?:gate|entrance|guard|lobby|front desk)(?![a-z])"
        ),
        matches=(
            "能帮我取一下我的快递吗 在北门 是我妈寄的药 5-1-301",
            "could someone fetch my parcel from the front gate? it's my inhaler 3-2-801",
            "can someone pick up my insulin delivery from the front gate? 8-2-1102",
            "could anyone collect my pharmacy package at the guard room? 5-1-302",
        ),
        misses=(
            "帮我买盒感冒药 送到门口",
            "could someone buy my inhaler and leave it at the gate?",
        ),
    ),
    # Goods someone dropped off at the gate for the writer, fetched: an errand, not shopping.
    Again(
        name="dropped-off-fetched",
        source=frozenset({_C.GROCERIES}),
        category=_C.ERRAND,
        sign=rx(
            r"(?:朋友|亲戚|家人|同事|女儿|儿子|姐姐?|妹妹?|哥哥?|弟弟?)[^。!?\s]{0,4}(?:送来|送过来|带来|捎来)"
            r"[^。!?]{0,12}(?:放在|放到|在)(?:了)?(?:东门|西门|南门|北门|大门|门口|门卫|小区门口)|"
            r"(?<![a-z])(?:friend|relative|family|sister|brother|son|daughter|cousin)[^.!?]{0,12} "
            r"(?:dropped off|left|brought)[^.!?]{0,30}(?:at|by) the (?:gate|entrance|guard)"
            r"(?![a-z])"
        ),
        after=rx(
            r"拿|取|拎|搬|(?<![a-z])(?:fetch|bring|collect|carry|pick (?:it |them )?up)(?![a-z])"
        ),
        matches=(
            "我姐送来两袋水果放在北门了 写了我名字 能帮忙拎上来吗 5-2-301",
            "my son dropped off a box of veg at the gate, could someone bring it up? 7-1-502",
        ),
        misses=("能帮忙买两袋水果吗 5-2-301", "my son dropped off a box of veg at the gate"),
    ),
    # Food the writer cooked, taken to someone: an errand, nothing to buy.
    Again(
        name="cooked-taken",
        source=frozenset({_C.GROCERIES}),
        category=_C.ERRAND,
        sign=rx(
            r"(?:做|煮|炖|包|烧)(?:了|好了?)(?:点|些|一些|一锅|一盒)?(?:菜|饭|饺子|汤|包子)|"
            r"(?<![a-z])(?:i|we) (?:cooked|made) (?:some |a pot of |a )?(?:food|dinner|lunch|soup|"
            r"dumplings|meals?)(?![a-z])"
        ),
        after=rx(
            r"送(?:到|去|给|过去)|带(?:到|去|给|过去)|"
            r"(?<![a-z])(?:take|bring|deliver|drop)(?: it| them)? (?:to|over|round)(?![a-z])"
        ),
        unless=(_BOUGHT,),
        matches=(
            "我妈一个人在家 我包了点饺子 能帮忙送到她那吗 5-2-301",
            "I made some soup for my aunt next block, could someone take it to her? 7-1-502",
        ),
        misses=(
            "包了点饺子 缺醋 能帮忙买一瓶送到家吗",
            "I cooked some soup, could someone buy bread and take it to my mum?",
        ),
    ),
    # Goods counted out to buy, a parcel that cannot come only the reason: groceries.
    Again(
        name="bought-not-parcel",
        source=frozenset({_C.ERRAND}),
        category=_C.GROCERIES,
        sign=rx(
            r"(?:快递|冷链)[^。!?]{0,8}(?:到不了|送不了|不送|停了|进不来)|"
            r"(?<![a-z])(?:parcels?|deliveries|couriers?) (?:can'?t|cannot|won'?t) (?:get|come) "
            r"(?:in|through)(?![a-z])"
        ),
        after=rx(
            r"买[一两二三四五六七八九十几\d]+\s*(?:斤|盒|袋|包|瓶|箱|个|把)|"
            r"(?<![a-z])buy (?:\d+|one|two|three|a few|some) (?:kg|kilos?|bags?|packs?|bottles?|"
            r"boxes)(?![a-z])"
        ),
        extra=lambda text, terms, found: any(
            t.category is _C.GROCERIES and t.start >= found.start() for t in terms
        ),
        matches=(
            "快递停了 能帮我在楼下超市买两袋大米吗 3-1-1202",
            "couriers can't get in, could someone buy two bags of rice from the shop? 5-2-301",
        ),
        misses=(
            "快递停了 能帮我去门口取个快递吗 3-1-1202",
            "couriers can't get in, could someone fetch my parcel from the gate? 5-2-301",
        ),
    ),
    # The car to care asked, the pass expired only its reason (透析的出行证明到期了 车还能安排吗,
    # dad's dialysis pass expired, can the car still be arranged?): medical, not a document.
    Again(
        name="ride-over-pass",
        source=frozenset({_C.ERRAND}),
        category=_C.MEDICAL,
        sign=rx(
            r"车[^。!?\s]{0,3}(?:还)?(?:能|可以)?(?:安排|派)|(?:安排|派)(?:个|辆)?车|"
            r"(?<![a-z])(?:(?:car|van|ride) (?:still )?be arranged|"
            r"(?:arrange|send) (?:a |the )?(?:car|van|ride))(?![a-z])"
        ),
        also=(rx(r"透析|化疗|复诊|复查|(?<![a-z])(?:dialysis|chemo|check-up)(?![a-z])"),),
        matches=(
            "我妈每周二四化疗 通行证过期了 车还能派吗 3-1-201",
            "dad's dialysis pass expired, can the car still be arranged for him? 5-2-301",
        ),
        misses=(
            "透析的出行证明到期了 能帮忙续一下吗 3-1-201",
            "my dialysis pass expired, can you renew it?",
        ),
    ),
)

_BILL_THEN_PAID = rx(
    r"(?:电费|水费|燃气费|煤气费|网费|话费|物业费)[^。!?]{0,16}(?:交|缴|充)(?:一下|下)(?:吗|么)?|"
    # a service cut for an unpaid bill, the payment asked further on (宽带欠费断了 …
    # 有人能帮交一下吗)
    r"欠费[^。!?]{0,32}(?:交|缴|充)(?:一下|下)(?:吗|么)?"
)
_BUY_THANKED = rx(
    r"(?:谢谢|感谢|多谢)[^。!?\s]{0,4}(?:上次|之前|昨天|那天|前天)帮(?:忙|我|我们)?买"
)


def recategorized(text: str, category: Category, terms: list[Term]) -> tuple[Category, list[str]]:
    """The category an order is read as in the end, with the names of the entries that read it
    again (none: the category given)."""
    read: list[str] = []
    for entry in AGAIN:
        if (
            category in entry.source
            and (entry.unless_read is None or entry.unless_read not in read)
            and entry.found(text, terms) is not None
        ):
            category = entry.category
            read.append(entry.name)
    return category, read


def bill_paid(text: str) -> bool:
    """Whether a bill named first is asked paid (没电费了 能帮忙交一下吗)."""
    return _BILL_THEN_PAID.search(text) is not None


def buy_thanked(text: str) -> bool:
    """Whether the buy read is thanks to a past helper (谢谢上次帮忙买药的姐姐)."""
    return _BUY_THANKED.search(text) is not None
