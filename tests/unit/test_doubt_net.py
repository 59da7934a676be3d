"""The wider in-doubt net: emergencies told in words no rule knows get the question, by concept;
calm look-alikes do not; it never starts the chain and never touches an order."""

import math

import pytest

from domain.understanding import core, understand
from domain.understanding.doubt_net import (
    CONCEPT_EVIDENCE,
    MIN_FEATURES,
    MODEL,
    MODEL_EVIDENCE,
    ORDER_EVIDENCE,
    NgramModel,
    features,
    wider_doubt,
)
from domain.understanding.model import Kind
from domain.understanding.text import Segments, normalize


def net(text: str, model: NgramModel = MODEL) -> str | None:
    """The net's verdict on raw text."""
    normalized = normalize(text)
    return wider_doubt(normalized, Segments(normalized), model)


# Emergencies by concept (issue 9's misses and their kind), in both languages: a body system in
# trouble with what makes it urgent, two systems, something swallowed, a danger growing, despair.
# Those that today's rules miss (rounds 17 and 18 taught the rules the others).
NET_ONLY = [
    "he got burned by the kettle, big blisters all over his hand",
    "孩子吃了花生以后 满脸疹子 一直咳",
    "爸爸一直吐 刚才还拉了血",
    "The old lady next door hasn't answered her door since yesterday, she lives alone",
    # rounds 18 and 19's concepts: a farewell told by its acts, violence, a thud then silence
    "这些天谢谢大家 我不会再给大家添麻烦了",
    "I've been giving away my books and clothes, I won't be a burden much longer",
    "楼上有人一直在砸门 还喊着要打人 求助",
    # (a thud then silence in English is read by the rules since round 271: the chain)
]
MIGHT_BE_EMERGENCIES = [
    "lips swelling up huge and voice sounds weird after a cashew",
    "speech suddenly garbled, right arm flops",
    "rotten-egg smell in the stairwell getting stronger",
    "fell off the top bunk, hit head, vomited twice, listless",
    "swallowed a coin, retching, wheezing",
    "吃了腰果以后嘴唇肿得很大 说话声音也变了",
    "我爸突然说话含糊不清 右手抬不起来",
    "楼道里臭鸡蛋味越来越浓",
    "孩子从上铺摔下来撞到头 吐了两次 蔫蔫的",
    "宝宝吞了一枚硬币 一直干呕 喘得厉害",
    "哮喘药用完了 话都说不完整 胸口很紧",
    "我家两岁的娃把我的降压药吃了大半瓶 现在有点犯困",
    *NET_ONLY,
]


@pytest.mark.parametrize("text", MIGHT_BE_EMERGENCIES)
def test_concepts_put_a_possible_emergency_in_doubt(text: str) -> None:
    reason = net(text)
    assert reason is not None and reason.startswith(CONCEPT_EVIDENCE), reason


@pytest.mark.parametrize("text", NET_ONLY)
def test_unknown_wordings_reach_a_human_through_the_question_only(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY
    assert reading.in_doubt, reading.evidence
    assert any(entry.startswith(CONCEPT_EVIDENCE) for entry in reading.evidence)


# Calm look-alikes: denied, hyperbole, jokes, news, resolved, past, mild, a short complaint.
CALM_LOOK_ALIKES = [
    "没有胸闷 也不喘 就是有点咳嗽",
    "No chest pain, no shortness of breath, just a little tired today",
    "房贷压得我喘不过气",
    "每天被孩子的事情压得透不过气",
    "the rent is so high I can barely breathe",
    "哈哈哈 笑到肚子疼 吐了",
    "昨天摔了一跤 现在已经好了",
    "新闻说有个小孩吞了硬币",
    "I fell asleep on the sofa watching TV",
    "打完疫苗胳膊有点酸",
    "蹲久了起来腿麻",
    "宝宝体温36.8，没有抽搐，吃奶正常",
    "老伴发烧 38度7 吃了退烧药 在睡觉 3-1-401",
    "I checked on grandma, she's breathing fine and her pulse is normal",
    "孕妇产检能出去吗？需要什么证明",
    "What should we do if someone's lips swell up after eating nuts? Asking for a first-aid class",
    "My phone battery is dying, will reply later",
    "以后不会再给大家添麻烦了 上次的事抱歉",
    "the kids are screaming with joy in the courtyard haha",
]


@pytest.mark.parametrize("text", CALM_LOOK_ALIKES)
def test_calm_look_alikes_are_not_in_doubt(text: str) -> None:
    assert net(text) is None
    assert understand(text).in_doubt is False


def test_the_net_never_starts_the_chain_and_only_sets_in_doubt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_net = [understand(text) for text in MIGHT_BE_EMERGENCIES + CALM_LOOK_ALIKES]
    monkeypatch.setattr(core, "wider_doubt", lambda text, segments, **_: None)
    without = [understand(text) for text in MIGHT_BE_EMERGENCIES + CALM_LOOK_ALIKES]
    changed = 0
    for after, before in zip(with_net, without, strict=True):
        assert (after.kind, after.category, after.flat, after.families) == (
            before.kind,
            before.category,
            before.flat,
            before.families,
        )
        if after.in_doubt != before.in_doubt:
            changed += 1
            assert after.in_doubt and after.kind is not Kind.EMERGENCY
    assert changed >= 4  # the net does add questions here


@pytest.mark.parametrize(
    "text",
    [
        "帮忙买点退烧药 孩子吐了两次 没精神 3-1-201",  # a worsening alone is how medicine is asked
        "can someone pick up cough syrup for my son, he's coughing a bit, 6-1-202",
    ],
)
def test_an_order_stays_an_order_and_is_not_asked(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.ORDER
    assert reading.in_doubt is False


@pytest.mark.parametrize(
    "text",
    [
        "need someone to get antihistamines, my lips and face are swelling up 5-1-101",
        "谁能帮忙买点止泻药 我爸突然吐得厉害 还拉了血 2-2-302",
    ],
)
def test_an_order_telling_of_grave_danger_is_asked_too(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.ORDER  # the card still goes to a volunteer
    assert reading.in_doubt, reading.evidence  # and the group is asked: the card is no medic
    assert any(entry.startswith(ORDER_EVIDENCE) for entry in reading.evidence)


def test_the_shipped_model_loads_with_a_bar_and_weights() -> None:
    assert 0.0 < 1.0 / (1.0 + math.exp(-MODEL.bar)) < 1.0
    assert len(MODEL.weights) > 1000


def test_the_model_reads_pairs_words_and_concepts() -> None:
    found = features("老人突然喘 can't breathe 39", ["airway", "person"])
    assert {"老人", "喘 ", "can't", "breathe", "00"} <= found
    assert "\x00airway" in found and "\x00person" in found
    assert "39" not in found  # digits are folded


def test_the_model_puts_in_doubt_what_the_concepts_alone_do_not() -> None:
    # One system and nothing that makes it urgent: the concepts leave it calm.
    text = "my neighbour's face looks grey and he is sitting on the stairs not saying anything"
    assert net(text, NgramModel({}, -5.0, 0.5)) is None
    model = NgramModel({"grey": 40.0}, 0.0, 0.5)
    reason = net(text, model)
    assert reason is not None and reason.startswith(MODEL_EVIDENCE), reason


def test_the_model_does_not_read_short_messages() -> None:
    text = "脸色发灰"
    assert len(features(normalize(text), ["cardiac"])) < MIN_FEATURES
    assert net(text, NgramModel({"发灰": 40.0}, 5.0, 0.5)) is None


def test_a_calm_reading_voids_the_model_too() -> None:
    text = "my neighbour's face looks grey in that old photo from last year, haha"
    assert net(text, NgramModel({"grey": 40.0}, 5.0, 0.5)) is None
