"""A thing's heat told beside a number: the water's, the heater's, the oven's, the air's or a
wall's, not a body-temperature reading (热水器出水温度才35度, 水烧到100度了, the air temperature is
38 degrees, mine says 35.9 on the wall). Asked by _plausible() in temperature.py. A person or a
fever named with the thing (空调调到26度 宝宝还是38.5) keeps the reading: it is then theirs."""

from __future__ import annotations

from domain.understanding.prefilter import compile_prefiltered

_THING_HEAT = compile_prefiltered(
    r"(?:热水器|出水|洗澡水|烤箱|冰箱|暖气|鱼缸|空气|油锅|室外|户外|外面)的?温度|水温|油温|"
    r"水烧(?:到|开)|烧水|烤箱(?:调到|开到|预热)?\d|(?:烧|煮)开了|"
    r"(?:测|量)(?:了一下|一下)?(?:墙|桌子|杯子)|"
    r"(?<![a-z])(?:(?:air|water|oven|shower|bath|fridge|freezer|outdoor|tank|pool|kettle) "
    r"temp(?:erature)?s?|(?:water|kettle) (?:is |has )?boil\w*|on the wall|"
    r"(?:oven|broth|soup|stock|hot ?pot|kettle|pan|oil)(?: [a-z]+)? (?:at|is at|has been at|"
    r"set to|preheated to)|"
    r"(?:measured|pointed it at|tried it on) the wall)(?![a-z])"
)
_PERSON_OR_FEVER = compile_prefiltered(
    r"体温|发烧|发热|高烧|低烧|退烧|腋温|额温|耳温|孩子|小孩|宝宝|老人|爸|妈|奶奶|爷爷|外婆|外公|"
    r"(?<![a-z])(?:fever|body temp\w*|kid|kids|baby|son|daughter|mum|mom|dad|husband|wife)"
    r"(?![a-z])"
)


def thing_heat(text: str) -> bool:
    """Whether the message tells a thing's heat, no person's nor a fever."""
    return _THING_HEAT.search(text) is not None and _PERSON_OR_FEVER.search(text) is None
