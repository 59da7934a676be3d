"""Told, not asked: messages that name goods, a fixture, a service or the rubbish round but only
tell of it, offer it, or ask a fact about it, and ask nobody to do anything for the writer (help
offered, a deed or a round told done, a visit announced, a rule or a fact asked, a scare over).
The table below is tried in order at the end of unasked() (order_unasked.py): the first entry
whose pattern is found, whose conditions hold and whose guard (the writer's own ask beside the
telling) is absent names why the message places no order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby

from domain.understanding.flats import find_flat_normalized
from domain.understanding.prefilter import LazyPrefixIndex, compile_prefiltered
from domain.understanding.rules import Rule

# The writer's own ask beside a telling: it stands. Each guard keeps the words of the entries
# that use it (a broader guard would let asks through that these entries read as told).
OWN_ASK_OR_HOME = Rule(
    "own-ask-or-home",
    r"帮我|给我|替我|我家|我们家|我(?:们)?(?:需要|要|想买|想要)|"
    r"(?<![a-z])(?:for me|for us|get me|buy me|bring me|my door|our door|(?:i|we) (?:need|want)|"
    r"i'?d like)(?![a-z])",
    ("药店能送药上门吗 能帮我买盒布洛芬吗", "can the pharmacy deliver to the door? I need some"),
    ("护士在5栋 谁家老人需要量血压 尽管找我", "delivered veg to 15 households today"),
)
OWN_ASK = Rule(
    "own-ask",
    r"帮我|给我|替我|麻烦|"
    r"(?<![a-z])(?:can you|could you|can someone|could someone|can anyone|could anyone|"
    r"get me|buy me|bring me|for me)(?![a-z])",
    ("麻烦志愿者帮忙送上来", "rubbish pickup is 9am every day, can someone take mine down?"),
    ("团购的肉今天能到吗", "will the group buy veg arrive today?"),
)
# (帮我家 is no ask: 帮我家把…弄好了)
OWN_ASK_NOT_HOME = Rule(
    "own-ask-not-home",
    r"帮我(?!家|们家)|给我|替我|麻烦|帮忙(?:买|带|拿|送|扔)|"
    r"(?<![a-z])(?:can you|could you|can someone|could someone|please (?:buy|bring|get)|"
    r"get me|buy me|bring me)(?![a-z])",
    ("麻烦帮我把垃圾带下去", "could someone buy my inhaler and bring it up?"),
    ("谢谢师傅帮我家把跳闸弄好了", "can anyone share the recipe?"),
)
GOODS_COUNTED = Rule(
    "goods-counted",
    r"[一两二三四五六七八九十几\d]+\s*(?:斤|盒|袋|包|瓶|箱|支|板)|"
    r"(?<![a-z])(?:\d+|one|two|three) (?:packs?|bags?|boxes|bottles?)(?![a-z])",
    ("帮我买两斤土豆", "two bags of rice"),
    ("有没有人想换点别的", "anyone want to swap?"),
)
OWN_ASK_OR_PLEA = Rule(
    "own-ask-or-plea",
    r"帮我(?!家|们家)|给我|替我|麻烦|帮忙(?:买|带|拿|送|扔)|求|"
    r"(?<![a-z])(?:can you|could you|can someone|could someone|could anyone|can anyone|"
    r"could a volunteer|can a volunteer|please (?:buy|bring|get|help)|get me|buy me|bring me)"
    r"(?![a-z])",
    ("快递能帮我送上楼吗", "Could someone buy some bread for my mum?"),
    ("快递今天能送上楼吗", "Do volunteers take cash or is it WeChat only?"),
)
OWN_ASK_OR_NEED = Rule(
    "own-ask-or-need",
    r"帮我(?!家|们家)|给我|替我|(?<!不用)(?<!不必)麻烦|帮忙(?:买|带|拿|送|扔|修|看)|求(?!助热线)|能修|"
    r"来修|"
    r"(?<![a-z])(?:can you|could you|can someone|could someone|could anyone|can anyone|"
    r"could a volunteer|can a volunteer|please (?:buy|bring|get(?! ready)|help|fix|send)|"
    r"get me|buy me|bring me|i need|we need)(?![a-z])",
    ("还以为有电了 冰箱还是不转 能来修一下吗", "Can someone bring me some paracetamol?"),
    ("打求助热线问问", "The hospital van is downstairs now, please get ready, Mr Li"),
)
GUARDS: tuple[Rule, ...] = (
    OWN_ASK_OR_HOME,
    OWN_ASK,
    OWN_ASK_NOT_HOME,
    GOODS_COUNTED,
    OWN_ASK_OR_PLEA,
    OWN_ASK_OR_NEED,
)

Condition = Callable[[str, re.Match[str] | None, re.Match[str]], bool]


def request_absent(text: str, request: re.Match[str] | None, found: re.Match[str]) -> bool:
    """Nobody is asked anything (a scare over told beside an ask is the ask's reason)."""
    return request is None


def request_inside(text: str, request: re.Match[str] | None, found: re.Match[str]) -> bool:
    """No ask, or the ask is the telling itself (帮忙送了12家 reads as an ask to deliver)."""
    return request is None or found.start() <= request.start() < found.end()


def no_flat(text: str, request: re.Match[str] | None, found: re.Match[str]) -> bool:
    """No flat given: with one, the writer's own case is asked."""
    return find_flat_normalized(text) is None


def no_question(text: str, request: re.Match[str] | None, found: re.Match[str]) -> bool:
    """No question mark: the round's time told, not asked."""
    return "?" not in text


_TOLD_DELIVERED = compile_prefiltered(
    r"(?:已经|已)(?:单独|统一|全部|挨家)?送(?:上门|到门口|到家)|(?<![a-z])delivered(?![a-z])"
)


def request_told_done(text: str, request: re.Match[str] | None, found: re.Match[str]) -> bool:
    """No ask, or the ask read is a delivery told done (已经单独送上门 reads as 上门)."""
    return request is None or bool(
        _TOLD_DELIVERED.search(text, max(0, request.start() - 8), request.end())
    )


_WANT_DENIED = compile_prefiltered(r"(?:didn'?t|did not|never) want$")
_WANT_TO_SAY = compile_prefiltered(
    r"(?:want|wanted) to (?:say|share|tell (?:you|everyone|you all)|thank|express)(?![a-z])"
)


def want_at_request(text: str, request: re.Match[str] | None, found: re.Match[str]) -> bool:
    """The ask read is a want denied just before it, or a want only to say something."""
    return request is not None and bool(
        _WANT_DENIED.search(text, max(0, request.start() - 12), request.end())
        or _WANT_TO_SAY.match(text, request.start())
    )


@dataclass(frozen=True)
class Told:
    """One way of telling without asking: its pattern, what else must hold, and examples (zh and
    en) it reads as told and look-alikes it must not."""

    name: str
    pattern: str
    guards: tuple[Rule, ...]  # any of these found: the writer asks too, the entry does not apply
    matches: tuple[str, ...]
    misses: tuple[str, ...] = ()
    also: str | None = None  # a pattern that must be found too
    also_after: bool = False  # ... after the match
    but_not: str | None = None  # a pattern that must not be found
    when: tuple[Condition, ...] = ()

    def tells(self, text: str, request: re.Match[str] | None) -> bool:
        """Whether this entry reads the (normalized) text as told, not asked."""
        return not _guarded(self, text) and _found(self, _COMPILED[self.name], text, request)


# Entries that share a guard stand together, in the order the engine has always tried them.
TOLD: tuple[Told, ...] = (
    Told(
        "offered-if-needed",
        r"(?<![a-z])if (?:anyone|anybody|someone|any of you|any neighbou?rs?)[^.!?]{0,40} needs?"
        r"[^.!?]{0,40}(?:just ask|just let me know|let me know|message me|dm me|pm me|ping me|"
        r"give me a shout|ask me|knock on my door)(?![a-z])|"
        r"需要[^。!?]{0,12}(?:尽管|随时|直接)(?:找我|问我|开口|喊我|说)|"
        # a lead asking round who lacks anything (大家的药都够吗 有缺的跟我说)
        r"有(?:缺|需要|不够)的(?:话)?(?:都|就|请|可以)?(?:跟|和|找|告诉|私信|联系)我(?:说|讲)?",
        (OWN_ASK_OR_HOME,),
        (
            "护士在5栋 谁家老人需要量血压 尽管找我",
            "I'm a pharmacist in block 3, if anyone needs advice on their meds, just let me know",
            "各位家里的降压药还够吗 有缺的就跟我说 —3栋楼长",
        ),
        ("需要量血压的话 我家没有血压计",),
    ),
    Told(
        "help-told-done",
        r"帮(?:忙|着)?(?:送|搬|拎|扛|分|发|运)了[^。!?\s]{0,4}"
        r"(?:\d+|[一二三四五六七八九十两几]+)多?(?:家|户|趟|箱|栋|单元)|"
        r"(?<![a-z])(?:delivered|carried|brought|dropped off|handed out)(?: [a-z]+){0,3} (?:to|"
        r"for|up to) (?:\d+|a dozen|dozens of|[a-z]+) (?:households|families|homes|flats)(?![a-z])|"
        # a neighbour's rubbish told taken already (已帮…把垃圾带下去了)
        r"(?:已经|已)帮(?:忙)?[^。!?\s]{0,12}(?:收走|带下去|拿下去|扔掉|扔了)|"
        # a neighbour's goods told bought already (5-1-302的药已经帮忙买到了 晚点送上去)
        r"(?:已经|已)帮(?:忙|你|您|他|她)?(?:买到|买好|买齐|取到|拿到)了",
        (OWN_ASK_OR_HOME,),
        (
            "今天帮着搬了20多箱水 腰都断了哈哈",
            "delivered veg to 15 households today, totally wiped out",
            "已经帮5-2-301的垃圾拿下去了 放心",
            "5-1-302要的布洛芬已经帮忙买到了 一会儿送上去",
        ),
        ("今天能帮忙送一下菜吗 3-2-101", "已经帮忙了吗 垃圾还在门口 3-2-101"),
        when=(request_inside,),
    ),
    Told(
        "building-fault-seen-to",
        r"整(?:栋|幢|个|片)(?:楼|小区|单元|片区)?的?|全(?:楼|小区|单元)|"
        r"(?<![a-z])(?:the )?whole (?:building|block|estate|compound|area|tower)(?![a-z])",
        (OWN_ASK_OR_HOME,),
        (
            "停电是整栋楼的 物业说一小时后恢复 不用报修了",
            "the power cut is the whole building, management says back in half an hour, no need "
            "to call",
        ),
        (
            "恢复供电了吗 整栋楼都黑了",
            "the whole building has no water, can someone bring us water?",
        ),
        also=r"恢复|修好|来电了|抢修|(?:别|不用|不要)(?:再)?(?:打电话|报修|打了|问了)|"
        r"(?<![a-z])(?:back (?:on )?(?:in|within|by)|restored|no need to (?:call|report)|"
        r"(?:don'?t|stop|no need to) (?:call|ring|phone)(?:ing)?)(?![a-z])",
        also_after=True,
    ),
    Told(
        "delivery-asked",
        r"(?:药店|药房|超市|商店|商家|快递|外卖|平台)[^。!?\s]{0,4}(?:能|可以|会)(?:不能)?"
        r"(?:送|配送|寄)[^。!?\s]{0,4}(?:上门|到门口|到家)|"
        r"(?:能不能|可不可以|能否)(?:让|叫|用|通过|走)(?:快递|外卖|闪送|药店|药房)[^。!?]{0,8}(?:送|寄)|"
        r"(?<![a-z])(?:can|could|does|do|will) (?:the )?(?:pharmacy|pharmacies|chemists?|shops?|"
        r"stores?|supermarkets?|couriers?) (?:deliver|send|bring)[^.!?]{0,30}(?:door|"
        r"home)(?![a-z])|"
        r"(?<![a-z])(?:if|whether) (?:the )?(?:pharmacy|pharmacies|chemists?|shops?|stores?|"
        r"supermarkets?|couriers?) (?:can|could|will|does|do) (?:deliver|send|bring)(?![a-z])|"
        r"(?<![a-z])(?:can|could) (?:medicine|meds|drugs|groceries|food) be "
        r"(?:sent|delivered|couriered)(?![a-z])",
        (OWN_ASK_OR_HOME,),
        (
            "超市能送货上门吗 还是只能让志愿者代买",
            "请问能不能让快递把药直接送到家门口?",
            "does anyone know if the pharmacy can deliver meds to the door, or only volunteers?",
        ),
        (
            "药店能送药上门吗 能帮我买盒布洛芬吗 3-2-101",
            "can the pharmacy deliver to the door? I need some plasters 3-1-101",
        ),
    ),
    Told(
        "notice-to-households",
        r"请(?:各位|所有|全体|各)?(?:阳性|隔离|居家隔离|密接|全体|所有|各)(?:家庭|户|住户|居民|业主)"
        r"[^。!?]{0,30}(?:由|等)(?:专人|志愿者|物业|工作人员|大白)(?:统一)?(?:收取|回收|收走|来收|上门)|"
        r"(?<![a-z])(?:positive|isolating|quarantined|all) (?:households|residents|flats)[:,]"
        r"[^!?]{0,80}(?:staff|volunteers|the team|we) will (?:collect|pick)(?![a-z])",
        (OWN_ASK_OR_HOME,),
        (
            "请隔离家庭把垃圾袋扎好 放在门口 由专人统一收取",
            "Positive households: please tie your medical waste bags and leave them outside, "
            "staff will collect them",
        ),
    ),
    Told(
        "round-told-by-then",
        r"(?<![a-z])(?:trash|rubbish|garbage|bin|waste|recycling)(?: [a-z]+)? "
        r"(?:rounds?|collections?|pickups?|pick-ups?) (?:is|are) (?:at|from) "
        r"\d{1,2}(?::\d\d)? ?(?:am|pm)?[^!?]{0,60}"
        r"(?:by then|before then|before that)(?![a-z])|"
        r"(?:每天|每日)[^。!?]{0,8}点[^。!?]{0,4}收垃圾[^。!?]{0,6}请(?:大家|各位|各户|放|提前放|把)",
        (OWN_ASK_OR_HOME,),
        (
            "每天下午四点收垃圾 请大家在这之前把垃圾放到门口",
            "从下周一起每日早上七点收垃圾 请放楼道口",
            "rubbish collection is at 9am every day, please have your bags out before then",
        ),
    ),
    Told(
        "want-denied-or-told",
        # found anywhere first (a cheap test); want_at_request reads it at the ask
        r"(?:didn'?t|did not|never) want|"
        r"(?:want|wanted) to (?:say|share|tell (?:you|everyone|you all)|thank|express)(?![a-z])",
        (OWN_ASK,),
        (
            "my daughter said she was dying of hunger then laughed, she just didn't want her "
            "carrots lol",
            "Just want to say thank you, the notes on the veg bags cheered us up a lot",
        ),
        when=(want_at_request,),
    ),
    Told(
        "rule-asked",
        r"(?:能|可以|需要|要|得|用)[^。!?\s]{0,10}(?:吗|么)\s*还是(?:只能|直接|必须)|"
        r"(?<![a-z])(?:can|may|should|must|do) (?:we|i|they|residents|volunteers|drivers|"
        r"staff) [^.!?]{0,60} or "
        r"(?:only|just|do (?:we|i|they)|must|should|does)(?![a-z])|"
        r"(?<![a-z])is it (?:ok|okay|alright|fine|allowed) (?:for|to|if) [^.!?]{0,60} or "
        r"(?:do|does|must|should|only|just)(?![a-z])|"
        r"(?:现在|目前|还|这几天)(?:可以|能)(?:点|叫|订)外卖(?:吗|么)|"
        # a pet taken along asked allowed (狗能带下去吗)
        r"(?:狗|猫|宠物|狗狗|猫咪)(?:能|可以)(?:不能)?带(?:下去|下楼|出去)(?:吗|么)|"
        r"(?<![a-z])(?:can|may) (?:i|we) (?:bring|take) (?:the |my |our )?(?:dog|cat|pet)s?"
        r"(?: down| along| out)?(?![a-z])|"
        r"(?<![a-z])(?:can|may|are) we (?:allowed to )?order (?:takeaway|takeout|food delivery)"
        r"(?: now| at the moment| these days)?\s*\?",
        (OWN_ASK,),
        (
            "厨余垃圾白天能放门口吗 还是只能晚上放",
            "买菜需要登记吗 还是直接在群里报就行",
            "现在可以点外卖吗",
            "Can we leave the bins out in the afternoon or only in the evening?",
            "is it ok for the veg to be left at the door or do they need to come down?",
            "下午去楼下测抗原 狗能带下去吗",
            "Can drivers wait at the clinic with patients or only drop them at the gate?",
        ),
        ("宝宝要体检 社区能安排吗 还是要去医院 3-2-101",),
    ),
    Told(
        "help-offered-by-one-who-can",
        r"(?<![a-z])if (?:anyone|anybody|someone|any of you|any neighbou?rs?) needs? [^.!?]{0,40}"
        r"(?:i|we) can (?:help|translate|assist|do it)(?![a-z])|"
        r"(?<![a-z])(?:i|we) can help (?:with|out with) [^.!?]{0,60}(?:just (?:@|ping|message|dm|"
        r"text|call|ask) me|@ me|let me know|dm me|message me|ping me)|"
        r"(?:有|遇到)[^。!?\s]{0,10}问题的?(?:都)?(?:可以|欢迎|请)?(?:私聊|私信|直接)?(?:问|找|联系)我|"
        r"(?:有没有人|谁|谁家|有人)需要帮忙[^。!?]{0,12}[\s,，]我[^。!?\s]{0,4}(?:有空|有时间)|"
        r"(?<![a-z])(?:questions?|queries) about [^.!?]{0,30}(?:can|may|feel free to) "
        r"(?:dm|message|pm|ask|ping) me(?![a-z])",
        (OWN_ASK,),
        (
            "我是护士 谁家有打针换药方面的问题可以私聊问我",
            "If anyone need help reading the group buy list, I can help, I speak Japanese",
            "I can help with medicine runs on weekends, I'm in 2-1-301, just ping me",
            "谁家需要帮忙买菜的 我明天有时间",
        ),
    ),
    Told(
        "class-told-whom",
        r"[^。!?\s]{1,12}的(?:请|可以|都)?(?:私聊|私信|单独联系)|"
        r"(?<![a-z])anyone (?:with|over|above|who has) [^!?]{1,40}(?:please )?(?:dm|pm|message|"
        r"privately contact|contact) (?:the )?[a-z]+[^.!?]{0,20}(?:no need to post|"
        r"not in the group|don'?t post)",
        (OWN_ASK,),
        (
            "咳嗽发烧的请私信社区医生 不要在群里发",
            "anyone with a temperature over 37.3 please DM the community doctor, no need to post "
            "here",
        ),
    ),
    Told(
        "masks-worn",
        r"(?<![a-z])(?:masks? on|wear (?:a |your )?masks?)(?![a-z])|戴好?口罩",
        (OWN_ASK,),
        (
            "明早八点核酸 按楼栋下来 戴好口罩",
            "Testing at 8am tomorrow, come down by building. Masks on please.",
        ),
        ("下楼戴好口罩 顺便捎两瓶水上来", "wear a mask, and we're out of masks"),
        but_not=r"买|带(?:一|两|个|点|些)|捎|代购|"
        r"(?<![a-z])(?:buy|order|bring|get|need|out of|run out)(?![a-z])",
    ),
    Told(
        "arranged-told",
        r"(?:已|已经)安排(?:好)?(?![^。!?\s]{0,3}(?:[吗么]|\?))[^。!?]{0,20}(?:等|集合|下楼)|"
        # the fixer already called, the visit's time told (已联系物业 明天上午来修水管)
        r"(?:已|已经)联系(?:了|过)?(?:物业|师傅|电工|水电工|维修|居委会?)[^。!?]{0,16}"
        r"(?:明天|今天|下午|上午|晚上|马上|待会|等会)[^。!?\s]{0,4}来(?:修|看|换)(?![^。!?\s]{0,6}[吗么?])|"
        r"(?<![a-z])(?:is|has been|'s) (?:arranged|booked|scheduled)[^.!?]{0,40}(?:wait|be ready|"
        r"be downstairs)(?![a-z])",
        (OWN_ASK,),
        (
            "复诊的车已安排好 周三早上七点楼下等 5-1-302",
            "The dialysis car is arranged for Friday, please wait downstairs at 6:30",
            "已经联系了电工 下午来修插座 3-2-502",
            "单元长：已联系物业 2-2-604家的水管漏水明天上午来修",
        ),
        ("车已经安排好了吗 在楼下等多久", "已经联系物业了 明天来修吗 3-2-502"),
    ),
    Told(
        "help-thanked",
        r"(?:师傅|司机|志愿者|邻居|大白|保安|他|她|他们)(?:还|也|都)(?:帮忙|帮我们?|帮着)"
        r"(?:把[^。!?\s]{1,8})?(?:抬|搬|扛|拎|送|推|扶|抱|背)(?:上|下|到|进)|"
        r"(?<![a-z])(?:driver|volunteer|neighbou?r|guard|he|she|they) (?:even |also |kindly )?"
        r"helped (?:us |me )?(?:lift|carry|get|push|bring|load)(?![a-z])",
        (OWN_ASK,),
        (
            "透析车按时到了 志愿者还帮忙把我妈扶上车 谢谢大家",
            "the van came on time and the driver even helped lift my dad's wheelchair in, thank y"
            "ou",
        ),
        ("志愿者还帮忙把米搬上来了", "the driver helped lift the wheelchair in"),
        also=r"谢谢|感谢|多谢|(?<![a-z])(?:thanks|thank you)(?![a-z])",
    ),
    Told(
        "round-time-told",
        r"(?<![a-z])(?:garbage|rubbish|trash|bin|waste)(?: [a-z]+)? (?:time|pickup|collection|"
        r"round)s? (?:is|are) (?:at |from )?\d{1,2}(?::\d\d)? ?(?:am|pm|o'?clock)?[^?]{0,30}"
        r"(?:every ?day|daily|each day|each morning|every morning)",
        (OWN_ASK,),
        ("Hello neighbour, rubbish time is 8am every day, put outside door please",),
        (
            "rubbish time is 8am every day, is mine out?",
            "rubbish time is 8am every day, our bag is out",
        ),
        but_not=r"(?<![a-z])(?:my(?! friends?)|mine|our|me|us)(?![a-z])|我家|我们家|我的",
        when=(no_question,),
    ),
    Told(
        "arrival-asked",
        r"团购的[^。!?\s]{0,4}(?:今天|明天|什么时候|几点)?(?:能|会)?(?:到|送到|送来)(?:吗|么|了吗|没)|"
        r"(?<![a-z])(?:will|does|is) (?:the |our )?group[- ]?buy[^.!?]{0,20}"
        r"(?:arrive|come|be here|get here)[^.!?]{0,12}\?",
        (OWN_ASK,),
        ("饿死了 团购的肉今天能到吗", "will the group buy veg arrive today? starving haha"),
    ),
    Told(
        "deed-told",
        r"我(?:刚才|刚刚|刚|已经|昨天|今天|早上)?(?:顺手|顺便)?帮[^。!?\s]{1,12}把[^。!?\s]{1,8}"
        r"(?:带|拿|送|扔|搬|拎|丢|提)(?:下去|上来|上去|过去|走|掉|下楼|上楼)?了|"
        # told to the neighbour it was done for (你家门口的垃圾我帮你扔了)
        r"我(?:刚才|刚刚|刚|已经|顺手|顺便)?帮(?:你|您)(?:们|家)?(?:顺手|顺便)?(?:带|拿|送|扔|搬|拎|丢|提)"
        r"(?:下去|上来|上去|过去|走|掉|下楼|上楼)?了|"
        r"(?<![a-z])i (?:just |already )?(?:took|carried|brought|threw) (?:out |down |up )?your "
        r"(?:rubbish|trash|garbage|bins?|bags?|parcel|box)(?: [a-z]+){0,2} (?:out|down|up|for you)"
        r"(?![a-z])|"
        r"(?<![a-z])i (?:just |already )?(?:took|carried|brought|dropped) [^.!?]{1,30} "
        r"(?:down|up|over) for (?:her|him|them|the|my|our|an?)(?![a-z])",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        (
            "我刚刚帮隔壁阿姨把快递拿上来了 小事一桩",
            "I just took the old man's rubbish down for him, no big deal",
            "502的 你家门口那袋垃圾我顺手帮你带下去了",
            "neighbour in 704, I took your rubbish bags down for you this morning",
        ),
        ("麻烦帮我把垃圾带下去 3-1-402", "你家门口的垃圾能帮我一起扔了吗"),
    ),
    Told(
        "fix-thanked",
        r"(?:谢谢|感谢|多谢)[^。!?]{0,20}帮[^。!?\s]{0,10}(?:弄好|修好|搞好|装好|通好|接好|换好)了|"
        r"(?<![a-z])(?:thanks|thank you)[^.!?]{0,30} for (?:fixing|sorting|repairing|resetting)"
        r"(?![a-z])",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        (
            "谢谢师傅半夜帮我家把跳闸弄好了",
            "thank you to the volunteer for fixing our tripped fuse last night",
        ),
    ),
    Told(
        "fix-done-thanked",
        # a fixture told mended for the writer's kin, then thanks: no ask (帮我外婆修好了)
        r"帮[^。!?\s]{0,10}(?:修好|弄好|搞好|装好|通好|接好|换好)了[^。!?]{0,20}(?:谢谢|感谢|多谢)|"
        # thanks first, then the fix done for the writer's kin (谢谢小李帮我妈修好了灯)
        r"(?:谢谢|感谢|多谢)[^。!?]{0,20}帮我(?:爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|"
        r"父母|爸妈|儿子|女儿|家老人)[^。!?\s]{0,6}(?:修好|弄好|搞好|装好|通好|接好|换好)了|"
        r"(?<![a-z])(?:fixed|repaired|mended|sorted out)[^.!?]{0,40}(?:thank you|thanks)"
        r"(?![a-z])",
        (GOODS_COUNTED,),
        (
            "是哪位师傅帮我奶奶装好了灯 太谢谢了",
            "someone fixed my grandad's tap this morning, thank you so much",
            "感谢王师傅帮我奶奶接好了电线 她特别开心",
        ),
        ("帮我妈修好了水管 谢谢 能再帮忙看看灶吗", "谢谢师傅帮我妈修好了灯 能再帮忙看看水管吗"),
        but_not=r"再帮|还(?:要|得|需要)|能不能|(?<![a-z])(?:again|could you|can you|could someone|"
        r"can someone)(?![a-z])",
    ),
    Told(
        "treat-offered",
        # something just baked or cooked offered round: the writer gives, asks nothing
        r"刚(?:烤|做|煮|蒸|包|炸)好[^。!?]{0,16}(?:有没有|谁家?)(?:小朋友|孩子|人|邻居)?(?:想)?要|"
        r"(?<![a-z])just (?:baked|made|cooked)[^.!?]{0,40}(?:anyone|any kids|who) (?:wants?|"
        r"fancy|would like)(?![a-z])",
        (GOODS_COUNTED,),
        (
            "刚蒸好一锅包子 谁家孩子想要",
            "just baked cookies, anyone want some?",
        ),
        ("刚做好饭才发现没盐了 有没有人要帮我带一包",),
        but_not=r"帮我|给我|没(?:有)?(?:盐|油|米|面)|(?<![a-z])(?:for me|ran out|run out)(?![a-z])",
    ),
    Told(
        "helped-done",
        # someone told to have looked or measured for the writer already: no ask (帮我看了)
        r"帮我(?:看|量|测|查)(?:了|过了)(?![吗么一下])|"
        r"(?<![a-z])(?:helped me (?:check|read|look)|checked it for me)(?![a-z])",
        (GOODS_COUNTED,),
        (
            "邻居帮我量了 体温37.1 没事",
            "my son helped me check on video, it says 37.3",
        ),
        ("帮我看了吗 药到了没",),
        but_not=r"(?:吗|么|\?)|再帮|能不能|帮我(?:买|拿|送|带)|(?<![a-z])(?:can you|could you|"
        r"can someone|could someone|please)(?![a-z])",
    ),
    Told(
        "cleared-told",
        r"(?:已经|已)(?:扫|清理|打扫|收拾|清扫)(?:干净|好|完)了?|"
        r"(?<![a-z])(?:has|have) (?:already )?been (?:swept|cleaned|cleared) up(?![a-z])",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        (
            "电梯口的玻璃碎了 大家小心 保洁已经清理干净了",
            "the broken glass has already been swept up",
        ),
        when=(request_absent,),
    ),
    Told(
        "free-to-help",
        r"我[^。!?]{0,8}(?:可以|能)帮(?:大家|邻居们?|你们|有需要的)|"
        r"(?<![a-z])(?:i'?m|i am) (?:free|around|available)[^.!?]{0,30}(?:happy|glad|able|can) to "
        r"(?:help|run errands|do errands)(?![a-z])",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        (
            "我下午有空 可以帮大家取快递 需要的说",
            "I'm free this afternoon and happy to run errands for anyone in our block",
        ),
    ),
    Told(
        "spare-offered",
        r"(?:我家|我屋企|我这边|我这里|我这)(?:还|仲)?有[^。!?]{0,20}有需要的[^。!?\s]{0,4}"
        r"(?:出声|说一声|说声|吱一声|吱声|私聊|找我|联系我)|"
        r"(?:我家|我这边|我这里|我这)(?:还)?有[^。!?]{0,20}(?:需要|要用)(?:的话)?(?:可以|能)(?:借|拿去|来拿)|"
        r"(?:我家|我这)[^。!?]{0,16}(?:谁家|谁|有谁|哪家)(?:缺|需要|要)(?:的话)?[^。!?\s]{0,2}"
        r"(?:可以|能)(?:分|匀|送)给|"
        r"(?<![a-z])(?:i'?ve got|i have) (?:some )?(?:spare|extra)[^.!?]{0,40}(?:anyone|anybody) "
        r"(?:who )?needs? [^.!?]{0,10}(?:just )?(?:shout|let me know|dm me|message me)(?![a-z])",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        (
            "我家还有不少消毒液 有需要的邻居说一声",
            "I've got spare masks and hand gel, anyone who needs some just shout",
            "我家有一副拐杖 用不上了 腿脚不便的邻居需要可以借",
            "我这儿鸡蛋囤多了 谁缺的话可以分给大家",
        ),
        ("我家还有两瓶消毒液 有需要的邻居说一声",),
    ),
    Told(
        "swap-offered",
        r"(?:有没有人|有人|谁)(?:想|要|愿意)(?:换|交换|互换)|"
        r"(?<![a-z])(?:anyone|anybody|who) (?:wants? to |want to |fancy (?:a )?)?(?:swap|trade)"
        r"(?![a-z])",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        (
            "发的土豆太多了 有没有人想换点别的",
            "got too many carrots in the veg box, anyone want to swap?",
        ),
        ("有没有人想换 帮我买两斤土豆",),
    ),
    Told(
        "service-rule-asked",
        r"(?:可以|能)代(?:买|购|配|取)[^。!?\s]{0,4}(?:吗|么)[^。!?]{0,6}需要(?:处方|医保卡|病历|身份证)(?:吗|么)|"
        r"(?:可以|能)(?:报|走)医保(?:吗|么)|医保(?:能|可以)报(?:吗|么)|"
        # how the service works asked (可以让志愿者代买吗? 怎么操作)
        r"(?:可以|能)[^。!?\s]{0,6}代(?:买|购|取)[^。!?\s]{0,4}(?:吗|么)\??\s*(?:具体|要)?"
        r"(?:怎么操作|怎么弄|流程是?什么|什么流程|怎么申请)|"
        # family elsewhere ordering for the residents asked (外地家属可以帮父母下单吗 怎么操作)
        r"(?:可以|能)帮[^。!?\s]{1,12}(?:下单|团购|报名|接龙|代购)[^。!?\s]{0,4}(?:吗|么)\??\s*"
        r"(?:具体|要)?(?:怎么操作|怎么弄|流程是?什么|什么流程|怎么下单|怎么报)|"
        r"(?<![a-z])can (?:family|relatives|children|kids)[^.!?]{0,30} (?:order|sign up|join)"
        r"[^.!?]{0,40}\?\s*how(?![a-z])|"
        # how far ahead a visit is booked asked (医生上门要提前多久说)
        r"(?:要|得|需要)?提前(?:多久|几天|多长时间|多少天)(?:说|约|预约|报|登记|联系|讲)|"
        r"(?<![a-z])how (?:far|long|many days) (?:in advance|ahead) (?:do|should|must) (?:we|i|you)"
        r"(?![a-z])|"
        r"(?<![a-z])can (?:volunteers|you|someone|the community|anyone) [^.!?]{0,60}\?\s*"
        r"what'?s the (?:process|procedure)(?![a-z])|"
        r"(?<![a-z])can (?:volunteers|you|someone|the community|anyone) [^.!?]{0,60} or do (?:we|"
        r"i) (?:need|have) to(?![a-z])|"
        r"(?<![a-z])(?:covered by|claimed? on|reimbursed by|paid by) (?:the |our )?(?:medical )?"
        r"insurance(?![a-z])|"
        r"平时[^。!?]{0,10}(?:有人|有没有人)[^。!?]{0,4}定期|定期上门[^。!?\s]{0,6}(?:吗|么)|"
        r"(?<![a-z])(?:does|do|will) (?:anyone|someone|a nurse|a doctor)[^.!?]{0,30} "
        r"(?:visit|come|check in) (?:regularly|every (?:week|day|month))(?![a-z])",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        (
            "请问志愿者可以代购药品吗 需要处方吗",
            "团购的药能走医保吗",
            "独居的老人平时有人定期上门看看吗",
            "胰岛素能找志愿者代购吗 流程是什么",
            "Can volunteers pick up prescriptions for residents? What's the procedure?",
            "Can volunteers get prescription medicine for us or do we have to go to the clinic?",
            "can group-buy medicine be claimed on insurance?",
            "在外地的子女能帮小区里的老人报名团购吗 怎么操作",
            "Can relatives abroad order veg for their parents here? how does it work",
            "护士上门打针需要提前几天约",
            "how far in advance do we book the nurse visit?",
        ),
        (
            "need my stitches out, can the community doctor do it or do I go to hospital? 906",
            "医生上门要提前几天约 我妈的伤口要换药了 3-2-301",
        ),
        when=(no_flat,),
    ),
    Told(
        "who-runs-asked",
        r"团购是谁(?:负责|组织|在弄|开|管)的|谁(?:负责|组织|在管)[^。!?\s]{0,4}团购|"
        r"(?<![a-z])who'?s? (?:is )?(?:running|organi[sz]ing|in charge of) "
        r"[^.!?]{0,12}group[- ]?buy",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        ("这次水果团购是谁负责的", "who's running the group buy this week?"),
    ),
    Told(
        "class-to-register",
        r"(?<![a-z])anyone (?:with|who has) [^.!?]{1,40}please register(?![a-z])|"
        r"有[^。!?\s]{1,10}的(?:居民|住户|人|邻居)?(?:请|都)(?:到|向|找)?[^。!?\s]{0,8}登记|"
        # a class of households told whom to tell (谁家有老人独居 可以报给楼道长)
        r"谁家有[^。!?\s]{1,10}(?:的话)?\s*(?:可以|请)(?:报给|告诉|联系|报到)",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        (
            "有高血压的居民请到楼长那里登记",
            "谁家有孕妇 可以报给网格员 我们安排上门产检",
            "anyone with diabetes please register with the building lead so the nurse can visit",
        ),
    ),
    Told(
        "class-told-to-send",
        # a notice telling a class of residents to send or register something: staff, no order
        r"(?:外籍|外国|所有|全体|新来的?|境外)(?:居民|住户|人员|朋友)[^。!?]{0,4}请[^。!?]{0,12}"
        r"(?:发|提交|登记|上报|填)|"
        r"(?<![a-z])(?:foreign|all|new|overseas) (?:residents|tenants|nationals),? please "
        r"(?:send|submit|register|report|fill)(?![a-z])",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        (
            "全体住户请今晚前把身份证照片发给网格员登记",
            "Notice: new tenants please submit a copy of your lease to the committee",
        ),
        ("can you send me the passport form? 5-1-302",),
    ),
    Told(
        "recipe-asked",
        r"分享(?:一?下)?(?:方子|配方|做法|菜谱|食谱)|(?:方子|配方|做法|菜谱|食谱)(?:分享|发)(?:一?下)|"
        r"(?<![a-z])share (?:the |your |a )?recipe(?![a-z])",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        ("谁会做包子 分享一下做法", "anyone baking bread at home? please share the recipe"),
    ),
    Told(
        "help-or-goods-offered",
        r"(?:有需要|谁需要|谁家需要|有没有人需要|谁要|有要)[^。!?]{0,24}(?:可以|能)(?:帮(?:忙)?带|匀|送)|"
        r"(?:多团了|多买了|多余的|多出来的)[^。!?]{0,24}(?:可以|能)?(?:匀出来|匀给|送给|免费送|谁需要)|"
        r"(?<![a-z])i can (?:help|help out|pick (?:some|it|them) up|grab (?:some|it|them))"
        r"(?: if (?:needed|you need|anyone)| for anyone)(?![a-z])|"
        r"(?<![a-z])(?:spare|extra)[^.!?]{0,40}free to (?:anyone|whoever)(?![a-z])|"
        r"(?<![a-z])free,? help yourselves?(?![a-z])|免费[^。!?\s]{0,4}(?:随便拿|自取)",
        (OWN_ASK_OR_PLEA,),
        (
            "我明天去超市 有需要买菜的吗 可以帮带",
            "我多买了一箱苹果 谁家需要可以匀出来",
            "家里有多余的纸尿裤 没拆封 谁需要可以送",
            "Who's organising the water deliveries? I can help if needed",
            "a bag of apples left in the lobby, free, help yourselves",
        ),
    ),
    Told(
        "invoice-asked",
        r"(?:能|可以)开(?:个)?(?:发票|收据)(?:吗|么)|"
        r"(?<![a-z])(?:can|could) (?:we|i) (?:get|have) an? (?:invoice|receipt|fapiao)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        ("团购的大米能开发票吗", "can we get an invoice for the group buy?"),
        ("团购的大米能开发票吗 帮我问问 再帮我买一袋 3-1-202", "can we get an invoice? 3-1-202"),
        when=(no_flat,),
    ),
    Told(
        "how-to-pay-asked",
        r"(?:收|付|给)现金(?:吗|么)|(?:只能|只收)(?:微信|支付宝)(?:吗|么)|现金(?:可以|行)(?:吗|么)|"
        r"(?<![a-z])(?:accept|take) cash(?![a-z])|(?<![a-z])only (?:wechat|"
        r"alipay)(?: pay)?(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        ("志愿者收现金吗", "Do volunteers take cash or is it WeChat only?"),
        when=(no_flat,),
    ),
    Told(
        "deliveries-let-in-asked",
        r"快递[^。!?\s]{0,6}(?:能|可以)(?:送上楼|送进|进|上楼|进来)[^。!?\s]{0,4}(?:吗|么)|"
        r"(?:能|可以)进(?:快递|外卖)(?:吗|么)|"
        r"(?:能|可以)(?:让|叫)快递(?:员)?(?:直接)?(?:送上楼|送进来|送到门口)(?:吗|么)|"
        r"(?<![a-z])(?:can|are|do) (?:couriers|deliveries|delivery drivers|parcels)[^.!?]{0,20}"
        r"(?:come in|get in|allowed|be delivered upstairs|come upstairs)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "快递今天能送上楼吗",
            "南门能进快递吗",
            "are couriers allowed upstairs?",
            "大件家具可以让快递直接送上楼吗",
        ),
        ("快递能帮我送上楼吗 在东门 5-2-301",),
        when=(no_flat,),
    ),
    Told(
        "visit-announced",
        r"(?:师傅|医生|护士|电工|志愿者)[^。!?\s]{0,8}(?:今天|明天|后天|周[一二三四五六日天]|星期[一二三四五六日天]|"
        r"上午|下午|晚上)[^。!?\s]{0,6}(?:会)?(?:来|过来|上门)|"
        r"(?<![a-z])will (?:come|do (?:home )?visits|visit|be (?:coming|collecting))(?![a-z])|"
        r"(?<![a-z])(?:pickup|collection|round) (?:today |tomorrow )?(?:is|will be) at(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "电工师傅周三上午会来5栋 需要修的先登记",
            "燃气师傅明天下午来 3-1-502的请在家等",
            "护士上午过来 需要打针的在群里登记一下",
            "The nurse will do home visits on Friday, please register with your building lead.",
            "Rubbish collection tomorrow is at 6pm, please put bags outside your door.",
        ),
        ("电工师傅明天会来吗",),
        also=r"需要[^。!?\s]{0,8}的[^。!?\s]{0,4}登记|的?(?:请|都)在家等|"
        r"(?<![a-z])please (?:register|put (?:your |the )?(?:bags|rubbish|trash)|be (?:at )?home|"
        r"stay (?:at )?home|wait at home)(?![a-z])",
    ),
    Told(
        "rule-changed",
        r"(?:起|开始)[^。!?]{0,12}改为|不再(?:受理|办理|接受)|"
        r"(?<![a-z])(?:will )?no longer (?:be )?(?:accepted|processed|issued)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "下周起通行证改为线上办理 纸质的不再受理",
            "Paper forms for hospital passes will no longer be accepted.",
        ),
    ),
    Told(
        "safety-advice",
        r"(?:孩子|小孩|儿童)(?:够|拿|碰)不到的地方|"
        r"(?<![a-z])out of (?:the )?(?:children'?s|kids'?|child'?s) reach(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "药品和洗涤剂要放在孩子够不到的地方",
            "Please store medicines out of kids' reach, there have been accidents.",
        ),
    ),
    Told(
        "survey-asked",
        # a census of residents: reply with details, or a staff member's question relayed
        r"回复\s*[:：]?\s*(?:姓名|楼号|房号|门牌号?|药名|年龄)|"
        r"(?:医生|社区|居委会?|网格员|物业|志愿者)(?:问|统计|调查|摸排)[:：]|(?:^|\s)(?:统计|摸排)[:：]|"
        r"(?<![a-z])(?:reply|respond|answer) with (?:your )?(?:name|flat|building|unit|age)s?"
        r"(?![a-z])|(?<![a-z])(?:the )?(?:doctor|committee|office|volunteers?) (?:asks|is asking)"
        r"[:,]",
        (OWN_ASK_OR_PLEA,),
        (
            "社区统计：家里有孕妇的请回复 姓名+楼号",
            "网格员问：谁家还有没打疫苗的老人？",
            "统计：家里有需要定期打针的老人请私信网格员",
            "Survey: residents on dialysis please reply with your name and flat",
        ),
        ("医生问我要不要住院 麻烦帮我叫个车 3-1-502",),
        when=(no_flat,),
    ),
    Told(
        "class-advised",
        # advice to a class of households, or how to receive a visit: a notice
        r"请(?:家中|家里)有[^。!?]{0,16}的(?:住户|居民|家庭|业主)|"
        r"(?:听到|听见)敲门(?:声)?(?:后)?再开门|"
        r"(?<![a-z])(?:households|residents|families) with (?:elderly|older|vulnerable|"
        r"chronically ill)[^.!?]{0,40}please(?![a-z])|"
        r"(?<![a-z])(?:wait for|only open (?:up )?(?:after|when) you hear) (?:a |the )?knock"
        r"(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "请家里有孕妇的住户 提前备好孕检记录 有情况及时联系",
            "上门测抗原 请听见敲门后再开门",
            "Households with elderly members, please keep a week of medicine at home",
        ),
        ("请家里有药的住户帮我匀一盒布洛芬 3-1-502",),
        when=(no_flat,),
    ),
    Told(
        "register-asked",
        # whether one must register asked: a rule, not a visit asked for
        r"(?<![a-z])(?:do|does|should) (?:i|we|she|he|they|my [a-z]+) (?:need|have) to "
        r"(?:register|sign up)(?![a-z])|"
        r"(?:要不要|需不需要|用不用)(?:去)?[^。!?\s]{0,4}(?:登记|报备)",
        (OWN_ASK_OR_PLEA,),
        (
            "My dad had heart surgery last year, does he need to register with the clinic?",
            "家里有透析病人 要不要去社区登记",
        ),
        ("does my mum need to register? can someone send the doctor 3-1-502",),
        when=(no_flat,),
    ),
    Told(
        "hazard-warned",
        # a safety notice: what tends to happen and how to avoid it, nobody's fault told
        r"(?:消防|安全|用电|防火)(?:提醒|提示|须知)|容易(?:跳闸|起火|着火|短路|引起火灾)|"
        # everyone told to take care round a fault (电梯坏了 大家上下楼注意安全)
        r"大家(?:上下楼|出入|进出|出门|走楼梯)?(?:都)?(?:要)?注意安全|"
        r"(?<![a-z])(?:fire|safety|electrical) (?:reminder|tip|warning|notice)s?(?![a-z])|"
        r"(?<![a-z])(?:can|could|may|might|will|tends? to) (?:easily )?(?:trip the (?:breaker|"
        r"fuse|switch)|start a fire|overload)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "安全提示：取暖器不要整夜开着 出门记得拔插头",
            "fire reminder: don't dry clothes on the heater, it can start a fire",
            "楼道灯坏了 大家走楼梯注意安全",
        ),
        (
            "烤箱和微波炉一起开容易跳闸 现在又跳了 3-1-502",
            "the kettle and heater together trip the breaker, it's tripped now, 3-1-502",
        ),
        but_not=r"(?:现在|又|已经|刚才|刚刚)(?:跳|停电|没电|断电|着火|起火)|跳闸了|"
        r"(?<![a-z])(?:tripped|is off|went off|on fire)(?![a-z])",
        when=(no_flat,),
    ),
    Told(
        "visit-told-ready",
        # the one who comes tells whom they visit and what to have ready
        r"我是[^。!?\s]{0,8}(?:医生|护士|志愿者|师傅|网格员)|"
        r"(?<![a-z])(?:i'?m|i am|this is) (?:the |your )?(?:community |building |block )?"
        r"(?:doctor|nurse|gp|volunteer|grid worker)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "我是社区护士 明天上午上门给老人量血压 请提前准备好病历",
            "I'm the community nurse, visiting families with newborns tomorrow, please have the "
            "health cards ready",
        ),
        ("我是独居老人 医生能上门吗 请准备好再来",),
        also=r"请(?:提前)?(?:准备好|备好|带好|在家等)|"
        r"(?<![a-z])please (?:have|get|keep) [^.!?]{0,30}ready(?![a-z])",
    ),
    Told(
        "time-told-be-punctual",
        # a time given and everyone asked to keep it: a notice
        r"请(?:大家)?(?:准时|按时)(?!送|到我|来我)|"
        r"(?<![a-z])please be (?:on time|punctual)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "周六 9:00-11:00 核酸 请准时",
            "antigen tests tomorrow 8-10am, please be on time",
        ),
        ("明天的菜请准时送到 3-1-101",),
        also=r"\d{1,2}[:：]\d{2}|\d{1,2}点|(?<![a-z])\d{1,2} ?(?:am|pm)(?![a-z])",
    ),
    Told(
        "advice-if-told",
        # what to do if it happens, told as a reminder: advice, not an ask
        r"(?:提醒|提示|注意|建议)[:：,，\s]{0,2}(?:如果|如|若|一旦|万一)|"
        r"(?<![a-z])(?:reminder|tip|advice|note)[:,] (?:if|should)(?![a-z])|"
        r"(?:医生|大夫|护士)说[^。!?]{0,16}才(?:需要|要|用)|"
        r"(?<![a-z])(?:the )?(?:doctor|nurse) (?:says|said) (?:you )?only (?:need|take)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "护士提醒：一旦发烧超过三天 请联系社区医生",
            "Doctor's reminder: if a child has a fever over 3 days, please call the clinic",
            "护士说血氧低于93才需要去医院",
            "the doctor said you only need antibiotics if it lasts a week",
        ),
        ("我妈发烧了 如果可以 请医生来看看",),
    ),
    Told(
        "called-down-to-collect",
        # a household called down to collect what has come: a volunteer's notice
        r"请[^。!?]{0,14}下楼(?:来)?(?:领|取|拿)|"
        r"(?<![a-z])please come down to (?:collect|pick up|get)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "请 5-2-801 的住户下楼取菜",
            "5-2-801, please come down to collect your veg box",
        ),
        ("我腿不方便下楼 请帮忙把菜拿上来",),
        but_not=r"(?:不方便|下不了|没法|不能)下楼|上来|(?<![a-z])(?:can'?t|cannot) come down",
    ),
    Told(
        "scam-link",
        r"(?:恭喜|中奖|领取|补贴)[^。!?]{0,30}(?:点击链接|点链接|http)|"
        r"(?<![a-z])(?:congratulations|you(?:'ve| have) won)[^!?]{0,60}(?:click|http)",
        (OWN_ASK_OR_PLEA,),
        (
            "恭喜您获得防疫补贴1000元 点击链接领取 http://a-b.top",
            "Congratulations, you have won a grocery voucher, click http://x.top to claim",
        ),
    ),
    Told(
        "delivery-done",
        r"(?:快递|包裹)[^。!?\s]{0,4}已经(?:拿|送|带|拎)上来了|"
        r"(?<![a-z])(?:i'?ve|i have) (?:already )?(?:brought|carried) (?:up )?your (?:parcel|"
        r"package)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "5号301的快递已经拿上来了 挂在门把手上",
            "I've already brought up your parcel, hung it on the door handle",
        ),
    ),
    Told(
        "round-delivered",
        # a volunteer's status: the round's goods told delivered, to a building or to the door
        r"(?:菜|物资|药|快递|团购)[^。!?\s]{0,4}(?:已经|已)?送到(?:了)?[\d一二三四五六七八九十]+"
        r"(?:栋|幢|号楼|单元)了|(?:已经|已)(?:单独|统一|全部|挨家)?送(?:上门|到门口|到家)了?|"
        r"(?<![a-z])(?:(?:groceries|veg|vegetables|supplies|boxes|medicines?|parcels) (?:have "
        r"(?:all )?been|were (?:all )?|are (?:all )?)delivered to (?:block|building|bldg|unit|all|"
        r"every)|(?:already|all) delivered to (?:the|their|your) doors?)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "今天的物资送到5幢了 行动不便的已经挨家送上门",
            "veg boxes have all been delivered to block 3, the elderly ones already delivered to "
            "their doors",
        ),
        ("菜还没送到 能不能送上门 3-1-502",),
        when=(request_told_done,),
    ),
    Told(
        "made-to-share",
        # food made and offered round (烤了蛋糕 谁要): an offer, not an order nor a fixture
        r"(?:做了|烤了|包了|煮了|蒸了|烙了|炸了)[^。!?]{0,16}(?:谁要|谁想吃|有人要吗|有人要吃吗|要的来拿)|"
        r"(?<![a-z])(?:(?:made|baked|cooked)[^.!?]{0,40}|(?:cake|cookies|bread|pie|dumplings|"
        r"soup|pizza|muffins|biscuits|brownies)[^.!?]{0,12}(?:is|are) ready[^.!?]{0,12})"
        r"(?:who|anyone|anybody) wants?(?: some| a slice| a piece| one)?\s*\?",
        (OWN_ASK_OR_PLEA,),
        (
            "烤了一炉面包 太多了 谁要",
            "baked way too many brownies, anyone want some?",
            "oven's been on all day, cookies are ready 😋 who wants?",
        ),
        ("烤箱坏了 能来修一下吗 谁要是懂的话",),
    ),
    Told(
        "joked-about",
        # a fault or a goods word in a joke of one's own plight, nothing asked
        r"(?<![a-z])(?:r\.?i\.?p\.? (?:my|our)|(?:knees|back|legs|feet|arms) (?:are|is) (?:filing|"
        r"lodging|making) (?:a )?complaints?|(?:i )?(?:think )?i need therapy)(?![a-z])|"
        r"我太难了|心态崩了|发[^。!?]{0,16}表情包|"
        r"(?<![a-z])(?:that|the|this) (?:meme|sticker)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "no power since lunch, rip my phone battery 😂",
            "six floors of stairs with the shopping, my legs are lodging a complaint",
            "drank instant coffee with powdered milk, I think I need therapy",
            "谁又在发那个没米下锅的表情包 笑死",
            "stop posting that meme about the empty fridge lol",
        ),
        ("rip my phone battery, can someone bring a power bank? 3-1-502",),
        when=(no_flat,),
    ),
    Told(
        "experience-asked",
        r"有没有人有经验|谁有经验|有经验的[^。!?\s]{0,4}(?:说说|分享|支个招|指点)|"
        r"(?<![a-z])(?:anyone|anybody) (?:have|had|got) (?:any )?(?:experience|tips)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "宝宝不肯吃辅食 有没有人有经验",
            "My toddler refuses formula, anyone have experience with this?",
        ),
    ),
    Told(
        "fine-now",
        r"(?<![a-z])(?:is|isn'?t|is not)(?: not)? (?:choking|coughing|bleeding|vomiting) anymore"
        r"(?![a-z])|(?<![a-z])(?:he|she|they)(?:'s|'re| is| are) (?:fine|ok|okay|"
        r"alright) now(?![a-z])|(?:已经|现在)没事了",
        (OWN_ASK_OR_PLEA,),
        (
            "孩子吐出来了 现在没事了",
            "My daughter isn't coughing anymore, the candy came out. She's fine now.",
        ),
        when=(request_absent,),
    ),
    Told(
        "round-done-or-rota",
        # a round told done, a day's rota, goods left for a group to collect in turns
        r"(?:垃圾|菜|物资)[^。!?\s]{0,6}(?:已经|已)(?:全部|都)?(?:收完|送完|发完|清运完|收走)|"
        r"(?<![a-z])(?:garbage|rubbish|trash|bin|grocery|groceries|food|supply|supplies) "
        r"(?:collection|pickup|round|delivery|deliveries|distribution) (?:is |was |has been )?"
        r"(?:done|finished|complete|completed|over)(?![a-z])|"
        r"(?:今日|今天|明日|明天|本周)(?:的)?(?:安排|分工|排班)\s?:|"
        r"(?<![a-z])(?:today'?s|tomorrow'?s|this week'?s) (?:schedule|plan|rota)\s?:|"
        r"(?:轮流|分批|按楼层|按顺序|错峰)(?:下来|下楼)?(?:取|领|拿)|"
        r"(?<![a-z])(?:please )?(?:collect|pick (?:them |it )?up|come down) (?:in turns|in order|"
        r"by floor|one (?:floor|building) at a time)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "今天的垃圾已经收完了 辛苦志愿者",
            "各楼的垃圾已经都收走了 下午不再收",
            "明天安排：上午发菜 下午收垃圾 有事找楼长",
            "3号楼的菜到了 在大厅 请按楼层轮流下来取",
            "Rubbish collection finished for blocks 6 to 9 this morning",
            "Today's schedule: veg boxes in the morning, bins in the afternoon",
            "Veg boxes for blocks 3-4 are at the gate, please collect in turns",
        ),
        ("垃圾还没收完 我家的能帮忙扔一下吗 3-1-502",),
    ),
    Told(
        "waiting-below",
        r"(?:车|师傅|医生|护士)已经(?:在|到)(?:楼下|门口|小区门口)了?[^。!?]{0,16}请(?:准备)?(?:下楼|下来)|"
        r"(?<![a-z])(?:van|car|bus|ambulance|nurse|driver) is (?:already )?(?:downstairs|outside|"
        r"at the gate)[^.!?]{0,30}please (?:get ready|come down|be ready)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "医院的车已经到楼下了 1102的爷爷请准备下楼",
            "The hospital van is downstairs now, please get ready, Mr Li",
        ),
    ),
    Told(
        "lent",
        r"我(?:可以|能)借|可以借给|借给(?:你|大家|需要的)|"
        r"需要[^。!?\s]{0,8}(?:的话)?(?:可以|请)?(?:说一声|找我|联系我|吱一声)|"
        r"(?<![a-z])(?:happy to|i can|i could) lend(?![a-z])|"
        r"(?<![a-z])(?:anyone|whoever) (?:needs|lacks)[^.!?]{0,30}(?:let me know|just ask|"
        r"message me)(?![a-z])|"
        # the borrower reminded to give it back (借我…的邻居 用完记得还我)
        r"借(?:了)?我[^。!?\s]{0,8}的(?:邻居|人|那位|朋友)[^。!?]{0,12}(?:记得|别忘了?)?还(?:我|回来)|"
        r"(?<![a-z])(?:whoever|the neighbou?r who) borrowed my [^.!?]{0,20}(?:please )?(?:return|"
        r"give it back|bring it back)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "谁家缺血压计 我可以借 家里有两个",
            "我有充电宝 需要充电的可以说一声",
            "I have a spare thermometer, happy to lend it",
            "借了我折叠梯的那位邻居 用完记得还回来哈",
            "whoever borrowed my drill last week, please return it when you're done",
        ),
        ("谁家有体温计 能借我一个吗 2-1-1101",),
    ),
    Told(
        "scare-over",
        r"还以为|还好没(?:砸|伤|碰|事|出事)|虚惊一场|大家(?:别|不用)担心|(?:是|就是|原来是)误报|"
        # a fault dealt with, or only mentioned (他们关了阀门 没事了, 不过不要紧 就是说一下), or a
        # harmless cause found (it's just the low battery chirp)
        r"了[^。!?\n]{0,8}(?<!还)(?<!以为)没事了\s*$|不过不要紧|"
        r"(?:不过|只不过|原来)(?:就|只)?是[^。!?\n]{0,10}\s没事(?:的|了)?\s*$|(?:就|只)是(?:跟大家)?(?:说|提)一下|"
        r"(?<![a-z])(?:it'?s|that'?s) (?:probably |just |only )+(?:the |a )?low[- ]?battery"
        r"(?![a-z])|"
        r"(?<![a-z])(?:all clear|false alarm)(?![a-z])|"
        # a past fall got over with a neighbour's help, fine now (还好邻居扶起来了 现在没事)
        r"(?:还好|幸好|好在|多亏)[^。!?]{0,12}(?:扶起来|扶起|拉起来|抬起来|扶上床)了?[^。!?]{0,10}"
        r"(?:现在|已经)(?:没事|没什么事|好了)|"
        r"(?<![a-z])(?:luckily|thankfully|fortunately) [^.!?]{0,30}helped (?:her|him|them) up"
        r"[^.!?]{0,30}(?:fine|ok|okay|alright) now(?![a-z])|"
        r"(?<![a-z])(?:fire service|fire brigade|ambulance|help) (?:is )?not needed(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "吓一跳 灯闪了一下 还以为停电了",
            "楼上花盆掉下来了 还好没砸到人",
            "冰箱报警响了半天 原来是门没关好 大家别担心",
            "Burnt smell in the corridor, someone's dinner. All clear",
            "大家放心 楼道的火警铃是误报 有人在抽烟",
            "厨房水管漏了一点 物业来拧紧了 没事了",
            "隔壁空调的水滴到我家阳台 不过不要紧 就是说一下",
            "厨房有股焦味 原来是楼下在烤肉 没事",
            "that beeping in the hall? it's only the low battery on someone's smoke alarm",
            "昨天我爸在厨房滑倒了 幸好楼上的扶起来了 已经没事了",
            "grandma slipped on Sunday, luckily the neighbour helped her up and she's fine now",
        ),
        (
            "还以为有电了 冰箱还是不转 能来修一下吗 5-2-301",
            "Can someone bring me some paracetamol? All clear otherwise. 4-2-601",
            "水管又漏了 还以为没事了 能来修一下吗 3-1-502",
            "插座冒了下火花 现在没事了 能找电工来看看吗",
        ),
    ),
    Told(
        "rule-told",
        r"(?:是|属于)违规的?[^。!?]{0,6}请(?:立即|马上|尽快)?(?:挪走|移走|清理|搬走)|"
        r"(?<![a-z])if your [a-z ]{1,20} is (?:above|over|below)[^.!?]{0,40}please (?:tell|contact|"
        r"call|inform)(?![a-z])|(?<![a-z])don'?t just post (?:it|them) here(?![a-z])|"
        # a group's house rules, or its ads forbidden
        r"群规\s*[:：]|(?:别|不要|禁止)(?:在群里|在群)?(?:再)?发广告|"
        r"(?<![a-z])(?:group|house) rules\s*:|(?<![a-z])no (?:ads|advertising) in (?:the|this) "
        r"group(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "电动车停在楼道是违规的 请马上挪走 物业",
            "本楼群规: 不刷屏 不发广告 有事找楼长",
            "House rules: bins out by 8, no parcels in the stairwell",
            "不要在群里发广告 再发就移出群聊",
            "If your oxygen level is below 93 please call the doctor, don't just post it here",
        ),
    ),
    Told(
        "fact-asked",
        r"(?:有人|谁|有谁)知道[^。!?]{0,16}(?:能不能|可不可以|能否|是否|多久|多长时间)|"
        r"想问问[^。!?]{0,24}(?:一般|通常)(?:怎么办|怎么处理|怎么弄)|"
        # the cause of a fault asked in general (想问问跳闸一般是什么原因)
        r"想问问[^。!?]{0,24}(?:一般|通常)(?:是)?(?:什么|啥)原因|"
        r"(?<![a-z])what (?:usually|normally|generally) causes(?![a-z])|"
        r"(?<![a-z])(?:does )?(?:anyone|anybody) know (?:how long|whether|if)(?![a-z])|"
        r"(?<![a-z])who'?s in charge of(?![a-z])|"
        r"(?:有人|谁|有谁|有没有[^。!?\s]{0,4})知道(?:怎么|如何)(?:申请|办理|办)|"
        r"(?<![a-z])what'?s the (?:rule|policy|procedure) (?:for|on)(?![a-z])|"
        r"(?:能|可以)(?:用|喷)?酒精(?:喷|擦)?(?:消毒)?(?:吗|么)|"
        r"(?:谁|有人|有谁)(?:能|可以)?告诉(?:我|一下)[^。!?]{0,12}(?:在哪|哪里|怎么查|怎么看)|"
        r"(?<![a-z])just (?:wondering|curious|asking) about the (?:rules|policy|"
        r"arrangements?)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "有人知道超市现在能不能送货吗",
            "我妈糖尿病 想问问封控期间胰岛素用完了一般怎么办",
            "Does anyone know how long milk keeps without power?",
            "Who's in charge of the grocery orders now?",
            "有谁知道怎么申请困难补助",
            "what's the rule on visitors during lockdown?",
            "外卖袋子可以用酒精擦吗",
            "有谁能告诉我水表在哪里",
            "Can volunteers carry furniture too? Just wondering about the rules",
            "想问问水龙头一般是什么原因会滴水",
            "what usually causes a breaker to trip at night?",
        ),
        ("有人知道超市现在能不能送货吗 3-1-502",),
        when=(no_flat,),
    ),
    Told(
        "need-denied",
        # the shopping no longer needed: the writer calls it off
        r"(?:不需要|不用|不必)(?:再)?(?:帮忙|帮)?(?:买|送|代购|团)[^。!?\s]{0,4}了|"
        r"(?:不需要|不用|不必)(?:再)?(?:麻烦)?(?:志愿者|大家|你们|邻居们?)(?:帮忙|帮|跑)了|"
        r"(?<![a-z])(?:don'?t|do not|no longer) need (?:any )?(?:more )?(?:groceries|food|veg|"
        r"vegetables|shopping|a delivery)(?: any ?more)?(?![a-z])|"
        r"(?<![a-z])no (?:meds|medicines?|medication|groceries|food|veg|shopping|deliver(?:y|ies)) "
        r"(?:needed|required)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "我家这周不用再买菜了 冰箱还满着",
            "we don't need any more groceries, still have plenty from last time",
            "孙子从网上订了降压药 不用麻烦志愿者帮忙了",
            "No groceries needed for 3-1-502 this time, thanks",
        ),
        ("不用买菜了 麻烦帮我买盒药", "no meds needed? I need my insulin 3-1-502"),
    ),
    Told(
        "supply-enough-told",
        # a drug or stock counted and told to last: nothing to buy yet
        r"(?<![只才不])(?:够|足够)(?:吃|用)(?:到)?[一二三四五六七八九十两几半\d]+(?:天|周|个?星期|个?礼拜|个?月)|"
        r"(?:下周|下个?星期|过几天|过两天|以后|到时候)再说|"
        r"(?<![a-z])(?:enough|plenty) (?:to last|for)(?: another| the next)? "
        r"(?:\d+|a|one|two|three|four|a few|a couple of) (?:days?|weeks?|months?)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "降压药还剩十几片 够吃两周",
            "still have 30 tablets of metformin, enough for a month",
            "胰岛素还有两支 过几天再说 3-1-502",
        ),
        (
            "降压药还剩三片 只够吃三天了 3-1-502",
            "down to 3 tablets, not enough for a week, can someone get more?",
        ),
    ),
    Told(
        "self-care-asked",
        # what one may do oneself asked (may the baby bathe, how to cool a fever): advice
        r"(?:怎么|如何|怎样)(?:给[^。!?\s]{0,4})?(?:物理降温|降温|退烧)|"
        r"(?:可以|能)(?:洗澡|洗头|游泳|出门)(?:吗|么)|用[^。!?\s]{1,6}(?:擦|敷|泡)(?:可以|行)(?:吗|么)|"
        r"(?<![a-z])(?:how (?:do|can|should) (?:i|we) (?:bring down|lower|reduce|cool down)|"
        r"(?:can|may|should) (?:i|we|he|she|they|the baby|my baby) (?:have a bath|bathe|"
        r"shower) after)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "孩子打完针可以洗澡吗",
            "发烧了怎么物理降温 用冰袋敷可以吗",
            "how do I bring down a toddler's fever without meds?",
            "can the baby have a bath after the jab?",
        ),
        ("宝宝发烧 怎么物理降温 麻烦帮买退热贴",),
        when=(no_flat,),
    ),
    Told(
        "allowance-asked",
        # whether a rule lets something count, be applied for, be taken in; where to pay a bill
        r"(?:可以|能)算[^。!?\s]{1,10}(?:吗|么)|算不算[^。!?\s]{0,10}(?:必需品|团购)|"
        r"(?:可以|能)申请[^。!?\s]{0,12}(?:吗|么)|(?:能|可以)收(?:吗|么)[^。!?]{0,4}需要消毒|"
        r"(?:在哪|去哪|哪里|哪儿)(?:里|儿)?(?:充|交|缴)(?:啊|呀|呢)?|"
        r"(?<![a-z])(?:does|do|would) [^.!?]{1,30} count as (?:essentials?|necessities)|"
        r"(?:can|could) (?:we|i|families|households) apply for|where (?:do|can) (?:i|we) "
        r"(?:top up|pay) (?:the )?(?:electricity|power|water|gas)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "请问卫生巾可以算必需品吗",
            "有老人的家庭可以申请优先送菜吗",
            "外地寄来的快递能收吗 需要消毒吗",
            "水费在哪交啊",
            "do nappies count as essentials for the group buy?",
            "where can I top up the electricity?",
        ),
        ("水费在哪交啊 麻烦谁帮我交一下",),
        when=(no_flat,),
    ),
    Told(
        "asked-for-later",
        # who could help asked of the group for some later day: nothing asked now
        r"以后有事(?:可以|就|能)?(?:问问|找|请教|联系)|"
        r"(?<![a-z])(?:for (?:the )?future reference|in case we need (?:one|them|it) later)"
        r"(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "楼里有没有懂电的师傅 以后有事可以找",
            "is there a pharmacist in the building? for future reference",
        ),
        ("有没有医生 以后有事可以找 我妈现在发烧了",),
        but_not=r"现在|马上|急|(?<![a-z])(?:now|urgent)(?![a-z])",
    ),
    Told(
        "worry-for-others-away",
        # others far off told to be short: a worry, no ask here
        r"希望他们(?:都)?(?:没事|平安|好)|"
        r"(?<![a-z])hope (?:they'?re|they are|she'?s|he'?s) (?:ok|okay|alright|fine|safe)"
        r"(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "我同学在上海说他们小区缺菜 希望他们没事",
            "my aunt in Wuhan says their compound has no veg left, hope they're ok",
        ),
        ("我家也没菜了 希望他们没事 谁能帮我买点",),
        but_not=r"我家|我们家|(?<![a-z])(?:we|us|our|my flat)(?![a-z])",
    ),
    Told(
        "show-cut-off",
        r"(?:追的?剧|电视剧|看剧|游戏|直播)[^。!?]{0,8}(?:没看完|没打完|断了)|心都(?:要)?碎了|"
        r"(?<![a-z])my (?:show|series|game|stream) (?:got )?(?:cut off|interrupted)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        ("停电了 追的剧没看完 心都碎了", "Power cut and my show got cut off right at the end"),
        ("追的剧没看完 3-1-502",),
        when=(no_flat, request_absent),
    ),
    Told(
        "fault-seen-to",
        # a fault told mended, fine now, or already being mended: nothing left to ask
        r"(?:已经|已)(?:修好|弄好|搞好|换好|处理好)|(?:现在|已经)(?:好了|正常了|没问题了)|"
        # the cause found and dealt with by the writer (后来发现是电池没电 换了就好)
        r"(?:发现|原来)是[^。!?]{0,12}(?:换|拧|插|装|调)(?:了|好)(?:一下)?就(?:好|行)了?|"
        r"(?:物业|师傅|维修工?|电工|工人)[^。!?\s]{0,6}(?:已经|正在)(?:在)?(?:修|处理|抢修)|"
        r"(?<![a-z])(?:already (?:fixed|sorted|repaired|replaced|changed|reset)|"
        r"(?:it'?s|it is|all|everything'?s|everything is) (?:ok|okay|fine|working) (?:again|now)|"
        r"(?:maintenance|the property|property management|engineers?|the plumber|"
        r"the electrician|repair (?:team|crew)) (?:is|are) (?:already )?(?:on it|fixing it|"
        r"working on it)|(?:is|are) already on it)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "楼道的灯昨晚不亮 物业已经在修了",
            "我家热水器打不着火 刚才自己折腾了一下 现在好了",
            "the bathroom fan was rattling, I already replaced it",
            "昨天热水器不出热水 原来是插头松了 插好就行了",
            "Heads up, the gate barrier is jammed, the repair crew is already on it",
        ),
        (
            "水管上周修好了 现在又漏了 5-2-301",
            "lift was fixed yesterday but broke again, 5-1-302",
            "物业说已经修好了 可还是不出水 能再来看看吗",
        ),
        but_not=r"又(?:坏|不|停|没|漏|堵|跳)|还是(?:不|没)|"
        r"(?<![a-z])(?:(?:broke|broken|stopped|died|leaking|off) again|still (?:not|no|doesn'?t|"
        r"isn'?t|won'?t|broken|leaking))(?![a-z])",
        when=(request_absent,),
    ),
    Told(
        "after-lockdown-asked",
        # whether a service or a freedom goes on from a time to come: a rule asked
        r"(?:解封|封控结束|放开|解除封控)(?:后|以后|之后)[^。!?]{0,16}(?:吗|么|\?)|"
        r"(?:以后|今后)[^。!?]{0,10}还(?:能|可以|会|有)[^。!?]{0,12}(?:吗|么)|"
        r"(?:明天|下周|后天|从明天)(?:开始|起)[^。!?]{0,6}(?:可以|能)[^。!?]{0,10}(?:吗|么)|"
        r"(?<![a-z])(?:(?:after|once) (?:the )?lockdown(?: ends| is over| lifts| is lifted)?"
        r"[^.!?]{0,40}\?|will (?:we|you|they|the [a-z]+|volunteers|doctors?|group buys?) still "
        r"[^.!?]{0,40}\?|from tomorrow,? (?:can|may|are) we)",
        (OWN_ASK_OR_NEED,),
        (
            "封控结束后 团长还组织团购吗",
            "下周开始能去超市了吗 要带什么",
            "once lockdown is over will the nurse still do home visits?",
            "from tomorrow can we go out freely?",
        ),
        (
            "解封后能帮我把药送到医院吗",
            "after lockdown could someone bring me my parcel? 5-1-302",
        ),
        when=(no_flat,),
    ),
    Told(
        "rumour-checked",
        # something heard checked as true or false: a fact asked, not goods
        r"是真的吗|是不是真的|真的假的|"
        r"(?<![a-z])(?:is (?:it|this|that) (?:true|real)|true or (?:not|false)|real or fake)"
        r"(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "听说吃大蒜能防新冠 是真的吗",
            "someone posted that vinegar kills the virus, is it true?",
        ),
        ("听说醋能消毒 是真的吗 帮我买两瓶 3-1-502",),
        when=(no_flat,),
    ),
    Told(
        "contact-asked",
        # someone's number asked for: the writer will call, nobody is asked to act here
        r"(?:谁|有人|有谁|哪位)(?:知道|有)[^。!?\s]{0,10}(?:电话|号码|手机号|联系方式)|"
        r"(?<![a-z])(?:anyone|anybody|who) (?:know|knows|have|has|got) (?:the |a )?(?:phone )?"
        r"(?:number|contact|phone number) (?:for|of)(?![a-z])|"
        r"(?<![a-z])who'?s the (?:contact|person to call) for(?![a-z])|"
        # or the office's number asked outright (物业电话多少, what's the number for management?)
        r"(?:物业|居委会?|社区|管理处|网格员)的?(?:电话|联系方式)(?:是)?(?:多少|是什么)|"
        r"(?<![a-z])what'?s the (?:phone )?number (?:for|of) (?:the )?(?:property|management|"
        r"committee|office|maintenance)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "谁有物业维修师傅的电话 问问热水器能不能换个牌子",
            "anyone have the number for the pharmacy? want to ask whether my inhaler has a generic",
            "物业电话多少 楼道灯一直闪",
            "who's the contact for lift breakdowns here? want it saved",
            "What's the number for management? The corridor light keeps flickering",
        ),
        ("谁有社区医生电话 帮我问问降压药",),
        when=(no_flat,),
    ),
    Told(
        "class-served-asked",
        # whether a class of residents may have volunteers do something: a rule asked
        r"(?:独居老人|老年人|老人|孕妇|残疾人|行动不便的人?)[^。!?\s]{0,4}(?:能不能|可不可以|能否|可以|能)"
        r"(?:由|让|请|找)志愿者|"
        r"(?<![a-z])can (?:elderly|older|disabled|pregnant|housebound)[^.!?]{0,30} (?:have|get) "
        r"(?:a )?volunteers? (?:to )?(?:collect|pick|fetch|get|bring)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "问一下 行动不便的人可以让志愿者代取快递吗",
            "can elderly residents living alone have volunteers collect their test kits?",
        ),
        ("我家老人能不能让志愿者代领一下抗原",),
        but_not=r"我家|我们家|我(?:妈|爸|奶奶|爷爷|外婆|姥姥)|"
        r"(?<![a-z])my (?:mum|mom|dad|gran|grandma|grandpa|grandad|parents?)(?![a-z])",
        when=(no_flat,),
    ),
    Told(
        "start-time-asked",
        # when a round or a service begins asked: a schedule, not a visit asked for
        r"(?:是)?(?:几点|什么时候|哪天)(?:开始|结束)(?:啊|呢|吗)?\s*(?:\?|$)|"
        r"(?:医生|护士|大白|采样的?|检测的?)(?:今天|明天|下午|上午)?(?:大概)?(?:几点|什么时候)"
        r"(?:能|会)?(?:上门|来|到)(?:啊|呢|吗)?\s*(?:\?|$)|"
        r"(?<![a-z])(?:what time|when) (?:does|do|will) [^.!?]{0,30}(?:start|begin)(?![a-z])|"
        # when the rubbish round comes asked (垃圾几点收?)
        r"(?:垃圾|厨余)(?:一般|每天|今天|明天)?(?:几点|什么时候)(?:来)?收(?:啊|呢|吗)?\s*(?:\?|$)|"
        r"(?<![a-z])what time (?:is|are) (?:the )?(?:rubbish|garbage|trash|bins?) (?:collected|"
        r"picked up)\s*\?",
        (OWN_ASK_OR_NEED,),
        (
            "今天上门抽血是什么时候开始?",
            "what time do the home swab visits start today?",
            "护士明天大概几点来?",
            "厨余一般几点收? 好提前拿出来",
            "what time is the rubbish collected? so I know when to put it out",
        ),
        ("上门核酸几点开始 我家老人走不了 请安排上门 3-1-502",),
        when=(no_flat,),
    ),
    Told(
        "deadline-asked",
        # whether a group buy is still open and until when asked: its schedule, no share claimed
        r"(?:什么时候|几点|哪天)截(?:止|单)|截(?:止|单)(?:时间)?(?:是)?(?:几点|什么时候|哪天)|"
        r"(?<![a-z])(?:what'?s|whats|what is|when'?s|when is) the (?:deadline|cut-?off)(?![a-z])",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        (
            "这周的水果团购还能参加吗 什么时候截止",
            "Can we still join the group-buy this week? whats the deadline?",
            "is the meat group buy still open? when's the cut-off?",
        ),
        ("团购什么时候截单 帮我报两箱牛奶 3-1-502", "what's the deadline? put us down for 2 bags"),
        when=(no_flat,),
    ),
    Told(
        "price-complained",
        # a group buy's price grumbled at, a cheaper one wondered about: chatter, nothing asked
        r"(?:有点|太|好|挺|真|也太)贵[^。!?]{0,8}(?:有没有|有没|还有没有)(?:更)?便宜|"
        r"(?<![a-z])(?:a bit|too|so|quite|really) (?:pricey|expensive|dear)[^.!?]{0,20}"
        r"(?:anything|any(?:one| of you)? (?:know|found|seen)?[^.!?]{0,12}) cheaper(?![a-z])",
        (OWN_ASK_NOT_HOME, GOODS_COUNTED),
        (
            "这次水果团购有点贵 有没有便宜点的渠道",
            "the veg box is a bit pricey this week, anything cheaper around?",
        ),
        ("太贵了 有没有便宜点的 帮我买两斤 3-1-502",),
        when=(no_flat,),
    ),
    Told(
        "own-disposal-asked",
        # whether the writer may throw it out themselves: advice asked, no collection
        r"(?:直接|自己)(?:扔|丢|倒|冲)(?:掉|了)?[^。!?\s]{0,4}(?:可以吗|行吗|可以么|没事吧|就行吗)|"
        r"(?<![a-z])(?:can|could|should) i just (?:throw|bin|toss|chuck|pour|flush)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        ("过期的退烧药 直接扔了行吗", "old insulin pens, can I just bin them?"),
        ("过期的药帮忙扔一下 3-1-502",),
        when=(no_flat,),
    ),
    Told(
        "reading-judged-asked",
        # what a home reading means asked: advice, no goods
        r"(?:算|是不是|属于)(?:高|低|偏高|偏低|正常)(?:吗|么|吧)|"
        r"(?<![a-z])is (?:that|this|it) (?:too )?(?:high|low|normal)\s*\?",
        (OWN_ASK_OR_NEED,),
        ("血氧仪测出来94 算低吗", "oximeter says 94, is that low?"),
        ("血压计坏了 帮我买一个",),
        when=(no_flat,),
    ),
    Told(
        "ask-withdrawn",
        # the ask called off: found, done by the writer, no need any more
        r"不用管了|找到了|发错群了|发错了群|"
        r"(?<![a-z])(?:wrong (?:group|chat)|posted (?:it |this )?in the wrong)(?![a-z])|"
        r"我自己(?:去)?(?:扔|拿|取|买|弄|修)(?:就行|吧)?[^。!?]{0,4}(?:不用|别)|"
        r"(?<![a-z])(?:nvm|never ?mind),? (?:found|got|sorted|fixed)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "快递还没拿 我自己取 不用管了",
            "anyone got a spare HDMI cable? nvm found one in a drawer",
            "快递单号 发错群了 各位忽略",
            "sorry, wrong group, ignore my pickup code",
        ),
        ("找到了 但是坏了 帮我买个新的",),
    ),
    Told(
        "back-to-normal",
        # a service told back to normal: nothing left to ask
        r"恢复(?:正常)?(?:清运|供应|配送|收运|营业|通行)|不用再(?:放|送|报|登记|排队)|"
        r"(?<![a-z])(?:(?:collection|deliveries|service)s? (?:is |are )?back to normal|"
        r"no (?:more )?need to (?:leave|put) (?:it|them|bags|bins|rubbish|trash) "
        r"(?:out|outside))(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "明天起快递恢复正常配送 不用再下楼取了",
            "bin collection is back to normal, no need to leave bags outside",
        ),
        ("恢复正常清运了吗 我家垃圾能帮忙扔一下吗",),
    ),
    Told(
        "version-asked",
        # the same notice or link asked in another form: information, no order
        r"(?:能|可以)(?:不能)?(?:出|发|做|弄)(?:个|一个|一份)?(?:文字版|语音版|英文版|中文版|大字版)|"
        r"(?<![a-z])(?:a |an )?(?:text|english|chinese|audio|large[- ]print) version(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "接龙的图片能不能出个英文版 外籍邻居看不懂",
            "could the group buy list come in an English version please?",
        ),
    ),
    Told(
        "placed-order-refund-asked",
        # a refund or a late order already placed asked about: no new order
        r"(?:能|可以)(?:不能)?退(?:款|钱|货)?(?:吗|么)|怎么退(?:款|钱)?|"
        r"(?<![a-z])(?:can (?:i|we) get a refund|how (?:do|can) (?:i|we) (?:get a )?refund)"
        r"(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "上周团购的水果一直没送来 可以退钱吗",
            "the group buy eggs never came, can we get a refund?",
        ),
        ("团的鸡蛋碎了 帮我退一下",),
    ),
    Told(
        "hotline-shared",
        # a helpline's number passed on for others to share: a notice, no order
        r"热线|心理咨询|咨询电话|(?<![a-z])(?:hotline|helpline|counsell?ing)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "青少年心理援助热线 12355 有需要的家长转给孩子",
            "Free counselling hotline for seniors: 12349, please share with your parents",
        ),
        ("心理热线打不通 我妈情绪很差 能请医生来看看吗 转给谁都行 3-1-502",),
        also=r"转给|转发给?|分享给|(?<![a-z])share (?:it |this |the number )?with(?![a-z])",
        when=(no_flat,),
    ),
    Told(
        "next-round-told",
        # the run has left already; asks wait for the next one: told, nothing asked
        r"下(?:次|一次|一轮|一批|趟|一趟)再(?:报|接龙|登记|统计)|"
        r"(?:已|已经)截单[^。!?]{0,6}(?:明天|明日|下周|下次)再(?:报|接龙|登记)|"
        r"(?<![a-z])(?:sign up|add (?:it|yours)|report (?:it|yours)) (?:next time|for the next "
        r"(?:round|run|trip))(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "买菜的车已经开走了 还要买的下次再报",
            "今天的蔬菜团购已截单 明日再接龙",
            "the pharmacy run has left, anyone else please sign up next time",
        ),
        ("下次再报就来不及了 能帮我买盒降压药吗",),
        when=(no_flat,),
    ),
    Told(
        "learning-wanted",
        # a skill one wants to learn: a question of one's own, no service
        r"想学(?:一下|一学|学|着)?|(?<![a-z])(?:want to|wanna|would like to|'d like to) learn"
        r"(?![a-z])|(?:谁|有人|有谁)(?:能|可以)?教(?:我|一下我)(?:一下)?怎么|"
        r"(?<![a-z])(?:can|could) (?:someone|anyone|somebody) teach me how(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "谁会理发 封控期间想学一下",
            "does anyone know how to fix a dripping tap? I want to learn",
            "谁可以教我怎么在网上挂号",
            "can somebody teach me how to use the group-buy app?",
        ),
        ("谁会修水管 我也想学 能来修一下吗 3-1-502",),
        when=(no_flat,),
    ),
    Told(
        "fix-it-myself",
        # the writer will do the job, asking only how: advice, no tradesperson
        r"(?:我)?(?:想|打算|准备)自己(?:换|修|弄|装|来)|"
        r"(?<![a-z])(?:i'?ll|i will|i want to|i'?d like to|i'?m going to) (?:do|fix|change|"
        r"replace|try) (?:it|them|this) myself(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "水龙头滴水 要关总阀吗 我想自己修",
            "how do you change a tap washer, turn the water off first? I'll do it myself",
        ),
        ("我想自己换 但是不会 能来修一下吗",),
        when=(no_flat,),
    ),
    Told(
        "outage-extent-asked",
        # whether an outage is the whole building's or one's own asked: a fact, no repair asked
        r"(?:整栋|整幢|全楼|整个单元|整个小区)[^。!?\s]{0,4}还是(?:就|只有|只是)?(?:我们?家|我这)|"
        r"(?<![a-z])(?:whole (?:building|block) or just (?:us|me|our|my)|just (?:us|me|our flat|"
        r"my flat) or (?:the )?whole (?:building|block))(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "没水了 是整栋楼停还是就我家",
            "power's out, is it the whole building or just us?",
        ),
        ("停电了 整栋还是我家 能来修一下吗 3-1-502",),
        when=(no_flat,),
    ),
    Told(
        "form-to-fill",
        # a form sent round for every household to fill in: a notice, no order
        r"(?:请|麻烦大家|大家)(?:各户|各位|大家)?(?:每天|每日|按时|及时|如实|务必)*(?:填写|填报)(?![^。!?\s]{0,4}(?:一下|下)?(?:我|给我))|"
        r"(?<![a-z])please fill (?:it |this |them |the form )?(?:in|out)(?: daily| every day| by| "
        r"before)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "[文件] 核酸采样登记表 请各户按时填写",
            "[file] daily symptom log, please fill it in daily",
        ),
        ("表格不会填 能帮我填写一下吗",),
        when=(no_flat,),
    ),
    Told(
        "buyers-gathered",
        # a group buy set up, others asked to join: the organiser's invitation, no order
        r"(?:有没有人|谁|有人)想(?:一起|跟我)?(?:团|拼)|"
        r"(?<![a-z])(?:anyone|anybody|who) (?:wants?|keen) to (?:join|group-buy|split)(?: a| an| "
        r"the| my)? (?:group[- ]?buy|order)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "有没有人想一起团鸡蛋 满30份发货",
            "anyone want to join a group buy for fresh milk? need 20 people",
        ),
        ("有没有人想一起团 帮我带两箱 3-1-502",),
        when=(no_flat,),
    ),
    # Goods short told to all with a word to calm them (超市抢空了 大家别慌, don't panic buy,
    # the committee says supplies come tomorrow): news for the group, nobody asked.
    Told(
        "shortage-calmed",
        r"大家(?:都)?(?:别|不要|不用|莫)(?:慌|急|抢|囤|恐慌|重复问|再问)|"
        r"(?<![a-z])(?:don'?t|do not|no need to) panic(?: buy(?:ing)?)?(?![a-z])",
        (OWN_ASK_OR_NEED, OWN_ASK_OR_HOME),
        (
            "菜场的鸡蛋都卖光了 大家别慌 明天补货",
            "药房说布洛芬缺货 下周才到 大家别重复问了",
            "no need to panic buy, the committee says rice arrives tomorrow",
        ),
        ("大家别慌 我家米没了 谁能帮我买一袋 3-1-201", "don't panic, but can someone buy me milk?"),
    ),
    # Goods hoarded told of (我妈囤了二十斤盐, my dad stockpiled 30 rolls): a tale, no ask.
    Told(
        "hoard-told",
        r"囤了|(?<![a-z])(?:stockpiled|hoarded)(?![a-z])",
        (OWN_ASK_OR_NEED, OWN_ASK_OR_HOME),
        (
            "笑死 我爸囤了三十斤大米 说怕涨价",
            "lol my mum stockpiled 40 rolls of toilet paper",
        ),
        ("家里囤了的米吃完了 帮我买一袋 5-1-301",),
        when=(request_absent,),
    ),
    # The group buy's running asked, with no goods nor flat (这周还能团购吗): a schedule asked.
    Told(
        "group-buy-running-asked",
        r"(?:还能|还可以|还有|什么时候|啥时候|几时|哪天)(?:再)?(?:团购|开团)(?:吗|么|没|呀|啊)?",
        (OWN_ASK_OR_HOME, GOODS_COUNTED),
        ("请问这周还能团购吗", "下次什么时候开团啊"),
        ("这周还能团购吗 我想要两箱牛奶 3-1-201",),
        when=(no_flat,),
    ),
    # A reading's threshold told to all with whom to tell (超过37.3的请私信社区医生, if anyone's
    # temp goes above 37.3 DM the lead): a staff notice, nobody's order.
    Told(
        "threshold-notice",
        r"(?:体温)?(?:超过|高于|大于|达到|超)\s*3[7-9](?:\.\d)?\s*(?:度|℃)?(?:以上)?的|"
        r"(?<![a-z])(?:if|when) (?:anyone|anybody|someone|your|you)[^.!?]{0,20}(?:temp|temperature|"
        r"fever)[^.!?]{0,12}(?:above|over|higher than|exceeds|reaches) 3[7-9]",
        (OWN_ASK_OR_HOME,),
        (
            "体温超过37.3的 请私信社区医生 不要在群里发",
            "If your temp goes above 37.5 please message the building lead directly",
        ),
        ("我家孩子体温超过38了 请医生来看看 3-1-201",),
        when=(no_flat,),
    ),
    # A fault told only as the excuse to laze at home (电梯坏了我就在家躺平呗 😂, lift's out so
    # I'm staying in bed): a joke, nobody asked.
    Told(
        "fault-an-excuse",
        r"(?:坏了|停了|停电了|不动了)[^。!?]{0,6}(?:我就|正好|刚好|干脆)[^。!?]{0,4}(?:躺平|躺着|宅着|睡觉|休息)|"
        r"(?<![a-z])(?:broken|out|down)[^.!?]{0,20}(?:perfect|good|great) excuse to "
        r"(?:stay|lie|sleep)(?![a-z])",
        (OWN_ASK_OR_NEED, OWN_ASK_OR_HOME),
        (
            "电梯坏了 正好在家躺平 反正也出不去哈哈",
            "lift is broken again, perfect excuse to stay in bed all day lol",
        ),
        ("电梯坏了我就在家躺着 麻烦物业快来修 3-1-502",),
        when=(request_absent,),
    ),
    # A volunteer's or lead's report headed as such (志愿者更新:…, Volunteer update:, 汇报一下今天
    # 的情况): rounds told done, nobody asked.
    Told(
        "update-headed",
        r"^\W*(?:志愿者|楼长|团长|社区)?(?:更新|汇报|通报|进度)\s*[:：]|汇报一下(?:今天|今日)?的?(?:情况|进度)|"
        r"^\W*(?:volunteer|daily|evening|morning) update\s*[:：\-]",
        (OWN_ASK_OR_HOME,),
        (
            "志愿者更新:今天的菜已全部送到 明天上午收新的需求",
            "Volunteer update: medicine for unit 3 delivered, garbage done on floors 1-8",
        ),
        ("志愿者更新一下我家的需求 要两袋米",),
    ),
    # Boredom told over an outage (停电没网 无聊死了, no wifi all day, so bored): a moan, nobody
    # asked to mend anything.
    Told(
        "bored-told",
        r"无聊死了|好无聊|太无聊了|闷死了|"
        r"(?<![a-z])(?:dying of boredom|bored to death|so bored|bored out of my mind)(?![a-z])",
        (OWN_ASK_OR_NEED, OWN_ASK_OR_HOME),
        (
            "停水停网 在家无聊死了",
            "so bored, the internet has been down since noon lol",
        ),
        ("网断了 无聊死了 能来修一下吗 3-1-502", "wifi is out and I'm so bored, can you fix it?"),
        when=(request_absent,),
    ),
    # A mishap told with nobody hurt (猫打碎了杯子 还好没人受伤, tripped, no harm done): news, no
    # repair asked.
    Told(
        "mishap-no-harm",
        r"(?:没人|没有人|人都没)受伤|"
        r"(?<![a-z])(?:no harm done|nobody (?:was |got )?hurt|no one (?:was |got )?hurt|"
        r"no-one (?:was |got )?hurt)(?![a-z])",
        (OWN_ASK_OR_NEED,),
        (
            "孩子把杯子摔碎了 一地玻璃渣 好在没人受伤",
            "slipped on the wet floor, no harm done, all fine",
        ),
        ("窗户玻璃碎了 没人受伤 麻烦来修一下 3-1-502", "窗户玻璃碎了 还好没人受伤 3-1-502"),
        when=(request_absent, no_flat),
    ),
    # A courier's word passed on (快递员说今天不送了 路都淹了, the courier says no deliveries
    # today): news, nobody asked.
    Told(
        "courier-word-passed",
        r"(?:快递员?|外卖|骑手|送货的)[^。!?\s]{0,4}说[^。!?]{0,8}(?:不送|送不了|送不进来|停送)|"
        r"(?<![a-z])(?:courier|delivery (?:guy|man|driver)|driver) (?:says|said) [^.!?]{0,20}"
        r"(?:no deliver(?:y|ies)|not delivering|can'?t deliver)(?![a-z])",
        (OWN_ASK_OR_NEED, OWN_ASK_OR_HOME),
        (
            "快递员说明天也不送了 到处都是水",
            "the courier said no deliveries today, the road is flooded",
        ),
        ("快递员说不送了 能帮我去门口拿一下吗",),
        when=(request_absent,),
    ),
    # Recipes or tips to swap (素食的朋友交流一下菜谱, let's share recipes): chat, no goods asked.
    Told(
        "tips-swapped",
        r"(?:交流|分享|互换|交换)(?:一下)?(?:菜谱|食谱|做法|心得)|"
        r"(?<![a-z])(?:let'?s|we could|happy to) (?:share|swap|trade) (?:some )?"
        r"(?:recipes|tips|ideas)(?![a-z])",
        (OWN_ASK_OR_NEED, OWN_ASK_OR_HOME),
        (
            "群里有吃素的吗 大家交流一下菜谱",
            "any other bakers here? let's swap recipes",
        ),
        ("交流一下菜谱 顺便帮我买两斤面粉",),
    ),
    # Nothing needed told beside a report (37.8, tired, nothing needed): no ask.
    Told(
        "nothing-needed",
        r"什么都不(?:需要|用)|啥都不(?:需要|用)|暂时不需要(?:什么|啥)|"
        r"(?<![a-z])(?:nothing (?:needed|required)|(?:i |we )?don'?t need anything)(?![a-z])",
        (OWN_ASK_OR_PLEA,),
        (
            "体温37.6 有点累 什么都不需要 谢谢关心",
            "temp 37.9 this morning, a bit tired, nothing needed",
        ),
        ("nothing needed for me, but could someone buy bread for my mum?",),
    ),
    # Whether a thing is allowed or safe asked (隔离期间能不能去医院, is it safe to use the gas
    # stove in a power cut?), or when a permit comes through: a fact, nobody asked to come.
    Told(
        "rule-or-status-asked",
        r"(?:会不会|有没有)(?:有)?危险|安不安全|(?<![a-z])is it safe to(?![a-z])|"
        r"(?:期间|的时候)[^。!?\s]{0,4}(?:能不能|可不可以|能否|可以)(?:去|出去|下楼|出门)|"
        r"什么时候(?:能|可以|才能)?(?:办|批|审|发)(?:下来|好|完)",
        (GOODS_COUNTED,),
        (
            "问一下 封控期间能不能下楼取快递",
            "is it safe to use the gas stove during the power cut?",
            "帮我爸问问 他的出行证明什么时候能批下来",
        ),
        ("隔离期间能不能去医院 能不能帮我开个证明 3-1-502",),
        but_not=r"能不能帮|能不能(?:团|买|送|派|安排)|帮忙|麻烦|"
        r"(?<![a-z])(?:can|could) (?:you|someone)",
    ),
)


_Compiled = tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None]
_COMPILED: dict[str, _Compiled] = {
    entry.name: (
        compile_prefiltered(entry.pattern),
        None if entry.also is None else compile_prefiltered(entry.also),
        None if entry.but_not is None else compile_prefiltered(entry.but_not),
    )
    for entry in TOLD
}
_GUARDS = {guard.name: compile_prefiltered(guard.pattern) for guard in GUARDS}
_Run = tuple[tuple[re.Pattern[str], ...], int, tuple[tuple[int, Told, _Compiled], ...]]


def _run(guards: tuple[Rule, ...], entries: list[tuple[int, Told]]) -> _Run:
    """A run's guards, the mask of its entries (bit i: TOLD[i]) and each entry with its bit."""
    return (
        tuple(_GUARDS[guard.name] for guard in guards),
        sum(1 << at for at, _ in entries),
        tuple((1 << at, entry, _COMPILED[entry.name]) for at, entry in entries),
    )


# Consecutive entries that share guards, each run behind its guards: one search of a guard found
# skips the whole run. (All the patterns joined in one alternation, searched first, would cost
# more than the entries it spares: its alternatives cannot be hoisted to a literal scan.)
_RUNS = tuple(
    _run(guards, list(run))
    for guards, run in groupby(enumerate(TOLD), key=lambda item: item[1].guards)
)
# Which entries can match a text at all, read from the characters their matches start with: of
# some eighty entries a text holds the first characters of a dozen or so, and only those (and the
# guards of their runs) are searched.
_POSSIBLE = LazyPrefixIndex([entry.pattern for entry in TOLD])


def _guarded(entry: Told, text: str) -> bool:
    """Whether one of the entry's guards is found: the writer asks too."""
    return any(_GUARDS[guard.name].search(text) for guard in entry.guards)


def _found(entry: Told, compiled: _Compiled, text: str, request: re.Match[str] | None) -> bool:
    """Whether the entry's pattern is found and all else it needs holds (its guards apart)."""
    pattern, also, but_not = compiled
    found = pattern.search(text)
    if found is None:
        return False
    if also is not None and also.search(text, found.end() if entry.also_after else 0) is None:
        return False
    if but_not is not None and but_not.search(text):
        return False
    return all(condition(text, request, found) for condition in entry.when)


def told_unasked(text: str, request: re.Match[str] | None) -> str | None:
    """The first entry of TOLD that reads the message as told rather than asked, or None."""
    possible = _POSSIBLE.mask(text)
    for guards, mask, run in _RUNS:
        if not possible & mask or any(guard.search(text) for guard in guards):
            continue
        for bit, entry, compiled in run:
            if possible & bit and _found(entry, compiled, text, request):
                return entry.name
    return None
