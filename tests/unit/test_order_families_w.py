"""Orders by family, from the misses of blind rounds 183-186: each family's wordings in zh and en,
and the look-alikes read otherwise. Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category, Kind, understand
from domain.understanding.flats import find_flat
from tests.support.families import cases, check_order, check_reading

FAMILIES_183_186: dict[str, list[tuple[str, Category]]] = {
    "a hospital appointment booked, leave to go out asked: medical": [
        ("老人在医院约了号 明天复查 能申请安排出去吗 3-1-502", Category.MEDICAL),
        ("孩子牙科预约了 下午要去 能帮忙安排出门吗 6-2-301", Category.MEDICAL),
        (
            "I have a hospital appointment on Friday, can you arrange for me to go out? 4-1-202",
            Category.MEDICAL,
        ),
    ],
    "rubbish collection asked for a flat: garbage": [
        ("Rubbish collection for 3-1-202 please, bag's by the door", Category.GARBAGE),
        ("Garbage pickup for 7-2-1101 please, it's outside", Category.GARBAGE),
    ],
    "goods added to a run already going: their category": [
        ("Can the pharmacy run include some plasters? 2-1-303", Category.MEDICINE),
        ("Could the grocery run add two cartons of milk? 5-2-801", Category.GROCERIES),
    ],
    "phone data or credit topped up: an errand": [
        ("手机流量没了 谁能帮忙充个流量 钱我转你 2-1-902", Category.ERRAND),
        ("老人手机欠费了 能帮忙充点话费吗 8-3-101", Category.ERRAND),
        ("Could someone top up my phone data? I'll send the money. 3-2-402", Category.ERRAND),
    ],
    "a bill paid at the office: an errand": [
        ("电费单在门口 能帮忙去物业交一下吗 我转你 5-1-602", Category.ERRAND),
        ("物业费通知来了 谁可以帮忙去管理处交 6-1-701", Category.ERRAND),
    ],
    "a share of a group buy counted for the writer: groceries": [
        ("团购的苹果算我家一箱 钱转过去了 4-2-503", Category.GROCERIES),
        ("团购鸡蛋算我两箱 已经付了 7-1-302", Category.GROCERIES),
    ],
    "papers carried: an errand": [
        (
            "Could someone pick up the receipts I left at the pharmacy counter? 6-1-402",
            Category.ERRAND,
        ),
        (
            "Could a volunteer take my dad's hospital paperwork to the community office? 2-3-501",
            Category.ERRAND,
        ),
        ("医院的出院证明材料在大门口 能帮忙拿上来吗 9-1-1203", Category.ERRAND),
    ],
    "a fixture at fault, a fixer asked, rubbish only the why: repair": [
        ("下楼扔垃圾 回来门锁坏了 进不去 求开锁 3-2-701", Category.REPAIR),
        ("小孩把牙刷扔进马桶 堵了 能找人来通一下吗 2-2-403", Category.REPAIR),
    ],
    "a drug no lexicon knows bought for an ailment: medicine": [
        ("Could someone buy some senna for my dad? he's constipated. 5-1-302", Category.MEDICINE),
        (
            "Can anyone buy loperamide for me? bad diarrhoea since last night. 8-2-601",
            Category.MEDICINE,
        ),
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES_183_186))
def test_order_family(text: str, category: Category) -> None:
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
