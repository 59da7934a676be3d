"""Orders and flats by family, from the misses of blind rounds 175-178: each family's wordings in
zh and en (plain and second-language English), and the look-alikes read otherwise. Paraphrases,
not the rounds' sentences."""

import pytest

from domain.understanding import Category, understand
from tests.support.families import check_no_order, check_order, texts

TOLD_NOT_ASKED: dict[str, list[str]] = {
    "a rule asked, this way or that": [
        "厨余垃圾白天能放门口吗 还是只能晚上放",
        "买菜需要登记吗 还是直接在群里报就行",
        "Can we leave the bins out in the afternoon or only in the evening?",
        "is it ok for the veg to be left at the door or do they need to come down?",
        "现在可以点外卖吗",
    ],
    "a want denied in a story, or a want only to say something": [
        "my daughter said she was dying of hunger then laughed, she just didn't want her "
        "carrots lol",
        "Just want to say thank you, the notes on the veg bags cheered us up a lot",
    ],
    "help offered by someone who can": [
        "If anyone need help reading the group buy list, I can help, I speak Japanese",
        "I can help with medicine runs on weekends, I'm in 2-1-301, just ping me",
        "我是护士 谁家有打针换药方面的问题可以私聊问我",
    ],
    "those of a class told whom to contact": [
        "咳嗽发烧的请私信社区医生 不要在群里发",
        "anyone with a temperature over 37.3 please DM the community doctor, no need to post here",
    ],
    "masks to be worn on a round": [
        "Testing at 8am tomorrow, come down by building. Masks on please.",
    ],
    "a ride told arranged, and when to wait": [
        "复诊的车已安排好 周三早上七点楼下等 5-1-302",
        "The dialysis car is arranged for Friday, please wait downstairs at 6:30",
    ],
    "help told done, with thanks": [
        "透析车按时到了 志愿者还帮忙把我妈扶上车 谢谢大家",
        "the van came on time and the driver even helped lift my dad's wheelchair in, thank you",
    ],
    "the round's time told, bags out": [
        "Hello neighbour, rubbish time is 8am every day, put outside door please",
    ],
    "a group buy's arrival asked": [
        "饿死了 团购的肉今天能到吗",
        "will the group buy veg arrive today? starving haha",
    ],
}


@pytest.mark.parametrize("text", texts(TOLD_NOT_ASKED))
def test_told_not_asked(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the ask stands beside an either-or of where to go (能安排吗 还是要去)
        ("宝宝要体检 社区能安排吗 还是要去医院 3-2-101", Category.MEDICAL),
        # a need not denied, the goods asked
        ("anything that doesn't need a fridge please, bread, crackers 3-303", Category.GROCERIES),
        # a helper asked to carry, not told to have carried
        ("5-2-1301 想要一箱矿泉水 楼梯太高搬不动 麻烦志愿者帮忙送上来", Category.GROCERIES),
        # the writer's own rubbish asked taken, with the round's time
        ("rubbish pickup is 9am every day, can someone take mine down? 3-2-101", Category.GARBAGE),
        # a drug bought, though a doctor is named
        ("帮我买盒降压药 医生说血压高要加量 3-1-101", Category.MEDICINE),
    ],
)
def test_asks_stand(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    "text",
    [
        # a fault told as fixed, no ask
        "the radiator was cold yesterday but it is fine now",
        # someone else's fault told
        "my neighbour says her radiator is cold whole day too",
        # a doctor's visit told done
        "医生上午来过一趟了 血压没事",
        # rubbish bags counted as taken, a question
        "垃圾 4-3-303 两袋 收走了吗",
    ],
)
def test_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("please bring the ORS to flat 1104, B block", "B-1104"),
        ("Unit 3, 1202, building 7, my dad fell and can't get up", "7-3-1202"),
        ("room 502, tower 3", "3-502"),
        ("water leaking in the 5-1 stairwell, someone please check", "5-1"),
        ("the 3-2 lobby light is out", "3-2"),
        # building named with the room already: not twice
        ("Room 1503 in building 6, water heater broken", "6-1503"),
        ("flat 502, a block away from the gate", "502"),
    ],
)
def test_flats_building_after(text: str, flat: str | None) -> None:
    assert understand(text).flat == flat
