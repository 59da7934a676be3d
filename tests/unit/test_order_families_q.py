"""Orders by family, from the misses of blind rounds 155-158: each family's asks in zh and en,
the look-alikes that ask for nothing, and the readings and flats beside them. Paraphrases, not
the rounds' sentences."""

import pytest

from domain.understanding import Category, Kind, understand
from tests.support.families import cases, check_no_order, check_order, check_reading, texts

FAMILIES_155_158: dict[str, list[tuple[str, Category]]] = {
    "a doctor asked to come and see someone, a prescription beside: the visit": [
        ("腰疼好几天了 想请家庭医生上门看看 顺便开点药 4-2-903", Category.MEDICAL),
        (
            "could the GP come round and see my dad and maybe prescribe something? 2-1-502",
            Category.MEDICAL,
        ),
    ],
    "papers fetched from a hospital or an office; a drug the hospital lets someone fetch": [
        ("我妈的化验单和病历还在医院 下周复查要带 谁能帮忙拿回来 8-2-1103", Category.ERRAND),
        (
            "could someone collect my discharge summary from the clinic for my check-up? 5-1-703",
            Category.ERRAND,
        ),
        ("化疗后要打的升白针 医院同意代领 麻烦谁跑一趟 3-3-401", Category.MEDICINE),
    ],
    "a drug named by its form or a pen to inject, food told as the cause": [
        ("切菜划到手了 帮买一支烫伤膏和创可贴 6-1-802", Category.MEDICINE),
        ("孩子对虾过敏 能帮买个肾上腺素笔备着吗 2-2-1501", Category.MEDICINE),
        ("my son's got a nut allergy, could someone get us an EpiPen? 7-3-302", Category.MEDICINE),
    ],
    "milk fetched from the milk station": [
        ("could a volunteer fetch our milk from the milk point today? 9-1-1201", Category.ERRAND),
        ("麻烦帮我去奶站取一下牛奶 12-2-601", Category.ERRAND),
    ],
    "a tradesperson asked, rubbish or water told beside": [
        ("出门倒垃圾门被风关上了 能帮我找个开锁师傅吗 5-2-301", Category.REPAIR),
        (
            "bathroom pipe burst and water all over the floor, can you send a plumber? 3-1-1002",
            Category.REPAIR,
        ),
    ],
    "food gone off, bagged and asked collected; rubbish at the door with the flat": [
        ("停电两天 冷冻的饺子全坏了 装了两袋 麻烦来收走 6-3-402", Category.GARBAGE),
        (
            "the group buy fish went rotten, it's in a bin bag now, can someone take it away?",
            Category.GARBAGE,
        ),
        ("垃圾都放门口了 4栋2单元1503", Category.GARBAGE),
    ],
    "a share of a group buy asked; a treatment due; a parcel below and someone going down": [
        (
            "can you put a bag of rice and some eggs in this week's group buy for me? 8-1-301",
            Category.GROCERIES,
        ),
        ("团购里帮我加两盒鸡蛋 5-1-1102", Category.GROCERIES),
        ("爷爷透析时间到了 明天必须去医院 3栋1单元402", Category.MEDICAL),
        ("有没有人下楼 我的快递到大门口了 麻烦带上来 2-2-802", Category.ERRAND),
        (
            "anyone going down? my parcel's at the gate, flat 1203, would be amazing",
            Category.ERRAND,
        ),
    ],
}

NO_ORDER_155_158: dict[str, list[str]] = {
    "a service's hours, a change told for information, a lift offered": [
        "护士明天上午九点到十一点来测血压 有需要的提前登记",
        "the nurse visits tomorrow 9-11, anyone who needs one please let us know in advance",
        "周三透析的车推迟到8点了 请知悉",
        "FYI the hospital shuttle has been moved to 9am tomorrow",
        "下午我开车去医院 我可以捎两个人 有要去的说一声",
        "driving to the clinic at 3, I can give someone a lift if needed",
    ],
    "a feeling shared, a recipe asked, everyone asked to label what they share": [
        "my brother back home was in hospital, he's ok now. just needed to talk to someone",
        "有人会包饺子吗 教一下 想学",
        "does anyone know how to make sourdough? share your recipe pls",
        "以后大家拼水果的时候能不能注明一下过敏原",
    ],
    "a delivery told left at someone's door; what to do about a fault asked": [
        "3-2-701的药放你家门口了 请及时拿进去",
        "veg box for 6-1-402 left outside your door, enjoy!",
        "谁知道热水器不出热水怎么办 是不是没气了",
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES_155_158))
def test_each_family_of_rounds_155_158_asks_for_its_category(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", texts(NO_ORDER_155_158))
def test_look_alikes_of_rounds_155_158_place_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(
    "text",
    [
        "my colleague's son in Hangzhou ran 39.8 on Monday, he's fine now",
        "同事家孩子上周烧到39度 现在已经好了",
    ],
)
def test_a_fever_elsewhere_that_is_over_keeps_its_reading_but_is_no_report(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.OTHER, reading.evidence
    assert reading.temperature is not None, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "how high does the temperature need to be before we tell the doctor? 38?",
        "体温烧到多高才要上报 37.5吗",
    ],
)
def test_a_threshold_asked_is_no_reading(text: str) -> None:
    check_reading(text, None)


def test_a_flat_after_my_order_is_the_flat() -> None:
    reading = understand("Temp 36.6 fine. please add a loaf of bread to my order 3-1-702")
    assert reading.flat == "3-1-702", reading.evidence
