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
