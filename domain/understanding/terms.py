"""One pass over the text finding every vocabulary term, longest first."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.understanding import lexicon
from domain.understanding.model import Category
from domain.understanding.prefilter import compile_prefiltered, compile_words_prefiltered, trie


@dataclass(frozen=True)
class Term:
    """A vocabulary word found in the text."""

    word: str
    category: Category | None
    weight: int
    start: int
    end: int
    itemable: bool


def _table() -> dict[str, tuple[Category | None, int]]:
    """Every term with its category and weight; neutral words have no category."""
    table: dict[str, tuple[Category | None, int]] = {}
    for weight, source in ((1, lexicon.WEAK), (2, lexicon.STRONG)):
        for category, words in source.items():
            for word in words.split("|"):
                table[word] = (category, weight)
    for category, classes in lexicon.CONCEPTS.items():
        for words in classes.values():
            for word in words.split("|"):
                table.setdefault(word, (category, 2))
    for category, words in lexicon.CONCEPTS_WEAK.items():
        for word in words.split("|"):
            table.setdefault(word, (category, 1))
    for word in lexicon.NEUTRAL.split("|"):
        table[word] = (None, 0)
    for word in lexicon.EXTRA_ITEMS.split("|"):
        table.setdefault(word, (Category.GARBAGE, 2))
    for word in lexicon.BAGS:
        table.setdefault(word, (Category.GARBAGE, 2))
    return table


TABLE = _table()
_ITEM_WORDS = frozenset(lexicon.EXTRA_ITEMS.split("|"))


def _patterns(
    table: dict[str, tuple[Category | None, int]],
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Longest-first alternations (as tries); Latin words need word edges and may take a plural
    s."""
    words = sorted(table, key=len, reverse=True)
    cjk_words = [word for word in words if not word.isascii()]
    latin_words = [word for word in words if word.isascii()]
    cjk = trie(cjk_words)
    latin = trie(latin_words)
    return (
        compile_words_prefiltered(cjk_words, cjk),
        compile_words_prefiltered(latin_words, rf"\b(?:{latin})(?:e?s)?\b", re.ASCII),
    )


_CJK_TERMS, _LATIN_TERMS = _patterns(TABLE)
# Drugs known by the shape of their names rather than one by one: the stems of generic names
# (氯沙坦, 头孢呋辛, 兰索拉唑, losartan, cefuroxime, lansoprazole) and dosage forms (缓释片,
# 口服液, 滴眼液). A word of the table covering the same text wins.
_DRUG_SHAPE = re.compile(
    r"(?:(?![的了和跟与及买要点些吃用开配拿取带求有没个盒瓶支粒我你他她们家爸妈在是给帮把])"
    r"[\u4e00-\u9fff]){1,5}?(?:沙坦|地平|洛尔|他汀|拉唑|西林|霉素|沙星|替丁|普利|格列[\u4e00-\u9fff]|"
    r"头孢[\u4e00-\u9fff]{0,3}|西泮|唑仑|(?<!分)(?<!酸)(?<!牛)(?<!奶)胶囊|(?<!咖啡)颗粒剂?|口服液|"
    r"糖浆|滴眼液|眼药膏|喷雾剂|软膏|乳膏|注射液|缓释片|控释片|肠溶片|分散片|咀嚼片|"
    r"含片|泡腾片|滴丸|[素钠钾酸胺醇酮唑林星平尔汀]片)"
    r"|\b[a-z]{3,}(?:cillin|mycin|floxacin|sartan|dipine|olol|statin|prazole|tidine|pril|"
    r"profen|azepam|oxetine|asone|isone|olone|gliptin|gliflozin)\b"
)
# Every shape ends in one of these: when none is in the text, the costlier shape scan is skipped.
_DRUG_ENDINGS = compile_prefiltered(
    r"沙坦|地平|洛尔|他汀|拉唑|西林|霉素|沙星|替丁|普利|格列|头孢|西泮|唑仑|胶囊|颗粒|口服液|糖浆|"
    r"滴眼液|眼药膏|喷雾剂|软膏|乳膏|注射液|缓释片|控释片|肠溶片|分散片|咀嚼片|含片|泡腾片|滴丸|"
    r"[素钠钾酸胺醇酮唑林星平尔汀]片|"
    r"(?:cillin|mycin|floxacin|sartan|dipine|olol|statin|prazole|tidine|pril|profen|azepam|"
    r"oxetine|asone|isone|olone|gliptin|gliflozin)\b"
)
_LATIN = re.compile(r"[a-z]")


def _base(found: str) -> str | None:
    """The table word for a match that may carry a plural ending."""
    for candidate in (found, found[:-1], found[:-2]):
        if candidate in TABLE:
            return candidate
    return None


def find_terms(text: str) -> list[Term]:
    """All vocabulary terms in normalized text, in order."""
    terms: list[Term] = []
    matches = list(_CJK_TERMS.finditer(text))
    if _LATIN.search(text):
        matches.extend(_LATIN_TERMS.finditer(text))
        matches.sort(key=lambda match: match.start())
    covered = [match.span() for match in matches]
    shaped = False
    if _DRUG_ENDINGS.search(text) is not None:
        for shape in _DRUG_SHAPE.finditer(text):
            start, end = shape.span()
            if any(s < end and start < e for s, e in covered):
                continue
            terms.append(Term(shape.group(), Category.MEDICINE, 2, start, end, True))
            shaped = True
    for match in matches:
        word = _base(match.group())
        if word is None:
            continue
        category, weight = TABLE[word]
        itemable = word not in lexicon.NOT_ITEMS and (
            (category in lexicon.ITEM_CATEGORIES and weight > 1)
            or word in _ITEM_WORDS
            or word in lexicon.BAGS
        )
        terms.append(Term(match.group(), category, weight, match.start(), match.end(), itemable))
    if shaped:
        terms.sort(key=lambda term: term.start)
    return terms
