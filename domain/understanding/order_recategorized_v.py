"""Still more orders whose category is read again. Wired in orders.py after recategorized_u():

- broken or used things bagged and asked taken down or collected (碎玻璃用纸包好装袋了 麻烦带
  下去, 掉下来的碎瓷砖装了三袋 帮忙搬下去, used dressings bagged, could someone collect them?):
  garbage, not the fixture broken nor the dressing;
- a drug bought after a kitchen mishap (切菜划了手 没创可贴了 帮买一盒): medicine, the 菜 of 切菜
  is what was being done, not goods;
- a fixture fallen off and asked put back (毛巾架掉下来了 能找人重新装一下吗, the shelf fell off
  the wall, can someone put it back up?): repair, not the goods it holds;
- a parcel waiting below with a drug or its device in it, asked brought up (parcel at the gate
  with my inhaler, could someone bring it up?, 门口有个快递 是奶奶的药 帮忙拿上来): an errand;
- the power tripping, property asked to check (the power keeps tripping, can someone from
  property come check?, 老是跳闸 物业能来看看吗): repair, not a medical check.
"""

from __future__ import annotations

from domain.understanding.model import Category
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.terms import Term

_BAGGED = compile_prefiltered(
    r"装袋|装了?[一两三四五几\d]+袋|包好|打包好|"
    r"(?<![a-z])(?:bagged|in (?:a |two |three )?bags?|wrapped)(?![a-z])"
)
_SCRAP = compile_prefiltered(
    r"碎片|碎玻璃|碎渣|碎瓷|碎石膏|碎[^。!?\s]{0,2}板|用过的|换下来的|"
    r"(?<![a-z])(?:used|broken|shards?|debris|scraps|soiled)(?![a-z])"
)
_TAKEN_DOWN = compile_prefiltered(
    r"(?:带|搬|拿|扔|拎|提|送)下去|收走|拿走|带走|"
    r"(?<![a-z])(?:collect|take (?:it|them|these) (?:down|away)|take away|dispose)(?![a-z])"
)

_COOKING = frozenset("切炒做洗煮烧")

FALLEN = compile_prefiltered(
    r"掉下来了?|掉了|松了|脱落|(?<![a-z])(?:fell off|came off|came loose|fallen off)(?![a-z])"
)
PUT_BACK = compile_prefiltered(
    r"重新(?:装|安装|固定|挂)|装回去|装上去|挂回去|"
    r"(?<![a-z])(?:put (?:it|them) back(?: up)?|reinstall|remount|fix (?:it|them) back)(?![a-z])"
)

_PARCEL_BELOW = compile_prefiltered(
    r"(?<![a-z])(?:parcel|package|delivery|box) (?:is )?(?:at|by|in) the "
    r"(?:gate|door|lobby|guard ?room|front desk)(?![a-z])|"
    r"(?:快递|包裹)[^。!?\s]{0,6}(?:在|到|放)(?:了)?(?:门口|大门|门卫|楼下|大厅)|"
    r"(?:门口|大门|门卫|楼下|大厅)有(?:个|一个)?(?:快递|包裹)"
)
_BRING_UP = compile_prefiltered(
    r"拿上来|送上来|拎上来|帮忙拿|"
    r"(?<![a-z])(?:bring (?:it|them) up|carry (?:it|them) up|fetch (?:it|them))(?![a-z])"
)
_BUY = compile_prefiltered(r"买|(?<![a-z])(?:buy|order|get me)(?![a-z])")

_TRIPPING = compile_prefiltered(
    r"跳闸|(?<![a-z])(?:power|electricity|fuse|breaker)s? (?:keeps? )?(?:tripping|trips|tripped)"
    r"(?![a-z])"
)
_PROPERTY = compile_prefiltered(
    r"物业|管理处|电工|(?<![a-z])(?:property|maintenance|management|electrician)(?![a-z])"
)


def recategorized_v(
    text: str, category: Category, terms: list[Term]
) -> tuple[Category, str] | None:
    """The category an order is read as instead, with a reason, or None."""
    if (
        category in (Category.REPAIR, Category.MEDICINE, Category.GROCERIES)
        and _BAGGED.search(text)
        and _SCRAP.search(text)
        and _TAKEN_DOWN.search(text)
    ):
        return Category.GARBAGE, "scrap-bagged"
    if category is Category.GROCERIES and any(t.category is Category.MEDICINE for t in terms):
        goods = [t for t in terms if t.category is Category.GROCERIES]
        if goods and all(t.word == "菜" and text[t.start - 1 : t.start] in _COOKING for t in goods):
            return Category.MEDICINE, "cooking-not-goods"
    if (
        category in (Category.GROCERIES, Category.ERRAND)
        and FALLEN.search(text)
        and PUT_BACK.search(text)
    ):
        return Category.REPAIR, "fixture-put-back"
    if (
        category is Category.MEDICINE
        and _PARCEL_BELOW.search(text)
        and _BRING_UP.search(text)
        and not _BUY.search(text)
    ):
        return Category.ERRAND, "parcel-brought-up"
    if category is Category.MEDICAL and _TRIPPING.search(text) and _PROPERTY.search(text):
        return Category.REPAIR, "power-tripping"
    return None
