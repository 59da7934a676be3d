"""No order in a notice, an advice asked, a need called off or a fix thanked (order_told.py): the
one who visits telling what to have ready, a time to keep, a reminder of what to do if, a
household called down to collect; may the baby bathe, how to cool a fever; whether a rule lets
goods count or be taken in, where a bill is paid; shopping no longer needed; a fixture mended for
kin, thanked; a treat offered, help told done, help asked for some later day, a worry for others
far off. Paraphrases in zh and en, not the rounds' sentences; the writer's own ask beside them
still places the order."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order, texts

NO_ORDER: dict[str, list[str]] = {
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
}

STILL_ORDERS: dict[str, list[tuple[str, Category]]] = {
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
