"""Language: zh when mainly Chinese or wordless, en when mainly English; Chinese typed in pinyin
or a character at a time with spaces is read as Chinese."""

import pytest

from domain.understanding import Kind, understand
from domain.understanding.pinyin import from_pinyin, looks_like_pinyin
from domain.understanding.text import normalize


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("谢谢志愿者们 辛苦了❤️", "zh"),
        ("Can anyone buy coffee and oat milk for 9-2-1101?", "en"),
        ("T 36.7 room 1203", "en"),
        ("36.5℃ 5-2-301", "zh"),
        ("C座902 36.7 36.8", "zh"),  # a building's letter is no English word
        ("B栋1203 体温正常", "zh"),
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
        ("98.1F", "en"),  # Fahrenheit alone
        ("xie xie zhi yuan zhe xin ku le", "zh"),  # thanks to the volunteers, in pinyin
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


@pytest.mark.parametrize(
    "text",
    [
        "wo ba jin tian you dian ke sou, bu yong dan xin",  # a whole message typed in pinyin
        "ming tian xia wu ting dian ma?",
        "zuo tian de cai hen xin xian, xie xie tuan zhang",  # ian, uan: pinyin marks
        "xiao qu li mian de lu deng huai le",
    ],
)
def test_a_message_typed_in_pinyin_is_chinese(text: str) -> None:
    assert understand(text).lang == "zh"


def test_spaced_typing_is_read_together_but_clauses_stay_apart() -> None:
    assert normalize("我 是 8 栋 的") == "我是8栋的"
    assert normalize("没有发烧 但是胸口疼") == "没有发烧 但是胸口疼"


@pytest.mark.parametrize(
    "text", ["i love this song", "he is in bed now", "ok see you", "no", "hang on guys"]
)
def test_english_is_not_read_as_pinyin(text: str) -> None:
    assert not looks_like_pinyin(normalize(text))


def test_pinyin_becomes_characters() -> None:
    assert from_pinyin("jiuming wo ba xiongkou tong 6-2-802") == "救命我爸胸口痛 6-2-802"
    reading = understand("tiwen 36.6 zhengchang")
    assert (reading.kind, reading.lang, reading.temperature) == (Kind.TEMPERATURE, "zh", 36.6)


def test_a_building_typed_in_pinyin_is_the_flat() -> None:
    assert understand("bang wo mai liang xiang niu nai, 7 dong 1 dan yuan 902").flat == "7-1-902"
    assert understand("qing bang mang qu kuai di, 11 dong 603").flat == "11-603"
    assert from_pinyin("ting bu dong") == "ting 不懂"  # not understood, no building


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tw 36.4 3栋1201", "zh"),
        ("hs 做完了 3栋", "zh"),
        ("bie fa yu yin le 听不了", "zh"),
        ("can you 帮我 buy milk", "en"),
        ("me too 哈哈", "en"),
        ("tw: temp 36.5 room 302", "en"),
    ],
)
def test_chat_latin_among_chinese(text: str, lang: str) -> None:
    assert understand(text).lang == lang
