"""Orders by family, from the misses of blind rounds 183-186: each family's wordings in zh and en,
and the look-alikes read otherwise. Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category, Kind, understand
from domain.understanding.flats import find_flat
from tests.support.families import check_no_order, check_order, check_reading, texts

NOT_ASKED: dict[str, list[str]] = {
    "help or goods offered": [
        "我明天去超市 有需要买菜的吗 可以帮带",
        "我多买了一箱苹果 谁家需要可以匀出来",
        "家里有多余的纸尿裤 没拆封 谁需要可以送",
        "Who's organising the water deliveries? I can help if needed",
    ],
    "a fact about a service asked": [
        "团购的大米能开发票吗",
        "Do volunteers take cash or is it WeChat only?",
        "快递今天能送上楼吗",
        "南门能进快递吗",
    ],
    "a visit or round announced, residents told what to do": [
        "电工师傅周三上午会来5栋 需要修的先登记",
        "燃气师傅明天下午来 3-1-502的请在家等",
        "The nurse will do home visits on Friday, please register with your building lead.",
        "Rubbish collection tomorrow is at 6pm, please put bags outside your door.",
    ],
    "a rule changed": [
        "下周起通行证改为线上办理 纸质的不再受理",
        "Paper forms for hospital passes will no longer be accepted.",
    ],
    "safety advice": [
        "药品和洗涤剂要放在孩子够不到的地方",
        "Please store medicines out of kids' reach, there have been accidents.",
    ],
    "a prize and a link": [
        "恭喜您获得防疫补贴1000元 点击链接领取 http://a-b.top",
        "Congratulations, you have won a grocery voucher, click http://x.top to claim",
    ],
    "a delivery told done": [
        "5号301的快递已经拿上来了 挂在门把手上",
        "I've already brought up your parcel, hung it on the door handle",
    ],
    "others' experience asked": [
        "宝宝不肯吃辅食 有没有人有经验",
        "My toddler refuses formula, anyone have experience with this?",
    ],
    "a scare told over": [
        "My daughter isn't coughing anymore, the candy came out. She's fine now.",
    ],
}

STILL_ASKED: list[tuple[str, Category]] = [
    ("团购的大米能开发票吗 帮我问问 再帮我买一袋 3-1-202", Category.GROCERIES),
    ("快递能帮我送上楼吗 在东门 5-2-301", Category.ERRAND),
    ("门口有垃圾 麻烦收一下 4-1-202", Category.GARBAGE),
    ("Could someone buy some bread for my mum? 3-1-101", Category.GROCERIES),
    ("马桶堵了 能找人来通一下吗 2-1-302", Category.REPAIR),
]


@pytest.mark.parametrize("text", texts(NOT_ASKED))
def test_told_not_asked(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(("text", "category"), STILL_ASKED)
def test_asks_stand(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("楼上1602天天半夜拖椅子 吵死了", "1602"),  # 天天 is every day, not days
        ("隔壁903天天装修", "903"),
        ("坚持了100天 谢谢大家", None),
        ("我妈血压高到170 吃了药 今天140", None),  # the measure's later value
        ("血压量了175 降到138了", None),
        ("Dad's blood pressure was 175, now 140", None),
        ("我爸血压高 帮忙买降压药 今天 202", "202"),  # a room after a space stays a room
        ("妈妈血压高 帮买药 602", "602"),
    ],
)
def test_flats_183_186(text: str, flat: str | None) -> None:
    assert find_flat(text) == flat


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("101.4F last night, came down to 99F by breakfast", 37.2),
        ("Fever 100.8F at midnight, dropped to 99F this morning 3-1-202", 37.2),
    ],
)
def test_later_whole_fahrenheit(text: str, celsius: float) -> None:
    check_reading(text, celsius)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("两天前孩子烧到39.2 吓坏了 今天已经退烧了 谢谢关心", Kind.OTHER),
        ("Two days ago my son hit 39.5, but the fever's gone now, thanks all", Kind.OTHER),
        ("前几天老人烧到38.9 现在烧退了 谢谢大家", Kind.OTHER),
        ("前天开始发烧 今天还是39度", Kind.TEMPERATURE),  # it goes on
        ("前天烧到39 今天又烧到38.8 3-1-202", Kind.TEMPERATURE),
        ("孩子39.2 3-1-202", Kind.TEMPERATURE),
    ],
)
def test_fever_days_before_over(text: str, kind: Kind) -> None:
    assert understand(text).kind is kind
