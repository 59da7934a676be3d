"""Orders by family, from the misses of blind rounds 143-146: each family's asks in zh and en,
and the look-alikes that ask for nothing. Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order, texts

FAMILIES: dict[str, list[tuple[str, Category]]] = {
    "a drug named by its form or a soother: lozenges, a rash cream, salts, a burn ointment": [
        ("喉咙有点痒 能帮忙买一盒含片吗 6-2-501", Category.MEDICINE),
        ("Can someone pick up diaper rash cream and rehydration salts? 3-1-702", Category.MEDICINE),
        ("蚊子包太痒了 谁能帮我带一支止痒膏 8-1-1201", Category.MEDICINE),
        ("could you grab me some cough drops please, room 1104", Category.MEDICINE),
    ],
    "a pregnancy's check, a visit with a service, the writer's own visit asked": [
        ("下周要做产检 能帮忙安排个车吗 5-3-902", Category.MEDICAL),
        ("家庭医生哪天方便 能上门给我妈测一下血糖吗 9-1-302", Category.MEDICAL),
        (
            "My cough is better now, but may I book a doctor this afternoon? 2-2-1801",
            Category.MEDICAL,
        ),
        (
            "The antenatal scan is due on Monday, can someone arrange transport? 7-1-601",
            Category.MEDICAL,
        ),
    ],
    "rubbish asked to go: bottles emptied, the round missed for days": [
        ("家里攒了好多啤酒瓶 麻烦志愿者来收走 11-2-402", Category.GARBAGE),
        ("垃圾几天没人收了 能明天来收吗 3栋2单元1101", Category.GARBAGE),
        (
            "A pile of empty wine bottles here, can someone take them away? 4-2-803",
            Category.GARBAGE,
        ),
    ],
    "goods only carried: to someone in hospital, medicine waiting at the gate": [
        ("煲了汤 想给在医院住院的老公送过去 谁能帮忙送 6-1-1502", Category.ERRAND),
        ("儿子寄来的药放在保安亭了 麻烦帮忙拿上来 9-2-701", Category.ERRAND),
    ],
    "a shortage with a day by which it is needed, goods listed and all wanted": [
        ("降压药快吃完了 下周一前必须要拿到 B座1206", Category.MEDICINE),
        ("退烧药 感冒灵 都要 38.6 五单元一零零二", Category.MEDICINE),
    ],
}

NO_ORDER: dict[str, list[str]] = {
    "a notice to fetch one's own, a service offered to whoever needs it": [
        "9栋的团购菜都在门口了 请各户自行领取",
        "The parcels are in the lobby, please collect them yourselves",
        "水电工今天在3幢 有需要换灯泡的可以联系他",
        "The plumber is on site today, anyone who needs a tap fixed can call him",
    ],
    "manners asked of all, deliveries told done, thanks said in Cantonese": [
        "请大家扔垃圾的时候把袋口系紧 电梯里很臭",
        "Everyone, please tie your bin bags, the corridor smells",
        "5幢的菜都送完了 还有哪家没收到的吱一声",
        "唔该晒各位义工 送药送到咁晏 辛苦晒",
    ],
    "an ask called off, a drip explained away, made do": [
        "米已经有邻居给了 不用再送了 谢谢大家",
        "No need to come anymore, the neighbour brought the bread",
        "阳台上滴的是空调水 不是漏水 没事了",
        "洗衣机又坏了 算了将就着用吧",
    ],
    "whom to turn to, which shop delivers, advice asked": [
        "马桶堵了找物业还是找保洁啊",
        "有人知道哪家超市能送货上门吗",
        "Does anyone know which pharmacy delivers around here?",
        "谁能告诉我医保卡丢了怎么办",
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES))
def test_each_family_asks_for_its_category(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", texts(NO_ORDER))
def test_notices_offers_and_asks_called_off_place_no_order(text: str) -> None:
    check_no_order(text)


# Orders by family, from the misses of blind rounds 147-150 (paraphrases, zh and en).
FAMILIES_147_150: dict[str, list[tuple[str, Category]]] = {
    "a fixture that threw sparks, a tradesperson asked to look": [
        ("卧室的吊扇冒火花了 已经关掉 能找个电工来看看吗 3-2-1101", Category.REPAIR),
        (
            "the bathroom fan sparked and I switched it off, can an electrician check it? 5-1-402",
            Category.REPAIR,
        ),
    ],
    "a purchase delivered to the gate, to be carried up": [
        ("淘宝买的电风扇到楼下了 谁能帮忙搬上来 6-1-903", Category.ERRAND),
        (
            "the fan I ordered online has arrived at the gate, could someone bring it up? 2-2-701",
            Category.ERRAND,
        ),
    ],
    "spoiled or used things bagged at the door, asked taken": [
        ("冰箱坏了 臭掉的肉装了一袋放门口 麻烦拿走 7-2-502", Category.GARBAGE),
        (
            "mouldy veg from the broken fridge in a bag outside, please take it 4-1-1203",
            Category.GARBAGE,
        ),
        ("狗尿垫换下来的一大袋 能顺便收走吗 9栋1502", Category.GARBAGE),
    ],
    "papers carried to an office, a vaccine dose due, a drug the doctor allowed": [
        (
            "Could a volunteer drop my test report off at the committee office? 3-3-301",
            Category.ERRAND,
        ),
        ("宝宝该打百白破第三针了 麻烦社区帮忙安排 C座1101", Category.MEDICAL),
        ("医生说我妈可以吃Paxlovid 谁能帮忙去药房配一盒 2幢1单元502", Category.MEDICINE),
        (
            "her GP said molnupiravir is fine, could someone buy it for us? 6-2-402",
            Category.MEDICINE,
        ),
    ],
    "the writer's own ask under a quoted notice, a need with payment offered": [
        ("回复 @楼长：明天上午统一收垃圾\n我家今天就堆满了 能先来收吗 3-1-702", Category.GARBAGE),
        ("牙膏用完了 谁能帮忙捎一支 8栋603 私聊我转账", Category.GROCERIES),
    ],
}

NO_ORDER_147_150: dict[str, list[str]] = {
    "a fault long mended, a neighbour's word that someone will come": [
        "我家水管也漏过 打了物业电话 当天就来修了",
        "物业说电梯的事后天派师傅过来 大家再等等",
        "the property office said they'll send an electrician tomorrow, hang on",
    ],
    "whether others have the fault too, a roll call to answer": [
        "你们家水压也很小吗",
        "anybody elses hot water pressure really low tonight?",
        "还有哪户没领到菜 请回复楼号房号",
        "Anyone still missing their box, reply with your flat number",
    ],
    "informing for later, a schedule asked after": [
        "grandma had a stroke years ago, she's well, just letting the nurse know in case",
        "社区什么时候安排打加强针? 想知道一下时间",
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES_147_150))
def test_each_family_of_rounds_147_150_asks_for_its_category(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", texts(NO_ORDER_147_150))
def test_look_alikes_of_rounds_147_150_place_no_order(text: str) -> None:
    check_no_order(text)


# Orders by family, from the misses of blind rounds 151-154 (paraphrases, zh and en).
FAMILIES_151_154: dict[str, list[tuple[str, Category]]] = {
    "goods added to a group buy, or a share claimed in a reply to it": [
        ("plz add a sack of rice to the group buy for 2-1-1102", Category.GROCERIES),
        (
            "re the fruit buy: yes please put us down for 3 boxes of oranges, 5-2-902",
            Category.GROCERIES,
        ),
        ("能再加一箱牛奶到明天的团购里吗 4-2-603", Category.GROCERIES),
    ],
    "a room flooded, a pipe that seems to leak, water dripping from a fixture": [
        ("车库进水了 快没过脚面 能不能派人来抽一下 3栋", Category.REPAIR),
        ("the garage got flooded last night, can someone send a pump? 4-1-102", Category.REPAIR),
        ("楼上水管可能漏了 水顺着墙往下流 找物业关一下阀门吧 2-1-302", Category.REPAIR),
        (
            "the kitchen spotlight is leaking water, breaker is off, can an electrician come? "
            "5-602",
            Category.REPAIR,
        ),
    ],
    "any of it wanted, a lesser kind accepted": [
        ("bread. any bread. white will do. 3-1-201", Category.GROCERIES),
        ("tea. any tea, teabags are fine, desperate here 2-1-803", Category.GROCERIES),
        ("咖啡 什么牌子都行 速溶的也可以 8-1-1203", Category.GROCERIES),
    ],
    "used sharps saved up, asked taken away (sharps to buy stay medicine)": [
        ("能帮忙买两盒胰岛素针头吗 8-1-502", Category.MEDICINE),
        ("用过的采血针攒了一瓶 能不能帮忙拿走 7-2-401", Category.GARBAGE),
        ("a tub of used lancets here, could a volunteer collect them? 6-2-301", Category.GARBAGE),
    ],
}

NO_ORDER_151_154: dict[str, list[str]] = {
    "a fault put right already, by oneself or a neighbour, thanked": [
        "虚惊一场 是跳闸了 我自己合上去了 灯亮了",
        "the power went off, just the breaker, flipped it back up and all good",
        "水池堵了两天 隔壁李叔帮忙通好了 太感谢了",
        "sink was blocked, the guy next door unclogged it for us, thanks so much!",
    ],
    "where sharps are sold, asked; a fault let be, or its toll only vented": [
        "不知道哪里能买到胰岛素针头 药店都没有",
        "any coffee is fine by me when we meet up",
        "阳台上有水滴下来 估计楼上晾衣服 算了不管了",
        "something is dripping onto our balcony from upstairs, oh well, I'll leave it",
        "电梯又停了 扛着菜爬了十二楼 腿都软了",
        "the lift is out again, walked up 15 floors with shopping, my legs are jelly",
    ],
    "thanks told as what would have gone wrong without the help": [
        "多亏志愿者帮忙 我妈的降压药才没断 谢谢大家",
        "if it wasn't for you all my dad would have run out of his pills, thank you so much",
    ],
    "a volunteer's delivery told, a dose asked, whether a delivery still comes": [
        "刚给6-2-803送了退烧药和牛奶 请及时开门拿",
        "小孩退烧药 15公斤应该喂几毫升啊",
        "how many ml of calpol for a 10 kg toddler?",
        "下这么大雪 今天的蔬菜包还送吗",
        "with this storm is the group buy veg still coming today?",
    ],
    "help offered by a nurse, notices to all with a need, a forwarded list": [
        "听说5楼有人摔了 要不要帮忙 我是医生 住3-2-501",
        "saw someone upstairs is unwell, need any help? I'm a nurse, 2-1-302",
        "今晚志愿者送菜 需要代买的请提前在群里说",
        "家庭医生周三在线 有配药需求的请私聊",
        "the GP is online this afternoon, anyone who needs a repeat prescription please DM the "
        "doctor",
        "转发：区卫健委核酸采样点名单 请有需要的居民就近前往",
        "Fwd: list of fever clinics in the district, please go to the nearest one if unwell",
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(FAMILIES_151_154))
def test_each_family_of_rounds_151_154_asks_for_its_category(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize("text", texts(NO_ORDER_151_154))
def test_look_alikes_of_rounds_151_154_place_no_order(text: str) -> None:
    check_no_order(text)
