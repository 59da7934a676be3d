"""Temperatures as written: what is a reading, what is none, and when a reading is no report."""

import pytest

from domain.understanding import Kind, understand
from tests.support.families import check_reading

NOT_READINGS: dict[str, list[str]] = {
    "the day's heat, a room's degrees": [
        "我们那会儿39度的天也在地里干活",
        "明天38度 比今天还热",
        "今天35度 总算凉快一点了",
        "it was 37 degrees yesterday, today is a bit cooler",
        "the aircon died and it's 34 degrees inside, could someone bring a fan? 3-1-702",
        "it's 36 in here, the flat is an oven",
    ],
    "the day's high in whole degrees, a room's heat over there": [
        "早上好☀️ 今天最高38度 大家别开窗",
        "明天最高39度 老人尽量别出门",
        "today's high is 38, keep the curtains shut everyone",
        "my mum's flat has no aircon, it's like 37 degrees in there",
    ],
    "a score in English words is no Fahrenheit reading": [
        "she scored ninety eight point five on the test",
    ],
    "a threshold asked, a number supposed": [
        "At what temperature should we take him to the clinic? 39?",
        "宝宝烧到几度该去医院啊 38.5吗",
        "If my son's fever goes up to 39.5, do we ring 120 or the clinic?",
        "要是孩子体温烧到39.5 是打120还是找社区医生",
        "how high does the temperature need to be before we tell the doctor? 38?",
        "体温烧到多高才要上报 37.5吗",
        "孩子几度以上该吃退烧药 38.5吗",
        "above what temperature should we call the doctor? 38?",
    ],
    "a range told normal, a number supposed had": [
        "Reminder: readings before noon please, 36.0-37.2 counts as normal",
        "体温36-37.2度都算正常 超过的请上报",
        "Hypothetically, if my son had a fever of 39.6, should we ring 120?",
        "suppose my son got to 39.2, should we go to hospital?",
    ],
    "a threshold asked between alternatives": [
        "体温超过37.3要上报吗 还是37.8才报?",
        "请问多少度要上报 超过37.5要报备吗 还是38?",
        "do we have to report above 37.3 or 37.5?",
    ],
    "a threshold named words before its number, a dose's number asked, a saying's": [
        "the temperature threshold for the lift is 37.2, above that take the stairs",
        "小区门口测温的阈值是37.3 超过就不让进",
        "is it ok to give paracetamol at 38 or should we wait till 38.5?",
        "my dad always says a fever of 39 is good for you, old school",
    ],
}

READINGS: dict[str, list[tuple[str, float]]] = {
    "a reading taken again under the arm, the last one the message's": [
        ("ear scanner says 35.8, odd, took it again under the arm: 36.6", 36.6),
        ("额温枪35.7 太低了 腋下再量 36.5", 36.5),
    ],
    "one of the household's whole number after a reading": [
        ("我36.6 老公37", 37.0),
        ("me 36.7, son 37", 37.0),
    ],
    "a reading beside the day's heat or a past fever": [
        ("今天下午36度8 正常", 36.8),
        ("it's 38.2 this morning, feeling rough", 38.2),
        ("孩子去年烧到40度抽过一次 这次37.8 先观察", 37.8),
    ],
    "a bare Fahrenheit decimal told with when it was taken": [
        ("98.8 this afternoon, all normal, 3-2-101", 37.1),
        ("100.2 last night, a bit better today", 37.9),
    ],
    "an enumeration comma (、) as the decimal point": [
        ("36、4 3-2-502", 36.4),
        ("全家 36、6 36、5 5栋1201", 36.5),
        ("体温36、7 正常", 36.7),
    ],
    "a whole reading in Chinese after the baby's age": [
        ("宝宝七个月 三十八度 吃奶还行 先报一下", 38.0),
        ("孩子两岁 三十七度八 精神还好", 37.8),
    ],
    "spaced characters, a wider gap before the flat": [
        ("爷 爷 体 温 三 十 七 度 二   五 栋 六 零 二", 37.2),
    ],
    "a later whole Fahrenheit reading is the reading": [
        ("101.4F last night, came down to 99F by breakfast", 37.2),
        ("Fever 100.8F at midnight, dropped to 99F this morning 3-1-202", 37.2),
    ],
    "a middle dot as the decimal point": [
        ("体温36·8 2-2-2202", 36.8),
        ("36·5 5栋1201", 36.5),
        ("temp 36·9 this morning", 36.9),
    ],
    "a decimal after the flat and a colon (no clock's time)": [
        ("7-2-502：36.6", 36.6),
        ("3-1-1204: 36.8", 36.8),
        ("下午3:36 量的 37.1", 37.1),
    ],
    "the scale written before the number": [
        ("F 97.9", 36.6),
        ("my thermometer is in F: 99.5", 37.5),
        ("°C 36.7 5-1-302", 36.7),
    ],
    "a fever's high in tenths stays a reading": [
        ("发烧第三天 今天最高38.5 比昨天低 家里药够 9-1-1901", 38.5),
    ],
    "the Fahrenheit scale named in Chinese before the number": [
        ("华氏97.7 我家温度计是华氏的 10-1-702", 36.5),
        ("温度计只有华氏的 华氏98.4 3-2-501", 36.9),
    ],
    "each of the household named before a Fahrenheit decimal": [
        ("me 97.9, husband 98.8, kid 99.1 (he was running around). Bldg 5 #903", 37.3),
        ("mum 98.2, dad 97.9 today, 3-1-201", 36.6),
    ],
    "a Fahrenheit reading in English words, said whose": [
        ("today ninety eight point six for both of us building four unit two", 37.0),
        ("ninety nine point one for my son this morning", 37.3),
    ],
}

# A temperature read aloud, then the building read aloud: the tenth is one numeral, the rest is
# the building (三十六点九七栋幺零二 is 36.9 and 7-102); a lone numeral there is the tenth.
READ_ALOUD_THEN_BUILDING: list[tuple[str, float, str]] = [
    ("老公三十六点七我三十六点五孩子三十六点九七栋幺零二", 36.9, "7-102"),
    ("我们家都正常我三十六度四我妈三十六度二十一栋三单元幺五零幺", 36.2, "11-3-1501"),
    ("三十六度二二号楼", 36.2, "2"),
    ("我三十六度八十二栋二单元五零一", 36.8, "12-2-501"),
    ("三十六度二号楼", 36.2, "2"),  # look-alike: one numeral is the tenth, the building stays
]

MEMORIES: list[tuple[str, float]] = [
    ("上次孩子烧到39.8 吓得我一晚没睡", 39.8),
    ("last time he hit 39.7 we were so scared", 39.7),
]

FEVERS_ELSEWHERE_OVER: list[str] = [
    "my colleague's son in Hangzhou ran 39.8 on Monday, he's fine now",
    "同事家孩子上周烧到39度 现在已经好了",
]

KINDS: dict[str, list[tuple[str, Kind]]] = {
    "a fever days before, over now: no report; still going: a report": [
        ("两天前孩子烧到39.2 吓坏了 今天已经退烧了 谢谢关心", Kind.OTHER),
        ("Two days ago my son hit 39.5, but the fever's gone now, thanks all", Kind.OTHER),
        ("前几天老人烧到38.9 现在烧退了 谢谢大家", Kind.OTHER),
        ("上礼拜女儿烧到39.5 现在早好了 谢谢社区医生", Kind.OTHER),
        ("前天开始发烧 今天还是39度", Kind.TEMPERATURE),  # it goes on
        ("前天烧到39 今天又烧到38.8 3-1-202", Kind.TEMPERATURE),
        ("孩子39.2 3-1-202", Kind.TEMPERATURE),
    ],
    "heat advice is weather; a person's degrees are a report": [
        ("明天39度 大家注意防暑", Kind.OTHER),
        ("37 degrees again today, stay hydrated everyone", Kind.OTHER),
        ("孩子38度 多喝水就行吗", Kind.TEMPERATURE),
        ("老公38度 头疼 大家有退烧药吗", Kind.TEMPERATURE),
    ],
}


@pytest.mark.parametrize("text", [t for rows in NOT_READINGS.values() for t in rows])
def test_weather_rooms_thresholds_and_suppositions_are_no_readings(text: str) -> None:
    check_reading(text, None)


@pytest.mark.parametrize(("text", "celsius"), [case for rows in READINGS.values() for case in rows])
def test_each_way_of_writing_a_reading_is_read(text: str, celsius: float) -> None:
    check_reading(text, celsius)


@pytest.mark.parametrize(("text", "celsius", "flat"), READ_ALOUD_THEN_BUILDING)
def test_a_reading_read_aloud_leaves_the_building_after_its_tenth(
    text: str, celsius: float, flat: str
) -> None:
    reading = understand(text)
    assert reading.temperature == celsius, reading.evidence
    assert reading.flat == flat, reading.evidence


@pytest.mark.parametrize(("text", "celsius"), MEMORIES)
def test_a_reading_of_a_time_before_is_kept_but_no_report(text: str, celsius: float) -> None:
    reading = understand(text)
    assert reading.temperature == celsius, reading.evidence
    assert reading.kind is Kind.OTHER, reading.evidence


@pytest.mark.parametrize("text", FEVERS_ELSEWHERE_OVER)
def test_a_fever_elsewhere_that_is_over_keeps_its_reading_but_is_no_report(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.OTHER, reading.evidence
    assert reading.temperature is not None, reading.evidence


@pytest.mark.parametrize(("text", "kind"), [case for rows in KINDS.values() for case in rows])
def test_a_fever_over_or_the_day_s_heat_is_no_report(text: str, kind: Kind) -> None:
    reading = understand(text)
    assert reading.kind is kind, reading.evidence
