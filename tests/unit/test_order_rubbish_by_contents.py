"""Orders by concept: rubbish named by what it is (soiled things bagged, recycling and boxes put
out, goods gone bad asked thrown out) or the round asked to call at the writer's door is a garbage
order; goods bought again beside it stay goods. Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order

ASKED: dict[str, list[tuple[str, Category]]] = {
    "soiled things bagged, to be collected": [
        ("孩子尿床了 一大袋脏东西 能收一下吗 2-2-202", Category.GARBAGE),
    ],
    "the round asked to call at the writer's door": [
        ("晚上收垃圾的时候敲一下我家门 两袋 3-1-502", Category.GARBAGE),
        (
            "when you're doing the bins tonight, knock on our door, 2 bags. 5-2-101",
            Category.GARBAGE,
        ),
    ],
    "rubbish and recycling put out at a flat": [
        (
            "Rubbish and a pile of cardboard from the move outside 4-1-1502, cheers",
            Category.GARBAGE,
        ),
    ],
    "goods counted out in bags, their collection asked: rubbish, not the goods": [
        ("宝宝的纸尿裤一天就一袋 能不能每天来收一次 9-1-502", Category.GARBAGE),
        ("猫砂换下来三袋 麻烦一起带走 2-3-1101", Category.GARBAGE),
        (
            "three bags of used diapers outside, could someone take them away? 7-2-402",
            Category.GARBAGE,
        ),
    ],
    "the round told it missed the flat, or more bags told waiting for it": [
        ("早上收垃圾漏了我们家 门口还有两袋 6-2-901", Category.GARBAGE),
        ("收垃圾的阿姨走了吗 我家又有一袋 10-1-303", Category.GARBAGE),
        ("the rubbish collection missed our flat this morning, 3-2-1501", Category.GARBAGE),
        ("trash by our door, four of them, sorry! 9-2-201", Category.GARBAGE),
    ],
    "a bag put out at the door, asked taken down": [
        ("猫砂一大袋 放门口了 辛苦带下去 13-602", Category.GARBAGE),
        ("纸尿裤两袋 放在门口了 麻烦拿下去 5-1-302", Category.GARBAGE),
        (
            "a big bag of cat litter is by my door, could someone take it down? 13-602",
            Category.GARBAGE,
        ),
        (
            "2 bags of cat litter are outside the door, can you take them down please, 4-1-201",
            Category.GARBAGE,
        ),
        # brought up, not taken down: a delivery fetched
        (
            "a bag of rice is at the door downstairs, could someone bring it up? 13-602",
            Category.ERRAND,
        ),
    ],
    "goods gone bad, asked thrown out": [
        ("冰箱里的菜坏了 能帮忙扔掉吗 5-1-201", Category.GARBAGE),
        ("上周买的水果烂了一袋 能帮忙拿去扔了吗 8-1-303", Category.GARBAGE),
        (
            "a bag of mouldy bread and off milk, can someone throw it out? 3-2-1101",
            Category.GARBAGE,
        ),
    ],
    "used or burnt things bagged, asked taken down": [
        ("用完的抗原试剂放在门口袋子里了 麻烦拿走 5-1-201", Category.GARBAGE),
        ("could someone take out the bags of cigarette ash? 3-2-1101", Category.GARBAGE),
        ("old cat litter bagged up outside, can someone take it down? 8-1-303", Category.GARBAGE),
    ],
    "pet waste bagged, asked taken away": [
        (
            "could someone take away the dog poop bags? tied up at the door, 3-1-402",
            Category.GARBAGE,
        ),
        ("can the volunteers take away our cat litter bags too, 6-1-201", Category.GARBAGE),
    ],
    "bags counted and waiting for the round asked after": [
        (
            "anyone collecting rubbish this morning? I have two bags outside 7-2-302",
            Category.GARBAGE,
        ),
        (
            "is anybody collecting the trash today? I've got 4 bags at 2-1-501 waiting",
            Category.GARBAGE,
        ),
    ],
    "a pet's waste bags saved up, asked collected": [
        ("狗狗的便便袋攒了好多 放楼梯间了 麻烦收一下 6-602", Category.GARBAGE),
        ("猫咪的便便袋装了两袋 放门口了 能来收走吗 5-302", Category.GARBAGE),
        (
            "the dog's poop bags are bagged up in the stairwell, could you collect them? 6-602",
            Category.GARBAGE,
        ),
        # the bags themselves bought or brought up: goods
        ("狗狗便便袋用完了 帮买一包 3-2-101", Category.GROCERIES),
        ("the dog poop bags we ordered came, could you bring them up? 6-602", Category.GROCERIES),
    ],
    "sweepings and tank muck bagged, asked collected": [
        ("鞭炮的纸屑扫了一大袋 能一起收走吗 7幢203", Category.GARBAGE),
        ("家里打扫出一堆碎纸屑 装好了 能帮忙收走吗 3-1-202", Category.GARBAGE),
        ("鱼缸换水换出来一堆烂水草和碎玻璃 装好了 能帮收吗", Category.GARBAGE),
    ],
    "rubbish told at a flat, left out for the round": [
        (
            "rubbish at 903, will leave it out while we're down for the swab, cheers",
            Category.GARBAGE,
        ),
        ("garbage at 12-1-1101, leaving it out on our way down, ta", Category.GARBAGE),
        ("trash out at 8-1-802. sorry it's 3 bags, nappies + my dad's pads", Category.GARBAGE),
    ],
    "kitchen waste counted at the door": [
        ("门口一袋厨余 一袋其他 谢谢🙏 1幢101", Category.GARBAGE),
        ("门口两袋厨余 麻烦了 3幢202", Category.GARBAGE),
    ],
    "the flat read aloud with 幺, then the rubbish": [
        ("幺零幺 垃圾", Category.GARBAGE),
        ("二单元幺零二 垃圾", Category.GARBAGE),
    ],
    "the round's time asked, one's own put out already": [
        ("垃圾什么时候收啊 早上下楼核酸顺手放出去了 18-2-402", Category.GARBAGE),
        ("垃圾啥时候收 我出门的时候放楼下了 3-1-202", Category.GARBAGE),
    ],
    "goods bought again beside the spoiled": [
        ("冰箱停电 肉都坏了 能帮忙扔掉吗 再帮买两斤 5-1-201", Category.GROCERIES),
        ("鱼都臭了 已经扔了 想重新团点虾 6-1-702", Category.GROCERIES),
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(ASKED))
def test_order(text: str, category: Category) -> None:
    check_order(text, category)


def test_spirits_at_home_are_no_rubbish() -> None:
    check_no_order("家里总觉得有脏东西 晚上睡不着")


def test_paper_bits_played_with_are_no_rubbish() -> None:
    check_no_order("孩子玩纸屑撒了一地 哈哈")


@pytest.mark.parametrize(
    "text",
    [
        "The rubbish at 1504 has been collected ✅",
        "the garbage at 7-2-301 was picked up, thanks",
        "门口一袋厨余 我已经自己拿下去了",
        "垃圾什么时候收啊 我自己拿下去扔了 3-1-202",
    ],
)
def test_rubbish_at_a_flat_collected_or_taken_down_is_no_order(text: str) -> None:
    check_no_order(text)
