"""A pasted 接龙 (group-buy sign-up list): its title, shop and goods, and one line per household.

    #接龙 明天团购 鸡蛋 30枚/箱 45元 盒马配送
    1. 3幢2单元501 两箱
    2、3-2-602 1箱 牛奶1提
    ③ 王姐 2箱 放门口

reads as the title "明天团购 鸡蛋 30枚/箱 45元 盒马配送", the shop 盒马, the goods 鸡蛋 (by the 箱)
and three households: 3-2-501 鸡蛋 ×2 箱; 3-2-602 鸡蛋 ×1 箱 and 牛奶 ×1 提; 王姐 (a name
written instead of a flat) 鸡蛋 ×2 箱 with the note 放门口. A quantity with no goods named is the
list's goods (the one sold by that unit when the header names several). People paste a list
again with their own line added, and sometimes twice or with a line changed: a line repeated is
counted once, and a household (a flat, or a name) written twice keeps its later line.

Pure functions, no I/O; `read_group_list` returns None for anything that is not such a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.understanding.flats import find_flat_normalized
from domain.understanding.model import Item
from domain.understanding.numbers import EN_NUMBERS, to_number
from domain.understanding.terms import find_terms
from domain.understanding.text import CJK, normalize

MARKERS = ("接龙", "团购", "拼团", "团单", "group buy", "groupbuy", "group order", "sign-up")
"""Words in a list's header that name it a 接龙."""

UNITS = (
    "公斤|千克|kg|斤|箱|提|袋|盒|份|瓶|包|桶|板|个|只|条|根|把|颗|枚|套|罐|支|片|粒|盘|串|杯|听|"
    "打|双|卷|件|兜|筐|托|捆|棵|头|块|克|毫升|g|ml|"
    "boxes|box|bags|bag|bottles|bottle|packs|pack|cartons|carton|cases|case|trays|tray|"
    "dozen|pcs|pieces|piece|kilos|kilo|cans|can|jars|jar|loaves|loaf|bunches|bunch|portions|"
    "portion|sets|set"
)
_EN_UNIT = {
    "boxes": "box",
    "bags": "bag",
    "bottles": "bottle",
    "packs": "pack",
    "cartons": "carton",
    "cases": "case",
    "trays": "tray",
    "pieces": "pcs",
    "piece": "pcs",
    "kilos": "kg",
    "kilo": "kg",
    "cans": "can",
    "jars": "jar",
    "loaves": "loaf",
    "bunches": "bunch",
    "portions": "portion",
    "sets": "set",
}
_CN_NUM = "零一二两三四五六七八九十百半俩仨"
_EN_NUM = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an"

# The number a line is given: "1." "1、" "1)" "(1)" "第1" "①", or "1 " before a flat.
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_NUMBERED = re.compile(
    rf"^\s*(?:(?:第\s*)?(?P<n>\d{{1,3}})\s*[.．、,，:：)）]|(?:第\s*)?(?P<s>\d{{1,2}})\s+(?=\S)"
    rf"|[(（\[【]\s*(?P<p>\d{{1,3}})\s*[)）\]】]|(?P<c>[{_CIRCLED}]))\s*"
)
_EXAMPLE = re.compile(r"^\s*(?:例|示例|举例|格式|样例|模板|e\.?g\.?|example|format)\s*[:：]?", re.I)
# 3-2-501 as written in lists, and the forms flats.py reads (3幢2单元501, 3栋501)
_PHONE = re.compile(r"(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)")
_MONEY = re.compile(
    r"(?:[¥￥$]\s*\d+(?:\.\d+)?|(?:共|计|付了?|转了?|价格?)\s*\d+(?:\.\d+)?\s*块"
    r"|\d+(?:\.\d+)?\s*(?:元|块钱|rmb|yuan)"
    r"(?:\s*(?:/|每|一)\s*(?:" + UNITS + r"))?)",
    re.I,
)
_PACK = re.compile(
    r"\d+(?:\.\d+)?\s*(?:枚|个|盒|瓶|袋|斤|g|克|ml|毫升|只|片|粒|支|包|听)\s*(?:/|一|每)\s*"
    r"(?P<unit>" + UNITS + r")",
    re.I,
)
_QTY = re.compile(
    r"(?P<times>[x×*]\s*)?"
    rf"(?P<qty>\d+(?:\.\d+)?|[{_CN_NUM}]+(?=\s*(?:{UNITS}))|(?<![a-z])(?:{_EN_NUM})(?=\s+(?:{UNITS})(?![a-z])))"
    rf"\s*(?P<unit>{UNITS})?(?![a-z])",
    re.I,
)
_PLUS_ONE = re.compile(r"^\s*\+\s*(?P<n>\d{1,2})\s*$")
_SHOP = re.compile(
    r"(?P<shop>盒马(?:鲜生)?|叮咚(?:买菜)?|美团(?:买菜|优选)?|多多买菜|朴朴|永辉(?:超市)?|家乐福|"
    r"大润发|华润万家|沃尔玛|山姆|钱大妈|麦德龙|物美|联华|世纪联华|"
    rf"[{CJK}]{{1,6}}?(?:大药房|药房|药店|超市|便利店|菜市场|菜场|生鲜|果园|水果店|肉铺|粮油店))"
    r"|(?:from|at)\s+(?P<en>[A-Z][\w'&-]+(?:\s+[A-Z][\w'&-]+){0,2})"
)
_BRAND = re.compile(
    r"(?P<shop>盒马(?:鲜生)?|叮咚(?:买菜)?|美团(?:买菜|优选)?|多多买菜|朴朴|永辉(?:超市)?|家乐福|"
    r"大润发|华润万家|沃尔玛|山姆|钱大妈|麦德龙|物美|世纪联华|联华|老百姓大药房|益丰大药房|"
    r"大参林|海王星辰|国大药房)(?P<en>)"
)
_PERSON = re.compile(
    r"^(?:老|小|阿)[\u4e00-\u9fff]{1,2}$|^[\u4e00-\u9fff]{1,3}(?:阿姨|姐|哥|叔|婶|奶奶|爷爷|老师|"
    r"先生|女士|妈|爸|伯|家|大爷|大妈)$|^[\u4e00-\u9fff]$"
    r"|^(?i:mr|mrs|ms|miss|dr)\.?\s+\w+$|^[A-Z][a-z'-]+$"
)
_FILLER = re.compile(
    r"^(?:我要|再要|要|我家|一共|\+\s*\d*|接龙)+(?=.)|(?:谢谢|thanks?|thx)[!！~。.]*$",
    re.I,
)
_NOTE_MARK = re.compile(r"^(?:备注|注|ps|note)\s*[:：]?\s*", re.I)
_TRIM = " \t,，、;；:：.。!！~-—_/|·•+[]【】()（）"
MAX_LINES = 400


@dataclass(frozen=True)
class ListLine:
    """One household's line: who (a flat, else the name written) and what, as on the list."""

    number: int | None
    """The number the line was given (None: written without one)."""
    flat: str | None
    name: str | None
    """A name written instead of (or beside) the flat: 王姐, Anna."""
    items: tuple[Item, ...]
    note: str | None
    raw: str

    @property
    def who(self) -> str:
        """The household as the delivery list names it."""
        return self.flat or self.name or f"#{self.number}"


@dataclass(frozen=True)
class GroupList:
    """A 接龙 as pasted: the header and the households' lines (one each, latest kept)."""

    title: str
    shop: str | None
    goods: tuple[Item, ...]
    """Goods the header names, with the unit they are sold by (quantity: the pack's, or None)."""
    lines: tuple[ListLine, ...]
    repeated: int = 0
    """Lines written again unchanged (counted once)."""
    edited: int = 0
    """Households written twice with different lines (the later kept)."""

    def summary(self) -> dict[str, object]:
        """JSON-ready: title, shop, goods and each household's line (for `python -m bot parse`)."""
        return {
            "title": self.title,
            "shop": self.shop,
            "goods": [item.name for item in self.goods],
            "lines": [
                {
                    "number": line.number,
                    "who": line.who,
                    "items": [[item.name, item.quantity, item.unit] for item in line.items],
                    "note": line.note,
                }
                for line in self.lines
            ],
        }

    def totals(self) -> dict[tuple[str, str | None], int | float]:
        """Every item's total per unit, over the households' lines."""
        return add_totals(item for line in self.lines for item in line.items)


def add_totals(items: object) -> dict[tuple[str, str | None], int | float]:
    """Sum items per (name, unit), in first-seen order; an item with no quantity counts 1."""
    totals: dict[tuple[str, str | None], int | float] = {}
    for item in items:  # type: ignore[attr-defined]
        key = (item.name, item.unit)
        quantity = 1 if item.quantity is None else item.quantity
        total = totals.get(key, 0) + quantity
        totals[key] = int(total) if float(total).is_integer() else round(total, 3)
    return totals


def looks_like_list(text: str) -> bool:
    """Cheap test before reading: several lines, and a marker or two numbered lines."""
    if text.count("\n") < 1:
        return False
    head = text[:200].lower()
    if any(marker in head for marker in MARKERS):
        return True
    return sum(1 for line in text.splitlines() if _NUMBERED.match(line)) >= 2


def read_group_list(text: str) -> GroupList | None:
    """The 接龙 in a message, or None (fewer than two households, and no header naming one)."""
    if not looks_like_list(text):
        return None
    raw_lines = [line.strip() for line in text.splitlines()[:MAX_LINES]]
    header: list[str] = []
    entries: list[tuple[int | None, str]] = []
    for written in raw_lines:
        if not written or _EXAMPLE.match(written):
            continue
        numbered = _NUMBERED.match(written)
        if numbered is not None:
            given = int(numbered["n"] or numbered["s"] or numbered["p"] or _circled(numbered["c"]))
            rest = written[numbered.end() :]
            if _has_household(rest):
                entries.append((given, rest))
            elif not entries:
                header.append(written)  # "1. 明天团购" is a title; "1. 大米一袋" one's own list
        elif not entries and not (header and _marked(header) and _household_goods(written)):
            header.append(written)
        elif _household_goods(written) and (_has_quantity(written) or _marked(header)):
            # under a 接龙 header, households with their goods need no numbers (王老师 维C泡腾片)
            entries.append((None, written))  # an unnumbered household among numbered ones
    marked = _marked(header)
    if len(entries) < 2 and not (marked and entries):
        return None
    header_text = " ".join(header)
    goods = _header_goods(header_text)
    lines: dict[str, ListLine] = {}
    seen: set[tuple[int | None, str]] = set()
    repeated = edited = 0
    for number, body in entries:
        if (number, _compact(body)) in seen:
            repeated += 1
            continue
        seen.add((number, _compact(body)))
        line = read_line(body, goods, number=number)
        if line is None:
            continue
        key = line.flat or (line.name or "").lower() or f"#{number}:{body}"
        if key in lines:
            if lines[key].items == line.items and lines[key].note == line.note:
                repeated += 1
            else:
                edited += 1
            del lines[key]  # the later line wins, and takes the later place
        lines[key] = line
    title = _title(header[0]) if header else ""
    return GroupList(
        title=title,
        shop=find_shop(header_text),
        goods=goods,
        lines=tuple(lines.values()),
        repeated=repeated,
        edited=edited,
    )


def read_line(
    body: str, goods: tuple[Item, ...] = (), *, number: int | None = None
) -> ListLine | None:
    """One household's line (without its number): flat or name, items, note; None if empty."""
    raw = body.strip()
    text = _PHONE.sub(" ", raw)
    flat = None
    found = find_flat_normalized(normalize(text))
    rest = text
    if found is not None:
        flat = found[0]
        rest = _cut_flat(text, flat)
    items, leftovers = _items(rest, goods)
    name = None
    note_parts: list[str] = []
    for index, piece in enumerate(leftovers):
        piece = _FILLER.sub("", piece.strip(_TRIM)).strip(_TRIM)
        if not piece:
            continue
        if index == 0 and name is None and _PERSON.match(piece) and not _is_goods(piece, goods):
            name = piece
            continue
        note_parts.append(_NOTE_MARK.sub("", piece))
    if not items and _PLUS_ONE.match(rest.strip(_TRIM) or "") is None and goods and (flat or name):
        # "3-2-501" alone, or "+1": one of the list's goods
        items = [Item(goods[0].name, 1, goods[0].unit)]
    if not items:
        plus = _PLUS_ONE.match(rest.strip())
        if plus is not None and goods:
            items = [Item(goods[0].name, int(plus["n"]), goods[0].unit)]
    if flat is None and name is None and not items:
        return None
    merged = add_totals(items)
    return ListLine(
        number=number,
        flat=flat,
        name=name,
        items=tuple(Item(n, q, u) for (n, u), q in merged.items()),
        note=" ".join(part for part in note_parts if part) or None,
        raw=raw,
    )


def find_shop(text: str) -> str | None:
    """A shop named in a message: 盒马, 老百姓大药房, XX超市, "from Tesco"."""
    brand = _BRAND.search(text)
    if brand is not None:
        return brand["shop"]
    match = _SHOP.search(text)
    if match is None:
        return None
    shop = match["shop"] or match["en"]
    return re.sub(r"^.*(?:在|去|从|到|由|买|帮忙|帮我|的)", "", shop).strip() or None


def _items(text: str, goods: tuple[Item, ...]) -> tuple[list[Item], list[str]]:
    """Quantities in a line with the goods they count, and the words left over, in order."""
    text = _MONEY.sub(" ", text)
    items: list[Item] = []
    leftovers: list[str] = []
    cursor = 0
    matches = list(_QTY.finditer(text))
    for index, match in enumerate(matches):
        qty = _number(match["qty"])
        if qty is None or qty <= 0 or qty > 999:
            continue
        unit = _unit(match["unit"])
        before = text[cursor : match.start()]
        name, label = _name_before(before, goods)
        if label:
            leftovers.append(label)
        after_end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        after = text[match.end() : after_end]
        cursor = match.end()
        if name is None:
            trailing = _leading_goods(after, goods)
            runs_on = trailing is not None and not after[trailing[1] :].strip()
            if trailing is not None and not (runs_on and index + 1 < len(matches)):
                name = trailing[0]
                cursor = match.end() + trailing[1]
        if name is None:
            default = _default_goods(goods, unit)
            if default is None:
                leftovers.append(text[match.start() : match.end()])
                continue
            name = default.name
            unit = unit or default.unit
        elif unit is None:
            known = next((g for g in goods if g.name == name), None)
            unit = known.unit if known else None
        items.append(Item(name, qty, unit))
    leftovers.append(text[cursor:])
    return items, leftovers


def _name_before(before: str, goods: tuple[Item, ...]) -> tuple[str | None, str]:
    """The goods named just before a quantity, and any words before those (a name, a note)."""
    words = before.strip(_TRIM)
    if not words:
        return None, ""
    parts = re.split(r"[\s,，、;；]+", words)
    last = _FILLER.sub("", parts[-1]).strip(_TRIM)
    label = " ".join(parts[:-1])
    if not last:
        return None, label
    header = _header_match(last, goods)
    if header is not None:
        return header, label
    if _PERSON.match(last) and not _is_goods(last, goods) and not label:
        return None, last  # 王姐 2份: a name, and the list's goods
    if _NOTE_MARK.match(last):
        return None, words
    return last, label


def _leading_goods(after: str, goods: tuple[Item, ...]) -> tuple[str, int] | None:
    """Goods written after their quantity (两箱鸡蛋): the name and where it ends."""
    match = re.match(rf"(?:的)?(?P<name>[{CJK}]{{1,8}}|[a-z][a-z ]{{1,20}}[a-z])", after, re.I)
    if match is None:
        return None
    word = match["name"].strip()
    header = _header_match(word, goods)
    if header is not None:
        return header, match.end()
    if _is_goods(word, ()):
        return word, match.end()
    return None


def _header_match(word: str, goods: tuple[Item, ...]) -> str | None:
    """The header's goods a word names: the same, or its start (猪肉 for 猪肉套餐)."""
    low = word.lower()
    for item in goods:
        name = item.name.lower()
        if low == name or (len(low) >= 2 and low in name):
            return item.name
    return None


def _is_goods(word: str, goods: tuple[Item, ...]) -> bool:
    """Whether a word is goods: the header's, or goods the lexicon knows."""
    if _header_match(word, goods) is not None:
        return True
    return any(term.itemable for term in find_terms(normalize(word)))


def _default_goods(goods: tuple[Item, ...], unit: str | None) -> Item | None:
    """What a bare quantity counts: the goods sold by its unit, else the first goods."""
    if not goods:
        return None
    if unit is not None:
        for item in goods:
            if item.unit == unit:
                return item
    return goods[0]


def _header_goods(header: str) -> tuple[Item, ...]:
    """Goods the header names, each with the unit it is sold by, in order."""
    text = _PHONE.sub(" ", header)
    found: dict[str, str | None] = {}
    for term in find_terms(normalize(text)):
        if term.itemable and _SHOP.fullmatch(term.word) is None:
            found.setdefault(_header_name(text, term.word), None)
    # names not in the lexicon, but priced or packed: 冻品套餐 168元/份, 光明鲜奶 12盒/箱
    for match in re.finditer(
        rf"(?P<name>[{CJK}a-zA-Z]{{2,10}})\s*[:：]?\s*(?:\d+(?:\.\d+)?\s*"
        rf"(?:(?:元|块|枚|个|盒|瓶|袋|斤|只|包|听|g|克|ml)\s*(?:(?:/|每|一)\s*(?:{UNITS}))?"
        rf"|/\s*(?:{UNITS}))|[¥￥])",
        text,
    ):
        name = _strip_header_words(match["name"])
        if (
            len(name) >= 2
            and not any(marker in name for marker in MARKERS)
            and _SHOP.search(name) is None
        ):
            found.setdefault(name, None)
    low = text.lower()
    names = sorted(found, key=lambda name: low.find(name.lower()))
    for name in names:
        found[name] = _unit_near(text, name)
    # a word that is part of a longer name in the list (鸡蛋 in 土鸡蛋) is that one
    kept = [n for n in names if not any(n != o and n in o for o in names)]
    return tuple(Item(name, None, found[name]) for name in kept)


_HEADER_WORDS = re.compile(
    r"^(?:#?接龙|【[^】]*】|明天|今天|后天|本周[一二三四五六日]?|周[一二三四五六日]|团购|拼团|新鲜|"
    r"开始|啦|了|的|特价|优惠|每人限购|需要|要的)+|(?:团购|拼团|接龙|开始|啦|特价)+$"
)


def _strip_header_words(name: str) -> str:
    return _HEADER_WORDS.sub("", name).strip()


def _header_name(text: str, word: str) -> str:
    """A lexicon word with the pack it names (蔬菜包, 猪肉套餐), as the header writes it."""
    at = text.lower().find(word)
    if at < 0:
        return word
    pack = re.match(r"包|套餐|礼包|套装|大礼包|组合", text[at + len(word) :])
    return word + pack.group() if pack is not None else word


def _unit_near(text: str, name: str) -> str | None:
    """The unit the goods are sold by: 30枚/箱, 45元/箱, 68元一箱, 每箱, 一份, 168元/份."""
    start = text.lower().find(name.lower())
    if start < 0:
        return None
    window = text[start + len(name) : start + len(name) + 24]
    window = re.split(rf"(?<=[{CJK}a-z])\s+(?=[{CJK}]{{2}})", window, maxsplit=1)[0]
    pack = _PACK.search(window)
    if pack is not None:
        return _unit(pack["unit"])
    priced = re.search(r"(?:元|块|¥|￥)?\s*(?:/|每|一)\s*(?P<unit>" + UNITS + ")", window, re.I)
    if priced is not None:
        return _unit(priced["unit"])
    plain = re.match(r"\s*(?P<unit>" + UNITS + r")(?![a-z])", window, re.I)
    return _unit(plain["unit"]) if plain is not None else None


def _title(line: str) -> str:
    title = re.sub(r"#\s*接龙|【\s*接龙\s*】|^接龙\s*[:：]?|#", " ", line)
    return re.sub(r"\s+", " ", title).strip(" :：-") or line.strip()


def _unit(raw: str | None) -> str | None:
    if raw is None:
        return None
    low = raw.lower()
    return _EN_UNIT.get(low, low)


def _number(raw: str) -> int | float | None:
    raw = raw.strip().lower()
    if raw in EN_NUMBERS:
        return EN_NUMBERS[raw]
    raw = raw.replace("俩", "两").replace("仨", "三")
    return to_number(raw)


def _circled(char: str | None) -> int:
    return _CIRCLED.index(char) + 1 if char else 0


def _has_household(text: str) -> bool:
    """A flat, or words before a quantity (a name), on a line."""
    if find_flat_normalized(normalize(_PHONE.sub(" ", text))) is not None:
        return True
    words = text.strip(_TRIM)
    first = re.split(r"[\s\d,，、]+", words, maxsplit=1)[0]
    return bool(first) and _PERSON.match(first) is not None


def _marked(header: list[str]) -> bool:
    """Whether a list's header names it a 接龙."""
    return any(marker in " ".join(header).lower() for marker in MARKERS)


def _household_goods(text: str) -> bool:
    """A household and something after it on a line (王老师 维C泡腾片, 9-1-301 布洛芬一盒)."""
    return len(text.split(maxsplit=1)) == 2 and _has_household(text)


def _has_quantity(text: str) -> bool:
    return _QTY.search(text) is not None


def _cut_flat(text: str, flat: str) -> str:
    """The line with its flat taken out, however it was written (3幢2单元501, 3-2-501)."""
    parts = flat.split("-")
    pattern = r"\s*[-/\s]?\s*".join(
        rf"{re.escape(part)}\s*(?:号楼|幢|栋|座|号|单元|室|房|楼)?" for part in parts
    )
    match = re.search(pattern, text, re.I)
    if match is not None:
        return text[: match.start()] + " " + text[match.end() :]
    # Chinese numerals or other forms: drop the first run that normalizes to the flat
    for size in range(min(len(text), 16), 2, -1):
        for start in range(0, len(text) - size + 1):
            chunk = text[start : start + size]
            found = find_flat_normalized(normalize(chunk))
            if found is not None and found[0] == flat and found[1] == 0:
                return text[:start] + " " + text[start + size :]
    return text


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)
