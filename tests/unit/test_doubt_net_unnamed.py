"""The doubt net's model on messages that name no concept: an understated emergency told in
words no concept knows gets the question; a message whose only trouble the rules read as calm
(negated, an idiom, a joke, hypothetical) or that reads calm as a whole (a plan declined, a game,
a party) does not. Only ever the question: never the chain."""

import pytest

from domain.understanding import core, understand
from domain.understanding.doubt_concepts import ANCHORS
from domain.understanding.doubt_net import (
    MODEL,
    MODEL_EVIDENCE,
    NgramModel,
    features,
    unnamed_calm,
    wider_doubt,
)
from domain.understanding.model import Kind
from domain.understanding.text import Segments, normalize

# Understated emergencies with no concept named, which today's rules leave calm.
ASKED = [
    "please can someone come up, grandad is on the floor and not making any sense 4-2-602",
    "my wife just went quiet mid sentence and now she's staring at nothing, please someone come",
    "我妈坐在沙发上突然不说话了 手也凉了 有人能来看看吗 3-1-502",
    "大家好 我老伴躺在床上叫不太动 嘴里一直嘟囔 我一个人弄不动他 3-2-101",
]

# Look-alikes the model alone would read as despair: a plan declined, a wish denied, a joke.
NOT_ASKED = [
    "I don't want to go on the trip anymore",
    "Not saying I want to die, just really exhausted",
    "I don't want to go to school anymore, the homework never ends",
    "Not that I want to end it all, I'm just really tired of this lockdown",
    "I'm not going to kill myself over a parcel, relax everyone",
    "不是说我想死啊 就是最近太累了 每天加班到半夜",
    "我不想去旅行了 太贵了 这次就算了 大家玩得开心",
    "如果哪天我不想活了 那一定是因为作业太多",
]


def unnamed(text: str) -> bool:
    """Whether text names no concept of the net (the path these tests are about)."""
    normalized = normalize(text)
    return not any(table.search(normalized) for table in ANCHORS)


@pytest.mark.parametrize("text", ASKED)
def test_an_understated_emergency_naming_no_concept_is_asked(text: str) -> None:
    assert unnamed(text)
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY  # the question, never the chain
    assert reading.in_doubt, reading.evidence
    assert any(entry.startswith(MODEL_EVIDENCE) for entry in reading.evidence)


@pytest.mark.parametrize("text", NOT_ASKED)
def test_a_look_alike_read_calm_is_not_asked(text: str) -> None:
    reading = understand(text)
    assert reading.in_doubt is False, reading.evidence
    assert reading.kind is Kind.OTHER


def test_a_trigger_the_rules_read_as_negated_stops_the_model() -> None:
    text = normalize("Not saying I want to die, just really exhausted")
    eager = NgramModel(dict.fromkeys(features(text, []), 40.0), 5.0, 0.5)
    assert wider_doubt(text, Segments(text), eager) is not None  # the model alone would ask
    calm = core.read_calm(list(understand(text).evidence))
    assert calm  # negated:not saying i want to die
    assert wider_doubt(text, Segments(text), eager, calm=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to go on the trip anymore",
        "这次旅行我不想去了 大家玩得开心点",
        "my son is playing a game and shouting 'I am dying' every 5 minutes",
        "我儿子打游戏一直喊我要死了我要死了 吵得不行",
    ],
)
def test_a_message_calm_as_a_whole_stops_the_model(text: str) -> None:
    assert unnamed(text)
    normalized = normalize(text)
    assert unnamed_calm(normalized)
    eager = NgramModel(dict.fromkeys(features(normalized, []), 40.0), 5.0, 0.5)
    assert wider_doubt(normalized, Segments(normalized), eager) is None


def test_i_dont_want_to_go_on_alone_is_not_a_plan_declined() -> None:
    for text in ("I don't want to go on. I'm standing by the window", "我不想活了 大家再见"):
        assert not unnamed_calm(normalize(text))


def test_the_shipped_model_reads_unnamed_messages_only_when_long_enough() -> None:
    text = normalize("我现在站不起来")
    assert wider_doubt(text, Segments(text), NgramModel({"站不": 40.0}, 5.0, 0.5)) is None
    assert MODEL.gated_logit(features(text, [])) is None
