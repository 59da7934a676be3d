"""Request words: what in a message asks someone to do something (帮忙, 麻烦, can someone),
unless it thanks for help given or declines it, and terse orders (倒垃圾 3-1-402)."""

from __future__ import annotations

import re

from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.rules import Rule, RuleTable
from domain.understanding.terms import TABLE, Term

# A visit of one's own that is due, then the way out asked for; also lifts order_vetoes.py's
# allowed-question veto (its medical-outing lift).
APPOINTMENT_OUTING = (
    r"(?:该做|该去|要去|要做|要打|约了|预约了?|明天|后天|下周|礼拜|星期|周[一二三四五六日天]|逢|每周|"
    r"(?<![a-z])(?:need to book|booked|book) (?:a|an|my|the))"
    r"[^。!?]{0,10}(?:产检|复诊|复查|化疗|放疗|透析|洗肾|血透|打针|拆线|换药|疫苗|预防针)[^。!?]{0,12}?"
    r"(?:有没有?车|怎么出去|怎样出去|(?:能|可以)?申请(?:出去|出行|出门|外出)|(?:几时|什么时候)(?:可以|能)去|"
    # or the procedure for it (约的周四 怎么走流程, 要办什么手续)
    r"(?:能|可以)出去[吗么]|(?:怎么|怎样|如何)(?:走|办)(?:流程|手续)|(?:走|办|要|需要)什么(?:流程|手续))|"
    # or a paper to go out asked for it (孩子要复查 约了周四 能开证明出去吗)
    r"(?:产检|复诊|复查|化疗|放疗|透析|洗肾|血透|拆线|换药)[^。!?]{0,16}"
    r"(?:能|可以|能不能|可不可以)(?:帮忙|给)?开(?:个|张|一张|一个)?[^。!?\s]{0,5}?"
    r"(?:证明|出门证|通行证|出门条|条子|条(?=出去|出门|外出))|"
    # or the outing itself asked arranged (复诊时间到了 能安排出去看病吗)
    r"(?:产检|复诊|复查|化疗|放疗|透析|洗肾|血透)[^。!?]{0,16}"
    r"(?:能|可以|能不能|可不可以)(?:帮忙)?安排(?:我|我们|他|她)?(?:出去|外出|去医院)|"
    # or how to apply to go, for the writer's own on a day named after (请问怎么申请出行 我家老人
    # 下周二)
    r"(?:产检|复诊|复查|化疗|放疗|透析|洗肾|血透)[^。!?]{0,16}(?:怎么|如何)申请(?:出去|出行|出门|外出)"
    r"(?=[^。!?]{0,4}(?:我家|我妈|我爸|我老|家里)[^。!?]{0,6}(?:明天|后天|下周|周[一二三四五六日天]|礼拜|星期))|"
    # or the treatment's ride asked after because the writer's own is going (透析的车明天几点来
    # 我妈明早要去)
    r"(?:透析|化疗|放疗|血透|复诊|产检)(?:的|接送的?)?车[^。!?]{0,10}(?:几点|什么时候|还有)"
    r"[^。!?]{0,8}(?:我|俺)(?:妈|爸|家|老公|老婆|婆婆|公公)[^。!?]{0,6}(?:要去|得去)|"
    # or the visit told booked for a day, then the way out asked (复查约的20号 要怎么出去, 要拆线
    # 医院约的是周四 怎么出去)
    r"(?:产检|复诊|复查|化疗|放疗|透析|拆线|换药|疫苗|预防针)[^。!?]{0,8}约(?:的|了|在|好)"
    r"[^。!?]{0,14}?(?:要|该|得)?(?:怎么|怎样|如何)出去|"
    # or a way asked to get one's own child's jabs or stitches done (any way to get my baby's
    # shots done?)
    r"(?<![a-z])(?:any way|how (?:do|can) (?:i|we)) (?:to )?get (?:my|our) [^.!?]{0,24}?"
    r"(?:shots|jabs|vaccines?|vaccinations?|stitches) (?:done|out|removed)(?![a-z])"
)
# A message headed by the service it asks for (Refill request:, Parcel pickup for 5-1-1203).
_HEAD = r"(?:request|order|list|pick ?-?up|collection)\s*[:：\-]"
_PICKUP_FOR = r"(?:pick ?-?up|collection)(?: request)? for (?:room |rm |flat |unit |#)?\d"
# The words that ask someone to do something, tried in this order (at one position the first
# entry that matches wins). Each entry: a name, its pattern, messages it must match, look-alikes
# it must not.
ASKS: tuple[Rule, ...] = (
    Rule(
        "help",
        # 她帮我买菜 tells what she does; 让他帮我买 asks
        r"(?:(?<![他她])(?<!他们)(?<!她们)|(?<=[让叫请][他她]))"
        r"(?:帮忙|帮我|帮帮|帮下|帮个忙|帮一下|帮买|"
        r"帮(?=看|瞧|查|弄|处理|修|拿|带|取|倒|扔|丢|收|清|冲|充|交|缴|送|订|搬|叫|找|办|换|通|开|问))|"
        # for someone else (同佢買止咳藥: 帮他买止咳药); 我帮他买了 is done, not asked
        r"(?<!我)(?<!我们)(?<!你)(?<!您)帮(?:他|她|阿公|阿婆|阿嬷|阿爸|阿妈|爷爷|奶奶|外公|外婆|姥姥|"
        r"姥爷|老人家?|老爸|老妈|我爸|我妈|孩子|小孩|"
        # a neighbour named by where they live (帮楼下阿姨买布洛芬, 帮隔壁大爷取个快递)
        r"(?:楼下|楼上|隔壁|对门|邻居)(?:的|家)?(?:阿姨|大爷|大妈|叔叔|奶奶|爷爷|老人|婆婆)?)"
        # the thing named before the verb (帮老人手机充个话费, 帮我妈电卡交一下)
        r"(?=(?:手机|电话|电卡|水卡|燃气卡|医保卡|饭卡)?(?:把|买|拿|带|取|送|倒|扔|修|充|交|缴|订|配|开|叫|找|办)(?![^,。!?\s]{0,4}了))",
        (
            "帮忙买一袋大米",
            "帮看看热水器",
            "谁能帮我送下去",
            "阿公咳嗽睡不着 帮他买止咳药 5-1-1302",
            "帮阿公把医保卡送去社区盖章 11栋302",
            "能不能让他帮我买两斤土豆",
            "帮我爸手机充一下话费 他不会弄 2-1-301",
            "帮隔壁大爷买两盒降压药 他腿脚不便 3-1-201",
        ),
        (
            "帮派",
            "我帮楼下阿姨买了菜",
            "他们是一帮人",
            "我帮他买了药",
            "阿爷的药帮他配好了 明天送",
            "楼上阿姨人很好 她帮我买菜",
        ),
    ),
    # a visit of one's own household that is due, and the way out asked for (明天要去产检 怎么出去,
    # 约了礼拜三复诊 有没有车): the outing and its transport are the order
    Rule(
        "appointment-outing",
        APPOINTMENT_OUTING,
        (
            "我老婆怀孕七个月 明天要去产检 怎样出去 13-1-702",
            "我阿爸要去医院复诊 约了礼拜三 有没车",
            "我是孕妇 该做产检了 能申请出去吗 需要什么手续",
            "我爸下周三复诊 医院已经约好了 可以帮忙开个出门证吗 2-1-503",
            "透析病人要按时去医院 请问怎么申请外出 我爸下周一",
            "化疗的车后天什么时候到 我爸后天一早要去 3-2-501",
            "我妈搭桥手术后该复诊了 能开个出小区的条子吗 3-2-405",
            "老婆要做产检 能开张条出去吗 7幢2单元301",
            "眼科复查日子到了 能不能安排出去看一下 视力模糊 4-1-1201",
            "我爸复诊约的下周二上午 要怎么出去 5-2-601",
            "is there any way to get my son's booster jabs done? they're late, 3-1-702",
        ),
        (
            "孕妇产检能出去吗 需要什么证明",
            "上周去复诊了 有车接送 挺方便",
            "请问化疗病人怎么申请出行",
            "透析的车明天几点来 有人知道吗",
            "复诊的条子开好了 谢谢",
            "上次复查的车安排好了 谢谢",
            "复查约的周四 已经出去过了",
            "we got our baby's shots done last week",
        ),
    ),
    Rule(
        "dialect",
        r"可唔可以|能唔能|得唔得|帮手|边位|有没得人",
        ("可唔可以帮我买啲菜", "边位得闲帮手倒垃圾", "有没得人帮我买点菜"),
        ("可以吗",),
    ),
    Rule(
        "summons",
        r"谁来(?=管|收|拿|倒|处理|修|看|弄|帮)|(?<![不别])快来(?!了)|派(?:个)?人|收一下|"
        r"揾(?=人|个|师傅|医生|电工)",
        ("门口垃圾谁来收", "物业快来看看", "能派个人来吗", "搵个师傅修下"),
        ("不快来了", "快来了 别急"),
    ),
    Rule(
        "polite",
        # (only wanting all to know, 想让大家知道一下, tells, it asks nothing)
        r"麻烦|劳驾|劳烦|拜托|请帮|想(?:让|请|找)(?!大家|各位|你们|邻居们)"
        # (Sichuan 一哈 for 一下: 来看一哈嘛)
        r"|来(?:看看|看一下|看下|看一哈|瞧瞧|[看瞄瞧瞅]一眼|瞅瞅)",
        (
            "麻烦帮忙拿一下快递",
            "拜托了 家里没米了",
            "想找个电工",
            "社区医生哪天有空上来瞄一眼 8-1-502",
            "社区医生有空的话来看一哈嘛 11-2-1101",
        ),
        ("想家了", "药也够 只是想让大家知道一下她的情况"),
    ),
    Rule(
        "way-there",
        r"怎么(?:去|过去)|(?:怎么|怎样|点样)(?:先|才)(?:可以|能)?(?:去|过去|出去)",
        ("医院怎么去", "阿妈要覆诊 睇医生拎药 点样先可以出去"),
        ("怎么办",),
    ),
    # Someone who cannot go down for what waits below (腿脚不好下不去, I can't go down): asks.
    Rule(
        "cannot-go-down",
        r"下不去(?!手)|下不了楼|下不来楼|没法下楼|不能下楼|不方便下楼|"
        # the one it is for cannot go there themselves (老人自己去不了)
        r"(?:自己|本人)(?:去不了|去不成|走不了|没法去|不能去)|"
        r"(?<![a-z])(?:can'?t|cannot|unable to) (?:go|get there|make it) (?:herself|himself|"
        r"themselves|myself|in person)(?![a-z])|"
        r"(?<![a-z])(?:can'?t|cannot|unable to) (?:go|get|come|walk) down(?![a-z])",
        (
            "我孙子寄来的东西在大门口。我腿脚不好下不去。16栋。",
            "parcel at the gate, I can't go down",
            "有份证明要送到居委会盖章 老人自己去不了 12-3-1502",
        ),
        ("下不去手",),
    ),
    Rule(
        "please-zh",
        r"请(?!大家|各位|问|注意|配合|勿|不要|居民|业主|开门|查收|自取|及时|提前|按时|戴|下楼|排队|"
        r"联系|放在|放到|把|记得|将|于|保持|放心|稍等|耐心|假|留意|关注|查看|看群|"
        # residents addressed together, to come down for their goods
        r"(?:[\d一二三四五六七八九十]+\s*(?:号楼|栋|幢|单元|楼)?\s*)?的?(?:住户|居民|业主|家长)|"
        r"下来(?:拿|取|领)|"
        # a treat offered (改天请你吃饭, 请大家喝奶茶)
        r"(?:你|您|大家)(?:们)?(?:吃|喝))",
        ("请送两桶水上来", "请物业来看一下", "请物业帮3栋住户修一下水管"),
        (
            "谢谢你送的鸡蛋 改天请你吃饭",
            "请大家注意",
            "请留意群消息",
            "请查收",
            "请问几点到",
            "志愿者已到楼下 请6栋的住户下来拿菜",
        ),
    ),
    Rule(
        "able-question",
        # (么 closing 这么, 什么 asks nothing: 能理解 这么热)
        r"(?<!看)能不能|能否|可不可以|可以[^。!?]{0,12}(?:吗|(?<![这那什怎多])么)|"
        # 可能 is "maybe" (可能是没睡好 需要担心吗): no one asked whether they can
        r"(?<!可)能[^。!?]{0,12}(?:吗|(?<![这那什怎多])么)|"
        # a shop or anyone who could bring it (有没有药店能送开塞露)
        r"有没有[^。!?\s]{0,4}(?:能|可以)(?:送|帮|代买|配送|跑一趟)",
        (
            "能不能帮我买药",
            "可以送上来吗",
            "能帮忙倒一下垃圾吗",
            "有没有药店能送开塞露 老人三天没大便了",
        ),
        ("不能出门", "今天的菜有点蔫 能理解 这么热 谢谢团长", "可能是没睡好 需要担心吗"),
    ),
    # asking whether someone could, when it suits them (社区医生方便的时候来一趟吗)
    # an A-not-A question closed by 不 (能给开个条不, 可以帮忙带一下不): asks as 吗 does
    Rule(
        "able-not",
        r"(?:能|可以)[^。!?,\s]{1,8}不(?=$|[\s,。!?])",
        ("孩子眼睛红了两天 想去社区医院看看 能给开个条不 11栋302", "可以帮忙带一下不"),
        ("能不能", "可以不戴口罩"),
    ),
    Rule(
        "when-convenient",
        r"方便(?!面)(?:的时候|时|的话)?[^。!?\s]{0,4}(?:来|帮|送|带|拿|取|修|上门|看)"
        r"[^。!?\s]{0,10}[吗么]|"
        # if it suits, come: a bid without 吗 (护士方便的话来一趟 换个药)
        r"方便的话(?:请|麻烦)?(?:来|过来|上门)(?:一趟|一下|看看|看一下)",
        ("社区医生方便的时候来一趟吗", "方便帮我带两瓶酱油上来吗", "护士方便的话来一趟 老人要换药"),
        ("方便面还有吗", "今天方便", "今天方便吗 我想过来拿快递"),
    ),
    # any brand will do: goods to be bought (猫砂随便什么牌子, any brand)
    Rule(
        "any-brand",
        r"(?:随便|不管)(?:什么|哪个|哪种)?牌子|什么牌子都(?:行|可以|好|成)|牌子不限|不挑牌子|"
        r"(?<![a-z])(?:any brand|whatever brand|any brand is fine|brand doesn'?t matter|"
        # or whatever the shop has (Pampers or any; smetana if shop has; any drops pharmacy have)
        r"or any|if (?:the )?(?:shop|store|supermarket|pharmacy|market) (?:has|have)|"
        r"(?:shop|store|pharmacy) (?:has|have)(?=\s*[.,!?]|$))(?![a-z])",
        (
            "猫砂 随便什么牌子 1101",
            "Cat litter and dry cat food, any brand 1101",
            "diapers size L for baby, Pampers or any, B-906",
            "buckwheat (grechka) 2 bag and smetana if shop has. room 903",
        ),
        ("这个牌子的奶粉好吗",),
    ),
    Rule(
        "who-can",
        # company sought at night (有没有人还醒着) asks nothing of anyone
        # and a feeling shared asked after (有没有人也觉得这次的猪肉有点腥) neither
        r"谁能(?!想到|想得到|料到|猜到)|谁可以|谁有|"
        r"有没有人(?!还?(?:醒着|没睡|在线|陪我聊)|知道|看到|看见|见到|见过|捡到|"
        r"(?:也|和我一样|跟我一样)?(?:觉得|感觉|发现))|有人能|有谁|谁还有|"
        r"谁家还有|"
        r"有没有(?:邻居|哪位|哪家|好心人|朋友|志愿者|大白|物业)",
        ("谁能帮忙", "有没有人去超市", "有没有志愿者上来收垃圾"),
        (
            "没有人在家",
            "谁能想到 我这辈子还能体验一把团购",
            "失眠了 有没有人还没睡 聊会儿",
            "有没有人知道 超市现在还送货吗",
            "我的快递不见了 有没有人看到一个蓝色的袋子",
            "有没有人也觉得这次团的牛肉有点膻",
        ),
    ),
    # a need reported for someone (替9幢的独居老人报个需求 要硝苯地平两盒)
    Rule(
        "need-reported",
        r"报(?:个|一下|一个)?需求|(?:帮|替|代)[^。!?\s]{0,12}(?:下单|点单|登记一下)|"
        # reported for someone who cannot (老外邻居不会用手机 我帮他报一下 要鸡蛋)
        r"(?:帮|替|代)(?:他|她|他们|她们|[^。!?\s]{0,6}(?:邻居|老人|阿姨|大爷|奶奶|爷爷|家))"
        r"报(?:一下|个单|下|一个)(?!了|名|体温|核酸|平安)",
        (
            "我是志愿者 替9幢1单元的独居老人报个需求 要硝苯地平缓释片两盒",
            "隔壁奶奶不会用手机 我替她报一下 3-2-601 要一袋米 一桶油",
        ),
        ("需求已经报上去了", "我帮他报一下名 明天的核酸", "我帮她报一下体温 36.5"),
    ),
    # 有没有 opening a clause of goods alone (有没有布洛芬, 有没有胃药): asking neighbours for them;
    # 有没有通知, 有没有问题, 门口有没有药店 ask for information.
    Rule(
        "have-any",
        r"(?:^|(?<=[\s,。!?]))有没有(?!人|谁|哪|师傅|通知|问题|可能|必要|办法|用|效|事|好|发烧|症状|"
        r"消息|教程|攻略|方法|链接|说明|规定|要求|地方|[^。!?,\s]{0,4}(?:宠物|兽医|店|房|超市|医院|诊所))"
        r"(?=[^。!?,\s]{1,8}(?:[\s,。!?]|$))|"
        # goods opening the message, then asked after (布洛芬有吗, 酒精有没有)
        r"(?:(?<=^[^\s,。!?]{2})|(?<=^[^\s,。!?]{3})|(?<=^[^\s,。!?]{4})|(?<=^[^\s,。!?]{5})"
        r"|(?<=^[^\s,。!?]{6}))有(?:吗|么|没有)(?=[\s,。!?]|$)",
        (
            "经期肚子疼得厉害 有没有布洛芬",
            "吃多了烧心 有没有胃药",
            "布洛芬有吗 孩子有点低烧 37.8 想备一点",
        ),
        (
            "有没有通知",
            "有没有人在家",
            "电费怎么在网上交啊？有没有教程",
            "一直吐 有没有宠物医生",
            "冰箱里有没有鸡蛋我也不记得了",
            "小区门口有没有药店",
            "制氧机停电了怎么办 有没有地方可以充电",
        ),
    ),
    # Neighbours who have the goods asked after (有米的邻居吗, 谁家有多的鸡蛋 is "spare").
    Rule(
        "neighbour-with",
        r"有[^。!?\s]{1,6}的(?:邻居|朋友|好心人|街坊|人)(?:吗|么|不|没|嘛|\?)",
        ("有米的邻居吗 我家快没米下锅了", "有退烧药的邻居吗 孩子38.5"),
        ("有孩子的邻居都知道", "有事的人先走"),
    ),
    Rule(
        "passerby",
        r"谁(?:下楼|顺路|顺便|路过|在楼下)|有人(?=收(?!到)|来收|来拿|下楼|顺路|管一下)",
        ("谁下楼顺路带上来", "谁路过驿站帮我拿个快递", "快递纸箱堆了一屋子 有人收吗"),
        ("有人说明天到", "有人收到物资了吗", "谁出门记得戴口罩"),
    ),
    Rule(
        "lend",
        r"匀(?=[一两二三四五六七八九十几\d]|点|些|个|一下|给我|我)|"
        r"借(?=[一两二三四五六七八九十几\d]|点|些|个|一下|我)",
        ("谁家能匀两个鸡蛋", "借点酱油", "连花清瘟 有人多吗 匀我一盒 6-3-301"),
        ("借口", "匀速"),
    ),
    Rule(
        "who-will",
        r"(?:谁|有人|有没有人)会(?=修|换|弄|装|通|看)|"
        r"(?:谁|哪位|哪个|哪家|有没有人|有人|邻居们?)"
        # (whom, named between: 哪个志愿者方便带十个)
        r"(?:志愿者|大白|邻居|师傅)?(?:能|可以|方便|愿意|有空|顺路|顺便)"
        r"(?!想到|想得到|料到|猜到)|"
        r"谁来(?=[\u4e00-\u9fff]{1,2}(?:一下|下|走|掉))",
        ("谁会修马桶", "哪位方便帮我带瓶酱油", "谁来收走", "哪个志愿者方便带十个馒头"),
        ("谁会想到", "哪个志愿者昨天来过"),
    ),
    # someone found or told to come and look (找人看看, 让社区医生打个电话, 赶紧弄走)
    Rule(
        "get-someone-zh",
        # or a tradesman named by the trade (找个开锁的来, 能找个修热水器的吗)
        r"找(?:个|一?位)?(?:(?:人|师傅|电工|水电工|物业)(?:来|上门)?(?:看看|看一下|看下|瞧瞧|修|弄|处理)|"
        r"(?:开锁|换锁|修[\u4e00-\u9fff]{1,3}|通[\u4e00-\u9fff]{1,3})的(?:师傅|人)?)|"
        r"(?:让|请|叫)(?:社区|家庭)?(?:医生|护士|大夫)(?:来|上门|打个?电话|联系|看)|"
        r"(?:赶紧|赶快|尽快|快点?)(?:弄|拿|收|清|运|搬|拉)走",
        (
            "能不能找人看看是不是管子的问题",
            "能不能让社区医生打个电话问问",
            "1504门口三袋 赶紧弄走吧",
            "钥匙丢了 门进不去 能找个开锁的吗 5-1-302",
            "卫生间的下水道又堵了 谁能找个通下水道的师傅",
        ),
        ("找人聊聊天", "开锁的师傅刚走"),
    ),
    # a message headed by the service it asks for, as on a form (Refill request: …, Pharmacy
    # order: …, Milk station pickup for 6-3-502)
    Rule(
        "headed-request",
        # up to two words before the head, spelt out (not a repeat) so that the table stays
        # hoistable: a repeat of a group first would leave the whole ask table unscanned
        rf"^\s*(?:[a-z]+ [a-z]+ {_HEAD}|[a-z]+ {_HEAD}|{_HEAD})|"
        rf"^\s*(?:[a-z]+ [a-z]+ {_PICKUP_FOR}|[a-z]+ {_PICKUP_FOR}|{_PICKUP_FOR})|"
        r"^\s*(?:配药|买药|代购|购物|采购|买菜|维修|报修)(?:需求|清单|单)\s*[:：]",
        (
            "Refill request: amlodipine and atorvastatin for my dad, 3-1-1202",
            "Grocery order - eggs, milk and bread. 4-2-301",
            "Parcel pickup for 5-1-1203, code at the gate",
            "买药清单：布洛芬 创可贴 5-2-301",
        ),
        ("Order update: your rice was delivered", "the pickup for building 5 is at 3pm"),
        latin=True,
    ),
    # a form's field for what is asked, filled in (代办事项：去银行取社保卡, 药品名称：速效救心丸),
    # not left blank for others to fill (药品名称： 数量：)
    Rule(
        "form-field",
        r"(?:代办|报修|需求|求助)(?:事项|内容)[ \t]*[:：][ \t]*(?=[^\s:：/])(?![^\s:：]{1,6}[:：])|"
        r"(?:药品名称|所需物品|需求物品|就医原因)[ \t]*[:：][ \t]*(?=[^\s:：/])"
        r"(?![^\s:：]{1,6}[:：])",
        ("【代办登记】房号：3-1-702 代办事项：去营业厅交话费", "药品名称：速效救心丸 2瓶"),
        ("【配药登记】请各户在下方填写：房号： 药品名称： 数量：", "代办事项很多"),
    ),
    # a thing to be taken somewhere, left at the door for whoever goes (材料要交到居委会 放门口了)
    Rule(
        "left-to-take",
        r"(?:要|得|需要)(?:交|送|寄|转交|带)(?:到|给|去)[^。!?]{0,12}(?:放|搁|挂)(?:在)?(?:我家)?"
        r"(?:门口|门外|门把手)|"
        r"(?<![a-z])(?:needs? to|has to|have to) (?:go|be taken|be handed in|be dropped) (?:to|at) "
        r"[^.!?]{1,30}(?:left|put) (?:it|them) (?:outside|at|by|on) (?:my|our|the) "
        r"(?:door|doorstep)(?![a-z])",
        (
            "@志愿者 我有份材料要交到居委会 放门口了 牛皮纸袋 7幢302",
            "@volunteers a form that needs to go to the committee office, left it outside my "
            "door, 7-302",
        ),
        ("材料已经交到居委会了", "the form went to the committee office yesterday"),
    ),
    Rule("order-zh", r"订(?=[一两二三四五六七八九十几\d]|点|些)", ("帮我订两箱水",), ("订单",)),
    Rule(
        "how-to-arrange",
        r"is there (?:a|any) way (?:to|for)|"
        r"is there (?:a|an|any|someone|anyone)(?: [a-z]+)? (?:who|that) (?:can|could)|"
        r"is there (?:a|an|any) [a-z]+(?: [a-z]+)? (?:available|on call|on duty|we can see)|"
        r"how (?:can|do|should|could) (?:i|we) (?:arrange|book|see|make|have)|i need to see",
        (
            "Is there a way to get my insulin?",
            "How can I book a doctor visit?",
            "Is there a counsellor available? My son hasn't left his room in days",
        ),
        ("there is no way",),
        latin=True,
    ),
    # whom to ask to have it arranged (who do we contact to arrange transport, 透析的车找谁安排)
    Rule(
        "who-to-arrange",
        r"who (?:do|should|can|could) (?:i|we) (?:contact|call|ask|talk to|speak to|message|"
        r"text)(?: [a-z]+){0,2}? (?:to|for|about) (?:arrange|arranging|book|booking|organi[sz]e|"
        r"organi[sz]ing|sort|sorting|get|getting)(?![a-z])|"
        r"(?:找|联系|问)谁(?:来)?(?:安排|预约|帮忙|申请)",
        (
            "My mum has haemodialysis Mon/Wed/Fri, who do we contact to arrange transport?",
            "这周三复查 接送的车找谁安排 3-1-702",
        ),
        ("who do I contact if I lose my key card in future?", "找谁都没用"),
    ),
    Rule(
        "give-me",
        r"给我们?(?=[一两二三四五六七八九十几\d]|点|些|来|带|留)|托人|"
        r"辛苦(?=[^。!?,\s]{0,2}(?:拎|拿|带|收|送|取|倒|扔|处理|修|跑))",
        ("给我来两斤鸡蛋", "辛苦帮拎上来"),
        ("辛苦了",),
    ),
    Rule(
        "fix-soon",
        r"(?:得|要|需)(?:赶紧|尽快|马上|赶快|快点?)(?=修|换|找人|处理|弄)",
        ("水管得赶紧修",),
        ("要赶紧睡了",),
    ),
    Rule("book-care", r"想(?:预约|约|挂号)", ("想预约社区医生",), ("预约已满",)),
    # when someone could come over (社区医生什么时候能来一趟): the visit is asked for
    Rule(
        "visit-when",
        r"(?:什么时候|哪天|几时|几点)(?:能|可以|方便|有空)?(?:来|上门|过来)"
        r"(?:一趟|一下|看看|看一下|瞧瞧)(?![了过])",
        ("老人伤口要换药 社区医生什么时候能来一趟 12-1-101", "师傅哪天有空过来看看 水龙头一直滴"),
        ("医生什么时候来过了", "快递什么时候来"),
    ),
    Rule(
        "beg",
        # a how-to begged (求个教程, 求做法) is advice asked, no goods
        r"(?:^|(?<=\s))求(?!求|救|证|职|学|婚|你|(?:个|一个|一份)?(?:教程|做法|菜谱|食谱|攻略|科普))",
        ("求一袋米", "家里断粮 求支援"),
        ("求救", "谁会做酸菜鱼 求个教程", "红烧肉怎么做才不腻 求做法"),
    ),
    Rule(
        "tradesman",
        r"有没有师傅|有师傅(?=没|吗|么|不|\?)",
        ("有没有师傅能修空调", "有师傅吗"),
        ("师傅说明天来",),
    ),
    Rule(
        "top-up",
        r"充值\s*(?:\d+|[一两二三四五六七八九十百千]+)|(?:卡|费)(?:要|得|需要)(?:充值|充|交|缴)",
        ("电费充值100", "燃气卡要充值 家里快没气了 17-2-302"),
        ("充值卡",),
    ),
    Rule(
        "spare",
        r"有人有|谁家有|有多的|多余的|(?:谁|谁家|哪家|哪位|邻居)多(?=[一两二三四五六七八九十几\d]|点|些|的|余)",
        ("谁家有多的酱油", "哪位多两个口罩"),
        ("谁家的猫",),
    ),
    Rule("buy-for-me", r"代购|帮我代", ("能代购奶粉吗",), ("代表",)),
    # a share claimed by its count (put me down for one, count us in for two boxes)
    Rule(
        "share-claimed",
        r"(?<![a-z])(?:put|count|sign) (?:me|us) (?:down |in |up )?for (?:\d+|one|two|three|four)"
        r"(?![a-z\d])"
        r"(?! (?:minutes?|mins?|hours?|days?|weeks?|months?|years?|more|of you)(?![a-z]))",
        ("veg boxes tomorrow? put me down for one, 3-2-601", "count us in for two boxes, 5-1-302"),
        ("put me down for 5 minutes", "count me in for one more round of cards"),
    ),
    # a supply to top up (速效救心丸要补一瓶)
    Rule(
        "top-up-supply",
        r"(?:要|得|需要|想)补(?:[一两二三四五六七八九十几\d]|点|些)",
        ("妈妈常备的速效救心丸要补一瓶 不急 10-2-1201",),
        ("要补觉",),
    ),
    # goods and a count to buy (氯雷他定买一盒 谢谢 二号楼三单元四零二)
    Rule(
        "buy-count",
        r"(?<![已刚我他她])(?<!已经)买(?:[一两二三四五六七八九十几\d]|点|些)(?![^,。!?;\s]{0,3}送)",
        ("氯雷他定买一盒 谢谢 二号楼三单元四零二",),
        ("已经买一盒了", "买一送一"),
    ),
    # a pack asked for with its count left out, spoken short (买盒感冒灵, 再来瓶维c)
    Rule(
        "buy-pack",
        r"(?:(?<![已刚我他她])(?<!已经)买|(?:^|(?<=[\s,，]))再?来)"
        r"(?=(?:盒|瓶|支|板|罐|袋|箱|桶)(?![子装饭装了]))",
        ("买盒999感冒灵 再来瓶维c 二号楼三零一", "再来瓶碘伏 3-1-402"),
        ("买盒饭", "已经买盒了", "来瓶子这边", "他买瓶装水"),
    ),
    Rule(
        "beg-count",
        r"求(?=[一两二三四五六七八九十\d]|点|些|个)(?!(?:个|一个|一份)?(?:教程|做法|菜谱|食谱|攻略|科普))",
        ("在线求点退烧药",),
        ("要求", "谁会做红烧肉 求个教程"),
    ),
    # goods asked for by how many, the Northeastern way (给俺家来两棵)
    Rule(
        "bring-me-count",
        r"给(?:我|我家|我们|我们家)来(?:[一两二三四五六七八九十几\d]+|点|些)",
        ("团购的酸菜还有没 给我家来两棵", "给我来两斤五花肉"),
        ("他给我来了两个电话",),
    ),
    # a thing asked to be collected, in the passive (could the used kits be picked up?)
    Rule(
        "could-it-be-fetched",
        r"(?<![a-z])(?:could|can) (?:the|my|our|these|those|this|that|it|they) [^.?!]{0,40}?"
        r"be (?:picked up|collected|taken away|removed|fetched|brought up|delivered)(?![a-z])|"
        # the rubbish named bare (can trash be collected tonight)
        r"(?<![a-z])(?:could|can) (?:trash|rubbish|garbage|bins?|recycling) (?:please )?"
        r"be (?:picked up|collected|taken (?:away|out|down)|removed)(?![a-z])",
        ("could the used antigen test kits be picked up?", "can trash be collected tonight"),
        ("can the vaccine be taken with food?",),
    ),
    # rubbish there to go (二单元四零一 有垃圾要扔)
    Rule(
        "rubbish-to-go",
        r"(?<![没沒])有[^。!?\s]{0,4}(?:垃圾|厨余|纸箱|医废)[^。!?\s]{0,2}要(?:扔|倒|丢|收|拿)",
        ("二单元四零一 有垃圾要扔", "有两袋厨余要倒"),
        ("没有垃圾要扔了",),
    ),
    Rule(
        "need-zh",
        r"求助|求帮|求购|(?<![不无])(?<!说我)(?<!说我们)需要|急需|急用|想买|想要|"
        # goods counted one wants ordered (想订个小蛋糕)
        r"想(?:订|定|预订)(?=[一两二三四五六七八九十几\d]?(?:个|份|盒|箱|袋|只|束|点|些))"
        # (not a time, a plan or a rule set: 想订个时间开会)
        r"(?![一两二三四五六七八九十几\d]?个?(?:时间|日子|计划|目标|规矩|闹钟))|"
        # whether there is still a way to get it (二甲双胍还有办法配吗)
        r"(?:还有|有没有)(?:办法|渠道|路子)(?:能|可以)?(?:配|买|开|拿|弄|搞)(?:到)?(?:吗|么|[?？])",
        (
            "急需胰岛素",
            "需要两桶水",
            "想买点水果",
            "想订个小蛋糕 明天女儿生日 3-3-301",
            "降压药还有办法开吗 5-1-202",
        ),
        (
            "不需要了",
            "无需登记",
            "天天在家跟花说话 老婆说我需要看医生 哈哈",
            "想订个时间开会",
            "药已经有办法配了",
        ),
    ),
    Rule(
        "join",
        r"(?:想|我要|我也要|我们)(?:报名|参加|参团|跟团)|(?<![\d+])\+1(?!\d)|算我一|加我一",
        ("我也要参团", "+1 3-2-501 两份", "算我一份"),
        ("1+1=2",),
    ),
    Rule(
        "pay-me",
        r"(?:转|卖|匀)给我|我(?:来)?付钱|钱(?:我)?(?:微信)?转(?:给)?你|转钱给你|给你转钱",
        ("能卖给我两包吗", "钱我微信转你", "可以转钱给你"),
        ("转给他了",),
    ),
    Rule(
        "carer",
        r"有没有(?![^。!?\s]{0,6}宠物)[^。!?\s]{0,6}(?:医生|大夫|护士|师傅|电工|水电工)|"
        # 上门采样的医生, 上门采样的名单: the round named, not asked for
        r"(?:核酸|采样)上门|(?<!等)(?<!已)(?<!已经)(?<!是)上门(?:核酸|采样|做核酸)(?!的)",
        ("有没有社区医生能上门", "能安排上门核酸吗"),
        ("有没有宠物医生", "上门采样的护士到哪了", "爷爷36度9 等上门采样"),
    ),
    # A carer asked whether they can come and do something for someone (社区医生明天能来给
    # 3-1-301的老人换一下尿管吗, 护士可以来帮我妈打针吗)
    Rule(
        "carer-come-do",
        r"(?:医生|大夫|护士|医护|师傅)[^。!?\s]{0,4}(?:能不能|可不可以|能|可以)(?:来|上门|过来)(?:给|帮)"
        r"(?!大家|各位|居民|全楼)|"
        # or asked when they are free to come (社区医生啥时候有空 来给我妈测个血糖)
        r"(?:医生|大夫|护士)[^。!?\s]{0,2}(?:什么时候|啥时候|哪天)(?:有空|方便)[^。!?]{0,2}"
        r"(?:来|上门|过来)(?:给|帮)(?!大家|各位|居民|全楼)",
        (
            "社区医生明天能来给3-1-301的老人换一下尿管吗",
            "护士可以上门帮我妈打针吗",
            "社区医生啥时候有空 来给我妈测个血糖",
        ),
        ("医生能来给大家讲讲课", "师傅说他不能来"),
    ),
    # Which volunteer carries it up (哪位志愿者帮拎上来), not thanks for one who did (…拿上来的)
    Rule(
        "which-helper",
        r"哪位(?:志愿者|邻居|好心人|大白|师傅|朋友)帮(?:忙|我)?(?:拎|拿|搬|扛|送|带|取|提)"
        r"(?:上来|上去|下去|一下)(?!的)",
        ("哪位志愿者帮拎上来", "哪位邻居帮我搬上来"),
        ("哪位志愿者帮我拿上来的 太感谢了",),
    ),
    # A booking asked, for oneself or on someone's behalf (代7-2-801的刘爷爷约一下透析车, 帮我妈
    # 约个复诊)
    Rule(
        "booking",
        r"(?:代|帮|替)[^。!?]{0,14}约(?:一下|个|下)|"
        r"约一下(?=[^。!?\s]{0,6}(?:车|医生|号|门诊|复诊|复查|透析|化疗|护士|上门))|"
        # the clinic asked whether it can fit someone in (社区医院能排吗)
        r"(?:社区医院|卫生院|医院|门诊|诊所)(?:能|可以)(?:不能)?(?:排(?!队)|安排)(?:上|一下)?(?:吗|么)",
        ("代7-2-801的刘爷爷约一下透析车 周一三五早上7点", "帮我妈约个复诊 3-2-502"),
        ("约了朋友吃饭", "帮忙的邻居约好了"),
    ),
    Rule(
        "want",
        r"要买|我要(?!不要|被|疯|死|哭|崩溃|吐了|中暑|晕|热死|累死|饿死|是|饿晕|饿疯|饿扁|笑死|气死|困死|睡着)|想要(?=[一两二三四五六七八九十几\d]|点|些)|(?<![不])要(?=[一两二三四五六七八九十几\d]|点|些)|"
        # to keep some at home (想备一点, 想囤两盒)
        r"想(?:备|囤|吃|喝)(?=[一两二三四五六七八九十几\d]|点|些)|"
        # a car asked for an outing (周四复查 要车, 下午化疗 得派个车)
        r"(?<![不])(?:要|得)(?:用|派)?(?:个|辆)?车(?![^。!?\s]{0,3}(?:了|吗|么|费))|"
        # goods asked by the count of their packs, if there are any (酸奶还有的话来两排)
        r"(?<=的话)来[一两二三四五六七八九十\d](?:排|箱|盒|袋|斤|板|瓶|包|提|桶)",
        (
            "我要两份",
            "要一箱牛奶",
            "退烧药想备一点",
            "孩子想吃点水果",
            "爸爸周四复查 要车 5-1-201",
            "牛奶还有货的话来两箱 7-2-501",
        ),
        (
            "不要一直问",
            "不要车 我们自己开",
            "要车费吗",
            "我要是再吃一块蛋糕就要胖死了",
            "楼下在烤肉 我要饿晕了",
            "室友发烧了 我要不要戴口罩",
        ),
    ),
    Rule(
        "get-some",
        r"(?<![\d点])整点(?!报时)|整些|来点|来些|弄点|搞点|要续|"
        r"续(?=[一两二三四五六七八九十\d]|点|些|盒|瓶|药|方)",
        ("整点青菜", "降压药要续了", "续两盒药"),
        ("12点整点报时",),
    ),
    Rule("pay-zh", r"(?:充|交|缴)下(?![来去楼面午雨班])", ("电费帮我充下",), ("交下班了",)),
    Rule(
        "see-doctor",
        r"想(?:去)?看(?:一下|个|下)?(?=医生|大夫|[\u4e00-\u9fff]{0,3}科|牙|病)",
        ("想看医生", "想看一下牙"),
        ("想看电视",),
    ),
    Rule(
        "service-verb",
        r"代买|买一下|买点|买些|带点|带些|带一|捎|团(?=个|点|些|一|[两二三四五六七八九十\d])|拼(?=一?(?:个|单|份))|"
        r"配一下|配(?=一|点|些|[两二三四五六七八九十\d]|盒|瓶)|送上来|送一下|送来|送过来|"
        r"送(?=[一两二三四五六七八九十几\d]\s*[桶箱袋瓶盒份])|拿上来|取一下|"
        r"拿一下|拿下去|带下去|扔一下|倒一下|(?<!被)收走(?!了)|(?<!被)拿走(?!了)|拎走|修一下|来修|"
        # the round waited for (在家等上门采), told (核酸是上门做) or done (已上门看过): no ask
        r"(?<!等)(?<!已)(?<!已经)(?<!是)上门(?!(?:采样|核酸|做核酸|服务)?的)(?!采(?!购))|"
        # one's own plans made (我好安排孩子上网课, 大家自己安排) ask nobody
        r"(?<!我好)(?<!自己)(?<!自行)安排|交一下|缴一下|(?<!补)充一下|(?<!白)跑一趟|"
        # when a collection comes is asked for it (医废装好了 什么时候来拿)
        r"(?:什么时候|啥时候|啥时)(?:能|可以)?来(?:拿|收|取)(?:走|一下)?(?![了的过])|"
        # a bill or a plan asked to be paid or renewed, by the verb first (pay the water bill for
        # us?, renew my broadband)
        r"^(?:could you |can you |pls |please )?(?:pay|renew|top up) (?:the |my |our )?(?:[a-z]+ )?"
        r"(?:bill|broadband|internet|wifi|phone|plan|card|meter)",
        (
            "买点菜 3-2-501",
            "垃圾倒一下",
            "水管来修",
            "外卖送上来",
            "医废装好了 什么时候来拿",
            "厨余桶满了 啥时候来收 5-2-301",
            "pay the gas bill for me? 4-1-101",
            "猫粮有人在团吗 我也想拼一份 3-1-202",
        ),
        # a wasted trip told (医院关门了 白跑一趟) asks for none
        (
            "被收走了",
            "拼图",
            "药房今天没开 白跑一趟",
            "几点开门 我好安排一下时间",
            "物业说下周停水 大家自己安排",
        ),
    ),
    Rule(
        "can-you",
        r"(?:can|could|would|will|may) (?:you|someone|anyone|somebody|anybody|whoever|a volunteer|"
        # someone kind, asked the favour (could a kind soul grab some bread?)
        r"(?:a|some|any) kind (?:soul|person|neighbou?r)s?|"
        # chat shorthand for someone (can sb bring it up, could smb check)
        r"sb|smb|smone|smbdy|some1|sum1|any1|"
        # the volunteers asked by role (could the volunteers collect it); will they is a schedule
        r"(?<!will )the volunteers?|volunteers|any volunteers?|any neighbou?rs?|u|"
        r"one of (?:you|the [a-z]+)|i get|i have|"
        r"the (?:garbage|rubbish|trash|waste|delivery|cleaning|repair|maintenance) (?:team|crew|"
        r"guys?|people|staff)|"
        r"we get|i ask|i request|i order|we order|(?:we|i) book|"
        r"(?:they|it|these|this|them) be (?:collected|"
        r"picked up|taken away|taken|removed|delivered|brought up)|"
        # something arranged for us (can transport be arranged, could a car be sent)
        r"(?:transport|a ride|a car|a lift|a taxi|an ambulance|a doctor|a nurse|someone|help|"
        r"a volunteer) be (?:arranged|organi[sz]ed|sent|booked)|(?:they|it|these|this|them) "
        r"(?:go|get taken) (?:down|away|out|with|today|tonight|now|soon))|"
        # a chance asked for (is there any chance of getting formula?)
        r"any chance (?:of|to|i could|we could|someone could) (?:get|getting|buy|buying|have|"
        r"having|order|ordering)|any chance\s*\?|"
        # goods asked as a chance this week (any chance of fresh veg this week?)
        r"any chance of (?:some |any )?(?:fresh )?[a-z]+(?=[^.!?]{0,20}\?)|"
        # someone asked as a possibility (is it possible someone buy kefir for me?)
        r"is it possible (?:for |that )?(?:someone|somebody|anyone|anybody|a volunteer|"
        r"the volunteers?|you)(?: to| could| can)?",
        (
            "Could someone buy milk?",
            "wifi router died, can sb help reset it? 5-2-101",
            "could the rubbish crew come by 4-1-201",
            "can any volunteer collect it?",
            "Can I order kimchi?",
            "Could someone help 取快递 for 3-2-1101? I can't go down",
            "Can I get 1 box of milk and 1 tray of eggs delivered to 10-1-801?",
            "used test kits bagged up outside 4-2-301, can they be collected today?",
            "Diaper bag outside 1-3-502, can it go down today?",
            "food went off in the power cut, bag's outside B-2201, could it go today?",
            "Used test kits bagged at my door, 14-2-1004, could they go with the medical waste?",
            "Could whoever does the trash run today take the two bags outside 10-2-1201?",
            "could the volunteers take our old newspapers down? 5-2-301",
            "My mum has a dialysis session tomorrow at 8, can transport be arranged from 12-1-101?",
            "could some kind neighbour pick up two cartons of milk for 3-1-702? thank you",
            "Any chance of fresh veg this week? I'd take anything, 4-1-1101",
            "is it possible for someone to buy kefir or yogurt for me? Room 1406",
        ),
        (
            "you can come in",
            "what a kind soul she is, she brought us soup",
            "any chance of rain tomorrow, do you think",
            "is it possible to get covid twice?",
        ),
        latin=True,
    ),
    Rule(
        "please-en",
        # shorthand bids as please does (pls pray for her, plz wait asks nothing)
        r"(?:please|pls|plz)(?! (?:remember|do not|don'?t|note|make sure|be |keep|stay|wear|pray|"
        # all asked to post or register theirs, to store some (please post your flat number)
        r"(?:post|list|register|share) (?:your|their)|store |stock up|"
        r"bring(?! (?:it |them )?up)|put your|"
        r"leave|avoid|follow|report|line up|go down|come down|check your|wait|all|everyone|"
        # everyone told to shut up the flat (please close your windows for the disinfection)
        r"(?:close|shut|open) (?:your|all)))",
        ("please send up two bottles of water", "rice pls"),
        (
            "please remember your masks",
            "my aunt in beijing is in hospital, pls pray for her",
            "if you have kids at home, please post their ages here",
            "gas off tomorrow morning, please store some water",
            "please wait",
            "disinfection at 10, please close your windows",
        ),
        latin=True,
    ),
    # A message headed as a request, in the form's English (Request to collect the waste.,
    # Requesting a nurse visit for mum): the heading is the ask.
    Rule(
        "request-heading",
        r"(?:^|(?<=[.!?:\n]\s))(?:request(?:ing)?|kindly request|apply(?:ing)? for)"
        r"(?= (?:to|for|a|an|the|some|doctor|nurse|plumber|electrician|repair|delivery|pickup|"
        r"collection|medicine|help)(?![a-z]))",
        (
            "Request for plumber: kitchen sink blocked since yesterday. 4-1-302",
            "Requesting a nurse visit for my mother's dressing, 7-2-101",
            "Request to take away the old carton boxes at door. Bldg 3 Unit 2 Room 501.",
        ),
        (
            "my request to the property was ignored again",
            "thanks, request received",
            "is there a form to request a pass?",
        ),
        latin=True,
    ),
    Rule(
        "need-en",
        # not a feeling (I want to cry)
        # (a need to ask or know something is information wanted: need to ask about the pass)
        # (someone else's saying, my wife says I need help, is a tease)
        r"(?<!no )(?<!don't )(?<!dont )(?<!says i )(?<!said i )(?<!says we )"
        r"need(?:s|ed)?(?! to (?:ask(?! (?:someone|somebody|anyone|"
        r"a volunteer|for|you))|know|find out|check whether|check if))|"
        r"(?<!don't )want(?! to (?:cry|scream|die|sleep|"
        r"laugh|go home|give up|run away))|would like|i'?d like|"
        r"we'?d like|looking for|could (?:really )?(?:use|do with)|"
        r"(?:(?:i|we)'?d|would) (?:really )?love (?!to )(?:a|an|some|one|two|three|\d)",
        (
            "Need diapers size L",
            "I'd like two loaves",
            "could really use some eggs",
            "we'd love a tray of eggs, 1903",
            "Would love some fresh veggies, anything green lol. Block C 1501",
        ),
        (
            "no need, thanks",
            "don't want any",
            "we'd love to thank the volunteers",
            "Haha my cat stole my fish again, I want to cry",
            "Who's the 楼长 for Block C? need to ask about 通行证",
            "started talking to my plants. my wife says I need help 😂",
        ),
        latin=True,
    ),
    Rule(
        "anyone-have",
        # (if anyone has a fever, call the hotline: a case supposed, no one asked)
        r"(?<!if )anyone (?:have|has|got|going|able|who can|could|can)|help me|help with|"
        r"how (?:can|do|should|could|would) (?:i|we|she|he|they|my [a-z]+) get|requesting|"
        r"kindly",
        (
            "Anyone have spare formula?",
            "Kindly arrange a doctor visit",
            "her injection at the hospital is tomorrow, how can she get there?",
        ),
        ("anyone else hear that?", "if anyone has a fever over 39, call the hotline"),
        latin=True,
    ),
    Rule(
        "whoever-free",
        r"(?:any|some) ?(?:one|body|volunteers?|neighbou?rs?)(?:'s|'re| is| are)?(?: [a-z]+){0,2} "
        r"(?:free|around|available|going|heading|headed|able|willing|good with|here|doing)|"
        r"(?:any|some) ?(?:one|body|volunteers?|neighbou?rs?) (?:can|could|pls|please)|"
        r"(?<=[a-z] )anyone\s*\?",
        (
            "Any volunteer free to grab my parcel",
            "Someone going down?",
            "Cat food anyone?",
            "anybody can help to bring?",
            "bag of garbage outside 1311, whenever someone's around",
            "if anyone's doing a grocery run, a tray of eggs for 1903",
        ),
        ("anyone?",),
        latin=True,
    ),
    Rule(
        "urgent-en",
        r"asap|send someone|come (?:and|to) (?:fix|take|pick|check|have a look)|get me|grab me|"
        r"bring me|who can",
        ("send someone to fix it asap", "grab me some bread"),
        ("we came to see",),
        latin=True,
    ),
    # asked in broken English with no one named (can help buy …, could help pay …, can book …)
    Rule(
        "can-do-en",
        r"(?<![a-z])(?<!i )(?<!we )(?<!you )(?<!they )(?<!he )(?<!she )(?<!it )(?<!who )"
        r"(?<!that )(?<!u )(?:can|could|pls|please) (?:help|buy|bring|book|get|pay|send|deliver|"
        r"arrange|order|volunteers?|property|staff|"
        r"(?:the )?(?:(?:community|family|estate) )?(?:doctor|doc|gp|nurse))(?![a-z])",
        (
            "can help pay water bill? I cannot use alipay, foreign card. room 808",
            "hi, could help buy sanitary pads and some tissue? room 1108",
            "my husband tooth pain 3 days, can book dentist at hospital for him? 3-1-1801",
            "medical waste bag ready, can volunteer pick up from 1102?",
            "tooth pain very bad for 3 days, painkiller not help, can arrange see doctor?",
            "could the family doc swing by later? my boy has a cough, no temp. 4-2-1101",
        ),
        ("I can help if anyone needs", "we can buy it ourselves"),
        latin=True,
    ),
    # a terse imperative or a want in broken English (bring to 3-3-1002, carry to Bldg 10,
    # waiting for collect, for pick up, 蒙脱石散 if have)
    Rule(
        "terse-en",
        r"(?:^|(?<=[,.;!] )|(?<=[,.;!]))\s*(?:pls |please )?"
        r"(?:carry|bring|take|deliver|send|top up)"
        r"(?: (?:it|them|this|up|down))? (?:to|for|up|down)(?![a-z])|"
        r"^\s*(?:pls |please )?(?:top up|buy|get)(?![a-z])|"
        r"(?<![a-z])(?:(?:waiting|ready) for (?:collect\w*|pick ?up)|for pick ?up|"
        r"if (?:you |shop |pharmacy )?have(?=\s*[.,!]|\s*$)|can take (?:to|it|them))(?![a-z])",
        (
            "my friend send a box, it is at north gate, bring to 3-3-1002 onegai",
            "Package from my company at the gate guard, carry to Bldg 10 Unit 2 #702",
            "top up electricity 100 yuan for 3-1-602, the meter almost zero",
            "Garbage of 12-2-1001 is ready at the door, waiting for collect",
        ),
        ("I bring my own bags", "take care everyone"),
        latin=True,
    ),
    # asked with an apology for the bother (could I trouble a volunteer for ..., if it's no trouble)
    Rule(
        "trouble-en",
        r"could i trouble (?:you|someone|anyone|somebody|anybody|a volunteer|one of you)|"
        r"if it'?s not (?:too much )?(?:trouble|a bother|too much to ask)|if it'?s no (?:trouble|"
        r"bother)|would (?:anyone|someone|anybody) (?:happen to be|be) (?:going|heading)",
        (
            "Could I trouble a volunteer for toilet paper and dish soap? 3-1-402",
            "if it's not too much trouble, some band-aids and iodine? 7-3-302",
        ),
        ("it's no trouble at all, happy to help",),
        latin=True,
    ),
    # any make of the goods will do (anything from the pharmacy works, whatever size they have,
    # 什么牌子都行): the goods are wanted
    Rule(
        "any-will-do",
        r"anything (?:from [^.!?]{1,20} )?(?:works|will do|is fine)|"
        # any of it, a lesser kind accepted after (coffee. any coffee. instant is fine)
        r"any [a-z]+[.!,;] ?(?:[a-z]+ )?[a-z]+(?:(?: is| are|'s) (?:fine|ok|okay)|"
        r" will do| would do)(?![a-z])|"
        r"whatever (?:size|brand|kind|type|flavou?r)s? (?:they have|is available|you can find|"
        r"works|they'?ve got)|"
        # any of the goods named, with the flat (candles or a torch, either is fine, 7-601)
        r"(?:either(?: one)?|any of (?:them|those|these|the above)|any one|whichever(?: one)?) "
        r"(?:is fine|is ok(?:ay)?|will do|works)(?=[^.!?]{0,40}(?:\d{1,3}-\d{1,2}-\d{3,4}|"
        r"\d{1,3}-\d{3,4}|(?:room|rm|flat|unit|bldg|block) ?#?\d))",
        (
            "nappy cream for a 1yo, anything from the pharmacy works, 5-1-203",
            "Candles or a torch, either is fine, 7-601",
            "whatever size they have is fine, oat milk 3-2-801",
            "tea. any tea, teabags are fine, desperate here 2-1-803",
            "milk please, any milk. UHT's fine. 4-1-502",
        ),
        ("anything is possible", "whatever they have for dinner", "either is fine with me"),
        latin=True,
    ),
    Rule(
        "any-will-do-zh",
        r"(?:什么|哪个|哪种|任何)(?:牌子|品牌|规格|尺寸|大小|型号|口味)(?:的)?都(?:行|可以)|"
        # whichever there is, buy it (有哪个买哪个, 有啥买啥); any of the goods, with the flat
        # (苹果香蕉都行 4幢301)
        r"有(?:哪个|啥|什么|哪种)买(?:哪个|啥|什么|哪种)|"
        # the building in digits or in words (哪样都行 七栋六零一)
        r"都(?:行|可以)(?=[^。!?]{0,20}(?:\d{1,3}-\d{1,2}-\d{3,4}|[\d一二三四五六七八九十两]{1,3}"
        r"[栋幢座]|单元|号楼))",
        (
            "婴儿湿巾 什么牌子都行 6-1-302",
            "蜡烛 手电 哪样都行 十二栋三零二",
            "连花清瘟 或者 感冒灵 有哪个买哪个 谢谢 9-3-909",
            "水果 随便 苹果香蕉都行 老人想吃 4幢301",
        ),
        ("什么牌子的好用", "几点都行 我都在家"),
    ),
    # a trip or a visit to be arranged (can we arrange a trip to the clinic?)
    Rule(
        "arrange-en",
        r"(?:can|could) (?:we|you|someone|anyone|somebody) (?:please )?(?:help )?"
        # arranged ahead too (can we pre-arrange a car for when labour starts)
        r"(?:pre-?|)(?:arrange|organi[sz]e)|(?:can|could) (?:you|someone|anyone|somebody) "
        r"(?:please )?(?:pre-?)?book|(?:can|could) we (?:please )?pre-?book",
        (
            "the baby's jabs are due on friday, could we arrange a ride to the clinic? 4-1-502",
            "can someone book a car to the hospital for my wife's scan",
        ),
        ("we arranged it ourselves", "can I book my own slot online?"),
        latin=True,
    ),
    # a visit the doctor sent the family on, told with the flat (医生让这周去医院抽血 5幢701)
    Rule(
        "doctor-sent",
        r"(?:医生|大夫)(?:让|叫|要|要求|嘱咐|通知)(?:我们|孩子|宝宝|我|她|他)?"
        r"(?:这周|本周|明天|后天|下周|今天|周[一二三四五六日天]|礼拜[一二三四五六日天])"
        r"[^。!?\s]{0,4}(?:去|到|回)(?:医院|诊所|门诊)"
        r"(?=[^。!?]{0,20}(?:\d{1,3}-\d{1,2}-\d{3,4}|[栋幢座]|单元|号楼))",
        ("宝宝复查 医生让明天去医院拍片 7栋2单元301", "孩子的过敏 大夫要下周回医院复诊 3-1-502"),
        ("医生让明天去医院 我们自己开车去就行", "上周医生让我们回医院 已经去过了"),
    ),
    Rule(
        "staff-come",
        r"(?:can|could|would|will) (?:(?:the|a|an|our|your) )?(?:community |building )?"
        r"(?:doctor|volunteer|nurse|staff|plumber|electrician|repairman|handyman|guard|property|"
        r"management|maintenance|security|courier)s? (?:come|visit|help|bring|get|buy|deliver|fix|"
        r"check|take|pick|send|arrange|drop|look|sort|pop|swing)|"
        r"(?:can|could|would|will) (?:the|a|an|any|our|your) (?:community |building )?"
        r"(?:doctor|nurse|gp|dentist|dr)s? [a-z]+|"
        # a doctor or nurse asked by name (could dr. wang drop by today?)
        r"(?:can|could|would|will) (?:dr\.?|doctor|nurse) [a-z]+ (?:come|visit|drop|pop|stop|"
        r"swing|call|check|look)|"
        r"(?:can|could|would|will) (?:the|a|our|your) [a-z]+(?: [a-z]+)? (?:come|visit|help|"
        r"bring|get|buy|deliver|fix|check|take|pick|send|arrange|drop|sort)|"
        # the question's words left in order (doctor can come check my baby?)
        r"^(?:the |a )?(?:community )?(?:doctor|nurse|volunteer)s? (?:can|could) (?:come|visit|"
        r"check|pop|drop)(?=[^.!?]{0,40}\?)",
        (
            "Could the plumber come today?",
            "can the community doctor visit my dad",
            "could a dr pop by to see grandpa? 6-1-101",
            "water heater has packed it in 🥶 can maintenance pop round?",
            "she needs more of her thyroid tablets. Can the pharmacy volunteers sort it?",
            "could Nurse Li pop up to 5-1-203 this afternoon? dad's wound dressing came loose",
            "doctor can come check my baby? rash on his arm, 1108",
        ),
        (
            "the doctor came yesterday",
            "Dr. Zhang will come round at 3, please be home",
            "doctor can come check your baby tomorrow, she said",
        ),
        latin=True,
    ),
    # Someone relayed or the writer wishing for a carer or helper to come and do something (they'd
    # like a doctor to check the baby's rash, I'd like someone to look at the boiler)
    Rule(
        "would-like-someone",
        r"(?:i'?d|we'?d|they'?d|she'?d|he'?d|would) like (?:a|the|someone|somebody|a volunteer)"
        r"(?: [a-z]+){0,2} to (?:come|check|look|visit|see|bring|fix|collect|pick|deliver|drop)",
        (
            "Relaying for 8-3-302: they'd like a doctor to check the baby's rash",
            "we'd like the community nurse to visit mum this week, 5-2-301",
        ),
        ("I'd like to thank the volunteers", "she'd like a doctor to be a doctor too"),
        latin=True,
    ),
    Rule(
        "is-it-possible",
        r"(?:(?:is|would|will) it (?:be )?|is )possible (?:for (?:someone|anyone|a volunteer|"
        r"the [a-z]+(?: [a-z]+)?|(?:a|an) (?:community )?(?:doctor|nurse|gp|medic|plumber|"
        r"electrician|handyman|repairman|technician)) to|"
        r"to (?:get|have|send|bring|deliver|buy|arrange|pick|collect|"
        # a booking asked (is it possible to book a hospital appointment for my mum?)
        r"book|schedule|make (?:a|an) (?:appointment|booking)))",
        (
            "Is it possible for the community doctor to come check on my mother?",
            "is it possible for a doctor to come change my mum's wound dressing? Room 1306",
            "would it be possible to get 2 bags of rice delivered to 3-1-202",
            "hello, is possible to buy yogurt and bread? 3-2-601",
            "Is it possible to book a hospital appointment for my dad's follow-up? Bldg 15 #801",
        ),
        ("is it possible to catch it twice?", "is it possible for a virus to live on parcels?"),
        latin=True,
    ),
    # a visit requested or booked (asked me to request a home visit from the doctor)
    Rule(
        "visit-requested",
        r"(?:request|requesting|arrange|arranging|book|booking) (?:a |an )?(?:home |house )?"
        r"(?:visit|call-?out)",
        (
            "Neighbour in 506 asked me to request a home visit from the doctor, her blood pressure "
            "is high",
            "please book a home visit for my dad, 3-1-402",
        ),
        ("the doctor's home visit was yesterday", "visiting hours are 3 to 5"),
        latin=True,
    ),
    # asked as Singapore and Malaysia English asks (can call plumber or not?)
    Rule(
        "can-or-not",
        r"(?<![a-z])(?:can|could) (?:[a-z']+ ){1,4}or not(?![a-z])",
        ("Aiyo the toilet choke again, can call plumber or not? 15-2-1203",),
        ("no idea whether the shop is open or not",),
        latin=True,
    ),
    # a chance asked for (any chance of a nappy run?)
    Rule(
        "any-chance",
        r"any chance (?:of (?:a|an|some|getting|someone|a volunteer)|(?:someone|anyone|somebody|"
        r"a volunteer|you) (?:could|can|might)|"
        # goods named for a flat (any chance of bread and eggs for room 1107?)
        r"of(?= [^.!?]{1,50} (?:for|to) (?:room |rm |flat |unit |#)?\d))",
        (
            "Any chance of a nappy run? Size 4 Pampers, we're down to the last two",
            "Any chance of bread, eggs and some fruit for Room 1107? thx",
        ),
        ("any chance of rain tomorrow?",),
        latin=True,
    ),
    # a way asked for (any way to get a pass?)
    Rule(
        "any-way",
        r"(?:any|is there a|some) way (?:to|i could|we could|for us to) (?:get|have|arrange|book)",
        ("Any way to get a pass for the hospital?", "is there a way to get a ride to dialysis"),
        ("no way to get there faster lol",),
        latin=True,
    ),
    # a service still unarranged (透析的车还没着落): asked to be arranged
    Rule(
        "unarranged",
        r"(?:车|接送|床位|预约|挂号|号|医生|护工|转运)[^。!?\s]{0,3}(?:还|都|一直)?"
        r"(?:没(?:有)?着落|没(?:人)?安排)",
        ("这周透析的车还没着落", "复查的车还没安排"),
        ("工作还没着落",),
    ),
    # a round asked not to pass us by (收垃圾的时候别漏了我们家, don't forget us)
    Rule(
        "not-forgotten",
        r"别(?:漏|忘|落)(?:了|掉)?(?:我们?|咱)(?:家)?|"
        r"(?<![a-z])(?:don'?t|do not|please don'?t) (?:forget|miss|skip) (?:us|me|our (?:flat|door|"
        r"bags?|rubbish|trash))(?![a-z])",
        (
            "明早收垃圾的时候别漏了我们家 门口三袋 3-1801",
            "rubbish round tomorrow, please don't forget us, 2 bags at 5-1-302",
        ),
        ("别忘了戴口罩",),
    ),
    # goods listed, then a count of each (无糖饼干 燕麦片 各来两包, milk and eggs, two of each)
    Rule(
        "each-counted",
        r"各(?:来|要|买|拿|订|带)\s*(?:[一两二三四五六七八九十]|\d{1,2})\s*"
        r"(?:包|袋|盒|瓶|箱|斤|份|罐|提|板|桶|听)|"
        r"(?<![a-z])(?:one|two|three|four|five|\d{1,2}) of each(?![a-z])",
        ("挂面 鸡蛋 各来一份 3-2-401", "oat milk and rye bread, two of each please, 5-1-203"),
        ("各位邻居好", "they cost two each", "苹果香蕉各两斤多少钱"),
    ),
)

_ASK_TABLE = RuleTable(ASKS)
_REQUEST = _ASK_TABLE.pattern

# Asking whether a group buy is running (有没有团的, is there a group buy for bread?): joining one,
# tried before the other asks.
GROUP_BUY_ASKS: tuple[Rule, ...] = (
    Rule(
        "group-buy",
        r"有没有(?:人)?(?:团|开团|拼团|在团)|有团(?:的|吗|么)|(?<!是)(?:谁|哪位)(?:在)?(?:开团|团)(?!的)|"
        r"来(?:[一两二三四五六七八九十\d]|一)份|"
        # a share asked to be brought along (有人团购吗 带我一份, 给我也捎两份)
        r"(?:带|捎)(?:上)?我(?:也)?(?:[一两二三四五\d])份|(?:给|帮)我(?:也)?(?:带|捎)(?:[一两二三四五\d])份|"
        # still open to join (团购的鸡蛋还能报名吗 想要两板)
        r"团[^。!?]{0,8}(?:还)?(?:能不能|能|可以|可不可以)(?:报名|加|跟|参加)|"
        r"(?<![a-z])(?:(?:is|are) (?:there|anyone|someone|somebody)|any|anyone|someone|"
        r"who(?:'s| is)?)(?: [a-z]+){0,2} (?:a )?group[- ]?buys? (?:for|of|on)(?![a-z])|"
        # asking to be let in (could I join the group buy for veggies?), or to add goods to it
        # (can I add two cartons of milk to the group buy?, 能再加两斤苹果到团购里吗)
        r"(?<![a-z])(?:(?:can|could|may) (?:i|we) (?:still |also )?(?:join|get in on|sign up for|"
        r"be added to|(?:also )?add [^.!?]{1,50}? (?:to|into|onto)|"
        # goods ordered through the buy (could I get two trays of eggs via the group buy?)
        r"(?:order|get|buy) [^.!?]{1,50}? (?:through|via|from|with)|"
        # or to have them added (could i get 5kg of dog food added to the next group buy?)
        r"(?:get|have) [^.!?]{1,50}? added (?:to|into|onto))|"
        # goods to add, asked politely (please add two bags of rice to the group buy)
        r"(?:please|pls|plz) (?:also )?add (?!your|yourselves|names?)[^.!?]{1,50}? "
        r"(?:to|into|onto)|"
        # or asked of whoever runs it (can anyone add 2 cartons of milk to tomorrow's group buy)
        r"(?:can|could|would) (?:anyone|anybody|someone|somebody|you|a volunteer) (?:please )?"
        r"(?:also )?add (?!your|yourselves|names?|me |us )[^.!?]{1,50}? (?:to|into|onto)) "
        r"(?:the |your |this |tomorrow'?s |today'?s |our )?"
        r"(?:[a-z]+ )?(?:group[- ]?buys?(?![a-z])|接龙|团购)|"
        r"(?:能|可以|能不能|可不可以)(?:再|也)?加[^。!?]{1,12}(?:到|进)[^。!?]{0,4}团购|"
        # a share claimed in a reply to the buy, counted (yes please add us for 2 boxes of milk,
        # 算我们一份 两箱牛奶, 给我们加两箱)
        r"(?<![a-z])(?:please|pls|plz) (?:also )?(?:add|put) (?:us|me) (?:down )?for "
        r"(?:\d+|one|two|three|four|five|a|an) "
        r"(?![a-z]*(?:minutes?|hours?|days?|weeks?|while)(?![a-z]))|"
        r"(?:算|记|报)(?:上)?(?:我|我们|我家)(?:家)?(?:[一两二三四五六\d]|一)份|"
        # a share claimed for a relative's household (给我奶奶那户也报一份, 帮我爸家也算一份)
        r"(?:给|帮)我(?:的)?(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|妈|爸|父母|爸妈|婆婆|公公|岳母|老人)"
        r"(?:家|那户|那家|那边)?(?:也)?(?:报|算|记)(?:上)?(?:[一两二三四五六\d])份|"
        # a share claimed by its count (I'll take one box please), or goods counted one wants
        # to group-buy (want to group-buy 2 cases of water)
        r"(?<![a-z])(?:i'?ll|we'?ll|i will|we will) take (?:\d+|one|two|three|four|five|a|an) "
        r"(?:boxe?s?|bags?|packs?|cartons?|cases?|trays?|portions?|shares?|kg|jin)(?![a-z])|"
        r"(?<![a-z])(?:i |we )?(?:want|wanna|would like|'d like) to group[- ]?buy "
        r"(?:\d+|one|two|three|four|five|a|an) [a-z]|"
        # … if anyone's doing a group buy; I join the vegetable 团购
        r"(?<![a-z])if (?:anyone|someone|somebody|any ?one)(?:'s| is| are)? (?:doing|organi[sz]ing|"
        r"running|starting|opening|does|organi[sz]es|runs|starts) (?:a |any )?group[- ]?buys?"
        r"(?![a-z])|"
        r"(?<![a-z])(?<!do )(?<!can )(?<!could )(?<!should )(?<!may )(?<!shall )"
        r"i(?:'ll| will| want to| want| wanna| would like to|'d like to| also)? join "
        r"(?:the |your |this )?(?:[a-z]+ )?(?:group[- ]?buy|团购|团(?!长))|"
        # those in the buy asked to let the writer's household in (can anyone in the group-buy
        # add us?, 团购群里谁能带上我们家)
        r"(?<![a-z])(?:can|could|would) (?:anyone|anybody|someone|somebody|you) (?:in|on|from|"
        r"running|doing) (?:the |this |your |a )?(?:[a-z]+ )?group[- ]?buys? (?:please )?"
        r"(?:add|include|squeeze in|take) (?:us|me)(?![a-z])|"
        r"团购(?:群)?里?的?(?:谁|哪位|团长)(?:能|可以|能不能)?(?:带上|加上|捎上|拉上)(?:我|我们|我家)",
        (
            "大米 食用油 有没有团的 来一份",
            "Anyone organizing a group buy for bread?",
            "Could I join the group buy for veggies? Just a small bag for 2 ppl.",
            "请问团购的鸡蛋还能报名吗 想要两板 5-2-901",
            "bread and yogurt if someone is organising a group buy, 5-1-301",
            "hi 团长, i want join the fruit 团购, 2 share for 6-2-902",
            "Could we add a bag of rice and some apples to the group buy? 3-2-501",
            "能再加两斤苹果到明天的团购里吗 7-1-302",
            "May we sign up for the fruit group buy? 2 boxes of oranges for 3-2-702",
            "can we still join the milk 团购? one box for 5-2-301",
            "please add a tray of eggs to tomorrow's group buy, 8-1-602",
            "Can anyone add 2 cartons of milk to tomorrow's group buy for me? Room 1104",
            "鸡蛋没了 谁在团 带我一份 4-1-302",
            "团长 给我也捎两份 9-2-701",
            "Could we get two trays of eggs via the group buy? 6-1-1201",
            "plz add a sack of rice to the group buy for 2-1-1102",
            "re the fruit buy: yes please put us down for 3 boxes of oranges, 5-2-902",
            "回复团长：算我家两份 6-1-702",
            're the milk buy "30 yuan a case"\nwe\'ll take two cases please, 3-1-502',
            "would like to group-buy 3 bags of rice, 5-2-301",
            "no eggs or milk left, could someone in the dairy group buy add us? 4-2-801",
            "家里断菜了 团购群里谁能带上我们家 7-1-1002",
            "could we have two bags of rice added to tomorrow's group buy? 6-2-301",
            "外婆家的菜也没了 帮我外婆那户也算一份 3-1-402",
        ),
        (
            "团购的菜到了",
            "这批鸡蛋是谁团的 一半都碎了",
            "the group buy arrived",
            "if there's a group buy it'll say so in the chat",
            "How do I join the group buy?",
            "can I sign up for the PCR test?",
            "they added eggs to the group buy",
            "please add your name to the group buy sheet",
            "他顺路带了一份给我 谢谢",
            "we got our rice through the group buy last week",
            "please add me for a minute, I'll check the list",
            "I'll take a look at the list",
            "want to group-buy? ask the building lead",
            "someone in the group buy added us last week, thanks",
            "they had eggs added to the group buy last week",
            "我奶奶那户已经报了一份",
        ),
    ),
    # A place asked on a group buy (can we get on the veggie group buy?), goods asked added by
    # whoever runs it (could whoever's doing the group buy add two loaves), or a share claimed
    # counted after a stock asked about (still milk left in the group buy? I'd like 2 boxes).
    Rule(
        "group-buy-share",
        r"(?<![a-z])(?:can|could|may) (?:i|we) (?:still |also )?(?:get|go) (?:on|in on|onto) "
        r"(?:the |a |this |your )?(?:[a-z]+ )?group[- ]?buy(?![a-z])|"
        r"(?<![a-z])(?:can|could|would) whoever(?:'s| is) (?:doing|running|organi[sz]ing) "
        r"(?:the |this )?(?:[a-z]+ )?group[- ]?buy (?:please )?(?:also )?add(?![a-z])|"
        r"(?<![a-z])(?:i'?d|id|we'?d|i would|we would) like (?:\d+|one|two|three|four|five) "
        r"(?:boxe?s?|bags?|packs?|cartons?|cases?|trays?|bottles?|loaves|portions?)(?![a-z])"
        r"(?=[^.!?]{0,12}(?:if so|if there'?s any|please|,))",
        (
            "Could I get on the fruit group buy? just me and my wife, 5-2-1101",
            "could whoever's running the group buy add a bag of rice for 2-1-602?",
            "any eggs left in the group buy? I'd like 2 trays if so, 3-1-902",
        ),
        (
            "we got on the group buy last week",
            "whoever's doing the group buy added eggs, thanks",
            "I'd like 2 boxes but they sold out, never mind",
        ),
    ),
)
_GROUP_BUY_TABLE = RuleTable(GROUP_BUY_ASKS)
GROUP_BUY_ASK = _GROUP_BUY_TABLE.pattern

_EXPLICIT = (
    "帮",
    "麻烦",
    "请",
    "能",
    "可以",
    "可不可以",
    "谁",
    "有没有",
    "求",
    "需要",
    "想",
    "劳驾",
    "拜托",
    "please",
    "pls",
    "plz",
    "can",
    "could",
    "would",
    "need",
    "anyone",
    "help",
    "any chance",
)

_NEED_ONLY = frozenset({"需要", "need", "needs", "needed"})
_NEED_TOLD = compile_prefiltered(
    # (do I need to report it?: a rule asked, not a need told)
    r"我需要|(?<![a-z])(?:(?<!do )(?<!did )i need|(?:needs|needed) (?:his|her|their|my|our)|"
    # a neighbour's need passed on (on behalf of 12-3-404: they need cetirizine)
    r"on behalf of|(?:they|he|she) needs?)(?![a-z])"
)

# 医院怎么去 asks for a ride; 药店怎么去 only for directions.
TRANSPORT_ONLY = frozenset({"怎么去", "怎么过去"})

_RULES_QUESTION = compile_prefiltered(
    r"[吗么][^,。!?]{0,3}$|[吗么]\s*[?。]|\?\s*$|^\s*(?:do|does|did|is|are|should|will|must)\b"
)

# Help declined (不用帮忙了, 不需要麻烦了): the request word asks for nothing.
# Help declined or a rule that forbids it (不用再送, 门卫不让送上来): nothing is asked.
_DECLINED_BEFORE = compile_prefiltered(
    r"(?:不用|不必|无需|不需要|别|不让|不许|不准|(?<!要)(?<!能)(?<!可)不)再?$"
)

FOR_ME = compile_prefiltered(r"帮|麻烦|给我|替我|拜托|劳驾")

_PRICE = compile_prefiltered(r"[\d.一两二三四五六七八九十几百]+\s*(?:块|元|毛)")

_ABLE_QUESTION = re.compile(r"(?:可以|能)[^。!?]{0,12}[吗么]|能不能|可不可以|能否")

_SELF_SERVICE = compile_prefiltered(
    r"在线|网上|线上|自己|手机上|app|小程序|(?<![a-z])online(?![a-z])"
)
# Someone named to do it online (能约一下社区医生线上看看吗): a service asked for all the same.
_SOMEONE_TO_DO_IT = compile_prefiltered(
    r"医生|护士|志愿者|师傅|大白|楼长|(?<![a-z])(?:doctor|nurse|volunteer|gp)(?![a-z])|"
    # or a tradesman named by the trade (孩子把自己反锁了 能找开锁的来吗)
    r"(?:开锁|换锁|修[\u4e00-\u9fff]{1,3}|通[\u4e00-\u9fff]{1,3})的"
)

# Help received, not asked for: 谢谢…帮我把米扛上来, 昨天帮我修好了.
_THANKS_BEFORE = compile_prefiltered(
    r"(?:谢谢|感谢|多谢|多亏|幸亏|幸好|人(?:太|真|特别|超)好)"
    # a new ask after the thanks (谢谢🙏 这次再帮忙买点土豆, 谢谢师傅 另外想麻烦买点…) is asked
    r"(?:(?!另外|这次|再帮|再麻烦|还想|还要|顺便|现在)[^,。!?;]){0,14}$"
)
# Thanks for a deed told with what it took (谢谢小张 大半夜还帮我们送药, 感谢志愿者 每天帮我们送菜).
_THANKS_DEED_BEFORE = compile_prefiltered(
    r"(?:谢谢|感谢|多谢)[^,。!?;]{0,16}(?:还|又|一直|每天|天天|总是|特地|专门)$"
)
# ... and with when it was done (谢谢小王 昨天帮我家老太太把药送上来): whatever the verb.
_THANKS_WHEN_BEFORE = compile_prefiltered(
    r"(?:谢谢|感谢|多谢)[^,。!?;]{0,16}(?:昨天|前天|上次|那天|刚才|早上)[^,。!?;\s]{0,10}$"
)

# English thanks for help given (thanks everyone for the help with groceries): no request.
_EN_THANKS_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:thanks|thank you)(?: [a-z']+){0,3} for(?: [a-z']+){0,2} $"
)

# Help given for a stretch of time (帮忙搬了一下午, 帮忙送了一天菜): told, not asked.
_HELPED_A_WHILE = compile_prefiltered(
    r"[\u4e00-\u9fff]{1,2}了(?:一|半|好几|几|整|[两二三四五六七八九十\d])个?"
    r"(?:下午|上午|晚上|早上|天|整天|小时|钟头|宿)"
)

# a day before, or afterwards in a story told (后来邻居帮忙扶起来了)
_PAST_BEFORE = compile_prefiltered(r"(?:昨天|前天|上次|那天|之前|后来)[^,。!?;\s]{0,6}$")

_DONE_AFTER = compile_prefiltered(
    r"^[^,。!?;\s]{0,8}?(?:了|过|的(?:是|那|人|志愿者|小|姐|哥|师傅|大)|那位|那个)"
)

# A terse order: a service verb and what it acts on, beside the flat and nothing else
# (倒垃圾 3-1-402).
_TERSE_VERBS = "倒扔丢收取拿买配续修交缴充通"

FLAT_NOISE = compile_prefiltered(
    r"[\d\s\-#,，。.!！~]+|[一二两三四五六七八九十零〇幺]+(?=[栋幢号楼单元室座])|号楼|[栋幢号单元室座房]|"
    # a room in Chinese numerals after the building or unit (16幢二单元一零零二)
    r"(?<=[栋幢楼元座])[一二两三四五六七八九零〇幺]{3,4}|"
    r"谢谢|麻烦了|辛苦了|(?<![a-z])(?:rm|room)(?![a-z])|"
    # a plea's emoji (倒垃圾🙏 602)
    r"[🙏🙇😭🥺]"
)

TERSE_VERB = re.compile(f"[{_TERSE_VERBS}]")

NAMES_FLAT = compile_prefiltered(r"\d|[栋幢座室]|号楼|单元")


def ask_rule(request: re.Match[str]) -> str:
    """The name of the ask rule behind a request word."""
    return _GROUP_BUY_TABLE.name_of(request) or _ASK_TABLE.name_of(request) or "ask"


def find_request(text: str) -> re.Match[str] | None:
    """The first request word; a bare "need" in a question about rules does not count."""
    if (
        "团" in text or "份" in text or "group" in text or "接龙" in text
    ):  # kept off the common path
        joining = GROUP_BUY_ASK.search(text)
        if joining is not None:
            return joining
    matches = [
        match
        for match in _REQUEST.finditer(text)
        if not _received(text, match)
        and not _DECLINED_BEFORE.search(text, max(0, match.start() - 4), match.start())
        and not (match.group() == "要" and _PRICE.match(text, match.end()))
    ]
    if (
        matches
        and all(_ABLE_QUESTION.fullmatch(match.group()) for match in matches)
        and _SELF_SERVICE.search(text)
        and not FOR_ME.search(text)
        and not _SOMEONE_TO_DO_IT.search(text)
    ):
        return None  # 医保卡可以在线续费吗: whether a thing can be done, not a request
    if matches and all(match.group() in _NEED_ONLY for match in matches):
        # someone's need told (my dad needs his dialysis transport sorted, who do I talk to?)
        if _RULES_QUESTION.search(text) and not _NEED_TOLD.search(text):
            return None
    for match in matches:
        if match.group().startswith(_EXPLICIT):
            return match
    return matches[0] if matches else None


def _received(text: str, match: re.Match[str]) -> bool:
    """A request word inside thanks for help given (谢谢…帮我, 昨天帮我修好了), or help the
    writer gave for a while (帮忙搬了一下午物资)."""
    if match.group().startswith("帮") and _HELPED_A_WHILE.match(text, match.end()):
        return True
    before = max(0, match.start() - 16)
    if _THANKS_BEFORE.search(text, before, match.start()):
        return True
    if _EN_THANKS_BEFORE.search(text, max(0, match.start() - 48), match.start()):
        return True
    if _THANKS_WHEN_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return True
    if match.group().startswith("帮") and _THANKS_DEED_BEFORE.search(
        text, max(0, match.start() - 26), match.start()
    ):
        return True
    return (
        match.group().startswith("帮")
        and _PAST_BEFORE.search(text, before, match.start()) is not None
        and _DONE_AFTER.match(text[match.end() : match.end() + 10]) is not None
    )


def is_terse(text: str, terms: list[Term]) -> bool:
    """A service verb and its object with only a flat beside them (倒垃圾 3-1-402, 取快递 5栋)."""
    if len(text) > 24 or not terms or not NAMES_FLAT.search(text):
        return False
    rest = FLAT_NOISE.sub("", text)
    half = len(rest) // 2
    if half >= 2 and rest == rest[:half] * 2:
        rest = rest[:half]  # said twice for urgency (收垃圾 收垃圾 7-1-101)
    if not 2 <= len(rest) <= 6:
        return False
    if rest[0] not in _TERSE_VERBS:
        return False
    entry = TABLE.get(rest[1:].removeprefix("一下").removeprefix("下"))
    return entry is not None and entry[0] is not None
