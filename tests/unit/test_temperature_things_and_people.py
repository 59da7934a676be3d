"""Whose heat a number is (temperature_whose.py, temperature.py, temperature_over.py): a thing's
heat (the water, the heater, the oven, the air, a wall) is no reading; someone called 老王 or 小李
and 卅 (thirty) in a reading are read; a fever of last week told over is a memory. Paraphrases in
zh and en, not the rounds' sentences."""

import pytest

from domain.understanding import Kind, understand
from tests.support.families import cases, check_reading

READINGS: dict[str, list[tuple[str, float | None]]] = {
    "a thing's heat, no reading": [
        ("热水器的温度才36度 难怪水不热", None),
        ("鱼缸水温38度了 鱼都不动了", None),
        ("壶里的水烧开了 100度", None),
        ("the shower temperature is only 35 degrees, freezing", None),
        ("kettle is boiling, 100 degrees, tea time", None),
        ("forehead gun says 34.8 on the wall haha", None),
        ("户外温度39度 晒得不行", None),
        ("外面温度37度 别出门了", None),
        ("烧水到100度能杀菌吗", None),
        ("the soup has been at 100 degrees all afternoon", None),
        ("oven preheated to 200 degrees, pizza time", None),
        ("热水袋灌了60度的水 捂着肚子舒服多了", None),
        ("泡脚水45度正好 泡完睡得香", None),
        ("the bath is 41 degrees, best part of my day", None),
        ("hot water bottle at 50 degrees, toes finally warm", None),
    ],
    "a thing named beside someone's fever keeps the reading": [
        ("热水器温度调到40度 宝宝还是发烧38.5", 38.5),
        ("water temperature fine, but my son's fever is 38.6", 38.6),
        ("外面温度35度 孩子还发烧38.4", 38.4),
        ("给宝宝灌了个热水袋 体温还是38.3", 38.3),
    ],
    "someone called by a surname, 卅 for thirty": [
        ("老李早上三十七度 3幢2单元101", 37.0),
        ("小张今天三十六度 5-1-302", 36.0),
        ("体温 爷爷卅七度二", 37.2),
        ("我今儿个三十六度八 挺好 2-1-303", 36.8),
        ("俺家老头今儿三十七度二 精神着呢", 37.2),
    ],
    "a body warmed by a thing, or just in from outdoors, keeps the reading": [
        ("36.8 probably warm from the hot water bottle haha 3-2-501", 36.8),
        ("我36.4 我爸37.1 (刚从外面搬完东西回来 热的) 5-1-302", 37.1),
    ],
}

MEMORIES = [
    "女儿上周烧到39.2 现在全好了 谢谢关心",
    "last week my son hit 39.4 but the fever's gone now, thanks all",
    "our neighbour's boy had 39.6 on Monday, they took him in and he's fine now",
    "邻居家宝宝前几天烧到39.5 去了医院 现在已经好了",
]


@pytest.mark.parametrize(("text", "celsius"), cases(READINGS))
def test_whose_heat(text: str, celsius: float | None) -> None:
    check_reading(text, celsius)


@pytest.mark.parametrize("text", MEMORIES)
def test_a_fever_of_last_week_over_is_no_report(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.OTHER, reading.evidence
