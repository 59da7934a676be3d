"""Look-alikes that ask for nothing, read after an order is found. Wired in orders.py.

- a service's hours announced, those who need it to sign up (社区医生下午上门 需要的提前报,
  the GP visits this afternoon, anyone who needs one let us know in advance);
- a change told for information (明天化疗的车改到7点了 请知悉, FYI the dialysis bus moved to 7);
- a lift offered (我可以顺路带一个 车上还有位置, I can give someone a ride, got a spare seat);
- a feeling shared (just needed to tell someone, 只是想找人说说), unless a counselling
  session is booked for it;
- a recipe or a skill asked (有没有人会做红烧肉 教一下, anyone know how to make dumplings?);
- everyone asked to label what they share (团零食的时候标一下成分, please list the allergens);
- a delivery told left at someone's door (groceries for 9-2-301 left outside your door);
- what to do about a fault asked of the group (有没有人知道燃气灶打不着怎么办, anyone know how to
  fix a tripped switch?), when nobody is asked to come.
"""

from __future__ import annotations

import re

from domain.understanding.order_asks import FOR_ME, NAMES_FLAT
from domain.understanding.prefilter import compile_prefiltered

_SIGN_UP = compile_prefiltered(
    r"(?:需要的|有需要的)(?:请)?(?:今天|明天|上午|下午|晚上|提前|尽快|在群里)?"
    r"(?:报|登记|报名|接龙|预约|联系)|"
    # those who cannot go down asked to report (行动不便的报一下, 家里有卧床老人的@我)
    r"(?:行动不便|不方便下楼|下不了楼|卧床老人)[^。!?\s]{0,2}的(?:请)?(?:报|登记|报名|接龙|联系|@)|"
    r"(?<![a-z])(?:anyone|whoever|those) (?:who )?needs? (?:one|it|a visit|them)?[^.!?]{0,12}"
    r"(?:sign up|register|let (?:us|me) know|book)[^.!?]{0,6}(?:in advance|ahead|beforehand)"
    r"(?![a-z])|"
    # those who need it asked to post in a format (ppl who need meds pls post in this format)
    r"(?<![a-z])(?:ppl|people|those|anyone|whoever|residents) (?:who )?needs? [a-z ]{0,20}"
    r"(?:pls |please )?(?:post|reply|comment|sign up|register) (?:in|with|using|below|here)"
    r"(?![a-z])"
)
_OWN = compile_prefiltered(r"我家|(?<![a-z])(?:my|me|our|us)(?![a-z])")
_FOR_INFORMATION = compile_prefiltered(
    r"请知悉|敬请知悉|特此通知|(?<![a-z])(?:fyi|for your information|please note)(?![a-z])"
)
_CHANGED = compile_prefiltered(
    r"改到|改成|改为|推迟到|提前到|调整到|"
    r"(?<![a-z])(?:moved|changed|rescheduled|pushed back|brought "
    r"forward) to(?![a-z])"
)
_LIFT_OFFERED = compile_prefiltered(
    r"(?:我|我们)(?:可以|能)(?:顺路|顺便)?(?:带|捎|载)(?:一个|一位|两个|[\d]个|人)|"
    r"车上(?:还)?有(?:空)?位|"
    r"(?<![a-z])(?:i|we) (?:can|could) give (?:someone|one person|anyone|a person|two people) a "
    r"(?:lift|ride)(?![a-z])|(?<![a-z])(?:have|got) (?:a |one |two )?(?:spare|free|empty) seats?"
    r"(?![a-z])"
)
_FEELING_SHARED = compile_prefiltered(
    r"(?<![a-z])(?:just )?needed to (?:tell|talk to|share (?:this )?with|vent to) "
    r"(?:someone|somebody|you all|anyone|you guys)(?![a-z])|"
    # or to vent (just needed to vent, 只是想吐槽一下)
    r"(?<![a-z])(?:just )?(?:needed|need|wanted) to vent(?![a-z])|(?<![a-z])just venting(?![a-z])|"
    r"(?:只是)?想找(?:个)?人(?:说说|聊聊|倾诉)"
)
# ... unless a counselling session is booked for it (想预约心理咨询 就是想找人聊聊): care
_TALK_BOOKED = compile_prefiltered(
    r"(?:预约|约(?:个|一下)?)[^。!?]{0,6}(?:心理|咨询|医生)|"
    r"(?<![a-z])(?:book|arrange|schedule)(?: [a-z]+){0,3} (?:counsel+ing|therapy|session|"
    r"appointment|psychologist|counsel+or)(?![a-z])"
)
_SKILL_ASKED = compile_prefiltered(
    r"(?:有没有人|有人|谁)会(?:做|烧|煮|炒|包)[^。!?]{0,10}(?:教|分享)|教(?:我|一下)(?:怎么)?(?:做|烧|煮|炒|包)|"
    r"(?<![a-z])(?:anyone|anybody|someone) (?:know how to|knows how to|can teach me to) "
    r"(?:cook|make|bake)(?![a-z])|(?<![a-z])(?:share|post) (?:a|the|your) recipe(?![a-z])"
)
_LABEL_ASKED = compile_prefiltered(
    r"(?:标|注明|写上|列出|说明)(?:一下)?(?:成分|过敏原|配料)|"
    r"(?<![a-z])(?:list|label|mark|note|flag) (?:the |any )?(?:ingredients|allergens)(?![a-z])"
)
_LEFT_AT_YOURS = compile_prefiltered(
    r"放(?:在|到)?(?:你|您)(?:家|们家)?门口|"
    r"(?<![a-z])(?:left|put|placed|dropped(?: off)?) (?:outside|at|by) your (?:door|gate)(?![a-z])"
)
_WHAT_TO_DO = compile_prefiltered(
    r"(?:有没有人|有人|谁|大家)知道[^。!?]{0,20}怎么(?:办|弄|修|处理)|"
    r"(?<![a-z])(?:does )?any(?:one|body) know (?:how to (?:fix|sort|deal with)|what to do)"
    r"(?![a-z])"
)

# Whether an appliance is safe asked of the group (电热毯能开一整晚吗 会不会着火, 同时开会跳闸吗,
# is it safe to leave the heater on overnight?): advice, no fault of one's own.
_SAFE_ASKED = compile_prefiltered(
    r"开[^。!?\s]{0,3}会(?:不会)?(?:跳闸|着火|起火|短路|爆)(?:吗|么|\?)|"
    r"会不会(?:着火|起火|跳闸|短路|爆炸)|能(?:不能)?开一整(?:晚|夜|天)(?:吗|么)?|"
    r"(?<![a-z])(?:is it|is that|is this) safe to (?:leave|keep|run|use)(?![a-z])"
)
# A warning passed to everyone, a fault of one's own dealt with (已经拔了 人没事 大家用的时候
# 注意啊; just low battery beeping, not a fire, relax everyone): no repair asked.
_WARNING_TO_ALL = compile_prefiltered(
    r"大家[^。!?\s]{0,6}(?:注意|小心|当心)|"
    r"(?<![a-z])(?:relax everyone|relax,? (?:everyone|all|guys|folks)|not a fire|no need to "
    r"panic|don'?t panic)(?![a-z])"
)
# Asked of the group, with no ask of a service: whether one may go down oneself (我能不能下楼拿
# 快递), a plan asked for if a cut comes again (有没有预案), a rumour asked true (听说棉签不够了
# 真的吗), a group buy sold out told (轮到我就没了).
_MAY_I = compile_prefiltered(
    r"(?<![帮给替])我(?:能不能|可不可以|能|可以)(?:自己)?(?:下楼|出门|出去)"
)
_PLAN_ASKED = compile_prefiltered(r"(?:有没有|有啥|有什么)(?:应急)?(?:预案|应急方案)")
_RUMOUR_ASKED = compile_prefiltered(r"听说[^。!?]{0,30}(?:是真的吗|真的吗|是不是真的)")
_SOLD_OUT_TOLD = compile_prefiltered(r"轮到我(?:就|都|已经)?(?:没了|抢光了|卖完了)")
# Others asked whether theirs does it too (anyone else's smoke detector chirping?).
_OTHERS_TOO = compile_prefiltered(
    r"(?<![a-z])any(?:one|body) else'?s(?![a-z])|(?:有没有人家|谁家)也"
)


def _group_talk(text: str, request: re.Match[str] | None) -> str | None:
    """Safety asked, a warning passed on, or others' asked: talk to the group, with no flat."""
    if NAMES_FLAT.search(text):
        return None
    if (safe := _SAFE_ASKED.search(text)) is not None and (
        request is None or safe.start() <= request.start() < safe.end()
    ):
        return "safety-asked"
    if request is None and _WARNING_TO_ALL.search(text):
        return "warning-to-all"
    if request is None and _OTHERS_TOO.search(text):
        return "others-too"
    if request is None and _RUMOUR_ASKED.search(text):
        return "rumour-asked"
    if request is None and _SOLD_OUT_TOLD.search(text):
        return "sold-out-told"
    if (plan := _PLAN_ASKED.search(text)) is not None and (
        request is None or plan.start() <= request.start() < plan.end()
    ):
        return "plan-asked"
    return None


def asks_nothing(text: str, request: re.Match[str] | None) -> str | None:
    """Why an order's look-alike asks for nothing, or None."""
    if _SIGN_UP.search(text) and not _OWN.search(text) and not FOR_ME.search(text):
        return "sign-up-notice"
    if _FOR_INFORMATION.search(text) and _CHANGED.search(text) and not FOR_ME.search(text):
        return "change-told"
    if _LIFT_OFFERED.search(text):
        return "lift-offered"
    if _FEELING_SHARED.search(text) and not _TALK_BOOKED.search(text):
        return "feeling-shared"
    if _SKILL_ASKED.search(text):
        return "skill-asked"
    if _LABEL_ASKED.search(text) and not FOR_ME.search(text):
        return "label-asked"
    if _LEFT_AT_YOURS.search(text):
        return "left-at-yours"
    if (advice := _WHAT_TO_DO.search(text)) is not None and (
        request is None or advice.start() <= request.start() < advice.end()
    ):
        return "what-to-do"
    if (may := _MAY_I.search(text)) is not None and (
        request is None or may.start() <= request.start() < may.end()
    ):
        return "may-i"
    return _group_talk(text, request)
