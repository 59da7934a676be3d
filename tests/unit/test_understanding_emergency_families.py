"""Emergency families: every emergency names the family of the rule that fired, strongest first."""

from __future__ import annotations

import pytest

from domain.understanding import understand
from domain.understanding.emergency_families import STRENGTH, family_of, strongest_first
from domain.understanding.model import EmergencyFamily as Family
from domain.understanding.model import Kind

# One message in zh and one in en for each family the first-aid advice covers.
FAMILY_MESSAGES: list[tuple[Family, str]] = [
    (Family.NOT_BREATHING, "我爸没有呼吸了 快来人"),
    (Family.NOT_BREATHING, "my grandpa has no pulse"),
    (Family.UNRESPONSIVE, "我爸突然倒地不省人事 快来人"),
    (Family.UNRESPONSIVE, "my mum fainted in the kitchen and won't wake up"),
    (Family.BREATHING, "我爸喘不上气 嘴唇发紫"),
    (Family.BREATHING, "she can't breathe"),
    (Family.CHOKING, "孩子吃果冻噎住了"),
    (Family.CHOKING, "my son is choking"),
    (Family.CARDIAC, "我爸胸痛"),
    (Family.CARDIAC, "heart attack! call ambulance"),
    (Family.STROKE, "我妈脸歪了 说话不清"),
    (Family.STROKE, "my mom's face is drooping and her speech is slurred"),
    (Family.BLEEDING, "手割破了 血止不住"),
    (Family.BLEEDING, "he's bleeding heavily"),
    (Family.BURN, "开水烫伤了一大片 起了好多水泡"),
    (Family.BURN, "severe burns on his arm"),
    (Family.SEIZURE, "孩子抽搐口吐白沫"),
    (Family.SEIZURE, "he's having a seizure"),
    (Family.POISONING, "我妈吃了一整瓶安眠药"),
    (Family.POISONING, "my brother took a whole bottle of pills"),
    (Family.FIRE, "厨房着火了"),
    (Family.FIRE, "the kitchen is on fire"),
    (Family.GAS, "闻到很浓的煤气味"),
    (Family.GAS, "gas leak in the kitchen!"),
    (Family.SUICIDE, "我不想活了"),
    (Family.SUICIDE, "I want to kill myself"),
    (Family.LABOUR, "羊水破了 要生了"),
    (Family.LABOUR, "my wife's water broke"),
    (Family.FALL, "奶奶摔倒了起不来"),
    (Family.FALL, "grandpa fell and can't get up"),
    (Family.INFANT_FEVER, "八个月宝宝烧到39.8"),
    (Family.INFANT_FEVER, "my 6 month old baby has 40 degrees fever"),
    (Family.DROWNING, "孩子掉进泳池里了 快来人"),
    (Family.DROWNING, "my son is drowning in the pool"),
    (Family.ELECTRIC_SHOCK, "他触电了"),
    (Family.ELECTRIC_SHOCK, "he got electrocuted"),
    (Family.VIOLENCE, "他拿着刀要砍人"),
    (Family.VIOLENCE, "a man is attacking a woman with a knife"),
]


@pytest.mark.parametrize(("family", "text"), FAMILY_MESSAGES)
def test_an_emergency_names_its_family_first(family: Family, text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    assert reading.families[:1] == (family,), (reading.families, reading.evidence)


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("不是着火 是心脏 我妈胸口疼得厉害", (Family.CARDIAC,)),
        ("不是煤气 是我爸胸口疼", (Family.CARDIAC,)),
        ("my dad collapsed and is not breathing", (Family.NOT_BREATHING, Family.UNRESPONSIVE)),
        ("我爸突然倒地不省人事", (Family.UNRESPONSIVE,)),
        ("救命 快来人 我老公倒在卫生间里叫不醒", (Family.UNRESPONSIVE,)),
    ],
)
def test_negated_families_are_left_out_and_the_strongest_comes_first(
    text: str, families: tuple[Family, ...]
) -> None:
    assert understand(text).families == families


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("我妈胸口疼", "emergency:cardiac:chest-pain-zh:胸口疼"),
        ("my dad is not breathing", "emergency:not_breathing:cannot-breathe-en:not breathing"),
        ("厨房着火了", "emergency:fire:fire-zh:着火"),
        ("救命", "emergency:cry:save-me-zh:救命"),
    ],
)
def test_evidence_names_the_rule_and_its_family(text: str, evidence: str) -> None:
    assert evidence in understand(text).evidence


def test_a_bare_cry_names_no_family() -> None:
    reading = understand("救命啊 快叫救护车")
    assert reading.kind is Kind.EMERGENCY
    assert reading.families == ()


@pytest.mark.parametrize(
    "text", ["今天天气不错", "帮忙买一袋大米 3-1-201", "没有胸闷 没有咳嗽", "体温36.5"]
)
def test_calm_messages_name_no_family(text: str) -> None:
    reading = understand(text)
    assert (reading.families, reading.in_doubt) == ((), False)


@pytest.mark.parametrize(
    ("words", "family"),
    [
        ("没有呼吸了", Family.NOT_BREATHING),
        ("not breathing", Family.NOT_BREATHING),
        ("can't breathe", Family.BREATHING),
        ("heat stroke", None),
        ("collapsed", Family.UNRESPONSIVE),
        ("煤气", Family.GAS),
        ("血糖测不出", None),
    ],
)
def test_words_tell_their_family(words: str, family: Family | None) -> None:
    assert family_of(words) == family


def test_every_family_has_a_strength_and_the_order_is_kept() -> None:
    assert set(STRENGTH) == set(Family)
    assert strongest_first([Family.FALL, None, Family.FIRE, Family.FALL]) == (
        Family.FIRE,
        Family.FALL,
    )


@pytest.mark.parametrize(
    ("text", "families"),
    [
        (
            "An old man collapsed in the courtyard, he's not moving. Anyone know CPR??",
            (Family.UNRESPONSIVE,),
        ),
    ],
)
def test_just_below_the_line_is_in_doubt_with_its_family(
    text: str, families: tuple[Family, ...]
) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY or not reading.in_doubt
    assert reading.kind is Kind.EMERGENCY or reading.in_doubt, reading.evidence
    if reading.in_doubt:
        assert reading.families == families


# Suicide told indirectly: one hint alone (a burden thought, hopelessness, a night set) asks the
# group; with the means ready or a second hint it is an emergency (EMERGENCIES_BY_FAMILY).
@pytest.mark.parametrize(
    "text",
    [
        "要是我走了我妈会不会轻松点",
        "如果我不在了 大家都能解脱吧",
        "I don't see the point anymore",
        "everyone would be better off without me",
        "tonight is the night.",
        "还不如死了算了",
    ],
)
def test_suicide_told_indirectly_asks_the_group(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY and reading.in_doubt, reading.evidence
    assert reading.families == (Family.SUICIDE,)


@pytest.mark.parametrize(
    "text",
    [
        "要是我走了 谁来喂猫",
        "Tonight is the night! Hotpot at 8 in the courtyard 🎉",
        "tonight is the night, final episode of the show 😂",
        "I'd kill for a proper hotpot right now",
        "累死了",
    ],
)
def test_look_alikes_of_suicide_told_indirectly_are_not_asked(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY and not reading.in_doubt, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "what are the signs of a stroke? asking for my parents",
        "My gas stove won't light, can someone from maintenance take a look tomorrow?",
        "门禁坏了 刷卡没反应 12栋单元门",
        "排了两小时队 累得快断气了",
        "He collapsed on the sofa after the night shift, sleeping like a log lol",
        "不是着火 是心脏 我妈胸口疼得厉害",
    ],
)
def test_general_questions_things_and_emergencies_are_not_in_doubt(text: str) -> None:
    assert understand(text).in_doubt is False


# Blind sets missed these; each family is fixed by its signs, so a newcomer's wording of the same
# situation (the second and later messages of a family) works too.
TOLD_BY_SIGNS: list[tuple[tuple[Family, ...], str]] = [
    (
        (Family.POISONING, Family.SUICIDE),
        "我刚吃了一整板安眠药 不想再醒过来了 谢谢大家这段时间的照顾",
    ),
    ((Family.SUICIDE,), "我不想再醒来了"),
    (
        (Family.CHOKING,),
        "儿子吃花生米呛着了 一点声音都发不出来 一直用手抓脖子",
    ),
    ((Family.CHOKING,), "女儿吃葡萄噎着了 说不出话"),
    ((Family.CHOKING,), "my toddler was eating grapes and now he can't make a sound"),
    ((Family.CHOKING,), "grandpa is clutching his throat after a bite of steak"),
    (
        (Family.UNRESPONSIVE,),
        "Does anyone know CPR? an old man just collapsed in the courtyard",
    ),
    (
        (Family.FIRE,),
        "Fire alarm going off on the 9th floor and there's smoke in the stairwell!!",
    ),
    ((Family.FIRE,), "there is smoke in the hallway outside 1502"),
    (
        (Family.STROKE,),
        "My father-in-law suddenly cannot speak correct, half of his face is hanging down. "
        "Please ambulance.",
    ),
    ((Family.STROKE,), "my mother cannot talk clearly and half her mouth is drooping"),
    (
        (Family.BURN,),
        "Hot oil splashed all over my arm while cooking, skin peeling off in a big area",
    ),
    ((Family.BURN,), "boiling water spilled on my son's leg, the skin is coming off"),
    # the right advice: each of these once named a wrong family or none
    ((Family.BURN,), "小孩把开水壶碰翻了 腿上烫掉一大块皮 哭得喘不上气"),
    ((Family.BURN,), "孩子打翻了开水壶 烫到胸口和胳膊 起了好多大水泡"),
    ((Family.SUICIDE,), "阿姨坐在阳台栏杆上 一直喊要跳下去"),
    ((Family.SUICIDE,), "我真的撑不下去了 今晚就从阳台跳下去 对不起大家"),
    ((Family.SUICIDE,), "Help!! someone posted that they're going to end it tonight"),
    ((Family.CHOKING,), "阿爷食汤圆鲠亲 块面都紫晒 救命啊"),
    (
        (Family.POISONING,),
        "My toddler drank some of the bleach from the cleaning bottle, he is vomiting",
    ),
    ((Family.CARDIAC,), "Please help, my father chest is very pain and he cannot stand up"),
    ((Family.CARDIAC,), "he's sweating, face gone grey, says an elephant is sitting on his chest"),
    ((Family.BREATHING, Family.CARDIAC), "我妈说胸口压得喘不过气 脸色发白 一直出冷汗"),
    ((Family.INFANT_FEVER,), "Please my baby of 6 months is hot like fire, thermometer show 40.1"),
    (
        (Family.NOT_BREATHING, Family.UNRESPONSIVE),
        "Please help!! my husband collapsed in the kitchen and he's barely breathing",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "我爸头很晕 一直吐 快来人",  # dizzy is not unconscious
        "打完针全身痒 头晕 血压好低",
    ],
)
def test_dizziness_names_no_unresponsive_family(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY
    assert Family.UNRESPONSIVE not in reading.families, reading.evidence


def test_a_body_in_trouble_and_a_call_for_help_one_point_short_is_in_doubt() -> None:
    reading = understand("the old man downstairs is moaning and won't get up, hurry please")
    assert reading.kind is Kind.EMERGENCY or reading.in_doubt, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "老爷子开门的时候呼哧呼哧的 脸色也不好 他一个人住",
        "送菜的时候看到阿姨上气不接下气 扶着墙",
        "the old man at 5-1-301 was panting hard when he opened the door, lives alone",
    ],
)
def test_someone_out_of_breath_with_no_trigger_is_in_doubt(text: str) -> None:
    reading = understand(text)
    assert reading.in_doubt, reading.evidence
    assert reading.families == (Family.BREATHING,)


@pytest.mark.parametrize(
    "text",
    [
        "我跑完步呼哧呼哧的",
        "ran up the stairs, totally out of breath lol",
        "这天气热得我喘不过气",
        "my dog is panting a lot today",
    ],
)
def test_breath_after_exertion_hyperbole_or_a_pet_is_not_in_doubt(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY and not reading.in_doubt, reading.evidence


@pytest.mark.parametrize(("families", "text"), TOLD_BY_SIGNS)
def test_an_emergency_told_by_its_signs_names_exactly_its_families(
    families: tuple[Family, ...], text: str
) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    assert reading.families == families, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        # a likeness in English
        "My husband snores like he's choking to death every night lol",
        "it sounds like he's dying lol",
        "wifi is barely breathing lol",
        # a notice of what to do if it happens (如遇)
        "志愿者须知：如遇居民突发胸痛、昏迷，请立即拨打120并通知楼长，不要自行搬动",
        "如遇火灾请走楼梯 不要乘电梯",
        # a first-aid course
        "First aid training via Zoom this Sat 3pm: CPR, choking, bleeding control.",
        "Anyone know CPR courses in the area?",
        # a gas smell checked and found to be nothing
        "FYI the gas smell near the lobby this morning was the workers testing pipes, all checked",
    ],
)
def test_likenesses_notices_courses_and_a_smell_checked_stay_calm(text: str) -> None:
    assert understand(text).kind is not Kind.EMERGENCY
