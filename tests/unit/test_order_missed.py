"""Orders no ask rule reads (order_missed.py), by concept: each family's wordings in zh and en
(plain and second-language English), and the category read. Paraphrases of real messages."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order

MISSED_ORDERS: dict[str, list[tuple[str, Category]]] = {
    # Care asked in words no ask rule reads.
    "a doctor asked to come up some time: medical": [
        ("医生有空的时候上来一趟 我爸血压有点高 不着急 3-2-501", Category.MEDICAL),
        (
            "could the community doctor pop up sometime? mum's sugar is a bit high, no rush "
            "5-1-302",
            Category.MEDICAL,
        ),
    ],
    "a hospital appointment booked, leave to go out asked: medical": [
        ("老人在医院约了号 明天复查 能申请安排出去吗 3-1-502", Category.MEDICAL),
        ("孩子牙科预约了 下午要去 能帮忙安排出门吗 6-2-301", Category.MEDICAL),
        (
            "I have a hospital appointment on Friday, can you arrange for me to go out? 4-1-202",
            Category.MEDICAL,
        ),
    ],
    # Goods, asked beside a veto sign (call me, the cost) or counted out.
    "goods ordered for a relative, counted out: groceries": [
        ("帮我妈订点鸡蛋 两盒 送到3-1-502 有事打我电话", Category.GROCERIES),
        ("给我爸买点牛肉 一斤 地址5栋2单元301 老人不会用手机 打给我", Category.GROCERIES),
        (
            "please order some pork for my parents, 1kg, 4-2-1101, call me if anything",
            Category.GROCERIES,
        ),
    ],
    "goods needed with the cost asked: groceries": [
        (
            "We need potatoes, carrots and garlic this week, please let me know the cost. 8-1-601",
            Category.GROCERIES,
        ),
        ("I need rice and eggs, tell me the total please, 2-2-302", Category.GROCERIES),
    ],
    "a share of a group buy counted for the writer: groceries": [
        ("团购的苹果算我家一箱 钱转过去了 4-2-503", Category.GROCERIES),
        ("团购鸡蛋算我两箱 已经付了 7-1-302", Category.GROCERIES),
    ],
    "goods added to a run already going: their category": [
        ("Can the pharmacy run include some plasters? 2-1-303", Category.MEDICINE),
        ("Could the grocery run add two cartons of milk? 5-2-801", Category.GROCERIES),
    ],
    # Drugs running out or expired.
    "a drug about to run out, a refill wanted: medicine": [
        ("爸爸的降压药快吃完了 想再配一盒 不急 3-2-601", Category.MEDICINE),
        ("奶奶的救心丸只剩几粒了 想补一瓶备用 人没事 9-1-302", Category.MEDICINE),
        ("媽媽嘅糖尿病藥就食晒 想覆配 唔急 B座1203", Category.MEDICINE),
    ],
    "an expired drug to be replaced by a new one counted: medicine": [
        ("家里的速效救心丸过期了 想买瓶新的 5-2-1001", Category.MEDICINE),
        ("布洛芬过期了 要换盒新的 3-1-202", Category.MEDICINE),
    ],
    # Faults, told plainly or with a fixer asked.
    "a tradesperson asked sent, whatever was thanked for before: repair": [
        (
            "thanks to whoever fixed the door yesterday. Also our bathroom pipe is leaking, can "
            "management send a plumber? 3-3-803",
            Category.REPAIR,
        ),
        ("could the property send an electrician? the socket is broken 2-1-201", Category.REPAIR),
    ],
    "a fault told in simple words: repair": [
        ("My bathroom sink is blocked, water not go down. 3-2-702", Category.REPAIR),
        ("in my flat water heater show error, hot water not coming. 6-1-1201", Category.REPAIR),
        ("Radiator is cold all day, heating not working. Flat 902, building 4", Category.REPAIR),
    ],
    "a fixture that drips or froze, told with the flat: repair": [
        ("阳台的水龙头拧不紧 哗哗漏 6-1-903", Category.REPAIR),
        ("厕所水箱冻上了 按不下去 3栋1单元402", Category.REPAIR),
    ],
    "a hospital wanted for a hurt, or a jab booked, with the flat or a pass: medical": [
        ("手腕摔了一下 肿得厉害 想去医院拍片 7-2-1101", Category.MEDICAL),
        ("爷爷该打第三针了 帮忙预约一下社区医院 9栋1601", Category.MEDICAL),
        ("扭到脚了 走路疼 想去医院检查 能给开个出门证吗", Category.MEDICAL),
    ],
    "a door or gate stuck, management asked to fix it: repair": [
        ("防盗门卡住打不开 麻烦找物业来修一下 4-1-1001", Category.REPAIR),
        ("大門卡死開唔到 麻煩搵管理處整下 D座803", Category.REPAIR),
    ],
    # Rubbish asked taken, in plain words or a terse line.
    "someone asked in plain words to take rubbish away: garbage": [
        (
            "rubbish in stairwell of 5th floor very smell, can cleaner remove it today?",
            Category.GARBAGE,
        ),
        ("garbage bags near lift is stink, could staff take them away?", Category.GARBAGE),
    ],
    "a terse line of rubbish bags with the flat: garbage": [
        ("垃圾 5-1-201 三袋", Category.GARBAGE),
        ("rubbish 3-2-401 two bags thanks", Category.GARBAGE),
    ],
    "rubbish collection asked for a flat: garbage": [
        ("Rubbish collection for 3-1-202 please, bag's by the door", Category.GARBAGE),
        ("Garbage pickup for 7-2-1101 please, it's outside", Category.GARBAGE),
    ],
    "something broken asked taken down: garbage": [
        (
            "Could someone take away the broken chair? It's outside my door. 7-2-104",
            (Category.GARBAGE),
        ),
        ("打碎的花瓶 能帮忙拿下去吗 我包好了 6-2-902", Category.GARBAGE),
    ],
    # Errands: boxes carried, credit topped up, a bill paid at the office.
    "boxes waiting below carried to a flat: an errand": [
        ("快递的三个箱子放在大门口了 麻烦帮忙搬到7-2-1202", Category.ERRAND),
        ("两个包裹到楼下了 方便的话帮我拎到12-1-301", Category.ERRAND),
    ],
    "phone data or credit topped up: an errand": [
        ("手机流量没了 谁能帮忙充个流量 钱我转你 2-1-902", Category.ERRAND),
        ("老人手机欠费了 能帮忙充点话费吗 8-3-101", Category.ERRAND),
        ("Could someone top up my phone data? I'll send the money. 3-2-402", Category.ERRAND),
        ("请 帮 我 爸 手机 充 50 元 , 联通 , 钱 微信 转 你 。 房间 2205", Category.ERRAND),
        ("can someone top up my phone with 30 yuan? china mobile 4-2-1101", Category.ERRAND),
    ],
    "a bill paid at the office: an errand": [
        ("电费单在门口 能帮忙去物业交一下吗 我转你 5-1-602", Category.ERRAND),
        ("物业费通知来了 谁可以帮忙去管理处交 6-1-701", Category.ERRAND),
    ],
    # Asked in few words, or the ask hidden by a notice beside it.
    "a doctor asked to drop by when free: medical": [
        ("护士方便的时候过来一下3-1-1101吧 爷爷血压偏高 不急", Category.MEDICAL),
    ],
    "rubbish told it must go today: garbage": [
        ("我妈说垃圾今天必须拿走 不然要臭了 2-2-502", Category.GARBAGE),
        (
            "the trash really needs to be picked up today, flies everywhere 7-1-1203",
            Category.GARBAGE,
        ),
    ],
    "whoever collects reminded of a household: garbage": [
        ("楼上阿姨一个人住 垃圾放门口了 收的时候别漏了她家 3-3-303", Category.GARBAGE),
        ("my neighbour left her rubbish out, please remember her door 2-1-704", Category.GARBAGE),
    ],
    "rubbish and a flat, nothing else: garbage": [
        ("厨余 8-1-202", Category.GARBAGE),
        ("garbage 4-2-1503 ty", Category.GARBAGE),
    ],
    "one who cannot come down asked swabbed at home: medical": [
        ("我爸腿脚不好下不了楼 核酸能上门采样吗 3-1-502", Category.MEDICAL),
        (
            "mum is in bed with a broken hip, can the nurse swab her at home? 5-2-301",
            Category.MEDICAL,
        ),
    ],
    "a power or water card asked topped up: errand": [
        ("水卡没钱了 谁能帮忙去物业充一下水卡 5-1-302", Category.ERRAND),
    ],
    "a phone or card run dry, the sum to put on it told: errand": [
        ("燃气卡余额不足了 要充300 卡放门口 6-2-1101", Category.ERRAND),
        ("我妈手机欠费停机了 号码 139 0000 1111 充100 钱我转", Category.ERRAND),
        (
            "our electric card has no credit left, could someone load 100 on it? 2-1-502",
            Category.ERRAND,
        ),
    ],
    "a relative's phone to top up, said bare with the flat: errand": [
        ("给我爸的手机充点话费 欠费停机了 打不通 6-2-702 钱我转", Category.ERRAND),
        (
            "please top up my gran's phone, it's cut off and we can't reach her, 3-1-1101",
            Category.ERRAND,
        ),
    ],
    "those in a group buy asked to let the household in: shopping": [
        (
            "no eggs or milk left, could someone in the dairy group buy add us? 4-2-801",
            Category.GROCERIES,
        ),
        ("家里断菜了 团购群里谁能带上我们家 7-1-1002", Category.GROCERIES),
    ],
    "a drug due for a refill, as before: medicine": [
        ("速效救心丸该补药了 按原来的处方开 9-1-401", Category.MEDICINE),
        ("my insulin needs a refill, same prescription as before 11-2-203", Category.MEDICINE),
    ],
    "a ride to recurring treatment, its days between: medical": [
        ("透析 周二四六 车 3幢1单元1302 王阿姨", Category.MEDICAL),
        ("透析 每周一三五 接送 2-1-702 李大爷", Category.MEDICAL),
        ("dialysis Tue/Thu/Sat ride, 3-1-1302 Mrs Wang", Category.MEDICAL),
    ],
    "a share of a quoted offer or notice taken, with the flat": [
        (
            "quoting the group-buy post: 'pork ribs 2kg, 60 yuan, reply with flat no.' — "
            "I'll take one, 3-1-201",
            Category.GROCERIES,
        ),
        ("转居委会通知：“需要开隔离证明的请在群里报房号” —— 11-1-801 要一份 谢谢", Category.ERRAND),
        ("引用 团长：“明早到的草莓 一箱80” —— 我家要两箱 5-2-302", Category.GROCERIES),
        (
            "forwarded: 'eggs, 30 a tray, reply with your flat' - put me down for two, 6-1-101",
            Category.GROCERIES,
        ),
    ],
}

NOT_ORDERS: list[str] = [
    "医生刚才来一下就走了",
    "垃圾今天必须收吗 3-2-101",
    "rubbish has to be collected before 9am",
    "my inhaler is due a refill",
    "收垃圾的时候别忘了她家",
    "龙头拧不紧的 可以先把总阀关了",
    "膝盖疼了好几天 想去医院看看 又怕排队",
    "给我爸的手机充了话费 已经能打通了 6-2-702",
    "燃气卡没钱了 已经充了200 6-2-1101",
    "手机停机了 刚充过50 现在好了",
    "收垃圾漏了我们家 刚才又来收走了 6-2-901",
    "someone in the group buy added us last week, thanks",
    "透析 周二四六 车",
    "quoting the group-buy post: 'pork ribs 2kg, 60 yuan' — I'll take one",
    "转居委会通知：“需要开隔离证明的请在群里报房号”",
]


@pytest.mark.parametrize(("text", "category"), cases(MISSED_ORDERS))
def test_missed_order_is_read(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", NOT_ORDERS)
def test_look_alike_places_no_order(text: str) -> None:
    check_no_order(text)


@pytest.mark.parametrize(
    "text",
    [
        # a cash-on-delivery fee asked paid for the writer: an errand
        "有个顺丰到付的 帮付一下 我转你 13栋801",
        "到付的快递在门卫 麻烦帮我垫一下 钱微信转你 5-2-301",
        "a cash on delivery parcel at the gate, could someone pay it? I'll send the money 3-1-502",
    ],
)
def test_a_cash_on_delivery_fee_asked_paid_is_an_errand(text: str) -> None:
    check_order(text, Category.ERRAND)


@pytest.mark.parametrize(
    "text", ["有个到付的快递 我自己付就行", "how much is cash on delivery usually?"]
)
def test_a_cash_on_delivery_told_or_asked_about_is_no_order(text: str) -> None:
    check_no_order(text)
