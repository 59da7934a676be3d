"""Texts longer than one Telegram message: split at line ends with tags balanced, or shortened."""

from __future__ import annotations

import re

from bot.long_text import ELLIPSIS, MAX_MESSAGE, shorten, split_message, visible_length

TAG = re.compile(r"<(/?)(\w+)[^>]*>")


def balanced(piece: str) -> bool:
    stack: list[str] = []
    for closing, name in TAG.findall(piece):
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


def test_a_short_text_is_left_alone() -> None:
    assert split_message("<b>订单 #1</b>\n3-2-501") == ["<b>订单 #1</b>\n3-2-501"]
    assert shorten("<b>x</b>") == "<b>x</b>"


def test_visible_length_counts_what_telegram_counts() -> None:
    assert visible_length("<b>a&amp;b</b>") == 3
    assert visible_length("😀") == 2  # outside the BMP: two UTF-16 units


def test_a_quote_spanning_pieces_is_closed_and_reopened() -> None:
    lines = "\n".join(f"L{i} | 2m | role:lead" for i in range(300))
    text = f"🔗 <b>chain</b>\n<pre>{lines}</pre>\nend"
    pieces = split_message(text)
    assert len(pieces) == 2
    assert all(visible_length(p) <= MAX_MESSAGE and balanced(p) for p in pieces)
    assert pieces[1].startswith("<pre>") and pieces[1].endswith("end")
    rejoined = "".join(TAG.sub("", p) + "\n" for p in pieces)
    assert rejoined.count("role:lead") == 300 and "L299 |" in rejoined


def test_one_line_longer_than_a_message_is_cut_outside_entities() -> None:
    text = "📋 note: " + "&lt;长&gt;" * 3000
    pieces = split_message(text)
    assert len(pieces) == 3
    for piece in pieces:
        assert visible_length(piece) <= MAX_MESSAGE
        assert not re.search(r"&[a-z]*$", piece) and not re.match(r"^[a-z]*;", piece)
    assert sum(visible_length(p) for p in pieces) == visible_length(text)


def test_pieces_respect_a_smaller_limit_with_emoji() -> None:
    text = "\n".join("😀" * 30 for _ in range(20))
    pieces = split_message(text, 100)
    assert all(visible_length(p) <= 100 for p in pieces)
    assert "".join(pieces).count("😀") == 600


def test_shorten_keeps_tags_balanced_and_ends_with_an_ellipsis() -> None:
    text = "<b>roll call</b>\n<blockquote>" + "\n".join("3-2-501 未报" for _ in range(900))
    text += "</blockquote>"
    short = shorten(text)
    assert visible_length(short) <= MAX_MESSAGE and short.endswith(ELLIPSIS) and balanced(short)
