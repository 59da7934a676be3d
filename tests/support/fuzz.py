"""Hypothesis strategies for hostile input: odd text, markup, commands, forged data, updates."""

from __future__ import annotations

import re
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

# Well-formed Telegram HTML around a marker no other text holds: sent with parse_mode HTML, the
# marker must only ever appear escaped (&lt;b&gt;zq7…), never right inside or before a real tag.
MARKER = "zq7"
MARKED = re.compile(MARKER + r"\d+q")
TAGGED = (
    "<b>{}</b>",
    "<i>{}</i>",
    "<u>{}</u>",
    "<s>{}</s>",
    "<code>{}</code>",
    "<pre>{}</pre>",
    "<tg-spoiler>{}</tg-spoiler>",
    '<span class="tg-spoiler">{}</span>',
    "<blockquote>{}</blockquote>",
    '<a href="tg://user?id=1">{}</a>',
    '<a href="https://example.org/?a=1&amp;b=2">{}</a>',
    "<b><i>{}</i></b>",
    "*{}*",
    "_{}_",
    "[{}](http://x.y)",
)
marked = st.builds(
    lambda tag, n: tag.format(f"{MARKER}{n}q"), st.sampled_from(TAGGED), st.integers(0, 10**6)
)

any_char = st.characters(codec="utf-8", exclude_categories=["Cs"])
pieces = st.one_of(
    st.text(any_char, max_size=12),
    marked,
    st.sampled_from(MARKUP),
    st.sampled_from(WORDS),
    st.text(st.sampled_from(ZERO_WIDTH + BIDI + "\x00\x01\x1b\x7f\r\t"), min_size=1, max_size=4),
)
short_texts = st.lists(pieces, min_size=1, max_size=12).map("".join)
long_texts = st.builds(lambda p, n: (p * n)[:4096], pieces.filter(bool), st.integers(300, 4096))
# one in ten is long: the rules are linear in length, and 4,096 characters is Telegram's limit
texts = st.integers(0, 9).flatmap(lambda n: long_texts if n == 0 else short_texts)

# What people call themselves: marked tags and markup in first and last names (Telegram allows
# any 1-64 characters there); usernames are Telegram's [A-Za-z0-9_]{5,32}, Markdown's _ and all.
name_pieces = st.one_of(
    marked, marked, st.sampled_from(MARKUP), st.sampled_from(WORDS), st.text(any_char, max_size=6)
)
first_names = (
    st.lists(name_pieces, min_size=1, max_size=4)
    .map(lambda parts: "".join(parts)[:64])
    .filter(lambda name: name.strip() != "")
)
last_names = st.none() | first_names
usernames = (
    st.none()
    | st.from_regex(r"[A-Za-z][A-Za-z0-9_]{4,31}", fullmatch=True)
    | st.builds(
        lambda n, tail: f"__{MARKER}{n}q_{tail}"[:32],
        st.integers(0, 10**6),
        st.from_regex(r"[a-z_]{0,8}", fullmatch=True),
    )
)
names = st.tuples(first_names, last_names, usernames)


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
