"""Goods added to a group buy, and food gone off and bagged to be collected. Wired in orders.py.

- goods asked added to a group buy (can I get noodles in tomorrow's group buy?, 团购里帮我加两瓶
  豆浆): a share asked, groceries, though a group buy is named as offers are;
- food gone off, bagged and asked collected (团购的肉馊了 装了一大袋 谁来收一下, rotten veg
  bagged, can it be collected?): rubbish, not the goods nor the fridge;
- one's rubbish told put at the door with the flat (垃圾已经放门口了 7-1-1002, bin bag's outside
  my door 3-1-402): rubbish waiting to be collected, not a status told.
"""

from __future__ import annotations

from domain.understanding.model import Category
from domain.understanding.order_asks import NAMES_FLAT
from domain.understanding.prefilter import compile_prefiltered

_ADDED_TO_GROUP_BUY = compile_prefiltered(
    r"(?<![a-z])(?:add|put|get|include|count)(?! you)(?: [a-z0-9'-]+){1,10} (?:in|to|into|on) "
    r"(?:the |my |our |[a-z]+'s |this week's |tomorrow's )?(?:group ?-?buy|groupbuy)(?![a-z])|"
    r"(?:团购|接龙)(?:里|中)?(?:帮我|给我|替我)?(?:加|算上|带上|添)(?:上)?[一两二三四五六七八九十\d]|"
    r"(?:帮我|给我|替我)?(?:加|算)(?:到|进)(?:团购|接龙)(?:里)?"
)
_GONE_OFF = compile_prefiltered(
    r"馊|臭了|坏了|烂了|发霉|变质|(?<![a-z])(?:rotten|rotting|spoiled|spoilt|gone off|mouldy|moldy|"
    r"stinking|smelly)(?![a-z])"
)
_BAGGED = compile_prefiltered(
    r"(?:一|两|三|四|五|几|[\d])(?:大|小)?袋|装(?:了|好)|打包|"
    # saved up until there are many (便便袋攒了好多)
    r"攒了(?:好多|好几|一堆|一大堆|[一两三四五几\d])|"
    r"(?<![a-z])(?:bagged|in a bag|bin bags?|bags? of it)(?![a-z])"
)
# Used test kits, masks and their boxes (废口罩, 用过的抗原, used masks, test boxes) and a pet's
# filled waste bags: waste.
_USED_UP = compile_prefiltered(
    r"废(?:口罩|弃口罩|抗原|试剂|针头)|用过的(?:口罩|抗原|试剂|针头)|抗原(?:盒子|壳|包装)|"
    r"(?<![a-z])(?:used|old) (?:masks?|test kits?|antigen tests?|rat tests?|needles?)(?![a-z])|"
    r"(?<![a-z])(?:test|kit|antigen) boxes(?![a-z])|"
    # a pet's waste bags, filled (狗狗的便便袋, the dog's poop bags)
    r"(?:狗狗?|猫咪?|宠物)的?便便袋|"
    r"(?<![a-z])(?:dog|dog's|cat|cat's|pet) (?:poop|poo) bags(?![a-z])"
)
_COLLECTED = compile_prefiltered(
    r"收一下|收下|收走|来收|拿走|带走|"
    r"(?<![a-z])(?:be collected|collect (?:it|them)|take (?:it|them) away|be taken away)(?![a-z])"
)
_RUBBISH_AT_DOOR = compile_prefiltered(
    r"垃圾(?:已经|都)?(?:放|搁|摆)(?:在|到)?(?:家)?门口了|"
    # the bags named by colour or kind (黄色袋子已经放门口, 医疗废物袋放门口了)
    r"(?:垃圾|废物|[红黄黑绿蓝]色)袋子?(?:已经|都)?(?:放|搁|摆)(?:在|到)?(?:家)?门口了?|"
    r"(?<![a-z])(?:rubbish|trash|bin bags?)(?: is| are|'s)? (?:already )?(?:out )?"
    r"(?:outside|by) (?:my|the|our) (?:door|flat)(?: now)?(?![a-z])"
)
_TAKEN = compile_prefiltered(
    r"收走了|取走了|拿走了|已收|(?<![a-z])(?:collected|picked up|taken)(?![a-z])"
)


def joins_group_buy(text: str) -> bool:
    """Whether goods are asked added to a group buy (lifting the group-buy offer veto)."""
    return _ADDED_TO_GROUP_BUY.search(text) is not None


def rubbish_to_collect(text: str, category: Category) -> str | None:
    """Why a message is rubbish asked collected though told as a status, or None."""
    if _GONE_OFF.search(text) and _BAGGED.search(text) and _COLLECTED.search(text):
        return "gone-off-bagged"
    if _USED_UP.search(text) and _BAGGED.search(text) and _COLLECTED.search(text):
        return "used-bagged"  # 抗原盒子和废口罩装好袋了 请来收: waste, not the kits bought
    if (
        category is Category.GARBAGE  # not an aside beside another ask
        and _RUBBISH_AT_DOOR.search(text)
        and NAMES_FLAT.search(text)
        and not _TAKEN.search(text)
    ):
        return "rubbish-at-door"
    return None
