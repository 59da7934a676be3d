"""Orders and their categories, and messages that ask for nothing, grouped by family.

Each family is what the message does (goods asked for, running out, listed; a fault told;
rubbish waiting) or, for look-alikes, why it places no order (an offer, a status, a notice,
a question for information). A newcomer adds a case to its family, not to the round in which
it was found."""

from typing import Any

import pytest

from domain.understanding import Category, Kind, understand

# Orders by category and by how they are placed.
ORDERS: dict[str, list[tuple[str, Category]]] = {
    "garbage: a medical-waste bag or what the fridge was cleared of, collection begged": [
        ("医废袋在门口 里面是用过的抗原 麻烦收 3-1-201", Category.GARBAGE),
        ("我家有医疗垃圾袋 都是试剂盒 需要收走 2-2-301", Category.GARBAGE),
        ("冰箱里清出来的烂菜 两袋放门口 麻烦收 5-1-302", Category.GARBAGE),
    ],
    "medicine: bought for a neighbour named by where she lives, her fever told": [
        ("帮对门奶奶买一盒退烧药 她烧到38.6 2单元301", Category.MEDICINE),
        (
            "Could you get some ibuprofen for the lady downstairs? fever 38.4, unit 1 201",
            Category.MEDICINE,
        ),
    ],
    "groceries: rainwear, baby purées counted out each": [
        ("谁能帮带一件雨披 一双雨鞋 5-2-301", Category.GROCERIES),
        ("could someone pick up a pair of rain boots for me? 1203", Category.GROCERIES),
        ("孩子吃的菜泥 果泥 各要两瓶 谢谢", Category.GROCERIES),
    ],
    "repair: an access card told failing, with no ask": [
        ("门禁卡不好使了 刷不开 4-1-201", Category.REPAIR),
    ],
    "groceries: a terse order": [
        # a service verb and its object beside the flat, nothing else
        ("买菜 十二栋一单元302", Category.GROCERIES),
    ],
    "groceries: asked for": [
        ("3幢2单元501 帮忙买一袋大米 两桶油 十个鸡蛋 谢谢🙏", Category.GROCERIES),
        ("帮忙买两斤猪肉 一颗白菜 5-2-301", Category.GROCERIES),
        ("谁家有多的酱油 能借一点吗", Category.GROCERIES),
        ("能帮我带一箱牛奶吗 孩子没奶喝了", Category.GROCERIES),
        ("家里米快吃完了 想团一袋", Category.GROCERIES),
        ("猫粮没了 谁能帮忙买一袋", Category.GROCERIES),
        ("尿不湿快用完了 帮忙带两包 L码", Category.GROCERIES),
        ("卫生纸没了 麻烦帮忙买一提", Category.GROCERIES),
        ("谁方便帮忙买包烟", Category.GROCERIES),
        ("Could a volunteer get me some bread and milk? Room 802", Category.GROCERIES),
        ("We're out of rice and cooking oil, can anyone help? 4-1-1001", Category.GROCERIES),
        ("Need diapers size L for my baby asap, 6-2-302", Category.GROCERIES),
        ("Anyone have spare baby formula? Mine ran out, Room 302", Category.GROCERIES),
        ("need trash bags and toilet paper pls", Category.GROCERIES),
        ("能不能帮我代购一些蔬菜", Category.GROCERIES),
        ("求一袋米 家里断粮了", Category.GROCERIES),
        ("Running low on diapers, can anyone help?", Category.GROCERIES),
        ("帮忙买点鸡旦 3-2-501", Category.GROCERIES),
        ("我的电话13800001111 急需尿不湿", Category.GROCERIES),  # a phone number given
        # more ways to ask: anyone has, 谁还有, 想预约, 求 opening a message
        ("求可乐 雪碧各一箱", Category.GROCERIES),
        # joining a chain or a group buy
        ("想接龙团购水果 我要一份 苹果香蕉都行", Category.GROCERIES),
        # a fixture with no fault is no repair
        ("我家冰箱空了 谁家有多余的鸡蛋能匀两个吗", Category.GROCERIES),
        # several requests in one message: the first one asked for
        ("帮我买点菜 顺便把快递拿上来", Category.GROCERIES),
        ("1. 牛奶两箱 2. 降压药一盒 3. 垃圾帮忙带下去", Category.GROCERIES),
        # sharing or lending between neighbours
        ("有没有邻居多的鸡蛋匀两个 明天还 602", Category.GROCERIES),
        ("有没有好心人借点酱油", Category.GROCERIES),
        # the goods asked for come after the ask; the device before is the reason
        ("血压计没电了 谁家有7号电池借两节", Category.GROCERIES),
        # northern colloquial asks (整点, 来点) and a staple gone (没菜了)
        ("俺家没菜了 土豆白菜随便整点 二号楼一单元101", Category.GROCERIES),
        ("家里没米了 谁能帮带一袋", Category.GROCERIES),
        ("火锅底料谁家有多的 想匀一包", Category.GROCERIES),
        ("我是新来的 有需要的话请问能帮我买点米吗", Category.GROCERIES),
        # what is left (还剩, 还有两片), nothing left (啥都不剩), one each with no unit
        ("奶粉还剩一勺 求助", Category.GROCERIES),
        # joining a group buy or a chain
        ("我想参加这个蔬菜包团购，4号楼303，两份", Category.GROCERIES),
        ("回复 @团长阿芳：+1 肉蛋套餐一份 10幢701", Category.GROCERIES),
        ("我们家想报名下一期的水果团", Category.GROCERIES),
        # the same families in other words
        ("+1 鸡蛋两板 5栋302", Category.GROCERIES),
        ("我也要参团 牛奶一箱", Category.GROCERIES),
        ("谁家多一包尿不湿 转给我 钱微信转你", Category.GROCERIES),
        ("12号 302 要两盒牛奶", Category.GROCERIES),
        ("哪位方便帮我带一瓶李锦记蚝油 6-301", Category.GROCERIES),
        ("麻烦帮我订三箱怡宝", Category.GROCERIES),
        ("谁顺路帮忙买两提清风纸巾 9栋", Category.GROCERIES),
        ("麻烦帮我订两箱椰树椰汁", Category.GROCERIES),  # unknown goods, counted in boxes
        # a parcel waiting at the door
        ("哪位团长方便帮带两瓶生抽", Category.GROCERIES),  # a group leader asked, no offer
        ("给我们留两份水果 谢谢", Category.GROCERIES),
        # thanks first, then a fresh ask
        ("Thanks in advance, could someone help with groceries for 1203?", Category.GROCERIES),
        (
            "Thanks for the help with the rice yesterday, could you also bring milk?",
            Category.GROCERIES,
        ),
    ],
    "groceries: listed without asking": [
        ("鸡蛋两盒 牛奶一箱 谢谢 1203", Category.GROCERIES),
        ("2 bags of rice, a dozen eggs - room 1203", Category.GROCERIES),
        # one quantity for each of the goods
        ("洗衣液 洗洁精各一瓶 谢谢志愿者", Category.GROCERIES),
        ("纸巾 湿巾各两包", Category.GROCERIES),
        # what is left (还剩, 还有两片), nothing left (啥都不剩), one each with no unit
        ("酱油 醋 盐 各一", Category.GROCERIES),
        # a resident joining a chain with a flat
        ("接龙 3栋502 鸡蛋两板", Category.GROCERIES),
    ],
    "groceries: running out": [
        ("宝宝奶粉快没了 爱他美2段 一罐 急", Category.GROCERIES),
        ("Out of milk and bread, 5-2-1102", Category.GROCERIES),
        # food running short told indirectly, a plain "give me two"
        ("家里的米只够吃两天了", Category.GROCERIES),
        ("冰箱里啥都没了 老人一天没吃饭了", Category.GROCERIES),
        # what is left (还剩, 还有两片), nothing left (啥都不剩), one each with no unit
        ("米面油都要 家里啥都不剩了", Category.GROCERIES),
    ],
    "medicine: asked for": [
        ("缺降压药 谁能帮忙", Category.MEDICINE),
        ("有没有人有多余的退烧药 孩子发烧了", Category.MEDICINE),
        ("急需胰岛素 7-1-502", Category.MEDICINE),
        ("能帮忙买点布洛芬吗 家里没有了", Category.MEDICINE),
        ("二甲双胍没了 帮忙配一盒 十幢三单元四零二", Category.MEDICINE),
        ("我妈的降压药吃完了 硝苯地平 能帮忙去药房配吗", Category.MEDICINE),
        ("胰岛素只剩一支了 谁能帮忙去医院开点", Category.MEDICINE),
        ("需要抗原试剂 两盒", Category.MEDICINE),
        ("需要一个体温计 家里的坏了", Category.MEDICINE),
        ("37.9 想要点退烧药 1203", Category.MEDICINE),
        ("帮忙配一下速效救心丸 我爸的快吃完了", Category.MEDICINE),
        ("Can someone get paracetamol from the pharmacy? 2-1-502", Category.MEDICINE),
        ("My insulin is almost out, can a volunteer help refill it? Room 2301", Category.MEDICINE),
        ("Need more nitroglycerin for my mom's angina, Room 1502", Category.MEDICINE),
        ("格华止没了 帮忙配两盒", Category.MEDICINE),
        ("amlodipine running low, can volunteer buy? Room 1101", Category.MEDICINE),
        # more ways to ask: anyone has, 谁还有, 想预约, 求 opening a message
        ("anyone has spare antihistamines? 4-2-301", Category.MEDICINE),
        ("谁还有布洛芬 我们家不急", Category.MEDICINE),
        ("药到了 帮忙带下去给我妈", Category.MEDICINE),  # carrying down is no throwing out
        # sharing or lending between neighbours
        ("谁能匀几片退烧药给我 孩子烧起来了", Category.MEDICINE),
        # the goods asked for come after the ask; the device before is the reason
        ("电子体温计坏了 谁家有多的体温计借一个", Category.MEDICINE),
        # food running short told indirectly, a plain "give me two"
        ("退烧贴还有吗 给我两片", Category.MEDICINE),
        # asking for a person (有没有人…) is no ask for goods: the drug still names it
        ("胰岛素快用完了 有没有人能帮忙去医院开一下 12栋602", Category.MEDICINE),
        # northern colloquial asks (整点, 来点) and a staple gone (没菜了)
        ("感冒药 板蓝根 999感冒灵 随便来点 栓Q", Category.MEDICINE),
        # a refill (要续), 充下 for 充一下, wanting to see a specialist
        ("我老妈的速效救心丸要续 跟上次一样 三瓶", Category.MEDICINE),
        ("胰岛素续三支 谢谢", Category.MEDICINE),
        # a neighbour's spare, paid for
        ("美林 谁家多一瓶可以转给我 我付钱", Category.MEDICINE),
        # drug forms by their names (乳膏, 混悬液)
        ("急需丁酸氢化可的松乳膏，有没有人能帮忙代购", Category.MEDICINE),
        # a quantity asked for beside something left at the door
        ("降压药是硝苯地平，要两盒，医保卡我放门口了", Category.MEDICINE),
        # a drug refilled at the hospital is medicine; a nurse asked to come is medical
        ("透析的病人要的降钾药没了，谁帮忙去医院配一下", Category.MEDICINE),
        # the same families in other words
        ("帮忙去社区医院开点降压药 我妈透析出不去", Category.MEDICINE),
        ("红霉素乳膏 谁有 借一支", Category.MEDICINE),
        ("求一盒坎地沙坦酯片 老人降压用的", Category.MEDICINE),
        ("谁能帮忙买一盒头孢呋辛", Category.MEDICINE),  # a drug known by its stem
        ("could someone get me some valsartan? Room 402", Category.MEDICINE),
        ("求购 补液盐 孩子拉肚子", Category.MEDICINE),
        # a parcel waiting at the door
        ("降压药想托人买一盒", Category.MEDICINE),
    ],
    "medicine: running out": [
        # what is left (还剩, 还有两片), nothing left (啥都不剩), one each with no unit
        ("降压药还有两片了", Category.MEDICINE),
    ],
    "garbage: a terse order": [
        # a service verb and its object beside the flat, nothing else
        ("倒垃圾 3-1-402", Category.GARBAGE),
    ],
    "garbage: asked for": [
        ("能不能帮忙把垃圾带下去 放门口了", Category.GARBAGE),
        ("可以帮忙倒一下垃圾吗 谢谢 3-2-801", Category.GARBAGE),
        ("Could someone take my trash out? It's by the door. 1204", Category.GARBAGE),
        ("Can somebody collect the rubbish outside 904?", Category.GARBAGE),
        ("Garbage pickup please, bldg 11 unit 2 room 504", Category.GARBAGE),
        ("medical waste bag full, used antigen tests inside, pls collect", Category.GARBAGE),
        # rubbish waiting at the door: counted in bags, or days with nobody collecting
        ("医疗垃圾我家有一袋 放门口了 请收走", Category.GARBAGE),
        # throwing out or collecting from the door is garbage, whatever the rubbish once was
        ("快递纸箱太多了 能帮忙扔一下吗", Category.GARBAGE),
        ("用过的试剂盒装了一袋 放门口了 麻烦收一下", Category.GARBAGE),
        # rubbish left for days, or left at the door with a request to handle it
        ("医疗废物袋放门口了 请处理 9-1-1001", Category.GARBAGE),
        # left at the door and asked to be taken (not a volunteer's status)
        ("猫砂 垃圾 能帮扔一下吗 放在门口了", Category.GARBAGE),
        ("阳性家庭的垃圾咋处理 我家的放门口了 请安排人来收", Category.GARBAGE),
        ("用过的抗原试剂盒一袋 放门外了 请处理", Category.GARBAGE),
        ("快递纸箱一袋 放门外了 请处理", Category.GARBAGE),
        # 拉圾 for 垃圾; bagged or used things to be taken away are rubbish
        ("门口两袋拉圾 麻烦收一下", Category.GARBAGE),
        ("用过的口罩和手套 装好袋了 麻烦帮忙处理", Category.GARBAGE),
        ("抗原盒都用完了 扎好口放门外 请收走", Category.GARBAGE),
        ("纸尿裤垃圾太多了 臭 请清走", Category.GARBAGE),
        ("旧沙发能帮丢了吗", Category.GARBAGE),
        ("坏掉的台灯 谁能帮扔下吧", Category.GARBAGE),
        ("不用帮忙买菜了 但是麻烦帮我倒下垃圾", Category.GARBAGE),  # one declined, one asked
        # rubbish unemptied for days, 谁来 asks
        ("垃圾好几天没倒了 谁来管管", Category.GARBAGE),
        ("门外的垃圾谁来收一下啊 苍蝇都来了", Category.GARBAGE),
        ("门口垃圾已经堆了三袋了，什么时候能来收一下？", Category.GARBAGE),
        # bulky rubbish and its removal; used kits
        ("家里的旧床垫要处理掉，找谁能帮忙搬一下", Category.GARBAGE),
        ("装修剩的瓷砖和木板 属于大件吗 能不能安排清运", Category.GARBAGE),
        ("请问今天几点收垃圾？我家有一大堆纸箱子需要处理", Category.GARBAGE),
        ("拉级放门口了帮忙带下", Category.GARBAGE),
        ("we've got a bag of used test kits outside, please pick up", Category.GARBAGE),
        # small talk first: its goods are not what is asked for
        ("昨天那个菜很新鲜谢谢团长～另外我家垃圾还在门口没人拿，麻烦看一下", Category.GARBAGE),
        # the same families in other words
        ("旧沙发和床垫要清运 能安排吗", Category.GARBAGE),
        ("不用的旧书和纸壳能帮忙回收吗", Category.GARBAGE),
        ("旧椅子要扔 能找人搬下去吗", Category.GARBAGE),
        ("猫砂拎不动 谁能帮我拎下去", Category.GARBAGE),
        ("the bin bags outside my door need to be collected, Room 1202", Category.GARBAGE),
        ("纸箱和瓶子一起放门口了 记得拿走", Category.GARBAGE),
        ("我们的垃圾放楼道了 辛苦拎走", Category.GARBAGE),
    ],
    "garbage: rubbish waiting": [
        ("门口垃圾三天没人收了 臭了", Category.GARBAGE),
        ("门口两袋垃圾 有一袋是用过的抗原 算医疗垃圾吧", Category.GARBAGE),
        # rubbish waiting at the door: counted in bags, or days with nobody collecting
        ("厨余垃圾一袋 其他垃圾一袋 放在2-1-901门口了", Category.GARBAGE),
        ("垃圾已经放门口两天了还没人收 臭死了", Category.GARBAGE),
        # rubbish left for days, or left at the door with a request to handle it
        ("我家的垃圾已经放了三天了 没人来收 七号楼", Category.GARBAGE),
        ("垃圾两天了还没人来拿", Category.GARBAGE),
        ("三袋厨余放在门外了 5-2-301", Category.GARBAGE),  # rubbish put out, no asking word
        # rubbish piled up beside a question about the collection time
        ("请问今天几点来收垃圾？我家攒了三袋了，5栋401", Category.GARBAGE),
        ("垃圾已经堆了两袋了 什么时候来收", Category.GARBAGE),
    ],
    "errand: a terse order": [
        # a service verb and its object beside the flat, nothing else
        ("取快递 5栋1201 谢谢", Category.ERRAND),
    ],
    "errand: asked for": [
        ("能帮忙下楼取一下外卖吗", Category.ERRAND),
        ("Can someone mail a letter for me? Room 702", Category.ERRAND),
        ("快递到驿站了 取件码发你 帮忙拿一下", Category.ERRAND),
        ("奶站有我家订的牛奶 麻烦志愿者帮忙拿一下", Category.ERRAND),
        ("帮忙交一下电费 200块 户号私聊发你", Category.ERRAND),
        ("手机欠费了 谁能帮忙充50话费", Category.ERRAND),
        ("需要开一个出门证明 能帮忙去居委会拿一下吗", Category.ERRAND),
        ("Could someone pay my electricity bill? 100 yuan, Room 603", Category.ERRAND),
        ("Pls help pick up my package from the gate, code 5-2-3307. Room 1702", Category.ERRAND),
        ("Can someone top up my phone? 50 yuan, number 138 0000 5678. Room 905", Category.ERRAND),
        ("我嘅快递喺門口 邊位幫手攞上嚟", Category.ERRAND),  # Cantonese, traditional characters
        ("话费充值 30 谢谢 3-401", Category.ERRAND),  # a top-up with its amount
        ("谁能帮我把这封信寄出去 挂号信", Category.ERRAND),  # registered mail, not a hospital 挂号
        ("能帮忙把化验单送到社区卫生站吗", Category.ERRAND),  # documents to carry
        # several requests in one message: the first one asked for
        ("帮忙交电费 再带两瓶酱油", Category.ERRAND),
        ("帮我收一下快递 放门口就行", Category.ERRAND),  # receiving a parcel, not rubbish
        # cards are documents
        ("帮忙把医保卡寄给我妈", Category.ERRAND),
        ("有没有人能帮忙把社保卡送到居委会", Category.ERRAND),
        # a refill (要续), 充下 for 充一下, wanting to see a specialist
        ("给我充下网费呗 宽带到期了", Category.ERRAND),
        ("帮我交下电费 100", Category.ERRAND),
        # left at the door and asked to be taken (not a volunteer's status)
        ("a document to be signed and delivered, can volunteer help?", Category.ERRAND),
        # 帮 + any service verb (帮冲 heard for 帮充), 续费 for a bill
        ("手机没话费了 帮冲一下 50", Category.ERRAND),
        ("帮充点电费 5栋1201", Category.ERRAND),
        ("网费到期了 谁能帮忙续费", Category.ERRAND),
        ("宽带欠费了 麻烦帮交一下", Category.ERRAND),
        ("请问能帮我把快递送进来吗", Category.ERRAND),  # asked for me: not a rule question
        # 充值 with Chinese numerals
        ("国家电网充值一百 户号123456 谢谢", Category.ERRAND),
        # test kits handed out and fetched
        ("有人能帮忙领一下社区发的抗原吗", Category.ERRAND),
        ("请问抗原在哪里领？能帮忙取一下吗", Category.ERRAND),
        # help with a certificate, a contact
        ("请问有人能帮我去居委开个证明吗？", Category.ERRAND),
        # the same families in other words
        ("帮我领一下楼下发的抗原试剂", Category.ERRAND),
        ("团购的水果放在一楼大厅了 能帮我拎上来吗", Category.ERRAND),
        ("牛奶站的奶能帮我取一下吗", Category.ERRAND),
        ("can someone help me get my passport copy stamped by the committee?", Category.ERRAND),
        ("宽带到期了 能帮我去营业厅交一下吗", Category.ERRAND),
        # a parcel waiting at the door
        ("快递员说包裹放门口了 我腿不方便 哪位帮个忙拿上来", Category.ERRAND),
        ("报纸订在门卫的 能帮拿一下吗", Category.ERRAND),  # subscribed, not bought
        # a rule against a service, then an ask to get round it
        ("门卫不让送上来，能不能帮忙拿一下", Category.ERRAND),
    ],
    "repair: a fault told": [
        ("开关按了没反应 灯不亮", Category.REPAIR),
        ("The heating isn't working, Room 1203", Category.REPAIR),
        ("My toilet won't flush, 3-1-201", Category.REPAIR),
        ("家里跳闸了 推不上去 一直没电", Category.REPAIR),
        ("下水道堵了 厨房水池不下水", Category.REPAIR),
        ("燃气灶打不着火 做不了饭了 8-1-602", Category.REPAIR),
        ("门锁坏了 打不开门 在外面进不去", Category.REPAIR),
        ("窗户玻璃碎了 风很大", Category.REPAIR),
        ("冰箱不制冷了 菜都要坏了", Category.REPAIR),
        (
            "No power in my flat since this morning, breaker keeps tripping. Room 702",
            Category.REPAIR,
        ),
        ("Water heater not working, no hot water for 2 days. Unit 3 Room 1502", Category.REPAIR),
        ("电闸总是跳 开不了空调 3-1-402", Category.REPAIR),  # a breaker that keeps tripping
        ("楼道的灯一闪一闪的 好几天了", Category.REPAIR),  # flickering needs a fixture
        ("The kitchen light keeps flickering, Room 1203", Category.REPAIR),
        ("The power in our whole unit went out again", Category.REPAIR),
        ("厕所冲水箱坏了一直流水", Category.REPAIR),  # a cistern is a fixture
        # who knows how to fix a fixture that beeps or does not work
        ("the door buzzer doesn't work so deliveries can't reach us, Blk 5", Category.REPAIR),
        ("门铃坏了 快递员按了没反应", Category.REPAIR),
        # a toilet blocked or water overflowing
        ("厕所又堵了 水都漫出来了 7-2-302", Category.REPAIR),
        ("卫生间地漏水溢出来了", Category.REPAIR),
        # a toilet that will not flush, 堵 heard as 赌
        ("我家马桶赌了 冲不下去", Category.REPAIR),
        ("厕所赌住了", Category.REPAIR),
        # backflow, no hot water, an error code; 快来 and 派人 ask
        ("热水器显示E4 不出热水了", Category.REPAIR),
    ],
    "repair: asked for": [
        ("暖气不热 能找人看看吗", Category.REPAIR),
        ("家里断网了 能报修吗", Category.REPAIR),
        ("物业能来看看吗 厕所漏水", Category.REPAIR),
        ("水龙头关不紧一直滴水 能修一下吗", Category.REPAIR),
        ("马桶堵了😭 有没有师傅 十二栋八零一", Category.REPAIR),
        ("The toilet is clogged, could someone send a plumber? 5-2-1102", Category.REPAIR),
        ("帮看看我家热水器 一直不出热水", Category.REPAIR),  # 帮 + verb is a request
        ("水龙头关不住了 一直流 有师傅没", Category.REPAIR),  # 有师傅没: is there a repairman
        # a fixture with no fault is no repair
        ("家里停水了 能帮忙看看吗", Category.REPAIR),
        ("我家冰箱坏了 不制冷 能帮忙看看吗", Category.REPAIR),  # a fault makes it a repair
        # who knows how to fix a fixture that beeps or does not work
        ("烟雾报警器一直滴滴响 应该是电池没电了 谁会换 1808", Category.REPAIR),
        # left at the door and asked to be taken (not a volunteer's status)
        ("漏水 请处理", Category.REPAIR),  # a fault at the door is no rubbish
        # Cantonese: 可唔可以/能唔能 ask, 坏咗 and 冇热水 are faults, 搵师傅
        ("冷气坏咗 可唔可以搵人嚟整", Category.REPAIR),
        ("屋企冇热水 能唔能搵师傅睇下", Category.REPAIR),
        # backflow, no hot water, an error code; 快来 and 派人 ask
        ("下水道返水 臭死了 物业快来", Category.REPAIR),
        ("空调故障 派个人来看看", Category.REPAIR),
        # a fault with a question about its cause
        ("燃气灶点不着，是不是燃气欠费了？能帮看看吗", Category.REPAIR),
        ("The toilet keeps running. Could maintenance take a look?", Category.REPAIR),
        # the same families in other words
        ("Could property take a look at our leaking tap?", Category.REPAIR),
        ("浴霸不亮了 麻烦物业看看", Category.REPAIR),
        ("微波炉坏了 谁会修", Category.REPAIR),
        # a parcel waiting at the door
        ("热水器漏得厉害 得尽快修", Category.REPAIR),  # must be fixed soon
    ],
    "medical: asked for": [
        ("Can I get a ride to the hospital for my chemo on Monday?", Category.MEDICAL),
        ("Need to see a doctor, not urgent. Room 805", Category.MEDICAL),
        ("我妈每周二四六要去医院透析 需要安排车接送", Category.MEDICAL),
        ("社区医生能不能上门看一下 我爸腿有点肿 不急", Category.MEDICAL),
        ("孩子该打疫苗了 能安排去社区医院吗", Category.MEDICAL),
        ("老人腿疼好几天了 想请社区医生来看看", Category.MEDICAL),
        (
            "My mom needs dialysis on Friday, can someone arrange transport? Room 1403",
            Category.MEDICAL,
        ),
        (
            "Can the community doctor visit my grandma? She has a bad cough. Room 1404",
            Category.MEDICAL,
        ),
        (
            "I have a regular prenatal checkup at the hospital on Thursday, how can I get there?",
            Category.MEDICAL,
        ),
        ("我妈腰疼 想让家庭医生上门瞧瞧", Category.MEDICAL),  # 想让/想请 someone come
        ("明天要去医院复查 怎么去 2-1-301", Category.MEDICAL),  # how to get to hospital
        ("吃了退烧药还是不退 能请社区医生来看一下吗", Category.MEDICAL),  # medicine taken
        ("Can community doctor come check my daughter's rash? not urgent", Category.MEDICAL),
        # more ways to ask: anyone has, 谁还有, 想预约, 求 opening a message
        ("想预约一下线上问诊 牙疼两天了", Category.MEDICAL),
        # specialists are doctor visits
        ("牙疼好几天了 能帮忙约个牙医吗", Category.MEDICAL),
        ("想帮我妈挂个眼科的号 能安排车吗", Category.MEDICAL),
        ("could someone book my dad a dentist appointment?", Category.MEDICAL),
        # a refill (要续), 充下 for 充一下, wanting to see a specialist
        ("眼睛发炎好几天了 想看眼科 有啥办法", Category.MEDICAL),
        ("孩子牙疼 想看牙医", Category.MEDICAL),
        # a drug refilled at the hospital is medicine; a nurse asked to come is medical
        ("老人要打胰岛素，不会用新的笔，能不能请社区护士来教一下", Category.MEDICAL),
        # help with a certificate, a contact
        ("产检日期到了，需要去医院，请问怎么申请出门 能帮忙联系吗", Category.MEDICAL),
        # tests at home, a provider asked for, a video consultation
        ("核酸上门 18栋2单元 1101 卧床老人", Category.MEDICAL),
        ("卧床老人核酸能不能上门采？", Category.MEDICAL),
        ("我爸行动不便，核酸能不能上门做？", Category.MEDICAL),
        ("女儿眼睛发炎了 有没有眼科医生可以视频看一下", Category.MEDICAL),
        # the same families in other words
        ("能不能请家庭医生上门给我爸打胰岛素", Category.MEDICAL),
        ("有没有会看皮肤的医生 孩子起疹子了", Category.MEDICAL),
        ("上门采样能安排吗 老人卧床", Category.MEDICAL),
        ("吃了止痛药也不管用 想约个牙科门诊 能帮忙吗", Category.MEDICAL),
        ("is there a way to get my dad's pacemaker checked at the hospital?", Category.MEDICAL),
        ("how can we arrange a blood test for my mother at home?", Category.MEDICAL),
        # a parcel waiting at the door
        ("is there a nurse who could change my dad's dressing?", Category.MEDICAL),
        ("can a doctor see my son online? he has a cough", Category.MEDICAL),
    ],
}

# Look-alikes that are plainly other (no order, no category), by why they place no order.
NOT_ORDERS: dict[str, list[str]] = {
    "goods or faults named with nothing asked": [
        "谢谢志愿者们 辛苦了❤️",
        "明天几点发物资?",
        "今天几点做核酸?",
        "收到 谢谢",
        "What time is the PCR test tomorrow?",
        "Does anyone know when the next round of PCR testing is?",
        "Are we allowed to go down for the PCR test without a mask?",
        "Does anyone know if the pharmacy delivers?",
        "饿死了 团购的菜什么时候到啊",
        "团购的水果到了吗",
        "今天菜价好贵啊",
        "武汉加油 大家加油💪",
        "Thanks so much to whoever brought up my groceries! You guys are amazing 🙏",
        "谢谢邻居送的菜 太感动了",
        "宝宝昨天发烧 今天已经退了 精神很好 谢谢邻居送的药",
        "No fever, no cough, all good here in 1802 👍",
        "完蛋了 又要封一周",
        "抗原阴性 2-1-301",
        "?",
        "👍",
        "Who collects trash today?",
        "心塞 又要做核酸",
        "今天团购了两箱牛奶 好开心",
        "谢谢邻居送的两箱牛奶",
        "Do we need to bring masks for the test?",
        "做核酸需要带身份证吗",
        "请问怎么买药?",
        "Please do not leave garbage in the stairwell",
        "Volunteers will collect trash at 7pm tonight",
        "志愿者今晚7点收垃圾",
        "谢谢5栋的大哥帮我把水扛上来",  # thanks for help received
        "感谢志愿者们 每天帮我们送菜 辛苦了",  # thanks for a deed, told with what it took
        "多谢楼长 半夜又帮我们跑了一趟药店",
        "感谢志愿者昨天帮我把快递送上来",
        "邻居人真好 昨天帮我修好了门锁",  # past help, finished
        "卫生纸用完了 不过邻居给了一卷",  # a shortage already met
        "We ran out of milk but a neighbour gave us some",
        "物业电话是多少",  # asking for a number is a question
        "今天的菜已经都发完了 没领到的请联系楼长",  # 请联系 points elsewhere
        "昨天的菜少了一个土豆 没关系 就是说一下",  # a list about a past day reports
    ],
    "offers and group buys opened": [
        "我有多的口罩 需要的说一声",
        "有需要药的可以找我",
        "Anyone want to join the group buy for vegetables?",
        "I have spare ibuprofen if anyone needs it",
    ],
    "questions for information": [
        "Can anyone tell me when the garbage is collected?",
        "群里谁有菜鸟驿站的电话?",
    ],
    "requests that ask for nothing here": [
        "大家好 我是新搬来的 请多关照",
        "药店怎么去",  # directions, not a ride to a doctor
    ],
    "spam and adverts": [
        "低价代购 进口车厘子 一箱198 加微信 abc123",
        "特价口罩 一盒9.9 加微信",
    ],
    "staff notices": [
        "【温馨提示】请大家按时下楼做核酸",
        "物业通知：今晚10点停水两小时 请提前储水",
        "请大家不要在群里发无关信息 谢谢配合",
        "Please remember to put your trash outside your door by 8pm",
        "Reminder: PCR testing at 8am, please bring your ID",
        "明天早上统一收垃圾 请放在门口",
        "请大家晚上8点前把垃圾放门口",
        "Dear residents, water will be cut off tomorrow 9-11am",
        "志愿者招募：需要10人帮忙发物资 有意者私聊",  # recruitment is a staff notice
        "Volunteers wanted to help carry supplies, sign up here",
        "物资到了 请2号楼的居民下楼领取",  # a staff notice to collect
    ],
    "status updates and work done": [
        "已送到",
        "5-1-302的米已送到 请开门取一下",
        "东西放你门口了 记得拿",
        "On my way with your groceries!",
        "Delivered to 1203, please check",
        "我来送 马上到",
        "I'll grab it for you, on the way",
    ],
}

# Look-alikes that place no order (some are temperature reports), by why.
NO_ORDER: dict[str, list[str]] = {
    "goods or faults named with nothing asked": [
        "停水了 什么时候来水啊",
        "顺便问一下 明天发菜吗",
        "求求大家别在群里发广告了",
        "今天的菜是谁分的 我家少了一颗白菜",  # a count gone wrong is a report
        "我家那份漏了两瓶牛奶 是不是送错了",
        "我借了邻居两个鸡蛋 已经还了",  # borrowed in the past
        "门铃响了 应该是快递到了",  # a ring is no fault
        "笑死我了 今天团购的菜只有一根葱 我真的会谢",  # a delivery that came short
        "整点报时 现在十点",
        "10点整点发菜",
        "他赌了一晚上 输惨了",
        "昨天团的鸡蛋各一盒 收到了",
        # help declined
        "菜已经买到了 不用帮忙了",
        "不需要麻烦了 邻居给了",
        # goods handed out by the community, hand-out notices, group admin
        "社区发的菜有白菜 萝卜各一颗",
        # past help described
        "上次帮我买药的是哪位志愿者 想谢谢你",
        "买菜难 3栋",  # a verb and a word with no service: not terse
        "收到 3栋1202",
        "倒垃圾的时间是几点",
        "鸡蛋还有两板 够吃了",  # enough left
        "我家的米还够吃一个月",
        "我家狗狗吃了巧克力一直吐 有没有宠物医生",  # a pet's doctor
        "垃圾都清走了 谢谢大家",
        "楼下是哪家漏水了？",
        "今天的西瓜好贵 要二十块一个",  # a price, not a quantity asked for
        "今天的物资包里有大米一袋 面条两包",  # contents described
        "社保卡可以在线补办吗",  # whether a thing can be done online
        "护工说奶奶中午吃了一碗面条",  # eaten, not asked for
        "西瓜三块一斤 比上周便宜",  # a price remarked on
        "车厘子一箱两百 太贵了",
        "鸡蛋一板三十 划算吗",
        "今天的菜好新鲜 黄瓜两根 茄子三个 感恩",  # praise for goods received
        "厨余我们自己处理 不麻烦大家了",  # help declined
        "请问今天几点来收垃圾？",  # a schedule question with nothing waiting
        "快递一直放在门卫，不让送上来，太不方便了",  # a rule complained about
        "外卖小哥不许送上来 只能放大门口",
        "Thanks everyone for the help with groceries this week!",  # thanks for help given
        "Thank you so much for the help with my parcel",
    ],
    "offers and group buys opened": [
        "接龙团购水果 需要的邻居接龙",  # the chain itself is an offer
        "我可以帮忙跑腿 有需要的找我",  # an offer
        # offers by volunteers and neighbours with goods to spare
        "我是3栋的志愿者，有需要买药的可以私信我",
        "有需要代购的邻居 可以联系我",
        "有没有人要多余的土豆？买多了",
        "西瓜吃不完 可以送给邻居",
        "I'm a volunteer on floor 5, message me if you need anything",
        "If anyone needs groceries, just let me know",
        "【接龙】鸡蛋团购 30枚一箱 68元 要的接龙",  # the organiser's chain
        "布洛芬我家还有两盒，谁家需要可以私信我",  # an offer
        "我在家闲着也是闲着，谁家需要帮忙跑腿的可以喊我",
        "明天上午透析车8点在南门集合，需要的请提前报名",  # a notice
        "谁需要蔬菜的可以找我",
        "谁家需要蚝油的 我这里多了一瓶 私信我",  # an offer
        "有需要买菜的邻居 可以在小程序里登记",  # a notice
        "我这边有多的消毒液 谁需要说一声",  # an offer
    ],
    "questions about rules": [
        # whether goods may come in, residents go out
        "请问外卖能送进小区吗",
        "请问现在可以出小区买菜吗？",
    ],
    "questions for information": [
        "二甲双胍和阿卡波糖能一起吃吗？",  # how to take it
        "这个药可以空腹吃吗",
    ],
    "requests that ask for nothing here": [
        "你们来点实际的好不好",
        "谁有团购群 拉我一下",  # a chat group, not goods
        "快来看 今天的晚霞好美",
        "燃气公司明天上门检查管道 请家里留人",  # a visit announced
    ],
    "staff notices": [
        "通知：明天上午9点到12点停水 请提前储水",
        "下午三点统一收垃圾 请各户放门口",  # a notice
        # goods handed out by the community, hand-out notices, group admin
        "物资发放：每户两斤猪肉 一箱牛奶",
        "团购一群已满 请加三群",
        "开药的流程是这样的：先在互联网医院问诊，然后药房送药上门",  # a procedure explained
        "本周蔬菜包有：土豆2斤、洋葱3个，请各位查收",  # the organiser's list
        "提醒大家 代购药品要提供处方",  # a notice
    ],
    "status updates and work done": [
        "厕所的灯修好了 谢谢师傅",  # fixed already
        "垃圾已经放门口了",  # a status with no request
        "电梯坏了 物业已经在修了",  # being fixed
        "楼道灯坏了 已报修",
        "菜已送到 放门口了",
        # work done, rubbish taken
        "马桶师傅来修完了 谢谢",
        "门口的垃圾已经收走了",
        "水管弄好了 谢谢物业",
        "楼上漏水漏到我家了 已经跟物业说了 他们说明天来",  # already reported
        "今天的垃圾已经全部收走了，辛苦志愿者们",  # work done
        "跳闸的问题已经解决了，是空调功率太大",
        "门锁的事情物业说明天来修",  # promised by others
        "核酸上门的名单已经报上去了，请卧床老人的家属留意电话",
        "我刚才看到楼下有人在修电闸，是哪家跳闸了？",  # a neighbour's fault
        "电梯的事情物业说下午来修",
        "The electrician fixed the socket, thank you!",  # work done
        "The water is back on in building 3",  # service restored
        "纸箱刚才被志愿者拿走了",  # collected already
    ],
    "where goods are sold": [
        "请问有没有人知道哪里还能买到抗原？",  # where it is sold
        "请问哪里能买到布洛芬？",
        "where can I buy ibuprofen around here?",
    ],
}

# Requests next to thanks or past words: the kind each must keep.
BESIDE_THANKS: list[tuple[str, Kind]] = [
    ("昨天的快递能帮忙拿一下吗", Kind.ORDER),  # a past word before a request for now
    ("谢谢 帮我买两斤鸡蛋", Kind.ORDER),  # thanks in its own clause
    ("谢谢 还请帮我买点退烧药 3-1-201", Kind.ORDER),  # thanks in advance, then the ask
    ("昨天帮我买了菜 今天能不能再带点水果", Kind.ORDER),
]

# Several requests in one message: the first named, but medicine wins ties.
SEVERAL: list[tuple[str, Category]] = [
    ("帮忙买米 顺便把垃圾带下去", Category.GROCERIES),
    ("帮忙拿下快递 再买点菜", Category.ERRAND),
    ("买点菜和退烧药", Category.MEDICINE),
]


def _cases(families: dict[str, list[Any]], /) -> list[Any]:
    """Every family's cases, each with its family and text in the test id."""
    return [
        pytest.param(*args, id=f"{family}: {args[0]}")
        for family, cases in families.items()
        for args in (case if isinstance(case, tuple) else (case,) for case in cases)
    ]


@pytest.mark.parametrize(("text", "category"), _cases(ORDERS))
def test_orders_and_their_category(text: str, category: Category) -> None:
    reading = understand(text)
    assert (reading.kind, reading.category) == (Kind.ORDER, category), reading.evidence


@pytest.mark.parametrize("text", _cases(NOT_ORDERS))
def test_look_alikes_are_other(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.OTHER, reading.evidence
    assert reading.category is None


@pytest.mark.parametrize("text", _cases(NO_ORDER))
def test_look_alikes_place_no_order(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.ORDER, reading.evidence


@pytest.mark.parametrize(("text", "kind"), BESIDE_THANKS)
def test_requests_next_to_thanks_or_past_words_keep_their_kind(text: str, kind: Kind) -> None:
    assert understand(text).kind is kind


@pytest.mark.parametrize(("text", "category"), SEVERAL)
def test_several_requests_take_the_first_named_but_medicine_wins_ties(
    text: str, category: Category
) -> None:
    assert understand(text).category is category


def test_category_evidence_names_the_word() -> None:
    evidence = understand("需要布洛芬 一盒就行 1102室").evidence
    assert "category:medicine:布洛芬" in evidence
    assert "request:need-zh:需要" in evidence


def test_a_fault_with_no_request_is_a_repair_order() -> None:
    assert "fault:跳闸" in understand("家里跳闸了 推不上去").evidence


def test_trash_bags_bought_are_groceries_but_left_outside_are_garbage() -> None:
    assert understand("帮忙买一卷垃圾袋").category is Category.GROCERIES
    assert understand("垃圾袋放门口了 麻烦拿下去").category is Category.GARBAGE


def test_paying_for_electricity_is_an_errand_but_no_power_is_a_repair() -> None:
    assert understand("帮忙交一下电费").category is Category.ERRAND
    assert understand("家里突然没电了 能找电工看看吗").category is Category.REPAIR


def test_a_record_for_the_hospital_does_not_outweigh_the_visit() -> None:
    reading = understand("带病历去医院复诊 需要安排车")
    assert (reading.kind, reading.category) == (Kind.ORDER, Category.MEDICAL), reading.evidence
