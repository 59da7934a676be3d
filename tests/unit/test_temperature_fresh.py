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
