"""No order in a notice, an advice asked, a need called off or a fix thanked (order_told.py): the
one who visits telling what to have ready, a time to keep, a reminder of what to do if, a
household called down to collect; may the baby bathe, how to cool a fever; whether a rule lets
goods count or be taken in, where a bill is paid; shopping no longer needed; a fixture mended for
kin, thanked; a treat offered, help told done, help asked for some later day, a worry for others
far off; a household called down to sign for its own, a round's schedule, an errand offered,
helpers called, a test post, households asked to check a thing, where to buy asked, a group
formed (order_notices.py); a round to wait for at home, households so told to report in the
group, a device's use asked, a shop out of it told, the next round's time asked
(order_vetoes.py). Paraphrases in zh and en, not the rounds' sentences; the writer's own ask
beside them still places the order."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order, texts

NO_ORDER: dict[str, list[str]] = {
    # rounds 283-286 by concept
    "goods or a hand offered to whoever needs them": [
        "我这有两盒退烧贴 哪家小朋友需要可以来拿 5-1-302",
        "Does anyone need a torch? I've got a spare one, 1203",
        "I'm happy to carry water up for anyone on the top floors if needed",
    ],
    "a notice to every car owner or of when the round comes": [
        "居委会:小区门口要消杀 请车主今晚把车开走",
        "Rubbish bags will be collected at 9am tomorrow, please leave them by the door.",
    ],
    "a service offered to the residents who need it": [
        "社区卫生站有冰箱 需要冷藏药品的居民可以送过来",
    ],
    "a notice": [
        "我是本楼志愿者 下午给老人送药 请在家等候",
        "I'm the building volunteer, dropping off test kits tonight, please have your masks ready",
        "后天 7:30-9:00 核酸检测 请按时下楼",
        "bins collected at 9am tomorrow, please be on time",
        "温馨提示：一旦出现高烧不退 请及时联系社区医生",
        "Reminder: if anyone has chest pain, call 120 first",
        "请 3-1-502 下楼领菜",
        "9-2-301 please come down to collect your medicine",
    ],
    "a notice forwarded from an authority or staff": [
        "【转发】街道办：居家观察人员每天上午报体温 有咳嗽请告诉家庭医生",
        "转发 区疾控：返沪人员请到社区登记 发热的请联系社区医生",
        "Forwarded from property management: anyone whose boiler is leaking please inform the "
        "caretaker",
        "Fwd from the district health office: anyone with a cough please tell Dr. Chen",
    ],
    "what to do if it ever happens, told all": [
        "物业：如遇电梯困人 请立即拨打电梯内的紧急电话 并在群里@值班人员",
        "If you ever get stuck in the lift, press the alarm and call the duty phone. Please share.",
    ],
    "a visit announced, all told to keep someone home": [
        "7栋的各位 后天电力公司来换电表 请家里留人",
    ],
    "advice asked": [
        "宝宝打完预防针能洗澡吗",
        "孩子低烧怎样物理降温 用温水擦可以吗",
        "how can we cool down a baby with a fever at night?",
        "can my baby shower after the vaccine?",
    ],
    "a rule or a place asked": [
        "奶粉可以算必需品吗",
        "独居老人可以申请代购药品吗",
        "燃气费在哪缴呀",
        "do baby wipes count as essentials?",
        "where do I pay the water bill?",
    ],
    "a need called off or a fix thanked": [
        "这周不用再帮买菜了 还有很多",
        "we no longer need groceries this week, thanks all",
        "谁帮我爸接好了网线 真是太感谢了",
        "a neighbour repaired mum's door lock today, thanks so much",
    ],
    "a treat offered, help told done, help asked for later, a worry for others away": [
        "刚炸好一盘春卷 有没有邻居想要",
        "just made a big pot of soup, anyone want some?",
        "楼下阿姨帮我测了 36.9 放心了",
        "小区里有没有药剂师 以后有事可以请教",
        "any electricians in the block? for future reference",
        "我表姐在西安说他们那边买不到菜 希望他们平安",
        "friend in Xi'an says they can't get groceries, hope they're alright",
    ],
    "every household called down to sign for its own": [
        "今晚团购的奶粉 飞鹤 已到 请各家下楼签收",
        "团购的水果到了 在大厅 请各户到楼下领取",
        "the group-buy milk powder is here, everyone please come down and collect",
        "today's veg boxes arrived, all residents please come down to sign for them",
    ],
    "a round's schedule told": [
        "每周二四六收医疗垃圾 请放在门口黄色袋子里",
        "每天上午统一收垃圾 请提前放门口",
        "medical waste is collected every Tuesday and Saturday, leave the yellow bags outside",
    ],
    "an errand offered to whoever needs it": [
        "谁家需要买菜的 我明天下楼 可以顺便带",
        "有谁需要药的 我下午去药店 可以帮忙带",
        "anyone need groceries? I'm going out tomorrow, happy to grab stuff",
    ],
    "helpers called for a shared chore": [
        "明天谁有空一起帮忙搬物资？我可以去",
        "谁有空来帮忙卸物资 下午三点 大门口",
        "who's free tomorrow to help unload the supplies? I can go",
    ],
    "a test post": ["Test post, please ignore", "测试一下 请忽略", "testing"],
    "households with a thing asked to check it": [
        "家里有EpiPen的请检查一下有效期 很多人的已经过期了",
        "家中有常备药的记得看一下有效期",
        "if you have an EpiPen at home, please check the expiry date",
    ],
    "where to buy asked": [
        "请问肾上腺素笔在哪能买到 需要处方吗",
        "布洛芬哪里可以买到啊",
        "where can I buy an EpiPen around here?",
    ],
    "a group of helpers formed": [
        "我们楼有没有医生或护士?想建个应急小组 以后有人过敏或者晕倒能先帮忙",
        "想组个互助群 有兴趣的报名",
        "any nurses here? I'd like to set up a first-aid team for the building",
    ],
    "a round told to be waited for at home": [
        "社区医生下午2点上门巡诊 需要测血糖的老人在家等",
        "明天上午护士上门抽血 需要抽血的居民在家等",
        "下午量血压的上门 需要量的老人在家等着就行",
    ],
    "households with someone so told to report in the group": [
        "大家家里有老人独居的 在群里报一下 我们每天上门看看",
        "家里有孕妇的 请在群里报一下 方便我们安排",
        "家中有行动不便老人的 群里接龙 志愿者统一上门",
    ],
    "a device's use asked": [
        "谁能告诉我胰岛素笔怎么换针头 第一次用",
        "谁能教我血糖仪怎么调时间",
        "can someone show me how to change the needle on an insulin pen?",
    ],
    "the next round's time asked": [
        "When is the next garbage pickup?",
        "when's the next rubbish collection? the schedule changed again",
        "下次收垃圾是什么时候",
        "下一次送菜几点 想提前准备",
    ],
    "a volunteer's word that the shop had none, another to be tried": [
        "Sorry 4-3-702, pharmacy was out of salbutamol, I'll try another one tomorrow",
        "3-1-502 不好意思 药店的沙丁胺醇没货了 我明天再去别家看看",
        "sorry 5-2-1101, the chemist had none left, I'll check another pharmacy this afternoon",
    ],
}

STILL_ORDERS: dict[str, list[tuple[str, Category]]] = {
    "the writer's own ask beside a notice, an offer, a schedule or a question": [
        ("我家有退烧贴 谁家需要可以拿 能帮我买盒布洛芬吗 3-1-201", Category.MEDICINE),
        ("Anyone need a charger? can you get me one too, 1203", Category.GROCERIES),
        ("团购的奶粉到了 请3-1-502下楼签收", Category.GROCERIES),
        ("奶粉到了 麻烦帮我拿上来 各家下楼签收太挤了 5-1-302", Category.GROCERIES),
        ("每天收一下我家的垃圾吧 太多了 3-2-501", Category.GARBAGE),
        ("谁家有菜 我需要一点 3-1-201", Category.GROCERIES),
        ("谁有空帮我搬一下物资 3-1-201", Category.GROCERIES),
        ("test my thermometer please 3-1-201", Category.MEDICINE),
        ("家里有布洛芬的 能不能匀我一盒 3-1-201", Category.MEDICINE),
        ("布洛芬哪里能买到 能帮买一盒吗 3-1-201", Category.MEDICINE),
        ("小孩奶粉还剩半罐 美赞臣二段 哪里能买到 能帮买吗", Category.GROCERIES),
        ("血糖仪不会用 能请医生上门教一下吗 3-1-502", Category.MEDICAL),
        ("药店没货了 谁能去别家看看 帮我买一盒布洛芬 3-1-502", Category.MEDICINE),
        ("家里有老人独居 麻烦志愿者每天帮我们送菜 5-2-301", Category.GROCERIES),
        ("下次收垃圾是什么时候 我家门口堆了三袋了 能先收一下吗", Category.GARBAGE),
        (
            "when is the next garbage pickup? ours is overflowing, can someone take it, 3-1-402",
            Category.GARBAGE,
        ),
    ],
    "the writer's own ask beside them": [
        ("不用买菜了 麻烦帮我买盒布洛芬 3-1-502", Category.MEDICINE),
        ("刚做好饭才发现没盐了 谁能帮我带一包 3-1-502", Category.GROCERIES),
        ("我腿脚不方便下楼 请帮忙买两斤土豆 5-2-301", Category.GROCERIES),
        (
            "if you ever pass the pharmacy, could you get me some plasters? 2-1-402",
            Category.MEDICINE,
        ),
    ],
}


@pytest.mark.parametrize("text", texts(NO_ORDER))
def test_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(("text", "category"), cases(STILL_ORDERS))
def test_still_orders(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    "text",
    [
        # a guess that a noise is normal, asked: reassurance, no repair
        "No gas smell, no sparks, just the heater making a clicking noise. Probably normal?",
        "the heater clicks when it starts, probably normal? 3-1-502",
        "热水器点火的时候咔哒咔哒响 没有异味 应该是正常的?",
    ],
)
def test_a_guess_that_it_is_normal_asked_is_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("热水器一直咔哒响 打不着火 能找师傅来看看吗 3-1-502", Category.REPAIR),
        ("the heater keeps clicking and won't light, can someone fix it? 3-1-502", Category.REPAIR),
    ],
)
def test_a_fault_with_its_fix_asked_stays_an_order(text: str, category: Category) -> None:
    check_order(text, category)
