"""A pet's fever told beside a number: the animal's, not a body-temperature reading of the
household (我家猫发烧了 39.8 有没有懂宠物的, my dog's running a fever, 39.6, any vets here?).
Asked by _plausible() in temperature.py. A person named with the pet (孩子被猫抓了 发烧38.5) keeps
the reading: the fever is then the person's."""

from __future__ import annotations

from domain.understanding.prefilter import compile_prefiltered

_PET_FEVER = compile_prefiltered(
    r"(?:猫咪?|狗狗?|小狗|小猫|宠物|兔子|仓鼠|鹦鹉)[^。!?\s]{0,3}(?:发烧|发热|体温|烧到|烧了)|"
    r"(?<![a-z])(?:(?:cat|dog|puppy|kitten|pet|rabbit|bunny|hamster)(?:'s)? (?:has (?:got )?a |is "
    r"running a |got a |running a )?(?:fever|temp|temperature)|"
    r"(?:cat|dog|puppy|kitten|pet|rabbit|hamster) (?:is|feels) (?:hot|feverish|burning up))"
    r"(?![a-z])"
)
_PERSON = compile_prefiltered(
    r"孩子|小孩|宝宝|儿子|女儿|老人|爸|妈|奶奶|爷爷|外婆|外公|老公|老婆|抓|咬|"
    r"(?<![a-z])(?:kid|kids|baby|son|daughter|mum|mom|dad|husband|wife|scratched|bitten|bit)"
    r"(?![a-z])"
)


def pet_fever(text: str) -> bool:
    """Whether the message tells a pet's fever, no person's."""
    return _PET_FEVER.search(text) is not None and _PERSON.search(text) is None
