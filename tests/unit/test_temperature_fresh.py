"""Temperatures by family, from the misses of blind rounds 147-150 and earlier: the weather's or a
room's degrees, thresholds asked about and numbers supposed read no reading; a reading told of a
time before is still the message's reading, but a memory, not a report. Paraphrases, zh and en."""

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
    "a threshold asked, a number supposed": [
        "At what temperature should we take him to the clinic? 39?",
        "宝宝烧到几度该去医院啊 38.5吗",
        "If my son's fever goes up to 39.5, do we ring 120 or the clinic?",
        "要是孩子体温烧到39.5 是打120还是找社区医生",
    ],
}

READINGS: list[tuple[str, float]] = [
    ("今天下午36度8 正常", 36.8),
    ("it's 38.2 this morning, feeling rough", 38.2),
    ("孩子去年烧到40度抽过一次 这次37.8 先观察", 37.8),
]

MEMORIES: list[tuple[str, float]] = [
    ("上次孩子烧到39.8 吓得我一晚没睡", 39.8),
    ("last time he hit 39.7 we were so scared", 39.7),
]


@pytest.mark.parametrize("text", [t for rows in NOT_READINGS.values() for t in rows])
def test_weather_rooms_thresholds_and_suppositions_are_no_readings(text: str) -> None:
    check_reading(text, None)


@pytest.mark.parametrize(("text", "celsius"), READINGS)
def test_readings_beside_heat_or_a_past_one_are_still_read(text: str, celsius: float) -> None:
    check_reading(text, celsius)


@pytest.mark.parametrize(("text", "celsius"), MEMORIES)
def test_a_reading_of_a_time_before_is_kept_but_no_report(text: str, celsius: float) -> None:
    reading = understand(text)
    assert reading.temperature == celsius, reading.evidence
    assert reading.kind is Kind.OTHER, reading.evidence


# Flats of rounds 151-154: a dashed address after a chat app or a time asked, a room before
# 楼上 (upstairs). Paraphrases, zh and en.
FLATS_151_154: list[tuple[str, str]] = [
    ("can someone top up our gas card? I'll pay you back on wechat 8-1402", "8-1402"),
    ("麻烦帮忙复印一下户口本 照片发你微信 6-1-703", "6-1-703"),
    ("能不能帮我家老人约一下体检的时间 9-2-1101", "9-2-1101"),
    ("我家1203 楼上天天装修 吵死了", "1203"),
    ("we're in 702, the people upstairs stomp all night", "702"),
]
NOT_FLATS_151_154: list[str] = [
    "加我微信 138-1234-5678",
    "预约时间 10-30",
]


@pytest.mark.parametrize(("text", "flat"), FLATS_151_154)
def test_flats_after_an_app_or_a_time_or_before_upstairs(text: str, flat: str) -> None:
    assert understand(text).flat == flat, understand(text).evidence


@pytest.mark.parametrize("text", NOT_FLATS_151_154)
def test_phones_and_times_after_such_words_are_no_flats(text: str) -> None:
    assert understand(text).flat is None, understand(text).evidence


# Temperatures of rounds 151-154: a bare decimal in the Fahrenheit range told with when it was
# taken is a reading; the number above which to act, asked, is none.
FAHRENHEIT_TAKEN_AT: list[tuple[str, float]] = [
    ("98.8 this afternoon, all normal, 3-2-101", 37.1),
    ("100.2 last night, a bit better today", 37.9),
]
THRESHOLDS_151_154: list[str] = [
    "孩子几度以上该吃退烧药 38.5吗",
    "above what temperature should we call the doctor? 38?",
]


@pytest.mark.parametrize(("text", "celsius"), FAHRENHEIT_TAKEN_AT)
def test_a_bare_fahrenheit_reading_told_with_its_time_is_read(text: str, celsius: float) -> None:
    check_reading(text, celsius)


@pytest.mark.parametrize("text", THRESHOLDS_151_154)
def test_the_number_above_which_to_act_asked_is_no_reading(text: str) -> None:
    check_reading(text, None)
