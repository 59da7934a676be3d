"""Orders by family: each family's asks in zh and en, and the look-alikes that ask for nothing."""

import pytest

from domain.understanding import Category, Kind, understand
from tests.support.families import cases, check_no_order, check_order, texts

FAMILIES: dict[str, list[tuple[str, Category]]] = {
    "a need passed on for a neighbour or a parent": [
        ("帮隔壁的孙爷爷问一下 他想要一箱牛奶和一点水果 17号602", Category.GROCERIES),
        ("我是志愿者 替9幢1单元的独居老人报个需求 要硝苯地平缓释片两盒", Category.MEDICINE),
        (
            "5-2-604 asked me to pass on that she needs more of her thyroid tablets. Can the "
            "pharmacy volunteers sort it?",
            Category.MEDICINE,
        ),
        (
            "My dad needs his dialysis transport sorted for Mon/Wed/Fri, he's at 3-1-1102. Who "
            "do I talk to?",
            Category.MEDICAL,
        ),
    ],
    "asked in Singapore English, a need of the employer's, a notice received": [
        ("Aiyo the toilet choke again, can call plumber or not? 15-2-1203", Category.REPAIR),
        (
            "Ma'am needs her documents delivered to the juweihui office. 6-1-1802 please po",
            Category.ERRAND,
        ),
        (
            "Water bill overdue notice came, can someone pay at the property office? 9-3-101",
            Category.ERRAND,
        ),
        ("Could I join the group buy for veggies? Just a small bag. 16-2-1102", Category.GROCERIES),
    ],
    "the writer's own ask under a quoted notice or a forward": [
        (
            "「物业：明天上午统一检修电梯」\n顺便问一下 我家卫生间灯也坏了 能一起修吗 10-2-1001",
            Category.REPAIR,
        ),
        (
            "【转发】我妈（8栋302）让我在群里问一下 能不能帮她买点菜 青菜豆腐都行",
            Category.GROCERIES,
        ),
        ("【转发】楼下垃圾桶满了好几天 没人清 都溢出来了 能不能安排人清理一下", Category.GARBAGE),
        ("「团长：本周蔬菜包还剩5份」\n给我留一份 9-1-601", Category.GROCERIES),
    ],
    "a share of a group buy taken, goods got from the buy, no buy offered": [
        ("8-1-702 我跟一份团购的猪肉 五花两斤 帮忙记一下", Category.GROCERIES),
        ("Joining the egg group buy, two trays please, 7-2-1101", Category.GROCERIES),
        ("May we get on the fruit group buy? four of us here. 6-2-1001", Category.GROCERIES),
        (
            "Would whoever's running the group buy add a bag of flour and some eggs for 903?",
            Category.GROCERIES,
        ),
        ("any bread left in the group buy? we'd like 3 loaves if so, 2-2-301", Category.GROCERIES),
        ("is there a fruit box going this week? put us down for two, 9-1-1203", Category.GROCERIES),
        (
            "The group buy veggies went off in the heat, can someone take them down? 4-1-602",
            Category.GARBAGE,
        ),
        (
            "Rubbish pickup for 3-2-501 please, and the cardboard boxes from the group buy",
            Category.GARBAGE,
        ),
    ],
    "a notice answered by a household that names its flat": [
        ("回复居委会通知：5-2-803 需要配降压药 氨氯地平两盒", Category.MEDICINE),
        ("按物业通知报一下 12-1-604 两袋垃圾放门口了 麻烦收一下", Category.GARBAGE),
        (
            "Replying to the committee notice: 4-1-1202 needs eggs, milk and a bag of rice",
            Category.GROCERIES,
        ),
        (
            "As per the property notice, 9-3-502 kitchen tap is leaking, please send someone",
            Category.REPAIR,
        ),
    ],
    "the writer's own ask beside a screenshot or a photo tag, no notice": [
        ("【截图】快递显示已签收 但门岗没有 能不能请志愿者帮我问一下 6-1-402", Category.ERRAND),
        ("【图片】燃气费欠费停气了 谁能帮忙在网上交一下 8-2-1101", Category.ERRAND),
        ("【照片】厨房水管接口一直滴水 能找师傅来修一下吗 3-1-702", Category.REPAIR),
    ],
    "a floor lead relays a household's need, named by its room": [
        ("楼栋长：802的王阿姨说家里降压药快没了 能不能帮忙配两盒", Category.MEDICINE),
        ("楼道长：1506的住户说有个合同要寄给公司 能不能哪位志愿者送到快递站", Category.ERRAND),
        (
            "Floor lead: the grandma in 1203 says her toilet is blocked, can someone send a "
            "plumber",
            Category.REPAIR,
        ),
    ],
    "joining a group buy: asked to sign up, or a household's line under it": [
        (
            "May we sign up for the fruit group buy? 2 boxes of oranges for 3-2-702",
            Category.GROCERIES,
        ),
        ("re the milk group buy: 12-1-503 wants 3 boxes", Category.GROCERIES),
    ],
    "a carer asked to drop in and look someone over": [
        (
            "Dr Lin, could you drop by to look at my mum's swollen ankle sometime? 3-2-402",
            Category.MEDICAL,
        ),
        ("王医生 能不能上来一趟看看我爸的伤口 5-1-301", Category.MEDICAL),
    ],
    "a paper to go out asked for a hospital visit": [
        ("老公下周二透析 医院排好了 能给开个出门证吗 6-2-1101", Category.MEDICAL),
        ("透析病人要按时去医院 请问怎么申请外出 我爸下周一", Category.MEDICAL),
        ("我妈周五要去医院复查 能申请外出吗 8-1-602", Category.MEDICAL),
        ("化疗的车后天什么时候到 我爸后天一早要去 3-2-501", Category.MEDICAL),
    ],
    "the ask, not the goods named in thanks for an earlier delivery": [
        (
            "我爸的降压药快没了 能不能帮忙问问药店有没有 有的话买一盒 对了感谢前天送菜的志愿者 "
            "3-1-402",
            Category.MEDICINE,
        ),
        (
            "Could someone check if the pharmacy has any insulin pens? thanks for the veggies "
            "yesterday, 5-2-301",
            Category.MEDICINE,
        ),
    ],
    "a reply under a quoted rubbish round: missed it, rubbish still out": [
        ("> 明早八点收厨余垃圾\n没赶上 门口还有两袋 能不能再收一次 6-1-902", Category.GARBAGE),
        (
            "> Rubbish collection at 9 today\nI missed the truck, one bag still at my door, could "
            "someone come back? 3-2-1101",
            Category.GARBAGE,
        ),
    ],
    "rubbish named by what it held": [
        ("家里用过的尿不湿和护理垫攒了一大包 能帮忙拿下去吗 12-2-702", Category.GARBAGE),
        ("用完的胰岛素针头攒了一盒 该怎么扔 能有人来收吗 4-1-1502", Category.GARBAGE),
        ("抗原检测的医疗废物 装好袋了 放门口 谁来拿一下 12-1-1101", Category.GARBAGE),
        (
            "Please pick up the used antigen test kits I bagged up, in the hallway. 8-2-303",
            Category.GARBAGE,
        ),
        ("帮我扔一下奶粉罐 3-1-201", Category.GARBAGE),
        (
            "Used syringes in a sealed bag outside 5-1-302, could a volunteer carry them "
            "downstairs?",
            Category.GARBAGE,
        ),
    ],
    "food gone bad or used nappies, bagged to go down: rubbish, not shopping": [
        ("停电两天 冰箱里的肉全臭了 门口那袋麻烦拿下去 味太大招苍蝇 3-1-702", Category.GARBAGE),
        (
            "the meat went off in the outage, bag's outside 4-2-1101, could it go today?",
            Category.GARBAGE,
        ),
        ("宝宝的尿不湿攒了好几包 门口放着 有味道了 麻烦收一下 6-2-301", Category.GARBAGE),
        (
            "soiled nappies piling up, could someone take the bin bag down? 2-1-905",
            Category.GARBAGE,
        ),
        (
            "collection didn't come again, cat ripped the bags open, rice everywhere, could "
            "someone grab the 2 bags outside 7-1-1203",
            Category.GARBAGE,
        ),
    ],
    "rubbish piling in the corridor, asked to be cleared all at once": [
        ("楼道里的垃圾堆了好几天 臭得很 能不能统一清走 5-2-401", Category.GARBAGE),
        (
            "rubbish has sat in our corridor for days and stinks, can someone clear it all at "
            "once?",
            Category.GARBAGE,
        ),
    ],
    "a choice or a fault asked beside an ask of one's own: still the order": [
        ("家里没水了 是停水还是我家的问题 能来看下吗 6-3-1102", Category.REPAIR),
        ("抽油烟机是不是坏了 能帮忙看看吗", Category.REPAIR),
        ("is the extractor fan broken? could someone take a look, 3-2-1101", Category.REPAIR),
    ],
    "an ask after a long complaint that one's own group-buy order failed": [
        (
            "团购的单又被取消了 烦死了 这个app真难用\n谁去超市的话帮我带点水果和卫生纸 3-2-1401",
            Category.GROCERIES,
        ),
        (
            "Hi all, long time lurker. Our group-buy order got cancelled again and I'm done with "
            "this app.\nAnyway if anyone's going to the shop could you grab us bread and eggs? "
            "5-1-702",
            Category.GROCERIES,
        ),
    ],
    "sparks whose breaker is pulled": [
        (
            "插座刚才冒了一下火花 那一路都没电 总闸我已经拉了 能派电工来看下吗 14-1-1401",
            Category.REPAIR,
        ),
    ],
    "the thing checked or bought sets the category": [
        ("Tap water is brown, anyone else? Can property check our pipe, 5-1-1801", Category.REPAIR),
        (
            "Can someone get atta 10kg and toor dal for 12-1-1503? the store delivers",
            Category.GROCERIES,
        ),
        ("Please buy Tiger balm and salonpas patches for Lola. 3-2-205", Category.MEDICINE),
    ],
    "a chance or a visit asked for in colloquial English": [
        ("Any chance of a nappy run? Size 4 Pampers, Bldg 3 Unit 2 #1101", Category.GROCERIES),
        (
            "water heater at 9-3-1502 has packed it in 🥶 can maintenance pop round?",
            Category.REPAIR,
        ),
    ],
    "an errand asked of whoever passes": [
        ("谁下楼顺路带上来", Category.ERRAND),
        ("谁顺路帮我把快递拎上来 在驿站 5-1-702", Category.ERRAND),
        ("could a volunteer bring them up?", Category.ERRAND),
        ("Could someone bring it up to 1-1-1102?", Category.ERRAND),
        ("Any volunteer free to grab my parcel", Category.ERRAND),
        ("anyone around to pick up my package from the gate? 5-1-302", Category.ERRAND),
        ("谁能帮我送下去", Category.ERRAND),
        ("谁能帮我送下去 两袋垃圾都满了 22-2-1801", Category.GARBAGE),
        (
            "Is anyone going down? a box of food for me is at the north gate, 12-1-802",
            Category.ERRAND,
        ),
        ("团购的菜到楼下了 老人拿不动 麻烦帮忙搬上楼", Category.ERRAND),
        ("Milk from the milk station has arrived, could someone bring it up?", Category.ERRAND),
        ("Could one of the volunteers carry it up for me? It's at the lobby.", Category.ERRAND),
        ("Anybody free to fetch my groceries from the gate? 6-2-501", Category.ERRAND),
        ("Someone going down? my parcel is at the guard house, 5-502", Category.ERRAND),
        ("有人下楼吗 我的外卖在门口 帮忙带上来", Category.ERRAND),
        ("anyone heading downstairs? my JD parcel is at the guard booth, 3-1-601", Category.ERRAND),
        ("My package reached main gate, anybody can help to bring? 11-1-1601", Category.ERRAND),
    ],
    "things to collect": [
        ("快递纸箱堆了一屋子 有人收吗", Category.GARBAGE),
        ("有没有志愿者上来收垃圾 12楼 已经放门口了", Category.GARBAGE),
        ("旧衣服两大袋 有人收吗 3-402", Category.GARBAGE),
        ("抗原用完的试剂盒要单独装吗 装好了 能不能来收一下", Category.GARBAGE),
        ("used test kits in a bag outside, can someone collect them?", Category.GARBAGE),
    ],
    "a group buy asked for, or joined": [
        (
            "Anyone organizing a group buy for bread? Need 2 loaves for Room 1502",
            Category.GROCERIES,
        ),
        ("is there a group buy for vegetables this week? 11-3-401", Category.GROCERIES),
        ("Any group buy for cat food? my cat has 2 days left", Category.GROCERIES),
        ("Anyone doing a group buy for cold medicine? 3 of us are coughing", Category.MEDICINE),
        ("大米 食用油 有没有团的 来一份 B座1502", Category.GROCERIES),
        ("有没有人开团买水果 我要两份", Category.GROCERIES),
        ("add me to the veg group buy please, 2 bags of potatoes. 7-3-101", Category.GROCERIES),
    ],
    "goods asked for in few words": [
        ("Cat food anyone? my kitty has 2 days left", Category.GROCERIES),
        ("Hello, can I order kimchi from the mart? 1 box each. 16-1-2301", Category.GROCERIES),
        ("Kindly arrange 5kg atta and 2kg dal for 13-1-1102", Category.GROCERIES),
        ("Any volunteer can buy for me 1 bread and 6 eggs? Room 1208 Bldg 3", Category.GROCERIES),
        ("Kindly arrange a doctor visit for my mother, fever 37.8 and cough", Category.MEDICAL),
    ],
    "goods named with a count and the flat, no asking word": [
        ("华法林2.5mg 一盒 12幢1单元1202", Category.MEDICINE),
        ("阿司匹林肠溶片 100mg 3盒 2号楼1单元302", Category.MEDICINE),
        ("二甲双胍缓释片 0.5g 两盒 7-1-301", Category.MEDICINE),
        ("豆腐两块 葱一把 2幢202", Category.GROCERIES),
        ("卫生巾 日用夜用各一包 B座2205 谢谢姐妹们", Category.GROCERIES),
        ("18-2-1701 蔬菜包x2 肉包x1", Category.GROCERIES),
        ("Panadol 500mg x2 boxes, rm 1405", Category.MEDICINE),
        ("2 loaves of bread, 1 carton of milk, rm 1203", Category.GROCERIES),
        # the count after a brand, a strength or who it is for
        ("奶粉 飞鹤星飞帆3段 2罐 急 13-1-1302", Category.GROCERIES),
        ("纸尿裤 帮宝适 XL码 两包 5-2-302", Category.GROCERIES),
        ("Amlodipine 5mg, 2 boxes. Bldg 4 Unit 2 #801", Category.MEDICINE),
        ("Formula - Aptamil stage 1, 2 tins. Bldg 12 Unit 3 #602", Category.GROCERIES),
        ("Cough syrup + Lianhua Qingwen, 1 box each. 11-3-704", Category.MEDICINE),
        ("Eye drops for my dad - artificial tears, 2 bottles. unit 4 room 702", Category.MEDICINE),
        ("Metformin 500mg, 3 boxes please, 6-1-1201", Category.MEDICINE),
    ],
    "goods running low, a routine refill, or any brand will do": [
        (
            "Nitroglycerin tablets - Dad's usual refill, running low, no rush. 15-1-1202",
            Category.MEDICINE,
        ),
        ("Rice is getting low, 2-2-301", Category.GROCERIES),
        ("Cat litter and dry cat food, any brand 😅 1101", Category.GROCERIES),
        ("猫砂 猫粮 随便什么牌子 都行 6-1-202", Category.GROCERIES),
        ("Usual prescription of dad's insulin pens, no hurry. 8-1-1001", Category.MEDICINE),
        ("按月开的降糖药 2-1-502", Category.MEDICINE),
    ],
    "a visit asked for when it suits": [
        (
            "社区医生方便的时候来一趟吗 我爸血压一直偏高 160/100 没别的不舒服 5-1-1001",
            Category.MEDICAL,
        ),
        (
            "Is it possible for the community doctor to come check on my mother? She's had a "
            "rash for 3 days, not urgent. 5-2-1003",
            Category.MEDICAL,
        ),
        ("物业师傅方便的时候能来看看厨房水龙头吗 一直滴水 3-1-502", Category.REPAIR),
    ],
    "a family doctor asked to call": [
        ("请问家庭医生能上门看看我爸吗 他咳了一周 8-1-202", Category.MEDICAL),
    ],
    "a hospital visit to get to: a car needed, or a slip asked with 不": [
        (
            "dad's chemo is on Thursday at the cancer hospital, how would he get there?",
            Category.MEDICAL,
        ),
        ("我妈要去医院复查 能帮忙开个出门条不 5-2-301", Category.MEDICAL),
        ("我妈透析完要回医院复诊 下周二 能申请出门吗 需要派车 4-2-101", Category.MEDICAL),
        ("下周要去医院复查 顺便开点药 需要安排车 1-1-302", Category.MEDICAL),
    ],
    "goods carried to another household or left with the guard": [
        ("能帮忙把一袋橘子送到4-1-502我婆婆家吗 我放门口", Category.ERRAND),
        ("麻烦把这箱苹果送到6栋302我妈家 放我家门口了", Category.ERRAND),
        (
            "Could a volunteer bring up the box of vegetables my sister left with the guard? "
            "14-2-901",
            Category.ERRAND,
        ),
    ],
    "goods named beside the flat and little else": [
        ("益生菌和蒙脱石散 宝宝拉肚子 16-1-601", Category.MEDICINE),
        ("牛奶 鸡蛋 3-2-501", Category.GROCERIES),
        ("nappies and wipes, Room 1203", Category.GROCERIES),
        (
            "low-salt crackers, plain yoghurt, and a bag of apples please 8-2-1101",
            Category.GROCERIES,
        ),
    ],
    "goods beside the flat with when they are for and thanks": [
        ("鸡蛋挂面 明天中午要用 4-2-502 辛苦了", Category.GROCERIES),
    ],
    "a need told with a flat, asked of whoever goes": [
        (
            "Last pack of noodles gone, 4-1-302, would love some rice if anyone's heading out",
            Category.GROCERIES,
        ),
        ("if somebody's doing a shop, we'd love a bag of apples. 8-2-201", Category.GROCERIES),
    ],
    "a pasted chain of households and goods": [
        ("接龙 明早买菜\n1 3-1-201 土豆两斤\n2 老李 鸡蛋一板", Category.GROCERIES),
        ("团购 药店代买\n李阿姨 感冒灵\n5-2-301 布洛芬一盒", Category.MEDICINE),
    ],
    "an ask typed in pinyin": [
        ("bang wo mai liang he ji dan xie xie 2-2-202", Category.GROCERIES),
    ],
    "a chain line under the goods' name": [
        ("猪肉接龙 19. 2栋501 2斤", Category.GROCERIES),
        ("牛肉接龙 7. 5栋302 1斤", Category.GROCERIES),
        ("草莓接龙 12、3-1-502 两盒", Category.GROCERIES),
        ("鸡蛋接龙 5) 6幢1201 一板", Category.GROCERIES),
    ],
    "goods, their kind and a count, with thanks": [
        ("卫生巾 夜用 两包 谢谢姐妹们 6-2-1402", Category.GROCERIES),
        ("卫生纸 四层的 两提 谢谢 3-2-801", Category.GROCERIES),
        ("牛奶 纯牛奶 一箱 谢谢大家 7-1-602", Category.GROCERIES),
    ],
    "goods asked to be delivered (can I get)": [
        ("Can I get 1 box of milk and 1 tray of eggs delivered to 10-1-801?", Category.GROCERIES),
        ("Could I get 2 bags of rice delivered to 5-2-301?", Category.GROCERIES),
        ("Can we get a box of apples brought up to 8-1-1101 please", Category.GROCERIES),
        ("any chance of getting nappies size 4? down to the last few. 5-1-201", Category.GROCERIES),
    ],
    "counselling booked": [
        ("想预约一下心理咨询 最近睡不好 很焦虑 12-1-901", Category.MEDICAL),
        ("想约个心理咨询师聊聊 压力太大 5-3-202", Category.MEDICAL),
        (
            "Could someone help me book a counselling session? Been really anxious, 4-1-301",
            Category.MEDICAL,
        ),
    ],
    "a dentist or a clinic to arrange, in pain": [
        ("牙疼得厉害 脸都肿了 能不能帮忙联系口腔医院看一下", Category.MEDICAL),
        ("智齿发炎 半边脸肿了 疼得睡不着 想约个牙医 7-1-402", Category.MEDICAL),
        ("孩子牙疼得直哭 脸也肿了 谁能帮忙联系一下牙科", Category.MEDICAL),
        (
            "Bad toothache, my cheek is swollen, can someone help me book a dentist?",
            Category.MEDICAL,
        ),
    ],
    "rubbish counted by the bag, put out already or named beside the flat": [
        ("厨余垃圾一袋 已放门口 三号楼一单元601", Category.GARBAGE),
        ("两袋垃圾 已经放门口了 2-1-302", Category.GARBAGE),
        ("其他垃圾两袋 已放门外 5栋2单元301", Category.GARBAGE),
        ("3 bags of trash at 5-1-702 thanks", Category.GARBAGE),
        ("厨余垃圾 6-2-301", Category.GARBAGE),
        ("麻烦叫人收下垃圾 门口三袋了 6-1-302", Category.GARBAGE),
        ("3 large bags of rubbish outside 9-1-1202", Category.GARBAGE),
    ],
    "rubbish left out or waiting, told without an asking word": [
        ("Left two bags of rubbish outside room 902, whenever someone's around", Category.GARBAGE),
        ("Nappy bag outside 1-3-502, can it go down today?", Category.GARBAGE),
        (
            "Who does the rubbish for Block C? we have a few bags waiting at C-1101",
            Category.GARBAGE,
        ),
        (
            "We have a bag of used swabs at 6-2-1001, is the medical waste round on?",
            Category.GARBAGE,
        ),
    ],
    "rubbish uncollected, piled by the bag, or rotting": [
        ("the bins on our floor haven't been collected since Friday, 4-2-903", Category.GARBAGE),
        ("宝宝的纸尿裤堆了满满一袋 能不能来拿走 2-1-601", Category.GARBAGE),
        ("果皮菜叶再不收就要烂了 8-1-302", Category.GARBAGE),
    ],
    "rubbish asked for tersely, said twice for urgency": [
        ("倒垃圾倒垃圾 3-1-402", Category.GARBAGE),
    ],
    "an old piece of furniture to carry away": [
        ("家里有个破柜子 麻烦帮忙搬走 2-3-401", Category.GARBAGE),
    ],
    "an errand named in Chinese in an English ask": [
        (
            "Can someone help 买菜 for 6-1-302? Not good with the group-buy app, just need veggies",
            Category.GROCERIES,
        ),
        ("Could someone help 取快递 for 3-2-1101? I can't go down", Category.ERRAND),
        ("anyone can help 买药 for 7-1-501? need ibuprofen", Category.MEDICINE),
    ],
    "out of food, asking where to get it": [
        (
            "Hi all, new here. Where can I get vegetables? We have nothing left, Unit 2 Room 802",
            Category.GROCERIES,
        ),
        ("Where can we buy rice? Ran out yesterday, family of 4, 5-1-203", Category.GROCERIES),
        ("哪里能买到菜 家里断粮了 5-1-302", Category.GROCERIES),
    ],
    "a joint purchase asked for": [
        ("米面油都快没了 能不能帮忙统一采购一下 我家是8-2-603", Category.GROCERIES),
        ("油盐酱醋都快用完了 能不能帮忙统一买一下 6-1-101", Category.GROCERIES),
    ],
    "medicine asked after, to keep (a reading beside it)": [
        ("布洛芬有吗 孩子有点低烧 37.8 想备一点 3-2-1204", Category.MEDICINE),
        ("退烧药有吗 宝宝38.2 想备着 2-2-302", Category.MEDICINE),
        ("酒精有没有 想备一瓶 3-3-303", Category.GROCERIES),
    ],
    "a chain joined with a flat and a count": [
        ("23. 3幢2单元501 两箱", Category.GROCERIES),
        ("5、12栋1203 一份", Category.GROCERIES),
        ("接龙 草莓 5-2-801 3盒", Category.GROCERIES),
        ("接龙 +1 11-2-404 猪肉套餐一份 鸡蛋一板", Category.GROCERIES),
    ],
    "a parcel's pickup code": [
        (
            "parcel from JD at east gate, name Kim, code 8842, rm 2207 bldg 5, thank you!",
            Category.ERRAND,
        ),
        ("快递在驿站 取件码 3-2-8812 5-1-702", Category.ERRAND),
    ],
    "goods asked of neighbours with 有没有": [
        ("经期肚子疼得厉害 有没有布洛芬", Category.MEDICINE),
        ("有没有退烧药 孩子烧到38.5", Category.MEDICINE),
        ("有没有抗原", Category.MEDICINE),
    ],
    "a count delivered": [
        ("送两桶水到1号楼1202 谢谢", Category.GROCERIES),
    ],
    "a bill to pay": [
        ("My phone's out of credit, could anyone top it up 30 yuan? number in DM", Category.ERRAND),
        ("家里宽带到期了 断网了 谁能帮忙交一下网费", Category.ERRAND),
        ("燃气卡没钱了 打不着火 谁能帮忙缴一下燃气费", Category.ERRAND),
        ("pay the electricity bill for us? 5-1-702", Category.ERRAND),
    ],
    "a fault told without asking": [
        ("help! my toilet is overflowing water everywhere", Category.REPAIR),
        ("电梯停在12楼不动了 里面没人 物业来看下", Category.REPAIR),
        ("抽油烟机是不是坏了 能帮忙看看吗", Category.REPAIR),
        ("Window handle broke and the window won't shut. 14-2-1602", Category.REPAIR),
        ("Fridge died, any neighbour good with repairs? 8-1-703", Category.REPAIR),
        ("AC not cooling since morning, kindly send technician 8-2-1802", Category.REPAIR),
        ("家里停电了 就我们一家 其他家都有电 3-2-1501", Category.REPAIR),
        ("我家突然停电了 别人家都有电 5-1-601", Category.REPAIR),
        ("Light in the kitchen sparks, could someone from property check it?", Category.REPAIR),
        ("The hallway light keeps flickering and the switch is dead, 3-1-402", Category.REPAIR),
        (
            "water is coming through the kitchen ceiling from the flat above, 3-2-702",
            Category.REPAIR,
        ),
        ("洗衣机不排水了 卫生间一地水 3-1-502", Category.REPAIR),
        ("厨房下水道返味 还冒水 6-2-301", Category.REPAIR),
    ],
    "a fixture running on": [
        ("卫生间马桶老是漏 哗哗响一晚上 7-2-1501", Category.REPAIR),
        ("厨房龙头一直滴 关不紧 5-1-301", Category.REPAIR),
    ],
    "a door that sticks": [
        ("阳台推拉门卡死了 拉不开 C座803", Category.REPAIR),
        ("卧室门把手拧不动了 孩子被关在里面 6-2-301", Category.REPAIR),
        ("Our balcony door is jammed shut, can't get it open, 4-2-702", Category.REPAIR),
        ("the sliding door won't budge at all, 9-1-1203", Category.REPAIR),
    ],
    "neighbours who have the goods asked after, out of food": [
        ("有米的邻居吗 我家快没米下锅了 可以转钱给你 17-2-401", Category.GROCERIES),
        ("有酱油的邻居吗 借一点 3-2-501", Category.GROCERIES),
        ("有布洛芬的邻居吗 孩子发烧 5-1-302", Category.MEDICINE),
        ("我家没米下锅了 谁能帮忙买点 6-2-201", Category.GROCERIES),
        ("有没得人团豆瓣酱和折耳根 我屋头断顿了 6栋", Category.GROCERIES),
        ("有没得人团点鸡蛋 屋头断顿了 8栋", Category.GROCERIES),
    ],
    "goods asked for by someone who offers to pay": [
        (
            "Ran out of coffee. anyone have a spare bag of beans? 3-2-901, will pay",
            Category.GROCERIES,
        ),
        ("Out of tea. anyone have a spare box? 2-1-301, will pay", Category.GROCERIES),
    ],
    "rubbish that smells, or medical waste bagged": [
        (
            "Kitchen waste is starting to smell lol, pickup whenever you can 🙏 Rm 504",
            Category.GARBAGE,
        ),
        (
            "Used antigen kits + masks bagged separately outside 902, medical waste pls",
            Category.GARBAGE,
        ),
        ("用完的抗原和口罩装好袋了 什么时候可以来收走 6-1-1202", Category.GARBAGE),
        ("用过的抗原都装进黄色袋子了 麻烦来收一下 2-2-301", Category.GARBAGE),
        ("could the rubbish crew stop by 6-1-1202, two bags of used test kits", Category.GARBAGE),
    ],
    "goods to buy, one of them": [
        (
            "急死了 孩子的网课平板充电器坏了 谁能帮忙买个typec充电头 幺栋三单元五零二",
            Category.GROCERIES,
        ),
        ("麻烦帮买个充电器 手机快没电了 9-1-101", Category.GROCERIES),
    ],
    "a medicine begged for by name, with a fever": [
        ("求退烧药！！烧到38.6 浑身疼 4-1-501", Category.MEDICINE),
    ],
    "a chain joined on a labelled or numbered line": [
        ("菜团接龙 第37 ：12-1-203 土豆3斤 西红柿2斤 黄瓜2根", Category.GROCERIES),
        ("水果接龙 第12 :3-2-501 苹果2斤", Category.GROCERIES),
        ("【接龙】冻品套餐 168元/份\n42. 6号楼 李 1份", Category.GROCERIES),
        ("【接龙】猪肉 35元/斤\n7. 3号楼 王 2斤", Category.GROCERIES),
    ],
    "things put out, asked to be collected (passive)": [
        (
            "Our used test kits and masks are bagged up outside 4-2-301, can they be collected "
            "today?",
            Category.GARBAGE,
        ),
        ("Two bags of rubbish outside 3-1-201, can they be picked up today?", Category.GARBAGE),
    ],
    "a meter or card to top up (an errand, not a repair), before the cut it brings or not": [
        ("家里电卡没钱了 明天就要停电 谁能帮去充一下 9号楼1单元1002", Category.ERRAND),
        ("水卡没钱了 明天就要停水 谁能帮忙充一下 5-1-101", Category.ERRAND),
        ("电表嘀嘀叫 说余额不足 哪位帮忙充一百 15-1-1601", Category.ERRAND),
        ("水卡没钱了 谁方便帮我充50块 3-2-402", Category.ERRAND),
        ("gas card balance is almost zero, can someone recharge it for me?", Category.ERRAND),
        ("electricity nearly out, any volunteer able to add credit to the meter?", Category.ERRAND),
        ("need the gas card topped up, 100 yuan please", Category.ERRAND),
    ],
    "something waiting below for someone who cannot go down": [
        ("我孙子寄来的东西在大门口。我腿脚不好下不去。16栋。", Category.ERRAND),
        ("快递在门卫 我腿脚不好下不去 8栋", Category.ERRAND),
        ("My parcel is at the gate but I can't go down, 4-2-1101", Category.ERRAND),
    ],
    "things handed over to someone": [
        ("我在大门口放了给我妈的一袋东西 麻烦志愿者送到15号楼302 她一个人住", Category.ERRAND),
        ("门卫那有我给爸爸的一箱东西 麻烦送到3栋201", Category.ERRAND),
    ],
    "a counsellor or a follow-up visit asked after": [
        (
            "Is there a counsellor available? My teenage son hasn't left his room in days and "
            "barely talks. 4-1-1502",
            Category.MEDICAL,
        ),
        (
            "Is there a therapist available? my wife has been crying for days, 3-2-1201",
            Category.MEDICAL,
        ),
        ("阿妈要覆诊 睇医生拎药 点样先可以出去 C座1102", Category.MEDICAL),
        ("老豆要覆诊 点样先可以出去 B座1203", Category.MEDICAL),
    ],
    "a visit of one's own that is due, with the way out asked for": [
        ("我老婆下周二约了产检 怎么出去 有没有车 4-2-1201", Category.MEDICAL),
        ("我爸明天要去医院复查 有没有车送一下", Category.MEDICAL),
        ("孩子该打预防针了 社区能安排吗", Category.MEDICAL),
    ],
    "rubbish put out or named, then collection asked for": [
        ("厨余垃圾已经放门口了 下午能来收吗 6-1-302", Category.GARBAGE),
        ("用过的抗原和口罩装好一袋了 放门口 请收 2-2-801", Category.GARBAGE),
        ("检测完的医疗垃圾能帮忙拿下去吗 11-1-102", Category.GARBAGE),
    ],
    "a refill or an errand asked for an elder by name": [
        ("帮奶奶把社保卡拿去社区激活 7栋201", Category.ERRAND),
        ("阿爸的降压药没了 需要配药 社区能统一配吗", Category.MEDICINE),
        ("快递柜里有我的件 码是 551203 3-2-401", Category.ERRAND),
    ],
    "a fault said the Northeast way": [
        ("楼道灯不好使了 晚上黑乎乎的 5号楼2单元", Category.REPAIR),
    ],
    "rubbish there to go, said in one line": [
        ("三单元六零二 有两袋垃圾要扔", Category.GARBAGE),
    ],
    "a home visit asked for in English": [
        (
            "Would it be possible for the doctor to visit my dad? Just a cough, no rush. 2-2-1502",
            Category.MEDICAL,
        ),
    ],
    "a neighbour's need passed on, goods by the count, a collection asked in the passive": [
        (
            "On behalf of 8-2-1101 (no phone): they need ibuprofen. Anyone at the pharmacy?",
            Category.MEDICINE,
        ),
        ("团购的冻饺子还有吗 给我家来两袋", Category.GROCERIES),
        ("could the used test kits be picked up? bagged by the door 2-1-1204", Category.GARBAGE),
    ],
    "power gone in part of the flat, told the English way": [
        ("kitchen sockets are all dead and the breaker won't reset, 4-2-902", Category.REPAIR),
    ],
    "bulky rubbish asked to be removed from the door": [
        ("please remove the old cartons and cans outside 2-1-903", Category.GARBAGE),
        ("麻烦把门口的纸箱和瓶子清走 1602", Category.GARBAGE),
    ],
    "a message headed by the service it asks for, as on a form": [
        ("Parcel pickup for 8-2-1101, JD order 5531", Category.ERRAND),
        ("milk station collection for room 1203", Category.ERRAND),
        ("Medicine request: metformin and amlodipine for my dad, 3-2-1101", Category.MEDICINE),
        ("Grocery list: eggs, tofu, spinach. 5-2-703", Category.GROCERIES),
        ("配药清单：二甲双胍 两盒 3-1-402", Category.MEDICINE),
    ],
    "a fault told without asking, or with someone sent for": [
        ("Kitchen window has a crack, cold air coming in, 4-1-702", Category.REPAIR),
        ("balcony window cracked in the storm, rain getting in, 6-2-301", Category.REPAIR),
        ("厨房窗户玻璃裂了 风往里灌 3-2-1501", Category.REPAIR),
        (
            "Power keeps tripping when the heater is on, pls send an electrician 5-1-802",
            Category.REPAIR,
        ),
        (
            "circuit tripping whenever the oven is on, please send someone, 2-2-1801",
            Category.REPAIR,
        ),
        ("一用电磁炉就跳闸 麻烦派个电工 9-1-601", Category.REPAIR),
    ],
    "goods asked of a group buy someone may run, or one joined in broken English": [
        (
            "bread, eggs and yogurt if someone is organising a group buy, 7-1-1202",
            Category.GROCERIES,
        ),
        ("Hi 团长, I also join the meat 团购, 2 share for 4-1-1101", Category.GROCERIES),
        ("Is possible to get some yogurt and bread? 8-1-1502", Category.GROCERIES),
    ],
    "where to buy it, then whoever goes out asked to bring it": [
        (
            "Where can I find kimchi? If anyone going to the market, I need one jar please, "
            "5-2-301",
            Category.GROCERIES,
        ),
        ("哪里能买到牛肉 谁要是去超市帮我带一斤 3-1-1201", Category.GROCERIES),
    ],
    "a need reported for a neighbour who cannot order": [
        ("楼下大爷不会网上下单 我帮他报一下 6-1-201 要挂面 鸡蛋", Category.GROCERIES),
    ],
    "a visit asked by when it can be, the way to a due visit, who arranges the ride": [
        ("伤口要拆线了 社区护士哪天能上门一趟 8-2-302", Category.MEDICAL),
        ("医生什么时候方便来看看 老人褥疮换药 7-1-301", Category.MEDICAL),
        ("我妈下周二要去复查 怎么办手续 5-1-1102", Category.MEDICAL),
        ("奶奶手术后要拆线 医院约的下周一 怎么出去 2-2-401", Category.MEDICAL),
        ("孩子复查B超约的15号上午10点 要怎么出去 6-1-902", Category.MEDICAL),
        (
            "how can we get our daughter's 12-month shots done? they're two weeks late, 5-1-301",
            Category.MEDICAL,
        ),
        (
            "Dad has chemo every Tuesday, who should I call to arrange a car? 9-2-1401",
            Category.MEDICAL,
        ),
        ("每周三透析 接送的车找谁安排 12-1-302", Category.MEDICAL),
    ],
    "the drug asked for, not the food eaten nor the helper asked": [
        (
            "Need some Gaviscon, heartburn after eating fried chicken and chips, 3-1-1102",
            Category.MEDICINE,
        ),
        ("吃了团购的海鲜 肚子疼 谁能帮忙买点蒙脱石散 6-2-501", Category.MEDICINE),
        ("降压药快吃完了 有没有志愿者能去医院帮忙开一下 5-2-302", Category.MEDICINE),
    ],
    "papers or a card carried, a visit arranged": [
        ("爸爸的病历在我这 能帮忙送到他家吗 明天要去医院复查 3-2-702", Category.ERRAND),
        (
            "Could someone take my mum's insurance card to her flat 4-1-1203? She needs it for "
            "her prescription",
            Category.ERRAND,
        ),
        (
            "Can someone bring my insurance card to the pharmacy and buy my inhaler? 3-1-201",
            Category.MEDICINE,
        ),
        ("爸爸每月要去医院复查拿药 这个月能帮忙预约一下吗 9-1-1001", Category.MEDICAL),
    ],
    "the swab brought home for someone who cannot queue or climb stairs": [
        ("奶奶瘫在床上 下不了楼 明天的核酸能不能上门 3-2-702", Category.MEDICAL),
        ("Mum is bedridden, can you put us down for home sampling? 6-1-1102", Category.MEDICAL),
        (
            "He's in a wheelchair and the lift is broken, could the swab team come up? 2-2-903",
            Category.MEDICAL,
        ),
        ("谁下楼帮我把填好的登记表交给网格员 放在门口了", Category.ERRAND),
        ("垃圾 5-1-1203 麻烦了", Category.GARBAGE),
    ],
    "a baby's supplies, medicine and check-ups": [
        ("Bonjela or any teething gel please, 8mo old, 3-1-602", Category.MEDICINE),
        ("帮忙买两个冰袋和一个奶瓶刷 7-2-301", Category.GROCERIES),
        ("Sterilising tablets for baby bottles please, Bldg 4 #902", Category.GROCERIES),
        ("Need Enfamil stage 2, whatever size they have. 9-1-1501", Category.GROCERIES),
        ("门口两袋尿不湿 已经臭了 麻烦收一下 5-2-401", Category.GARBAGE),
        ("Nappies in a bag by our door, starting to stink, 12-1-203", Category.GARBAGE),
        ("宝宝要复查 医生让下周去医院验血 8栋1单元502", Category.MEDICAL),
        (
            "Her 4-month jabs are due, could we arrange a ride to the clinic? 3-3-1101",
            Category.MEDICAL,
        ),
    ],
    "a medical device broken and a repair asked, a drug named for pickup": [
        ("家里的制氧机报故障了 一直响 能派人来修修吗 3-2-801", Category.REPAIR),
        (
            "Dad's oxygen concentrator stopped working properly, it keeps beeping. He's okay on "
            "the tank for now. Could someone repair it? 4-1-1203",
            Category.REPAIR,
        ),
        ("Can anyone collect Sinemet from the pharmacy for my mum? 7-2-402", Category.MEDICINE),
        ("谁能帮忙去药房拿一下美多芭 老爷子帕金森 5-1-301", Category.MEDICINE),
        ("精神科的药快吃完了 能帮约个网上复诊开药吗 6-3-1102", Category.MEDICAL),
    ],
    "a fault of the flat told without asking": [
        ("我家突然停水了 隔壁都有水 12-1-503", Category.REPAIR),
        ("Kitchen fuse has blown again, no lights in there. 3-2-1204", Category.REPAIR),
        ("客厅保险丝烧了 灯都不亮 7-1-402", Category.REPAIR),
        (
            "The bathroom tap won't shut off, it's been dripping since last night. 6-1-203",
            Category.REPAIR,
        ),
    ],
    "goods counted out each, added to a group buy, bags left for the round": [
        ("全麦面包 牛奶 各要两袋 9-1-1002", Category.GROCERIES),
        (
            "Could we add a bag of rice and some apples to the group buy? 3-2-501",
            Category.GROCERIES,
        ),
        ("能再加两斤苹果到明天的团购里吗 7-1-302", Category.GROCERIES),
        ("two rubbish bags at 7-2-301 for when you're on your round", Category.GARBAGE),
    ],
    "rubbish still at the door, told after a pause": [
        ("那个 垃圾。。。还在门口。。。👀 17-1-102", Category.GARBAGE),
        ("垃圾……还在门口 3-2-301", Category.GARBAGE),
        ("我家垃圾。。。依然放在门外 都两天了 5-1-702", Category.GARBAGE),
    ],
    "goods asked to be had added to a group buy, a relative's share claimed": [
        (
            "could i get 5kg of dog kibble added to the next group buy? she's allergic. 2201",
            Category.GROCERIES,
        ),
        (
            "could we have two bags of rice added to tomorrow's group buy? 6-2-301",
            Category.GROCERIES,
        ),
        ("团菜还有名额吗 给我奶奶那户也报一份 2-2-202", Category.GROCERIES),
        ("外婆家的菜也没了 帮我外婆那户也算一份 3-1-402", Category.GROCERIES),
    ],
    "an ointment named by what it soothes": [
        ("脚上长冻疮了 谁能帮忙带一支冻疮药 6-2-401", Category.MEDICINE),
        ("湿疹又犯了 湿疹膏用完了 麻烦帮买一支 9-1-1203", Category.MEDICINE),
        (
            "could someone grab a tube of burn gel? splashed hot oil on my arm. 7-1-603",
            Category.MEDICINE,
        ),
        ("Need some chilblain cream for grandpa, his toes are swollen. 3-2-902", Category.MEDICINE),
    ],
    "something to keep warm, bought in a shop": [
        ("家里太冷了 能帮忙买两个暖水袋吗 8-1-502", Category.GROCERIES),
        ("麻烦帮带一条电热毯 单人的就行 5-2-1101", Category.GROCERIES),
        (
            "Could someone buy a couple of hand warmers and a heated blanket? 12-1-301",
            Category.GROCERIES,
        ),
    ],
    "waste asked of the volunteers by role, or sealed from a positive household": [
        ("Could the volunteers take our empty boxes down too? 6-1-1702", Category.GARBAGE),
        (
            "can the volunteers collect the sealed bags at our door? we tested positive. 3-1-204",
            Category.GARBAGE,
        ),
    ],
    "a bill named by what it pays for": [
        ("取暖费还没交 能帮忙代缴一下吗 3-2-501", Category.ERRAND),
        ("Could someone pay our heating bill at the property office? 7-1-902", Category.ERRAND),
    ],
    "a service cut for an unpaid bill, the payment asked further on": [
        (
            "宽带欠费断了 我是聋人 断网了跟外面只能靠这个群 有人能帮交一下吗 13栋1103",
            Category.ERRAND,
        ),
        ("家里网欠费停了 孩子上网课 谁能帮缴一下 6-1-502", Category.ERRAND),
        # no bill named: the line cut is a fault to mend
        ("宽带断了 有人能帮看一下吗 13栋1103", Category.REPAIR),
    ],
    "a volunteer asked by role to carry a delivery up": [
        ("我在12楼 快递员说放一楼大厅了 哪位志愿者帮拎上来 很重 是一箱水", Category.ERRAND),
        ("快递到楼下了 哪位邻居帮我搬上来 东西太重 9楼", Category.ERRAND),
    ],
    "an order or parcel waiting at the gate, what is in it aside, carried up": [
        (
            "My JD order (thermal underwear lol) is sitting at the gate, can anyone bring it up? "
            "7-1-802",
            Category.ERRAND,
        ),
        (
            "parcel from my mom (frozen dumplings!! 🥟) is at the east gate, can anyone run it up? "
            "9-1-1001",
            Category.ERRAND,
        ),
        (
            "My Taobao order (a rice cooker) is sitting at the gate, could someone bring it up? "
            "3-1-402",
            Category.ERRAND,
        ),
        # goods bought, then run up: still shopping
        (
            "can someone buy dumplings at the gate shop and run them up? 9-1-1001",
            Category.GROCERIES,
        ),
    ],
    "the doctor asked to look or booked, a swab or a tube only why": [
        ("核酸采样的时候棉签捅得太深 喉咙疼了两天了 能找医生看一下吗 14-2-801", Category.MEDICAL),
        ("奶奶的导尿管该换了 麻烦医生约个时间哈 辛苦辛苦🙏", Category.MEDICAL),
        ("孩子拉肚子 吃了药还不好 能找医生看一下吗 5-2-301", Category.MEDICAL),
        (
            "Grandpa's catheter is due a change, could the doctor book a time? 3-1-101",
            Category.MEDICAL,
        ),
        # the tube itself bought: still medicine
        ("导尿管用完了 帮买两根 医生说要常换 5-1-201", Category.MEDICINE),
    ],
    "a cream for bedsores, fetched or bought": [
        (
            "could someone pick up the bedsore cream the community doctor prescribed? already "
            "paid, it's at the clinic pharmacy under Chen. 1-1-1101",
            Category.MEDICINE,
        ),
        ("can someone pick up the pressure sore cream for my mum? 2-1-501", Category.MEDICINE),
        ("需要褥疮膏 帮买一支 5-2-301", Category.MEDICINE),
    ],
    "straws to drink lying down, someone lifted, no lift": [
        (
            "anyone have spare straws? the bendy kind. my wife can't lift her head off the pillow "
            "to drink. will pay. 13-2-502",
            Category.GROCERIES,
        ),
        ("anyone got bendy straws? dad can't sit up to drink 4-1-201", Category.GROCERIES),
        ("家里老人躺着喝水 谁有吸管 匀几根 2-2-202", Category.GROCERIES),
        # the lift itself broken: still a repair
        ("the lift is broken, can someone fix it? 13-2-502", Category.REPAIR),
    ],
    "a spray or inhaler nearly empty, told with the flat": [
        ("哮喘的喷雾快空了 沙丁胺醇 备一个 8-1-401", Category.MEDICINE),
        ("哮喘喷雾快空了 沙丁胺醇 不急 但这两天得有 7-2-402", Category.MEDICINE),
        ("孩子的布地奈德喷剂快要空了 3-2-1101", Category.MEDICINE),
        ("the ventolin inhaler is nearly empty, salbutamol, 3-1-202", Category.MEDICINE),
    ],
    "a service asked beside a warning, a rumour, one's own going down or a door visit": [
        ("我不能下楼 谁能帮我拿快递 5-1-202", Category.ERRAND),
        ("听说菜没了 谁能帮我买点 5-1-202", Category.GROCERIES),
        ("奶奶下不了楼 能上门采样吗 5-2-301", Category.MEDICAL),
        ("电热毯短路了 能来看看吗 会不会着火", Category.REPAIR),
    ],
    "a paper printed for school, the file to be sent to the helper's vx": [
        ("娃学校要交纸质作业 能帮去打印店打一下吗 文件发你vx", Category.ERRAND),
        ("孩子的练习卷要打印 谁能帮忙打一下 文件发你vx 3-1-202", Category.ERRAND),
    ],
    "a carer asked when free to come and do something, a clinic asked to fit one in": [
        ("社区医生啥时候有空 来给我妈测个血糖 她卧床下不来 15-1-1502", Category.MEDICAL),
        ("护士哪天方便 过来帮奶奶换药 3-2-101", Category.MEDICAL),
        ("宝宝该打第二针疫苗了 社区医院能排吗 8-1-1001", Category.MEDICAL),
    ],
    "a drug refilled where it is dispensed, the doctor only named": [
        ("爸爸的降糖药没了 医生开的那种 谁能帮忙去卫生院拿 2-2-302", Category.MEDICINE),
        ("妈妈的安眠药吃完了 能帮忙到社区医院开吗 6-1-201", Category.MEDICINE),
    ],
    "a lock frozen or the heating out, told": [
        ("入户门的锁冻住了 钥匙插不进 麻烦找个师傅 8-2-1101", Category.REPAIR),
        ("Our heating has been off all day, radiators freezing cold. 2-1-1203", Category.REPAIR),
        (
            "front door lock is frozen shut, key won't turn, can anyone help? 4-1-302",
            Category.REPAIR,
        ),
    ],
    "goods or a fixture asked, care told after it as the reason": [
        ("帮忙买两盒鸡蛋 我妈刚做完手术 医生说要补蛋白 5-2-301", Category.GROCERIES),
        ("谁帮忙捎一板五号电池 血糖仪没电了 3-2-1101", Category.GROCERIES),
        (
            "Any chance of getting some yogurt? Just had surgery, the nurse says I need calcium. "
            "1502",
            Category.GROCERIES,
        ),
        (
            "Could someone get me some bananas? I'm on insulin and need snacks for lows. 3-1-402",
            Category.GROCERIES,
        ),
        (
            "Lift in block 6 is out again. Dad has a hospital appointment on Monday for his "
            "dialysis. Could property repair it?",
            Category.REPAIR,
        ),
        ("电梯又停了 我妈周五要去医院复查 坐轮椅 物业能不能修一下 6栋", Category.REPAIR),
        ("烟雾报警器一直在叫 是没电了 能不能帮忙换个电池 4-402", Category.REPAIR),
    ],
    "papers from the hospital fetched or carried": [
        ("化验报告出来了 在医院门诊楼 能帮忙取一下吗 5-1-702", Category.ERRAND),
        ("我妈的出院记录要交给社区医生 谁能帮忙送过去 3-2-401", Category.ERRAND),
        ("Could someone collect my dad's test reports from the clinic? 8-1-1101", Category.ERRAND),
        (
            "Can anyone drop my mum's medical records off at the dialysis centre? 2-2-203",
            Category.ERRAND,
        ),
        ("要去医院拿检查报告 顺便复诊 能派个车吗", Category.MEDICAL),
    ],
    "a prescription waiting at the hospital, its drug unnamed or unknown": [
        ("肿瘤科给开的镇痛贴已经开好了 麻烦去医院取一下 7-2-602", Category.MEDICINE),
        ("化疗科开了处方 在医院那边 谁能帮忙去拿一下 12-1-401", Category.MEDICINE),
        (
            "The oncologist prescribed something for her nausea after chemo, could someone pick "
            "it up from the hospital pharmacy? 9-2-501",
            Category.MEDICINE,
        ),
    ],
    "a dose to be set by the doctor, a device waiting downstairs to carry up": [
        ("血压一直偏高 想让家庭医生帮忙调整一下降压药的用量 3-1-502", Category.MEDICAL),
        (
            "Could the community doctor adjust Dad's insulin dose? Sugars high all week. 4-2-301",
            Category.MEDICAL,
        ),
        ("网上买的血压计到门卫了 谁能帮忙拿上来 5-2-1001", Category.ERRAND),
        (
            "The oxygen concentrator was delivered to the lobby, too heavy for me, could someone "
            "bring it up? 6-1-1201",
            Category.ERRAND,
        ),
        ("医院开的制氧机坏了 能帮忙修一下吗 3-1-101", Category.REPAIR),
    ],
    "the round's time asked beside rubbish piled, a fault of one's own asked when": [
        ("几点收垃圾啊 我家门口堆了三袋了 能不能先来拿 3-1-402", Category.GARBAGE),
        ("厨房水管又漏水了 什么时候能修好 5-2-601", Category.REPAIR),
    ],
    "a light gone out that the writer cannot change": [
        ("卫生间的灯不亮了 我坐轮椅够不着换灯泡 2-1-301", Category.REPAIR),
        (
            "The hallway lamp has blown and I'm on crutches, can't change it. 4-2-1101",
            Category.REPAIR,
        ),
    ],
    "a drug written with a sound-alike character, pancreatic enzymes by name": [
        ("谁能帮忙带一盒布罗芬 孩子牙疼 6-2-301", Category.MEDICINE),
        ("胰酶肠溶胶囊快吃完了 能帮忙买两盒吗 5-3-702", Category.MEDICINE),
        (
            "My mum's pancreatin capsules are nearly gone, could someone get more? 3-1-1201",
            Category.MEDICINE,
        ),
    ],
    "a doctor or nurse asked by name to call in": [
        (
            "would Dr. Hu pop round to 6-2-502 tomorrow? dad's feet look puffier",
            Category.MEDICAL,
        ),
        ("Can Nurse Zhao stop by 11-1-402 later? the bandage needs changing", Category.MEDICAL),
        ("王医生今天能来一趟吗 老人咳得厉害 2-2-301", Category.MEDICAL),
    ],
    "asked in chat shorthand for someone (sb, some1) or a doctor (a dr)": [
        ("gas card's empty, can sb top it up for 2-1-402? will pay u back", Category.ERRAND),
        ("fridge stopped cooling, could some1 take a look 6-2-301", Category.REPAIR),
        ("dad's ankle is puffy since monday, could a dr pop up? 9-1-1102", Category.MEDICAL),
    ],
    "a parent's bill or card named before the verb, help asked for them": [
        ("帮我妈手机交一下话费 100就够 5-1-602", Category.ERRAND),
        ("帮老人家电卡充一下 快没电了 3-2-201", Category.ERRAND),
    ],
    "a car asked for a treatment of one's own household": [
        ("我爸周二周五化疗 后天要车 11-2-301", Category.MEDICAL),
        ("明早复查 得派个车 8-1-1502", Category.MEDICAL),
    ],
    "a fixture named by its short name (AC), fault told and someone asked": [
        (
            "the AC quit on us, it's like an oven in here. can maintenance come? 4-2-1101",
            Category.REPAIR,
        ),
    ],
    "food gone bad or peel left, to be thrown out, is rubbish": [
        ("变质的牛奶和烂掉的菜装了一袋 放门口了 麻烦收走 5-2-302", Category.GARBAGE),
        ("门口一堆橘子皮和瓜皮 能帮忙带下去吗 3-1-1101", Category.GARBAGE),
        ("rotten veg bagged outside 9-1-402, could someone collect it?", Category.GARBAGE),
    ],
    "a power cut or fault told as why, goods or disposal asked": [
        ("停电一天 冰箱里的菜全坏了 能帮忙扔掉吗 4-2-601", Category.GARBAGE),
        ("冰箱坏了 东西放不住 能帮买点饼干 方便面吗 7-1-302", Category.GROCERIES),
    ],
    "drinks asked for as drinks, not a remedy": [
        (
            "anyone going to the shop? need a few bottles of Gatorade for 5-1-203",
            Category.GROCERIES,
        ),
    ],
    "goods spaced out with the flat, nothing more asked": [
        ("薯片 辣条 可乐 嘴馋了 7-2-301", Category.GROCERIES),
        ("pls eggs milk bread 3-1-1502", Category.GROCERIES),
    ],
    "a rubbish bag told waiting outside the door": [
        ("bags outside 6-2-101 when you pass by, just recycling", Category.GARBAGE),
    ],
    "an order placed already, held up at the gate, to be brought up": [
        (
            "our grocery order is sitting at the north gate, could someone bring it up? 5-1-802",
            Category.ERRAND,
        ),
    ],
    "joining a group buy already running, or goods added to it": [
        ("could we still join the fruit 团购? 1 box for 6-1-201", Category.GROCERIES),
        ("please add one box of milk to the group buy for 3-3-301", Category.GROCERIES),
        ("有人团纸巾吗 我也拼一个 9-2-502", Category.GROCERIES),
    ],
    "rubbish put out front for whoever takes it, told with thanks": [
        ("Rubbish out front of 2-1-603, three bags, thanks whoever grabs it", Category.GARBAGE),
        (
            "We put our recycling out, bottles and tins - cheers to whoever collects, 8-402",
            Category.GARBAGE,
        ),
        ("门口的厨余放了两天了 臭死了 有没人可以来拿走 5-2-301", Category.GARBAGE),
    ],
    "rubbish put out by one who cannot take it down alone": [
        ("我妈腿脚不好 自己拿不下去 厨余放门口了 6栋1单元502", Category.GARBAGE),
        ("老人自己拿不动 两袋垃圾放在门外了 3-2-1101 谢谢", Category.GARBAGE),
    ],
    "the round asked after while one's own rubbish piles up": [
        ("请问明天能来收垃圾吗 门口堆了好几袋 7-1-602", Category.GARBAGE),
        ("今天还收垃圾吗 门外一堆了 都有味了 902", Category.GARBAGE),
    ],
    "a household put down on a group buy": [
        ("Add us to the fruit group buy please - one box of apples, 4-2-801", Category.GROCERIES),
        ("Milk group-buy: put us down for 3 cartons, C-702", Category.GROCERIES),
        ("Egg group buy, count us in for 2 trays. 9-1-304", Category.GROCERIES),
    ],
    "a card or meter to be topped up, told by its need": [
        (
            "Gas card needs topping up, only 3 units left - anyone able to help? 4-1-702",
            Category.ERRAND,
        ),
        ("Water card is nearly empty and needs topping up, 6-2-301", Category.ERRAND),
    ],
    "things left at a relative's home, brought over": [
        ("孩子的作业本忘在奶奶家了 奶奶住隔壁楼 谁能帮忙拿过来 3-1-502", Category.ERRAND),
        ("我的充电器落在我姐家了 她就在12号楼 能帮忙带过来吗 7-2-801", Category.ERRAND),
    ],
    "a locksmith or a tradesman named by the trade": [
        ("钥匙断在锁里了 门打不开 能找个开锁的来吗 8-1-1201", Category.REPAIR),
        ("老人把自己反锁在屋里了 钥匙找不到 能找开锁师傅吗 4-2-601", Category.REPAIR),
        (
            "Locked out, key snapped in the lock - can someone get a locksmith? 5-1-302",
            Category.REPAIR,
        ),
    ],
    "a remedy named by what it soothes, bought": [
        ("脚气犯了 能帮我买支治脚气的药膏吗 2-2-402", Category.MEDICINE),
        ("孩子被蚊子咬了好多包 帮忙买瓶止痒药水 6-1-1103", Category.MEDICINE),
    ],
    "a device's charger to be fetched, not a pill": [
        (
            "Left my tablet charger at the front gate with security, could someone bring it "
            "up to 3-1-1102?",
            Category.ERRAND,
        ),
    ],
    "a nurse asked to do a procedure at home": [
        (
            "Could someone arrange for a nurse to change the dressing on mum's leg ulcer? 5-2-801",
            Category.MEDICAL,
        ),
        ("我爸的尿管该换了 能不能安排护士上门帮忙换一下 7-1-302", Category.MEDICAL),
    ],
    "waste named by where it came from, to be taken away": [
        (
            "Yellow waste bag from our nucleic acid swabs is by the door of 5-1-302, "
            "please take it away",
            Category.GARBAGE,
        ),
    ],
    "an awaited delivery asked after, the fetching asked too": [
        ("快递到了吗 到了麻烦帮我从驿站拿上来 6-2-1101", Category.ERRAND),
    ],
    "everyday asks typed in pinyin: running out, a top-up, a drain, a lift, rubbish": [
        ("da mi kuai chi wan le, neng bu neng bang wo mai yi dai, 5-2-301", Category.GROCERIES),
        ("wo ba de jiang ya yao mei le, shei neng bang mang mai yi he, 3-1-702", Category.MEDICINE),
        ("dian fei mei le, shei neng bang mang chong 100, 4-2-1101", Category.ERRAND),
        ("ma tong du le, shui pai bu chu qu, 6-2-402", Category.REPAIR),
        (
            "wo lao po shi yun fu, xia zhou yao qu chan jian, neng an pai che ma 9-1-301",
            Category.MEDICAL,
        ),
        (
            "la ji dai fang men kou le, shei neng bang mang reng yi xia, 12 dong 2 dan yuan 801",
            Category.GARBAGE,
        ),
    ],
    "a share of a group buy asked for": [
        ("酸奶谁在团 帮我带两份 5-1-101", Category.GROCERIES),
        ("鸡蛋没了 谁在团 带我一份 4-1-302", Category.GROCERIES),
        ("can I buy a box of milk from the group buy? 3-3-303", Category.GROCERIES),
        ("Could we get two trays of eggs via the group buy? 6-1-1201", Category.GROCERIES),
    ],
    "a message headed as a request, in the form's English": [
        ("Request for plumber: kitchen sink blocked since yesterday. 4-1-302", Category.REPAIR),
        ("Requesting a nurse visit for my mother's dressing, 7-2-101", Category.MEDICAL),
        (
            "Request to collect two bags of rubbish at the door. Bldg 5 Unit 1 Room 302.",
            Category.GARBAGE,
        ),
    ],
    "a cistern or tap running on, a plumber asked": [
        (
            "the toilet keeps flushing by itself and the water bill is going up, pls send someone "
            "5-2-902",
            Category.REPAIR,
        ),
        ("bathroom tap dripping non stop, pls fix 3-1-401", Category.REPAIR),
    ],
    "a carer bid to come if it suits, without a question mark": [
        ("护士方便的话来一趟 老人要换药 6-2-301", Category.MEDICAL),
        ("家庭医生方便的话过来看看 我妈血压一直下不来 不急 8-1-1102", Category.MEDICAL),
    ],
    "a letter or parcel sent off, a thing taken back: an errand": [
        ("麻烦帮我把这个包裹寄出去 单子填好了 2-1-602", Category.ERRAND),
        ("could someone return two library books for me? 5-2-1103", Category.ERRAND),
    ],
    "a pipe dripping told without asking": [
        (
            "the kitchen pipe is dripping into a bowl, getting worse each day. 7-1-402",
            Category.REPAIR,
        ),
    ],
    "goods left at the wrong flat, someone asked to bring them on": [
        (
            "I left my parcel outside 5-1-202 by mistake, can someone bring it to 5-1-302?",
            Category.ERRAND,
        ),
    ],
    "goods asked by the count of their packs, if any are left": [
        ("牛奶还有货的话来两箱 7-2-501", Category.GROCERIES),
        ("苹果有的话来两斤 老人想吃 5-1-1001", Category.GROCERIES),
    ],
    "the rubbish round asked after, one's own waiting by the door": [
        ("has the rubbish round been yet? mine's outside the door, 6-1-302", Category.GARBAGE),
        ("Is the trash pickup still on today? Ours is at the door, 9-2-1202", Category.GARBAGE),
    ],
    "who is going to the shop asked, with one's own need told": [
        ("请问哪位志愿者今天去超市 我家米快吃完了 3-2-601", Category.GROCERIES),
        ("麻烦问下明天有人去药店吗 我爸的降压药只剩一天了 7-1-302", Category.MEDICINE),
    ],
    "a terse service with a plea's emoji": [
        ("收垃圾🙏🙏 3-1-201", Category.GARBAGE),
        ("取快递🙏 12-2-501", Category.ERRAND),
    ],
    "the last few of a medicine or of goods counted, without asking": [
        ("Asthma inhaler, Ventolin, only one left. 4-2-701", Category.MEDICINE),
        ("baby formula, we have 2 tins left 3-1-1102", Category.GROCERIES),
        ("Blood pressure pills, amlodipine, got two left. Block 5 unit 2 #302", Category.MEDICINE),
    ],
    "a medicine or goods nearly gone, or a day or so of them left, without asking": [
        (
            "my mum's ventolin inhaler is nearly empty, she's ok for now but nervous. 5-2-301",
            Category.MEDICINE,
        ),
        ("dad's eye drops are almost empty, he's fine otherwise. 7-1-1103", Category.MEDICINE),
        ("Formula!! Aptamil stage 1, we have maybe one day left. B座 1703", Category.GROCERIES),
        ("纸尿裤 we have one day left. 3-2-502", Category.GROCERIES),
        ("Mum's insulin runs out Friday, NovoRapid pens, 4-2-1001", Category.MEDICINE),
        ("grandpa's heart pills run out on Monday, 6-1-502", Category.MEDICINE),
    ],
    "a power cut or a sparking socket handed to the property staff to check": [
        (
            "No power in 5-1-302 since noon, other flats are fine. Could the property office "
            "check?",
            Category.REPAIR,
        ),
        (
            "no electricity in my flat since last night, can the electrician come check? 3-2-601",
            Category.REPAIR,
        ),
        (
            "The plug by the bed gives a spark and smells burnt, please send electrician to check. "
            "7-2-1101",
            Category.REPAIR,
        ),
        ("家里没电了 别人家都有 能让物业来检查一下吗 5-2-702", Category.REPAIR),
    ],
    "rubbish waiting days told, its collection asked": [
        ("厨余已经放了两天了 能今天收走吗 3-1-502", Category.GARBAGE),
        ("垃圾已经放了三天 今天能收走吗 7-2-1101", Category.GARBAGE),
        (
            "kitchen waste has been sitting out for two days, can someone collect? 3-1-502",
            Category.GARBAGE,
        ),
    ],
    "when the collection comes asked, one's own bag full": [
        ("医废袋满了 啥时候来收 5-2-301", Category.GARBAGE),
        ("厨余桶满了 啥时来拿走 6-1-702", Category.GARBAGE),
        (
            "the medical waste bag is full, when will someone come to collect it? 3-2-1001",
            Category.GARBAGE,
        ),
    ],
    "a flat and its rubbish, with thanks, the flat in words or digits": [
        ("二单元八零二 垃圾 谢谢", Category.GARBAGE),
        ("3栋1202 厨余 辛苦了", Category.GARBAGE),
        ("5-1-302 rubbish, thanks", Category.GARBAGE),
    ],
    "a pipe or hose told leaking": [
        ("洗衣机排水管漏了 八栋二单元三零一", Category.REPAIR),
        ("厨房下水管又漏了 5-2-402", Category.REPAIR),
        ("the washing machine drain hose is leaking, 8-2-301", Category.REPAIR),
    ],
    "goods asked of whoever runs the group buy, to add to it": [
        (
            "Can anyone add 2 cartons of milk to tomorrow's group buy for me? Room 1104",
            Category.GROCERIES,
        ),
        ("could someone add a bag of rice to the group buy for 5-2-301?", Category.GROCERIES),
        ("能再加两斤苹果到明天的团购里吗 7-1-302", Category.GROCERIES),
    ],
    "a carer asked whether they can come and do something for someone": [
        ("社区医生明天能来给3-1-301的老人换一下尿管吗", Category.MEDICAL),
        ("护士可以上门帮我妈打针吗 5-2-1101", Category.MEDICAL),
        ("Could the nurse come and change grandpa's dressing tomorrow? 3-1-301", Category.MEDICAL),
    ],
    "a booking asked, for oneself or on someone's behalf": [
        ("代7-2-801的刘爷爷约一下透析车 周一三五早上7点", Category.MEDICAL),
        ("帮我妈约个复诊 下周二 3-2-502", Category.MEDICAL),
        (
            "Is it possible to book a hospital appointment for my dad's follow-up? Bldg 15 #801",
            Category.MEDICAL,
        ),
    ],
    "a carer wished for to come and see someone, relayed or the writer's own": [
        (
            "Relaying for 8-3-302: they'd like a doctor to check the baby's rash, 37.2",
            Category.MEDICAL,
        ),
        ("we'd like the community nurse to visit mum this week, 5-2-301", Category.MEDICAL),
        ("8-3-302的邻居托我说 想请医生来看看孩子的疹子", Category.MEDICAL),
    ],
    "papers to take somewhere, the one they are for unable to go": [
        ("有份退休证明要送到居委会盖章 老人自己去不了 12-3-1502", Category.ERRAND),
        ("户口本要交到街道办 我妈本人去不了 5-1-602", Category.ERRAND),
        (
            "Mum's pension form has to go to the committee office for a stamp, "
            "she can't go herself. 12-3-1502",
            Category.ERRAND,
        ),
    ],
    "a refill told by how long it must last, the card left at the door": [
        ("二号楼一单元四零三 李大爷的降压药 要配一个月的 医保卡放门口了", Category.MEDICINE),
        ("我爸的二甲双胍要配两个月的 卡放门口了 5-2-301", Category.MEDICINE),
        (
            "Dad's blood pressure pills, need a month's refill, his card is at the door. 2-1-403",
            Category.MEDICINE,
        ),
    ],
    "boxes emptied of parcels, asked taken down": [
        ("麻烦志愿者把我门口的纸箱带下去 快递箱太多了 A座902", Category.GARBAGE),
        ("门口一堆快递盒 能帮忙拿下去吗 5-2-301", Category.GARBAGE),
        ("could someone take the cardboard boxes by my door down? 6-1-1202", Category.GARBAGE),
    ],
    "a need to ask someone to act, or spare goods asked for": [
        ("need to ask someone to buy rice for me 3-1-201", Category.GROCERIES),
        ("anyone have extra masks? need some for 3-1-201", Category.GROCERIES),
    ],
    "an ask after a message withdrawn, a shortage asked for": [
        ("please ignore my last message, I need 2 bags of rice 3-1-201", Category.GROCERIES),
        ("狗粮只剩两天的了 能帮忙买一袋吗 3-1-201", Category.GROCERIES),
    ],
    "a visit to book told in English, the way out asked in Chinese": [
        ("Need to book a 复诊 at 华山医院 for my knee, 可以申请出去吗? 3-3-1003", Category.MEDICAL),
        ("booked a 产检 at 妇幼 next Tuesday, 能申请出门吗? 5-1-302", Category.MEDICAL),
    ],
    "the doctor greeted as doc, asked to come by": [
        ("Hi doc 👋 could you swing by 16-3-1602 sometime today? rash on my arm", Category.MEDICAL),
        ("hey doc, could you pop round to 5-2-301 today? mum's cough is worse", Category.MEDICAL),
        (
            "Please can the doc call round to 3-2-1402, my nan's ankles are swelling",
            Category.MEDICAL,
        ),
    ],
    "a remedy asked, the food that hurt told before it": [
        ("炸东西被油溅了 手背红了一小块 想买支烫伤膏 6栋702", Category.MEDICINE),
        ("煮面被开水烫了一下 帮忙买支烫伤膏 3-1-502", Category.MEDICINE),
        (
            "I got splashed by oil frying fish, could someone buy me a burn cream? 6-702",
            Category.MEDICINE,
        ),
    ],
    "food gone bad, its rubbish begged collected": [
        ("鱼内脏臭了 求收垃圾🙏 六栋二单元九零二", Category.GARBAGE),
        ("剩菜都馊了 麻烦收一下垃圾 3-1-201", Category.GARBAGE),
    ],
    "papers wanted left at an office": [
        (
            "Need my prescription paperwork dropped at the neighbourhood committee by 5pm. 2-3-601",
            Category.ERRAND,
        ),
        (
            "Need my insurance paperwork dropped at the committee office today, 5-1-302",
            Category.ERRAND,
        ),
    ],
    "a fixture smelling burnt, switched off, a tradesman asked to check": [
        (
            "The bathroom exhaust fan was giving off a burning smell so I switched it off at "
            "the breaker. Can an electrician check it? 11-1-1201",
            Category.REPAIR,
        ),
        (
            "kitchen extractor fan smells of burning, turned it off, can maintenance have a "
            "look? 4-2-602",
            Category.REPAIR,
        ),
    ],
    "a window that will not shut in a spraying, a lift fault asked fixed, rice carried up asked": [
        ("窗户关不上了 消杀的味道进来了 能来修吗 3-1-201", Category.REPAIR),
        (
            "disinfecting downstairs but my window won't close, can someone fix it? 3-1-201",
            Category.REPAIR,
        ),
        ("电梯又坏了 我真的会谢 能不能快点修 5-1-302", Category.REPAIR),
        (
            "could someone carry 2 bags of rice up to 1502? I can't manage the stairs",
            Category.GROCERIES,
        ),
    ],
    "a fault of one's own asked to be fixed, beside the look-alikes of advice and checks": [
        ("只有我家停电了 别人家都有电 能来看看吗 3-2-901", Category.REPAIR),
        ("No hot water in 12-2-801 since morning, can someone check the heater?", Category.REPAIR),
        ("燃气灶打不着火 能找师傅来修一下吗 6-1-302", Category.REPAIR),
        (
            "Power's out in 5-1-302, or is it just us? Can someone check the breaker",
            Category.REPAIR,
        ),
        ("别人家也停水了吗 我家一滴水都没有 能找师傅来看看吗 3-1-702", Category.REPAIR),
        (
            "The lift got stuck again and it's still stuck, can someone call the repair guy?",
            Category.REPAIR,
        ),
    ],
    "a share of a group buy asked by a newcomer not yet in the chain": [
        ("刚搬来的 还没进接龙 水果团购能不能给我多加一份 5栋1单元302", Category.GROCERIES),
        ("鸡蛋团购能给我加一份吗 我还没接上龙 接龙里没我 8-2-601", Category.GROCERIES),
    ],
    "medicines listed first, the flat last, a small ailment told between": [
        ("止泻药 口服补液盐 吃坏肚子了 跑了好几趟厕所 6-1-702", Category.MEDICINE),
        ("碘伏 棉签 创可贴 切菜划了个口子 不要紧 3栋1单元502", Category.MEDICINE),
        (
            "Bandages, antiseptic wipes - cut my hand in the dark, it's minor. 4-2-1101",
            Category.MEDICINE,
        ),
    ],
    "power back for the building but not for the flat: a fault of one's own": [
        ("整栋楼都来电了 只有我们家还黑着 6-1-903", Category.REPAIR),
        ("电闸合上去就跳 合了好几次 7-2-402", Category.REPAIR),
    ],
    "spoken short: a pack asked with no count, rubbish told at the door by the flat": [
        ("买盒连花清瘟 再来瓶酒精 谢谢 三号楼二零四", Category.MEDICINE),
        ("再来箱牛奶 5-1-302", Category.GROCERIES),
        ("厨余 7栋1单元 1102 门口 麻烦了", Category.GARBAGE),
        ("Kitchen waste bag waiting outside my door, 12-1-1101", Category.GARBAGE),
    ],
    "in a power cut, what is asked names the category, not the fault told as why": [
        ("冰箱停电 胰岛素怕是坏了 能不能帮忙买两支来得时 5-2-1103", Category.MEDICINE),
        (
            "Fridge died in the outage, insulin may be spoiled, can someone buy me 2 pens of "
            "Novorapid? 3-1-402",
            Category.MEDICINE,
        ),
        ("停电冰箱里的肉全臭了 装了两大袋 谁能帮忙拎下去 腿脚不便 6-1-1502", Category.GARBAGE),
        ("谁去超市的话帮我带个应急灯 停电太黑了 钱我转你 8-1-302", Category.GROCERIES),
        ("能帮忙买一袋冰块吗 冰箱不制冷 药要冷着 9-2-301", Category.GROCERIES),
    ],
    "a place offered or a rule told to all, beside an ask for one's own": [
        ("冰箱停电了 胰岛素能帮忙拿去别人家冷藏一下吗 7-1-602", Category.MEDICINE),
        ("垃圾放门口了 麻烦下午收一下 5-2-602", Category.GARBAGE),
    ],
    "a visit asked beside whether to worry": [
        ("头晕好几天了 不要紧的话 能请医生上门看看吗 5-1-302", Category.MEDICAL),
        (
            "dizzy for days, not sure if serious, could the community doctor come by? 3-2-702",
            Category.MEDICAL,
        ),
    ],
    "a registration form filled in with the household's room": [
        (
            "【代办登记】房号：3-1-702 代办事项：去营业厅交话费 联系电话：138xxxx1234",
            Category.ERRAND,
        ),
        ("【物资需求登记】\n房号：9-2-601\n物品：鸡蛋一板 挂面两包", Category.GROCERIES),
        ("【配药登记】\n姓名：李\n房号：5-1-302\n药品名称：硝苯地平 2盒", Category.MEDICINE),
        ("【报修登记】房号：3-2-501 报修内容：厨房水龙头漏水", Category.REPAIR),
        (
            "[Medicine request form]\nFlat: 7-2-1101\nMedicine: amlodipine 5mg x2\n"
            "Urgent: this week",
            Category.MEDICINE,
        ),
    ],
    "goods wanted loosely: whichever there is, any of them, would love some, 求购": [
        ("感冒药 布洛芬 有啥买啥 7-2-601", Category.MEDICINE),
        ("酸奶 牛奶 哪个牌子都行 都可以 3-1-1102", Category.GROCERIES),
        ("求购暖手宝一个 家里太冷了 5-2-301", Category.GROCERIES),
        ("Would love some fresh fruit, anything in season. Bldg 4 #902", Category.GROCERIES),
        ("Any chance of milk and bread for room 1205? thanks", Category.GROCERIES),
    ],
    "the last one reached": [
        ("Inhaler for my son, Ventolin, down to his last one. 6-1-403", Category.MEDICINE),
        ("down to our last roll of toilet paper, 2-2-801", Category.GROCERIES),
    ],
    "a carer's visit requested or asked possible": [
        ("is it possible for a nurse to come change dad's catheter? 5-2-301", Category.MEDICAL),
        ("please book a home visit for my dad, 3-1-402", Category.MEDICAL),
        ("我妈腿脚不便 想request a home visit from the doctor 8-1-302", Category.MEDICAL),
    ],
    "a fault told beside one set right before, or beside a battery: still the repair": [
        ("空调修过一次 已经好了 今天又坏了 能再来看看吗 3-2-501", Category.REPAIR),
        (
            "The smoke alarm keeps chirping even with a new battery, can someone check it? 4-1-602",
            Category.REPAIR,
        ),
        ("我家钥匙丢了 进不去门 能找个开锁师傅吗 5-1-302", Category.REPAIR),
        ("大家好 我家水管冻裂了 能找师傅来修吗 7-2-401", Category.REPAIR),
        ("大家帮帮忙 谁能把我家的垃圾带下去 3-1-502", Category.GARBAGE),
    ],
    "a terse ask beside a room in Chinese numerals": [
        ("倒垃圾 16幢二单元一零零二 谢谢", Category.GARBAGE),
        ("倒垃圾 三号楼二单元六零二", Category.GARBAGE),
        ("trash pickup, bldg 16 unit 2 rm 1002, thanks", Category.GARBAGE),
    ],
    "a bag by the stairwell door: the place, not the door to mend": [
        ("楼道门口那袋是1-2-502的 麻烦带下去一下", Category.GARBAGE),
        (
            "the bag by the stairwell door is 3-1-502's, could someone take it down?",
            Category.GARBAGE,
        ),
        ("楼道门坏了 关不上 能修吗 3-1-502", Category.REPAIR),
        ("the stairwell door won't close, can someone fix it? 3-1-502", Category.REPAIR),
    ],
    "goods asked beside a doctor's word or a door": [
        ("医生开的中药方子 能帮我去药店抓一下吗 3-1-502", Category.MEDICINE),
        ("We need 2 bags of rice at 5-1-302, could a volunteer bring them up?", Category.GROCERIES),
    ],
    "a need asked for someone who asked the writer to ask": [
        (
            "隔壁老奶奶不会用手机 托我问一下 她的退休金卡要去银行激活 有没有人能帮她代办 8-1-102",
            Category.ERRAND,
        ),
        (
            "The old man next door has no phone, he asked me to ask: could someone take his bank "
            "card to get activated? 8-1-102",
            Category.ERRAND,
        ),
    ],
    "the writer's own words under a forward opened by a dash, or an English reply's quote": [
        (
            "[转发] 物业通知：今晚8点检修电梯\n"
            "——顺便问下 我家阳台那个插座冒过火花 能一起来看看吗 4-2-1301",
            Category.REPAIR,
        ),
        (
            "[转发] 关于垃圾清运的通知：每天上午10点统一清运\n——都12点了 8-402的垃圾还在门口",
            Category.GARBAGE,
        ),
        (
            "[Forwarded] Notice: lift maintenance tonight at 8\n"
            "-- while you're at it, our bathroom light is broken, can someone fix it? 4-2-1301",
            Category.REPAIR,
        ),
        (
            'Replying to Property Mgmt: "report repairs here"\n'
            "water heater dead since yesterday, 9-1-201",
            Category.REPAIR,
        ),
        ("回复 @物业：有问题请报修\n热水器从昨天就不热了 5-1-302", Category.REPAIR),
    ],
    "someone from the clinic asked to the home for a procedure: care, not the device": [
        ("护士在吗 我爸导尿管该换了 能不能请社区卫生站的来家里换一下 20-1-502", Category.MEDICAL),
        (
            "could someone from the clinic come and change dad's catheter? 20-1-502",
            Category.MEDICAL,
        ),
        ("导尿管用完了 能帮忙去药店买两根吗 20-1-502", Category.MEDICINE),
    ],
    "printed results taken to the clinic: an errand": [
        (
            "need someone to drop my dad's ECG and blood test printouts at the community clinic. "
            "6-2-901",
            Category.ERRAND,
        ),
        ("能帮我把爸爸的心电图报告送到社区诊所吗 医生要看 6-2-901", Category.ERRAND),
        ("can someone drop these eggs at 5-1-302 for my mum", Category.GROCERIES),
    ],
    "a numbered list of households and their goods, uncounted": [
        (
            "Meds list for the pharmacy run:\n1. 2-201 metformin\n2. 2-402 aspirin",
            Category.MEDICINE,
        ),
        ("药店代买清单\n1. 3-201 二甲双胍\n2. 3-402 阿司匹林", Category.MEDICINE),
    ],
    "whether a group buy runs, asked with a share wanted, a need or the flat": [
        ("这周有水果团购吗 我要两箱", Category.GROCERIES),
        ("Is there a group buy for fruit this week? I'd like some", Category.GROCERIES),
        ("We're out of rice, is there a group buy for rice this week?", Category.GROCERIES),
    ],
    "a doctor named by title asked to come by": [
        (
            'Replying to Dr Liu: "any non-urgent issues?"\n'
            "my son's ear hurts, no fever. could you come by? 1206",
            Category.MEDICAL,
        ),
        ("Dr Wang, could you come by to look at my son's rash? 5-2-301", Category.MEDICAL),
        ("刘医生 孩子耳朵疼了两天 不发烧 能上来看看吗 1206", Category.MEDICAL),
        ("我是护士 医院要我交的证明在门卫那 能帮拿上来吗 9幢602", Category.ERRAND),
    ],
    "a paper to be taken somewhere, left at the door": [
        ("@志愿者 我有份材料要交到居委会 放门口了 牛皮纸袋 7幢302", Category.ERRAND),
        (
            "@volunteers a form that needs to go to the committee office, left it outside my "
            "door, 7-302",
            Category.ERRAND,
        ),
    ],
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
    "a drug counted out with no ask verb; an expired one to replace": [
        ("板蓝根颗粒来三盒 孩子嗓子疼 2-1-603", Category.MEDICINE),
        ("速效救心丸过期了 想买新的 4-2-1102", Category.MEDICINE),
        ("my ventolin inhaler expired, need a new one 6-1-402", Category.MEDICINE),
    ],
    "an ointment asked, a small burn told of oneself": [
        (
            "please get me some burn cream, burnt myself on the kettle, just a small spot 3-2-801",
            Category.MEDICINE,
        ),
    ],
    "a tradesperson asked for, a device or outage told as the reason": [
        ("跳闸了 冰箱里有胰岛素 麻烦找个电工来看看 5-3-701", Category.REPAIR),
        (
            "power's out, mum's oxygen machine is off, can you send an electrician? 2-2-903",
            Category.REPAIR,
        ),
    ],
    "a doctor asked to come or to talk to, with no ask verb": [
        ("家庭医生有空的话来给爷爷看看 腿肿了几天 不疼 3-1-702", Category.MEDICAL),
        (
            "been very low since the funeral, can I speak to a counsellor? 4-2-1101",
            Category.MEDICAL,
        ),
    ],
    "goods no term names, asked for": [
        ("蚊子太多了 麻烦帮买两盒蚊香 6-2-502", Category.GROCERIES),
        (
            "could you get us some insect repellent please, bitten all night 2-3-801",
            Category.GROCERIES,
        ),
    ],
    "what is bought names the order, a fixture or treatment told as the reason": [
        ("热水器还没修好 先帮买个电水壶烧水 7-1-303", Category.GROCERIES),
        ("妈妈做完化疗没胃口 帮买点小米和红枣 9-2-1602", Category.GROCERIES),
        (
            "the hood is broken and the pan got burnt, could someone buy me a new wok? 5-1-902",
            Category.GROCERIES,
        ),
    ],
    "medical-waste bags put at the door, their collection asked": [
        ("隔离的废物袋谁来收一下 红色袋子放门口了 4-3-1202", Category.GARBAGE),
        (
            "who collects the clinical waste? the yellow bags are outside my door now 5-1-1203",
            Category.GARBAGE,
        ),
    ],
    "a parcel below told to hold medicine, asked fetched: an errand": [
        ("包裹到驿站了 是奶奶的胰岛素 麻烦帮忙取一下 3-2-501", Category.ERRAND),
        ("快递在小区门口 里面是药 麻烦帮拿上来 6-1-702", Category.ERRAND),
        ("a parcel with my meds is at the gate, could someone grab it? 2-1-301", Category.ERRAND),
    ],
    "used masks and test kits bagged, asked collected: rubbish": [
        ("用过的口罩和抗原装了一袋 麻烦收走 3-1-201", Category.GARBAGE),
        (
            "bagged up the used masks and test kits, can someone collect them? 4-4-404",
            Category.GARBAGE,
        ),
    ],
    "a pet's own food run out, asked bought: groceries": [
        ("budgie's seed mix is finished, can someone order a bag? 3-2-101", Category.GROCERIES),
        ("兔粮吃完了 能帮买点吗 2-2-201", Category.GROCERIES),
    ],
    "a refill asked fetched, no spare at home: medicine": [
        (
            "my inhaler prescription needs refilling, I have no spare one left, could someone "
            "collect it? 3-3-301",
            Category.MEDICINE,
        ),
        ("孩子的肾上腺素笔处方要续 能帮忙去药房取一下吗 6-1-402", Category.MEDICINE),
    ],
    "chat shorthand for someone asked to buy: groceries": [
        ("can smone grab some bread for 2-1-402", Category.GROCERIES),
        ("could smone get us some bananas? rm 1502", Category.GROCERIES),
    ],
    "the writer's own ask beside a question of delivery": [
        ("药店能送药上门吗 能帮我买盒布洛芬吗 3-2-101", Category.MEDICINE),
        ("can the pharmacy deliver to the door? I need some plasters 3-1-101", Category.MEDICINE),
    ],
    "help asked, not told done": [
        ("今天能帮忙送一下菜吗 3-2-101", Category.GROCERIES),
    ],
    "the whole building's outage, goods asked for it": [
        (
            "the whole building has no water, can someone bring us water? 3-1-101",
            Category.GROCERIES,
        ),
    ],
    "medicine bought, not sent off in a parcel": [
        ("帮我买盒降压药 3-2-101", Category.MEDICINE),
    ],
    "a lack told beside the ask, no bill named": [
        ("没电了 冰箱里的肉要坏 能帮买点冰块吗 4-2-201", Category.GROCERIES),
    ],
    "the ask stands beside an either-or of where to go (能安排吗 还是要去)": [
        ("宝宝要体检 社区能安排吗 还是要去医院 3-2-101", Category.MEDICAL),
    ],
    "a need not denied, the goods asked": [
        ("anything that doesn't need a fridge please, bread, crackers 3-303", Category.GROCERIES),
    ],
    "a helper asked to carry, not told to have carried": [
        ("5-2-1301 想要一箱矿泉水 楼梯太高搬不动 麻烦志愿者帮忙送上来", Category.GROCERIES),
    ],
    "the writer's own rubbish asked taken, with the round's time": [
        ("rubbish pickup is 9am every day, can someone take mine down? 3-2-101", Category.GARBAGE),
    ],
    "a drug bought, though a doctor is named": [
        ("帮我买盒降压药 医生说血压高要加量 3-1-101", Category.MEDICINE),
    ],
    "the writer's own case asked, a flat given: the ask stands": [
        (
            "need my stitches out, can the community doctor do it or do I go to hospital? 906",
            (Category.MEDICAL),
        ),
    ],
    "help asked of the writer's own, not told done": [
        ("麻烦帮我把垃圾带下去 3-1-402", Category.GARBAGE),
    ],
    "goods to swap counted, an ask to buy": [
        ("帮我买两斤土豆 5-2-301", Category.GROCERIES),
    ],
    "goods bought while cooking, no drug named: groceries still": [
        ("我在切菜 发现没肉了 帮我买两斤肉 3-1-201", Category.GROCERIES),
    ],
    "a drug asked bought, the parcel only where it is to go": [
        ("could someone buy my inhaler and bring it up? 4-2-101", Category.MEDICINE),
    ],
    "a fixture broken, not fallen off": [
        ("卫生间的灯坏了 能找人来修一下吗 3-3-301", Category.REPAIR),
    ],
    "a thing taken somewhere on the way (谁顺路帮送一下)": [
        ("给老师的作业放门口了 谁顺路帮忙送一下 5-2-301", Category.ERRAND),
        ("钥匙在我这 谁下楼顺便送过去给602", Category.ERRAND),
    ],
    "a bill's slip or a school's letter fetched (通知单, 通知书): a thing, no notice": [
        ("燃气费通知单塞信箱里了 谁能帮我拿上来 3-1-502", Category.ERRAND),
        ("女儿的录取通知书到门卫了 麻烦谁帮忙取一下", Category.ERRAND),
    ],
    "rubbish named bare in a passive ask (can trash be collected)": [
        ("can rubbish be collected from 4-1-201 today? three bags", Category.GARBAGE),
        ("could garbage be picked up tonight, it stinks", Category.GARBAGE),
    ],
}

LOOK_ALIKES: dict[str, list[str]] = {
    "a reminder to put the rubbish out, a group buy opened, collection told done": [
        "Remember to put the bins out tonight, collection is early tomorrow",
        "Yogurt group buy opens tomorrow, sign up in the app",
        "垃圾我自己拿下去了 不用收",
        "we have two days left of quarantine, yay",
        "the lift is nearly empty at this hour",
        "the rice bag is nearly empty now, bought more yesterday",
        "they had eggs added to the group buy last week",
        "垃圾。。。我自己扔了 门口干净了 3-1-201",
        "我奶奶那户已经报了一份",
    ],
    "a thank-you for a carry already done, a room emptying, a glass nearly empty": [
        "哪位志愿者帮拎上来的 还没来得及说谢谢",
        "楼道快空了 大家都下去做核酸了",
        "my glass is nearly empty lol",
    ],
    "an advert that asks to be added on vx": [
        "低价口罩 一箱50 加vx",
        "特惠车厘子 要的联系vx",
    ],
    "a carer asked when free to talk to everyone": [
        "社区医生啥时候有空 来给大家讲讲防疫",
    ],
    "a chain opened, a notice, a counselling line asked for": [
        "猪肉接龙开始了 需要的邻居在下面接",
        "【通知】本周六统一采购 请各位在群里接龙",
        "请问心理咨询热线是多少",
        "the group-buy app is down again",
        "垃圾已经放门口了",
    ],
    "a notice to all: sign up ahead, a schedule passed on, a supply to be cut": [
        "护士下午上门打疫苗 各位有需要的提前报名",
        "Property says the lift is out till Monday, just passing it on.",
        "Gas will be shut off tomorrow 8-10am in Block 3. Please store some hot water.",
        "If you have kids at home, please post their ages here for the milk round",
    ],
    "news of someone far away, prayers asked": [
        "my uncle in wuhan is in hospital with covid, pls pray for him",
    ],
    "who ran a buy asked after, or when it closes or who is on duty": [
        "这批鸡蛋是谁团的 一半都碎了",
        "今晚还有志愿者值班吗 想问下水果团购几点截单",
        "what time does the veggie group buy close tonight?",
    ],
    "a feeling or a supposition after 我要 (要是, 饿晕了)": [
        "我要是再吃一块蛋糕就要胖成球了",
        "楼下在烤肉 香死了 我要饿晕了",
    ],
    "a parcel lost, found or opened by mistake: its owner sought": [
        "我的快递不见了 有没有人看到一个蓝色的袋子",
        "拿错快递了 一箱牛奶 写着李 谁的快来领 我在3-302",
    ],
    "done already, thanks for a loan, a fault only thought": [
        "已经把5-2-301的两袋厨余拿下去了",
        "谢谢6-1-302的邻居借我梯子🙏",
        "孩子把路由器拔了 老师以为我们断网了",
    ],
    "a group buy named, no goods asked; a doctor by name; an AC that works": [
        "please add your name to the group buy sheet by 8pm",
        "Dr. Li says: if anyone has a fever over 39, call the hotline",
        "the AC in the lobby is nice and cool today",
        "不要车 我们自己开车去复查",
    ],
    "a volunteer's status": [
        "7-2-1101 的药已经放门口了 请取一下",
        "5-2-301 的菜已经放门口了 请拿一下",
        "Your groceries are outside your door now, please collect 🙂 3-2-701",
        "Veggies for 7-2-1101 are at your door, enjoy 👍",
    ],
    "thanks to all, a child's drama over a treat": [
        "we'd love to thank all the volunteers!",
        "lol my son says life is over because we ran out of ice cream 😂",
    ],
    "a schedule question": [
        "蔬菜包明天几点到 是送上门还是自己下去拿",
        "明天的蔬菜包几点到？要下去拿还是送上来？",
        "各位邻居 今天团购的蔬菜包下午三点到 请留意群消息",
        "Who collects trash today?",
    ],
    "news of a repair or of the rubbish round asked": [
        "小区门口的路灯什么时候能修好 社区有消息没",
        "When does the garbage truck come on Sundays?",
        "Any update about the lift? when will it be working",
    ],
    "goods swallowed, not wanted": [
        "狗狗吞了一只袜子 刚刚吐出来了 没事了 吓死我了",
        "The puppy swallowed a sock, threw it up, he is fine now",
    ],
    "a result beside goods": [
        "抗原阴性 2-1-301",
        "豆腐八十块一斤 太贵了 2幢202",
    ],
    "thanks or news beside goods and the flat": [
        "大米 3-2-501 谢谢志愿者",
        "牛奶 鸡蛋 都收到了 3-2-501",
    ],
    "a delivery fetched, late or asked about": [
        "快递 取件码 6-2-3014 已经取了 谢谢",
        "鸡蛋 2-2-202 还没到",
        "anyone else's parcel delayed? mine says code 4431 but nothing at the gate",
    ],
    "fetching it oneself": [
        "Parcel arrived at gate, code 8842, I'll pick it up myself",
        "快递到了 取件码8842 我自己下去拿",
    ],
    "a passer-by told, an arrival asked about": [
        "谁出门记得戴口罩",
        "有人收到今天的物资了吗",
    ],
    "goods offered": [
        "Vegetables anyone? I bought too many",
        "Eggs anyone? I have extra",
        "Milk anyone? We have 3 extra cartons",
        "I bought extra bread, anyone who want can take from my door 602",
    ],
    "where something is, or how": [
        "小区门口有没有药店",
        "电费怎么在网上交啊？有没有教程",
        "冰箱里有没有鸡蛋我也不记得了",
    ],
    "a phone that does not answer": [
        "物业电话一直打不通 太气人了 永远占线",
    ],
    "a price complained about, residents called down, a handover thanked for": [
        "救命啊这个团购的价格 一斤葱卖二十",
        "这菜咋这么贵呢 一颗白菜二十多 抢钱啊",
        "这肉咋这么贵 一斤六十多 抢钱啊",
        "团购的鸡蛋 一板卖三十",
        "Two onions for 10 yuan? such a rip-off",
        "志愿者已到楼下 请6栋的住户下来拿菜",
        "请3栋的居民下楼领物资",
        "志愿者到了 请5号楼住户下来取菜",
        "下不去手 太可怜了",
        "有孩子的邻居都知道 这个药很苦",
        "明天上午9点到12点停电 请大家做好准备",
        # a round moved for everyone; goods received; a price
        "今天垃圾清运改到下午四点 大家四点前放门口就行",
        "核酸改到明天上午 大家八点下楼就行",
        "Aptamil stage 1 arrived, 2 tins, thanks! 12-3-602",
        "是哪家停电了 我家有电 5-1-601",
        "东西收到了 谢谢志愿者",
        "Help! I'm drowning in leftover cabbage, anyone want some? free, 4-1-203",
    ],
    "residents called down, a notice of the round, a call for volunteers": [
        "药已经到楼下了 请业主下来取一下",
        "单元长：明早七点收垃圾 请各户把垃圾放门口",
        "Lift disinfection in building 2 at 3pm, please shut your windows and doors",
        "Volunteers needed this afternoon to sort vegetables at the gate, reply if you can help",
    ],
    "thanks for what was given or done, a treat promised, a ride arranged": [
        "谢谢楼下邻居给的葱 下次请你们喝奶茶",
        "她帮我买菜 他帮我扛米 谢谢他们",
        "我爸的复查已经安排上号了 谢谢楼长",
    ],
    "a fault denied, food shared round, a contact asked for": [
        "The burning smell was from next door's cooking, property checked, no leak",
        "检查过了 没有漏水 是空调滴的水",
        "他们包了饺子 想分给楼里的老人 可以吗",
        "Does anyone have the plumber's WeChat? just to keep it",
    ],
    "advice after news from elsewhere, a plan asked for a reading": [
        "Read in the news an old man slipped in his bathroom, please put a mat in the shower for "
        "the elderly",
        "what should we do if mum's blood sugar drops at night? just want a plan",
    ],
    "a device asked about, a shift notice, a fault already reported or asked whether normal": [
        "有人会用这种血压计吗 怎么调成中文",
        "How do you switch the thermometer to Celsius? Anyone know?",
        "Night volunteers please sign in at 22:00 by the north gate",
        "今晚值班的志愿者 20:30在东门签到",
        "Lift in block 3 is stuck again, I've reported it to the office",
        "Is it normal for the boiler to bang when it starts? It works fine after",
        "the fridge hums a lot at night, it's probably the compressor, right?",
        "电表晚上会咔哒响一下 正常吗",
        "整栋楼都停电了 有人知道要停多久吗",
        "No water in the entire block, any idea when it comes back?",
        "Grandma slipped off the step stool hanging a lamp, she fell off the stool but she's fine",
        "失眠了 有没有人还没睡 聊会儿",
        "蔬菜包里有土豆 洋葱各两斤",
    ],
    "someone else's heating out, told": [
        "My neighbour says their radiators are cold too",
    ],
    "a leak or a collection told done, rubbish alone with thanks": [
        "上次水管漏了 物业很快就修好了",
        "垃圾已经放门口了",
        "垃圾 谢谢",
        "门口的垃圾已经被收走了 谢谢志愿者",
    ],
    "a spraying announced, all told to shut their windows": [
        "今晚8点楼道消杀 请关好门窗 —物业",
        "📢 晚上楼下消杀 请关好窗户",
        "Corridor disinfection at 8 tonight, please close your windows",
        "They'll be spraying the stairwell at 3pm, keep all windows shut",
    ],
    "whether the shared lift is still safe to ride": [
        "我们单元有人阳了吗? 电梯还能坐吗 有点担心",
        "楼上确诊了一个 电梯还敢坐吗",
        "someone on our floor tested positive, is it still safe to use the lift?",
    ],
    "a lift fault vented with a sarcastic thanks": [
        "电梯又坏了 下班爬18楼 我真的会谢",
        "电梯又停了 扛着菜爬楼 我会谢",
        "lift broke again, 18 floors on foot, love that for me",
    ],
    "a booking or a visit only wondered about, a carer who came": [
        "is it possible to book a covid vaccine online?",
        "医生能来给大家讲讲课就好了",
        "约了朋友下周解封后吃饭",
    ],
    "spare goods offered round, a parcel left at the wrong door told": [
        "Anyone need spare onions? I have way too many, can leave some at your door.",
        "anybody want extra eggs? bought far too many",
        "有谁家的快递放错门口了吗 我这多了一个",
        "谁家的菜送错了 我这儿多了一袋",
    ],
    "a notice headed by its theme, a condition told only so all know": [
        "防疫提醒:被猫狗抓伤咬伤后请用肥皂水冲洗15分钟 并及时接种疫苗",
        "安全提醒：用电取暖器请远离窗帘",
        "奶奶以前有癫痫，最近都没发作，药也够，只是想让大家知道一下她的情况",
        "我爸有糖尿病 药都备着 就想让邻居们知道一下",
    ],
    "information wanted: whom to ask, what one needs to know": [
        "Who's the 楼长 for Block C? need to ask about 通行证",
        "need to know when the lockdown ends, anyone heard?",
    ],
    "oil wanted after a splash, the rubbish round asked after": [
        "今天收垃圾吗",
    ],
    "the doctor thanked": [
        "Rash is gone after the cream, thanks doc 😊",
    ],
    "all asked to ignore a noise": [
        "My parrot screams 'help!' when the doorbell rings, please ignore it if you hear it lol",
        "我家鹦鹉一大早就乱叫 吵到大家了 听到了别理它",
        "the smoke alarm test will beep at 3pm, please ignore it",
    ],
    "a shortage awaiting a group buy already placed": [
        "急死了 狗粮只剩两天的了 不知道团购什么时候能到",
        "猫砂只剩一点了 团的什么时候才能到啊",
    ],
    "an ask taken back as a joke right after it": [
        "Anyone selling a second-hand yoga mat? jk, where would you even deliver it lol",
        "谁能帮我买个蛋糕? 开玩笑的 哈哈",
    ],
    "goods carried up many floors, told as a feat": [
        "Shout out to volunteer 小张, carried 20kg of rice up 15 floors today 💪 legend",
        "Carrying 40kg of rice up 18 floors, I'm literally dying 😂",
        "志愿者扛了两袋米爬了18楼 太辛苦了",
        "老公扛着一箱水上了12楼 累瘫了哈哈",
    ],
    "wishes passed on, a notice given about bills": [
        "帮忙送一下祝福 新年快乐",
        "物业通知：下周一起水费改为线上缴纳",
    ],
}


# Neither an order nor necessarily calm: the kind is left to other tests.
NO_ORDER: dict[str, list[str]] = {
    "a temperature report with a fault told beside it, nothing asked": [
        "我36.6 老婆36.8 热水器坏了 洗不了澡 5-2-701",
        "36.7 - heating's been off since last night but we're ok, Block C 902",
    ],
    "an appliance's safety asked of the group, a warning passed on, others' asked": [
        "问一下 取暖器和电热毯同时开会跳闸吗",
        "有没有人知道电热毯能开一整晚吗 会不会着火",
        "电暖器能开一整夜吗 会不会起火",
        "is it safe to leave the electric blanket on overnight?",
        "昨晚我家电热毯短路冒了点烟 已经拔了 人没事 大家用的时候注意啊",
        "我家插线板昨天冒烟了 已经换掉了 大家小心",
        "anyone else's smoke detector chirping? low battery i think. driving me insane",
        "anyone else's tap making a noise tonight?",
        "the smoke alarm in the hallway is just low battery beeping, not a fire, relax everyone 😅",
        "the alarm was just the toaster, not a fire, relax everyone",
    ],
    "a door-to-door swab waited for, told or done; those who cannot go down asked to report": [
        "行动不便的报一下 上门采样 家里有卧床老人的@我",
        "卧床老人的登记一下 明天上门采样",
        "阳性密接的那层楼 今天不下楼 在家等上门采",
        "今天大家在家等上门采样",
        "聋人朋友们注意 明天核酸是上门做 敲门你们听不见 所以志愿者会先在群里@你们",
        "下午的核酸是上门做 大家别下楼",
        "12-1-302 已上门看过 没事 放心",
        "3-2-501 医生已经上门看过了 放心",
        "爷爷36度9 奶奶36度6 等上门采样 13号1102",
    ],
    "one's own going down, a plan, a rumour, a sold-out buy, a format asked of the needy": [
        "我是护工 在12栋照顾一位卧床老人 想问一下 我能不能下楼拿快递",
        "我是保姆 想问一下我可以出门买菜吗 5栋",
        "要是晚上暖气再停的话 老人怎么办 有没有预案",
        "万一再停电 有没有应急预案",
        "听说采样的棉签不够了 后面的楼要等补货 真的吗",
        "听说团购的鸡蛋不够了 真的吗",
        "我要被这个团购气晕了 轮到我就没了",
        "这次抢菜又是轮到我就抢光了 气死",
        "ppl who need meds pls post in this format: flat + drug name + qty",
        "people who need groceries please post in this format: flat + item + qty",
        "My sister in Shenzhen had a seizure yesterday, she's in hospital now and stable. just "
        "needed to vent",
        "had a rough day at work, just needed to vent",
    ],
    "a shortage coped with, told in a daily report": [
        "报体温 36.5 咖啡昨天喝完了 也熬过来了 3-1-402",
        "daily report: 36.6, ran out of tea yesterday, survived. 7-2-301",
    ],
    "a lost paper: whether or where it is reissued, how a printed copy is had": [
        "孩子的出生证明丢了 能补办吗 在哪补",
        "Lost my son's vaccine booklet, can it be reissued? where do we go?",
        "is there a way to get a paper copy of the PCR report?",
    ],
    "whether a bill is due and how it is paid online": [
        "这个月的水费要交吗 网上怎么交",
        "is the property fee due this month? how do we pay it online?",
    ],
    "what a code on a display means": [
        "热水器一直显示E4是什么意思 有没有人知道",
        "what does the flashing E1 on the aircon remote mean?",
    ],
    "an either-or about how a round is done": [
        "明天抗原是发到家还是下楼领 我白天要上班",
        "is the swab at home next week or do we go down? I'm at dialysis on Tuesday",
    ],
    "whether ordering from an app is allowed yet": [
        "现在能点美团了吗 还是还封着",
        "Can we order from Meituan now or is delivery still blocked?",
    ],
    "someone asked to explain how a service works": [
        "谁能讲讲透析的车是怎么预约的 是打医院的电话吗",
        "can someone explain how the hospital shuttle booking works?",
    ],
    "whether a fixture is broken, asked with no flat": [
        "我们楼的电梯是不是又坏了 一早上没动",
        "is the lift broken again? haven't seen it move all day",
    ],
    "a bad day poured out or a loss lamented, nothing asked": [
        "今天太不顺了 热水器漏水 孩子网课又掉线 跟大家吐槽一下 不用理我",
        "washing machine flooded the bathroom, kid's wifi dropped, just venting, no need to reply",
        "the freezer died overnight and all the dumplings thawed, I could cry",
        "热水器坏了以后才知道热水有多重要😭",
    ],
    "a fault explained away or set right by the writer": [
        "门铃半夜一直响 吓一跳 原来是没电了 换了电池就好了",
        "the smoke alarm chirped all night, turned out it was just the battery",
    ],
    "help the writer gave for a stretch of time, told": [
        "今天帮忙送了一下午菜 腿都快断了 哈哈",
        "spent the whole afternoon helping carry supplies, my back is gone 😂",
    ],
    "a tease that someone needs help, an understanding shrug": [
        "天天在家跟花说话 老婆说我需要看医生 哈哈",
        "started talking to my plants, my wife says I need help 😂",
        "菜有点蔫 能理解 这么热 辛苦团长",
        "veg a bit wilted today, understandable in this heat, thanks team lead",
    ],
    "an ask only quoted, answered by the volunteer": [
        "回复 @5-2-1102：帮忙买米\n好的 我下午去超市 顺便带上"
    ],
    "a feeling about the goods shared, asked whether others share it": [
        "有没有人也觉得这次的鸡蛋特别小",
        "does anyone else think the group buy pork smells a bit off?",
    ],
    "a how-to or a recipe begged, no goods": [
        "谁会做红烧肉 求个教程",
        "anyone know how to make braised pork? recipe please",
    ],
    "longing to get out, no supply run out": [
        "关了半个月 快憋疯了 好想出去喝杯咖啡",
        "so ready to get out of this place and grab a real coffee",
    ],
    "a notice headed by who gives it": [
        "anyone want to group buy fruit? counting heads",
        "按社区通知 明天上午八点统一核酸 请大家按单元顺序下楼",
        "Per the committee notice, rubbish goes out by 7pm from tomorrow, please remember",
        "楼委会提醒：东边电梯下午2-3点消杀 请走楼梯",
        "楼长提醒：独居老人家属如果联系不上老人 可以在群里说 我们上门看看",
    ],
    "a question of how or where, or who knows": [
        "请问用过的口罩该扔哪个桶",
        "有人知道哪家超市还送货吗",
    ],
    "anyone else like me": ["有没有人和我一样 天天吃挂面 快吃吐了"],
    "an appeal to look in on the elderly, a heads-up": [
        "Saw on the news someone died alone in his flat. Please look in on your older neighbours",
        "fyi the lift in block 2 is broken again",
    ],
    "medicine already taken": ["刚才心慌 吃了两粒药 现在好多了 别担心"],
    "whose is it": [
        "有一箱苹果放在一楼大厅 是谁家的？",
        "whose are the bags of rice by the lift?",
    ],
    "supplies handed out floor by floor for each to fetch": [
        "今天的蔬菜包放在每层电梯口了 请各户自取",
    ],
    "a result reported, a general question about going out": [
        "5-1-1102 体温36.6 抗原阴性",
        "孕妇产检能出去吗 需要什么证明",
        "明天统一配送 请在家等候",
    ],
    "whether a thing is allowed at all, an appeal to look after each other": [
        "Are we allowed to order takeout during lockdown?",
        "Lots of people feeling low lately, please check on each other",
        "How do we request a doctor visit if we need one later? Not for now",
    ],
    "a call received, a question of how a medicine is taken": [
        "他给我来了两个电话 都没接到",
        "can the vaccine be taken with food?",
    ],
    "a question of whether a drug, a jab or an errand is allowed or safe": [
        "降压药能不能在抽血前吃 会不会影响化验",
        "哺乳期可以打流感疫苗吗",
        "布洛芬和对乙酰氨基酚能交替着吃吗",
        "排完队可以顺路去取快递吗 还是不允许",
        "采样的护士到我们楼了吗",
        "If my dad can't stand in line, would a nurse come up? Just asking for next time.",
        "求推荐产后恢复的课程",
    ],
    "how a patient in general may go out, asked": [
        "请问化疗病人怎么申请出行",
        "请问透析病人能不能开通行证",
        "透析的车明天几点来 有人知道吗",
    ],
    "food named as what is to be planted, a pot asked of neighbours": [
        "谁家有闲置的花盆 想种点蒜苗",
        "Anyone got a spare flower pot? I want to grow some scallions",
    ],
    "a round quoted and missed, nothing asked": ["> 今天下午四点收垃圾\n我错过了 算了明天再放"],
    "a volunteer's word that the rubbish was taken down already": [
        "路过看见502门口放着两袋垃圾 已经顺便拿下去了",
        "送菜的时候看到8楼电梯口有垃圾 顺手扔掉了",
    ],
    "thanks for help given time and again, nothing asked": [
        "感谢3单元的志愿者小哥 每次都把药送上楼 还帮我把快递拿上来 辛苦了",
        "Thanks to the volunteer on our floor who always brings the veggies up, so kind",
    ],
    "all reminded to order in time": [
        "周五的水果团购大家记得抓紧下单 名额有限",
        "各位早点报名 明天的肉菜套餐不多了",
    ],
    "a fault told as fixed already": [
        "Update: the broken lock at 4-1-602 has been fixed by the property office",
        "Resolved - the burst pipe in block 2 was repaired this morning, thanks all",
    ],
    "news of a fault or fire elsewhere, with advice for all": [
        "News: an old lady in another city died when her heater caught fire. Check your "
        "heaters everyone",
        "新闻说别的小区有人家里电线老化着火了 大家检查一下插座",
    ],
    "whether a pass is needed, someone asked only to tell how": [
        "Does my mum need a permit to go to her eye check-up next week?",
        "爸爸去医院复查 需要开什么证明吗",
        "Could anyone tell me how to book the doctor's home visit?",
        "谁能告诉我一下怎么报名团购",
    ],
    "a service for all who need it, replies or lists gathered, a visit passed on": [
        "今天上午医生在3号楼门口 需要测血糖的居民可以下来",
        "明天上门采血的住户请在家 护士按楼号顺序上楼",
        "Dr. Chen: if you've had a fall lately, go slow on stairs. Reply if you'd like a check.",
        "Shopping run tomorrow morning, send your orders before 8 please.",
        "Property says they're doing fire alarm checks on Tuesday, someone needs to be in.",
    ],
    "help given afterwards, told in a story": [
        "前两天我妈在楼道里摔了 后来物业帮忙扶上楼了 现在好了 谢谢大家",
        "Dad slipped in the shower last night, later the neighbour helped him up, he's fine now, "
        "thanks all",
    ],
    "a notice, a group buy's deadline, a home swab done already": [
        "3单元电梯暂停使用 请走楼梯",
        "Power will be off on Saturday 9-11, please charge your devices.",
        "纸尿裤团购截止明晚 需要的私聊团长",
        "上门核酸的名单已收到 护士9点上楼",
        "我爸腿脚不方便 今天护士上门测过了",
        "A friend posted in the other group that a toddler fell off a balcony. Please lock "
        "your windows.",
        "医生让下周去医院复查 我们自己开车去就行",
    ],
    "a barter proposed between neighbours, with no flat to bring it to": [
        "谁家有多的生抽 我拿两个土豆换 以物换物",
        "anyone keen to swap some rice for a few eggs?",
    ],
    "goods offered to whoever needs them": [
        "我包了好多包子 谁家需要我可以送几个过去",
    ],
    "a volunteer's status: taken away, done with, brought up already": [
        "8-1-302的医疗垃圾已收走 清运完毕",
        "5-2-701的药已经帮送上去了 挂在门把手上",
        "Trash from 3-1-1202 collected and disposed of, thanks for bagging it",
    ],
    "a notice headed by the community doctor": [
        "社区医生提醒：发烧超过三天请及时联系 不要自己乱吃药",
        "家庭医生提醒：慢病的老人请按时吃药",
    ],
    "whether the fault was reported already": [
        "电梯又停了 有没有人报修过",
        "The hallway light is out again, has anyone reported it?",
    ],
    "a worry whether it would trip the power": [
        "电热毯和空调一起开会不会跳闸",
        "if we run the oven and the heater together, will it trip?",
    ],
    "a need foreseen for a later month, how it will go asked now": [
        "我爸下个月要做手术 到时候怎么去医院",
        "How do I sign up for the hospital shuttle? My mum might need it next month",
    ],
    "whether the lockdown lifts": [
        "国庆能解封吗 想回老家吃饭",
        "Will the lockdown end before Christmas? I want to eat out",
    ],
    "at what reading to go to hospital": [
        "老人发烧到多少度要去医院啊",
        "At what temperature should we take a baby to hospital?",
    ],
    "who knows whether a thing can be done online": [
        "有没有人知道 现在能不能网上配药",
    ],
    "a wasted trip told, a leg worn out from carrying": [
        "药店说周三才有货 白跑一趟",
        "Clinic says the specialist is only back next week, wasted trip",
        "帮邻居扛了一上午的米 胳膊都快断了",
    ],
    "thanks for a deed done once": [
        "Big thanks to the neighbour who brought our water up 15 floors yesterday!",
        "感谢楼下的大哥 帮我们把一箱水扛上了二十楼",
    ],
    "a visit announced, all told to stay in": [
        "物业通知说明天自来水公司上门抄表 家里请留人",
        "Gas company coming to check the pipes this afternoon, someone please stay home",
    ],
    "a warning to all, a notice signed by the committee": [
        "有人冒充大白上门卖药 大家小心 不要开门",
        "提醒：有人冒充社区打电话要验证码，请勿理会。——居委会",
        "Beware of people posing as volunteers selling test kits door to door",
    ],
    "a handing-out or a pickup told to every household": [
        "Masks will be handed out to every household tomorrow morning",
        "Parcels are piling up in the lobby, please collect yours today",
    ],
    "whether a message asking for money is a scam": [
        "有人发短信说交200块就能提前解封 是不是骗子",
        "Got a call saying I must pay for a 'health code fix', this is a scam right?",
    ],
    "an awaited delivery asked after": [
        "团购的水果到了吗 什么时候能送上来",
        "药什么时候能送到 前天就报了",
        "Has the veg box arrived yet? When will it come up?",
    ],
    "goods left at a flat named by its number, the resident told to take them in": [
        "Medicine bag left at 7-1-602, please take it in when you can",
        "veg box dropped at 12-1-301, please bring it in before the rain",
    ],
    "what to do if it befalls someone, asked ahead, with whether a carer is on call": [
        "What should we do if a neighbour faints in the lift? Is there a nurse on duty?",
        "what do we do if someone gets a fever at night, is there a doctor we can call?",
    ],
    "a thermometer's battery flat beside a reading": [
        "体温35.9 是不是温度计没电了哈哈 1-1-1001",
        "体温枪没电了 用水银的量 36.8 5-2-702",
    ],
    "whether the fault is the neighbours' too: a check before reporting": [
        "Is anyone else's water off or just block 3?",
        "anyone else on the 9th floor having no heating? checking if it's just us",
        "别人家也停电了吗 还是就我们家 8栋",
        "隔壁单元大家也都没热水了吗",
    ],
    "whether a thing is safe or keeps: advice asked": [
        "Is it safe to run the gas heater with the windows shut during the outage?",
        "How long can eye drops stay out of the fridge once opened?",
        "谁能告诉我 疫苗放冷藏包里会不会坏",
        "停电了 用蜡烛照明安全吗",
    ],
    "a place or power offered to whoever needs it": [
        "我家有发电机 谁家的制氧机需要充电可以拿来充 6-2-301",
        "物业大厅有插座 需要给手机和呼吸机充电的住户请下来",
        "There's room in our freezer, anyone whose insulin needs cooling can bring it to 4-1-502",
    ],
    "what a hospital or office said others may do: word passed on": [
        "社区那边说行动不便的老人可以联系网格员预约上门",
        "The clinic said chemo patients can contact the committee to book transport",
    ],
    "all residents told what to do or not to do": [
        "各位住户注意 请今晚前把核酸码发给楼长 谢谢配合",
        "请勿把纸箱堆在楼道里 感谢大家配合",
        "停电期间用燃气做饭的 注意开窗通风",
        "Attention all tenants: please don't dump bags in the stairwell",
    ],
    "a thermometer's battery flat beside the reading: no fault of the flat": [
        "体温计没电了 借了邻居的量 36.6 3-2-801",
        "温度计没电了 换了个水银的 36.5",
    ],
    "medicines listed as had or delivered, not asked for": [
        "布洛芬 蒙脱石散 都收到了 谢谢志愿者 3-1-402",
        "退烧药 体温计 已经送到 5-2-301",
    ],
    "a pack spoken of, not asked for": [
        "他买瓶装水都是一箱一箱的",
        "楼下小卖部说再来盒饭要等明天",
    ],
    "whether I should do something, or where it can be done: a question": [
        "室友一直发烧 我要不要搬去客厅睡",
        "合租的一直咳 我要不要也去测个抗原",
        "停电了 呼吸机怎么办 有没有地方能充电",
    ],
    "a fault over and done with": [
        "Got stuck between floors for ten minutes, the guard got us out, all fine now",
        "刚才电梯卡住了 物业把我们弄出来了 现在没事了",
    ],
    "an order withdrawn": [
        "订单取消吧 楼下邻居给了两斤菜 3-1-702",
        "please cancel my order for the milk, my sister brought some",
        "no longer need the rice, thanks all, a neighbour shared hers",
    ],
    "whether one form of a paper will do": [
        "核酸报告截图可以吗 还是必须要打印的",
        "Is a photo of the pass OK, or does it have to be the paper one?",
    ],
    "whether to worry asked, or 可能 (maybe) beside 吗: reassurance, no ask": [
        "医生 我这两天老是头晕 可能是没睡好 需要担心吗 血压正常",
        "张医生 孩子手上起了几个红点 可能是蚊子咬的 要紧吗",
        "doc, I have been dizzy for two days, probably poor sleep, should I be worried?",
        "My dad has a mild cough since Monday, no fever, is it something to worry about?",
    ],
    "a registration form sent out blank, or its deadline": [
        "【配药登记】请各户在下方填写：房号： 药品名称： 数量：",
        "【就医登记】今天截止 有需要的请私信楼长",
    ],
    "any will do, would love, any chance, the last: no goods or visit asked": [
        "几点都行 我都在家",
        "would love some sunshine today lol",
        "any chance of rain for the 3 days?",
        "down to the last episode of the drama, no spoilers",
        "the doctor's home visit was yesterday, all good now",
        "is it possible for a virus to live on parcels?",
    ],
    "a thing found and handed in, or those in need told whom to tell": [
        "有谁家的钥匙掉电梯里了 我放物业了",
        "谁家的眼镜落在楼道里了 放门卫了",
        "Found a set of keys in the lift, left them with the guard",
        "心脏不好的老人 家里记得备硝酸甘油 有需要可以跟楼长说",
        "keep some paracetamol at home, if you need some, tell the volunteers",
    ],
    "a fault that put itself right, or one taken back": [
        "我家也是 跳闸了一下 已经好了",
        "power dropped for a minute here too, came back on by itself",
        "这个天热死了 空调还坏了 哦不对 空调没坏 是我忘开了😂",
        "the heater's dead... oh wait, not broken after all, I forgot to plug it in",
        "The smoke alarm keeps chirping, I think it just needs a new battery. Annoying!",
    ],
    "all asked to do a thing ahead": [
        "天气预报说今晚零下15度 大家把室外水管包一下 别冻裂了",
        "-15 tonight, everyone please wrap your outdoor pipes so they don't burst",
    ],
    "whether a fixture is broken again, asked": [
        "电梯又坏了吗？ 还是在消杀",
        "is the lift down again? or is it being cleaned",
    ],
    "whether a result is to be reported": [
        "我需要报备吗 抗原弱阳",
        "Not sure if this is the right place, but my antigen test is faintly positive. Do I need "
        "to report it?",
    ],
    "a quoted question answered: just taken down": [
        "「回复 志愿者小刘：2-1001 的垃圾收了吗」\n收了 刚拿下去",
        "> did the rubbish at 3-1-502 go?\nyes, just took it down",
    ],
    "a tip for a helper asked about": [
        "Do the volunteers accept tips? Want to send something to the guy who carries my dad's "
        "groceries",
        "志愿者收不收红包啊 想谢谢每天给我家送菜的小哥",
    ],
    "a neighbour's cooking smelt and begged for in jest": [
        "谁家在炖肉 香死了 给我分一口",
        "楼上在烤鸡翅吧 香死了 求分享",
        "whoever is cooking curry right now, share pls 🤤",
    ],
    "helpers called to the gate": [
        "Volunteers: 3 more boxes of veg arriving at 4pm, need 2 people at the gate",
        "菜车四点到 需要两个人到门口搬一下",
    ],
    "a drill announced": [
        "Gas leak drill tomorrow 10am in the courtyard, please don't panic when you hear the alarm",
        "明天上午燃气泄漏演练 听到警报别慌",
    ],
    "a notice signed at its end by who gives it": [
        "如果有人出现呼吸困难、胸痛 请立即拨打120 并在群里@志愿者 ——社区卫生服务中心",
        "Rubbish collection moves to 7pm from Monday, bags out by then -- Property Management",
    ],
    "a form's template to copy": [
        "Health form template, please copy:\nFlat:\nTemp:\nSymptoms:",
        "每日上报模板 请复制：\n房号：\n体温：\n症状：",
    ],
    "whether a drug may be taken, for the doctor to say": [
        "我家老人做过心脏支架 每天吃阿司匹林 问问医生能不能吃点中药调理",
        "could you ask the doctor whether my mum can take cough syrup with her heart pills?",
    ],
    "a question passed on for someone: the hours asked": [
        "我妈让我问一下 明天几点发菜",
        "my mum asked me to ask what time the veg arrives tomorrow",
    ],
    "a forward or an English reply's quote answered with thanks": [
        "[转发] 物业通知：今晚8点检修电梯\n——收到 谢谢",
        'Replying to Property Mgmt: "report repairs here"\nthanks, noted',
    ],
    "a numbered list of households with no goods": [
        "核酸接龙\n1. 3-101 张三\n2. 3-102 李四",
        "Swab sign-up:\n1. 2-201 Wang\n2. 2-402 Li",
    ],
    "whether a group buy runs, asked with nothing wanted and no flat": [
        "Is there a group buy for fruit this week?",
        "这周有水果团购吗",
    ],
    "a doctor speaking to all under their own name, or named in news": [
        "Dr. Wang here: if anyone has chest pain lasting more than 15 minutes, call 120 directly",
        "Dr Wang said the swab results are fine, thanks",
        "我是社区医生小王 明天上午上门随访 请在家等候",
    ],
    "a paper handed in already, or goods left for the household": [
        "材料已经交到居委会了",
        "the form went to the committee office yesterday",
        "5-1-302的药已经放门口了 要交给老人的",
    ],
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
    "a cry for help laughed off": [
        "help me lol just bought 20 bags of milk powder by accident",
        "help me haha accidentally bought 10 jin of potatoes",
    ],
    "prayers or company to grumble asked; a service told to those who need it": [
        "同事的妈妈在老家住院了 情况不太好 大家帮忙祈祷一下",
        "a friend's dad had a stroke in another city, please pray for him",
        "有没有人一起吐槽一下 楼上天天半夜拖椅子",
        "护士明早八点在3幢楼下 需要测血糖的可以下来",
        "the nurse is at the gate till 4, anyone who needs a blood pressure check can come down",
    ],
    "a rule for everyone's test kits told, nothing asked": [
        "每人每天要交一次抗原 用过的装袋扔掉就行 楼长提醒",
    ],
    "a fault told as fixed, no ask": [
        "the radiator was cold yesterday but it is fine now",
    ],
    "someone else's fault told": [
        "my neighbour says her radiator is cold whole day too",
    ],
    "a doctor's visit told done": [
        "医生上午来过一趟了 血压没事",
    ],
    "rubbish bags counted as taken, a question": [
        "垃圾 4-3-303 两袋 收走了吗",
    ],
    "a fixture fallen off told, nobody asked to put it back": [
        "the shelf fell off the wall last night but my husband put it back up",
    ],
    "a door stuck told, then opened": [
        "门刚才卡住了 现在好了",
    ],
}


@pytest.mark.parametrize(
    ("text", "category"),
    [case for cases in FAMILIES.values() for case in cases],
)
def test_each_family_asks_for_its_category(text: str, category: Category) -> None:
    result = understand(text)
    assert (result.kind, result.category) == (Kind.ORDER, category), result.evidence


@pytest.mark.parametrize("text", [text for texts in LOOK_ALIKES.values() for text in texts])
def test_look_alikes_ask_for_nothing(text: str) -> None:
    result = understand(text)
    assert result.kind is Kind.OTHER, result.evidence


@pytest.mark.parametrize("text", texts(NO_ORDER))
def test_questions_appeals_and_news_place_no_order(text: str) -> None:
    check_no_order(text)


# Care, a drug or a medical device named as the reason beside what is asked (order_reasons.py):
# each family's asks in zh and en, then look-alikes where the device or the drug is what is asked.
REASONS_BESIDE_THE_ASK: dict[str, list[tuple[str, Category]]] = {
    "a device's batteries: the batteries are the goods": [
        ("血糖仪的电池没电了 七号电池 帮忙带两节 顺便带包挂面 3-1-502", Category.GROCERIES),
        (
            "Can someone bring AA batteries for dad's blood pressure monitor, and a loaf of bread "
            "as well? 6-2-301",
            Category.GROCERIES,
        ),
    ],
    "a medical device broken, someone asked to look at it or mend it": [
        ("制氧机不出气了 一直报警 能找人来看看吗 8-1-602", Category.REPAIR),
        (
            "The oxygen concentrator trips the breaker every time it's on. Electrician please? "
            "4-2-1101",
            Category.REPAIR,
        ),
    ],
    "food bought for a patient's diet: the diet is why": [
        ("我妈糖尿病要控糖 能帮忙买点黄瓜 西红柿吗 再来一袋燕麦 5-2-801", Category.GROCERIES),
        ("透析的病人要少吃盐 麻烦帮忙买点鸡蛋 豆腐 另外带箱纯净水 7-1-303", Category.GROCERIES),
    ],
    "a parcel fetched, whatever it holds": [
        ("谁能帮我去驿站取个快递 是刚买的血压计 9-1-1202", Category.ERRAND),
        (
            "Could someone pick up a parcel at the station for me? It's the new glucose meter "
            "I bought, 2-2-702",
            Category.ERRAND,
        ),
    ],
    "papers for the clinic printed out": [
        ("复诊的预约单要打印一份 能帮忙打了送上来吗 11-2-402", Category.ERRAND),
    ],
    "a drug run out, asked to be prescribed": [
        ("透析用的司维拉姆吃完了 能帮忙找医院开一下吗 13-1-602", Category.MEDICINE),
    ],
    "food just cooked when a fault came: the food tells when": [
        ("炸完春卷厨房下水道就堵了 洗碗水下不去 7幢1单元502", Category.REPAIR),
        ("吃完火锅水槽堵了 水下不去 3-1-202", Category.REPAIR),
        (
            "after frying dumplings the kitchen sink is blocked, water won't drain, 3-1-202",
            Category.REPAIR,
        ),
    ],
}

REASONS_LOOK_ALIKES: list[tuple[str, Category]] = [
    # the device itself bought, not its batteries
    ("血压计坏了 帮忙买个新的血压计 顺便带瓶酱油 3-2-502", Category.MEDICINE),
    # the drug asked, the food a second ask
    ("胰岛素快没了 能帮忙买两支胰岛素吗 顺便带点面包 6-1-301", Category.MEDICINE),
    # a parcel fetched and goods bought: the first ask names the category
    ("请帮我买一箱方便面 另外帮我取一下快递 3-3-303", Category.GROCERIES),
    # the writer's own visit arranged, a paper printed before
    ("预约单打印好了 能帮忙安排车去复诊吗 5-1-1001", Category.MEDICAL),
    # the food asked for beside the fault, not cooked before it
    ("下水道堵了 顺便帮买两袋春卷 3-1-202", Category.GROCERIES),
]


@pytest.mark.parametrize(
    ("text", "category"),
    [case for cases in REASONS_BESIDE_THE_ASK.values() for case in cases] + REASONS_LOOK_ALIKES,
)
def test_the_reason_beside_an_ask_does_not_name_its_category(text: str, category: Category) -> None:
    result = understand(text)
    assert (result.kind, result.category) == (Kind.ORDER, category), result.evidence


# Asks read loosely: help begged beside an outage notice, the volunteer asked in the singular,
# isolation's yellow bags, unnamed things waiting downstairs brought up.
LOOSE_ASKS: dict[str, list[tuple[str, Category]]] = {
    "help begged for the writer's own beside an outage notice": [
        ("水卡没钱了 明天要停水了 求帮忙充值一下 5栋1单元602", Category.ERRAND),
    ],
    "the volunteer asked in the singular": [
        (
            "Could the volunteer take our kitchen waste down? it's by the door, 6-1-302",
            Category.GARBAGE,
        ),
    ],
    "isolation's yellow biohazard bags collected": [
        ("Please take away the biohazard bag outside 2-2-1101, isolation ended", Category.GARBAGE),
        ("门口的黄色医疗垃圾袋麻烦收走一下 4-1-902", Category.GARBAGE),
    ],
    "unnamed things waiting downstairs, brought up": [
        (
            "The kids' school packs are at the guard room, could someone bring ours to 9-1-203?",
            Category.ERRAND,
        ),
        ("学校发的资料放在门卫室了 谁能帮忙拿上来 6-2-1401", Category.ERRAND),
    ],
}

LOOSE_LOOK_ALIKES = [
    # an outage announced, no plea
    "通知：明晚8点到10点停电检修 请大家提前充值电卡",
    # a volunteer told of, nothing asked
    "The volunteer already took our recycling this morning, thanks!",
    # things told waiting, nothing asked
    "The school sent home homework packets, they're at the guard room.",
]


@pytest.mark.parametrize(
    ("text", "category"), [case for cases in LOOSE_ASKS.values() for case in cases]
)
def test_loose_asks_place_their_order(text: str, category: Category) -> None:
    result = understand(text)
    assert (result.kind, result.category) == (Kind.ORDER, category), result.evidence


@pytest.mark.parametrize("text", LOOSE_LOOK_ALIKES)
def test_loose_look_alikes_ask_for_nothing(text: str) -> None:
    result = understand(text)
    assert result.kind is not Kind.ORDER, result.evidence


# Goods, a fixture or the rubbish round named, nothing asked (order_unasked.py); look-alikes ask.
NAMED_NOT_ASKED = [
    # a recommendation asked
    "Can anyone suggest a good blood pressure monitor? mum's old one is getting on",
    "求推荐一款好用的血压计 家里老人用",
    # an ask given up
    "微波炉坏了 算了不修了 反正也不常用",
    "The bathroom fan is broken but never mind, we'll live with it",
    # the rubbish round's time asked
    "Is the rubbish collection at 7 or 8 tonight?",
    # readiness asked ahead
    "What should we do if the lift stops and my mum's wheelchair is upstairs? Just want to be "
    "prepared.",
    "万一停电了 制氧机怎么办 想提前了解一下",
    # how to do it asked, nobody asked to come
    "烟雾报警器一直滴滴响 有人知道怎么关吗",
    "Smoke alarm keeps chirping, does anyone know how to turn it off?",
    # talk or an explanation asked of neighbours
    "有没有同小区的哮喘病友 交流一下喷雾怎么用",
    "我爸血压高 平时饮食要注意啥 有没有医生朋友科普一下",
    "Any other parents of diabetic kids here? Would love to swap tips on insulin storage",
    # a parcel mixed up: its owner or its taker asked
    "有个写着5-1-302的快递送错到我家了 主人来拿一下",
    "Whose parcel is this? It was delivered to the wrong door, it's outside 7-2-801",
    # a complaint of others
    "Somebody dumped their trash bags by the lift again. Come on, people.",
    "楼上半夜还在拖椅子 能不能体谅一下楼下",
    # whether it was done, asked
    "放在门口的材料 志愿者取走了吗?",
    "Did the volunteer pick up the bag I left by the door?",
    # a notice to a household, a care asked for the future, the CCTV checked
    "核酸的车安排好了 明天8点楼下等 5-2-601 的家属注意",
    "我对青霉素过敏 以后社区配药的时候注意一下",
    "@物业 电动车被人划了 监控能不能查一下",
]

NAMED_AND_ASKED: list[tuple[str, Category]] = [
    (
        "Can someone buy a glucose meter for my mum? any brand you recommend, 3-1-502",
        Category.MEDICINE,
    ),
    ("宝宝的米粉没了 随便什么牌子都行 帮忙带两盒 15-2-302", Category.GROCERIES),
    ("旧冰箱不用修了 想找人搬下去扔掉 8栋1单元602", Category.GARBAGE),
    ("烟雾报警器一直响 谁知道怎么关 能来个人看看吗 3-2-501", Category.REPAIR),
    ("有没有哮喘病友交流一下 顺便能帮忙买一支沙丁胺醇吗 3-3-1202", Category.MEDICINE),
    ("我的快递被邻居拿错了 在1102门口 能帮我拿回来吗", Category.ERRAND),
    ("Is the trash pickup still on today? Ours is at the door, 9-2-1202", Category.GARBAGE),
]


@pytest.mark.parametrize("text", NAMED_NOT_ASKED)
def test_named_but_not_asked_places_no_order(text: str) -> None:
    result = understand(text)
    assert result.kind is not Kind.ORDER, result.evidence


@pytest.mark.parametrize(("text", "category"), NAMED_AND_ASKED)
def test_named_and_asked_places_its_order(text: str, category: Category) -> None:
    result = understand(text)
    assert (result.kind, result.category) == (Kind.ORDER, category), result.evidence


# A power cut, a water outage: the outage told as the reason beside goods asked, the
# supply itself told faulty, a device left charging elsewhere brought up, rubbish put out by the
# door or hung on its handle; look-alikes that ask for nothing.
OUTAGE_FAMILIES: dict[str, list[tuple[str, Category]]] = {
    "an outage told as the reason, goods asked to be got": [
        ("停水两天了 谁能帮忙搞点洗碗用的水 5-1-302", Category.GROCERIES),
        ("能帮忙带几罐丁烷气吗 停电了做不了饭 6-1-702", Category.GROCERIES),
        (
            "No power since last night, could someone get us some drinking water? 4-2-1101",
            Category.GROCERIES,
        ),
    ],
    "the water supply told faulty": [
        ("来水了 但水是黄的 水压也很小 能找人看看吗 8栋", Category.REPAIR),
        ("The water is coming out all rusty, could someone take a look? 5-2-301", Category.REPAIR),
        (
            "water pressure is really low since the outage, can someone sort it? 7-1-202",
            Category.REPAIR,
        ),
    ],
    "a device left charging elsewhere, brought up": [
        ("我的手机在物业那充满了 谁能帮我送上来 5-2-801", Category.ERRAND),
        (
            "My power bank is charging at the management office, could someone bring it up to "
            "6-1-1202?",
            Category.ERRAND,
        ),
    ],
    "any of the goods will do, the flat in words or digits": [
        ("蜡烛 手电 哪样都行 十二栋三零二", Category.GROCERIES),
        ("Candles or a torch, either is fine, 7-601", Category.GROCERIES),
    ],
    "goods listed first, a hurt told easing after them": [
        ("纱布 碘伏 切菜划了个口子 已经止住血了 3-2-501", Category.MEDICINE),
        ("创可贴 碘伏 摸黑磕了一下 已经不疼了 6-2-903", Category.MEDICINE),
        (
            "Plasters, antiseptic wipes, grazed my knee, stopped bleeding already, 10-1-1102",
            Category.MEDICINE,
        ),
    ],
    "a fixture told to need replacing": [
        ("卫生间的开关一按就啪啪响 先不用了 要换个新的 5-1-402", Category.REPAIR),
        (
            "The bedroom socket sparked, unplugged everything, it needs replacing, 3-2-1101",
            Category.REPAIR,
        ),
    ],
    "a ride to care arranged ahead, the lift out only why": [
        ("预产期快到了 能不能帮忙安排个车 电梯坏了 3-1-1702", Category.MEDICAL),
        (
            "32 weeks pregnant with twins, could we pre-book a car for the hospital? the lift "
            "is out, 4-1-1901",
            Category.MEDICAL,
        ),
    ],
    "rubbish put out by the door or hung on its handle": [
        ("厨余 麻烦了 3-1-502", Category.GARBAGE),
        ("用过的试剂盒装袋挂在门把手上了 5-2-302", Category.GARBAGE),
        ("Hung the bag of used test kits on our door handle, 3-1-1101", Category.GARBAGE),
        ("Could someone collect the trash? left them by the door, 6-2-1001", Category.GARBAGE),
        ("Recycling and some cardboard outside flat 902, cheers", Category.GARBAGE),
    ],
}

OUTAGE_LOOK_ALIKES: dict[str, list[str]] = {
    "goods left for the household ask nothing": [
        "菜已经挂在门把手上了",
        "Left the milk on your door handle, 3-1-1101",
        "Delivered, left it by the door",
    ],
    "the fridge's food told gone bad, no fridge broken": [
        "停电一天了 冰柜里的肉都快坏了 到底几点来电",
        "冰箱里的菜全坏了 白买了",
        "All the food in the fridge went bad, such a waste",
    ],
    "goods sold, an advert, whoever needs it told to message": [
        "出 防护服 一箱 要的私信 [广告]",
        "Selling N95 masks by the box, message me [AD]",
        "我想卖掉旧冰箱 需要的私聊",
    ],
}


@pytest.mark.parametrize("case", cases(OUTAGE_FAMILIES))
def test_outage_families_place_their_order(case: tuple[str, Category]) -> None:
    check_order(*case)


@pytest.mark.parametrize("text", texts(OUTAGE_LOOK_ALIKES))
def test_outage_look_alikes_place_no_order(text: str) -> None:
    check_no_order(text)
