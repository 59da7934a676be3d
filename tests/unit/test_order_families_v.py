"""Orders and flats by family, from the misses of blind rounds 179-182: each family's wordings in
zh (some in Cantonese or traditional characters) and en, and the look-alikes read otherwise.
Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category, understand
from tests.support.families import cases, check_no_order, check_order

FAMILIES_179_182: dict[str, list[tuple[str, Category]]] = {
    "broken or used things bagged, asked taken down: garbage": [
        ("摔碎了个碗 碎片装袋了 放在门口 麻烦带下去 7-1-602", Category.GARBAGE),
        ("卫生间掉下来的碎瓷砖装了三袋 能帮忙搬下去吗 4-2-301", Category.GARBAGE),
        (
            "Used dressings from my dad's wound are bagged up, could someone collect them? 5-3-702",
            Category.GARBAGE,
        ),
    ],
    "a drug bought after a kitchen mishap: medicine": [
        ("洗菜时手被划破了 家里的创可贴用完了 帮买一盒 7-1-201", Category.MEDICINE),
        ("炒菜烫到了 家里的碘伏没了 帮买一瓶 再带包棉签 2-2-1101", Category.MEDICINE),
        ("洗菜的时候划破手指 没有创可贴了 帮忙买一盒 3-1-1102", Category.MEDICINE),
    ],
    "a fixture fallen off, asked put back: repair": [
        ("卫生间的毛巾架掉下来了 能找人重新装一下吗 2-2-502", Category.REPAIR),
        (
            "the shelf in our kitchen fell off the wall, can someone put it back up? 6-1-303",
            (Category.REPAIR),
        ),
    ],
    "a parcel below with a drug in it, asked brought up: an errand": [
        (
            "There's a package at the front desk with my mum's inhaler in it, could someone "
            "bring it up? 2-3-1201",
            Category.ERRAND,
        ),
        ("门口有个快递 是奶奶的药 能帮忙拿上来吗 5-1-801", Category.ERRAND),
    ],
    "the power tripping, property asked to check: repair": [
        (
            "our power keeps tripping, could someone from property come and check? 1203",
            (Category.REPAIR),
        ),
        ("家里老是跳闸 物业能来看看吗 8-1-1702", Category.REPAIR),
    ],
    "something broken asked taken down: garbage": [
        (
            "Could someone take away the broken chair? It's outside my door. 7-2-104",
            (Category.GARBAGE),
        ),
        ("打碎的花瓶 能帮忙拿下去吗 我包好了 6-2-902", Category.GARBAGE),
    ],
    "a drug about to run out, a refill wanted: medicine": [
        ("爸爸的降压药快吃完了 想再配一盒 不急 3-2-601", Category.MEDICINE),
        ("奶奶的救心丸只剩几粒了 想补一瓶备用 人没事 9-1-302", Category.MEDICINE),
        ("媽媽嘅糖尿病藥就食晒 想覆配 唔急 B座1203", Category.MEDICINE),
    ],
    "a door or gate stuck, management asked to fix it: repair": [
        ("防盗门卡住打不开 麻烦找物业来修一下 4-1-1001", Category.REPAIR),
        ("大門卡死開唔到 麻煩搵管理處整下 D座803", Category.REPAIR),
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES_179_182))
def test_order_family(text: str, category: Category) -> None:
    check_order(text, category)


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
