"""Which first-aid hint fits an emergency message (a key into locales/, or None)."""

from __future__ import annotations

import re

# Checked in order: the first kind that matches decides the hint.
HINTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern, re.IGNORECASE))
    for key, pattern in (
        ("fire", r"着火|火灾|失火|冒烟|烧起来|fire|smoke"),
        ("gas", r"煤气|燃气|天然气|gas leak|smell(s)? gas"),
        ("cardiac", r"心脏|心口|胸痛|胸闷|心梗|心绞痛|chest|heart"),
        ("breathing", r"呼吸|喘不|憋气|透不过气|窒息|breath|can'?t breathe"),
        ("choking", r"噎|卡住|卡喉|chok"),
        ("stroke", r"中风|嘴歪|口角歪|说话不清|半边|stroke|face droop|slurred"),
        ("seizure", r"抽搐|抽筋|癫痫|口吐白沫|惊厥|seizure|convuls|fit\b"),
        ("bleeding", r"流血|出血|大出血|血流不止|bleed"),
        ("suicide", r"自杀|想死|不想活|结束生命|了结|suicid|kill myself|end it all|end my life"),
        ("poisoning", r"中毒|吞了|误食|吃了一(整)?瓶|overdose|poison|swallowed"),
        ("labour", r"要生了|羊水破|破水|宫缩|labou?r|water broke|contractions"),
        ("fall", r"摔倒|跌倒|摔了|起不来|fell|fallen|can'?t get up"),
        (
            "unresponsive",
            r"晕倒|昏倒|昏迷|叫不醒|没反应|没有意识|faint|unconscious|unresponsive|passed out",
        ),
    )
)


def first_aid_hint(text: str) -> str | None:
    """The hint kind for this message, e.g. "cardiac" (call 120 now), or None."""
    for key, pattern in HINTS:
        if pattern.search(text):
            return key
    return None
