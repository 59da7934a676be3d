"""Emergencies by family, and the look-alikes that are not (negations, past events, questions,
jokes, news), grouped by the family they resemble; every case found in earlier rounds is kept."""

import pytest

from domain.understanding import Kind, understand

# Emergencies, grouped by the first family understanding names ('general': none).
EMERGENCIES: dict[str, list[str]] = {
    "fire": [
        "厨房着火了!!! 快打119",
        "楼上好像着火了 好多烟 快报警",
        "There's a fire in the kitchen!! Room 903",
        "插座冒火花了 还有烧焦味",
        "厨房冒烟 锅烧起来了",
        "电动车充电起火了 在楼道",
        "there's smoke coming from the apartment next door",
        "I smell burning and see flames in 1203",
        "Help!! Fire!!",
        "3楼楼道全是烟 看不见路",
        "走廊里好多烟 不知道哪来的",
        "门缝里往外冒黑烟",
        "听到很大的爆炸声",
        "隔壁焦味越来越重 烟越来越大",
        "插座冒烟了",
        "fire! bldg 3",
        # sparks with no power cut, ambulance not there yet
        "插座冒火花了 快来人",
        "厨房里烧起来了",
        "火又烧起来了 快跑",
        # sparks with smoke, or the power not cut
        "插座冒火花了 还有烟 没法拉闸",
        "sparks from the outlet and I can't turn off the breaker, smoke coming out",
        "廚房著火了 好大的煙",
        "火燭呀 樓下有火",
        "🔥🔥🔥 3号楼 🔥🔥 快跑",
        "走廊里全是呛人的黑烟，看不见路",
    ],
    "gas": [
        "楼道里好大一股煤气味 是不是哪家漏气了 5幢",
        "家里煤气泄漏了 很大的味道",
        "I smell gas in the stairwell",
        "It smells like gas in the hallway",
        "卫生间煤气热水器那边一股味 头晕恶心",
        "家里燃气漏了 不敢开灯",
        "gas smell is very strong in unit 2",
        "楼道里一股臭鸡蛋味 是燃气吧",
        "煤气罐那边嘶嘶响 一股味 不敢动",
        "屋里好闷 闻到煤气味 老公喘不上气",
        # a gas smell that is back or making someone dizzy
        "燃气味刚才现在没有了，可我妈头晕倒了",
    ],
    "electric_shock": [
        "我老公被电到了 倒地不起",
        "他被电击了 倒在地上",
        "修插座被电击了",
        "he got an electric shock from the heater",
        # a household fault does not void a cry about someone hurt
        "水管爆了 我爸触电了 快来人",
    ],
    "violence": [
        # violence, suicide, fire, labour, overdose
        "楼下有人持刀",
        "he says he will kill me",
        "他拿着刀追着人砍",
        "someone is beating a woman downstairs, call the police",
        "my son asthma attack inhaler not working he can't speak full sentences",
        "我老公喝多了拿着菜刀要砍我 我躲在厕所",
        "help there is a man attacking a volunteer at the gate",
        # violence: strangled, hiding while someone batters the door
        "他掐住我的脖子 我好不容易跑出来了 5-302",
        "我和孩子躲在卧室里 他在外面踹门",
        "我妈又被我爸打了 脸都肿了",
    ],
    "not_breathing": [
        "My baby is not breathing",
        "my wife collapsed in the kitchen and isn't breathing",
        "救救我爸 他没呼吸了",
        "HELP my dad is not breathing",
        "my husband collapsed, I'm ok but he is not breathing",
        "我爸没有心跳了",
        "我爸没心跳了",
        "没有脉搏了 快来",
        "摸不到脉搏",
        "测不到心跳 怎么办",
        "奶奶没了呼吸",
        "他心跳好像没了",
        "他没气了",
        "She has no pulse",
        "no heartbeat, please hurry",
        "I can't find a pulse",
        "no sign of breathing",
        "he cant breth",
        "停电了 呼吸机停了 救命",
        "老伴睡着睡着就没气了 快来",
        "she collapsed on the bed and isn't breathing",
    ],
    "choking": [
        "HELP!!! my son is choking",
        "孩子被果冻卡住了喉咙 脸都紫了",
        "老人吃饭噎住了 说不出话",
        "孩子被鱼刺卡住 喘不过气来",
        "宝宝吃东西噎住了 脸发紫",
        "my baby is choking on a grape",
        "孩子吃汤圆卡住了",
    ],
    "drowning": [
        "孩子在澡盆里呛了好多水",
        "my son was face down in the bath",
        # drowning, scalds, falls, fractures, mushrooms
        "小孙子掉进水桶里了 捞上来不哭不动",
        "孩子掉水里了",
        "孩子抱着玩具掉进河里了",
        "我儿子去捡球掉进池塘里了 快来人",
    ],
    "unresponsive": [
        "我爸刚才在厕所晕倒了，现在叫不醒！！5栋1单元302",
        "快来人 我妈在厨房倒下了 一动不动",
        "My husband is unresponsive and breathing weird",
        "老人昏迷了 叫不应",
        "ambulance please, my father passed out",
        "911!! Neighbor collapsed in the corridor",
        "老人把一瓶安眠药全吃了 现在叫不醒 快",
        "He took a bunch of pills and won't wake up",
        "妈妈糖尿病 低血糖晕倒了",
        "感觉喘不动了 胸口压着",
        "dial 120 now please my wife fainted",
        "他怎么叫都不醒",
        "有人晕倒在电梯里了 快来人",
        "３幢２单元５０１　救命！！我爸晕倒了",
        "救名啊 我妈晕倒了",
        "emergancy! my dad collapsed",
        "他突然捂着胸口倒下了",
        "我们需要救护车 老人晕倒了",
        "叫了她好几声 只会哼哼",
        "我没事 我爸晕倒了 叫不醒",
        "my dad collapsed, is he ok?",
        "叫他不大应 眼睛半睁着",
        "喝酒喝到吐血 人软了",
        "她吃了大半瓶安定 叫不太醒",
        "my son is shaking and not answering me",
        "外公推不醒",
        "I cant wake my grandma up",
        "he is not responsive",
        "眼睛往上翻 叫不答应",
        # typos
        "my wife colapsed",
        # someone down on the floor, without 起不来
        "卫生间有人倒地了 是楼上的阿姨",
        "王奶奶倒在楼道里 大家快来",
        "爷爷趴在地上不吭声",
        # the fallback: an urgent call about someone lying still
        "求求你们了 我妈躺在床上一动不动 身上冰凉",
        "help, my neighbour is lying in the corridor, not moving",
        "怎么办 外公躺着不动 叫也没用",
        "女儿突然眼睛往上翻 叫不应",
        # help arriving voids the call for it, not the person's state
        "我爸晕倒了 现在救护车来了 还没醒",
        "爺爺突然暈倒了 叫不醒",
        "佢晕咗 叫极都唔醒",
        "阿嫲跌咗 起唔到身 叫极都唔应",
        "打完针全身痒 头晕 血压好低",
        "楼下老太太摔在楼梯口 一动不动",
        # unresponsive, life support, calls, broken English, fits again
        "叫他不怎么答应 我爸糖尿病",
        "sorry my english. husband no wake up. very cold",
        "俺爹在院里栽倒了，咋叫都不吭气",
        "救命 明天考试 但是我爸刚才晕倒了 叫不醒",
        "救命 排队的时候老人倒地不起",
        "help! my boss collapsed in the meeting and isn't breathing",
    ],
    "breathing": [
        "我胸闷 喘不上气 头晕",
        "婆婆喘不过气来 嘴唇都紫了 求救",
        "呼吸困难 嘴唇发紫 1-1-101",
        "Please call an ambulance! My husband can't breathe. Bldg 5 Unit 2 #1203",
        "can't breath!! help",
        "孩子吞了一颗纽扣电池 一直咳 喘不上气",
        "我快不行了 胸口好闷 喘不上气",
        "我爸呼吸不上来 脸都憋红了",
        "My grandfather is having trouble breathing and his lips are blue",
        "我觉得胸口很闷 透不过气 3-1-402",
        "我家孩子哮喘发作了 喘得很厉害 药也没了",
        "老人呼吸很急 嘴唇发白 叫他也不怎么回应",
        "she can't catch her breath and is turning pale",
        "孩子嘴唇变紫了",
        "his lips turned blue",
        "her face turned purple",
        # warning signs together: two strong ones, or one strong in its context
        "爸爸出冷汗 脸色发青",
        # breathing, throat, drowning, choking
        "她喘气都困难",
        "喉咙越来越紧 说话都费劲",
        "breathing sounds really rattly",
        # Cantonese and voice-to-text homophones
        "我老公心口痛 透唔到氣",
        "就命 我妈喘不上气",
        "我爸出不来气了 脸都白了",
        # Cantonese and Wu read as Mandarin
        "喘唔到气呀 快啲嚟",
        # a lung patient's breathing is no hyperbole
        "老慢支又犯了 憋得脸都紫了",
        "停电了 家里老人的制氧机停了 他开始喘了",
        "ventilator alarm won't stop and the power is out, my son depends on it",
        "呼吸機冇電 阿爺好辛苦",
        # a lung patient sitting up to breathe, retractions, an inhaler or nebuliser no help
        "老慢支的爷爷喘得躺不下 整夜坐着",
        "宝宝呼吸的时候肋骨那里一凹一凹的 凹进去很深",
        "孩子哮喘 沙丁胺醇喷了好几下都不管用",
        # a ventilator on battery in a power cut
        "停电了!!!我爸靠呼吸机 电池只剩一格 他开始喘了",
        "救命 我妈喘不过气来",
        "工作中突然喘不过气 嘴唇发紫",
        "加班时同事突然喘不过气 倒在工位上",
    ],
    "cardiac": [
        "救命!!! 我爸心脏闷痛 手脚冒汗 快叫救护车 3-2-501",
        "老公突然说胸口剧痛 满头大汗 脸色发白",
        "心口疼得厉害 出了一身冷汗",
        "Dad's chest hurts really bad and his left arm is numb, 7-2-1203",
        "My dad is having chest pain and sweating, please help!",
        "快打120 我老公心脏病犯了",
        "我爸心脏病犯了 速效救心丸吃了也没用",
        "胸口不舒服 还冒冷汗",
        "She's having a heart attack!!",
        "我爸胸口疼 脸色很差 出了好多汗",
        "老妈说心口绞着疼 手发麻",
        "my mom is clutching her chest and sweating",
        "my dad says he has crushing chest pain",
        "my husband slurs his words and can't lift his arm",
        "老伴胸口像被石头压着 出冷汗",
        # heart attack told indirectly
        "我爸捂着胸口坐在地上",
        "pain shooting down her left arm",
        "问她话她也不回",
        # traditional characters read as simplified
        "急急急 媽媽胸口悶得厲害 冒冷汗 手臂發麻",
        # a mild word with real warning signs, a symptom that is not better
        "胸痛没有缓解 越来越疼 快叫救护车",
        "阿婆话心口好翳 出晒冷汗",
        # warning signs that together are urgent
        "爷爷心跳好快 一分钟一百八 头晕 站不住",
        "尿毒症 五天没透析了 浑身没劲 心慌 憋气",
        # writers away from home are no news (我在外地)
        "我在外地 我妈刚才电话里说胸口痛 说不出话了 她住3-1-201",
        "my mother in law chest very heavy, sweating, she is 78, 2-1-1103 what to do",
        "老头子心脏跳得乱七八糟 一会快一会停 人发晕 站不住",
        "老妈说胸口那块像被大石头压住，喘气一下一下的，脸白得像纸",
        # exertion, with something acute besides
        "爬楼累得胸口疼，满头冷汗，左臂发麻",
    ],
    "stroke": [
        "我老公脸歪了 一边手抬不起来 说话含含糊糊",
        "爷爷突然半边身子动不了了",
        "不太对劲 我妈突然说不出话了",
        "my mom is having a stroke I think, face drooping, can't talk properly",
        "我爸突然嘴歪了 说话不清楚 左手没力气 是不是中风",
        "my father's face drooped suddenly and he can't speak",
        "爸爸气喘吁吁 说不出话来",
        "我奶奶好像中风了 嘴角歪 口水直流",
        "他一侧手脚不能动了",
        "I think my mom had a stroke just now, her face is drooping",
        "外公左边嘴角是歪的 口水直流",
        # stroke told indirectly: a drooping mouth, broken speech, a weak hand, double vision
        "外公嘴角往下耷拉 话也说不利索",
        "奶奶左手握不住筷子了",
        "我爸说看东西有重影 走路往一边歪",
        "my mum suddenly can't speak properly",
        "我奶奶躺在地上不说话 我好害怕",
        "阿嬤中風了 講話講不清楚 臉歪一邊 快叫救護車",
        "婆婆突然睇唔到嘢 一边手冇力",
        "爸爸突然剧烈头痛 说是这辈子最痛的一次 还吐了",
        # a question beside a real event stays urgent
        "my dad's face is drooping, what are the signs of a stroke?",
        "我爸突然说话不清楚 怎么判断是不是中风",
        "my dad suddenly has a splitting headache and can't see properly",
        # signs taught, but someone here has them now
        "我爸脸歪了，跟讲座上说的中风一模一样，快来人",
    ],
    "bleeding": [
        "手被玻璃划了个大口子 血止不住",
        "刀切到手了 血一直止不住 流了好多 3-1-1102",
        "he cut himself badly, bleeding heavily, won't stop",
        "Someone's bleeding a lot in the stairwell unit 2",
        "阿姨在楼梯上摔倒了 头流血了",
        "伤口一直流血 按不住",
        "流血不止 怎么办",
        "he cut his wrist, there's blood",
        "the blood won't stop",
        "我老婆大出血了 刚生完孩子",
        "我儿子从高处摔下来 头上全是血",
        "Blood everywhere, he cut his hand badly",
        "My wife is bleeding heavily after giving birth",
        "伤口的血哗哗地流",
        "月经量特别大 一直流 站都站不住",
        # a pet named, but a person hurt
        "我家狗咬了孩子 血流不止",
        "狗把他咬了 血流不止",
        "被狗咬了 血止不住",
        "我被猫抓了 血流不止",
        "the dog bit her and she is bleeding heavily",
        "old man in room 301 lie down blood from head",
        "我爸咳了一大口血 脸色很差",
        "奶奶刚才吐了好几口血",
        "Help, my husband cut his hand with the glass, blood spraying everywhere",
        "女儿被狗咬了脖子 血一直往外冒",
    ],
    "seizure": [
        "我妈癫痫发作了 一直抽 口吐白沫",
        "My son is having a seizure right now",
        "小孩高烧惊厥了 眼睛往上翻",
        "孩子发烧四十度 抽搐了 怎么办啊",
        "宝宝抽搐了 发烧39 怎么办",
        "高烧40.5 全身抽搐",
        "老公突然抽起来了 牙关紧闭",
        "孩子高热惊厥 手脚抽动",
        "he's having a seizure and foaming at the mouth",
        # seizures and not answering
        "他突然抽起来了",
        "my daughter is jerking and her eyes rolled back",
        "老人眼珠子翻白了",
        "我爸突然翻白眼 倒地上了",
        "刚才抽了一次停了 现在又开始抽了 第三次了",
    ],
    "poisoning": [
        "My toddler swallowed a button battery",
        "孩子误吃了奶奶的降压药 好几片",
        "宝宝喝了消毒液",
        "我妈吃了一整瓶降压药",
        "孩子把消毒液喝了",
        "刚吃了半瓶安眠药 对不起大家",
        "妈妈喝了农药",
        "孩子吃了老鼠药",
        "I swallowed a whole bottle of pills",
        "my kid drank bleach",
        "孩子把老鼠药咬开吃进去了",
        "my son ate a handful of his grandma's heart pills",  # many words between verb and pills
        "他吃了半瓶安眠药 没事吧",
        "I think he took too many sleeping pills",  # the pills are the overdose, not its context
        "my son drank the cleaning stuff under the sink",
        "grandma swallowed some rat poison",
        "我刚吃了一整板安眠药 不想醒了",
        "屋里烧炭 全家都头晕想吐",
        "he took 40 of his sleeping pills an hour ago",
        # household chemicals swallowed
        "my son ate some of the cleaning tablets, he is vomiting",
        "she drank some toilet cleaner",
        "孩子把洁厕灵喝了",
        # English overdoses with a filler and a named drug
        "my roommate took like 20 paracetamol an hour ago and keeps vomiting",
        "she took about 30 tablets of her sleeping pills",
        "吃了野蘑菇 全家上吐下泻",
        # overdoses said loosely in English
        "my brother took a lot of pills, maybe 20, now he is very sleepy",
    ],
    "suicide": [
        "I can't do this anymore. I just want to end it all tonight.",
        "我真的撑不下去了 不想活了",
        "i want to kill myself",
        "想结束自己 太累了",
        "I don't want to be here anymore",
        "我不想活了 别找我",
        "我姐割腕了 快来人",
        "I'm going to end my life tonight",
        "药都准备好了 今晚就结束这一切",
        "安眠药已经攒够了",
        "I wrote a goodbye note to my family",
        "My neighbour says she wants to kill herself",  # suicidal talk about someone else
        "我现在在楼顶 不想再撑了",
        "这是我最后一条消息了",
        "站在楼顶边上 跟你们告别",
        "I'll jump off the bridge tonight",
        "我真的撑不下去了 药都攒好了",
        "邻居大哥喝醉了站在窗台外面 要往下跳",
        "活着没意思 刀都准备好了 再见了大家",
        # despair with an end set and the means at hand; suicidal words with pills named after them
        "活着好累 今晚就解脱了",
        "不想活了 安眠药都在手边",
        "我不想活了 药在这里",
        "我爸把自己反锁在房间 说要喝农药 快来",
        "I'm standing on the roof, tell my mum I'm sorry",
    ],
    "burn": [
        "我爸被开水烫了一大片 起泡了",
        "热油溅到手上 烫起了一大片泡",
        "开水整壶浇在孩子身上了 皮都起泡脱了",
        "my kid pulled the hot soup pot onto herself, big burns on chest and arms",
        # burns told by look or extent, blood brought up by the mouthful
        "滚水浇到手上 整只手烫得发白",
        "热汤洒了 整条胳膊都烫红了 起水泡 孩子一直哭",
        # burns: hot oil splashed and skin off; English blisters after boiling water or oil
        "热油溅到孩子胳膊上，皮都掉了",
        "he knocked boiling water over his arm, big blisters all over",
        "hot oil splashed her face and the skin is coming off",
    ],
    "labour": [
        "我老婆羊水破了!! 预产期还有一周 怎么办 急",
        "我老婆要生了 宫缩很频繁",
        "孕妇肚子疼 见红了 预产期就这两天",
        "My wife's water just broke, what do we do",
        "My wife is in labour, contractions 3 min apart!",
        "羊水破了 快送医院",
        "宫缩五分钟一次了 怎么办",
        "my water broke and the contractions are 2 minutes apart",
        "老婆孕39周 肚子一阵一阵地疼",
        "每4分钟疼一次 预产期就是明天",
        "怀孕36周 出血了",
        "her waters just broke",
        # labour, jumping, violence, fire
        "宝宝头都出来了!!!",
        "怀孕35周 肚子一阵紧一阵 下面流水了",
    ],
    "infant_fever": [
        "七个月宝宝烧到39.8 一直哭 退烧药吃了没用",
        "宝宝5个月 烧到39.7度 一直哭闹",
        "婴儿发烧39.6度",
        "my 6 month old has a fever of 39.9",
        "baby 8 months old temp 103.5F",
        "3岁孩子烧到39.8 抽了一下",
        "两个月的宝宝发烧39.5",
        "一岁的孩子烧到40度",
        "婴儿体温39.6 精神很差",
        # a child's fever with a fit, told as cramps or twitching, or eyes rolled up
        "孩子发烧38.9 还抽筋了",
        "宝宝高烧 手脚一抽一抽的",
        "my son has a fever and his arms keep twitching",
        "孙子烧到四十度 身上起紫色的斑点",
    ],
    "fall": [
        "奶奶在卫生间摔倒了 起不来 7幢302",
        "外婆从床上摔下来了 爬不起来 1-2-701",
        "Grandma fell in the bathroom and can't get up. Room 1202",
        "my grandpa slipped and hit his head, there's lots of blood",
        "奶奶摔倒后一直说腿疼 动不了",
        "grandpa fell down the stairs and is not moving",
        "奶奶从椅子上掉下来 爬不起来",
        "老人躺地板上动不了",
        "孩子头先着地 一直想睡",
        # falls, burns, shock, carbon monoxide
        "爷爷头撞破了 流了好多",
        "妈妈下台阶踩空了",
        "grandma fell down and not can get up",
        "he hit his head on the table and now he's vomiting",
        # falls told in broken English
        "old man lying on floor since morning, he cannot get up",
        "Neighbour lady fall in bathroom, she cannot stand, I hear her cry",
        "grandpa on the floor in kitchen, he cannot get up",
        "厕所漏水 我妈滑倒了 起不来了 救命",
        "阿拉姆妈跌了一跤 爬勿起来了",
        "从梯子上摔下来 腿骨头都戳出来了",
        # someone who cannot be lifted or has lain on the floor a long time
        "老爷子倒在厕所里 我们两个人怎么拉都拉不起来",
        "外婆在地上躺了一个多小时才被发现 4-1-302",
        # a fall and then not moving at all, a hip out of shape
        "奶奶在厨房滑倒了，说屁股疼，完全动不了",
        "老太太摔了一跤 左腿往外翻 短了一截",
        # a child very sleepy after a fall from furniture
        "my daughter fell off the sofa and is so sleepy now, vomited again",
        "He is on the bathroom floor, eyes open but not talking, Room 402",
        # a fall told over two clauses
        "爷爷从椅子上摔下来了，腿疼得站不起来",
        "我妈跌倒了，怎么扶都爬不起来",
    ],
    "general": [
        "救命！",
        "🆘🆘 3-2-501",
        "ambulance please!!",
        "需要救护车 快",
        "the old lady downstairs isn't responding, please help",
        "please call an ambulance for 5-2-1102",
        "救命啊!!!!",
        "快叫救护车!!!",
        "谁能帮忙打个120 我爸不行了",
        "对门独居的张老师两天没见人 敲门没动静",
        "My father lives alone and is not answering the door since yesterday",
        "he lives alone, not answering the door, nobody saw him since monday",
        "外婆有糖尿病 现在说胡话",
        "he is sweaty and confused",
        "my diabetic mum is clammy",
        "plese help",
        "ambulance now 3-1-101",
        "快报警",
        # a bare shout
        "救护车!!!",
        "救护车 救护车 5-1-302",
        "help help help 3-3-303",
        # a knock on the head, then vomiting or drowsiness
        "小朋友从上铺掉下来 头着地 吐了两次",
        "孩子撞到头了 现在很想睡",
        # sounds of distress behind a door nobody opens
        "5栋隔壁大爷家门口有血 敲门没人应",
        "敲门没人应 里面有呻吟声",
        "nobody is answering the door and we can hear moaning inside",
        "打了120 救护车还没到 我爸不呼吸了",
        "老妈血糖爆表 测不出来 一直吐",
        "爸爸拉的全是黑便 还吐咖啡色的东西",
        "肚子疼得在地上打滚 一直吐 肚子硬得像板一样",
        "my son has terrible pain lower right belly, can't stand up straight, vomiting",
        "my mum lives alone and she's not answering, I can hear the TV",
        "急急急 叫120",
        # a silent neighbour or parent for a day or more; the phone unanswered
        "对门老太太从昨天就没动静 敲门没人应",
        "我爸自己住 电话打不通 敲门也不开 从早上到现在",
        "grandma lives alone in 702 and is not answering her phone since this morning",
        # chemotherapy and a fever with confusion; a sudden headache with sight failing
        "化疗的病人 发烧了 人有点糊涂",
        "儿子从上铺掉下来 吐了两次 一直想睡",
        "楼上一直有人喊救人啊 声音很惨",
        "我家老太婆嘴巴瓢了，讲话不清爽，半边手没劲",
        "Dad says his chest feels like an elephant is sitting on it and he's sweating buckets",
        "my mum is on the bathroom tiles and won't open her eyes",
        "我刚把窗户缝都用胶带封死了，炭也点上了",
        "我儿子把奶奶的降糖药当糖豆吃了七八颗",
        "老公说头像被斧头劈开一样痛，然后就吐了，现在眼睛睁不开",
        # someone down, seen through a door gap or a window of a flat that does not answer
        "敲门没人应，从猫眼看见老太太倒在门口",
        "王叔叔一个人住，敲门没反应，从窗户看到他趴在地上",
        # a silence of a whole morning from someone alone
        "我爸一个人住，电话打了一上午都没人接",
    ],
}

# Calm look-alikes, grouped by the family of the first trigger they contain.
LOOK_ALIKES: dict[str, list[str]] = {
    "fire": [
        "明天下午消防演练 听到警报不要慌 不是真的着火",
        "煤气灶打不着火了 能来修一下吗",
        "楼道一股烧焦味 物业查过了 没事",
        "菜炒糊了 一股焦味 哈哈",
        "烟囱冒烟了 锅炉房开始烧了",
        # risks and slang, not events
        "大家注意用电安全 别让电动车在楼道充电 容易起火",
        "电线老化可能会引起火灾",
        "插座冒火花了 吓死 已经拉闸了 谁能来看看",
        # a fever rising again is no fire
        "孩子晚上又烧起来了 38.6",
        "刚才楼道有烟味 是有人在抽烟 已经找到了",
        "手机烫得跟着火了一样",
        "天干物燥 小心火烛",
        # sparks after the main switch is off: a repair
        "插座冒火花 已经把总闸关了 能找电工来看看吗",
        "烟雾报警器一直在叫 但是没有烟 也没着火 应该是没电了 能来人看一下吗",
        "燃气灶打不着火，打了好几次都是咔咔响，能找人来看下吗",
        "插座冒火花了 已经拉了总闸 请电工来看看",
    ],
    "gas": [
        "闻到煤气味 原来是灶没关 已经关了",
        # notices and risks
        "温馨提示:使用燃气后请关闭阀门 发现漏气请勿开关电器",
        # a gas smell that has gone
        "刚闻到一点煤气味，现在没有了，应该是楼下在施工",
    ],
    "not_breathing": [
        "家里没气了 煤气罐空了",
        "轮胎没气了",
        "电视剧里主角心脏骤停了",
        "he is not breathing down my neck anymore, new manager is chill",
    ],
    "choking": [
        # fiction, general questions, mild symptoms asked about
        "watching grey's anatomy, the guy is choking on a steak lol",
    ],
    "drowning": [
        # a thing, not a person, dropped into water or from a height
        "手机掉水里了 捞起来还能用",
        "钥匙掉井里了 谁家有磁铁",
        "书包掉河里了 里面的作业全湿了",
        "水桶不小心掉进水池里了",
    ],
    "unresponsive": [
        "等核酸等得我要晕倒了",
        "这菜价 我要晕倒了😂",
        # past or resolved
        "上周我爸晕倒过一次 去医院查了 现在没事了 谢谢大家关心",
        "My mom fainted last week but she's fine now",
        # news about others elsewhere
        "听说隔壁小区有个老人晕倒了 救护车半天才进去 太吓人了",
        "新闻说有个老人在家晕倒 好几天才被发现",
        "I'm fainting from hunger lol",
        "刚才晕倒了 现在醒了 没事了",
        "如果独居老人敲门没反应 请联系楼长",
        "头晕 想吐 发烧38.5",
        "糖尿病 今天有点头晕",
        "累到快晕倒 终于下班了",
        "I passed out on the sofa after work lol",
        "刚才有人晕倒 救护车已经接走了",
        "he fainted 3 years ago",
        "自行车倒地了 谁的车",
        "我差点晕倒 排了三小时队",
        "I almost fainted when I saw the price of eggs",
        "I nearly passed out from the heat",
        # taken away already
        "刚才那个晕倒的大爷已经被120接走了 大家放心",
        # saved, got up unaided
        "我妈昨天低血糖晕倒 送医院抢救回来了 谢谢大家",
        # flopped onto a sofa asleep
        "dad collapsed onto the couch after dinner and is snoring away",
    ],
    "breathing": [
        "笑到窒息😂",
        "哈哈哈 笑到喘不过气",
        "这群里的操作令人窒息",
        "没有发烧 也没有气短 体温正常",
        "I don't have any fever or shortness of breath",
        "咳嗽 有点气短 体温37.6",
        "this heat is suffocating",
        "hhh 笑得我喘不上气",
        "Residents with fever, cough or difficulty breathing should report to the committee",
        "Is shortness of breath a sign of covid? just wondering",
        "没有呼吸困难",
        # slang and hyperbole
        "绝绝子 这个团的牛肉yyds 香到窒息",
        "栓Q 又要封七天 我要窒息了",
        "美到窒息的晚霞",
        "老人夜里有点喘 是正常的吗",
        # breathlessness said of a burden: stress, work, heat, crowds, rent, a stuffy room
        "工作压力大 喘不过气来 想休假",
        "车贷房贷压得我透不过气",
        "早高峰地铁人挤人 快窒息了",
        "这天气闷热得喘不上气",
        "最近加班太多 感觉要窒息了",
        "the deadlines at work are suffocating me",
        "刚搬完家具，累得有点喘",
        # smog, pollution
        "雾霾天出门有点喘，还是在家待着吧",
        "the smog today is making me short of breath, staying in",
        # a hard task that "suffocates"
        "这道数学题难度太大，我儿子要窒息了",
    ],
    "cardiac": [
        "I almost had a heart attack when I saw the veggie prices lol",
        # negated
        "没有胸闷 没有咳嗽 就是关得有点烦😂",
        "No chest pain, no trouble breathing, just tired",
        "爸爸上周胸痛 去医院看了 现在已经好了",
        "前几天胸闷 去医院查了没事",
        # questions and hypotheticals
        "请问如果晚上有人胸痛怎么办? 能直接打120吗",
        "如果半夜有人胸痛 应该打什么电话?",
        "请问心梗的症状有哪些",
        "一旦出现胸闷气短 请立即拨打120",
        "Need more nitroglycerin for my mom's angina, Room 1502",
        "有点胸闷 不急 想让社区医生看看",
        "看到账单心梗了😂",
        "【通知】如出现发热、咳嗽、胸闷等症状请及时上报",
        "Is chest pain a common symptom of the flu?",
        "Need more nitroglycerin for dad's angina, he's fine right now",
        "没有胸闷",
        "no chest pain",
        "这剧虐得我心梗",
        "我同事的爸爸心梗住院了",
        "胸闷好几天了 不严重 想约医生看看",
        # denied right after it is named
        "胸闷倒不是 就是心里闷 封控太久了",
        "胸痛倒没有 就是咳嗽",
        # a mild symptom and nothing else
        "老人家说胸口有点闷 已经好几天了 想预约社区医生看看 没有别的症状",
        "我爸说胸口有点闷 但量了血压正常 没有其他不舒服 应该是没睡好",
        "胸口偶尔闷一下 需要去医院吗",
        "心跳好快 终于抢到菜了",
        "气得我胸口疼 快递又丢了",
        "出现胸痛胸闷的住户请直接联系社区医生",
        "这首歌听得我心跳得乱七八糟 哈哈",
        "楼下贴了海报：胸痛、呼吸困难要马上打120",
        # chest pain or breathlessness from exertion
        "跑完五公里跑得胸口疼，歇会儿就好",
    ],
    "stroke": [
        "My dad had a stroke 3 years ago, he needs his blood pressure pills refilled",
        "我爸以前中风过 需要帮忙配药",
        "My friend in Beijing had a stroke, so worried",
        "气得我嘴都歪了",
        "我爸中风后遗症 帮忙买纸尿裤",
        "what are the signs of a stroke? asking for my parents",
        "中风有哪些症状",
        "外公脑梗已经脱离危险了",
        # questions asked ahead of time
        "想了解一下 脑梗的前兆都有什么",
        "我爸去年中风过，现在恢复得挺好，就是需要买点降压药",
        # signs taught at a talk, on a poster or in a course, no one named
        "周六有急救科普讲座，教大家识别中风：嘴歪、手麻、说话不清",
        "Remember the stroke signs from the first aid course: face drooping, arm weakness",
    ],
    "bleeding": [
        "看到这个价格气得吐血",
        "累到吐血 终于搬完了",
        "月经一直流 十多天了 能请社区医生看看吗 不急",
        "卖家的回复让我吐血",
        # a pet hurt, not a person
        "楼下的狗被车撞了 流了好多血 有没有人认识主人",
        "小区的猫被打了 流了好多血 太可怜了",
    ],
    "seizure": [
        "网站又抽风了 抢不到菜",
        "What should we do if someone has a seizure?",
        "狗狗突然抽搐 口吐白沫 附近有宠物医院吗",
        "爷爷戒烟失败 又开始抽了",
    ],
    "poisoning": [
        "听说隔壁小区有人煤气中毒了 大家注意安全",
        "冬天烧炭要小心一氧化碳中毒",
        "谨防一氧化碳中毒",
        # pets
        "我家猫吃了一小块巧克力 会不会中毒啊",
        "my dog ate rat poison, which vet is open?",
        "天冷烧炭取暖容易一氧化碳中毒 请大家注意",
    ],
    "suicide": [
        "饿得想死 团购什么时候到",
        "无聊到想死 什么时候解封啊",
        "排队排到想死 还没轮到我",
        "加班加到想死",
        "隔离结束了 再见了大家 药都买好了 谢谢志愿者",
        # a joke disclaimer, frustration, anger in the chest
        "我不是想自杀 只是今天好累",
        "没想跳楼 开玩笑的 就是房价太高",
        "这视频卡得我想死",
        "抢菜抢得我想死",
    ],
    "labour": [
        "一阵一阵地疼 吃坏肚子了吧",
        "老婆切菜手指流血了 创可贴在哪",
        "下面流水了 水管漏了",
    ],
    "fall": [
        "上个月我奶奶摔了一跤 现在好多了",
        "老人前年摔断了腿 现在还拄拐 帮忙扔垃圾",
        "老爷子摔倒了 自己爬起来了 没事",
        "晾衣杆从五楼掉下去了 幸好没砸到人",
    ],
    "cry": [
        "这个视频笑死我了 救命😂😂",
        "谁能救救我 好无聊啊哈哈",
        "if temp above 39.5 in babies, call 120",
        "谢谢救命恩人 菜收到了",
        "楼下装修太吵了 should we call the police?",
        "my kid keeps saying 'help help' cuz he's playing hide and seek 😂",
        "救命 这个团购的菜也太贵了吧",
        "救命 这只猫好可爱",
        # help already here, sparks already cut off
        "已经打了120 救护车到了 谢谢大家",
        "楼下烧烤味好香 馋哭了😭 救命",
        "好可爱的猫 救命",
        # a cry about a household fault with nobody hurt
        "厕所堵了 水漫出来了 救命啊 不是那种救命 是真的要修",
        "水管爆了 滋滋往外喷水 快来人关总阀",
        "the pipe burst, water flooding everywhere, help!",
        # jokes, similes, idioms
        "救命 这个瓜太大了",
        "快叫救护车 我被这个笑话笑晕了 😂",
        "call an ambulance, my diet just died 🍰",
        # notices for anyone who has something
        "有发热咳嗽等症状的居民请及时上报 必要时拨打120",
        # a cry about a mundane worry: homework, deadlines, exams, work, prices, queues, traffic
        "救命 明天就要交论文了",
        "救命 期末考试还有三天 书一页没看",
        "救命啊 这个月房租又涨了",
        "救命 超市排队排了四十分钟",
        "救命 高架上堵车堵了一个小时",
        "求救 这道数学题谁会做",
        "救命 领导让我今晚把ppt改完",
        "help! my essay is due at midnight",
    ],
    "sign": [
        "Temp 37.3, slight headache, no cough.",
    ],
    "no trigger": [
        # idioms and jokes
        "笑死我了 楼上那只猫又跑到阳台上了",
        "急死了 快递三天还没送上来",
        "热死了 空调都不管用",
        "饿死了 团购的菜什么时候到啊",
        "想死你们了 什么时候能聚聚",
        "跳楼价 进口车厘子 加微信",
        "This queue for the PCR test is killing me 😩",
        "I'm dying of boredom here",
        "I'm dead 😂😂",
        "LOL I'm dying 😂 this group chat",
        "I'm choked up, thank you all for the help!",
        "Thanks for the help!",
        "宝宝昨天烧到39.8 今天已经退了",
        "宝宝烧到40度了 现在退了 精神挺好",
        "120急救电话是多少？",
        "家里有急救箱吗",
        # routine heart medicine and history
        "帮忙配一下速效救心丸 我爸的快吃完了 8-2-601",
        "Need a refill of my heart medication (nitroglycerin), Room 802",
        "爸爸有心脏病 需要买硝酸甘油",
        # ordinary fevers and mild symptoms
        "孩子有点发烧38.2 帮忙买盒退烧药",
        "宝宝37.8 有点低烧",
        "体温39.2 浑身酸痛 帮忙买布洛芬",
        # other look-alikes
        "We had a fire drill today lol",
        "地震演习 大家别慌",
        "轮胎漏气了 谁有打气筒",
        "早上起不来 太困了",
        "腿抽筋了 好疼",
        "今天38度 热死了",
        "心里堵得慌 关太久了",
        "Can someone please help me buy eggs?",
        "胸不闷 也不喘 就是有点咳嗽",
        "scared to death by that thunder",
        "心塞 又要做核酸",
        "社死现场",
        "吓死我了 刚才停电了一下",
        "嘴都笑歪了😂",
        "卫生间漏水 快来人修一下",
        "I hate these pills",
        "楼道全是烟头 谁扔的",
        "家里好多烟酒 不知道送谁",
        "听到这个价格 人都软了",
        "独居的王奶奶敲门没人应 后来知道去女儿家了 没事",
        "送菜到独居的王奶奶家 敲门没人应 放门口了",
        "独居的李奶奶昨天敲门没人应 今天早上看到她出门买菜了",
        "黑烟是隔壁工地的",
        "我一个人住 敲门没人应是因为我在洗澡",
        "老人一个人住 打电话不接 是不是出去了",
        "雨伞不想撑了 淋着回去吧",
        "呼吸没问题",
        "心跳正常",
        "没有心跳加速 脉搏正常",
        "我没意识到今天要做核酸",
        "breathing fine now",
        "his pulse is normal",
        "woke him up, he is fine",
        "No fever, no breathing difficulty",
        "I can't wake up early lol",  # the speaker oversleeping
        "his face turned purple with rage lol",
        "出了一身汗 今天好热",
        "Pls help pick up my parcel, room 1702",
        "倒了杯水给我爸",
        "家里没米了 谁能帮忙买一袋",
        "我拿着刀切菜呢 等下回复",
        "最后一条消息 明天见",
        "烟雾报警器没电了 能帮忙换一下吗",
        "垃圾倒在门口了 麻烦收一下",
        "救护车开进小区了 是接隔壁透析的",
        "头有点疼 可能没睡好",
        "孩子昨天撞到头了 今天好了",
        "敲门没人应 可能出去做核酸了",
        "she ate some cleaning-free snacks",  # no chemical swallowed
        # the fallback needs a person, an urgent call, and no pet, thing, joke or past
        "周末只想躺在床上一动不动",
        "怎么办 我家猫一动不动的趴着",
        "help the queue is not moving, my mom has been waiting 3 hours",
        "我妈在地上做瑜伽 一动不动的 哈哈",
        "昨天我爸躺着不动吓死我了 原来睡着了",
        "charging bikes indoors can cause a fire",
        "Please help refill my metformin prescription, running out in 3 days",
        "我发烧38度 腿抽筋了",
        "宝宝发烧38.5 没有抽筋",
        "上次孩子发烧抽筋过 这次要注意什么",
        "他对我翻白眼",
        "the ambulance is here now, thanks everyone",
        "the socket was sparking so I switched off the breaker, can an electrician come?",
        # asleep is no fall
        "I fell asleep on the sofa, can't get up early tomorrow",
        # a gas that did not leak; a smell explained
        "煤气没漏 检查过了 是楼下在炒菜",
        # asleep, smoking, single signs, repairs, goods
        "my mom fell asleep on the sofa watching TV again",
        "药都准备好了 明天送过来",
        "制氧机坏了 能帮修一下吗",
        "氧气瓶快用完了 明天能帮忙换一瓶吗 老人要用",
        "热水洒身上了 有点红 擦了药",
        "the kids are attacking the buffet lol",
        "🔥🔥 run don't walk to this sale",
        "楼下有火锅店吗",
        "吃了野蘑菇 好吃",
        # a habit of replying is no silence; a short delay is not long
        "我妈平时都回消息的 今天回得晚了点 刚刚回了 没事",
        "敲门没人应 快递放门口了",
        # burns and lifting in ordinary use
        "晒太阳晒得脸烫烫的",
        "这个柜子太重了 两个人都抬不起来",
        "阿斗扶不起来",
        "雾化没用完 还剩两支 谁需要",
        # someone away who is fine
        "我在外地 家里老人都挺好的 谢谢楼长",
        "他要是敢不要我 我就喝农药 哈哈",
        "my phone is on the bathroom floor somewhere lol",
        "my backpack is heavy today",
        "救人一命胜造七级浮屠",
        "燃气灶打火的时候嘶嘶响 正常吗",
        "胸口那块像被大石头压住的感觉，是不是心理作用？最近压力大，想问问大家",
        "头好疼啊，可能是没睡好，谁有止痛片借两颗",
        "my heart is racing, I just got the job offer!!",
        "孩子刚才摔了一跤，哭了两声自己爬起来了，没事",
        "dad's cpr course certificate arrived, thanks for the help",
        "快递小哥快到了没，急死了",
        "饺子掉锅里煮破皮了",
        "I smelled gas for a second in the hall, it's gone now",
    ],
}


@pytest.mark.parametrize(
    ("family", "text"),
    [(family, text) for family, texts in EMERGENCIES.items() for text in texts],
)
def test_emergencies_by_family(family: str, text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    assert reading.category is None
    assert any(entry.startswith("emergency:") for entry in reading.evidence)
    assert family == "general" or family in reading.families, reading.families


@pytest.mark.parametrize(
    ("family", "text"),
    [(family, text) for family, texts in LOOK_ALIKES.items() for text in texts],
)
def test_look_alikes_by_family_stay_calm(family: str, text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, (family, reading.evidence)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("没有胸闷 没有咳嗽", "negated:没有胸闷"),
        ("不是真的着火", "negated:不是真的着火"),
        ("上周我爸晕倒过一次", "past:晕倒过"),
        ("听说隔壁小区有个老人晕倒了", "news:听说:晕倒"),
        ("笑到窒息", "idiom:笑到窒息"),
        ("I almost had a heart attack lol", "idiom:almost had a heart attack"),
        ("请问如果有人胸痛怎么办", "hypothetical:如果:胸痛"),
        ("我爸胸痛", "emergency:cardiac:chest-pain-zh:胸痛"),
        ("七个月宝宝烧到39.8", "emergency:infant-fever:39.8"),
    ],
)
def test_evidence_explains_the_decision(text: str, evidence: str) -> None:
    assert evidence in understand(text).evidence


def test_emergency_wins_over_an_order() -> None:
    reading = understand("帮忙买点药 我爸突然胸口剧痛 喘不上气")
    assert (reading.kind, reading.category, reading.items) == (Kind.EMERGENCY, None, ())


def test_an_infant_fever_under_the_line_is_not_an_emergency() -> None:
    assert understand("宝宝烧到39.3 一直哭").kind is Kind.TEMPERATURE


def test_an_older_child_with_high_fever_is_a_temperature() -> None:
    assert understand("儿子12岁 发烧39.6").kind is Kind.TEMPERATURE


def test_an_adult_high_fever_is_a_temperature() -> None:
    assert understand("老公烧到39.8 浑身疼").kind is Kind.TEMPERATURE
