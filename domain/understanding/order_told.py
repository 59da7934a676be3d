"""Messages that name goods, a fixture or the rubbish round but tell, offer or ask about it, and
ask nobody to do anything for the writer. Tried at the end of unasked() (order_unasked.py):

- help offered to whoever needs it, "just ask" (I'm a nurse, if anyone with diabetes needs a
  hand checking sugars just let me know; 谁家老人需要量血压 尽管找我);
- help told done, households counted (今天帮忙送了12家的菜 累瘫了, delivered veg to 15 households
  today);
- a fault told as the whole building's and being seen to (刚刚跳闸是整栋楼的 物业说半小时恢复 别打
  电话了, the outage is the whole block, back in half an hour, no need to call);
- whether a shop or a courier delivers asked (药店能送药上门吗, can meds be couriered to the door?);
- a notice to a class of households, staff to collect (请阳性家庭把垃圾袋扎紧放门口 由专人收取,
  positive households: bags outside, staff will collect them);
- the round's time told, bags to be out by then (trash rounds are at 4pm daily, have bags out by
  then; 每天下午四点收垃圾 请大家提前放门口).
"""

from __future__ import annotations

import re

from domain.understanding.prefilter import compile_prefiltered

# The writer's own ask beside the telling (帮我, for me, can you get me): it stands.
_FOR_ME = compile_prefiltered(
    r"帮我|给我|替我|我家|我们家|我(?:们)?(?:需要|要|想买|想要)|"
    r"(?<![a-z])(?:for me|for us|get me|buy me|bring me|my door|our door|(?:i|we) (?:need|want)|"
    r"i'?d like)(?![a-z])"
)

_OFFERED_IF_NEEDED = compile_prefiltered(
    r"(?<![a-z])if (?:anyone|anybody|someone|any of you|any neighbou?rs?)[^.!?]{0,40} needs?"
    r"[^.!?]{0,40}(?:just ask|just let me know|let me know|message me|dm me|pm me|ping me|"
    r"give me a shout|ask me|knock on my door)(?![a-z])|"
    r"需要[^。!?]{0,12}(?:尽管|随时|直接)(?:找我|问我|开口|喊我|说)"
)

_HELP_DONE = compile_prefiltered(
    r"帮(?:忙|着)?(?:送|搬|拎|扛|分|发|运)了[^。!?\s]{0,4}"
    r"(?:\d+|[一二三四五六七八九十两几]+)多?(?:家|户|趟|箱|栋|单元)|"
    r"(?<![a-z])(?:delivered|carried|brought|dropped off|handed out)(?: [a-z]+){0,3} (?:to|for|up "
    r"to) (?:\d+|a dozen|dozens of|[a-z]+) (?:households|families|homes|flats)(?![a-z])"
)

_WHOLE_BUILDING = compile_prefiltered(
    r"整(?:栋|幢|个|片)(?:楼|小区|单元|片区)?的?|全(?:楼|小区|单元)|"
    r"(?<![a-z])(?:the )?whole (?:building|block|estate|compound|area|tower)(?![a-z])"
)
_SEEN_TO = compile_prefiltered(
    r"恢复|修好|来电了|抢修|(?:别|不用|不要)(?:再)?(?:打电话|报修|打了|问了)|"
    r"(?<![a-z])(?:back (?:on )?(?:in|within|by)|restored|no need to (?:call|report)|"
    r"(?:don'?t|stop|no need to) (?:call|ring|phone)(?:ing)?)(?![a-z])"
)

_DELIVERS_ASKED = compile_prefiltered(
    r"(?:药店|药房|超市|商店|商家|快递|外卖|平台)[^。!?\s]{0,4}(?:能|可以|会)(?:不能)?"
    r"(?:送|配送|寄)[^。!?\s]{0,4}(?:上门|到门口|到家)|"
    r"(?:能不能|可不可以|能否)(?:让|叫|用|通过|走)(?:快递|外卖|闪送|药店|药房)[^。!?]{0,8}(?:送|寄)|"
    r"(?<![a-z])(?:can|could|does|do|will) (?:the )?(?:pharmacy|pharmacies|chemists?|shops?|"
    r"stores?|supermarkets?|couriers?) (?:deliver|send|bring)[^.!?]{0,30}(?:door|home)(?![a-z])|"
    r"(?<![a-z])(?:if|whether) (?:the )?(?:pharmacy|pharmacies|chemists?|shops?|stores?|"
    r"supermarkets?|couriers?) (?:can|could|will|does|do) (?:deliver|send|bring)(?![a-z])|"
    r"(?<![a-z])(?:can|could) (?:medicine|meds|drugs|groceries|food) be "
    r"(?:sent|delivered|couriered)(?![a-z])"
)

_TO_HOUSEHOLDS = compile_prefiltered(
    r"请(?:各位|所有|全体|各)?(?:阳性|隔离|居家隔离|密接|全体|所有|各)(?:家庭|户|住户|居民|业主)"
    r"[^。!?]{0,30}(?:由|等)(?:专人|志愿者|物业|工作人员|大白)(?:统一)?(?:收取|回收|收走|来收|上门)|"
    r"(?<![a-z])(?:positive|isolating|quarantined|all) (?:households|residents|flats)[:,]"
    r"[^!?]{0,80}(?:staff|volunteers|the team|we) will (?:collect|pick)(?![a-z])"
)

_ROUND_BY_THEN = compile_prefiltered(
    r"(?<![a-z])(?:trash|rubbish|garbage|bin|waste|recycling)(?: [a-z]+)? (?:rounds?|collections?|"
    r"pickups?|pick-ups?) (?:is|are) (?:at|from) \d{1,2}(?::\d\d)? ?(?:am|pm)?[^!?]{0,60}"
    r"(?:by then|before then|before that)(?![a-z])|"
    r"(?:每天|每日)[^。!?]{0,8}点[^。!?]{0,4}收垃圾[^。!?]{0,6}请(?:大家|各位|各户)"
)


def told_unasked(text: str, request: re.Match[str] | None) -> str | None:
    """Why a message that names an order tells rather than asks, of the families above."""
    if _FOR_ME.search(text):
        return None
    if _OFFERED_IF_NEEDED.search(text):
        return "offered-if-needed"
    done = _HELP_DONE.search(text)
    if done is not None and (request is None or done.start() <= request.start() < done.end()):
        return "help-told-done"
    if (whole := _WHOLE_BUILDING.search(text)) is not None and _SEEN_TO.search(text, whole.end()):
        return "building-fault-seen-to"
    if _DELIVERS_ASKED.search(text):
        return "delivery-asked"
    if _TO_HOUSEHOLDS.search(text):
        return "notice-to-households"
    if _ROUND_BY_THEN.search(text):
        return "round-told"
    return None
