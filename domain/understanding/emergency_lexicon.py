"""Vocabularies for emergencies: triggers by kind, and the words that defuse them."""

from __future__ import annotations

import re

from domain.understanding.prefilter import compile_prefiltered

# Flags on a trigger group.
HARD = 1  # an acute event on its own
SOFT = 2  # an emergency unless softened by a mild qualifier or "not urgent"
CRY = 4  # an explicit call for help: void when asked as a general question
HYPERBOLE = 8  # often used as a joke: void next to laughter or "饿得/累得…"
FIRE = 16  # void during a drill
PERSON = 32  # only about a person named just before (他没反应, he's dying)
SIGN = 64  # a warning sign: urgent with a second strong sign, a weak sign or its context
WEAK = 128  # with SIGN: counts only next to a strong sign

CLAUSE_CHAR = r"[^,。!?;:、…\s]"  # any character inside a clause
NON_NEGATION_CHAR = r"[^,。!?;:、…\s不没无未]"  # same, but not a negation (胸不闷 is no symptom)
PEOPLE_ZH = (
    r"(?:人|他|她|老人|爸|妈|父亲|母亲|奶奶|爷爷|外婆|外公|姥姥|姥爷|孩子|宝宝|小孩|儿子|女儿|老公|"
    r"老婆|媳妇|丈夫|妻子|婆婆|公公|岳母|岳父|邻居|老太太|老爷子|阿姨|大爷|大妈|老伴|老头子?|老太婆|"
    r"孙子|孙女|外孙女?|阿婆|阿公|阿爷|阿嫲|爹|娘(?!娘)|老汉|室友|舍友|租客|房客|"
    # neighbours called by a kin word (王叔, 李姨, 张伯, 刘婶)
    r"(?<=[\u4e00-\u9fff])(?:叔|姨|伯|婶))"
)
PEOPLE_EN = (
    r"(?:he|she|they|him|her|dad|mom|mum|father|mother|grandma|grandpa|granny|grandmother|"
    r"grandfather|husband|wife|son|daughter|baby|kid|child|neighbou?r|partner|friend)"
)
# Signs of life whose absence is the emergency (没有心跳, 摸不到脉搏).
VITALS = (
    r"(?:心跳(?!加|过|很|太|不齐|异常|正常|快|慢)|脉搏|脉象|呼吸(?!道|困难|急促|不畅|问题|机|科)|"
    r"鼻息|气息|意识(?!到)|知觉|喘气(?![困急不费很吃粗])|脉(?![搏象络冲])(?=了|$|[\s,，。!！]))"
)
# Sleeping pills named by their drug, for overdoses (吃了半瓶安定).
SEDATIVES = r"安定|地西泮|艾司唑仑|阿普唑仑|佐匹克隆|唑吡坦|氯硝西泮"
PERSON_BEFORE = compile_prefiltered(rf"(?:{PEOPLE_ZH}{CLAUSE_CHAR}{{0,3}}|(?<![a-z]){PEOPLE_EN})$")
# The person, then what they did, then 就 and the state (我爸碰了一下水管就倒了).
PERSON_SUBJECT = compile_prefiltered(rf"{PEOPLE_ZH}{CLAUSE_CHAR}{{0,10}}$")

# The triggers themselves are in emergency_rules.py, one table per family.


IDIOMS = compile_prefiltered(
    r"气得(?:我|人)?(?:都)?(?:心口|胸口|心脏|肝|心)(?:都)?(?:疼|痛|闷)|笑到窒息|笑得窒息|窒息操作|令人窒息|尴尬到窒息|美到窒息|帅到窒息|窒息的操作|想死你|想死我|"
    r"跳楼价|跳楼大甩卖|难(?:度|得|到)[^。!?]{0,10}窒息|"
    r"笑(?:得|到)?不活了|(?:难吃|难喝|辣|咸|丑|好笑|搞笑)(?:到|得)[^。!?]{0,4}(?:要)?(?:(?:叫|打)(?:救护车|120)|报警)|(?:群|消息|信息|抢菜|抢不到|系统|app|小程序|刷新)[^。!?]{0,10}窒息|窒息[^。!?]{0,10}(?:这个群|群里|消息|抢菜|抢不到|系统|app|小程序|刷新|刷|关在家|关在屋|宅在家|封在家|天天关|憋在家)|心脏病都要|(?:心梗|心脏病|脑溢血|高血压)[^。!?\s]{0,4}(?:被)?气出来|(?:耐心|心态|心情|脑子)[^。!?\s]{0,4}窒息|吓得我心脏|气得吐血|吐血推荐|吐血整理|看得吐血|笑吐血|吐血了都|救命稻草|救命恩人|"
    r"中毒太深|游戏中毒|"
    # money bled, not blood (抢菜抢到大出血💸)
    r"(?:抢菜|购物|买买买|花钱|钱包|荷包|团购|剁手|工资)[^。!?]{0,6}大出血|大出血(?:了)?[💸💰]|"
    # money lost at cards (打麻将又大出血了 输了二十块)
    r"(?:麻将|打牌|斗地主|掼蛋|牌桌)[^。!?]{0,6}大出血|"
    # a chest tight at the prices (my chest feels tight just looking at the grocery prices)
    r"(?:chest|heart)[^.!?]{0,12}(?:tight|hurts?|aches?|sinks?)[^.!?]{0,8}(?:just )?(?:looking at|"
    r"thinking about|reading|seeing|hearing about) (?:the |my |our |this |these |those )?"
    r"(?:[a-z]+ )?(?:prices?|bills?|news|rent|mortgage|receipt|invoice|numbers|schedule|workload|"
    r"menu|queue)|"
    # "almost had a stroke" from being shut in or angry (憋得我都快中风了)
    r"(?:憋|气|急|吓|烦|闷)(?:得|到)(?:我|人)?(?:都)?(?:快|要|快要)(?:中风|脑梗|脑溢血|心梗)了?|"
    # a tight chest put down to one's mood (胸口闷闷的 不是病 是心情不好)
    r"(?:胸口|胸|心里|心口)闷[^。!?]{0,12}(?:不是病|是心情|心情不好|憋屈)|"
    r"(?:giving|gave|give|gives) me (?:an )?asthma attack|"
    # a smell or a taste to faint for (香得我要晕过去了)
    r"(?:香|好吃|美|帅|甜|好看)得?(?:我)?(?:都)?要晕(?:过去|倒)了?|"
    # shut in for days (关了二十天 感觉要窒息了)
    r"(?:关|憋|闷|封)(?:了|在家)[^。!?]{0,8}(?:要|快)窒息|"
    r"(?:fire|flame) in my (?:heart|belly|soul)|my heart is (?:on fire|burning) for|"
    # a thing that "will kill" (this lockdown is going to kill me, his cooking will kill us)
    r"(?<![a-z])(?:cooking|heat|lockdown|quarantine|queue|line|wait|waiting|noise|boredom|work|job|"
    r"meetings?|zoom|homework|traffic|commute|exams?|rent|bills?|this|that|food|stairs|"
    r"humidity|weather|kids|twins)(?:'s| is| are| will|'ll)? (?:going to |gonna )?"
    r"(?:kill|be the death of) (?:me|us)(?![a-z])|"
    # a parent or a boss who will "kill me" for a mishap (my mom is going to kill me, I broke…)
    r"(?:mom|mum|mother|dad|father|boss|teacher|parents)(?:'s| is| are| will|'ll)? (?:going to |"
    r"gonna )?kill me[^.!?]{0,4}[,.!]? ?(?:i|we) (?:just )?(?:broke|forgot|lost|spilled|spilt|"
    r"ate|spent|missed|burnt|burned|dropped)|"
    # a thing having a heart attack (my wallet is having a heart attack with these fees)
    r"(?:wallet|account|balance|purse|card|budget|phone|laptop)(?:'s| is| was)? "
    r"(?:having|had|gonna have|going to have|about to have) a heart attack|"
    # eaten too much (吃撑了 快喘不上气了)
    r"吃(?:撑|太饱|太多|多)了[^。!?]{0,6}(?:快|都)?(?:要)?喘不(?:上|过)气|"
    # 心疼 of pity, not a heart that hurts (说我瘦了 心疼得不行, 心疼孩子, 心疼钱)
    r"(?:瘦了|哭了|受苦|受罪|可怜|吃苦|辛苦|累坏了)[^。!?]{0,6}心疼|心疼(?:我|你|他|她|孩子|娃|钱|老人)|"
    r"中毒了吧|(?:网|app|手机|电脑|小程序|软件|系统|网站|电视|wifi|机器|平台)\S{0,3}抽风|嗓子冒烟|"
    r"喉咙冒烟|烟囱(?:在|里|又|一直)?冒(?:烟|黑烟|白烟)|"
    r"救救孩子|救救我的|"
    r"(?:馋|好香|太香|可爱|好吃|好看|好帅|好美|无聊)[^。!?]{0,8}救命|"
    r"差点(?:儿)?(?:就)?(?:被)?(?:热|饿|累|晒|气|吓|憋|挤|冻|闷)?(?:晕倒|晕过去|昏倒|昏过去|噎死|窒息)|"
    # a snore likened to choking (打呼噜声像要窒息了)
    r"(?:打呼噜|打呼|打鼾|呼噜声?)[^。!?]{0,8}窒息|"
    # frustration's idiom (网课卡了八次 想死的心都有了)
    r"想死的心(?:都|也)?有(?:了)?|"
    # a near fall (差点踩空, 差一点从楼梯上摔下去, nearly slipped)
    r"(?:差点|差一点|险些)(?:儿)?(?:就)?(?:[从在][^,。!?\s]{1,6}?)?"
    r"(?:踩空|摔倒|摔了|摔下去|摔下来|滑倒|跌倒|滚下去|滚下来)|"
    # a nail gone black under a pinch or a knock: a bruise, not cyanosis (手指被门夹了 指甲发黑)
    r"(?:夹|砸|撞|踢|碰)(?:了|到|伤|破)?[^,。!?]{0,4}指甲(?:盖)?(?:发黑|发紫|青紫|乌紫|变紫|变青)|"
    r"(?<![a-z])(?:nearly|almost) (?:fell|slipped|tripped|fell down)(?![a-z])|"
    r"(?<![a-z])(?:almost|nearly) (?:fainted|passed out|collapsed|died|choked)(?![a-z])|"
    r"救命[^。!?]{0,10}(?:太|好|也太|真的?|超)(?:贵|可爱|好看|好吃|难吃|离谱|好笑|搞笑|难抢|卷|帅|美|甜|"
    r"香|绝了|上头|难买|难用|慢)|"
    r"[a-z]+ (?:from|of|with) (?:hunger|boredom|laughter|laughing|the heat|heat|excitement|"
    r"cuteness)(?![a-z])|"
    r"(?:heat|hot|humid|weather|air|room|lockdown|quarantine|this|work|job|boss|rent|mortgage|bills?|"
    r"debts?|deadlines?|stress|pressure|exams?|school|studies|study|crowds?|crowded|commute|"
    r"marriage|relationship|meetings?|office)[^.!?]{0,20}suffocat\w*|"
    r"suffocat\w* (?:heat|weather|humidity)|"
    r"breathing down (?:my|his|her|our|your|their) neck|"
    # a heart attack "got" from a bill, fire as praise, pride swallowed
    r"(?:got|had|having|get) a heart attack (?:seeing|looking at|when i saw|reading|at|over|from)|"
    r"(?:absolute|absolutely|pure|straight) fire(?![a-z])[^.!?]{0,20}(?:thank|thanks)|"
    r"swallow\w* (?:his|her|my|their|your|our) pride|"
    r"(?:having|had|have|gonna have) a heart attack[^.!?]{0,12}(?:the |my )?(?:wifi|internet|"
    r"exam|test|homework|deadline|game|phone|bill|grades?)|"
    # a scare (a stroke scare), a mild case (mild food poisoning), a birth story (in labour with me)
    r"(?:stroke|heart attack|cardiac|choking|fire|cancer) scare|"
    # cooped up (就是憋得慌想出门, 关在家憋坏了)
    r"憋得慌(?=[^。!?]{0,4}(?:想出|出门|出去|下楼))|"
    r"(?:在家|关在家|宅在家|关着)[^。!?]{0,4}憋(?:得慌|坏了|疯了)|"
    r"(?:would|'d) (?:literally |honestly |actually )?die for (?:a|an|some|one)(?![a-z])|"
    # muscles 'screaming for help' after a workout (my abs are screaming for help 🆘)
    r"(?:abs|legs|muscles|arms|back|thighs|calves|glutes|core|body) (?:are|is) "
    r"(?:screaming|crying|begging) (?:for )?(?:help|mercy)|"
    r"(?:mild|slight|a touch of|a bit of|bit of) (?:food )?poisoning|"
    r"(?:was|were) in labou?r (?:for [^.!?]{0,15})?with (?:me|my (?:brother|sister)|him|her)|"
    r"almost had a heart attack|nearly had a heart attack|gave me a heart attack|give me a heart "
    r"attack|gonna have a heart attack|going to have a heart attack|heart attack (?:price|prices|"
    r"bill)"
    r"|stroke of (?:luck|genius)|you'?re on fire|on fire (?:today|lately|tonight)|choking (?:on|"
    r"with) "
    r"laughter|laughing so hard|can'?t breathe (?:from|with) laugh|dying (?:of|for|to) \w+|"
    # a craving (I'd kill for a hotpot), not a threat
    r"(?:i'?d|i would|would|could) (?:totally |literally )?kill for|"
    r"(?:bored|boring|queue|line|wifi|internet|zoom|lagg\w*|so slow|homework|meetings?)"
    r"[^.!?]{0,30}(?:want to die|wanna die)|"
    # a craving one cannot live without (没咖啡我活不下去了)
    r"没(?:有)?(?:咖啡|奶茶|可乐|烟|酒|零食|辣条|网|wifi|手机|外卖|火锅)[^。!?]{0,3}(?:我|人)?(?:真的?|就|会)?"
    r"(?:活不下去|不活了|要死了|会死)|"
    # drowning in things, not in water (drowning in leftover cabbage, in paperwork)
    r"(?<![a-z])drown(?:ing|ed)? in (?!(?:the |a |his |her |their |our |my )?(?:water|bath|"
    r"bathtub|tub|pool|river|lake|sea|pond|canal|well|bucket|fish ?tank)(?![a-z]))[a-z]+|"
    r"被[^,。!?\s]{1,6}淹没了|"
    # a small child's drama over a treat, quoted (儿子说没有薯片他活不下去了, toddler announced
    # "I'm dying" because we ran out of biscuits)
    r"(?:儿子|女儿|孩子|娃|宝宝|闺女|小孩|小朋友)[^。!?]{0,3}(?:说|喊|嚷嚷|宣布)[^。!?]{0,14}"
    r"(?:零食|薯片|糖|饼干|冰淇淋|冰激凌|雪糕|巧克力|动画片|平板|玩具|游戏)[^。!?]{0,10}"
    r"(?:活不下去|不活了|不想活了|想死|要死了|快死了)|"
    r"(?<![a-z])(?:toddler|kid|son|daughter|little one|child)"
    r"[^.!?]{0,20}(?:says?|said|announced|declared|yelled|screamed|cried|told me)[^.!?]{0,8}"
    r"(?:i'?m dying|i'?m going to die|i want to die|life is over|(?:his|her) life is over)"
    r"[^.!?]{0,40}(?:biscuits?|cookies?|candy|sweets|ice cream|chips|crisps|snacks?|chocolate|"
    r"ipad|tablet|tv|cartoons?|screen time|toys?)(?![a-z])"
)
# A context in which one strong warning sign is enough (diabetes, a charcoal fire, a head knock).
# A knock on the head, after which even a weak sign (vomiting, a headache) is urgent.
HEAD_KNOCK = compile_prefiltered(
    r"头(?:先|朝下)?着地|头上(?:起|鼓|肿)了?(?:个|一个)?大?包|后脑勺?(?:先)?着地|"
    r"(?:磕|撞|摔|碰)(?:到|了|伤|在|着)?了?(?:头|脑袋|后脑勺?|额头)|"
    # the head as the subject: 头撞到桌角, 脑袋磕在地上, head hit the floor
    r"(?:头|脑袋|后脑勺?|额头)(?:先)?(?:磕|撞|碰|砸)(?:到|在|着|了)|"
    r"(?<![a-z])(?:hit|bumped|banged|knocked|smacked|whacked) (?:the back of |the side of )?"
    r"(?:(?:his|her|my|their) )?head(?![a-z])|"
    r"(?:his |her |their )?head (?:hit|smacked|banged|struck|slammed) "
    r"(?:the|on|against|into)(?![a-z])|"
    r"bump on (?:his|her|the) head|(?:fell|landed) on "
    r"(?:his|her|my|their) head|head first(?![a-z])"
)
SIGN_CONTEXT = compile_prefiltered(
    r"糖尿病|胰岛素|血糖|降糖|烧炭|炭火|煤炉|燃气|煤气|天然气|热水器|头先着地|磕到头|撞到头|"
    r"磕到了头|撞到了头|过敏(?!性鼻炎)|"
    # a food that often causes allergy, a sting, a new drug (then a swelling face is anaphylaxis)
    r"花生|坚果|腰果|杏仁|核桃|开心果|虾|蟹|海鲜|芒果|芝麻|蜜蜂|马蜂|黄蜂|蛰|蜇|青霉素|头孢|阿莫西林|"
    r"(?<![a-z])(?:diabetic|diabetes|insulin|blood sugar|sugar is|"
    r"sugar level|allergic|allergy|nuts|peanuts?|bee|stung|hit (?:his|her|my) head|gas heater|"
    r"cashews?|almonds?|walnuts?|pistachios?|shrimps?|prawns?|shellfish|seafood|crab|lobster|"
    r"sesame|wasp|hornet|penicillin|antibiotics?|"
    r"water heater|charcoal|dialysis|kidney failure|copd|asthma)(?![a-z])|"
    # a patient off dialysis, a known lung disease
    r"透析|尿毒症|肾衰|慢阻肺|老慢支|肺气肿|哮喘|"
    # a wish to die said before (之前说过不想活了): a silence now is urgent
    r"说过[^。!?]{0,4}(?:不想活|想死|活着没意思|活不下去|要自杀)|"
    # chemotherapy, a fall from furniture or a ladder
    r"化疗|白细胞|从[^。!?]{0,4}(?:床|椅子|凳子|梯子|楼梯|沙发|桌子|上铺)上?(?:摔|掉|跌|滚)下|"
    r"(?<![a-z])(?:chemo\w*|(?:fell|fall|falls) (?:off|from|out of) (?:the |a |his |her |my )?"
    r"(?:bed|bunk|chair|"
    r"stairs|ladder|table|sofa|couch|window))"
)
# "If I were gone" told as a burden lifted: a thought of one's own death, which the hypothetical
# reading must not take for a supposition (要是我走了我妈会不会轻松点 药我已经攒了一抽屉).
SELF_GONE_IF = compile_prefiltered(
    r"(?:要是|如果|假如|万一|等)我(?:走了|不在了|死了|没了|消失了?)|"
    r"(?<![a-z])if i (?:was|were|am|'?m) (?:gone|dead|not here)(?![a-z])|"
    # an "if" that tells what has already happened (does that apply if my husband's passed out)
    r"(?<![a-z])if (?=(?:my|our) [a-z]+(?:'s| has) (?:just )?(?:passed out|collapsed|fainted|"
    r"stopped breathing|fallen|swallowed|taken|drunk|drank))"
)
HYPERBOLE_BEFORE = compile_prefiltered(
    r"(?:让|叫|令|害)(?:我|人)(?:都|快|要)?$|(?:(?:饿|累|热|冷|困|无聊|虐|闷|烦|气|笑|吓|尴尬|丑|忙|晒|冻|憋|馋|撑|挤|堵|等|排队|排|贵|吵|"
    r"香|美|帅|甜|爽|辣|酸|感动|卷|高兴|开心|兴奋|骂|训|念叨|唠叨|"
    r"加班|上班|上课|写|学|做|干活|关|宅|卡|慢|磨|熬|折腾|抢|刷|吵|烦|哭|唱|搞|弄|整|逼|折磨|封)(?:得|到|的)"
    # watched or played so much (看得我想死), never 看到 (saw)
    r"|(?:看|追剧|玩)得)"
    rf"{CLAUSE_CHAR}{{0,3}}$|(?:laugh|laughing|laughed|lol)\w*[^.!?]{{0,12}}$"
    # a verb copied around its object: 排队排到, 写作业写得, 加班加到
    rf"|(?P<verb>[\u4e00-\u9fff])[\u4e00-\u9fff]{{1,3}}(?P=verb)(?:得|到){CLAUSE_CHAR}{{0,3}}$"
    # "killed" by a meeting or the heat (要被这个zoom会议闷死了 喘不过气)
    r"|被[^,。!?\s]{1,10}(?:闷|憋|烦|吵|热|累|气|卷|折磨)死了?\s*$"
)
# A joke declared as such (开个玩笑, 说着玩的 别当真); a joke denied is the opposite (莫开玩笑了).
JOKE_DECLARED = (
    r"(?<![莫别没不])(?<!不是)(?<!不要)(?<!没有)开(?:个)?玩笑(?!的时候|时|归)|"
    r"说着玩|闹着玩|别当真|不要当真"
)
JOKE = compile_prefiltered(
    r"[😂🤣😆😅😹💀🙃😝😜🤪🥲🙄]|(?<![a-z])(?:lol|lmao|lmfao|rofl|haha\w*|hehe|jk|"
    r"(?<!not )(?<!n't )(?<!no )(?:kidding|joking))(?![a-z])"
    r"|哈哈|呵呵|嘿嘿|嘻嘻|hhh|笑死|笑哭|笑尿|太好笑|好好笑|搞笑|狗头|\[doge\]|🐶"
    # a laughing or facepalm sticker, as WeChat writes it out ([捂脸], [Facepalm])
    r"|\[(?:捂脸|破涕为笑|偷笑|呲牙|坏笑|旺柴|奸笑|笑哭|facepalm|joyful|smirk|grin|chuckle|lol)\]"
    # a joke declared, or a cry taken back as said in play (刚才那条是说着玩的 别当真)
    rf"|{JOKE_DECLARED}"
    r"|栓q|绝绝子|yyds|我真的会谢|蚌埠住|绷不住了|xswl|awsl|(?<![a-z])(?:omg lol|smh)(?![a-z])"
    r"|吃瓜|大瓜|这个?瓜|笑晕|笑话"
    r"|(?<![这那])(?:不|唔)(?:是|系)真(?:的|个)(?=[\s,，。.!！~]|$)|"
    r"(?<![a-z])(?:just kidding|only joking|ignore my last)(?![a-z])"
    # a thing, not a person, that died (my diet just died, my wallet is dead)
    # (a phone or laptop that died is literal: "my phone died, can someone call 120")
    r"|(?<![a-z])(?:my|the|our) (?:diet|wallet|bank account|savings|sanity|brain|"
    r"plants?|social life)(?: just)? (?:died|is dead|is dying|passed away)(?![a-z])"
)
NEGATION_ZH = compile_prefiltered(
    # nobody has it (没人胸闷也没人咳嗽); 有没有人报警 asks
    r"(?<!有)没人(?:有)?$|"
    # no need to (不用叫救护车); 用不用, 需不需要 ask
    r"(?<!用)(?<!需)(?:不用|不需要|无需|没必要)(?:再|去)?$|"
    # not like a fire (不像着火 就是呛): the likeness denied
    r"不像(?:是)?(?:有人)?$|"
    # "not that I ..." denies what follows (不是说我想死, 倒不是说想死)
    r"(?:不是|并不是)说(?:我|他|她)?(?:真的?)?$|"
    r"(?:不是|没有?|并不是|并没有?)(?:要|想|想要|打算|说要)$|(?:(?<!是)不是|并没有|没有|没|不|无|未|并未|从未|从没|别|莫)"
    r"(?:有|出现|感到|感觉|觉得|什么|任何|明显|再|发生|真的|真|在|啥|闻到|看到|听到)?(?:[^,。!?;:、\s]{1,4}(?:和|"
    r"或者?|也|、))?$|(?:不是|并不是)(?:我们|咱们|我家|我们家)(?:楼|家|这边|这栋|单元)?$|"
    # one denial over symptoms written together (没有胸闷气短: 气短 is denied too)
    r"(?:没有?|无|并没有?|不)(?:胸闷|胸痛|胸口疼|头晕|头痛|头疼|发烧|发热|咳嗽|心慌|气短|气促|乏力|恶心|"
    r"呕吐|腹泻|腹痛|肚子疼){1,2}$"
)
NEGATION_EN = compile_prefiltered(
    r"(?<![a-z])(?:no|not|never|without|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|hasn'?t|haven'?t|"
    r"hadn'?t|denies|denied|negative for|free of|nor|neither|no sign of|no signs of|"
    r"nothing(?:'s| is| was))"
    r"(?! sure| certain| know| idea| think so| a (?:meme|joke|drill|prank|test|troll)(?![a-z])|"
    # confusion is a sign itself, no denial of the signs after it (not making sense face drooping)
    r" joking| kidding| making sense| talking sense| (?:him|her|them)sel(?:f|ves)(?![a-z]))"
    # a new subject after "and"/"but" starts a clause of its own (not breathing and his lips…)
    r"(?:\s+(?!(?:and|but)\s+(?:his|her|my|he|she|their|its)(?![a-z]))[^\s]+){0,5}\s*$|"
    # nothing right before the state (nothing on fire); nothing I do stops the bleeding denies none
    r"(?<![a-z])nothing\s*$|"
    # nobody here has it (Nobody in our flat has any chest tightness or shortness of breath)
    r"(?<![a-z])(?:nobody|no one|none of us)[^.!?]{0,30}(?:has|have|had|with|feels?) (?:any )?"
    r"(?:[a-z]+ ){0,3}?(?:(?:or|and|nor) )?$"
)
MEDICINE_AFTER = compile_prefiltered(
    r"^\s*(?:的)?(?:药|药物|药品|病人|病史|患者|后遗症|medicine|meds|medication|pills|tablets|drugs|"
    r"patient|survivor|history|prevention)"
)
MEDICINE_BEFORE = compile_prefiltered(
    r"(?:治|防|预防|抗|缓解|治疗|救心|for (?:his|her|my|their|our)(?: [a-z]+'s)? |anti-?)\s*$"
)
HYPOTHETICAL = compile_prefiltered(
    r"如果|(?<!主)(?<!只)(?<!就)要是|万一|假如|假设|若是|若有|倘若|如有|一旦|以防|预防|防止|谨防|(?<!不)小心|当心|警惕|以免|怎么预防|"
    # from now on, whichever household (以后谁家有人摔倒起不来 直接打这个电话)
    r"以后(?:谁家|谁|哪家|哪户|大家|各家)|"
    # a plan for later, at a clause's start (想建个应急小组 以后有人过敏或者晕倒能先帮忙; not
    # 下班以后有人晕倒了, after work someone fainted)
    r"(?:^|(?<=[\s,，:：;；]))以后(?:要是|如果|万一)?有人|"
    # "not sure if this is urgent" asks whether, it supposes nothing; "sorry if this is nothing"
    # excuses the post
    r"(?<![a-z])(?<!sure )(?<!wonder )(?<!wondering )(?<!n't know )(?<!not know )(?<!idea )"
    r"(?<!idk )(?<!dunno )"
    r"(?<!sorry )(?<!apologies )(?<!forgive me )(?<!excuse me )(?<!pardon me )"
    # "if you can", "if anyone is awake": asked of someone now, supposing nothing
    r"(?<!asking )if(?![a-z])(?! (?:you|u) can| (?:anyone|anybody|someone|somebody) (?:can|could|"
    r"is awake|is up|hears?)| possible| poss)|"
    r"in case"
    r"|what if|suppose|supposing|whenever|prevent|what to do when|what do (?:we|you|i) do when"
    # a notice's rule for later (for anything urgent call 120 directly)
    r"|for anything urgent|for (?:any )?emergenc(?:y|ies)"
    r"|how (?:do|can|should|would) (?:i|we|you|one) (?:report|handle|deal with)|not that there"
    r"|(?<![a-z])reminder(?: from [a-z ]{3,24})?\s*:"
    r"|should (?:someone|anyone|a resident)|(?:有|出现)[^。!?]{0,10}的(?:居民|住户|人员|业主)|"
    # whoever has the need, in a standing instruction (有急需就医的请直接打120)
    r"(?:^|[\s,，:：;；])(?:有|凡有|凡是)[^。!?\s]{1,10}的[\s,，]?(?=请|可以|可|就|都|直接|马上|立即|"
    r"及时|尽快|赶紧)|"
    r"(?<![a-z])(?:anyone|anybody|residents?|those|people|whoever) (?:who |that )?(?:needs?|"
    r"requires?) (?:urgent|emergency|immediate) (?:medical )?(?:care|help|treatment|attention)|"
    r"严禁|禁止|已发生一起|发生了一起|如出现|若出现|如发现|若发现|如遇|若遇|遇到[^。!?]{0,10}时|出现以下|如有以下|"
    # a notice's list of signs (中暑症状包括头晕 … 严重者意识不清)
    r"症状(?:包括|有|为|是)|严重者|重症者|轻者|"
    # those with a history told what to watch for (有过敏史的注意 喉咙发紧要立刻就医)
    r"有[^。!?\s]{1,6}(?:史|病)的(?:请)?(?:注意|居民|朋友|邻居)|"
    r"(?:^|[,，:：;；\s])(?:如|若)$|"
    r"(?:如|若|如果)(?:闻到|看到|听到|感到|感觉)|安全提醒|"
    r"(?<![a-z])(?:residents with|anyone with|anybody with|those with|people with|symptoms such as|"
    r"symptoms like|symptoms include)(?![a-z])|"
    # a threshold told for a kind of patient (Above 39.5 in babies, call 120; 超过39.5的婴儿)
    r"(?<![a-z])(?:above|over|higher than|more than|below|under) \d+(?:\.\d+)?\s*(?:°c|c|degrees?)?"
    r"\s*(?:in|for) (?:babies|infants|children|kids|toddlers|newborns|adults|the elderly|anyone|"
    r"everyone)(?![a-z])|(?:超过|高于|大于|达到)\d+(?:\.\d+)?\s*(?:度|℃)?(?:以上)?的(?:婴儿|宝宝|孩子|"
    r"儿童|小孩|老人|人|居民)"
)
# Fainting said of oneself from hunger, heat or work, the clause opening with it (饿到晕过去了,
# 我热得快晕倒了): whoever writes it has not fainted. Someone else named (我妈饿晕了) stays acute.
SELF_FAINT_BEFORE = compile_prefiltered(
    r"^(?:我|俺|本人)?(?:今天|真的?|简直|都|快)?(?:饿|累|热|困|渴|晒|冻|闷|忙|挤|熬)(?:得|到)(?:我)?(?:快|都|要|快要)?$|"
    # whatever made the writer so (核酸的队伍排得我快晕过去了)
    r"(?:饿|累|热|冷|困|渴|晒|冻|闷|忙|挤|熬|排|排队|站|等)(?:得|到)我(?:都|快|要|快要)$"
)
FAINT_WORDS = compile_prefiltered(r"晕过去|昏过去|晕倒|昏倒|晕厥")
# Anger felt in the chest (被熊孩子气得胸闷, 气得我心口疼): a figure of speech for anger.
ANGER_BEFORE = compile_prefiltered(
    r"(?:被|让|叫)?[^,。!?;:、…\s]{0,8}气(?:得|到)(?:我)?(?:都|直)?$"
)
ANGER_WORDS = compile_prefiltered(
    r"胸闷|胸口闷|心口疼|心口痛|胸口疼|胸口痛|心绞痛|喘不过气|上不来气"
)
# A birth said to be near, and a due date weeks away (预产期下个月, due in three weeks).
NEAR_BIRTH = compile_prefiltered(
    r"快生了|快要生了|要生了|快生|about to give birth|going to give birth"
)
DUE_LATER = compile_prefiltered(
    r"(?:下(?:个)?月|下下?周|下(?:个)?星期)预产期|"
    r"预产期(?:在|是|还有)?(?:下(?:个)?月|下下?周|下(?:个)?星期|"
    r"[一二两三四五六七八九十\d]+(?:个)?(?:月|周|星期)|\d+月)|"
    r"(?<![a-z])due (?:date (?:is )?)?(?:next (?:month|week)|"
    r"in (?:\d+|two|three|four|five|six) (?:weeks|months))"
)
# A danger believed by mistake, right before the trigger: 还以为着火了 (it was firecrackers),
# thought there was a fire. Only the clause just before: 还以为他睡着了 结果叫不醒 stays acute.
MISTAKEN_BEFORE = compile_prefiltered(
    r"(?:还|原|本|原本|本来|都|差点|差一点)以为(?:是|有)?[^,。!?;:、…\s]{0,4}$|"
    # dreamt (做梦梦到家里着火了, dreamt there was a fire)
    r"(?:梦到|梦见|梦里)(?:了)?[^,。!?;:、…\s]{0,4}$|"
    r"(?<![a-z])(?:dreamt|dreamed|a dream|a nightmare) (?:that |about |where )?"
    r"(?:there was |there were |i was "
    r"|my \w+ (?:was|had) )?(?:a |an |some )?$|"
    r"(?<![a-z])(?:i|we) (?:really )?thought (?:there was |it was |there'?s |it'?s |(?:he|she|they|"
    r"someone|my \w+) (?:was|were) (?:having )?|my |our )?(?:a |an |some )?$"
)
# A cry heard from someone else (楼上1101一直有人喊救命, 听到有人在叫救命): never a mundane one.
HEARD_CRY_BEFORE = compile_prefiltered(
    r"(?:有人|听到|听见|传来|隔壁|楼上|楼下)[^。!?\s]{0,4}(?:喊|叫|呼|嚷)(?:着)?$|"
    r"(?<![a-z])(?:someone|somebody|heard|hear|hearing)[^.!?]{0,20}(?:screaming|shouting|yelling|"
    r"crying|calling)(?: out)?(?: for)?\s*$"
)
# A smell told to be another one right after it (那个煤气味是装修油漆的味道 物业确认过了)
SMELL_EXPLAINED_AFTER = compile_prefiltered(
    r"[^。!?\s]{0,2}(?:是|其实是|原来是)[^。!?\s]{1,10}(?:的)?(?:味道|气味|味儿)"
)
# Smoke told to be something harmless right after it (… is just the BBQ on 502's balcony)
HARMLESS_SMOKE_AFTER = compile_prefiltered(
    r"[^.!?]{0,30}?(?:is|was|'s|are|were) (?:just|only) (?:the |a |an |some |someone'?s |"
    r"[a-z0-9-]+'s )?(?:[a-z]+ )?(?:bbq|barbecue|grill|cooking|steam|incense|dinner|toast|candles?|"
    r"mosquito coils?|fog|mist|dust|vapou?r|smoke machine)(?![a-z])|"
    # 看到很多烟, 是对面工厂烟囱: a chimney, a grill, cooking, steam
    r"[^。!?]{0,6}?(?:原来是|就是|只是|是)[^。!?]{0,8}?(?:烟囱|工厂|锅炉|烧烤|烤肉|做饭|炒菜|熏腊肉|熏肉|"
    r"蒸汽|水蒸气|烧纸|烟花|鞭炮)"
)
# Thought so, then told what it turned out to be (以为着火了 结果是对面楼在烧烤).
THOUGHT_BEFORE = compile_prefiltered(r"(?<![不没])以为(?:是|有)?[^,。!?;:、…\s]{0,4}$")
TURNED_OUT_AFTER = compile_prefiltered(r"^[^。!?]{0,12}?(?:结果|原来|其实)")
# The words misheard: what was meant was something else (说胸口闷 吓我一跳 结果她说的是心里闷)
MEANT_AFTER = compile_prefiltered(
    r"[^。!?]{0,12}?(?:结果|原来|其实)(?:她|他|人家|老人)?(?:说的|指的|讲的|的意思)(?:是|其实是)|"
    r"[^.!?]{0,30}?(?:turns out|turned out|it turns out|actually) (?:she|he|they|mum|mom|dad) "
    r"meant(?![a-z])"
)
# A cry or a report sent earlier, referred to and explained away (刚才群里那个'救命'是我家孩子玩手机
# 发的; 刚才那个说胸闷的是我看错了 是别的群的消息)
REFERRED_BEFORE = compile_prefiltered(
    r"(?:那个|那条|这个|这条|那句|这句|发的|群里的?|刚才的?|刚刚的?|之前的?|上面的?|谁)(?:说|讲|发)?"
    r"\s*['\"“‘「『]?$|"
    # words someone said, in quotes (老人家说“活着没意思”)
    r"(?:说|讲|念|喊)\s*['\"“‘「『]$"
)
EXPLAINED_AFTER = compile_prefiltered(
    # (刚才谁说着火了? 是不是看错了: asked back whether it was a mistake)
    r"['\"”’」』]?[了吗?？\s]{0,4}(?:的)?(?:消息|那条|这条|那句)?(?:是|都是)[^。!?]{0,16}(?:发的|发错|误发|按错|点错|"
    # lines read from a drama (“活着没意思” 是在念电视剧台词)
    r"台词|念|背课文|电视剧|演戏|拍戏|剧本|"
    r"玩|闹|测试|不小心|乱按|乱发|打错|看错|搞错|弄错|别的群|其他群|别人家)"
)
# The writer's own faint, told as a reaction (i literally fainted when i saw the price 😂)
WRITER_BEFORE = compile_prefiltered(
    r"(?:(?<![a-z])i |^\s*)(?:literally |almost |nearly |just |totally |actually |basically |"
    r"kinda |practically |legit )*$"
)
# A risk, not an event: 容易起火, 可能会引起火灾, could cause a fire.
RISK_BEFORE = compile_prefiltered(
    r"(?:容易|易于|极易|易|可能会|有可能会|或将|会)(?:引起|引发|导致|造成|发生)$|(?:容易|极易|可能会|有可能会)$|"
    r"(?:容易|易于|有可能会|或将)[^,。!?;:、…\s]{1,5}$|"
    # feared, not happened (地上都湿了 怕老人滑倒)
    r"(?<![不别])(?:怕|担心|以防|防止|免得|避免|预防)[^,。!?;:、…\s]{0,4}$|"
    # asked whether it could happen (孩子会不会误喝 需要注意啥); whether it did (会不会是误喝了,
    # 会不会误喝了洗衣液) is no risk: emergency_calm._risk reads the 了
    r"(?:会不会|可不可能)(?:不小心)?$|"
    # what follows otherwise (一定要开窗 不然会头晕)
    r"(?:不然|否则|要不然)(?:就|会|容易|可能)?(?:会)?$|"
    r"(?<![a-z])(?:can|could|may|might|will|would) (?:cause|lead to|start|result in) (?:a |an )?$|"
    r"(?<![a-z])(?:risk of|danger of|hazard of) (?:a |an )?$|"
    r"(?<![a-z])(?:avoid|avoiding|prevent|preventing) (?:a |an |any )?$|"
    # what warming oneself this way leads to (烧炭取暖会一氧化碳中毒)
    r"(?:烧炭|炭火|炭盆|煤炉|取暖|用火|用电)[^,。!?;:、…\s]{0,4}会(?:一氧化碳|煤气|燃气)?$"
)
# A fact told of the danger itself (一氧化碳无色无味, carbon monoxide has no smell): a warning.
RISK_FACT_AFTER = compile_prefiltered(
    r"(?:中毒)?(?:是)?(?:无色无味|没有(?:任何)?(?:气)?味|闻不到|看不见|是(?:隐形|无声)(?:的)?杀手)|"
    # a hazard to check for (有漏气隐患的提前说)
    r"(?:的)?(?:隐患|风险)|"
    r"\s*(?:poisoning )?(?:has no (?:smell|colou?r|odou?r)|is (?:odou?rless|colou?rless|invisible|"
    r"a silent killer|deadly)|(?:can'?t|cannot) be (?:smelled|smelt|seen))"
)
# A product pitched (快来试试XX保健品 领取): the symptoms it names are the advert's.
PITCH = compile_prefiltered(
    r"快来试试|来试试|试用装|保健品|领取|下单|抢购|包邮|买一送一|(?<![a-z])(?:try (?:it|our|this)|"
    r"buy now|order now|free trial|supplement)(?![a-z])"
)
# An advertisement (【广告】 一氧化碳报警器 特价99元): sold, not happening.
ADVERT = compile_prefiltered(
    r"【(?:广告|推广|促销|团购广告)】|特价|优惠价|促销|加(?:我)?微信|扫码(?:进群|领|下单)|限时(?:福利|抢购|优惠)|"
    r"(?<![a-z])(?:promo code|on sale|discount code|dm (?:me )?for (?:price|prices|details)|"
    r"\d+% off)(?![a-z])"
)
GENERAL_AFTER = compile_prefiltered(
    r"^[^。!?]{0,8}?(?:等(?:紧急|危急|严重)?症状|等(?:紧急|危急|严重)?情况|的症状|症状的|"
    r"的(?:居民|住户|业主|人员)(?:请|应|需|要|可))|"
    # 的话 of a supposition, not of words said (遗言一样的话, 说的话)
    r"^[^。!?,\s]{0,4}?(?:(?<![样些句说讲那这])的话|的时候)(?:[,\s]|能|可以|该|应该|应|要|需要|怎么|找|打|去)|"
    # what to do "when" it comes (胸痛时舌下含服)
    r"^时(?=[^。!?]{0,4}(?:舌下|含服|服用|拨打|立即|立刻|请|应|可以))|"
    # whenever it comes, a fear (闻到煤气味就怕): a habit, not this time
    r"^[^。!?,\s]{0,2}就(?:怕|害怕|紧张|心慌|发慌)|"
    # how it is put out, told as a rule (油锅起火用锅盖盖 别用水浇); one who did it tells it done
    r"^(?:时|的话)?(?:要|应|先|就|可以)?用(?:锅盖|湿毛巾|湿布|灭火毯|灭火器)[^。!?\s]{0,2}"
    r"(?![^。!?\s]{0,3}(?:了|不|没))(?=\s|$|[,，。;；])"
)
# Said of anyone in general (chest tightness after a hard workout can be normal).
NORMAL_SAID_AFTER = compile_prefiltered(
    r"[^.!?]{0,40}?(?:can be|is (?:often|usually|sometimes)|are (?:often|usually)) "
    r"(?:normal|common|harmless)(?![a-z])|"
    # a reading that is this patient's own normal (sats 88, that's normal for him: COPD)
    r"[^.!?]{0,30}?(?:that'?s|it'?s|which is|is) (?:normal|usual|his normal|her normal|"
    r"his baseline|her baseline|baseline|his target|her target) for (?:him|her|them|me)(?![a-z])|"
    # a habit of anxiety, nothing now (a tight feeling in my chest when I'm anxious, nothing
    # right now)
    r"[^.!?]{0,30}?when (?:i'?m|i get|i feel) (?:anxious|stressed|nervous|worried|upset)"
    r"[^.!?]{0,12}(?:nothing|not|none) (?:right )?now"
)
ASKING = compile_prefiltered(
    r"请问|问一下|想问|咨询|请教|科普|急救知识|急救常识|建议收藏|一定要收藏|一般|了解一下|提前了解|"
    # knowing a number or a key is asking for a way in, not a question (有人知道他家电话吗)
    r"(?:(?:有没有|有)人知道|谁知道)(?![^。!?]{0,8}(?:电话|手机|号码|钥匙|联系方式|微信))|"
    r"(?:这|这样|这个)(?:算)?正常吗|(?:多少|多久|几天|多长时间|什么样的?)(?:才)?算(?:是)?正常|"
    r"多久一次(?:才)?(?:该|要|就要|需要|得)去医院|"
    r"(?:挂|看)(?:什么|哪个|哪一?)科|(?:does|do) anyone know|anyone know|"
    r"just asking|就是想问问|只是问问|随便问问|就问问|问问而已|"
    r"just curious|just wondering|out of curiosity|(?:a|the) (?:common |usual |typical )?"
    r"(?:symptom|sign)s? of|"
    r"in general|"
    r"general question|quick question|how do you|what do you do|"
    # learning it ahead, in case (先学着 万一用得上)
    r"先学(?:着|一下|起来)|提前学(?:习)?(?:一下)?|想学(?:习)?一下|以备不时之需|以防万一|"
    # whether a habit could poison (天天点蚊香会不会中毒啊)
    r"会不会(?:中毒|有事|有危险|有问题|着火)|(?:万一|以后|将来)(?:哪天)?(?:能)?用得(?:上|着)|"
    r"for future reference|"
    # whether one may call the police about a nuisance (Is it OK to call 110 about the drumming?)
    r"(?<![a-z])(?:is it ok(?:ay)?|can i|can we|should i|should we|am i allowed) (?:to )?call "
    r"(?:110|the police|the cops)[^.!?]{0,12}(?:about|over|for) (?:the )?(?!(?:a |the )?(?:fight|"
    r"attack|man with|guy with|knife))|"
    # whether a thing is normal (is gas smell normal when the stove first lights?)
    r"(?<![a-z])is (?:a |the |some )?(?:[a-z]+ ){1,3}normal (?:when|if|after|for|at)(?![a-z])|"
    r"(?<![a-z])asking for a friend(?![a-z])|"
    # asked on someone's behalf (胸口闷是不是要打120? 帮朋友问的)
    r"帮(?:朋友|同事|别人|亲戚|同学|人)问(?:的|一下|问)|"
    # a question set as homework (作业里有道题 火灾时应该怎么逃生)
    r"(?:作业|试卷|考试|课本)(?:里|上)?(?:有)?(?:一)?道题|标准答案"
)
# A cry sent by mistake, said before it (刚才是我手机误发的救命)
MISSENT_BEFORE = compile_prefiltered(
    r"(?:误发|发错|按错|点错|误触|误按|乱按|不小心发)(?:了)?(?:的|了)?(?:个|一个|一条|一句)?\s*['\"“‘「『]?$"
)
# Asking whether anyone is there is a call for someone, not a question (救命啊 有人在吗).
ANYONE_THERE = compile_prefiltered(
    r"有人(?:在|听到|看到|管)?(?:吗|嘛|么|没有)|有没有人(?:在|听到|看到|管)?|谁(?:来)?管一?下|"
    # whoever is awake in the night (有人醒着吗 求求你们帮我打120)
    r"(?:有|还有)(?:人|谁)(?:还)?(?:醒着|没睡|起来了)|有没有人(?:还)?(?:醒着|没睡)|"
    r"(?<![a-z])(?:is )?(?:any|some) ?(?:one|body) (?:still )?awake(?![a-z])|"
    # someone asked to make the call, not a question about calling (is someone able to call 120?)
    r"(?<![a-z])(?:is |can |could |would )?(?:any|some) ?(?:one|body) (?:able to |please )?"
    r"call (?:120|an ambulance|the ambulance|999|911)(?![a-z])|"
    r"(?<![a-z])(?:is )?(?:any|some) ?(?:one|body) (?:there|home|here|around|hear me)(?![a-z])"
)
QUESTION = compile_prefiltered(
    r"吗|\?|能不能|可不可以|可以.{0,6}[吧呢]|是否|到多少|多少(?:度|算|才|需要|要)|"
    r"(?<![a-z])(?:can (?:i|we)|should (?:i|we)|"
    r"do (?:i|we)|"
    r"is it ok|are we allowed)(?![a-z])"
)
URGENT = compile_prefiltered(
    # (how to give first aid is a question, not haste: 应该怎么急救 有没有视频教程)
    r"快|赶紧|马上|立刻|救命|(?<!不)(?<!不着)(?<!怎么)(?<!如何)(?<!怎样)"
    r"急(?!救(?:知识|常识|培训|课|包|箱|手册|视频|教程|方法|步骤))|!!|心肺复苏|除颤|"
    r"(?<![a-z])(?:now(?!\sthat)|asap|hurry|urgent|"
    r"quick(?! (?:q|qs|question|questions)(?![a-z]))|quickly|help|"
    r"cpr|aed)(?![a-z])"
)
PERSONAL_NOW = compile_prefiltered(
    rf"我{PEOPLE_ZH}|我家|我现在|现在|刚才|刚刚|"
    # alone at home, telling one's own symptoms (我一个人在家 胸口压着疼 想问问)
    r"我(?:一个人|自己|独自)|(?:一个人|独自)在家(?!的)|家里(?:就|只有)我|"
    # one's own body named (问一下 我胸口闷得慌 左肩膀也疼)
    r"我(?:的)?(?:胸口|胸|心口|心脏|头|肚子|左|右|喉咙|嗓子)|"
    r"(?<![a-z])(?:my|right now|just now|i'?m (?:home )?alone|home alone|by myself)"
    r"(?![a-z])"
)
PAST = compile_prefiltered(
    r"昨天|昨晚|前天|前晚|前年|上周|上星期|上礼拜|上个月|上次|去年|前几天|前阵子|那天|之前|以前|曾经|"
    r"有一年|那一?年|"
    r"年轻(?:的)?时(?:候)?|年纪轻[的额]?(?:时候|辰光)|小辰光|"
    r"当时|小时候|"
    # treated since (心梗做过支架, 搭过桥): history
    r"(?:做|放|装|搭)(?:了|过)(?:心脏)?(?:支架|搭桥|桥)|"
    r"几年前|年前|月前|天前|(?<![a-z])(?:yesterday|"
    # the same as last time is a likeness, not the time of this one (another stroke, same as
    # last year)
    r"(?<!same as )(?<!like )(?<!as )last (?:week|night|month|year|time|weekend|spring|summer|"
    r"autumn|fall|winter|christmas|new year)|"
    # minutes or hours ago is an onset (started 20 min ago), not a past event
    r"(?<!minutes )(?<!minute )(?<!mins )(?<!min )(?<!hours )(?<!hour )(?<!hrs )(?<!hr )"
    r"(?<!seconds )(?<!secs )(?<!\dm )(?<!\dh )ago|"
    # back in a time, not back in a room; once as a time, not once he got home
    r"previously|in the past|back in (?:the day|the [\d']+s|(?:19|20)\d\d|school|college|"
    r"(?:jan|feb|march|april|may|june|july|aug|sep|oct|nov|dec|spring|summer|autumn|winter)\w*)|"
    # a person in a room numbered like a year (neighbour in 2003) is an address
    r"used to|the other day|"
    r"(?<!neighbour )(?<!neighbor )(?<!lady )(?<!guy )(?<!man )(?<!woman )(?<!family )"
    r"(?<!someone )(?<!resident )(?<!tenant )(?<!grandma )(?<!grandpa )(?<!uncle )in 20\d\d|"
    # not all at once (took all her pills at once)
    r"(?<!at )(?<!all )once(?! (?:he|she|they|i|we|you|it|the|my|his|her|our|mum|mom|dad|grandma|"
    r"grandpa|again)(?![a-z])))(?![a-z])"
)
LONG_AGO = compile_prefiltered(
    r"上个月|去年|前年|以前|曾经|小时候|几年前|年前|月前|(?:做|放|装|搭)(?:了|过)(?:心脏)?(?:支架|搭桥|桥)|"
    r"(?:last (?:month|year)|in the past|back in(?: the day| the [\d']+s| (?:19|20)\d\d)?|"
    r"used to|(?<!neighbour )(?<!neighbor )(?<!lady )(?<!guy )(?<!man )(?<!woman )"
    r"(?<!family )(?<!someone )(?<!resident )(?<!tenant )in 20\d\d)"
)
# A lasting condition named as the cause of what followed (中风后要长期吃药, 中风卧床): history
# unless the sentence tells an onset (中风后一直卧床 今天突然叫不醒).
LASTING_CONDITION = re.compile(r"中风|脑梗|脑溢血|脑出血|心梗|心肌梗塞?|偏瘫|stroke")
AFTERMATH = compile_prefiltered(
    r"(?:以后|之后|过后|后)(?!来|背|面|天|脑|门|边|悔)|卧床|瘫痪|偏瘫|后遗症|康复|"
    r" (?:was|wasn'?t) (?:mild|minor|small|a (?:mild|minor|small) one)(?![a-z])"
)
ONSET_NOW = compile_prefiltered(
    r"突然|又(?!是|快|要)|再次|刚才|刚刚|正在|一下子|发作|不行了|叫不醒|昏迷|不省人事|"
    r"(?<![a-z])(?:suddenly|again|another|just now|right now|is having|having a|started|"
    r"can'?t (?:move|speak|talk|wake))(?![a-z])"
)
ONGOING = compile_prefiltered(
    r"现在还|还在|一直|到现在|越来越|又|刚才|刚刚|突然|正在|此刻|仍然|持续|还没好|还是|开始|起病|发作|"
    # an onset told with its time is going on now (started 20 min ago, 半小时前开始)
    # (keep on vomiting, not the advice to keep a fire blanket)
    # (again at the end of a question asks for a thing again: could the lead pin them again?)
    # (a soreness that lingers after it is no onset: her wrist still hurts a week on)
    r"(?<![a-z])(?:now|still(?! (?:hurts|aches|sore|is sore|a bit|a little|bruised|swollen|"
    r"limping|stiff))|again(?![^.!?]{0,3}\?)|right now|currently|just now|keeps|"
    r"keep(?= (?:on )?[a-z]+ing(?![a-z]))|since|ongoing|worse|"
    r"getting worse|started|starting|began|begun|came on|onset|suddenly|all of a sudden|"
    # a state that is now by its nature (fell last night and can't get up)
    r"can'?t (?:get up|move|stand)|(?:is|are|'s) (?:lying|stuck|trapped)|not breathing|"
    # an alarm sounding now (smoke alarm going off ... threatened to burn it down yesterday)
    r"going off|(?:is|keeps?) beeping|"
    # happening without a stop, or a moment ago (vomiting nonstop, just passed out)
    r"nonstop|non-stop|won'?t stop|just (?:passed out|collapsed|fainted|fell|stopped))(?![a-z])"
)
HISTORY_BEFORE = compile_prefiltered(
    r"(?<!just )(?:had an?|has had an?|history of|hx of|survived an?|after (?:his|her|my) |"
    r"(?:ever )?since (?:his|her|my|the|their) )\s*$"
)
# "had a seizure" told as just now, not as history (had a seizure a minute ago, still going)
# a state that is now by its nature (has had a fall and can't get up)
STATE_NOW = r"can'?t (?:get up|move|stand|breathe)|(?:is|'s) (?:lying|stuck|still on the floor)"
HAD_JUST_NOW = compile_prefiltered(
    r"[^.!?]{0,30}?(?:(?:a|one|two|few|a few|\d+) (?:seconds?|secs?|minutes?|mins?) ago|just now|"
    r"right now|(?:is |it'?s |it is )?still (?:going|happening|shaking|fitting|seizing|jerking)|"
    # going on: a seizure that won't stop, 5 minutes now, for ten minutes
    r"(?:won'?t|will not|doesn'?t|does not|isn'?t|is not) (?:stop|stopping|ending|end)|"
    r"(?:\d+|a few|few|two|three|four|five|ten) (?:minutes?|mins?) (?:now|already|and counting)|"
    r"for (?:\d+|a few|two|three|four|five|ten|over|more than) ?(?:\d+ )?(?:minutes?|mins?)"
    r"(?! ago)|"
    rf"{STATE_NOW})"
)
RESOLVED = compile_prefiltered(
    r"已经好了|好了|好多了|好转|没事了|没什么事|没啥事|没事儿|没大碍|无大碍|恢复了|康复|退了|退烧了|"
    # walking again (前几天摔了一跤 现在能走), not asked (现在能走吗)
    r"(?:现在|已经|这两天)(?:能|可以)(?:走|走路|下地|下床)(?:了|路了)?(?![吗么没])|"
    r"(?:啥|什么)事(?:都|也)?没有|没(?:什么)?大事|(?:自己|能自己)能?(?:站|爬)?起来|"
    r"(?<![a-z])(?:gone now|it'?s gone|has gone away|(?:it'?s|has|have|was) been sorted|all sorted|"
    r"sorted now|all (?:calm|quiet|settled|fine|good|ok|okay) now|nothing (?:is )?leaking|"
    r"no leaks?(?: found)?)(?![a-z])|"
    r"(?:幸好|还好|幸亏|好在)没|"
    # no longer felt (现在不闷了, 已经不疼了)
    r"(?:现在|已经|早就)(?:也|都)?不(?:闷|疼|痛|晕|喘|难受)了|"
    r"已经(?:被)?(?:抱|拉|扶|救)(?:了)?下来了|"
    r"healing (?:fine|ok|okay)|(?:点着|点燃|点上)(?:了)?(?:火)?就没(?:了|味了?)|"
    # mending in care (she's recovering in hospital now)
    r"(?:is|'s|are|'re) recovering (?:well|fine|nicely|in (?:the )?hospital|at home)|"
    # taken away already (隔壁楼有人抽搐被拉走了)
    r"被(?:救护车|120)?(?:拉走|接走|送走|送去医院|送医院)了|"
    r"醒了(?!一点|一下|一会|又)|醒过来|"
    r"缓过来|止住了|抢救回来|救回来|抢救过来|脱离(?:了)?危险|抢救成功|自(?:己|个儿?)(?:爬|站|坐)?起来了|"
    # told it never was (胸口疼? 没有的事 他就是吃撑了)
    r"没有的事|没这回事|没那回事|哪有的事|"
    r"已经(?:扶|爬|站)起来了|原来是|已经关(?:了|掉|好)|住院了|送医院了|送医了|已送医|在医院了|进(?:了)?产房|已经(?:被[^,。!?\s]{0,6})?(?:接走|拉走|送走|送医|送到医院|送去医院)|"
    r"送(?:进|去|到)?(?:了)?(?:icu|ICU|重症监护室?|抢救室)了|(?<!还)(?<!没)不烧了|退烧了|烧(?:也|已经)?退了|"
    r"已经(?:把)?(?:她|他|人)?送(?:她|他)?(?:去|到|进)(?:了)?医院|"
    # in a hospital's hands (奶奶在上海医院抢救)
    r"在[^。!?\s]{0,4}医院(?:里)?(?:抢救|住院|治疗|观察|ICU|icu)|"
    r"被(?:120|救护车|急救车)(?:接|拉|送)走|(?:120|救护车|急救车)(?:已经)?(?:来)?(?:把人)?(?:接|拉|送)走了|"
    r"不痛了|不疼了|不流了|灭了|扑灭|处理好了|"
    # in the ambulance already (已经上救护车了), or checked by those whose trade it is
    r"(?:已经|已)上(?:了)?(?:救护车|急救车|120)|"
    r"(?:燃气公司|煤气公司|物业|师傅|维修工|消防(?:员)?)[^,。!?\s]{0,4}?(?:来)?(?:看|查|检查|检测)过了|"
    # responders thanked for coming in time (感谢消防员昨天及时赶到), a fire kept from spreading
    r"(?:感谢|谢谢|多亏|幸亏)[^。!?\s]{0,4}(?:消防(?:员)?|医生|护士|120|救护车|急救(?:人员)?|警察)"
    # (not 还没蔓延, not yet: 火还没蔓延到我们这层 快跑)
    r"[^。!?\s]{0,6}(?:及时|赶到|赶来|来得快)|(?:火|火势)?(?<!还)(?<!尚)(?<!暂时)(?<!目前)没(?:有)?蔓延"
    r"(?:开)?(?![^。!?]{0,16}(?:快|赶紧|救命|来人))|"
    r"(?<![a-z])(?:they'?ve|they have|someone'?s|someone has) (?:fixed|sorted|dealt with) it|"
    # home from hospital, but not when only just (刚出院, 上周才出院: the background of what is new)
    r"(?<!刚)(?<!才)出院(?!没几天|不久|后|回家没)|"
    # safe told, not wished (母子平安了; not 希望母子平安, 平安就好)
    r"(?<!希望)(?<!祝)(?<!保佑)(?<!祈祷)(?<!祈求)(?<!盼)平安(?!就好|就行|最重要|吗|吧|符|的话)|"
    r"虚惊|误报|没问题了|排查过了|已排查|检查过了|"
    # home again resting (医生说是胃病 现在在家休息了)
    r"(?:现在|已经)(?:在家|回家|回来)(?:休息|养着|躺着)了?|"
    # the doctor's verdict reassures (焦虑引起的 不是心脏问题 放心了)
    # (是不是心脏的问题 asks, it does not reassure)
    r"放心了|(?<!是)不是心脏(?:的)?(?:问题|病)(?![吗么啊呀?])|"
    # a glow explained (是夕阳照的, 是灯光)
    r"是(?:夕阳|晚霞|太阳|阳光|灯光|反光|霓虹灯)|"
    r"(?:已经|都)?查过了|一看是|原来只是|人好好的|后来才知道|"
    # the cry explained (后来发现是手机被娃儿乱按的)
    r"后来(?:才)?发现(?:是|只是)|现在(?:人)?在(?:icu|ICU|重症监护室?|医院|抢救室)(?:里)?|(?:乱按|误按|按错|误触|碰到)的(?=$|[,，。!！\s])|幸好送医|送医及时|来查了|不是急病|"
    r"不是(?:我们|咱们)?(?:楼|家)?(?:漏气|着火|起火|煤气|燃气|天然气)|拉走(?:了|的是)[^。!?]{0,6}阳性|没有?泄漏|没漏|不是泄漏|大家放心|(?:已经|情况|病情)?稳定了|在家休养|好在|"
    r"(?:都|一切|已经)安全了|"
    # the police told and dealing with it (已经报警了 警察说会来处理)
    r"警察(?:说)?(?:会|已经)?(?:来)?处理|警察已经(?:到了|来了)|"
    # on the mend (恢复得还行), walking again (已经能走了)
    r"恢复得(?:还行|还不错|不错|挺好|很好|还可以)|已经能(?:走|下地|站起来)|"
    r"(?<!我)没事(?:儿|的)?(?=$|[,。!;~\s])|"
    r"是(?:有人|楼下|楼上|邻居|隔壁|家里)?[^,。!?\s]{0,3}?在?(?:抽烟|炒菜|做饭|烧纸|烧烤|烤肉|熏腊肉|烧香|炒辣椒|炝锅|炸辣椒|熬辣椒油|熬中药|熬药|煎中药|煎药|炖汤|熬汤|艾灸|炖肉|炖菜|煲汤|卤肉|红烧肉)|"
    # the smell's cause told in English (is someone's moxibustion, was just the neighbour's bbq)
    r"(?<![a-z])(?:is|was|'s) (?:just |only )?(?:from )?(?:someone'?s|somebody'?s|a neighbou?r'?s|"
    r"the neighbou?rs?'?s?|my|our) (?:cooking|bbq|barbecue|incense|moxibustion|candles?|"
    r"cigarettes?|toast|dinner|hot ?pot)(?![a-z])"
    r"(?![^.!?]{0,30}(?:on fire|caught fire|flames|ablaze|spreading|help))|"
    # the smell's cause is work on the pipes (是物业在检修管道)
    r"是(?:物业|燃气公司|煤气公司|工人|师傅|维修工|楼下|楼上)[^,。!?\s]{0,3}?在?(?:检修|维修|修|施工|作业|检查)|"
    r"(?:'s|'re|(?<![a-z])is|(?<![a-z])are) (?:fine|ok|okay|alright|stable)(?! to)(?!\s*\?)|"
    # the alarm's cause is the cooking (是我煎鱼煎糊了)
    r"(?:煎|炒|烤|煮|烧|做饭|做菜)[^,。!?\s]{0,4}(?:糊了|焦了)|"
    r"(?<![a-z])(?:fine now|ok now|okay now|better now|all good now|recovered|resolved|is fine|"
    # he's fine typed without its apostrophe, a game (hes fine, just playing)
    r"(?:hes|shes|theyre) (?:totally |completely )?fine|just (?:playing|pretending|messing around)|"
    # home again and playing (now he is home and playing, back home and eating well)
    r"(?:now|already) (?:he|she|they)(?: is| are|'s|'re)? (?:back )?home (?:and|,) (?:playing|"
    r"eating|sleeping|resting|fine|well)|"
    # the smoke explained in English (nvm, it's the guy downstairs smoking on his balcony)
    r"(?:it'?s|it was|just) (?:the |a |some |my |our )?(?:guy|man|woman|neighbou?r|someone|"
    r"somebody|people|uncle|auntie|bloke)[^.!?]{0,30}(?:smoking|grilling|cooking|burning incense|"
    r"having a (?:bbq|barbecue))|"
    # a scare, all normal (the electric shock scare this morning: 36.5, all normal)
    r"(?:a|the|what a|quite a|big|bit of a) (?:[a-z]+ ){0,2}scare(?![a-z])|all normal|"
    r"recovering (?:well|nicely|fine|now)|walking again|(?:is|are) healing|healing (?:well|nicely|"
    r"up)|on the mend|up and about|"
    # a fire said to be out (it's out now and no one was hurt); not "out of control"
    r"(?:fully|completely) out(?: now)?|"
    r"(?:it'?s|it is|it was|fire(?:'s| is| was)) (?:already |all )?(?:out|put out|extinguished)"
    r"(?! of)(?![a-z])|"
    # in hospital now: in care (she's in hospital now)
    r"(?:is|'s|are|'re) (?:in|at) (?:the )?hospital now|"
    # the smoke explained (just someone grilling on their balcony, nothing's on fire)
    r"(?:just|was) (?:someone|somebody|a neighbou?r|people|the neighbou?rs?) (?:grilling|cooking|"
    r"barbecuing|bbq\w*|burning (?:incense|toast|food|the rice|the dinner))|burnt toast|"
    r"nothing(?:'s| is| was)? on fire|"
    # home again and well (she's home now and ok)
    r"(?:back )?home (?:from (?:the )?hospital )?(?:now )?and (?:ok|okay|fine|well|"
    r"doing (?:well|fine|ok))|"
    r"(?:just|only|it'?s|it was) (?:cutting |chopping |peeling |juicing |spilled |spilt )?"
    r"(?:beet ?roots?|beets|ketchup|tomato (?:sauce|juice)|red wine|pomegranate|dragon ?fruit|"
    r"paint|hair dye)|"
    r"feeling better|feels better|doing better|doing fine|doing great|back to normal|"
    r"under control|stopped now|"
    r"has stopped|false alarm|no longer|out of (?:the )?hospital|discharged|"
    r"woke up(?! like (?:this|that)| with (?:it|this|that|a |her |his ))|came to|"
    # a fit over some minutes ago (the seizure stopped about 20 min ago)
    r"stopped (?:about |around |maybe )?\d+ ?(?:min|mins|minutes|hours?|hrs?) ago|"
    r"(?:has|have) been (?:fine|ok|okay|well|good|alright) since|"
    # calmed down after a visit (社工上门了 人现在情绪稳定)
    r"情绪(?:已经|现在)?(?:稳定|平复|平稳)(?:了|下来了?)?|"
    # stable now, kept in for observation (现在已经稳定 住院观察)
    r"(?:现在|目前)(?:已经)?(?:病情)?(?:稳定|平稳)(?:了|下来了?)?(?![吗嘛么没不?？])|住院观察|"
    # a fire put out (the firefighters already put it out)
    r"(?<![a-z])(?:already|firefighters|fire brigade|they|we|i) (?:have |has |had )?(?:already )?"
    r"put (?:it|the fire|the flames) out(?! yet)|fire (?:is|was|has been) (?:put out|extinguished)|"
    # the doctor's harmless verdict, home again (it was just acid reflux. Back home now)
    r"(?:was|is|it'?s) (?:just|only) (?:acid reflux|reflux|indigestion|heartburn|trapped wind|"
    r"wind|gas|anxiety|a panic attack|a pulled muscle|muscle strain|a cold)|back home now|"
    # checked safe, in a cast and home, recovering (已经确认安全, 已经打上石膏 回家了, recover well)
    r"(?:已经)?确认(?:了)?安全|已经打(?:上|了)?石膏|已经回家了|"
    r"(?<![a-z])(?:is|'s|are|'re) (?:now )?(?:in (?:the )?hospital and )?stable(?: now)?(?![a-z])|"
    r"recover(?:ed|ing|s)? (?:well|good|nicely)|is recover|recovery (?:is|was|has been) "
    r"(?:good|going well|fine|great)|"
    # up again on her own, a bruise only (got up by herself, just a bruise)
    r"got (?:up )?(?:by|on) (?:her|his|my|their) own|got up by (?:herself|himself|themselves)|"
    r"got (?:herself|himself) up|just a bruise|现在(?:都)?挺好(?:的)?(?![吗吧])|"
    # a fever come down, a stent put in, well of late (came down with meds, 做完支架了, 最近都挺好)
    r"(?:came|come|went|gone) down (?:with|after|by)|退下来了|降下来了|"
    r"(?:做|放|装)(?:完|好|了)支架|"
    r"最近(?:都|一直)?(?:挺|很|还)好|"
    r"顺利生(?:产|了)|"
    # the noise over, heard last night (it's quiet now, 后来就没动静了)
    r"(?:it'?s|all|everything'?s|everything is) (?:been )?quiet (?:now|since)|现在(?:已经)?安静了|"
    r"后来(?:就)?没(?:有)?动静了|"
    r"came round|put out|(?<!power )(?<!lights )(?<!light )(?<!electricity )went out|all checked|"
    r"no leak|turned out to be|wore off|"
    r"coughed (?:it |them )?(?:up|out)|spat (?:it )?out|(?:totally|perfectly|completely|all) fine|"
    r"nothing to worry about|(?:someone|somebody|a neighbou?r|people) (?:was |is |were )?"
    r"(?:burning (?:incense|paper)|smoking|cooking|grilling|having a bbq)|"
    r"all sorted(?!\s*\?)|sorted now(?!\s*\?)|"
    r"(?:was|is) (?:just )?(?:my|the|our) (?:rice cooker|toast(?:er)?|cooking|pan|oven|kettle|"
    r"dinner|microwave)(?![a-z])|"
    r"(?:was|is|it'?s) (?:just |only )?(?:the )?(?:workers?|engineers?|gas company|maintenance|"
    r"repairmen|plumbers?) (?:fixing|working|repairing|checking|testing)|"
    r"then (?:it'?s |it was )?gone|"
    # the remedy worked (the inhaler sorted it, he calmed down)
    r"(?:inhaler|puffer|spray|medicine|meds|tablets?|pills?) (?:sorted|fixed|helped|worked|did the "
    r"trick)|sorted (?:it|him|her) out|calmed down|settled down|"
    r"now (?:(?:he|she|it|i)(?:'s| is)? )?(?:ok|okay|fine|alright|all right)(?![a-z])(?!\s*\?)|"
    r"(?:is|are) in (?:the )?hospital now|"
    # sent home from the emergency room (the ER sent him home, discharged this morning)
    r"sent (?:him|her|them|us|me) home|(?:was|were|got|been) discharged|"
    # the alarm explained (it was the neighbour's incense, all fine)
    r"(?<!not )all (?:fine|good|ok|okay)(?!\s*\?)|it was (?:just |only )?(?:the |a |my |our )?"
    r"(?:neighbou?r|incense|toast|cooking|kitchen|bbq|barbecue|candle|firecracker)|"
    r"(?:was|were) (?:ok|okay|fine|alright) (?:after|again|by)|"
    # the alarm explained and checked (the gas smell was from the restaurant, checked, all safe)
    r"(?:all|everyone'?s?|everything'?s?|it'?s|is) (?:safe|clear)(?!\s*\?)|"
    r"(?:checked|inspected) by (?:the )?(?:staff|property|security|fire|gas|engineers?|"
    r"management)|(?:was|is|came) (?:just |only )?from (?:the |a |my |our )?"
    r"(?:restaurant|kitchen|bbq|"
    r"barbecue|neighbou?r\w*|downstairs|upstairs|flat below|flat above)|"
    # the symptom went away, not a person (the carer went away)
    r"(?:it|pain|that|this|tightness|pressure|feeling) went away|went away (?:after|by itself|on "
    r"its own))(?![a-z])"
)
# Something new after the resolution (it went away but now his arm is numb, 好了 但是现在又…).
RESOLVED_THEN = compile_prefiltered(
    r"但是?现在|可是现在|现在又|又开始|"
    # corrected after: what was said fine is not (更正 刚才以为没事 现在她站不起来了)
    r"更正|纠正一下|(?<![a-z])correction(?![a-z])|以为没事|"
    # said to be fine, but it goes on (说没事 但是一直在吐)
    r"(?:但|可是)(?:是)?[^。!?]{0,4}(?:一直|还在|还是|老是|不停)|"
    # the flame out, the gas still flowing (灶火被汤浇灭了 气还在跑)
    r"(?:气|煤气|燃气)?还在(?:跑|漏|冒|往外冒|嘶嘶)|"
    # awake again but confused: a sign after a knock or a faint (醒了但说不清自己在哪)
    r"(?:但|可是|就是|只是)[^。!?]{0,6}(?:(?:说不清|不知道|搞不清)(?:自己)?(?:在哪|是谁|在什么地方)|"
    r"认不出|答非所问|胡言乱语|说胡话|迷迷糊糊|神志不清|意识不清)|"
    r"(?<![a-z])(?:but (?:now|then)|but [^.!?]{0,12}(?<![a-z])now|"
    r"came back|back again|started again|"
    r"but (?:she|he)(?:'s| is)? (?:confused|doesn'?t know where|does not know where|"
    r"can'?t tell where)|"
    # says she's fine but keeps throwing up
    r"but (?:(?:she|he|they|it)(?:'s| is)? )?(?:keeps|still|can'?t stop|won'?t stop))(?![a-z])"
)
NEWS = compile_prefiltered(
    # 听说你是医生 asks the reader; a video call or 视频里看到我爸 is family now, not a story
    r"听说(?![你您])|据说|新闻|电视(?:上|里)(?:在)?(?:说|播|放|演)|电视(?:上|里)(?:的|那个|那段)|(?:是|在)拍戏|拍电影的|谣言|谣传|传言|辟谣|假消息|不实消息|报道|报导|网上|网传|(?<!发)(?<!发了)(?<!发了条)(?<!发了个)(?<!发的)朋友圈|热搜|微博|抖音|(?<!刚才)(?<!刚刚)(?<!在)视频里(?!看[到见]?(?:我|俺))(?!(?:我|俺)(?:爸|妈|老公|老婆|爷爷|奶奶|外公|外婆|姥姥|姥爷|儿子|女儿|孩子|家))|(?<=我在)视频里|(?<!我在)(?<!我人在)(?<!我住)隔壁小区|(?<!隔离在)(?<!我在)(?<!住在)(?<!困在)(?:别的|其他)小区|"
    r"外小区|另一个小区|另外一个小区|别的城市|其他城市|"
    r"(?:她|他)们(?:那)?(?:楼|小区|那边|那儿)|纪录片|作文(?:题目|里写|里的|的题目)|题目(?:是|叫)?《|(?:消防|应急|逃生|家庭)预案|作业要写|某地|某市|某省|某县|某区|"
    # cases counted (最近好几起儿童误服, several poisoning cases this month): a statistic
    r"(?:好几|几|多|数|两|三)起(?:儿童|小孩|孩子|老人)?(?:误服|中毒|意外|事故|跌倒|火灾)|"
    r"(?<![a-z])(?:several|many|a few|multiple|two|three|some) (?:\w+ )?cases "
    r"(?:this|last|in)(?![a-z])|"
    # another compound's news heard of (Did anyone hear about the fire across the road)
    r"(?<![a-z])(?:hear|heard) about the|(?:compound|estate|community|block) (?:across the (?:road|"
    r"street)|opposite|down the road|next to ours|next door to ours|next to us)|"
    # a patient at one's work told of (今天医院抢救了一个心梗的)
    r"(?:医院|科室|病房|急诊|icu|ICU)(?:里|今天|刚才|昨天)?[^。!?\s]{0,3}(?:抢救|收|送来|来)了一个|"
    # a relative in another city told of (my sister in Chengdu, texted from Guangzhou)
    r"(?<![a-z])(?:sister|sis|brother|bro|friend|cousin|aunt|uncle|colleague|mum|mom|dad|parents|"
    r"son|daughter)(?:'s)?"
    r"(?: (?!(?:is|are|lives|live|works|stays)(?![a-z]))[a-z-]+){0,2} (?:in|from) "
    r"(?:chengdu|shanghai|beijing|guangzhou|shenzhen|wuhan|xi'?an|hangzhou|nanjing|tianjin|"
    r"chongqing|hong kong|pudong|puxi|minhang|xuhui|jing'?an|huangpu|baoshan|songjiang|jiading|"
    r"changning|yangpu|hongkou|putuo)(?![a-z])"
    # (not one who is here now: my grandma from Chengdu is staying with us)
    r"(?! (?:is|are|was|has been) (?:visiting|staying|here|with us|living with))|"
    # a relative back home abroad (my mum back in Manchester)
    r"(?<![a-z])(?:mum|mom|dad|parents|sister|brother|grandma|grandpa|family) back (?:home )?in "
    r"(?!(?:the|my|our|his|her|bed|hospital)(?![a-z]))[a-z]+|"
    # a rumour put down (视频是假的 别转了, the video is fake)
    r"(?:视频|消息|照片|图片|截图)(?:都)?是假的|别(?:再)?转(?:发)?了|不要(?:再)?转(?:发)?了|"
    r"(?<![a-z])(?:video|photo|post|news) (?:is|was) (?:fake|old|from last year)(?![a-z])|"
    # someone over there says; the writer far away relaying for family here is no story
    r"(?<!我)(?<!我人)(?<!我现在)(?<!我们)"
    r"在(?:上海|北京|武汉|西安|深圳|广州|天津|南京|杭州|成都|重庆|长春|吉林|香港|郑州|石家庄|国外)"
    r"[^。!?]{0,3}(?:说|讲)|"
    # a friend's or relative's compound over there (我朋友在浦东那边 她们小区有人晕倒了)
    r"(?:她|他)们(?:那个)?小区|(?:朋友|同学|同事|亲戚|闺蜜)(?:住)?在[^。!?\s]{1,6}(?:那边|那儿|那里)|"
    # a city over there (上海那边有个老人): a story from elsewhere
    r"(?:上海|北京|武汉|西安|深圳|广州|天津|南京|杭州|成都|重庆|长春|吉林|香港|郑州|石家庄)(?:那边|那儿|那里)|"
    r"(?<![我在从])(?<!我们)(?<!俺们)(?<!咱们)外地(?!打|来电|的\s|的人\s)|外省|(?<![我在回])老家|老家(?:那边|那儿|那里)|有个亲戚|(?<!我在)(?<!我人在)(?<!我现在)国外|某小区|有个小区|电视剧|电影|剧里|小说|主角|剧情|"
    # a sound heard is witnessed (heard a big thud from 302), not a story heard
    # nobody has heard from her since Monday is a silence, not a story heard
    r"(?<![a-z])(?:(?<!not )(?<!n't )(?<!nobody has )(?<!no one has )(?<!nobody's )(?<!nobody )"
    r"(?<!no one )heard(?! (?:a |an |the |some )?(?:\w+ ){0,2}(?:thud|thump|bang|crash|scream|"
    r"screams|"
    r"screaming|shout\w*|noise|banging|knocking|tapping|groan\w*|moan\w*|cry|crying|yell\w*|"
    r"fall|falling|fell|drop)(?![a-z]))|"
    r"news|reported|article|rumou?rs?|hoax|fake news|"
    # on video with him is a call (I'm on video with him from Melbourne)
    r"(?<!on )(?<!our )video(?! call| chat| with| reunion| dinner| meet| hangout)|"
    # where a relative lives (her son is in another city) is no story told
    r"(?<!is in )(?<!are in )(?<!lives in )(?<!live in )(?<!'s in )(?<!works in )(?<!'m in )"
    r"(?<!am in )(?<!stuck in )(?:another "
    r"compound|other compound|another city|the next compound|a neighbou?ring compound|"
    r"the neighbou?ring compound|the compound next door)|on tv|weibo|(?<!from )somewhere|"
    # a story on a screen (watching a medical drama, in the movie, this episode)
    r"(?:medical |hospital |tv |k-?)?drama|movie|film|episode|tv show|documentary|"
    # a story being written (writing a short story where the hero has a heart attack)
    r"writing a (?:short )?(?:story|novel|script|screenplay)|(?:short )?story where|"
    r"(?:story|plot|film|movie|book) idea|"
    r"the (?:hero|heroine|protagonist|main character)(?![a-z])|"
    r"(?:hospital|medical|netflix|cop|crime|reality) show)(?![a-z])|"
    r"朋友家|亲戚家|同事家|"
    r"(?:同事|朋友|同学|网友|亲戚)的(?:爸|妈|父亲|母亲|爷爷|奶奶|外公|外婆|老公|老婆|孩子|儿子|女儿|家人)|"
    r"(?<!我在)(?<!我人在)(?<!我住)(?<!我住在)(?:另一个|别的|其他|隔壁)区|(?:她们|他们|她|他)那边(?:的)?(?:小区|楼里?|村里?|地铁(?:上|里)?|商场里?|超市里?|公司里?|街上|路上)?(?:有人|有个)|"
    # not here at all (不知道哪里着火 不是我们小区)
    r"不是我们(?:这个)?小区|不在我们小区|"
    # pretend play and drama (在玩消防员游戏, being dramatic about broccoli)
    r"游戏里|在玩[^。!?]{0,6}游戏|过家家|"
    # a character on a screen (这剧女主吐血那段, my character keeps bleeding out in the game)
    r"这剧|剧里|电视剧|追剧|这一?集|女主(?![人任])|男主(?![人任])|"
    r"(?<![a-z])(?:in (?:the|a|this|my) (?:video ?)?game|my (?:character|avatar|toon)|"
    r"(?:this|the) boss(?: fight)?)(?![a-z])|"
    r"(?<![a-z])(?:pretend\w*|(?<!not )(?<!n't )being (?:so )?dramatic|drama queen|"
    r"playing (?:a game|firefighters?|doctors?|hospital))(?![a-z])|"
    r"(?<!我)(?<!我人)在国外|"
    r"(?<![a-z])(?:my friend in|a friend in|relative in|relatives in|cousin in) "
    r"(?!room|rm|flat|apt|apartment|unit|building|bldg|block|blk|tower)[a-z]|"
    r"(?<![a-z])(?:watching (?:a |the |this )?(?:show|movie|film|series|drama|episode|documentary|"
    r"tv)|"
    r"grey'?s anatomy|netflix|episode|tv (?:show|series)|in the (?:movie|film|show)|"
    # something read or heard in general (I read that choking is common with kids and grapes)
    r"i (?:read|heard) (?:that|somewhere)|"
    # a story read (reading a thriller where the guy gets poisoned)
    r"(?:reading|through|finished|in) (?:a|this|the|my) (?:crime |detective |mystery |spy )?"
    r"(?:thriller|novel|book|story|mystery))(?![a-z])"
)
# A word quoted in a rule against saying it (不要随便发"救命", don't type "help" in here): the
# rule, a verb of saying and an opening quote right before the trigger, a closing one after.
CLOSING_QUOTES = frozenset("\"”」』'’")
QUOTED_AFTER_SAYING = compile_prefiltered(
    r"(?:不要|别|请勿|禁止|不能|不许)[^。!?]{0,8}(?:发|喊|说|写|刷|打)[\"“「『'‘]$|"
    r"(?<![a-z])(?:don'?t|do not|never|stop|no) (?:[a-z]+ ){0,3}?(?:post|say|write|type|shout|"
    r"use|posting|saying|writing|typing|shouting|using)(?: [a-z]+)? [\"“'‘]$"
)
DRILL = compile_prefiltered(
    # 不是演习, not a drill: the opposite, said to be believed
    r"(?<!不是)(?<!并非)(?<!不是在)(?:演练|演习)|模拟(?!器)|"
    r"(?<![a-z])(?<!not a )(?<!isn't a )(?<!no )(?:drill|fire test|alarm test|simulated|simulation)"
    r"(?![a-z])"
)
# A small burn the writer treats: a blister on a hand or a finger and a burn cream asked for
# (手被热水袋烫起泡了 帮忙买支烫伤膏); a child, the face, a large area or a deep burn are a
# doctor's.
SMALL_BURN = compile_prefiltered(
    r"(?:手|手指|指头|手背|手心|脚背|手臂|胳膊|小臂|手腕|hand|finger|thumb|arm|forearm|wrist)"
    r"[^。!?.]{0,12}(?:泡|blister)[^。!?.]{0,20}"
    r"(?:烫伤膏|烧伤膏|药膏|芦荟胶|湿润烧伤膏|burn (?:cream|gel|ointment)|ointment|aloe|"
    # or a doctor's visit asked for it (能请社区医生上门看一下吗)
    r"(?:社区)?医生(?:上门|上来|来家里|过来)?(?:看|处理)|"
    # or said to be minor (烫伤起泡了 不严重但怕感染)
    r"不严重|不太严重|不算严重|not (?:too |that |very )?(?:serious|bad)|i'?m (?:fine|ok|okay))"
)
BURN_GRAVE = compile_prefiltered(
    r"宝宝|孩子|婴儿|小孩|娃|脸|眼|全身|一大片|好多|很多|一大块|皮[^。!?\s]{0,3}(?:掉|脱)|"
    r"(?<![a-z])(?:baby|child|kid|toddler|face|eyes?|huge|large|big|peeling|all over)(?![a-z])"
)
# Help offered to whoever needs it (家暴不是家务事 有需要可以私信我): an offer, not a report.
HELP_OFFERED = compile_prefiltered(
    r"有需要(?:的话|的)?(?:可以|请|随时)?(?:私信|联系|找|打给|告诉)我|(?:可以|请|随时)私信我|"
    r"(?<![a-z])if you (?:need|want) (?:help|support|to talk)[^.!?]{0,20}(?:dm|message|contact|"
    r"call|text) me|(?:dm|message) me (?:privately )?if you need"
)
# A notice's symptoms to watch for (中暑症状包括… 出现意识不清请立即拨打120)
APPEARS_BEFORE = compile_prefiltered(r"出现[^,。!?\s]{0,2}$")
# Asking after an incident already in hand (刚才那个喘不上气的阿姨送走了吗, how is the lady who
# fainted?): a question about it, not a report of it
FOLLOW_UP = compile_prefiltered(
    r"(?:刚才|刚刚|之前|早上|上午|下午|昨晚|昨天)(?:那个|那位|的)[^。!?]{0,14}(?:怎么样了|送走了吗|"
    r"送(?:去)?医院了吗|好点了吗|好些了吗|好了吗|还好吗|有人去(?:看)?了吗|是几楼|在几楼|是哪家|是谁家|"
    r"救过来了吗)|"
    # someone the group heard of, asked after (那个说胸闷的邻居 后来怎么样了)
    r"(?:那个|那位)(?:说|喊|讲)[^。!?]{1,10}的(?:邻居|阿姨|大爷|大妈|老人|老太太|老爷爷|住户|人|"
    r"小孩|孩子|孕妇|大哥|大姐|宝宝)[^。!?]{0,6}(?:怎么样了|好点了吗|好些了吗|没事了吧|没事了吗|"
    r"送医院了吗|送走了吗|还好吗)|"
    # what the group said earlier, asked after (看到群里说有人要生了 后来送出去了吗)
    r"群里(?:说|讲|发)[^。!?]{0,14}(?:后来|现在)[^。!?]{0,4}(?:送(?:出)?去了吗|送走了吗|"
    r"送(?:去)?医院了吗|怎么样了|好了吗|生了吗|还好吗|没事了吗)|"
    # the group's report asked about (群里有人说10栋有人晕倒了 是真的吗)
    r"群里(?:有人)?(?:说|讲|发)[^。!?]{0,16}(?:是真的吗|真的假的|是真的么|是真的吧)|"
    # the group's report asked after to help (看到群里说有人胸痛 是哪家 需要帮忙吗 我是护士)
    r"群里(?:说|讲|发)[^。!?]{0,14}(?:是哪家|是谁家|在哪|是几楼|在几楼|哪一?栋|需要帮忙吗|要帮忙吗)|"
    r"(?<![a-z])how(?:'s| is) the (?:lady|man|child|kid|neighbou?r|boy|girl|grandpa|"
    r"grandma|old man|old lady) (?:who|from|that)(?![a-z])[^.!?]{0,40}\?"
)
# Asking ahead of need (就是想提前问问, just asking in advance)
ASKING_AHEAD = compile_prefiltered(
    r"提前问(?:问|一下)|先问问\s*(?:以防|备着)|以防万一\s*先问问|提前了解一下|"
    r"(?<![a-z])(?:asking just in case|just in case,? asking)(?![a-z])|"
    r"(?<![a-z])asking because (?:my|our|we'?re|i'?m) [^.!?]{0,20}(?:starting|about to|going to|"
    r"will|soon)|"
    r"(?<![a-z])(?:asking|ask) (?:in advance|ahead)(?![a-z])"
)
# A notice's advice on what to do when it happens (医生提醒：有胸痛、喘不上气要马上打120)
HAS_BEFORE = compile_prefiltered(r"(?:有|出现)[^。!?\s]{0,8}$")
# A danger named as what a contact or number is for (who's the contact for gas leaks): a category
# (a noun after the, a or any: never "phone for the ambulance", a call asked for)
CONTACT_FOR_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:the|a|any|which|what) (?:contact|number|hotline|phone number|person) "
    r"(?:to call |to ring )?(?:for|about|in case of) (?:a |an |the |any )?$"
)
# Care advised on a condition at a clause's start, in a forwarded tip or an answer (有抽搐马上就医,
# 超过39.5度或者抽搐就马上打120): not 有人 (有人晕倒 马上打120 reports one)
CONDITION_BEFORE = compile_prefiltered(
    r"(?:^|[\s,，。;；:：、])(?:有(?!人)|出现|如有|一旦)[^。!?\s]{0,4}$|(?:或者|或是)$"
)
# (seeking care in general words, or a call with 就, "then": 送医院 and 马上打120 alone report one)
SEEK_CARE_AFTER = compile_prefiltered(
    r"\s*(?:的话)?(?:就|便|要|请|应|需)?(?:马上|立即|立刻|及时|赶紧|第一时间)?(?:就医|就诊)|"
    r"\s*(?:的话)?就(?:要)?(?:马上|立即|立刻|赶紧)?(?:拨)?打120|"
    # advised at once (超过39.5或者抽搐要马上打120)
    r"\s*(?:的话)?(?:要|应|应该|需要)(?:马上|立即|立刻|赶紧|第一时间)(?:拨)?打120"
)
# One step against another, asked (先降温还是先打120): which to do, no call made
CHOICE_BEFORE = compile_prefiltered(r"先[^。!?\s,，]{1,8}还是(?:先|直接)$")
# A call advised on a condition (they said call 120 only if it's urgent, 必要时再打120): advice.
CALL_ONLY_IF = compile_prefiltered(
    r"\s*(?:only if|unless|if (?:it'?s |it is )?(?:really |truly |very )?(?:urgent|an emergency|"
    r"serious|necessary)|"
    # a rule for anyone (call 120 if an infant's temp goes above 39.5)
    r"if (?:an?|any|your) (?:infant|baby|child|kid|toddler|newborn|person|adult|elderly person)|"
    r"if (?:the )?(?:infant|baby|child|kid|toddler|newborn)(?:'s)? (?:temp|temperature|fever)|"
    r"if (?:needed|necessary|urgent))(?![a-z])"
)
CALL_ADVISED_AFTER = compile_prefiltered(
    r"^[^。!?]{0,12}?(?:要|请|应|应该|需)(?:马上|立即|立刻|及时|第一时间)?(?:拨打|打|呼叫)(?:120|急救)"
)
# A cry said to have been a drill or filmed at one (那个救命的视频是演习拍的)
# A drill declared as such, any family (这只是演练: 模拟3号楼有人晕倒), unless something is real
DRILL_DECLARED = compile_prefiltered(
    r"(?<![a-z])(?:drill (?:tonight|today|tomorrow|this (?:morning|afternoon|evening)|at \d)|"
    r"nothing is (?:actually |really )?happening|rehearsal|(?:drill|training|practice) scenario|"
    r"(?:this|it) is not real(?! life))(?![a-z])|"
    r"练习一下\s*[:：]|答案\s*[:：]|考考大家|小测(?:验|试)|模拟(?!器)|(?:只是|这是|这只是|本次|此次)(?:一次|一场)?(?:演练|演习)|(?<!不)是在(?:演练|演习|排练)|(?:演练|演习)(?:内容|科目|"
    r"脚本|流程)|(?<![a-z])(?:this is (?:only |just )?a drill|just a drill|simulated|"
    r"simulation)(?![a-z])"
)
REAL_DURING_DRILL = compile_prefiltered(
    r"真的|真(?:晕|倒|着火|摔|的)|不是演练|不是演习|"
    r"(?<![a-z])(?:not a drill|for real|really)(?![a-z])"
)
DRILL_SAID = compile_prefiltered(
    r"是(?:个|一场|一次)?(?:演习|演练)|(?:演习|演练)(?:时|的时候)?拍的|"
    r"(?<![a-z])(?:was|is|it'?s) (?:just |only )?(?:a |an )?(?:drill|exercise)(?![a-z])|"
    # a cry that was children at play (it was a kid playing hide and seek; 是两个小孩在玩)
    r"(?<![a-z])(?:it was|turned out to be|was just|were just|it'?s just) (?:a |the |some |two |"
    r"our |my |the neighbou?r'?s? )?(?:kids?|children|child|boys?|girls?|son|daughter)"
    r"[^.!?]{0,16}(?:playing|a game|messing around)|"
    r"是[^。!?]{0,4}(?:小孩|孩子|娃)[^。!?]{0,4}在?(?:玩|闹|做游戏|捉迷藏)"
)
MILD_BEFORE = compile_prefiltered(
    r"(?:有点|有一点|有些|稍微|略|轻微|一点点|(?<![a-z])(?:slight|slightly|(?:a )?bit(?: of)?|"
    r"a little(?: bit)?(?: of)?|mild|"
    r"mildly|"
    r"kind of|kinda))\s*$"
)
# A symptom that has lasted days is not acute when the writer also says it is not urgent.
CHRONIC_AFTER = compile_prefiltered(
    r"^[^。!?,]{0,3}?(?:好几天|几天|好多天|好久|一周|一个?星期|好几周|几个月|好几个月|很久|多年|好几年|"
    r"老毛病|老问题|for (?:days|weeks|months|a week|a few days))"
)
NOT_URGENT = compile_prefiltered(
    # fine today, the visit wanted a routine one (胸闷是老毛病了 今天还好 就是想让医生来量个血压)
    r"(?:今天|现在|目前)(?:还好|挺好|还行)(?![^。!?]{0,3}(?:但|可是|不过))|"
    r"不急|(?<!别)(?<!先)(?<!先别)不(?:用)?着急|不严重|(?<!要)不要紧|不是急事|不用担心|别担心|"
    r"not urgent|no rush|not serious|"
    r"not an emergency|"
    r"nothing urgent|"
    r"no urgency|"
    r"没有?(?:别的|其他|其它|其余)(?:的)?(?:症状|不舒服|异常)|(?:别的|其他|其它)都(?:正常|还好|挺好)|"
    r"(?<![a-z])no other symptoms?(?![a-z])"
)
PREGNANT_NOW = compile_prefiltered(
    r"孕|[2-4]\d ?周|预产期|怀孕|生完孩子|刚生|产后|pregnan|weeks pregnant|gave birth"
)
PREGNANCY = compile_prefiltered(
    r"孕|预产期|老婆|媳妇|妻子|生孩子|分娩|怀|[2-4]\d ?周|pregnan|due date|wife|[2-4]\d weeks"
)
INFANT = compile_prefiltered(
    r"宝宝|婴儿|新生儿|宝贝|小宝|个月|月大|月龄|小孩|孩子|娃|儿子|女儿|闺女|小朋友|孙子|孙女|外孙|囡囡|小囡|bb仔|bb女|啤啤|"
    r"(?<![a-z])bb(?![a-z])|"
    r"(?<![a-z])(?:baby|infant|newborn|toddler|kid|child|son|daughter|little one|"
    r"\d+[- ]?(?:month|mo)s?[- ]old|\d{1,2} ?mos?|\d{1,2} ?(?:yo|y/o|yr old))(?![a-z])"
)
AGE_YEARS = compile_prefiltered(
    r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:周岁|岁)|(\d{1,2})[- ]?(?:years?|yrs?)[- ]old|"
    r"(?<![a-z\d])(\d{1,2}) ?(?:yo|y/o|yr old)(?![a-z])"
)
# Someone who lives alone and has stopped answering the door or the phone may be lying unconscious.
NO_ANSWER = compile_prefiltered(
    r"(?:敲门|叫门|拍门|按门铃|敲了?半天门)[^。!?]{0,6}(?:没人应|没人开|没人理|没动静|没反应|"
    r"没有反应|没有动静|不开|不应)|没开过门|没人开门|(?:好几|几|两|三)天没(?:拿|取)(?:菜|饭|快递|东西)|"
    r"(?<![a-z])(?:(?:she|he)(?:'s| is) not answering|(?:she|he) isn'?t answering|not picking up)"
    r"(?![a-z])|"
    # a door shut for days, the deliveries left hanging; a door locked with someone calling weakly
    r"(?:好几|几|两|三)天没(?:开过?门|出过?门|出来|见人)|(?:菜|饭|面包|外卖|快递)[^。!?]{0,8}(?:没人拿|都没拿|还挂着)|"
    r"门[^。!?]{0,3}(?:反锁|锁着)|"
    r"(?<![a-z])(?:hasn'?t|has not|haven'?t|have not) (?:opened|come out of|left) "
    r"(?:the |his |her |their )?(?:door|flat|apartment)|"
    r"(?:(?:her|his|the|their) )?door(?:'s| is| was)? (?:locked|bolted)(?![a-z])|"
    r"(?<![a-z])(?:bags?|deliveries|food|groceries|parcels?) (?:still )?(?:hanging|piling up|"
    r"sitting) (?:on|at|outside)|"
    r"(?<![a-z])(?:(?:not|doesn'?t|didn'?t|won'?t|isn'?t|no one|nobody) (?:is |was )?"
    r"(?:answer(?:ing|s|ed)?|"
    r"open(?:ing|s|ed)?) (?:the |his |her |my )?door|no answer at (?:the |his |her )?door|"
    r"(?:no one|nobody|no-one) (?:is |was |has been )?answering (?:at|in) (?:\d|flat|room|unit|rm)|"
    r"(?:knock\w*|rang the (?:door)?bell|ringing the (?:door)?bell)[^.!?]{0,16}(?:no answer|no "
    r"response|nothing back))"
    r"(?![a-z])"
)
# A fallback for wordings no trigger knows: an urgent call about someone lying still
# (求求你们了 我妈躺在床上一动不动; help, my neighbour is lying in the corridor, not moving).
URGENT_CALL = compile_prefiltered(
    r"紧急|快来|快点|赶紧|求求|求救|救救|怎么办|好害怕|我好怕|吓死|急急|!!|😭|🆘|"
    r"(?<![a-z])(?:(?<!how to )help|urgent|hurry|asap|what (?:should|do|can) (?:i|we) do)(?![a-z])"
)
SOMEONE = compile_prefiltered(rf"{PEOPLE_ZH}|(?<![a-z]){PEOPLE_EN}(?![a-z])")
LYING_STILL = compile_prefiltered(
    r"一动不动|动也不动|(?:躺|趴|瘫|倒)着不动|(?:身上|身体|浑身|全身)(?:都)?(?:冰凉|发凉|凉了|冰冷)|"
    r"(?<![a-z])(?:(?:is|isn'?t|not|stopped|won'?t) (?:moving|move)|lying (?:in|on|at) the|"
    r"(?:body|skin) is (?:cold|icy)|cold to the touch)(?![a-z])"
)
# Things that lie still without anyone being hurt (the queue is not moving, 电梯一动不动).
STILL_THINGS = compile_prefiltered(
    r"电梯|车|队|排队|猫|狗|宠物|(?<![a-z])(?:queue|line|traffic|lift|elevator|car|bus|cat|dog|"
    r"app|page)(?![a-z])"
)
# Signs of someone hurt inside a flat that does not answer (呻吟声, 门口有血, a thud then silence).
DISTRESS_INSIDE = compile_prefiltered(
    r"呻吟|哼哼|呼救|喊救命|烧炭|炭味|煤气味|燃气味|里面[^。!?]{0,8}(?:倒地|摔倒|咚|砰|扑通)|声音(?:很|特别|非常)?(?:弱|微弱|虚弱)|有气无力地?(?:喊|叫)|敲墙|敲暖气|敲管子|(?:门缝|窗户|窗口|猫眼)[^。!?]{0,6}(?:看到|看见)[^。!?]{0,6}(?:躺|倒|趴)|(?:门口|门上|地上|门缝)[^。!?]{0,3}(?:有|全是|都是)?血|很重的一声|一声巨响|"
    r"(?<![a-z])(?:moaning|groaning|crying for help|calling for help|blood (?:on|at|by|under) "
    r"the door|a loud thud|charcoal|smell of gas|gas smell|(?:very |really |so )?(?:weak|faint|"
    r"feeble) voice|calling out (?:weakly|"
    r"faintly)|tapping on the (?:wall|pipes?|floor|radiator))(?![a-z])"
)
LIVES_ALONE = compile_prefiltered(
    r"(?<!我)(?<!我是)(?<!我也)(?:独居|一个人住|一人住|一个人生活|自己一个人住|独自(?:一人)?(?:住|生活))|"
    r"(?<![a-z])(?<!i )(?<!i also )(?:lives? alone|living alone|lives by (?:him|her)self|"
    r"lives? on (?:his|her|their) own|(?:'s|is) (?:all )?(?:alone|on (?:his|her) own) (?:in|at))"
    r"(?![a-z])"
)
# A silence that has lasted (一整天没动静, 从昨晚就打不通): worrying even without "lives alone".
SILENT_FOR_LONG = compile_prefiltered(
    r"一整天|一天一夜|一上午|一下午|一早上|(?:两|三|好几|几)天(?:了|都|没)|一晚上|一整晚|从昨[天晚]|从早上|从前天|"
    r"从周[一二三四五六日天]|从星期[一二三四五六日天]|"
    r"(?<![a-z])(?:since (?:yesterday|last night|this morning|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|the weekend|last week)|all day|for (?:two|three|2|3|several|days)"
    r"(?: days)?|(?:two|three|2|3|several) days of)(?![a-z])"
)
# An office's line that goes unanswered (物业电话没人接): a complaint, not a person gone silent.
OFFICE_LINE = compile_prefiltered(
    r"(?:物业|客服|居委会?|社区|街道|热线|12345|办公室|前台|门卫|保安|维修|师傅|医院|药店|快递|商家|店家|"
    r"超市|电工|管家|房东|中介|二房东)(?:的|那边的?)?(?:电话|热线|手机|号码)|"
    r"(?<![a-z])(?:property|management|office|hotline|helpline|shop|store|pharmacy|plumber|"
    r"courier|front desk|reception)(?:'s)? (?:phone|number|line|hotline)(?![a-z])"
)
# An office named right after the silence (联系不上物业, can't reach the property office).
OFFICE_AFTER = compile_prefiltered(
    r"[^\s,，。!?]{0,2}(?:物业|客服|居委会?|社区|街道|热线|12345|办公室|前台|门卫|保安|维修|师傅|药店|"
    r"快递|商家|店家|超市|电工|管家)|\s*(?:the )?(?:property|management|office|hotline|helpline|"
    r"shop|store|pharmacy|plumber|courier|front desk|reception)(?![a-z])"
)
# A phone that goes unanswered: worrying only with a silence that has lasted.
PHONE_SILENT = compile_prefiltered(
    r"(?:电话|手机|视频|微信)[^。!?]{0,10}(?:没人接|不接|打不通|关机|没回|不回)|打不通(?:电话|手机)?|打电话没人接|"
    r"联系不上|"
    r"(?<![a-z])(?:not (?:answering|picking up) (?:the |his |her |my |our )?(?:phone|calls?|"
    r"messages?|wechat)|(?:phone|calls?) (?:just |only |keeps? |still )?(?:rings?|ringing|"
    r"go(?:es|ing)? (?:straight )?to voicemail|(?:is |was )?(?:off|switched off|dead))|"
    r"(?:nobody|no one|no-one|none of us)(?: has| have|'s)? heard (?:anything )?from|"
    r"(?:haven'?t|hasn'?t|have not|has not|not) heard (?:anything |a word )?from|"
    r"can'?t (?:reach|get hold of|get through to|contact))(?![a-z])"
)
# Someone said to live here (她住我们楼, lives in our building): no news from elsewhere.
LIVES_HERE = compile_prefiltered(
    r"(?<!不)(?<!没)住(?:在)?(?:我们|咱们|本|这)(?:个|栋)?(?:楼|小区|单元)|"
    # a flat here named as where they are (她在4幢1单元602, 他一个人住6幢301)
    r"(?:她|他|人)(?:一个人)?(?:住|在|住在)\d{1,3}(?:幢|栋|号楼|座)|"
    r"(?<![a-z])(?:lives?|living|staying) (?:in|at) (?:our|this) (?:building|block|compound)"
    r"(?![a-z])"
)
# Habits, not news: 平时每天都回消息的, she usually answers.
HABIT_BEFORE = compile_prefiltered(
    r"平时|平常|每天|一般|往常|以前|总是|(?<![a-z])(?:usually|always|normally|every day)(?![a-z])"
)
# Things left hanging at a silent door (deliveries, bags); bags of rubbish waiting are no sign of
# silence but a collection asked for (4 bags of garbage sitting at 1306 since Monday).
THINGS_WAITING = compile_prefiltered(
    r"(?:菜|饭|面包|外卖|快递)|(?<![a-z])(?:bags?|deliveries|food|groceries|parcels?)(?![a-z])"
)
# Things waiting somewhere to be fetched and brought up: an errand asked, not a silent door
# (parcel sitting at the guard house for 3-2-1604, could anyone bring it up?).
FETCH_ASKED = compile_prefiltered(
    r"拿上来|送上来|带上来|拎上来|门岗|门卫|保安亭|传达室|快递柜|驿站|"
    r"(?<![a-z])(?:bring (?:it|them|this|these) up|carry (?:it|them) up|fetch|grab (?:it|them)|"
    r"pick (?:it|them) up|guard ?house|gatehouse|security (?:desk|booth|office)|front gate|"
    r"(?:parcel|package) locker|lobby|reception)(?![a-z])"
)
RUBBISH = compile_prefiltered(
    r"垃圾|厨余|(?<![a-z])(?:garbage|trash|rubbish|waste|recycling|diapers?|nappies|bin bags?|"
    r"bins?)(?![a-z])"
)
LEFT_AT_DOOR = compile_prefiltered(
    r"放(?:在)?(?:他|她|你)?(?:家)?门口了?|挂(?:在)?门把手|"
    r"(?<![a-z])(?:left (?:it|them|the \w+) (?:at|outside|by)|at (?:the|his|her) door)(?![a-z])"
)
# Seen or heard from since: the silence is over (后来看到她出门了, he called back).
SEEN_SINCE = compile_prefiltered(
    r"看到(?:他|她|人)|见到(?:他|她|人)|看见(?:他|她|人)|联系上|回电话|回消息|回了|开门了|"
    r"(?<![a-z])(?:saw (?:him|her)|(?<!not )(?<!n't )(?<!nobody has )(?<!no one has )(?<!nobody )"
    r"(?<!no one )heard from|called back|(?<!not )(?<!n't )answered|opened the door)(?![a-z])"
)

# Animals: a pet that ate chocolate or is twitching is no one's emergency (fire still is).
PET = compile_prefiltered(
    # 猫眼 is a door's peephole, no cat
    r"猫(?!眼)|狗|宠物|仓鼠|兔子|鹦鹉|(?<![a-z])(?:cat|dog|puppy|kitten|pet|hamster|rabbit|parrot)s?(?![a-z])"
)
# People other than pronouns: who is hurt when a pet is also named (我家狗咬了孩子).
HUMAN = compile_prefiltered(
    rf"(?:{PEOPLE_ZH[len('(?:人|他|她|') :]}|"
    r"(?<![a-z])(?:dad|mom|mum|father|mother|grandma|grandpa|granny|grandmother|grandfather|"
    r"husband|wife|son|daughter|baby|kid|child|neighbou?r|partner|friend|man|woman|boy|girl)"
    r"(?![a-z])"
)
# In a hospital's care already (住院了, 还在ICU, in the ICU): the chain can add nothing.
IN_HOSPITAL = compile_prefiltered(
    r"住院了|住着院|在住院|住院中|(?:在|进了|进|住进了?)(?:icu|ICU|重症监护室?|监护室)|"
    r"在医院(?:里)?(?:抢救|治疗|观察|住着)|"
    r"(?<![a-z])(?:in (?:the )?(?:icu|intensive care|hospital now)|was admitted|been admitted|"
    r"is in hospital)(?![a-z])"
)
# Help already here voids a call for it (已经打了120 救护车到了 谢谢), not the symptoms.
HELP_ARRIVED = compile_prefiltered(
    r"(?:救护车|120|急救车|医生)(?:已经)?(?:到了|来了)(?![吗么没?])|"
    r"(?<![a-z])(?:ambulance|paramedics)(?: (?:is|are|has|have))? (?:here|arrived|come)(?![a-z?])"
)
# A screen named as what someone was watching (在看电视剧, watching a movie with dad) is no
# story when someone real is named with it, unless the trigger is said of the story's people.
SCREEN_WATCHED = re.compile(
    r"电视剧|电影|追剧|看剧|纪录片|(?:watching|netflix|movie|film|series|drama|episode|documentary|"
    r"tv)(?: .*)?|.* show"
)
STORY_PEOPLE = compile_prefiltered(
    r"这剧|这部剧|剧里|剧中|电视剧里|电影里|片里|片中|女主|男主|主角|主人公|剧情|这一?集|"
    r"角色|演员|"
    r"(?<![a-z])(?:in the (?:movie|film|show|drama|episode|series)|the (?:character|lead|hero|"
    r"heroine|main character|actor|actress|detective|villain)|"
    r"(?:he|she) plays|this season|new season|finale|plot|"
    r"(?:movie|film|show|drama|episode|series|documentary) (?:where|in which|about))(?![a-z])|"
    # someone seen on the screen (看电视剧看到有人晕倒)
    r"(?:看到|看见)(?:有人|一个人|个人)"
)
SUDDEN = compile_prefiltered(
    r"突然|忽然|猛地|一下子|(?<![a-z])(?:suddenly|all of a sudden)(?![a-z])"
)
# An animal that bites or scratches hurts a person; any pronoun may be a person too.
ATTACK_OR_PRONOUN = compile_prefiltered(
    r"把我|(?<![猫狗咪宠鼠鹉])被|(?<![没无])有人(?!知道|懂|了解|认识|推荐|有)|路人|行人|咬|抓伤|抓了|扑|他|她|(?<![a-z])(?:bit|bite|bites|bitten|biting|scratched|attacked|mauled|"
    r"he|she|him|her|they|i|i'm|me|"
    # the writer's own body hurt beside a pet (cut my hand opening the dog's food)
    r"my (?:own )?(?:hands?|fingers?|thumb|arms?|legs?|foot|feet|wrists?|head|face))(?![a-z])"
)
# Sparks from a socket once the power is off: a repair, no longer a fire.
SPARKS = compile_prefiltered(r"冒火花|打火花|电火花|(?<![a-z])sparks?(?:ing)?(?![a-z])")
# An electrical thing whose burnt smell stops with the power (the exhaust fan smelt burning).
ELECTRICAL = compile_prefiltered(
    r"插座|插头|插排|插线板|电线|电路|电器|开关|排气扇|换气扇|风扇|电暖|取暖器|电热毯|"
    r"(?<![a-z])(?:socket|outlet|plug|wiring|extension lead|power strip|fan|heater|"
    r"electric blanket)s?(?![a-z])"
)
# A birth told (baby arrived this morning, healthy baby girl, 母子平安): labour's onset is over,
# not a bleeding after it (bleeding heavily after the baby was born).
BORN = compile_prefiltered(
    r"(?<!希望)(?<!祝)(?<!保佑)(?:母子|母女)平安(?!就好|就行|最重要|的话)|顺利(?:生了|生产|分娩)|"
    r"生了(?:个)?(?:闺女|儿子|男孩|女孩|千金|宝宝)|"
    r"(?<![a-z])(?:healthy baby|baby (?:girl |boy )?(?:arrived|is here|was born|came)|"
    r"(?:had|has had) (?:the|her|a) baby)(?![a-z])"
)
LABOUR_ONSET = compile_prefiltered(
    r"羊水|宫缩|见红|要生|快生|(?<![a-z])(?:water|contraction|labou?r)"
)
# Labour's sign waited for (等规律宫缩再去, wait until the contractions are 5 minutes apart).
AWAITED_BEFORE = compile_prefiltered(
    r"等(?:到|着)?(?:有)?(?:规律|规则|频繁)?(?:的)?$|"
    r"(?<![a-z])(?:wait|waiting) (?:until|till|for) (?:the |her |my )?(?:regular )?$"
)
AWAITED_AFTER = compile_prefiltered(
    r"(?:了|来了|开始了?)?[^。!?]{0,4}再(?:去|来|走|出发|打|叫)|"
    r"[^.!?]{0,30}(?:before|then) (?:going|coming|we go|you go|heading|calling)"
)
# Sparks each time a plug goes in (一插就冒火花, sparks every time I plug it in): a loose socket.
SPARKS_ON_USE = compile_prefiltered(
    r"一(?:插|开|按|碰|用|通电)(?:上|电)?就|每次(?:一)?(?:插|开|用|按)|"
    r"(?<![a-z])(?:whenever|every time|each time) (?:i |we |you )?(?:plug|switch|turn|use)"
)
POWER_OFF = compile_prefiltered(
    r"拉(?:了)?闸|拉(?:了|下|掉)(?:了)?(?:电闸|总闸|空开)|关(?:了|掉)(?:了)?(?:电闸|总闸|空开|电源)|"
    # the plug pulled (已经拔了, 插头拔掉了, unplugged it)
    r"(?:已经|都)?拔(?:了|掉)(?:了)?(?:插头)?|插头(?:已经)?拔(?:了|掉)|(?<![a-z])unplugged(?![a-z])|"
    r"把(?:电闸|总闸|空开|电源|闸)(?:给)?(?:关|拉|断)(?:了|掉|下)|"
    r"(?:电闸|总闸|空开|电源)(?:已经|也|都)?(?:关|拉|断)(?:了|掉)|"
    r"(?:电闸|总闸|空开|电源)[^。!?\s]{1,4}(?:关|拉|断)了|"
    r"断(?:了)?电了|拔(?:了|掉)(?:了)?插头|(?<!手机)(?<!电脑)(?<!电池)都没电了|"
    r"(?:现在|屋里|家里|全屋)(?:屋里|家里)?(?:都)?没电了|跳闸了|"
    # the sparks cut the power themselves (冒了个火星就没电了, 半边屋没电 闸推上去又跳)
    r"就没电了|(?:半边|一半)(?:屋|房子|家)?没电|闸[^。!?\s]{0,4}又跳|"
    r"(?<![a-z])(?:(?:switched|turned|shut) off the "
    r"(?:power|breaker|mains|electricity)|unplugged|flipped the breaker|"
    r"(?:switched|turned|shut) (?:it|them|everything) off at the (?:breaker|mains|wall))(?![a-z])|"
    # not used since (一插上就打火花 现在不敢用了)
    r"(?:现在|已经|就)?不敢(?:再)?用了|(?:现在|已经)(?:不用了|停用了)"
)
POWER_OFF_DENIED = compile_prefiltered(
    r"(?:没|不|未|没法|无法|不能|不敢|还没|拉不)$|(?<![a-z])(?:can'?t|couldn'?t|not|haven'?t)\s*$"
)
SMOKE = compile_prefiltered(
    r"烟(?![头灰])|火苗|明火|焦味|(?<![a-z])(?:smoke|smoking|flames?|burning|fire)(?![a-z])"
)
# Smoke or flame seen, and the smell of something burnt (which a sparking socket gives off alone).
SMOKE_SEEN = compile_prefiltered(
    # smoke denied is none seen (冒火花 已经拔掉了 没冒烟)
    r"(?<!没冒)(?<!没有冒)(?<!不冒)(?<!没有)(?<!没)(?<!没看到)(?<!没看见)烟(?![头灰])|火苗|明火|"
    r"(?<!没有)(?<!没)(?<!不是)(?:着火|起火)|"
    r"(?<![a-z])(?:(?<!no )smoke|smoking|flames?|(?<!no )fire)(?![a-z])"
)
# A mnemonic of signs recited (提醒大家记住口诀 脸歪 手软): taught, not happening.
MNEMONIC_BEFORE = compile_prefiltered(
    r"口诀|记住[^。!?]{0,4}(?:症状|信号|特征)|(?<![a-z])remember (?:the )?(?:signs|fast)(?![a-z])|"
    r"大家(?:一定)?(?:要)?记(?:住|牢)[:：\s]*$"
)
# A lesson's opening: the signs a few words on are recited (大家记住 嘴歪 手麻 就打120).
MNEMONIC_LEAD = compile_prefiltered(
    r"大家(?:一定)?(?:要)?记(?:住|牢)|(?<![a-z])remember the signs(?![a-z])"
)
BURNT_SMELL = compile_prefiltered(r"烧焦味|焦糊味|糊味|焦味|(?<![a-z])burning smell(?![a-z])")
# About to (suffocate), said of oneself by one who is writing it (我真的要窒息了): a feeling.
SELF_ABOUT_TO = compile_prefiltered(
    r"(?:^|我|(?:感觉|觉得)自己)(?:真的|简直|都|是|真)?(?:快|要|快要)$"
)
# A joke declared as such (开个玩笑, just kidding): voids any trigger, not only a hyperbolic one.
JEST_SAID = compile_prefiltered(
    rf"{JOKE_DECLARED}|"
    r"不是真的(?:闷|疼|痛|难受|晕|喘不上气)|"
    r"(?<![a-z])(?<!not )(?:just kidding|only joking|jk)(?![a-z])"
)
# Cigarettes smoked before the smoke is told (有人在电梯里抽烟了 整个电梯都是烟), and no flame.
CIGARETTE_BEFORE = compile_prefiltered(
    r"(?:抽|吸)(?:了)?(?:根|支|口)?烟|"
    r"(?<![a-z])smok(?:ed|ing) (?:a )?(?:cigarettes?|cigs?)(?![a-z])"
)
FLAMES = compile_prefiltered(r"着火|起火|火灾|明火|火苗|烧起来|(?<![a-z])(?:fire|flames?)(?![a-z])")
# A knife in the kitchen (老公拿刀切西瓜呢): no danger for the in-doubt net.
KITCHEN_KNIFE = compile_prefiltered(
    r"(?:拿|用)(?:菜)?刀[^,。!?]{0,2}(?:切|削|剁)|切(?:西瓜|菜|水果|肉|苹果|菠萝|排骨)|"
    r"(?<![a-z])(?:cutting|chopping|slicing) (?:the |some |a )?(?:watermelon|vegetables|veg|fruit|"
    r"meat|onions?|bread)(?![a-z])"
)
# A noise heard, then what it is like (banging like someone's being hit): a fight heard, no simile.
NOISE_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:banging|thuds?|thumps?|noises?|screaming|screams|crying|shouting|yelling)"
    r"[^.!?]{0,6}$"
)
# A fit with a fever in a child (发烧38.9 还抽筋了): a febrile seizure; a leg cramp is not.
FIT = compile_prefiltered(
    r"(?<![腿脚])(?<!小腿)(?<!腿肚子)抽筋|一抽一抽|手脚(?:在|一直)?抽(?![烟纸奖血签空时水屉象])|"
    # twitched for a time (刚才抽了一分多钟)
    r"抽了(?:一|两|三|几|半|好几)?(?:分多钟|分钟|下|阵|会儿?|次)|"
    r"(?<![a-z])(?:twitch(?:ing|es)?|jerking|fitting)(?![a-z])"
)
FEVER_WORD = compile_prefiltered(
    r"发烧|高烧|发热|烧到|烧得|(?<![a-z])(?:fever|feverish|temp|temperature)(?![a-z])"
)
FIT_NEGATED = compile_prefiltered(r"(?:没|不|无|没有|未)\S{0,2}$|(?<![a-z])(?:no|not|without)\s+$")
# A fever that rises again (孩子又烧起来了) is no fire.
FEVER_RISING = compile_prefiltered(
    rf"{PEOPLE_ZH}(?:又|突然|晚上|半夜|夜里|今天|开始|又开始){{0,2}}$"
)
# One dose of a common fever or pain medicine taken as meant (took a paracetamol already): care,
# not a swallowing.
DOSE_TAKEN = compile_prefiltered(
    r"(?<![a-z])(?:took|taken|had|given|gave (?:him|her|them)) (?:a|one|two|an|my|her|his|some) "
    r"(?:paracetamol|ibuprofen|tylenol|panadol|advil|nurofen|calpol|fever reducer|painkiller|"
    r"aspirin)s?(?![a-z])|吃了(?:一|两)?(?:片|粒|颗|包)?(?:退烧药|布洛芬|泰诺林|美林|对乙酰氨基酚)"
)
# A fever named or measured in the message (老王又烧起来了 40度): 烧起来了 is the fever.
FEVER_TOLD = compile_prefiltered(
    r"(?:3[7-9]|4[0-2])(?:[.,点]\d)?\s*(?:度|°)|(?<![\d.])(?:3[7-9]|4[0-2])\.\d(?![\d.])|体温|发烧|"
    r"发热|高烧|低烧|退烧|布洛芬|对乙酰氨基酚"
)
# A symptom denied right after it is named (胸闷倒不是, 胸痛倒没有).
# asked and answered at once (Fainted? no, just napping)
NEGATION_AFTER_EN = compile_prefiltered(r"^\s*\?\s*(?:no|nope|nah)(?![a-z])")
NEGATION_AFTER = compile_prefiltered(
    # 胸闷没有, 胸闷倒是没有, 胸闷是没有的
    r"^(?:倒|倒是|也|其实)?(?:是)?(?:不是|没有)(?:的)?(?=$|[,。!?;\s])"
)
# A mild qualifier inside the symptom (胸口有点闷).
MILD_INSIDE = compile_prefiltered(r"有点|有一点|有些|稍微|一点点|偶尔|时不时|有时")
# A mild symptom asked about: whether to see a doctor, whether it is normal.
MILD_QUESTION = compile_prefiltered(
    r"(?:需要|要|用|该|应该)(?:去)?(?:医院|看医生|就医|看病)[^。!?]{0,3}(?:吗|么|\?)|正常(?:的)?吗|要紧吗|严重吗|"
    r"(?<![a-z])(?:is (?:it|this|that) normal|should (?:i|we) (?:worry|be worried|see a doctor)|"
    r"do (?:i|we) need to see)(?![a-z])"
)
# A question about signs in general, even when someone's family is named (asking for my parents).
SIGNS_OF_BEFORE = compile_prefiltered(
    r"(?:怎么|怎样|如何|咋)(?:才能)?(?:判断|识别|辨别|分辨|区分|知道|看出|认出)(?:是不是|是否|有没有|得了)?$|"
    r"(?<![a-z])(?:asked|asking|asks|questions?) (?:about|regarding) (?:a |an |the )?$|"
    r"(?<![a-z])how (?:do|can|would) (?:i|we|one) (?:tell|know|recogni[sz]e|spot) (?:a |an )?$|"
    r"(?<![a-z])(?:signs|symptoms|warning signs) of (?:a |an )?$|(?<![a-z])(?:how (?:do you|to|"
    r"can you)"
    r" (?:tell|know|recogni[sz]e|spot)|what (?:is|does)) (?:a |an |it'?s |someone'?s )?$"
)
SIGNS_OF_AFTER = compile_prefiltered(
    r"^(?:的|有)?(?:哪些|什么)?(?:症状|表现|征兆|前兆|先兆)(?:有哪些|是什么|有什么)|"
    r"^(?:都)?有(?:哪些|什么|啥)(?:症状|表现|征兆)"
)
# Smoking again is no fit (又开始抽了 after 戒烟).
SMOKING = compile_prefiltered(r"烟|(?<![a-z])smok")
# Advice in a notice: what to do on finding a leak (发现漏气请勿开关电器).
ADVICE_AFTER = compile_prefiltered(
    r"^[^。!?]{0,4}?(?:请勿|切勿|请不要|请不|切不|应立即|请立即|请及时|不要(?:开|关|打|按|用|点|碰|乘)|"
    # what to do first (发现燃气味先关阀门 开窗); one who did it says it done (先关了阀门)
    r"(?:要|请|应|应该)?(?:先|立即|马上|立刻|第一时间)(?:关(?:闭|掉|好)?(?:总)?阀|开窗|离开|撤离|疏散)"
    r"(?![^。!?\s]{0,4}了))"
)
# A notice opening on what to do when one finds it (遇到燃气泄漏 …), and a call as its last step
# (… 先开窗 再出门报警).
FINDING_LEAD = compile_prefiltered(
    r"\s*(?:【[^】]{0,8}】)?\s*(?:遇到|如遇|若遇|一旦发现|如发现|若发现|如果发现|如果遇到|如果闻到)"
)
THEN_STEP_BEFORE = compile_prefiltered(
    r"(?:再|然后|之后|最后)(?:出门|到室外|到楼下|下楼|去室外)?\s*$"
)
# The finder named as finding it now (刚回家 发现燃气味): no notice, whatever follows.
FOUND_NOW_BEFORE = compile_prefiltered(r"刚|现在|我家|家里|我们|回家|进门|起床|醒来")
FINDING_BEFORE = compile_prefiltered(r"(?<![刚才我他她])(?:发现|遇到|遇)[^,。!?\s]{0,2}$")
# A notice about anyone found with symptoms, listed (发现有人胸痛 呼吸困难 请立即打120).
FINDING_ANYONE_BEFORE = compile_prefiltered(
    r"(?<![刚才我他她])(?:发现|遇到)(?:有人|居民|家人|人员|这种|这样的?)[^。!?]{0,16}$|"
    # or supposed (如家中有人出现胸痛、呼吸困难等情况 请立即拨打120)
    r"(?:如|如果|若|一旦)(?:家中|家里|楼里)?(?:有人|居民|家人|老人|孩子)[^。!?]{0,16}$|"
    r"(?<![a-z])if (?:anyone|someone|somebody|a resident|anybody) (?:has|is|feels|shows|gets)"
    r"[^.!?]{0,60}$"
)
# A notice's heading (社区通知：夜间紧急情况请拨打值班电话 或直接拨打120): a cry in it is advice.
NOTICE_HEAD = compile_prefiltered(
    r"^\s*(?:【[^】]{0,8}】\s*|转发[:：]\s*)?[^\s:：,，。!?]{0,8}(?:通知|公告|提醒|提示)(?:[:：】]|\s)|"
    r"^\s*【(?:通知|公告|提醒|温馨提示|紧急通知)】|"
    r"^\s*(?:温馨)?提醒(?:一下)?(?:大家|各位|邻居们)|"
    # a heading about a kind of case (关于夜间突发情况：请直接打120)
    r"^\s*关于[^:：。!?]{1,12}[:：]"
)
# Somewhere else, by name (老家, 浦东, 上海).
_FAR = (
    r"(?:老家|国外|外地|外省|浦东|浦西|北京|上海|广州|深圳|武汉|天津|杭州|南京|成都|重庆|香港|澳门|台北|"
    r"台湾|台中|高雄|新加坡|美国|英国|日本|加拿大|澳洲|澳大利亚)"
)
# A friend somewhere else (我朋友在浦东 她爸在家摔了): news in the trigger's sentence, unless
# someone here is summoned.
FRIEND_ELSEWHERE = compile_prefiltered(rf"(?:朋友|同学|同事|闺蜜|亲戚)(?:在|住){_FAR}")
# One's family somewhere else (我妈在老家摔了一跤): news only in the trigger's own clause, never
# a line about someone away beside an emergency here (妈妈要生了 … 爸爸在老家回不来).
KIN_ELSEWHERE = compile_prefiltered(
    rf"(?:妈|爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|父母|爸妈|家人|姐|哥|弟|妹|女儿|儿子|闺女|姑|姨|舅|叔)(?:在|住)"
    rf"{_FAR}"
)
# A tendency told in a notice (温馨提示：冬季老人起夜容易跌倒): a risk, not an event.
TENDENCY = compile_prefiltered(
    r"容易|易于|往往|(?<![a-z])(?:often|tend to|are prone to|are at risk of)(?![a-z])"
)
# A lesson drawn for everyone (所以大家千万别拖 胸痛马上打120): the symptom is the rule's if.
ADVICE_TO_ALL = compile_prefiltered(
    r"所以大家|大家(?:千万|一定|务必|记住|记得|注意|记(?:一下|下|好))|提醒(?:一下)?大家|"
    r"(?<![a-z])(?:everyone|everybody|folks),? (?:please )?(?:remember|don'?t wait|never wait)"
)
CALL_FORMULA_AFTER = compile_prefiltered(
    r"[^。!?\s]{0,6}?\s*(?:就|要|请|得)?(?:马上|立即|立刻|第一时间|直接|赶紧)(?:拨打|打|叫)"
    r"(?:120|急救|救护车)"
)
# 'call 120 directly, don't wait for the chat': how to call, advice (with no one of one's own)
CALL_NOT_WAIT_AFTER = compile_prefiltered(
    r"\s*(?:directly|first|straight away|right away|immediately)?[,.]?\s*(?:and )?"
    r"(?:don'?t|dont|do not|never) wait (?:for|on) (?:the |this |a )?(?:chat|group|us|reply|"
    r"replies|answer)"
)
# an emergency of any kind supposed (有紧急情况直接打120): the standing instruction
ANY_EMERGENCY_BEFORE = compile_prefiltered(
    r"(?:有|遇到|遇|如有|如遇|若有|万一有)(?:什么)?(?:紧急|突发|急)(?:情况|事|状况)[^。!?]{0,6}$|"
    r"(?:^|[\s,，。;；:：])(?:紧急|突发)(?:情况|事件?|状况)[^。!?]{0,6}$|"
    # a notice's heading about such cases (关于夜间突发情况：请直接打120)
    r"(?:关于|对于|针对)[^。!?\s]{0,4}(?:紧急|突发)(?:情况|事件?|状况)[^。!?]{0,6}$|"
    # 急诊直接打120: the emergency room's case, in a notice on going out for care
    r"(?:^|[\s,，。;；:：])(?:急诊|急症|急病)[^。!?]{0,4}$|"
    # a threshold's call (医生说超过39.5就打120)
    # (超过39.5或者抽搐就马上打120: a sign named as the other condition)
    r"(?:超过|高于|达到|到了)\s*\d+(?:\.\d)?\s*(?:度|°c?|℃)?(?:以上)?(?:(?:或者|或是|或)[^。!?\s]{1,4})?"
    r"(?:就|要|再|才){1,2}(?:马上|立即)?$|"
    r"\d+(?:\.\d)?\s*(?:度|°c?|℃)?以上(?:就|要|再|才){1,2}(?:马上|立即)?$"
)
CALL_FORMULA_BEFORE = compile_prefiltered(r"(?:就|要|请|得)?(?:马上|立即|立刻|第一时间|直接|赶紧)$")
# advice to anyone (请立即拨打, 大家遇到这种一定要马上打120)
ADVICE_BEFORE = compile_prefiltered(
    r"(?:请|应|应该|一定要|要)(?:立即|立刻|及时|马上|第一时间)?(?:拨打|拨|打)?$"
)
ADVICE_SOON_AFTER = compile_prefiltered(
    r"^[^。!?]{0,26}?(?:请勿|切勿|请不要|应立即|请立即|请及时)|"
    r"^[^.!?]{0,70}?call (?:120|an ambulance) "
    r"(?:right away|immediately|first|directly|straight away)"
)
# Said as a likeness (烫得跟着火了一样): no event.
LIKE_BEFORE = compile_prefiltered(r"(?:跟|像|好像|如同|仿佛|犹如)[^,。!?\s]{0,2}$")
LIKE_AFTER = compile_prefiltered(r"^[^,。!?\s]{0,2}(?:一样|似的|一般)")
LIKE_BEFORE_EN = compile_prefiltered(
    r"(?<![a-z])(?:like|as if|as though) (?:he|she|they|i|you|it|someone)(?:'?s|'re| is| are| was|"
    r" were)?\s*$|(?<![a-z])(?:hot|warm|burning up|burns?) (?:like|as) (?:a |an )?$"
)
# A lung disease named: breathing words are meant, not hyperbole (老慢支又犯了 憋得脸都紫了).
LUNG_DISEASE = compile_prefiltered(
    # an inhaler tells of asthma (cant breathe properly inhaler ran out)
    r"慢阻肺|老慢支|肺气肿|哮喘|肺心病|万托林|沙丁胺醇|(?<![a-z])(?:copd|asthma|emphysema|inhaler|"
    r"puffer|ventolin|salbutamol|albuterol)(?![a-z])"
)
# Life support that stopped, and someone who needs it now.
LIFE_SUPPORT_DOWN = compile_prefiltered(
    r"(?:呼吸机|制氧机|氧气机|氧气瓶|氧气罐|氧气)[^。!?]{0,10}(?:停了|停止|停机|没电|断电|不转|坏了|用完|没了|"
    r"报警|不工作)|(?:停电|断电)[^。?]{0,14}(?:呼吸机|制氧机|氧气机)|"
    r"(?<![a-z])(?:ventilator|oxygen (?:machine|concentrator)|bipap|cpap)[^.!?]{0,40}(?:stopped|"
    r"died|"
    r"off|alarm|not working|no power|power is out|power cut|battery)|(?:power (?:is )?out|"
    r"power cut)"
    r"[^.!?]{0,40}(?:ventilator|oxygen (?:machine|concentrator))"
)
LIFE_SUPPORT_NEED = compile_prefiltered(
    r"喘|憋|辛苦|难受|呼吸(?:困难|不上|不过|很弱|急)|血氧|嘴唇|脸色|不行了|"
    r"(?<![a-z])(?:depends on|dependent on|relies on|can'?t breathe|struggling|gasping|breathing|"
    r"lips|blue)(?![a-z])"
)
# A household fault: a cry about it with nobody hurt asks for a repair (厕所堵了 水漫出来了 救命).
HOME_FAULT = compile_prefiltered(
    r"堵了|堵住|堵死|漏水|渗水|水漫|漫出来|溢出来|喷水|冒水|爆管|水管爆|管子爆|停水|停电|跳闸|不出水|"
    r"马桶|下水道|地漏|总阀|(?:热水器|冰箱|空调|洗衣机|电梯|燃气灶|门锁)[^,。!?\s]{0,3}坏|"
    r"(?<![a-z])(?:leak\w*|flood\w*|burst pipe|pipe burst|clogged|"
    r"overflowing|power cut|power(?:'s| is| has)? (?:tripped|out|gone off)|trip switch|fuse box|"
    r"breaker|(?:sink|drain|toilet|pipe|shower)s? (?:is |are |got )?(?:\w+ )?blocked)"
    r"(?![a-z])"
)
HURT_SOMEONE = compile_prefiltered(
    rf"(?:{PEOPLE_ZH[len('(?:人|') :]}|(?<![a-z]){PEOPLE_EN}(?![a-z])|"
    # life support that a power cut stops is someone at risk (停电了 呼吸机停了 救命)
    r"呼吸机|制氧机|氧气|(?<![a-z])(?:ventilator|oxygen)(?![a-z])"
)

# ---------------------------------------------------------------------------------------------
# The in-doubt net: concepts, not phrases. Probes kept finding emergencies said in words no
# trigger knew (a chest "like an elephant sitting on it", 嘴巴瓢了, 脸白得像纸). The issue's rule
# is that a false alarm costs a phone call and a miss can cost a life, so a message that combines
# enough of these concepts is an emergency when no trigger fired, unless a calm reading voids it.
# Each concept is weighed in emergency._in_doubt; keep the tables about meaning, not wording.

# (a) Urgency: someone wants help now (快来, 赶紧, 求求, 🆘, hurry, an emergency number).
NET_URGENCY = compile_prefiltered(
    r"快(?:快|来|点|救|叫|帮|打|过来|送医|送去)|赶紧|赶快|马上来|立刻|立即|急(?!性|诊|救箱|死|事)|"
    r"救(?!护车来了|命稻草|命恩人)|求求|求助|咋办|怎么办|点算|!!|🆘|"
    r"(?<!\d)(?:120|119|110|999|911)(?!\d)|"
    r"(?<![a-z])(?:help|hurry|urgent\w*|asap|quick(?:ly)?|emergency|ambulance|please come|"
    r"come now|what do (?:we|i) do|right now)(?![a-z])"
)
# Breathlessness among the net's states: in someone, it is enough for the in-doubt band (the
# group is asked), unless it follows exertion (跑完步, ran up the stairs) with nothing acute.
NET_BREATHLESS = compile_prefiltered(
    r"喘|呼哧|上气不接下气|(?<![a-z])(?:panting|puffing|out of breath|gasp\w*|wheez\w*|"
    r"struggling for (?:air|breath))(?![a-z])"
)
NET_EXERTION = compile_prefiltered(
    r"跑完|跑步|爬(?:完|了)?[^,。!?;\s]{0,3}楼|运动|锻炼|健身|跳绳|搬完|搬了|"
    r"(?<![a-z])(?:after (?:a |my |his |her )?(?:run|jog|workout)|ran up|running|jogging|workout|"
    r"exercise|climbing the stairs|took the stairs)(?![a-z])"
)
# (b) A body in trouble, said by concept: a part of the body (or what it does: walking, speech,
# sight) and what is wrong with it in the same clause (胸口那块像被石头压住, 嘴唇乌了, 脸白得像纸,
# 走路往左边偏, 血糊了一脸). Blood pressure, sugar and oxygen are readings, not blood.
NET_BODY_ZH = (
    r"(?:心(?!里|情|态|思|疼你)|胸|头(?!孢)|脑|脸|嘴|唇|舌|喉|嗓|眼|手(?!机|术|续|套|环|表|工|里|上|头|边)|脚|腿|胳膊|臂|腰|背|"
    r"肚|腹|鼻|脖|汗|血(?!压|糖|氧|常规|型|管|脂)|气|身子|身体|浑身|全身|话|走路|看东西|看什么|眼前)"
)
NET_STATE_ZH = (
    r"(?:疼|痛|晕|昏|抽|肿|紫|乌|青|白|黑|灰|怪|烧|凉|冰|烫|涌|喷|淌|滴|吐|咳|抖|哆嗦|麻|斜|歪|瓢|偏|"
    r"拖|软|瘫|憋|喘|堵|闷|紧|翻|乱跳|突突|咚咚|揪|绞|压|扯|钻心|没劲|无力|不动|动不|抬不|捏不|"
    r"拿不|握不|说不|讲不|不清|不囫囵|颠三倒四|含糊|糊了|发黑|变形|断|口子|裂开|流血|出血|泡在水|"
    r"进不去|上不来|湿透|两个|重影|不稳|睁不开)"
)
NET_BODY_STATE_ZH = compile_prefiltered(rf"{NET_BODY_ZH}[^,。!?;:、…\s]{{0,8}}?{NET_STATE_ZH}")
# States that are bodily on their own: breathing hard, pain that makes one cry out, shaking.
NET_BARE_ZH = compile_prefiltered(
    rf"{PEOPLE_ZH}晕(?:了|倒|过去)|站不稳|站不住|抽了|还没停|(?:吐|拉|咳)了?(?:一大?摊|一地|好多)|"
    r"喘得|喘成|憋得|疼得|痛得|哆嗦|打摆子|呼哧(?:呼哧)*|上气不接下气|喘个不停|摔了|摔倒|跌倒|跌了|滑倒|(?<![a-z])(?:fell|fallen|slipped)(?![a-z])"
)
# States that need nothing else: someone down, silent or unreachable (栽倒, 不吭气, 一动也不动,
# 叫不起来, 没动静, a thud), out of sorts (不对劲, 不认人), a lot of blood, harm turned on oneself.
NET_STRONG_ZH = compile_prefiltered(
    r"栽(?:倒|下|了)|一头栽|倒下(?!垃圾|去的垃圾)|瘫(?:坐|倒|软|在)|软下去|出溜|不省|不吭|没动静|一动也?不动|不睁眼|"
    r"叫不(?:起|醒|应|动)|(?:摇|拍|推)(?:都|也)?(?:不醒|没反应)|(?:敲门|叫门)[^,。!?;]{0,3}(?:不应|没应)|"
    r"咚的?一声|不对劲|不对头|不认人|不认识人|惨叫|撕心裂肺|上不来气|喘不|透不(?:过|到|上)|"
    r"(?:一地|一脸|一身|一手|满脸|满手|满地|一大?口|一口一口|一马桶|一盆|一碗|好多|很多)的?(?:鲜)?血|"
    r"(?:划|割|捅|伤害|弄死|了结)自己"
)
# English states of a body in trouble (sweating buckets, grey, dusky lips, gasping, won't wake).
NET_STATE_EN = compile_prefiltered(
    r"(?<![a-z])(?:sweat\w*|grey|gray|pale|ashen|dusky|blue (?:tinge|tint)|purple|gasp\w*|"
    r"wheez\w*|struggling for (?:air|breath)|barely breathing|out of breath|panting|puffing|"
    r"black out|pass(?:ing)? out|"
    r"faint\w*|collaps\w*|went down|go(?:ne|ing)? down|face down|not moving|won'?t (?:open|wake|"
    r"stop)|can'?t (?:talk|speak|find (?:her|his) words|get a word out)|jumbled|lopsided|"
    r"droop\w*|slurr\w*|numb|fitting|shaking|jerking|stiff|floppy|limp|twisted|screams?|"
    r"screaming|drooling|bleed\w*|soaked|gushing|"
    # pouring of a body (pouring with sweat, blood pouring), not air or water into a room
    r"pouring(?! (?:in|into|through|down|from the (?:window|ceiling|roof|tap|pipe))(?![a-z]))|"
    # blood pressure, sugar and tests are readings (could the doctor measure my blood pressure)
    r"blood(?! (?:pressure|sugar|tests?|oxygen|draws?|samples?|type|work)(?![a-z]))|gash|"
    r"gripping|clutching|"
    r"crushing|elephant|heavy(?!-ish)|tight|racing|going crazy|dizzy|muddled|confused|swell\w*|"
    r"throwing up|vomit\w*|bringing up|breathing (?:really |very |so )?(?:fast|hard)|"
    r"(?:pulling|sucking) in|on the (?:bathroom |kitchen |toilet )?(?:floor|tiles|ground)|white|"
    r"mottled|bent|wrong way|won'?t (?:feed|eat|respond|answer)|heart stopped|cpr|"
    r"(?:stopped|not) making sense|dropping things|moaning|groaning|won'?t get up)(?![a-z])"
)
# (c) Danger around someone: fire, smoke, gas, poison, a blade, a height.
NET_DANGER = compile_prefiltered(
    r"(?<!不着)(?<!没着)(?<!不燃)(?<!上)(?<!肝)(?<!虚)(?<!发)(?<!恼)(?<!冒鬼)"
    r"火(?!车|锅|腿|龙|柴|气|候|速|热|爆|山|鸡)|"
    r"(?<!油)(?<!戒)(?<!抽)(?<!吸)(?<!香)烟(?![头灰酒花])|(?:煤气|燃气|液化气|天然气)(?!灶|费|表|卡|公司)|"
    r"消毒(?:液|水|剂|片)|(?<!消)(?<!病)(?<!杀)毒|炭|(?<![像如似])刀(?!片嗓)|剪刀|楼顶|天台|窗台|爆炸|火星|电线|这个世界|人世|困在|被困|"
    # a gas bill or card is an errand (pay my gas bill)
    r"(?<![a-z])(?:fire|smoke|flames?|gas(?! (?:bill|card|meter|company|fee|top|account|app))|"
    r"poison\w*|knife|blade|chainsaw|roof|railing|jump|kill|"
    r"ending it|the world|ledge|sleeping pills|rotten egg)(?![a-z])"
)
# The danger out of control or out of reach: spreading, filling, exploding, aimed at someone, a
# person leaning out or unreachable (全是黑烟, 往楼上窜, 很冲的味, 炸了, 拿刀对着, 电话打不通).
NET_SPREAD = compile_prefiltered(
    r"全是|满是|都是|很浓|好浓|很冲|好冲|整层|越来越|窜|炸了|爆了|嘶嘶|烧黑|发烫|冒|看不见路|"
    r"对着|追着|举着|挥着|点上|(?<![不勿])点着|封死|蹿|老高|(?<![不勿])着了|探出|悬空|往下掉|打不通|联系不上|"
    r"(?<![a-z])(?:everywhere|pouring|filling|spreading|out the window|pointing|chasing|lit|sealed|"
    r"door is hot|locked (?:himself|herself) in|not picking up|isn'?t picking up)"
    r"(?![a-z])"
)
# Carried, not swallowed: after "took the whole bottle of …" (back to the pharmacy, home).
CARRIED = (
    r"(?![^.!?]{0,30}(?<![a-z])(?:back|home|away|along|out of|with (?:me|him|her|them)|for a "
    r"refund|to the (?:pharmacy|chemist|clinic|hospital|doctor))(?![a-z]))"
)
# Swallowed (a state of the body and a danger both): something harmful (a cleaner, a battery)
# or medicine by the handful (降糖药吃了七八颗,
# 把药都吞了, a whole packet of paracetamol).
NET_SWALLOWED = compile_prefiltered(
    r"(?:洗衣|84|消毒|漂白|洁厕|电池|磁|农药)[^,。!?;]{0,6}(?:吞|吃|喝|咬开|咬破)|"
    r"(?:吞|吃|喝|咬开|咬破)[^,。!?;]{0,6}(?:洗衣|84|消毒|漂白|洁厕|电池|磁|农药)|"
    # (药都吃完了 … 能帮配吗: run out and asked for again, no swallowing)
    r"(?:药|片|胶囊)[^,。!?;]{0,8}(?:都|全|全部|[五六七八九十几]+[颗片粒])(?:给|被)?(?:吞|吃|喝)"
    r"(?!完了?[^。!?]{0,30}(?:配|开药|开点|买|续|补|送))|"
    r"(?:吞|吃|喝)了?(?:[五六七八九十几]+[颗片粒]|一把|一大把)|"
    r"(?<![a-z])(?:(?:took|swallowed|ate|drank|downed) (?:a whole|the whole|a|all|some of|"
    r"half) ?(?:\w+ ){0,3}(?:(?:packet|bottle|box)(?! of (?!(?:[\w']+ ){0,2}(?:pills?|tablets?|"
    r"meds|medicine|medication|paracetamol|panadol|tylenol|ibuprofen|aspirin|sleeping|vitamins|"
    r"iron|bleach|detergent|cleaner|chemicals?)))|pills|tablets|paracetamol|bleach|unblocker|"
    r"cleaner|battery|detergent|chemicals?))(?![a-z])"
    rf"{CARRIED}"
)
# Goodbyes (保重, 别拦我, tell my mum I'm sorry): with a height, a means or despair, suicidal.
NET_FAREWELL = compile_prefiltered(
    r"保重|永别|别拦我|别找我|说再见|告别|对不起大家|撑不住|不想再醒|遗嘱|后事|东西都送|"
    r"(?<![a-z])(?:goodbye|farewell|i'?m sorry|tell (?:my|him|her) \w+ i|ending it|"
    r"tonight is the night|let go)(?![a-z])"
)
# (d) Someone in distress: a person named, or the writer.
NET_PERSON = compile_prefiltered(
    rf"{PEOPLE_ZH}|我|俺|老豆|阿嫲|(?<![a-z])(?:{PEOPLE_EN}|my|i|i'?m|me|someone|"
    r"somebody|gran|flatmate|brother|sister)(?![a-z])"
)
# (e) Now: it is happening at this moment or began suddenly.
NET_NOW = compile_prefiltered(
    r"现在|突然|刚刚|刚才|正在|一直|还在|越来越|(?<![a-z])(?:now|suddenly|all of a sudden|"
    r"just|right now|still|keeps?)(?![a-z])"
)
# Calm readings the net must respect besides the ones triggers use: a routine request for goods,
# a repair or a home visit, a notice to all, a complaint that has lasted, excitement (a racing
# heart at good news), a likeness (烫得跟着火了一样), a state that is mild or asked about.
NET_ERRAND = compile_prefiltered(
    r"买|代购|配药|配一下|开点|想要(?:点|一些|几)|有没有|谁有|谁家有|借|备着|快递|团购|接龙|上门|修|预约|挂号|排队|医生来|不是很急|不太急|不着急|"
    # a visit to arrange: a dentist, or a hospital "to have a look" (帮忙联系口腔医院看一下)
    r"牙医|牙科|口腔|看牙|(?:联系|约)[^,。!?;]{0,6}(?:医院|医生|大夫|门诊)看一?下|"
    # a medicine begged for by name (求布洛芬！！发烧38.4): an order, however loud
    r"求(?:一|几|点|个|盒|板)?(?:布洛芬|对乙酰氨基酚|扑热息痛|退烧药|感冒药|泰诺|美林|连花清瘟|"
    r"[^\s。!?救]{0,4}(?:药|片|胶囊|颗粒))|"
    # a cold medicine named with a quantity (布洛芬 一盒 嗓子疼得要死): an order
    r"(?:布洛芬|对乙酰氨基酚|扑热息痛|退烧药|感冒药|泰诺|美林|连花清瘟|润喉糖|含片)\s*"
    r"(?:[一两二三四五几\d]|一点)(?:盒|板|瓶|包|片|袋)|"
    r"(?<![a-z])(?:buy|refill|pick up|order|replace|fix|repair|queue|waiting|dentist|dental|"
    r"any \w+ (?:spray|cream|tablets))"
    r"(?![a-z])"
)
# The emergency numbers explained (120是急救 119是火警; 120 is ambulance, save it in your phone).
_NUMBERS_TOLD = (
    r"(?<!\d)1[12]0\s*(?:is|=|是|为|打)\s*(?:the |for )?(?:ambulance|fire|police|急救|救护车|火警|"
    r"报警|消防)|存(?:到|进)?手机|(?<![a-z])save (?:it|them|these|this|the numbers?) (?:in|to) "
    r"your phone|"
    # a list of the numbers (Emergency numbers: 120 ambulance, 119 fire)
    r"(?<!\d)1(?:[12]0|19)\s*[:：=-]?\s*(?:ambulance|fire|police|急救|火警|报警|匪警)[^\d]{0,6}"
    r"1(?:[12]0|19)\s*[:：=-]?\s*(?:ambulance|fire|police|急救|火警|报警|匪警)|"
    r"(?<![a-z])emergency (?:phone )?numbers(?![a-z])"
)
NUMBERS_TOLD = compile_prefiltered(_NUMBERS_TOLD)
NET_NOTICE = compile_prefiltered(
    r"通知|公告|请大家|各位|温馨提示|提示|提醒|注意|请勿|转发|要及时就医|讲座|口诀|科普|海报|知识|分享一下|急救视频|"
    # a notice headed by who gives it (物业：…请立即整改)
    r"^\s*(?:物业|居委会?|社区|业委会|楼长|网格员)\s*[:：]|"
    r"没人受伤|没有人受伤|没伤到人|培训|课程|证书|"
    rf"{_NUMBERS_TOLD}|"
    r"(?<![a-z])(?:notice|reminder|residents|detector|alarm|course|training|certificate|class|"
    r"awareness|psa|stay safe|"
    r"no one (?:is |was )?hurt|"
    r"nobody (?:is |was )?hurt)(?![a-z])"
)
# An everyday explanation of what the net counted: teething (drool, chewing), a teenager's sulk,
# practice contractions the doctor called normal, a child feeding and playing as usual after a
# bump: no question to the group.
NET_EVERYDAY = compile_prefiltered(
    r"长牙|出牙|叛逆|打游戏|玩游戏|假性宫缩|医生说(?:是)?正常|"
    # the smoke of fireworks drifting in (烟花的烟飘进来了 一屋子火药味)
    r"(?:烟花|鞭炮|爆竹|炮仗|礼花)(?:的)?(?:烟|味)|火药味|"
    r"(?:吃奶|玩耍|吃喝|能吃能玩)[^。!?,]{0,3}(?:都|也)?(?:正常|很好|挺好)|"
    r"(?<![a-z])(?:teething|braxton|(?:playing|acting|eating|feeding) (?:normally|as usual))"
    r"(?![a-z])"
)
NET_CHRONIC = compile_prefiltered(
    r"老毛病|几天了|好几天|几周|几个月|最近|平时|经常|偶尔|一直都|"
    r"(?<![a-z])(?:for days|lately|recently|usually|always|every (?:day|time))(?![a-z])"
)
# A lone hint of suicide is festive, sung or a grumble here (Tonight is the night! hotpot at 8 🎉,
# a lyric, 热死了 还不如死了算了): no question to the group.
HINT_CALM = compile_prefiltered(
    r"[🎉🎵🎶♪🥳🍻]|派对|聚餐|火锅|烧烤|歌词|唱|比赛|电影|游戏|网速|网络|作业|考试|这题|排队|"
    r"上班|加班|[热累饿烦气困冷吵]死了|"
    r"(?<![a-z])(?:party|hotpot|bbq|dinner|game|match|movie|film|show|concert|song|lyrics?|"
    r"sing\w*|premiere|finale|launch|queu\w*|homework|exams?|traffic|wifi|internet)(?![a-z])"
)
NET_EXCITED = compile_prefiltered(
    r"激动|兴奋|开心|高兴|表白|心动|(?<![a-z])(?:excited|happy|offer|crush|congrat\w*|yay|"
    r"thrilled|date)(?![a-z])"
)
NET_MILD_BEFORE = compile_prefiltered(
    r"(?:有点|有一点|有些|稍微|一点点|略|不是很|不太|(?<![a-z])(?:a bit|a little|slightly|mild))"
    r"\s*$"
)
NET_CALM_AFTER = compile_prefiltered(r"^[^。!?]{0,8}(?:的感觉|是不是|正常吗|吗)")


# A cry for help about a mundane worry (救命 明天就要交论文了, 救命 菜价贵得离谱, help!! my exam
# is in an hour): homework, deadlines, exams, work, prices, queues, traffic, parcels, chores.
MUNDANE_WORRY = compile_prefiltered(
    # (Latin abbreviations bounded: "ddl" stands inside toddler and middle, "excel" in excellent)
    r"作业|论文|考试|考研|复习|期末|期中|做题|这道题|数学|英语|物理|化学|题目|截止|交稿|"
    r"[这那哪]道[^。!?\s]{1,3}题|"
    r"(?<![a-z])(?:ddl|deadline|ppt|excel)(?![a-z])|周报|日报|月报|"
    r"(?<!志愿者)(?<!楼长)报告(?![:：])|表格|公式|代码|加班|老板|领导|上班|开会|老师|点名|房租|房贷|车贷|菜价|物价|涨价|"
    r"价格|太贵|好贵|贵得|这么贵|那么贵|燃气费|电费|水费|话费|物业费|账单|排队|排了|队伍|堵车|塞车|堵到|快递|外卖|"
    r"股票|基金|减肥|体重|沙发|网速|wifi|广场舞|噪音|"
    # baking gone wrong, code that will not run (救命 我的面包又塌了, 这个 bug 改了一天)
    r"面包|蛋糕|烤箱|(?<![a-z])(?:bug|deploy|cake|bread|muffins?|cookies|dough|baking)(?![a-z])|"
    # a cry in a dream (孩子做噩梦哭喊救命), a nightmare
    r"噩梦|恶梦|说梦话|梦话|梦里|(?<![a-z])(?:nightmare|sleep-?talking)(?![a-z])|"
    # a test's lines, rubbish piling up, the food parcel's potatoes, a child who won't eat greens
    r"两道杠|一道杠|垃圾袋|摞成|物资包|土豆|(?<![a-z])(?:to eat (?:anything|vegetables|veg|greens)|"
    r"picky eater)(?![a-z])|"
    # melting in the heat, said of oneself (我快被热化了 救命啊🥵)
    r"热化了|(?:晒|热)化(?:掉)?了|热成狗|"
    r"断网|网(?:又|都)?断了|没网了|"
    r"(?:猫|狗|宠物)[^。!?]{0,3}(?:不见了|丢了|跑丢|走丢|跑了)|"
    r"(?<![a-z])(?:cat|dog|puppy|kitten) (?:is |has )?(?:missing|lost|gone missing|run away)"
    r"(?![a-z])|"
    r"下雨|(?:这|这个|这场)雨|雨(?:太大|下得|一直下|要下|下到)|(?<![a-z])(?:rain|raining)(?![a-z])|心态崩了|封控|游戏|账号|无聊|(?<![a-z])emo(?![a-z])|偷吃|冰淇淋|雪糕|追剧|发型|(?<!回)头发(?!现)|(?:这个|这场|今天的|线上|视频|腾讯)会|会议|奥数|道题|辣条|零食|薯片|奶茶|可乐|核酸|没(?:盐|酱油|醋|糖|米|面|油|纸)了|"
    r"(?<![a-z])(?:want|wanna|need|pls|please) (?:to )?buy(?![a-z])|"
    r"(?<![a-z])(?:delivery|package|jd|taobao|express)(?![a-z])|"
    # an app or an upload that fails (Help! How do I upload my antigen result in the app?)
    r"(?<![a-z])(?:app|upload(?:ing)?|log ?in|password|qr code|health code|antigen result)"
    r"(?![a-z])|"
    r"(?:小程序|健康码|上传|登录|密码)|"
    r"牙疼|牙痛|(?<![a-z])(?:exams?|homework|deadlines?|essay|assignment|thesis|rent|"
    r"prices?|queue|traffic|boss|meetings?|zoom|report|spreadsheet|parcel|diet)(?![a-z])|"
    r"(?<![a-z])(?:coffee|tea|milk|snacks|bread|beer|wine) (?:is |are |has |have )?"
    r"(?:finished|gone|all gone|run out)(?![a-z])|"
    # a lesson, a drama, a contract to post (救命 这个网课…听不懂, 电视剧结局太虐); an idol's
    # scandal (偶像塌房了 救命😭)
    # noise from the neighbours (楼上又开始弹钢琴了, drumming at 1am)
    r"钢琴|弹琴|练琴|装修|噪音|吵死|拖椅子|拖凳子|拖桌子|跺脚|蹦迪|(?<![a-z])(?:piano|drumming|drums|noise)(?![a-z])|"
    r"团购|没抢到|抢不到|抢菜|"
    # a workout's challenge (救命 这个平板支撑挑战太难了)
    r"挑战|平板支撑|俯卧撑|深蹲|仰卧起坐|健身|(?<![a-z])(?:plank|challenge|squats?|push-?ups?|"
    r"burpees?|workout)(?![a-z])|"
    # household pests (救命 厨房有只会飞的蟑螂, help!! a huge spider in the bathroom)
    r"蟑螂|小强|蜘蛛|老鼠|耗子|蚊子|苍蝇|飞蛾|壁虎|蚂蚁|(?<![a-z])(?:cockroach(?:es)?|roach(?:es)?|"
    r"spiders?|mouse|mice|rats?|moths?|mosquito(?:es)?|ants|centipedes?|gecko)(?![a-z])|"
    r"网课|听不懂|电视剧|(?:这个|这部|这)剧|虐哭|结局|太虐|塌房|爱豆|偶像|追星|(?<![a-z])(?:idol|bias|fandom)(?![a-z])|"
    r"(?<![a-z])(?:contract|envelope|sf express)(?![a-z])|"
    # a thing that "died" (my sourdough starter died, the phone died)
    r"(?<![a-z])(?:sourdough|starter|plants?|basil|phone|laptop|battery|car|router|wifi|"
    r"tamagotchi|goldfish|cactus) (?:just |has |finally )?died(?![a-z])|"
    # household goods run out (out of toilet paper 😭 please help; 救命 卫生纸用完了)
    r"(?:卫生纸|厕纸|纸巾|抽纸|大米|米|面条|挂面|食用油|菜|奶粉|尿不湿|纸尿裤|零食|洗发水|洗衣液|牙膏|垃圾袋)"
    r"[^,。!?]{0,3}(?:没了|用完了|吃完了|没有了|断了|见底了)|"
    r"(?<![a-z])(?:out of|ran out of|run out of|running (?:low on|out of)|no more) "
    r"(?:[a-z-]+ ){0,2}?"
    r"(?:toilet (?:paper|roll)|loo roll|tissues?|rice|noodles|bread|eggs|vegetables|veggies|"
    r"groceries|snacks|coffee|tea|nappies|diapers|wipes|formula|shampoo|soap|detergent|"
    r"toothpaste|bin bags|cat food|dog food|beer)(?![a-z])"
)
# Breathlessness said of a burden, not a body (房贷压得我喘不过气, 工作压力大 喘不过气来 想休假,
# 地铁里人挤人 快窒息了, 屋里太闷了): void unless something acute is said as well.
BREATH_WORDS = compile_prefiltered(r"喘|透不|气|窒息|呼吸|breath|suffocat")
BURDEN = compile_prefiltered(
    r"压力|压得|压的|压着|(?<!血)压垮|房贷|房租|车贷|贷款|账单|欠债|债务|工作|上班|加班|老板|领导|盯得|"
    r"考试|考研|复习|作业|学习|论文|业绩|(?<![a-z])(?:kpi|ddl|deadline|ppt)(?![a-z])|生活|日子|现实|"
    r"人挤人|挤死|人太多|人好多|"
    r"(?:屋|房间|屋子|车里|车厢|天|天气)[^。!?]{0,3}闷|闷热|焦虑|烦心|琐事|事情|事儿|家务|开会|"
    r"多到|多得|太多|雾霾|空气[^。!?]{0,2}(?:差|不好|质量)|口罩|防护服|"
    r"(?<![a-z])(?:smog|haze|pollution|mask|masks|ppe|k?n95s?)(?![a-z])"
)
BREATH_ACUTE = compile_prefiltered(
    r"突然|忽然|嘴唇|发紫|发青|发白|脸色|胸|心口|心脏|冷汗|晕|倒在|倒地|昏|救护车|(?<!\d)120(?!\d)|急救|送医|"
    r"叫不醒|说不出|抽搐|哮喘|过敏|噎|卡住|呛|烟|煤气|燃气|炭|火|毒|药|快叫|怎么叫"
)
# Something, not someone, dropped into water or from a height (手机掉水里了, 钥匙掉井里了,
# 孩子的玩具掉鱼缸里了, 手机从三楼掉下去了): the last thing named before the drop is its subject.
DROP_WORDS = compile_prefiltered(r"掉|坠|落")
THING_BEFORE = compile_prefiltered(
    r"(?<![抱拿带抓捡够捞追找玩着])(?:手机|钥匙|包|书包|钱包|水桶|桶|玩具|眼镜|饺子|馄饨|汤圆|耳机|戒指|"
    r"项链|手表|u盘|衣服|袜子|鞋子?|帽子|杯子|碗|筷子|勺子|锅盖|盆|花盆|东西|快递|外卖|钱|硬币|证件|"
    r"身份证|银行卡|相机|充电宝|遥控器|拖鞋|毛巾|菜|球|风筝|伞|口罩|电脑|平板|ipad|书|本子|笔|包裹|"
    r"西瓜|苹果|鸡蛋|盖子|瓶子|被子|枕头|床单|晾衣杆|花)"
    r"(?:又|也|都|还|不小心|一下|直接|给|被[^,。!?;\s]{0,3}|就)*$"
)
# A cry that only names a kind of post (别转发这种救命的链接了): a word, not a call
CRY_AS_NAME_AFTER = compile_prefiltered(
    r"的(?:链接|视频|消息|帖子|文章|截图|图片|谣言|段子|广告|小程序|群|帖|表情包|表情|贴纸)"
)
# Stuffed from a big meal (年夜饭吃撑了, ate so much I can't breathe): with a laugh, no trouble
STUFFED = compile_prefiltered(
    r"吃撑|撑死|撑得|吃太饱|吃太多|吃多了|太撑|好撑|就是撑|"
    r"(?<![a-z])(?:(?:ate|eaten|eating) (?:so|too) much|so full|stuffed)(?![a-z])"
)
# A device that does not respond (the app is not responding, my laptop isn't responding)
RESPOND_WORDS = compile_prefiltered(r"respond")
DEVICE_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:app|apps|phone|laptop|computer|pc|screen|website|site|page|system|server|tv|"
    r"router|wifi|wi-fi|mouse|keyboard|printer|tablet|ipad|lift|elevator|machine|fridge|"
    r"program|browser|bot|mini ?program|wechat|alipay|meituan|link|button|touchscreen|remote)"
    r"(?:'s| is| was| keeps| still| has been| just| totally| completely| again)*\s*"
    r"(?:not |n'?t |is not |isnt |stopped )?$"
)
# Signs taught, not seen: a talk, a mnemonic, a poster (中风识别讲座 口诀: 脸歪 手垂; learn FAST
# for stroke signs): void when no one is named and nothing urgent is asked.
# A how-to named right after the danger as what a video or article is about (煤气泄漏怎么处理的视频,
# 心梗急救方法的文章): the topic of a lesson, fire's and gas's too.
HOW_TO_TITLE = re.compile(
    r"(?:了)?(?:时|的时候|后)?(?:要|该|应该)?(?:怎么|如何|怎样)(?:处理|办|应对|自救|急救|逃生|处置|做)的?"
    r"(?:视频|文章|帖子|链接|科普|教程|小视频|海报|图)|"
    r"(?:的)?(?:急救|处理|应对|自救|逃生)(?:方法|知识|常识|步骤)的?(?:视频|文章|帖子|链接|科普|教程|海报)"
)
TEACHING = compile_prefiltered(
    r"讲座|口诀|科普|识别|宣传|海报|知识|培训|课程|教大家|急救法|都学一下|都学学|学一学|建议(?:大家)?学|"
    r"急救视频|分享一下|"
    # a condition's signs listed (中风的信号 口角歪斜 一侧无力): no one named, nothing urgent
    r"(?:中风|脑卒中|卒中|心梗|心肌梗死|心脏病)(?:的)?(?:早期)?(?:信号|征兆|先兆|症状|表现)|"
    r"(?<![a-z])(?:learn|poster|lecture|workshop|"
    r"leaflet|remember|course|training|awareness|tips?(?=\s*:)|pro tip|demo|sign up|"
    r"first aid (?:session|class|talk|video))(?![a-z])"
)
# A lesson passed on as such (急救小知识, 转给大家学习): its signs are taught even when a person
# is named in them (让他侧躺), unless something urgent is asked. (A bare 转发 relays real alarms.)
TEACHING_PASSED_ON = compile_prefiltered(
    r"科普视频|科普文章|小知识|小课堂|(?:转给|转发给)?大家(?:一起)?学习|(?:大家|建议)收藏|分享(?:点|一些|一下)?急救知识|"
    r"(?:转给|转发给)(?:家里有老人的|家有老人的|身边的?人|家人|亲友|朋友们?)|"
    r"跟大家分享一下|希望大家(?:都|永远)?用不上|"
    # told to everyone to keep in mind (大家记一下); how to help anyone (how to help a choking
    # person)
    r"大家(?:都)?(?:记一下|记住|记好|留意一下)|"
    r"(?<![a-z])how to (?:help|treat|save|handle|deal with) (?:a|an|someone|somebody|anyone) "
    r"(?:who|[a-z]+ing (?:person|child|baby|adult)|person)(?![a-z])|"
    r"(?<![a-z])(?:pass (?:this|it) on|sharing (?:this|for awareness|from (?:a|my|our) "
    r"(?:doctor|nurse|friend)))(?![a-z])"
)
# A lesson's header opening the message (社区小课堂：…, 急救小知识：…): taught, whatever it asks.
LESSON_HEADER = compile_prefiltered(
    r"^[^:：。!?]{0,8}(?:小课堂|小知识|科普)\s*[:：]|"
    r"^[^:：。!?]{0,8}(?:医生|卫生院|卫生站|急救中心)(?:的)?(?:提醒|提示)\s*[:：]|"
    r"^\s*(?:温馨)?(?:提示|提醒)\s*[:：]|"
    # or followed by a space and a condition (提醒 婴儿体温超过39.5度或者抽搐 一定要马上就医)
    r"^\s*(?:温馨)?(?:提示|提醒)\s+(?=[^。!?]{0,16}(?:超过|以上|或者|如果|如遇|一旦))|"
    r"^\s*(?:psa|reminder|friendly reminder|safety reminder)\s*[:：]|"
    r"^\s*[【\[][^】\]]{0,8}(?:医生|卫生院|卫生站|急救中心|健康|急救)(?:的)?(?:提醒|提示|科普)[】\]]|"
    r"^\s*(?:for anyone (?:asking|wondering)|(?:a )?(?:reminder|tip|psa|notice|advice|message) "
    r"from (?:the |our )?"
    r"(?:community |building )?(?:doctor|nurse|clinic|health centre|health center)|"
    r"(?:health|first aid|safety) (?:tip|tips|reminder))\s*[:：]"
)
# Chest pain or breathlessness brought on by exertion (爬了十二楼 累得胸口疼), with nothing acute.
EXERTION_BEFORE = compile_prefiltered(r"(?:累|跑|爬|走|练|运动|笑)得(?:我)?(?:都|有点|有些)?$")
# ... or done just before (刚爬完十八楼 有点喘, 搬了两箱水 有点喘)
EXERTION_DONE = compile_prefiltered(r"(?:爬|跑|搬|扛|拎|跳|练)(?:完|了)[^。!?]{0,8}$")
# The same told in English after the symptom (short of breath after carrying the water up).
EXERTION_AFTER_EN = compile_prefiltered(
    r"[.…,!]*\s+(?:after|from) (?:\w+ )?(?:carrying|climbing|running|jogging|walking|lugging|"
    r"hauling|laughing|"
    r"taking the stairs|doing the stairs|exercis\w*|working out|a workout|a run|the stairs)"
    r"(?![a-z])"
)
EXERTION_ACUTE = compile_prefiltered(
    r"突然|忽然|冷汗|晕|倒地|昏|救护车|(?<!\d)120(?!\d)|急救|发紫|嘴唇|脸色|喘不|左臂|胳膊|麻|快来|救命|"
    r"(?<![a-z])(?:sweat|collapse|ambulance|faint)"
)
# A gas smell that has gone (刚才一下下 现在没有了, it's gone now).
GAS_WORDS = compile_prefiltered(r"煤气|燃气|天然气|(?<![a-z])gas(?![a-z])")
GAS_GONE = compile_prefiltered(
    r"现在没(?:有)?了|闻不到了|没味了|味道?散了|已经散(?:了|掉了)|今天(?:已经)?没(?:有)?了|"
    r"(?<![a-z])(?:gone now|it'?s gone|can'?t smell it (?:any ?more|now)|"
    # told as sorted by whoever checked (maintenance confirmed it's sorted, all clear)
    r"(?:confirmed|said|says) (?:it'?s |it is |all )?(?:sorted|safe|fine|ok|okay|clear)|all clear)"
    r"(?![a-z])"
)
# Flopped onto a sofa or bed, asleep (he collapsed on the sofa after the night shift, sleeping).
# Sound asleep, said as a likeness (倒头就睡 叫都叫不醒 睡得跟猪一样): tired, not unconscious.
SOUND_ASLEEP = compile_prefiltered(
    r"倒头就睡|睡得(?:跟|像|和)(?:死)?猪一样|睡得像(?:死)?猪|雷打不动|睡成(?:死)?猪|"
    r"(?<![a-z])(?:sleeps?|sleeping|slept) like a (?:log|rock|baby)(?![a-z])"
)
# The writer flopping onto a sofa or bed (I collapsed onto the sofa the moment my shift ended):
# whoever writes it is awake.
SELF_BEFORE_EN = compile_prefiltered(
    r"(?<![a-z])i (?:just |literally |basically |totally |finally |kinda |pretty much )?$"
)
ONTO_FURNITURE = compile_prefiltered(
    r" (?:on|onto|into) (?:the |my |our )?(?:sofa|couch|bed)(?![a-z])"
)
FLOPPED_AFTER = compile_prefiltered(
    r" (?:on|onto|into) (?:the |my |his |her |our )?(?:sofa|couch|bed)[^.!?]{0,40}"
    r"(?:sleep|asleep|nap|snor)"
)

# About to faint from joy, fright or a smell (高兴得要晕过去了): a feeling, not a faint.
JOY_ALMOST = re.compile(
    r"(?:高兴|开心|兴奋|激动|幸福|美|乐|熏|臭|吓|气)(?:得|到)(?:我|人)?(?:都)?(?:要|快)(?:要)?$|"
    r"差点(?:被[^,。!?\s]{0,10})?(?:吓|气|乐|笑|熏)$"
)

# A symptom echoed as a question and answered no (煤气味？没有啊, chest pain? no).
ECHO_DENIED = re.compile(
    # asked (胸口闷吗?没有) or echoed (煤气味？没有啊)
    r"\s*(?:吗|么|嘛)?\s*[?？]+\s*(?:没有|没(?!人|办法)|不是|不(?!知道|清楚|确定|太清楚|好说)|哪有|并没有|(?:no|nope|not)(?![a-z]))"
)

# Fine so far (暂时没事) while the danger goes on: not a resolution.
FOR_NOW = frozenset({"暂时", "目前", "暂且", "眼下"})

# The patient's own word that they are fine (他自己说没事): not a recovery.
PATIENT_SAYS = re.compile(
    r"(?:他|她|老人|本人)(?:自己)?(?:一直|还|非|硬|坚持)?(?:说|讲|觉得)(?:[^。!?,，\s]{0,3}就)?$|"
    # the ambulance refused by the patient, who says it is nothing (他不让我叫救护车说没事)
    r"(?:他|她|老人|本人)(?:死活|坚持|非要)?不(?:让|许|肯|要)(?:我|我们)?(?:叫|打|喊|去)"
    r"[^。!?,，\s]{0,6}(?:说|讲)$|"
    r"(?<![a-z])(?:saying|says|said|insists|insisting|claims|claiming) (?:that )?(?:she|he|they)$"
)

# A joke taken back (不好笑了, this is real), or a laugh turned by "but".
TAKEN_BACK = re.compile(
    r"不好笑|不是开玩笑|没开玩笑|(?:这次|这回)是真的|真的?慌了|说真的|认真的|"
    r"(?<![a-z])(?:not funny|not a joke|this is real|for real now|seriously now)(?![a-z])"
)
BUT_SAID = re.compile(r"(?<![a-z])but(?![a-z])|但是|不过|可是")
HURRY = re.compile(r"快(?:叫|来|点|打|送|去|救)")
THANKED_FOR_HELP = re.compile(
    r"(?:thanks?|thank you|grateful) (?:so much )?for (?:all )?(?:the |your )?help"
)
# The pet is the subject, right before its trigger (我们家狗'晕倒了').
PET_SUBJECT_GAP = re.compile(
    r"[\s'\"‘’“”「」『』]*(?:也|又|突然|好像|就|刚才|刚刚|(?:just|also|suddenly) )?"
    r"[\s'\"‘’“”「」『』]*"
)
