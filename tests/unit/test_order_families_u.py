"""Orders and flats by family, from the misses of blind rounds 175-178: each family's wordings in
zh and en (plain and second-language English), and the look-alikes read otherwise. Paraphrases,
not the rounds' sentences."""

import pytest

from domain.understanding import Category, understand
from tests.support.families import check_no_order, check_order


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
