"""Items of an order with quantities: 一袋大米 -> 大米 ×1 袋, a dozen eggs -> eggs ×12."""

from __future__ import annotations

from domain.understanding import lexicon
from domain.understanding.model import Item
from domain.understanding.numbers import EN_NUMBERS, to_number
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.terms import Term

_CN_QTY = r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百]+半?|半|几"
_EN_QTY = (
    r"\d+(?:\.\d+)?|half a dozen|a dozen|a couple of|a couple|a pair of|dozen|an|a|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|some|a few"
)
_CN_BEFORE = compile_prefiltered(
    rf"(?:(?P<qty>{_CN_QTY})\s*)?(?P<unit>{lexicon.CN_UNITS})(?:装)?(?:的)?\s*$"
    rf"|(?P<bare>{_CN_QTY})\s*$"
)
_EN_BEFORE = compile_prefiltered(
    rf"(?<![a-z])(?P<qty>{_EN_QTY})\s+(?:(?P<unit>{lexicon.EN_UNITS})\s+(?:of\s+)?)?(?:[a-z]+\s+)?$"
)
# 鸡蛋 x10, and 蔬菜包x2 where the goods' name runs on for a character or two
_TIMES_AFTER = compile_prefiltered(r"^[\u4e00-\u9fff]{0,2}\s*[x×*]\s*(?P<qty>\d+)")
_CN_AFTER = compile_prefiltered(rf"^\s*(?P<qty>{_CN_QTY})\s*(?P<unit>{lexicon.CN_UNITS})")
_CN_ORPHAN = compile_prefiltered(
    rf"(?P<qty>{_CN_QTY})\s*(?P<unit>{lexicon.CN_UNITS})(?!\s*(?:都|也|就够|左右的?时间))"
)
_EN_ORPHAN = compile_prefiltered(
    rf"(?<![a-z])(?P<qty>{_EN_QTY})\s+(?P<unit>{lexicon.EN_UNITS})(?![a-z])"
)
_DOZEN = ("打", "dozen")


def _quantity(raw: str | None) -> int | float | None:
    """A quantity word as a number (几, some, a few: unknown)."""
    if raw is None or raw in ("几", "some", "a few"):
        return None
    return to_number(raw) if raw not in EN_NUMBERS else EN_NUMBERS[raw]


def _with_unit(qty: int | float | None, unit: str | None) -> tuple[int | float | None, str | None]:
    """Resolve dozens and generic counters (十个鸡蛋 is eggs ×10, no unit)."""
    if unit in _DOZEN:
        return (12 if qty is None else qty * 12), None
    if unit in lexicon.GENERIC_UNITS:
        return qty, None
    if unit is not None and qty is None:
        return 1, unit  # 买盒退烧药: one box
    return qty, unit


def find_items(text: str, terms: list[Term], masked: list[tuple[int, int]]) -> tuple[Item, ...]:
    """The goods an order names, with the quantity and unit written next to them."""
    goods = [term for term in terms if term.itemable]
    if not goods:
        return ()
    found: list[tuple[Term, int | float | None, str | None]] = []
    used: list[tuple[int, int]] = list(masked)
    ends = {term.end for term in goods}
    for term in goods:
        qty, unit = _before(text, term, used, ends)
        if qty is None and unit is None:
            qty, unit = _after(text, term, used)
        found.append((term, qty, unit))
    found = _orphans(text, found, goods, used)
    items: dict[str, Item] = {}
    for term, qty, unit in found:
        name = term.word
        if name not in items or (items[name].quantity is None and qty is not None):
            items[name] = Item(name, qty, unit)
    return tuple(items.values())


def _before(
    text: str, term: Term, used: list[tuple[int, int]], ends: set[int]
) -> tuple[int | float | None, str | None]:
    """A quantity and unit written just before the term (not one that trails other goods)."""
    window_start = max(0, term.start - 24)
    window = text[window_start : term.start]
    pattern = _EN_BEFORE if term.word.isascii() else _CN_BEFORE
    match = pattern.search(window)
    if match is None:
        return None, None
    start = window_start + match.start()
    if any(s < term.start and start < e for s, e in used):
        return None, None
    if start in ends and text[term.start - 1 : term.start].isspace():
        return None, None  # 鸡蛋两盒 牛奶: 两盒 goes with 鸡蛋
    raw = match.groupdict().get("qty") or match.groupdict().get("bare")
    unit = match.group("unit")
    if term.word.isascii() and raw in ("a", "an") and unit is None and term.word.endswith("s"):
        return None, None
    qty = _quantity(raw)
    if qty is None and unit is None:
        return None, None
    used.append((start, term.start))
    return _with_unit(qty, unit)


def _after(
    text: str, term: Term, used: list[tuple[int, int]]
) -> tuple[int | float | None, str | None]:
    """A quantity written after the term: 鸡蛋 x10, 鸡蛋两盒."""
    window = text[term.end : term.end + 10]
    match = _TIMES_AFTER.match(window)
    if match is not None:
        used.append((term.end, term.end + match.end()))
        return int(match.group("qty")), None
    if term.word.isascii():
        return None, None
    match = _CN_AFTER.match(window)
    if match is None:
        return None, None
    span = (term.end + match.start(), term.end + match.end())
    if any(s < span[1] and span[0] < e for s, e in used):
        return None, None
    qty = _quantity(match.group("qty"))
    if qty is None:
        return None, None
    used.append(span)
    return _with_unit(qty, match.group("unit"))


def _orphans(
    text: str,
    found: list[tuple[Term, int | float | None, str | None]],
    goods: list[Term],
    used: list[tuple[int, int]],
) -> list[tuple[Term, int | float | None, str | None]]:
    """Give a lone quantity (布洛芬 一盒就行, 配一盒) to the nearest item that has none."""
    result = list(found)
    for pattern in (_CN_ORPHAN, _EN_ORPHAN):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in used):
                continue
            if match.group("unit") in lexicon.GENERIC_UNITS:
                continue
            if any(0 <= term.start - match.end() <= 4 for term in goods):
                continue
            open_items = [
                i for i, (_, qty, unit) in enumerate(result) if qty is None and unit is None
            ]
            if not open_items:
                break
            before = [i for i in open_items if result[i][0].end <= match.start()]
            index = before[-1] if before else open_items[0]
            qty, unit = _with_unit(_quantity(match.group("qty")), match.group("unit"))
            result[index] = (result[index][0], qty, unit)
            used.append(match.span())
    return result
