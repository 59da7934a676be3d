"""Messages that name goods, a fixture or the rubbish round but ask for none of it: a
recommendation asked, an ask given up, the round's time asked, readiness asked ahead, how to do it
asked, talk or an explanation asked. Tried in orders.py beside
places_order (order_vetoes.py)."""

from __future__ import annotations

import re

from domain.understanding.order_categories import LEFT_OUT, asks_to_dispose
from domain.understanding.order_notices import notice_unasked
from domain.understanding.order_told import told_unasked
from domain.understanding.prefilter import compile_prefiltered

# A recommendation asked (Can anyone recommend a good glucose meter brand?, 求推荐个好用的血糖仪
# 牌子): advice, unless someone is asked to buy or bring it too.
_RECOMMEND = compile_prefiltered(
    r"推荐(?:一下|个|几个|一款|一个|下)|有什么推荐|哪款好|"
    r"(?<![a-z])(?:recommend|suggest) (?:a|an|any|some|me|us|the|which|what|good)(?![a-z])|"
    r"(?<![a-z])(?:recommendations?|suggestions?) (?:for|on) (?:a|an|any|some|the|good)(?![a-z])|"
    r"(?<![a-z])(?:which|what|a good) brand(?![a-z])"
)
_BUY_TOO = compile_prefiltered(
    r"买(?!的|了|过)|带(?:一|两|个|点|些)|捎|代购|下单|"
    r"(?<![a-z])(?:buy|order|bring|grab|pick up|get me|get us|deliver)(?![a-z])"
)

# An ask given up (烧水壶坏了 算了不修了, never mind, not worth fixing): nothing wanted now.
_GIVEN_UP = compile_prefiltered(
    r"算了(?:不修了|不买了|不要了|不用了|不弄了|不管了|随它去?吧)|不修了|不用修了|不想修了|懒得修了|"
    r"(?<![a-z])(?:never ?mind|forget it|nvm),? (?:i'?ll|we'?ll|not|no need|won'?t|don'?t|"
    r"leave it|let it be)|(?:oh well|whatever),? (?:i'?ll |we'?ll )?(?:leave|let) it(?: be)?|"
    r"(?<![a-z])not (?:worth|going to|gonna) (?:fixing|fix|repairing|repair)(?![a-z])"
)

# The rubbish round's time asked, nothing put out (Is the garbage pickup at 8 or 9 tomorrow?;
# not: is the pickup still on? ours is at the door): a schedule asked after.
_ROUND_TIME = compile_prefiltered(
    r"(?<![a-z])(?:is|are) (?:the )?(?:garbage|rubbish|trash|bin|recycling|waste|kitchen waste) "
    r"(?:pickup|pick-up|collection|round|truck)s? (?:still |tomorrow |today |tonight )?(?:at|on)"
    r"(?![a-z])|"
    r"(?<![a-z])(?:when|what time) (?:is|are|does|do) (?:the )?(?:garbage|rubbish|trash|bin|"
    r"recycling|waste) (?:pickup|pick-up|collection|round|truck)s?(?![a-z])"
)

# Readiness asked ahead (what should we do if the power goes out? just want to be prepared;
# 万一停电了制氧机怎么办 想提前了解一下): advice for a time that has not come.
_PREPARED = compile_prefiltered(
    r"(?<![a-z])(?:just )?(?:want|wanted|trying) to be prepared(?![a-z])|"
    r"(?<![a-z])(?:what|how) (?:should|do|would|shall) (?:we|i) do if(?![a-z])|"
    r"提前了解|先了解一下|有备无患|以备不时之需"
)

# How to do it asked, nobody asked to come (报警器一直响 谁知道怎么关?, anyone know how to
# turn it off?): the writer will do it.
_HOW_ASKED = compile_prefiltered(
    r"(?:谁|有人|有谁)知道怎么(?:关|弄|办|处理|停|解决|修)|"
    r"(?<![a-z])(?:anyone|does anyone|anybody|who) knows? how (?:to|do you|do i|can i)(?![a-z])"
)

# Talk or an explanation asked of neighbours (有没有糖友 交流一下胰岛素怎么保存, 有没有医生朋友
# 科普下, anyone care to share tips?): knowledge, no goods or visit asked.
_TALK_ASKED = compile_prefiltered(
    r"交流一下|交流交流|交流下|科普(?:一下|下)|分享一下经验|分享下经验|"
    r"(?<![a-z])(?:share (?:some |your |any )?(?:tips|experiences?|advice)|"
    r"swap (?:tips|notes|experiences?))(?![a-z])"
)

# A parcel mixed up (有个写着3-2-801的快递放错到我家门口了 主人来拿一下, 快递被人拿走了 有没有人
# 拿错了, whose parcel is this?): its owner or taker asked, no errand.
_PARCEL_MIXED = compile_prefiltered(
    r"放错|送错|拿错|寄错|被人拿走|被拿走|主人来拿|失主|谁的快递|谁家的快递|"
    r"(?<![a-z])(?:whose (?:parcel|package|delivery)|(?:took|taken|picked up) (?:my|our) "
    r"(?:parcel|package|delivery) by mistake|delivered to the wrong)(?![a-z])"
)
# The writer's own parcel asked back (我的快递被邻居拿错了 能帮我拿回来吗): an errand.
_FETCH_BACK = compile_prefiltered(
    r"拿回来|取回来|要回来|帮我(?:拿|取|去)|"
    r"(?<![a-z])(?:get|fetch|bring) (?:it|them|mine) back(?![a-z])"
)
# A complaint of others (someone left trash in the stairwell again, seriously people;
# 能不能体谅一下楼下): manners asked, nothing ordered.
_COMPLAINT = compile_prefiltered(
    r"体谅一下|将心比心|素质呢|有点公德心|讲点公德|"
    # smokers asked to smoke elsewhere (抽烟的能不能去阳台抽): a grievance, no service
    r"(?:抽烟|吸烟)的(?:人|邻居)?(?:能不能|可不可以|能否|请)(?:去|到|别|不要)|"
    r"(?<![a-z])(?:seriously,? people|come on,? people|(?:someone|somebody|people) "
    r"(?:left|dumped|keeps? (?:leaving|dumping))[^.!?]{0,40}again)(?![a-z])"
)
# Whether it was done asked (医保卡放在门口了 志愿者取走了吗?, did the volunteer pick it up?).
_DONE_ASKED = compile_prefiltered(
    # (not asked in dialect: 垃圾好拿走了伐, can it be taken away?)
    r"(?<![好能以烦])(?:取走|拿走|收走|带走|送到|送来)了(?:吗|么|没|没有)|"
    # the round asked whether it has been (垃圾已经收了吗 我看门口没了)
    r"(?:已经|已)(?:收|取|拿)了(?:吗|么|没|没有)|"
    r"(?<![a-z])(?:did|has) (?:the volunteer|someone|anyone|the courier)s? (?:take|taken|"
    r"pick(?:ed)? (?:it |them )?up|collect(?:ed)?)(?![a-z])"
)
# A notice to a household (复诊的车安排好了 7-3-402 的家属注意), a care asked for the future
# (请团长以后分装的时候注意一下), the CCTV checked (监控能不能查一下).
_NOTICE_TO = compile_prefiltered(
    r"的家属注意|家属请注意|以后[^。!?\n]{0,12}注意一下|"
    r"监控能不能查|查(?:一下|下)?监控|调(?:一下|下)?监控|看(?:一下|下)监控|"
    r"(?<![a-z])check (?:the )?(?:cctv|camera footage|security footage)(?![a-z])"
)


def unasked(text: str, request: re.Match[str] | None) -> str | None:
    """The reason a message places no order though it names one, or None."""
    if _RECOMMEND.search(text) and not _BUY_TOO.search(text):
        return "recommend-asked"
    if _GIVEN_UP.search(text) and not asks_to_dispose(text):  # 不用修了 搬下去扔掉: thrown out
        return "given-up"
    if request is None and _ROUND_TIME.search(text) and not LEFT_OUT.search(text):
        return "round-time-asked"
    if _PREPARED.search(text) and not _BUY_TOO.search(text):
        return "asked-ahead"
    if request is None and _HOW_ASKED.search(text):
        return "how-asked"
    if _TALK_ASKED.search(text) and not _BUY_TOO.search(text):
        return "talk-asked"
    if _PARCEL_MIXED.search(text) and not (_BUY_TOO.search(text) or _FETCH_BACK.search(text)):
        return "parcel-mixed-up"
    if _COMPLAINT.search(text):
        return "complaint"
    if request is None and _DONE_ASKED.search(text):
        return "done-asked"
    if _NOTICE_TO.search(text):
        return "notice-to"
    # notices, offers, thanks, asks called off (order_notices); told, not asked (order_told)
    return notice_unasked(text, request) or told_unasked(text, request)
