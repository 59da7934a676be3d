"""Whose heat a number is, when it is no one's body: a pet's fever (我家猫发烧了 39.8 有没有懂宠物
的, my dog's running a fever, 39.6), a thing's heat (热水器出水温度才35度, 水烧到100度了, the air
temperature is 38 degrees, mine says 35.9 on the wall) or a thermometer's own, left in the sun or
on a radiator (体温计忘在阳台晒太阳 都41度了). One named entry each, tried in order by
not_a_body() (asked by _plausible() in temperature.py); a person or a fever named beside a pet or a
thing (孩子被猫抓了 发烧38.5, 空调调到26度 宝宝还是38.5) keeps the reading: it is then theirs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.understanding.prefilter import compile_prefiltered


@dataclass(frozen=True)
class NotABody:
    """One reading of a number as something else's heat, unless someone is named with it."""

    name: str
    heat: re.Pattern[str]
    unless: re.Pattern[str] | None


_PERSON = compile_prefiltered(
    r"孩子|小孩|宝宝|儿子|女儿|老人|爸|妈|奶奶|爷爷|外婆|外公|老公|老婆|抓|咬|"
    r"(?<![a-z])(?:kid|kids|baby|son|daughter|mum|mom|dad|husband|wife|scratched|bitten|bit)"
    r"(?![a-z])"
)
_PERSON_OR_FEVER = compile_prefiltered(
    r"体温|发烧|发热|高烧|低烧|退烧|腋温|额温|耳温|孩子|小孩|宝宝|老人|爸|妈|奶奶|爷爷|外婆|外公|"
    r"(?<![a-z])(?:fever|body temp\w*|kid|kids|baby|son|daughter|mum|mom|dad|husband|wife)"
    r"(?![a-z])"
)

NOT_A_BODY: tuple[NotABody, ...] = (
    NotABody(
        "pet-fever",
        compile_prefiltered(
            r"(?:猫咪?|狗狗?|小狗|小猫|宠物|兔子|仓鼠|鹦鹉)[^。!?\s]{0,3}(?:发烧|发热|体温|烧到|烧了)|"
            r"(?<![a-z])(?:(?:cat|dog|puppy|kitten|pet|rabbit|bunny|hamster)(?:'s)? "
            r"(?:has (?:got )?a |is running a |got a |running a )?(?:fever|temp|temperature)|"
            r"(?:cat|dog|puppy|kitten|pet|rabbit|hamster) (?:is|feels) (?:hot|feverish|burning up))"
            r"(?![a-z])"
        ),
        _PERSON,
    ),
    NotABody(
        "thing-heat",
        compile_prefiltered(
            r"(?:热水器|出水|洗澡水|烤箱|冰箱|暖气|鱼缸|空气|油锅|室外|户外|外面)的?温度|水温|油温|"
            r"水烧(?:到|开)|烧水|热水袋|暖水袋|泡澡水|洗澡水|泡脚水|烤箱(?:调到|开到|预热)?\d|(?:烧|煮)开了|"
            r"(?:测|量)(?:了一下|一下)?(?:墙|桌子|杯子)|"
            r"(?<![a-z])(?:(?:air|water|oven|shower|bath|fridge|freezer|outdoor|tank|pool|kettle) "
            r"temp(?:erature)?s?|(?:water|kettle) (?:is |has )?boil\w*|on the wall|"
            # (warm from the hot water bottle: the body it warmed, its reading kept)
            r"bath ?water|(?<!from the )(?<!from a )(?<!from my )hot[- ]water bottle|"
            r"(?:the )?(?:bath|tub|hot tub|sauna) (?:is|was) "
            r"(?:about )?\d|"
            r"(?:oven|broth|soup|stock|hot ?pot|kettle|pan|oil)(?: [a-z]+)? "
            r"(?:at|is at|has been at|set to|preheated to)|"
            r"(?:measured|pointed it at|tried it on) the wall)(?![a-z])"
        ),
        _PERSON_OR_FEVER,
    ),
    NotABody(
        "thermometer-in-heat",
        compile_prefiltered(
            r"(?:体温计|温度计|体温枪)[^。!?]{0,10}(?:晒|太阳|阳光|窗台|暖气|热水|车里)|"
            r"(?<![a-z])thermometer[^.!?]{0,40}(?:in the sun|on the radiator|on the heater|"
            r"in the car|in hot water|(?:sunny |sunlit )?window ?sill|in (?:the )?(?:direct )?"
            r"sun(?:light|shine))(?![a-z])"
        ),
        None,
    ),
)


def not_a_body(text: str) -> str | None:
    """The name of the first entry that reads the message's number as no one's body heat."""
    for entry in NOT_A_BODY:
        if entry.heat.search(text) is not None and (
            entry.unless is None or entry.unless.search(text) is None
        ):
            return entry.name
    return None
