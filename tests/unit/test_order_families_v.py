"""Orders and flats by family, from the misses of blind rounds 179-182: each family's wordings in
zh (some in Cantonese or traditional characters) and en, and the look-alikes read otherwise.
Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category, understand
from tests.support.families import check_no_order, check_order, texts

TOLD_NOT_ASKED: dict[str, list[str]] = {
    "a deed the writer did for a neighbour, told": [
        "我刚刚帮隔壁阿姨把快递拿上来了 小事一桩",
        "I just took the old man's rubbish down for him, no big deal",
    ],
    "a fix thanked for, a clean-up told done": [
        "感谢物业师傅 周末还来帮我们把水管修好了",
        "thank you to the volunteer for fixing our tripped fuse last night",
        "电梯口的玻璃碎了 大家小心 保洁已经清理干净了",
    ],
    "help offered by a writer who is free": [
        "我下午有空 可以帮大家取快递 需要的说",
        "I'm free this afternoon and happy to run errands for anyone in our block",
    ],
    "goods to spare offered": [
        "我家还有不少消毒液 有需要的邻居说一声",
        "I've got spare masks and hand gel, anyone who needs some just shout",
    ],
    "a swap offered": [
        "发的土豆太多了 有没有人想换点别的",
        "got too many carrots in the veg box, anyone want to swap?",
    ],
    "whether a service is offered, or its rule, asked": [
        "请问志愿者可以代购药品吗 需要处方吗",
        "Can volunteers get prescription medicine for us or do we have to go to the clinic?",
        "团购的药能走医保吗",
        "can group-buy medicine be claimed on insurance?",
        "独居的老人平时有人定期上门看看吗",
    ],
    "who runs a group buy asked": [
        "这次水果团购是谁负责的",
        "who's running the group buy this week?",
    ],
    "those of a class told to register": [
        "anyone with diabetes please register with the building lead so the nurse can visit",
        "有高血压的居民请到楼长那里登记",
    ],
    "a recipe asked": [
        "谁会做包子 分享一下做法",
        "anyone baking bread at home? please share the recipe",
    ],
}


@pytest.mark.parametrize("text", texts(TOLD_NOT_ASKED))
def test_told_not_asked(text: str) -> None:
    check_no_order(text)


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
