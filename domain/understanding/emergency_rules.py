"""Emergency triggers as data: one table per family, each rule named, with its own examples.

A newcomer adds a wording to the rule of its family (or a new Rule to the family's table) and an
example to its `says` (or a look-alike to its `calm`): test_understanding_emergency_rules.py runs
every rule's examples. Evidence names the family and the rule: emergency:cardiac:chest-pain-zh:胸痛.
The calm readings that void a trigger (negation, past, a joke, news, ...) hold for every family and
live in emergency_calm.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.understanding.emergency_lexicon import (
    CARRIED,
    CLAUSE_CHAR,
    CRY,
    FIRE,
    HARD,
    HYPERBOLE,
    NON_NEGATION_CHAR,
    PEOPLE_EN,
    PEOPLE_ZH,
    PERSON,
    SEDATIVES,
    SIGN,
    SOFT,
    VITALS,
    WEAK,
)
from domain.understanding.model import EmergencyFamily as Family


@dataclass(frozen=True)
class Rule:
    """One trigger: a name, its family, how it counts (flags) and the wordings it knows."""

    name: str
    family: Family | None
    """The family it tells of; None for a bare cry or a grave state with no advice of its own."""
    flags: int
    pattern: str
    by_words: bool = False
    """A rule covering several families: its words decide (FAMILY_WORDS), else its family."""
    group: str = "symptom"
    """How the calm readings treat it: symptom, cry, fire, labour, suicide, sign, …"""
    says: tuple[str, ...] = ()
    """Messages it makes an emergency, zh and en."""
    calm: tuple[str, ...] = ()
    """Look-alikes that must stay calm."""


# a mask's discomfort, not a breathing emergency (can't breathe in these N95s)
_NOT_IN_A_MASK = (
    r"(?! (?:in|with|through) (?:these|this|the|my|a|an) "
    r"(?:n95|kn95|masks?|face ?masks?|ppe|hazmat))"
)


# Each pattern starts with a literal (or one class/group of literals) on every top-level branch,
# so the regex engine can skip ahead to candidate characters: keep it that way for speed.
NOT_BREATHING_RULES: tuple[Rule, ...] = (
    # breathing barely or in gasps: not breathing normally, which is CPR's cue
    Rule(
        "barely-breathing",
        Family.NOT_BREATHING,
        HYPERBOLE | HARD,
        r"barely breathing|hardly breathing|呼吸(?:很|非常|特别|越来越)?(?:微弱|弱)(?!视)|"
        # faint breathing in a second language (呼吸很小)
        r"呼吸(?:很|非常|特别|越来越)小(?![心声])",
        says=("爷爷叫不醒 呼吸很弱", "my husband collapsed and he's barely breathing"),
        calm=("wifi is barely breathing lol",),
    ),
    # vital signs that are absent: the absence is the emergency (没有心跳了, 摸不到脉搏)
    Rule(
        "vitals-absent-zh",
        Family.NOT_BREATHING,
        HARD,
        rf"(?:没有?了?|无(?!意识地)|摸不到|摸不着|测不到|量不到|感觉不到|听不到|找不到|探不到){VITALS}|"
        rf"(?:心跳|脉搏|呼吸|鼻息|气息){CLAUSE_CHAR}{{0,2}}?(?:没了|没有了|摸不到|摸不着|测不到|量不到|"
        r"感觉不到|听不到|停了|停止了|都停|都没)|"
        r"推不醒|摇不醒|拍不醒|弄不醒|唤不醒|叫也叫不醒|"
        rf"(?:嘴唇|嘴巴|脸|脸色|嘴|指甲|皮肤){NON_NEGATION_CHAR}{{0,2}}(?:变紫|变青|青紫|乌紫|发绀|紫绀|发黑)",
        by_words=True,
        group="absent",
        says=("摸不到脉搏", "阿公面色反青 无喘气 无脉 紧来", "老人没喘气了 快来"),
    ),
    # resuscitation under way: whoever is doing it has found no breathing (我们在做心肺复苏)
    Rule(
        "cpr-under-way",
        Family.NOT_BREATHING,
        HARD,
        r"(?:正在|在|咧|开始|已经|一直|轮流|还在)(?:给[^。!?\s]{1,4})?(?:做|进行|按)(?:心肺复苏|cpr|胸外按压|"
        r"人工呼吸)|(?:心肺复苏|胸外按压|cpr)(?:做|按)了(?:[一二三四五六七八九十几半\d]+|好几)(?:分钟|下)|"
        r"(?:doing|started|starting|performing|giving|continuing|keep doing|still doing)"
        r"(?: (?:him|her|them|my \w+))? "
        r"(?:cpr|chest compressions|compressions|mouth[- ]to[- ]mouth)"
        r"(?! (?:training|class|classes|course|courses|lessons?|drill|certificat\w*))",
        group="absent",
        says=(
            "阮咧做心肺复苏 紧来",
            "我们正在给他做心肺复苏 快来人",
            "doing CPR on my husband now, 3-2-501",
        ),
    ),
    Rule(
        "no-breath-left-zh",
        Family.NOT_BREATHING,
        HARD | PERSON,
        r"没有?气了|断气了|没气息了|不(?:会)?呼吸了",
        group="absent",
        says=("他没气了",),
        calm=("轮胎没气了",),
    ),
    # died in the night (睡着睡着就没气了)
    Rule(
        "stopped-breathing-asleep-zh",
        Family.NOT_BREATHING,
        HARD,
        r"睡(?:着|梦中)[^。!?]{0,6}(?:没气|没了?呼吸|没有呼吸|不喘气|断气)",
        group="absent",
        says=("老伴睡着睡着就没气了 快来",),
    ),
    # no pulse, can't wake him up, not responsive, lips turned blue
    Rule(
        "vitals-absent-en",
        Family.NOT_BREATHING,
        HARD,
        r"(?<![a-z])no (?:pulse(?! ?ox)|heart ?beat|heart ?rate(?! monitor)|signs? of "
        r"(?:life|breathing)|breath(?:ing)?(?![a-z])(?! (?:problems?|issues?|trouble|difficult)))|"
        r"(?:can'?t|cannot|can not|couldn'?t|could not|unable to|not able to) (?:find|feel|get|"
        r"detect|hear) (?:a |any |his |her |their |the )?(?:pulse|heart ?beat|breathing|breath)|"
        r"(?:can'?t|cannot|can not|couldn'?t|could not|unable to|not able to|won'?t|doesn'?t) "
        r"(?:wake|rouse|awaken) (?:him|her|them|my|our|the|grandma|grandpa|granny|dad|mom|mum|"
        r"baby)|"
        r"(?:not|isn'?t|wasn'?t|no longer|barely) (?:responsive|conscious(?! of| that| about))|"
        r"(?:lips|face|skin|fingers|fingertips|nails) (?:has |have |is |are )?(?:turned|turning|"
        r"gone|going|went|getting|look|looks|are|is) (?:blue|purple|grey|gray|bluish)"
        r"(?! with| from)",
        by_words=True,
        group="absent",
        says=("She has no pulse",),
    ),
)
UNRESPONSIVE_RULES: tuple[Rule, ...] = (
    Rule(
        "fainted-zh",
        Family.UNRESPONSIVE,
        HARD,
        r"晕倒|晕到了|晕到在|昏倒|晕过去|昏过去|昏迷|不省人事|休克|失去(?:了)?意识|没有?意识(?!到)了?|"
        r"(?:意识|神志)(?:有点|有些|有一点|开始|越来越|逐渐|渐渐|已经)?(?:不清|模糊)|"
        r"神志不清|叫不醒|喊不醒|叫不应|喊不应|倒地不起|倒在地上|瘫倒|晕厥|突然倒下|倒下了|不太应|不大应|"
        # someone found collapsed beside something, not answering (我爸倒在沙发边上 没反应了)
        rf"{PEOPLE_ZH}(?:突然)?倒在(?:了)?[^。!?，,\s]{{1,6}}?(?:边上|旁边|地上|门口)|"
        # someone named who does not wake (我的妈妈不醒), never 睡不醒 (sleepy)
        rf"{PEOPLE_ZH}(?:现在|一直|怎么)?(?:都)?不醒(?!目|悟)|"
        r"晕(?:倒)?在(?:了)?(?:卫生间|厕所|浴室|地上|地板上|客厅|厨房|床边|门口|楼道)|"
        # someone passed out, told as bare as that (人晕了 1栋); not a head that spins (头晕了)
        r"(?:^|(?<=[\s,，。!！?？]))(?:有)?人(?:突然)?晕了",
        says=("晕倒了 快", "透析病人四天没透了 开始吐 意识有点模糊", "人晕了 3栋"),
        calm=("上周我爸晕倒过一次",),
    ),
    # lying somewhere and not moving (躺在走廊不动); lazing on a sofa, laughed at, is a joke
    Rule(
        "lying-still-zh",
        Family.UNRESPONSIVE,
        HYPERBOLE | HARD,
        # or slumped over a desk (网课上看到孩子趴在桌上不动了)
        r"(?<!想)(?<!要)[躺趴]在[^。!?，,\s]{1,6}?(?:一动不动|不动了?|没反应|没动静)|"
        # not moving and cold to the touch (老头子不动了 身上冰凉)
        r"(?:一动不动|不动了)[^。!?]{0,8}(?:身上|手脚|身子|手|脸)(?:都|也|摸着)?(?:冰凉|凉了|冰冷|发凉|凉凉)",
        says=(
            "1204的老爷爷躺在走廊不动 不回答我 快来",
            "我家老头子不动了 身上冰凉",
            "上网课的孩子趴在书桌上一动不动 喊也没反应",
        ),
        calm=("老公躺在沙发上不动 懒死了😂",),
    ),
    # a thud or calling, then someone gone silent (咚一声 孩子喊奶奶 奶奶不说话了)
    Rule(
        "silent-after-thud-zh",
        Family.UNRESPONSIVE,
        HARD,
        rf"(?:咚|砰|扑通|巨响|一声|喊|叫)[^。!?]{{0,20}}{PEOPLE_ZH}{CLAUSE_CHAR}{{0,2}}(?:突然)?"
        r"(?:不说话了|不出声了|没声(?:音)?了|不吭声了|没动静了|没反应了)",
        says=("楼上咚的一声 然后孩子哭着喊外婆 外婆不出声了",),
    ),
    Rule(
        "no-answer-when-called-zh",
        Family.UNRESPONSIVE,
        HARD,
        rf"[叫喊拍推摇]{CLAUSE_CHAR}{{0,4}}(?:没|没有|不太?|不大|不怎么)"
        r"(?:反应|回应|应|醒|理|吱声|吭声|出声)|"
        # called many times over (叫了好几声也不应)
        rf"[叫喊]了?(?:好几|几|半天|好多|很多|多少|两|三)声{CLAUSE_CHAR}{{0,3}}(?:没|没有|不太?|不大|不怎么)"
        r"(?:反应|回应|应(?![该当])|醒|理|吱声|吭声|出声)|"
        r"[叫喊][^,。!?;]{0,6}只(?:会|能|是)?(?:哼|嗯|呻吟)|"
        # called and not moving, someone lying in the corridor (楼道里躺着一个人 叫他也不动)
        r"[叫喊](?:他|她)?(?:也|都)不动|(?:楼道|走廊|电梯|门口|地上)(?:里)?躺着(?:一个|一|个)?人|"
        # someone crying out to a relative to wake (一直哭喊 妈你醒醒)
        r"(?:妈|爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|老公|老婆|老伴|宝宝|孩子|儿子|女儿)[你您]?(?:快)?醒醒|"
        r"(?:crying|screaming|shouting|yelling)[^.!?]{0,24}(?:mum|mom|dad|grandma|grandpa|baby),? "
        r"wake up|"
        r"(?:lying|laying) (?:in|on|at) the (?:corridor|hallway|stairwell|stairs|landing|lift|"
        r"floor|lobby|entrance|gate|doorway|ground)"
        r"[^.!?]{0,40}(?:not moving|doesn'?t (?:answer|respond|move)|"
        r"won'?t (?:answer|respond|move)|isn'?t (?:moving|responding)|not answering)|"
        r"called (?:out|to (?:him|her))[^.!?]{0,12}(?:he|she) "
        r"(?:doesn'?t|didn'?t|does not|did not|won'?t) (?:answer|respond|reply)",
        says=(
            "他怎么叫都不醒",
            "楼道里躺着一个人 叫他也不动 好像是901那个大叔 谁快下来看看!",
            "电梯门口躺着个人 喊他也不动 谁快来",
            "楼上咚的一声 然后一直听见有人哭着喊 爸你醒醒",
        ),
    ),
    Rule(
        "no-response-zh",
        Family.UNRESPONSIVE,
        HARD | PERSON,
        r"没有?(?:反应|知觉)",
        says=("120怎么还不来 我爸已经没反应了 9栋602",),
        calm=("门禁坏了 刷卡没反应 12栋单元门",),
    ),
    Rule(
        "about-to-faint-zh",
        Family.UNRESPONSIVE,
        HYPERBOLE | HARD,
        r"要晕倒了?|快要?晕倒了?|快晕了",
        says=("我妈说她快晕了 站都站不稳 快来人",),
        calm=("排队排得我快晕倒了",),
    ),
    Rule(
        "passed-out-en",
        Family.UNRESPONSIVE,
        HYPERBOLE | HARD,
        r"passed out(?! (?:flyers|masks|kits|tests|leaflets|food|the))|blacked out",
        says=("ambulance please, my father passed out",),
        calm=("I nearly passed out from the heat",),
    ),
    Rule(
        "gone-limp-zh",
        Family.UNRESPONSIVE,
        HYPERBOLE | HARD,
        r"人(?:一下子?)?软了|瘫软",
        says=("喝酒喝到吐血 人软了",),
    ),
    Rule(
        "not-answering-en",
        Family.UNRESPONSIVE,
        HYPERBOLE | HARD,
        r"not (?:answer(?:ing)?|respond(?:ing)?|react(?:ing)?)(?: to)? (?:me|us|when (?:i|we) "
        r"call)|won'?t (?:answer|respond to) me|"
        # gone down and not answering (he just went down in the kitchen and isnt answering me)
        r"(?:went|gone|go(?:es)?) down[^.!?]{0,30}(?:isn'?t|is not|not|won'?t|doesn'?t) "
        r"(?:answer|respond)\w*|"
        # not answering, breathing like a snore or a gurgle (agonal breathing, not sleep)
        r"(?:isn'?t|is not|not) (?:answering|responding)[^.!?]{0,60}breathing (?:sounds |is )?"
        r"(?:like )?(?:a )?(?:loud |heavy |weird |strange )?(?:snor\w*|gurgl\w*|rattl\w*)",
        says=(
            "my son is shaking and not answering me",
            "grandpa isn't answering when I call him and his breathing sounds like loud snoring",
        ),
    ),
    Rule(
        "unconscious-en",
        Family.UNRESPONSIVE,
        HARD,
        r"faint(?:ed|ing)\b|(?:don|done|don\'t) faint\b|"
        r"unconscious"
        r"|unconcious|unresponsive|not responding|non-?responsive|won'?t wake up|"
        r"can'?t wake (?:him|her|them|(?<!i can't wake )(?<!i cant wake )up)|not waking up|"
        # shaken or called and not waking (doesnt wake up when i shake him)
        r"(?:doesn'?t|doesnt|does not|didn'?t|didnt|won'?t|wont) (?:wake|respond|react)(?: up)? "
        r"(?:when|even when|if) (?:i|we) (?:shake|call|touch|pinch|shout|slap)|"
        r"(?:isn'?t|is not|aren'?t|wasn'?t|was not) waking(?: up)?(?![a-z])|"
        # not responding typed without its apostrophe (my roommate isnt responding)
        r"(?:isn'?t|isnt|aren'?t|arent|wasn'?t|wasnt|stopped) (?:responding|reacting)(?![a-z])|"
        # barely there (barely responds when we call her, hardly conscious)
        r"(?<!i'm )(?<!i am )(?:barely|hardly) (?:respond(?:s|ing)?|responsive|reacting|reacts)"
        r"(?![a-z])|"
        # eyes that will not open (he's mumbling and won't open his eyes)
        r"won'?t open (?:his|her|their) eyes|"
        # in a second language (she is breathing but not open eyes)
        r"(?:not|no|doesn'?t|don'?t|cannot|can'?t|didn'?t) open(?:ing)? (?:(?:his|her|their|the) )?"
        r"eyes(?![a-z])|"
        r"collapsed|keeled over|out cold|lost consciousness|(?:loses|losing) consciousness|"
        r"(?<![a-z])(?:no|not) (?:wake|"
        r"waking)(?: up)?(?![a-z])|"
        r"blood (?:from|coming out of|out of|on) (?:his |her |the )?(?:head|ears?)|"
        r"(?:head|ears?) (?:is |are )?bleeding|bleeding from (?:his |her |the )?(?:head|ears?)",
        by_words=True,
        says=(
            "collapsed",
            "my flatmate dropped in the kitchen and isn't waking up",
            "ran out of insulin 2 days ago, now she's breathing hard and barely responds",
            "my husband faint in kitchen, he breathe but not opening eyes",
        ),
        calm=("he fainted 3 years ago",),
    ),
    Rule(
        "collapsed-zh",
        Family.UNRESPONSIVE,
        HARD | PERSON,
        r"(?:突然)?(?:就)?倒了(?!水|垃圾|杯|一杯|茶|掉|霉|闭)",
        says=("急急急!!!我爸倒了",),
        calm=("听说隔壁小区有个老人晕倒了",),
    ),
    Rule(
        "sudden-fall-zh",
        Family.UNRESPONSIVE,
        HARD,
        r"突然(?:就)?倒(?:了|下|地)",
        says=("我爸突然倒地不省人事",),
    ),
    # someone silent behind a locked bathroom door while bathing (a fall or a faint in the bath)
    Rule(
        "silent-in-the-bathroom",
        Family.UNRESPONSIVE,
        HARD,
        r"(?:卫生间|浴室|厕所|洗澡|冲凉)[^。!?]{0,12}(?:反锁|锁着|锁上|锁了)[^。!?]{0,14}"
        r"(?:没(?:有)?(?:回应|反应|动静|声音|人应|人答应)|不应|不答应|不回答)|"
        r"(?:卫生间|浴室|厕所)[^。!?]{0,16}(?:没(?:有)?(?:回应|反应|动静|声音|人应|出来))[^。!?]{0,16}"
        r"(?:反锁|锁着|锁上|锁了)|"
        # someone trapped in a lift who has gone quiet (电梯里困了一个老人 刚才敲门现在没声音了)
        r"电梯[^。!?]{0,4}(?:困|关)[^。!?]{0,30}(?:现在|突然|后来)(?:没(?:有)?(?:声音|动静|回应|反应)了?|"
        r"不(?:应|出声)了)|"
        r"(?:bathroom|shower|bath)[^.!?]{0,40}lock\w*[^.!?]{0,40}(?:no answer|not answering|"
        r"doesn'?t answer|won'?t answer|no response|not responding)",
        says=(
            "爷爷在卫生间洗澡 门反锁了 敲了半天没回应",
            "电梯困了个阿姨 里面很闷 刚才还敲门 现在没动静了",
            "mum has been in the shower an hour, the bathroom is locked and there's no answer",
        ),
    ),
    # a heavy fall heard through a wall, then silence (heard something heavy fall and now nothing)
    Rule(
        "silent-after-thud-en",
        Family.UNRESPONSIVE,
        HARD,
        r"heard (?:a |something )?(?:heavy |loud )?(?:thud|bang|crash|fall|something fall|"
        r"something heavy fall)[^.!?]{0,24}(?:and |then )?(?:now |since then )?(?:nothing|silence|"
        r"no (?:answer|response|sound))(?![a-z])",
        says=("heard something heavy fall next door and now nothing, he lives alone",),
    ),
    # someone down on the floor or ground (有人倒地了, 王奶奶倒在楼道里)
    Rule(
        "down-on-the-ground-zh",
        Family.UNRESPONSIVE,
        HARD | PERSON,
        r"倒地(?!不起)|倒在(?:了)?(?:地上|地板|地下|楼道|走廊|厕所|卫生间|浴室|床边|床下|楼梯|"
        r"(?:家|房)?门(?:口|边|后|外)|客厅|厨房|阳台|电梯)",
        says=("王奶奶倒在楼道里 大家快来", "隔壁阿姨好像倒在门口了 敲门没反应"),
        calm=("自行车倒地了 谁的车", "快递箱倒在门口了 谁的"),
    ),
)
BREATHING_RULES: tuple[Rule, ...] = (
    # an allergic reaction reaching the airway (吃了鸡蛋 全身风团 脸肿 呼吸很快 嗓子有响声):
    # anaphylaxis told by its signs, no word of shock or a swollen throat
    Rule(
        "allergy-with-breathing-zh",
        Family.BREATHING,
        HARD,
        r"(?:风团|荨麻疹|(?:全身|身上|浑身|脸上)(?:都)?(?:起|长|出)(?:了)?(?:好多|很多)?(?:红)?(?:疹子|包|疙瘩|红点)|"
        r"过敏(?!性鼻炎|性哮喘|体质|史|季|的人|人群)|(?:脸|嘴唇|嘴巴?|眼皮|舌头)(?:都|一下)?肿(?:了|起来)?)"
        # (not a reaction of the past told inside: 花生过敏 之前吃过一次喘不上气)
        r"(?:(?!之前|以前|上次|那次|去年|小时候|曾经)[^。!?]){0,24}"
        # not a degree said of the itch (痒得喘不过气: hyperbole)
        r"(?<!得)(?<!不是)(?<!没有)(?<!不是 )(?<!没有 )"
        r"(?:呼吸(?:很|好|特别|越来越|有点|非常)?(?:快|急|困难|费劲|费力)|喘不(?:上|过|动)(?:来)?气|"
        r"(?:嗓子|喉咙|喉头)(?:里)?(?:有)?(?:响声|呼噜|嘶嘶|哼哼|咝咝|发紧)|喘气[^。!?]{0,3}(?:哼哼|呼哧|有声))",
        says=(
            "宝宝吃了鸡蛋 全身风团 脸肿 现在呼吸很快 嗓子有响声 5-2-404",
            "被蜜蜂蛰了 身上起了好多疙瘩 现在喘不上气",
        ),
        calm=("上周孩子吃花生过敏 全身风团 喘气有声 打了针 现在完全好了",),
    ),
    # too breathless to finish a sentence, the inhaler or the oxygen not helping: a severe attack
    Rule(
        "no-full-sentences",
        Family.BREATHING,
        HARD,
        r"说不出(?:整句|完整的?)(?:句子|话)|"
        r"(?:喷雾剂?|喷剂|吸入剂|气雾剂|吸氧|氧气)[^。!?]{0,8}(?:也|都)?不管用|"
        r"(?:breath\w*|asthma|wheez\w*|gasp\w*|inhaler|puffer)[^.!?]{0,40}"
        r"(?:can'?t|cannot|unable to) (?:finish|speak in|say|get out) "
        r"(?:a |full |whole |complete )*sentences?|"
        r"(?:inhaler|puffer|oxygen)[^.!?]{0,20}(?:isn'?t|is not|not) (?:helping|working)",
        says=(
            "我妈哮喘 喷雾剂用完了还是喘 说不出整句话 在吸氧也不管用",
            "his asthma is bad, the inhaler isn't helping and he can't finish a sentence",
        ),
        calm=("上次哮喘发作说不出整句话 现在已经好了",),
    ),
    Rule(
        "breathless-zh",
        Family.BREATHING,
        HYPERBOLE | HARD,
        r"喘不(?:上|过|动|到)?来?气|透不到气|喘不动|喘不了|喘不过来|呼吸不上来|吸不上气|吸不进气|气上不来|"
        r"喘不上来?|喘不上起|喘[补布步]上(?:气|起)|[透唞抖]不到气|上不来气|透不过气|透唔到气|抖唔到气|唞唔到气|出不了气|出不来气|呼吸困难|"
        r"呼吸不了|不能呼吸|"
        # pink froth coughed up (咳粉红色泡沫痰): fluid on the lungs
        r"粉红色?(?:的)?泡沫(?:样)?痰|"
        r"没法呼吸|"
        r"无法呼吸|没有?呼吸了?(?!困难|急促|道|不畅|问题|机)|停止呼吸|呼吸(?:停了|停止|都停)|"
        r"气都喘不|"
        rf"嘴唇{NON_NEGATION_CHAR}{{0,2}}(?:发紫|发青|发乌|紫了|青了|发白)|哮喘(?:发作|犯了|又犯)|"
        rf"喘得{NON_NEGATION_CHAR}{{0,2}}厉害|脸{NON_NEGATION_CHAR}{{0,2}}(?:发紫|发青|紫了|青了)|"
        rf"憋得{CLAUSE_CHAR}{{0,2}}(?:喘不|透不|说不出)",
        by_words=True,
        says=("没有呼吸了",),
        calm=("没有呼吸困难",),
    ),
    Rule(
        "suffocating-zh",
        Family.BREATHING,
        HYPERBOLE | HARD,
        r"窒息",
        says=("孩子被被子蒙住窒息了 快来人",),
        calm=("笑到窒息", "这通知改来改去 我真的要窒息了"),
    ),
    # the chest drawing in with each breath, the nostrils flaring: a baby's breathing distress
    Rule(
        "chest-drawing-in",
        Family.BREATHING,
        HARD,
        r"肋骨(?:一吸一吸|一凹一凹|凹进去|一抽一抽)|三凹征|鼻翼(?:一扇一扇|扇动|一张一张)|"
        r"(?:ribs|chest|skin between (?:the |his |her )?ribs) (?:is |are )?"
        r"(?:sucking|pulling|drawing|caving) in|"
        r"nostrils (?:are )?flaring",
        says=("宝宝呼吸好快 肋骨一吸一吸的", "baby is breathing fast and his ribs are sucking in"),
    ),
    Rule(
        "cannot-breathe-en",
        Family.BREATHING,
        HYPERBOLE | HARD,
        # (not through a blocked nose: can't breathe through my nose with this hay fever)
        rf"can'?t breathe?(?![a-z]){_NOT_IN_A_MASK}(?! through (?:my|the|his|her|your) nose)|"
        r"cannot breathe?|can not breathe?|couldn'?t breathe?|could not breathe?|"
        # Nigerian Pidgin (she no dey breathe well, he no fit breathe)
        r"(?:no|not) (?:dey|fit) breathe|"
        r"unable to breathe?|not breathing|stopped breathing|isn'?t breathing|"
        r"struggling to breathe|"
        # air that will not come (she can't get air)
        r"can'?t get (?:any |enough )?air|"
        r"(?:can'?t|cannot)(?: seem to)? get (?:any )?air in|"
        # a breath too short for words (can barely get a word out between breaths)
        r"(?:can|could) (?:barely|hardly) get (?:a word|words|a sentence) out|"
        # breath barely drawn (I can barely breathe), not a mask's or a crowd's discomfort
        rf"(?:can|could) (?:barely|hardly) breathe?(?![a-z]){_NOT_IN_A_MASK}|"
        r"(?:words?|talk\w*|speak\w*) between (?:each )?breaths|"
        # two failures told together (can't swallow or breathe properly)
        r"(?:can'?t|cannot|can not|unable to) (?:swallow|talk|speak) (?:or|and|nor) breathe?|"
        r"can'?t catch (?:his|her|my|their) breath|can'?t get (?:my|his|her|a) breath|"
        r"trouble breathing|difficulty breathing|"
        r"difficulties breathing|problems? breathing|asthma attack|inhaler (?:is |has )?(?:not|"
        r"isn'?t|doesn'?t|hasn'?t|didn'?t|won'?t) (?:working|help\w*)|"
        r"can'?t (?:speak|say|talk in) (?:full |whole )?sentences|"
        r"hard to (?:swallow (?:and|or) )?"
        r"breathe|gasping(?! for (?:a |some )?(?:coffee|drink|beer))|suffocat\w*|lips (?:are |is )?"
        r"(?:a bit |slightly |turning |going )?(?:blue|bluish|purple|grey|gray)|turning blue|"
        r"(?<![a-z])(?:going|gone|went) (?:blue|purple)(?![a-z])|"
        # told as a clinician would: dyspnoea, a saturation under 90 (SpO2 84%, 血氧85)
        r"dyspn(?:o)?ea|respiratory distress|(?:spo2|o2 sats?|sats|oxygen (?:saturation|level|"
        r"sat)|血氧(?:饱和度)?)\s*(?:is |was |of |at |:|=|only |just |down to |dropped to |掉到|"
        r"降到|只有|才)*\s*(?:[4-8]\d)(?:\s*%)?(?![\d.])",
        by_words=True,
        says=(
            "plz help my grandma cant breath her oxygen mechine stop working 3号楼 1202",
            "Bldg 3 Unit 1 #1004: 68-year-old woman, acute dyspnoea, SpO2 84% on home oximeter, "
            "resp rate ~32. Requesting urgent ambulance transfer.",
            "奶奶血氧只有85 嘴唇发紫",
            "cant breath",
            "my 2 yr old had a grape, now she's silent and going blue",
            "I didn't want to bother anyone but I really can't get my breath",
            "bee sting on her neck, face swelling, she says she can't talk or breathe right",
            "my inhaler is empty and I can barely breathe",
        ),
        calm=("this heat is suffocating",),
    ),
    Rule(
        "short-of-breath",
        Family.BREATHING,
        SOFT,
        rf"气短|气促|呼吸急促|呼吸{NON_NEGATION_CHAR}{{0,2}}急|有点喘|"
        r"short(?:ness)? of breath|breathless|wheezing",
        says=(
            "宝宝呼吸好急 肋骨一吸一吸的凹进去",
            "Dad says his chest feels really tight and he's short of breath, he looks grey",
        ),
        calm=(
            "刚搬完家具，累得有点喘",
            "I don't have any fever or shortness of breath",
        ),
    ),
    # air as if through a straw and a grey colour come over someone (she's gone a grey colour)
    Rule(
        "grey-colour-en",
        Family.BREATHING,
        HARD,
        r"(?:(?:she|he|they|face|lips|skin|baby|grandma|grandpa|granny|nan|mum|mom|dad|father|"
        r"mother|husband|wife|son|daughter)(?:'s|'d|'ve| is| has| had| have| are)?|and (?:has|have|"
        r"is)) "
        r"(?:gone|turned|going|turning) (?:a |all )?(?:bluish|grey|gray|blue|ashen|purple)(?:ish)? "
        r"colou?r",
        says=("grandma can barely talk and she's gone a bluish colour",),
        calm=("yesterday she'd gone a grey colour after the flu but she's fine now",),
    ),
    Rule(
        "straw-en",
        Family.BREATHING,
        HARD,
        r"(?<!like )(?<!as if )breath\w* (?:through|thru) a (?:tiny |little |narrow )?straw",
        says=("my dad is breathing through a straw, it's getting worse",),
    ),
    # breathing and throat: 喘气都困难, 嗓子发紧, 喉咙越来越紧
    Rule(
        "breathing-hard-zh",
        Family.BREATHING,
        HARD,
        r"(?:喘气|呼吸|喘)(?:都|也|很|非常|特别){0,2}困难|"
        rf"(?:喉咙|嗓子|喉头){NON_NEGATION_CHAR}{{0,4}}(?:发紧|紧|堵住|肿起来|闭上|收紧)",
        says=("她喘气都困难",),
    ),
    # a lung patient in distress: sitting up to breathe, the neck and ribs sucked in, the inhaler
    # or nebuliser no help (喘得只能坐着, 锁骨上面凹进去, 雾化没用)
    Rule(
        "lung-distress-zh",
        Family.BREATHING,
        HARD,
        r"喘得[^,。!?;\s]{0,4}(?:只能坐|躺不下|不能躺|没法躺|睡不了|睡不下)|"
        r"(?:锁骨|肋骨|肋间|胸骨|脖子)[^,。!?;\s]{0,4}(?:凹进去|凹下去|凹陷|往里凹|陷下去|一凹一凹)|三凹征|"
        r"(?:喷雾|喷剂|雾化|吸入剂|气雾剂|万托林|沙丁胺醇|舒利迭|信必可)[^,。!?;\s]{0,6}?(?:也|都|完全)?"
        r"(?:没用(?!完|过|了吧)|不管用|没效果|不起作用|压不住|不顶用)",
        says=("老慢支的爷爷喘得躺不下 整夜坐着",),
    ),
    # too breathless to finish a sentence, or gasping in big gulps: a sign of severe breathing
    # difficulty whatever its cause (一句话要停好几次, 说几句话就得歇, can't finish a sentence)
    Rule(
        "breathless-speech",
        Family.BREATHING,
        HYPERBOLE | HARD,
        r"一句话[^,。!?;\s]{0,3}(?:停|歇|喘|分)(?:好几|几|两|三)?(?:次|下|口|回)|"
        r"说(?:一|几|两|半)句(?:话)?就(?:要|得)?(?:喘|停|歇)|话都说不(?:完整|完|利索|连贯|全)|"
        r"说不完(?:一|整|完整的?)句|大口大口(?:地)?(?:喘|吸气|倒气|呼吸)|大口(?:地)?喘(?:气|粗气)|"
        r"喘粗气|倒不上气|"
        r"(?:can'?t|cannot|couldn'?t|unable to) (?:finish|complete) (?:a|her|his|my|one|their) "
        r"sentence|"
        # speech cut to a few words by breath ("can't... finish sentences", 一句话都说不全)
        r"(?:can'?t|cannot|couldn'?t|unable to)(?:\.{2,}|…| )*(?:finish|complete|get out|get|say)"
        r"(?: a| her| his| my| one| their| full| whole| out)* (?:sentences|sentence out)|"
        r"(?:only|just) (?:say|manage|get out) (?:a word|one word|two words|a few words|"
        r"two or three words|a couple of words)(?: at a time| between breaths)|too "
        r"(?:breathless|out of breath|winded) to (?:talk|speak|finish)|(?:gasp\w*|pausing|"
        r"stopping) between (?:every |each )?words?|"
        r"一句话(?:都|也)?说不(?:全|完|下来|成)|话(?:都|也)?说不成句|说话(?:断断续续|上气不接下气)|"
        r"说(?:两|几|一两|三)个字就(?:喘|停|歇)|"
        r"(?:stops?|stopping|pausing|has to stop) (?:to catch (?:his|her|their) breath|"
        r"for breath|to breathe)(?: between words| every few words| mid-sentence)?",
        says=(
            "刚给8-3-201送菜 老爷子开门的时候大口大口喘气 一句话要停好几次 家里就他一个人",
            "隔壁大爷喘粗气 话都说不完整 坐在门口",
            "the old man was gasping and couldn't finish a sentence, he lives alone",
            "Delivered to 9-9-901, the lady keeps stopping to catch her breath between words",
            "My inhaler ran out an hour ago... can't... finish sentences... chest so tight. 1407",
            "she can only say two or three words at a time, 6-1-302",
            "我妈哮喘 说话断断续续的 一句话说不全",
        ),
        calm=(
            "爬完十八楼大口喘气 累死了 哈哈",
            "ran up the stairs so fast I couldn't finish a sentence lol",
        ),
    ),
)
CHOKING_RULES: tuple[Rule, ...] = (
    # choking in Cantonese (食汤圆鲠亲)
    Rule(
        "choking-cantonese",
        Family.CHOKING,
        HARD,
        r"鲠(?:亲|住|到|喉)|骾(?:亲|住|到|喉)|哽(?:亲|住|到|喉)(?!咽)",
        says=("阿爷食汤圆鲠亲 块面都紫晒 救命啊", "阿嫲食汤丸哽住咗 咳唔出"),
    ),
    # HYPERBOLE: next to a laugh it is a joke (choked on my coffee reading the notice 😂)
    Rule(
        "choking",
        Family.CHOKING,
        HYPERBOLE | HARD,
        rf"噎住|噎着了|卡(?:在|住)?了?喉咙|喉咙里?卡(?:住|了)|被{CLAUSE_CHAR}{{0,4}}(?:卡住|噎住|呛住)|"
        r"呛住了|"
        rf"喉咙{CLAUSE_CHAR}{{0,2}}(?:肿|水肿)|过敏性休克|喉头水肿|"
        r"chok(?:ing|ed)(?! up)|something stuck in (?:his|her|my) throat|"
        r"throat (?:is )?(?:swelling|"
        r"closing)|anaphylaxis(?! kits?| pens?| plans?| training| drills?)|anaphylactic|"
        r"anaphyla(?!xis|ctic)\w*",
        by_words=True,
        group="choking",
        says=(
            "朋友過敏 喉嚨腫到講唔到嘢",
            "my son is choking",
        ),
        calm=(
            "各位家长注意，别给小孩吃整颗葡萄，容易噎住",
            "OMG I'm choking on laughter",
            "Choked on my coffee reading the new notice 😂",
            "看到新通知一口水呛住了😂",
        ),
    ),
    Rule(
        "stuck-in-throat-zh",
        Family.CHOKING,
        HARD,
        rf"(?:鱼刺|骨头|果冻|糖|花生|硬币|枣核){CLAUSE_CHAR}{{0,3}}卡(?:住|了)",
        group="choking",
        says=("吃鱼 鱼刺卡住了 咽不下去",),
    ),
    # choking told by its signs: food, then no sound or a hand at the throat
    Rule(
        "choking-signs",
        Family.CHOKING,
        HARD,
        r"(?:呛|噎|卡|鲠)[^。!?]{0,16}(?:(?:一点)?(?:声音?|声儿)(?:都|也)?(?:发不出|出不来|没有)|"
        r"说不出话|咳不出(?:声|来)|(?:用手)?(?:抓|捂|挠)(?:着)?(?:自己的?)?(?:脖子|喉咙|嗓子))|"
        r"用手(?:抓|捂|挠)(?:着)?(?:自己的?)?(?:脖子|喉咙)|"
        # eating, then a hand at the neck and no cough (食紧嘢突然捉住条颈 咳唔出声)
        r"[吃食][^。!?]{0,10}(?:抓|捂|捉)(?:住|着)(?:脖子|喉咙)|(?:抓|捂|捉)(?:住|着)(?:脖子|喉咙)"
        r"[^。!?]{0,8}咳不出|"
        r"(?:clutching|grabbing|holding|clawing at) (?:his|her|their|my) (?:throat|neck)|"
        r"(?:can'?t|cannot|can not|unable to) (?:cough|make a sound|make any sound)",
        group="choking",
        says=(
            "老人吃饭噎住了 说不出话",
            "grandpa is clutching his throat after a bite of steak",
        ),
    ),
    # choking on food
    Rule(
        "stuck-zh",
        Family.CHOKING,
        HARD | PERSON,
        r"卡(?:住|着)了",
        group="choking",
        says=("孩子吃汤圆卡住了",),
        calm=("急死了 孩子网课电脑又卡住了",),
    ),
    Rule(
        "food-stuck-zh",
        Family.CHOKING,
        HARD,
        rf"[吃咽吞]{CLAUSE_CHAR}{{0,5}}(?:卡住|卡着|噎住)|被{CLAUSE_CHAR}{{0,4}}卡了|咳不出来|"
        # choked, still struggling to breathe or turning blue (噎到了 … 还在喘 嘴唇有点紫)
        rf"[吃咽吞]{CLAUSE_CHAR}{{0,5}}噎(?:到|着)了?(?=[^。!?]{{0,16}}(?:喘|紫|青|说不出|咳不))",
        group="choking",
        says=("孩子吃汤圆卡住了", "宝宝吃花生噎到了 已经拍出来一半 还在喘 嘴唇有点紫 9-2-702"),
        calm=("吃鱼被刺卡了一下，吐出来就没事了",),
    ),
    # a small object swallowed and then retching, drooling, coughing or noisy breathing: the
    # airway or gullet may be blocked (round 17: "含着硬币玩 咽下去了 一直干呕 喘气呼哧呼哧的");
    # a battery or a magnet burns through: poisoning's rules read those
    Rule(
        "swallowed-object-distress",
        Family.CHOKING,
        HARD,
        r"(?:硬币|纽扣(?!电池)|扣子|珠子|弹珠|玻璃球|钉子|螺丝|零件|积木|发卡|别针|瓶盖|笔帽|钥匙|"
        r"戒指|耳环|玩具|乐高)[^。!?]{0,10}?(?:咽|吞|吃)(?:了|下|进)[^。!?]{0,20}?(?:干呕|作呕|呕|吐|"
        r"流口水|口水直流|喘|呼哧|咳|憋|哭不出|说不出|咽不下|吞不下)|"
        r"(?:咽|吞)(?:了|下|进)(?:去)?[一个颗枚粒块只]{0,2}(?:硬币|纽扣(?!电池)|扣子|珠子|弹珠|玻璃球|"
        r"钉子|螺丝|零件|积木|发卡|别针|瓶盖|笔帽|钥匙|戒指|耳环|乐高)[^。!?]{0,20}?(?:干呕|作呕|"
        r"呕|吐|流口水|口水直流|喘|呼哧|咳|憋|哭不出|说不出|咽不下|吞不下)|"
        r"swallow\w* (?:[a-z']+ ){0,3}?(?:coin|button(?! batt)|marble|bead|lego|toy|piece|"
        r"pin|screw|bottle cap|cap|ring|earring|key|bolt|nail|stone|pebble)s?(?![a-z])[^.!?]{0,60}?"
        r"(?<![a-z])(?:retch\w*|gag\w*|drool\w*|wheez\w*|cough\w*|nois\w*|breath\w*|throwing up|"
        r"vomit\w*|can'?t swallow|struggl\w*)",
        group="choking",
        says=(
            "孩子嘴里含着硬币玩 咽下去了 一直干呕 喘气呼哧呼哧的 601",
            "宝宝把一颗纽扣吞下去了 一直流口水 咳个不停",
            "小孩吞了个弹珠 现在干呕 呼吸有声音",
            "he swallowed a marble, now gagging and drooling",
        ),
        calm=("孩子上周吞了个硬币 咳了两下 已经拉出来了 没事了",),
    ),
)
CARDIAC_RULES: tuple[Rule, ...] = (
    # a pulse under 40 counted (his pulse is like 35, 心率只有38)
    Rule(
        "pulse-too-slow",
        Family.CARDIAC,
        HARD,
        r"(?<![a-z])(?:pulse|heart ?rate|heartbeat)(?: rate)? (?:is |was |of |at |'s )?"
        r"(?:down to |dropped to |only |just )?(?:like |about |around |under )?(?:[12]\d|3\d)"
        r"(?![\d.%])"
        r"(?! ?(?:years?|yrs?|mins?|minutes?|seconds?|%|kg|cm))|"
        r"(?:心率|脉搏|心跳)(?:只有|才|就|掉到|降到|只剩)(?:[12]\d|3\d)(?![\d.%])(?!岁|分钟|秒)",
        says=("took his heart pills twice, now his pulse is like 35 and he's grey",),
        calm=("上个月我爸心率只有38 装了起搏器 现在好了",),
    ),
    # a weight on the chest (an elephant sitting on his chest)
    Rule(
        "chest-pressure-en",
        Family.CARDIAC,
        HARD,
        r"(?:elephant|something heavy|a weight|a brick|a rock|someone) (?:is )?(?:sitting|pressing|"
        r"standing|pushing) (?:on|down on) (?:his|her|my|their) chest",
        says=("he says it feels like an elephant is sitting on his chest",),
    ),
    Rule(
        "chest-pain-zh",
        Family.CARDIAC,
        HARD,
        rf"胸(?:口|部|前)?{NON_NEGATION_CHAR}{{0,3}}?(?:痛|疼|闷|憋|发紧|压着|压得|绞痛|难受)|胸口不太?舒服|"
        # a pain told by its grip, in waves (胸口那一块一阵一阵压着疼, 心口这块…绞着疼)
        rf"(?:胸口|心口|胸)(?:这|那)?(?:一)?块?{NON_NEGATION_CHAR}{{0,12}}?(?:压着|绞着|揪着|勒着|拧着|"
        r"攥着)(?:疼|痛)|"
        rf"胸(?:口|部|前)?{NON_NEGATION_CHAR}{{0,1}}像{NON_NEGATION_CHAR}{{0,6}}(?:压着|压住|堵着|勒着|绑着|揪着|捏着)|"
        # a weight on the chest (胸口像压了块石头)
        rf"胸(?:口|部|前)?{NON_NEGATION_CHAR}{{0,1}}(?:像|好像)?(?:压了|压着|坠着)(?:一)?(?:块|个|座)?"
        r"(?:大)?(?:石头|石块|重物|东西|山)",
        says=("我爸胸痛", "爸爸说胸口像压了块石头", "他说胸口那一块一阵一阵压着疼 后背也疼"),
        calm=("没有胸闷",),
    ),
    Rule(
        "heart-pain-zh",
        Family.CARDIAC,
        HARD,
        rf"心口{NON_NEGATION_CHAR}{{0,2}}?(?:痛|疼|闷|难受)|心脏{NON_NEGATION_CHAR}{{0,3}}?(?:痛|疼|闷|难受)|心脏不太?舒服|"
        # a weak heart named, then the pain now (我爸爸 心脏 不好 现在 很 疼)
        rf"心脏不好{NON_NEGATION_CHAR}{{0,6}}?(?:痛|疼)|"
        # the chest in English, the pain in Chinese (说chest好痛)
        rf"(?<![a-z])chest ?{NON_NEGATION_CHAR}{{0,2}}?(?:痛|疼|闷|难受|发紧)",
        says=(
            "我老公心口痛 透唔到氣",
            "我是韩国人 我爸爸 心脏 不好 现在 很 疼 不能 说话 帮我",
            "my dad 说chest好痛 出了好多汗",
        ),
        calm=("气得我心口疼，团长又把我的菜漏了",),
    ),
    Rule(
        "heart-attack-zh",
        Family.CARDIAC,
        HYPERBOLE | HARD,
        r"心绞痛|心梗|心肌梗|心脏病(?:犯了|发作|又犯|发了|突发)|心跳(?:停|骤停)|心脏骤停",
        by_words=True,
        says=("快打120 我老公心脏病犯了",),
        calm=("这剧虐得我心梗",),
    ),
    Rule(
        "heart-attack-en",
        Family.CARDIAC,
        HYPERBOLE | HARD,
        r"heart attack|cardiac arrest",
        by_words=True,
        says=("heart attack! call ambulance",),
        calm=("I almost had a heart attack lol",),
    ),
    Rule(
        "chest-pain-en",
        Family.CARDIAC,
        HARD,
        r"chest (?:pain|pains|hurts?|hurting|is (?:really |so |very |super |extremely )?"
        r"(?:tight|hurting|painful|sore|pain|paining)"
        r"|tightness|pressure|feels (?:tight|heavy)|"
        r"(?:so|really|very|super|too|much) (?:tight|pain|painful|hurts?|hurting))|pain in "
        r"(?:his|her|my|the) chest|pressure in "
        r"(?:his|her|my|the) chest|tightness in (?:his|her|my|the) chest|tight chest|"
        r"(?<!stable )angina|"
        # the weight on the chest told as a likeness (like someone is sitting on it)
        r"chest (?:feels |is )?like (?:someone|somebody|an elephant|a weight|something heavy|a "
        r"brick|a truck) (?:is )?(?:sitting|standing|pressing|squeezing|crushing|on it)|"
        r"crushing (?:pain|chest)|(?:clutching|clutched|holding|held|holds) (?:his|her|my) chest|"
        # the chest hurting for a while, the pain going into the jaw or the arm
        r"chest (?:has been|is|keeps|'s been|kept) (?:hurting|aching|squeezing|crushing)|"
        r"chest (?:is|'s) being (?:crushed|squeezed)|"
        r"chest feels (?:crushed|like it'?s being crushed)|"
        r"tight feeling in (?:his|her|my|the) chest|"
        r"(?:pain|it|hurting|aching) (?:is )?(?:going|spreading|radiating|moving) (?:in)?to "
        r"(?:my|his|her) (?:jaw|left arm|arm|neck)|"
        r"grabbing (?:his|her|my) chest|"
        # the arm and the jaw aching together, a heart attack's spread of pain
        r"(?:left arm and (?:jaw|neck)|jaw and left arm)(?: both| all)? (?:are )?"
        r"(?:hurt|hurts|hurting|ache|aches|aching|in pain)",
        says=(
            "我爸突然chest pain 出了一身汗 脸色很差 快叫ambulance",
            "chest pain, can't breathe",
            "my father-in-law say his chest very pain since 20 minutes and he is sweating much",
        ),
        calm=("no chest pain",),
    ),
    # clutching the chest, seizing, foam at the mouth, not answering when spoken to
    Rule(
        "chest-fit-silence-zh",
        Family.CARDIAC,
        HARD,
        r"[捂按抓揪]着?(?:胸口|心口)|抽起来了|(?:一直|不停地?)在抽(?![烟纸奖血签空时水筋屉象])|"
        r"眼睛(?:往上|向上|上)翻|牙关紧(?:闭|咬)|牙咬得紧紧|吐白沫|"
        rf"(?:[叫喊]{CLAUSE_CHAR}{{0,4}}(?:不|没)(?:怎么|太|大)?(?:答应|回答|吭声|睁眼|哭)|问(?:话|他|她){CLAUSE_CHAR}{{0,4}}(?:不回|没反应|不答|"
        # Not an rf-string: "{F}{{0,3}}" is literal text that never matches (a known slip, left
        # as it was so that no verdict changes).
        r"不理|没回应)|跟(?:他|她)说话{F}{{0,3}}(?:不理|没反应|不回|不应))",
        by_words=True,
        says=("他突然抽起来了",),
    ),
    # a spot check after probe8: a heavy chest, blood spraying, a threat to drink poison, a shout
    # to save someone, a gas cylinder hissing, a heart beating all over the place
    Rule(
        "heavy-chest-spraying-blood-poison-threat",
        Family.CARDIAC,
        HARD,
        r"chest (?:is |feels )?(?:very |so |really )?heavy|"
        r"blood (?:is )?(?:spraying|spurting|pumping)|"
        rf"(?<![a-z]){PEOPLE_EN}(?:'s| is| was)? (?:lying |laying )?(?:on|in) the "
        r"(?:bathroom|kitchen|toilet) floor|"
        r"(?:要|想|说要|准备)(?:喝|吃)(?:农药|安眠药|老鼠药|鼠药|敌敌畏|百草枯|一瓶药)|要上吊",
        by_words=True,
        says=(
            "我爸把自己反锁在房间 说要喝农药 快来",
            "He is on the bathroom floor, eyes open but not talking, Room 402",
        ),
    ),
    Rule(
        "irregular-heart-zh",
        Family.CARDIAC,
        HYPERBOLE | HARD,
        r"(?:心脏|心)跳得(?:乱七八糟|乱|没规律)|"
        r"心跳(?:很|好|特别|非常|越来越)?(?:乱|没规律|不规律)(?!七八糟)|(?:一会|一下)快(?:一会|一下)(?:停|慢)",
        says=(
            "老头子心脏跳得乱七八糟 一会快一会停 人发晕 站不住",
            "透析四天没做 心跳很乱 必须马上送医院",
        ),
        calm=("这首歌听得我心跳得乱七八糟 哈哈",),
    ),
)
STROKE_RULES: tuple[Rule, ...] = (
    Rule(
        "stroke-zh",
        Family.STROKE,
        HARD,
        rf"中风|脑梗|脑溢血|脑出血|嘴歪|口歪|口眼歪斜|脸歪|半边(?:身子|脸|身体){CLAUSE_CHAR}{{0,3}}(?:动不了|"
        r"没力|麻|不能动|没知觉)|"
        r"半身不遂|说话\s?不清|说话\s?含糊|口齿不清|说不出话|讲不出话|说不了话|"
        # one side of the body failing (一边身子 不听使唤, 一边手脚麻)
        r"(?:一边|半边|半拉)(?:身子|身体|手脚|胳膊|腿)\s?(?:不听使唤|不听话|不好使|动不了|使不上劲|没劲|没力气?|"
        r"麻|发麻|没知觉)|"
        # speech going, with a word between (说话有点不清楚, 说话突然含糊)
        r"说话(?:有点|有些|突然|开始|也)(?:不清|含糊|大舌头)|"
        # speech gone, walking to one side (话都说不清, 走路一边倒)
        r"话(?:都|也)说不清(?:楚)?|说话都不清(?:楚)?|走路(?:往|向)?一边(?:倒|歪)|"
        # the words said twice (说话说不清); the head dropping to one side (头往一边倒)
        r"说话说不清(?:楚)?|(?:突然)?头(?:往|向|歪向)一边(?:倒|歪|耷拉)",
        says=("我妈脸歪了 说话不清", "刚视频时突然头往一边倒 说话说不清 喊她也不回"),
        calm=("中风有哪些症状",),
    ),
    # a crooked face or mouth (左边脸是歪的); 气得嘴都歪了 is hyperbole
    Rule(
        "crooked-face-zh",
        Family.STROKE,
        HYPERBOLE | HARD,
        r"(?:[左右半一]边)?(?:脸|嘴|嘴角|口)[^,。!?;:、…\s不没无未笑]{0,2}(?:是)?歪(?:了|的|向|埋)|"
        # pulled to one side (嘴角往一边歪)
        r"(?:脸|嘴|嘴角|嘴巴|口)(?:往|向)(?:一边|一侧|左边|右边|左|右)(?:歪|斜|耷拉)",
        says=("我妈脸歪了 说话不清",),
        calm=("气得我嘴都歪了",),
    ),
    Rule(
        "one-side-weak-zh",
        Family.STROKE,
        HARD,
        rf"[左右一]半?(?:手|腿|边|侧|胳膊)(?:身子|身体|手脚)?{CLAUSE_CHAR}{{0,3}}(?:没力|没劲|无力|动不了|不能动|"
        r"抬不起|提不起|举不起)|"
        # the body leaning to one side, an arm that will not rise (整个人往一边歪 手抬不起来)
        r"(?:整个人|身子|身体)(?:往|向)(?:一边|一侧)(?:歪|倒|斜)[^。!?]{0,8}(?:手|胳膊)(?:都|也)?抬不起",
        says=("他一侧手脚不能动了", "外公左边身子突然没劲了 话也说不清"),
    ),
    Rule(
        "stroke-en",
        Family.STROKE,
        HYPERBOLE | HARD,
        r"stroke(?! of)|face (?:is |was |has |had |suddenly |started |begun |began |just |keeps )*"
        r"droop\w*|face (?:looks|seems|is looking|went|has gone) "
        r"(?:a bit |kind of |all |a little )?(?:droopy|lopsided|crooked|uneven|slack)|"
        r"smile (?:is |looks |went |has gone )?(?:a bit |all |kind of )?(?:lopsided|crooked|"
        r"uneven|droopy)|fast test[^.!?]{0,24}positive|"
        r"(?:unable to|can'?t|cannot|couldn'?t) move (?:his|her|my|their) (?:left|right) "
        r"(?:side|arm|leg|hand)|facial droop|half (?:of )?(?:his|her|my|the) "
        r"(?:face|mouth) (?:is |are )?(?:hanging|drooping|dropping|falling|sagging|slipping)|"
        r"(?:face|mouth) (?:is )?(?:hanging|sagging|dropping|falling) down|"
        r"(?:can'?t|cannot|can not|could not|couldn'?t) (?:speak|talk) (?:correct|clear|proper|"
        r"normal)(?:ly)?(?![a-z])|slurred speech|slurring|speech is "
        r"slurred|can'?t (?:move|lift|feel) (?:(?:his|her|my|the) )?(?:left|right|arm|leg)|"
        # speech gone strange, said in broken English (speaking strange, like drunk)
        r"(?:speaking|talking|speech|speaks|talks) (?:is |so |very |really |all |a bit |kind of )*"
        r"(?:strange|strangely|weird|weirdly|funny|odd|oddly|garbled|jumbled)(?![a-z])|"
        r"one side of (?:his|her|"
        r"my) (?:face|body)|numb on one side|weak on one side|heat ?stroke|"
        r"(?:arm|leg|hand|side) (?:went|has gone|is going|suddenly went|just went) (?:weak|numb|"
        r"dead|limp)|words (?:are|were|came out|coming out) (?:all )?(?:jumbled|garbled|muddled)|"
        # a side that stopped moving; speech that lost words or names; the worst headache ever
        r"(?:left|right) side (?:of (?:his|her|my|the) (?:body|face) )?(?:isn'?t|is not|won'?t|"
        r"can'?t|stopped|not) mov\w*|(?:can'?t|cannot|couldn'?t) (?:say|get out) (?:\w+ )?"
        r"(?:words?|name)|(?:can'?t|cannot|couldn'?t) find (?:his|her|their) words|"
        r"(?:head|headache)[^.!?]{0,30}(?:the )?worst (?:she|he|i|they)(?:'s| has| have|'ve) ever|"
        # said in broken English (his mouth crooked, half face not moving, speech very strange)
        r"(?:mouth|face|lips?) (?:is |are |look\w* |gone |went |become |suddenly )*"
        r"(?:very |a bit )?"
        r"(?:crooked|twisted|lopsided|uneven)|(?:mouth|face) (?:is |going |go |goes |went |gone )?"
        r"(?:to )?one side|(?:face|mouth) one side (?:drop\w*|down|droop\w*|fall\w*)|"
        r"sudden(?:ly)? (?:cannot|can'?t|can not) (?:speak|talk)|"
        r"(?:right|left|one) (?:arm|leg|hand) "
        r"(?:cannot|can'?t|can not|not able to) (?:move|lift)|cannot lift (?:his |her )?arm|"
        r"half (?:of )?(?:the |his |her |my )?(?:face|body) "
        r"(?:is |are )?(?:not|no|cannot|can'?t) (?:mov\w*|feel\w*)",
        by_words=True,
        says=(
            "stroke吗? 我妈嘴歪了 右手没劲",
            "heat stroke",
            "Mum's left arm went weak and her words are jumbled, this began 10 minutes ago",
            "My dad's face is drooping on one side, started about 20 min ago. 2-2-804",
            "my husband suddenly can't lift right arm and speaking strange, like drunk",
            "grandpa's right side isn't moving and he can't find his words",
            "My grandpa speech very strange suddenly and his mouth crooked, half face not moving",
            "Sorry to bother, my husband seems unable to move his left side and his face looks "
            "droopy. 10-2-803",
        ),
        calm=("My friend in Beijing had a stroke, so worried",),
    ),
    # said indirectly: a crooked mouth, slurred or broken speech, a weak hand, double vision
    Rule(
        "stroke-signs-zh",
        Family.STROKE,
        HARD,
        rf"嘴角{NON_NEGATION_CHAR}{{0,3}}(?:耷拉|下垂|往下(?:掉|垂|耷))|(?:说话|讲话|话)(?:都|也)?(?:突然|忽然)?(?:不利索|说不利索|"
        r"含糊不清|含含糊糊|含糊|不清楚|讲不清)|"
        rf"[左右一](?:手|胳膊|只手){CLAUSE_CHAR}{{0,3}}(?:拿不住|握不住|使不上劲|抬不起来)|"
        # one side of the face falling (脸有一边垮下来, 半边脸耷拉着, 一边脸往下掉)
        rf"脸(?:有|的)?(?:[左右半一]边|一侧){NON_NEGATION_CHAR}{{0,2}}(?:垮|耷拉|下垂|塌|往下(?:掉|垂|耷)|掉下来)|"
        rf"(?:[左右半一]边|一侧)(?:的)?脸{NON_NEGATION_CHAR}{{0,2}}(?:垮|耷拉|下垂|塌|往下(?:掉|垂|耷)|掉下来)|"
        r"看东西(?:重影|有重影)|走路(?:往|向)一边(?:倒|歪)|"
        # sight lost all at once (突然说看不清东西): the eyes of BE FAST
        rf"突然{CLAUSE_CHAR}{{0,3}}(?:看不见|看不到|看不清|眼前一黑|一只眼(?:睛)?看不见)|"
        # one side of the face gone numb all at once (突然一边脸麻了)
        rf"突然{CLAUSE_CHAR}{{0,3}}(?:半边|一边|半张|一侧|左边|右边|左半边|右半边)脸(?:都|也)?"
        r"(?:麻|发麻|木了|没知觉)",
        says=(
            "奶奶左手握不住筷子了",
            "妈妈突然说看不清东西 头很晕",
            "我們家阿嬤剛剛杯子拿不住一直掉 問她話只會傻笑 臉有一邊垮下來 7-1-1201",
            "外公半边脸耷拉着 叫他也只会哼",
            "外婆突然一边脸麻了 口水往下流",
        ),
    ),
    Rule(
        "stroke-heart-fit-breath-signs-en",
        Family.STROKE,
        HYPERBOLE | HARD,
        r"(?:can'?t|cannot|unable to|couldn'?t) (?:talk|speak) (?:properly|clearly|right|normally|"
        r"straight)|pain (?:going |shooting |spreading |radiating |running )?(?:down|into|up) "
        r"(?:his|her|my) (?:left )?(?:arm|jaw)|breathing (?:is |sounds )?(?:really |very |so )?"
        r"(?:weird|noisy|strange|funny|shallow|rattly|gurgling|labou?red)|"
        r"can'?t (?:finish|complete) "
        r"(?:a|her|his|my) sentence|eyes (?:rolled|rolling|rolled up|rolled back)|shaking all over|"
        r"jerking|grunting",
        by_words=True,
        says=("breathing sounds really rattly",),
    ),
    # FAST told in any words: one side of the face, or one arm, leg or hand that drops, hangs or
    # will not move, or speech that comes out garbled (round 17: "his right arm just flops down",
    # "the left side of my face won't move, words coming out wrong")
    Rule(
        "fast-signs-en",
        Family.STROKE,
        HYPERBOLE | HARD,
        r"(?:left|right|one) (?:side of (?:his |her |my |their |the )?(?:face|mouth|body)|arm|leg|"
        r"hand|foot|cheek|eyelid)(?: [a-z']+){0,4}? (?:flops?|flopp\w+|drops?|dropping|droop\w*|"
        r"sag\w*|hangs?|hanging|gave way|gives way|giving way|gave out|gives out|giving out|"
        r"(?:went|gone|goes|is|feels) (?:all )?"
        r"(?:dead|limp|floppy|useless)|won'?t (?:move|lift|work|grip)|can'?t (?:move|lift|grip|"
        r"hold)|doesn'?t (?:move|work)|not moving)(?![a-z])"
        r"(?![^.!?]{0,24}(?:from|after) (?:sitting|sleeping|carrying|lifting|the gym|a workout|"
        r"exercise|typing|gaming))|"
        r"(?:speech|words|talking|speaking) (?:[a-z']+ ){0,3}?(?:garbled|jumbled|muddled|scrambled|"
        r"mixed up|slurr\w*|gibberish)|(?:words|speech) (?:are |is )?(?:coming|came|come|comes) "
        r"out (?:all )?wrong|(?:can'?t|cannot|couldn'?t|unable to) get (?:his |her |my |their |"
        r"the )?words out",
        says=(
            "Grandpa's speech is suddenly garbled and his right arm just flops down when he tries "
            "to lift it. 3-2-604",
            "My face and hands are numb and the left side of my face won't move, words coming out "
            "wrong, hard to type",
            "Mum's talking all jumbled and her left hand keeps dropping her cup, 5-2-301",
            "Dad suddenly can't get his words out and the right side of his mouth is sagging",
        ),
        calm=(
            "haha my right arm won't move after all that typing",
            "my baby is talking gibberish to the cat haha",
        ),
    ),
    Rule(
        "fast-signs-zh",
        Family.STROKE,
        HYPERBOLE | HARD,
        r"(?:说话|讲话|话)(?:突然|忽然|一下子?)?(?:变得|有点|都)?(?:大舌头|舌头打结|舌头不听使唤)|"
        r"舌头(?:突然|忽然)?(?:发硬|僵了|打结|不听使唤|不灵活?了)|"
        r"(?:半张|半边|一边|左边|右边|左半边|右半边|一侧)脸[^,。!?;\s]{0,3}(?:不会动|动不了|不能动|"
        r"不听使唤|没知觉|耷拉|塌下|往下掉)|"
        r"(?:胳膊|手臂|手|腿)(?:一)?抬(?:起来)?就(?:掉|落|垂|耷拉)|"
        r"[左右一](?:手|胳膊|腿|条腿|只手|边身子|侧身子|边手脚|侧手脚|边的手脚)[^,。!?;\s]{0,3}"
        r"(?:不听使唤|没知觉|耷拉|垂下来)",
        says=(
            "我爸讲话舌头打结 半张脸不会动了",
            "老伴右半边脸突然不听使唤 嘴合不上",
            "外公胳膊一抬起来就掉下去 快来人 5-1-302",
            "奶奶右手突然不听使唤 筷子都拿不了",
        ),
        calm=("喝多了 说话都大舌头了 哈哈",),
    ),
)
BLEEDING_RULES: tuple[Rule, ...] = (
    Rule(
        "bleeding-zh",
        Family.BLEEDING,
        HARD,
        rf"血{NON_NEGATION_CHAR}{{0,8}}?(?:止不住|止不了|止不到|停不下来|不停止?地?流|一直(?:流|出|冒)|流个不停|喷|往外(?:冒|涌|喷))|"
        r"止不住(?:的)?血|大出血|血流不止|血流不停|流血不停|血一直(?:往下)?淌|按了[^。!?]{0,8}还在流|"
        # gushing, and pressing that will not hold it (血一直飙 㩒唔住, Cantonese)
        r"血(?:一直|不停|狂)(?:飙|喷|涌|冒)|(?:㩒|按|捂)(?:唔|不)住|止唔住|"
        rf"血{NON_NEGATION_CHAR}{{0,2}}(?:哗哗|汩汩|呼呼|哗啦啦|噗噗)|"
        rf"血流如注|流了?(?:好多|很多|一地|一大滩|一大摊|满地|大量|一大堆)(?:的)?血|"
        r"血流(?:得|了)(?:满地|一地|到处|满脸|满身)|"
        r"呕血|咳血|喷血|大量出血|一直出血|出血(?:不止|很多|好多)|流血不止|一直流血|不停地?流血|"
        # still bleeding and soaking through (一直在出血 床单都湿透了)
        r"(?:一直|还)在(?:出|流|冒)血|(?:出|流)血[^。!?]{0,8}(?:床单|被子|裤子|衣服|毛巾|卫生巾)"
        r"[^。!?\s]{0,3}(?:都)?(?:湿透|浸透)|"
        # after a birth or a cut, the blood told by how much (出血特别多 床单都湿透了)
        r"出血(?:特别|非常|超级|太)多|(?:床单|被子|裤子|衣服|毛巾)[^。!?\s]{0,3}(?:都)?(?:湿透|浸透)(?=[^。!?]{0,12}血)|"
        r"血[^。!?\s]{0,6}(?:床单|被子|裤子|毛巾)[^。!?\s]{0,3}(?:都)?(?:湿透|浸透)|"
        r"伤口很深|伤得很重",
        says=(
            "流血不止 怎么办",
            "腿上被机器划了个大口子 一直在冒血 包不住",
            "媳妇生完二胎在家坐月子 刚才突然出血特别多 床单都湿透了 脸煞白",
        ),
        calm=("小区的猫被打了 流了好多血 太可怜了",),
    ),
    # a nosebleed that will not stop or has run for half an hour (first aid: 10-15 minutes of
    # pressure; longer is a doctor's, at once for the elderly on blood thinners)
    Rule(
        "nosebleed-not-stopping",
        Family.BLEEDING,
        HARD,
        r"鼻血[^。!?]{0,12}(?:一直不停|流个不停|停不下|停不了|还没停|还在流|半个?小时|半点钟|半个钟|"
        r"[一两三四\d]个?(?:小时|钟头)|[二三四五六2-9]十分钟|[2-9]\d分钟)|"
        r"nose ?bleed[^.!?]{0,30}(?:won'?t stop|will not stop|not stopping|keeps? going|"
        r"(?:for|over) (?:half an hour|an hour|[2-9]\d min))|"
        r"nose (?:is |has been )?bleeding[^.!?]{0,20}(?:won'?t stop|not stopping|"
        r"for (?:half an hour|an hour|[2-9]\d min))",
        says=(
            "阿伯流鼻血流半点钟 一直袂停 面白吱吱 5-402",
            "my dad's nosebleed won't stop, it's been 30 minutes",
        ),
    ),
    Rule(
        "much-blood-zh",
        Family.BLEEDING,
        HARD,
        r"(?:好多|很多|大量|一地|满地)(?:的)?血",
        says=("割腕了 好多血",),
    ),
    # a period that will not stop: soft, so 不急 (a doctor's visit) defuses it
    Rule(
        "period-will-not-stop-zh",
        Family.BLEEDING,
        SOFT,
        r"(?:月经|经血|例假)量?[^。!?]{0,10}(?:一直流|一直在流|流个不停|止不住|不停地?流)",
        says=("月经量特别大 一直流 站都站不住",),
        calm=("月经一直流 十多天了 能请社区医生看看吗 不急",),
    ),
    Rule(
        "vomiting-blood-zh",
        Family.BLEEDING,
        HYPERBOLE | HARD,
        r"吐血",
        says=("我老婆吐血了 一大口一大口的",),
        calm=("卖家的回复让我吐血",),
    ),
    Rule(
        "bleeding-en",
        Family.BLEEDING,
        HARD,
        r"bleeding (?:heavily|badly|a lot|profusely|everywhere|non-?stop|won'?t stop)|"
        r"heavy bleeding|"
        r"lots of blood|so much blood|bleeding out|gushing blood|deep cut|"
        r"(?:a lot|alot) of blood|spurting(?: out)? blood|blood[^.!?]{0,12}spurt\w*|"
        # said in broken English (blood not stop, towel all red)
        r"(?:blood|bleeding) (?:not|no|does not|doesn'?t|cannot|can'?t|won'?t) stop|"
        r"blood (?:won'?t|doesn'?t|will not) stop|cut (?:his|her|my) wrists?|"
        # soaking through what presses on it (blood is soaking through the towels)
        r"(?:blood|bleeding)[^.!?]{0,12}(?:soak\w*|seep\w*) (?:right )?through|"
        # a wound spurting (arterial), not a pipe spurting water
        r"(?:cut|gash|wound|sliced|stabbed)[^.!?]{0,60}(?:spurting|squirting|pulsing out|"
        r"gushing|pouring)(?! water)|"
        # what is pressed on the wound soaked one after another (soaked through 3 towels)
        r"(?:blood|bleed\w*|cut|gash|wound)[^.!?]{0,60}(?:soaked|soaking|bled) (?:right )?through "
        r"(?:\d+|two|three|four|several|all the|another) (?:towels?|bandages?|dressings?|tissues|"
        r"cloths?)|"
        r"slit (?:his|her|my) wrists?",
        says=(
            "the blood won't stop",
            "I cut my leg on broken glass and it's spurting. pressing a towel on it",
            "cut my leg badly, blood is soaking through the towels",
        ),
    ),
    # often said in jest (blood everywhere lol, just cutting beetroot): laughter voids it
    Rule(
        "blood-everywhere-en",
        Family.BLEEDING,
        HYPERBOLE | HARD,
        r"blood everywhere",
        says=("he cut his hand on the glass, blood everywhere, please come",),
        calm=("Blood everywhere in my kitchen lol — just cutting beetroot 😂",),
    ),
    Rule(
        "cannot-stop-bleeding-en",
        Family.BLEEDING,
        HARD,
        r"(?:won'?t|will not|doesn'?t|can'?t|cannot) stop (?:the )?bleeding",
        says=("he cut his hand and we can't stop the bleeding",),
    ),
    Rule(
        "bringing-up-blood-en",
        Family.BLEEDING,
        HARD,
        r"(?:vomiting|coughing|throwing) up blood",
        says=("my dad is vomiting up blood",),
    ),
    # bleeding that pressure does not stop
    # Not an rf-string: "流血{F}" is literal text that never matches (a known slip, left as
    # it was so that no verdict changes).
    Rule(
        "bleeding-will-not-stop-zh",
        Family.BLEEDING,
        HARD,
        r"血[^。!?]{0,24}?(?:止不住|止不了|按不住|停不下来)|流血{F}{0,2}(?:不停|不止|止不住|一直不停)",
        says=("伤口一直流血 按不住",),
    ),
    Rule(
        "covered-in-blood-or-fall-from-height-zh",
        Family.BLEEDING,
        HARD,
        r"全是血|都是血|一身血|满脸血|满头血|满身血|坠楼|高空坠落|从高处摔|从楼上摔|从楼梯上滚",
        by_words=True,
        says=("她割腕了 浴缸里全是血水",),
    ),
    # voice input writes 血 as 雪 (流了好多雪 止不住): blood that flows
    Rule(
        "homophones-zh",
        Family.BLEEDING,
        HARD,
        r"(?:流|出|吐|咳)(?:了)?(?:好多|很多|一地|不少|大量|一大摊|一大滩|满地)(?:的)?雪|"
        rf"雪{NON_NEGATION_CHAR}{{0,3}}(?:止不住|止不了|流个不停|不停地?流)",
        says=("我妈流了好多雪 止不住 鼻子一直在冒",),
    ),
)
BURN_RULES: tuple[Rule, ...] = (
    # burns and scalds, electric shock
    Rule(
        "scald-blisters",
        Family.BURN,
        HARD,
        rf"(?:烫|烧){NON_NEGATION_CHAR}{{0,3}}(?:一大片|一大块|好多|很多)(?:的)?(?:水)?泡|"
        r"(?:烫|浇|泼|烧|溅)[^。!?]{0,12}皮[^。!?\s]{0,3}(?:掉了|脱了|掉下来)|被电(?:到|击|打)|"
        r"烫(?:掉|脱|破)了?(?:一大块|一块|一层|好多|一大片)?皮|"
        r"(?:开水|热水|滚水|热油|滚油|油锅|热汤)[^。!?]{0,24}皮[^。!?\s]{0,3}(?:掉了|脱了|掉下来|起泡)|"
        r"(?:烫|烧)[^。!?]{0,16}(?<![没不])(?<!没有)(?:起了?|冒出?)(?:好多|很多|一大片|一片|一串)?"
        r"(?:的)?大?水?泡|"
        r"(?:boiling|hot) (?:oil|water|soup|tea|coffee|milk|porridge|congee|noodles)[^.!?]{0,80}"
        r"(?:(?:huge|big|large) blisters|"
        r"skin (?:is )?(?:[a-z]+ and )?(?:peeling|blistering|(?:coming|falling) off)|"
        r"(?:turn\w*|gone|went) (?:white|black|leathery|charred))|"
        r"(?:开水|热水|滚水|热油|滚油|油锅|热汤)[^。!?]{0,6}(?:(?:烫|浇|泼|溅|洒)[^。!?]{0,6}"
        r"(?:眼睛|全身|一大片)|(?:浇|泼)[^。!?]{0,6}(?:身上|胸口))|"
        # a scald blistering over a body part (boiling soup on himself, chest and arms blistering)
        r"(?:boiling|hot) (?:oil|water|soup|tea|coffee|milk|porridge|congee|noodles)[^.!?]{0,60}"
        r"(?:chest|arms?|legs?|face|back|belly|tummy|body|hands?|feet|neck|all over)[^.!?]{0,16}"
        r"blister\w*|"
        r"(?:big|bad|serious|severe|large|huge|deep|major) burns?|burns? (?:on|all over|to) "
        r"(?:his |her |my |the )?(?:face|chest|body|back|arms?|legs?|hands?|neck)|"
        r"got (?:a |an )?(?:electric )?shock(?:ed)?|electric shock|"
        # burned badly on the stove, the skin peeling off (any source)
        r"burn(?:ed|t) (?:his|her|my|their|the) [a-z]+ (?:badly|really bad|so bad)|"
        r"(?:hands?|arms?|legs?|face|feet|back|chest) (?:is|are|got|was|were) (?:badly|severely|"
        r"really badly) burn(?:ed|t)|"
        r"burn(?:ed|t)[^.!?]{0,60}skin (?:is )?(?:peeling|(?:coming|falling) off)",
        by_words=True,
        says=(
            "老公被电打了 倒地不动了",
            "severe burns on his arm",
            "my girl tipped a mug of hot coffee over her arm and the skin is peeling",
            "my wife burned her arm badly on the stove, the skin is peeling off",
            "fire in the kitchen, I put it out but my hand is badly burned",
            "Boiling oil spilled over my son's arms and chest, skin blistering and peeling off",
        ),
    ),
    # burns told by their look or extent (烫得发白, 整条腿都烫了), blood brought up by the mouthful
    Rule(
        "burn-look-zh",
        Family.BURN,
        HARD,
        r"(?:烫|烧)(?:伤)?得[^,。!?;\s]{0,3}(?:发白|发黑|焦|皮开肉绽|起大泡|脱皮|掉皮)|"
        # the skin told after a fire: blistered all over, gone black (脸上手上全是水泡 皮都黑了)
        r"(?:全是|都是|一大片|满是)(?:大)?水泡|皮(?:都|已经|全)?(?:黑了|焦了|烧焦)|"
        r"(?:整条|整个|整只|大半个?|半边|一整片)(?:腿|胳膊|手臂|手|后背|背|胸口|肚子|身子|脸|屁股)"
        r"[^,。!?;\s]{0,4}(?:烫|烧)(?:伤|了|得|红|起)|"
        r"[吐咳呕](?:了|出)?(?:一大口|一口|好几口|几口|一大滩|一滩|一大堆|好多|很多|半碗|一碗)(?:的)?(?:鲜)?血",
        by_words=True,
        says=("奶奶刚才吐了好几口血", "被子烧起来了 火是扑灭了 可人脸上手上全是水泡 皮都黑了"),
    ),
)
_CHILD = r"(?:宝宝|孩子|娃|小孩|婴儿|儿子|女儿|闺女)"
_TWITCH = (
    r"(?:(?:手脚|四肢|全身|浑身|身子)[^。!?,\s]{0,6}(?:抖|颤|抽动)|"
    r"(?:有点|好像|一下一下地?|一阵一阵地?)(?:在)?抽(?![烟纸奖血签空时水筋屉象泣噎搭]|抽搭))"
)
_FEVER = r"(?:烧|高热|(?:3[89]|40)(?:\.\d)?(?![\d分岁块元天个号楼栋]))"
SEIZURE_RULES: tuple[Rule, ...] = (
    Rule(
        "seizure-zh",
        Family.SEIZURE,
        HARD,
        r"癫痫(?:发作|犯了|又犯|持续)|羊癫疯(?:犯|发)|抽搐|惊厥|口吐白沫|"
        # a fit that will not stop (抽了快十分钟了 一直停不下来)
        r"抽了[^。!?\s]{0,3}(?:分钟|多分钟|好几分钟)|"
        # (not a pump, a flush, a hood or a drawer that will not stop: 抽水马桶一直流水 停不下来)
        r"(?<!烟)抽(?!水|油烟|风|屉|纸|烟|湿)[^。!?]{0,10}(?:停不下来|停不了|不停)|"
        # fits one after another, not waking between them (连着发作两次 中间都没醒过来)
        r"(?:连着|接连|连续|一连)(?:发作|抽)(?:了)?(?:两|三|四|几|好几|2|3)次|"
        r"(?:发作|抽)[^。!?]{0,12}(?:中间|之间)[^。!?]{0,4}(?:没|没有|都没|一直没)醒|"
        # the jaw clenched shut (牙关咬得死死的); limbs jerking (手脚一抽一抽) are read with a
        # fever by the febrile rules, so that a child's fit with a fever keeps its family
        r"牙关?(?:咬|紧|闭)得(?:死死|紧紧|死紧)",
        says=(
            "孩子抽搐口吐白沫",
            "老婆又犯病了 牙关咬得死死的 手脚一抽一抽",
            "我妈癫痫持续状态 抽了快十分钟了 一直停不下来",
            "他今天连着发作三次 中间没醒过",
        ),
        calm=("我家猫抽搐了一下 现在又好了",),
    ),
    # eyes rolled up in a fit (眼睛翻白, 两眼上翻); an eye-roll (翻白眼) is a gesture
    Rule(
        "eyes-rolled-up-zh",
        Family.SEIZURE,
        HARD,
        r"(?:眼睛|眼珠子?|眼球|两眼|双眼)(?:往上|向上|上)?翻(?:白|上去|了上去)|"
        r"(?:眼睛|眼珠子?|眼球|两眼|双眼)(?:往上|向上)翻|"
        r"(?:突然|一直|直)翻(?:起)?(?:了)?白眼",
        says=("老人眼珠子翻白了",),
    ),
    # eyes rolled back in a fit; rolling one's eyes at someone is a gesture
    Rule(
        "eyes-rolled-up-en",
        Family.SEIZURE,
        HARD,
        r"eyes (?:are |were |keep |kept |started |have |just )?(?:rolling|rolled|roll|went|gone) "
        r"(?:back|up(?:wards?)?)(?![a-z])",
        says=("she's shaking and her eyes are rolling back",),
    ),
    Rule(
        "jerking-zh",
        Family.SEIZURE,
        HARD,
        r"(?:一直|不停地?|全身|浑身|手脚|四肢|突然)抽(?![烟纸奖血签空时水筋屉象])",
        says=("他突然抽起来了",),
        calm=("狗狗突然抽搐 口吐白沫 附近有宠物医院吗",),
    ),
    # a fever fit (宝宝高烧抽了), the body rigid or the eyes fixed (浑身发硬 眼神发直)
    Rule(
        "fever-fit-zh",
        Family.SEIZURE,
        HARD,
        r"(?:烧|发烧|高烧|高热)(?:得|到)?[^。!?,，]{0,4}抽(?:了|起来|上了|过去)|"
        r"(?:浑身|全身|身子|手脚|四肢)(?:都)?(?:发硬|僵硬|绷直|挺直)|(?:眼神|眼睛|两眼|双眼)(?:都)?发直",
        says=("宝宝高烧抽了 浑身发硬 眼神发直",),
        calm=("去年宝宝高烧抽了一次 后来医生说没事",),
    ),
    # a feverish child's limbs twitching or shaking (宝宝好像有点抽 手脚一直在抖 刚量39.1): a
    # fever fit beginning; an adult's shivers with a fever are chills and name no child
    Rule(
        "feverish-child-twitching-zh",
        Family.SEIZURE,
        HARD,
        rf"{_CHILD}[^。!?]{{0,10}}{_TWITCH}(?=[^。!?]{{0,24}}{_FEVER})|"
        rf"{_FEVER}[^。!?]{{0,16}}{_CHILD}[^。!?]{{0,8}}{_TWITCH}|"
        rf"{_CHILD}[^。!?]{{0,6}}{_FEVER}[^。!?]{{0,10}}{_TWITCH}",
        says=("宝宝好像有点抽 手脚一直在抖 刚量39.1",),
        calm=("上周宝宝烧到39度 有点抽 去医院看过了 现在好了",),
    ),
    # fits that come back (现在又开始抽了); 又抽了两包烟 is smoking
    Rule(
        "fitting-again-zh",
        Family.SEIZURE,
        HARD,
        r"(?:又(?:开始)?|开始)抽(?:起来)?了?(?=$|[\s,。!?;~]|第)",
        says=("刚才抽了一次停了 现在又开始抽了 第三次了",),
        calm=("爷爷戒烟失败 又开始抽了",),
    ),
    # the whole body shaking or cramping, then silent (婆婆刚才抽筋 全身抖 现在不说话了): a fit
    # and the stupor after it; a leg cramp that eased is calm
    Rule(
        "fit-then-silent-zh",
        Family.SEIZURE,
        HARD,
        # (a silence its own rules read, 叫不醒 or 没反应, tells of itself: only words they miss)
        r"(?:全身|浑身|身子|手脚)(?:都)?(?:抽筋|抽搐|发抖|抖|在抖|一直抖|抖个不停)"
        r"(?=[^。!?]{0,10}?(?:现在|然后|接着|之后|后来)?(?:就|人)?(?:不说话了|不会说话了|"
        r"说不出话了|不认人了?))",
        says=("婆婆刚才抽筋 全身抖 现在不说话了", "外公手脚抽搐了一阵 然后就不认人了"),
        calm=("上个月外公全身抽搐过一次 然后不说话了 住院治好了",),
    ),
    Rule(
        "convulsing-zh",
        Family.SEIZURE,
        HYPERBOLE | HARD,
        r"抽风",
        says=("娃儿抽风了 眼睛往上翻",),
        calm=("网站又抽风了 抢不到菜",),
    ),
    Rule(
        "seizure-en",
        Family.SEIZURE,
        HARD,
        r"seizure(?!s? ?(?:med|medication|meds|pills|drugs|tablets))|seizing|siezure|convuls\w*"
        r"|having a fit|epileptic fit|foaming at the mouth|"
        # fits in the plural, fitting said of someone (my son is having fits, she's fitting)
        r"(?:having|having many|having some|had) fits(?![a-z])|(?:he|she|son|daughter|baby|"
        r"child|kid|boy|girl|husband|wife|dad|mum|mom|father|mother)(?:'s| is| was| keeps) "
        r"fitting(?![a-z])|"
        # said in broken English (epilepsy attack my son now, not stop)
        r"epilep\w* (?:attack|fit|again|now|start\w*)|"
        r"(?<![a-z])fits? (?:not stop|won'?t stop|again)|"
        # a fit a moment ago (had a fit a few seconds ago, still shaking)
        r"had a fit (?:just now|a (?:few )?(?:seconds?|minutes?) ago|\d+ (?:seconds?|minutes?|"
        r"mins?) ago)",
        says=(
            "My son had a fit a few seconds ago, he's burning up",
            "老公seizure了 一直抖 怎么办",
            "he's having a seizure",
            "epilepsy attack my son now, already 5 minute, not stop. Room 706",
            "my daughter is having fits, arms jerking, never before",
        ),
        calm=("no seizures since the medicine change",),
    ),
)
# Between a charcoal fire and the symptoms, no word of a risk or advice (烧炭要开窗 不然会头晕,
# charcoal can give you headaches): a warning, not an event.
_NOT_A_RISK_ZH = r"(?:(?!容易|可能|不然|否则|会|要开窗|一定要)[^。!?])"
_NOT_A_RISK_EN = r"(?:(?!can |could |may |might |if |will )[^.!?])"
# A fire of charcoal or coal indoors, not a charcoal grill (炭火烤肉, 炭火锅).
# household chemicals and poisons that are an emergency once swallowed (one list for every rule)
_CHEMICALS_ZH = (
    r"(?:洗衣凝珠|凝珠|消毒液|消毒水|农药|鼠药|老鼠药|干燥剂|漂白水|漂白剂|洗洁精|洁厕灵|洁厕剂|"
    r"洗碗块|洗涤块|洗碗粉|洗涤剂|清洁剂|清洁块|洁厕块|洗衣液|洗衣粉|消毒片|清洁片|樟脑丸|蟑螂药|杀虫剂|"
    r"敌敌畏|百草枯|强力胶水?|胶水|502胶)"
)
_CHARCOAL_ZH = r"(?:烧(?:了|着)?炭|炭火(?!烤|锅|烧烤)|炭盆|煤炉|烧煤|火盆)"
POISONING_RULES: tuple[Rule, ...] = (
    # drunk past waking (喝太多酒 现在他不醒, drank too much and won't wake): alcohol poisoning
    Rule(
        "drunk-past-waking",
        Family.POISONING,
        HARD,
        r"(?:喝|饮) ?(?:了)? ?(?:太多|很多|好多|大量|一斤|一瓶|半斤|两瓶|好几瓶) ?(?:的)?(?:白)?酒"
        r"[^。!?]{0,16}(?:不 ?醒|叫不醒|喊不醒|昏迷|没 ?反应|不省人事)|"
        r"(?:drank|drunk|had) (?:way )?too much[^.!?]{0,30}(?:won'?t wake|can'?t wake|not waking|"
        r"unconscious|unresponsive|passed out and)",
        says=(
            "我的朋友喝太多酒 现在他不醒 呕吐",
            "he drank way too much and now we can't wake him, he threw up",
        ),
    ),
    Rule(
        "overdose-amount-zh",
        Family.POISONING,
        HARD,
        rf"[吃吞喝](?:了|下)?{CLAUSE_CHAR}{{0,6}}(?:一整?瓶|半瓶|成排|成板|成盒|成瓶|一大把|一把|整瓶|整盒|一整盒|一整?板|好几片|"
        r"十几片|几十片|[二三四五六七八九]十(?:几|多)?片|"
        r"\d+片|好多|很多|大量|全部|"
        r"所有的?|一板)"
        rf"{CLAUSE_CHAR}{{0,4}}(?:药|片|胶囊|{SEDATIVES})|"
        # tens of tablets, whatever their name (一口气吃了二十几片布洛芬)
        rf"[吃吞](?:了|下)?{CLAUSE_CHAR}{{0,6}}(?:[二三四五六七八九]?十|几十)(?:几|多)?片|"
        # the pills swallowed, then how many (妈妈吞药了 好多片)
        r"[吃吞](?:了|下)?药(?:了)?\s?(?:好几十|好多|很多|好几|十几|几十|一大把|一把)(?:片|粒|颗)",
        group="poisoning",
        says=(
            "我妈吃了一整瓶降压药",
            "刚才一口气吃了二十几片布洛芬 现在胃里火烧一样",
            "外公吞药了 好多片 叫他也不太应",
        ),
    ),
    Rule(
        "pills-all-taken-zh",
        Family.POISONING,
        HARD,
        rf"[药片]{CLAUSE_CHAR}{{0,4}}(?:全吃了|全部吃了|吃光了|全吞了|都吃了|吃了一瓶)|"
        # the amount after the verb: 把降压药吃了大半瓶, 安眠药吞了小半盒, 药吃掉一整板
        # (a box used up over days is no overdose: 感冒药吃了一盒了 还没好)
        r"[药片丸剂](?:给|被)?(?:吃|吞|喝)(?:了|掉|下|下去)(?:一?大半|一?小半|多半|半|一整|整)"
        r"(?:瓶|盒|板|袋|排)|"
        # the pills named first, the whole bottle after (药我已经吃了一整瓶)
        rf"[药片丸]{CLAUSE_CHAR}{{1,4}}(?:吃|吞|喝)(?:了|掉|下|下去)(?:一整|整整一|整)(?:瓶|盒|板)|"
        # a child's "sweets" (降压药当糖吃了好几粒), or pills by the handful after the verb
        rf"药{CLAUSE_CHAR}{{0,4}}当(?:糖|糖果|零食|糖豆)吃|"
        # a small child into someone's pills by the few (孙女把爷爷的降糖药吞了几粒)
        r"(?:娃|孩子|宝宝|小孩|孙子|孙女|外孙女?|儿子|女儿|闺女|[一二两三四五\d]岁(?:的|多的)?)"
        r"[^。!?]{0,8}把[^。!?\s]{0,8}药(?:片)?(?:给)?(?:吃|吞|嚼)(?:了|掉|下去)"
        r"(?:好几|十几|几|一把|两|三)(?:颗|粒|片)|"
        # a child into a bottle of medicine, the bottle told first (我女儿把一瓶布洛芬混悬液全喝了)
        r"(?:娃|孩子|宝宝|小孩|孙子|孙女|外孙女?|儿子|女儿|闺女|[一二两三四五\d]岁(?:的|多的)?)"
        r"[^。!?]{0,8}把(?:一整?|整|大半|半|小半)(?:瓶|盒|板)[^,。!?\s]{0,8}(?:药|片|丸|混悬液|糖浆|"
        r"口服液|滴剂|布洛芬|美林|泰诺林?|对乙酰氨基酚)[^,。!?\s]{0,3}(?:都|全)?(?:喝|吃|吞)"
        r"(?:了|掉|下去)|"  # not 喝光了, finished over the days
        # a multiple of the dose (降压药不小心吃了三倍量)
        r"(?:吃|服|吞)了?[^。!?\s]{0,2}(?:两|三|四|五|双|[2-9])倍(?:的)?(?:剂)?量|"
        # days' doses taken at once (把一周的降压药当成一次吃了, took a week's pills at once)
        r"(?:一周|一个?星期|一礼拜|好几天|几天|[两三四五六七]天|半个月|一个月)的?[^。!?\s]{0,4}药"
        r"[^。!?\s]{0,4}(?:当成?|一次|一口气|一下子)(?:一次|一顿|一回)?(?:全|都)?(?:吃|吞|喝)|"
        r"(?:took|taken|swallowed|ate|had) (?:a |the |his |her |my )?(?:whole )?(?:week|month)'?s?"
        r"(?: worth of)?(?: [a-z]+){0,3} (?:pills|tablets|meds|medication|medicine)[^.!?]{0,12}"
        r"(?:at once|in one go|all together)|"
        # too many taken, in English (took way too many of his heart pills by mistake)
        r"(?:took|taken|swallowed|ate|had) (?:way |far )?too many (?:of )?"
        r"(?:his |her |my |their |the )?(?:[a-z]+ )?(?:pills|tablets|meds|capsules)|"
        # a count of pills swallowed at once (swallowed like 20 paracetamol an hour ago)
        r"(?:swallowed|took|taken|downed) (?:like |about |around |maybe |over |nearly |almost |"
        r"at least )?(?:[1-9]\d|twenty|thirty|forty|fifty|dozens of) (?:of )?(?:his |her |my |"
        r"their |the )?(?:[a-z]+ )?(?:pills|tablets|paracetamol|panadol|tylenol|ibuprofen|aspirin|"
        r"capsules|meds)(?! (?:a|per|each|every) (?:day|week|month))(?! (?:this|over the|in a) "
        r"(?:week|month|year))",
        group="poisoning",
        says=(
            "妈妈想不开 把一瓶降糖药都吃了",
            "我家两岁的娃把我的降压药吃了大半瓶 现在有点犯困",
            "孙子把奶奶的安眠药吞了小半瓶",
            "孩子把他爸的降压药当糖吃了好几粒 现在昏昏沉沉的",
            "孙女把爷爷的降糖药吞了几粒 不清楚到底几粒",
            "三岁的趁我不注意把外婆的安眠药嚼了两片",
            "Dad took way too many of his heart pills by mistake, like 10, hes dizzy",
            "my roommate swallowed about 30 ibuprofen, she's really drowsy",
            "药我已经吃了一整瓶",
            "宝宝把我的孕妇铁剂吃了半瓶 以为是糖豆 现在呕吐",
            "我妈把一周的降压药当成一次吃了 现在心跳很慢",
            "我妈降压药不小心吃了三倍量 现在头晕",
            "我女儿把一瓶布洛芬混悬液全喝了 刚发现 2岁 11-3-1501 急急急",
            "grandpa took a week's worth of blood pressure pills at once, he's very dizzy",
        ),
        calm=(
            "上个月感冒药吃了半盒 现在都好了",
            "上周孩子把一瓶止咳糖浆全喝了 送医院洗了胃 现在已经没事了",
        ),
    ),
    Rule(
        "poisoned-zh",
        Family.POISONING,
        HARD,
        # a whole blister or bottle of pills taken (吃了一整板布洛芬); a pesticide drunk (农药…喝了)
        r"(?:吃|吞)了?(?:一整|整整一|整)(?:板|(?:瓶|盒)(?=[^。!?\s]{0,4}(?:药|片)))|"
        r"农药[^。!?]{0,10}(?:喝了|吃了|喝下|吞了)|"
        # a child who took several of an adult's pills (孙子吃了好几颗奶奶的降压药)
        r"(?:孩子|小孩|孙子|孙女|儿子|女儿|宝宝|外孙|外孙女)[^。!?\s]{0,4}(?:吃|吞)了"
        r"(?:好几|几|一把|很多|一堆|半瓶|半板)(?:颗|片|粒)?[^。!?\s]{0,8}药|"
        rf"吃了?过量|药物?过量|服药过量|过量服药|误食|误服|误吞|误喝|误吃|吞了{CLAUSE_CHAR}{{0,6}}"
        rf"(?:电池|纽扣|磁铁|硬币|钉|针|药|洗衣凝珠|异物)|[吃喝吞饮]了{CLAUSE_CHAR}{{0,4}}"
        rf"(?:{_CHEMICALS_ZH}|84|酒精|漂白)|一氧化碳(?!报警|检测|探测|浓度计)|"
        # wild mushrooms picked, then vomiting, confusion or little people seen (见手青)
        r"(?:野|采的|摘的|捡的|采了|摘了)[^。!?]{0,4}(?:蘑菇|菌子|野生菌)[^。!?]{0,24}(?:吐|拉肚子|晕|"
        r"幻觉|看见小人|看到小人|糊涂|说胡话)|"
        # one pill taken for another, several of them (把安眠药当降压药吃了好几片)
        r"当(?:成)?[^。!?\s]{1,6}(?:吃|喝)(?:了|下)(?:好几|好多|一大把|一把|很多|几|\d{1,2})(?:片|粒|颗)|"
        # pills by the bottle or the box (吃了好几瓶安眠药)
        r"(?:吃|吞|喝)了(?:好几|几|两|三|四|五|一整|整|半)(?:瓶|盒|板)[^,。!?]{0,4}(?:药|安定|地西泮|"
        r"阿普唑仑|艾司唑仑|佐匹克隆|唑吡坦)|"
        # the bottle told first, then swallowed (一整瓶安眠药已经吃下去了)
        r"(?:一整|整|好几|两|三)(?:瓶|盒|板)[^,。!?\s]{0,5}(?:药|片)[^,。!?]{0,4}(?:吃|吞|喝)(?:下去|完|光)"
        r"(?:了)?|"
        # too many taken, then how many told (我好像吃多了药 一整板布洛芬)
        r"(?:吃|吞)(?:多|错)了药[^。!?]{0,6}(?:一整|整|好几|两|三)(?:瓶|盒|板)|"
        # sleeping pills taken too many (我好像吃多了安眠药 头很晕)
        r"(?:吃|吞)多了(?:安眠药|助眠药|镇静药|降压药|降糖药|胰岛素)|"
        r"(?:安眠药|助眠药|镇静药|降压药|降糖药)(?:吃|吞)多了|"
        # the whole bottle eaten, the pills named just before (降压药…我婆婆把一整瓶都吃了)
        r"把(?:一整|整)(?:瓶|盒|板)(?:药)?(?:都|全)?(?:吃|吞|喝)(?:了|下去|光)|"
        # a carbon-monoxide alarm sounding (一氧化碳报警器响了)
        r"一氧化碳报警器[^。!?]{0,4}(?:响|叫|报警|在响|一直响)",
        group="poisoning",
        says=(
            "妈妈喝了农药",
            "他一口气吃了好几盒安眠药",
            "我好像吃多了药 一整盒感冒药都下去了 头晕",
            "一氧化碳报警器一直在响 孩子在吐",
        ),
        calm=("谨防一氧化碳中毒",),
    ),
    # HYPERBOLE: 中毒 is also said of a game or a show (打机中毒, 追剧中毒了 哈哈)
    Rule(
        "poisoned-word-zh",
        Family.POISONING,
        HYPERBOLE | HARD,
        r"中毒",
        group="poisoning",
        says=("邻居家煤气中毒了 快打120",),
        calm=("哈哈 我个仔话佢中毒咗 原来系打机中毒 😂",),
    ),
    Rule(
        "swallowed-chemical-zh",
        Family.POISONING,
        HARD,
        rf"把{CLAUSE_CHAR}{{0,6}}(?:消毒液|农药|84|洗洁精|漂白水?|老鼠药|敌敌畏|百草枯|安眠药|洗衣液|"
        r"洗衣凝珠|(?:一整|整)(?:板|瓶|盒)[^,。!?]{0,6}药)"
        r"(?:都|全)?(?:喝|吃|吞)(?:了|下去)",
        group="poisoning",
        says=("孩子把消毒液喝了",),
    ),
    Rule(
        "chemical-swallowed-zh",
        Family.POISONING,
        HARD,
        rf"(?:{_CHEMICALS_ZH}|84消毒|纽扣电池|磁铁){CLAUSE_CHAR}{{0,4}}(?:(?:吃|喝|吞|咽)(?:了|下去|进去|下了)|"
        r"咬(?:破|开|碎)了?|咬了(?:一|几|两)?(?:口|下)|舔了|含(?:在嘴里|了))",
        group="poisoning",
        says=(
            "孩子把洁厕灵喝了",
            "闺女把洗衣粉舔了好几下 嘴边都是白沫",
            "孩子把洗碗机的清洁块吃了一点 现在一直吐",
        ),
    ),
    # a button battery or a magnet gone missing where a child was playing: swallowed until found
    Rule(
        "button-battery-missing",
        Family.POISONING,
        HARD,
        r"(?:纽扣电池|磁铁|磁珠|小电池)[^。!?]{0,10}(?:少了|不见了|找不到了|找不着了)|"
        r"(?:少了|不见了)[^。!?]{0,6}(?:纽扣电池|磁铁|磁珠|小电池)|"
        r"(?:button|coin)[- ]?(?:cell )?batter(?:y|ies)[^.!?]{0,30}(?:missing|gone|can'?t find)|"
        r"(?:missing|can'?t find) (?:a |the |one )?(?:button|coin)[- ]?(?:cell )?batter|"
        r"swallow\w* (?:a |the |one )?(?:button|coin)[- ]?(?:cell )?batter",
        group="poisoning",
        says=(
            "女儿玩完手表 里面的小电池不见了 她一直咳",
            "toddler was playing with the scale and one coin battery is missing, he's drooling",
        ),
        calm=("上周孩子玩的纽扣电池不见了 后来在沙发底下找到了",),
    ),
    Rule(
        "overdose-en",
        Family.POISONING,
        HARD,
        r"overdos\w*|"
        # said in broken English (my son eat many pills of my medicine)
        r"(?<![a-z])(?:eat|eats|eated|ate|take|took|swallow|swallowed) "
        r"(?:many|much|a lot of|lots of|"
        r"so many|too much) (?:of )?(?:his |her |my |the )?(?:pills|tablets|medicine|meds)|"
        r"took (?:like |about |around |almost |nearly |over |maybe |at least )?"
        r"(?:\d{2,}|twenty|thirty|forty|fifty) (?:of )?(?:his |her |my |the |their )?"
        r"(?:sleeping )?(?:pills|tablets|meds|capsules|paracetamol|panadol|tylenol|ibuprofen|"
        r"aspirin|acetaminophen|sleeping pills|antidepressants)"
        rf"{CARRIED}|"
        r"(?:took|taken|swallowed) (?:too many|a whole bottle|the whole bottle|a lot of pills|"
        r"(?:a|the) whole (?:pack|packet|box|strip|blister|bottle) of (?:[\w']+ )?(?:pills|"
        r"tablets|meds|medicine|painkillers|paracetamol|panadol|tylenol|ibuprofen|aspirin|"
        r"capsules|antidepressants|sleeping pills)|"
        r"a lot of (?:his|her|my) (?:pills|meds|tablets)|all (?:of )?(?:his|her|my|"
        r"the) (?:sleeping )?"
        r"(?:pills|meds|medication|tablets|antidepressants|painkillers|heart pills)|"
        r"a bunch of pills|lots of pills|a handful of pills)"
        r"(?: (?:of )?(?:his |her |my |the )?(?:sleeping )?(?:pills|meds|medication|tablets))?"
        # carried, not swallowed (took the whole bottle of cough syrup back to the pharmacy);
        # the day's dose taken as prescribed is no overdose
        rf"{CARRIED}(?![^.!?]{{0,12}}(?:for (?:today|the day|tonight|this morning)|"
        r"as (?:prescribed|usual|normal)|on time))|"
        # bitten into, a child's way with a detergent pod (baby bit into a dishwasher pod)
        r"(?<![a-z])(?:bit into|bitten into|chewed on|sucked on) "
        r"(?:a |the |one of the |my |his |her )?(?:[\w']+ ){0,2}(?:pods?|detergent|bleach|"
        r"batter(?:y|ies)|laundry capsules?)|"
        r"(?<![a-z])(?:swallowed|ate) (?:[\w']+ ){0,6}(?:battery|"
        r"batteries|magnets?|coins?|pills|bleach|detergent|pod|kerosene|lamp oil|paraffin)|"
        r"poison(?:ed|ing)\b|"
        # drank a household poison, some of it, whoever's it was (drank some of the dog's flea
        # shampoo)
        r"(?:drank|drinking) (?:some |a bit |half )?(?:of |from )?(?:the |my |his |her |a )?"
        r"(?:[\w']+ ){0,3}?"
        r"(?:bleach|detergent|pesticide|insecticide|antifreeze|disinfectant|lighter fluid|"
        r"lamp oil|kerosene|paraffin|"
        r"paint thinner|white spirit|weed ?killer|rat poison|"
        r"flea (?:shampoo|treatment|drops|spray))|"
        r"carbon monoxide|"
        # a CO alarm sounding (CO alarm going off, the carbon monoxide detector is beeping)
        r"(?<![a-z])(?:co|carbon monoxide) (?:alarm|detector)s? (?:is |are |keeps? |just )?"
        r"(?:going off|went off|beeping|sounding|screaming|ringing)|"
        # half a bottle or more, or a child into someone's pills
        r"(?<![a-z])(?:took|swallowed|taken) (?:way |far )?too many (?:of )?(?:my |her |his |the )?"
        r"(?:pills|tablets|painkillers|sleeping pills|meds|paracetamol)|"
        r"(?<![a-z])(?:took|swallowed|ate) all (?:of )?(?:her|his|my|their) [a-z ]{0,24}?(?:pills|"
        r"tablets|meds) (?:at once|in one go|by mistake)|"
        r"(?<![a-z])(?:ate|swallowed|took|drank|downed) (?:half|most|all|the whole|a whole|"
        r"whole|an entire|the entire) (?:of )?(?:a |the |his |her |my )?(?:bottle|box|packet|pack|"
        r"strip|blister) of (?:[\w']+ ){0,3}(?:pills|tablets|meds|medicine|paracetamol|panadol|"
        r"tylenol|ibuprofen|aspirin|syrup|cough syrup|cold medicine)"
        rf"{CARRIED}|"
        # a dose taken twice by mistake (took her heart pills twice by mistake, a double dose)
        r"(?<![a-z])(?:took|taken|had|given|gave (?:her|him)) (?:a )?double (?:dose|the dose)|"
        r"(?<![a-z])(?:took|taken) (?:her|his|my|their) [a-z' ]{0,24}?(?:pills|tablets|meds|"
        r"medicine|medication|insulin|dose) (?:twice|two times|again)(?: [a-z]+){0,2} "
        r"(?:by mistake|accidentally|by accident)|"
        # a lot of a named drug taken (took a lot of her antidepressants)
        r"(?<![a-z])(?:took|swallowed|ate|taken|downed) (?:a lot|lots|loads|too many|a handful|a "
        r"bunch) of (?:her|his|my|their|the) (?:antidepressants|sleeping pills|painkillers|"
        r"insulin|paracetamol|tablets|pills|meds)|"
        r"(?<![a-z])(?:got into|got hold of) (?:the |my |his |her |their |[a-z]+'s )"
        r"(?:[a-z]+ ){0,2}(?:pills|meds|"
        r"medicine|medication|tablets|pods|detergent|bleach|laundry capsules|"
        r"button batter(?:y|ies))|"
        # a small child into someone else's pills, however few (toddler swallowed some of
        # grandma's blood pressure tablets)
        r"(?<![a-z])(?:toddler|baby|infant|little one|(?:[1-5]|one|two|three|four|five)[- ]?"
        r"(?:yo|y/o|year[- ]old))[^.!?]{0,20}(?:swallowed|ate|chewed|took) (?:some|a few|several|"
        r"a couple) (?:of )?(?:[a-z]+'s|my|his|her|our|the) (?:[a-z]+ ){0,3}"
        r"(?:pills|tablets|meds|capsules|medicine)|"
        r"(?<![a-z])(?:ate|swallowed|took|chewed) (?:a bunch|a handful|a lot|lots|loads|several|"
        r"(?:about |maybe |like )?\d+|all|most) of (?:[\w']+ ){0,3}(?:tablets|pills|meds|capsules|"
        r"gummies|vitamins)|"
        r"(?<![a-z])(?:drank|drunk|drink|drinks|drinked|swallowed|ate|ingested) (?:[\w']+ ){0,4}"
        r"(?:cleaning [a-z]+|"
        r"cleaner|disinfectant|bleach|detergent|drain unblocker|rat poison|pesticide|"
        r"insecticide|bug spray|chemicals?|"
        r"dishwasher [a-z]+|toilet (?:cleaner|bowl|tablets?|blocks?)|mothballs?|"
        r"laundry pods?|antifreeze)|"
        # drank from an unmarked bottle, then what it held (think it was the disinfectant)
        r"(?<![a-z])(?:drank|drunk|swallowed|sipped|gulped) (?:from|out of) "
        r"(?:a|an|the|his|her|my) [^.!?]{0,60}(?:disinfectant|bleach|detergent|cleaner|"
        r"pesticide|antifreeze|kerosene|chemicals?)",
        group="poisoning",
        says=(
            "my kid drank bleach",
            "the CO detector is beeping and we all feel sick and dizzy",
            "ayuda por favor, my son eat many pills of my medicine, maybe 20, he is 3 years",
            "my toddler got into the pills and ate half a bottle",
            "my girlfriend took whole box of paracetamol an hour ago, she feel sick",
            "my son got into grandma's blood pressure pills",
            "she swallowed half a bottle of her sleeping pills",
            "My roommate took a whole pack of painkillers with vodka, she's throwing up",
            "my son drank the whole bottle of cough syrup, he's very drowsy",
            "the baby drank some bleach from the cupboard and is coughing",
            "she ate the whole bottle of 布洛芬 kids fever medicine and keeps vomiting",
            "husband drank from an unlabelled bottle, think it was the disinfectant, he's vomiting",
            "My toddler swallowed some of grandma's blood pressure tablets, he's getting sleepy",
            "toddler got into the dishwasher pods, bit one, drooling and coughing, 1-1-1101",
        ),
        calm=("my dog ate rat poison, which vet is open?",),
    ),
    # poisonous or wild mushrooms, and symptoms after them
    Rule(
        "wild-mushrooms-zh",
        Family.POISONING,
        HARD,
        r"(?:野|毒|(?:自己|山上|野外|路边|小区里|楼下|公园)(?:采|摘|挖|捡)的?)(?:蘑菇|菌子?|生菌)"
        r"[^。!?]{0,20}(?:吐|泻|晕|站不|抽|昏|叫不醒|幻觉|看到小人|看见小人)|"
        r"(?:wild|foraged|picked) mushrooms?[^.!?]{0,40}(?:vomit|throw\w* up|dizzy|diarrh|"
        r"hallucinat|pass\w* out)|"
        # any mushroom eaten, then sick and seeing things (见手青: little people, colours)
        r"(?:ate|eaten|eat|eating|had) (?:some |the |a |many )?(?:[a-z]+ )?mushrooms?[^.!?]{0,90}"
        r"(?:hallucinat|seeing (?:things|strange|colou?rs|little|small|tiny)|see (?:strange|"
        r"colou?rs|little|small|tiny))|"
        r"(?:蘑菇|菌子|野生菌|见手青)[^。!?]{0,24}(?:幻觉|看到小人|看见小人|(?:看|眼前)[^。!?]{0,6}"
        r"(?:五颜六色|彩色|变色|小人))",
        group="poisoning",
        says=(
            "吃了野蘑菇 全家上吐下泻",
            "一家三口 吃了自己采的蘑菇 现在都在吐 头晕眼花 十九栋二单元七零三",
            "we ate some wild mushrooms from the park and now we're all vomiting",
            "my dad ate mushrooms at dinner, now he's throwing up and seeing little people",
            "中午炒了见手青 吃完老公说看到好多小人 还吐了",
        ),
    ),
    # carbon monoxide: a charcoal fire or gas heater and the family is unwell
    Rule(
        "charcoal-fumes",
        Family.POISONING,
        HARD,
        rf"{_CHARCOAL_ZH}{_NOT_A_RISK_ZH}{{0,20}}(?:头痛|头疼|头晕|想吐|恶心|叫不醒|晕|睁眼|没反应)|"
        # the symptoms told first, the fire after (全家头晕恶心 昨晚关着窗烧了炭盆)
        rf"(?:头痛|头疼|头晕|想吐|恶心|呕吐|吐了|叫不醒|昏昏沉沉){_NOT_A_RISK_ZH}{{0,30}}{_CHARCOAL_ZH}|"
        rf"(?:charcoal|coal|brazier)(?! grill| bbq| barbecue){_NOT_A_RISK_EN}{{0,40}}(?:headaches?|"
        r"dizzy|vomit\w*|"
        rf"throwing up|nause\w*|won'?t wake)|(?:headaches?|dizzy|vomit\w*|throwing up|nause\w*)"
        rf"{_NOT_A_RISK_EN}{{0,60}}(?:charcoal|coal stove|brazier)",
        group="poisoning",
        says=(
            "屋里烧炭 全家都头晕想吐",
            "一家三口都头晕恶心 老人吐了两回 昨晚关着窗烧了炭盆取暖",
            "全家头晕恶心 昨晚关着窗烧了炭 孩子现在吐了",
            "We're all dizzy and throwing up, had a charcoal brazier going with the windows shut",
        ),
        calm=(
            "上周烧炭 全家头晕 开窗以后都好了",
            "we all got dizzy from the charcoal brazier last night, fine now after airing out",
        ),
    ),
)
# A fire named in a warning of what it would do (着火了会出大事) or in an instruction for when it
# happens (油锅起火不要用水浇, 着火时), not one burning now.
_FIRE_SAID_OF = (
    r"(?!了?(?:就|可|那)?(?:会|就)(?:出大事|出事|很危险|来不及|出人命|跑不掉|不得了|完蛋|堵死)|不要|"
    r"别慌|别用|"
    r"时|的时候|怎么办)"
)
FIRE_RULES: tuple[Rule, ...] = (
    Rule(
        "fire-zh",
        Family.FIRE,
        FIRE | HARD,
        rf"(?<!差点)(?<!差一点)(?<!险些)(?<!打)(?<!点)着火{_FIRE_SAID_OF}|著火|著了火|"
        rf"(?<!引)起火{_FIRE_SAID_OF}|失火|火灾(?!隐患|风险|预防|防范|知识|演练|警示)|着了火|烧起来了|浓烟|煤气味|燃气味|天然气味|煤气的味|燃气的味|"
        # Taiwan's word for gas (瓦斯味好重), a fire that cannot be put out (扑唔熄)
        r"瓦斯味|瓦斯外泄|漏瓦斯|瓦斯漏|扑不灭|扑不熄|灭不了火|"
        # (not a notice's "whoever has a leak, report it": 有漏气的及时报)
        rf"漏气(?<!胎漏气)(?<!车漏气)(?<!球漏气)(?<!圈漏气)(?!的[\s,，]?(?:请|及时|尽快|赶紧|马上|可以|要|都)"
        rf"[^。!?\s]{{0,3}}(?:报|说|联系|反映|告诉))|漏(?:煤气|燃气)|闻到{CLAUSE_CHAR}{{0,3}}(?:煤气|"
        r"燃气|液化气|焦味|烧焦)|"
        r"液化气(?:的)?味|漏液化气|液化气(?:泄|漏)|一股(?:煤气|燃气|液化气)|(?:煤气|燃气|天然气|液化气)[^。!?]{0,12}味[^。!?]{0,10}(?:头晕|头疼|头痛|恶心|想吐|犯困)|冒火花|打火花|电火花|电线起火|着起来了|"
        r"冒(?:黑|浓)烟|爆炸声|发生爆炸|烟越来越(?:大|浓|多)|火烛|"
        # bedding, curtains or a pet's bed set alight (蚊帐烧着了, 把被子点着了, 把猫窝点着了)
        r"(?:蚊帐|被子|被褥|窗帘|床单|床垫|沙发|衣服|桌布|纸箱|柜子|猫窝|狗窝|宠物窝|垫子|毯子|"
        r"地毯)"
        r"(?:被|给)?(?:烧着了|点着了|着火了|烧起来了)|"
        # the fire spreading to the room's things, or a call to put it out (火窜到窗帘上了)
        r"火(?:苗)?(?:窜|蔓延|烧|引)到[^。!?\s]{0,3}(?:窗帘|床|被|沙发|墙|柜|屋|房|家具|衣服|楼道)|"
        r"快(?:来人)?(?:来)?(?:灭火|救火)(?!器)|"
        r"🔥[^。!?]{0,12}(?:快跑|快逃|快撤|逃命|(?<![a-z])(?:get out|evacuate))|"
        r"(?:快跑|快逃|逃命)[^。!?]{0,12}🔥",
        by_words=True,
        group="fire",
        says=("着火了", "电热毯把狗窝点着了 快来人", "火苗窜到床上了 快来灭火"),
        calm=("不是真的着火",),
    ),
    Rule(
        "smoke-in-a-place-zh",
        Family.FIRE,
        FIRE | HARD,
        rf"(?:家里|厨房|楼道|阳台|楼上|楼下|屋里|房间|电梯|插座|电线|走廊|楼梯|"
        # a floor by its number (二十八楼有火, 12层冒烟)
        rf"(?<![\d一二三四五六七八九十])[\d一二三四五六七八九十]{{1,4}}(?:楼|层)){CLAUSE_CHAR}{{0,3}}"
        r"(?:冒烟|有烟|有火(?![车锅腿龙柴机气炉])|有明火|(?:全是|都是|满是|好多|很多|一股)的?烟(?!头|灰|味|酒))|"
        # smoke that keeps one in (好多烟 下不去楼, 出不去了 全是烟)
        r"(?:(?:好多|很多|全是|都是|满是|浓|大)的?烟|烟(?:好|很|太|特别)(?:大|浓|多))[^。!?]{0,16}"
        r"(?:下不去(?![手口嘴])|出不去|下不了楼|出不了门|逃不出|"
        r"跑不出|跑不下去|看不见路)|(?:下不去|出不去|逃不出去)[^。!?]{0,8}(?:好多|很多|全是|满是|浓)的?烟",
        group="fire",
        says=("插座冒烟了", "8号楼三单元 很多烟 我们出不去了"),
        calm=("家里冰箱冒烟了 已经拔掉插头 没事了",),
    ),
    Rule(
        "burning-smell-zh",
        Family.FIRE,
        FIRE | SOFT | HYPERBOLE,
        r"烧焦味|焦糊味|糊味|焦味",
        group="fire",
        says=("插座冒火花了 还有烧焦味",),
        calm=("菜炒糊了 一股焦味 哈哈",),
    ),
    Rule(
        "fire-en",
        Family.FIRE,
        FIRE | HYPERBOLE | HARD,
        r"(?<!mouth )(?<!mouth is )(?<!tongue )(?<!tongue is )on fire|caught fire|"
        r"catch(?:ing)? fire|"
        r"fire in (?:the|my|our|an?|electric|meter|fuse)|real fire|house fire|kitchen fire|"
        # a fire placed in the building (FIRE on the 9th floor of bldg 4)
        r"fire (?:on|at) (?:the )?(?:\d+(?:st|nd|rd|th)? )?(?:floor|level|stairs|stairwell|"
        r"balcony)|"
        r"fire (?:in|on|at) (?:bldg|building|block|unit|flat|room|apartment)|"
        r"full of (?:black |thick |white |grey |gray )?smoke|"
        r"smell(?:s|ing)? (?:of |like )?gas|strong gas|gas leak|leaking gas|"
        r"smell(?:s|ing)? (?:so |really |very |super )?(?:strong|strongly|bad|badly) "
        r"(?:of|like) gas|"
        # the gas itself said to leak (gas is leaking in the kitchen, the gas's escaping)
        r"gas (?:is |'s |keeps |still |is still )?(?:leaking|escaping)|"
        r"(?:burst|bursting|went up|going up|is) (?:into|in) flames|"
        r"gas smell|"
        # bottled gas (smell of LPG, a propane leak)
        r"smell(?:s|ing)? (?:of |like )?(?:lpg|propane|butane)|(?:lpg|propane|butane) "
        r"(?:smell|leak|is leaking)|"
        # the gas pipe or hose said to leak (our gas pipe is leaking, hissing sound)
        r"gas (?:pipe|line|hose|valve|meter|cylinder|tank|bottle|stove|cooker)s? (?:is |are |'s )?"
        r"(?:leaking|hissing)|"
        r"smell of burning|"
        r"burning smell|smell(?:s|ing)? burning|see flames|flames (?:in|coming|from|everywhere)|"
        # something electrical giving off smoke (the ceiling light is sparking and smoking)
        r"(?:sparking|sparks) and (?:now |then )?smok\w*|smoking and spark\w*|"
        r"(?:light|lamp|socket|outlet|plug|"
        r"wire|wiring|cable|fuse ?box|heater|charger|switch|meter|tv|fridge|microwave|e-?bike|"
        r"battery)(?: [a-z]+)? (?:is |are |was |started )?(?:smoking|smouldering|"
        r"smoldering)(?![a-z])",
        by_words=True,
        group="fire",
        says=(
            "the kitchen is on fire",
            "water is dripping into the ceiling light and now it's sparking and smoking",
            "the e-bike battery is smoking in the hallway",
        ),
        calm=("Reminder: if you smell gas, leave and call 119, do not use switches",),
    ),
    Rule(
        "there-is-a-fire-en",
        Family.FIRE,
        FIRE | HARD,
        r"(?:there'?s|there is|we have) (?:a )?fire",
        group="fire",
        says=("There's a fire in the kitchen!! Room 903",),
    ),
    Rule(
        "smoke-pouring-en",
        Family.FIRE,
        FIRE | HARD,
        r"(?:smoke|flames)(?: and (?:sparks|flames|smoke))? (?:is |are )?"
        r"(?:coming|everywhere|pouring)",
        group="fire",
        says=("fire on 8th floor smoke everywhere",),
    ),
    # smoke or flames in a place of the building (smoke in the stairwell)
    Rule(
        "smoke-in-a-place-en",
        Family.FIRE,
        FIRE | HARD,
        r"(?:smoke|flames?) (?:is |are )?(?:in|on|from|filling|coming out of|all over) "
        r"(?:the |our |my |his |her |a )?(?:\d+(?:st|nd|rd|th)? )?(?:stairwell|stairs|staircase|"
        r"hallway|corridor|kitchen|building|lift|elevator|apartment|flat|room|lobby|basement|"
        r"garage|unit|floor \d+|floor|level \d+)",
        group="fire",
        says=("there is smoke in the hallway outside 1502",),
    ),
    # fire: smoke, flames, a home that caught fire, gas smelt as rotten eggs
    Rule(
        "smoke-zh",
        Family.FIRE,
        FIRE | HYPERBOLE | HARD,
        r"冒(?:烟|黑烟|浓烟)|(?:家|屋|房子|厨房|锅|油|楼|房间|车)(?:里|里的油|里面)?着了(?!凉)|"
        r"臭鸡蛋(?:的)?味[^。!?]{0,20}(?:燃气|煤气|天然气)|"
        r"(?:燃气|煤气|天然气)[^。!?]{0,20}臭鸡蛋(?:的)?味|"
        rf"(?:煤气|燃气|天然气){CLAUSE_CHAR}{{0,4}}(?:好|很|一股|有股|好大|很大|很重|好重|好冲|很冲)(?:的)?味|"
        r"(?<![a-z])fire\s*!",
        by_words=True,
        group="fire",
        says=(
            "快来 我家着了",
            "fire! bldg 3",
        ),
        calm=("烟囱冒烟了 锅炉房开始烧了",),
    ),
)
GAS_RULES: tuple[Rule, ...] = (
    # gas heard hissing beside its smell, or a light not switched on for fear of it
    Rule(
        "gas-hissing-zh",
        Family.GAS,
        HARD,
        r"嘶嘶(?:响|声|的声音)[^。!?]{0,12}(?:臭味|煤气味|燃气味|气味|味道)|(?:臭味|煤气味|燃气味|臭鸡蛋味)"
        r"[^。!?]{0,24}不敢(?:开灯|开关|打火|按门铃|开电)",
        says=("燃气管那边嘶嘶响 一股臭味 3-1-502",),
    ),
    Rule(
        "gas-leak-zh",
        Family.GAS,
        FIRE | HARD,
        rf"(?:煤气|燃气|天然气)(?:泄漏|泄露|漏了|{NON_NEGATION_CHAR}{{0,8}}(?:一股(?:臭)?味|有味|味道很|漏))",
        group="fire",
        says=("煤气泄漏",),
        calm=("下午进行燃气泄漏应急演练 请配合",),
    ),
    Rule(
        "gas-hiss-zh",
        Family.GAS,
        FIRE | HARD,
        r"(?:煤气|燃气|液化气|天然气)(?:罐|管子?|阀门?)?(?!灶)[^。!?]{0,4}(?:嘶嘶|呲呲|滋滋)|"
        # a stove that will not light and hisses: the gas flows unlit
        r"(?:煤气|燃气)灶(?:打不着|点不着|打不燃|点不燃)[^。!?]{0,8}(?:咝咝|嘶嘶|呲呲|滋滋)|"
        # a valve or stove that will not shut while gas comes out (煤气灶关不掉了 一直往外冒气)
        r"(?:煤气|燃气|液化气|天然气)(?:灶|阀|阀门|罐|开关)?(?:关不掉|关不上|关不住|拧不上|拧不紧)"
        r"[^。!?]{0,10}(?:冒气|漏气|往外冒|有味|一股味|好臭|嘶嘶)",
        group="fire",
        says=(
            "煤气罐那边嘶嘶响 一股味 不敢动",
            "燃气灶打不着 一直有咝咝声 满屋子都是气味 头晕 3-2-1201",
            "液化气阀门拧不紧 一直往外冒 好臭",
        ),
    ),
    # the flame out and the gas still coming (火是灭的 气一直在出): a leak though nobody says one
    Rule(
        "gas-flowing-unlit",
        Family.GAS,
        FIRE | HARD,
        r"(?:煤气|燃气|液化气|天然气)[^。!?]{0,30}(?:火(?:是|早|都|也)?(?:灭|熄)(?:的|了|掉了)|"
        r"没(?:有)?(?:火|点着))[^。!?]{0,12}(?:气|煤气|燃气)(?:还|一直|还在|一直在|不停(?:地|的)?)"
        r"(?:在)?(?:出|冒|漏|往外|跑)|"
        r"(?:flame|fire|burner)s? (?:is |was |has |had )?(?:gone |went |blown |blew )?(?:out|off)"
        r"[^.!?]{0,30}"
        r"gas (?:is |was )?(?:still |keeps )(?:coming|pouring|flowing|leaking|escaping)",
        group="fire",
        says=(
            "她开着煤气灶出门了 火是灭的 气一直在出 家里一股味",
            "the burner went out but the gas is still coming out and the kitchen stinks",
        ),
        calm=("如果煤气灶火灭了 气一直在出 先关阀门再开窗",),
    ),
    # gas heard escaping (the flame went out and the gas is still hissing)
    Rule(
        "gas-hiss-en",
        Family.GAS,
        FIRE | HARD,
        r"gas (?:is |was |keeps |still |just )*hissing|hiss\w* (?:of|from) (?:the )?gas",
        group="fire",
        says=("the stove flame went out but the gas is still hissing, she's dizzy",),
        calm=("the gas was hissing earlier, the gas company fixed it, all fine now",),
    ),
    # afraid to make a spark in a room that smells of gas (一屋子的味 不敢开灯)
    Rule(
        "no-spark-dared",
        Family.GAS,
        FIRE | HARD,
        r"(?:煤气|燃气|液化气|天然气|嘶嘶|咝咝|味|臭|冒气|漏气)[^。!?]{0,12}"
        r"不敢(?:开灯|关灯|开电|按开关|碰开关|打火|点火)|"
        r"不敢(?:开灯|按开关|碰开关|打火|点火)[^。!?]{0,12}(?:煤气|燃气|液化气|天然气|气味|味道)|"
        r"(?:smells?|smelling) (?:of |like )?gas[^.!?]{0,30}"
        r"(?:afraid|scared|too scared|don'?t dare) to "
        r"(?:turn|switch|flip) (?:on|off) (?:the )?(?:lights?|switch)",
        group="fire",
        says=(
            "煤气灶那边嘶嘶响 一屋子的味 不敢开灯 9幢",
            "the kitchen smells of gas and I'm scared to switch on the lights",
        ),
    ),
    # fumes from a burner (a water heater, a stove, charcoal) and someone dizzy, sick or down:
    # carbon monoxide until proved otherwise, even when nobody says "gas leak"
    Rule(
        "fumes-with-symptoms",
        Family.GAS,
        HARD,
        r"(?:热水器|燃气|煤气|天然气|炉子|灶|炭|暖气片|锅炉)[^。!?]{0,12}(?:怪味|异味|味道|气味|臭味|"
        r"烟)[^。!?]{0,40}?(?:头晕|头疼|头痛|想吐|恶心|晕倒|晕过去|倒在地上|躺在地上|没力气|站不起来)|"
        r"(?:water heater|boiler|heater|stove|furnace|gas|charcoal)[^.!?]{0,30}(?:smell|fumes|"
        r"odou?r)[^.!?]{0,80}?(?:dizzy|nauseous|sick|headache|passed out|collapsed|on the floor|"
        r"can'?t get up|fainted)|"
        r"(?:smell|fumes|odou?r)[^.!?]{0,30}(?:water heater|boiler|heater|stove|furnace|charcoal|"
        r"(?<![a-z])gas(?! station)(?![a-z]))"
        r"[^.!?]{0,80}?(?:dizzy|nauseous|sick|headache|passed out|collapsed|on the floor|"
        r"can'?t get up|fainted)|"
        # a generator run indoors, and the family dizzy (its fumes have no smell)
        r"发电机[^。!?]{0,16}(?:屋里|室内|家里|楼道|走廊|阳台|客厅|厨房|开着|一直开)[^。!?]{0,30}?"
        r"(?:头晕|头疼|头痛|想吐|恶心|晕倒|晕过去|樱桃红|没力气)|"
        r"generator[^.!?]{0,30}(?:indoors|inside|in the (?:flat|hallway|corridor|kitchen|"
        r"living room))[^.!?]{0,80}?(?:dizzy|nauseous|sick|headache|passed out|collapsed|fainted)",
        group="fire",
        says=(
            "发电机放在楼道里开着 我们全家头晕想吐",
            "we ran the generator inside the flat and now we're all dizzy with headaches",
            "卫生间热水器那边有股怪味 我洗澡洗到一半头晕想吐 我老婆现在躺在地上说没力气",
            "厨房炉子一股怪味 我妈和我都头疼恶心 我爸晕过去了",
            "there's a weird smell from the boiler, my son is dizzy and my wife is on the floor",
            "mom smelled gas all evening and it's still strong, now she has a headache",
        ),
        calm=(
            "如果热水器有怪味 感觉头晕 请马上开窗通风",
            "If the water heater gives off a strange smell and you feel dizzy, open the windows",
        ),
    ),
    # the smell of gas (the odorant smells of rotten eggs) in a shared place or growing: leave,
    # no switches, even when nobody says "leak" (round 17: "楼道一股臭鸡蛋味儿 越来越冲")
    Rule(
        "gas-smell",
        Family.GAS,
        FIRE | HARD,
        r"(?<!下水道)(?<!地漏)(?<!马桶)(?<!厕所)(?:一股|有股|好大一股|全是|满是|满屋子?(?:都是)?)"
        r"(?:煤气|燃气|天然气|液化气|臭鸡蛋)(?:的)?(?:味|气味|臭味)|"
        r"(?:臭鸡蛋|煤气|燃气|天然气|液化气)(?:的)?(?:味|气味|臭味)[^。!?]{0,10}?(?:越来越|越发|更加?)"
        r"(?:大|浓|重|冲|呛|明显|厉害)|"
        r"(?:rotten[- ]eggs?|sulphur|sulfur)(?: smell| stench| odou?r| stink)?[^.!?]{0,40}?"
        r"(?<![a-z])(?:stronger|worse|everywhere|hallway|corridor|stairwell|stairs|kitchen|lift|"
        r"elevator|building|landing)(?![a-z])|"
        r"(?:smells?|stinks?|reeks?|stinking|reeking) (?:of |like )gas(?! station)(?![a-z])",
        group="fire",
        says=(
            "楼道一股臭鸡蛋味儿 越来越冲 四单元这边",
            "走廊有股臭鸡蛋的味道 整层楼都是",
            "Strong rotten egg smell in the stairwell of Block 4, getting worse",
            "the whole corridor reeks of gas",
        ),
        calm=(
            "燃气公司通知 明天燃气演练 楼道里会有一股煤气味 请勿惊慌",
            "Earlier the rotten egg smell in the hallway turned out to be the drains, all fine now",
        ),
    ),
)
SUICIDE_RULES: tuple[Rule, ...] = (
    # about to jump, or to end it tonight
    Rule(
        "about-to-jump-or-end-it",
        Family.SUICIDE,
        HYPERBOLE | HARD,
        rf"(?:要|想|准备)(?:(?:从|在){CLAUSE_CHAR}{{0,6}})?跳下去|"
        # the pills kept for it, taken tonight (tonight I'm going to take all of them)
        r"(?<![a-z])(?:tonight|today|now) i'?m (?:going to take|gonna take|taking|swallowing) "
        r"(?:all of )?(?:them|the pills|my pills|the tablets)(?: all)?(?![a-z])|"
        # broken English says it with no place named (tonight I will jump)
        r"(?<![a-z])(?:tonight|today|now) i (?:will|'?ll|am going to|gonna) jump(?! rope)|"
        r"(?<![a-z])i(?: will|'?ll| am going to| gonna|'?m going to|'?m gonna) jump "
        r"(?:tonight|today|now)(?![a-z])|"
        # the pills named, then all of them taken tonight (60 paracetamol ... take them all tonight)
        r"(?:pills|tablets|paracetamol|panadol|tylenol|ibuprofen|sleeping pills|meds)[^.!?]{0,40}"
        r"(?:going to|gonna|will|i'?ll) (?:take|swallow) (?:them|these|those|it) all(?![a-z])|"
        # nobody would notice the jump: said of oneself, it is the statement
        r"(?:nobody|no one|no-one) (?:would|will|'d) (?:even )?(?:notice|care|miss me)[^.!?]{0,8}"
        r"if i (?:jumped|killed myself|ended it|took all)(?![a-z])|"
        r"(?:going to|gonna|about to|plans? to|planning to|want to|wanna|i'?ll|i will) end it"
        r"(?: all)?"
        r"(?: tonight| today| now)|"
        # ending it, said in the present (I'm ending it tonight), not a call or a chore ended
        r"(?<![a-z])i(?:'m| am|m) ending (?:it(?: all)?|things|everything|my life)"
        r"(?= tonight| today| now|\s*[.,!;]|\s*$)|"
        # going to jump, said flat and left there (I'm going to jump. Sorry everyone.)
        r"(?<![a-z])i(?:'m| am|m) (?:going to|gonna|about to) jump(?=\s*(?:[.!。,，;]|$))|"
        # the window's screen or guard taken off to jump (纱窗已经拆了 我要跳了)
        rf"(?:纱窗|窗户|护栏|防盗窗|防护网|防护栏){CLAUSE_CHAR}{{0,6}}(?:拆|卸|打开|推开|剪开)"
        r"[^。!?]{0,12}(?:要|准备|想)跳(?![绳舞槽广远高水伞])|"
        # someone told to be about to jump (she just messaged me that she's going to jump)
        r"(?<![a-z])(?:she|he|they)(?:'s| is| are|'re)? (?:going to|gonna|about to) jump"
        r"(?! (?:rope|on|in|into|up|at|over|ship|the queue|ahead|around|for joy|out of|through))"
        r"(?![a-z])|"
        # up high, saying she will jump (在阳台上哭说要跳), not 跳绳/跳舞/跳槽
        rf"(?:阳台|天台|楼顶|顶楼|窗台|窗户|窗边){CLAUSE_CHAR}{{0,8}}(?:哭|喊|嚷|闹|说)(?:着)?(?:说)?"
        r"要跳(?![绳舞槽广远高水伞])|"
        r"(?<![a-z])(?:on|at|by) (?:the |a |her |his )?(?:balcony|roof|window|ledge)[^.!?]{0,30}"
        r"(?:saying|says|said|screaming|crying|shouting|yelling)[^.!?]{0,12}(?:she|he|they|i)"
        r"(?:'ll| will|'s going to| is going to| wants? to| gonna) jump(?! rope)|"
        # up high and saying sorry to the family (on the rooftop now, tell my mum sorry)
        r"(?<![a-z])(?:on|at) (?:the )?(?:roof|rooftop|ledge|balcony railing|balcony)[^\n]{0,60}"
        r"tell (?:my )?(?:mum|mom|mother|dad|father|parents|family|everyone|sister|brother|husband|"
        r"wife|kids|children|son|daughter|friends) (?:i'?m |im )?sorry|"
        rf"(?:天台|楼顶|顶楼|栏杆){CLAUSE_CHAR}{{0,6}}[^。!?]{{0,20}}(?:跟|替我跟|帮我跟|告诉)"
        r"(?:我妈|我爸|爸妈|家里|我家人)(?:说)?(?:声)?(?:对不起|抱歉)",
        group="suicide",
        says=(
            "阿姨坐在阳台栏杆上 一直喊要跳下去",
            "I'm on the rooftop of block 5 now. tell my family I'm sorry",
            "standing on the balcony now. tell my brother im sorry",
            "我在楼顶 帮我跟我妈说声对不起",
            "刚才在群里说想不开的那个邻居 我听到她在阳台上哭说要跳 谁离得近快去敲门",
            "my neighbour is on the balcony crying and saying she'll jump, someone go now",
            "someone posted that they're going to end it tonight",
            "forgive me, I wanna end it all tonight",
            "Nobody care. Tonight I will jump.",
            "no one would even care if I jumped. bye",
            "my friend upstairs texted that she's going to jump, someone go to her flat",
            "re: the check-in. I'm going to jump tonight, sorry everyone",
            "please feed my dog when I'm gone. I'm ending it tonight",
            "I took the screen off the window. I'm going to jump. Goodbye",
            "纱窗已经拆了 我要跳了 对不起大家",
            "I've saved up my sleeping pills. Tonight I'm going to take all of them.",
            "I have 40 sleeping pills and I'm going to take them all tonight. Sorry.",
            "kept all my sleeping pills for this. tonight im swallowing them all",
        ),
        calm=("这游戏再输我就要跳下去了哈哈",),
    ),
    Rule(
        "suicidal",
        Family.SUICIDE,
        HARD,
        r"不想(?:再)?活(?:下去|落去)|不想(?:明天|以后|明早)?再?醒(?:过来|来)了?|再也不想醒|不会再醒(?:过来|来)?了|活不下去|活着(?:真|都|太|也|嘛)?(?:没|无)(?:有)?意思|自杀|轻生|结束(?:自己的)?生命|了结自己|"
        r"寻死|割了?(?:手)?腕|结束这一切|了结这一切|安眠药[^,。!?;\s]{0,2}(?:攒|存|囤)(?:好|够)|"
        r"(?:攒|存|囤)(?:了|好了|够了)[^,。!?;\s]{0,3}安眠药|"
        r"一了百了|遗书|结束自己|don'?t want to be here anymore|want to disappear|"
        r"不想活[^。!?]{0,30}(?:煤气|燃气|天然气)[^。!?]{0,6}(?:打开|开着|开了)|"
        # the pills 'enough this time'
        r"(?:pills|tablets|meds)[^.!?]{0,8}enough this time|"
        r"no point (?:in )?living|end(?:ing)? my (?:own )?life|end it all|ending it all|"
        # a note written so that someone finds one (writing this so someone finds me)
        r"so (?:someone|somebody|you) (?:finds|will find|can find) me|"
        r"end my life|kill (?:myself|himself|herself|themselves)|"
        r"killing myself|"
        r"suicid\w*(?!\w)(?! prevention| hotline| helpline| awareness| crisis (?:line|hotline|"
        r"centre|center))|"
        r"(?:don'?t|doesn'?t|does not|do not) want (?:to )?(?:live|be alive|wake up)|"
        r"no reason to live|better off dead|"
        # no reason left to go on (not to keep going to the market)
        r"(?:no|(?:don'?t|do not|can'?t|cannot) see (?:any|a|the)) (?:reason|point) (?:to|in) "
        r"(?:keep(?:ing)? going|going on|go on)(?! (?:to|out|outside|back|there|with))(?![a-z])|"
        r"goodbye (?:letters?|notes?)|suicide notes?|take my (?:own )?"
        r"life|hurt myself|harm myself|self[- ]harm|not worth living|"
        r"(?:can'?t|cannot|can not) go on|(?:don'?t|do not) think i can (?:go on|keep going)|"
        r"don'?t want to go on(?= *(?:[.!,;]|$|any ?more|living|like this))|"
        # said in broken English (she is cutting herself and say she want die)
        r"(?:cutting|cut|will cut|going to cut) (?:herself|himself|myself|themselves|her wrists?|"
        # not a kitchen or shaving nick (cut myself on the mandoline, cut myself twice)
        r"his wrists?|my wrists?)(?! (?:on|with|while|shaving|chopping|slicing|cooking|"
        r"peeling|opening|twice|again|earlier|a (?:bit|little)|slightly|by accident|"
        r"accidentally)(?![a-z]))|"
        r"(?:take|took|taken|eat|ate) all (?:his|her|my|the) (?:pills|tablets|medicine|meds) "
        r"to die|"
        r"(?<![a-z])(?:(?:she|he) (?:want|wants|wanna) (?:to )?die|i (?:want|wanna) die)(?![a-z])|"
        # all one's pills tonight, thought of or meant (thinking of taking all my sleeping pills)
        r"(?:thinking (?:of|about)|going to|gonna|want to|wanna|plan(?:ning)? to) (?:take|taking|"
        r"swallow|swallowing) (?:(?:all|every one) (?:of )?my (?:sleeping )?(?:pills|tablets|meds)|"
        r"them all)|"
        r"想(?:把|要)?(?:安眠药|药)(?:全|都)(?:部)?(?:吃|吞)(?:了|掉)|"
        # someone else said to mean it (she's going to take all her pills and end it)
        r"(?:going to|gonna|will|wants? to|threaten\w* to) (?:take|swallow|inject) all (?:of )?"
        r"(?:her|his|their) (?:sleeping )?(?:pills|tablets|meds|insulin)|"
        # every pen or pill at once, to be done with it (inject every one of them)
        r"(?:inject|take|swallow|use) (?:every (?:one|single one|last one)|all) of (?:them|my "
        r"(?:insulin|pills|pens|tablets))[^.!?]{0,20}(?:done with it|end it|be done|finish it)",
        group="suicide",
        says=(
            "活不下去了",
            "i want to kill myself",
            "I don't want live anymore. Nobody care.",
            "honestly thinking of taking all my sleeping pills tonight, no one would notice",
            "想把安眠药全吃了 一了百了",
            "gonna take all of my pills and be done with it",
            "he says he's going to inject all his insulin tonight",
            "I don't see any reason to keep going. Goodbye everyone.",
        ),
        calm=(
            "我不是想自杀 只是今天好累",
            "I'm not suicidal, just really tired of lockdown",
        ),
    ),
    Rule(
        "wants-to-die",
        Family.SUICIDE,
        HYPERBOLE | HARD,
        # not missing someone or something (我想死它了, 想死火锅了)
        r"想死(?!你|我|他|她|它|大家|了你|(?![算掉很好久的啊呀去一])[^,，。!！?？\s了]{1,8}了)|"
        r"不活了|我(?:要|想)去死|不想活了|不想再撑(?:下去)?了|不想撑下去了|永别了|"
        # too ashamed to go on living (连累全楼 我没脸活下去了)
        r"没脸(?:再)?活(?:下去|着)了?|"
        r"跳楼(?!价|大甩卖|甩卖)|want to die|wanna die|"
        # said in a second language (i think better i die)
        r"(?<![a-z])better (?:i|me|that i|if i) (?:die|dead|am dead|go die)(?![a-z])|"
        # better off without me, a way worked out (I've worked out how to do it tonight)
        r"(?:taken|took|swallowed) (?:everything|all the pills|all the meds|all the tablets) "
        r"(?:in|from) (?:the|my|his|her) (?:medicine )?(?:cabinet|drawer|box)|"
        r"(?:window|balcony|roof|rooftop|ledge|railing)[^.!?]{0,40}thinking (?:about|of) jumping|"
        r"better off if i (?:was|were|am|'m) (?:dead|gone)|(?:worked|figured) out "
        r"(?:how|when) (?:to|i'?ll|i will|i'?m going to) do it|"
        r"(?:don'?t|do not) want to be here (?:tomorrow|tonight|anymore|any ?more)|"
        # the means made ready, then sorry or goodbye (药都准备好了 对不起大家)
        r"(?<![明今后天的])药(?:都|已经|我|我已经|我都|已)?(?:准备|备|攒|存)(?:好|够)了[^。!?]{0,24}(?:对不起|再见|"
        r"永别|别找我|别救我|下辈子)|"
        # the pills poured out beside a farewell (我走了你们就轻松了 … 把安眠药全倒在桌上)
        r"(?:我走了|轻松了|不想活|活着没意思|对不起(?!打扰))[^。!?]{0,60}(?:安眠药|药片?)[^。!?\s]{0,3}(?:全|都)"
        r"(?:倒|摊|摆)(?:在|出来)|(?:安眠药|药片?)[^。!?\s]{0,3}(?:全|都)(?:倒|摊|摆)(?:在|出来)"
        r"[^。!?]{0,60}(?:我走了|轻松了|不想活|活着没意思|对不起(?!打扰))|"
        # (准备好药了 对不起我妈: the words the other way round)
        r"(?<![明今后天准])(?<!明天准)(?<!今天准)(?:准备|备|攒|存)(?:好|够)(?:了)?(?:安眠)?药了?"
        r"[^。!?]{0,24}(?:对不起|再见|永别|别找我|别救我|下辈子)|"
        r"(?:jump|walk)(?:ing)? off (?:the|a|my|this|her|his|their) "
        r"(?:roof|building|balcony|bridge|ledge)",
        group="suicide",
        says=(
            "想死 😭😭😭 没人在乎我",
            "活咧嘛無意思 我欲去死 藥仔攏準備好矣",
            "我不想活了",
            "I'll jump off the bridge tonight",
            "I keep thinking about jumping off the balcony",
            "so tired of all, i think better i die. sorry",
            "they'd all be better off if I was gone. I figured out how to do it",
            "活着太累了 药我已经存好了 下辈子再见",
        ),
        calm=(
            "加班加到想死",
            "jumping off the balcony in GTA lol",
            "我不想活了 今天的外卖也太难吃了吧😂",
        ),
    ),
    # suicidal goodbyes
    Rule(
        "suicidal-goodbye",
        Family.SUICIDE,
        HARD,
        r"(?:这是我|我的)最后一条(?:消息|信息)|遗言|遗书|绝笔|不想(?:再)?拖累|"
        # no more trouble after tonight (今晚之后就不麻烦大家了)
        r"(?:今晚|今天|明天)(?:之后|以后|过后)[^。!?]{0,4}(?:不|不会)(?:再)?麻烦|"
        r"(?:天台|楼顶|窗台|阳台)(?:边|上|边上|边缘)?[^。!?]{0,12}(?:再见|永别|告别)|"
        # a farewell sent to family or the group (刚发消息跟我们告别, 发了条告别的微信)
        r"(?:发|留)(?:了)?(?:条|个|段)?(?:消息|信息|微信|短信|语音)[^。!?\s]{0,2}(?:跟|给|向|和)"
        r"(?:我们|我|家人|大家|家里人?)告别|发(?:了)?(?:条|个|段)?告别的?(?:消息|信息|微信|短信|语音)|"
        rf"(?:留给|给){CLAUSE_CHAR}{{0,4}}的信{CLAUSE_CHAR}{{0,3}}(?:写好|留好)|"
        r"jump (?:from|off) (?:the |my |a |this )?(?:roof|building|balcony|bridge|window)|"
        r"(?:要|想|准备)往下跳|(?:今晚|今天|马上|现在)(?:就)?(?:要)?跳下去|(?:站|坐|爬)(?:在|到|上)(?:了)?(?:顶楼|楼顶|\d+楼)?(?:的)?"
        r"(?:窗台|窗户|天台|楼顶|阳台|栏杆)(?:的)?"
        r"(?:外面|外边|外|边上|边缘|上面)|爬出(?:了)?窗|"
        r"done with (?:everything|life|it all)|"
        # going together with the one cared for (今晚想和他一起走)
        r"(?:今晚|今天|明天|马上)?(?:想|要|准备)(?:和|跟|带着|抱着)[^。!?\s]{0,6}一起(?:走|去死|离开)(?!走|吧|去)|"
        # legs over the edge or out of the window (坐在天台边上 腿都伸出去了)
        rf"腿{CLAUSE_CHAR}{{0,2}}(?:伸|悬|挂|荡|垂)(?:了)?(?:出去|在外面|在外边|到外面|出窗外?|在栏杆外)|"
        # someone on the outer side of a railing or ledge, up high (legs dangling outside)
        r"(?<![a-z])(?:sitting|standing|climbing|climbed|perched|hanging|leaning) (?:on|over|"
        r"outside|off) (?:the |a |his |her |their )?(?:balcony |roof |window )?(?:railing|ledge|"
        r"parapet|edge of the roof|window ?sill)(?![a-z])",
        group="suicide",
        says=(
            "这是我最后一条消息了",
            "im done with everything. tonight i'll jump from the balcony",
            "a man is standing on the roof ledge of block 3, 20 floors up",
            "有人坐在顶楼天台边上 腿都伸出去了 一直在哭",
            "我真的撑不下去了 一个人照顾瘫痪的老伴三年了 今晚想和他一起走",
        ),
        calm=("my cat loves sitting on the balcony railing 😅",),
    ),
    # a farewell, the pet handed over, and the pills swallowed (谢谢大家的照顾 猫麻烦谁养一下
    # 药我已经都吃下去了); 药都吃完了 (run out) is an order, so only swallowed counts
    Rule(
        "farewell-pills-swallowed-zh",
        Family.SUICIDE,
        HARD,
        r"(?:照顾|永别|再见了|拜托|帮忙养|麻烦[^。!?]{0,6}养)[^。!?]{0,30}药[^。!?]{0,6}(?:都|全|全部)"
        r"(?:吃|吞)下去了|药[^。!?]{0,6}(?:都|全|全部)(?:吃|吞)下去了[^。!?]{0,30}(?:照顾|永别|再见|"
        r"拜托|帮忙养|麻烦[^。!?]{0,6}养)",
        group="suicide",
        says=("谢谢大家这段时间的照顾 我的猫麻烦谁帮忙养一下 药我已经都吃下去了",),
        calm=("以前的事了 谢谢大家的照顾 药都吃下去了 现在好了",),
    ),
    # letters left to the family, with a goodbye (either order); a laugh voids it
    Rule(
        "goodbye-letters-en",
        Family.SUICIDE,
        HYPERBOLE | HARD,
        r"(?:written|wrote|left|writing|leaving) (?:[\w']+ ){0,2}(?:letters?|notes?) (?:to|for) "
        r"(?:[\w']+ ){0,2}(?:family|kids|children|wife|husband|parents|loved ones).{0,60}?"
        r"(?:(?:goodbye|farewell|bye),? (?:to )?(?:everyone|everybody|all|friends|neighbou?rs|"
        r"world)|thank you for everything|take care of (?:them|my|each other)|"
        # an apology to all, or the pills laid out (the pills are on the table. I'm sorry everyone)
        r"(?:i'?m )?sorry,? (?:everyone|everybody|all)|sorry for everything|(?:the )?pills are "
        r"(?:on the table|ready|out|lined up))|"
        r"(?:goodbye|farewell),? (?:to )?(?:everyone|everybody|all|friends|neighbou?rs|world)"
        r".{0,60}?(?:written|wrote|left) (?:[\w']+ ){0,2}(?:letters?|notes?) "
        r"(?:to|for) (?:[\w']+ ){0,2}(?:family|kids|children|wife|husband|parents|loved ones)",
        group="suicide",
        says=(
            "I can't do this anymore. I've written letters to my family. Goodbye everyone, thank "
            "you for everything",
            "Farewell all. I left notes for my kids on the table",
            "I'm not ok. I wrote letters to my family and the pills are on the table. I'm sorry",
        ),
        calm=("Wrote letters to my family back home haha, goodbye everyone, off to bed",),
    ),
)
LABOUR_RULES: tuple[Rule, ...] = (
    Rule(
        "labour",
        Family.LABOUR,
        HARD,
        r"羊水(?:都|已经|也)?破了?|破水了|要生了|快生了(?!气)|(?<!假性)宫缩|临产|早产了|"
        # a birth under way at home, the head out (我老婆在家生了 头都出来了)
        r"在(?:家|家里|屋里|楼道里?|电梯里?|车上)生了(?![一两个\d])|头(?:都|已经)(?:出来了|露出来了?)|"
        # the baby coming and the urge to push (宝宝好像要出来了 她一直想用力)
        r"(?:宝宝|baby|头)[^,。!?]{0,4}(?:要|快)出来了[^。!?]{0,16}(?:想|要)(?:用力|使劲)"
        r"(?![推拉拿搬开关提抬拧])|"
        r"water (?:has |just )?broke(?:n)?|"
        r"waters "
        r"(?:have |just )?broken|in labou?r|going into labou?r|contractions|giving birth|"
        r"baby'?s coming|"
        r"baby is coming|about to give birth",
        group="labour",
        says=(
            "羊水破了",
            "my wife's water broke",
            "大家帮帮我 我老婆在家生了 头都出来了 12-1-1502",
        ),
    ),
    Rule(
        "labour-pains",
        Family.LABOUR,
        SOFT,
        r"阵痛|见红|一阵一?阵地?(?:疼|痛|发紧|紧|收缩)|(?:每|隔)?(?:\d{1,2}|[一两二三四五六七八九十]{1,2})分钟"
        r"(?:就)?(?:疼|痛)一次|(?:疼|痛|发紧|收缩)[^。!?]{0,12}越来越(?:密|频繁|勤)",
        group="labour",
        says=("老婆孕39周 肚子一阵一阵地疼", "孕38周 肚子发紧 疼了一个多小时 越来越频繁"),
        calm=("一阵一阵地疼 吃坏肚子了吧",),
    ),
    Rule(
        "waters-zh",
        Family.LABOUR,
        SOFT,
        r"(?:下面|下身)(?:流水|一直流水|湿了)",
        group="labour",
        says=("怀孕35周 肚子一阵紧一阵 下面流水了",),
        calm=("下面流水了 水管漏了",),
    ),
    # labour told indirectly: waters gone, pains at intervals, an early bleed
    Rule(
        "labour-en",
        Family.LABOUR,
        HARD,
        r"waters? (?:just |has |have )?(?:went|gone|broke)|(?:pains?|contractions?) every \d+ ?min|"
        r"(?:head|baby) is (?:coming out|crowning|visible)|"
        r"(?:宝宝|孩子|胎儿|小孩)的?头(?:都|已经)?(?:出来了|露出来了?|看到了|能看到了)|要生在(?:家|车|路)",
        group="labour",
        says=(
            "宝宝头都出来了！！！",
            "her waters just broke",
        ),
    ),
    Rule(
        "wet-trousers-zh",
        Family.LABOUR,
        SOFT,
        rf"裤子{CLAUSE_CHAR}{{0,4}}(?:全湿|湿了|湿透)",
        group="labour",
        says=("孕妇在楼道里摔了一跤，肚子很痛，裤子湿了一大片",),
    ),
    Rule(
        "pregnancy-bleed",
        Family.LABOUR,
        SOFT,
        r"(?:出血|流血|见红)了?|bleeding(?! gums)|"
        r"(?:bright red|fresh|a lot of|lots of|so much) blood|"
        r"blood,? (?:a lot|lots|everywhere)|(?:soaked|went|going) through (?:a |the |my )?pads?",
        group="pregnancy-bleed",
        says=(
            "怀孕36周 出血了",
            "28 weeks pregnant and soaked through a pad with blood in a few minutes",
        ),
        calm=("老婆切菜手指流血了 创可贴在哪",),
    ),
)
FALL_RULES: tuple[Rule, ...] = (
    Rule(
        "fell-cannot-get-up-zh",
        Family.FALL,
        HARD,
        # fallen in any dialect's words (折下来, 栽下来, 出溜, 卡倒): told within a line or two
        r"(?:[摔跌滑倒]|折下来|栽下来|栽倒|栽了|出溜|卡倒|掉下来|掉下去|掉到地|滚下来|滚下去|滚到地)"
        r"[^,。!?;]{0,14}"
        r"(?:起不来|站不起来|爬不起来|动不了|不能动|起不了身|起不到身)|"
        # a cry for help from someone who cannot get up (有人吗 帮帮我 402 我起不来了)
        r"(?:救命|帮帮我|有人吗|快来人)[^。!?]{0,16}(?:我|他|她)(?:起不来|爬不起来|站不起来)了|"
        # fallen and still not up (修漏水摔下来 到现在一直没起来)
        r"(?:[摔跌]|栽|掉)(?:下来|倒|了|下去)[^。!?;]{0,12}(?:一直|还|都)(?:没|没有)(?:起来|爬起来|站起来)|"
        # told over two clauses: 从床上摔下来了,一直喊疼爬不起来
        r"(?:摔|跌)(?:下来|倒|了)[^。!?;]{0,3}[,，][^,。!?;]{0,6}(?:爬不起来|站不起来|起不来)|"
        # heard calling that she cannot get up (砰的一声 然后听到老太太喊起不来了)
        r"(?:喊|叫|说)(?:着)?[\s:：“\"「『]*(?:她|他|我|自己)?(?:起不来|爬不起来|站不起来|起不到身)|"
        # stuck where one lies or sits (姥姥在浴缸里起不来了)
        r"(?:浴缸|浴盆|澡盆|马桶|地上|地板上|床底下?)(?:里|上)?[^,。!?;\s]{0,2}(?:起不来|站不起来|爬不起来)",
        says=(
            "奶奶摔倒了起不来",
            "俺爹从凳子上栽下来了 头磕着了 躺着起不来",
            "姥姥在浴缸里起不来了 腿没劲 水都凉了",
            "楼上602砰的一声 然后听到老太太喊起不来了 她一个人住的 谁有她家钥匙",
        ),
        calm=("疫情期间防止意外：老人洗澡注意防滑 摔倒起不来要及时呼叫",),
    ),
    # cannot get up and bleeding, the fall itself unsaid or mistyped (我爸到[倒]了 起不来 流血了)
    Rule(
        "cannot-get-up-bleeding",
        Family.FALL,
        HARD,
        r"(?<![早晨每天])(?:起不来|站不起来|爬不起来|动不了)了?(?!床)[^。!?]{0,6}(?<!没)(?<!没有)(?<!不)"
        r"(?<!无)(?:头|头上|脑袋|额头|脸|腿|手|身上|鼻子|嘴|地上)?(?:在|还在|一直)?"
        r"(?:流血|出血|淌血|全是血|一地血|一脸血)|"
        r"(?:流血|出血|淌血)了[^。!?]{0,6}(?:起不来|站不起来|爬不起来|动不了)(?!床)|"
        r"(?:can'?t|cannot|unable to) (?:get up|stand up|get off the floor)[^.!?]{0,30}"
        r"(?<!not )(?<!no )(?:bleeding|blood everywhere)|"
        r"(?:bleeding (?:badly|a lot|heavily|everywhere)|blood everywhere)[^.!?]{0,30}"
        r"(?:can'?t|cannot|unable to) (?:get up|stand up)",
        says=(
            "喂喂 有人吗 我爸到了 起不来 流血了 7-2-1101",
            "grandpa can't get up and his head is bleeding, 3-1-201",
        ),
        calm=("上周我爸摔了一跤 起不来 流血了 现在已经好了",),
    ),
    Rule(
        "cannot-get-up-after-fall-zh",
        Family.FALL,
        HARD,
        r"(?:起不来|站不起来|爬不起来)了?[^,。!?;]{0,6}(?:摔|跌|地上)",
        says=("奶奶起不来了 摔在地上 快来人",),
    ),
    Rule(
        "down-on-the-floor-zh",
        Family.FALL,
        HARD,
        rf"(?:躺|趴|瘫)在?地(?:上|板上|下)?{CLAUSE_CHAR}{{0,3}}(?:起不来|爬不起来|不动|动不了|不说话|不吭声|"
        r"不出声|没声音|没反应|不醒|不睁眼|不理)|(?:躺|趴|瘫)着[^,。!?;]{0,2}(?:起不来|爬不起来|动不了)|"
        r"摔[^,。!?;]{0,8}(?:头|脑袋|额头)[^,。!?;]{0,2}(?:破了|流血|出血)|"
        r"摔伤了?头|"
        # found lying on the floor, seen through a door or a window (从猫眼看到人躺在客厅地上)
        r"(?:看到|看见|发现)[^,。!?;]{0,6}(?:躺|趴|倒)在[^,。!?;]{0,4}地(?:上|板|下)"
        r"(?![^,。!?;]{0,4}(?:打滚|玩|睡|晒|做|练))|"
        # (not a fracture being followed up: 骨折要去医院复查, 骨折三周了 拆石膏)
        # (nor one healing, 腿骨折还没好, nor one asked about, 想让医生看下是不是骨折)
        r"摔断|(?<!是不是)(?<!是否)(?<!会不会)(?<!怕是)(?<!有没有)"
        r"骨折(?![^。!?]{0,10}(?:复查|复诊|拆石膏|拆线|换药|康复|恢复|石膏|夹板|固定))"
        r"(?!还没(?:好|长好|痊愈)|没(?:好|长好)|了?(?:吗|没有|没))|"
        r"(?:摔|跌|倒|掉)[^。!?]{0,10}(?:一动不动|动也不动|不动了)|"
        # a child fallen who neither cries nor moves (从床上掉下来 不哭也不动)
        r"(?:摔|跌|掉)(?:下来|下去|了)[^。!?]{0,6}(?:不哭(?:也|又)?不动|不哭不闹)|"
        rf"骨头{CLAUSE_CHAR}{{0,3}}(?:戳|露|穿|刺|支)(?:了)?出来|"
        r"(?:bone|bones) (?:is |are )?(?:sticking|poking|coming) out|open fracture",
        by_words=True,
        says=("老人躺地板上动不了", "敲门没人应 从猫眼看到人躺在客厅地上"),
        calm=("我家猫从阳台掉下去了，不动了，好难过",),
    ),
    Rule(
        "fell-cannot-get-up-en",
        Family.FALL,
        HARD,
        r"(?:fell|fallen|fall|slipped|tripped|tumbled|(?:taken|took|had) a tumble)(?! asleep)"
        r"[^.;!?]{0,40}(?:\.\s*[^.;!?]{0,12})?"
        r"(?:(?:can'?t|cannot|can not|unable to|couldn'?t|won'?t|not able to) (?:get up|stand|move|"
        r"get (?:herself|himself|themselves|myself) up)|(?:is |'s |isn'?t |not )+getting up)",
        says=(
            "Alone here, slipped off the step stool. can't get up. Room 802",
            "my grandma fell in the bathroom and can't get up, 快来帮忙 room 1102",
            "grandpa fell and can't get up",
        ),
    ),
    Rule(
        "cannot-get-up-en",
        Family.FALL,
        HARD,
        r"(?:can'?t|cannot) get up[^.!?]{0,20}(?:fell|fall|floor)",
        says=("grandma can't get up, she fell in the bathroom",),
    ),
    Rule(
        "on-the-floor-en",
        Family.FALL,
        HARD,
        r"(?:lying|lies|laying) on (?:the )?(?:floor|ground)|"
        # heard through the door saying so (a thud, and she says she can't get up)
        r"(?:says|said|saying|shouting|calling|calls|yelling|crying|screaming)(?: out)?(?: that)? "
        r"(?:she|he|they|i) (?:can'?t|cannot|couldn'?t|is unable to|could not) get up|"
        r"(?:floor|ground)[^.!?]{0,40}(?:can'?t|"
        r"cannot|unable to) get up|"
        # lying somewhere and not moving (the auntie is lying in the bathroom not moving)
        r"(?:lying|lies|laying|slumped|sprawled) (?:in|on|by|at) (?:the |her |his )?(?:bathroom|"
        r"kitchen|hall|hallway|corridor|floor|ground|stairs|doorway|bed|sofa|toilet)[^.!?]{0,20}"
        r"(?:not moving|motionless|isn'?t moving|won'?t move|doesn'?t move|not responding)|"
        # found on the floor (found him on the floor with empty pill packets)
        r"found (?:him|her|them|(?:my |our )?(?:dad|mum|mom|father|mother|grandma|grandpa|granny|"
        r"husband|wife|son|daughter|roommate|flatmate|neighbou?r|friend|partner)) (?:lying |"
        r"collapsed |passed out )?(?:on|in) the (?:floor|ground)|"
        r"broke (?:his|her|my) (?:hip|leg)|hit (?:his|her|my) head|"
        # found lying by a door, saying she cannot stand (lying by the door, says she can't stand)
        r"(?:lying|lies|laying) (?:by|at|near|in|on) (?:the )?(?:door|doorway|hall|hallway|"
        r"corridor|floor|ground|bathroom|kitchen|stairs)[^.!?]{0,50}(?:can'?t|cannot|unable to|"
        r"couldn'?t) (?:stand|get up)",
        says=(
            "grandpa on the floor in kitchen, he cannot get up",
            "the grandma inside is lying by the door, she can hear me but says she can't stand up",
            "big bang from 1203 and the old man is calling that he can't get up",
        ),
    ),
    Rule(
        "elder-fell-zh",
        Family.FALL,
        SOFT,
        r"(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|老人|老太太|老爷子|老母亲|老父亲|婆婆|公公|我爸|我妈|"
        # (not across an if: 奶奶说如果她哪天摔倒了 is hypothetical)
        rf"老爸|老妈)(?:(?!如果|要是|万一|假如){CLAUSE_CHAR}){{0,6}}"
        r"(?:摔倒|跌倒|摔了一跤|摔了|滑倒)",
        says=("奶奶摔倒了起不来",),
        calm=("上个月我奶奶摔了一跤 现在好多了",),
    ),
    Rule(
        "elder-fell-en",
        Family.FALL,
        SOFT,
        r"(?:grandma|grandpa|granny|grandmother|grandfather|elderly|old man|old woman|old lady|"
        r"my dad|my mom|my mum|my father|my mother)[^.,;!?]{0,20}(?:fell(?! asleep)|has fallen|"
        r"had a fall|"
        r"took a fall|slipped)",
        says=(
            "my grandma fell in the bathroom and can't get up, 快来帮忙 room 1102",
            "grandpa fell and can't get up",
        ),
        calm=("grandma fell last week but she's fine now, just a bruise",),
    ),
    # fallen off something and unable to stand or get up (fell off the ladder … can't stand up)
    Rule(
        "fell-cannot-stand-en",
        Family.FALL,
        HARD,
        r"(?<![a-z])(?:fell|fallen|slipped|tripped|slid)(?! asleep| behind| in love| apart| for)"
        r"(?: [a-z']+){0,6}?[^.!?]{0,50}"
        r"(?:can'?t|cannot|can not|unable to|couldn'?t) (?:stand|get up|move|walk|"
        # the one who found them cannot lift them (she fell off the bed and I can't lift her)
        r"lift (?:him|her|them)|(?:get|pick|pull|help) (?:him|her|them) (?:back )?up)",
        says=(
            "fell off the ladder changing a bulb, my hip hurts so bad I can't stand up, 3-1-1104",
            "my wife slipped off the bed and I can't lift her, I'm 80, 3-2-101",
        ),
        calm=("I tripped on the stairs last week and couldn't walk for a day, all fine now",),
    ),
    # falls: head injury, a missed step, a deformed leg, a jump or fall from a height
    Rule(
        "head-injury-zh",
        Family.FALL,
        HARD,
        rf"头{CLAUSE_CHAR}{{0,2}}(?:磕|撞|摔)(?:破|出血|流血)|(?:磕|撞|摔)破了?(?:头|脑袋|额头)|头先着地|"
        r"后脑勺?(?:先)?着地|"
        rf"踩空|(?:楼梯|台阶){CLAUSE_CHAR}{{0,2}}(?:滚|摔|跌|栽)下|摔[^。!?]{{0,8}}(?:腿|胳膊|手){CLAUSE_CHAR}{{0,2}}(?:歪|变形)|"
        rf"从{CLAUSE_CHAR}{{0,4}}(?:楼|窗|阳台|楼顶|天台){CLAUSE_CHAR}{{0,2}}(?:跳|掉|摔|坠)下",
        by_words=True,
        says=("妈妈下台阶踩空了", "送菜的小哥摔下去了 后脑勺着地", "我妈在楼梯上摔下去了 快来"),
        calm=("手机从三楼掉下去了 屏幕碎了",),
    ),
    Rule(
        "fell-down-en",
        Family.FALL,
        HARD,
        r"(?:fell|fall|fallen) down[^.!?]{0,20}(?:no can|not|can'?t|cannot|can not) "
        r"(?:stand|get up|move)",
        says=("pls hlp my father fall down no can stand up Bldg 2 #301",),
    ),
    # someone who cannot be lifted, or has lain on the floor a long time (怎么扶都起不来)
    Rule(
        "cannot-be-lifted-zh",
        Family.FALL,
        HARD,
        # (fallen off a bed too: 从床上掉下来了 我一个人抱不起来)
        r"(?:摔|跌|倒|躺|地上|地板|滑下|滑到|滑倒|掉下来|掉下去|掉到地|滚下来|滚下去)[^。!?]{0,20}"
        r"(?:扶|拉|抱|抬|拽)(?:都|也)?(?:扶|拉|抱|抬|拽)?不起来|"
        # too heavy to lift alone (我一个人抬不动她)
        r"(?:摔|跌|倒在|躺在|滑下|滑倒)[^。!?]{0,20}(?:扶|拉|抱|抬|搬|拽)不动(?:她|他|人)?|"
        r"(?:躺|趴|倒)(?:在)?地(?:上|板上|下)[^,。!?;]{0,4}(?:半个|一个|几个|两个|好几个)(?:多)?(?:小时|钟头)|"
        r"(?:躺|趴|倒)(?:在)?地(?:上|板上|下)[^,。!?;]{0,2}(?:一夜|一晚上|一整夜|半天|很久|好久)|"
        r"在地(?:上|板上)(?:躺|趴)了(?:半个|一个|几个|两个|好几个|一夜|一晚|半天|很久|好久)",
        says=(
            "老爷子倒在厕所里 我们两个人怎么拉都拉不起来",
            "老伴从床边滑下去了 我一个人扶不起来 不着急的话也可以等会儿",
            "外公半夜上厕所摔了 一直哼哼 我抱不动他 8-1-302",
        ),
    ),
    # a fall and then no moving at all, even clauses later; a hip or leg out of shape
    Rule(
        "fall-no-moving-zh",
        Family.FALL,
        HARD,
        r"(?:摔|跌|滑倒|掉下来|掉下去)[^。!?]{0,24}(?:完全|根本|一点都|一点也|都)"
        r"(?:不能动|动不了|起不来|站不起来|爬不起来|没法动)|"
        # lying still after the fall (摔下去了 现在不动了)
        r"(?:摔|跌|掉下来|掉下去)[^。!?]{0,16}(?:现在|就|人)(?:一动)?不动了|"
        r"(?:摔|跌)[^。!?]{0,24}(?:腿|脚)(?:变短|缩短|短了一截|往外翻|外翻|外旋|扭成|变形)",
        says=("老太太摔了一跤 左腿往外翻 短了一截",),
    ),
)
DROWNING_RULES: tuple[Rule, ...] = (
    # drowning: water in the lungs, the head in the bath
    Rule(
        "drowning",
        Family.DROWNING,
        HARD,
        rf"呛了?(?:好多|很多|一大口|几大口|好几口)水|头{CLAUSE_CHAR}{{0,3}}在水里|(?:滑|掉|栽|摔|跌)(?:进|到|在)?了?"
        r"(?:水里|浴缸里?|澡盆里?|水缸里?|水桶里?|桶里|鱼缸里?|泳池里?|河里|湖里|井里|池塘里?|水池里?)|"
        r"(?:捞|救|拉|抱|拖)(?:了)?(?:上来|出来)[^。!?]{0,8}(?:不哭|没哭|不太?动|没气|没有?呼吸|没反应|叫不醒|不醒)|"
        # water breathed in the bath or a pool (在浴缸里呛水了)
        r"(?:浴缸|澡盆|水里|泳池|游泳池|池塘|河里|水缸)里?[^。!?]{0,3}呛(?:了)?水|"
        r"face down in the (?:water|bath|tub)|"
        # a person under the water, not a pipe under the bathroom basin
        r"(?<!pipe )(?<!pipes )(?<!drain )(?<!hose )(?:under|underwater in) the (?:water|bath)"
        r"(?![a-z])|went under(?! (?:the|a|an|my|his|her)(?![a-z]))(?![a-z])",
        says=(
            "孩子掉水里了",
            "my son was face down in the bath",
            "my toddler slipped and went under, he's coughing and limp",
            "邻居家孩子在浴缸里呛水了 捞出来没哭 也不太动",
        ),
        calm=("水桶不小心掉进水池里了",),
    ),
)
ELECTRIC_SHOCK_RULES: tuple[Rule, ...] = (
    Rule(
        "shock-drowning-burn",
        Family.ELECTRIC_SHOCK,
        HARD,
        r"触电|被电(?:到|击)了|electrocuted|溺水|(?<!feels like i'm )(?<!feel like i'm )"
        r"(?<!feels like im )(?<!like i'm )drowning(?! in (?:work|bills|debt|paperwork|homework|"
        r"emails|messages|laundry|dishes))|大面积烫伤|严重烧伤|烧伤(?!膏|药|喷雾|贴)|"
        rf"开水烫{CLAUSE_CHAR}{{0,4}}(?:一大片|很严重|起泡)|"
        # a scald told by its size or the skin coming up (胳膊大片烫伤 皮都起来了)
        r"大片(?:的)?(?:烫伤|烧伤)|(?:烫|烧)(?:伤|得)[^。!?\s]{0,4}皮(?:都)?(?:起来|掉|脱|翻)了?|"
        rf"severe burns?|低血糖{CLAUSE_CHAR}{{0,6}}(?:晕|昏|叫不醒|抽)",
        by_words=True,
        says=(
            "他触电了",
            "he got electrocuted",
        ),
        calm=("防溺水提示：孩子洗澡时请勿离开",),
    ),
)
VIOLENCE_RULES: tuple[Rule, ...] = (
    # someone strangled or a door battered while hiding (掐着脖子打, 躲在厕所 他在砸门)
    Rule(
        "strangled-or-beaten-zh",
        Family.VIOLENCE,
        HARD,
        r"掐(?:着|住)?(?:我|她|他|孩子)?的?脖子|"
        r"被(?:我|她|他)?(?:他|她|人|老公|老婆|丈夫|男朋友|男友|前夫|邻居|儿子|醉汉|爸|妈|继父|哥|弟)[^,。!?;\s]{0,4}(?:掐|砍|捅|踹|揍|打)"
        r"(?!针|疫苗|电话|扰|卡|包|折|扫|听|工|招呼)|"
        # (锁 of hiding, not a door's lock: 门锁坏了 … 撞门)
        r"(?:躲|藏|(?<!门)(?<!车)锁(?!坏|匙|芯|不))(?:在)?[^。!?]{0,16}(?:砸门|踹门|撞门|拿刀)|"
        # stabbed or cut by a knife, whoever held it (有人被刀捅了)
        r"被(?:人)?(?:用)?(?:刀|匕首|剪刀)(?:子)?(?:捅|砍|刺|扎)(?:了|伤|中)",
        group="violence",
        says=(
            "我妈又被我爸打了 脸都肿了",
            "我把自己锁在卧室里 他在外面踹门",
            "隔壁吵架 有人被刀砍伤了 一直在流血",
        ),
    ),
    # violence happening now
    Rule(
        "armed-violence-zh",
        Family.VIOLENCE,
        HARD,
        rf"砍人|捅人|拿(?:着)?{CLAUSE_CHAR}{{0,2}}刀{CLAUSE_CHAR}{{0,4}}(?:砍|捅|追|威胁|逼|要杀)|持刀|家暴(?![^。!?]{{0,4}}验伤)|"
        # a knife taken up against someone, told as it happens (救命 我老公抄起菜刀了)
        r"(?:他|她|老公|老婆|男的|那人|那个人|有人|对方|醉汉)(?:又|突然)?(?:拿|抄|举|掏)(?:起|出|着)?(?:了)?"
        r"(?:一把)?(?:菜|水果|剪)?刀(?:了|出来|对着|冲)|"
        r"要(?:砍|杀|捅|打死)(?:我|人|她|他|我们|孩子)|"
        r"(?:在|一直|正在)打(?:老婆|老公|孩子|人|她|他|女的)|"
        # beating me as it is written (他又喝多了在打我), not a call or a plan (在打我电话)
        r"(?:在|一直|正在|又在|还在)打我(?!电话|的电话|手机|主意|的主意|的脸|脸|游戏|的游戏)|"
        r"被(?:我)?(?:老公|老婆|丈夫|男朋友|男友|他|她|人)打(?:了|伤)",
        group="violence",
        says=("楼下有人持刀", "快来人 我老公抄起菜刀了", "他又喝醉了 正在打我"),
        calm=("新闻：某地一名男子持刀伤人 已被控制",),
    ),
    Rule(
        "violence-en",
        Family.VIOLENCE,
        HARD,
        r"(?<![a-z])(?:attacking|stabbing|stabbed|hitting|beating) (?:a |an |the |my |his |her |"
        r"our )?"
        r"(?:man|woman|volunteer|guard|kid|child|neighbou?r|resident|wife|husband|girl|boy|people|"
        r"someone|somebody|him|her|me|us|staff|worker|nurse|doctor|old)(?![a-z])|"
        r"being attacked|strangl\w* (?:me|her|him|them|us)|"
        r"beating (?:up )?(?:a |his |her |my |the )?(?:woman|man|wife|husband|kid|"
        r"child|girlfriend|"
        r"boyfriend|her|him|me)|has a (?:knife|gun)|with a knife",
        group="violence",
        says=("a man with a knife is attacking the guard",),
    ),
    # a threat to kill, often said in jest of a thing (his cooking is going to kill us all 😂)
    Rule(
        "threat-to-kill-en",
        Family.VIOLENCE,
        HYPERBOLE | HARD,
        r"(?:threaten\w* to|says he'?ll|says she'?ll|says he will|says she will|going to) kill "
        r"(?:her|him|me|us)(?!self|selves)",
        group="violence",
        says=("he says he will kill me",),
        calm=("My husband's cooking is going to kill us all 😂 burnt rice again",),
    ),
    # a fight heard through the wall: someone pleading, or screams with things smashing
    Rule(
        "violence-heard",
        Family.VIOLENCE,
        HYPERBOLE | HARD,
        r"(?:喊|叫|哭喊|哭着|求)[^。!?]{0,4}(?:别打了|不要打了|别打我|不要打我|别打她|别打他)|"
        # things smashed while a woman or someone else screams (a child's tantrum names no one)
        r"(?:砸东西|摔东西|砸门|踹门|砸碗)[^。!?]{0,14}(?:女|她|老婆|媳妇|老人|有人)[^。!?]{0,6}"
        r"(?:哭喊|尖叫|惨叫|哭|喊|叫)|"
        r"(?:女|她|老婆|媳妇|老人|有人)[^。!?]{0,6}(?:哭喊|尖叫|惨叫)[^。!?]{0,20}(?:砸东西|摔东西|"
        r"砸门)|"
        r"(?<![a-z])(?:(?:being|getting) (?:beaten|beat up|hit|punched|attacked|strangled|choked|"
        r"stabbed)(?! (?:by|with) (?:the |a )?(?:ball|wave|rain|traffic))|"
        r"(?:screaming|screams|yelling|shouting|crying)[^.!?]{0,40}(?:smashing|crashing|banging|"
        r"breaking "
        r"things|things breaking)|(?:smashing|crashing|breaking things)[^.!?]{0,40}(?:screaming|"
        r"screams|yelling|crying)|(?:screaming|yelling|shouting|crying|begging) "
        r"[\"']?(?:stop hitting|don'?t hit|please stop|help me))(?![a-z])"
        # (not a game: yelling 'help me!!' while playing zombies)
        r"(?!.{0,40}?(?:while playing|playing (?:a |the )?(?:game|zombies|tag|hide)|"
        r"pretend))",
        group="violence",
        says=(
            "隔壁又在摔东西 有个女的一直在尖叫",
            "楼上有人哭着喊别打我了",
            "next door someone is yelling and glass keeps smashing, a kid crying",
            "I think the woman upstairs is getting beaten, she keeps begging please stop",
        ),
        calm=(
            "电视剧里女主一直哭喊别打我 看得好难受",
            "the kids are screaming and smashing lego towers lol",
        ),
    ),
)
GRAVE_RULES: tuple[Rule, ...] = (
    # blood seeping out under a door, or a door to be broken in: someone inside in trouble,
    # no family of its own (the general line: call 120, get the door open, stay with them)
    Rule(
        "behind-a-door-zh",
        None,
        HARD,
        r"门缝[^。!?\s]{0,8}(?:有|带|是|渗|流)(?:出)?血|(?<!差点)(?<!差点叫)(?<!差点叫人)(?:快|赶紧|帮忙)[^。!?\s]{0,3}(?:撞门|破门)",
        says=("她在卫生间半天没动静 门缝下面渗出血来了", "叫了半天不应 快来人帮忙撞门"),
        calm=("门坏了 不用帮忙撞门了 物业来开了",),
    ),
    # the baby's movements stopped or fewer late in pregnancy: seen the same day (RCOG
    # "Reduced fetal movements", Green-top Guideline 57, 2011): no advice of its own but 120
    Rule(
        "baby-not-moving",
        None,
        HARD,
        # told as what happened, not as the advice about it (reduced movements means go in)
        r"(?:没有?|没感觉到|感觉不到|摸不到)(?:什么|任何)?胎动|胎动(?:明显|突然)?(?:少了|没了|停了|变少了|"
        r"减少了)|(?:baby|bub) (?:has(?:n'?t| not)|has stopped|stopped|is not|isn'?t|not) "
        r"(?:been )?(?:mov\w*|kick\w*)|(?:noticed|noticing|having|feeling|felt|there(?:'s| is| "
        r"are| have been)) (?:much |far |a lot )?(?:reduced|less|fewer|no|hardly any) "
        r"(?:fetal |foetal |baby )?(?:movements?|kicks)|"
        r"(?:movements?|kicks) (?:have |has )?(?:slowed|stopped|dropped)|"
        r"(?:can'?t|cannot|not) feel(?:ing)? (?:the )?baby (?:mov\w*|kick\w*)",
        says=(
            "38周了 今天一整天都没感觉到胎动 好慌",
            "34 weeks and the baby hasn't moved since this morning",
        ),
        calm=(
            "请问胎动少了怎么判断 需要数胎动吗",
            "if the baby hasn't moved for a few hours, what should we do?",
        ),
    ),
    Rule(
        "failing-zh",
        None,
        HARD | PERSON,
        r"(?:快|要)不行了",
        says=("救护车怎么还没到 我妈快不行了",),
    ),
    # one's own, failing, the person in the words themselves (601有人吗 快来 我妈不行了)
    Rule(
        "own-failing-zh",
        None,
        HARD | HYPERBOLE,
        r"(?:我|俺)(?:家)?(?:的)?(?:妈|爸|老公|老婆|爷爷|奶奶|外公|外婆|姥姥|姥爷|老伴儿?|老头子?|老太太|"
        r"老太婆|老婆子|婆婆|公公|母亲|父亲|爹|娘|宝宝|孩子)(?:她|他)?(?:好像|可能)?"
        r"不行了",
        says=("有人吗 快来 我爸不行了 3-1-502", "楼长 快!! 我家老头子不行了 你快来 10幢1单元402"),
        calm=("我妈不行了 笑得停不下来哈哈",),
    ),
    # 人不行了: the person named in the word itself (快来 人要不行了 3-1-502)
    Rule(
        "person-failing-zh",
        None,
        HARD | HYPERBOLE,
        r"人(?:快|要)?不行了",
        says=("快来人 人要不行了 5-2-1101",),
        calm=("今天搬了一天货 累得人不行了",),
    ),
    Rule(
        "dying-en",
        None,
        HARD | PERSON | HYPERBOLE,
        r"(?:'s| is) dying",
        says=("my grandpa is dying, please come",),
        calm=("it sounds like he's dying lol",),
    ),
)
# A call advised on a condition of time or a reading (time it, call 120 if it goes past 5 min;
# call an ambulance if the fever goes over 39.5); "call 120 if he stops breathing" stays a cry.
_CALL_ADVISED_IF = (
    r"(?!,? (?:if|when|once) (?:it (?:goes|lasts|gets|is|keeps)|(?:the |his |her |their )?"
    r"(?:fever|temperature|seizure|fit|bleeding|pain|swelling)|a (?:seizure|fit) (?:lasts|goes)))"
)
CRIES_RULES: tuple[Rule, ...] = (
    Rule(
        "save-someone-zh",
        None,
        CRY | HYPERBOLE,
        r"救人(?:啊|呐|哪|呀|了|喔|哦|啦)",
        group="cry",
        says=("楼上一直有人喊救人啊 声音很惨",),
    ),
    Rule(
        "call-police",
        None,
        CRY,
        # not a call made and handled (那个帖子是别的小区的 已经报警处理了)
        r"call (?:the )?police|send (?:the )?police|"
        r"报警(?!器|电话|系统|铃|声|灯|装置|处理(?:了|过|完))",
        group="cry",
        says=(
            "楼上好像着火了 好多烟 快报警",
            "someone is beating a woman downstairs, call the police",
        ),
        calm=("楼下装修太吵了 should we call the police?",),
    ),
    Rule(
        "ambulance-now-en",
        None,
        CRY,
        r"ambulance(?! (?:is |are |has |have )?(?:here|arrived|come))[^.!?]{0,20}"
        r"(?<!fine )(?<!okay )(?<!ok )(?<!better )(?<!stable )(?<!home )"
        r"(?:fast|quick|now|asap|please|pls|urgent|!)",
        group="cry",
        says=("ambulance please!!",),
    ),
    # a bare shout: 救护车!!!, help help help (said in a game with a laugh is no cry)
    Rule(
        "bare-shout",
        None,
        CRY | HYPERBOLE,
        r"救护车\s*(?:!|救护车)|(?<![a-z])help[\s,.!]+help(?![a-z])",
        group="cry",
        says=(
            "救护车！！！",
            "help help help 3-3-303",
        ),
        calm=("my kid keeps saying 'help help' cuz he's playing hide and seek 😂",),
    ),
    Rule(
        "save-me-zh",
        None,
        CRY | HYPERBOLE,
        # not thanks for a lifesaver (感谢志愿者帮我妈约到了透析 真的是救命了)
        r"(?<!真是)(?<!真的是)(?<!简直是)(?<!简直就是)救命|救救|求救|救名|就命(?![令中运名])|"
        r"(?<!来)救我(?!狗命|一命|的|们)|"
        # begging for someone to come (帮帮我 求求你们 快来)
        r"(?:帮帮我|求求你们|求求大家|求求你)[^。!?]{0,12}(?:快来|快点来|来人)(?!团|拼|抢|买|看|参加|报名)",
        group="cry",
        says=("救命啊！！！", "帮帮我 求求你们 快来 1-1-101"),
        calm=("救命 快递又丢了",),
    ),
    Rule(
        "call-ambulance",
        None,
        CRY,
        r"叫(?:个|辆)?(?:救护|救户|就护|求护)车|叫(?:个)?(?:120|999)(?!\d)|打(?:个|一下)?(?:120|999)(?!\d|还是|问|咨询)|拨打?(?:个)?(?:120|"
        r"999)(?!\d)|打119|"
        r"叫了救护车|打了120|120(?:我|我们)?(?:已经)?在打|叫[^。!?\s]{0,4}和(?:120|救护车)|叫白车|call白车|"
        r"需要急救|(?<!懂)(?<!学)(?<!讲)(?<!关于)急救(?!箱|包|知识|培训|电话|药|课|常识|法|视频|技能|证|手册|演示|措施|方法|步骤|要点|小组|队|志愿)|快来人(?!修|来修|帮忙修|维修)|来人啊|来人呐|快来救|sos\b|🆘|需要救护车|"
        r"救护车[^,。]{0,3}快|快[^,。]{0,3}(?:救护|救户|就护|求护)车|"
        # the number alone, said twice or hurried (120 120 快), never a flat's digits (2-1-1202)
        r"(?<![\d-])120[\s,，!！.。]+(?:120|快)(?![\d-])|(?<![\d-])快[\s,，!！]*120(?![\d-])",
        group="cry",
        says=(
            "救明 快来人",
            "🆘🆘 3-2-501",
            "120 120 快",
        ),
        calm=("群里谁会急救？想组织个学习小组",),
    ),
    Rule(
        "help-en",
        None,
        CRY,
        r"help(?<![a-z]help)(?<!the help)(?<!for help)(?<!our help)(?<!your help)(?<!any help)"
        r"(?<!some help)\s*!|"
        r"call (?:an |the |for an )?(?:ambulance|ambience|ambulanse|ambulant|ambulans|ambulence|"
        rf"amberlance|ambulanc)(?![a-z]){_CALL_ADVISED_IF}|"
        rf"call (?:911|120|999){_CALL_ADVISED_IF}|"
        r"called (?:an |"
        r"the )?ambulance|need an ambulance|send (?:an )?ambulance|(?:emergency|emergancy|"
        r"emergeny)\s*!|"
        r"urgent(?:ly)? help|"
        r"need help (?:now|asap|urgently)|ambulence|amublance|"
        # a bare cry and a summons (HELP. 16-1-1702. urgent. can't explain just come)
        r"help[.!]+\s*(?:room |#)?\d[\d-]*[.!,]*\s*(?:please|pls|plz|now|quick)|"
        # the whole message a bare cry, with a flat or a please at most (help; HELP 1502 please)
        r"^\s*help(?: me| us)?[.!,]*\s*(?:(?:please|pls|plz)[.!,]*\s*)?(?:(?:room |#)?\d[\d-]*)?"
        r"[.!,]*\s*"
        r"(?:please|pls|plz)?[.!]*\s*$|"
        r"help[.!]+[^?]{0,40}(?<!not )"
        r"(?:urgent|just come|come (?:now|quick|quickly|fast|up)|hurry)|"
        r"ambulance (?:please|now|asap|needed)|(?:please|pls|plz) (?:an? |call |send )?ambulance",
        group="cry",
        says=("Help!! Fire!!",),
        calm=("help! my essay is due at midnight",),
    ),
    Rule(
        "please-help-en",
        None,
        CRY,
        r"(?:please|pls|plz|plese|somebody|someone) (?:help|hlp)"
        r"(?!\s*(?:me )?(?:to |with |buy|get|pick|grab|carry|"
        r"take|refill|renew|collect|deliver|send|book|arrange|print|purchase|recharge|move|throw|"
        r"empty|dispose|queue|register|"
        r"bring|order|fix|find|top|pay|out|us out|"
        # a document's errand (please help me mail a document to my company)
        r"mail|post (?:a|the|my|this|these|some)|ship|scan|photocopy|return (?:a|the|my)|"
        r"drop off|"
        # an errand named in Chinese (can someone help 买菜 / 取快递 for 6-1-302)
        r"[买取拿送带代扔修交充领搬寄换倒收预挂配]))",
        group="cry",
        says=(
            "plz help my grandma cant breath her oxygen mechine stop working 3号楼 1202",
            "plese help",
        ),
        calm=("Running low on nappies (size 4) and baby wipes, can someone help? Room 802",),
    ),
    # someone heard calling for help (calling out 'help me' for 10 minutes)
    Rule(
        "heard-calling-help-en",
        None,
        CRY,
        r"(?<![a-z])(?:calling|crying|shouting|screaming|yelling) (?:out )?"
        r"(?:for help|['\"‘“]help)",
        group="cry",
        says=("the old man in 702 keeps shouting for help, the door's locked",),
    ),
    # a summons to come now, with a help or to a flat (HELP please someone come to 1508 now)
    Rule(
        "come-now-en",
        None,
        CRY,
        r"(?<![a-z])help(?![a-z])[^.?]{0,16}(?:someone|somebody|anyone|any ?body|pls|please) "
        r"(?:come|get here|hurry)|"
        r"(?<![a-z])(?:someone|somebody) (?:please |pls )?come (?:up |over |down )?(?:to (?:room |"
        r"flat |#)?\d[\d-]* )?(?:now|right now|quick(?:ly)?|fast|asap|immediately)(?![a-z])"
        r"(?! (?:to|and) (?:fix|collect|pick|take|get|check the|look at the))",
        group="cry",
        says=(
            "help!! please somebody come 3-1-702",
            "someone come to 2-1102 right now please",
        ),
        calm=("help please someone come and take this tree of a sofa, it's huge lol",),
    ),
    Rule(
        "emergency-en",
        None,
        CRY,
        r"(?:this is an|it'?s an|we have an|medical) emergency",
        group="cry",
        says=("this is an emergency, my wife collapsed",),
    ),
)
SIGNS_RULES: tuple[Rule, ...] = (
    # warning signs: strong ones (a cold sweat, a grey face, confusion, drowsiness, swelling)
    Rule(
        "strong-signs-zh",
        None,
        SIGN,
        r"冷汗|虚汗|(?:满头|一身|浑身)大汗|大汗淋漓|"
        r"(?:脸色?|面)(?:灰白|苍白|发白|惨白|发青|铁青|发灰|青晒|青青)|脸色(?:很差|不对)|说胡话|胡言乱语|答非所问|认不出人|"
        r"神志恍惚|迷迷糊糊|(?<!头)晕乎乎|昏昏沉沉|反应(?:很|特别|有点)?(?:慢|迟钝)|一直想睡|嗜睡|"
        r"(?:很|好|特别|老是|总是|一直|非常)(?:想睡|犯困)|睡不醒|昏昏欲睡|"
        rf"叫了好几声才|眼神发直|口水(?:往下|直|一直)?流|流口水|打呼噜|(?:脸|嘴|嘴唇|眼睛|眼皮|舌头|嗓子|喉咙){CLAUSE_CHAR}{{0,4}}(?<!会)(?<!容易)(?:肿|发胀)"
        # swelling that would come (我芒果过敏 嘴会肿) or has lasted days is no reaction now
        r"(?!了?(?:好几|几|[一两三四五六七八九十]|\d{1,2})(?:天|周|个星期|个月))|"
        rf"左边?(?:胳膊|臂|手臂|肩膀?){CLAUSE_CHAR}{{0,4}}(?:麻|疼|痛|酸)|头痛欲裂|头(?:痛|疼)得{CLAUSE_CHAR}{{0,2}}要(?:炸|裂)|"
        r"剧烈头(?:痛|疼)|"
        # a racing heart, a drenching sweat, a white face, a pressure too low
        r"心跳(?:好|很|特别|非常|超)快|心跳[^。!?]{0,4}(?:一百[五六七八九]|1[5-9]\d|2\d\d)|"
        r"(?:浑身|全身|一直|直)冒汗|脸色?(?:煞白|惨白|白得)|血压(?:很|好|特别|太)?低|血压(?:掉|降)到|"
        # sugar off the meter, a fruity breath; black stools, coffee-ground vomit
        r"血糖[^。!?]{0,4}(?:爆表|测不出|测不到|显示hi|显示lo)|烂苹果味|黑便|柏油(?:样)?便|便血|拉血|"
        r"吐(?:了)?(?:些)?咖啡色|咖啡渣|"
        # pain that rolls on the floor, a board-hard belly, the worst pain ever
        r"(?:疼|痛)得(?:在地上|满地|直)?打滚|肚子硬(?:得|邦邦)|板状腹|最(?:痛|疼)的一次|从来没(?:有)?这么(?:痛|疼)|"
        # despair and the means made ready (撑不下去了 药都攒好了)
        r"撑不下去|没人在乎我|再见了大家|永别了?|大家(?:保重|再见了)|别了大家|"
        # a farewell posted (朋友圈说再见了); someone locked in and silent (把自己锁在卫生间 没声音)
        r"(?:说|发|朋友圈|动态|微博)[^。!?]{0,10}(?:再见了|来生再见|下辈子见)|"
        r"把自己(?:反)?锁在[^。!?]{0,14}(?:没(?:有)?(?:声音|动静|回应)|不出来|不开门|不应)|"
        r"我(?:现在|此刻|已经)?(?:一个人)?(?:在|站在|坐在|爬上了?)(?:天台|楼顶|顶楼|窗台|阳台栏杆)(?:上|边)|(?<!眠)药[^。!?\s]{0,2}(?:都|已经)?(?:攒|囤|存)(?:好|够)了|"
        r"(?<!眠)药[^。!?\s]{0,2}(?:都|已经)?攒了|"
        r"(?:刀|绳子?|炭)[^。!?\s]{0,2}(?:都|已经)?(?:准备|备|买)好了|"
        # pills made ready beside a farewell (药我已经准备好了 对不起大家)
        r"(?<!眠)药[^。!?\s]{0,3}(?:都|已经)?(?:准备|备)好了(?=[^。!?]{0,12}(?:对不起|永别|再见了|别了|保重))|"
        r"(?<!有时候)(?<!有时候还)(?<!偶尔)(?<!经常)(?<!老是)(?<!睡觉时)(?<!睡着了)憋气|紫色的?(?:斑点|斑|点点|疹子)|出血点|瘀斑|突然(?:看不见|看不到|看不清)|"
        # too much insulin, a sugar under 3 (胰岛素多打了20个单位 血糖2.8): with a sign, urgent
        r"胰岛素[^。!?\s]{0,3}(?:多打了|打多了|打了两次|重复打)|(?:多打了|打多了)[^。!?\s]{0,3}胰岛素|"
        r"血糖[^。!?\d]{0,4}(?:[0-2](?:\.\d)?)(?![\d.])|"
        # breathing grown hard work, wheezing (喘气有点费劲 呼哧呼哧的): after a food, urgent
        r"(?:喘气|呼吸|喘)(?:有点|有些|都|很|越来越)?费劲|呼哧呼哧|"
        r"(?:喘气|呼吸|喘)(?:带|有|都有)(?:哨音|哨声|嘶嘶声)|哮鸣|喘鸣|"
        # weary of living, an end set for tonight, the means at hand (活着太累了 今晚就结束吧)
        r"活着(?:太|好|真|真的|很|没)?(?:累|苦|痛苦|没意思|没劲|没意义)|"
        r"(?:今晚|今天|今夜|明天)就(?:结束|走了|解脱)|"
        # a way down set for tonight (今晚就从楼上下去), a sign beside despair, not alone
        r"(?:今晚|今天|今夜|待会儿?|等会儿?|马上)就(?:从|去)(?:楼上|楼顶|天台|顶楼|阳台|窗户|窗台)(?:跳)?下去|"
        r"(?:刀|药|绳子?|安眠药|炭|农药)[^。!?\s]{0,5}(?:就|都)?在(?:手边|身边|旁边|手里|手上|枕头)|"
        # no more trouble to anyone, a pet left to others for good (以后猫就拜托邻居养了)
        r"(?:不会|不再|再也不会)再?(?:给|跟)?(?:大家|你们|谁)?(?:添麻烦|麻烦大家|麻烦你们)了|"
        r"(?:猫|狗|猫咪|狗狗|鱼|鸟|兔子)[^。!?\s]{0,8}以后[^。!?\s]{0,6}(?:养|照顾|喂)|"
        r"以后[^。!?\s]{0,4}(?:猫|狗|猫咪|狗狗|鱼|鸟|兔子)[^。!?\s]{0,8}(?:养|照顾|喂)|"
        # confusion said plainly (人有点糊涂, 脑子不清楚)
        r"糊涂|迷糊|脑子不清楚|人不清楚|"
        # asked, only a blank laugh or a hum (问她话只会傻笑); a cup slipping from the hand
        rf"问(?:她|他|话|她话|他话){CLAUSE_CHAR}{{0,3}}(?:只会|就会|光会|只是)(?:傻笑|笑|哼|点头|嗯)|"
        r"(?:杯子|碗|筷子|勺子|水杯|茶杯)(?:都|也)?(?:拿不住|握不住|端不住|抓不住)|"
        # a farewell that forbids a search (别找我, 不要找我了)
        r"(?:别|不要|不用)(?:再)?(?:来)?找我(?:了)?(?=$|[,。!?;\s])",
        by_words=True,
        group="sign",
        says=(
            "我妈一直吐 头痛得厉害 脸色苍白",
            # a farewell with affairs put in order; oneself on a height in despair
            "这些天多谢照顾 以后不用帮我买东西了 钥匙交给物业了 大家保重",
            "生意赔光了 欠的钱还不上 我现在一个人站在楼顶边",
            "我的狗以后就请隔壁帮我喂吧 以后再也不会麻烦大家了",
            "每天都好累 活着真没意思 绳子就挂在身边",
            "我真的撑不下去了 药我已经吃了一整瓶 别找我",
        ),
        calm=(
            "眼睛一直红肿 想看眼科",
            "快递又拿错了 下次不会再给大家添麻烦了 抱歉",
            "我下周搬走 猫以后麻烦小王帮忙养 谢谢",
        ),
    ),
    Rule(
        "strong-signs-en",
        None,
        SIGN,
        r"cold sweat|sweat(?:ing|s) (?:buckets|heavily|a lot|profusely|(?:so |very )?much)|sweaty|"
        r"clammy|"
        # the throat tightening (after a food or sting, anaphylaxis), the heart beating oddly,
        # feeling like dying: each alone is silent, with a second sign or its context urgent
        r"throat (?:is |feels? |feeling |getting |gets |so |very |really )*(?:tight|closing|"
        r"swollen|swelling)|heart (?:is )?(?:beating|racing|pounding|going) (?:so |very |really )?"
        r"(?:weird|weirdly|strange|strangely|funny|irregular|irregularly|crazy|wrong)|"
        r"irregular heart ?beat|feel(?:s|ing)? (?:so |very |really )?(?:weak )?like "
        r"(?:i'?m |she'?s |he'?s |(?:i|she|he) (?:am|is) )?dying|"
        # a farewell: the goodbye, letters left to the family, sorry for everything; oneself up
        # on a height. Strong but alone silent: with affairs put in order or despair, urgent
        r"goodbye(?:,)? (?:to )?(?:everyone|everybody|all|friends|neighbou?rs|world|(?:the )?group|"
        r"guys|y'?all|chat)"
        r"(?![^.!?]{0,30}(?:see you|back (?:on|in|soon|next)|until|till))|farewell|"
        r"goodbye[.!]* *(?:\d[\d -]*)?$|"
        # a last word for the family (tell my mom sorry, tell my kids i love them)
        r"tell my (?:mom|mum|mother|dad|father|parents|wife|husband|kids|children|son|daughter|"
        r"family) (?:that )?(?:i'?m |im |i am )?(?:so )?(?:sorry|i love (?:her|him|them|you))|"
        r"(?:left|leaving|wrote|written) (?:some |a few )?(?:letters?|notes?) (?:for|to) "
        r"(?:my|our) (?:parents|mum|mom|dad|family|kids|children|wife|husband|son|daughter)|"
        r"(?:notes?|letters?) for my (?:parents|mum|mom|dad|family|kids|children|wife|husband|son|"
        r"daughter)|sorry for everything|"
        # not trusting oneself, asking to be talked down (from a height, from an act)
        r"(?:don'?t|do not|can'?t|cannot) trust myself|talk (?:me|him|her|them) down|"
        r"(?:scared|afraid) of what i (?:might|will|would|could)(?:'ll)? do|"
        r"(?:pills|tablets|knife|rope|blade) (?:are|is) (?:right )?(?:here|next to me|beside me|"
        r"in my hand)|"
        r"(?:i'?m|i am) (?:now |up |standing |sitting )*(?:by the window|at the window|on the "
        r"windowsill|(?:on|at) the (?:roof|rooftop|ledge|"
        r"edge of the roof|balcony(?: railing| edge)?))|"
        # nobody cares, they have won: despair told to the group
        r"(?:nobody|no one|no-one) (?:here |even )?(?:cares|would care|will care|would notice|"
        r"will notice|would miss me|will miss me)(?![a-z])|"
        r"(?:tell|let) [^.!?]{1,20} (?:they|she|he) (?:win|won)(?![a-z])|"
        # a goodbye as a burden, gone by tomorrow
        r"sorry for being a burden|(?:won'?t|will not|wont) be a burden(?: to (?:anyone|anybody|"
        r"you|you all|my family))?(?: any ?more)?|"
        r"(?:i )?won'?t be (?:here|around|alive) (?:tomorrow|anymore|any more)|"
        # gone by tomorrow, a burden no more (I don't think I'll be around tomorrow)
        r"(?:don'?t|do not) think i'?(?:ll| will) (?:be (?:here|around|alive)|make it) "
        r"(?:tomorrow|much longer|past tonight)|"
        r"(?:don'?t|do not) want to be a burden(?: to (?:anyone|anybody|you|my family))?"
        r"(?: any ?more)?|"
        r"(?:drenched|soaked|dripping|pouring) (?:in |with )?sweat|"
        # confusion said plainly: lost in time and place, not knowing people
        r"(?:doesn'?t|does not|didn'?t|don'?t) (?:seem to |even )?know where (?:he|she|they|i) "
        r"(?:is|are|am)|(?:keeps? )?asking what (?:day|year|time) it is|"
        r"(?:doesn'?t|does not|didn'?t|can'?t) recogni[sz]e (?:me|us|anyone)|"
        r"(?:looks?|is|turned|gone|went|going) (?:grey|gray|pale|ashen)|confused|disoriented|"
        r"not making sense|talking nonsense|drowsy|"
        # the breathing itself heard wrong (her breathing sounds really wrong)
        r"breathing (?:sounds|is|seems) (?:really |very |so |all )?(?:wrong|weird|strange|funny|"
        r"bad|noisy|rattly)|"
        # gone limp, no longer answering those beside her (she's gone limp and isn't answering us)
        r"(?:gone|went|goes|is|was) (?:all |completely |totally )?limp|"
        r"(?:isn'?t|is not|not|stopped|no longer) (?:answering|responding to) (?:us|me)"
        r"(?! (?:on|by|via|about|over) )|"
        # the face swelling, in any words (lips are swelling up, tongue feels thick and swollen,
        # eyelids and lips blew up): after a food or sting (SIGN_CONTEXT) an allergic reaction
        r"(?:face|lips?|tongue|eyes|eyelids|mouth)(?: [a-z']+){0,3}? (?:swell\w*|swollen|"
        r"puff\w* up|blew up|blow\w* up|balloon\w*)|"
        r"swollen (?:face|lips|tongue|eyes)|(?:arm|leg|hand) (?:is |went |has gone )?(?:all )?"
        r"(?:floppy|limp)|worst headache|doubled over|can'?t stand (?:up )?straight|"
        r"rolling (?:around )?"
        r"in pain|writhing|(?:black|tarry) stools?|coffee[- ]ground|"
        # a sudden or the worst headache, sight failing, a child too sleepy
        r"(?:sudden(?:ly)?|very bad|really bad|severe|terrible|splitting)"
        r"(?: (?:very|really|a|bad))? headache|"
        r"(?:can'?t|cannot|can not) see (?:well|properly|clearly|anything)|"
        r"(?:very|so|really|extremely|unusually|too) sleepy|"
        # a pet left to others (please look after my dog): with a goodbye, a farewell
        r"(?:look after|take care of|feed|rehome|adopt|keep) my (?:dog|dogs|cat|cats|pets?|fish|"
        r"bird|rabbit|hamster)(?! (?:while|for the|for a|until|till|this|next|over))",
        by_words=True,
        group="sign",
        says=(
            "my dad has a cold sweat and looks grey",
            "Mum's on insulin, she's soaked in sweat and doesn't recognise me",
            "my husband allergic to seafood and I think the soup had shrimp, his throat feel tight",
            "Dialysis lady in 8-3-201 phone me, she say heart beating weird and she feel weak like "
            "dying",
            # a farewell with affairs put in order; oneself on a height in despair
            "Sorry for everything. There are notes for my kids in the drawer. Please look after my "
            "cat for me.",
            "I lost my job and can't pay the rent. I'm up on the roof now.",
            "I'm standing on the balcony and I don't trust myself, someone talk me down",
            "saying goodbye to all of you now. someone please take care of my cats",
            "i can't anymore. tell my dad i'm sorry. bye all",
            "sorry to bother everyone, dad's sugar is 2.1, he's gone limp and isn't answering me",
        ),
        calm=(
            "Sorry for everything, the delivery was late again 😅",
            "I'm on the roof fixing the satellite dish, back in 10",
        ),
    ),
    # Suicide told indirectly: a burden thought (要是我走了我妈会轻松点), hopelessness, a night
    # set. One alone asks the group (in doubt); with the means ready or a second one, the chain.
    Rule(
        "suicide-hints",
        None,
        SIGN,
        r"(?:要是|如果|假如|万一|等)我(?:走了|不在了|死了|没了|消失了?)[^。!?]{0,12}"
        r"(?:轻松|解脱|好过|省心|负担|拖累|清净)|"
        r"(?<![a-z])thinking (?:about|of) jumping(?! (?:rope|jacks|on|in|into|up))|"
        # to join the dead, talked out of nothing, affairs put in order, a life that burdens
        r"(?:走了|去世|不在了)[^。!?]{0,12}(?:去|想去)陪(?:他|她|爸|妈|老伴)|(?:你们|大家)?(?:不用|别|不要)(?:再)?劝我|"
        r"(?:存折|银行卡|卡)(?:的)?密码(?:写|放|留)在|(?:替|帮)我(?:跟|向|和)[^。!?]{0,6}(?:说声)?对不起|"
        # standing at the edge, the mind made up, tired of living, a foolish thing done
        r"(?:站|坐)在(?:窗边|窗台上?|阳台(?:上|边)|天台(?:上|边)?|楼顶)了?|已经想好了|"
        r"活着(?:太|好|真|真的)累|做(?:了)?傻事|"
        # locked in, empty pill boxes (把自己关在卫生间 地上有空药盒, empty pill packets)
        r"把自己(?:反)?(?:关|锁)(?:在|进|到)|把自己(?:反)?(?:关|锁)(?:屋|房间|卧室|卫生间|厕所)|"
        r"空(?:的)?药(?:盒|瓶)|药(?:盒|瓶)(?:都|全)?空了|"
        # the poison at hand (地上有个农药瓶)
        r"(?:农药|敌敌畏|百草枯|老鼠药|耗子药)(?:的)?(?:瓶|瓶子|袋子)|"
        r"empty (?:pill |medicine )?(?:packets|bottles|boxes|blisters)|"
        r"活着(?:只会|就是|只是)(?:拖累|连累|麻烦|负担)|"
        r"(?:nobody|no one) will (?:even )?(?:miss|notice) me|no meaning (?:to|in) (?:live|living)|"
        # held out as long as one could (I can't keep going. I've got the pills ready), not an
        # errand repeated (can't keep going to the market)
        r"(?<![a-z])i (?:just |really |honestly )?(?:can'?t|cannot|can not) keep going"
        r"(?! (?:to|out|back|with|there|through|down|up))|"
        r"(?:will|going to|gonna) go (?:up )?to the (?:rooftop|roof) tonight|"
        r"going (?:up )?to the (?:rooftop|roof) tonight|"
        # given up holding on, the child entrusted (我决定不撑了 照顾好我女儿)
        r"(?:决定|不想再?)(?:不)?撑了|照顾好我(?:的)?(?:女儿|儿子|孩子|闺女|妈|爸|老伴|家人)|"
        # worn out past bearing, the pills already down (我不想再熬了 药已经吃下去了)
        r"不想再熬(?:下去)?了|药(?:已经|都|全)(?:都|已经)?(?:吃|吞)(?:下去|下)了|"
        r"(?:nobody|no one|no-one) (?:would|will|'d) (?:even )?(?:notice|care|miss me)[^.!?]{0,8}"
        r"if i (?:was|were|am|'m) gone|"
        # a last word closing the message (药都准备好了 别找我了)
        r"(?:别|不要|不用)(?:再)?(?:来)?找我了?(?=[\s。.!！~…]*$)|"
        r"看不到(?:希望|活路)了|活着(?:还)?有什么意思|"
        # death wished as the way out (还不如死了算了), not a body worn out (累死了算了)
        r"(?<![笑累饿热困气烦忙冻吵])死了算了|不如(?:去)?死了?|"
        r"(?:don'?t|do not|can'?t|cannot) see the point (?:anymore|any more|of (?:living|anything|"
        r"going on)|in (?:living|anything|going on))|tonight(?: is|'s) the night|"
        r"(?:better off|happier|easier) without me|(?:standing|sitting) on the (?:ledge|parapet)|"
        # no reason left; the pills laid out and a time for them (take them tonight)
        r"no (?:reason|point) (?:to|in) (?:keep going|keeping going|live|living|go on|going on|"
        r"carry on|be here)|(?:have|got|had) (?:the |my |all my |all the )?(?:pills|tablets|meds) "
        r"(?:all )?(?:lined up|laid out|counted out|ready)|"
        r"(?:taken|took|got|laid|lined|counted) (?:out |up )?all (?:of )?my "
        r"(?:pills|tablets|meds|sleeping pills)(?![^.!?]{0,12}(?:for (?:today|the day|tonight|this "
        r"morning)|as (?:prescribed|usual|normal)|on time))|"
        r"(?:(?:going to|gonna|will|i'?ll) (?:take|swallow)|(?:i'?m|i am) (?:taking|swallowing)) "
        r"(?:them|all of them|all my pills|the pills|the lot) (?:all )?tonight|"
        # the means gathered, in English (攒药 is a strong sign of its own)
        r"(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting) (?:up )?(?:my |the |"
        r"all my |enough |some )?(?:pills|tablets|sleeping pills|meds)|"
        # a time chosen for it (tonight feels like the right night, 今晚就是时候了)
        r"(?:tonight|today) (?:feels|seems|looks) like the (?:right )?(?:night|day|time)|"
        r"(?:tonight|today) is the (?:right )?(?:time|day)(?![a-z])|"
        r"(?:今晚|今天|今夜)(?:就是|正是|是)?(?:合适的|最好的)?(?:时候|日子)了|"
        # belongings given away; peace set for tonight (I'll finally be free tonight)
        r"(?:giv\w*|gave) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions|clothes)|"
        r"(?:tonight|soon)[^.!?]{0,16}finally (?:be )?(?:at peace|free|at rest)|"
        r"东西(?:都|全)(?:送人|分给)|(?:今晚|今夜)[^。!?]{0,6}(?:终于|就)(?:能|可以)?(?:解脱|安息)|"
        # no point left, said as the sentence's last word (honestly there's no point anymore.)
        r"there'?s no point (?:anymore|any more)(?=\s*(?:[.!…]|$))|"
        # letters written to those left behind (I've already written letters for my kids)
        r"(?:written|wrote|writing|left) (?:a |the |some )?(?:letters?|notes?) (?:for|to) "
        r"(?:my|the) (?:kids|children|family|wife|husband|son|daughter|parents|mum|mom|dad)|"
        r"给(?:孩子|孩子们|儿子|女儿|家人|老伴|爸妈|爸爸妈妈)(?:的)?信(?:都|已经|也)?写好了|"
        # the means at hand (the pills are on the table, 安眠药就在床头), a farewell for ever
        r"(?:the|my|all the|all my) (?:pills|tablets|sleeping pills) (?:are|is) (?:all )?"
        r"(?:on the table|next to me|in front of me|by the bed)|"
        r"安眠药(?:就|都)?(?:在|放在)(?:桌上|床头|手边|面前)|"
        # the pills laid out, the mind made up, said as a farewell (我想好了 药就在桌上 再见了)
        r"药(?:就|都)(?:在|放在)(?:桌上|床头|手边|面前)(?:了)?(?=[^。!?]{0,8}(?:再见|永别|别了|对不起))|"
        # letters left, said as the last thing (i've already written the letters)
        r"(?:i'?ve|i have) (?:already )?(?:written|left) (?:the|my) (?:letters|notes)"
        r"(?=\s*(?:[.!…]|$))|"
        # not waking wished for (easier if I just didn't wake up)
        r"(?:easier|better) if i (?:just )?(?:didn'?t|did not|never|don'?t) wake up|"
        r"(?:wish|hope) i (?:don'?t|won'?t|wouldn'?t|didn'?t|never) wake up|"
        # thanks for caring for a child, entrusted from now on (谢谢大家照顾我女儿 以后拜托了)
        r"谢谢(?:大家|你们|各位)[^。!?]{0,8}照顾[^。!?]{0,10}(?:以后|往后)(?:就)?(?:拜托|麻烦)(?:你们|大家)?了",
        by_words=True,
        group="suicide",
        says=(
            "这几天一直在想 要是我走了我妈会不会轻松点 药我已经攒了一抽屉",
            "I don't see the point anymore. tonight is the night.",
            "我真的撑不下去了 这种日子看不到头 还不如死了算了",
            # affairs put in order with a goodbye; the means and a time; a height and despair
            "Been stockpiling sleeping pills for weeks. Today seems like the right day.",
            "安眠药存够了 今晚就是时候了",
            "Gave away my clothes and books this week. Soon I'll finally be free.",
            "东西都送人了 今晚终于可以解脱了",
            "I have no reason to keep going. I've taken out all my pills and I'm going to take "
            "them tonight.",
            "nobody would notice if i was gone. i've got the pills lined up. sorry everyone",
            "我真的撑不住了 药都准备好了 别找我了",
            "I can't keep going. I've got the pills ready. sorry everyone",
            "there's no point anymore. I've written letters to my family",
            "对不起大家 安眠药就在床头 给孩子们的信都写好了",
            "他说活着太累 把自己锁屋里了 门口还扔着个农药瓶",
        ),
        calm=(
            "Tonight is the night! Hotpot at 8 in the courtyard 🎉",
            "这题做不出来 还不如死了算了哈哈",
            "Saving up my pills for the trip, tonight is the night I pack haha",
        ),
    ),
    # weak signs: only next to a strong sign or its context
    Rule(
        "weak-signs",
        None,
        SIGN | WEAK,
        r"(?:一直|不停地?)(?:在)?吐|吐了(?:好几|两|三|几)(?:次|回|遍)|吐了一地|就吐了|发抖|"
        # the mind made up, said alone (对不起大家 我想好了 药就在桌上 再见了)
        r"(?<=[\s,，。!！])我想好了(?=[\s,，。!！…]|$)|^我想好了(?=[\s,，。!！…]|$)|"
        # out of reach: beside a farewell or a wish to die, urgent (电话也不接, 把自己锁在卫生间)
        r"(?:电话|手机|微信)(?:也|都|一直)?(?:不接|没人接|打不通|关机|不回)|打电话(?:也|都)?不接|"
        r"联系不上|里面(?:一直)?没(?:有)?(?:声音|动静|回应)|"
        r"(?:isn'?t|not|won'?t|doesn'?t) (?:answering|picking up)(?: (?:her|his|their|the) phone)?|"
        r"phone (?:is )?(?:off|switched off|going (?:straight )?to voicemail)|"
        r"locked (?:herself|himself|themselves) in|"
        # the voice changing (声音都变了, 哭声都哑了, voice sounds weird, hoarse)
        r"(?:声音|哭声|嗓子)(?:都|也)?(?:变了|哑了|不对|怪怪)|"
        r"voice (?:[a-z']+ ){0,2}?(?:weird|strange|hoarse|funny|croaky|muffled|raspy|odd)|hoarse|"
        # listless, a child not himself (人蔫蔫的, 没精神, listless, not herself)
        r"蔫(?:蔫|了|巴巴|头耷脑)|没(?:有)?精神|无精打采|没精打采|打不起精神|listless|lethargic|"
        r"floppy|not (?:acting )?(?:like )?(?:him|her)self|(?:threw up|sick|vomited) (?:twice|"
        r"again|two times|three times)|手(?:一直)?抖|心慌|手麻|站不稳|"
        r"走不稳|疹子|手脚冰凉|头(?:痛|疼|晕)|想吐|站不住|(?:还|又)吐|呕吐|上吐下泻|(?:全身|浑身)痒|剧痛|"
        r"疼得受不了|(?:快|要)不行了|寒战|打寒颤|打冷颤|"
        r"vomited (?:twice|two times|three times|again|several times|a few times)|"
        r"(?:severe|terrible|excruciating|unbearable|agoni[sz]ing) (?:pain|ache|stomach ?ache|"
        r"belly pain)|"
        r"throwing up|vomiting|dizzy|shaking|trembling|headache|rash|hives|"
        # affairs put in order, weak: care handed over, deliveries stopped for good
        r"以后(?:都)?不用(?:再)?(?:给我|帮我|替我)|"
        # the means made ready, weak: 明天的药都准备好了 is a chore done
        r"(?<![明今后天的])药(?:都|已经|我)?(?:准备|备|攒|存)好了|"
        r"(?:pills|tablets|meds) (?:are |were )?(?:all )?(?:lined up|laid out|counted out)|"
        r"(?:猫|狗|鱼|鸟|花|孩子|宠物)[^。!?]{0,10}(?:麻烦|拜托|托付|交给)[^。!?]{0,8}(?:养|照顾|收养|照看)|"
        r"(?:麻烦|拜托)[^。!?]{0,4}(?:帮我|替我)?(?:养|照顾)(?:一下)?我(?:家)?的(?:猫|狗|宠物|孩子)|"
        r"(?:please )?(?:look after|take care of|rehome|adopt) my (?:cat|dog|pets?|kids|plants)"
        r"(?! (?:for (?:me )?)?(?:while|until|till|for (?:a|the|two|three|\d)))|"
        r"giving away (?:all )?my (?:things|stuff|belongings)|"
        # a goodbye and being done, weak: a bedtime says both (bye everyone, i'm done for today)
        r"(?<![a-z])(?:good)?bye (?:everyone|everybody|all|guys)(?![a-z])|"
        r"(?<![a-z])i'?m done(?=\s*[.!]|\s*$)|(?<![a-z])im done(?=\s*[.!]|\s*$)|"
        # the mind made up, the pills at hand, a goodbye closing the message, weak: each says
        # a plan or a chore too (I've decided. pizza tonight; 你的药在桌上; 大家再见了 解封了)
        r"(?:i'?ve|i have) (?:decided|made up my mind)(?=\s*(?:[.!…]|$))|"
        r"我(?:已经)?想好了(?=[\s。.!！…]|$)|"
        r"(?<![你您他她])药(?:就|都)?(?:在|放在)(?:桌上|床头|手边|面前)(?:了)?(?=[\s。.!！…]|$)|"
        r"(?:goodbye|farewell)(?: forever)?(?=\s*[.!…]*\s*$)|"
        # a goodbye said to everyone (跟大家说声再见)
        r"(?:跟|和|向)(?:大家|你们|各位)(?:说|道)(?:声|一声)?(?:再见|永别|告别)|"
        # a window or balcony opened, told as done (阳台的门我已经打开了)
        r"(?:阳台|窗户?)(?:的)?(?:门|窗)?(?:我)?(?:已经)?(?:打开|推开|开)了(?=[\s。.!！…]|$)|"
        r"(?:大家|各位)?再见了(?=\s*[。.!！…]*\s*$)|"
        # despair of one's life, weak: with a hint of suicide it is urgent, alone it is a complaint
        r"工作没了|失业了|(?:房贷|贷款|欠的钱|债|房租)[^。!?]{0,4}还不(?:上|起)|赔光了|走投无路|没有活路|"
        r"lost (?:my|our) (?:job|jobs|business|home)|can'?t pay (?:the |my )?(?:rent|mortgage|"
        r"debts?|loans?)|no way out",
        by_words=True,
        group="sign",
        says=(
            "我妈一直吐 头痛得厉害 脸色苍白",
            "孩子刚才从床上摔下来 头上起了个包 一直吐",  # after a knock on the head
            "娃从上铺摔下来了 磕着后脑勺 吐了两回 人蔫蔫的 二号楼一单元七零二",
            "儿子头撞到桌角 过了一会 人蔫了 不想动",
            "baby rolled off the sofa, head hit the floor, now listless",
            # the face swelling after a food or a sting, or with the voice changing
            "My son ate a cashew and now his lips are swelling up huge and his voice sounds weird",
            "had some shrimp at lunch and now my tongue feels thick and swollen",
            "孩子吃了腰果 嘴唇一下肿起来了 4-3-901",
            "宝宝刚吃了一口鸡蛋羹 嘴巴周围全肿了 哭声都哑了",
        ),
        calm=(
            "糖尿病 今天有点头晕",
            "trash pickup pls 1606",
            "以后不用给我送菜了 我家人回来了 谢谢大家",
            "工作没了 房贷也还不上 愁死了",
            "感冒三天了 没精神 有点头疼",
        ),
    ),
)

# Typos of the words above: last, so that on the same words the proper rule (and its calm
# readings) wins.
TYPOS_RULES: tuple[Rule, ...] = (
    # typos of help and breathing in English
    Rule(
        "typos-en",
        Family.UNRESPONSIVE,
        HARD,
        r"colap?s+ed|"
        rf"(?:can'?t|cannot|not|stopped|isn'?t) br[ea]+th(?:e|ing)?(?![a-z]){_NOT_IN_A_MASK}"
        r"(?! through (?:my|the|his|her|your) nose)|"
        r"(?:not|isn'?t) breth\w*",
        by_words=True,
        says=("he cant breth",),
    ),
)

TABLES: tuple[tuple[Rule, ...], ...] = (
    NOT_BREATHING_RULES,
    UNRESPONSIVE_RULES,
    BREATHING_RULES,
    CHOKING_RULES,
    CARDIAC_RULES,
    STROKE_RULES,
    BLEEDING_RULES,
    BURN_RULES,
    SEIZURE_RULES,
    POISONING_RULES,
    FIRE_RULES,
    GAS_RULES,
    SUICIDE_RULES,
    LABOUR_RULES,
    FALL_RULES,
    DROWNING_RULES,
    ELECTRIC_SHOCK_RULES,
    VIOLENCE_RULES,
    GRAVE_RULES,
    CRIES_RULES,
    SIGNS_RULES,
    TYPOS_RULES,
)
RULES: tuple[Rule, ...] = tuple(rule for table in TABLES for rule in table)
