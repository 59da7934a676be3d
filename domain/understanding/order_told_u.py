"""More messages that name goods, a service or the rubbish round but ask nobody to do anything
for the writer. Tried after told_unasked() at the end of unasked() (order_unasked.py):

- a rule asked, this way or that (垃圾晚上能放门口吗 还是只能早上放, can we put the bins out at
  night or only in the morning?, is it ok for the veg to be left at the door or must they come
  down?), or whether takeaway may be ordered now (现在可以点外卖吗);
- a want denied in a story (he didn't want to eat his broccoli), or a want only to say something
  (just want to say thank you, the notes on the groceries helped);
- help offered by someone who can (if anyone need translation I can help, I can help with grocery
  runs just @ me, 我是药剂师 有用药问题可以私聊问我);
- those of a class told whom to contact (体温超过37.3的请私聊社区医生, anyone over 37.3 please DM
  the doctor, no need to post here);
- masks to be worn on a round (swab testing tomorrow, masks on please): no goods;
- a ride told arranged, and when to wait (透析车已安排 周一早上6点半楼下等);
- help told done, with thanks (司机师傅还帮忙把轮椅抬上车 谢谢社区, the driver even helped lift
  the wheelchair in, thank you);
- the round's time told, bags to be put out (garbage time is 9am every day, put outside door);
- a group buy's arrival asked (团购的菜今天能到吗, will the group-buy veg arrive today?).
"""

from __future__ import annotations

import re

from domain.understanding.prefilter import compile_prefiltered

# the writer's own ask beside the telling: it stands
_ASKED_TOO = compile_prefiltered(
    r"帮我|给我|替我|麻烦|"
    r"(?<![a-z])(?:can you|could you|can someone|could someone|can anyone|could anyone|"
    r"get me|buy me|bring me|for me)(?![a-z])"
)

_RULE_EITHER = compile_prefiltered(
    r"(?:能|可以|需要|要|得|用)[^。!?\s]{0,10}(?:吗|么)\s*还是(?:只能|直接|必须)|"
    r"(?<![a-z])(?:can|may|should|must|do) (?:we|i|they|residents) [^.!?]{0,60} or "
    r"(?:only|just|do (?:we|i|they)|must|should|does)(?![a-z])|"
    r"(?<![a-z])is it (?:ok|okay|alright|fine|allowed) (?:for|to|if) [^.!?]{0,60} or "
    r"(?:do|does|must|should|only|just)(?![a-z])|"
    r"(?:现在|目前|还|这几天)(?:可以|能)(?:点|叫|订)外卖(?:吗|么)|"
    r"(?<![a-z])(?:can|may|are) we (?:allowed to )?order (?:takeaway|takeout|food delivery)"
    r"(?: now| at the moment| these days)?\s*\?"
)

_WANT_DENIED = compile_prefiltered(r"(?:didn'?t|did not|never) want$")
_WANT_TO_SAY = compile_prefiltered(
    r"(?:want|wanted) to (?:say|share|tell (?:you|everyone|you all)|thank|express)(?![a-z])"
)

_OFFERED = compile_prefiltered(
    r"(?<![a-z])if (?:anyone|anybody|someone|any of you|any neighbou?rs?) needs? [^.!?]{0,40}"
    r"(?:i|we) can (?:help|translate|assist|do it)(?![a-z])|"
    r"(?<![a-z])(?:i|we) can help (?:with|out with) [^.!?]{0,60}(?:just (?:@|ping|message|dm|"
    r"text|call|ask) me|@ me|let me know|dm me|message me|ping me)|"
    r"(?:有|遇到)[^。!?\s]{0,10}问题的?(?:都)?(?:可以|欢迎|请)?(?:私聊|私信|直接)?(?:问|找|联系)我|"
    r"(?<![a-z])(?:questions?|queries) about [^.!?]{0,30}(?:can|may|feel free to) "
    r"(?:dm|message|pm|ask|ping) me(?![a-z])"
)

_CLASS_TO_CONTACT = compile_prefiltered(
    r"[^。!?\s]{1,12}的(?:请|可以|都)?(?:私聊|私信|单独联系)|"
    r"(?<![a-z])anyone (?:with|over|above|who has) [^!?]{1,40}(?:please )?(?:dm|pm|message|"
    r"privately contact|contact) (?:the )?[a-z]+[^.!?]{0,20}(?:no need to post|not in the group|"
    r"don'?t post)"
)

_MASKS_WORN = compile_prefiltered(
    r"(?<![a-z])(?:masks? on|wear (?:a |your )?masks?)(?![a-z])|戴好?口罩"
)
_BUY = compile_prefiltered(
    r"买|带(?:一|两|个|点|些)|捎|代购|(?<![a-z])(?:buy|order|bring|get|need|out of|run out)"
    r"(?![a-z])"
)

_ARRANGED = compile_prefiltered(
    r"(?:已|已经)安排(?:好)?(?![^。!?\s]{0,3}(?:[吗么]|\?))[^。!?]{0,20}(?:等|集合|下楼)|"
    r"(?<![a-z])(?:is|has been|'s) (?:arranged|booked|scheduled)[^.!?]{0,40}(?:wait|be ready|"
    r"be downstairs)(?![a-z])"
)

_HELPER_DID = compile_prefiltered(
    r"(?:师傅|司机|志愿者|邻居|大白|保安|他|她|他们)(?:还|也|都)(?:帮忙|帮我们?|帮着)"
    r"(?:把[^。!?\s]{1,8})?(?:抬|搬|扛|拎|送|推|扶|抱|背)(?:上|下|到|进)|"
    r"(?<![a-z])(?:driver|volunteer|neighbou?r|guard|he|she|they) (?:even |also |kindly )?"
    r"helped (?:us |me )?(?:lift|carry|get|push|bring|load)(?![a-z])"
)
_THANKS = compile_prefiltered(r"谢谢|感谢|多谢|(?<![a-z])(?:thanks|thank you)(?![a-z])")

_ROUND_TOLD = compile_prefiltered(
    r"(?<![a-z])(?:garbage|rubbish|trash|bin|waste)(?: [a-z]+)? (?:time|pickup|collection|round)s? "
    r"(?:is|are) (?:at |from )?\d{1,2}(?::\d\d)? ?(?:am|pm|o'?clock)?[^?]{0,30}"
    r"(?:every ?day|daily|each day|each morning|every morning)"
)
_MINE = compile_prefiltered(
    r"(?<![a-z])(?:my(?! friends?)|mine|our|me|us)(?![a-z])|我家|我们家|我的"
)

_ARRIVAL_ASKED = compile_prefiltered(
    r"团购的[^。!?\s]{0,4}(?:今天|明天|什么时候|几点)?(?:能|会)?(?:到|送到|送来)(?:吗|么|了吗|没)|"
    r"(?<![a-z])(?:will|does|is) (?:the |our )?group[- ]?buy[^.!?]{0,20}"
    r"(?:arrive|come|be here|get here)[^.!?]{0,12}\?"
)


def told_unasked_u(text: str, request: re.Match[str] | None) -> str | None:
    """Why a message that names an order tells rather than asks, of the families above."""
    if request is not None and (
        _WANT_DENIED.search(text, max(0, request.start() - 12), request.end())
        or _WANT_TO_SAY.match(text, request.start())
    ):
        if not _ASKED_TOO.search(text):
            return "want-denied-or-told"
    if _ASKED_TOO.search(text):
        return None
    if _RULE_EITHER.search(text):
        return "rule-asked"
    if _OFFERED.search(text):
        return "help-offered"
    if _CLASS_TO_CONTACT.search(text):
        return "class-told-whom"
    if _MASKS_WORN.search(text) and not _BUY.search(text):
        return "masks-worn"
    if _ARRANGED.search(text):
        return "arranged-told"
    if _HELPER_DID.search(text) and _THANKS.search(text):
        return "help-thanked"
    if _ROUND_TOLD.search(text) and "?" not in text and not _MINE.search(text):
        return "round-told"
    if _ARRIVAL_ASKED.search(text):
        return "arrival-asked"
    return None
