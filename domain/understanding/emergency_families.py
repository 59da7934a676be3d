"""Which emergency family a wording tells of, and which family comes first."""

from __future__ import annotations

from collections.abc import Iterable

from domain.understanding.model import EmergencyFamily as Family
from domain.understanding.prefilter import compile_prefiltered

# A trigger names its own family; a trigger that covers several (没有呼吸 and 喘不上气 in one
# table entry), a warning sign and the in-doubt net's concepts take it from their words: the
# first row whose words are found wins, so the most specific wording comes first. A row with no
# family says "no advice of its own" (heat stroke is not a stroke).
# An arm or leg gone weak or limp (his right arm has gone weak): a stroke's sign, not the heart's.
GONE_WEAK = (
    r" (?:has |is |went |has gone |gone |feels? |is going )?(?:all )?"
    r"(?:weak|limp|floppy|dead|heavy)"
)
FAMILY_WORDS: tuple[tuple[Family | None, str], ...] = (
    (None, r"heat ?stroke|中暑|grey|gray|ashen|pale|灰白|苍白"),
    (
        Family.NOT_BREATHING,
        r"没有?了?呼吸|呼吸\S{0,2}(?:停|没了|没有了|摸不到|测不到|感觉不到|听不到)|停止呼吸|没有?气|断气|"
        r"不喘气|不(?:会)?呼吸了|心跳\S{0,2}(?:停|骤停|没了|没有了|摸不|测不|感觉不到|听不到)|心脏骤停|"
        r"(?:没有?了?|无|摸不到|摸不着|测不到|量不到|感觉不到|听不到|找不到|探不到)"
        r"(?:心跳|脉搏|脉象|呼吸|鼻息|气息|喘气|脉)|"
        r"(?:脉搏|鼻息|气息)\S{0,2}(?:没|摸不|测不|感觉不|停)|cardiac arrest|"
        r"(?<!can )(?<!could )not br[ea]+thing|isn'?t br[ea]+thing|stopped br[ea]+th|"
        r"no longer breathing|no (?:pulse|heart ?beat|heart ?rate|signs? of|breath)|"
        r"(?:find|feel|get|detect|hear) (?:a |any |his |her |their |the )?(?:pulse|heart ?beat|"
        r"breathing|breath)|breth",
    ),
    (
        Family.BREATHING,
        r"过敏|喉头水肿|喉咙\S{0,2}肿|anaphyla|throat (?:is )?(?:swelling|closing)|"
        # the face swelling (an allergic reaction's sign): the airway is what it threatens
        r"(?:脸|嘴|唇|舌|眼)\S{0,4}(?:肿|发胀)|"
        r"(?:face|lips?|tongue|eyes|eyelids|mouth)(?: [a-z']+){0,3}? "
        r"(?:swell|swollen|puff\w* up|blew up|blow\w* up|balloon)",
    ),
    (Family.CHOKING, r"噎|卡|呛住|chok|stuck in"),
    (
        Family.DROWNING,
        r"溺水|drown|水里|浴缸|澡盆|泳池|河里|湖里|井里|水池|underwater|under the|went under|"
        r"face down in",
    ),
    (Family.ELECTRIC_SHOCK, r"触电|被电|electrocut|electric|shock"),
    (Family.GAS, r"煤气|燃气|天然气|液化气|瓦斯|漏气|(?<![a-z])gas(?![a-z])|臭鸡蛋"),
    (Family.FIRE, r"火|烟|烧焦|焦味|糊味|fire|smoke|flame|burning"),
    (Family.BURN, r"烫|烧伤|烧得|烧\S{0,3}泡|burn|blister|皮\S{0,3}(?:掉|脱)|skin"),
    (
        Family.SUICIDE,
        r"农药|安眠药|鼠药|敌敌畏|百草枯|上吊|一瓶药|撑不下去|没人在乎|再见|永别|下辈子|来生|说过|把自己|"
        r"talk me down|trust myself|"
        r"药\S{0,2}(?:都|已经)?(?:攒|囤|存)|(?:准备|备|买)好了|活着|今晚就|今天就|解脱|"
        r"在(?:手边|身边|旁边|手里|手上|枕头)|(?<!心)跳|天台|楼顶|窗台|jump|roof|goodbye|farewell|"
        r"kill myself|end it|封死|死了算了|不如死|轻松|好过|省心|负担|拖累|清净|"
        r"看不到希望|看不到活路|有什么意思|"
        r"point|tonight is the night|without me|ledge|parapet|windowsill|window sill|no reason|"
        r"keep going|all my pills|nobody (?:here )?cares|they win|"
        r"take them tonight|别找我|不要找我|notice if|if i (?:was|were) gone|lined up|laid out|"
        r"tell my|去陪|劝我|密码(?:写|放|留)|说声对不起|"
        r"counted out|腿\S{0,2}(?:伸|悬|挂|荡|垂)|"
        r"不用(?:再)?(?:给|帮|替)我|收养|养着|照顾|工作没了|失业|还不(?:上|起)|赔光|走投无路|活路|时候了|日子了|"
        r"letters?|notes?|sorry for everything|look after my|take care of my|rehome|adopt|"
        r"feed my|keep my|添麻烦|麻烦大家|麻烦你们|以后\S{0,6}(?:养|喂)|"
        r"giving away|saving up|saved up|stockpil|hoard|right (?:night|day|time)|lost (?:my|our)|"
        r"can'?t pay|no way out",
    ),
    (Family.BLEEDING, r"血(?!糖|压)|bleed|blood(?! (?:pressure|sugar|test))"),
    (
        Family.CARDIAC,
        # an arm in pain is the heart's; one gone weak or limp, or the right one, a stroke's
        rf"胸|心|chest|heart|jaw(?![a-z])|(?<!right )arm(?![a-z])(?!{GONE_WEAK})|"
        r"左(?:胳膊|臂|手臂|肩)|elephant",
    ),
    (
        Family.STROKE,
        r"stroke|droop|slur|(?:can'?t|cannot|can not|couldn'?t|unable to) (?:talk|speak)"
        rf"(?! (?:or|and|nor) breathe?)|(?:arm|leg)(?={GONE_WEAK})|right (?:arm|leg|side)|"
        r"(?:talk|speak)\w* (?:properly|clearly|correct|right)|sentence|"
        r"说话|讲话|话不清|说不清|口齿|嘴角|[脸嘴]\S{0,2}[歪瓢]|"
        r"重影|半边|"
        r"one side|half (?:of )?(?:his|her|my|the) (?:face|mouth)|"
        r"头痛欲裂|头(?:痛|疼)得\S{0,2}要|剧烈头|worst headache|"
        r"突然(?:看不见|看不到|看不清)|"
        r"(?:sudden|severe|splitting|terrible)\S* headache",
    ),
    (
        Family.SEIZURE,
        r"抽(?!筋|烟)|翻|牙关|牙咬|白沫|seiz|convuls|jerk|shaking all over|eyes? roll|fit",
    ),
    (
        Family.POISONING,
        r"吞|误食|误服|swallow(?! (?:and|or|nor) breathe?)|pills|overdos|poison|药|"
        r"吃了\S{0,3}[颗片粒]|炭|一氧化碳|bleach|"
        r"drank|漂白|消毒液|"
        r"carbon monoxide",
    ),
    (
        Family.UNRESPONSIVE,
        r"晕倒|晕过去|晕厥|晕了过去|晕在|昏|醒|不动|不说话|不吭声|不出声|没声音|反应|不理|不睁眼|"
        r"答应|回答|意识|倒|软|"
        r"coll?aps|unconsc|faint|respon|wake|waking|out cold|passed out|blacked out|not moving",
    ),
    (
        Family.BREATHING,
        r"呼吸|喘|气|窒息|呼哧|breath|breathe|grunt|blue|purple|紫|青|发绀|suffocat|gasping|"
        r"panting|puffing",
    ),
    (
        Family.VIOLENCE,
        # an asthma or panic attack is breathing, not an attacker
        r"刀|knife|砍|捅|掐|gun|stab|(?<!asthma )(?<!asthmatic )(?<!panic )(?<!anxiety )attack|"
        r"beat|打人|打老婆|打孩子|家暴",
    ),
    (Family.FALL, r"摔|跌|坠|滚|骨|躺|趴|地上|floor|ground|fell|fall|bone|hip"),
)
_ROWS = tuple((family, compile_prefiltered(words)) for family, words in FAMILY_WORDS)

# Strongest first: danger to whoever helps (fire, gas, live current, an attacker) before the
# body, then what kills within minutes (no breathing, a blocked airway, water) before the rest.
STRENGTH: tuple[Family, ...] = (
    Family.FIRE,
    Family.GAS,
    Family.ELECTRIC_SHOCK,
    Family.VIOLENCE,
    Family.NOT_BREATHING,
    Family.CHOKING,
    Family.DROWNING,
    Family.UNRESPONSIVE,
    Family.BREATHING,
    Family.CARDIAC,
    Family.STROKE,
    Family.BLEEDING,
    Family.SEIZURE,
    Family.POISONING,
    Family.SUICIDE,
    Family.BURN,
    Family.LABOUR,
    Family.INFANT_FEVER,
    Family.FALL,
)
_RANK = {family: rank for rank, family in enumerate(STRENGTH)}


def family_of(words: str, default: Family | None = None) -> Family | None:
    """The family a wording tells of, by the first row of FAMILY_WORDS found in it, else the
    default (a row with no family gives None: grey skin says nothing of the family)."""
    for family, row in _ROWS:
        if row.search(words) is not None:
            return family
    return default


def strongest_first(families: Iterable[Family | None]) -> tuple[Family, ...]:
    """The families named, each once, strongest first."""
    named = {family for family in families if family is not None}
    if len(named) < 2:
        return tuple(named)
    return tuple(sorted(named, key=_RANK.__getitem__))
