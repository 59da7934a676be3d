"""Orders and flats by family, from the misses of blind rounds 179-182: each family's wordings in
zh (some in Cantonese or traditional characters) and en, and the look-alikes read otherwise.
Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category, understand
from tests.support.families import check_no_order, check_order


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the writer's own case asked, a flat given: the ask stands
        (
            "need my stitches out, can the community doctor do it or do I go to hospital? 906",
            (Category.MEDICAL),
        ),
        # help asked of the writer's own, not told done
        ("麻烦帮我把垃圾带下去 3-1-402", Category.GARBAGE),
        # goods to swap counted, an ask to buy
        ("帮我买两斤土豆 5-2-301", Category.GROCERIES),
        # goods bought while cooking, no drug named: groceries still
        ("我在切菜 发现没肉了 帮我买两斤肉 3-1-201", Category.GROCERIES),
        # a drug asked bought, the parcel only where it is to go
        ("could someone buy my inhaler and bring it up? 4-2-101", Category.MEDICINE),
        # a fixture broken, not fallen off
        ("卫生间的灯坏了 能找人来修一下吗 3-3-301", Category.REPAIR),
    ],
)
def test_asks_stand(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    "text",
    [
        # a fixture fallen off told, nobody asked to put it back
        "the shelf fell off the wall last night but my husband put it back up",
        # a door stuck told, then opened
        "门刚才卡住了 现在好了",
    ],
)
def test_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        # a round told done for a whole unit: no flat
        ("All parcels for unit 3 have been delivered, thanks volunteers", None),
        ("3单元的垃圾都收完了", None),
        # rubbish out with the writer's unit: the unit stands
        ("垃圾放门口了 2单元", "2"),
    ],
)
def test_flats_round_done(text: str, flat: str | None) -> None:
    assert understand(text).flat == flat
