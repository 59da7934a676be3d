"""Emergencies, and the negations, past events, questions, jokes and news that are not."""

import pytest

from domain.understanding import Kind, understand
from tests.support.emergency_examples import EMERGENCIES, NOT_EMERGENCIES


@pytest.mark.parametrize("text", EMERGENCIES)
def test_emergencies_are_recognized(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    assert reading.category is None
    assert any(entry.startswith("emergency:") for entry in reading.evidence)


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_look_alikes_are_not_emergencies(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


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
        ("我爸胸痛", "emergency:symptom:胸痛"),
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


@pytest.mark.parametrize(
    "text",
    [
        "【通知】如出现发热、咳嗽、胸闷等症状请及时上报",
        "Residents with fever, cough or difficulty breathing should report to the committee",
        "My friend in Beijing had a stroke, so worried",
        "刚才晕倒了 现在醒了 没事了",
    ],
)
def test_notices_news_and_resolved_events(text: str) -> None:
    assert understand(text).kind is not Kind.EMERGENCY


@pytest.mark.parametrize("text", ["救名啊 我妈晕倒了", "emergancy! my dad collapsed"])
def test_typos_in_a_cry_for_help(text: str) -> None:
    assert understand(text).kind is Kind.EMERGENCY


MORE_EMERGENCIES = [
    "我爸胸口疼 脸色很差 出了好多汗",
    "老妈说心口绞着疼 手发麻",
    "他突然捂着胸口倒下了",
    "我觉得胸口很闷 透不过气 3-1-402",
    "爸爸气喘吁吁 说不出话来",
    "我家孩子哮喘发作了 喘得很厉害 药也没了",
    "老人呼吸很急 嘴唇发白 叫他也不怎么回应",
    "我奶奶好像中风了 嘴角歪 口水直流",
    "他一侧手脚不能动了",
    "老公突然抽起来了 牙关紧闭",
    "孩子高热惊厥 手脚抽动",
    "我老婆大出血了 刚生完孩子",
    "我儿子从高处摔下来 头上全是血",
    "奶奶摔倒后一直说腿疼 动不了",
    "羊水破了 快送医院",
    "宫缩五分钟一次了 怎么办",
    "我不想活了 别找我",
    "刚吃了半瓶安眠药 对不起大家",
    "我姐割腕了 快来人",
    "妈妈喝了农药",
    "孩子吃了老鼠药",
    "卫生间煤气热水器那边一股味 头晕恶心",
    "家里燃气漏了 不敢开灯",
    "厨房冒烟 锅烧起来了",
    "电动车充电起火了 在楼道",
    "孩子被鱼刺卡住 喘不过气来",
    "宝宝吃东西噎住了 脸发紫",
    "我爸被开水烫了一大片 起泡了",
    "他被电击了 倒在地上",
    "两个月的宝宝发烧39.5",
    "一岁的孩子烧到40度",
    "婴儿体温39.6 精神很差",
    "my mom is clutching her chest and sweating",
    "my dad says he has crushing chest pain",
    "she can't catch her breath and is turning pale",
    "my baby is choking on a grape",
    "the old lady downstairs isn't responding, please help",
    "he's having a seizure and foaming at the mouth",
    "my husband slurs his words and can't lift his arm",
    "I think my mom had a stroke just now, her face is drooping",
    "Blood everywhere, he cut his hand badly",
    "My wife is bleeding heavily after giving birth",
    "grandpa fell down the stairs and is not moving",
    "my water broke and the contractions are 2 minutes apart",
    "I swallowed a whole bottle of pills",
    "I'm going to end my life tonight",
    "there's smoke coming from the apartment next door",
    "I smell burning and see flames in 1203",
    "gas smell is very strong in unit 2",
    "my kid drank bleach",
    "please call an ambulance for 5-2-1102",
    "HELP my dad is not breathing",
    "Help!! Fire!!",
    "救命啊!!!!",
    "快叫救护车!!!",
    "我们需要救护车 老人晕倒了",
    "谁能帮忙打个120 我爸不行了",
]


@pytest.mark.parametrize("text", MORE_EMERGENCIES)
def test_more_emergency_phrasings(text: str) -> None:
    assert understand(text).kind is Kind.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "外公左边嘴角是歪的 口水直流",  # a crooked face, said as a state
        "叫了她好几声 只会哼哼",  # called and only groans
        "奶奶从椅子上掉下来 爬不起来",  # a fall off furniture
        "老人躺地板上动不了",  # on the floor without 在
        "老婆孕39周 肚子一阵一阵地疼",  # labour pains in waves
        "每4分钟疼一次 预产期就是明天",  # pains at intervals near the due date
        "药都准备好了 今晚就结束这一切",  # ending "all this"
        "安眠药已经攒够了",  # a stockpile of sleeping pills
        "I wrote a goodbye note to my family",
        "孩子把老鼠药咬开吃进去了",  # the substance first, then swallowed
        "my son ate a handful of his grandma's heart pills",  # many words between verb and pills
        "3楼楼道全是烟 看不见路",  # a place full of smoke
        "走廊里好多烟 不知道哪来的",
    ],
)
def test_emergencies_in_other_words(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "排队排到想死 还没轮到我",  # a verb copied around its object is hyperbole
        "加班加到想死",
        "气得我嘴都歪了",
        "嘴都笑歪了😂",
        "一阵一阵地疼 吃坏肚子了吧",  # pains in waves with no pregnancy
        "Is shortness of breath a sign of covid? just wondering",
        "Is chest pain a common symptom of the flu?",
        "楼道一股烧焦味 物业查过了 没事",  # resolved: 没事 closing a clause
        "Need more nitroglycerin for dad's angina, he's fine right now",
        "卫生间漏水 快来人修一下",  # a call to come and fix is not a cry for help
        "I hate these pills",
        "楼道全是烟头 谁扔的",  # cigarette ends, not smoke
        "家里好多烟酒 不知道送谁",
    ],
)
def test_more_look_alikes(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "我没事 我爸晕倒了 叫不醒",  # the speaker being fine does not resolve someone else
        "my husband collapsed, I'm ok but he is not breathing",
        "他吃了半瓶安眠药 没事吧",  # asking whether someone is fine
        "my dad collapsed, is he ok?",
    ],
)
def test_being_fine_resolves_only_the_person_in_trouble(text: str) -> None:
    assert understand(text).kind is Kind.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "老伴胸口像被石头压着 出冷汗",  # chest pressure told as a simile
        "叫他不大应 眼睛半睁着",  # 不大应: barely answers
        "伤口的血哗哗地流",  # gushing blood
        "月经量特别大 一直流 站都站不住",  # a period that will not stop
        "喝酒喝到吐血 人软了",  # gone limp, though 喝到吐血 alone reads as hyperbole
        "她吃了大半瓶安定 叫不太醒",  # an overdose named by the sedative
        "I think he took too many sleeping pills",  # the pills are the overdose, not its context
        "my son drank the cleaning stuff under the sink",
        "grandma swallowed some rat poison",
        "门缝里往外冒黑烟",  # black smoke
        "听到很大的爆炸声",
        "隔壁焦味越来越重 烟越来越大",
        "My neighbour says she wants to kill herself",  # suicidal talk about someone else
        "我现在在楼顶 不想再撑了",
        "我刚吃了一整板安眠药 不想醒了",  # 不想醒了 is no recovery
        "my son is shaking and not answering me",
        "对门独居的张老师两天没见人 敲门没动静",  # living alone, not answering the door
        "My father lives alone and is not answering the door since yesterday",
        "he lives alone, not answering the door, nobody saw him since monday",
    ],
)
def test_emergencies_said_indirectly(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "听到这个价格 人都软了",  # 人都软了 is a figure of speech
        "菜炒糊了 一股焦味 哈哈",  # a burnt dish with a laugh
        "月经一直流 十多天了 能请社区医生看看吗 不急",  # a long period, not an acute bleed
        "独居的王奶奶敲门没人应 后来知道去女儿家了 没事",  # found fine
        "送菜到独居的王奶奶家 敲门没人应 放门口了",  # a volunteer's delivery note
        "如果独居老人敲门没反应 请联系楼长",  # hypothetical
        "独居的李奶奶昨天敲门没人应 今天早上看到她出门买菜了",  # seen since
        "黑烟是隔壁工地的",  # black smoke alone, explained, is no fire
        "我一个人住 敲门没人应是因为我在洗澡",  # the speaker, who is writing
        "老人一个人住 打电话不接 是不是出去了",  # a phone not answered is not enough
        "雨伞不想撑了 淋着回去吧",
    ],
)
def test_indirect_look_alikes(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "我爸没有心跳了",  # the absence of a vital sign is the emergency, not a negated symptom
        "我爸没心跳了",
        "没有脉搏了 快来",
        "摸不到脉搏",
        "测不到心跳 怎么办",
        "奶奶没了呼吸",
        "他心跳好像没了",
        "他没气了",
        "外公推不醒",
        "孩子嘴唇变紫了",
        "She has no pulse",
        "no heartbeat, please hurry",
        "I cant wake my grandma up",
        "I can't find a pulse",
        "he is not responsive",
        "his lips turned blue",
        "her face turned purple",
        "no sign of breathing",
    ],
)
def test_absent_vital_signs_are_emergencies(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "没有胸闷",
        "呼吸没问题",
        "心跳正常",
        "没有心跳加速 脉搏正常",
        "没有呼吸困难",
        "我没意识到今天要做核酸",  # 意识到: realize
        "家里没气了 煤气罐空了",  # the gas ran out, nobody named
        "轮胎没气了",
        "no chest pain",
        "breathing fine now",
        "his pulse is normal",
        "woke him up, he is fine",
        "No fever, no breathing difficulty",
        "I can't wake up early lol",  # the speaker oversleeping
        "his face turned purple with rage lol",
    ],
)
def test_vital_signs_present_or_negated_symptoms_stay_calm(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        # stroke told indirectly: a drooping mouth, broken speech, a weak hand, double vision
        "外公嘴角往下耷拉 话也说不利索",
        "奶奶左手握不住筷子了",
        "我爸说看东西有重影 走路往一边歪",
        "my mum suddenly can't speak properly",
        # heart attack told indirectly
        "我爸捂着胸口坐在地上",
        "pain shooting down her left arm",
        # warning signs together: two strong ones, or one strong in its context
        "爸爸出冷汗 脸色发青",
        "外婆有糖尿病 现在说胡话",
        "孩子头先着地 一直想睡",
        "he is sweaty and confused",
        "my diabetic mum is clammy",
        # breathing, throat, drowning, choking
        "她喘气都困难",
        "喉咙越来越紧 说话都费劲",
        "孩子在澡盆里呛了好多水",
        "my son was face down in the bath",
        "孩子吃汤圆卡住了",
        "breathing sounds really rattly",
        # seizures and not answering
        "他突然抽起来了",
        "眼睛往上翻 叫不答应",
        "问她话她也不回",
        "my daughter is jerking and her eyes rolled back",
        # falls, burns, shock, carbon monoxide
        "爷爷头撞破了 流了好多",
        "妈妈下台阶踩空了",
        "grandma fell down and not can get up",
        "热油溅到手上 烫起了一大片泡",
        "修插座被电击了",
        "he got an electric shock from the heater",
        "屋里烧炭 全家都头晕想吐",
        # violence, suicide, fire, labour, overdose
        "楼下有人持刀",
        "he says he will kill me",
        "这是我最后一条消息了",
        "站在楼顶边上 跟你们告别",
        "I'll jump off the bridge tonight",
        "插座冒烟了",
        "楼道里一股臭鸡蛋味 是燃气吧",
        "fire! bldg 3",
        "怀孕36周 出血了",
        "her waters just broke",
        "he took 40 of his sleeping pills an hour ago",
        # typos
        "my wife colapsed",
        "he cant breth",
        "plese help",
        "ambulance now 3-1-101",
    ],
)
def test_emergencies_told_indirectly_or_with_typos(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "出了一身汗 今天好热",  # one strong sign alone, no context
        "头晕 想吐 发烧38.5",  # weak signs alone
        "糖尿病 今天有点头晕",  # a weak sign in its context is not enough
        "累到快晕倒 终于下班了",  # hyperbole
        "这剧虐得我心梗",
        "卖家的回复让我吐血",
        "I passed out on the sofa after work lol",
        "电视剧里主角心脏骤停了",  # fiction
        "我同事的爸爸心梗住院了",  # already in hospital
        "刚才有人晕倒 救护车已经接走了",
        "闻到煤气味 原来是灶没关 已经关了",  # explained and handled
        "冬天烧炭要小心一氧化碳中毒",  # a warning
        "谨防一氧化碳中毒",
        "老人前年摔断了腿 现在还拄拐 帮忙扔垃圾",  # years ago, whatever goes on now
        "我爸中风后遗症 帮忙买纸尿裤",  # an after-effect, not a stroke now
        "胸闷好几天了 不严重 想约医生看看",  # lasted days and not urgent
        "老婆切菜手指流血了 创可贴在哪",  # bleeding without pregnancy
        "he fainted 3 years ago",
        "Pls help pick up my parcel, room 1702",
        "倒了杯水给我爸",
        "家里没米了 谁能帮忙买一袋",
    ],
)
def test_indirect_look_alikes_stay_calm(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "我拿着刀切菜呢 等下回复",  # a knife with no threat
        "烟囱冒烟了 锅炉房开始烧了",
        "楼下装修太吵了 should we call the police?",  # a question, not a cry
        "最后一条消息 明天见",  # the day's last message, not a goodbye
        "烟雾报警器没电了 能帮忙换一下吗",
    ],
)
def test_violence_fire_and_goodbye_words_in_ordinary_use(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text", ["他拿着刀追着人砍", "someone is beating a woman downstairs, call the police", "快报警"]
)
def test_violence_now_is_an_emergency(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        # someone down on the floor, without 起不来
        "卫生间有人倒地了 是楼上的阿姨",
        "王奶奶倒在楼道里 大家快来",
        "我奶奶躺在地上不说话 我好害怕",
        "爷爷趴在地上不吭声",
        # a bare shout
        "救护车!!!",
        "救护车 救护车 5-1-302",
        "help help help 3-3-303",
        # a knock on the head, then vomiting or drowsiness
        "小朋友从上铺掉下来 头着地 吐了两次",
        "孩子撞到头了 现在很想睡",
        "he hit his head on the table and now he's vomiting",
        # household chemicals swallowed
        "my son ate some of the cleaning tablets, he is vomiting",
        "she drank some toilet cleaner",
        "孩子把洁厕灵喝了",
        # sounds of distress behind a door nobody opens
        "5栋隔壁大爷家门口有血 敲门没人应",
        "敲门没人应 里面有呻吟声",
        "nobody is answering the door and we can hear moaning inside",
        # the fallback: an urgent call about someone lying still
        "求求你们了 我妈躺在床上一动不动 身上冰凉",
        "help, my neighbour is lying in the corridor, not moving",
        "怎么办 外公躺着不动 叫也没用",
    ],
)
def test_people_down_shouts_head_knocks_chemicals_and_sounds_behind_doors(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "垃圾倒在门口了 麻烦收一下",
        "自行车倒地了 谁的车",
        "my kid keeps saying 'help help' cuz he's playing hide and seek 😂",
        "救护车开进小区了 是接隔壁透析的",
        "头有点疼 可能没睡好",  # a weak sign with no knock
        "孩子昨天撞到头了 今天好了",  # past and resolved
        "敲门没人应 可能出去做核酸了",  # no distress
        "she ate some cleaning-free snacks",  # no chemical swallowed
        # the fallback needs a person, an urgent call, and no pet, thing, joke or past
        "周末只想躺在床上一动不动",
        "怎么办 我家猫一动不动的趴着",
        "help the queue is not moving, my mom has been waiting 3 hours",
        "我妈在地上做瑜伽 一动不动的 哈哈",
        "昨天我爸躺着不动吓死我了 原来睡着了",
        # risks and slang, not events
        "大家注意用电安全 别让电动车在楼道充电 容易起火",
        "电线老化可能会引起火灾",
        "charging bikes indoors can cause a fire",
        "救命 这个团购的菜也太贵了吧",
        "救命 这只猫好可爱",
        "Please help refill my metformin prescription, running out in 3 days",
    ],
)
def test_things_down_games_risks_and_slang_stay_calm(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        # a child's fever with a fit, told as cramps or twitching, or eyes rolled up
        "孩子发烧38.9 还抽筋了",
        "宝宝高烧 手脚一抽一抽的",
        "my son has a fever and his arms keep twitching",
        "女儿突然眼睛往上翻 叫不应",
        "老人眼珠子翻白了",
        # a pet named, but a person hurt
        "我家狗咬了孩子 血流不止",
        "狗把他咬了 血流不止",
        "被狗咬了 血止不住",
        "我被猫抓了 血流不止",
        "the dog bit her and she is bleeding heavily",
        # sparks with no power cut, ambulance not there yet
        "插座冒火花了 快来人",
        "打了120 救护车还没到 我爸不呼吸了",
        "厨房里烧起来了",
        "火又烧起来了 快跑",
        # help arriving voids the call for it, not the person's state
        "我爸晕倒了 现在救护车来了 还没醒",
        # sparks with smoke, or the power not cut
        "插座冒火花了 还有烟 没法拉闸",
        "sparks from the outlet and I can't turn off the breaker, smoke coming out",
        "我爸突然翻白眼 倒地上了",
    ],
)
def test_fevers_with_fits_rolled_eyes_and_people_hurt_near_pets(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "我发烧38度 腿抽筋了",  # a leg cramp in an adult
        "宝宝发烧38.5 没有抽筋",
        "上次孩子发烧抽筋过 这次要注意什么",
        "他对我翻白眼",  # an eye-roll
        # pets
        "我家猫吃了一小块巧克力 会不会中毒啊",
        "my dog ate rat poison, which vet is open?",
        "狗狗突然抽搐 口吐白沫 附近有宠物医院吗",
        # help already here, sparks already cut off
        "已经打了120 救护车到了 谢谢大家",
        "the ambulance is here now, thanks everyone",
        "插座冒火花了 吓死 已经拉闸了 谁能来看看",
        "the socket was sparking so I switched off the breaker, can an electrician come?",
        # a fever rising again is no fire
        "孩子晚上又烧起来了 38.6",
    ],
)
def test_cramps_eye_rolls_pets_help_arrived_and_power_cut_sparks_stay_calm(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        # traditional characters read as simplified
        "急急急 媽媽胸口悶得厲害 冒冷汗 手臂發麻",
        "阿嬤中風了 講話講不清楚 臉歪一邊 快叫救護車",
        "爺爺突然暈倒了 叫不醒",
        "廚房著火了 好大的煙",
        # Cantonese and voice-to-text homophones
        "我老公心口痛 透唔到氣",
        "就命 我妈喘不上气",
        "我爸出不来气了 脸都白了",
        # English overdoses with a filler and a named drug
        "my roommate took like 20 paracetamol an hour ago and keeps vomiting",
        "she took about 30 tablets of her sleeping pills",
        # falls told in broken English
        "old man lying on floor since morning, he cannot get up",
        "Neighbour lady fall in bathroom, she cannot stand, I hear her cry",
        "grandpa on the floor in kitchen, he cannot get up",
        # a household fault does not void a cry about someone hurt
        "水管爆了 我爸触电了 快来人",
        "厕所漏水 我妈滑倒了 起不来了 救命",
        "停电了 呼吸机停了 救命",  # life support stopped by the fault
        # a mild word with real warning signs, a symptom that is not better
        "胸痛没有缓解 越来越疼 快叫救护车",
    ],
)
def test_traditional_cantonese_homophones_and_broken_english(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        # slang and hyperbole
        "绝绝子 这个团的牛肉yyds 香到窒息",
        "栓Q 又要封七天 我要窒息了",
        "美到窒息的晚霞",
        "楼下烧烤味好香 馋哭了😭 救命",
        "好可爱的猫 救命",
        "我差点晕倒 排了三小时队",
        "I almost fainted when I saw the price of eggs",
        "I nearly passed out from the heat",
        # taken away already
        "刚才那个晕倒的大爷已经被120接走了 大家放心",
        # denied right after it is named
        "胸闷倒不是 就是心里闷 封控太久了",
        "胸痛倒没有 就是咳嗽",
        # a mild symptom and nothing else
        "老人家说胸口有点闷 已经好几天了 想预约社区医生看看 没有别的症状",
        "我爸说胸口有点闷 但量了血压正常 没有其他不舒服 应该是没睡好",
        # a cry about a household fault with nobody hurt
        "厕所堵了 水漫出来了 救命啊 不是那种救命 是真的要修",
        "水管爆了 滋滋往外喷水 快来人关总阀",
        "the pipe burst, water flooding everywhere, help!",
        # asleep is no fall
        "I fell asleep on the sofa, can't get up early tomorrow",
    ],
)
def test_slang_taken_away_denied_mild_and_household_faults_stay_calm(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        # Cantonese and Wu read as Mandarin
        "喘唔到气呀 快啲嚟",
        "佢晕咗 叫极都唔醒",
        "阿嫲跌咗 起唔到身 叫极都唔应",
        "阿拉姆妈跌了一跤 爬勿起来了",
        "婆婆突然睇唔到嘢 一边手冇力",
        "阿婆话心口好翳 出晒冷汗",
        # warning signs that together are urgent
        "爷爷心跳好快 一分钟一百八 头晕 站不住",
        "爸爸突然剧烈头痛 说是这辈子最痛的一次 还吐了",
        "打完针全身痒 头晕 血压好低",
        "老妈血糖爆表 测不出来 一直吐",
        "爸爸拉的全是黑便 还吐咖啡色的东西",
        "肚子疼得在地上打滚 一直吐 肚子硬得像板一样",
        "my son has terrible pain lower right belly, can't stand up straight, vomiting",
        "尿毒症 五天没透析了 浑身没劲 心慌 憋气",
        "我真的撑不下去了 药都攒好了",
        # a lung patient's breathing is no hyperbole
        "老慢支又犯了 憋得脸都紫了",
        "my son asthma attack inhaler not working he can't speak full sentences",
        # drowning, scalds, falls, fractures, mushrooms
        "小孙子掉进水桶里了 捞上来不哭不动",
        "开水整壶浇在孩子身上了 皮都起泡脱了",
        "my kid pulled the hot soup pot onto herself, big burns on chest and arms",
        "楼下老太太摔在楼梯口 一动不动",
        "从梯子上摔下来 腿骨头都戳出来了",
        "吃了野蘑菇 全家上吐下泻",
        # labour, jumping, violence, fire
        "宝宝头都出来了!!!",
        "邻居大哥喝醉了站在窗台外面 要往下跳",
        "活着没意思 刀都准备好了 再见了大家",
        "我老公喝多了拿着菜刀要砍我 我躲在厕所",
        "help there is a man attacking a volunteer at the gate",
        "火燭呀 樓下有火",
        "🔥🔥🔥 3号楼 🔥🔥 快跑",
        # unresponsive, life support, calls, broken English, fits again
        "叫他不怎么答应 我爸糖尿病",
        "老伴睡着睡着就没气了 快来",
        "my mum lives alone and she's not answering, I can hear the TV",
        "停电了 家里老人的制氧机停了 他开始喘了",
        "ventilator alarm won't stop and the power is out, my son depends on it",
        "呼吸機冇電 阿爺好辛苦",
        "急急急 叫120",
        "sorry my english. husband no wake up. very cold",
        "old man in room 301 lie down blood from head",
        "刚才抽了一次停了 现在又开始抽了 第三次了",
        "孙子烧到四十度 身上起紫色的斑点",
        # a question beside a real event stays urgent
        "my dad's face is drooping, what are the signs of a stroke?",
        "我爸突然说话不清楚 怎么判断是不是中风",
    ],
)
def test_dialect_sign_clusters_and_probe7_families(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        # a gas that did not leak; a smell explained
        "煤气没漏 检查过了 是楼下在炒菜",
        "刚才楼道有烟味 是有人在抽烟 已经找到了",
        # fiction, general questions, mild symptoms asked about
        "watching grey's anatomy, the guy is choking on a steak lol",
        "what are the signs of a stroke? asking for my parents",
        "中风有哪些症状",
        "胸口偶尔闷一下 需要去医院吗",
        "老人夜里有点喘 是正常的吗",
        # jokes, similes, idioms
        "救命 这个瓜太大了",
        "快叫救护车 我被这个笑话笑晕了 😂",
        "call an ambulance, my diet just died 🍰",
        "手机烫得跟着火了一样",
        "he is not breathing down my neck anymore, new manager is chill",
        # notices and risks
        "温馨提示:使用燃气后请关闭阀门 发现漏气请勿开关电器",
        "天冷烧炭取暖容易一氧化碳中毒 请大家注意",
        "天干物燥 小心火烛",
        # asleep, smoking, single signs, repairs, goods
        "my mom fell asleep on the sofa watching TV again",
        "爷爷戒烟失败 又开始抽了",
        "心跳好快 终于抢到菜了",
        "药都准备好了 明天送过来",
        "隔离结束了 再见了大家 药都买好了 谢谢志愿者",
        "制氧机坏了 能帮修一下吗",
        "氧气瓶快用完了 明天能帮忙换一瓶吗 老人要用",
        "热水洒身上了 有点红 擦了药",
        "the kids are attacking the buffet lol",
        "🔥🔥 run don't walk to this sale",
        "楼下有火锅店吗",
        "吃了野蘑菇 好吃",
    ],
)
def test_probe7_look_alikes_stay_calm(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        # overdoses said loosely in English
        "my brother took a lot of pills, maybe 20, now he is very sleepy",
        # burns told by look or extent, blood brought up by the mouthful
        "滚水浇到手上 整只手烫得发白",
        "热汤洒了 整条胳膊都烫红了 起水泡 孩子一直哭",
        "我爸咳了一大口血 脸色很差",
        "奶奶刚才吐了好几口血",
        # someone who cannot be lifted or has lain on the floor a long time
        "老爷子倒在厕所里 我们两个人怎么拉都拉不起来",
        "外婆在地上躺了一个多小时才被发现 4-1-302",
        # a fall and then not moving at all, a hip out of shape
        "奶奶在厨房滑倒了，说屁股疼，完全动不了",
        "老太太摔了一跤 左腿往外翻 短了一截",
        # a lung patient sitting up to breathe, retractions, an inhaler or nebuliser no help
        "老慢支的爷爷喘得躺不下 整夜坐着",
        "宝宝呼吸的时候肋骨那里一凹一凹的 凹进去很深",
        "孩子哮喘 沙丁胺醇喷了好几下都不管用",
        # violence: strangled, hiding while someone batters the door
        "他掐住我的脖子 我好不容易跑出来了 5-302",
        "我和孩子躲在卧室里 他在外面踹门",
        "我妈又被我爸打了 脸都肿了",
        # despair with an end set and the means at hand; suicidal words with pills named after them
        "活着好累 今晚就解脱了",
        "不想活了 安眠药都在手边",
        "我不想活了 药在这里",
        # a silent neighbour or parent for a day or more; the phone unanswered
        "对门老太太从昨天就没动静 敲门没人应",
        "我爸自己住 电话打不通 敲门也不开 从早上到现在",
        "grandma lives alone in 702 and is not answering her phone since this morning",
        # chemotherapy and a fever with confusion; a sudden headache with sight failing
        "化疗的病人 发烧了 人有点糊涂",
        "my dad suddenly has a splitting headache and can't see properly",
        # a child very sleepy after a fall from furniture
        "my daughter fell off the sofa and is so sleepy now, vomited again",
        "儿子从上铺掉下来 吐了两次 一直想睡",
        # a ventilator on battery in a power cut
        "停电了!!!我爸靠呼吸机 电池只剩一格 他开始喘了",
        # writers away from home are no news (我在外地)
        "我在外地 我妈刚才电话里说胸口痛 说不出话了 她住3-1-201",
    ],
)
def test_probe8_families(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        # a joke disclaimer, frustration, anger in the chest
        "我不是想自杀 只是今天好累",
        "没想跳楼 开玩笑的 就是房价太高",
        "这视频卡得我想死",
        "抢菜抢得我想死",
        "气得我胸口疼 快递又丢了",
        # saved, got up unaided
        "我妈昨天低血糖晕倒 送医院抢救回来了 谢谢大家",
        "老爷子摔倒了 自己爬起来了 没事",
        "外公脑梗已经脱离危险了",
        # notices for anyone who has something
        "有发热咳嗽等症状的居民请及时上报 必要时拨打120",
        "出现胸痛胸闷的住户请直接联系社区医生",
        # questions asked ahead of time
        "想了解一下 脑梗的前兆都有什么",
        # a pet hurt, not a person
        "楼下的狗被车撞了 流了好多血 有没有人认识主人",
        "小区的猫被打了 流了好多血 太可怜了",
        # a habit of replying is no silence; a short delay is not long
        "我妈平时都回消息的 今天回得晚了点 刚刚回了 没事",
        "敲门没人应 快递放门口了",
        # sparks after the main switch is off: a repair
        "插座冒火花 已经把总闸关了 能找电工来看看吗",
        # burns and lifting in ordinary use
        "晒太阳晒得脸烫烫的",
        "这个柜子太重了 两个人都抬不起来",
        "阿斗扶不起来",
        "雾化没用完 还剩两支 谁需要",
        # someone away who is fine
        "我在外地 家里老人都挺好的 谢谢楼长",
    ],
)
def test_probe8_look_alikes_stay_calm(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "my mother in law chest very heavy, sweating, she is 78, 2-1-1103 what to do",
        "楼上一直有人喊救人啊 声音很惨",
        "我爸把自己反锁在房间 说要喝农药 快来",
        "老头子心脏跳得乱七八糟 一会快一会停 人发晕 站不住",
        "煤气罐那边嘶嘶响 一股味 不敢动",
        "Help, my husband cut his hand with the glass, blood spraying everywhere",
        "怀孕35周 肚子一阵紧一阵 下面流水了",
        "He is on the bathroom floor, eyes open but not talking, Room 402",
    ],
)
def test_fresh_spot_check_after_probe8(text: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    "text",
    [
        "这首歌听得我心跳得乱七八糟 哈哈",
        "下面流水了 水管漏了",
        "他要是敢不要我 我就喝农药 哈哈",
        "my phone is on the bathroom floor somewhere lol",
        "my backpack is heavy today",
        "救人一命胜造七级浮屠",
        "燃气灶打火的时候嘶嘶响 正常吗",
    ],
)
def test_fresh_spot_check_look_alikes(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


# The in-doubt net: concepts combined (urgency, a body in trouble, danger, a goodbye, a person,
# now) catch wordings no trigger knows.
@pytest.mark.parametrize(
    "text",
    [
        "老妈说胸口那块像被大石头压住，喘气一下一下的，脸白得像纸",
        "我家老太婆嘴巴瓢了，讲话不清爽，半边手没劲",
        "俺爹在院里栽倒了，咋叫都不吭气",
        "Dad says his chest feels like an elephant is sitting on it and he's sweating buckets",
        "my mum is on the bathroom tiles and won't open her eyes",
        "走廊里全是呛人的黑烟，看不见路",
        "我刚把窗户缝都用胶带封死了，炭也点上了",
        "我儿子把奶奶的降糖药当糖豆吃了七八颗",
        "I'm standing on the roof, tell my mum I'm sorry",
        "老公说头像被斧头劈开一样痛，然后就吐了，现在眼睛睁不开",
    ],
)
def test_in_doubt_net_catches_unseen_wording(text: str) -> None:
    result = understand(text)
    assert result.kind == Kind.EMERGENCY, result.evidence


@pytest.mark.parametrize(
    "text",
    [
        "胸口那块像被大石头压住的感觉，是不是心理作用？最近压力大，想问问大家",
        "头好疼啊，可能是没睡好，谁有止痛片借两颗",
        "烟雾报警器一直在叫 但是没有烟 也没着火 应该是没电了 能来人看一下吗",
        "燃气灶打不着火，打了好几次都是咔咔响，能找人来看下吗",
        "插座冒火花了 已经拉了总闸 请电工来看看",
        "手机烫得跟着火了一样",
        "my heart is racing, I just got the job offer!!",
        "我爸去年中风过，现在恢复得挺好，就是需要买点降压药",
        "孩子刚才摔了一跤，哭了两声自己爬起来了，没事",
        "dad's cpr course certificate arrived, thanks for the help",
        "快递小哥快到了没，急死了",
    ],
)
def test_in_doubt_net_leaves_look_alikes_calm(text: str) -> None:
    result = understand(text)
    assert result.kind != Kind.EMERGENCY, result.evidence


@pytest.mark.parametrize(
    "text",
    [
        # a cry about a mundane worry: homework, deadlines, exams, work, prices, queues, traffic
        "救命 明天就要交论文了",
        "救命 期末考试还有三天 书一页没看",
        "救命啊 这个月房租又涨了",
        "救命 超市排队排了四十分钟",
        "救命 高架上堵车堵了一个小时",
        "求救 这道数学题谁会做",
        "救命 领导让我今晚把ppt改完",
        "help! my essay is due at midnight",
        # breathlessness said of a burden: stress, work, heat, crowds, rent, a stuffy room
        "工作压力大 喘不过气来 想休假",
        "车贷房贷压得我透不过气",
        "早高峰地铁人挤人 快窒息了",
        "这天气闷热得喘不上气",
        "最近加班太多 感觉要窒息了",
        "the deadlines at work are suffocating me",
        # a thing, not a person, dropped into water or from a height
        "手机掉水里了 捞起来还能用",
        "钥匙掉井里了 谁家有磁铁",
        "书包掉河里了 里面的作业全湿了",
        "水桶不小心掉进水池里了",
        "饺子掉锅里煮破皮了",
        "晾衣杆从五楼掉下去了 幸好没砸到人",
    ],
)
def test_mundane_cries_burdens_and_dropped_things_are_calm(text: str) -> None:
    result = understand(text)
    assert result.kind != Kind.EMERGENCY, result.evidence


@pytest.mark.parametrize(
    "text",
    [
        "救命 我妈喘不过气来",
        "孩子掉水里了",
        "工作中突然喘不过气 嘴唇发紫",
        "救命 明天考试 但是我爸刚才晕倒了 叫不醒",
        "救命 排队的时候老人倒地不起",
        "加班时同事突然喘不过气 倒在工位上",
        "屋里好闷 闻到煤气味 老公喘不上气",
        "孩子抱着玩具掉进河里了",
        "我儿子去捡球掉进池塘里了 快来人",
        "女儿被狗咬了脖子 血一直往外冒",
        "help! my boss collapsed in the meeting and isn't breathing",
    ],
)
def test_real_cries_breathlessness_and_falls_stay_emergencies(text: str) -> None:
    result = understand(text)
    assert result.kind == Kind.EMERGENCY, result.evidence


@pytest.mark.parametrize(
    "text",
    [
        # a fall told over two clauses
        "爷爷从椅子上摔下来了，腿疼得站不起来",
        "我妈跌倒了，怎么扶都爬不起来",
        # burns: hot oil splashed and skin off; English blisters after boiling water or oil
        "热油溅到孩子胳膊上，皮都掉了",
        "he knocked boiling water over his arm, big blisters all over",
        "hot oil splashed her face and the skin is coming off",
        # someone down, seen through a door gap or a window of a flat that does not answer
        "敲门没人应，从猫眼看见老太太倒在门口",
        "王叔叔一个人住，敲门没反应，从窗户看到他趴在地上",
        # a silence of a whole morning from someone alone
        "我爸一个人住，电话打了一上午都没人接",
        # signs taught, but someone here has them now
        "我爸脸歪了，跟讲座上说的中风一模一样，快来人",
        # exertion, with something acute besides
        "爬楼累得胸口疼，满头冷汗，左臂发麻",
        # a gas smell that is back or making someone dizzy
        "燃气味刚才现在没有了，可我妈头晕倒了",
        "she collapsed on the bed and isn't breathing",
    ],
)
def test_probe11_families(text: str) -> None:
    result = understand(text)
    assert result.kind == Kind.EMERGENCY, result.evidence


@pytest.mark.parametrize(
    "text",
    [
        # signs taught at a talk, on a poster or in a course, no one named
        "周六有急救科普讲座，教大家识别中风：嘴歪、手麻、说话不清",
        "楼下贴了海报：胸痛、呼吸困难要马上打120",
        "Remember the stroke signs from the first aid course: face drooping, arm weakness",
        # chest pain or breathlessness from exertion
        "跑完五公里跑得胸口疼，歇会儿就好",
        "刚搬完家具，累得有点喘",
        # smog, pollution
        "雾霾天出门有点喘，还是在家待着吧",
        "the smog today is making me short of breath, staying in",
        # a gas smell that has gone
        "刚闻到一点煤气味，现在没有了，应该是楼下在施工",
        "I smelled gas for a second in the hall, it's gone now",
        # a hard task that "suffocates"
        "这道数学题难度太大，我儿子要窒息了",
        # flopped onto a sofa asleep
        "dad collapsed onto the couch after dinner and is snoring away",
    ],
)
def test_probe11_look_alikes_stay_calm(text: str) -> None:
    result = understand(text)
    assert result.kind != Kind.EMERGENCY, result.evidence
