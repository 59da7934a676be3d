"""Messages that name goods, a fixture or the rubbish round but ask nothing for the writer: a
notice to every household, a service offered to whoever needs it, deliveries told done, thanks
said in Cantonese, an ask called off or explained away, whom to turn to or which shop delivers
asked, advice asked. Tried at the end of unasked() (order_unasked.py)."""

from __future__ import annotations

import re

from domain.understanding.order_asks import NAMES_FLAT
from domain.understanding.prefilter import compile_prefiltered

# Someone asked to do it for the writer after all (帮我, can you get me): the ask stands.
_ASKED_FOR_ME = compile_prefiltered(
    r"帮我|帮忙|给我|替我|麻烦(?!晒|大家)|"
    r"(?<![a-z])(?:can you|could you|can someone|could someone|please (?:buy|get|bring|send|fix)|"
    r"get me|buy me|for me)(?![a-z])"
)

# A notice to every household to fetch their own (快递放在大厅了 请自行下楼领取, parcels are in the
# lobby, please collect them yourselves): the staff tell, nobody asks.
_FETCH_YOUR_OWN = compile_prefiltered(
    r"请?(?:各位|大家|各户|住户)?自行(?:下楼)?(?:分批)?(?:领取|取|拿|认领|下楼)|自取|"
    r"(?<![a-z])(?:please )?(?:collect|pick up|fetch) (?:it|them|yours|your [a-z]+) "
    r"(?:yourselves|yourself)(?![a-z])|(?<![a-z])self-collect(?:ion)?(?![a-z])|"
    # every household asked down to sign for its own (奶粉已到 请各家下楼签收)
    r"(?:各家|各户|各位|大家|住户)(?:尽快|自己)?(?:下楼|到楼下|到门口|到大厅)(?:来)?"
    r"(?:签收|领取|取一下|拿一下|取|拿)|"
    r"(?<![a-z])(?:everyone|all residents|each household),? please come down (?:to|and) "
    r"(?:collect|sign for|pick up)(?![a-z])"
)

# A round's schedule told to every household (每周二四六收医疗垃圾 请放在门口, medical waste is
# collected every Tuesday and Friday): a notice of the service, nobody asks it.
_ROUND_SCHEDULED = compile_prefiltered(
    r"每(?:周|星期|天|日|晚)[一二三四五六日天、和]*(?:上午|下午|晚上|早上)?[^。!?\s]{0,4}"
    r"(?:统一)?(?:收|回收|清运)[^。!?\s]{0,4}垃圾|"
    r"(?<![a-z])(?:waste|rubbish|garbage|trash|bins?) (?:is |are |will be |gets? )?"
    r"collected (?:on )?every(?![a-z])"
)

# An errand offered to whoever needs it (谁家需要买菜的 我明天下楼 可以顺便带, anyone need anything?
# I'm going out tomorrow, happy to grab it): the writer offers, nobody asks.
_ERRAND_OFFERED = compile_prefiltered(
    r"(?:谁家|哪家|有谁|谁)需要[^。!?]{0,10}[^。!?]{0,12}我[^。!?]{0,10}(?:可以|能)"
    r"(?:顺便|顺路|一起)?(?:帮(?:忙|大家)?)?(?:带|买|捎|拿)|"
    r"(?<![a-z])(?:anyone|anybody|who) (?:needs?|wants?) [^.!?]{0,30}[?.,]? ?i'?(?:m| am) "
    r"going [^.!?]{0,30}(?:can|could|happy to) (?:bring|grab|get|pick)(?![a-z])"
)

# Goods or a hand offered to whoever needs them (我家有布洛芬 谁家孩子需要可以分一点, anyone need a
# power bank? I have two; I can carry supplies for anyone on floors 10-15 if needed): the writer
# gives, nobody asks.
_GOODS_OFFERED = compile_prefiltered(
    r"我(?:家|们家|这|这里|这边|手上|手里)?(?:还)?有[^。!?？]{1,14}(?:谁|哪家|哪位|有人)[^。!?？]{0,8}"
    r"(?:需要|要|缺)[^。!?？]{0,6}(?:的话)?(?:可以|能|就)?(?:来)?(?:分|匀|送|给|拿)|"
    r"(?<![a-z])(?:does )?(?:anyone|anybody) (?:else )?needs? (?:a |an |some |any )?[a-z -]{1,24}\?"
    r" ?i(?: have|'ve got| got| have got)(?![a-z])|"
    r"(?<![a-z])i(?: can|'m happy to| am happy to|'d be happy to| could) (?:help )?"
    r"(?:take|carry|bring|grab|pick up|get|share|lend)(?![a-z])[^.!?]{0,50}"
    r"(?:for anyone|for whoever|if (?:anyone )?needed|if anyone needs)(?![a-z])"
)

# A notice to every car owner or household told when the round comes (请车主尽快挪车, medical
# waste bags will be collected at 6pm, please put them outside): staff tell all, nobody asks.
_TOLD_TO_ALL = compile_prefiltered(
    r"请(?:各位)?车主|(?:各位|全体)(?:车主|住户|居民)(?:请)?(?:尽快|及时)?|"
    r"(?<![a-z])(?:bags?|waste|rubbish|garbage|trash) (?:will be|are being|is being) "
    r"collected (?:at|on|from|between|today|tomorrow|this)(?![a-z])"
)

# A service offered to the residents who need it (需要冷藏胰岛素的居民 可以把药送到社区卫生站):
# a notice from staff, no order.
_RESIDENTS_WHO_NEED = compile_prefiltered(
    r"需要[^。!?\s,，]{1,12}的(?:住户|居民|家庭|老人)(?:们)?\s?(?:都)?(?:可以|请)"
)

# Helpers called for a shared chore (明天谁有空一起帮忙搬物资？我可以去, who's free to help unload
# the supplies tomorrow? I can go): volunteers sought, no service for a household.
_HELPERS_CALLED = compile_prefiltered(
    r"谁有空[^。!?？]{0,6}(?:一起|来)(?:帮忙)?(?:搬|发|分|卸|送)[^。!?？]{0,4}物资|"
    r"(?<![a-z])(?:who'?s|who is|anyone) free [^.!?]{0,20}(?:help|hand) (?:us )?"
    r"(?:move|unload|carry|hand out|sort|distribute) (?:the )?supplies(?![a-z])"
)

_FOR_MY_HOME = compile_prefiltered(
    r"帮我|给我|替我|我家|(?<![a-z])(?:for me|get me|my flat)(?![a-z])"
)

# A post only to test the group (Test post, please ignore; 测试一下 请忽略).
_TEST_POST = compile_prefiltered(
    r"^\s*(?:test(?:ing)?(?: post| message)?|测试(?:一下|消息)?)[\s,.!，。！]*"
    r"(?:(?:please |pls )?ignore|请忽略|忽略|勿回)?[\s,.!，。！]*$"
)

# Households with a thing asked to check it (家里有EpiPen的请检查一下有效期, if you have an
# EpiPen at home please check its date): a reminder to all, nothing asked of anyone.
_CHECK_ASKED_OF_ALL = compile_prefiltered(
    r"(?:家里|家中)有[^。!?]{1,16}的(?:都|请|记得|麻烦)?[^。!?]{0,4}"
    r"(?:检查|查看|看看|看一下|核对)|"
    r"(?<![a-z])(?:if you|anyone who|everyone who) (?:have|has) (?:an? |any )?[^.!?]{1,20},? "
    r"(?:please )?(?:check|look at) (?:the |its |their |your )?(?:date|expiry)"
)

# Where to buy asked (请问肾上腺素笔在哪能买到 需要处方吗, where can I buy an EpiPen?): the way
# asked, the writer will buy it.
_WHERE_TO_BUY = compile_prefiltered(
    r"(?:在)?哪(?:里|儿)?(?:能|可以)买(?:到|得到)?|"
    r"(?<![a-z])where (?:can|could|do) (?:i|we|you|one) buy(?![a-z])"
)

_HELP_ASKED = compile_prefiltered(
    r"帮|代买|代购|(?<![a-z])(?:can|could|would) (?:you|someone|anyone|somebody)(?![a-z])"
)

# A group of helpers being formed (有没有医生或护士?想建个应急小组, I'd like to set up a first-aid
# team): an invitation, nobody asked to come.
_GROUP_FORMED = compile_prefiltered(
    r"(?:想|要|打算|准备)(?:建|组|拉)(?:个|一个)?[^。!?\s]{0,6}(?:小组|群|队)|"
    r"(?<![a-z])(?:set up|start|form) (?:a|an) [a-z -]{0,20}(?:group|team)(?![a-z])"
)

# A service offered to whoever needs it (电工下午在6幢 需要修电路的可以找他, the plumber is in block
# 3 today, anyone who needs a tap fixed can find him): a notice, no order.
_OFFERED_TO_ALL = compile_prefiltered(
    r"(?:有)?需要[^。!?\s,]{0,8}的(?:住户|居民|邻居|人|朋友)?(?:都)?(?:可以|请|就|直接)?"
    r"(?:找|联系|问|打给|打电话给|去找)(?:他|她|他们|师傅|我们)|"
    r"(?<![a-z])(?:anyone|whoever|those|residents?) (?:who )?(?:needs?|wants?) [^.!?]{0,30}"
    r"(?:can|may|should) (?:find|contact|call|message|ask|see) (?:him|her|them)(?![a-z])"
)

# Everyone asked to mind how they do a thing (拜托大家倒垃圾的时候袋子扎紧, everyone please tie
# your bags): manners asked of all, no service of the writer's.
_MANNERS_OF_ALL = compile_prefiltered(
    r"(?:拜托|请|麻烦|希望|提醒)大家[^。!?]{0,16}(?:的时候|时)[^。!?]{0,10}"
    r"(?:扎紧|系紧|封好|注意|不要|别|记得|分类|小心|自觉)|"
    r"(?<![a-z])(?:everyone|all),? please (?:remember to |make sure (?:to )?|be sure to )?"
    r"(?:tie|seal|close|bag|sort|don'?t|do not)(?![a-z])"
)

# Deliveries told done, the missing asked to speak up (7幢的药都送完了 还有谁家没收到的说一声, all
# of block 5's veg is delivered, shout if you didn't get yours): a volunteer's update.
_ALL_DELIVERED = compile_prefiltered(
    r"(?:都|全|全部|已经|已)(?:都|全部|经)?(?:送|发|派|分)(?:完|齐|到)了?[^。!?]{0,12}"
    r"(?:谁家?|哪家|有)?[^。!?]{0,4}(?:没收到|没拿到|漏了)|"
    r"(?<![a-z])(?:all|everything) (?:has been |have been |was |were )?delivered[^.!?]{0,40}"
    r"(?:didn'?t|did not|haven'?t|hasn'?t) (?:get|got|receive)(?![a-z])"
)

# Thanks said in Cantonese (唔该晒啲义工 辛苦晒, read by the dialect as 麻烦晒): no ask.
_THANKS_CANTONESE = compile_prefiltered(r"^(?:麻烦|唔该|多谢)晒|辛苦晒")

# An ask called off (已经有人送来了 不用再买了, no need to come any more, we're fine now).
_CALLED_OFF = compile_prefiltered(
    r"不用(?:再)?(?:买|送|来|过来|上门|麻烦)了|不需要(?:再)?(?:买|送|来)了|"
    r"(?<![a-z])(?:no need to (?:come|buy|send|fix|bring) (?:it |them |anything )?"
    r"(?:any ?more|now|after all)|(?:please )?cancel (?:my|the|our) (?:order|request))(?![a-z])"
)

# A fault explained away: the drip is the air conditioner's (是空调水 不是漏水 没事).
_NOT_A_LEAK = compile_prefiltered(
    r"不是漏水|是空调(?:外机)?的?(?:滴)?水|空调(?:在)?滴水|"
    r"(?<![a-z])(?:not a leak|just (?:the )?(?:ac|aircon|air ?con|air conditioner)"
    r"(?: unit)?(?:'s)? "
    r"(?:dripping|water|condensation))(?![a-z])"
)
_FINE = compile_prefiltered(
    r"没事|没关系|不要紧|(?<![a-z])(?:no problem|all good|it'?s fine)(?![a-z])"
)

# Made do with it (空调也坏了 算了凑合吧, never mind, we'll make do): nothing asked.
_MAKE_DO = compile_prefiltered(
    r"算了[^。!?]{0,4}(?:凑合|将就|忍忍|忍一忍)|(?:凑合|将就)(?:着|一下)?(?:用|过)?吧|"
    r"(?<![a-z])(?:we'?ll|i'?ll) (?:just )?(?:make do|live with it|cope|manage without)(?![a-z])"
)

# Whom to turn to asked (水管漏水找物业还是找居委会, should I call the property office or the
# committee?): the way asked, nobody asked to come.
_WHOM_TO_ASK = compile_prefiltered(
    r"(?:找|问|联系|打给|报给)[^。!?\s,]{1,8}还是(?:找|问|联系|打给|报给)[^。!?\s,]{1,8}|"
    r"(?<![a-z])should (?:i|we) (?:call|contact|ask|tell) (?:the )?[a-z ]{1,30} or (?:the )?"
    r"[a-z ]{1,30}\?"
)

# Which shop delivers asked (有人知道附近哪家药店能送酒精棉吗, does anyone know a pharmacy that
# delivers?): where to buy, the writer will order it.
_WHICH_SHOP = compile_prefiltered(
    r"哪(?:家|个|里)(?:的)?(?:药店|药房|超市|店|菜店|商店|平台)[^。!?\s]{0,4}(?:能|可以|会)?"
    r"(?:送|配送|外卖|送货)|"
    r"(?<![a-z])(?:which|what|any) (?:pharmacy|pharmacies|shop|shops|store|stores|supermarket)"
    r"(?: [a-z]+){0,3} (?:deliver|delivers|does delivery|do delivery)(?![a-z])"
)

# Advice asked of anyone (谁能告诉我疫苗本丢了怎么办, can anyone tell me what to do about a lost
# card?): what to do, not someone to do it.
_ADVICE_ASKED = compile_prefiltered(
    r"(?:谁|有人|有谁|哪位)(?:能|可以)?告诉(?:我|一下|我们)[^。!?]{0,20}(?:怎么办|怎么弄|怎么处理|"
    r"怎么补|咋办|如何)|"
    r"(?<![a-z])(?:can|could) (?:someone|anyone|somebody) tell (?:me|us) what (?:to do|i should do|"
    r"we should do)(?![a-z])"
)


# A share offered to whoever joins (有没有人想一起拼单买水果, anyone keen to go halves on a box of
# mangoes?): an invitation, the writer's own share not yet asked.
_SHARE_INVITED = compile_prefiltered(
    r"(?:有没有人|有人|谁)(?:想|要)?(?:一起)?(?:拼单|拼个单|合买|凑单)|"
    r"(?<![a-z])(?:anyone|anybody|who'?s|who is) (?:keen|up for|want|wants|fancy|interested)"
    r"(?: to| in)? (?:go(?:ing)? halves|split(?:ting)?|shar(?:e|ing)|go(?:ing)? in)(?![a-z])"
)

# A fact asked and no service (想问问布洛芬还有货吗, 医保卡能直接刷吗 还是要自费, can volunteers buy
# cigarettes? just asking, 教我怎么交电费 我想自己来): information, not an ask.
_FACT_ASKED = compile_prefiltered(
    r"(?:想)?问(?:问|一下)[^。!?]{0,12}(?:还有货|有没有货|有货)|还是(?:要|得)?自费|"
    r"(?<![a-z])(?:just (?:asking|wondering|curious)|(?:still )?in stock\?)(?![a-z])|"
    r"只是问问|就是问问|随便问问|问问而已|"
    r"我想自己(?:来|弄|交|买|搞|操作)|(?<![a-z])(?:i'?d rather|i want to|i'?d like to) "
    r"(?:do it|sort it|pay it) myself(?![a-z])"
)
_OWN_HOUSEHOLD = compile_prefiltered(r"给我|我家|我们家|(?<![a-z])(?:me|my|our|us)(?![a-z])")

# An ask called off for now (药还有一瓶 暂时不用买, we've still got some, no need to buy yet).
_NOT_YET = compile_prefiltered(
    r"(?:暂时|先|还|目前)不用(?:再)?(?:买|送|配|补)|"
    r"(?<![a-z])(?:no need to (?:buy|get|order) (?:any|more|it|them)? ?(?:yet|for now)|"
    r"(?:don'?t|do not) need (?:any )?more (?:yet|for now))(?![a-z])"
)

# Thanks said to the volunteers and nothing else (我就是想说谢谢你们, just wanted to say thanks).
_THANKS_ONLY = compile_prefiltered(
    r"(?:就是|只是|就)想说(?:声|一声)?(?:谢谢|感谢)|"
    r"(?<![a-z])(?:just )?want(?:ed)? to say (?:a (?:big )?)?(?:thanks|thank you)(?![a-z])"
)


def notice_unasked(text: str, request: re.Match[str] | None) -> str | None:
    """The reason a message names an order but places none, of the families above, or None."""
    if _FETCH_YOUR_OWN.search(text) and not _ASKED_FOR_ME.search(text):
        return "fetch-your-own"
    if _GOODS_OFFERED.search(text) and not _ASKED_FOR_ME.search(text):
        return "goods-offered"
    if _TOLD_TO_ALL.search(text) and not _ASKED_FOR_ME.search(text):
        return "told-to-all"
    if _RESIDENTS_WHO_NEED.search(text) and not _ASKED_FOR_ME.search(text):
        return "residents-who-need"
    if _OFFERED_TO_ALL.search(text) and not _ASKED_FOR_ME.search(text):
        return "offered-to-all"
    if _MANNERS_OF_ALL.search(text) and not _ASKED_FOR_ME.search(text):
        return "manners-of-all"
    if _ALL_DELIVERED.search(text):
        return "all-delivered"
    if _THANKS_CANTONESE.search(text) and not _ASKED_FOR_ME.search(text):
        return "thanks"
    called_off = _CALLED_OFF.search(text)
    if called_off is not None and not _ASKED_FOR_ME.search(text, called_off.end()):
        return "called-off"
    if _NOT_A_LEAK.search(text) and _FINE.search(text) and not _ASKED_FOR_ME.search(text):
        return "not-a-leak"
    if _MAKE_DO.search(text) and not _ASKED_FOR_ME.search(text):
        return "made-do"
    if request is None and _WHOM_TO_ASK.search(text) and not NAMES_FLAT.search(text):
        return "whom-to-ask"
    if _WHICH_SHOP.search(text) and not _ASKED_FOR_ME.search(text):
        return "which-shop-asked"
    if _ADVICE_ASKED.search(text) and not _ASKED_FOR_ME.search(text):
        return "advice-asked"
    if _TEST_POST.search(text):
        return "test-post"
    if not NAMES_FLAT.search(text) and (offered := _offered_to_all(text)):
        return offered
    return _asked_of_all(text)


def _offered_to_all(text: str) -> str | None:
    """A round scheduled, an errand offered, helpers called: told to all, with no flat, or
    None."""
    if _ROUND_SCHEDULED.search(text) and not _ASKED_FOR_ME.search(text):
        return "round-scheduled"
    if _ERRAND_OFFERED.search(text) and not _OWN_HOUSEHOLD.search(text.split("我", 1)[0]):
        return "errand-offered"
    if _HELPERS_CALLED.search(text) and not _FOR_MY_HOME.search(text):
        return "helpers-called"
    if _GROUP_FORMED.search(text) and not _FOR_MY_HOME.search(text):
        return "group-formed"
    return None


def _asked_of_all(text: str) -> str | None:
    """An invitation, a fact asked, an ask put off or thanks only, with no flat and nothing for
    the writer asked, or None."""
    if NAMES_FLAT.search(text) or _ASKED_FOR_ME.search(text):
        return None
    if _SHARE_INVITED.search(text):
        return "share-invited"
    if _FACT_ASKED.search(text) and not _OWN_HOUSEHOLD.search(text):
        return "fact-asked"
    if _CHECK_ASKED_OF_ALL.search(text):
        return "check-asked-of-all"
    if _WHERE_TO_BUY.search(text) and not _HELP_ASKED.search(text):
        return "where-to-buy"  # 哪里能买到 能帮买吗: help asked after all
    if _NOT_YET.search(text):
        return "not-yet"
    if _THANKS_ONLY.search(text):
        return "thanks"
    return None
