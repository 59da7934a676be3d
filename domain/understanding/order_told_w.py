"""Yet more messages that name goods or a service but ask nobody to do anything for the writer.
Tried after told_unasked_v() at the end of unasked() (order_unasked.py):

- help or goods offered to whoever needs them (我明天去超市 有要带菜的吗 可以帮带, 我多买了一箱
  苹果 谁家需要可以匀出来, I can help out if needed, spare bottles free to anyone who needs them);
- a fact about a service asked, no flat given: an invoice (团购的米能开发票吗, can we get an
  invoice?), how to pay (do volunteers take cash?, 可以付现金吗), whether deliveries get in (快递
  今天能进小区吗, are couriers allowed upstairs?);
- a visit or a round announced with what residents are to do (电工师傅周三上午来5栋 需要修的先登记,
  the nurse will visit on Friday, please register with your building lead, rubbish collection is
  at 6pm, please put bags out);
- a rule changed (从下周起通行证改为线上办理, paper forms are no longer accepted);
- safety advice (keep medicines out of children's reach, 药品要放在孩子够不到的地方);
- a prize and a link (恭喜您中奖 点击链接领取, congratulations, click the link to claim): a scam;
- a delivery told done (你家的快递已经送上来了 挂在门把手上, I've already brought your parcel up);
- others' experience asked (宝宝不肯吃辅食 有没有人有经验, anyone have experience with this?);
- a scare told over (he isn't coughing anymore, 他已经没事了).
"""

from __future__ import annotations

import re

from domain.understanding.flats import find_flat_normalized
from domain.understanding.prefilter import compile_prefiltered

# the writer's own ask beside: it stands
_ASKED_TOO = compile_prefiltered(
    r"帮我(?!家|们家)|给我|替我|麻烦|帮忙(?:买|带|拿|送|扔)|求|"
    r"(?<![a-z])(?:can you|could you|can someone|could someone|could anyone|can anyone|"
    r"could a volunteer|can a volunteer|please (?:buy|bring|get|help)|get me|buy me|bring me)"
    r"(?![a-z])"
)

_HELP_OFFERED = compile_prefiltered(
    r"(?:有需要|谁需要|谁家需要|有没有人需要|谁要|有要)[^。!?]{0,24}(?:可以|能)(?:帮(?:忙)?带|匀|送)|"
    r"(?:多团了|多买了|多余的|多出来的)[^。!?]{0,24}(?:可以|能)?(?:匀出来|匀给|送给|免费送|谁需要)|"
    r"(?<![a-z])i can (?:help|help out|pick (?:some|it|them) up|grab (?:some|it|them))"
    r"(?: if (?:needed|you need|anyone)| for anyone)(?![a-z])|"
    r"(?<![a-z])(?:spare|extra)[^.!?]{0,40}free to (?:anyone|whoever)(?![a-z])"
)

_INVOICE = compile_prefiltered(
    r"(?:能|可以)开(?:个)?(?:发票|收据)(?:吗|么)|"
    r"(?<![a-z])(?:can|could) (?:we|i) (?:get|have) an? (?:invoice|receipt|fapiao)(?![a-z])"
)
_HOW_TO_PAY = compile_prefiltered(
    r"(?:收|付|给)现金(?:吗|么)|(?:只能|只收)(?:微信|支付宝)(?:吗|么)|现金(?:可以|行)(?:吗|么)|"
    r"(?<![a-z])(?:accept|take) cash(?![a-z])|(?<![a-z])only (?:wechat|alipay)(?: pay)?(?![a-z])"
)
_DELIVERIES_LET_IN = compile_prefiltered(
    r"快递[^。!?\s]{0,6}(?:能|可以)(?:送上楼|送进|进|上楼|进来)[^。!?\s]{0,4}(?:吗|么)|"
    r"(?:能|可以)进(?:快递|外卖)(?:吗|么)|"
    r"(?<![a-z])(?:can|are|do) (?:couriers|deliveries|delivery drivers|parcels)[^.!?]{0,20}"
    r"(?:come in|get in|allowed|be delivered upstairs|come upstairs)(?![a-z])"
)

_VISIT_ANNOUNCED = compile_prefiltered(
    r"(?:师傅|医生|护士|电工|志愿者)[^。!?\s]{0,8}(?:今天|明天|后天|周[一二三四五六日天]|星期[一二三四五六日天])"
    r"[^。!?\s]{0,6}(?:会)?(?:来|上门)|"
    r"(?<![a-z])will (?:come|do (?:home )?visits|visit|be (?:coming|collecting))(?![a-z])|"
    r"(?<![a-z])(?:pickup|collection|round) (?:today |tomorrow )?(?:is|will be) at(?![a-z])"
)
_RESIDENTS_TOLD = compile_prefiltered(
    r"需要[^。!?\s]{0,8}的[^。!?\s]{0,4}登记|的?(?:请|都)在家等|"
    r"(?<![a-z])please (?:register|put (?:your |the )?(?:bags|rubbish|trash)|be (?:at )?home|"
    r"stay (?:at )?home|wait at home)(?![a-z])"
)

_RULE_CHANGED = compile_prefiltered(
    r"(?:起|开始)[^。!?]{0,12}改为|不再(?:受理|办理|接受)|"
    r"(?<![a-z])(?:will )?no longer (?:be )?(?:accepted|processed|issued)(?![a-z])"
)
_SAFETY_ADVICE = compile_prefiltered(
    r"(?:孩子|小孩|儿童)(?:够|拿|碰)不到的地方|"
    r"(?<![a-z])out of (?:the )?(?:children'?s|kids'?|child'?s) reach(?![a-z])"
)
_SCAM = compile_prefiltered(
    r"(?:恭喜|中奖|领取|补贴)[^。!?]{0,30}(?:点击链接|点链接|http)|"
    r"(?<![a-z])(?:congratulations|you(?:'ve| have) won)[^!?]{0,60}(?:click|http)"
)
_DELIVERY_DONE = compile_prefiltered(
    r"(?:快递|包裹)[^。!?\s]{0,4}已经(?:拿|送|带|拎)上来了|"
    r"(?<![a-z])(?:i'?ve|i have) (?:already )?(?:brought|carried) (?:up )?your (?:parcel|package)"
    r"(?![a-z])"
)
_EXPERIENCE_ASKED = compile_prefiltered(
    r"有没有人有经验|谁有经验|有经验的[^。!?\s]{0,4}(?:说说|分享|支个招|指点)|"
    r"(?<![a-z])(?:anyone|anybody) (?:have|had|got) (?:any )?(?:experience|tips)(?![a-z])"
)
_SCARE_OVER = compile_prefiltered(
    r"(?<![a-z])(?:is|isn'?t|is not)(?: not)? (?:choking|coughing|bleeding|vomiting) anymore"
    r"(?![a-z])|(?<![a-z])(?:he|she|they)(?:'s|'re| is| are) (?:fine|ok|okay|alright) now(?![a-z])|"
    r"(?:已经|现在)没事了"
)


def told_unasked_w(text: str, request: re.Match[str] | None) -> str | None:
    """Why a message that names an order tells rather than asks, of the families above."""
    if _ASKED_TOO.search(text):
        return None
    if _HELP_OFFERED.search(text):
        return "help-offered"
    if find_flat_normalized(text) is None:
        if _INVOICE.search(text):
            return "invoice-asked"
        if _HOW_TO_PAY.search(text):
            return "how-to-pay-asked"
        if _DELIVERIES_LET_IN.search(text):
            return "deliveries-let-in-asked"
    if _VISIT_ANNOUNCED.search(text) and _RESIDENTS_TOLD.search(text):
        return "visit-announced"
    if _RULE_CHANGED.search(text):
        return "rule-changed"
    if _SAFETY_ADVICE.search(text):
        return "safety-advice"
    if _SCAM.search(text):
        return "scam-link"
    if _DELIVERY_DONE.search(text):
        return "delivery-done"
    if _EXPERIENCE_ASKED.search(text):
        return "experience-asked"
    if request is None and _SCARE_OVER.search(text):
        return "scare-over"
    return None
