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

from domain.understanding.order_asks import FOR_ME
from domain.understanding.prefilter import compile_prefiltered

_SIGN_UP = compile_prefiltered(
    r"(?:需要的|有需要的)(?:请)?(?:今天|明天|上午|下午|晚上|提前|尽快|在群里)?"
    r"(?:报|登记|报名|接龙|预约|联系)|"
    r"(?<![a-z])(?:anyone|whoever|those) (?:who )?needs? (?:one|it|a visit|them)?[^.!?]{0,12}"
    r"(?:sign up|register|let (?:us|me) know|book)[^.!?]{0,6}(?:in advance|ahead|beforehand)"
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
    return None
