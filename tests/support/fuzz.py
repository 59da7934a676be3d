"""Hypothesis strategies for hostile input: odd text, markup, commands, forged data, updates."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

# What people and clients actually put in messages, beside plain letters.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
MARKUP = (
    "<b>",
    "</b>",
    "<i>x</i>",
    "<a href='tg://user?id=1'>",
    "<script>alert(1)</script>",
    "&",
    "&amp;",
    "&lt;",
    "&#0;",
    "*bold*",
    "_it_",
    "`code`",
    "```pre```",
    "[link](http://x.y)",
    "||spoiler||",
    "<blockquote>",
    "<tg-spoiler>",
    "{ $name }",
    "{",
    "}",
)
WORDS = (
    "救命",
    "我爸晕倒了",
    "帮忙买一袋大米",
    "3-2-501",
    "3幢2单元501",
    "37.3",
    "38.5度",
    "体温正常",
    "not breathing",
    "please bring milk",
    "Bldg 3 Unit 2 #501",
    "垃圾",
    "#接龙",
    "1. 3-2-501 两箱",
    "²",
    "٣",
    "99999999999999999999999",
    "-1",
    "0",
    "@bob_helps",
    "@",
    "role:lead",
    "chat:-100123",
    "|",
    "\n",
    "🆘",
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "مرحبا",
    "שלום",
)
COMMANDS = (
    "chain",
    "community",
    "corrections",
    "doctor",
    "fevers",
    "grouplang",
    "help",
    "household",
    "incident",
    "incidents",
    "lang",
    "lead",
    "myorders",
    "note",
    "order",
    "orders",
    "quarantine",
    "register",
    "rollcall",
    "sampling",
    "settings",
    "setup",
    "sos",
    "staff",
    "start",
    "volunteer",
)

any_char = st.characters(codec="utf-8", exclude_categories=["Cs"])
pieces = st.one_of(
    st.text(any_char, max_size=12),
    st.sampled_from(MARKUP),
    st.sampled_from(WORDS),
    st.text(st.sampled_from(ZERO_WIDTH + BIDI + "\x00\x01\x1b\x7f\r\t"), min_size=1, max_size=4),
)
short_texts = st.lists(pieces, min_size=1, max_size=12).map("".join)
long_texts = st.builds(lambda p, n: (p * n)[:4096], pieces.filter(bool), st.integers(300, 4096))
# one in ten is long: the rules are linear in length, and 4,096 characters is Telegram's limit
texts = st.integers(0, 9).flatmap(lambda n: long_texts if n == 0 else short_texts)


def _command(name: str, arguments: str, bot_mention: bool) -> str:
    mention = "@louhu_bot" if bot_mention else ""
    return f"/{name}{mention} {arguments}".rstrip()


commands = st.builds(_command, st.sampled_from(COMMANDS), texts, st.booleans())
messages = st.one_of(texts, commands).filter(lambda text: text.strip() != "")

# Button data as a forger writes it: known prefixes with wrong fields, random strings.
PREFIXES = ("o1", "v1", "c1", "i1", "s1", "d1", "r1", "q1", "x9", "")
forged_data = st.one_of(
    st.text(any_char, max_size=64).filter(lambda d: len(d.encode()) <= 64),
    st.builds(
        lambda prefix, fields: ":".join([prefix, *fields])[:64],
        st.sampled_from(PREFIXES),
        st.lists(
            st.one_of(
                st.sampled_from(("claim", "deliver", "resolve", "escalate", "ack", "main")),
                st.integers(-(2**70), 2**70).map(str),
                st.text(any_char, max_size=6),
            ),
            max_size=4,
        ),
    ).filter(lambda d: 0 < len(d.encode()) <= 64),
)


def _raw(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    return {kind: body}


# Updates Telegram may send that the bot does not expect, or with parts missing.
raw_updates = st.one_of(
    st.builds(
        _raw,
        st.sampled_from(
            (
                "message",
                "edited_message",
                "channel_post",
                "my_chat_member",
                "chat_member",
                "callback_query",
                "message_reaction",
                "poll",
                "business_message",
                "some_future_kind",
            )
        ),
        st.dictionaries(
            st.sampled_from(("message_id", "date", "text", "chat", "from", "id", "data")),
            st.one_of(st.integers(-(2**40), 2**40), st.text(max_size=8), st.none()),
            max_size=4,
        ),
    ),
)
