"""Still more messages that name goods or a service but ask nobody to do anything for the writer.
Tried after told_unasked_w() at the end of unasked() (order_unasked.py):

- a round told done, a day's rota, goods left for a group to collect in turns, a van or a
  carer waiting below for a named resident (垃圾已经收完了, 志愿者今日安排：上午送菜 下午收垃圾,
  the boxes for floors 1-10 are in the lobby, please collect in turns, 车已经在楼下了 请准备下楼);
- a thing lent to whoever lacks it (谁家缺血压计 我可以借, 有需要充电的可以说一声, happy to lend
  mine, let me know);
- a fact asked, no flat given (有人知道超市现在能不能送货吗, does anyone know how long ..., who's
  in charge of ..., just wondering about the rules, 想问问药吃完了一般怎么办);
- a scare told over (还以为又要停电, 还好没砸到人, all clear, false alarm, 大家别担心);
- a rule told by the management (电动车停在楼道是违规的 请挪走, if your ... please tell the
  doctor, don't just post it here);
- a show or a game cut off lamented (追的剧停电没看完, my show got cut off by the outage).
"""

from __future__ import annotations

import re

from domain.understanding.flats import find_flat_normalized
from domain.understanding.prefilter import compile_prefiltered

# the writer's own ask beside: it stands
_ASKED_TOO = compile_prefiltered(
    r"帮我(?!家|们家)|给我|替我|麻烦|帮忙(?:买|带|拿|送|扔|修|看)|求(?!助热线)|能修|来修|"
    r"(?<![a-z])(?:can you|could you|can someone|could someone|could anyone|can anyone|"
    r"could a volunteer|can a volunteer|please (?:buy|bring|get(?! ready)|help|fix|send)|"
    r"get me|buy me|bring me|i need|we need)(?![a-z])"
)

_ROUND_DONE = compile_prefiltered(
    r"(?:垃圾|菜|物资)[^。!?\s]{0,6}(?:已经|已)(?:收完|送完|发完|清运完)|"
    r"(?<![a-z])(?:garbage|rubbish|trash|bin|grocery|groceries|food|supply|supplies) "
    r"(?:collection|pickup|round|delivery|deliveries|distribution) (?:is |was |has been )?"
    r"(?:done|finished|complete|completed|over)(?![a-z])"
)
_ROTA = compile_prefiltered(
    r"(?:今日|今天|明日|明天|本周)(?:的)?(?:安排|分工|排班)\s?:|"
    r"(?<![a-z])(?:today'?s|tomorrow'?s|this week'?s) (?:schedule|plan|rota)\s?:"
)
_GROUP_COLLECTS = compile_prefiltered(
    r"(?:轮流|分批|按楼层|按顺序|错峰)(?:下来|下楼)?(?:取|领|拿)|"
    r"(?<![a-z])(?:please )?(?:collect|pick (?:them |it )?up|come down) (?:in turns|in order|"
    r"by floor|one (?:floor|building) at a time)(?![a-z])"
)
_WAITING_BELOW = compile_prefiltered(
    r"(?:车|师傅|医生|护士)已经(?:在|到)(?:楼下|门口|小区门口)了?[^。!?]{0,16}请(?:准备)?(?:下楼|下来)|"
    r"(?<![a-z])(?:van|car|bus|ambulance|nurse|driver) is (?:already )?(?:downstairs|outside|"
    r"at the gate)[^.!?]{0,30}please (?:get ready|come down|be ready)(?![a-z])"
)

_LENT = compile_prefiltered(
    r"我(?:可以|能)借|可以借给|借给(?:你|大家|需要的)|"
    r"需要[^。!?\s]{0,8}(?:的话)?(?:可以|请)?(?:说一声|找我|联系我|吱一声)|"
    r"(?<![a-z])(?:happy to|i can|i could) lend(?![a-z])|"
    r"(?<![a-z])(?:anyone|whoever) (?:needs|lacks)[^.!?]{0,30}(?:let me know|just ask|message me)"
    r"(?![a-z])"
)

_FACT_ASKED = compile_prefiltered(
    r"(?:有人|谁|有谁)知道[^。!?]{0,16}(?:能不能|可不可以|能否|是否|多久|多长时间)|"
    r"想问问[^。!?]{0,24}(?:一般|通常)(?:怎么办|怎么处理|怎么弄)|"
    r"(?<![a-z])(?:does )?(?:anyone|anybody) know (?:how long|whether|if)(?![a-z])|"
    r"(?<![a-z])who'?s in charge of(?![a-z])|"
    r"(?<![a-z])just (?:wondering|curious|asking) about the (?:rules|policy|arrangements?)(?![a-z])"
)

_SCARE_OVER = compile_prefiltered(
    r"还以为|还好没(?:砸|伤|碰|事|出事)|虚惊一场|大家(?:别|不用)担心|"
    r"(?<![a-z])(?:all clear|false alarm)(?![a-z])|"
    r"(?<![a-z])(?:fire service|fire brigade|ambulance|help) (?:is )?not needed(?![a-z])"
)

_RULE_TOLD = compile_prefiltered(
    r"(?:是|属于)违规的?[^。!?]{0,6}请(?:立即|马上|尽快)?(?:挪走|移走|清理|搬走)|"
    r"(?<![a-z])if your [a-z ]{1,20} is (?:above|over|below)[^.!?]{0,40}please (?:tell|contact|"
    r"call|inform)(?![a-z])|(?<![a-z])don'?t just post (?:it|them) here(?![a-z])"
)

_SHOW_CUT_OFF = compile_prefiltered(
    r"(?:追的?剧|电视剧|看剧|游戏|直播)[^。!?]{0,8}(?:没看完|没打完|断了)|心都(?:要)?碎了|"
    r"(?<![a-z])my (?:show|series|game|stream) (?:got )?(?:cut off|interrupted)(?![a-z])"
)


def told_unasked_x(text: str, request: re.Match[str] | None) -> str | None:
    """Why a message that names an order tells rather than asks, of the families above."""
    if _ASKED_TOO.search(text):
        return None
    if _ROUND_DONE.search(text) or _ROTA.search(text) or _GROUP_COLLECTS.search(text):
        return "round-told"
    if _WAITING_BELOW.search(text):
        return "waiting-below"
    if _LENT.search(text):
        return "lent"
    if _SCARE_OVER.search(text):
        return "scare-over"
    if _RULE_TOLD.search(text):
        return "rule-told"
    if find_flat_normalized(text) is None:
        if _FACT_ASKED.search(text):
            return "fact-asked"
        if request is None and _SHOW_CUT_OFF.search(text):
            return "show-cut-off"
    return None
