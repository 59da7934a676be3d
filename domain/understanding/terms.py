"""One pass over the text finding every vocabulary term, longest first."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.understanding import lexicon
from domain.understanding.firsts import fast_words
from domain.understanding.model import Category


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
    """Longest-first alternations; Latin words need word edges and may take a plural s."""
    words = sorted(table, key=len, reverse=True)
    cjk_words = [word for word in words if not word.isascii()]
    latin_words = [word for word in words if word.isascii()]
    cjk = "|".join(re.escape(word) for word in cjk_words)
    latin = "|".join(re.escape(word) for word in latin_words)
    return (
        fast_words(cjk_words, cjk),
        fast_words(latin_words, rf"\b(?:{latin})(?:e?s)?\b", re.ASCII),
    )


_CJK_TERMS, _LATIN_TERMS = _patterns(TABLE)
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
    return terms
