"""接龙 lists read line by line: numbering, quantities, units, names, repeats, exact totals."""

from __future__ import annotations

import pytest

from domain.understanding import Item, Kind, understand
from domain.understanding.group_list import read_group_list, read_line
from tests.support import group_lists as lists


@pytest.mark.parametrize(
    ("text", "totals", "households"),
    [
        (lists.THIRTY, lists.THIRTY_TOTALS, lists.THIRTY_HOUSEHOLDS),
        (lists.VEGETABLES, lists.VEGETABLES_TOTALS, 6),
        (lists.MIXED, lists.MIXED_TOTALS, 4),
        (lists.PORK, lists.PORK_TOTALS, 4),
        (lists.ENGLISH, lists.ENGLISH_TOTALS, 4),
        (lists.MEDICINE, lists.MEDICINE_TOTALS, 3),
    ],
)
def test_totals_match_the_lines_counted_by_hand(text, totals, households) -> None:
    read = read_group_list(text)
    assert read is not None
    assert read.totals() == totals
    assert len(read.lines) == households


def test_thirty_households_header_repeats_and_edits() -> None:
    read = read_group_list(lists.THIRTY)
    assert read is not None
    assert read.title.startswith("明天团购 鸡蛋")
    assert read.shop == "盒马"
    assert [(g.name, g.unit) for g in read.goods] == [("鸡蛋", "箱"), ("牛奶", "提")]
    assert (read.repeated, read.edited) == (1, 1)
    by_who = {line.who: line for line in read.lines}
    assert by_who["3-2-301"].items == (Item("鸡蛋", 2, "箱"),)  # line 31 replaced line 3
    assert by_who["3-2-301"].number == 31
    assert by_who["王姐"].flat is None and by_who["王姐"].note == "放门口"
    assert by_who["老刘"].items == (Item("鸡蛋", 1, "箱"), Item("牛奶", 1, "提"))
    assert by_who["3-2-401"].note == "下午送"
    assert by_who["3-2-402"].items == (Item("鸡蛋", 12, "箱"),)  # 十二箱
    assert by_who["3-1-402"].items == (Item("鸡蛋", 1, "箱"),)  # the phone number is no quantity
    assert by_who["3-1-502"].items == (Item("鸡蛋", 2, "箱"),)  # 共90元 is money
    assert by_who["3-1-401"].items == (Item("牛奶", 2, "提"),)  # 两提牛奶: goods after
    assert by_who["3-1-602"].items == (Item("鸡蛋", 2, "箱"), Item("牛奶", 1, "提"))  # by unit
    assert "3-2-501" in by_who  # 3幢2单元501, and the example line 例： is no household
    assert sum(1 for line in read.lines if line.flat == "3-2-501") == 1


@pytest.mark.parametrize(
    ("line", "flat", "name", "items"),
    [
        ("3幢2单元501 两箱", "3-2-501", None, (Item("鸡蛋", 2, "箱"),)),
        ("3-2-602 1箱 牛奶1提", "3-2-602", None, (Item("鸡蛋", 1, "箱"), Item("牛奶", 1, "提"))),
        ("王姐 三箱", None, "王姐", (Item("鸡蛋", 3, "箱"),)),
        ("3-1-101 牛奶 十二提", "3-1-101", None, (Item("牛奶", 12, "提"),)),
        ("3-1-101 鸡蛋×2", "3-1-101", None, (Item("鸡蛋", 2, "箱"),)),
        ("3-1-101 两提", "3-1-101", None, (Item("牛奶", 2, "提"),)),
        ("3-1-101 一箱 一箱", "3-1-101", None, (Item("鸡蛋", 2, "箱"),)),
        ("3-1-101", "3-1-101", None, (Item("鸡蛋", 1, "箱"),)),
        ("3-1-101 +2", "3-1-101", None, (Item("鸡蛋", 2, "箱"),)),
    ],
)
def test_one_line_with_the_lists_goods(line, flat, name, items) -> None:
    goods = (Item("鸡蛋", None, "箱"), Item("牛奶", None, "提"))
    read = read_line(line, goods)
    assert read is not None
    assert (read.flat, read.name, read.items) == (flat, name, items)


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("5-1-101 土豆2斤 西红柿 1斤", (Item("土豆", 2, "斤"), Item("西红柿", 1, "斤"))),
        ("5-1-101 大米1袋 油两桶", (Item("大米", 1, "袋"), Item("油", 2, "桶"))),
        ("5-1-101 苹果3个", (Item("苹果", 3, "个"),)),
        ("5-1-101 面包x2", (Item("面包", 2, None),)),
        ("5-1-101 口罩两盒 酒精1瓶", (Item("口罩", 2, "盒"), Item("酒精", 1, "瓶"))),
        ("5-1-101 milk 2 bottles", (Item("milk", 2, "bottle"),)),
    ],
)
def test_lines_without_a_header_name_their_goods(line, items) -> None:
    read = read_line(line)
    assert read is not None and read.flat == "5-1-101"
    assert read.items == items


@pytest.mark.parametrize(
    "numbering",
    ["{n}. ", "{n}、", "{n}) ", "({n}) ", "（{n}）", "第{n} ", "{n} ", "{c} ", "{n}．"],
)
def test_the_ways_lines_are_numbered(numbering) -> None:
    circled = "①②③"
    lines = [numbering.format(n=n, c=circled[n - 1]) + f"6-1-{n}01 {n}箱" for n in (1, 2, 3)]
    read = read_group_list("#接龙 鸡蛋团购 30枚/箱\n" + "\n".join(lines))
    assert read is not None
    assert [line.flat for line in read.lines] == ["6-1-101", "6-1-201", "6-1-301"]
    assert read.totals() == {("鸡蛋", "箱"): 6}


def test_a_list_pasted_twice_in_one_message_counts_once() -> None:
    body = "1. 3-1-101 两箱\n2. 3-1-102 1箱\n"
    read = read_group_list("#接龙 鸡蛋 45元/箱\n" + body + body + "3. 3-1-201 三箱")
    assert read is not None
    assert read.totals() == {("鸡蛋", "箱"): 6}
    assert read.repeated == 2


def test_unnumbered_households_among_numbered_ones() -> None:
    read = read_group_list("接龙 鸡蛋 45元/箱\n1. 3-1-101 两箱\n3-1-102 1箱\n截止今晚8点")
    assert read is not None
    assert [line.flat for line in read.lines] == ["3-1-101", "3-1-102"]


@pytest.mark.parametrize(
    "text",
    [
        "帮忙买一袋大米 两桶油",
        "【接龙】鸡蛋团购 30枚一箱 68元 要的接龙",  # the announcement: no household yet
        "接龙+1 3-2-301 鸡蛋两盒 纯牛奶一箱",  # one person joining: an order
        "今天几点送菜？\n谢谢",
        "1. 先量体温\n2. 再报给楼长",
        "帮忙买：\n1. 大米一袋\n2. 油两桶\n3-2-501",  # one household's own numbered list
        "shopping for 5-1-302:\n1) bread\n2) eggs x2\n3) milk",
    ],
)
def test_not_a_list(text) -> None:
    assert read_group_list(text) is None


def test_understanding_keeps_the_kind_and_adds_the_list() -> None:
    reading = understand(lists.VEGETABLES)
    assert reading.kind is Kind.ORDER  # as the labeled sets have it
    assert reading.group_list is not None and len(reading.group_list.lines) == 6
    assert reading.to_dict()["group_list"]["lines"][0]["who"] == "王姐"
    assert understand("帮忙买一袋大米").group_list is None
    assert "group_list" not in understand("帮忙买一袋大米").to_dict()


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("5-1-101 豆腐2块", (Item("豆腐", 2, "块"),)),  # a unit, not money
        ("5-1-101 五花肉500g", (Item("五花肉", 500, "g"),)),
        ("5-1-101 加多宝1箱", (Item("加多宝", 1, "箱"),)),  # 加 is part of the name
        ("5-1-101 我要排骨2斤", (Item("排骨", 2, "斤"),)),
        ("5-1-101 排骨2斤 共90块", (Item("排骨", 2, "斤"),)),
        ("5-1-101 排骨2斤 ¥90", (Item("排骨", 2, "斤"),)),
    ],
)
def test_units_money_and_words_around_goods(line, items) -> None:
    read = read_line(line)
    assert read is not None and read.items == items


def test_a_deadline_in_the_header_is_no_goods_and_a_room_alone_no_number() -> None:
    read = read_group_list(
        "#接龙 鸡蛋 45元/箱\n截止今晚8点 明天上午9点配送\n1. 3-1-101 两箱\n2. 3-1-102 +1"
    )
    assert read is not None
    assert [item.name for item in read.goods] == ["鸡蛋"]
    assert read.totals() == {("鸡蛋", "箱"): 3}
    read = read_group_list("#接龙 鸡蛋 45元/箱\n1. 3-1-101 两箱\n501 1箱")
    assert read is not None  # "501" is a room written alone, not line number 501
    assert [(line.number, line.flat) for line in read.lines] == [(1, "3-1-101"), (None, "501")]
