"""Told, not asked (order_told.py): messages that name goods, a fixture, a service or the rubbish
round but only tell of it, offer it or ask a fact about it place no order; the writer's own ask
beside such a telling still stands. Grouped by concept, each in zh and en. Paraphrases, not the
rounds' sentences."""

import pytest

from domain.understanding import Category
from tests.support.families import cases, check_no_order, check_order, texts

NOT_ASKED: dict[str, list[str]] = {
    # rounds 283-286 by concept
    "boredom told over an outage": [
        "断网一整天了 在家闷死了",
        "so bored, no internet since this morning haha",
    ],
    "a mishap told with nobody hurt": [
        "狗把碗打翻了 碎了一地 还好没人受伤",
        "slipped in the bathroom, no harm done, I'm fine",
    ],
    "a courier's word passed on": [
        "外卖骑手说今天送不进来了 雨太大",
        "the courier said no deliveries today",
    ],
    "recipes or tips to swap": [
        "有没有健身的 大家交流一下食谱",
        "any gardeners here? let's share tips",
    ],
    "nothing needed beside a report": ["体温37.7 有点乏 什么都不需要 3-1-201"],
    "whether a thing is allowed or safe, or when a permit comes, asked": [
        "问下 管控期间能不能出门倒垃圾",
        "is it safe to use candles during the blackout?",
        "替我奶奶问问 她的通行证什么时候能审下来",
    ],
    "a volunteer's delivery to a flat told done": [
        "刚给7-1-1102送完菜 下一家",
        "3-2-402的药刚送完",
    ],
    # rounds 239-246 by concept
    "goods short told to all with a word to calm them": [
        "菜店说鸡蛋断货了 后天才补 大家不要再问了",
        "药房的退烧药都卖空了 大家别慌 社区在调货",
        "Please don't panic buy, management says the veg truck comes tomorrow.",
    ],
    "goods hoarded told of": [
        "哈哈我婆婆囤了三十斤大米 说是怕涨价",
        "my neighbour stockpiled 50 rolls of toilet paper lol",
    ],
    "a neighbour's goods told bought already": [
        "5-2-702 要的感冒药已经帮忙买到了 一会儿送上去",
    ],
    "the group buy's running asked": ["请问下周还可以团购吗", "这周什么时候开团啊"],
    "a lead asking round who lacks anything": [
        "各家的降压药都还够吗 有不够的就跟我说 —6栋楼长",
    ],
    "a reading's threshold told to all with whom to tell": [
        "体温高于37.5度的 请私信楼长 不要在群里发",
        "If your temperature is over 37.3, please message the community doctor directly, not here.",
    ],
    "a fault told only as an excuse to laze": [
        "停电了 正好在家躺着睡觉 哈哈",
        "lift's broken again, perfect excuse to stay in bed lol",
    ],
    "a person's strength gone, no fixture broken": [
        "我爷爷说年轻时候家里电线都是自己接 现在年纪大了干不动了",
    ],
    "a report headed as an update": [
        "志愿者更新:今天的菜全部送完 明早收新一批需求 八点前报",
        "Volunteer update: bins on floors 1-6 collected, the rest after lunch.",
    ],
    # rounds 227-234 by concept
    "a neighbour's rubbish or the round told done": [
        "已经帮3-1-402把垃圾拎下去了 放心吧",
        "各楼的垃圾已全部收走 下午不再收",
    ],
    "the round's time told or asked": [
        "从周一起每天早上八点收垃圾 请放楼道口",
        "厨余垃圾每天几点收? 好提前拿出来",
    ],
    "how a service works asked": [
        "胰岛素可以让志愿者代购吗 具体怎么操作",
        "Can volunteers fetch prescriptions for residents? What's the procedure?",
    ],
    "a visit told, the ones who need it to register": [
        "护士下午过来 需要上门打针的在群里登记",
    ],
    "a doctor's advice reported": [
        "医生说咳嗽超过一周才需要拍片",
        "the nurse said you only need the inhaler if you're wheezing",
    ],
    "a fault's cause found and dealt with": [
        "前天热水器打不着 原来是电池没电了 换了就好了",
        "阳台有水滴下来 原来是楼上晾的衣服 没事",
    ],
    "a group's rules or ads forbidden": [
        "群规: 不刷屏 垃圾自己带下楼",
        "请不要在群里发广告 卖水果的请私聊",
    ],
    "orders closed till tomorrow": ["今晚的买菜接龙已截单 明天再报"],
    # rounds 235-238 by concept
    "a repair arranged, its time told by the one who arranged it": [
        "单元长：已联系物业 2-2-604家的水管漏水明天上午来修",
    ],
    "a fix done for the writer's kin, thanked first": [
        "感谢王师傅帮我奶奶接好了电线 她特别开心",
        "多谢小李帮我妈修好了灯 老太太乐坏了",
    ],
    "a neighbour's rubbish taken for them, told to them": [
        "502的 你家门口那袋垃圾我顺手帮你带下去了",
        "neighbour in 704, I took your rubbish bags down for you this morning",
    ],
    "a past fall got over with a neighbour's help, fine now": [
        "昨天我爸在厨房滑倒了 幸好楼上的扶起来了 已经没事了",
        "grandma slipped on Sunday, luckily the neighbour helped her up and she's fine now",
    ],
    "ordering for family inside asked how, how far ahead to book asked": [
        "在外地的子女能帮小区里的老人报名团购吗 怎么操作",
        "Can relatives abroad order veg for their parents here? how does it work",
        "护士上门打针需要提前几天约",
        "how far in advance do we book the nurse visit?",
    ],
    "a group buy's deadline asked, its price grumbled at": [
        "这周的水果团购还能参加吗 什么时候截止",
        "is the meat group buy still open? when's the cut-off?",
        "这次水果团购有点贵 有没有便宜点的渠道",
        "the veg box is a bit pricey this week, anything cheaper around?",
    ],
    "taught how, a fact told": [
        "谁能教一下我怎么在手机上挂号",
        "谁能告诉我燃气表在哪看余额",
    ],
    "a thing lent asked back, a meme joked about, a wrong group": [
        "借我电熨斗的邻居 用完记得还我 不着急",
        "别再发那个没米下锅的表情包了 哈哈",
        "取件码 8-2-3011 发错群了 抱歉",
    ],
    "how to apply, a rule, disinfecting or a contact asked": [
        "有没有邻居知道怎么申请临时救助",
        "What's the policy for visitors? Do they need a test?",
        "快递的外包装能喷酒精消毒吗",
        "who's the contact for burst pipes in this estate? keeping it handy",
    ],
    "free to help, spare food shared, goods free to take": [
        "有没有人需要帮忙取药的 我下午有空",
        "我家米囤多了 谁家缺的话可以分给你们",
        "a crate of bottled water by the lift, free, help yourselves",
    ],
    # help and goods offered
    "help offered to whoever needs it": [
        "I'm a pharmacist in block 3, if anyone needs advice on their meds, just let me know",
        "护士在5栋 谁家老人需要量血压 尽管找我",
        "If anyone need help reading the group buy list, I can help, I speak Japanese",
        "I can help with medicine runs on weekends, I'm in 2-1-301, just ping me",
        "我是护士 谁家有打针换药方面的问题可以私聊问我",
        "我下午有空 可以帮大家取快递 需要的说",
        "I'm free this afternoon and happy to run errands for anyone in our block",
        "我明天去超市 有需要买菜的吗 可以帮带",
        "Who's organising the water deliveries? I can help if needed",
    ],
    "goods to spare offered, lent or swapped": [
        "我家还有不少消毒液 有需要的邻居说一声",
        "I've got spare masks and hand gel, anyone who needs some just shout",
        "我多买了一箱苹果 谁家需要可以匀出来",
        "家里有多余的纸尿裤 没拆封 谁需要可以送",
        "we have extra onions, anyone want some?",
        "谁家缺血压计 我可以借 家里有两个",
        "我有充电宝 需要充电的可以说一声",
        "I have a spare thermometer, happy to lend it",
        "发的土豆太多了 有没有人想换点别的",
        "got too many carrots in the veg box, anyone want to swap?",
    ],
    # help, deeds and rounds told done
    "help or a deed told done": [
        "今天帮着搬了20多箱水 腰都断了哈哈",
        "delivered veg to 15 households today, totally wiped out 😂",
        "透析车按时到了 志愿者还帮忙把我妈扶上车 谢谢大家",
        "the van came on time and the driver even helped lift my dad's wheelchair in, thank you",
        "我刚刚帮隔壁阿姨把快递拿上来了 小事一桩",
        "I just took the old man's rubbish down for him, no big deal",
        "5号301的快递已经拿上来了 挂在门把手上",
        "I've already brought up your parcel, hung it on the door handle",
    ],
    "a fix thanked for, a clean-up told done": [
        "感谢物业师傅 周末还来帮我们把水管修好了",
        "thank you to the volunteer for fixing our tripped fuse last night",
        "电梯口的玻璃碎了 大家小心 保洁已经清理干净了",
    ],
    "a round told done, a day's rota, goods left for a group to collect in turns": [
        "今天的垃圾已经收完了 辛苦志愿者",
        "Rubbish collection finished for blocks 6 to 9 this morning",
        "明天安排：上午发菜 下午收垃圾 有事找楼长",
        "Today's schedule: veg boxes in the morning, bins in the afternoon",
        "Veg boxes for blocks 3-4 are at the gate, please collect in turns",
        "3号楼的菜到了 在大厅 请按楼层轮流下来取",
    ],
    # rounds, visits and rides announced
    "the round's time told, bags out": [
        "rubbish collection is at 9am every day, please have your bags out before then",
        "每天下午四点收垃圾 请大家在这之前把垃圾放到门口",
        "Hello neighbour, rubbish time is 8am every day, put outside door please",
    ],
    "a visit or a round announced, residents told what to do": [
        "电工师傅周三上午会来5栋 需要修的先登记",
        "燃气师傅明天下午来 3-1-502的请在家等",
        "The nurse will do home visits on Friday, please register with your building lead.",
        "Rubbish collection tomorrow is at 6pm, please put bags outside your door.",
        "请隔离家庭把垃圾袋扎好 放在门口 由专人统一收取",
        "Positive households: please tie your medical waste bags and leave them outside, staff "
        "will collect them",
        "Testing at 8am tomorrow, come down by building. Masks on please.",
    ],
    "a ride told arranged or waiting below": [
        "复诊的车已安排好 周三早上七点楼下等 5-1-302",
        "The dialysis car is arranged for Friday, please wait downstairs at 6:30",
        "医院的车已经到楼下了 1102的爷爷请准备下楼",
        "The hospital van is downstairs now, please get ready, Mr Li",
    ],
    # rules told
    "a rule told, changed, or a class told whom to contact": [
        "电动车停在楼道是违规的 请马上挪走 物业",
        "If your oxygen level is below 93 please call the doctor, don't just post it here",
        "下周起通行证改为线上办理 纸质的不再受理",
        "Paper forms for hospital passes will no longer be accepted.",
        "咳嗽发烧的请私信社区医生 不要在群里发",
        "anyone with a temperature over 37.3 please DM the community doctor, no need to post here",
        "anyone with diabetes please register with the building lead so the nurse can visit",
        "有高血压的居民请到楼长那里登记",
    ],
    "safety advice": [
        "药品和洗涤剂要放在孩子够不到的地方",
        "Please store medicines out of kids' reach, there have been accidents.",
    ],
    # rules and facts asked
    "a rule asked, this way or that": [
        "厨余垃圾白天能放门口吗 还是只能晚上放",
        "买菜需要登记吗 还是直接在群里报就行",
        "Can we leave the bins out in the afternoon or only in the evening?",
        "is it ok for the veg to be left at the door or do they need to come down?",
        "现在可以点外卖吗",
    ],
    "a fact or a rule of a service asked": [
        "超市能送货上门吗 还是只能让志愿者代买",
        "does anyone know if the pharmacy can deliver meds to the door, or only volunteers?",
        "请问能不能让快递把药直接送到家门口?",
        "请问志愿者可以代购药品吗 需要处方吗",
        "Can volunteers get prescription medicine for us or do we have to go to the clinic?",
        "团购的药能走医保吗",
        "can group-buy medicine be claimed on insurance?",
        "独居的老人平时有人定期上门看看吗",
        "团购的大米能开发票吗",
        "Do volunteers take cash or is it WeChat only?",
        "快递今天能送上楼吗",
        "南门能进快递吗",
        "有人知道超市现在能不能送货吗",
        "Can volunteers carry furniture too? Just wondering about the rules",
    ],
    "a group buy's arrival or who runs it asked": [
        "饿死了 团购的肉今天能到吗",
        "will the group buy veg arrive today? starving haha",
        "这次水果团购是谁负责的",
        "who's running the group buy this week?",
        "Who's in charge of the grocery orders now?",
    ],
    "knowledge asked of neighbours: a fact, a recipe, experience": [
        "Does anyone know how long milk keeps without power?",
        "我妈糖尿病 想问问封控期间胰岛素用完了一般怎么办",
        "谁会做包子 分享一下做法",
        "anyone baking bread at home? please share the recipe",
        "宝宝不肯吃辅食 有没有人有经验",
        "My toddler refuses formula, anyone have experience with this?",
    ],
    # scares, faults and wants told
    "a scare told over, a fault being seen to": [
        "My daughter isn't coughing anymore, the candy came out. She's fine now.",
        "吓一跳 灯闪了一下 还以为停电了",
        "楼上花盆掉下来了 还好没砸到人",
        "Burnt smell in the corridor, someone's dinner. All clear",
        "冰箱报警响了半天 原来是门没关好 大家别担心",
        "停电是整栋楼的 物业说一小时后恢复 不用报修了",
        "the power cut is the whole building, management says back in half an hour, no need to "
        "call",
    ],
    "a show or a game cut off lamented": [
        "停电了 追的剧没看完 心都碎了",
        "Power cut and my show got cut off right at the end",
    ],
    "a want denied in a story, or a want only to say something": [
        "my daughter said she was dying of hunger then laughed, she just didn't want her "
        "carrots lol",
        "Just want to say thank you, the notes on the veg bags cheered us up a lot",
    ],
    "a prize and a link": [
        "恭喜您获得防疫补贴1000元 点击链接领取 http://a-b.top",
        "Congratulations, you have won a grocery voucher, click http://x.top to claim",
    ],
    "a false alarm told: nothing to mend": [
        "没事了 刚才那个报警就是误报 电池快没电了",
        "别紧张 消防铃原来是误报 大家回去吧",
    ],
    "help or goods no longer needed": [
        "药已经让儿子快递寄来了 不用麻烦大家帮忙了",
        "No veg needed for 5-2-301 this week, we're stocked up",
    ],
    "a stock counted and told to last": [
        "降糖药数了数 还有四十片 够吃一个月",
        "胰岛素笔还剩一支半 过两天再说 6-1-702",
        "I've got enough to last two weeks, will shout when I'm low",
    ],
    "a safety notice, no fault told": [
        "用电提醒：大功率电器别同时插一个插排",
        "取暖器和电热水壶一起开容易跳闸 大家注意",
        "Safety reminder: heaters and kettles on one socket can trip the breaker",
    ],
    "a census of residents or a staff question relayed": [
        "居委会统计：家里有残疾人的请回复 姓名+房号",
        "志愿者问：哪些楼还没领到抗原？",
        "Notice: residents over 70 please reply with your name and building",
    ],
    "advice to a class of households, or how to receive a visit": [
        "请家里有婴儿的住户 备好退烧药和体温计",
        "下午上门采样 请听到敲门后再开门 不要提前等在门口",
    ],
    "a rule or a schedule asked": [
        "外地来的亲戚可以让快递直接送上楼吗",
        "护士今天几点能到?",
        "my aunt has COPD, does she need to register with the health centre?",
    ],
    "a fault word inside another word": [
        "老楼没电梯 每天爬十几层 腿都软了",
    ],
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

# The writer's own ask beside a telling, or an ask that only looks like one: it stands.
STILL_ASKED: dict[str, list[tuple[str, Category]]] = {
    "an ask beside boredom, a mishap or a question of what is allowed": [
        ("网断了 无聊死了 能来修一下吗 3-1-502", Category.REPAIR),
        ("窗户玻璃碎了 还好没人受伤 麻烦来修一下 3-1-502", Category.REPAIR),
        ("阳台玻璃裂了 好在没人受伤 5-2-301", Category.REPAIR),
        ("帮邻居问问 能不能团一箱鸡蛋 3-1-502", Category.GROCERIES),
    ],
    "a counselling session booked, though only to talk: medical": [
        ("能帮我约个心理医生吗 最近睡不好 就是想找人聊聊 3-1-502", Category.MEDICAL),
        (
            "could I book a counselling session? nothing urgent, just needed to talk to someone. "
            "5-2-301",
            Category.MEDICAL,
        ),
    ],
    "a group buy's deadline asked beside the share claimed": [
        ("团购什么时候截单 帮我报两箱牛奶 3-1-502", Category.GROCERIES),
    ],
    "a fact of a service asked, and the writer's own ask": [
        ("团购的大米能开发票吗 帮我问问 再帮我买一袋 3-1-202", Category.GROCERIES),
        ("快递能帮我送上楼吗 在东门 5-2-301", Category.ERRAND),
    ],
    "a round not done, the writer's own rubbish asked taken": [
        ("垃圾还没收完 我家的能帮忙扔一下吗 3-1-502", Category.GARBAGE),
    ],
    "a scare over, a fix or goods asked": [
        ("还以为有电了 冰箱还是不转 能来修一下吗 5-2-301", Category.REPAIR),
        ("Can someone bring me some paracetamol? All clear otherwise. 4-2-601", Category.MEDICINE),
    ],
    "a thing asked lent to the writer": [
        ("谁家有体温计 能借我一个吗 2-1-1101", Category.MEDICINE),
    ],
    "plain asks beside no telling": [
        ("门口有垃圾 麻烦收一下 4-1-202", Category.GARBAGE),
        ("Could someone buy some bread for my mum? 3-1-101", Category.GROCERIES),
        ("马桶堵了 能找人来通一下吗 2-1-302", Category.REPAIR),
    ],
    "a class named or a visit time, beside the writer's own ask": [
        ("护士几点来? 我妈腿肿了 麻烦先上来看看 3-1-502", Category.MEDICAL),
    ],
    "a fault now, beside a safety word or a stock told": [
        ("空调和热水器一起开容易跳闸 现在跳闸了 能来看看吗 3-1-502", Category.REPAIR),
        ("降压药只够吃两天了 麻烦帮我买一盒 3-1-502", Category.MEDICINE),
    ],
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
