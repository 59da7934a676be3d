"""Goods gone bad, asked to be thrown out (团购的菜烂了一箱 想扔掉 能帮忙拿下去吗, a bag of
mouldy bread and off milk, can someone bin it?): the rubbish is the order, not the goods it was.
A new buy asked beside it (菜烂了 扔了 再帮买一箱, 全扔了 想重新团点鸡蛋) keeps the goods.
Wired in orders.py."""

from __future__ import annotations

from domain.understanding.model import Category
from domain.understanding.order_categories import asks_to_dispose
from domain.understanding.prefilter import compile_prefiltered

_SPOILED = compile_prefiltered(
    r"烂了|坏了|臭了|变质|发霉|长毛了|馊了|过期|"
    r"(?<![a-z])(?:rotten|rotting|gone off|gone bad|went off|mouldy|moldy|spoiled|spoilt|"
    r"expired|out of date|out-of-date)(?![a-z])"
)
_BUY_AGAIN = compile_prefiltered(
    r"买(?!的|来的|回来的)|补|团(?=点|些|一|个|两|几|\d)|重新|换(?:新|一)|"
    r"(?<![a-z])(?:buy|get (?:me|us) (?:some|new|more|a)|order|replace)(?![a-z])"
)


def spoiled_to_dispose(text: str, category: Category) -> bool:
    """Whether goods gone bad are asked thrown out, none bought again."""
    return (
        category in (Category.GROCERIES, Category.MEDICINE)
        and _SPOILED.search(text) is not None
        and asks_to_dispose(text)
        and _BUY_AGAIN.search(text) is None
    )
