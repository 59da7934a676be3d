"""Still more messages that name goods, a fixture or a service but ask nobody to do anything for
the writer. Tried after told_unasked_u() at the end of unasked() (order_unasked.py):

- a deed the writer did for a neighbour, told (我刚才帮楼下的阿姨把垃圾带下去了, I just took the
  old lady's rubbish down for her);
- a fix or a clean-up thanked for or told done (谢谢师傅半夜帮我们把跳闸弄好了, thanks for
  fixing our tripped fuse last night; 碎玻璃志愿者已经扫干净了, the glass has already been swept
  up);
- help offered by a writer who is free (我今天有空 可以帮大家跑腿, I'm free today and happy to
  run errands for anyone), goods to spare offered (我家还有好多口罩 有需要的邻居说一声, I have
  spare masks, anyone who needs some just shout), a swap offered (有没有人想换的, anyone want to
  swap?);
- whether a service is offered at all, or under what rule, asked (药可以代买吗 需要处方吗, can
  volunteers buy prescription drugs or do we need to go ourselves?, 团购的药可以报医保吗, can it
  be claimed on insurance?, 平时社区有人定期上门看看吗, does anyone visit regularly?), no flat
  given (a flat given, the writer's own case is asked: can the doctor do it or do I need to go to
  hospital? Room 906);
- who runs a group buy asked (今天的团购是谁负责的, who's running today's group buy?);
- those of a class told to register (anyone with asthma please register with the building lead,
  有慢性病的居民请到楼长那里登记);
- a recipe asked (分享下方子, could someone share the recipe?).
"""

from __future__ import annotations

import re

from domain.understanding.flats import find_flat_normalized
from domain.understanding.prefilter import compile_prefiltered

# the writer's own ask beside the telling: it stands (帮我家 is not an ask: 帮我家把…弄好了)
_ASKED_TOO = compile_prefiltered(
    r"帮我(?!家|们家)|给我|替我|麻烦|帮忙(?:买|带|拿|送|扔)|"
    r"(?<![a-z])(?:can you|could you|can someone|could someone|please (?:buy|bring|get)|"
    r"get me|buy me|bring me)(?![a-z])"
)
_COUNTED = compile_prefiltered(
    r"[一两二三四五六七八九十几\d]+\s*(?:斤|盒|袋|包|瓶|箱|支|板)|"
    r"(?<![a-z])(?:\d+|one|two|three) (?:packs?|bags?|boxes|bottles?)(?![a-z])"
)

_DEED_TOLD = compile_prefiltered(
    r"我(?:刚才|刚刚|刚|已经|昨天|今天|早上)?(?:顺手|顺便)?帮[^。!?\s]{1,12}把[^。!?\s]{1,8}"
    r"(?:带|拿|送|扔|搬|拎|丢|提)(?:下去|上来|上去|过去|走|掉|下楼|上楼)?了|"
    r"(?<![a-z])i (?:just |already )?(?:took|carried|brought|dropped) [^.!?]{1,30} "
    r"(?:down|up|over) for (?:her|him|them|the|my|our|an?)(?![a-z])"
)

_FIX_THANKED = compile_prefiltered(
    r"(?:谢谢|感谢|多谢)[^。!?]{0,20}帮[^。!?\s]{0,10}(?:弄好|修好|搞好|装好|通好|接好|换好)了|"
    r"(?<![a-z])(?:thanks|thank you)[^.!?]{0,30} for (?:fixing|sorting|repairing|resetting)"
    r"(?![a-z])"
)
_CLEARED_TOLD = compile_prefiltered(
    r"(?:已经|已)(?:扫|清理|打扫|收拾|清扫)(?:干净|好|完)了?|"
    r"(?<![a-z])(?:has|have) (?:already )?been (?:swept|cleaned|cleared) up(?![a-z])"
)

_FREE_TO_HELP = compile_prefiltered(
    r"我[^。!?]{0,8}(?:可以|能)帮(?:大家|邻居们?|你们|有需要的)|"
    r"(?<![a-z])(?:i'?m|i am) (?:free|around|available)[^.!?]{0,30}(?:happy|glad|able|can) to "
    r"(?:help|run errands|do errands)(?![a-z])"
)
_SPARE_OFFERED = compile_prefiltered(
    r"(?:我家|我屋企|我这边|我这里|我这)(?:还|仲)?有[^。!?]{0,20}有需要的[^。!?\s]{0,4}"
    r"(?:出声|说一声|说声|吱一声|吱声|私聊|找我|联系我)|"
    r"(?<![a-z])(?:i'?ve got|i have) (?:some )?(?:spare|extra)[^.!?]{0,40}(?:anyone|anybody) "
    r"(?:who )?needs? [^.!?]{0,10}(?:just )?(?:shout|let me know|dm me|message me)(?![a-z])"
)
_SWAP_OFFERED = compile_prefiltered(
    r"(?:有没有人|有人|谁)(?:想|要|愿意)(?:换|交换|互换)|"
    r"(?<![a-z])(?:anyone|anybody|who) (?:wants? to |want to |fancy (?:a )?)?(?:swap|trade)"
    r"(?![a-z])"
)

_SERVICE_RULE = compile_prefiltered(
    r"(?:可以|能)代(?:买|购|配|取)[^。!?\s]{0,4}(?:吗|么)[^。!?]{0,6}需要(?:处方|医保卡|病历|身份证)(?:吗|么)|"
    r"(?:可以|能)(?:报|走)医保(?:吗|么)|医保(?:能|可以)报(?:吗|么)|"
    r"(?<![a-z])can (?:volunteers|you|someone|the community|anyone) [^.!?]{0,60} or do (?:we|i) "
    r"(?:need|have) to(?![a-z])|"
    r"(?<![a-z])(?:covered by|claimed? on|reimbursed by|paid by) (?:the |our )?(?:medical )?"
    r"insurance(?![a-z])|"
    r"平时[^。!?]{0,10}(?:有人|有没有人)[^。!?]{0,4}定期|定期上门[^。!?\s]{0,6}(?:吗|么)|"
    r"(?<![a-z])(?:does|do|will) (?:anyone|someone|a nurse|a doctor)[^.!?]{0,30} "
    r"(?:visit|come|check in) (?:regularly|every (?:week|day|month))(?![a-z])"
)

_WHO_RUNS = compile_prefiltered(
    r"团购是谁(?:负责|组织|在弄|开|管)的|谁(?:负责|组织|在管)[^。!?\s]{0,4}团购|"
    r"(?<![a-z])who'?s? (?:is )?(?:running|organi[sz]ing|in charge of) [^.!?]{0,12}group[- ]?buy"
)

_REGISTER = compile_prefiltered(
    r"(?<![a-z])anyone (?:with|who has) [^.!?]{1,40}please register(?![a-z])|"
    r"有[^。!?\s]{1,10}的(?:居民|住户|人|邻居)?(?:请|都)(?:到|向|找)?[^。!?\s]{0,8}登记"
)

_RECIPE = compile_prefiltered(
    r"分享(?:一?下)?(?:方子|配方|做法|菜谱|食谱)|(?:方子|配方|做法|菜谱|食谱)(?:分享|发)(?:一?下)|"
    r"(?<![a-z])share (?:the |your |a )?recipe(?![a-z])"
)


def told_unasked_v(text: str, request: re.Match[str] | None) -> str | None:
    """Why a message that names an order tells rather than asks, of the families above."""
    if _ASKED_TOO.search(text) or _COUNTED.search(text):
        return None
    if _DEED_TOLD.search(text):
        return "deed-told"
    if _FIX_THANKED.search(text):
        return "fix-thanked"
    if request is None and _CLEARED_TOLD.search(text):
        return "cleared-told"
    if _FREE_TO_HELP.search(text):
        return "free-to-help"
    if _SPARE_OFFERED.search(text):
        return "spare-offered"
    if _SWAP_OFFERED.search(text):
        return "swap-offered"
    if _SERVICE_RULE.search(text) and find_flat_normalized(text) is None:
        return "service-rule-asked"
    if _WHO_RUNS.search(text):
        return "who-runs-asked"
    if _REGISTER.search(text):
        return "class-to-register"
    if _RECIPE.search(text):
        return "recipe-asked"
    return None
