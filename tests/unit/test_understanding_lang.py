"""Language: zh when mainly Chinese or wordless, en when mainly English."""

import pytest

from domain.understanding import understand


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("谢谢志愿者们 辛苦了❤️", "zh"),
        ("Can anyone buy coffee and oat milk for 9-2-1101?", "en"),
        ("T 36.7 room 1203", "en"),
        ("36.5℃ 5-2-301", "zh"),
        ("36.8", "zh"),
        ("?", "zh"),
        ("👍", "zh"),
        ("", "zh"),
        ("帮忙买coffee 3-2-501", "zh"),
        ("我要做PCR test吗", "zh"),
        ("ok 收到", "zh"),
        ("Can someone buy 大米 for me please", "en"),
        ("Bldg 7 Unit 1 #402", "en"),
        ("Ｃａｎ ｓｏｍｅｏｎｅ ｈｅｌｐ", "en"),
        ("temp 98.6F, feeling fine", "en"),
        ("lol", "en"),
    ],
)
def test_language(text: str, lang: str) -> None:
    assert understand(text).lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("jiuming 我爸晕倒了 kuai lai 5-1-101", "zh"),  # pinyin typed among Chinese
        ("zaoshang hao 各位邻居", "zh"),
        ("xiexie 大家", "zh"),
        ("thank you 谢谢", "en"),  # English words that parse as pinyin stay English
        ("please bring 饺子 to my home", "en"),
        ("Can someone buy mango juice and ginger 姜 for me", "en"),
        ("help my dad 爸爸 fell down", "en"),
    ],
)
def test_pinyin_among_chinese_is_chinese(text: str, lang: str) -> None:
    assert understand(text).lang == lang
