"""Emergencies by concept: paraphrases in zh and en of blind misses, and look-alikes beside them.

Grouped by what the message tells, not by the round in which the wording was found; each concept
is read by its signs (FAST stroke signs in any words, a face swelling after a food, a gas smell
growing, pills by the bottle or the few, a farewell told by its acts, a fight told by its sounds,
someone alone and unreachable), so a newcomer's wording of the same situation is checked, not one
sentence. The family is named where it decides the advice.
"""

import pytest

from domain.understanding import EmergencyFamily
from tests.support.families import cases, check_calm, check_emergency, texts

EMERGENCIES: dict[str, list[tuple[str, EmergencyFamily | None]]] = {
    "a knife made ready, held out no longer, a fracture now, a gas leak reported beside a notice": [
        ("我想死 真的撑不下去了 刀都拿好了", EmergencyFamily.SUICIDE),
        ("I can't keep going. I've got the pills ready. sorry everyone", EmergencyFamily.SUICIDE),
        ("孩子摔下楼梯 骨折了 骨头都露出来了", EmergencyFamily.FALL),
        ("我闻到煤气味 不要开灯对吧 我家好像漏气了", EmergencyFamily.GAS),
        ("燃气公司明天上门检查 我家漏气了 快来", EmergencyFamily.GAS),
        ("提醒大家 3楼着火了 快跑", EmergencyFamily.FIRE),
        ("胸口闷吗? 闷 很闷 喘不上气", None),
        ("我妈摔了 现在能走吗 膝盖流了好多血", None),
    ],
    "a fire feared spreading now, a call asked of whoever can, smoke after the plug was pulled": [
        ("着火了 会不会烧到我们家 快来人", EmergencyFamily.FIRE),
        ("油锅起火了 别用水浇对吧 现在火很大 3-1-201", EmergencyFamily.FIRE),
        ("厨房着火了怎么办 火越来越大", EmergencyFamily.FIRE),
        ("call 120 if you can, she is not breathing", EmergencyFamily.NOT_BREATHING),
        ("call an ambulance if anyone is awake please, my dad collapsed", None),
        ("插座冒火花 已经拔掉了 还在冒烟", EmergencyFamily.FIRE),
        ("he is talking about suicide again and has the pills ready", EmergencyFamily.SUICIDE),
        ("my dad collapsed onto the sofa and isn't responding", EmergencyFamily.UNRESPONSIVE),
        ("饭难吃得要命 我爸吃完晕倒了 快报警", EmergencyFamily.UNRESPONSIVE),
    ],
    "a plea to whoever is awake, a child into a bottle or a few pills, a reaction to the airway": [
        ("有人醒着吗 求求你们帮我打120 我动不了了 18栋503", None),
        ("还有谁没睡吗 麻烦帮我叫个救护车 我起不来了", None),
        ("is anyone still awake? please call 120 for me, i can't move", None),
        ("我女儿把一瓶布洛芬混悬液全喝了 刚发现 2岁 11-3-1501 急急急", EmergencyFamily.POISONING),
        ("孙子把半瓶止咳糖浆喝了 现在一直睡 叫他也不太理", EmergencyFamily.POISONING),
        ("三岁的儿子把一整瓶维生素片吃了 5-1-202", EmergencyFamily.POISONING),
        (
            "My toddler swallowed some of grandma's blood pressure tablets, he's getting sleepy",
            EmergencyFamily.POISONING,
        ),
        ("the 2 year old ate a few of my sleeping pills, 3-2-801", EmergencyFamily.POISONING),
        ("toddler got into the dishwasher pods, bit one, drooling and coughing", None),
        ("baby got hold of the laundry capsules and is coughing", EmergencyFamily.POISONING),
        ("宝宝吃了鸡蛋 全身风团 脸肿 现在呼吸很快 嗓子有响声 5-2-404", EmergencyFamily.BREATHING),
        ("被马蜂蛰了 身上起了好多疙瘩 现在喘不上气 8-1-302", EmergencyFamily.BREATHING),
        ("孩子吃了虾过敏 嘴唇肿起来了 呼吸越来越急", None),
    ],
    "no full sentences, the head dropping sideways, a cry heard beside chat, pills poured out": [
        ("奶奶哮喘犯了 吸入剂用了也不管用 说不出整句话 2-1-301", EmergencyFamily.BREATHING),
        ("his asthma is bad, the inhaler isn't helping and he can't finish a sentence", None),
        ("视频里我爸突然头往一边倒 说话说不清 6-2-402", EmergencyFamily.STROKE),
        ("菜到了 谢谢大家\n对了 楼下有人一直在喊救命 物业快去看看", None),
        ("他说我走了你们就轻松了 把安眠药全倒在桌上了 3-3-303", EmergencyFamily.SUICIDE),
    ],
    "a method named inside a warning sign's words, a cry mid-workout, a lid that failed": [
        ("女儿把自己反锁在卫生间 说要割腕 敲门不开 3-2-501", EmergencyFamily.SUICIDE),
        ("救命 我爸做俯卧撑的时候突然倒了 叫不醒", None),
        ("油锅起火 用锅盖盖了 还在烧 3-1-201", EmergencyFamily.FIRE),
    ],
    "pills made ready then goodbye, a call advised now, stable asked, a fall again now": [
        ("撑不住了 备好安眠药了 别找我", EmergencyFamily.SUICIDE),
        ("我妈有抽搐 要马上打120", EmergencyFamily.SEIZURE),
        ("我妈胸口疼 打了120 救护车还没来 现在稳定吗 不知道", EmergencyFamily.CARDIAC),
        ("grandma fell last month and she fell again now, can't get up", EmergencyFamily.FALL),
        ("Help! my dad collapsed while uploading his antigen result, not breathing", None),
        (
            "Just saw smoke from the building across the road, it's spreading to ours, 3-1-201",
            EmergencyFamily.FIRE,
        ),
    ],
    "barely responding, eyes rolling now, an ambulance misspelt, a fit again after last year's": [
        ("grandpa barely responds when we call him, he's diabetic, 2-2-301", None),
        ("my son's eyes roll up and he is shaking, fever 38", EmergencyFamily.SEIZURE),
        ("pls call ambulans now, dad on floor", None),
        ("去年我爸癫痫发作 现在又在抽了", EmergencyFamily.SEIZURE),
        ("烧炭取暖 差点中毒 现在头晕想吐 站不稳", None),
        ("my sister from Shanghai is staying with us and she just collapsed, 3-1-201", None),
    ],
    "a fit going on for minutes, gas flowing unlit, down and bleeding, an old man failing": [
        ("She's had a seizure that won't stop, 4 minutes now. 2-1-301 doctor please", None),
        ("he has had a seizure for five minutes, still shaking", EmergencyFamily.SEIZURE),
        ("邻居说我妈开着煤气灶出门了 火早灭了 气还在往外冒 一屋子味 9-1-302", None),
        ("the flame went out on her stove and the gas is still coming out, she's 85", None),
        ("mum smelled gas all afternoon and it's still strong, now she has a headache", None),
        ("快来人 我爸在厕所起不来了 头上一直流血 4-2-601", EmergencyFamily.FALL),
        ("my grandma can't get up off the floor and she's bleeding from her head", None),
        ("快来 我家老太太不行了 6幢2单元101", None),
        ("俺家老头子好像不行了 快叫救护车", None),
    ],
    "an overdose of a named drug, a stroke like the last one, smoke on a floor, a drill denied": [
        ("my brother swallowed all his painkillers and won't wake up properly, 7-2-903", None),
        ("他把安眠药全吃了 现在叫不太醒 12-1-401", None),
        ("Mum's face is drooping again and she can't talk right, same as last time. 3-1-602", None),
        ("奶奶又中风了 跟去年一样 嘴歪 说话不清", EmergencyFamily.STROKE),
        ("there's thick smoke on the 12th floor and the alarm won't stop", EmergencyFamily.FIRE),
        ("smoke and flames coming out of the meter cupboard on our landing", EmergencyFamily.FIRE),
        ("This is not a drill!! smoke coming out of 1402, bldg 6", EmergencyFamily.FIRE),
        ("不是演习 真的着火了 5楼 快跑", EmergencyFamily.FIRE),
    ],
    "a hedge before real signs, a fall that keeps her down, eyes rolling back in a fever": [
        (
            "not trying to be dramatic but my chest is crushing and my jaw hurts, sweating. 1204",
            None,
        ),
        ("not being dramatic but I can't catch my breath and my lips look blue", None),
        ("Grandad's had a fall on the stairs and can't get up, he's 90. 4-2-301", None),
        ("baby is 39 and shaking, her eyes keep rolling back", EmergencyFamily.SEIZURE),
    ],
    "a baby's fever before its age, a fire on a floor by its number": [
        ("宝宝39度8 10个月 喂了药也不退 小手冰凉", EmergencyFamily.INFANT_FEVER),
        ("十五楼有火 烟特别大 快跑", EmergencyFamily.FIRE),
        ("6层冒烟了 好像是602", EmergencyFamily.FIRE),
    ],
    "typed word by word with spaced commas, lying still, a double dose, black smoke": [
        ("我 妈妈 糖尿病 , 叫 不 醒 , 一直 出汗 。 5-2-301", EmergencyFamily.UNRESPONSIVE),
        ("爷爷 躺在 楼梯口 一动不动 , 叫 他 没 反应 !", EmergencyFamily.UNRESPONSIVE),
        ("我的爸爸不醒 呼吸很小 怎么办", None),
        ("mum took her blood pressure tablets twice by mistake and now she feels faint", None),
        ("the stairwell on 12F is full of thick smoke, can't see anything", EmergencyFamily.FIRE),
    ],
    "a fall and still not up, pills lined up for tonight, glue drunk, found collapsed": [
        ("外公换灯泡从梯子上摔下来 半天了还没起来 也不吭声", EmergencyFamily.FALL),
        ("I'm finished. The tablets are counted out and I'm swallowing them all tonight.", None),
        ("小孩把胶水喝了一口 一直在吐", EmergencyFamily.POISONING),
        ("刚开完会出来 发现我妈倒在厨房门口 叫她没反应", EmergencyFamily.UNRESPONSIVE),
    ],
    "seen on a video call, trapped by smoke, lamp oil, with the child, one pill for another": [
        ("爸爸刚在视频里说胸口像压了块石头 一直冒汗 他一个人住3幢502", EmergencyFamily.CARDIAC),
        ("Dad passed out during our video call, he's not answering now. 5-1-1103", None),
        ("楼道里烟特别浓 我们出不去了 快来人", EmergencyFamily.FIRE),
        ("my son swallowed some kerosene from the heater, he keeps coughing", None),
        ("活不下去了 想带着孩子一起离开", EmergencyFamily.SUICIDE),
        ("奶奶把降糖药当维生素吃了好几粒 现在出冷汗 有点迷糊", None),
    ],
    "bedding set alight, sparks and then smoke, the real trouble after 主要是": [
        ("停电点蜡烛 窗帘点着了 火越来越大 5楼", EmergencyFamily.FIRE),
        ("the socket behind the tv is sparks and then smoke, 8-1-402", EmergencyFamily.FIRE),
        ("体温37.6 不过现在主要是心口疼得厉害 一直冒冷汗", EmergencyFamily.CARDIAC),
    ],
    "police sent for, jumping tonight, a Cantonese faint, lying there since yesterday's arrival": [
        ("he's kicking the door in, we're hiding in the bedroom, send police now 3-3-902", None),
        ("活不下去了 今晚就从楼上跳下去", EmergencyFamily.SUICIDE),
        ("阿婆喺厨房晕低咗 叫唔醒 快啲", EmergencyFamily.UNRESPONSIVE),
        (
            "My brother moved in last week, he's lying in the hallway not breathing properly. 804",
            None,
        ),
    ],
    "oxygen stopped with the power, a farewell posted by someone here, a thud after silence": [
        ("dad can't get air, his oxygen concentrator died in the power cut. 3-2-1201", None),
        ("闺蜜在微博发了'永别了' 她住我们楼6-1-702 电话打不通 谁去敲门", None),
        ("隔壁阿姨说头晕以后就不回消息了 敲门没人应 里面咚的一声", None),
        ("pills saved up. took everything from the medicine cabinet. bye", None),
        ("sitting on the balcony railing thinking about jumping", EmergencyFamily.SUICIDE),
        ("安眠药我攒够了 谢谢大家这些年 再见", EmergencyFamily.SUICIDE),
    ],
    "crying to wake a relative, better off without me, gas hissing, a number asked for": [
        ("隔壁砰的一声 然后听到小孩哭着喊 奶奶你醒醒", EmergencyFamily.UNRESPONSIVE),
        ("heard a thud next door and a girl screaming mum wake up", EmergencyFamily.UNRESPONSIVE),
        ("my family would be better off without me. I've figured out how to do it tonight", None),
        ("I worked out how to do it. I don't want to be here tomorrow", EmergencyFamily.SUICIDE),
        ("厨房燃气管嘶嘶的声音 一股煤气味 不敢开灯 6-1-802", EmergencyFamily.GAS),
        ("三楼煤气味越来越重 敲门没人应 谁知道他家电话", EmergencyFamily.GAS),
    ],
    "the number said twice, a count of pills, a grey colour, the means ready and sorry": [
        ("120 120 快 3-1-402", None),
        ("快 120!! 8-2-1101", None),
        ("my son swallowed about 25 tablets of his nan's meds, he's so sleepy", None),
        ("grandpa can hardly breathe and has gone a greyish colour", EmergencyFamily.BREATHING),
        ("活着太累了 药已经攒好了 永别了", EmergencyFamily.SUICIDE),
    ],
    "second-language English: fits, eyes not opening, better I die; mushrooms and colours": [
        (
            "my boy having fits, arms and legs shaking, first time ever. 2-1-301",
            EmergencyFamily.SEIZURE,
        ),
        ("Husband faint in toilet, he breathe but not opening eyes", EmergencyFamily.UNRESPONSIVE),
        ("nobody care about me here, i think better i die tonight", EmergencyFamily.SUICIDE),
        ("we ate mushrooms from the market, now my father vomiting and seeing little people", None),
        ("吃了菌子以后 我妈说眼前全是五颜六色的 还一直吐", None),
        ("heard a crash upstairs, the grandpa is shouting he can't get up, door locked", None),
    ],
    "a carer who cannot lift the fallen, ending it said now, a jump said flat, 躺着个人": [
        (
            "my mum slid off the toilet and I can't get her up, my back is bad 4-1-202",
            EmergencyFamily.FALL,
        ),
        (
            "Dad fell out of bed, I'm 78 and I can't lift him, please someone come",
            EmergencyFamily.FALL,
        ),
        (
            "sorry to do this here. I'm ending it tonight. look after my kids",
            EmergencyFamily.SUICIDE,
        ),
        ("I'm about to jump. tell my sister I love her", EmergencyFamily.SUICIDE),
        ("防盗窗已经打开了 我准备跳 别找我", EmergencyFamily.SUICIDE),
        ("楼梯口躺着个人 喊他也不动 谁下来看看", EmergencyFamily.UNRESPONSIVE),
    ],
    "a one-year-old written 1yo, a pesticide drunk for a drink, a whole blister swallowed": [
        ("my 1yo is 104F and really floppy, won't drink anything", EmergencyFamily.INFANT_FEVER),
        ("爷爷把柜子里的农药当成饮料喝了 现在一直吐", EmergencyFamily.POISONING),
        ("我吃了一整板止痛药 现在心跳好快 对不起", EmergencyFamily.POISONING),
    ],
    "a nosebleed for an hour, help please and a flat, silent then locked, a laugh taken back": [
        ("鼻血流了快一个小时了 两条毛巾都湿透了 还是止不住 3-1-402", EmergencyFamily.BLEEDING),
        ("help me please 5-2-1101", None),
        ("我妈在浴室快一个小时没出来 叫她没反应 门还反锁着", EmergencyFamily.UNRESPONSIVE),
        ("老伴晕在厨房了 一股煤气味 快", None),
        ("哈哈哈 不好笑了 我爸真的倒了 叫不醒 快来人", EmergencyFamily.UNRESPONSIVE),
        ("开玩笑的时候我最能闹 现在真慌了 孩子吞了一颗纽扣电池", EmergencyFamily.POISONING),
    ],
    "on the balcony saying sorry, a labour here beside a father in the hometown": [
        ("I'm on the balcony now. tell my husband im sorry", EmergencyFamily.SUICIDE),
        (
            "妈妈肚子好疼 说要生了 流了好多水 爸爸在老家回不来 我们在8栋 谁能帮帮我们",
            EmergencyFamily.LABOUR,
        ),
    ],
    "煤汽 typed, a child silent after a fall, not getting up, a laugh taken back by but": [
        ("燃汽味很重 我妈头晕想吐 3-1-502", EmergencyFamily.GAS),
        ("女儿从沙发上掉下来 不哭也不动 快来人", EmergencyFamily.UNRESPONSIVE),
        ("Grandpa fell in the hallway and he's not getting up, 4-2-101", EmergencyFamily.FALL),
        ("家里燃气关了还是有一股臭味 越来越大 我有点晕", EmergencyFamily.GAS),
        (
            "not sure if im overreacting haha but my chest is super tight and my left arm is numb",
            EmergencyFamily.CARDIAC,
        ),
        ("我家猫把我绊倒了 从楼梯上摔下来 起不来", EmergencyFamily.FALL),
    ],
    "a shock then 就倒了, food days old then a collapse now, pink froth coughed up": [
        ("卫生间漏电 我妈摸了一下热水器就倒了 叫她没反应", EmergencyFamily.UNRESPONSIVE),
        (
            "my dad ate some bad chicken from two days ago, vomiting nonstop and he just collapsed",
            EmergencyFamily.UNRESPONSIVE,
        ),
        ("老伴一直喘 躺不平 咳出粉红色泡沫痰 6-2-301", EmergencyFamily.BREATHING),
    ],
    "a pulse under 40, someone gone silent after a thud, a neighbour called 李姨": [
        ("老公吃了两遍降压药 心率只有36 头晕站不住", EmergencyFamily.CARDIAC),
        (
            "my mum took her heart pills twice this morning, her pulse is down to 38 and she's "
            "pale",
            EmergencyFamily.CARDIAC,
        ),
        ("早上去敲门 看到李姨倒在门口 怎么叫都不醒 她家的猫一直在叫", EmergencyFamily.UNRESPONSIVE),
        ("楼上砰的一声 然后听见孩子喊爷爷 爷爷没反应了 快上去看看", EmergencyFamily.UNRESPONSIVE),
    ],
    "a wish for safety, a birth told beside a bleeding: no resolution": [
        ("羊水破了 宫缩很密 母子平安就好 快叫车", None),
        ("she is bleeding heavily after the baby was born, please come", None),
        ("产后大出血 止不住 母子平安的话还好 现在她脸色发白", None),
        ("我爸晕倒了 叫不醒 保佑平安 快来人", None),
    ],
    "someone said to be about to jump, 'not a drill', a valve that will not shut": [
        (
            "my neighbour just texted me that he's going to jump, please someone check on him now",
            EmergencyFamily.SUICIDE,
        ),
        ("this is not a drill, my mum collapsed and isn't answering me, 5-2-301", None),
        ("燃气阀门关不上了 一直往外冒气 一股味 7-1-202", EmergencyFamily.GAS),
    ],
    "a child choking asked how to help, a parent's signs of a stroke": [
        ("孩子噎住了 脸都紫了 怎么急救 快", EmergencyFamily.CHOKING),
        ("我妈有中风的征兆 嘴歪了 一侧手臂没力气", EmergencyFamily.STROKE),
    ],
    "a beating told as it happens, a door kicked at while one is locked in": [
        ("老公又喝醉了 正在打我 我跑到卫生间锁上门了 他在外面砸门", EmergencyFamily.VIOLENCE),
        (
            "my husband is drunk and hitting me, I'm locked in the bathroom",
            EmergencyFamily.VIOLENCE,
        ),
    ],
    "nobody would notice the jump: the statement made as a supposition": [
        (
            "no one would even care if I jumped off the roof tonight. goodbye",
            EmergencyFamily.SUICIDE,
        ),
    ],
    "Wu and Cantonese: lying in (躺勒), no answer (叫伊伐应), foam at the mouth (白泡)": [
        ("阿拉姆妈躺勒地板上 叫伊伐应 快点来", EmergencyFamily.UNRESPONSIVE),
        ("阿爷突然口吐白泡 手脚一直抽 快啲叫白车", EmergencyFamily.SEIZURE),
    ],
    "dictated by voice: an 'ambience' called, a denial that ends at a new subject": [
        ("call an ambience please my wife is not breeding and her lips are blue", None),
    ],
    "a fall down the stairs told with 在, not 从": [
        ("外婆在楼梯上摔下来了 快来人 4-2-301", EmergencyFamily.FALL),
        ("我爸在台阶上跌下去了 叫他不答应", EmergencyFamily.FALL),
        ("my mum fell down the stairs, please come quick", EmergencyFamily.FALL),
    ],
    "someone trapped in a lift who has gone quiet": [
        ("电梯里关着个老人 很闷 刚才还敲门 现在没声音了 快", None),
    ],
    "a correction after 'fine', a jump set for tonight, all the insulin, a pet's poison drunk": [
        ("更正一下 刚才说我妈摔了没事 现在她站不起来了 一动就疼", None),
        ("correction: dad's not fine, he can't get up off the floor now", None),
        ("I'm gonna jump tonight. sorry", EmergencyFamily.SUICIDE),
        ("she keeps saying she's going to inject all her insulin tonight", EmergencyFamily.SUICIDE),
        ("my boy drank some of the cat's flea treatment, vomiting", EmergencyFamily.POISONING),
    ],
    "breath barely drawn with the inhaler empty, a floppy baby at 104F": [
        ("my son's asthma is bad and he can hardly breathe, no inhaler", EmergencyFamily.BREATHING),
        ("4 month old burning up at 103.5F and floppy", EmergencyFamily.INFANT_FEVER),
    ],
    "fits one after another with no waking between, no reason left to keep going": [
        ("她今天接连抽了三次 中间一直没醒 8-2-301", EmergencyFamily.SEIZURE),
        ("I can't see any point in going on. Goodbye everyone", EmergencyFamily.SUICIDE),
    ],
    "a sting or a food, then the throat swelling and a wheeze": [
        ("被马蜂蛰了以后 喉咙肿 喘气带哨音", None),
    ],
    "a baby's chest drawing in, up on a roof saying sorry to the family": [
        ("两个月的宝宝喘得很快 鼻翼一扇一扇 肋骨凹进去", EmergencyFamily.BREATHING),
        ("my newborn's ribs are pulling in with every breath", EmergencyFamily.BREATHING),
        ("I'm at the rooftop now. tell my parents I'm sorry", EmergencyFamily.SUICIDE),
        ("我在天台上 替我跟爸妈说对不起", EmergencyFamily.SUICIDE),
    ],
    "a worry excused first (sorry if this is nothing), then a stroke's signs": [
        ("sorry if this is nothing but dad's face is drooping and his speech is slurred", None),
        ("apologies if this is silly, my wife suddenly can't lift her right arm", None),
    ],
    "relayed from abroad for parents here: a fall with a head wound": [
        ("我在外地 我妈说我爸刚才摔倒了 头磕破了 一直流血 扶不起来 求帮忙 5-1-302", None),
        ("我人在国外 我妈说我爸在卫生间摔倒了 头撞破了 她扶不动", EmergencyFamily.FALL),
    ],
    "gas heard hissing, a dishwasher tablet swallowed, charcoal burned with symptoms": [
        ("the hob flame blew out and the gas keeps hissing, mum feels sick", EmergencyFamily.GAS),
        ("宝宝把洗碗机的清洁块舔了 现在一直吐", EmergencyFamily.POISONING),
        ("我们都头疼想吐 晚上关窗烧着炭取暖 老人叫不太醒", EmergencyFamily.POISONING),
    ],
    "a child pulled from the bath, a fall on the back of the head, blood soaking through": [
        ("孩子在澡盆里呛水了 抱出来没哭 也不太动", EmergencyFamily.DROWNING),
        ("外卖小哥在台阶上滑倒 后脑勺着地 现在不动了", None),
        ("sliced my hand on a knife, blood is soaking right through the tea towel", None),
    ],
    "a fire the writer cannot put out": [
        ("the pan caught fire and we can't put it out, leaving the flat now 3-1-802", None),
        ("oil fire in the kitchen!! cannot put out, we go outside 5-2-1101", EmergencyFamily.FIRE),
        ("锅里着火了 扑不灭 我们先跑出来了 6-2-301", EmergencyFamily.FIRE),
    ],
    "a patient off dialysis: consciousness clouding, the heart beating oddly": [
        ("我爸透析三天没做了 人开始有点意识不清 心跳很乱 5-1-402", None),
        ("dad missed dialysis twice, his heart is beating strange and he feels like dying", None),
    ],
    "a weak heart named, then the pain now, in spaced simple Chinese": [
        ("奶奶 心脏 不好 刚才 开始 很 痛", EmergencyFamily.CARDIAC),
    ],
    "stroke and chest pain in broken English": [
        ("my mother's speech is all garbled and she can't lift left arm", EmergencyFamily.STROKE),
        ("my wife chest very painful and she is sweating so much", EmergencyFamily.CARDIAC),
    ],
    "a throat tightening after a food, a knock on the head then drowsy, a box of pills": [
        ("she ate peanuts by mistake, her throat is getting tight", None),
        ("my boy fall off the bed and hit head, now very sleepy", None),
        ("he took whole bottle of sleeping pills", EmergencyFamily.POISONING),
    ],
    "reduced baby movements late in pregnancy": [
        ("36周 从昨晚到现在都没有胎动 怎么办", None),
        ("32 weeks, I've noticed far fewer kicks today and now nothing at all", None),
    ],
    "a child's poisoning: pills got hold of, a detergent pod bitten; a scald blistering": [
        ("my toddler got hold of grandma's heart pills, not sure how many", None),
        ("he bit into a laundry pod and is coughing", EmergencyFamily.POISONING),
        ("boiling water spilled on her, arms and belly blistering", EmergencyFamily.BURN),
        ("my 9mo is 39.8 and very floppy", EmergencyFamily.INFANT_FEVER),
    ],
    "a farewell posted or a wish to die said before, then silence": [
        ("女儿把自己反锁在房间 叫了半天没回应 上周说过活着没意思", None),
        ("我弟刚发动态说下辈子见 手机关机了 他一个人住5-2-301", EmergencyFamily.SUICIDE),
        ("I don't want to go on anymore. sorry everyone", EmergencyFamily.SUICIDE),
        ("楼下2楼好像在烧炭 一股炭味 敲门一直没人应", None),
    ],
    "understated: a partner slid down who cannot be lifted, burns after a fire put out": [
        ("婆婆从沙发上滑到地上了 我俩扶不起来 不急 慢慢来", EmergencyFamily.FALL),
        ("厨房起火 火灭了 但他胳膊上全是水泡", EmergencyFamily.BURN),
        ("please someone talk me down, I'm on the balcony", EmergencyFamily.SUICIDE),
    ],
    "a threat to one's life told to a parent who is abroad": [
        ("我儿子打电话给我说不想活了 我人在国外 求邻居去看看 3-1-201", EmergencyFamily.SUICIDE),
    ],
    "a fit that will not stop, pills saved for tonight, a scald told by the skin": [
        ("我妈癫痫持续状态 抽了快十分钟了 一直停不下来 1幢2单元602", EmergencyFamily.SEIZURE),
        (
            "I've saved up my sleeping pills. Tonight I'm going to take all of them.",
            EmergencyFamily.SUICIDE,
        ),
        (
            "Boiling oil spilled over my son's arms, skin blistering and peeling off. 8-2-703",
            EmergencyFamily.BURN,
        ),
    ],
    "a carer worn out who means to go together with the one cared for": [
        ("我真的撑不下去了 一个人照顾瘫痪的老伴三年了 今晚想和他一起走", EmergencyFamily.SUICIDE),
    ],
    "a burn told by how bad it is, the skin peeling": [
        (
            "my wife burned her arm badly on the stove, the skin is peeling off. 7-3-601",
            EmergencyFamily.BURN,
        ),
    ],
    "stuck in the bath or on the floor, unable to get up": [
        ("姥姥在浴缸里起不来了 腿没劲 水都凉了 4栋202", EmergencyFamily.FALL),
    ],
    "a stove that will not light and hisses, the room full of its smell": [
        ("燃气灶打不着 一直有咝咝声 满屋子都是气味 头晕 3-2-1201", EmergencyFamily.GAS),
    ],
    "a child choking still struggling, or into pills taken for sweets": [
        ("宝宝吃花生噎到了 已经拍出来一半 还在喘 嘴唇有点紫 9-2-702", EmergencyFamily.CHOKING),
        ("宝宝把我的孕妇铁剂吃了半瓶 以为是糖豆 现在呕吐 2204", EmergencyFamily.POISONING),
    ],
    "an emergency forwarded for a neighbour": [
        (
            "【转发】对门1203的阿姨隔着门说她老伴喘不上气 嘴唇发紫 她手机没电 谁帮忙打一下120",
            None,
        ),
    ],
    "a child's fever fit, the body rigid, the eyes fixed": [
        ("宝宝高烧抽了 浑身发硬 眼神发直", EmergencyFamily.SEIZURE),
        ("孩子烧到40度 突然抽起来了", EmergencyFamily.SEIZURE),
    ],
    "bleeding after a birth, told by how much": [
        ("媳妇生完二胎在家坐月子 刚才突然出血特别多 床单都湿透了 脸煞白", EmergencyFamily.BLEEDING),
    ],
    "a fall told in Northeastern words, alone and unable to get up": [
        ("我爸晚上起夜在厕所卡了个跟头 起不来了 说腰动不了 9-1-301", EmergencyFamily.FALL),
    ],
    "a cry for help asking whether anyone is there": [
        ("救命啊 有人在吗 6单元302", None),
        ("救命 有没有人 我起不来了", None),
        ("help! is anyone there? 3-1-402", None),
    ],
    "a birth under way at home, the head out": [
        ("大家帮帮我 我老婆在家生了 头都出来了 12-1-1502", EmergencyFamily.LABOUR),
        ("媳妇在楼道里生了 快来人", EmergencyFamily.LABOUR),
    ],
    "someone slumped on a video call with family far away": [
        (
            "I'm on video with my dad from Melbourne and he's just slumped over and won't answer "
            "me. Please someone go and check!! 4-3-601",
            EmergencyFamily.UNRESPONSIVE,
        ),
    ],
    "a cry heard by a volunteer at the door, in a report": [
        ("志愿者报告：送药到15幢1单元1201 敲门里面有人喊救命 门打不开 请物业带钥匙过来", None),
    ],
    "a goodbye as no more burden, then silence": [
        (
            "My sister just texted me 'sorry for everything, I won't be a burden anymore' and now "
            "she won't pick up. Please someone knock on her door",
            EmergencyFamily.SUICIDE,
        ),
    ],
    "stroke: a face side, an arm or leg that drops, garbled speech": [
        ("Mum's talking all jumbled and her left hand keeps dropping her cup, 5-2-301", None),
        ("my husband's words are coming out muddled and one arm hangs limp", None),
        ("grandma's speech went slurry and her right leg gave way", None),
        ("Dad suddenly can't get his words out, 7-1-902", EmergencyFamily.STROKE),
        ("奶奶说话突然大舌头 右手拿不住碗 3-1-402", EmergencyFamily.STROKE),
        ("我爸讲话舌头打结 半张脸不会动了", EmergencyFamily.STROKE),
        ("外公胳膊一抬起来就掉下去 说话含含糊糊的", EmergencyFamily.STROKE),
    ],
    "stroke: the worst headache ever with a side not moving": [
        (
            "my neighbour says his head hurts, the worst he's ever had, "
            "his right side isn't moving",
            EmergencyFamily.STROKE,
        ),
    ],
    "a face swelling after a food or a sting, or with the voice changing": [
        ("had some prawns at dinner and now my tongue feels thick and swollen", None),
        ("after the peanut cookie his eyelids and lips blew up, 3-1-402", None),
        ("my girl ate sesame crackers, her lips are puffing up and her voice is hoarse", None),
        ("孩子吃了腰果 嘴唇一下肿起来了 声音都变了", EmergencyFamily.BREATHING),
        ("宝宝刚吃了一口蛋羹 嘴巴周围全肿了 哭声都哑了", EmergencyFamily.BREATHING),
        ("老公吃了螃蟹 眼皮和嘴都肿起来了 4-2-1203", EmergencyFamily.BREATHING),
    ],
    "breath too short to finish a sentence": [
        ("she can only say two or three words at a time, 6-1-302", EmergencyFamily.BREATHING),
        ("asthma's bad, my son can't get a full sentence out", EmergencyFamily.BREATHING),
        ("我妈哮喘 说话断断续续的 一句话说不全", EmergencyFamily.BREATHING),
        ("爷爷喘得厉害 说两个字就喘", EmergencyFamily.BREATHING),
    ],
    "a small object swallowed, then retching or noisy breathing": [
        ("宝宝把一颗纽扣吞下去了 一直流口水 咳个不停", EmergencyFamily.CHOKING),
        ("小孩吞了个弹珠 现在干呕 呼吸有声音", EmergencyFamily.CHOKING),
        ("he swallowed a marble, now gagging and drooling", EmergencyFamily.CHOKING),
        ("kid swallowed a bottle cap and keeps retching, 9-1-301", EmergencyFamily.CHOKING),
    ],
    "a gas smell (rotten eggs) pervading or growing": [
        ("厨房里全是煤气味 越来越浓 不敢开灯", EmergencyFamily.GAS),
        ("走廊有股臭鸡蛋的味道 整层楼都是", EmergencyFamily.GAS),
        ("Sulphur stink all over the landing on floor 6, getting worse", EmergencyFamily.GAS),
        ("the whole corridor reeks of gas", EmergencyFamily.GAS),
    ],
    "a knock on a child's head, then vomiting or listless": [
        ("儿子从沙发上掉下来 撞着脑袋了 现在没精神", None),
        ("闺女头磕在茶几角上 过了一会吐了两回", None),
        ("baby rolled off the sofa, head hit the floor, now listless", None),
        ("my toddler bumped the back of her head on the slide and threw up twice", None),
    ],
    "medicine swallowed by the bottle, the strip, the few or the bunch": [
        ("my son drank the whole bottle of cough syrup, he's very drowsy", None),
        ("孙子趁大人不在 把姥爷的心脏药嚼了几片", EmergencyFamily.POISONING),
        (
            "he swallowed the whole bottle of 美林 kids ibuprofen syrup and is throwing up",
            EmergencyFamily.POISONING,
        ),
        ("我爸一口气吃了两瓶安眠药 快叫救护车", EmergencyFamily.POISONING),
        ("my daughter ate a handful of my vitamin tablets, maybe 15", EmergencyFamily.POISONING),
        ("孙子把一整瓶感冒药都吃了 刚发现", EmergencyFamily.POISONING),
    ],
    "a household chemical or a poison drunk, in any words": [
        ("my daughter drank a little bleach out of the bottle", EmergencyFamily.POISONING),
        ("孙女把洗衣粉舔了好几口 一直咳", EmergencyFamily.POISONING),
        ("my father drink rat poison, he is shaking, 3-1-101", EmergencyFamily.POISONING),
    ],
    "a farewell: a pet handed on for good, no more trouble to anyone": [
        ("多谢邻居们一直以来的关照 以后我家狗狗就拜托谁喂一下 再也不会麻烦你们了", None),
        ("Wanted to say goodbye to all of you. Can someone take care of my cats", None),
    ],
    "a farewell: belongings given away, a peace set for tonight": [
        ("Gave away all my stuff this week, soon I'll finally be at rest", None),
        ("衣服书都分给朋友了 东西都送人了 今夜就可以解脱", None),
    ],
    "a farewell: weary of living with the means at hand, or an end wanted tonight": [
        ("活得好累 活着真没意义 安眠药现在就在枕头边上", EmergencyFamily.SUICIDE),
        ("i will end it all tonight. sorry mum", EmergencyFamily.SUICIDE),
    ],
    "a farewell: a goodbye to the group after a burden said": [
        ("you'd all be better off without me. goodbye guys", EmergencyFamily.SUICIDE),
        ("I cannot go on. goodbye everyone", EmergencyFamily.SUICIDE),
    ],
    "someone on the outer side of a railing or a ledge": [
        ("a teenager is perched on the roof ledge of block 9", EmergencyFamily.SUICIDE),
    ],
    "a knife taken up, told as it happens": [
        ("救救我 那个人掏出刀了 在楼道里", EmergencyFamily.VIOLENCE),
    ],
    "a fight told by its sounds through the wall: crashing, crying, thuds like blows": [
        (
            "the couple next door, yelling and crashing, sounds like he's hitting her again",
            EmergencyFamily.VIOLENCE,
        ),
        ("楼上又在砸碗 女人一直哭喊 已经十分钟了", EmergencyFamily.VIOLENCE),
        (
            "upstairs a man is yelling and things keep crashing, someone crying",
            EmergencyFamily.VIOLENCE,
        ),
        (
            "upstairs there's shouting and thuds like someone is being punched",
            EmergencyFamily.VIOLENCE,
        ),
    ],
    "someone alone and silent after a thud or a crash, knocks unanswered": [
        (
            "heard a loud crash from 1104 this morning, the old man lives alone, no answer at door",
            None,
        ),
        ("nobody answering at 1502 all day, she lives alone, heard a thump last night", None),
        (
            "I keep knocking at 803, no answer, the lady there lives alone and we heard a crash",
            None,
        ),
        ("302的李奶奶两天没取快递了 敲门里面有呻吟声 就是没人开门", None),
    ],
    "someone old or frail alone, unreachable for long, a knock asked for": [
        ("我奶奶独居在3-1-402 手机从昨晚一直打到现在都没人接 她有高血压 谁能去看一眼", None),
        ("dad's alone at 2-302, 80 years old, haven't heard from him since yesterday", None),
        ("my aunt is alone in 7-1-101, phone keeps going to voicemail since this morning", None),
    ],
    "a fall told in dialect, or one of last night still not up behind a locked door": [
        ("俺娘从炕上栽下来了 头磕了 趴着起不来 2-1-301", EmergencyFamily.FALL),
        (
            "the old man in 7-2-101 fell yesterday evening and still can't get up, door's locked",
            None,
        ),
    ],
    "a hot drink spilled and skin peeling": [
        ("baby knocked hot milk onto her leg, skin is peeling off", EmergencyFamily.BURN),
    ],
    "contractions coming closer": [
        ("孕40周 肚子一阵阵疼 越来越频繁 怎么叫车", EmergencyFamily.LABOUR),
    ],
    "a person failing, told in the word 人 (救护车 mistyped too)": [
        ("快叫救护车 人快不行了 7-3-602", None),
        ("快叫就护车 我奶奶不行了", None),
    ],
    "someone else fine in a clause of its own does not calm the trouble": [
        ("my husband collapsed in the kitchen, he's not breathing. the kids are fine", None),
    ],
    "Chinese typed a character or a word at a time with spaces, or in pinyin": [
        ("我 妈 在 厕 所 摔 倒 了 叫 不 醒 3 栋 2 0 1", None),
        ("胸口 疼 出 冷汗 喘 不上 气 7-302", None),
        ("jiu ming wo ma yun dao le 4-1-101", None),
        ("kuai lai ren zhao huo le 5 hao lou", EmergencyFamily.FIRE),
    ],
    "resuscitation already under way: whoever does it found no breathing": [
        ("我们正在轮流给我爸做心肺复苏 快来人 3-1-502", EmergencyFamily.NOT_BREATHING),
        (
            "Neighbour collapsed, my husband is doing chest compressions, 9-2-1101",
            EmergencyFamily.NOT_BREATHING,
        ),
        ("老人无呼吸 无脉搏 快叫120", EmergencyFamily.NOT_BREATHING),
    ],
    "a household chemical swallowed, named by any cleaner": [
        ("孙子刚才喝了一口洗涤剂 一直咳 嘴边都是泡", EmergencyFamily.POISONING),
        ("宝宝喝了清洁剂 怎么办 快", EmergencyFamily.POISONING),
    ],
    "a nosebleed that will not stop or has run for half an hour": [
        ("外公流鼻血流了一个小时了 还在流 吃着阿司匹林的", EmergencyFamily.BLEEDING),
        ("my mum's nose has been bleeding for 40 minutes, won't stop", EmergencyFamily.BLEEDING),
    ],
    "a gas smell so strong no one dares make a spark": [
        ("厨房燃气那边一股味 我们都不敢开灯 怎么办 12-1-802", EmergencyFamily.GAS),
        (
            "whole flat smells of gas, too scared to switch on the lights, 5-2-301",
            EmergencyFamily.GAS,
        ),
    ],
    "every pill taken at once, or made ready beside a farewell": [
        ("I have swallowed all my sleeping pills, I'm sorry", EmergencyFamily.POISONING),
        ("真的撑不住了 药都准备好了 永别了", EmergencyFamily.SUICIDE),
    ],
    "a child who drank a cleaner, said in Cantonese": [
        ("个仔饮咗啲洁厕灵 而家喊唔停", EmergencyFamily.POISONING),
    ],
    "a farewell told by the means made ready and a last word, or by not being missed": [
        ("撑不下去了 安眠药我都备好了 不要找我了", EmergencyFamily.SUICIDE),
        ("no one would even notice if i were gone. pills counted out.", EmergencyFamily.SUICIDE),
    ],
    "all of one's pills tonight, thought of": [
        ("今晚想把药全吞了 反正也没人在乎", EmergencyFamily.SUICIDE),
        ("i keep thinking about swallowing all my pills tonight", EmergencyFamily.SUICIDE),
    ],
    "carbon monoxide felt, not told as a fact": [
        ("一氧化碳报警器一直在响 我老婆头晕 3-2-601", EmergencyFamily.POISONING),
        ("the carbon monoxide alarm is going off and dad is drowsy", EmergencyFamily.POISONING),
    ],
    "a bare summons to come now, with a help or a flat": [
        ("HELP. please somebody come up to 6-2-301", None),
        ("救命 有没有人 快来1203", None),
    ],
    "a fall told over two short sentences; someone too heavy to lift alone": [
        ("slipped in the shower. can't get up. alone. 1104", EmergencyFamily.FALL),
        ("老伴摔在卫生间 我一个人搬不动他 一直在喊疼", EmergencyFamily.FALL),
    ],
    "gone limp and no longer answering those beside her (low sugar)": [
        ("grandpa's sugar reads 2.0, he went limp and stopped responding to us", None),
        ("外婆血糖2.1 人软绵绵的 叫她也不答应了", None),
    ],
    "every pen or pill at once, to be done with it": [
        ("all my insulin is on the table. will use every one of them and be done with it", None),
    ],
    "a last word for the family beside a goodbye": [
        ("bye all. i'm done. tell my kids i love them", EmergencyFamily.SUICIDE),
        ("tell my wife i'm so sorry. goodbye everyone", EmergencyFamily.SUICIDE),
    ],
    "smoke that keeps people in": [
        ("3单元楼道全是烟 我们出不去了 3-1-502", EmergencyFamily.FIRE),
        ("浓烟 下不了楼 孩子在哭 11栋", EmergencyFamily.FIRE),
    ],
    "a carbon-monoxide alarm sounding": [
        ("the CO alarm keeps going off and nan is confused, 4-1-1101", EmergencyFamily.POISONING),
        ("一氧化碳报警器响了 我们全家头疼 12-2-302", EmergencyFamily.POISONING),
    ],
    "too many pills told, then how many": [
        ("我好像吃错了药 一整瓶降压药都吃了 心慌", EmergencyFamily.POISONING),
    ],
    "two failures told together, swallowing and breathing": [
        ("after the wasp sting he can't swallow or breathe properly", None),
    ],
    "one half of the body gone weak, told with 半 or 身子": [
        ("外婆右半边手脚突然使不上劲 嘴也歪了 6-1-402", EmergencyFamily.STROKE),
        ("爷爷一边身子突然动不了 叫他只会嗯嗯 3-3-301", EmergencyFamily.STROKE),
    ],
    "a jump meant from a place, in Cantonese too": [
        ("我今晚想喺天台跳落去 唔好搵我", EmergencyFamily.SUICIDE),
        ("她说想在楼顶跳下去 一直在哭 快去人", EmergencyFamily.SUICIDE),
    ],
    "every pill laid out, the thought of swallowing them all": [
        ("pills counted out on the desk, thinking about taking them all", EmergencyFamily.SUICIDE),
        ("my sister says she's going to jump off her balcony tonight", EmergencyFamily.SUICIDE),
    ],
    "the gas line itself said to leak": [
        ("the gas hose is hissing behind the stove, we feel sick, 3-1-401", EmergencyFamily.GAS),
    ],
    "the weight on the chest told as a likeness": [
        ("mum says chest like an elephant standing on it, cold sweat", EmergencyFamily.CARDIAC),
    ],
    "a fever and a fit told by how long it lasted": [
        ("孩子发烧39度 刚刚抽了一会儿 现在叫不太醒 5-2-601", None),
    ],
    "bleeding told calmly, still going and soaking through": [
        ("不好意思打扰 我妈还在流血 裤子都湿透了 有点晕 7-1-302", EmergencyFamily.BLEEDING),
    ],
    "a burden no more, gone by tomorrow, letters written": [
        ("i don't want to be a burden anymore. left some letters for my family", None),
        ("don't think i'll make it past tonight. goodbye everyone", None),
    ],
    "a fit longer than it usually lasts": [
        ("儿子癫痫发作 已经抽了六七分钟了 平时一会儿就好了", EmergencyFamily.SEIZURE),
    ],
    "a breath too short for words, told as probably nothing": [
        ("probably nothing but dad can barely speak between breaths, inhaler not helping", None),
    ],
    "smoke pouring in from somewhere below": [
        ("black smoke coming up the stairs from somewhere below, Bldg 5", EmergencyFamily.FIRE),
    ],
    "no point any more, thinking about jumping": [
        ("what's the point. keep thinking about jumping off the balcony", EmergencyFamily.SUICIDE),
    ],
    "eyes that will not open after a nap": [
        ("grandma's mumbling and won't open her eyes, not like her, 3-3-302", None),
    ],
    "someone else said to mean to take all her pills": [
        ("my brother says he will swallow all his pills tonight, door locked", None),
    ],
    "a plea to call 120 for one, a heart attack told as 犯了": [
        ("谁帮我打一下120 我爸喘不上来", None),
        ("奶奶心脏病犯了 含了药也不见好 嘴唇发紫", EmergencyFamily.CARDIAC),
    ],
    "a bare HELP with a flat and a please": [
        ("HELP!! 1203!! please", None),
    ],
    "speech gone and walking to one side": [
        ("我爸走路往一边歪 话也说不清楚 8-2-301", EmergencyFamily.STROKE),
    ],
    "all of one's pills at once, by mistake": [
        ("grandpa swallowed all his heart tablets at once by mistake, very sleepy", None),
    ],
    "a fall in broken English, 'can not stand'": [
        ("my father fall down in kitchen, he can not stand, 5-1-1002", EmergencyFamily.FALL),
    ],
    "no one will miss me, the rooftop tonight": [
        ("nobody will miss me. i will go to the rooftop tonight", EmergencyFamily.SUICIDE),
    ],
    "typed in pinyin: a leak and its smell, the means made ready": [
        ("mei qi xie lou le wei dao hen da 3-2-501", EmergencyFamily.GAS),
        ("wo bu xiang huo le yao dou zhun bei hao le", EmergencyFamily.SUICIDE),
    ],
    "a lot of a named drug taken, not wanting to wake up": [
        ("my flatmate took a lot of her sleeping pills, says she doesn't want to wake up", None),
    ],
    "one's own person failing, said plainly": [
        ("有人在吗 快来 我老伴不行了 4-3-201", None),
    ],
    "the bottle told first, then swallowed; not wanting to wake tomorrow": [
        ("不想明天再醒来了 一整盒安眠药都吞下去了", None),
    ],
    "walking off the balcony tonight": [
        ("might just walk off the roof tonight, 20 floors is enough", EmergencyFamily.SUICIDE),
    ],
    "to join the dead, affairs put in order, a life that only burdens": [
        ("老伴走了以后我就想去陪她 你们别劝我了", EmergencyFamily.SUICIDE),
        ("银行卡密码写在本子上了 替我跟儿子说声对不起", EmergencyFamily.SUICIDE),
    ],
    "the breathing itself heard wrong, and grey": [
        ("dad's breathing sounds really rattly and he's gone grey, 5-1-302", None),
    ],
    "way too many painkillers": [
        ("took far too many sleeping pills, feel weird and dizzy. 8-1-1402", None),
    ],
    "someone heard calling out for help, unseen": [
        ("the man in 503 keeps calling out for help, nobody opens", None),
    ],
    "a local emergency told by one who is in the next compound": [
        ("我妈摔了起不来 住3栋1单元502 我人在隔壁小区过不去 谁能去看看", EmergencyFamily.FALL),
    ],
    "someone up high, heard saying she will jump": [
        ("对门阿姨在窗边哭着喊要跳 快来人 7-2-1101", EmergencyFamily.SUICIDE),
        ("the lady in 902 is at the window screaming that she will jump", EmergencyFamily.SUICIDE),
    ],
    "a wound that spurts, in a reply to an ask for bandages": [
        ("> anyone have bandages?\nfor me: sliced my hand on a knife, it is spurting", None),
        ("re: first aid kit - my son's gash on his knee keeps squirting blood", None),
    ],
    "a joke denied (no joke, I mean it), a bare HELP with a summons, no sound when called": [
        ("别开玩笑 我说真的 我爸嘴歪了 一边胳膊抬不起来 快叫120", EmergencyFamily.STROKE),
        ("not kidding, grandma fainted and won't wake up, 5-2-801", EmergencyFamily.UNRESPONSIVE),
        ("HELP!! 9-3-1201 urgent just come", None),
        ("我妈歪在床上 怎么喊都不吭声 快来人 8-1-602", EmergencyFamily.UNRESPONSIVE),
    ],
    "someone down by the door or in the kitchen, seen or heard through it": [
        ("对门的大爷好像倒在家门口了 敲门不应 3-2-101", EmergencyFamily.UNRESPONSIVE),
        ("我婆婆倒在厨房了 快来人", EmergencyFamily.UNRESPONSIVE),
        ("按门铃没人开 从猫眼看见有人趴在地上 物业快来开门", EmergencyFamily.FALL),
        ("奶奶隔着门喊“站不起来了” 家里就她一个", EmergencyFamily.FALL),
        (
            "the old man in 1702 is lying in the hallway and says he can't get up",
            EmergencyFamily.FALL,
        ),
    ],
    "a cry for help on the phone, then silence": [
        ("电话那头阿姨只喊了一声救我 然后就没声了 5-1-301", None),
    ],
    "the chest named in English inside Chinese, with its signs": [
        ("老公说chest很闷 一直出汗 左边胳膊发麻 4-2-702", EmergencyFamily.CARDIAC),
    ],
    "a gash bleeding on, a week's pills taken at once": [
        ("手被玻璃划了个口子 一直在冒血 按不住", EmergencyFamily.BLEEDING),
        ("奶奶把三天的药当成一次全吃了 现在头晕", EmergencyFamily.POISONING),
        (
            "dad took a whole week's worth of his heart pills at once by mistake",
            EmergencyFamily.POISONING,
        ),
    ],
    "awake again after a faint or a knock, but confused": [
        ("外婆刚才晕倒了 醒了 可是不知道自己在哪 2-1-402", EmergencyFamily.UNRESPONSIVE),
        ("grandpa passed out, he's awake now but he's confused", EmergencyFamily.UNRESPONSIVE),
    ],
    "chest pain asked about whether it is the heart": [
        ("我爸胸口痛 是不是心脏的问题 快来", EmergencyFamily.CARDIAC),
    ],
    "a fit a moment ago; not answering, breathing like a snore": [
        ("my daughter had a fit just now and she's still jerking, 38.9", EmergencyFamily.SEIZURE),
        ("mum is not responding when we call her and her breathing sounds like gurgling", None),
    ],
    "a generator run indoors, the family dizzy": [
        ("停电了 发电机放在客厅开了一晚上 早上全家头痛想吐 9-2-101", EmergencyFamily.GAS),
        (
            "we've had the generator running in the hallway and now the kids are dizzy and sick",
            None,
        ),
    ],
    "burns told by the body part, a fire put out but the hand burned": [
        (
            "the boiler blew up and he has burns all over his leg, he's screaming",
            EmergencyFamily.BURN,
        ),
        ("pan caught fire, I put it out but my hands are badly burned", EmergencyFamily.BURN),
    ],
    "a way down set for tonight, beside despair": [
        ("我真的撑不下去了 等会儿就去天台下去 对不起", EmergencyFamily.SUICIDE),
    ],
    "a reaction after a new drug or a food: lips swelling, breathing hard work, a wheeze": [
        (
            "she started the new pills this morning, lips swollen, says it's hard to swallow and "
            "breathe",
            EmergencyFamily.BREATHING,
        ),
        ("儿子吃了花生以后 喘气越来越费劲 呼哧呼哧的 要不要紧", EmergencyFamily.BREATHING),
        (
            "wasp sting on his neck and he can't speak or breathe properly",
            EmergencyFamily.BREATHING,
        ),
    ],
    "asthma the inhaler does not help, lips bluish; a call asked of someone": [
        ("her inhaler didn't help after 8 puffs, lips slightly bluish", EmergencyFamily.BREATHING),
        ("could anyone call an ambulance? my phone died and grandpa is grey and sweating", None),
        ("call 120 if he stops breathing, he is grey and sweating now", None),
    ],
    "pills counted out and all to be taken; too much insulin, a sugar under 3": [
        ("got 30 sleeping pills saved, gonna swallow them all. bye", EmergencyFamily.SUICIDE),
        ("外婆把胰岛素打多了 现在浑身冒冷汗 手一直抖", None),
    ],
    "wrists cut told with 了, blood all over the floor after a fight, strangling heard": [
        ("活着太累了 我刚才割了手腕", EmergencyFamily.SUICIDE),
        ("楼道里打架 有人头被打破了 血流得到处都是", EmergencyFamily.BLEEDING),
        ("heard her scream he's strangling her, now nothing, 6-2-1101", EmergencyFamily.VIOLENCE),
    ],
    "on the windowsill, nobody cares; an alarm going off beside an old threat": [
        ("I'm standing on the window ledge. no one cares anyway", EmergencyFamily.SUICIDE),
        (
            "the smoke alarm in 702 is going off and there's a burning smell, he said last week "
            "he'd set the place on fire",
            EmergencyFamily.FIRE,
        ),
    ],
    "a fit a minute ago still going; no response from someone slumped; three times the dose": [
        ("grandpa had a seizure two minutes ago and it's still happening", EmergencyFamily.SEIZURE),
        ("my aunt is slumped on the sofa and won't respond to me", EmergencyFamily.UNRESPONSIVE),
        ("奶奶把降糖药吃了双倍量 现在出冷汗", EmergencyFamily.POISONING),
    ],
    "second-language wordings: not waking when shaken, blood not stopping, spaced Chinese": [
        ("my flatmate is on the kitchen floor and doesnt wake when we shake him", None),
        ("我的丈夫切了他的手指，血不停止流出来。请帮助！", EmergencyFamily.BLEEDING),
        ("救命 我 的 女儿 呼吸 很 困难，嘴唇 是 紫色", EmergencyFamily.BREATHING),
        ("I don't think I can keep going anymore. sorry everyone", EmergencyFamily.SUICIDE),
    ],
    "drunk past waking; something electrical sparking and smoking": [
        ("我老公 喝了 很多 酒，现在 叫不醒", EmergencyFamily.POISONING),
        ("he drank way too much and now we can't wake him", EmergencyFamily.POISONING),
        ("the socket behind the fridge is sparking and smoking", EmergencyFamily.FIRE),
    ],
    "an English word holding a mundane abbreviation (toddler, middle: ddl) beside a real trouble": [
        ("help! my toddler is not breathing", EmergencyFamily.NOT_BREATHING),
        ("sorry it's the middle of the night, I can't breathe properly 3-1-402", None),
        ("I really can't get my breath, alone at home", EmergencyFamily.BREATHING),
    ],
    "one's own acute symptoms told alone at home, under a 'just wanted to ask'": [
        (
            "没什么大事 就是我一个人在家 胸口压着疼 左胳膊发麻 出了一身汗 想问问怎么办",
            EmergencyFamily.CARDIAC,
        ),
        ("就是想问问 家里就我自己 头疼得要裂开 还吐了 看东西一边模糊", None),
        (
            "just asking, I'm home alone, crushing chest pain and my left arm is numb",
            EmergencyFamily.CARDIAC,
        ),
    ],
    "a parent seen just now on a video call by a child far away": [
        ("我妈住3幢402 刚才视频里她说话含糊 嘴歪了 我在外地 谁能去看看", EmergencyFamily.STROKE),
        (
            "video call just now: dad held his chest, lives alone in 5-201, I'm in another city",
            EmergencyFamily.CARDIAC,
        ),
    ],
    "spaced second-language Chinese ending with the flat": [
        (
            "我的 妈妈 她的脸 一边 掉下来, 说话 很奇怪, 右手 不能 动. 救护车?? 7号楼 502",
            EmergencyFamily.STROKE,
        ),
    ],
    "someone found on the floor not responding, typed without apostrophes": [
        ("my roommate isnt responding, found him on the floor with pill packets everywhere", None),
        ("found her on the kitchen floor, she wasnt responding to me", None),
        ("室友躺在地上叫不应 旁边好多空药盒", None),
    ],
    "a feverish child's limbs twitching: a fever fit beginning": [
        ("宝宝好像有点抽 手脚一直在抖 刚量39.1 是不是该去医院", EmergencyFamily.SEIZURE),
        ("孩子烧到39度5 四肢一阵一阵地抖 怎么办", EmergencyFamily.SEIZURE),
    ],
    "bottled gas (液化气) smelt, the valve will not close": [
        ("闻到好重的液化气味 厨房阀门拧不上 我们先跑到楼道了", EmergencyFamily.GAS),
        ("strong smell of LPG in the kitchen and the valve won't turn off", None),
    ],
    "the chest hurting for an hour, the pain going into the jaw": [
        (
            "probably silly but my chest has been hurting for an hour, going into my jaw",
            EmergencyFamily.CARDIAC,
        ),
        ("爸爸胸口疼了一个小时 疼到下巴和左胳膊", EmergencyFamily.CARDIAC),
    ],
    "a gas smell that stays with the stove off, dizzy and sick": [
        ("家里煤气灶关了还是一股很大的味 头晕恶心 3-2-201", EmergencyFamily.GAS),
        (
            "stove is off but there's still a strong smell of gas, we feel dizzy and sick",
            EmergencyFamily.GAS,
        ),
    ],
    "speech going, a word between (说话有点不清楚)": [
        ("我妈血压200多 刚刚吐了 现在说话有点不清楚", EmergencyFamily.STROKE),
        (
            "dad's speech is suddenly a bit slurred and his face looks droopy",
            EmergencyFamily.STROKE,
        ),
    ],
    "the flame gone out, the gas still flowing": [
        ("好大一股煤气味 炖肉的灶火被汤浇灭了 气还在跑", EmergencyFamily.GAS),
        (
            "the burner flame went out and the gas is still hissing, strong gas smell",
            EmergencyFamily.GAS,
        ),
    ],
    "a note written so that someone finds me": [
        (
            "I don't see any point anymore. writing this so someone finds me.",
            EmergencyFamily.SUICIDE,
        ),
        ("活着没意思 写这些是想让你们找到我", EmergencyFamily.SUICIDE),
    ],
    "a neighbour in a room numbered like a year": [
        ("neighbour in 2003 says her husband fainted after dinner and isn't waking up", None),
        ("the lady in 2011 collapsed in the lift, not responding", None),
    ],
    "someone lying somewhere and not moving": [
        ("door was open, the auntie is lying in the bathroom not moving, tap still running", None),
        ("grandpa is slumped on the sofa not responding to us", None),
    ],
    "one side of the body failing, spaced or with a word between": [
        ("老头儿 走路 忽然 一边身子 不听使唤 说话 含糊 刚刚的事", EmergencyFamily.STROKE),
        ("我妈发给我的：儿子 我头好晕 一边手脚麻 站不起来", EmergencyFamily.STROKE),
    ],
    "a farewell, the pet handed over, the pills swallowed": [
        (
            "谢谢大家这段时间的照顾 我的猫麻烦谁帮忙养一下 药我已经都吃下去了",
            EmergencyFamily.SUICIDE,
        ),
    ],
    "a fire placed on a floor or in a building": [
        (
            "@all FIRE on the 9th floor of bldg 4, get out now, don't use the lift",
            EmergencyFamily.FIRE,
        ),
        ("4号楼9层着火了 大家快下楼 别坐电梯", EmergencyFamily.FIRE),
    ],
    "something bursting into flames": [
        ("the e-bike charging in the corridor just burst into flames", EmergencyFamily.FIRE),
        ("楼道里充电的电动车突然烧起来了", EmergencyFamily.FIRE),
    ],
    "an 'if' that tells what has already happened": [
        ("does the no-leaving rule apply if my husband's passed out and barely breathing?", None),
    ],
    "no point left and a night set, contracted": [
        ("I honestly don't see the point anymore. tonight's the night", EmergencyFamily.SUICIDE),
    ],
    "'fine' said, but the vomiting goes on after bleach": [
        (
            "my roommate drank a bunch of bleach, says she's fine but keeps throwing up",
            EmergencyFamily.POISONING,
        ),
        ("室友喝了一口84消毒液 说没事 但是一直在吐", EmergencyFamily.POISONING),
    ],
    "sleeping pills taken too many, a whole bottle eaten": [
        (
            "谢谢大家这几天照顾 我好像吃多了安眠药 头很晕 站不起来 不是故意的",
            EmergencyFamily.POISONING,
        ),
        ("降压药不用买了 我婆婆把一整瓶都吃了 现在迷迷糊糊的", EmergencyFamily.POISONING),
    ],
    "smoke next door while one's own flat is fine so far": [
        ("楼道里一股焦糊味 7楼在冒烟 好像是702 有人在家吗 我家801暂时没事", EmergencyFamily.FIRE),
    ],
    "one's own chest told under a polite 'just asking'": [
        (
            "不好意思打扰 问一下 我胸口闷得慌 左肩膀也疼 一直出冷汗 是不是等明天医生来就行",
            EmergencyFamily.CARDIAC,
        ),
        (
            "probably just anxiety lol but my chest has been crushing for 30 min, left arm numb",
            EmergencyFamily.CARDIAC,
        ),
    ],
    "the patient's own 'I'm fine' is no recovery": [
        (
            "mum fell in the bathroom, can't get herself up. she keeps saying she's fine",
            EmergencyFamily.FALL,
        ),
        ("我爸刚才吃饭说话突然含糊 右边嘴角往下耷拉 他自己说没事", EmergencyFamily.STROKE),
    ],
    "dialect and world Englishes": [
        ("俺家老爷子半边身子不好使了 嘴也瓢了 说话呜噜呜噜的", EmergencyFamily.STROKE),
        ("阿爷切菜𠝹咗好大道口 血一直飙 毛巾都湿晒 㩒唔住", EmergencyFamily.BLEEDING),
        ("Oga volunteer, my mama don faint, she no fit talk, she no dey breathe well", None),
        (
            "my husband's taken a tumble on the stairs and can't get up. Think his hip's gone",
            EmergencyFamily.FALL,
        ),
    ],
    "given up, a child entrusted; done, the roof tonight": [
        ("对不起大家 这几天太累了 我决定不撑了 照顾好我女儿", EmergencyFamily.SUICIDE),
        ("going up to the roof tonight. got the pills lined up too", EmergencyFamily.SUICIDE),
    ],
    "pills by the half strip, a sleep one will not wake from, the gas opened": [
        ("刚吞了半板安定 现在头好晕 我是不是做傻事了", EmergencyFamily.POISONING),
        ("谢谢大家照顾 我的猫拜托隔壁了 今晚想好好睡一觉 不会再醒了", EmergencyFamily.SUICIDE),
        (
            "我爸一直念叨不想活 刚才他说煤气已经打开了 我被隔离在别的小区进不去",
            EmergencyFamily.SUICIDE,
        ),
        ("my neighbour texts that the pills are enough this time, she isn't answering", None),
    ],
    "at the edge with the mind made up; locked in with empty pill boxes": [
        ("我现在站在窗边 已经想好了 帮我跟我妈说声对不起", EmergencyFamily.SUICIDE),
        ("活着太累了 已经站在阳台上了", EmergencyFamily.SUICIDE),
        ("室友把自己关在卫生间一个多小时了 她说吃了就不疼了 地上有空药盒", None),
    ],
    "a wound that will not stop, told plainly": [
        ("切到指头 削掉一块肉 血一直往下淌 按了二十分钟还在流", EmergencyFamily.BLEEDING),
        (
            "cut his leg with the angle grinder, theres alot of blood its spurting out",
            EmergencyFamily.BLEEDING,
        ),
    ],
    "a cry heard, then silence, and who will deal with it": [
        ("楼上好像在打架 刚才听到女的喊救命 现在一点声音都没了 有人管吗", None),
    ],
    "a bare cry for help, the whole message": [
        ("help", None),
        ("HELP 1502 please", None),
    ],
    "a fever fit told tersely, spaced": [
        ("孩子烧39 抽过去了", EmergencyFamily.SEIZURE),
    ],
    "wild mushrooms picked, then vomiting and seeing little people": [
        (
            "我老公吃了他自己在绿化带采的蘑菇 现在吐个不停 还说看见小人在墙上跳",
            EmergencyFamily.POISONING,
        ),
        ("吃了野生菌 现在头晕 一直吐", EmergencyFamily.POISONING),
    ],
    "the chest 'being crushed', told as not dramatic": [
        (
            "not to be dramatic but it feels like my chest is being crushed, left arm weird",
            EmergencyFamily.CARDIAC,
        ),
    ],
    "a tight feeling in the chest, a chest that 'feels crushed', with numbers": [
        (
            "my husband's had this tight feeling in his chest for 40 min, grey and sweaty",
            EmergencyFamily.CARDIAC,
        ),
        ("HR 148, chest feels crushed, sweating buckets, cant stand up", EmergencyFamily.CARDIAC),
    ],
    "silent behind a locked bathroom door": [
        ("外婆在浴室洗澡 门锁着 叫了好几声没反应", EmergencyFamily.UNRESPONSIVE),
        ("dad went for a bath an hour ago, bathroom locked, no answer when we knock", None),
    ],
    "only just home from hospital: the discharge is the background of what is new": [
        ("外公前天才出院 今天又说胸口闷得慌 直冒冷汗", EmergencyFamily.CARDIAC),
        ("婆婆刚出院没两天 现在喘不上气 嘴唇发紫 3-2-801", EmergencyFamily.BREATHING),
        ("she came home from hospital on Monday and now she can't breathe properly", None),
    ],
    "a fire started at a pet's bed, spreading to the room; a call to put it out": [
        ("小太阳把狗窝点着了 火苗窜到沙发上了 快来人", EmergencyFamily.FIRE),
        ("取暖器烤着了猫窝 快来灭火 3-1-602", EmergencyFamily.FIRE),
    ],
    "something happening while a screen was being watched with someone real": [
        ("正在追剧 我妈突然说胸口疼得厉害 一身冷汗", EmergencyFamily.CARDIAC),
        ("we were watching a show and grandpa suddenly slumped over, won't wake up", None),
    ],
    "a fall seen on a video call (视频里看见), a farewell message sent before silence": [
        ("视频里看见我爸从凳子上摔下去了 喊他也不应 他一个人在家", None),
        ("姐姐最近一直抑郁 刚给家里发了条告别的微信 现在电话不接", EmergencyFamily.SUICIDE),
    ],
    "a call asked for in words a contact question also uses (phone for the ambulance)": [
        ("please phone for the ambulance now, he's turning blue", None),
        ("somebody ring for an ambulance, grandma fell down the stairs", None),
    ],
    "a child's fit reported with the trip to hospital (not care advised on a condition)": [
        ("宝宝发烧 有抽搐 马上送医院", EmergencyFamily.SEIZURE),
        ("孩子有抽搐 马上打120", None),
    ],
    "a fire that has not spread yet, with a cry to get out": [
        ("三楼着火了 火还没蔓延到我们这层 大家快跑", EmergencyFamily.FIRE),
        ("楼下起火了 暂时没蔓延上来 快来人", EmergencyFamily.FIRE),
    ],
    "a scald told by its size, a child into an adult's pills, a stabbing, blood under a door": [
        ("锅里的热油泼了 老公手臂大片烫伤 皮都掉了", EmergencyFamily.BURN),
        ("外孙吃了一把外公的安眠药 现在叫不太醒", EmergencyFamily.POISONING),
        ("楼下吵架 有人被刀扎了 一地的血 快来人", None),
        ("合租的室友洗澡两个小时没出来 门缝下面渗出血了", None),
    ],
    "confusion named before a stroke's other signs (not making sense)": [
        ("grandpa is not making sense and his mouth is crooked", EmergencyFamily.STROKE),
        ("my husband's not making sense, his right arm has gone weak", EmergencyFamily.STROKE),
    ],
    "speech-to-text slips of the words that call for help (旧护车, 吐穴, 凶口, 穿不上气)": [
        ("快叫就护车 我妈倒在厨房了", None),
        ("我爷爷刚才吐穴了 好多", EmergencyFamily.BLEEDING),
        ("我老公凶口疼得直冒汗", EmergencyFamily.CARDIAC),
        ("奶奶穿不上气了 嘴唇发紫", EmergencyFamily.BREATHING),
        ("我老婆洋水破了 在家里", EmergencyFamily.LABOUR),
    ],
    "the gas itself said to leak, in English": [
        ("the gas is leaking, I can hear it from the stove", EmergencyFamily.GAS),
        ("gas's escaping from the meter in the hallway, what do we do", EmergencyFamily.GAS),
    ],
    "a jaw clenched shut in a fit": [
        ("儿子牙关咬得紧紧的 手脚僵着", EmergencyFamily.SEIZURE),
        ("老公又犯病了 牙关紧得死死的", EmergencyFamily.SEIZURE),
    ],
    "a wound gushing, or soaking one towel after another": [
        ("sliced my palm on a broken jar, it's gushing", EmergencyFamily.BLEEDING),
        ("his cut has bled through two towels already", EmergencyFamily.BLEEDING),
        ("cut my finger feeding the cat, it's gushing, won't slow", EmergencyFamily.BLEEDING),
    ],
    "the writer elsewhere, the bleeding at a flat here (我在隔壁区)": [
        ("我在隔壁区回不去 我妈说我爸一直流血止不住 他住6-1-302", EmergencyFamily.BLEEDING),
    ],
    "a face pulled to one side, one side's limbs not obeying": [
        ("爸爸嘴巴往右边歪 话也说不利索", EmergencyFamily.STROKE),
        ("我妈左边手脚不听使唤了", EmergencyFamily.STROKE),
    ],
    "rolled off a bed or down stairs and cannot get up": [
        ("爷爷从床上滚到地上 起不来了", EmergencyFamily.FALL),
        ("奶奶从楼梯上滚下去了 站不起来", EmergencyFamily.FALL),
    ],
    "called many times over and no answer": [
        ("喊了半天声也不应 眼睛闭着", EmergencyFamily.UNRESPONSIVE),
        ("叫了几声都没反应 躺在地上", EmergencyFamily.UNRESPONSIVE),
    ],
    "losing consciousness told in the present": [
        ("my uncle keeps losing consciousness and his lips are grey", EmergencyFamily.UNRESPONSIVE),
    ],
    "the baby coming and the urge to push": [
        ("老婆说宝宝要出来了 她一直想使劲", EmergencyFamily.LABOUR),
    ],
    "the left arm and the jaw aching together": [
        ("mum says her left arm and jaw are aching and she feels sick", EmergencyFamily.CARDIAC),
    ],
    "suicide told by signs together: no point left, letters written, the pills at hand": [
        ("活着真的没什么意思了 给孩子们的信都写好了", EmergencyFamily.SUICIDE),
        ("there's no point anymore. I left notes for my husband and son", EmergencyFamily.SUICIDE),
        (
            "I've made up my mind. my sleeping pills are by the bed. goodbye",
            EmergencyFamily.SUICIDE,
        ),
    ],
    "not moving and cold to the touch (老头子不动了 身上冰凉)": [
        ("快来人 我奶奶一动不动 手脚都冰凉", EmergencyFamily.UNRESPONSIVE),
    ],
    "a cry from someone who cannot get up, or whom the carer cannot lift": [
        ("有人吗 救命 我起不来了 3-1-201", EmergencyFamily.FALL),
        ("爷爷从椅子上摔下来了 我一个人扶不起来 他一直哼", EmergencyFamily.FALL),
    ],
    "a heavy fall heard through a wall, then nothing": [
        ("heard a loud thud next door and then silence, she's 90 and lives alone", None),
        ("I heard a thud next door an hour ago and no sound since, grandpa lives there", None),
    ],
    "a chest pain told by its grip, in waves (胸口一阵一阵压着疼)": [
        ("我爸说心口那块一阵一阵揪着疼 出冷汗", EmergencyFamily.CARDIAC),
        ("老伴胸口这一块勒着疼 疼到左胳膊", EmergencyFamily.CARDIAC),
    ],
    "the ambulance refused by the patient, who says it is nothing": [
        ("我妈胸口压着疼 脸发白 她不让我打120说没事", EmergencyFamily.CARDIAC),
    ],
    "gas smelt strongly with words between (smells super strong of gas)": [
        ("the kitchen smells really strongly of gas and my son feels dizzy", EmergencyFamily.GAS),
    ],
    "drinking a household poison, air that will not come in, grey lips": [
        (
            "grandpa was drinking from the antifreeze bottle in the garage",
            EmergencyFamily.POISONING,
        ),
        ("she can't seem to get air in and her lips are grey", EmergencyFamily.BREATHING),
    ],
    "suicide told by a wish not to wake, shame, letters left, a child entrusted": [
        (
            "would be easier if i never wake up. I don't see the point anymore",
            EmergencyFamily.SUICIDE,
        ),
        ("连累了全家 我真没脸活着了", EmergencyFamily.SUICIDE),
        ("谢谢你们一直照顾我儿子 以后就拜托大家了 窗户我已经打开了", EmergencyFamily.SUICIDE),
    ],
    "one person in hospital, another in trouble at home (我妈住院了 我爸在家胸口疼)": [
        ("我妈住院了 我爸一个人在家胸口疼得厉害 出冷汗", EmergencyFamily.CARDIAC),
        ("grandma is in hospital, now grandpa can't breathe at home", EmergencyFamily.BREATHING),
    ],
    "the person named in the clause before a bare state (爸起夜 倒了 不动)": [
        ("妈上厕所 倒了 叫不答应", None),
        ("我爷爷躺在床边 拍了半天没反应", EmergencyFamily.UNRESPONSIVE),
    ],
    "someone passed out told bare, begging someone to come": [
        ("人晕了 快 5栋2单元", EmergencyFamily.UNRESPONSIVE),
        ("求求大家 快来人 3-2-602", None),
    ],
    "a stroke found on waking, gone down and not answering, a body leaning to one side": [
        (
            "dad woke up like this, his face droops and he can't lift his left arm",
            EmergencyFamily.STROKE,
        ),
        ("grandma went down in the hallway and isn't responding", EmergencyFamily.UNRESPONSIVE),
        ("我爸整个人往一侧歪 胳膊抬不起来", EmergencyFamily.STROKE),
    ],
    "labour told by outsiders to the compound (俺们外地的)": [
        ("老婆要生了 羊水破了 我们外地的 不认识人", EmergencyFamily.LABOUR),
    ],
    "suicide: high up, saying goodbye to everyone": [
        ("我在楼顶 风很大 跟大家说声再见", EmergencyFamily.SUICIDE),
    ],
    "a fall of now told after a fall of last year (去年摔过 今天又摔倒了)": [
        ("去年摔过一次 今天又摔倒了 爬不起来", EmergencyFamily.FALL),
    ],
    "a fit then silence; a face gone numb on one side; slumped at a desk, not moving": [
        ("老伴浑身抽搐了好一会 现在不说话了 体温38.9", EmergencyFamily.SEIZURE),
        ("外婆全身发抖 之后就不说话了", EmergencyFamily.SEIZURE),
        ("我爸吃着饭突然左边脸发麻 筷子也掉了", EmergencyFamily.STROKE),
        ("女儿上网课趴在桌上一直没动静 喊她也不应", EmergencyFamily.UNRESPONSIVE),
    ],
    "despair with the means at hand: locked in a room, a poison bottle, pills for tonight": [
        ("我弟说活着没劲 把自己关房间里了 门口有个敌敌畏瓶子", EmergencyFamily.SUICIDE),
        ("saved my pills for weeks, tonight i'm taking them all, sorry", EmergencyFamily.SUICIDE),
        ("对不起 我想好了 药都放在床头了 再见", None),
    ],
    "pills swallowed then counted, worn out with the pills already down, speech failing": [
        ("爸爸吞了药 好几十粒 叫他有点迷糊", EmergencyFamily.POISONING),
        ("我实在不想再熬下去了 药都吞下去了 别救我", None),
        ("奶奶讲话忽然不利索 嘴也歪了", EmergencyFamily.STROKE),
    ],
    "breathless with the inhaler gone: literal, whatever the delivery did": [
        ("can't breathe properly, my puffer is empty and the order never came, 3-2-801", None),
    ],
}

CALM: dict[str, list[str]] = {
    "a fracture healing, a notice on what to do, a symptom asked and denied, money bled": [
        "我的腿骨折还没好 所以这两周都在家 有事群里说",
        "提醒大家 闻到煤气味不要开灯 不要打电话 先关阀门开窗 出门后再打燃气公司电话",
        "胸口闷吗?没有 发烧吗?没有 就是网课上得想吐😂",
        "抢菜抢到大出血💸 哈哈",
        "双十一剁手 钱包大出血了",
        "燃气公司明天上门检查 有漏气的及时报",
        "I can't keep going to the market every day for everyone",
    ],
    "a fire warned of or taught, a hotline, thanks for a lifesaver, a call advised if, handled": [
        "消防通道请不要堆放杂物 着火了会出大事",
        "楼道里别放电动车 起火了就来不及了",
        "防火小知识:油锅起火不要用水浇 直接盖锅盖",
        "着火时不要坐电梯 走楼梯",
        "Suicide prevention hotline number is posted in the lobby, please share with anyone",
        "the suicide helpline is 12356, save it just in case",
        "感谢志愿者帮我妈约到了透析 真的是救命了🙏",
        "谢谢你帮我拿的药 真是救命了",
        "If someone is having a seizure, don't put anything in their mouth. Time it, call 120 "
        "if it goes past 5 min.",
        "keep her cool and call an ambulance if the fever goes over 39.5",
        "那个说要跳楼的帖子是别的小区的 已经报警处理了",
        "冰箱的插座刚才冒火花 已经拔掉了 没冒烟 麻烦电工来看看 胰岛素还在里面",
        "I collapsed onto the sofa the moment my shift ended 😴",
        "i literally collapsed into bed after the delivery run",
        "我老公说我做的饭难吃得要命 我要报警了😤",
    ],
    "an allergy that would swell, swelling for days, a plan for later, a neighbour asked after": [
        "能不能帮我买点苹果香蕉 别买芒果 我芒果过敏 嘴会肿 5-602",
        "我对虾过敏 吃了嘴唇容易肿 团购别给我虾",
        "眼睛过敏肿了两天 没好 想去眼科看看 能开证明出去吗 1103",
        "吃了海鲜 脸肿了三天了 消不下去 想约个皮肤科",
        "想建个应急小组 以后有人过敏或者晕倒能先帮忙",
        "那个说胸闷的邻居 后来怎么样了？",
        "过敏性鼻炎又犯了 呼吸有点费劲 帮买一盒鼻喷剂",
        "上周孩子把一瓶止咳糖浆全喝了 送医院洗了胃 现在已经没事了",
    ],
    "a nightmare, a mask's breathlessness, a notice to those with a history, a drama cried at": [
        "I had a nightmare that I was drowning, woke up gasping, all fine now",
        "戴KN95排了一上午队 喘不过气来 谁懂",
        "有哮喘病的邻居注意 喘得说不出话要立刻就医",
        "如果闻到煤气味 不要开灯 先开窗 然后打119",
        "快叫救护车 这部剧太虐了 哭死我了",
        "上次哮喘发作说不出整句话 现在已经好了",
    ],
    "mending in care, taken away, a workout's cry, normal in general, how a pan fire is put out": [
        "Grandpa fell on Monday, he's recovering at home, thanks for the soup",
        "对面楼有人晕倒被120接走了 谁知道是几号",
        "救命 这个深蹲挑战我做不动了 哈哈",
        "chest tightness after a sprint can be normal, the doctor said",
        "提醒大家：油锅起火用锅盖盖 千万别用水浇",
        "My plot idea: a family trapped by a fire in a locked-down tower",
        "孩子作业要写家庭逃生预案 着火了应该怎么跑",
        "Splashed hot oil on my forearm, one small blister, I'm fine, just need burn gel. 3-1-101",
        "楼道里那股煤气味是油漆的味道 物业来看过了",
    ],
    "a story being written, a rule with its call, stable in hospital, a quiz, an app's help": [
        "I'm writing a novel where the main character has a stroke, any tips?",
        "卫健委提醒 孩子发烧超过39.5或者抽搐要马上打120",
        "前天我爸胸口疼 打了120 现在已经稳定了 住院观察",
        "考考大家:看到有人倒地不起 第一步做什么?",
        "After my dad fainted last year we learned CPR. Can someone share the class link again?",
        "Help! I can't log in to the app to book my test",
        "燃气公司明天来检查管道 有漏气隐患的提前说",
        "跟大家分享一下急救常识：胸口压榨样疼要马上打120 希望大家都用不上",
        "Nurse: call 120 if the baby's temperature goes above 39.5",
        "我爷爷小辰光救过火 老结棍额",
    ],
    "a fit last year, signs passed on, a snore, a notice's last step, a rule for any baby": [
        "前年我爸癫痫发作 我们都吓傻了",
        "卒中的早期表现：嘴歪 手麻 说话不清 有这些要马上打120 转发给家人",
        "我爸打鼾打得像要窒息一样 吵死了",
        "如遇火灾 不要乘电梯 用湿毛巾捂住口鼻 再下楼报警",
        "Nurse says: call 120 if a baby has a fit or goes floppy",
        "手背烫起了个泡 能请社区医生上来看一下吗 5-1-101",
    ],
    "a flush that runs on, a relative's stranger far away, a toast fire called off, a title": [
        "马桶水箱一直流水 停不下来 2-1-502 麻烦物业来修",
        "我爸抽烟抽个不停 说了也不听",
        "我表哥在伦敦说他那边地铁上有人晕倒了 好吓人",
        "False alarm, the smoke on 5F was someone burning toast. Nothing on fire.",
        "女儿的作文题目是《一场火灾》 问我119是哪个部门",
        "Nurse's tip: above 39.5 in infants, call 120; below that, fluids and rest.",
        "温馨提示：发现燃气味先关总阀 开窗通风 不要开灯",
        "my mum who collapsed on Monday is back home from hospital and doing well, thanks all",
        "Training scenario for staff: a resident is not breathing in 3-2-101. This is not real.",
        "刚才我爸说心口疼 把我吓坏了 结果他说的是心疼钱 没事",
        "医生 我这周偶尔有点胸闷 不疼 不着急 有空上来看看就行 3-1-201",
    ],
    "melting in the heat, a notice's list of signs, a drill announced, news from elsewhere": [
        "热化了 救命 空调什么时候修好",
        "社区提醒：中暑症状包括头晕、恶心 严重者意识不清 请及时就医",
        "Drill tomorrow 10am: we practise a call for someone who collapsed. Nothing is happening.",
        "听说别的小区有老人中风了几天没人发现 我们楼的独居老人要多看看",
        "the power went out for an hour, fridge is fine, can someone check the fuse box? 2-1-301",
    ],
    "a nightmare's cry, a sticker, a bill, a cast due off, a birth in the hometown, a heading": [
        "孩子半夜做噩梦喊救命 把邻居吵醒了 抱歉 已经睡了",
        "谁在群里发救命的表情包 大半夜吓人 别开这种玩笑",
        "救命 这个月电费怎么这么贵",
        "女儿骨折打的石膏下周拆 需要派车去医院 2-1-301",
        "我妹在老家 羊水破了 已经进产房了 等好消息",
        "关于夜间突发情况：请直接打120 再在群里说一声",
        "smelled smoke in the corridor, nvm it's just the neighbour smoking on his balcony",
    ],
    "a drill declared, a scare all normal, a burn cream, no blister, cooped up, a hypothetical": [
        "本次演练内容: 模拟5号楼有人摔倒起不来 请志愿者10分钟内到场",
        "Drill only: simulated fire on floor 3, volunteers please walk the stairs",
        "Temp after this morning's electric shock scare: 36.6, all normal",
        "手被锅烫红了 没起泡 谁家有烫伤膏借一支",
        "我快憋疯了 五天没出门了",
        "Reminder: if you ever cut yourself deeply, press firmly with a clean towel and call 120",
        "我朋友在台北 她说邻居确诊后昏倒 已经送医了",
    ],
    "an advert's symptoms, the numbers explained, asked only, a pet's faint, an office unreached": [
        "头晕乏力？快来试试这款保健品 限时特价 加微信",
        "Tip for new neighbours: 120 is ambulance, 119 is fire, save it in your phone",
        "120是急救 119是火警 大家存到手机里",
        "家里燃气味重的话应该打哪个电话？只是问问 我家没事",
        "我闺女说我们家猫'晕倒了' 其实是睡着了 哈哈",
        "爸妈家水管漏了 我在外地联系不上物业 谁能帮忙说一声 3-1-502",
        "Last week my daughter had a small fit from fever, now she is home and playing",
    ],
    "a standing instruction for whoever needs care, ending a thread, jumping a queue": [
        "各位居民 有急需就医的请直接打120 同时在群里@楼道长",
        "有需要紧急送医的 可以直接拨打120 再告诉楼长",
        "Residents who need urgent medical care: call 120 directly, then tell the group",
        "I'm ending it here, thanks everyone for the group buy",
        "I'm going to jump the queue at the pharmacy tomorrow lol",
        "纱窗拆了 准备洗一洗 麻烦物业换个新的 2-1-301",
        "my husband fell off the bed last night and I couldn't lift him, the volunteers helped, "
        "he's fine now",
    ],
    "cooped up, a dizzy head with an ordinary fever, a baby's threshold asked with its number": [
        "不发烧也不咳 就是关在家憋得慌想下楼走走",
        "刚量 38.6 头晕乎乎的 躺会儿 5-2-301",
        "What temperature should a baby's fever reach before we call 120? 39.5?",
    ],
    "no gas smelt, a 科普视频 watched, telling apart asked, lockdown's despair in a cry": [
        "孩子一口气吃了一整盒饼干 撑得直哼哼",
        "燃气灶打不着火 没闻到漏气的味道 麻烦师傅看看 3-1-301",
        "我妈在看心梗的科普视频 吓得一直摸脉搏😂",
        "How do I tell a stroke from a migraine? just asking for general knowledge",
        "又要封控 心态崩了 谁来救救我😭",
    ],
    "asked just in case, whether a habit poisons, chronic and fine today, out now, rumours": [
        "锅里的油起火了该怎么灭 用水还是盖盖子 先问问以防万一",
        "家里天天点蚊香 会不会中毒啊",
        "我爸胸闷是老毛病了 今天还好 就想请医生来量个血压 5-1-101",
        "small kitchen fire earlier, it's completely out now, nobody hurt",
        "群里有人说5栋有人晕倒了 是真的吗",
        "我同学在杭州 她奶奶在家摔了起不来 大家家里老人也注意",
    ],
    "elsewhere (她们小区, 同学在北京), 打着火, a pet lost, games, muscles, die for a tea": [
        "我表姐在广州 她们小区有人晕倒了 等了很久救护车",
        "煤气灶修好了 能打着火了 谢谢师傅",
        "SOS 我家狗跑丢了 有人看到一只小白狗吗",
        "the kids keep yelling 'help me!' while playing tag in the corridor lol",
        "Day 3 of squats, my legs are screaming for help 🆘",
        "我同学在北京 她奶奶在家摔了起不来 已经叫了120 大家注意老人",
        "I'd literally die for a bubble tea right now 🧋",
        "我爸在老家摔了一跤 我哥已经送他去医院了 我这边出不去",
    ],
    "hyperbole's police, a scare, a birth story, noise, 急诊, a game, elsewhere, apnoea": [
        "这火锅辣得我想报警了🌶️",
        "My aunt in Canada had a stroke scare last week, she's in hospital and stable now",
        "mum was in labour for two days with my brother, she still talks about it",
        "楼下半夜还在拖桌子 救命 睡不着",
        "关于就医：急诊直接打120 普通门诊提前一天报楼道长",
        "the kids screamed 'help, shark!' in the bath lol, theyre fine, just playing",
        "我同学在另一个小区 她妈妈早上中风了 已经在医院抢救",
        "老公打呼噜特别响 有时候还憋气 想约个睡眠门诊",
        "燃气灶点不着 没闻到煤气味 是不是电池没电 能来看看吗 9-2-1203",
    ],
    "a birth told, rain, cases counted, a doctor's notice, a threshold's call, a lesson": [
        "上个月羊水破了半夜去的医院 现在母子平安 谢谢大家",
        "救命 这场雨下得没完没了 被子都晒不干了😭",
        "提醒：药品要放在孩子拿不到的地方 本月已经好几起儿童误服",
        "Notice from the community doctor: if anyone has chest pain or can't breathe, call 120 "
        "first",
        "医生交代 超过39度就要马上打120 现在38.6 在观察",
        "my pulse was 35 seconds after the run? no, 75, all fine",
        "急救小知识 建议收藏：有人倒地没呼吸先打120再按压 烫伤用凉水冲",
        "隔壁好像有煤气味 过去问了 是在熬中药 虚惊😅",
    ],
    "standing instructions, hyperbole of the young, a fever gone, others taken to care": [
        "a resident asked about chest pain earlier: call 120 directly, don't wait for the group",
        "夜班交接：如有紧急情况直接打120 然后在群里说一声",
        "I'm literally having a heart attack, my exam grades are out 😭",
        "🆘 谁有会员账号借我看个剧 无聊死了",
        "被老师训到窒息 作业写不完了",
        "又胖了三斤 想死 嘿嘿 明天再减",
        "女儿前天烧到抽了一下 医生说是热性惊厥 现在不烧了 谢谢关心",
        "宝宝发烧超过39.5就要马上打120 大家记一下",
        "救命 我爸发现我偷吃雪糕了 我完了",
        "我同学在外地 她奶奶中风昏迷 已经送ICU了 大家多注意老人",
        "last week my mum had chest pain, we called an ambulance and she's fine now",
    ],
    "how to give first aid asked, a notice's tendency, a condition's signs listed": [
        "请问小孩被果冻噎住了应该怎么急救 有没有图解",
        "温馨提示：雪天老人出门容易滑倒 请家属陪同",
        "转发：心梗的先兆 胸口压榨样疼 出冷汗 出现了马上打120",
    ],
    "frustration's idiom (想死的心都有了), a gas smell explained and gone": [
        "排了三个小时队还没买到 想死的心都有了",
        "刚才的煤气味是物业在换阀门 已经散了 大家放心",
        "the gas smell this morning was the workers fixing a pipe, the fire brigade confirmed "
        "it's safe",
    ],
    "sparks each time a plug goes in, someone taken away by the ambulance already": [
        "厨房插座一插就冒火花 能叫电工来看看吗 5-1-302",
        "the socket sparks every time I plug in the kettle, can someone fix it? 2-2-101",
        "楼下有个大爷晕倒了 救护车已经来拉走了",
    ],
    "what is normal asked, a doctor's reminder, a lesson drawn for all, waters broken by mistake": [
        "顺产后第二周了 出血多少算正常",
        "宫缩多久一次才要去医院啊 第一次生",
        "社区医生提醒：孩子高烧抽搐请立即拨打120",
        "Reminder from the community doctor: chest pain with sweating = call 120 first",
        "去年邻居心梗 所以大家一定别拖 胸闷胸痛马上打120",
        "I thought my waters broke but it was just pee lol 😂",
        "医生说还早 让我们等规律宫缩了再去",
    ],
    "a fall nearly taken on the stairs, a nail gone black under a pinch": [
        "差点在楼梯上摔下来 幸好抓住了扶手 大家下楼慢点",
        "刚才差一点就从台阶上滚下去 吓出一身汗",
        "I nearly fell down the stairs in the dark, luckily grabbed the rail",
        "孩子手指被抽屉夹了 指甲发黑 哭了一会儿 现在在玩了",
    ],
    "a gas smell checked and nothing leaking": [
        "that gas smell by the lift is gone, engineer checked, nothing leaking",
    ],
    "almost a fire, sorted since, not really tight, false labour all calm now": [
        "烤红薯差点着火 哈哈 吓一跳",
        "the smell from the boiler has been sorted, engineer came",
        "胸口闷是坐久了 不是真的闷 放心",
        "had some tightenings last night, midwife said Braxton Hicks, all settled now",
    ],
    "advice to keep something, from a fire put out last month": [
        "keep a lid by the hob, it saved us last month when the oil caught fire",
    ],
    "a lesson passed on, cigarette smoke, a theft the police handle, a fracture followed up": [
        "健康小知识：有人抽搐时别往嘴里塞东西 让他侧躺 超过五分钟打120",
        "车棚有人偷电动车 已经报警了 警察说会来处理",
        "儿子手臂骨折 下周要去医院复查 能开个出门条吗",
        "my uncle fainted once back in 1998 at a wedding, we still laugh about it",
        "真的快窒息了 核酸队伍排到小区门口",
    ],
    "news on the television, a fire hazard warned of": [
        "电视里播了 有人家烧炭中毒 大家别在屋里烧炭",
        "楼道里别堆纸箱了 有火灾隐患",
    ],
    "a lesson shared (signs listed, a first-aid video or class), a scare that turned out": [
        "分享一下 中风的表现:嘴歪 手麻 说话不清 遇到了要立刻打120",
        "我爸前年中风过 大家记住 脸歪 手软 说话含糊 就马上打120",
        "刷到个急救视频 心肺复苏原来要按这么深 学到了",
        "Reminder: first aid class on Saturday, we'll practise CPR and what to do for choking",
        "大家有空学一下急救法 万一家里有人噎住能用上",
        "还以为楼下着火了 结果是有人在烤肉",
    ],
    "a notice that stifles, a joke declared, an alarm to buy": [
        "这表格改了八遍 我真的快窒息了",
        "胸口闷闷的 估计是宅太久了 开个玩笑 好着呢",
        "想买个一氧化碳报警器 大家推荐哪个牌子",
    ],
    "a fall healing, walking again": [
        "上个月我爸摔了一跤 腿骨折 住院一周 现在恢复得不错",
    ],
    "suffocating said of a lockdown, a fall healed, red that is not blood, a verdict reassuring": [
        "被这破封控整得快窒息了",
        "grandma fell on Sunday, she's up and about now",
        "it's just ketchup on the floor, not blood everywhere haha",
        "医生看过了 说是焦虑 不是心脏病 放心了",
        "血糖低到多少需要叫救护车？我爸今天3.9",
        "我朋友在国外 心梗了 好担心",
    ],
    "a near faint, a mask, work on the pipes, a choke coughed out, first aid passed on": [
        "差点被挤晕过去 排队的人太多了",
        "戴着口罩跑上楼 快窒息了 哈",
        "the gas smell was the workers fixing the pipe, staff checked",
        "是燃气公司在检修 不用担心煤气味",
        "coughed a lot, choked on water, then totally fine",
        "宝宝烫伤的急救知识 建议收藏",
        "I don't want to go on the trip anymore",
        "Midwife said reduced movements means go in, so noted. Baby kicking away now.",
    ],
    "an everyday explanation: teething, practice contractions, a bump then feeding and playing": [
        "孩子从沙发上摔下来 头上起了个包 现在吃奶玩耍都挺好",
        "my baby is teething, drooling and chewing everything",
        "今天假性宫缩了几次 医生说正常",
    ],
    "a smell or smoke explained: a toaster, paper burnt, nothing to worry about": [
        "the burning smell was just my toaster, all sorted",
        "smoke on the 3rd floor was someone burning paper, nothing to worry about",
        "煎鸡蛋手上起了个水泡",
    ],
    "a past event told to warn everyone what to do": [
        "上次我妈中风 大家遇到这种一定要马上打120",
        "去年邻居家老人中风了 大家遇到这种情况一定要马上打120",
    ],
    "stroke look-alikes: words lost in thanks, an arm sore from carrying, drunk speech": [
        "I can't find the words to thank you all",
        "my left arm is sore from carrying the rice bags lol",
        "喝多了 说话都大舌头了 哈哈",
    ],
    "a face swollen from crying or spice": [
        "my face is swollen from crying all night lol",
        "吃了火锅 嘴巴辣肿了哈哈",
    ],
    "a gas smell that is bad food, or explained and checked": [
        "this egg smells like rotten eggs lol, don't buy from that shop",
        "Earlier the rotten egg smell in the hallway turned out to be the drains, all fine now",
        "the gas smell this morning came from the kitchen downstairs, inspected by the property, "
        "everything's safe",
    ],
    "something swallowed last week and passed": ["孩子上周吞了个硬币 咳了两下 已经拉出来了 没事了"],
    "negation before the words (not that I want to die)": [
        "不是说我想死 只是最近真的很累",
        "倒不是说想死 就是烦",
        "Not saying I want to die, just really exhausted by all this",
    ],
    "medicine carried, not swallowed, or taken by an adult as prescribed": [
        "took the whole bottle of cough syrup back to the pharmacy, it was expired",
        "Mum took the whole bottle of pills back to the chemist for a refund",
        "我把感冒药吃了好几颗 还是没好",
    ],
    "a child's drama over a treat, a wish to die laughed off over food": [
        "haha my toddler announced 'I'm dying' because the biscuits ran out 😂",
        "我儿子说没有薯片了他活不下去了 哈哈哈",
        "今天的盒饭咸得我不想活了 哈哈哈😂",
    ],
    "rubbish bags waiting are no silent neighbour": [
        "Is there a way to get our garbage bags collected? 3 bags sitting at 9-2-1306 since Monday",
    ],
    "an apology that promises no more trouble, an everyday goodbye": [
        "快递又拿错了 下次不会再给大家添麻烦了 抱歉",
        "ok goodbye everyone, see you after lockdown",
        "goodbye group, off to bed",
    ],
    "a pet looked after while away, or on a move": [
        "Away for a week, can someone feed my cat while I'm gone? Thanks everyone",
        "我下周搬走 猫以后麻烦小王帮忙养 谢谢",
    ],
    "a person worn out, a relative far away": [
        "今天搬了一天货 累得人不行了",
        "我老家那边有个亲戚摔了一跤 好担心",
    ],
    "a household good run out, cried about": [
        "ran out of nappies 😭 please help 6-2-301",
        "救命 家里抽纸用完了 5-1-203",
    ],
    "a sparking socket whose power is cut": ["插座打火花 有点焦味 电闸已经拉了 找个电工 4-1-602"],
    "a notice of what to do on finding someone, a rumour denied": [
        "各位注意 发现有人晕倒 抽搐 请立即拨打120 并通知楼长",
        "三号楼着火是谣言 物业已经辟谣了",
    ],
    "a tight chest from laughing": ["my chest hurts from laughing at the cat video 😂"],
    "a notice of what to do, supposed or headed by who gives it": [
        "社区通知：夜间紧急情况请拨打值班电话 或直接拨打120",
        "各位 如家中有人出现胸痛、呼吸困难等情况 请立即拨打120并在群里告知",
    ],
    "history years ago asked about, a forwarded story from somewhere": [
        "My husband had chest pains a couple of years ago, should we keep aspirin at home?",
        "【转发】某地一小区居民家中燃气泄漏引发爆炸 提醒大家注意用气安全",
        "吃饭噎到了 喝口水就好了",
    ],
    "a notice headed 【通知】 or forwarded with its advice, nobody ill, a fall feared": [
        "【通知】明早7点全员核酸 请按单元顺序下楼 有急症请直接拨打120",
        "转发：市卫健委提示 出现胸痛、呼吸困难等症状请立即拨打120",
        "我们家没人胸闷也没人咳嗽 就是人快闷坏了 😂",
        "暖气片漏水 地上都湿了 怕老人滑倒 20幢302",
        "麻烦倒下垃圾 老爷子腿脚不便 十一号楼702",
    ],
    "a stable condition refilled, a kit kept for emergencies, someone in intensive care": [
        "Need a GTN spray refill for my husband (stable angina, no pain today). 1-1-1101",
        "Building lead here: the anaphylaxis kit (adrenaline) is kept in the property office",
        "我表姐在外地 前天突然中风了 现在在ICU 心里好难受",
    ],
    "whether a passing smell is normal, gone since": [
        "Is gas smell normal when the stove first lights? just a little, then gone",
    ],
    "a fever fit long past, sparks that cut the power": [
        "去年宝宝高烧抽了一次 后来医生说没事",
        "插座啪一下冒了个火星就没电了 现在半边屋没电 闸推上去又跳 13-2-1002",
    ],
    "a baby born in hospital, a report to write": [
        "我老婆昨天在医院生了个儿子 谢谢大家",
        "救命 报告写不完了",
        "saw a video of a man collapsing in the street, so sad",
    ],
    "resuscitation taught, bleeding on a screen, a scare explained and sent home": [
        "社区下周开展心肺复苏培训 需要的报名",
        "we're doing a CPR course at the clubhouse on Saturday",
        "这集男主被车撞了 吐血那段太惨了",
        "In the game my guy keeps bleeding out, this boss fight is brutal",
        "Update: mum is fine, the ER sent her home, it was only indigestion",
        "请问有没有人知道 胸闷一般挂什么科 不着急 解封后再去看",
        "孩子流鼻血了 捏着鼻子十分钟就止住了",
        "孩子流鼻血了 按了五分钟 已经止住了",
        "无意识地挠了一晚上",
        "没有呼吸困难 体温36.8",
        "社区周六开展心肺复苏培训 欢迎报名",
        "they're doing CPR training in the lobby tomorrow",
        "厨房一股味 不知道是不是菜坏了",
        "听到这个消息我哽咽了",
    ],
    "the day's dose taken, 中毒 said of a game, a parcel at the gate": [
        "Took all my meds as prescribed this morning, temp 36.5",
        "哈哈 我老公打游戏中毒了 天天玩到半夜 😂",
        "Parcel waiting at the gatehouse for 6-1-902 since noon, could someone bring it up?",
        "听到楼下在唱国歌 有点哽咽",
        "宝宝刚睡着 我都不敢开灯",
    ],
    "a fall got up from, a pain that never was, a fever supposed, a cold's aches": [
        "我爸下午在客厅摔了一跤 自个儿爬起来了 没啥事儿",
        "谁说我妈胸口疼 没有的事 她是吃多了",
        "if the baby ever gets to 39.5, what should we do?",
    ],
    "a socket's sparks no longer used, a burning smell switched off, a kitchen fire asked ahead": [
        "插线板一插就冒火花 现在不敢用了 能来换一个吗",
        "the heater smelt like burning so I switched it off at the wall, can someone check it",
        "锅里着火了该怎么灭 先问问 以防万一",
    ],
    "a kitchen nick, a thing that will kill us, a meeting that suffocates, an idol's fall": [
        "cut myself while peeling potatoes, tiny cut, all fine",
        "this heat is going to kill me",
        "要被这个网课闷死了 喘不过气🥲",
        "偶像塌房了 救命😭",
        "救我 网又断了",
    ],
    "chest tightness denied after, a story from one's ward, a group's news asked after": [
        "胸闷是没有的 就是有点咳",
        "今天急诊收了一个心梗的 才四十岁 唉",
        "看到群里说有人晕倒了 后来怎么样了",
        "Passed out? nope, just a long nap after the night shift 😂",
    ],
    "a heart attack treated long ago, a notice of what to do when": [
        "我爸以前心梗放过支架 万一再发作 该找谁",
        "温馨提示：胸痛时可舌下含服硝酸甘油",
    ],
    "a fire across the road put out, a baby's fever supposed, going downstairs tonight": [
        "there was smoke from the block opposite this morning, firefighters put it out already",
        "If my toddler has 39.6 tonight should we call 120 or wait?",
        "今晚就从楼上下去拿快递 谁一起",
    ],
    "a hotline's advice on when to call, a queue 'giving me asthma', a system that suffocates": [
        "社区热线说了 only call 120 if it's really urgent, 其他找家庭医生",
        "this group chat is giving me an asthma attack lol",
        "抢菜系统卡成这样 我要窒息了",
        "心口闷闷的 不是病 是心情不好 关太久了",
    ],
    "neighbours' noise, the police asked about it, a sister's neighbour in another district": [
        "救命 隔壁装修又开始了 电钻响了一上午😭",
        "can we call 110 about the drums upstairs? it's 2am",
        "my cousin in Minhang says a man in her building collapsed last night, so scary",
    ],
    "a fever back again with its number, a fit last week fine since, a joke about a stroke": [
        "又烧起来了 38.9 头疼 3-2-401",
        "she had a seizure last month and has been fine since, can we see a neurologist",
        "哈哈 气得我都快脑梗了 这抢菜",
        "卫生间门反锁了 里面没人 钥匙忘在里面了 能来开一下吗",
    ],
    "a general question about people alone, a clip seen online, what to do if": [
        "请问 一个人在家的老人 胸口疼一般是什么原因",
        "抖音视频里一个老人心梗倒地 太吓人了",
        "想问问 我一个人在家 万一胸口疼该怎么办",
        "my friend in another city had a heart attack last year, so scary",
    ],
    "a cry sent earlier explained away, a faint at a price, first aid learnt ahead, a device": [
        "刚才群里那个'救命'是我家孩子玩手机发的 不好意思吓到大家了",
        "刚才那条救命是孩子玩手机发的 吓到大家了 不好意思",
        "i literally fainted when i saw the price of the veg box 😂😂",
        "想提前学一下 宝宝误吞东西 第一时间应该怎么处理",
        "the group buy app isn't responding again, anyone else?",
        "my laptop is not responding lol",
        "孩子冷得手脚发抖 40分钟后就暖和了",
    ],
    "a pet in the heat asked about, a pest, a report taken back, a post, a cold's medicine": [
        "我家狗好像中暑了 喘得厉害 有人知道附近哪有宠物医院开着吗",
        "蟑螂!!!! 厨房有只会飞的蟑螂 救命啊啊啊😱",
        "help!! a huge spider in the bathroom",
        "不要在群里转发这种救命的链接了 都是假的",
        "布洛芬 一盒 嗓子疼得要死 16栋1202",
    ],
    "fireworks' smoke, a tripped breaker, home again and well, stuffed and laughing, a notice": [
        "烟花的烟飘进来了 一屋子火药味 呛死了 赶紧关窗",
        "power tripped when we plugged in the hotpot and it won't reset. can someone help",
        "my neighbour went to hospital last week for chest pain, she's home now and ok",
        "年夜饭吃到胸闷 哈哈开玩笑的 就是撑",
        "吃撑死了 年夜饭太丰盛 躺着都动不了🤣",
        "ate so much I can't breathe lmao",
        "以后谁家有人摔倒起不来 直接打这个电话 24小时有人",
    ],
    "children at play, an eye-roll, a story from some city, home resting, a fire out": [
        "Someone on our floor was yelling 'help' earlier - it was a kid playing hide and seek.",
        "刚才楼道里有人喊救命 出去一看是两个小孩在玩警察抓小偷",
        "my kid just yelled 'help help I'm dying' because I said no more cartoons 🙄",
        "Apparently someone collapsed in the compound next to ours and got taken to hospital.",
        "[转发] 某市一小区老人独居在家摔倒 三天后才被发现 大家多关心身边的老人",
        "昨晚阿姨突然心口疼 打了120 医生说是胃病 现在在家休息了",
        "there was a small fire in building 3 last night, it's out now and no one was hurt",
    ],
    "a socket that sparked once, now nothing at all": [
        "厨房插座刚才冒了一下火花 然后就不通电了 现在啥事没有 就是不敢碰 能找个电工吗",
        "tonight's the night!! hotpot at 8 🎉",
    ],
    "an awareness notice, an echo answered no, joy that 'could make her faint'": [
        "Stroke awareness: face drooping, arm weakness, speech difficulty = call 120. Stay safe!",
        "煤气味？没有啊 我刚出门闻了 是楼下在炖肉哈哈",
        "胸闷？不胸闷 就是闷得慌 在家憋坏了😤",
        "chest pain? no, just heartburn from the hotpot",
        "我妈说她高兴得要晕过去了 因为明天可能解封🤣",
    ],
    "almost fainting at a price or a smell, a broken heater, a cold's aches, a video, far away": [
        "说真的 我差点被今天的菜价吓晕过去 一颗白菜十五块",
        "just fainted… from seeing the price of the group-buy strawberries 😂",
        "天塌了!!! 热水器坏了 已经三天没洗澡了 来人救救我",
        "窒息 团购又没抢到",
        "转发一个视频 教大家海姆立克急救法 噎住了怎么救 建议都学一下",
        "My mum back in Manchester had a fall last week, she's in hospital now.",
    ],
    "a fall when young, a smell gone once lit, doing great now, disinfecting a wound": [
        "我妈年轻时候从楼梯摔下来过 现在一上楼梯就紧张",
        "每次点火那一秒会闻到一点煤气味 点着就没了 这正常吗",
        "helped my mom after she slipped last week, she's doing great now",
        "医生说我家孩子的伤口不用缝 消毒就行 谢谢社区医生",
        "刀从台面上掉下来 幸好没砸到脚",
    ],
    "smoke explained as grilling, a notice's 'for anything urgent call 120', signs asked about": [
        "the smoke is just someone grilling on their balcony, I checked, nothing's on fire",
        "FYI: the community doctor is on call 8am-8pm, for anything urgent call 120 directly.",
        "食物中毒都有啥症状啊",
        "help me with the bags pls",
    ],
    "notices that list symptoms and say call 120; a fall with no harm; gone now; a throat": [
        "群公告：发热 胸痛 呼吸困难等紧急情况 请直接拨打120 并在群里@楼长",
        "【社区医生提醒】如家中有人出现胸闷胸痛、呼吸困难、抽搐等情况，请立即拨打120",
        "Doctor reminder: if anyone has chest pain or trouble breathing, call 120 right away.",
        "老人摔了一跤 没大事 自己能起来 就是膝盖有点肿 社区医生方便来看看吗",
        "had chest tightness yesterday after the stairs, gone now, doc said it's probably anxiety",
        "嗓子疼得要命 想要点金嗓子喉片和蒲地蓝 谢谢了",
    ],
    "another compound's fire heard of, shut in and 'suffocating', an old complaint, coffee gone": [
        "has anyone heard about the fire in the estate across the road? hope they're ok",
        "我要窒息了 天天关在家里",
        "别担心 我妈的胸闷是老毛病了 今天没犯",
        "昨晚喝太多酒了 今天头疼 睡到中午才醒",
        "my neighbour is smoking on the balcony again",
    ],
    "a stroke long ago and what it left, a drill told, a story read, someone far away": [
        "外公脑梗以后一直要吃氯吡格雷 帮忙配两盒 5-2-301",
        "我妈中风后行动不便 送菜的时候麻烦放门口多等一下",
        "爸爸中风卧床三年了 今天体温36.6 2-1-702",
        "his stroke was a minor one, he's home and walking with a stick now",
        "halfway through a crime novel where everyone gets poisoned, can't put it down",
        "我表姐在成都 她那边楼里有人煤气中毒 大家晚上注意开窗",
        "刚才手机误触发了求救 大家别担心 不用叫救护车",
    ],
    "a lesson's bracketed header, advice to remember, how to help anyone, a word quoted": [
        "【社区医生提醒】一氧化碳中毒的表现：头痛 恶心 乏力",
        "医生说 孩子高烧抽搐的话要马上打120 大家记住",
        "we did a first aid evening on how to help someone who is choking, highly recommend",
        '大家别在群里乱发"救命" 有事直接打电话',
        "手指烫了个泡 不严重 就是有点疼 不用担心",
    ],
    "a fire to avoid, a fire not in our compound, CPR to learn, a fire dreamt": [
        "天冷了 用电暖器的注意 预防火灾 人走断电",
        "听到消防车的声音了 不知道哪里着火 反正不是我们小区",
        "刷到一个视频 讲心脏骤停怎么按压 大家有空都学学",
        "昨晚梦见楼里着火了 醒来一身汗",
    ],
    "a chimney's smoke, a queue that almost made me faint, homework's cry, a pain gone, an if": [
        "阳台外面好多烟 原来是对面锅炉房的烟囱 每天都这样",
        "排队做核酸排得我都快晕倒了🤣",
        "救命 那道化学题到底怎么做",
        "我爸晚上胸口闷了一下 现在已经不闷了 想问问要不要去查查",
        "我妈说要是哪天她摔倒了 让我们先打120",
    ],
    "a thermometer in the sun": [
        "温度计放在暖气片上 显示42度 吓我一跳",
        "left the thermometer in the car in the sun, reads 45 haha",
    ],
    "nothing given off, a blocked nose, baking and code gone wrong, a CPR demo": [
        "插座有点潮 没有冒烟 也没有焦味 先不用了",
        "救命 蛋糕又烤塌了 谁教教我",
        "help!! the bug is back and the deploy is tomorrow 😭",
        "Chest pain awareness: the clinic will demo first aid on Friday, sign up below",
    ],
    "symptoms passed on from a doctor, a video watched": [
        "Stroke signs can be subtle in older people. Sharing from my doctor friend, stay safe",
        "我在视频里看到有人煤气中毒 太可怕了 大家注意通风",
    ],
    "a fire to avoid, a smell explained by herbs, a broken thermometer, weary of lockdown": [
        "Please unplug heaters at night to prevent a fire, thanks all",
        "刚才那股煤气味是我家在煎中药 抱歉让大家担心了",
        "体温计好像坏了 显示43度 换了个量是36.5",
        "关了快一个月 觉得自己要窒息了",
        "烧炭取暖会一氧化碳中毒 大家千万开窗",
        "Reminder: never run a generator indoors, carbon monoxide poisoning kills",
        "排队领物资 冷得我都快晕倒了🥶",
    ],
    "an injury examined after a beating, a noise complaint, something read, a smell gone": [
        "家暴验伤要去医院 谁能帮我联系一下车 3-1-402",
        "我要报警 楼下又跳广场舞 吵死了",
        "I read somewhere that grapes are a choking risk for toddlers, cut them up",
        "昨天傍晚一股焦味 不知道谁家 今天已经没有了",
    ],
    "home from hospital as good news, in the ambulance already, a smell checked by the trade": [
        "爷爷心梗住了半个月院 昨天出院了 谢谢大家惦记",
        "楼下那位晕倒的阿姨 已经上救护车了 家属跟着去了",
        "早上楼道有股煤气味 物业师傅来检查过了 是隔壁在修灶",
        "电视上在演地震救援 奶奶看哭了",
    ],
    "a tip forwarded or an answer: care advised on a condition; which step first, asked": [
        "【转发】育儿群：发烧超过39度要观察 有抽搐马上就医 先存着",
        "如果有人晕倒了该怎么办？先掐人中还是先打120",
    ],
    "a fire told over: thanks to the firefighters, it did not spread; a drill; a show": [
        "谢谢消防员来得快 对面楼那户的火没蔓延",
        "刚才群里说有人晕倒的 是在演练 别慌",
        "这部剧里女主心脏病发 男主打120那段太揪心了",
        "the hospital show's finale: the nurse fainted and they called an ambulance, so good",
        "My uncle had a heart attack last winter so we keep aspirin at home",
        "there was a gas leak in the neighbouring compound but they've fixed it",
        "I left the thermometer on the window sill in the sun, it says 44 lol",
    ],
    "120 called to ask, a documentary about first aid, a contact kept, a cause told": [
        "打120咨询了一下 他们说孩子烧到38度5可以先物理降温",
        "昨晚看了个讲急救的节目 海姆立克法原来是这样",
        "what's the number to call for a gas leak here? just want it saved",
        "the smoky smell in the stairwell was just the neighbour's hot pot, no fire",
        "my teen says he's dying because his phone battery died lol",
        "如有人出现胸闷 气短 请立即拨打120",
        "她说小时候被开水烫过 现在看到开水就害怕",
    ],
    "a scene on TV being filmed, a drama that makes one 'want to die', a stew's smell": [
        "电视上那段火灾的戏拍得真像 原来是在拍戏",
        "追剧追得我想死 结局太虐了",
        "楼道里一股煤气味?不是 是楼上在煲汤 香死了",
        "门锁坏了 打不开 不用帮忙撞门 物业在路上了",
        # cigarette smoke, nobody hurt: neither the chain nor the question
        "抽烟的麻烦去自己家阳台抽 楼道里全是烟味",
    ],
    "a first-aid team organised, not an emergency": [
        "想组建楼里的急救志愿队 会心肺复苏的报个名",
    ],
    "short of breath from a climb just done, nothing acute": [
        "刚爬完十二楼 有点喘 坐会儿就好 体温36.6",
        "搬了两箱矿泉水上来 有点喘 不碍事",
    ],
    "a story from years ago told on over several clauses (年轻时候出过车祸 流了好多血)": [
        "我妈小时候出过一次车祸 流了很多血 她说起来还害怕",
        "我爷爷年轻的时候摔过 腿断了 起不来 在床上躺了半年",
    ],
    "how to handle a danger named as what a video or article is about": [
        "燃气泄漏怎么处理的视频 物业发群里了 大家看一下",
        "转一个心脏骤停急救方法的文章 建议收藏",
    ],
    "a slip word in a joke or a thanks (揪命 团购, 叫了就护车 已经出院)": [
        "揪命 这个团购链接又打不开了😂",
        "上个月多亏邻居帮忙叫了就护车 我妈已经出院了 谢谢大家",
    ],
    "a plan decided, pills left for someone, a goodbye at a lockdown's end": [
        "我想好了 明天团购买大米",
        "妈 你的药在桌上 记得吃",
        "I've decided. I'm ordering pizza tonight lol",
        "your pills are on the table, mum",
    ],
    "in a hospital's care already, far away (在老家住院了 还在ICU)": [
        "我外公在老家住院了 脑梗 还在ICU观察 我回不去 好揪心",
    ],
    "a reading that is the patient's own normal (that's normal for him)": [
        "his sats are 87 this morning, that's normal for him with his COPD",
    ],
    "a call made elsewhere and before, told as news; a notice headed 提醒 with a threshold": [
        "my bro in shanghai had to call an ambulance for his wife last week, she's fine now",
        "提醒 老人如果胸痛超过15分钟 一定要马上打120",
    ],
    "since the stroke, pouring air, a parcel heavy-ish, pills run out and asked again": [
        "need soft food for dad, he can't chew well since his stroke. 2-2-202",
        "cold air is pouring through the broken window, can someone fix it today",
        "parcel for 3-1-101 at the gate, heavy-ish, thanks!!",
        "降压药都吃完了 社区能帮开点吗 6-1-502",
    ],
    "a fit over minutes ago and resolved, drowning in rent, a denied breathing sign": [
        "the seizure stopped about 15 minutes ago, he's asleep now, 120 said to watch him",
        "so many bills this month, feels like I'm drowning",
    ],
    "a notice on fire risk, a positive test, rubbish piling up, a parcel of potatoes": [
        "物业：有业主在楼道堆放纸箱 极易引发火灾 请各位清理",
        "救命 抗原又是两道杠 明天还得隔离",
        "垃圾袋摞成山了 谁来救救我 哈哈",
        "窒息 物资包里又全是土豆",
        "help! how do I get my son to eat vegetables",
    ],
    "a landlord unreachable, nobody here with symptoms, a friend's emergency far away": [
        "洗衣机坏了 房东电话一直打不通 4-2-301",
        "Nobody in our family has any fever or cough, reporting as asked",
        "my friend in Shanghai had to call an ambulance for her mum, she's in ICU now",
    ],
    "an ambulance declined beside an ordinary pain (不用叫救护车)": [
        "老人腿疼得厉害走不了路 想让医生来看看 不用叫就护车",
    ],
    "a baby that wants out of the room, a door pushed, an arm sore from the dentist": [
        "宝宝要出来了 我想用力推门 门卡住了",
        "my arm and jaw hurt from the dentist lol",
    ],
    "a cry sent by mistake, a rumour put down, a drama's line quoted, chimney smoke": [
        "不好意思 刚刚是孩子按错发的救命 没事",
        "楼道里有人晕倒的传言不是真的 别转了",
        "我爸刚才说“不想活了” 是在背电视剧台词 大家别紧张",
        "是隔壁锅炉房的烟囱又冒烟了 正常烧锅炉",
        "妈 你的药都在桌上 记得按时吃 再见 我去上班了",
    ],
    "a reaction of the past told beside an allergy, money lost at cards, asked for a colleague": [
        "孩子芒果过敏 以前吃过一回喘不上气 这次团购有芒果吗 麻烦标一下",
        "打牌又大出血了 输了五十😂",
        "胸口闷要不要打120? 帮同事问的 他在老家",
        "My dad fell two weeks ago and his knee still hurts, could the doctor drop by?",
    ],
    "numbers listed for later; a question of what is normal, asked for a friend": [
        "Emergency numbers for everyone: 110 police, 120 ambulance, 119 fire",
        "is it normal to feel chest tightness after a panic attack? asking for a friend",
    ],
}

# No chain, but the in-doubt question may still be asked of these.
CALM_MAY_ASK: dict[str, list[str]] = {
    "a neighbour who could not breathe, asked after": [
        "那位喊喘不上气的阿姨 现在好点了吗",
    ],
    "a poisoning of one's childhood": [
        "小时候有一年我们家煤气中毒 现在还记得",
    ],
    "a question and its answer in one message: care advised on a condition": [
        "孩子烧得厉害怎么办？先物理降温 超过39.5或者抽搐就马上打120",
    ],
    "a birth told after labour began, thanks for the help": [
        "her contractions started at 3am and the baby girl arrived at 6, thanks for all the help",
    ],
    "a lesson's header opening the message (no chain; the question may be asked)": [
        "急救小课堂：有人突然倒地怎么办？先拍肩呼叫 没反应就打120",
    ],
    "cigarette smoke filling a stairwell (the question at most)": [
        "楼道里又有人抽烟 整个楼道都是烟 能不能自觉点",
    ],
    "a mask's discomfort (the question may be asked, never the chain)": [
        "can't breathe in this mask after eight hours of sampling duty",
    ],
    "a knife in the kitchen": ["老公拿刀切西瓜呢 大家来吃"],
    "a cold's aches with a high reading, nothing asked": [
        "高烧39.1!!! 浑身疼 躺平了 没啥要的 就报一下"
    ],
    "a report taken back as misread from another group": [
        "刚才那个说胸闷的是我看错了 是别的群的消息 不好意思"
    ],
    "sound asleep after a night shift, laughed about": ["儿子倒头就睡 怎么叫都叫不醒 睡得像死猪😂"],
    "a wish to die told earlier, calm after a visit": [
        "昨晚那位说不想活了的邻居 民警上门了 现在情绪稳定下来了"
    ],
    "a cry taken back as said in play, a word in scare quotes laughed about": [
        "刚才发的救命是闹着玩的 别当真哈",
        "haha my son 'collapsed' on the sofa when I said bedtime",
    ],
    "a faint last week, fine after a rest": [
        "My dad fainted at the gate on Monday but he was fine after a rest. Can he go down today?",
    ],
    "a visit asked for, nothing urgent": [
        "Could the nurse pop round to check dad's blood pressure? he's a bit tired, nothing urgent",
    ],
    "first aid learnt ahead, a cry that was filmed at a drill, a quoted smell explained": [
        "老人摔倒了怎么扶才对 先学着 以备不时之需",
        "how do you put someone who collapsed in the recovery position? for future reference",
        "大家别转了 那个喊救命的视频是演习时拍的",
        "> 有煤气味\n是隔壁在炝锅 不是燃气 放心",
        "cut the tape and the burst pipe is spurting water everywhere",
        "孩子在阳台上说要跳绳 吵死了",
        "我爸前年脑梗以后一直说话慢 今天精神不错",
        "my toddler went limp on the floor of the shop, full tantrum mode lol",
        "the landlord still isn't answering me about the deposit",
        "ok that's the last delivery, I'm done. bye everyone, see you tomorrow",
        "烟好大 下不去手 这道辣子鸡太呛了哈哈",
        "网课卡成这样 我要窒息了[捂脸]",
        "this group buy spreadsheet is suffocating me [Facepalm]",
        "反家暴热线已开通 有需要可以联系我 社区妇联",
        "if you need to talk about violence at home, DM me, I'm the community social worker",
        "中午火锅吃太多了 都快喘不过气了 哈",
        "救命 线上会开了一下午了 还没结束",
        "楼道报警声是物业在测试 不用慌",
        "楼梯口的灯坏了 我昨晚差一点滑倒 麻烦物业修一下",
        "I nearly fell on the icy steps this morning, can someone salt them",
        "How do we get an ambulance now that they're so busy? Just call 120?",
        "my bank account is about to have a heart attack after this group buy",
        "Good news: mum's chest pain last night was only indigestion. Back home now",
        "Rubbish bins overflowing at the gate since Tuesday, can someone empty them?",
        "想去游泳池跳下去凉快一下 可惜还封着",
        "我妈去年放过支架 现在挺好 胸闷的话一般挂哪个科 提前问问",
        "There was yelling next door around midnight but everything's been quiet since. All ok?",
        "Dad's going to kill me, I dropped his phone in the soup 😅",
        "救命 这道题谁会做 孩子的作业写不出来了",
        "救命 零食全吃完了 谁能帮我带包薯片",
        "我同学住在浦东那边 他们小区昨天有人晕倒 救护车来得很慢",
        "My cousin in Shenzhen had her baby last night, mother and baby fine! 🎉",
        "What's the first aid for a choking toddler? Asking because we're starting finger food",
        "Grandpa tripped this morning but got up on his own, just a bruise on his knee",
        "前天骨折的手腕打了石膏 现在挺好的 谢谢关心",
        "插座冒了一下火花 已经拔掉了 能请电工看看吗",
        "刚才的煤气味是楼下在检修 已经确认安全了",
        "刚才那个晕倒的大爷送医院了吗 好担心",
        "how is the lady who fainted at the gate this morning?",
        "我姥姥去年中风过 想问问中风先兆有哪些",
        "我姐在北京 说她们楼有人煤气中毒了 好吓人",
        "pls help sign for my JD package at the gate, 3-1-402",
        "那个说着火的视频是假的 别转了",
        "my gran fell last month, now she is recover well, thanks all",
        "社区医生提醒：有胸闷、呼吸困难要及时拨打120",
        "SOS 家里没酱油了 谁下楼帮带一瓶",
        "封了快一个月 憋在家里都要窒息了",
        "我爸走了以后 我常去墓地陪他说说话",
        "别劝我了 这件衣服我买定了",
        "楼下烤鸭香得我都要晕过去了",
        "宝宝昨晚烧到39.6 吃了药降下来了 现在36.8",
        "my friend in Shanghai says her neighbour collapsed yesterday, he's fine now",
        "去年我爸心梗 已经放了支架 最近都挺好",
        "孩子上午抽了一下 现在已经好了 医生说是热性惊厥",
        "the pipe under the bathroom basin is dripping, can someone fix it? 3-1-402",
        "一氧化碳没有气味 烧炭盆的邻居们一定注意开窗",
        "【广告】煤气报警器 一氧化碳报警器 特价 需要的加微信",
        "外婆视频里看我又瘦了 心疼得直掉眼泪",
        "Could someone please help me post a letter to the tax office? 5-2-301",
        "thumb got a blister from the hot pan, could someone grab me some burn cream? 2-1-401",
        "明天的药都准备好了 谢谢志愿者",
    ],
    "smoke told to be incense (the net may still ask)": [
        "the smoke in the stairwell is only someone's incense, no need to worry 🙏",
    ],
    "a blocked nose (the question at most)": [
        "my nose is so blocked I can't breathe through my nose at night, any spray tips?",
    ],
    "a fire report asked back (the question at most)": [
        "刚才谁说着火了? 是不是看错了 我这边闻不到烟味",
    ],
    "a safety notice's if, a smoke alarm set off by cooking": [
        "消防提醒：如看到浓烟 请立即拨打119 不要乘坐电梯",
        "刚才报警器响是我炒菜炒糊了 没事 抱歉",
    ],
    "a cold's aches beside an ordinary fever": [
        "今天38.2 全身没劲 喉咙疼 躺一会儿 5-1-302",
    ],
    "towels soaked with sweat, not blood (the question may be asked)": [
        "I'm so hot I soaked through two towels at the gym",
    ],
    "asked whether it could happen (孩子会不会误吃): a risk, not an event": [
        "洗衣凝珠放哪 小孩会不会误吃 大家怎么收的",
        "防冻液是什么味道的 孩子会误喝吗",
    ],
    "an allergy whose breathing sign is denied (the question may be asked)": [
        "孩子过敏了 不是呼吸困难 就是眼睛痒",
    ],
}


@pytest.mark.parametrize(("text", "family"), cases(EMERGENCIES))
def test_each_concept_raises_the_chain_with_its_family(
    text: str, family: EmergencyFamily | None
) -> None:
    check_emergency(text, family)


@pytest.mark.parametrize("text", texts(CALM))
def test_look_alikes_raise_neither_chain_nor_question(text: str) -> None:
    check_calm(text)


@pytest.mark.parametrize("text", texts(CALM_MAY_ASK))
def test_look_alikes_raise_no_chain(text: str) -> None:
    check_calm(text, asks=True)


def test_asking_whether_anyone_called_the_police_is_no_denial() -> None:
    """有没有人报警 asks; only 没人 before a symptom says nobody has it."""
    check_emergency("隔壁1503又在打了 女的一直喊 砸东西的声音 有没有人报警", None)
