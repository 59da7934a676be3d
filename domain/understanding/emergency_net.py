"""The in-doubt net: concepts scored for wordings no trigger knows, voided by calm readings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.understanding.emergency_calm import breath_burden, resolution_denied
from domain.understanding.emergency_families import family_of, strongest_first
from domain.understanding.emergency_lexicon import (
    ADVERT,
    ASKING,
    CIGARETTE_BEFORE,
    DOSE_TAKEN,
    DRILL,
    EXERTION_ACUTE,
    FLAMES,
    FOLLOW_UP,
    FRIEND_ELSEWHERE,
    HOME_FAULT,
    HUMAN,
    HURT_SOMEONE,
    HYPERBOLE_BEFORE,
    HYPOTHETICAL,
    IDIOMS,
    JOKE,
    KITCHEN_KNIFE,
    LESSON_HEADER,
    LIKE_AFTER,
    LIKE_BEFORE,
    LIKE_BEFORE_EN,
    MILD_INSIDE,
    MILD_QUESTION,
    NEGATION_AFTER,
    NEGATION_EN,
    NEGATION_ZH,
    NET_BARE_ZH,
    NET_BODY_STATE_ZH,
    NET_BREATHLESS,
    NET_CALM_AFTER,
    NET_CHRONIC,
    NET_DANGER,
    NET_ERRAND,
    NET_EVERYDAY,
    NET_EXCITED,
    NET_EXERTION,
    NET_FAREWELL,
    NET_MILD_BEFORE,
    NET_NOTICE,
    NET_NOW,
    NET_PERSON,
    NET_SPREAD,
    NET_STATE_EN,
    NET_STRONG_ZH,
    NET_SWALLOWED,
    NET_URGENCY,
    NEWS,
    NOT_URGENT,
    ONGOING,
    PAST,
    PET,
    PITCH,
    POWER_OFF,
    POWER_OFF_DENIED,
    RESOLVED,
    RISK_BEFORE,
    SMOKE_SEEN,
    SPARKS,
    SPARKS_ON_USE,
    TEACHING_PASSED_ON,
)
from domain.understanding.model import EmergencyFamily
from domain.understanding.text import Segments, has_cjk

# Weights of the in-doubt net's concepts; a message scoring NET_BAR or more is an emergency when
# the points come from two independent concepts, or from the body alone (two states, or someone
# down): urgency or danger alone (快递快到了, a smoke detector beeping) never is.
NET_BAR = 5
URGENCY_POINTS = 2  # someone asks for help now
STATE_POINTS = 2  # each body in trouble, counted up to MAX_STATES times
STRONG_POINTS = 3  # someone down, silent or unreachable, a lot of blood, self-harm
DANGER_POINTS = 3  # fire, smoke, gas, a blade, a height, something harmful swallowed
SPREAD_POINTS = 2  # the danger out of control: spreading, exploding, aimed at someone
FAREWELL_POINTS = 2  # a goodbye
MAX_STATES = 2
_CALM_READINGS = (
    DOSE_TAKEN,
    JOKE,
    NEWS,
    FRIEND_ELSEWHERE,
    FOLLOW_UP,  # someone the group heard of, asked after
    HYPOTHETICAL,
    DRILL,
    ASKING,
    MILD_QUESTION,
    NOT_URGENT,
    IDIOMS,
    NET_ERRAND,
    NET_NOTICE,
    NET_CHRONIC,
    NET_EXCITED,
    NET_EVERYDAY,
    KITCHEN_KNIFE,
    TEACHING_PASSED_ON,
    LESSON_HEADER,
)


@dataclass(frozen=True)
class NetScore:
    """What the in-doubt net read in a message, before its calm readings."""

    score: int
    concepts: int  # independent concepts found (urgency, danger, farewell, spread, the body)
    body: int
    words: tuple[str, ...]
    family_words: tuple[str, ...]  # the danger and the body states, for their families
    farewell: bool
    breathless: bool = False  # a state of breathlessness counted, not after exertion

    @property
    def families(self) -> tuple[EmergencyFamily, ...]:
        """The families of the danger and the body states counted, a goodbye as suicide."""
        families = [family_of(words) for words in self.family_words]
        if self.farewell:
            families.append(EmergencyFamily.SUICIDE)
        return strongest_first(families)

    @property
    def passes(self) -> bool:
        """Enough for the net: NET_BAR from two concepts, or from the body alone."""
        return self.score >= NET_BAR and (self.concepts >= 2 or self.body >= STRONG_POINTS)

    @property
    def near(self) -> bool:
        """The in-doubt band: up to the bar but one concept short (a danger alone), or one point
        short with two concepts (a body in trouble and a call for help)."""
        return self.score >= NET_BAR or (self.score >= NET_BAR - 1 and self.concepts >= 2)

    @property
    def near_breathless(self) -> bool:
        """One point short, the body alone, but someone is out of breath (大口喘气, panting)."""
        return self.breathless and self.score >= NET_BAR - 1


def in_doubt(text: str, segments: Segments, net: NetScore | None = None) -> str | None:
    """The safety net for wordings no trigger knows: "when in doubt, prefer emergency".

    Scores concepts rather than phrases: urgency (快来, hurry), a body in trouble (a body part and
    what is wrong with it in one clause, or a state that needs none: 栽倒, won't wake), danger
    (fire, gas, a blade, a height, something harmful swallowed) and whether it is out of control,
    a goodbye, a person in distress and "now". The calm readings that triggers respect (jokes,
    news, hypotheticals, questions, past or resolved events, notices, routine requests, chronic
    or mild complaints, pets, home faults) void it.
    """
    net = net or score_net(text, segments)
    if net is None or not net.passes or voids_net(text):
        return None
    if cigarette_smoke_only(text, net):
        return None
    if all(_COLD_OR_FLU.fullmatch(word) or _BANGS.fullmatch(word) for word in net.words):
        return None  # 浑身没劲 嗓子疼(!!!): a cold raises no chain (at most the question)
    return "emergency:in-doubt:" + "+".join(net.words)


def cigarette_smoke_only(text: str, net: NetScore) -> bool:
    """Smoke from someone's cigarette, no body in trouble and no flames (有人在电梯里抽烟
    整个电梯都是烟, 抽烟的去阳台抽 电梯里全是烟味): nobody hurt, no doubt either."""
    return net.body == 0 and bool(CIGARETTE_BEFORE.search(text)) and not FLAMES.search(text)


_BANGS = re.compile(r"[!！]+")
_COLD_OR_FLU = re.compile(
    r"(?:浑身|全身|身上)?(?:没劲儿?|没力气?|乏力|无力|酸痛|酸疼|发酸)|(?:浑身|全身|身上)(?:都)?(?:疼|痛)|"
    r"(?:嗓子|喉咙|咽喉|咽|头|鼻子)(?:有点|有些|好|很|超|巨|太|特别)?(?:疼|痛|痒|干|哑|不舒服|堵)|咳嗽|"
    r"流鼻涕|鼻塞|打喷嚏"
)


def score_net(text: str, segments: Segments) -> NetScore | None:
    """The net's concepts in text, scored; None when nothing of the body or a danger is said."""
    states = [
        match
        for table in (NET_BODY_STATE_ZH, NET_BARE_ZH, NET_STRONG_ZH, NET_STATE_EN)
        for match in table.finditer(text)
        if not _muted(text, segments, match, likeness=False)
    ]
    danger = NET_SWALLOWED.search(text) or _first_counted(text, segments, NET_DANGER)
    farewell = NET_FAREWELL.search(text)
    if not states and danger is None and farewell is None:
        return None
    swallowed = NET_SWALLOWED.search(text)
    strong = swallowed is not None or any(
        NET_STRONG_ZH.fullmatch(match.group()) for match in states
    )
    urgency = _urgency(text)
    spread = NET_SPREAD.search(text) if danger is not None or farewell is not None else None
    body = STATE_POINTS * max(min(len({match.start() for match in states}), MAX_STATES), strong)
    body += (STRONG_POINTS - STATE_POINTS) * strong
    concepts = sum(x is not None for x in (urgency, danger, farewell, spread)) + (body > 0)
    score = (
        body
        + URGENCY_POINTS * (urgency is not None)
        + DANGER_POINTS * (danger is not None)
        + SPREAD_POINTS * (spread is not None)
        + FAREWELL_POINTS * (farewell is not None)
        + (NET_PERSON.search(text) is not None)
        + (NET_NOW.search(text) is not None or PAST.search(text) is None)
    )
    found = [match.group() for match in states[:3]]
    found += [match.group() for match in (danger, spread, farewell, urgency) if match is not None]
    family_words = tuple(match.group() for match in (danger, *states) if match is not None)
    breathless = any(NET_BREATHLESS.search(match.group()) for match in states) and not (
        NET_EXERTION.search(text) and not EXERTION_ACUTE.search(text)
    )
    return NetScore(
        score, concepts, body, tuple(found), family_words, farewell is not None, breathless
    )


def net_families(text: str, segments: Segments) -> tuple[EmergencyFamily, ...]:
    """The families of the body states and dangers the net counts in text."""
    net = score_net(text, segments)
    return () if net is None else net.families


def voids_net(text: str, *, order: bool = False) -> bool:
    """A calm reading of the whole message that voids the net; in an order, its errand does
    not (the order is read already: what matters is whether it also tells of danger)."""
    for calm in _CALM_IN_ORDER if order else _CALM_READINGS:
        found = calm.search(text)
        if found is not None and not (calm is JOKE and _BUT_AFTER.match(text, found.end())):
            return True  # (a laugh taken back by "but" voids nothing: overreacting lol but …)
    resolved = RESOLVED.search(text)
    if resolved is not None and not resolution_denied(text, resolved.start()):
        return True
    if PAST.search(text) is not None and ONGOING.search(text) is None:
        return True
    if PET.search(text) and not HUMAN.search(text) and not FLAMES.search(text):
        return True  # a pet's trouble, not a fire that started at its bed
    if ADVERT.search(text) and PITCH.search(text):
        return True  # 胸闷气短？快来试试XX保健品 限时特价: the advert's symptoms and its 快来
    off = POWER_OFF.search(text)
    if off is not None and not POWER_OFF_DENIED.search(text, max(0, off.start() - 4), off.start()):
        return True  # sparks once the power is off: a repair
    if SPARKS_ON_USE.search(text) and SPARKS.search(text) and not SMOKE_SEEN.search(text):
        return True  # sparks each time a plug goes in: a loose socket
    return bool(HOME_FAULT.search(text) and not HURT_SOMEONE.search(text))


_EMITTED = frozenset("冒起着")
_BUT_AFTER = re.compile(r"[\s,，.!。~]*(?:but|但是|不过|可是)(?![a-z])")
_CALM_IN_ORDER = tuple(calm for calm in _CALM_READINGS if calm is not NET_ERRAND)


def _urgency(text: str) -> re.Match[str] | None:
    """The first word of urgency that is not declined (不用叫救护车, no need for an ambulance)."""
    for match in NET_URGENCY.finditer(text):
        if not _DECLINED_BEFORE.search(text, max(0, match.start() - 32), match.start()):
            return match
    return None


# Help said not to be needed right before its word (不用叫救护车, no need to call an ambulance),
# or thanked for (thanks everyone for the help, goodbye).
_DECLINED_BEFORE = re.compile(
    r"(?:不用|不需要|不必|无需|用不着|先别|别|暂时不用)(?:叫|打|喊|找)?$|"
    r"(?<![a-z])(?:no need (?:for|to call)|don'?t (?:need|call)|not calling) (?:an? |the )?$|"
    r"(?<![a-z])(?:thanks?|thank you|grateful)(?: so much| all| everyone| again)? for "
    r"(?:the |your |all the |all your |all of your )?$"
)


def _first_counted(text: str, segments: Segments, table: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of table that the net counts."""
    for match in table.finditer(text):
        if not _muted(text, segments, match):
            return match
    return None


def _muted(text: str, segments: Segments, match: re.Match[str], *, likeness: bool = True) -> bool:
    """A state or danger denied (没有胸闷, 没有烟), mild (有点头晕), a risk (容易头晕),
    hyperbolic (热得喘不过气), asked about (…的感觉 是不是), or a danger said as a likeness
    (烫得跟着火了一样; a pain said as one, 像被斧头劈开一样痛, still counts): the net does not
    count it."""
    before = segments.clause_before(match.start())
    if has_cjk(match.group()):
        if NEGATION_ZH.search(before[-16:]) or HYPERBOLE_BEFORE.search(before[-14:]):
            return True
        if before[-1:] in _EMITTED and NEGATION_ZH.search(before[-17:-1]):
            return True  # 没有冒烟, 没起火: the verb that gives it off denied
        if breath_burden(text, before, match.group()) is not None:
            return True
        if MILD_INSIDE.search(match.group()):
            return True
        if NEGATION_AFTER.match(text[match.end() : match.end() + 6]):
            return True
    elif NEGATION_EN.search(before[-48:]):
        return True
    elif likeness and LIKE_BEFORE_EN.search(before[-24:]):
        return True  # hot like fire
    if NET_MILD_BEFORE.search(before[-8:]):
        return True
    if RISK_BEFORE.search(before[-10:] if has_cjk(match.group()) else before[-30:]):
        return True  # a risk, not a state: 烧炭容易头晕, can cause a fire
    if (
        likeness
        and LIKE_BEFORE.search(before[-6:])
        and LIKE_AFTER.match(text[match.end() : match.end() + 5])
    ):
        return True
    return NET_CALM_AFTER.search(text[match.end() : match.end() + 12]) is not None
