"""The calm readings that void an emergency trigger, as data: one named entry each.

Each name is the prefix of the evidence defused() gives (negated:没有胸闷), with the families it
voids (empty: every family), whether it is weak (a trigger voided only by weak readings while
the body is in serious trouble is put in doubt: the group is asked whether help is needed) and
look-alikes it leaves calm: test_understanding_emergency_calm_readings.py runs them. The
patterns behind each reading are in emergency_lexicon.py; the order in which defused() tries
them is CALM_ORDER below (a reading may be tried at more than one point: an idiom around the
trigger first, hyperbole before it later), each step a function of emergency_calm.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.understanding.model import EmergencyFamily as Family


@dataclass(frozen=True)
class CalmReading:
    """One reason a trigger does not count."""

    name: str
    families: tuple[Family, ...]
    weak: bool
    doc: str
    calm: tuple[str, ...] = ()
    """Look-alikes it leaves calm, zh and en."""
    acute: tuple[str, ...] = ()
    """Emergencies that look like it but that it must not void (an onset time is not a past)."""


CALM_READINGS: tuple[CalmReading, ...] = (
    CalmReading(
        "idiom",
        (),
        weak=False,
        doc="an idiom or set phrase (笑到窒息, 气得吐血, 救命稻草)",
        calm=(
            "笑到窒息😂",
            "this heat is suffocating",
            "Help! I'm drowning in leftover cabbage, anyone want some? free, 4-1-203",
        ),
        acute=("Help, my son is drowning in the pool",),
    ),
    CalmReading(
        "joke",
        (),
        weak=False,
        doc="a trigger next to laughter, when the trigger is often hyperbole",
        calm=(
            "看到账单心梗了😂",
            "I passed out on the sofa after work lol",
            "Choked on my coffee reading the new notice 😂",
        ),
        acute=("孩子吃果冻噎住了 快来人",),
    ),
    CalmReading(
        "mundane",
        (),
        weak=False,
        doc="a cry about a mundane worry with no body or danger (救命 明天要交论文)",
        calm=(
            "救命 快递又丢了",
            "help! my essay is due at midnight",
            # or said outright not to be urgent
            "help! not urgent but can someone check the boiler",
            "救命 不急 谁有空帮我看看水管",
        ),
    ),
    CalmReading(
        "mention",
        (),
        weak=False,
        doc='a word quoted in a rule about saying it (群里不要随便发"救命")',
        calm=(
            '群里不要随便发"救命" 会吓到大家 有急事直接打120',
            'please stop posting "help!!" for lost parcels, people panic',
        ),
        acute=('救命 我爸说"胸口疼" 然后就倒了',),
    ),
    CalmReading(
        "burden",
        (Family.BREATHING,),
        weak=False,
        doc="breathlessness said of a burden: work, a mortgage, a crowd",
        calm=(
            "房贷压得我喘不过气",
            "the smog today is making me short of breath, staying in",
        ),
    ),
    CalmReading(
        "thing",
        (Family.FALL, Family.DROWNING),
        weak=False,
        doc="a thing, not a person, dropped (手机掉水里了)",
        calm=("水桶不小心掉进水池里了",),
    ),
    CalmReading(
        "teaching",
        (),
        weak=False,
        doc="signs taught at a talk, on a poster or in a course, with no one named",
        calm=(
            "楼下贴了海报：胸痛、呼吸困难要马上打120",
            "Anyone know a first aid course covering choking in babies? Want to sign up",
            "【医生提醒】食物中毒的表现：呕吐 腹泻",
            "a class on how to help someone who is choking",
            # a how-to named as what a video is about, fire's and gas's too
            "煤气泄漏怎么处理的视频 物业发了 大家存一下",
        ),
    ),
    CalmReading(
        "exertion",
        (Family.CARDIAC, Family.BREATHING),
        weak=True,
        doc="chest pain or breathlessness from exertion, nothing acute",
        calm=(
            "刚搬完家具，累得有点喘",
            "Bit short of breath after carrying the water up 18 floors haha, I'm fine",
        ),
    ),
    CalmReading(
        "asleep",
        (Family.UNRESPONSIVE,),
        weak=True,
        doc="collapsed onto a sofa and sleeping",
        calm=("dad collapsed onto the couch after dinner and is snoring away",),
    ),
    CalmReading(
        "smoking",
        (Family.SEIZURE, Family.FIRE),
        weak=False,
        doc="抽 of cigarettes, not of a fit (又开始抽了); smoke that is cigarette smoke",
        calm=("爷爷戒烟失败 又开始抽了", "又有人在电梯里抽烟 整个电梯都是烟"),
    ),
    CalmReading(
        "simile",
        (),
        weak=True,
        doc="said as a likeness (烫得跟着火了一样, snores like he's choking)",
        calm=("手机烫得跟着火了一样",),
    ),
    CalmReading(
        "notice",
        (),
        weak=False,
        doc="a notice of what to do when something is found (发现漏气请勿开关电器), an advert",
        calm=(
            "通知：如发现有人晕倒，请立即拨打120并联系楼长",
            "社区通知：夜间紧急情况请拨打值班电话 或直接拨打120",
            "各位 如家中有人出现胸痛、呼吸困难等情况 请立即拨打120并在群里告知",
            "【推广】防一氧化碳中毒 家用报警器 限时优惠 加微信",
            "CO detectors on sale, carbon monoxide alarm 20% off, DM for prices",
            # care advised on a condition (有抽搐马上就医, 或者抽搐就马上打120)
            "转给大家：高烧不退 有抽搐马上就医 别耽误",
            "医生说体温超过40度或者抽搐就马上打120",
        ),
        acute=("有人晕倒 马上打120", "孩子抽搐了 马上就医"),
    ),
    CalmReading(
        "pet",
        (),
        weak=False,
        doc="a pet, no person",
        calm=(
            "狗狗呼吸好急 是不是中暑了",
            "my cat is choking on a hairball",
        ),
    ),
    CalmReading(
        "fever",
        (Family.FIRE,),
        weak=False,
        doc="烧起来了 of a fever rising, not of a fire",
        calm=("孩子晚上又烧起来了 38.6",),
    ),
    CalmReading(
        "fault",
        (),
        weak=False,
        doc="a cry about a household fault with nobody hurt",
        calm=(
            "燃气灶打不着火 一直咔咔响",
            "救命 水管爆了 厨房全是水",
            "help!! the sink is blocked again, 1103",
        ),
    ),
    CalmReading(
        "no-person",
        (),
        weak=True,
        doc="a state that needs a person named before it (没反应, is dying) without one",
        calm=(
            "轮胎没气了",
            "My phone battery is dying, will reply later",
        ),
    ),
    CalmReading(
        "negated",
        (),
        weak=False,
        doc="denied before or after (没有胸闷, 不是着火, no chest pain)",
        calm=(
            "没有胸闷",
            "no chest pain",
            "是我按错了 不用叫救护车",
        ),
    ),
    CalmReading(
        "medicine-context",
        (),
        weak=False,
        doc="a condition named as what a medicine is for",
        calm=(
            "谨防一氧化碳中毒",
            "Need more nitroglycerin for my mom's angina, Room 1502",
        ),
    ),
    CalmReading(
        "risk",
        (),
        weak=False,
        doc="a risk or a warning (容易着火, 可能会引起火灾, 一氧化碳无色无味)",
        calm=(
            "电线老化可能会引起火灾",
            "烧炭取暖一定要开窗 不然会头晕恶心",
            "一氧化碳是无色无味的 用炭盆取暖一定要开窗",
            "Carbon monoxide is odourless, keep a window open with the gas heater",
        ),
    ),
    CalmReading(
        "past",
        (),
        weak=False,
        doc="past or history (去年心梗, 晕倒过, 3 years ago)",
        calm=(
            "去年心梗 现在按时吃药",
            "he fainted 3 years ago",
            "外婆去年脑梗之后走路一直不太稳",
            "外婆脑梗以后每天要吃阿司匹林 快吃完了",
            "his stroke was mild, he is recovering at home",
            # a story begun years ago, told on over clauses
            "我姥爷年轻时候出过工伤 流了好多血 他讲起来还后怕",
        ),
        acute=(
            "我爸去年中风以后 今天突然又说不出话了 一直流口水",
            "我妈去年摔过一跤 今天又摔倒了 起不来",
            "My dad's face is drooping on one side and his speech is slurred, started about 20 "
            "min ago. 2-2-804",
            "奶奶嘴歪了 说话含糊不清 半小时前开始的",
            "Crushing chest pain, came on an hour ago, he's sweating",
            "My dad collapsed once he got home from the market, 4-2-301",
            "Grandpa went back in his room and he is not breathing",
            "the other day he was fine but today he suddenly collapsed",
            "爸爸中风后一直卧床 刚才突然嘴歪 说不出话",
            "Dad is having another stroke, face drooping, same as last year",
        ),
    ),
    CalmReading(
        "resolved",
        (),
        weak=False,
        doc="resolved or in hospital already (醒了, 没事了, she's fine now)",
        calm=(
            "我同事的爸爸心梗住院了",
            "My mom fainted last week but she's fine now",
            "Is it normal to get chest tightness after the booster? It went away after an hour",
        ),
        acute=(
            "my chest pain went away but now my left arm is numb and I'm sweating",
            "胸口疼了一阵 好了 但是现在又疼起来了 还出冷汗",
            "I'm fine but my husband collapsed and isn't breathing",
            "Mum fell and can't get up, I'm fine but she isn't",
            "Dad collapsed, the carer went away, he isn't answering",
            "我妈刚才晕倒了 现在醒了 但是说话不清楚 嘴也歪了",
            "He fainted earlier and woke up, but his face is drooping on one side",
        ),
    ),
    CalmReading(
        "hypothetical",
        (),
        weak=False,
        doc="hypothetical or general (如果, 如遇, what if, in case)",
        calm=(
            "谨防一氧化碳中毒",
            "if temp above 39.5 in babies, call 120",
        ),
    ),
    CalmReading(
        "mistaken",
        (),
        weak=False,
        doc="a danger believed by mistake (还以为着火了, I thought there was a fire)",
        calm=(
            "刚才是哪家在放鞭炮 吓我一跳 还以为着火了",
            "I thought there was a fire in the stairwell, it was just someone's bbq smoke",
            "I thought he was having a heart attack but it was just heartburn",
            "the smoke on the 3rd floor is just the BBQ on the balcony 😂",
        ),
        acute=("我还以为他睡着了 结果怎么叫都叫不醒",),
    ),
    CalmReading(
        "due-later",
        (Family.LABOUR,),
        weak=False,
        doc="a birth said to be near with the due date weeks away (快生了 预产期下个月)",
        calm=("孕妇快生了应该提前跟谁报备 预产期下个月",),
        acute=("预产期下个月 可是羊水破了 肚子一阵一阵疼",),
    ),
    CalmReading(
        "awaited",
        (Family.LABOUR,),
        weak=False,
        doc="labour's sign waited for, to go in when it comes (等规律宫缩再去)",
        calm=(
            "打电话问了医生 说还早 让在家等规律宫缩再去医院",
            "the midwife said wait until the contractions are 5 minutes apart before going in",
        ),
        acute=("宫缩越来越密了 五分钟一次 羊水也破了 快叫车",),
    ),
    CalmReading(
        "question",
        (),
        weak=True,
        doc="a general question about a condition, nobody named now",
        calm=(
            "中风有哪些症状",
            "Is chest pain a common symptom of the flu?",
            "怎么判断是不是中风啊 想给我爸妈科普一下",
        ),
    ),
    CalmReading(
        "news",
        (),
        weak=False,
        doc="news or a story about someone elsewhere (听说, 电视剧, on TV)",
        calm=(
            "电视剧里主角心脏骤停了",
            "Saw a video of a kid choking on a grape, so scary",
            "reading a thriller where the butler gets poisoned lol",
            # a call made by the story's people, a show's new season
            "这集男主给晕倒的女主叫了救护车 太感人了",
            "that medical show's new season is wild, the doctor collapsed in surgery",
        ),
        acute=(
            "听说你是医生？我爸突然倒地了",
            # a screen only as what was being watched with someone real
            "一家人在看电影 外公突然说胸口疼 满头大汗",
            "watching a film with grandma and she suddenly can't talk properly, face drooping",
            "we were watching tv and dad collapsed, the doctor on the phone says start CPR",
            "看电视那段时间 外婆突然说头晕 然后就倒了 叫不醒",
            "watching tv in the room where the heater is and grandpa suddenly collapsed",
            "On a video call with my mom and her face suddenly started drooping, she's alone",
            "视频里看到我爸突然倒在地上 他一个人在家 2-1-101",
        ),
    ),
    CalmReading(
        "drill",
        (Family.FIRE, Family.GAS),
        weak=False,
        doc="a drill or an alarm test",
        calm=("下午进行燃气泄漏应急演练 请配合",),
    ),
    CalmReading(
        "mild",
        (),
        weak=False,
        doc="mild and not urgent (有点, 偶尔, 不急), or a small burn treated with a cream",
        calm=(
            "咳嗽 有点气短 体温37.6",
            "Is it normal to get a bit of chest tightness after the booster?",
            "手背被开水烫起了泡 麻烦帮我买支烫伤膏 3-1-402",
        ),
        acute=("宝宝手被开水烫起了一大片水泡 要不要买烫伤膏",),
    ),
    CalmReading(
        "not-urgent",
        (),
        weak=False,
        doc="said not to be urgent or asked whether it is normal",
        calm=("老人夜里有点喘 是正常的吗",),
    ),
    CalmReading(
        "context",
        (Family.LABOUR,),
        weak=False,
        doc="labour words with no pregnancy in the message (下面流水了 水管漏了)",
        calm=("下面流水了 水管漏了",),
    ),
)
WEAK_CALM = tuple(f"{reading.name}:" for reading in CALM_READINGS if reading.weak)


@dataclass(frozen=True)
class CalmStep:
    """One point in the order defused() tries the readings: the step (a function of
    emergency_calm.py) and the readings it may give."""

    name: str
    gives: tuple[str, ...]
    doc: str


# The first step that gives a reason decides. The order matters where readings overlap: an idiom
# or a joke wins over everything; a cry's mundane worry, fault or arrived help before negation;
# negation, a medicine's purpose and a risk before a past or a question; news and drills late,
# since an acute trigger beside them is often told about now; soft and mild triggers last.
CALM_ORDER: tuple[CalmStep, ...] = (
    CalmStep("idiom-around", ("idiom",), "an idiom overlapping the trigger (笑到窒息)"),
    CalmStep("mention", ("mention",), "a word quoted in a rule about saying it"),
    CalmStep("mundane-cry", ("mundane",), "a cry about a mundane worry, nothing acute"),
    CalmStep("idiom-cry", ("idiom",), "a cry whose only trouble is an idiom"),
    CalmStep("thing", ("thing",), "a thing, not a person, dropped"),
    CalmStep("burden", ("burden",), "breathlessness said of a burden"),
    CalmStep("hyperbole-before", ("idiom",), "hyperbole before a hyperbolic trigger (饿得想死)"),
    CalmStep("joke", ("joke",), "laughter beside a hyperbolic trigger or a cry"),
    CalmStep("teaching", ("teaching",), "signs taught, no one named"),
    CalmStep("exertion", ("exertion",), "from exertion, nothing acute"),
    CalmStep("asleep", ("asleep",), "flopped onto a sofa, asleep"),
    CalmStep("gas-gone", ("resolved",), "a gas smell that has gone"),
    CalmStep("smoking", ("smoking",), "抽 of cigarettes"),
    CalmStep("simile", ("simile",), "said as a likeness"),
    CalmStep("notice", ("notice",), "what to do on finding it"),
    CalmStep("pet", ("pet",), "a pet, no person"),
    CalmStep("fever", ("fever",), "烧起来了 of a fever"),
    CalmStep(
        "sparks-off", ("resolved", "fault"), "sparks once the power is off, or at each plug-in"
    ),
    CalmStep("help-arrived", ("resolved",), "a cry after which help came"),
    CalmStep("fault", ("fault",), "a cry about a household fault, nobody hurt"),
    CalmStep("no-person", ("no-person",), "a state that needs a person named before it"),
    CalmStep("negated", ("negated",), "denied before or after"),
    CalmStep("medicine-context", ("medicine-context",), "what a medicine is for"),
    CalmStep("risk", ("risk",), "a risk or a warning"),
    CalmStep("history", ("past",), "a history told in English (history of)"),
    CalmStep("hypothetical", ("hypothetical",), "hypothetical or general"),
    CalmStep("mistaken", ("mistaken",), "a danger believed by mistake"),
    CalmStep("due-later", ("due-later",), "a birth near, the due date weeks away"),
    CalmStep("awaited", ("awaited",), "labour's sign waited for, to go in then"),
    CalmStep("question", ("question",), "a general question, nobody named now"),
    CalmStep("past", ("past", "resolved"), "a past or resolved event"),
    CalmStep("news", ("news",), "news or a story elsewhere"),
    CalmStep("drill", ("drill",), "a drill or an alarm test"),
    CalmStep("soft", ("context", "mild", "not-urgent"), "a soft trigger's own readings"),
    CalmStep("mild", ("mild",), "mild or lasting and not urgent"),
)
