"""The wider in-doubt net's concepts: what might be a medical or safety emergency, by meaning.

Each concept is one regex over normalized text (lower case, simplified characters), in zh and en.
Symptoms are grouped by body system, so that two systems in trouble count twice; the other
concepts are what makes a symptom urgent: suddenness, worsening, a vulnerable person, something
swallowed, a danger in the building, despair, someone not answering, a call for help. They are
written from what an emergency is (the corpus README's list) rather than from any one set's
wording; `doubt_net.py` scores them and also feeds them to its n-gram model as features.
"""

from __future__ import annotations

import re

from domain.understanding.emergency_lexicon import CARRIED
from domain.understanding.prefilter import compile_prefiltered

_EN_START = r"(?<![a-z])"
_EN_END = r"(?![a-z])"


def _en(words: str) -> str:
    """English alternatives as whole words (a trailing \\w* lets a stem take its endings)."""
    return f"{_EN_START}(?:{words}){_EN_END}"


# Symptoms by body system. A word belongs to one system only.
SYSTEMS: dict[str, re.Pattern[str]] = {
    "airway": compile_prefiltered(
        r"喘|憋气|憋得|透不过气|上不来气|喘不上|气短|呼吸(?:困难|急|快|不|很|好)|呛(?:着|到|住)|卡(?:住|在)(?:了)?(?:喉|嗓|气管)|卡喉|鱼刺|"
        r"发不出(?:声|音)|说不出话|讲不出话|说话(?:费劲|断断续续)|一句话(?:要)?(?:停|分)|抓(?:着)?(?:脖子|喉咙)|"
        r"喉咙(?:肿|紧|堵)|嗓子(?:肿|紧|堵)|嘴唇(?:发)?(?:紫|肿|青)|舌头(?:肿|大)|嘴(?:巴)?肿|脸(?:都)?肿|流口水|"
        r"喉鸣|哮喘|咳不出|"
        + _en(
            r"wheez\w*|gasp\w*|chok\w*|(?:trouble|difficulty|struggling to|can'?t) breath\w*|"
            r"breathing (?:hard|fast|heavy|weird|funny|strange|noisy)|barely breathing|breathless|"
            r"short of breath|shortness of breath|out of breath|"
            r"can'?t finish (?:a |his |her |my )?sentences?|"
            r"lips? (?:\w+ )?(?:swell\w*|swollen|blue|purple)|tongue (?:\w+ )?(?:swell\w*|swollen)|"
            r"throat (?:\w+ )?(?:swell\w*|swollen|closing|tight)|"
            r"swollen (?:lips?|tongue|throat|face)|face (?:\w+ )?(?:swell\w*|swollen)|drool\w*|"
            r"stridor|retch\w*|clutching (?:his|her|my) throat|"
            r"voice (?:\w+ )?(?:weird|hoarse|strange|gone|funny)|inhaler"
        )
    ),
    "neuro": compile_prefiltered(
        r"口齿不清|说话不清|说话含糊|话都说不|口角歪|嘴(?:角)?歪|脸歪|半边(?:脸|身)|一边(?:手|脚|胳膊|腿|身子)|"
        r"(?:手|胳膊|腿|脚)(?:突然)?(?:没劲|无力|抬不起|动不了|发软|耷拉)|站不稳|走路(?:不稳|打晃)|"
        r"抽搐|抽风|翻白眼|口吐白沫|意识不清|神志不清|不认人|认不出|不知道(?:自己)?在哪|胡言乱语|糊涂|迷糊|"
        r"昏昏沉沉|昏睡|叫不醒|喊不醒|推不醒|没反应|没有反应|眼睛睁不开|犯困|"
        r"看不见|看东西(?:重影|模糊)|剧烈头痛|头痛欲裂|"
        + _en(
            r"slurr\w*|garbled|droop\w*|numb\w*|"
            r"(?:arm|leg|hand|side) (?:\w+ )?(?:flop\w*|limp|dead|weak)|"
            r"can'?t (?:move|lift|feel) (?:his|her|my|the) \w+|seiz\w*|convuls\w*|"
            r"(?:can'?t|cannot|unable to) (?:speak|talk) (?:properly|right|correct\w*|clearly)|"
            r"half (?:of )?(?:his|her|my|the) face|face (?:is )?(?:hanging|sagging)|"
            r"confus\w*|disorient\w*|doesn'?t (?:know|recogni[sz]e) (?:where|who|what)|"
            r"what day it is|listless|lethargic|drows\w*|floppy|unresponsive|won'?t wake|"
            r"keep (?:his|her|their|my) eyes open|barely (?:awake|conscious)|dazed|"
            r"not making sense|worst headache"
        )
    ),
    "cardiac": compile_prefiltered(
        r"胸(?:口)?(?:痛|疼|闷|紧|压)|心口(?:痛|疼|闷)|心慌|心跳(?:很快|好快|特别快|乱|不齐|停)|心脏(?:痛|疼|不舒服)|"
        r"冷汗|大汗|脸色(?:发)?(?:白|灰|青|紫|蜡黄|很差|不对)|嘴唇发白|手脚冰凉|"
        + _en(
            r"chest (?:\w+ )?(?:pain|tight\w*|pressure|hurts?)|palpitat\w*|"
            r"heart (?:racing|pounding)|"
            r"cold sweat|clammy|drenched|sweating|shak(?:y|ing)|pale|grey|gray|ashen"
        )
    ),
    "gut": compile_prefiltered(
        r"吐(?!槽|司)|呕|干呕|拉血|便血|黑便|肚子(?:剧痛|疼得|痛得)|"
        + _en(r"vomit\w*|throw(?:ing)? up|threw up|puk\w*|blood in (?:his|her|my) (?:stool|poo)")
    ),
    "bleeding": compile_prefiltered(
        r"流血|出血|大出血|血(?:流|止不住|喷)|一滩血|全是血|好多血|"
        + _en(r"bleed\w*|blood\w*|gush\w*|soak\w*")
    ),
    "injury": compile_prefiltered(
        r"摔(?:倒|了|下)|跌(?:倒|下)|掉下(?:来|去)|从[^,。!?]{1,8}(?:摔|掉|跌)|磕(?:到|了|破)|撞(?:到|了)(?:头|脑袋)|"
        r"头(?:上)?(?:磕|撞|破)|骨折|骨头(?:断|露|戳)|烫伤|烧伤|起(?:了)?(?:大)?泡|脱皮|触电|电(?:到|了)|被咬|"
        + _en(
            r"fell(?! asleep| behind| apart)|fallen|fall(?:s|ing)? (?:down|over|off)|"
            r"hit (?:his|her|my|their) head|head injury|broke(?:n)? (?:his|her|my) \w+|"
            r"burn(?:ed|t|s)?|scald\w*|blister\w*|peel\w*|electrocut\w*|bitten|top bunk|"
            r"off the (?:bed|ladder|bunk|stairs|balcony|chair)"
        )
    ),
    "allergy": compile_prefiltered(
        r"过敏|肿起来|肿得|疹子|荨麻疹|风团|"
        + _en(r"allerg\w*|anaphyla\w*|hives|swell\w*|swollen|puff(?:ed|ing) up|rash all over")
    ),
    "labour": compile_prefiltered(
        r"羊水|破水|宫缩|要生了|见红|" + _en(r"contraction\w*|water(?:s)? broke|in labou?r")
    ),
}

# What makes a symptom urgent.
SUDDEN = compile_prefiltered(
    r"突然|忽然|一下子|猛地|刚刚|刚才|刚吃|刚被|几分钟前|分钟前|半小时前|就在刚|"
    + _en(
        r"sudden\w*|all of a sudden|just now|out of nowhere|minutes? ago|\d+ ?min\w* ago|"
        r"right now|just (?:started|happened|collapsed|fell)"
    )
)
WORSENING = compile_prefiltered(
    r"越来越|更(?:厉害|严重|重|大)|加重|变重|还在(?:流|吐|抽|喘|冒)|停不下来|止不住|一直(?:吐|流|喘|抽|咳)|"
    r"(?:两|三|好几|几)(?:次|回)|"
    + _en(
        r"getting (?:worse|stronger|bigger|louder|weaker)|worse and worse|won'?t stop|keeps? "
        r"(?:getting|throwing|vomiting|bleeding|coughing)|twice|three times|more and more|"
        r"can'?t stop"
    )
)
VULNERABLE = compile_prefiltered(
    r"老人|老爷子|老太太|老太|爷爷|奶奶|外婆|外公|姥姥|姥爷|老伴|婴儿|宝宝|宝贝|孩子|娃|小孩|儿子|女儿|"
    r"孕妇|怀孕|孕(?:\d+|[一二三四五六七八九十]+)(?:周|个月)|独居|一个人住|家里就(?:他|她)一个|糖尿病|心脏病|"
    + _en(
        r"elderly|old (?:man|lady|woman|guy)|grand(?:ma|pa|mother|father|son|daughter)|baby|"
        r"toddler|infant|kid|child|son|daughter|newborn|pregnan\w*|\d+ weeks|diabetic|lives alone|"
        r"on (?:his|her) own|dad|mom|mum|father|mother"
    )
)
SWALLOWED = compile_prefiltered(
    r"吞(?:了|下)|误(?:食|服|吃|喝)|喝了(?:[^,。!?]{0,6})(?:消毒|漂白|84|农药|洗|酒精)|"
    r"吃了(?:[^,。!?]{0,8})(?:(?:大)?半瓶|一(?:整)?瓶|一板|一盒|好几(?:粒|片|颗)|几(?:粒|片|颗)|一把|电池|硬币|蘑菇)|"
    r"(?:电池|硬币|磁铁|纽扣)|"
    r"一(?:整)?(?:瓶|板|盒)(?:的)?(?:药|安眠药)|"
    + _en(
        r"swallow\w*|ingest\w*|ate (?:a |some |the |his |her |my )?(?:pills?|coin|battery|"
        r"batteries|magnets?|mushrooms?|bleach|detergent|tablets?)|whole (?:pack|bottle|box|"
        rf"strip){CARRIED}|overdos\w*|(?:button|coin) batter\w*|coin|cashew|peanut\w*|nut allergy|"
        r"bee sting|stung"
    )
)
DANGER = compile_prefiltered(
    r"煤气味|燃气味|臭鸡蛋|怪味|焦味|烧焦|糊味|冒烟|浓烟|有烟|起火|着火|火苗|火光|明火|漏气|漏电|"
    r"一氧化碳|炭盆|烧炭|火警|报警器|电线(?:冒|着|打火)|打火花|"
    + _en(
        r"smoke|smoky|fire|flames?|burning smell|smell\w* (?:of )?(?:gas|burning|smoke)|"
        r"gas smell|rotten[- ]egg\w*|sulfur|sulphur|carbon monoxide|charcoal|sparks?|"
        r"fumes|alarm (?:going off|beeping)"
    )
)
DESPAIR = compile_prefiltered(
    r"不想活|活不下去|撑不下去|坚持不下去|不想再醒|了结|结束(?:这一切|生命|自己)|轻生|遗书|"
    r"再见了|永别|告别|跳下去|跳楼|割腕|攒(?:了)?(?:[^,。!?]{0,4})药|药[^,。!?]{0,4}攒|对不起大家|"
    # a farewell told by its acts: no more trouble to anyone, weary of living, the means at hand
    r"(?<!下次)(?<!以后)不会再(?:给[^,。!?]{0,3})?(?:添麻烦|麻烦)|活着(?:太|好|真)?(?:累|没意思)|"
    r"(?:刀|绳|药)[^,。!?\s]{0,5}(?:放)?在(?:手边|身边|枕头)|解脱|"
    + _en(
        r"goodbye|farewell|end it|end my life|kill myself|no point|the point anymore|"
        r"(?:can'?t|cannot|can not) (?:do this|go on|take it) anymore|"
        r"letters? (?:to|for) (?:my|the)|"
        r"saving (?:up )?(?:my )?pills|jump(?:ing)? (?:off|from)|tonight(?:'s| is| feels like) the|"
        r"giving away my|gave away my|(?:finally|forever) (?:be )?at peace|say goodbye|"
        r"won'?t be a burden|(?:look after|take care of) my (?:dog|cat|pets?)"
    )
)
SILENT = compile_prefiltered(
    r"(?:没|不)(?:开门|应门|回应|接电话|回消息|动静)|敲门(?:没|不)|电话(?:没人接|打不通|不接)|"
    r"好几天没(?:见|出门|开门)|敲墙|一声(?:巨)?响[^,。!?]{0,8}(?:没动静|没声)|"
    + _en(
        r"hasn'?t (?:opened|answered|come out|been seen|picked up)|not answering|no answer|"
        r"won'?t answer|doesn'?t answer|tapping on the wall|knocking|calling out|door is locked|"
        r"thud|(?:and )?now nothing|no sound since"
    )
)
HELP = compile_prefiltered(
    r"救命|快来|快点|快叫|快帮|帮帮|求助|求救|急(?!性|诊|死|事)|怎么办|咋办|叫救护车|(?<!\d)120(?!\d)|"
    + _en(r"help|urgent\w*|hurry|asap|emergency|ambulance|please come|someone come|911|999")
)
SEVERE = compile_prefiltered(
    r"剧痛|疼得(?:受不了|打滚|直哭|说不出)|痛得(?:受不了|打滚)|受不了|不行了|很严重|特别严重|好多|一大片|"
    + _en(
        r"unbearable|excruciating|severe|really bad|a lot|huge|big area|all over|can barely|"
        r"can'?t breathe|can'?t (?:stand|walk|talk|speak)"
    )
)

# Someone hurting someone, or a weapon taken up (他拿刀了, sounds like he is beating her).
VIOLENCE = compile_prefiltered(
    r"拿(?:着|起|出)?(?:了)?(?:菜)?刀|动刀|打人|打老婆|打孩子|家暴|砸门|踹门|掐(?:着|住)?脖子|"
    + _en(
        r"beating (?:her|him|them|his|the)|hitting (?:her|him|them)|has a knife|with a knife|"
        r"knife|screaming|punching|attacking"
    )
)
# A person said to be failing (人不行了, he's not going to make it).
FAILING = compile_prefiltered(
    r"人(?:快|要)?不行了|快不行了|要不行了|快没(?:气|了)了|"
    + _en(
        r"(?:he|she|mum|mom|dad|father|mother|grandma|grandpa|granny|husband|wife|son|daughter|"
        r"baby|neighbou?r)(?: is|'s) dying|not going to make it|we'?re losing (?:him|her)"
    )
)

CONCEPTS: dict[str, re.Pattern[str]] = {
    "sudden": SUDDEN,
    "worse": WORSENING,
    "person": VULNERABLE,
    "swallowed": SWALLOWED,
    "danger": DANGER,
    "despair": DESPAIR,
    "silent": SILENT,
    "help": HELP,
    "severe": SEVERE,
    "violence": VIOLENCE,
    "failing": FAILING,
}

# Anything the net could start from: when none of these is in a message, nothing more is read.
# (One alternation of them all scans no faster and doubles their compile time at import.)
ANCHORS: tuple[re.Pattern[str], ...] = (
    *SYSTEMS.values(),
    SWALLOWED,
    DANGER,
    DESPAIR,
    SILENT,
    VIOLENCE,
    FAILING,
)
