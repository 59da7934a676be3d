"""Body-temperature readings: 36.5, 36，5, 36。8, 36、5, 36·5, 36度7, 36点6, 三十七度五, 98.6F; not
thresholds or weather."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from domain.understanding.numbers import cn_to_int
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.temperature_over import fever_over
from domain.understanding.temperature_weather import heat_advice
from domain.understanding.temperature_whose import not_a_body
from domain.understanding.text import Segments

_ARABIC = compile_prefiltered(
    # (after a clock's hour, 10:36, a time; after a room's number, 7-2-502:36.6, a reading)
    r"(?<![\d.])(?<!(?<![\d-])\d:)(?<!(?<![\d-])\d\d:)(?:(?<!\d/)|(?<=\.\d/))(?P<int>\d{2,3})(?:(?:\.|"
    # (a middle dot typed for the point: 36·8)
    r"[,。、·](?=\d(?!\d))|\s?point\s?(?=\d(?!\d))|点(?=\d(?!\d)))(?P<frac>\d{1,2}))?(?![\d:])"
    r"(?!/(?!\d{2}\.\d))"
    r"(?!\.\d)"
    r"\s*(?P<unit>°\s*c|°\s*f|°(?:(?P<degafter>\d)(?![\d.]))?|摄氏度|华氏度"
    # 36度7, but not the flat after 36.7度 (36.7度 1单元1304) nor after 37度 (37度 6-2-1303)
    r"|度(?:(?<![.,]\d度)(?<![.,]\d\d度)(?<![.,]\d\s度)(?<![.,]\d\d\s度)\s?(?P<after>\d)"
    # (not an age or a time after a space: 40度 8个月, 37度 5分钟前)
    r"(?![\d.点\-栋幢座号单个岁月天周小分次年楼层]))?"
    r"|c(?![a-z]|\s*(?:座|栋|幢|号楼))|f(?![a-z]|\s*(?:座|栋|幢|号楼))|degrees?(?:\s*(?:c|f|celsius|fahrenheit)(?![a-z]))?)?"
)
_CHINESE = compile_prefiltered(
    r"(?P<cnint>三十[四五六七八九]|卅[四五六七八九]|四十[一二]?|三[五六七八九]|四[零〇一二])(?P<cnsep>度|点)"
    r"(?P<cnfrac>[零一二三四五六七八九](?:(?![零〇一二两三四五六七八九十分])"
    # the tenth is one numeral: those after it may be the building (三十六点九七栋,
    # 三十六度二二号楼)
    r"|(?=[零〇一二两三四五六七八九十幺]{1,3}\s*(?:栋|幢|号楼|座|单元))))?"
)
_BODY_CONTEXT = compile_prefiltered(
    r"(?:体温|温度|测温|量了|烧到|发烧|发热|高烧|低烧|烧了|烧|腋温|额温|耳温|口温|肛温|"
    r"(?<![a-z])(?:temp|temperature|tempe?ra?ture|temprature|tempature|fever|t|"
    # the scale written before the number (F 97.9, °C 36.6, 华氏97.7)
    r"(?<![\d.]\s)°?\s?[fc])|华氏|摄氏)"
    r"\s*(?:is|was|of|:|=|到|了|是|有|达)?\s*$"
)
_BODY_WORDS = compile_prefiltered(
    r"体温|发烧|发热|烧到|高烧|低烧|退烧|烧起来|又烧|temp|fever|body|腋温|额温|耳温|量体温|"
    r"(?<![数重流质产容])量(?:了|的|一下|过)|刚量|刚测|(?<!检)测(?:了|的|一下|过)(?!核酸|抗原)"
)
_WEATHER = compile_prefiltered(
    r"天气|气温|室温|外面|户外|高温|最高温|最低温|水温|热水器|空调|冰箱|暖气|洗澡水|"
    r"热死|好热|太热|真热|很热|weather|outside|forecast|room temp|water temp|heater|oven|"
    # a day's heat or relief (40度天也照样干活, 今天36度 比昨天凉快点了, cooler than yesterday)
    r"度的?(?:天|大热天|高温)(?![天了亮])|凉快|凉爽|闷热|炎热|酷热|热天|高温天|桑拿天|"
    r"比(?:昨天|今天|明天|前天|上周)[^。!?\s]{0,3}(?:热|凉|冷)|"
    # the day's high or low in whole degrees (今天最高38度, today's high of 38; 今天最高38.5 is
    # a fever's)
    r"(?:今天|明天|今日|后天|白天|这几天|本周|这周)(?:的)?(?:最高|最低)(?:气温|温度)?\s*\d{2}\s*(?:度|°)|"
    r"(?<![a-z])(?:(?:today'?s|tomorrow'?s|a) (?:high|low)|highs? of|lows? of)(?![a-z])|"
    r"(?<![a-z])(?:heat ?wave|hot day|cooler|hotter|humid|scorching)(?![a-z])"
)
# Heat indoors: beside a whole number with no body word, the room's temperature (feels like 40
# degrees inside my flat); beside a decimal a reading may still be taken indoors.
_INDOORS = compile_prefiltered(
    r"屋里|屋子里|家里热|(?<![a-z])(?:the heat|this heat|so hot|too hot|indoors|inside (?:my|the|"
    r"our) (?:flat|room|home|apartment|house)|"
    # the degrees told of a room (34 degrees in the living room)
    r"degrees? in (?:my|the|our) (?:living ?room|bedroom|kitchen|lounge|flat|room|apartment|"
    r"house)|"
    # the degrees told of where one is (its 35 degrees inside, 32 in here)
    r"(?:degrees?|°\s*c?|\d) (?:inside|indoors|in here|in there|in the flat|in the room)|"
    r"(?:室内|屋里|房间里|家里)(?:都|也|有|是)?\s*\d{2}\s*(?:度|°))(?![a-z])"
)
# A thermometer said to be broken just before its number (体温计坏了 显示42度, the thermometer is
# broken, it says 43): that number is no reading.
_BROKEN_THERMOMETER = compile_prefiltered(
    r"(?:体温计|温度计|体温枪)(?:好像|可能)?(?:坏了|坏的|有问题)[^。!?\d]{0,4}(?:显示|测出|量出)"
    r"(?:的|是|了)?\s*$|"
    r"(?<![a-z])thermometer (?:is |was |must be )?(?:broken|faulty|playing up)[^.!?\d]{0,12}"
    r"(?:says|shows|reads|showing|reading)\s*$"
)
# A format shown by example (format: flat + reading, e.g. 3-2-501 36.5): no one's reading.
_EXAMPLE_BEFORE = compile_prefiltered(
    r"(?:(?<![a-z])e\.g\.|例如|比如|(?<![a-z])for example)\s*[:：]?\s*(?:[\d-]{1,12}\s*)?$"
)
_NOT_BODY_AFTER = compile_prefiltered(
    r"^\s*(?:元|块|kg|公斤|斤|克|g(?![a-z])|ml|毫升|%|岁|号|cm|米|分(?!别)|万|w(?![a-z])|k(?![a-z])|"
    r"一?(?:盒|箱|袋|包|瓶|份|罐|板|提)|"
    r"yuan|rmb|mins?|minutes|hours?|days?|years?|mg|片|粒|个|次|"
    # people counted, not someone's state after the reading (39.6 人还清醒)
    r"人(?!还|也|很|挺|都|已经|倒|精神|清醒|没|有点))"
)
# A fever told of everyone of an age (a fever of 38 in adults is not an emergency, 成人发烧38度
# 不算急症): advice, not a reading.
_SAID_OF_ALL_AFTER = compile_prefiltered(
    r"\s*(?:°\s*[cf]|度|℃)?\s*(?:in|for) (?:an? )?(?:adults?|grown-?ups|kids|children|babies|"
    r"infants|toddlers|most people)(?![a-z])"
)
_SAID_OF_ALL_BEFORE = compile_prefiltered(r"(?:成人|成年人)(?:发烧|发热)(?:到|烧到)?\s*$")
_NOT_BODY_BEFORE = compile_prefiltered(
    r"(?:¥|\$|价|price|costs?|weighs?|体重|身高|血压|血糖|心率|血氧|脉搏|spo2|oxygen|o2|sats?|"
    r"saturation|pulse|bp)\s*[:：]?\s*$"
)
_THRESHOLD_BEFORE = compile_prefiltered(
    r"(?:超过|超出|高于|大于|低于|小于|不超过|不到|达到|如果|要是|万一|假如|若|标准|"
    # (under the arm, under her tongue: where it was taken)
    r">|≥|<|≤|above|over|below|under(?!\s*(?:the |her |his |my |your )?(?:arms?|armpits?|tongue))|"
    r"exceeds?|exceeding|higher than|more than|less than|"
    r"greater than|\bif\b|in case|threshold|cutoff|reaches?|"
    # the number a supposed someone reaches (If a baby has 39.5 do we call 120)
    r"\bif\b[^,。!?;]{0,16}(?:has|gets|reaches|hits|is at|runs))[^,。!?;]{0,8}$"
)
# A threshold named some words before its number (the thermometer threshold at the gate is 37.3),
# a dose's number asked about (whether ibuprofen is ok at 38.5 or should we wait until 39?) or
# a saying's (grandma used to say a fever of 40 is nothing): no one's reading.
_RULE_NAMED_BEFORE = compile_prefiltered(
    r"(?:threshold|cut-?off|阈值|标准线)[^,。!?;]{0,24}(?:\bis|\bwas|\bof|\bat|是|为|[:：=])\s*$|"
    r"(?:whether|\bif\b)[^,。!?;]{0,36}\bis (?:it |this |that )?(?:ok|okay|fine|safe) "
    r"(?:at|from)\s*$|"
    r"(?<![a-z])(?:should|do|shall|must) (?:we|i) wait (?:until|till|for)\s*$|"
    r"(?<![a-z])(?:used to say|always says?|always said|they say|people say)(?![a-z])"
    r"[^,。!?;]{0,20}(?:fever|temperature) of\s*$"
)
# A number a supposed someone reaches, said at more length (if a baby's fever hits, 要是孩子
# 体温烧到): a threshold, however many words stand between.
_SUPPOSED_REACHES = compile_prefiltered(
    r"(?:\bif\b|\bwhen\b|in case|如果|要是|万一|假如|假设|hypothetically|\bsuppose|"
    r"\bsupposing)[^,。!?;]{0,30}"
    r"(?:\bhas\b|\bhad\b|\bgets\b|\bgot\b|reaches|reached|hits|\bhit\b|\bis at\b|"
    r"\bwas at\b|(?:goes|went|got|gets) (?:up )?(?:to|over|above)|"
    r"烧到|超过|达到|到了?)\s*(?:a |of )?(?:fever of )?$"
)
_THRESHOLD_AFTER = compile_prefiltered(
    # (37度 算正常吧 asks about a reading: not a threshold)
    r"^\s*(?:°\s*[cf]|度|c(?![a-z])|f(?![a-z]))?\s*(?:以上|以下|以内|就(?!是)|的话|时|算(?!是?正常)|"
    r"\+|or (?:above|higher|more|over)|and (?:above|up)|or so\b|is (?:a )?fever|counts|"
    r"(?:°\s*c )?(?:threshold|cut-?off|line)(?![a-z]))"
)
# A range told normal (36.0–37.2 counts as normal, 36-37.2度都算正常): its ends are a rule's,
# no one's reading.
_NORMAL_AFTER = (
    r"\s*(?:°\s*c|度)?\s*(?:counts? as|is|are|is considered|都?算|为|属于|都?是|都?属于)\s*"
    r"(?:normal|正常)"
)
_RANGE_LOW_AFTER = compile_prefiltered(
    rf"\s*(?:°\s*c|度)?\s*(?:[-~至到]|to)\s*\d{{2}}(?:\.\d)?{_NORMAL_AFTER}"
)
_RANGE_HIGH_AFTER = compile_prefiltered(_NORMAL_AFTER)
_RANGE_HIGH_BEFORE = compile_prefiltered(r"\d{2}(?:\.\d)?\s*(?:°\s*c|度)?\s*(?:[-~至到]|to)\s*$")


# Whether one's own reading is a fever, the number opening the message (36.9 算低烧吗？).
_OWN_QUESTION_AFTER = compile_prefiltered(
    r"\s*(?:度|°\s*c)?\s*(?:这|这个)?算(?:是)?(?:低烧|发烧|高烧)(?:吗|么|[?？])"
)
_OWN_BEFORE = compile_prefiltered(r"\s*(?:我|我的|体温|我体温|今天|早上|晚上)?\s*")
# A question about where a fever starts names thresholds, not readings (体温多少算发烧 37.3吗).
_WHAT_COUNTS = compile_prefiltered(
    # how high a fever must be to act (how high does a fever have to be before we report it?)
    r"(?<![a-z])how high (?:does|do|should|must|would) (?:a |the |my |your |his |her )?"
    r"(?:fever|temp\w*) (?:have to|need to|got to|has to)?\s?(?:be|go|get|reach)(?![a-z])|"
    r"(?:烧|体温)(?:要|得)?(?:到|烧到)多高(?:才|就|要|该)|"
    r"多少(?:度)?(?:才)?算|算不算发烧|(?<![a-z])(?:what|which) (?:temp\w*|number|reading|degree)"
    r"[^.!?]{0,24}(?:counts?|is considered|means)(?![a-z])|"
    r"(?<![a-z])(?:what|which|when) (?:counts|is (?:it )?counted|is (?:it )?considered) as (?:a )?"
    r"(?:fever|high)|"
    # how many degrees make a fever (How many degrees counts as a fever for the report? 37.3?)
    r"(?<![a-z])how many degrees?[^.!?]{0,24}(?:counts?|is considered|means|is a fever)(?![a-z])|"
    # at what number to act (At what temperature should I take her in? 38.5?, 烧到几度该去医院)
    r"(?<![a-z])at what (?:temp\w*|number|reading|degree|point)s?(?![a-z])|"
    r"(?:烧到|到|超过)(?:多少度?|几度)(?:就|才|要|该|得|需要|应该)|"
    # at what number to act, or two numbers offered as a choice (38.5还是39? or 37.5?)
    r"(?:多少|几)度(?:以上|以下|往上)?(?:就)?(?:要|该|需要|得|才要|才需要|应该)|"
    r"(?<![a-z])(?:above|over|from) what (?:temp\w*|number|reading)(?![a-z])|"
    r"\d{2}(?:\.\d)?\s*(?:度)?\s*还是\s*\d{2}(?:\.\d)?\s*(?:度)?\s*[?吗]|"
    r"(?<![a-z])or \d{2}(?:\.\d)?\s*\?|"
    r"(?<![a-z])is \d{2}(?:\.\d)?\s*(?:°\s*c\s*)?(?:considered|counted|classed) "
    r"(?:as )?(?:a )?fever|"
    # whether a number is still the line to act at (is 38.5 still the cutoff for reporting?,
    # 37.3还是发烧的标准吗)
    r"(?<![a-z])is \d{2}(?:\.\d)?\s*(?:°\s*c\s*)?(?:still |really |now )?(?:the |our )?"
    r"(?:cutoff|cut-off|threshold|limit|line)(?![a-z])|"
    r"\d{2}(?:\.\d)?\s*(?:度)?\s*(?:还|就)?是(?:不是)?[^。!?\d]{0,6}(?:标准|界限|分界线?)[吗么?]|"
    # whether a number is a fever, asked (Is 37.3 a fever in China?)
    r"(?<![a-z])is \d{2}(?:\.\d)?\s*(?:°\s*c\s*)?(?:a |really a )?fever[^.!?]{0,30}\?"
)
# Someone named right before a whole number in Chinese (小孩子三十八度): their temperature, not
# the weather (今天外面三十八度).
_PERSON_BEFORE = compile_prefiltered(
    r"(?:孩子|小孩子?|宝宝|娃|囡囡|老人|老头子?|老太太?|老伴|我|俺|他|她|爸爸?|妈妈?|奶奶|爷爷|外婆|外公|"
    r"儿子|女儿|老公|老婆|"
    # someone called by 老/小 and a surname (老王今天三十七度), the time of the day between
    r"[老小][王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁宋谢唐韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤])"
    r"(?:的)?\s*"
    # the age told between (宝宝七个月 三十八度)
    r"(?:[一二两三四五六七八九十\d]{1,3}(?:个多月|个月|岁半|岁|周)(?:大)?\s*)?"
    r"(?:今天|今儿个?|今早|早上|上午|中午|下午|晚上|刚才|刚刚|现在|体温)?\s*$"
)
# One of the household named right before a whole number after a reading (我36.5 孩子37, me 36.8
# kid 37), and the number ending its part of the message.
_KIN_BEFORE = compile_prefiltered(
    r"(?:孩子|小孩|宝宝|老公|老婆|老伴|儿子|女儿|爸爸?|妈妈?|奶奶|爷爷|外婆|外公|婆婆|公公|"
    r"(?<![a-z])(?:kid|son|daughter|husband|wife|baby|mum|mom|dad|grandma|grandpa))\s*[:：]?\s*$"
)
_KIN_NUMBER_END = compile_prefiltered(r"\s*(?:$|[,，。;；\s])")
# Feeling unwell beside a whole Fahrenheit number (102F, feel awful): a fever told.
_UNWELL = compile_prefiltered(
    r"难受|不舒服|没力气|浑身疼|发冷|打寒战|"
    r"(?<![a-z])(?:feel\w* (?:awful|terrible|sick|unwell|rough|bad|horrible|like death)|in bed|"
    r"chills|shivering|aching|achy|burning up|feverish|floppy|not feeding|won'?t feed)(?![a-z])"
)
# A whole °F number said of someone (kid has 101F, she's running 102 F) or beside what brings a
# fever down (can someone buy children's ibuprofen, kid has 101F): a reading.
_SAID_OF_SOMEONE = compile_prefiltered(
    r"(?<![a-z])(?:has|had|got|is|'s|running|runs|spiked|spiking|hit|reached|at)\s*(?:a\s+)?$"
)
# One of the household named just before a tenth-precise number (me 97.9, husband 98.8, kid
# 99.1): their reading, in Fahrenheit when it is 95 to 106.
_HOUSEHOLD_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:me|myself|husband|hubby|wife|kid|kids|son|daughter|mum|mom|mother|dad|father|"
    r"grandma|grandpa|granny|baby|toddler)\s*[:=\-]?\s*$"
)
# Whose reading, told after it (ninety eight point six for both of us).
_FOR_SOMEONE_AFTER = compile_prefiltered(
    r"\s*,?\s*(?:for|from) (?:both of us|all of us|the (?:two|three|four) of us|us|me|him|her|"
    r"them|everyone|the kids?|my (?:husband|wife|son|daughter|mum|mom|dad))(?![a-z])"
)
_FEVER_MEDICINE = compile_prefiltered(
    r"退烧|(?<![a-z])(?:ibuprofen|tylenol|calpol|paracetamol|panadol|motrin|advil|nurofen|"
    r"acetaminophen|fever)(?![a-z])"
)
# A reading in English words (thirty six point nine, thirty-seven point two).
_EN_UNITS = {"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_EN_DIGITS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, **_EN_UNITS}
_ENGLISH = compile_prefiltered(
    # (ninety eight point six: Fahrenheit in words)
    r"(?<![a-z])(?:thirty|forty|ninety)[- ]?"
    r"(?P<unit>four|five|six|seven|eight|nine|one|two)? ?point "
    r"(?P<tenth>zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![a-z])"
)
_LEFT_OVER = re.compile(r"[\s,.;:!?，。！？、~\-]+")


# After a reading, a whole number told as where it went is one too, in the same scale (100.4 F
# this morning, down to 99 now; 38.5 退到37了).
_TREND_BEFORE = compile_prefiltered(
    r"(?:(?<![a-z])(?:down|up|dropped|fell|came down|went up|rose|back|climbed) to|降到|退到|升到|"
    r"烧到|又到)\s*$"
)
_DIGIT = compile_prefiltered(r"\d")
# When a reading was taken, right after it (99.1 this morning, 98.8 早上量的)
_TAKEN_AT_AFTER = compile_prefiltered(
    r"\s*,?\s*(?:this (?:morning|afternoon|evening)|tonight|last night|(?:at|@) \d|"
    r"(?:today|now) (?:and|but|,)|早上|上午|中午|下午|晚上|今早|今晚|刚量|刚测)"
)
# A whole number told normal in a roll call (37 正常 6-1-502, 36 normal): a reading.
_JUDGED_NORMAL = compile_prefiltered(r"\s*(?:正常|体温正常|(?<![a-z])normal(?![a-z]))")
# A whole °C told as exact or with how the writer feels (37℃ 整 没症状, 37°C exactly, no
# symptoms): a reading, though more than the number and the flat is said.
_WHOLE_TOLD_AFTER = compile_prefiltered(
    r"\s*(?:整(?![理个天])|正好|刚好|没症状|无症状|没有症状|无不适|没有不适|"
    r"(?<![a-z])(?:exactly|on the dot|no symptoms)(?![a-z]))"
)
# A whole number in °F (101 F) is a reading when a tenth-precise Fahrenheit one follows (101 F
# last night, now down to 99.5); alone, 12F is a floor.
_FAHRENHEIT_LATER = compile_prefiltered(r"(?<![\d.])(?:9[4-9]|10[0-6])\.\d(?![\d.])")


@dataclass(frozen=True)
class Reading:
    """One body-temperature reading in °C and where it was found."""

    celsius: float
    start: int
    end: int
    raw: str


def _round(value: Decimal) -> float:
    """One decimal, half up."""
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _celsius(number: Decimal, unit: str, context: bool) -> float | None:
    """The reading in °C, or None when the number cannot be a body temperature."""
    fahrenheit = "f" in unit or unit == "华氏度"
    if not fahrenheit and Decimal(93) <= number <= Decimal(110) and (context or unit):
        fahrenheit = True
    if fahrenheit:
        if not Decimal(93) <= number <= Decimal(110):
            return None
        number = (number - 32) * 5 / 9
    if Decimal(34) <= number <= Decimal(43):
        return _round(number)
    return None


def find_readings(text: str, segments: Segments, masked: list[tuple[int, int]]) -> list[Reading]:
    """Every body-temperature reading in normalized text, in order."""
    chinese = "十" in text or "点" in text or "度" in text
    english = "point" in text
    if _DIGIT.search(text) is None and not chinese and not english:
        return []
    if _WHAT_COUNTS.search(text):
        return []  # where a fever starts, asked: the numbers are thresholds
    readings: list[Reading] = []
    fahrenheit = False  # after 97.9F, a bare 98.2 in the same message is Fahrenheit too
    for match in _ARABIC.finditer(text):
        reading = _arabic(
            text, segments, match, masked, fahrenheit=fahrenheit, after_reading=bool(readings)
        )
        if reading is not None:
            readings.append(reading)
            fahrenheit = fahrenheit or Decimal(match["int"]) >= 93
    if chinese:
        for match in _CHINESE.finditer(text):
            whole = cn_to_int(match["cnint"].replace("卅", "三十"))  # 卅 is thirty
            if whole is None:
                continue
            frac = match["cnfrac"]
            if frac is None and (
                not ("十" in match["cnint"] or "卅" in match["cnint"])
                or not (
                    _BODY_WORDS.search(text)
                    or _PERSON_BEFORE.search(text, 0, match.start())
                    or (whole < 40 and _alone(text, match, masked))
                )
            ):
                continue  # 三六 needs its tenth; 三十八度 a body word or nothing else said
            number = Decimal(whole) + (Decimal(cn_to_int(frac) or 0) / 10 if frac else 0)
            value = _celsius(number, "度", True)
            if value is not None and _plausible(
                text, segments, match.start(), match.end(), whole=frac is None
            ):
                readings.append(Reading(value, match.start(), match.end(), match.group()))
        readings.sort(key=lambda reading: reading.start)
    if english:
        readings.extend(_english(text, segments))
        readings.sort(key=lambda reading: reading.start)
    return readings


def _english(text: str, segments: Segments) -> list[Reading]:
    """Readings in English words: thirty six point nine."""
    found: list[Reading] = []
    for match in _ENGLISH.finditer(text):
        tens = {"t": 30, "f": 40, "n": 90}[match.group()[0]]
        number = Decimal(tens + (_EN_DIGITS[match["unit"]] if match["unit"] else 0))
        number += Decimal(_EN_DIGITS[match["tenth"]]) / 10
        value = _celsius(number, "度", True)
        if _NOT_BODY_AFTER.match(text[match.end() : match.end() + 8]):
            continue  # thirty-eight point five years old
        if tens == 90 and not (
            _BODY_WORDS.search(text)
            or _FOR_SOMEONE_AFTER.match(text, match.end())
            or _HOUSEHOLD_BEFORE.search(text, 0, match.start())
        ):
            continue  # ninety eight point five on the test: a score, not Fahrenheit
        if value is not None and _plausible(text, segments, match.start(), match.end()):
            found.append(Reading(value, match.start(), match.end(), match.group()))
    return found


def _alone(text: str, match: re.Match[str], masked: list[tuple[int, int]]) -> bool:
    """Nothing but the reading and the flat in the message (幺五零三 三十七度, 37 C); a bare
    40 (四十度) is as likely the weather, so callers keep whole readings alone under 40."""
    spans = sorted([*masked, match.span()])
    rest, at = [], 0
    for start, end in spans:
        rest.append(text[at:start])
        at = max(at, end)
    rest.append(text[at:])
    return not _LEFT_OVER.sub("", "".join(rest))


def _arabic(
    text: str,
    segments: Segments,
    match: re.Match[str],
    masked: list[tuple[int, int]],
    *,
    fahrenheit: bool = False,
    after_reading: bool = False,
) -> Reading | None:
    """A reading from an arabic-numeral match, or None."""
    start, end = match.span()
    if any(s < end and start < e for s, e in masked):
        return None
    unit = (match["unit"] or "").replace(" ", "")
    frac = match["frac"] or (match["after"] if unit.startswith("度") else None)
    frac = frac or (match["degafter"] if unit.startswith("°") else None)
    if unit.startswith("度"):
        unit = "度"
    elif unit[:1] == "°" and unit[1:].isdigit():
        unit = "°"  # 36°6 is 36.6
    before = text[max(0, start - 12) : start]
    context = _BODY_CONTEXT.search(before) is not None
    if frac is None and not unit and not context:
        whole = int(match["int"])
        scale = 95 <= whole <= 106 if fahrenheit else 35 <= whole <= 42
        judged = 35 <= whole <= 39 and _JUDGED_NORMAL.match(text, end) is not None
        # after a reading, one of the household's whole one beside it (我36.5 孩子37)
        kin = (
            after_reading
            and 35 <= whole <= 41
            and _KIN_BEFORE.search(before) is not None
            and _KIN_NUMBER_END.match(text, end) is not None
        )
        if not (judged or kin or (after_reading and scale and _TREND_BEFORE.search(before))):
            return None
        context = True
    number = Decimal(f"{match['int']}.{frac}") if frac else Decimal(match["int"])
    if frac is None and unit in ("c", "f", "°c", "°f") and not context:
        fever_f = unit.endswith("f") and 99 <= int(match["int"]) <= 106
        if not (
            (
                fever_f
                and (
                    _FAHRENHEIT_LATER.search(text, end)
                    or _UNWELL.search(text)
                    or _SAID_OF_SOMEONE.search(before)
                    or _FEVER_MEDICINE.search(text)
                    or (after_reading and _TREND_BEFORE.search(before))  # 100.2F … down to 99F
                )
            )
            or (35 <= int(match["int"]) < 40 and _alone(text, match, masked))
            or (
                unit in ("c", "°c")
                and 35 <= int(match["int"]) < 40
                and _WHOLE_TOLD_AFTER.match(text, end)
            )
        ):
            return None
        context = True
    if frac and number >= 93 and not context and (fahrenheit or _BODY_WORDS.search(text)):
        context = True  # 98.9 in a message that talks about temperatures is Fahrenheit
    if frac and 95 <= number <= 106 and not context and _TAKEN_AT_AFTER.match(text, end):
        context = True  # 99.1 this morning: a reading told with when it was taken, Fahrenheit
    if frac and 95 <= number <= 106 and not context and _HOUSEHOLD_BEFORE.search(before):
        context = True  # me 97.9, husband 98.8: each of the household's reading, Fahrenheit
    value = _celsius(number, unit, context)
    if value is None:
        return None
    if frac and not unit and not context and not Decimal(35) <= number <= Decimal("42.5"):
        return None
    if _NOT_BODY_AFTER.match(text[end : end + 8]) or _NOT_BODY_BEFORE.search(before):
        return None
    if _EXAMPLE_BEFORE.search(text[max(0, start - 24) : start]):
        return None
    if not _plausible(text, segments, start, end, whole=frac is None and not context):
        return None
    return Reading(value, start, end, match.group().strip())


# A rule's threshold asked about (超过37.3要上报吗, do we report above 37.3?), then another
# number offered as the alternative (还是37.5?, 还是38度才报, or 38?): a threshold too.
_REPORT_RULE = compile_prefiltered(
    r"(?:超过|高于|以上|达到)[^。!?]{0,12}(?:要|需要|得|才)(?:上报|报告|报备|登记)|"
    r"(?<![a-z])(?:above|over)\s[^.!?]{0,12}(?:report|register)(?![a-z])|"
    r"(?<![a-z])(?:report|register)[^.!?]{0,20}(?:above|over)(?![a-z])"
)
_ALTERNATIVE_BEFORE = compile_prefiltered(r"(?:还是|或者|或是|(?<![a-z])or)\s*$")
_ONLY_THEN_AFTER = compile_prefiltered(r"^\s*(?:°\s*c|度)?\s*才(?:报|上报|算|要报)")


def _an_alternative_threshold(text: str, start: int, end: int) -> bool:
    """Whether the number is an alternative offered to a reporting rule's threshold."""
    if _ONLY_THEN_AFTER.match(text[end : end + 8]):
        return True
    return bool(
        _ALTERNATIVE_BEFORE.search(text[max(0, start - 6) : start])
        and _REPORT_RULE.search(text[:start])
    )


def _plausible(text: str, segments: Segments, start: int, end: int, whole: bool = False) -> bool:
    """Not a threshold, a hypothetical, the weather or a device setting."""
    if _THRESHOLD_BEFORE.search(segments.clause_before(start)[-14:]):
        return False
    if _RANGE_LOW_AFTER.match(text, end) or (
        _RANGE_HIGH_BEFORE.search(text[max(0, start - 12) : start])
        and _RANGE_HIGH_AFTER.match(text, end)
    ):
        return False  # 36.0–37.2 counts as normal: a range's ends
    if _SAID_OF_ALL_AFTER.match(text, end) or _SAID_OF_ALL_BEFORE.search(
        text[max(0, start - 12) : start]
    ):
        return False  # a fever of 38 in adults: told of everyone, not taken
    if _an_alternative_threshold(text, start, end):
        return False  # 超过37.3要上报吗 还是37.5?: the rule's other number
    if _SUPPOSED_REACHES.search(segments.clause_before(start)[-40:]):
        return False  # If a baby's fever hits 39.5, do we call 120?: a number supposed
    if _RULE_NAMED_BEFORE.search(segments.clause_before(start)[-48:]):
        return False  # the threshold at the gate is 37.3; is it ok at 38.5?: a rule's number
    if _THRESHOLD_AFTER.match(text[end : end + 16]) and not (
        "." in text[start:end]
        and _OWN_QUESTION_AFTER.match(text, end)
        and _OWN_BEFORE.fullmatch(text[:start])
    ):
        return False  # (37.4 算低烧吗 opening a message asks of a measured reading; 37度 of a line)
    if _BROKEN_THERMOMETER.search(text[max(0, start - 20) : start]):
        return False  # 体温计坏了 显示42度: the broken one's number, not the one taken again
    if not_a_body(text) is not None:
        return False  # a pet's fever, a thing's heat, a thermometer's own (temperature_whose)
    clause_start, clause_end = segments.clause(start)
    clause = text[clause_start:clause_end]
    if (
        _WEATHER.search(clause)
        and not _BODY_WORDS.search(clause)
        # 我妈 37.0 (刚从外面回来): a decimal after whose it is, though the clause tells outdoors
        and not ("." in text[start:end] and _PERSON_BEFORE.search(text, 0, start))
    ):
        return False
    # 今天又是38度 大家多喝水: advice to all against the heat (temperature_weather)
    weather = _WEATHER.search(text) or _INDOORS.search(text) or heat_advice(text)
    return not (whole and weather and not _BODY_WORDS.search(text))


# A time before told just ahead of the reading (上次宝宝烧到39.6抽筋, last time he hit 39.8):
# still the message's reading, but a memory, not a report.
_TIME_BEFORE = compile_prefiltered(
    r"上次|上回|去年|前年|那次|那一次|小时候|(?<![a-z])(?:last (?:time|year|winter|summer)|"
    r"years? ago|when (?:he|she|i|we) (?:was|were) (?:little|small|a baby))(?![a-z])"
)


# Someone's else's, away (my friend's baby in Pudong, 朋友家孩子, a neighbour's), and over now
# (she's better now, 已经退烧了): news of a fever elsewhere that is gone, not a report; the
# reading is kept.
_SOMEONE_ELSES = compile_prefiltered(
    r"(?<![a-z])(?:friend|colleague|cousin|relative|coworker|co-worker|neighbou?r)s?'s?(?![a-z])|"
    r"朋友|同事|亲戚|表姐|表妹|堂姐|堂妹|邻居"
)
_OVER_NOW = compile_prefiltered(
    r"(?<![a-z])(?:(?:is |'s )?(?:better|fine|ok|okay|recovered) now|has recovered|recovered)"
    r"(?![a-z])|已经好了|现在好了|好多了|退烧了|没事了|康复了"
)


def told_of_before(text: str, segments: Segments, reading: Reading) -> bool:
    """Whether the reading is told of a time before (a memory, not a report), or of someone
    else's fever elsewhere that is over."""
    start, _ = segments.clause(reading.start)
    if _TIME_BEFORE.search(text, start, reading.start) is not None:
        return True
    if fever_over(text, start, reading.start):
        return True  # 前天烧到39.6 现在已经退烧了 (temperature_over)
    return bool(_SOMEONE_ELSES.search(text) and _OVER_NOW.search(text))
