"""Emergency detection: acute triggers, unless negated, past, hypothetical, a joke or news."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from domain.understanding.dialect import read_dialect
from domain.understanding.emergency_calm import defused, weak_calm
from domain.understanding.emergency_families import family_of, strongest_first
from domain.understanding.emergency_lexicon import (
    HINT_CALM,
    IDIOMS,
    JOKE,
    NET_EXCITED,
    NEWS,
    SIGN,
    WEAK,
)
from domain.understanding.emergency_net import (
    STRONG_POINTS,
    NetScore,
    cigarette_smoke_only,
    in_doubt,
    net_families,
    score_net,
    voids_net,
)
from domain.understanding.emergency_situations import (
    EXTREME_FEVER,
    dangerous_fever,
    febrile_fit,
    life_support_down,
    lying_still,
    unanswered,
    warning_signs,
)
from domain.understanding.emergency_triggers import find_hits
from domain.understanding.model import EmergencyFamily
from domain.understanding.temperature import Reading
from domain.understanding.text import Segments

SUICIDE_HINTS = "suicide-hints"  # the sign rule whose words alone put a message in doubt
MAX_HITS = 24  # triggers weighed per message (each costs a few scans of the text)
ENOUGH = 2  # triggers naming a family after which the scan stops


@dataclass(frozen=True)
class Assessment:
    """Whether a message reports an emergency now, of which families, and why."""

    urgent: bool
    families: tuple[EmergencyFamily, ...]
    evidence: list[str]
    in_doubt: bool = False


def assess(text: str, segments: Segments, readings: list[Reading]) -> Assessment:
    """Whether normalized text reports an emergency now, with the evidence either way."""
    spoken = read_dialect(text, wu_not=True)  # 喘唔到气, 爬勿起来: read as Mandarin
    if spoken != text:
        text, segments = spoken, Segments(spoken)
    evidence: list[str] = []
    families: list[EmergencyFamily | None] = []
    near: list[EmergencyFamily | None] = []  # families of triggers voided by a weak calm reading
    calm = False  # a trigger voided by a calm reading that is not weak
    active = 0
    signs: dict[str, bool] = {}  # warning signs that count, by words: whether each is strong
    hint: str | None = None  # suicide told indirectly (要是我走了…轻松点): alone, in doubt
    if text:
        for hit in find_hits(text)[:MAX_HITS]:
            reason = defused(text, segments, hit)
            if reason is not None:
                evidence.append(reason)
                if weak_calm(reason):
                    near.append(hit.family)
                else:
                    calm = True
            elif hit.flags & SIGN:
                signs[hit.words] = signs.get(hit.words, False) or not hit.flags & WEAK
                if hit.rule == SUICIDE_HINTS:
                    hint = hint or hit.words
            else:
                active += 1
                families.append(hit.family)
                evidence.append(f"emergency:{hit.family or hit.group}:{hit.rule}:{hit.words}")
                if sum(family is not None for family in families) >= ENOUGH:
                    break  # the verdict cannot change, and the strongest families are named
    urgent = active > 0
    net = None if urgent else score_net(text, segments)
    if not urgent:
        # No trigger fired: the slower readings of a situation, in order, until one does.
        checks: tuple[Callable[[], tuple[str, tuple[EmergencyFamily, ...]] | None], ...] = (
            lambda: _signs(text, signs) if signs and not _hints_calm(text, signs) else None,
            lambda: _named(lying_still(text), EmergencyFamily.UNRESPONSIVE),
            lambda: _named(unanswered(text)),
            lambda: _named(life_support_down(text), EmergencyFamily.BREATHING),
            lambda: _net(text, segments, net),
            lambda: _named(febrile_fit(text, segments, readings), EmergencyFamily.INFANT_FEVER),
        )
        found = next((found for check in checks if (found := check()) is not None), None)
        if found is not None:
            urgent = True
            evidence.append(found[0])
            families.extend(found[1])
    for reading in readings:
        reason = dangerous_fever(text, segments, reading)
        if reason is not None:
            urgent = True
            evidence.append(reason)
            if reading.celsius < EXTREME_FEVER:
                families.append(EmergencyFamily.INFANT_FEVER)
    named = strongest_first(families)
    if urgent:
        if not named:
            named = net_families(text, segments)
        return Assessment(True, named, evidence)
    if hint is not None and not any(
        calm.search(text) for calm in (JOKE, NEWS, IDIOMS, NET_EXCITED, HINT_CALM)
    ):
        # One hint of suicide and nothing more is below the chain's line, never silent.
        evidence.append(f"in-doubt:{SUICIDE_HINTS}:{hint}")
        return Assessment(False, (EmergencyFamily.SUICIDE,), evidence, in_doubt=True)
    doubt = _doubt(text, net, near, calm=calm)
    if doubt is None:
        return Assessment(False, (), evidence)
    evidence.append(doubt[0])
    return Assessment(False, doubt[1], evidence, in_doubt=True)


# Warning signs are unspecific (a cold sweat, a grey face): only these families are read from them
# (a left arm going numb, a sudden blindness, the means made ready, the face swelling up); else
# the general advice.
_SIGN_FAMILIES = frozenset(
    {
        EmergencyFamily.CARDIAC,
        EmergencyFamily.STROKE,
        EmergencyFamily.SUICIDE,
        EmergencyFamily.BREATHING,
    }
)


def _hints_calm(text: str, signs: dict[str, bool]) -> bool:
    """Signs that all tell of suicide (means, a night chosen, a farewell) in a joke, a party or
    a grumble: calm, as a lone hint is (saving up my pills for the trip, tonight's the night)."""
    if any(family_of(words) is not EmergencyFamily.SUICIDE for words in signs):
        return False
    return any(calm.search(text) for calm in (JOKE, NEWS, IDIOMS, NET_EXCITED, HINT_CALM))


def _named(
    reason: str | None, *families: EmergencyFamily
) -> tuple[str, tuple[EmergencyFamily, ...]] | None:
    """A situation's reason with the families it tells of."""
    return None if reason is None else (reason, families)


def _signs(text: str, signs: dict[str, bool]) -> tuple[str, tuple[EmergencyFamily, ...]] | None:
    """Warning signs that together are urgent, with the families their words tell of."""
    reason = warning_signs(text, signs)
    if reason is None:
        return None
    named = (family_of(words) for words in signs)
    return reason, strongest_first(family for family in named if family in _SIGN_FAMILIES)


def _net(
    text: str, segments: Segments, net: NetScore | None
) -> tuple[str, tuple[EmergencyFamily, ...]] | None:
    """The in-doubt net's verdict with the families of what it counted."""
    if net is None:
        return None
    reason = in_doubt(text, segments, net)
    return None if reason is None else (reason, net.families)


def _doubt(
    text: str, net: NetScore | None, near: list[EmergencyFamily | None], *, calm: bool
) -> tuple[str, tuple[EmergencyFamily, ...]] | None:
    """The in-doubt band just below the line, the reason and the families it would have had: a
    trigger voided only by a weak calm reading while the net counts a body in serious trouble,
    the net up to its bar but one concept short, or someone out of breath when no trigger was
    voided by a strong calm reading (热得我喘不过气 is hyperbole)."""
    if net is None:
        return None
    if near and not calm and net.body >= STRONG_POINTS:
        return "in-doubt:weak-calm", strongest_first([*near, *net.families])
    if (net.near or (net.near_breathless and not calm)) and not voids_net(text):
        if cigarette_smoke_only(text, net):
            return None
        return "in-doubt:net:" + "+".join(net.words), net.families
    return None
