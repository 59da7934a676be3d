"""Told, not asked, and categories read again (rounds 219-226 by concept): a fault mentioned or
dealt with, a helpline passed on, a skill to learn, a job one will do oneself, an outage's extent
asked, a form to fill, a group buy gathered, a fixer already called; and the category of a drug
or an appliance bought, a fixture fixed for the care it serves, bagged things collected.
Paraphrases, not the rounds' sentences; each with the writer's own ask that still stands."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order, texts

NOT_ASKED: dict[str, list[str]] = {
    "a fault dealt with or only mentioned": [
        "厕所水箱漏了 我爸拧了下阀门 现在没事了",
        "楼上晾衣服滴水到我家窗台 不过不要紧 就是说一下",
        "that chirping in the stairwell? it's just the low battery on a smoke alarm",
    ],
    "a helpline passed on to share": [
        "老年人心理援助热线 12349 有需要的转给家里老人",
        "Mental health hotline for parents: 12356, please share with your friends",
    ],
    "the next run told, this one gone": [
        "团菜的车已经走了 还要的下次再报",
    ],
    "a skill one wants to learn": [
        "谁会剪头发 封控在家想学一下",
        "anyone good at sewing? I'd like to learn",
    ],
    "a job the writer will do, only how asked": [
        "换水龙头要关总阀吗 我打算自己换",
        "how do you reset the breaker? I'll try it myself",
    ],
    "an outage's extent asked": [
        "突然没电了 是整栋停还是就我家",
        "no water since noon, is it the whole building or just us?",
    ],
    "the office's number asked": [
        "居委会电话多少 想问下通行证的事",
        "what's the phone number for the management office? the door keeps beeping",
    ],
    "a cause of a fault asked in general": [
        "想问问热水器一般是什么原因会熄火",
        "what usually causes the lights to flicker like that?",
    ],
    "a rule asked: pets, or what volunteers may do": [
        "晚上做核酸 猫能带下去吗",
        "Can volunteers stay with the elderly at the clinic or only drop them at the door?",
    ],
    "a census or a class told whom to tell": [
        "统计：需要上门打针的老人请私信网格员",
        "以后谁家有孕妇 可以报给网格员 我们定期上门看看",
    ],
    "a thing lent to whoever needs it": [
        "我家有一个闲置的助行器 腿脚不方便的邻居需要可以借",
    ],
    "a form to fill in": [
        "[文件] 每日体温登记表 请大家每天填写",
    ],
    "a group buy gathered, others invited": [
        "有没有人想一起团牛奶 满30箱发货",
    ],
    "a fixer already called, the visit told": [
        "已联系电工 今天下午来修楼道灯",
    ],
    "a safety word to all round a fault": [
        "楼梯扶手松了 大家上下楼注意安全",
    ],
    "smokers asked to go elsewhere": [
        "吸烟的邻居能不能去楼下抽 楼道里全是烟味",
    ],
    "a recommendation asked": [
        "any recommendations for a good baby monitor?",
    ],
    "the round asked whether it came": [
        "请问垃圾已经收了吗 门口的袋子不见了",
    ],
}

STILL_ASKED: dict[str, list[tuple[str, Category]]] = {
    "a fault now fine, a fixer or a doctor still asked": [
        ("插座刚才冒火花 现在没事了 能找电工来看看吗 3-3-301", Category.REPAIR),
        ("昨晚胸口闷 现在没事了 想让医生上门看看 7-1-902", Category.MEDICAL),
    ],
    "one's own plan beside a dialect ask to arrange": [
        ("阿拉爸每礼拜二要去透析 好安排部车子伐 5号楼1单元602", Category.MEDICAL),
    ],
    "a drug bought, the wound or the doctor only why": [
        ("帮买一支红霉素软膏 孩子伤口有点红 3-2-501", Category.MEDICINE),
        ("医生开的胃药还是缺 麻烦再帮买两盒 6-1-302", Category.MEDICINE),
        ("帮买一盒尼古丁贴 想戒烟 2-1-803", Category.MEDICINE),
        ("could someone buy nicotine lozenges? 4-1-1102", Category.MEDICINE),
    ],
    "an appliance bought whole: shopping": [
        ("能帮忙团个小太阳吗 家里太冷了 9-2-1101", Category.GROCERIES),
        ("Need a small desk fan, anything cheap is fine, 3-1-1604", Category.GROCERIES),
    ],
    "an appliance at fault: still a repair": [
        ("电暖器一点反应都没有 换了插座也不行 能来看看吗 8-1-302", Category.REPAIR),
    ],
    "a fixture come loose that the care needs: repair": [
        (
            "the toilet handrail came loose, mum needs it after her hip op, could someone fix it? "
            "3-2-1001",
            Category.REPAIR,
        ),
    ],
    "things bagged, their collection asked: rubbish": [
        ("用过的尿不湿装了三袋 能收一下吗 5-902", Category.GARBAGE),
    ],
    "papers or scans fetched: an errand": [
        ("could someone pick up my mum's x-rays from the clinic? 9-1506", Category.ERRAND),
        ("居委会要一份情况说明 谁能帮我送过去 2-1-1101", Category.ERRAND),
    ],
    "drink bought by the bottle: shopping": [
        ("黄酒 两瓶 麻烦帮买 3栋201", Category.GROCERIES),
    ],
    "a doctor asked to come take a reading": [
        ("社区医生方便的话来给我爸量个血压 他现在挺好的 3-2-101", Category.MEDICAL),
        (
            "can we see the family doctor? my son has had headaches for a week 4-2-703",
            Category.MEDICAL,
        ),
    ],
    "a visit asked by its form's heading": [
        ("GP visit request for 5-2-301, dad has been dizzy since Monday", Category.MEDICAL),
        (
            "Nurse visit request, 2-1-604: mum's leg ulcer needs checking, 37.0 this morning",
            Category.MEDICAL,
        ),
    ],
    "a share of a group buy claimed by its count: shopping": [
        (
            're the fruit buy "oranges 40 a box"\nwe\'ll take two boxes please, 6-1-902',
            Category.GROCERIES,
        ),
        ("would like to group-buy 3 bags of flour, 4-2-1101", Category.GROCERIES),
    ],
    "the same goods as shown, counted only: shopping": [
        ("回复 @王姐: 是这个牌子吗 [图片] 也帮我买两箱 3-1-1201", Category.GROCERIES),
    ],
    "goods picked up with their price offered: shopping": [
        (
            "Could anyone pick up a bag of ice and some sports drinks for the guards downstairs? "
            "We will pay. 5-1-204",
            Category.GROCERIES,
        ),
    ],
    "a doctor asked up to prescribe: the visit is medical care": [
        ("能请社区医生上门开点药吗 老慢支又犯了 6-2-404", Category.MEDICAL),
    ],
    "the writer's own trip for test papers, a ride asked: a medical outing": [
        ("我爸要去医院复诊顺便拿化验单 能安排个车接送吗 4-1-701", Category.MEDICAL),
    ],
    "one's own signed up for the care a notice offers: medical": [
        (
            "回复 @社区医院: 行动不便的老人上门打疫苗请报名\n报名 我奶奶 88岁 要打疫苗 2-2-601",
            Category.MEDICAL,
        ),
        ("re: home vaccination list\nsign my mum up please, 79, 6-1-1202", Category.MEDICAL),
    ],
    "a dressing change asked: care": [
        ("护士明天能来帮我换个药吗 伤口还没好 1-1-1001", Category.MEDICAL),
    ],
}


@pytest.mark.parametrize("text", texts(NOT_ASKED))
def test_told_not_asked(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(("text", "category"), cases(STILL_ASKED))
def test_asks_stand(text: str, category: Category) -> None:
    check_order(text, category)
