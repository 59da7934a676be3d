"""Items of an order: names with the quantity and unit written next to them."""

import pytest

from domain.understanding import Category, Item, understand


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "3幢2单元501 帮忙买一袋大米 两桶油 十个鸡蛋 谢谢🙏",
            (Item("大米", 1, "袋"), Item("油", 2, "桶"), Item("鸡蛋", 10, None)),
        ),
        ("602 想买两箱纯牛奶 一箱方便面", (Item("纯牛奶", 2, "箱"), Item("方便面", 1, "箱"))),
        ("帮我买一箱矿泉水 再要一袋面粉", (Item("矿泉水", 1, "箱"), Item("面粉", 1, "袋"))),
        ("需要布洛芬 一盒就行 1102室", (Item("布洛芬", 1, "盒"),)),
        ("二甲双胍没了 帮忙配一盒 十幢三单元四零二", (Item("二甲双胍", 1, "盒"),)),
        ("孩子有点发烧38.2 帮忙买盒退烧药", (Item("退烧药", 1, "盒"),)),
        ("宝宝奶粉快没了 爱他美2段 一罐 急", (Item("奶粉", 1, "罐"),)),
        ("麻烦帮忙买点猪肉和大白菜", (Item("猪肉", None, None), Item("大白菜", None, None))),
        ("帮忙买两斤猪肉 半斤姜", (Item("猪肉", 2, "斤"), Item("姜", 0.5, "斤"))),
        ("帮忙买一打鸡蛋", (Item("鸡蛋", 12, None),)),
        ("帮忙买鸡蛋x10", (Item("鸡蛋", 10, None),)),
        ("18-2-1701 蔬菜包x2 肉包x1", (Item("蔬菜", 2, None), Item("肉", 1, None))),
        ("华法林2.5mg 一盒 12幢1单元1202", (Item("华法林", 1, "盒"),)),
        ("豆腐两块 葱一把 2幢202", (Item("豆腐", 2, "块"), Item("葱", 1, "把"))),
        ("帮忙买３袋米", (Item("米", 3, "袋"),)),
        (
            "Hi could someone grab bread, apples and a dozen eggs for me?",
            (Item("bread", None, None), Item("apples", None, None), Item("eggs", 12, None)),
        ),
        (
            "Could you grab me 2 bottles of soy sauce and a bag of rice?",
            (Item("soy sauce", 2, "bottles"), Item("rice", 1, "bag")),
        ),
        (
            "need 10 eggs and two cartons of milk pls",
            (Item("eggs", 10, None), Item("milk", 2, "cartons")),
        ),
        (
            "need toilet paper and dish soap pls",
            (Item("toilet paper", None, None), Item("dish soap", None, None)),
        ),
        (
            "Could someone pick up cough syrup and vitamin C from the pharmacy?",
            (Item("cough syrup", None, None), Item("vitamin c", None, None)),
        ),
        ("门口两袋垃圾 麻烦拿下去", (Item("垃圾", 2, "袋"),)),
        ("鸡蛋两盒 牛奶一箱 谢谢 1203", (Item("鸡蛋", 2, "盒"), Item("牛奶", 1, "箱"))),
        ("两盒鸡蛋 一箱牛奶", (Item("鸡蛋", 2, "盒"), Item("牛奶", 1, "箱"))),
        ("帮忙买鸡蛋 牛奶2箱", (Item("鸡蛋", None, None), Item("牛奶", 2, "箱"))),
        ("两打鸡蛋 帮忙买", (Item("鸡蛋", 24, None),)),
        ("帮忙买10斤米", (Item("米", 10, "斤"),)),
        (
            "2 bags of rice, a dozen eggs - room 1203",
            (Item("rice", 2, "bags"), Item("eggs", 12, None)),
        ),
    ],
)
def test_items_with_quantities(text: str, items: tuple[Item, ...]) -> None:
    assert understand(text).items == items


def test_a_flat_number_is_not_a_quantity() -> None:
    assert understand("3-2-501 帮忙买鸡蛋").items == (Item("鸡蛋", None, None),)


def test_items_only_on_orders() -> None:
    assert understand("谢谢邻居送的两箱牛奶").items == ()
    assert understand("救命 孩子吞了一颗电池").items == ()


def test_repeated_goods_are_listed_once() -> None:
    items = understand("家里青菜吃完了 能帮忙带点青菜和西红柿吗").items
    assert [item.name for item in items] == ["青菜", "西红柿"]


def test_drugs_known_by_the_shape_of_their_names_are_items() -> None:
    names = [item.name for item in understand("麻烦帮我买一盒坎地沙坦酯片和头孢呋辛").items]
    assert "坎地沙坦" in names[0]
    assert any(name.startswith("头孢") for name in names)
    assert understand("帮我买点薯片和咖啡胶囊").category is Category.GROCERIES
