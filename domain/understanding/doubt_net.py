"""The wider in-doubt net: "this might be an emergency" read by concept, for the question only.

The rules and the in-doubt band of `emergency.py` know wordings; blind sets keep bringing new ones
("lips swelling up after a cashew", "speech suddenly garbled, right arm flops"). This net reads
concepts instead (`doubt_concepts.py`): symptoms by body system, and what makes them urgent
(suddenness, worsening, a vulnerable person, something swallowed, a danger, despair, someone not
answering, a call for help). It runs only on messages the rules leave calm and that are not
orders, and it only ever asks the group "need urgent help?": it never starts the alert chain.

Two readers, either suffices: the concepts scored by rule (`alarming`), and, on messages long
enough, a logistic regression on character pairs, English words and the concepts found, trained
by `tools/train_doubt_net.py` on the labeled sets (weights and bar in `doubt_weights.json`; the
bar keeps its questions under 1 % of the training sets' calm messages out of fold, and never
below the balanced classes' 0.5). Calm readings void both. Where no concept is named at all
("I don't want to go on. I'm standing by the window", 我妈心脏病犯了 脸色煞白), the model alone
may ask, unless the rules read a trigger there as calm (negated, an idiom, a joke, hypothetical:
"Not saying I want to die, just really exhausted") or the message reads calm as a whole (a joke,
an idiom, a game, news, a plan declined: "I don't want to go on the trip anymore").
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from domain.understanding.doubt_concepts import (
    ANCHORS,
    DANGER,
    DESPAIR,
    FAILING,
    HELP,
    SEVERE,
    SILENT,
    SUDDEN,
    SWALLOWED,
    SYSTEMS,
    VIOLENCE,
    VULNERABLE,
    WORSENING,
)
from domain.understanding.emergency_lexicon import (
    HINT_CALM,
    HYPERBOLE_BEFORE,
    HYPOTHETICAL,
    IDIOMS,
    JOKE,
    NEGATION_EN,
    NEGATION_ZH,
    NET_EVERYDAY,
    NET_EXCITED,
    NET_MILD_BEFORE,
    NEWS,
)
from domain.understanding.emergency_net import voids_net
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.text import Segments, has_cjk

CONCEPT_EVIDENCE = "in-doubt:concept:"
MODEL_EVIDENCE = "in-doubt:ngram-model:"
ORDER_EVIDENCE = CONCEPT_EVIDENCE + "order:"  # counted with the net's questions
WEIGHTS_PATH = Path(__file__).with_name("doubt_weights.json")
MIN_FEATURES = 25  # the model reads messages of about 20 characters or more
# Where no concept is named, the model asks only from this probability up: leave-one-set-out
# over rounds 67-100 as first seen, 17 more of 2,040 emergencies reached for 4 questions on 8,160
# calm messages (at 0.5: 21 for 6); chosen there, then on rounds 101-112: 5 more of 720, none
# on 2,880 calm.
UNNAMED_BAR = 0.75


class NgramModel:
    """Logistic regression on binary features scaled by 1/sqrt(count), and its bar as a logit."""

    __slots__ = ("bar", "bias", "weights")

    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        """Keep the weights; the threshold (a probability) is kept as a logit."""
        self.weights = weights
        self.bias = bias
        self.bar = math.log(threshold / (1.0 - threshold)) if 0.0 < threshold < 1.0 else math.inf

    def logit(self, features: set[str]) -> float:
        """The log-odds that the features tell of an emergency."""
        get = self.weights.get
        total = sum(get(feature, 0.0) for feature in features)
        return self.bias + total / math.sqrt(len(features) or 1)

    def gated_logit(self, features: set[str]) -> float | None:
        """The log-odds, or None for a message too short to be read by the model (short
        look-alikes, 房贷压得我喘不过气, are where it errs most: 27 questions on 110 of them
        when emergency_check10 was left out of training)."""
        return None if len(features) < MIN_FEATURES else self.logit(features)

    def prob(self, features: set[str]) -> float:
        """The probability that the features tell of an emergency."""
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.logit(features)))))

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> NgramModel:
        """The shipped model."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["weights"], data["bias"], data["threshold"])


MODEL = NgramModel.load()


def wider_doubt(
    text: str, segments: Segments, model: NgramModel = MODEL, *, calm: bool = False
) -> str | None:
    """The evidence naming what was read when normalized text might tell of an emergency that
    no rule took (the concepts, or the model's probability): None when it does not, or when a
    calm reading voids it. `calm`: the rules read a trigger in text as calm (negated:…, idiom:…,
    joke:…); then the model does not ask where no concept is named."""
    # Most messages name no symptom, danger, despair, ingestion or silence: the concepts are
    # only read when one scan finds one of them.
    found = read_concepts(text, segments) if any(t.search(text) for t in ANCHORS) else []
    if not found:
        return None if calm else _unnamed_doubt(text, model)
    if alarming(found):
        reason = CONCEPT_EVIDENCE + "+".join(found)
    else:
        logit = model.gated_logit(features(text, found))
        if logit is None or logit < model.bar:
            return None
        reason = f"{MODEL_EVIDENCE}{1.0 / (1.0 + math.exp(-min(30.0, logit))):.2f}"
    return None if voided(text, found) else reason


def _unnamed_doubt(text: str, model: NgramModel) -> str | None:
    """The model's evidence on a message that names no concept, unless it reads calm as a whole
    (the net's calm readings, a joke, an idiom, a game or a party, news, a plan declined)."""
    logit = model.gated_logit(features(text, []))
    if logit is None or logit < max(model.bar, _UNNAMED_LOGIT) or unnamed_calm(text):
        return None
    return f"{MODEL_EVIDENCE}{1.0 / (1.0 + math.exp(-min(30.0, logit))):.2f}"


def unnamed_calm(text: str) -> bool:
    """Whether a message that names no concept reads calm as a whole: the net's calm readings,
    or a joke, an idiom, a game, a party, excitement, news, an everyday explanation, or a plan
    declined (I don't want to go on the trip anymore, 这次旅行我不想去了)."""
    return voids_net(text) or any(calm.search(text) for calm in _UNNAMED_CALM)


def order_doubt(text: str, segments: Segments) -> str | None:
    """The evidence when an order tells of danger in grave concepts (the inhaler ran out, he
    can't finish sentences, his chest is tight): its card reaches a volunteer, not a medic, so
    the group is asked too. Graver than `alarming` (two body systems, despair, a symptom sudden
    or severe, a danger growing or cried about) and by concept only: a worsening alone (吐了两次)
    is how medicine is asked for, and the model was trained on messages that are not orders."""
    if not any(table.search(text) for table in ANCHORS):
        return None
    found = read_concepts(text, segments)
    if not found or not grave(found) or voided(text, found, order=True):
        return None
    return ORDER_EVIDENCE + "+".join(found)


def grave(found: list[str]) -> bool:
    """Whether the concepts together tell of danger even in an order."""
    concepts = set(found)
    systems = len(concepts & _SYSTEM_NAMES)
    if "despair" in concepts or systems >= 2:
        return True
    if systems == 1 and concepts & {"sudden", "severe"}:
        return True
    return "danger" in concepts and bool(concepts & {"sudden", "worse", "help", "severe"})


def voided(text: str, found: list[str], *, order: bool = False) -> bool:
    """A calm reading voids the net; despair only in a joke, news, an idiom, excitement or a
    party (要是我走了… is how despair is told, not a hypothetical), as a lone suicide hint is."""
    if "despair" in found:
        calms = (JOKE, NEWS, IDIOMS, NET_EXCITED, HINT_CALM, _HOTLINE)
        return any(calm.search(text) for calm in calms) or _casual_farewell(text)
    return voids_net(text, order=order)


def _casual_farewell(text: str) -> bool:
    """Whether the despair read is only an everyday goodbye (goodnight, see you after lockdown)."""
    said = [m.group() for m in DESPAIR.finditer(text)]
    if not said or not all(_BARE_GOODBYE.fullmatch(words) for words in said):
        return False
    return _CASUAL_FAREWELL.search(text) is not None


def features(text: str, concepts: list[str]) -> set[str]:
    """The model's features of normalized text: character pairs with digits read as 0, English
    words, and the concepts read."""
    folded = text.translate(_DIGITS)
    found = {folded[i : i + 2] for i in range(len(folded) - 1)}
    found.update(_WORD.findall(folded))
    found.update(_CONCEPT_FEATURE + name for name in concepts)
    return found


def read_concepts(text: str, segments: Segments) -> list[str]:
    """The systems in trouble (each once) and the concepts counted in text."""
    found = [name for name, table in SYSTEMS.items() if _counted(text, segments, table)]
    for name, table, negatable in _CONCEPTS:
        if (_counted(text, segments, table) if negatable else table.search(text)) is not None:
            found.append(name)
    return found


def alarming(found: list[str]) -> bool:
    """Whether the concepts together might be an emergency."""
    concepts = set(found)
    systems = len(concepts & _SYSTEM_NAMES)
    if "despair" in concepts or systems >= 2:
        return True
    if systems == 1 and concepts & _MODIFIERS:
        return True
    if "swallowed" in concepts and "person" in concepts:
        return True
    if "danger" in concepts and concepts & {"sudden", "worse", "help", "severe"}:
        return True
    if "failing" in concepts or ("violence" in concepts and concepts & {"help", "person"}):
        return True  # someone failing; someone hurt or threatened, cried about or named
    return "silent" in concepts and "person" in concepts


_CONCEPTS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("sudden", SUDDEN, False),
    ("worse", WORSENING, True),
    ("person", VULNERABLE, False),
    ("swallowed", SWALLOWED, True),
    ("danger", DANGER, True),
    ("despair", DESPAIR, True),
    ("silent", SILENT, False),
    ("help", HELP, True),
    ("severe", SEVERE, True),
    ("violence", VIOLENCE, True),
    ("failing", FAILING, True),
)
_SYSTEM_NAMES = frozenset(SYSTEMS)
_DIGITS = str.maketrans(dict.fromkeys("123456789", "0"))
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# A weight said as a body's trouble or despair: 房贷压得我喘不过气, 吵得我想跳楼.
_FIGURATIVE_BEFORE = re.compile(r"(?:压|逼|愁|烦|忙|吵|急|气)(?:得|到)(?:我|人)?(?:都|快|要|想)*$")
_HOTLINE = re.compile(r"热线|拨打|(?<![a-z])(?:hotline|helpline)(?![a-z])")
# A goodbye said for the night or until after lockdown (goodbye guys, going to sleep): when the
# goodbye is all the despair there is, it is a farewell of the everyday kind.
_BARE_GOODBYE = re.compile(r"goodbye|farewell|say goodbye|再见了|告别")
_CASUAL_FAREWELL = re.compile(
    r"晚安|明天见|回头见|下次见|拜拜|解封(?:后|了)?见|睡(?:觉)?了|搬走|搬家|退群|"
    r"(?<![a-z])(?:see (?:you|ya|u)(?! (?:on the other side|in (?:heaven|another life|the next)))|"
    r"going to (?:sleep|bed)|off to (?:bed|sleep)|good ?night|night all|tomorrow|after (?:the )?"
    r"lockdown|moving (?:out|away|house)|leaving the (?:group|chat|building)|take care all)"
    r"(?![a-z])"
)
# A plan or an everyday thing declined: "don't want to go on the trip anymore" is no despair
# ("I don't want to go on." alone may be); 不想去了, 不想上学了 (不想活了 is not among them).
_DECLINED = compile_prefiltered(
    r"不想(?:再)?(?:去|参加|出去|出门|上学|上课|上班|玩|吃|看|做|学|练|报名)|"
    r"(?<![a-z])(?:don'?t|do not|doesn'?t|does not|didn'?t|no longer|not) (?:really )?"
    r"(?:want|wanna|feel like|going|plan) (?:to )?(?:go|do|eat|play|see|join|come|watch|"
    r"attend|stay|be)(?:ing)? (?:on |to |with |in |out |for |at |into )?(?:the|a|an|this|that|"
    r"these|those|my|our|your|his|her|their|any|another|school|work|class|today|tomorrow)"
    r"(?![a-z])"
)
_UNNAMED_CALM = (JOKE, IDIOMS, HYPOTHETICAL, HINT_CALM, NET_EXCITED, NET_EVERYDAY, NEWS, _DECLINED)
_UNNAMED_LOGIT = math.log(UNNAMED_BAR / (1.0 - UNNAMED_BAR))
_CONCEPT_FEATURE = "\x00"  # a concept's name as a feature, apart from any n-gram
_MODIFIERS = frozenset({"sudden", "worse", "person", "swallowed", "danger", "severe"})


def _counted(text: str, segments: Segments, table: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of table not denied (没有胸闷, no chest pain), mild (有点喘) or
    hyperbolic (压得透不过气)."""
    for match in table.finditer(text):
        before = segments.clause_before(match.start())
        if has_cjk(match.group()):
            if NEGATION_ZH.search(before[-16:]) or HYPERBOLE_BEFORE.search(before[-14:]):
                continue
            if _FIGURATIVE_BEFORE.search(before[-8:]):
                continue
        elif NEGATION_EN.search(before[-48:]):
            continue
        if NET_MILD_BEFORE.search(before[-8:]):
            continue
        return match
    return None
