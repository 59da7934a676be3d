"""What makes a message no order even with a request word: spam, notices, offers, status
updates, questions for information or about rules; and what lifts a veto. Both are tables of
named rules with their examples (tests/unit/test_rule_tables.py runs them)."""

from __future__ import annotations

import re

from domain.understanding.emergency_lexicon import HYPOTHETICAL, NEWS
from domain.understanding.flats import find_flat
from domain.understanding.model import Category
from domain.understanding.order_asks import (
    APPOINTMENT_OUTING,
    FOR_ME,
    GROUP_BUY_ASK,
    NAMES_FLAT,
    ask_rule,
)
from domain.understanding.order_categories import BROKEN, FAULT, GARBAGE_WAITING, LEFT_OUT
from domain.understanding.order_needs import SHORTAGE
from domain.understanding.order_questions import asked_anyway
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.rules import Rule

VETOES: tuple[Rule, ...] = (
    # Spam and adverts.
    Rule(
        "spam",
        r"低价|加微信|加v|加我(?![一两二三四五六七八九十\d]|一份|一个)|(?<!你)vx|特价|促销|批发|兼职|刷单|扫码|包邮|秒杀|下单链接|一手货源|"
        r"微商|价格美丽|正品(?:保证|保障)|假一赔|货源|"
        # tagged as an advert (【广告】, [ad])
        r"[【\[(（]\s*(?:广告|ad|advert|sponsored)\s*[】\])）]|"
        # goods sold, the buyers told to message the seller (卖口罩 需要的私聊)
        r"(?:^|\s)(?:出|卖|出售|转卖)[^。!?\s]{1,8}[^。!?]{0,20}(?:需要的|要的)(?:话)?(?:请)?(?:私聊|私信)|"
        # (any cheap one is fine: the buyer's want, not the seller's boast)
        r"(?<![a-z])(?:wechat me|dm me|discount|promo|(?<!any )cheap(?! (?:one|ones|is fine))|"
        r"whatsapp me)(?![a-z])",
        (
            "低价代购 进口车厘子 一箱198 加微信",
            "Cheap masks, discount for neighbours, whatsapp me",
            "出 防护服 一箱 要的私信 [广告]",
            "Selling N95 masks by the box, message me [AD]",
        ),
        ("帮忙买一箱车厘子", "can someone buy cherries", "能帮去打印店打一下吗 文件发你vx"),
    ),
    # Where goods are sold (哪里还能买到抗原): a question, unless someone is asked to go.
    Rule(
        "where-to-buy",
        r"(?:哪里|哪儿|哪有|什么地方|哪个(?:店|平台|app))[^。!?]{0,6}(?:能|可以)?(?:买到|买得到|有卖|有得卖)|"
        r"(?<![a-z])where (?:can|could|do) (?:i|we|you|one) (?:buy|get|find)(?![a-z])",
        ("有没有人知道哪里还能买到抗原", "where can I buy antigen tests?"),
        ("帮我买抗原", "please buy me test kits"),
    ),
    # Goods or help offered, a group buy opened (我家有多的, 接龙, I have extra).
    Rule(
        "offer",
        r"可以找我|找我拿|来我家拿|需要的(?:邻居)?(?:自己|自行)(?:拿|取|领)|私聊我(?![^。!?\s]{0,2}(?:转钱|转账|付钱|给钱|付款|发红包))|我可以帮|我能帮|我来帮|有需要的?(?:可以)?(?:找|私信|联系|@)我|我这有|我这里有|我有多的|我家有多余|我家有多的|免费送|"
        r"送给需要|需要的(?:邻居|朋友|人|可以|说|请)|"
        # a service at the gate for all who need it (需要量血压的可以下楼来)
        r"需要[^。!?\s]{1,8}的(?:居民|邻居|人|老人)?(?:可以|请)?(?:下来|下楼|过来|到|在家等)|"
        # households with someone so told to say so in the group (家里有老人独居的 在群里报一下)
        r"(?:家里|家中)有[^。!?\s]{1,8}的\s*(?:请)?(?:在群里|群里)(?:报|说|讲|接龙)|"
        # those who want it told whom to message (需要的私信楼道长)
        r"需要的(?:话)?(?:私信|私聊|联系|找)(?:楼道长|楼长|团长|群主|管理员|志愿者)|"
        # whoever needs it told to message the writer (旧冰箱不要了 需要的私聊)
        r"需要的(?:话)?(?:请)?(?:私聊|私信)(?:我)?(?=[\s。!,，]|$)|"
        r"(?:谁|谁家|哪家|哪位)(?:要是)?需要[^。!?]{0,10}(?:私信|私聊|联系|找|@|喊|叫|告诉)我|"
        # whoever needs it, the writer will make or bring some (哪家需要 我可以多做一份送过去)
        r"(?:谁|谁家|哪家|哪位)(?:要是)?需要[^。!?]{0,3}我(?:可以|能|来)|"
        r"(?:私信我|私聊我)(?![^。!?\s]{0,2}(?:转钱|转账|付钱|给钱|付款|发红包))|(?:我这里|我这儿|我这|我家|我)(?:多了|多出)|我(?:们)?(?:家)?[^。!?,\s]{0,4}有多(?:的|余)|"
        r"谁(?:要是)?需要[^。!?]{0,6}(?:说|讲|吱|告诉|喊|找|拿)|"
        r"有需要[^。!?]{0,8}的(?:邻居|朋友|人|居民|住户|可以)|"
        r"招募|需要[^。!?]{0,6}的(?:在群里|群里)(?:报|说|接龙)|接龙|开团|(?<![@谢感给])(?<!哪位)(?<!哪个)(?<!麻烦)(?<!请)团长(?!辛苦|你好|好|方便|能|可以)|拼团链接|有需要[^。!?]{0,12}(?:私信|私聊|联系|找|@)我|我是[^。!?\s]{0,8}志愿者|"
        r"有没有人要(?!去|帮)|买多了|"
        # help offered by one who can give it (需要帮忙吗 我是护士, I'm a nurse, need a hand?)
        r"(?:需要|要不要)(?:帮忙|帮助|帮手)吗?[^。!?]{0,6}我是|"
        r"我是(?:护士|医生|大夫|护工|药剂师)[^。!?]{0,12}(?:需要|可以帮|能帮|帮忙)|"
        r"(?<![a-z])(?:(?:need|want) (?:any )?(?:help|a hand)\??,? i'?m an? (?:nurse|doctor|gp|"
        r"paramedic|pharmacist)|i'?m an? (?:nurse|doctor|gp|paramedic|pharmacist)[^.!?]{0,20}"
        r"(?:can|could|happy to) help)(?![a-z])|"
        # those with a need told to say so or message (需要帮忙的请提前在群里说, 有开药需求的请私聊)
        r"需要[^。!?\s]{0,6}的(?:请)?(?:提前)?(?:在群里|群里)(?:报|说|讲|接龙)|"
        r"有[^。!?\s]{0,10}需求的(?:居民|邻居|住户)?(?:请|可以)?(?:私聊|私信|联系|找|报名)|"
        r"(?<![a-z])(?:anyone|those|residents) (?:who needs?|needing) [^.!?]{1,30}(?:please )?"
        r"(?:dm|pm|message|contact|tell) (?:the |your )?(?:doctor|volunteers?|nurse|floor lead|"
        r"group|us)(?![a-z])|"
        # a thing found or opened by mistake, its owner called (谁的快来领, 失主请联系)
        r"谁的[^。!?]{0,3}(?:来|过来)?(?:领|拿|认领)|认领|失主|"
        # (谁家的钥匙掉电梯里了 我放物业了: a thing found, handed in)
        r"(?:谁|谁家|哪家|哪位)的[^。!?\s]{1,6}(?:掉|丢|落)(?:在|到|了|[^。!?\s]{1,4}(?:里|上|旁))|"
        r"(?<![a-z])(?:whose is (?:this|it)|(?:come|please) (?:and )?claim|"
        r"(?:found|picked up) (?:a|an|some|someone'?s) (?:set of |bunch of |pair of )?"
        r"(?:keys?|wallet|phone|card|umbrella|glasses|purse|bag) (?:in|at|by|near|on) the)"
        r"(?![a-z])|"
        # those in need told whom to tell (有需要可以跟楼长说, if you need any, tell the volunteers)
        r"有需要(?:的)?(?:话)?(?:可以|请)?(?:跟|和|找|联系|告诉)(?:楼长|楼道长|楼栋长|志愿者|团长|物业|"
        r"居委会?|网格员|我们)|"
        r"(?<![a-z])if you need (?:any|some|them|it|one),? (?:please )?"
        r"(?:tell|let|ask|contact|message) "
        r"(?:your |the )?(?:floor lead|building lead|volunteers?|committee|property)(?![a-z])|"
        r"多买了|吃不完|用不完|可以送(?:给)?(?:邻居|大家|需要)|送(?:给)?邻居|"
        # food made to share round (他做了咖喱 想分给大家)
        r"分(?:享)?给(?:大家|邻居|各位|楼里)|"
        r"(?<![a-z])(?:i can give|i have extra|i have spare|i've got spare|"
        r"(?:bought|have|got|made) (?:way |far )?too (?:many|much)|"
        r"anyone who wants?|whoever wants?|"
        # spare goods offered round (anyone need spare onions?)
        r"(?:anyone|anybody|who) (?:needs?|wants?) (?:some |any )?(?:spare|extra)|"
        # (we have no spare: a lack, not an offer)
        r"(?:we|i) (?:have|'ve got|got|bought) (?:(?!no |none )\w+ )?"
        r"(?:extra|spare)|"
        r"free to (?:anyone|whoever)|giving (?:\w+ )?away|give (?:\w+ )?away|"
        r"(?:anyone|anybody|who) wants? (?:some|any|them|it|one)(?![a-z])|"
        r"anyone who needs|if anyone needs|"
        r"share (?:it |them |some )?with (?:everyone|everybody|the neighbou?rs|(?:you )?all)|"
        # (one's own order through it told, our group-buy order got cancelled, offers nothing;
        # nor the goods one got from it, spoiled veggies from the group buy, the group buy meat)
        r"(?<!for the )(?<!from the )(?<!from our )(?<!from my )"
        r"(?:group buy|group-buy|groupbuy)(?! app| got| was| is cancel| pick|"
        r"(?<!to group buy) (?:meat|pork|veggies|vegetables|food|stuff|eggs|fruit)(?![a-z])|"
        r" orders? (?:got|was|were|has|have|is|are|cancel))|"
        r"i'?m a volunteer|"
        r"(?:message|dm|contact|ping|text|tell|call) me if|"
        r"if (?:you|anyone) needs? [^.!?]{0,30}(?:message|dm|contact|ping|text|tell|call|let) me"
        r")(?![a-z])",
        (
            "我家有多的鸡蛋 需要的邻居私聊我",
            "I have extra masks, message me if you need some",
            "Vegetables anyone? I bought too many",
            "Help! I'm drowning in leftover cabbage, anyone want some? free, 4-1-203",
            "giving away a bag of apples, 3-1-402",
            "我包了好多饺子 想分给邻居们尝尝 可以吗",
            "尿不湿团购 明天到货 需要的私聊团长",
            "我烙了一锅葱油饼 哪家需要 我可以送一份过去",
            "社区医生下午在小区门口 需要开药咨询的可以下楼",
            "社区医生下午2点上门巡诊 需要测血糖的老人在家等",
            "大家家里有老人独居的 在群里报一下 我们每天上门看看",
            "拿错快递了 一箱牛奶 写着李 谁的快来领",
            "found a parcel of nappies by the lift, whose is this? come claim it",
            "Anyone need spare onions? I have way too many",
            "谁家的快递放错门口了 我这多了一个",
            "有谁家的钥匙掉电梯里了 我放物业了",
            "Found a set of keys in the lift, left them with the guard",
            "心脏不好的老人 家里记得备硝酸甘油和速效救心丸 有需要可以跟楼长说",
            "Elderly with heart trouble should keep nitro spray at home, if you need some, tell "
            "your floor lead",
            "听说5楼有人摔了 要不要帮忙 我是医生 住3-2-501",
            "saw someone upstairs is unwell, need any help? I'm a nurse, 2-1-302",
            "今晚志愿者送菜 需要代买的请提前在群里说",
            "家庭医生周三在线 有配药需求的请私聊",
            "the GP is online this afternoon, anyone who needs a repeat prescription please DM the "
            "doctor",
        ),
        (
            "酱油用完了 谁能帮忙带一瓶 私聊我转钱",
            "谁家有多的鸡蛋",
            "anyone have extra masks?",
            "Can someone help 买菜 for 6-1-302? Not good with the group-buy app",
            "anyone going down for the group buy pickup? I'd love a bag of rice 6-2-1101",
            "our group-buy order got cancelled again, could you get us some fruit? 3-2-1401",
            "需要量血压 能不能请医生上来 腿脚不方便",
        ),
    ),
    # Goods swapped between neighbours (以物换物, 能换点蒜吗): a barter proposed, no order, unless
    # help is begged or asked too (求助 … 可以拿东西换) or the flat to bring it to is named
    # (我用一包挂面换 4-1-1001).
    Rule(
        "swap",
        r"以物换物|物物交换|换点别的|换(?:点|些|一点|一些)[^。!?\s]{1,6}[吗么]|"
        r"(?:拿|用)[^。!?\s]{1,6}(?:换|交换)(?![^。!?\s]{0,2}(?:锁|灯|水|气|药|个新|新的))|"
        r"(?<![a-z])(?:swap|trade) (?:[a-z]+ ){0,3}for(?![a-z])",
        (
            "谁家有多的鸡蛋 我用两包挂面换 以物换物哈",
            "anyone up for a swap? I'll trade some potatoes for a few onions",
        ),
        ("能帮忙换个灯泡吗", "can someone swap the bulb in the hallway for me"),
    ),
    # Staff notices and reminders (【通知】, 各位居民, dear residents).
    Rule(
        "notice",
        # a screenshot or a photo tagged (【截图】, 【图片】) heads the writer's own words
        # (a registration form filled in with the household's room, 【配药登记】 房号：2-1-401, is
        # the household's order, not a notice)
        r"^\s*【(?!接龙|代发|求助|求购|急|转发|截图|图片|照片|语音|视频|"
        r"[^】\n]{0,8}(?:登记|需求|申请|报修|代办)】"
        r"(?=[^】]{0,30}?(?:房号|门牌号?|房间号?)\s*[:：]\s*\d))|"
        # (a bill's slip or a school's letter is a thing fetched: 水费通知单, 录取通知书)
        r"通知(?![单书])|公告|温馨提示|提醒(?:一下)?(?:大家|各位)|"
        # a notice headed by who gives it (楼委会提醒：电梯消杀 请走楼梯, 楼长提醒：…)
        r"^\s*(?:楼委会|居委会?|物业|楼长|社区(?:医生|医院|卫生服务中心)?|家庭医生|卫生院|业委会|"
        r"志愿者团队|防疫办)(?:温馨)?(?:提醒|提示|通知)[:：]|"
        # or by the office alone, to the tenants or all (物业：近期有租户私拉电线 … 请立即整改)
        r"^\s*(?:物业|居委会?|楼委会|业委会)\s*[:：](?=[^。!?\n]{0,40}(?:租户|业主|居民|各位|大家))|"
        # or by a role that only gives notices (楼道长：今天下午三点收垃圾), and all told to put
        # their rubbish out for the round (请把垃圾放门口)
        r"^\s*(?:楼道长|楼栋长|单元长|楼组长|网格员|网格长)[:：]|"
        # a notice forwarded (转发：发热门诊名单…, Fwd: list of fever clinics)
        r"^\s*转发\s*[:：](?=[^。!?\n]{0,20}(?:名单|通知|公告|提醒|须知|指南|政策|规定))|"
        r"^\s*(?:fwd|fw|forwarded)\s*[:：](?=[^.!?\n]{0,40}(?:list|notice|guidance|rules|advice|"
        r"announcement))|"
        # a notice forwarded from an authority (【转发】区卫健委：…, Forwarded from staff:), with
        # no line of the writer's own after it (…\n我预约一个 2-2-204 answers it)
        r"^(?![^\n]*\n\s*\S)\s*[【\[(（]?\s*转发\s*[】\])）:：]?\s*[^。!?\s:：]{0,4}(?:卫健委|疾控|防疫办|指挥部|"
        r"居委会?|街道|社区|物业|卫生院)[^。!?\s:：]{0,6}[:：]|"
        r"^(?![^\n]*\n\s*\S)\s*(?:fwd|fw|forwarded)(?: from)? (?:the )?"
        r"(?:(?:community|property|estate|district|building|health|neighbourhood|neighborhood|"
        r"residents'?|management) ?){1,2}(?:staff|"
        r"office|committee|management|centre|center|team|bureau)?\s*[:：]|"
        # what to do if it ever happens, told all (如遇火灾 请直接拨打119, if you ever smell gas)
        r"如遇[^。!?]{0,16}(?:请|立即|马上)(?:直接|及时|立即)?(?:拨打|联系|告知|通知|撤离)|"
        r"(?<![a-z])(?:if you ever (?!go|pass|head|get (?:a|the) chance|have (?:a|the) )|"
        r"please share|please pass (?:this|it) on)(?![a-z])|"
        r"请(?:大家|各位|各户)?(?:把|将)(?:垃圾|厨余)[^。!?]{0,6}放(?:在|到)?(?:门口|门外|楼下|指定)|"
        r"在[^。!?]{0,8}(?:表格|小程序|问卷)[^。!?]{0,4}(?:登记|填)|各位居民|各位业主|全体|居民们|业主们|请大家|大家注意|(?<!能不能)(?<!可不可以)(?<!能否)统一(?!采购|购买|买|代购|团购|代配|配药|代买|配(?!送))(?![^。!?\s]{0,4}[吗么])|集中收|"
        r"记得把|维保|错峰|(?:需要的|大家)(?:在|到)小程序|"
        r"(?<![a-z])(?:mask on|wear (?:a |your )?masks?|please stop|stop posting|"
        r"this group is (?:for|only)|being disinfected|will be disinfected|"
        # (we can't use the stairs: a fault told, not a notice)
        r"(?<!can't )(?<!cannot )(?<!can not )(?<!unable to )use (?:the )?stairs|"
        r"notice from (?:the )?(?:property|management|committee|estate)|"
        r"who needs to hear this)(?![a-z])|"
        r"请(?!(?:帮我|给我|帮忙)?登记(?:接送|一下|下))[^。!?\s]{0,8}登记|"
        # all who need it told to sign up ahead (医生明天上门 大家有需要的提前登记)
        r"(?:大家|各位|邻居们)[^。!?]{0,4}有需要的[^。!?]{0,6}(?:登记|报名|接龙)|"
        # a schedule passed on, a supply to be cut (just passing it on; will be interrupted)
        r"(?<![a-z])(?:just passing (?:it|this|that) (?:on|along)|will be (?:interrupted|suspended|"
        r"cut off|shut off|turned off) (?:tomorrow|today|from|between|on|at))(?![a-z])|"
        r"物资已到|按单元分发|请在家等候|"
        r"在家等(?:候|待)(?:通知|分发|派送)|全员核酸|按(?:单元|楼栋|楼层|门牌|楼号)(?:号)?(?:的)?顺序|"
        # a round moved for everyone (垃圾清运改到下午四点 大家四点前放门口就行)
        r"(?:清运|收运|收垃圾|配送|送菜|核酸|采样)[^。!?]{0,4}(?:改到|改为|改成|调整到|调整为|推迟到|提前到)|"
        r"大家[^。!?\s]{0,10}(?:就行|就可以|即可)|"
        r"别忘了|(?<![a-z])(?:please remember|remember to|don'?t forget)(?![a-z])|"
        # all reminded to order or sign up in time (大家记得早点下单, 各位抓紧报名)
        r"(?:大家|各位)(?:都)?(?:记得|尽早|早点|抓紧|赶紧)(?:[^。!?\s]{0,4})(?:下单|报名|接龙|订|买)|"
        # a scheduled cut, not one the writer's empty meter brings (明天就要停电)
        r"(?:今晚|明天|明早|今天|下午|上午|晚上|\d+点)(?:(?!就)[^。!?]){0,10}(?:停水|停电|停气)|"
        r"(?<![a-z])(?:water|power|electricity|gas) (?:will be|is going to be|'ll be) "
        r"(?:off|cut|out|shut off)(?![a-z])|"
        # a lift out of service for all (2单元电梯暂停使用 请走楼梯), a group buy's deadline
        r"暂停(?:使用|开放|运行|服务)|请(?:走|使用|用)楼梯|(?:团购|接龙|报名)[^。!?\s]{0,4}截止|"
        # an appeal to all to look in on the old (please check on your elderly neighbours)
        r"大家(?:多)?(?:关注|关心|留意|照看)(?:一下)?(?:身边|周围|楼里)?的?(?:老人|独居)|"
        r"(?<![a-z])(?:check on|look in on|look out for|keep an eye on) (?:(?:your|our|any) "
        r"(?:elderly |old |older |vulnerable )?neighbou?rs|each other|one another)(?![a-z])|"
        r"请各户|各户自取|(?:请|可)自取|逐户|挨家挨户|"
        # a roll call all answer with their flat (还有谁家没拿到物资 请回复楼号房号)
        r"请[^。!?\s]{0,4}(?:回复|报一下|报上|留下|私信)[^。!?\s]{0,3}(?:楼号|房号|门牌号?|房间号)|"
        r"(?<![a-z])(?:reply|respond) with (?:your )?(?:flat|room|unit|door) "
        r"(?:number|no)(?![a-z])|"
        # a visit announced, all told to stay in for it (燃气公司下午上门 家里请留人)
        r"(?:家里|家中)?请(?:务必)?(?:家里|家中)?(?:留人|留个人|有人在家|保持家中有人)|"
        # all warned (有人冒充志愿者 请勿开门, 大家小心), a notice signed (——居委会)
        r"请勿(?:开门|相信|理会|点击|转账)|大家(?:都)?(?:小心|当心|注意安全|提高警惕|警惕)|"
        r"^\s*(?:防疫|安全|健康|防火|防骗)?(?:提醒|提示|警惕|注意)[:：]|(?:[—-]{2}|—)\s*(?:居委会?|物业|社区|楼委会|业委会|街道)\s*$|"
        # signed at its end by who gives it (——社区卫生服务中心, -- Property Management)
        r"(?:[—-]{2}|—)\s*(?:社区|物业|街道|卫生院|防疫办)[^\s\-。!?]{1,8}\s*$|"
        r"(?:[—-]{2}|—)\s*(?:the )?(?:community|property|building|estate|residents'?) "
        r"(?:health centre|health center|clinic|management|office|committee)\s*$|"
        # a carer speaking to all under their own name (Dr. Wang here: if anyone has …)
        r"^\s*(?:dr\.?|doctor|nurse) [a-z]+ here(?![a-z])|"
        # a rule told all, understanding asked (没有处方的药店不给卖 请理解), and the rubbish
        # round's time told (垃圾清运时间是晚上八点, Trash collection is at 8pm tonight, bags out)
        r"(?:请|敬请|望|还请)(?:大家|各位)?(?:理解|谅解)|"
        r"(?:收|清运|收运)垃圾的?时间(?:是|为|在|改)|垃圾(?:清运|收运|回收)时间(?:是|为|在|改)|"
        r"(?<![a-z])(?:trash|rubbish|garbage|bin|recycling) (?:collection|pickup|pick-up) "
        r"(?:is|will be|is going to be) (?:at|on|from|between|tomorrow|tonight|today)(?![a-z])|"
        # a drill announced (燃气泄漏演练, fire drill tomorrow), a form's template to copy
        r"演练|演习|模板|格式如下|(?:按|照)(?:以下|下面|这个)格式|"
        r"(?<![a-z])(?:(?:fire|gas|gas leak|evacuation|safety|earthquake|emergency) drills?|"
        r"template|please copy)(?![a-z])|"
        # helpers called to the gate (need 2 people at the gate, 需要两个人到门口搬)
        r"需要[两几\d一二三四五]+(?:个|名|位)(?:人|志愿者)(?:到|去|在)(?:门口|大门|[东西南北]门|楼下)|"
        r"(?<![a-z])need (?:\d+|two|three|four|five|a few|some) (?:more )?(?:people|volunteers|"
        r"hands|helpers) (?:at|by|to help at) the (?:gate|door|lobby|entrance)(?![a-z])|"
        # a spraying announced, all told to shut their windows (晚上楼下消杀 请关好窗户)
        r"(?:消杀|消毒|喷药|喷洒|杀虫)[^。!?]{0,12}(?:请|记得)?(?:大家|各位|各户)?(?:关好|关闭|关上|关紧)"
        r"(?:门窗|窗户|窗)|"
        r"(?<![a-z])(?:disinfect\w*|spraying|fumigat\w*|sanitis\w*|sanitiz\w*)[^.!?]{0,40}"
        r"(?:close|shut|keep) (?:your |the |all )?(?:doors and )?windows(?: shut| closed)?"
        r"(?![a-z])|"
        r"(?<![a-z])(?:beware of|don'?t open (?:the|your) door to|"
        r"(?:someone )?please (?:stay|be) (?:at )?home|"
        r"(?:please make sure )?someone (?:needs to|must|should|has to) be (?:at )?home|"
        # a handing-out or a pickup for every household (kits will be distributed to each
        # household; please collect yours)
        r"(?:will be|are being|to be) (?:distributed|handed out|given out) to (?:each|every|all)|"
        r"please (?:collect|pick up|take) yours)(?![a-z])|"
        r"(?<![a-z])(?:every flat|each flat|every household|door to door)(?![a-z])|"
        # a time given to check in or gather (night shift, please check in at 21:30)
        r"(?<![a-z])(?:please )?(?:check in|sign in|gather|assemble) at \d{1,2}(?![a-z])|"
        r"(?:\d{1,2}[:：]\d{2}|[\d一二三四五六七八九十]{1,3}点半?)[^。!?]{0,8}(?:签到|集合)|"
        r"招募|有意者|(?<![想要我])报名|流程是|流程如下|步骤如下|是这样的|请各位|查收|发放|每户|每家每户|群已满|加群|进群|入群|请加[^。!?]{0,3}群|(?:下楼|自行|及时|前来|统一)领取|"
        # a notice received is no notice given (water bill overdue notice came, can someone pay)
        r"(?<![a-z])(?:notice(?! came| arrived| from| for (?:my|our|the) (?:bill|flat))"
        r"(?<!overdue notice)|"
        r"announcement|reminder(?!\s*[:,\-]?\s*(?:my|our|i|we)(?![a-z]))|"
        r"attention|dear residents|all residents|"
        r"heads up|fyi|just so (?:you|everyone) know|psa|"
        r"volunteers? (?:wanted|needed|required)|(?:reply|message me) if you can help|"
        # replies or lists gathered from all (reply if you want to be on the visit list, send
        # your lists before 2), a service's visit passed on (the gas company says they're doing
        # checks tomorrow)
        r"reply (?:here )?if you(?:'d| would)? (?:want|need|like)|"
        r"send (?:in )?your (?:lists?|orders?|requests?) (?:by|before)|"
        r"(?:company|office|property|management|committee) (?:says|said) "
        r"they(?:'re| are|'ll| will) (?:doing|carrying out|coming round|checking|inspecting)|"
        r"(?:is|are) scheduled for|sign up|pls everyone|please everyone|everyone (?:pls|please)|"
        r"fill (?:in|out) the (?:form|survey|questionnaire)|"
        r"dear neighbou?rs)"
        r"(?![a-z])",
        (
            "转发：区卫健委核酸采样点名单 请有需要的居民就近前往",
            "Fwd: list of fever clinics in the district, please go to the nearest one if unwell",
            "【通知】明天上午8点核酸",
            "Dear residents, the lift will be serviced",
            "今天垃圾清运改到下午四点 大家四点前放门口就行",
            "楼委会提醒：东边电梯下午2-3点消杀 请走楼梯",
            "家庭医生提醒：降压药不要自己停 有不舒服请及时联系",
            "楼栋长：明早八点收垃圾 请大家把垃圾放门口",
            "Volunteers needed tomorrow at 9 to carry rice bags, reply if you can help",
            "Block 5 is scheduled for pipe flushing at 3pm, please store some water",
            "Power will be off on Sunday 9-11, please charge your phones",
            "5号楼电梯暂停使用 检修中 请走楼梯",
            "水果团购截止明早9点 需要的抓紧",
            "Night volunteers please sign in at 22:00 by the north gate",
            "今晚值班的志愿者 20:30在东门签到",
            "周五的水果团购大家记得抓紧下单 名额有限",
            "明天上门打针的居民请在家等 医生按楼号顺序来",
            "Physio team: stretch twice a day. Reply if you want a home visit next week.",
            "Pharmacy run tomorrow at 10, please send your lists before 9",
            "Water company says they're doing meter checks on Friday, someone should be home.",
            "护士下午上门打疫苗 各位有需要的提前报名",
            "Property says the lift is out till Monday, just passing it on",
            "Gas will be shut off tomorrow 8-10am in Block 3 for inspection",
            "物业说明天上午自来水公司上门换表 家里请留人",
            "有人冒充社区上门推销消毒液 大家小心 请勿开门",
            "提醒：近期有骗子冒充物业收费，请勿转账",
            "防疫提醒:被猫狗抓伤后请用肥皂水冲洗 并及时接种疫苗",
            "Food parcels will be distributed to every flat on Saturday, leave a bag out",
            "Beware of people posing as volunteers selling test kits",
            "Meter readers come round tomorrow 9-12, someone must be home",
            "Parcels are piling up in the lobby, please collect yours today",
            "今晚8点楼道消杀 请关好门窗",
            "Corridor disinfection at 8 tonight, please close your windows",
            "菜都发完了 还有哪户没领到的 请回复房号",
            "Anyone still missing their box, reply with your flat number",
            "【转发】市疾控：返程人员请三天内到社区登记 有发热请及时告知社区医生",
            "Forwarded from the property office: anyone with a leaking radiator please tell the "
            "caretaker",
            "居委会：如遇停电停水等情况 请直接联系物业值班室",
            "If you ever find the stairwell door jammed, call security. Please share.",
            "3单元的各位 后天燃气公司上门查表 请家里留人",
            "物业：近期有租户私拉电线给电动车充电 极易引发火灾 请立即整改",
        ),
        (
            "帮忙买点菜",
            "could someone buy bread",
            "水费通知单在楼下信箱里 谁能帮我拿上来",
            "【图片】卫生间水管一直滴水 谁能找个师傅来看看 3-2-801",
            "[screenshot] my parcel says delivered but nothing at the gate, can someone check",
            "米面油都快没了 能不能帮忙统一采购一下",
            "楼道里的垃圾放了三天了 臭得不行 能不能统一清走",
            "提醒我一下明天买菜",
            "can someone meet the courier at 9 at the gate",
            "大家好 我家米没了 能不能帮忙买一袋",
            "家里留了老人 能帮忙送上来吗",
            "I'll be out, could you leave it at my door",
            "转发一下我妈的需求 她要两盒降压药 3-2-301",
            "【转发】物业：本周可预约上门修水管\n我预约一个 厨房水管漏水 3-2-204",
            "if you ever go to the pharmacy, could you get me some plasters? 2-1-402",
            "the stairwell door is jammed, we can't use the stairs, can maintenance fix it?",
        ),
    ),
    # Whether someone has reported the fault already (不知道有没有人报修过, has anyone reported
    # it?): the writer asks after the report, not for a repair.
    Rule(
        "reported-question",
        r"(?:有没有人|有人|谁)(?:已经)?(?:报修|报过修|报过|上报|跟物业说|告诉物业)(?:过|了)?"
        r"(?:[吗么没]|\?|$|\s)|"
        r"(?<![a-z])(?:has|did) (?:anyone|anybody|someone|somebody) (?:already )?(?:reported|"
        r"told (?:the )?(?:property|management|office))(?![a-z])",
        (
            "楼道灯又不亮了 有没有人报修过",
            "The buzzer at the unit door is dead again, has anyone reported it?",
        ),
        ("楼道灯不亮了 麻烦报修一下", "can someone report the broken lift to the office"),
    ),
    # When the community will arrange a round, asked (社区几时会安排打第三针? 想知下时间, when
    # will the clinic schedule the boosters?): the schedule asked after, not a visit asked.
    Rule(
        "schedule-asked",
        r"(?:几时|什么时候|啥时候|哪天|何时)(?:会|能|才)?(?:安排|开始|组织|统一)|"
        r"想知(?:道)?(?:一)?下(?:时间|安排)|"
        r"(?<![a-z])when (?:will|does|do|is) (?:the )?(?:community|clinic|committee|property|"
        r"health (?:centre|center)|they)[^.!?]{0,30}(?:arrange|schedul|start|organi[sz]|"
        r"doing|giving)",
        (
            "社区什么时候安排打加强针? 想知道一下时间",
            "When will the clinic schedule the second doses? Just want to know",
        ),
        ("孩子该打第二针了 麻烦社区安排一下 3-1-402",),
    ),
    # The next round's time asked (when is the next garbage pickup?, 下次收垃圾是什么时候): no
    # order, unless the writer's own rubbish or goods are told beside it.
    Rule(
        "next-round-asked",
        r"(?<![a-z])when(?:'s| is| will be) the next (?:garbage|rubbish|trash|bin|recycling|"
        r"supplies|veg|vegetable|food|grocery|medicine) (?:pickup|pick-up|collection|round|"
        r"delivery|drop)(?![a-z])|"
        r"下(?:一)?次(?:收垃圾|收厨余|送菜|送药|发物资|发菜)(?:是)?(?:什么时候|几点|哪天)",
        (
            "When is the next garbage pickup?",
            "when's the next rubbish collection? the schedule changed again",
            "下次收垃圾是什么时候",
        ),
        ("垃圾满了 能来收一下吗", "can someone take our rubbish down? 3-1-402"),
    ),
    # The writer only tells, an ask supposed for later (just letting the doctor know, in case
    # they need his history; 跟医生说一声 万一要用): informing, nothing asked now.
    Rule(
        "informing",
        r"(?:跟|给|告诉)[^。!?\s]{0,6}(?:说一声|讲一声|报备一下|备个案)|"
        r"(?<![a-z])(?:just )?(?:letting|let) (?:[a-z]+ ){0,2}know(?![a-z])|"
        r"(?<![a-z])(?:for the record|fyi|just so (?:you|everyone|the [a-z]+) (?:knows?|are aware))"
        r"(?![a-z])",
        (
            "just letting the nurse know in case she needs his history",
            "先跟社区医生说一声 万一需要他的病历",
        ),
        ("can someone bring rice, we're out",),
    ),
    # The volunteers' own crew work: hands called for, a shift swapped (需要8个人卸货, 人手不够
    # 有没有能来帮忙的, 送药班能换到周日吗, short-handed tonight): no goods nor service asked.
    Rule(
        "crew-call",
        r"人手不够|缺人手|人手紧张|(?:需要|缺|差|还要)[一两二三四五六七八九十几\d]{1,2}个(?:志愿者|帮手)|"
        r"(?:需要|缺|差|还要)[一两二三四五六七八九十几\d]{1,2}个人[^。!?\s]{0,4}(?:卸货|搬物资|分拣|值班)|"
        r"卸货|"
        r"(?:送药|送菜|配送|值班|收垃圾|跑腿)(?:的)?班|换(?:个)?班|调(?:个)?班|替(?:我|你)?(?:的)?班|"
        r"(?<![a-z])(?:short[- ]?handed|(?:need|needs|needed|looking for) (?:\d{1,2}|a few|some|"
        r"more|extra|two|three|four|five|six) (?:more )?(?:volunteers|people|hands|helpers)"
        r"(?: to (?:unload|sort|carry|help))?|unload(?:ing)? (?:the )?(?:truck|van|lorry|supplies)|"
        r"(?:swap|switch|trade|cover) (?:my |your |the |a )?(?:\w+ ){0,2}shift)(?![a-z])",
        (
            "志愿者群的各位 今天中午物资车12点到东门 需要8个人卸货",
            "志愿者这边今晚收垃圾人手不够 有没有能来帮忙的",
            "周六的送药班我能换到周日吗 @小刘",
            "supplies truck at the east gate at noon, need 6 volunteers to unload",
            "short-handed on the rubbish round tonight, can anyone help out?",
            "can someone swap my Saturday delivery shift for Sunday?",
        ),
        (
            "垃圾三天没人收了 能来收一下吗 3-1-502",
            "需要两个人帮忙把冰箱抬上楼 5-2-601",
            "can someone carry the rice up for me? 6-1-1204",
        ),
    ),
    # A volunteer's or staff's status: done, on the way, fixed (已送到, 修好了, delivered).
    Rule(
        "status",
        r"已送到|已送达|已送|送到了|已放|已经放(?!了?[一两二三四五六七八九十几\d]+(?:个)?(?:天|小时|钟头))|放在?你?家?门口了|已取|已经帮|已处理|修好了|已经送|"
        r"(?:已经?|刚刚?)给[^。!?\s]{1,12}送(?:了|去了|过去了|到了)(?![^。!?]{0,3}(?:[吗么]|\?))|已完成|已经送到|已经在医院了?|帮忙联系上了|(?:就|已经)好了[^。!?]{0,2}不用修了|(?:都|全)?收完了|(?:麻烦|请)?自己(?:出来|下来|来)?(?:拿|取)一下|上门看了|看过了|说问题不大|(?:已|已经)?(?:全部)?分发完毕|分发完了|发完了|已经到了|已经?(?:跟|和|给|找|联系|通知)了?(?:物业|师傅|居委会?|社区|志愿者)[^。!?]{0,4}(?:说|讲|打电话|报)?(?:了|过)|修完了|修完啦|弄好了|搞好了|搞定了|已修复|已经?(?:全部|全|都)?(?:收|拿|取|清|带|运)走了|被[^。!?,\s]{0,6}(?:收|拿|取|清|带|运|拎)走了|(?<!没)(?<!没有)(?<!还没)(?:已经|已)?解决了|已解决|(?<!没)恢复了|已恢复|"
        r"(?:物业|师傅|社区|居委会?|志愿者|他们|电工|楼长)(?:说|讲|答应)(?:了)?[^。!?]{0,6}(?:来|到|修|送|处理)|有人在修|师傅在修|"
        # someone to be sent, as staff said (物业说热水器的事明天派人来), or came and mended it
        # the next day (打物业电话 第二天就来修了)
        r"(?:物业|师傅|社区|居委会?|志愿者|他们|电工|楼长)(?:说|讲|答应)(?:了)?[^。!?]{0,14}"
        r"(?:派人|派师傅|安排人|安排师傅)|(?:第二天|当天|马上|很快|后来)(?:就)?(?:派人)?来修(?:好)?了|"
        r"(?<![a-z])(?:property|management|maintenance|landlord|office)(?: office| team)? "
        r"(?:said|says) "
        r"(?:they'?ll|they will|they'?re going to) send (?:someone|a [a-z]+)(?![a-z])|"
        # taken away already, dealt with (已收走 3-1-502的厨余, 医疗垃圾处理完毕)
        r"已(?:经)?(?:收|拿|取|清|运|带)走(?![^。!?\s]{0,3}[吗么])|处理完毕|清运完毕|收运完毕|"
        r"(?:报|交)上去了|已上报|已经上报|已报修|已经报修|报修过了|(?:已经|正)在修|在修了|"
        r"马上到|在路上|接单|我来送|我去拿|我来拿|刚(?:拿|带|扔|拎|提|送)(?:下去|下楼|走)了?(?![^。!?]{0,3}(?:[吗么]|\?))|自己(?:去|下去|下楼去?)?(?:取|拿|领)(?!不)|"
        # arranged already, or fixed in the end (透析已经安排上了, 后来我儿子弄了一下 好了)
        r"安排上[^。!?\s]{0,2}了|已经安排好了|后来[^。!?]{0,12}(?<![没不])好了|"
        # taken down or away on the way already (看到门口有垃圾 已经顺手带下去了)
        r"(?:已经|已|顺手|顺便)(?:顺手|顺便)?(?:帮[^。!?\s]{0,3})?(?:带|拿|扔|拎|提)(?:下去|下楼|走|掉)了|"
        # the thing named between (已经把3-1-402的垃圾带下去了)
        r"(?:已经|已|顺手)把[^。!?]{1,14}(?:带|拿|扔|拎|提|送)(?:下去|下楼|走|掉|上去|到了)了?"
        r"(?![^。!?]{0,3}(?:[吗么]|\?))|"
        # the home swab taken already (今天医生上门采的, 护士上门测过了)
        r"(?:医生|护士|大白|医护)[^。!?\s]{0,4}上门(?:采|测|做|扫)(?:过|完)?(?:了|的)"
        r"(?![^。!?]{0,3}(?:[吗么]|\?))|"
        r"(?<![a-z])(?:arrived?|(?:is|are) here) already|please open (?:the |your )?door(?![a-z])|"
        r"已经?(?:取|拿|领)(?:了|到)|"
        r"(?<![a-z])(?<!be )(?<!been )(?<!get )(?<!got )(?<!have )(?<!has )(?<!it )(?<!them )"
        r"(?<!to )"
        r"(?:fixed|repaired|sorted out|came and (?:fixed|took|collected))(?![a-z])|"
        r"(?<![a-z])(?:water|power|electricity|internet|wifi|gas|heating) (?:is|are) back(?![a-z])|"
        # told as done (Resolved: the leak has been fixed)
        r"^\s*(?:resolved|fixed|sorted|update: resolved)\s*[:\-]|"
        r"(?<![a-z])(?:has|have) (?:now |finally |already )?been (?:fixed|repaired|resolved|sorted)"
        r"(?![a-z])|"
        r"(?<![a-z])(?:delivered|dropped off|left it|on my way|on the way|"
        # goods told to be at the reader's door (veggies for 1204 are at your door)
        r"(?:is|are|'s|'re) (?:now )?(?:at|outside|by) your (?:door|doorstep)|"
        # goods left at a flat named by its number (groceries left outside 3-2-1403, grab them)
        r"(?:left|placed|put|dropped) (?:outside|at|by) (?:flat |room |rm |#)?"
        r"\d{1,3}-\d{1,4}(?:-\d{3,4})?(?![\d-])|"
        # (a share claimed from a buy, I'll take one box, is no fetch of one's own)
        r"i'?ll (?:get|take|do|bring|grab|pick|collect|fetch)(?! (?:\d+|one|two|three|four|five|a|"
        r"an) (?:boxe?s?|bags?|packs?|cartons?|cases?|trays?|portions?|shares?)(?![a-z]))|"
        # hurt oneself is no self-fetch (splashed myself making tea, pls grab burn gel)
        r"(?<!burnt )(?<!burned )(?<!scalded )(?<!splashed )(?<! cut )(?<!hurt )myself|"
        r"i can (?:get|take|do|bring|grab) (?:it|that|them)|"
        # the fault reported already (lift stuck again, reported it)
        r"(?:already |i'?ve |we'?ve |i have |we have )?reported it|already reported|"
        r"(?:collected|cleared|taken away) and disposed(?: of)?|"
        # the shop out of it, the volunteer trying another (pharmacy was out, I'll try another)
        r"i'?ll (?:try|check) (?:another|a different|other) (?:one|pharmacy|chemist|shop|store|"
        r"supermarket)s?)(?![a-z])|"
        r"(?:没货|断货|卖完|缺货)了?[\s,，]*我(?:明天|晚点|下午|回头)?(?:再)?(?:去)?(?:别家|另一家|其他(?:药店|店|超市))"
        r"(?:看看|问问|找找|试试)",
        (
            "物业说热水器的问题后天派师傅过来 大家先等等",
            "我家灯也坏过 报了物业 当天就来修了",
            "the property office said they'll send a plumber tomorrow",
            "已送到 3-2-501",
            "已收走 5-1-702门口的两袋厨余 清运完毕",
            "Rubbish at 6-2-1101 collected and disposed of, thanks for bagging it",
            "Delivered to your door, 1203",
            "parcel at the gate, I'll pick it up myself",
            "Veggies for 5-1-1204 are at your door, please pick up 👍",
            "我爸腿脚不便 上午大白上门采过了",
            "Lift in block 3 is stuck again, I've reported it to the office",
            "路过看见502门口放着两袋垃圾 已经顺便拿下去了",
            "Update: the broken lock at 4-1-602 has been fixed by the property office",
            "Resolved - the burst pipe in block 2 was repaired this morning",
            "已经把5-2-301的两袋厨余拿下去了",
            "Medicine bag left at 7-1-602, please take it in when you can",
            "刚给6-2-803送了退烧药和牛奶 请及时开门拿",
            "Sorry 4-3-702, pharmacy was out of salbutamol, I'll try another one tomorrow",
            "3-1-502 不好意思 药店的沙丁胺醇没货了 我明天再去别家看看",
            "sorry 5-2-1101, the chemist had none left, I'll check another pharmacy this afternoon",
        ),
        (
            "能帮忙送到3-2-501吗",
            "can you deliver it?",
            "垃圾昨天拿下去了吗",
            "已经把垃圾拿下去了吗",
            "the leak hasn't been fixed yet, can someone come",
            "门口的垃圾已收走吗 还在吗",
            "我妈腿脚不好 自己拿不下楼 厨余放在门外了",
            # how long it has waited, not a delivery told (已经放了两天 能收走吗)
            "厨余已经放了两天了 能收走吗 3-1-502",
            "已经给3-1-402送了吗 他家等着用",
            "药店没货了 谁能去别家看看 帮我买一盒 3-1-502",
        ),
    ),
    # An order withdrawn (订单取消 邻居给了, cancel my order, no longer need it): nothing asked.
    Rule(
        "withdrawn",
        r"取消(?:订单|预订|预约|报名|我的|我家的)|订单(?:要)?取消|(?:菜|药|东西|订单)不用(?:买|送|帮我买|帮我带)了|"
        r"(?<![a-z])(?:cancel (?:my |the |our |this )?(?:order|request)|"
        r"(?:order|request) cancel(?:led)?|no longer need(?: it| them| the)?|"
        # an ask taken back as a joke right after it (anyone selling a yoga mat? jk)
        # (not when a real ask follows: 哈哈开玩笑的 要两袋速冻水饺就行)
        r"(?<=\? )(?:jk|j/k|just kidding|kidding)|(?:开玩笑的|开个玩笑)"
        r"(?![^。!?]{0,12}(?:要|麻烦|帮我|就行|就好)))(?![a-z])",
        (
            "订单取消吧 楼下邻居给了两斤菜 3-1-702",
            "Anyone selling a second-hand yoga mat? jk, where would you even deliver it",
            "please cancel my order for the milk, my sister brought some",
            "no longer need the rice, thanks all",
        ),
        (
            "我想取消核酸的时间能改吗",
            "the cancelled group buy will be refunded",
            "想吃油条 能团吗 哈哈开玩笑的 要两袋速冻水饺就行 3-1-201",
        ),
    ),
    # The resident asked to fetch it themselves (麻烦自己出来拿一下): a volunteer's status.
    Rule(
        "self-fetch",
        r"(?:麻烦|请)?(?:您)?自己(?:出来|下来|来)(?:拿|取)(?:一下)?|开门(?:拿|取|攞)|"
        # residents asked to come down or out to the one who brought it (麻烦住户下来拿一下)
        r"(?:麻烦|请)(?:您|你|住户|居民|业主|大家|各位|家属)?(?:下来|出来)(?:拿|取|领)(?!不)|"
        r"(?:住户|居民|业主|各位|家属)(?:下来|下楼|出来)(?:拿|取|领)(?!不)|"
        r"(?<![a-z])(?:please )?(?:come out|come down) (?:and|to) (?:get|collect|pick up)(?![a-z])",
        ("药已经送到1102门口了 敲门没人应 麻烦自己出来拿一下", "菜已经到12栋楼下了 请住户下来取"),
        ("麻烦帮我拿一下", "老人腿脚不好 下来拿不了 麻烦送上来"),
    ),
    # What one must bring or show (do I need to bring my passport?): a rule asked about.
    Rule(
        "what-to-bring",
        r"(?<![a-z])(?:do|should|must) (?:i|we) (?:need to |have to )?(?:bring|show|wear)(?![a-z])|"
        r"(?:要|需要|得)(?:带|出示)(?:什么|身份证|护照|证件)(?:吗|么|\?)|"
        # whether a drug may be taken, for the doctor to say (问问医生能不能吃点中药调理)
        r"问问?(?:医生|大夫|药师)[^。!?]{0,6}(?:能不能|可不可以|能否|可以|能)(?:吃|喝|服|用)|"
        r"(?<![a-z])ask (?:the |a |our )?(?:doctor|gp|pharmacist)s? (?:if|whether) "
        r"[a-z ]{1,15}(?:can|could|should|may) (?:take|have|eat|use)(?![a-z])|"
        # whether a result is to be reported (抗原弱阳 需要报备吗)
        r"(?:要|需要|用不用|要不要)(?:跟[^。!?\s]{1,6})?(?:报备|上报)(?:[吗么]|\?)|"
        # whether a pass or a paper is needed to go (does she need a special pass for it?)
        r"(?<![a-z])(?:do|does|will|would) (?:i|we|you|she|he|they|(?:my|our) \w+) "
        r"(?:need|have to get|require) (?:a |an |any )?(?:special |separate )?"
        r"(?:pass|permit|certificate|paperwork|approval)(?![a-z])|"
        r"(?:要|需要|得)(?:开|办)?(?:什么|哪些|特别的|专门的)(?:证明|通行证|出门条|手续)",
        (
            "What time is the PCR test tomorrow? Do I need to bring my passport?",
            "核酸需要带身份证吗",
            "Does my mum need a permit to go to her eye check-up next week?",
            "爸爸去医院复查 需要开什么证明吗",
        ),
        ("could you bring my parcel up", "我妈复查要出门 能帮忙开个证明吗 3-1-402"),
    ),
    # A gift found at the door and thanked for (who left oranges outside my door? thank you!)
    Rule(
        "gift-thanked",
        r"(?<![a-z])(?:who|someone|somebody) (?:just )?left (?:a |an |some |the |these |this )?"
        r"[^.!?]{0,30}(?:outside|at|by|on) (?:my|our) (?:door|doorstep|doormat)|"
        r"(?<![a-z])thank(?:s| you),? (?:mystery|kind|secret|lovely|anonymous) neighbou?r|"
        # a tip for the helper asked about (do the volunteers accept tips?, 志愿者收不收红包)
        r"(?<![a-z])(?:accept|take) tips|tip (?:the|our) (?:volunteers?|drivers?|couriers?|guy)"
        r"(?![a-z])|(?:收不收|能不能收|可以收)(?:红包|小费|礼物)|"
        # what someone fixed or brought, praised (上次志愿者帮我修的水龙头很好用 感谢)
        r"帮我[^。!?\s]{1,3}的[^。!?]{0,12}(?:很好用|好用|挺好|不错)[^。!?]{0,6}(?:谢谢|感谢|👍)|"
        r"收到了[^。!?]{0,4}(?:下个月|下次|以后)还要麻烦|"
        # thanks told as what would have gone wrong without the help (要不是你们帮忙 药早断了)
        r"(?:要不是|要不是有|多亏了?|幸亏|幸好有)[^。!?]{0,10}(?:帮忙|帮我|帮助|你们|大家|志愿者|"
        r"楼道长|楼长)(?![^。!?]*(?:[吗么]|能不能|能否|可不可以|\?))[^。!?]{0,24}(?:感谢|谢谢|多谢|辛苦)|"
        r"(?<![a-z])(?:if it (?:wasn'?t|weren'?t) for|without) (?:you|your help|the volunteers|"
        r"you all|you guys)[^?]{0,60}(?:thank|thanks|grateful)(?![^.!]*\?)|"
        # thanks for a loan (谢谢隔壁借我的扳手), with nothing asked
        r"(?:谢谢|感谢|多谢)(?![^。!?]*(?:[吗么]|能不能|能否|可不可以|再借|\?))[^。!?]{0,16}借(?:给)?我|"
        r"(?<![a-z])thanks? (?:you )?(?:to )?[^.!?]{0,30}for lending me(?![^.!?]*\?)|"
        # thanks for help given time and again (谢谢志愿者 每次都送到门口), with nothing asked
        r"(?:谢谢|感谢|多谢)(?![^。!?]*(?:[吗么]|能不能|能否|可不可以|麻烦|再帮|还要|\?))"
        r"[^。!?]{0,16}(?:每次都|每回都|总是|天天都?|一直都?)[^。!?]{0,30}(?:送|帮|带|拿)|"
        r"(?<![a-z])(?:thanks|thank you)(?![^.!?]*(?:\?|could you|can you|please))"
        r"[^.!?]{0,40}(?:always|every time|every day|each time)"
        r"[^.!?]{0,40}(?:brings?|brought|delivers?|carr(?:y|ies)|takes?|helps?)(?![a-z])|"
        r"(?:谁|哪位|哪个)[^。!?]{0,6}(?:放|挂|送)[^。!?]{0,8}(?:在|到)我(?:家)?门口[^。!?]{0,12}"
        r"(?:谢谢|感谢|好暖)|"
        # thanks for a deed done once (thanks to the volunteer who carried our rice up, 感谢小哥
        # 帮我们把米扛上十八楼)
        r"(?<![a-z])(?:thanks|thank you)(?![^.!?]*(?:\?|could you|can you|please))(?: so much)? "
        r"to (?:the|our|that|this|those|all the) [a-z ]{0,20}?(?:volunteers?|neighbou?rs?|guys?|"
        r"lady|man|driver|staff|team) who (?:[a-z]+ ){0,2}?(?:carried|brought|delivered|lugged|"
        r"hauled|took|fixed|helped)(?![a-z])|"
        r"(?:谢谢|感谢|多谢)(?![^。!?]*(?:[吗么]|能不能|能否|麻烦|再帮|还要|\?))[^。!?]{0,16}"
        r"(?:帮我们|给我们|替我们|帮我|给我)[^。!?]{0,12}(?:扛|搬|背|拎|送|提)(?:了)?"
        r"(?:上|到)[^。!?]{0,6}(?:楼|来|去|家|门口)",
        (
            "Who left a bag of oranges outside my door? Thank you, mystery neighbour!",
            "哪位邻居放了一袋苹果在我家门口 谢谢 好暖",
            "感谢3单元的志愿者小哥 每次都把药送上楼 还帮我把快递拿上来",
            "Thanks to the volunteer on our floor who always brings the veggies up, so kind",
            "谢谢楼上邻居借我的梯子 已经还了",
            "thanks to 6-1-302 for lending me a charger 🙏",
            "Big thank you to the neighbour who lugged our water bottles up 12 floors!",
            "感谢楼上的小伙子 帮我们把两桶油扛上了十五楼",
            "多亏志愿者帮忙 我妈的降压药才没断 谢谢大家",
            "if it wasn't for you all my dad would have run out of his pills, thank you so much",
        ),
        (
            "could someone leave a bag of rice outside my door?",
            "谢谢你们每次都帮忙 这次能不能再帮我买点菜",
            "thanks, you always help, could you take my rubbish down today?",
            "谢谢借我充电器 能再借一下数据线吗",
            "谢谢 能帮我们把米扛上楼吗",
            "thanks to the volunteer who carried it up, could you bring the milk too?",
            "多亏你们帮忙 这次能不能再帮我配点药 谢谢",
        ),
    ),
    # Whether goods may come in or residents go out (请问快递能送进小区吗): a question about rules.
    Rule(
        "allowed-question",
        r"(?:能|可以|让|允许)[^。!?]{0,4}(?:送进|进小区|进来|出去|出门|出小区|解封|解除封控|放开)"
        r"[^。!?]{0,6}(?:[吗么]|\?)|"
        # when the lockdown ends (will lockdown be lifted by the festival?)
        r"(?<![a-z])(?:will|does|is) (?:the )?(?:lockdown|quarantine) "
        r"(?:end|be lifted|lift|be over)"
        r"(?![a-z])|"
        # when one may go down with it, or only leave it at the door (几点能下楼扔垃圾 还是只能放
        # 门口)
        r"(?:几点|什么时候)(?:能|可以)下楼[^。!?]{0,8}还是只能|"
        # or is it not allowed (做完核酸能顺路取快递吗 还是不让)
        r"还是不(?:让|允许)|让不让|允不允许|还是(?:还|仍然|依然)?(?:封着|不让送|不能送)|"
        # or is it still blocked (can I order from Meituan or is delivery still blocked?)
        r"(?<![a-z])or (?:is|are) (?:it|that|delivery|deliveries|takeaway|takeout|the [a-z]+) "
        r"(?:still )?(?:blocked|banned|closed|suspended|not allowed|restricted)(?![a-z])|"
        # whether it is allowed at all (can we order takeout, or is that not allowed?)
        r"(?<![a-z])(?:is (?:that|it|this) (?:even |still )?(?:not )?allowed|"
        r"are we (?:even |still )?allowed|"
        r"is (?:that|it|this) (?:ok|okay|permitted) (?:during|in) (?:quarantine|lockdown)|"
        # whether one form will do or a stricter one is required (a photo OK, or must it be
        # paper?)
        r"or (?:does|do|must|should) (?:it|they) (?:have to |need to )?be)(?![a-z])|"
        r"还是(?:一定|必须|只能|非得)要|"
        # whether the shared lift is still safe to ride (有人阳了吗 电梯还能坐吗)
        r"电梯[^。!?\s]{0,2}(?:还)?(?:能|可以|敢)(?:坐|乘|搭)[吗么]|"
        r"(?<![a-z])(?:is it|is the (?:lift|elevator)) (?:still )?safe to (?:use|take|ride)"
        r"(?: (?:the )?(?:lift|elevator))?(?![a-z])",
        (
            "我们单元有人阳了吗 电梯还能坐吗",
            "someone on our floor tested positive, is it still safe to use the lift?",
            "请问快递能送进小区吗",
            "外卖可以进来吗",
            "排队的时候能顺便扔垃圾吗 还是不允许",
            "中秋前能解封吗 好想吃楼下那家月饼",
            "will the lockdown be lifted before new year? miss the hotpot place",
            "核酸报告截图可以吗 还是必须要打印的",
            "Is a screenshot of the pass OK, or does it have to be printed?",
            "Can I order from Meituan or is delivery still blocked?",
            "现在能点美团了吗 还是还封着",
        ),
        ("帮我把快递送上来", "can you bring the parcel in", "电梯坐不了了 能来修吗"),
    ),
    # A fault vented with a sarcastic thanks (电梯又坏了 爬18楼 我真的会谢), asking nothing and
    # naming no flat: a complaint, no order.
    Rule(
        "vented",
        r"(?:我)?真的会谢|我会谢|谢谢您嘞|(?<![a-z])(?:thanks a lot,? (?:lift|elevator)|"
        r"just my luck|love that for me)(?![a-z])|"
        # a bad day poured out, or a loss lamented (跟大家吐槽一下 不用理我, I could cry,
        # 坏了以后才知道它有多重要)
        r"吐槽一下|发发牢骚|不用理我|想哭|欲哭无泪|累死(?:我|人)?了|腿都(?:断|废|软)了|"
        r"(?<![a-z])(?:my legs are (?:dead|killing me|jelly)|"
        r"i'?m (?:knackered|wiped out|exhausted))(?![a-z])|"
        r"才知道[^。!?]{0,10}(?:有多|多么)(?:重要|好|方便)|"
        r"(?<![a-z])(?:just venting|just ranting|rant over|sorry for the rant|(?:i|we) could "
        r"(?:cry|scream)|no need to reply)(?![a-z])",
        (
            "电梯又坏了 下班爬18楼 我真的会谢",
            "lift broke again, 18 floors on foot, love that for me",
            "洗衣机又漏水了 孩子网课掉线 跟大家吐槽一下 不用理我",
            "my fridge died and I lost all my food, I could cry",
            "冰箱坏了以后才知道冰箱有多重要",
            "the boiler broke again today, just venting",
            "电梯又停了 扛着菜爬了十二楼 腿都软了",
            "the lift is out again, walked up 15 floors with shopping, my legs are jelly",
        ),
        ("电梯坏了 能来修一下吗 谢谢", "thanks a lot for fixing it"),
    ),
    # Whether a group buy runs, asked with nothing wanted, no count and no flat (Is there a group
    # buy for fruit this week?, 这周有水果团购吗): news asked, not a share taken.
    Rule(
        "group-buy-asked-after",
        r"(?<![a-z])(?:is|are) there (?:a|any) group[- ]?buys? (?:for|on|this|next)(?![a-z])|"
        r"(?:这周|本周|今天|明天|最近|下周)有(?:没有)?[^。!?\s]{0,4}团购(?:[吗么]|\?)",
        ("Is there a group buy for fruit this week?", "这周有水果团购吗"),
        ("有没有人开团买水果 我要两份", "we need a group buy for rice"),
    ),
    # A neighbour's cooking smelt and begged for in jest (谁家在炖肉 香死了 分我一口, whoever is
    # cooking braised pork rn, share pls): no goods asked of anyone.
    Rule(
        "cooking-smell",
        r"(?:谁家|哪家|楼上|楼下|隔壁|对门)(?:在)?(?:做|炖|烧|炒|煮|烤|煎)[^。!?]{0,10}"
        r"(?:好香|香死|太香|馋死|馋哭)|"
        r"(?<![a-z])(?:whoever|who'?s|who is|someone'?s|someone is) (?:is )?cooking(?![a-z])",
        (
            "谁家在炖肉 香死了 给我分一口",
            "whoever is cooking braised pork rn, 香死了 🤤 share pls",
        ),
        ("炖肉的料包谁能帮我买一包 3-1-502", "cooking oil ran out, can someone grab a bottle"),
    ),
    # All asked to pay no heed to a noise or a message (please ignore it if you hear it, 听到了
    # 别理它): no order.
    Rule(
        "disregard",
        r"(?:请|大家)?(?:别理|不用理|无视|忽略)(?:它|他|她|就好|就行|即可|一下)|"
        r"(?<![a-z])please (?:just )?(?:ignore|disregard) (?:it|him|her|them|that|this|the noise)"
        r"(?![a-z])",
        (
            "My parrot screams 'help!' whenever the doorbell rings, please ignore it",
            "我家鹦鹉一大早就乱叫 吵到大家了 听到了别理它",
        ),
        ("please ignore my last message, I need 2 bags of rice", "别理我 我就是想吃肉"),
    ),
    # A question for information (请问, 几点, does anyone know), unless an action is asked too.
    Rule(
        "info-question",
        r"请问|求问|问一下|想问|(?:有没有|有)人知道|有?谁知道|(?<!心理)(?<!法律)(?<!健康)咨询(?!师|室|门诊)|请教|什么时候|几点|多久|有没有通知|是不是|"
        r"(?:能|可以|可不可以)[^。!?\s,]{0,4}(?:吃|喝|服|用)[吗么]|一起吃|怎么(?:吃|服用)|"
        # when a drug may be taken, or whether it spoils a test (能不能在核酸前吃 会不会影响结果)
        r"(?:能|可以|能不能|可不可以)[^。!?\s,]{0,6}(?:前|后|一起|同时|交替)(?:吃|喝|服|用)|"
        r"会不会影响|"
        # at what reading one should go (烧到多少度要去医院, what temperature should we go in at)
        r"多少度(?:需要|要|得|才|就|该|应该)|"
        r"(?<![a-z])(?:at )?what (?:temperature|temp|fever) (?:should|do|must) "
        r"(?:we|i|you)(?![a-z])|"
        # who may take a drug or a jab (孕妇可以打疫苗吗, 哺乳期能吃布洛芬吗)
        r"(?:孕妇|孕期|哺乳期|怀孕|备孕|产妇|宝宝|婴儿|小孩|儿童|孩子)[^。!?\s]{0,8}"
        r"(?:能|可以|能不能|可不可以)[^。!?\s]{0,4}(?:吃|喝|打|用|接种)[^。!?\s]{0,8}(?:[吗么]|\?)|"
        r"求推荐|推荐(?:一下|个|几个)|"
        r"(?:电话|号码|联系方式|微信号)(?![\s:：是为]*\+?\d)|"
        # where a thing is, or the number to call (where is the main valve, the number for the
        # night doctor): information, unless an action is asked too
        r"(?<![a-z])(?:what'?s|what is) the (?:\w+ )?number (?:for|of|to)(?![a-z])|"
        # someone's contact asked for (has anyone got the community doctor's WeChat?)
        r"(?<![a-z])[a-z]+'s (?:wechat|whatsapp|number|phone number|mobile|contact)(?![a-z])|"
        r"(?<![a-z])(?:wechat|whatsapp) (?:id|contact|number)(?![a-z])|"
        r"(?<![a-z])(?:just )?(?:want|wanted|would like) to ask(?![a-z])|"
        r"(?<![a-z])(?:which|what) day(?![a-z])|需要注意什么|"
        r"(?<![a-z])is the \w+ (?:pickup|collection|delivery) (?:still )?at|有没有推荐|有什么推荐|"
        r"拉我(?:进群|一下|进去)|"
        r"(?:团购|买菜)群在哪|(?<![a-z])just (?:want|wanted) to (?:plan|know)|"
        r"(?<![a-z])where (?:is|are) (?:the|our) (?!\w+ (?:i|we) (?:ordered|bought))|"
        r"(?<![a-z])(?:tell me|"
        r"let me know|know (?:when|if|what|where|"
        r"how|whether)|does anyone know|is it possible|are we allowed|"
        r"is there any way(?! (?:someone|anyone|a volunteer|you) (?:could|can))|"
        r"(?:do|should) (?:i|we) (?:need to|have to) bring|"
        r"when (?:is|will|"
        r"does|do|are)|what time|how long|phone number(?![\s:is]*\+?\d)|contact)(?![a-z])",
        (
            "请问几点发菜",
            "does anyone know when the veg arrives?",
            "What's the number for the night-duty doctor, in case my dad's angina acts up? Just "
            "want it saved.",
            "Hypothetically, if there was a gas leak, where is the main valve for our building?",
            "anyone got the plumber's wechat? would like to keep it",
            "降压药能不能在抽血前吃 会不会影响化验",
            "哺乳期可以吃布洛芬吗",
            "老人烧到多少度就得去医院 现在38度 还要等吗",
            "at what temperature should we take a toddler to hospital?",
            "请问小孩发烧 退烧药能交替着吃吗",
            "求推荐适合孕妇的瑜伽视频",
        ),
        ("帮忙买菜", "buy me bread", "想预约一下心理咨询 最近睡不好 很焦虑"),
    ),
    # News asked of a repair under way or of the round's time (电梯什么时候能修好 物业有消息吗,
    # what time is the rubbish collection?): a question, though it names the fixture or the bin,
    # unless the rest of the message asks too (几点收垃圾 堆了三袋了 能不能先来拿).
    Rule(
        "news-asked",
        r"(?:什么时候|啥时候|几时|多久)(?:才)?(?:能|可以|会)?修好|"
        r"(?:物业|社区|居委会?|师傅|他们)(?:那边)?有(?:什么|没有)?消息(?:吗|么|没|\?)|"
        r"(?<![a-z])(?:(?:what time|when) (?:is|does|will) (?:the |our )?(?:rubbish|trash|garbage|"
        r"recycling|waste|bin) (?:collection|pickup|pick-up|round|truck)|"
        r"when will (?:it|they|the [a-z]+) be (?:fixed|repaired|working)|"
        r"any (?:news|update) (?:on|about) (?:the )?(?:lift|elevator|repair|fix))(?![a-z])",
        (
            "楼道灯啥时候能修好 居委会有消息吗",
            "When is the recycling pickup this week?",
            "any news on the lift? when will it be fixed",
        ),
        ("水管漏了 能来修一下吗", "can someone collect the rubbish from 3-1-202?"),
    ),
    # Asking how or where it is done (过期的药该扔哪种垃圾桶), or whether others share it (有没有人
    # 跟我一样): no order, whatever verb it names.
    Rule(
        "how-question",
        r"(?:该|应该|应当)[^。!?]{0,6}(?:哪种|哪个|哪里|哪儿|怎么|如何)|"
        r"怎么(?:做|烧|炒|煮)(?:才)?(?:好吃|好|比较好)|菜谱|食谱|(?<![a-z])(?:recipe|how (?:do|to) "
        r"(?:i |you )?cook)(?![a-z])|"
        # how a device is worked (电子体温计怎么调成摄氏度, how do you switch it to Celsius)
        r"怎么(?:调|设置|切换|改)(?:成|到|回|为)|(?:有没有人|有人|谁)会用[^。!?]{0,10}怎么|"
        r"(?<![a-z])how (?:do|can|should) (?:i|we|you) (?:use|set|switch|change|reset|read) "
        r"(?:the |a |an |this |it|our )|"
        r"(?:有没有人|有人|谁)(?:跟|和)我一样|"
        # how a bill is paid online, asked (物业费线上怎么交)
        r"(?:线上|网上|手机上|在线|小程序上?|app上?)(?:怎么|如何)(?:交|缴|付|充|办|申请)|"
        r"(?:怎么|如何)在(?:线上|网上|手机上|小程序上?|app上?)(?:交|缴|付|充|办|申请)|"
        r"(?<![a-z])how (?:do|can|should) (?:i|we) (?:pay|top up|renew)[^.!?]{0,30}"
        r"(?:online|in the app|on the app|on (?:my|our) phones?)(?![a-z])|"
        r"就我(?:一个|一家)?(?:这样|是这样)吗|是谁(?:家)?的|"
        # a dose asked (12公斤的孩子吃几毫升, how many ml for a 12 kg toddler?): advice, no drug
        r"(?:吃|喝|用|喂|服|打)(?:几|多少)(?:毫升|ml|片|粒|袋|克|mg|滴|支|格)|剂量(?:是)?多少|"
        r"(?<![a-z])(?:how (?:many|much) (?:ml|mls|mg|tablets?|pills?|drops|doses?|sachets?|"
        r"spoons?)(?: of [a-z]+)? (?:should|do|can|for|is)|what(?:'s| is) the (?:right )?dose)"
        r"(?![a-z])|"
        r"(?<![a-z])(?:which bin|where (?:should|do) (?:i|we) (?:put|throw|take)|"
        r"anyone else (?:\w+ )?(?:have|has|having|getting|seeing|notic\w*|feel\w*|find)|"
        r"is it just me|just me\?|whose (?:is|are) (?:it|this|these|they|that)|"
        # the way to ask for it some other day (how do we request a visit if we need one later)
        r"how (?:do|can|would|should) (?:i|we) (?:request|book|apply for|arrange|sign up for|get)"
        r"[^.!?]{0,40}(?:later|in (?:the )?future|if (?:we|i) (?:ever )?need|not (?:for )?now)|"
        # what to do if it befalls someone, asked ahead (what should we do if a neighbour faints?)
        r"what (?:should|do|would|can) (?:we|i|you|one|people) do if (?:someone|anyone|somebody|"
        r"a neighbou?r|a resident|one of us))"
        r"(?![a-z])",
        (
            "求问 快递盒该扔哪种垃圾桶",
            "What should we do if a neighbour faints in the lift? Who do we call first?",
            "有没有人跟我一样 天天吃外卖",
            "which bin for old batteries?",
            "有人会用这种血压计吗 怎么调成中文",
            "How do you switch the thermometer to Celsius? Anyone know?",
            "这个月物业费要交吗 线上怎么交",
            "is the property fee due this month? how do we pay it online?",
            "小孩退烧药 15公斤应该喂几毫升啊",
            "how many ml of calpol for a 10 kg toddler?",
        ),
        ("帮我扔一下垃圾", "can anyone else help me carry it", "体温计坏了 谁能帮忙买一个"),
    ),
    # Someone asked only to tell how it is done (can someone tell me how to sign up?): a
    # question, whatever the service it names.
    Rule(
        "tell-how",
        r"(?:告诉|教|说)(?:一下)?(?:我|我们)?(?:一下)?(?:怎么|如何|在哪)(?:报名|登记|申请|注册|下单|预约|操作|弄)|"
        r"(?<![a-z])(?:tell|show|explain to|teach) (?:me|us) how (?:to|do|can|i|we)(?![a-z])|"
        # how a device is worked, the device named between (告诉我胰岛素笔怎么换针头)
        r"(?:告诉|教|教教)(?:一下)?(?:我|我们)(?:一下)?[^。!?\s]{1,10}(?:怎么|如何)(?:换|装|用|调|操作|设置|拆)|"
        # or to explain how it works (can someone explain how the dialysis car booking works?)
        r"(?:解释|讲解|讲讲|说说)(?:一下)?[^。!?]{0,12}(?:怎么|如何)(?:弄|操作|预约|约|用|运作|回事)|"
        r"(?<![a-z])explain (?:to (?:me|us) )?(?:how|what|whether)(?![a-z])",
        (
            "谁能告诉我一下怎么报名团购",
            "Could anyone tell me how to book the doctor's home visit?",
            "can someone explain how the dialysis car booking works?",
            "谁能讲讲透析的车是怎么预约的 是打医院的电话吗",
            "谁能告诉我胰岛素笔怎么换针头 第一次用",
            "谁能教我血糖仪怎么调时间",
            "can someone show me how to change the needle on an insulin pen?",
        ),
        ("谁能帮我报名团购", "could someone book the doctor for me? 5-1-302"),
    ),
    # Asked ahead, for another day (just asking for next time, 随便问问): no order now.
    Rule(
        "asking-ahead",
        r"随便问问|问问而已|只是问问|"
        r"(?<![a-z])(?:just asking|only asking|asking) for (?:next time|the future|future "
        r"reference|later)(?![a-z])|(?<![a-z])for future reference(?![a-z])|"
        # a need foreseen for a later day, how it will go asked now (下个月生 到时候怎么去医院)
        r"(?:下个?月|下周|下礼拜|下星期|明年|以后|将来)[^。!?]{0,12}到时候[^。!?]{0,6}(?:怎么|怎样|如何)|"
        r"(?<![a-z])(?:might|may|could|will) need (?:it|one|this|that|them|a ride|transport) "
        r"(?:next (?:week|month|year)|later on|in (?:a few|the coming) (?:weeks|months))(?![a-z])",
        (
            "if my mum can't stand in line, would a nurse come up? just asking for next time",
            "上门采样要提前登记吗 随便问问",
            "我妈下个月要开始化疗 到时候怎么去医院 要提前申请吗",
            "How do we book the hospital car? My mum may need one next month",
        ),
        ("can a nurse come up now? she can't stand", "随便买点水果就行"),
    ),
    # When a service closes or who is on duty (团购几点截单, anyone on duty tonight?): the hours
    # asked after, not the service; a share asked beside it (我要两份) lifts it.
    Rule(
        "hours-question",
        r"(?:几点|什么时候|啥时候|哪天)(?:截单|截止|结束|关门|下班)|截单时间|"
        r"(?:有没有|还有|有人)[^。!?\s]{0,6}值班|"
        r"(?<![a-z])(?:what time|when) (?:does|do|is|will) (?:the )?[a-z -]{0,24}"
        r"(?:close|cut ?off|deadline|end)(?![a-z])",
        (
            "水果团购几点截单啊",
            "what time does the veggie group buy close?",
            "今晚还有志愿者值班吗",
        ),
        ("现在几点了", "团购截单了 下次吧"),
    ),
    # An either-or question (要下去拿还是送上来？): asks how it will be done, not for it.
    Rule(
        "choice-question",
        r"还是[^。!?]{0,12}(?:\?|[吗呢]|$)|"
        r"(?<![a-z])or (?:will|do|should|can|shall) (?:you|we|i)(?![a-z])",
        (
            "明天几点到 要下去拿还是送上来？",
            "when does the veg box come, do I pick it up or will you bring it?",
        ),
        ("Do you want rice or noodles",),
    ),
    # Whether a message or a caller is a scam (说要交钱才能解封 是不是骗子, that's a scam
    # right?): the payment or goods it names are the scammer's, not asked for.
    Rule(
        "scam-question",
        r"是不是(?:骗子|骗人的|诈骗)|是骗子吧|是诈骗吧|"
        r"(?<![a-z])(?:(?:that|this|it)(?:'s| is) (?:a |just a )?scam,? right|"
        r"is (?:this|that|it) (?:a )?scam)(?![a-z])",
        (
            "有人打电话说要交300块办解封证明 是不是骗子",
            "Someone messaged asking me to pay for my test results, is this a scam?",
        ),
        (
            "I got scammed buying masks online, can someone help me buy real ones",
            "被骗了 能帮忙买点真的口罩吗",
        ),
    ),
    # An awaited delivery asked after (今天的菜到了吗 几点能送上来, has my parcel arrived?): what
    # was ordered already, no new order, unless the fetching is asked too (到了帮我拿上来).
    Rule(
        "delivery-asked-after",
        r"(?:到了|送到了|到没到|送到没)(?:吗|么|没有?)|(?:几点|什么时候|啥时候)(?:能|可以|会)?送(?:上来|到|过来|来)|"
        # whether it still comes, in rain or snow (团购的菜还能送吗, is the veg box still coming?)
        r"还(?:能|会|可以|照常)?(?:送|配送|发)(?:吗|么|不|\?)|"
        r"(?<![a-z])(?:is|are|will) (?:the |our |my )?[a-z ]{0,20}?(?:veg|vegetables|"
        r"group[- ]?buy|groceries|delivery|deliveries|food|box|boxes|order|milk|rice|shopping) "
        r"(?:veg |box |order )?still (?:coming|arriving|going ahead|"
        r"on for|be delivered|being delivered)(?![a-z])|"
        r"(?<![a-z])(?:(?:has|have|did) (?:the|my|our) [a-z ]{1,20}?(?:arrived|come in|come)|"
        r"when (?:will|does|is) (?:the|my|our) [a-z ]{1,20}?(?:arrive|come|be delivered))(?![a-z])|"
        # what was ordered already, asked when it comes or looked for (昨天订的药今天能送到吗,
        # 代购的药一般几天能到, 我家的菜还没到 能查一下吗, how long does a proxy order take?)
        r"(?:订|报|买|购|下单|团)的[^。!?\s]{0,6}?(?:一般|大概|今天|明天|几天|多久|什么时候|啥时候|哪天)"
        r"{0,2}(?:能|可以|会)?(?:送)?到(?:吗|么|[?？]|了吗|没)|"
        r"还没(?:送)?到[^。!?]{0,6}(?:能|可以)?(?:帮忙)?(?:查|问)(?:一下|下)|"
        r"(?<![a-z])(?:how (?:many days|long) (?:does|do) (?:it|an?|the|my|our) ?[a-z ]{0,30}?"
        r"(?:take|usually take|to arrive|to come))(?![a-z])",
        (
            "团购的水果到了吗 几点能送上来",
            "前天订的降压药明天能送到吗",
            "请问团的米一般几天能到?",
            "你好 我家的奶还没到 能帮忙查一下吗",
            "how long does a proxy pharmacy order usually take?",
            "药什么时候能送到 昨天报的",
            "Has the veg box arrived yet? When will it come up?",
            "下这么大雪 今天的蔬菜包还送吗",
            "with this storm is the group buy veg still coming today?",
        ),
        (
            "快递到了帮我拿上来 11-602",
            "when the veg arrives, can you bring it up?",
            "能帮我买点降压药吗 今天能送到吗 3-1-402",
            "can someone get me paracetamol? how long will it take",
        ),
    ),
    # Whether what is seen is normal or harmless (is it normal for the breaker to click?, it's
    # just the battery, right?): a question to be reassured, not a repair asked.
    Rule(
        "normal-question",
        r"正常吗|正不正常|是不是正常|正常的吧|"
        # whether doing it would bring a fault (一起用会不会跳闸, will it trip the breaker?)
        r"会不会(?:跳闸|短路|漏电|烧坏|烧掉|过载)|"
        # whether to worry (需要担心吗, 要紧吗, should I be worried?)
        r"(?:需要|用不用|要不要)担心|要紧[吗么]|严重[吗么]|"
        r"(?<![a-z])(?:should i (?:be )?worr(?:y|ied)|do i need to worry|is (?:it|this|that) "
        r"(?:serious|something to worry about))(?![a-z])|"
        r"(?<![a-z])(?:will|would|could) (?:it|that|this|they|both) (?:trip|overload|short)"
        r"(?![a-z])|(?:应该)?只是[^。!?]{0,10}(?:吧|对吧)[?？]?$|"
        # a guess that it is normal, asked (Probably normal?, 应该是正常的?)
        r"(?<![a-z])(?:probably|surely|must be|i guess it'?s|that'?s) normal\s*\?|"
        r"(?:应该|估计|大概)(?:是)?正常(?:的)?[吧吗]?[?？]|"
        r"(?<![a-z])(?:is (?:it|this|that) (?:normal|ok|okay) (?:for|that|when|to)|"
        r"is (?:it|this|that) normal|it'?s (?:just|only|probably) (?:the |a )?[a-z]+(?: [a-z]+)?,? "
        r"right|nothing to worry about,? right)(?![a-z])",
        (
            "Is it normal for the boiler to bang when it starts? It works fine after",
            "the fridge hums a lot at night, it's probably the compressor, right?",
            "电表晚上会咔哒响一下 正常吗",
            "空调和电饭煲一起开会不会跳闸 大家都怎么错开用的",
            "if I run the heater and the kettle together, will it trip the breaker?",
            "医生 我这两天老是头晕 可能是没睡好 需要担心吗 血压正常",
            "doc, I've been dizzy for two days, probably poor sleep, should I be worried?",
            "No gas smell, just the heater making a clicking noise. Probably normal?",
            "热水器点火的时候咔哒咔哒响 没有异味 应该是正常的?",
        ),
        (
            "the breaker keeps tripping, can someone fix it",
            "头晕好几天了 不要紧的话 能请医生上门看看吗 5-1-302",
            "电闸跳了 推不上去",
        ),
    ),
    # A cut for the whole building or estate, asked how long (整栋楼停电了 要停多久): news
    # asked for, not a repair of the writer's own.
    Rule(
        "outage-question",
        r"(?:整栋|整幢|整个(?:楼|小区|单元)|全楼|全小区|整片)[^。!?]{0,8}(?:停电|停水|没电|没水|断电)"
        r"[^。!?]{0,20}(?:多久|什么时候|几点|啥时候)|"
        r"(?<![a-z])(?:whole|entire) (?:building|block|estate|street|area|compound)[^.!?]{0,30}"
        r"(?:how long|when)(?![a-z])",
        (
            "整栋楼都停电了 有人知道要停多久吗",
            "No water in the entire block, any idea when it comes back?",
        ),
        ("只有我家停电了 能来看看吗", "the whole flat is dark, can someone come"),
    ),
    # Whether the fault is the neighbours' too (anyone else's power out or just building 5?,
    # 别人家也停水了吗): a check before reporting, not a repair asked.
    Rule(
        "shared-fault-question",
        r"(?:别人家|别家|其他人家?|邻居家?|大家|你们家?)(?:的)?(?:水压|水|电|网|热水)?(?:也|都)[^。!?]{0,6}"
        r"(?:停电|停水|没电|没水|没热水|断网|没网|跳闸|(?:很|好|特别|有点)?(?:小|低|弱))了?"
        r"(?:吗|么|没|\?)|"
        r"(?<![a-z])(?:any ?(?:one|body) else(?:'?s)?(?: [\w-]+){0,3} (?:getting|having|with|power|"
        r"water|"
        r"lights?|heating|internet|wifi|gas)|"
        r"or (?:is it )?just (?:me|us|mine|ours|my|our|building|block|this)|"
        r"(?:checking|check|see) if it'?s (?:the whole|just|only))(?![a-z])",
        (
            "Is anyone else's power out or just building 5?",
            "Anyone else in 12-2 getting no hot water? Just checking before I call the landlord",
            "别人家也停水了吗 还是就我们这层",
            "Lights out in 3-1, or is it just us?",
            "anybody elses water pressure really low this morning?",
            "你们家水压也很小吗",
        ),
        ("只有我家停电了 能来看看吗", "no water in 7-2-301, can someone check the valve"),
    ),
    # Whether a thing is safe or keeps (停电了用燃气灶安全吗, how long can insulin stay out of the
    # fridge?, 胰岛素放冰块里会不会冻坏): advice asked, not goods nor a repair.
    Rule(
        "safe-question",
        r"安全吗|安不安全|会不会(?:冻坏|坏掉|失效|变质|坏)|能放多久|(?:可以|能)放(?:几天|多长时间)|"
        r"(?<![a-z])(?:is it safe|is that safe|safe to use|how long (?:can|does|will) "
        r"(?:\w+ ){1,3}(?:stay|keep|last)|will (?:it|they) (?:spoil|go bad|freeze))(?![a-z])",
        (
            "Is it safe to use a gas stove when the power is out?",
            "How long can insulin stay out of the fridge?",
            "谁能告诉我 胰岛素放冰块里会不会冻坏",
            "停电了用燃气灶做饭安全吗",
        ),
        ("燃气灶打不着火 能来修一下吗", "we're out of insulin, can someone get some"),
    ),
    # A place offered to keep or charge what others need (我家冰箱有空位 胰岛素可以拿来放,
    # 需要给制氧机充电的居民可以带下来): an offer, not a need.
    Rule(
        "place-offered",
        r"(?:可以|能)(?:拿|带|送)(?:来|过来|下来)(?:放|充|用|冷藏|冻)?(?![^。!?\s]{0,2}[吗么])|"
        r"有空位|需要[^。!?]{1,14}的(?:居民|邻居|住户|人)(?:可以|请)|"
        r"(?<![a-z])(?:(?:room|space) in (?:my|our) (?:fridge|freezer)|"
        r"(?:can|may) bring (?:it|them|theirs|their \w+) (?:over|down|to (?:us|me|the))"
        r")(?![a-z])",
        (
            "我家冰箱有空位 谁家的胰岛素需要冷藏可以拿来放 9-1-601",
            "社区发电机在物业大厅 需要给制氧机、呼吸机充电的居民可以带下来",
            "We have room in our freezer, anyone with insulin can bring it over",
        ),
        ("冰箱坏了 胰岛素能帮忙拿去邻居家放吗", "可以送过来吗 5-1-302"),
    ),
    # What a hospital or office said others may do (医院那边说透析病人可以联系居委会安排车): word
    # passed on, not the writer's own ask.
    Rule(
        "word-passed-on",
        r"(?:医院|社区|物业|居委会?|街道|医生|卫生院|防疫办)(?:那边)?(?:说|讲|通知)(?:了)?"
        r"[^。!?]{0,16}(?:可以|能)(?:联系|找|打电话|申请|预约)|"
        r"(?<![a-z])the (?:hospital|clinic|committee|property office|community office) "
        r"(?:said|says|told us)[^.!?]{0,40}(?:can|could|may) (?:contact|call|ask|apply|book)"
        r"(?![a-z])",
        (
            "医院那边说透析病人可以联系居委会安排车",
            "The hospital said dialysis patients can contact the committee for a car",
        ),
        ("医院说要复查 能不能帮我联系车", "my dad needs a car to dialysis, can you arrange it"),
    ),
    # All residents told what to do or not to do (各位租户注意, 请不要把垃圾放在电梯口 谢谢配合,
    # 注意开窗通风): a notice, though it names rubbish or a stove.
    Rule(
        "all-told",
        r"各位(?:租户|住户|房客|邻居|室友|家人)|(?:谢谢|感谢)(?:大家|各位)?(?:的)?配合|"
        r"请(?:勿|不要)(?:把|将)?[^。!?]{0,8}(?:放|堆|扔|丢)(?:在|到)?(?:楼道|电梯|走廊|过道|楼梯)|"
        r"注意(?:开窗|通风|用火|用电|用气|防火)|"
        # all asked to do a thing ahead (大家把室外水管包一下 别冻裂了)
        r"(?:大家|各位|各家)(?:记得|注意|都|最好|提前)?(?:把|将)|"
        r"(?<![a-z])(?:everyone|everybody|all residents),? (?:please )?(?:wrap|cover|check|unplug|"
        r"turn off|shut|close|keep) (?:your|the)(?![a-z])|"
        r"(?<![a-z])(?:attention (?:all|tenants|residents|everyone)|(?:dear|all) tenants|"
        r"please (?:do not|don'?t) (?:leave|put|dump|pile) [^.!?]{0,20}(?:in|by|at) the "
        r"(?:lift|stairs|stairwell|corridor|hall))(?![a-z])",
        (
            "请不要把垃圾放在电梯口 放自家门口就行 谢谢配合",
            "各位租户注意:请今天下午6点前把姓名、房号私发给楼道长",
            "燃气灶能用 电磁炉不能用 做饭的注意开窗通风",
            "Attention tenants: please don't leave bags by the lift, put them at your door",
            "天气预报说今晚零下15度 大家把室外水管包一下 别冻裂了",
            "-15 tonight, everyone please wrap your outdoor pipes so they don't burst",
        ),
        ("垃圾放门口了 麻烦收一下 5-2-602", "please take my rubbish bag from the door, 3-1-202"),
    ),
    # A fault over and done with (stuck in the lift for 15 min earlier, all fine now;
    # 刚才电梯卡了一会 现在没事了): told, nothing to fix.
    Rule(
        "over-now",
        r"现在(?:已经)?没事了|(?:已经|都)?被?(?:救|放|弄)出来了|"
        # (跳闸了一下 已经好了, came back on by itself)
        r"(?:已经|自己|又)好了(?![^。!?]{0,3}(?:[吗么]|\?))|"
        # the breaker pushed back up, the lights on again; put right by a neighbour and thanked
        # (刚才是跳闸 已经推上去了 灯亮了, 王师傅帮忙通好了 谢谢)
        r"(?:已经|又|重新)?(?:推|合|扳|拉)上去了(?![^。!?]{0,3}(?:还|也|仍|依然|可|但|就是|又)?"
        r"(?:是)?(?:不行|没用|没电|不亮|跳))|"
        r"灯(?:又|都)?亮了(?![^。!?]{0,3}(?:[吗么]|\?))|"
        r"(?:通|修|弄|搞)好了[^。!?]{0,8}(?:谢谢|感谢|多谢|👍)|"
        r"(?<![a-z])(?:(?:flipped|pushed|switched|reset) (?:it|the breaker|the switch) back"
        r"(?: up| on)?|lights? (?:are |is )?(?:back )?on again|"
        r"(?:fixed|unblocked|unclogged|sorted) it for (?:us|me)[^.!?]{0,12}"
        r"(?:thanks|thank you|cheers))(?![a-z])|"
        r"(?<![a-z])(?:came back on|(?:working|back on) again|fixed itself|sorted itself out)"
        r"(?![a-z])|"
        r"(?<![a-z])(?:(?:all|we'?re|i'?m|everyone'?s?|everything'?s?) (?:fine|ok|okay|good) now|"
        r"got (?:us|me|them|him|her) out)(?![a-z])",
        (
            "Got stuck in the lift for 15 min earlier, all fine now, the guard got us out.",
            "刚才电梯卡了十分钟 保安把我们弄出来了 现在没事了",
            "我家也是 跳闸了一下 已经好了",
            "power dropped for a minute here too, came back on by itself",
            "虚惊一场 是跳闸了 我自己合上去了 灯亮了",
            "the power went off, just the breaker, flipped it back up and all good",
            "水池堵了两天 隔壁李叔帮忙通好了 太感谢了",
            "sink was blocked, the guy next door unclogged it for us, thanks so much!",
        ),
        (
            "lift stuck again, we're inside, can someone come",
            "电梯卡住了 人还在里面",
            "插座没电 闸推上去了还是不行 能来看看吗",
        ),
    ),
    # What a code or a word means (显示E1是啥意思, what does E1 on the remote mean?): information
    # asked, whatever fixture shows it.
    Rule(
        "meaning-question",
        r"是(?:啥|什么)意思|(?<![a-z])what (?:does|do) [^.!?]{1,30} mean(?![a-z])",
        ("有没有懂空调的 遥控器一直显示E1是啥意思", "what does E1 on the aircon remote mean?"),
        ("活着没什么意思", "空调显示E1 能来修一下吗"),
    ),
    # An either-or question about how a round is done (下周核酸是上门做还是下楼做, is the swab
    # at home or do we go down?): how, not an ask.
    Rule(
        "either-or",
        r"是[^。!?\s,]{1,8}还是[^。!?\s,]{1,8}|"
        r"(?<![a-z])(?:is|are|will|does) (?:it|they|the [a-z]+)[^.!?]{1,30} or (?:do|will|should|"
        r"are|is|can|does) (?:we|i|you|they|it)(?![a-z])",
        (
            "下周核酸是上门做还是下楼做 我是透析的 周二不在家",
            "is the swab at home next week or do we go down? I'm at dialysis on Tuesday",
        ),
        (
            "能帮忙买点菜吗",
            "要买米还是面 都行",
        ),
    ),
    # Whether or where a paper can be had again (疫苗本丢了 能补办吗 去哪补, is there a way to get
    # a printed copy?): the procedure asked, with no one asked to fetch it.
    Rule(
        "paper-procedure",
        r"补办|(?:去|在|到)哪(?:里|儿)?补|纸质版|打印版|"
        r"(?<![a-z])(?:(?:printed|paper|hard|physical) (?:copy|version)|reissu\w*|"
        r"replacement (?:card|booklet|certificate|copy|pass))(?![a-z])",
        (
            "宝宝疫苗本丢了 能补办吗 去哪补",
            "Is there a way to get a printed copy of the test results?",
        ),
        ("快递到了", "can someone print my test report and bring it up"),
    ),
    # Whether a fixture is broken, asked with no flat (电梯是又坏了吗 好几天没见它动了, is the lift
    # broken again?): news asked, not a repair.
    Rule(
        "fault-asked",
        r"是(?:不是)?(?:又)?(?:坏|停|堵|漏|断)(?:了)?[吗么]|是不是(?:又)?(?:坏|停|堵|漏|断)了|"
        r"又(?:坏|停|堵|断)了[吗么]|"
        r"(?<![a-z])(?:is|has) the (?:lift|elevator|[a-z]+) (?:broken|out|down|stopped|gone)"
        r"(?: down| again){0,2}\s*\?",
        (
            "我们楼的电梯是又坏了吗 好几天没见它动了",
            "is the lift broken again? haven't seen it move",
            "电梯又坏了吗？ 还是在消杀",
        ),
        (
            "电梯坏了 能来修吗",
            "the lift is broken, can someone come",
        ),
    ),
    # A body-temperature reading with a fault told beside it and nothing asked (爸爸36.4 我37.1
    # 空调坏了屋里闷, 36.8 - still no power but we're fine): the report is the message.
    Rule(
        "reading-with-fault",
        r"(?<![\d.])3[4-9][.,]\d(?![\d.])|(?<![\d.])3[5-9]度[\d一二三四五六七八九]",
        (
            "爸爸36.4 妈妈36.5 我37.1 空调坏了屋里闷 9幢1单元302",
            "36.8 - still no power but we're fine, Block A 1203",
        ),
        ("空调坏了 9幢1单元302", "still no power, Block A 1203"),
    ),
    # A fault explained away, or set right by the writer's own hand (原来是没电了 换了电池就好了,
    # turned out it was just the battery): told, nothing to fix.
    Rule(
        "explained-away",
        r"原来(?:是|只是)|(?:换|重启|拔|插|按|弄|拧|关|开)了[^。!?\s]{0,6}(?:就|又)好了|"
        # a fault taken back (空调没坏 是我忘开了), or one a new battery will mend
        r"没坏[^。!?]{0,3}是我|是我(?:自己)?忘(?:了|记)?(?:开|插|打开)|"
        r"(?<![a-z])(?:not broken after all|(?:i|we) forgot to (?:turn|switch|plug) (?:it |them )?"
        r"(?:on|in)|(?:it |probably |prob )?(?:just|only) needs? (?:a )?new batter(?:y|ies))"
        r"(?![a-z])|"
        r"(?<![a-z])(?:turn(?:s|ed) out (?:to be|it was|it'?s)|it was (?:just|only) (?:the |a )?"
        r"(?:battery|batteries|fuse|switch|plug)|(?:changed|replaced|swapped) the batter(?:y|ies)"
        r"[^.!?]{0,20}(?:fine|ok|okay|stopped|quiet|works))(?![a-z])",
        (
            "烟雾报警器半夜一直叫 吓死我了 原来是没电了 换了电池就好了",
            "the smoke alarm beeped all night, turned out it was just the battery",
            "the doorbell kept buzzing, changed the battery and it's fine now",
            "这个天热死了 空调还坏了 哦不对 空调没坏 是我忘开了",
            "The smoke alarm keeps chirping, I think it just needs a new battery. Annoying!",
            "the heater's dead... oh wait, not broken after all, I forgot to plug it in",
        ),
        ("烟雾报警器一直叫 能来看看吗", "the smoke alarm keeps beeping, can someone check it"),
    ),
)

# What lifts a veto: joining what is offered, help asked beside a status, an action asked beside a
# question, a household out of food asking where to get it.
LIFTS: tuple[Rule, ...] = (
    # A need passed on for someone (帮隔壁的孙爷爷问一下 他想要一箱牛奶, asked me to pass on):
    # the asking is theirs, not a question nor the volunteer's own offer.
    Rule(
        "relayed",
        r"(?:帮|替|代)[^。!?\s]{0,12}(?:问一下|问问|报个?需求|报一下|说一下)|"
        # asked by someone to ask for them (隔壁奶奶不会用手机 托我问一下)
        r"(?:托|让|叫)我(?:帮(?:她|他|忙))?(?:问一下|问问|在群里问|说一下)|"
        # a household named by its room tells what it needs (1203的住户说…, 802的王阿姨托我…)
        r"\d{3,4}(?:室|号)?的[^。!?,\s\d]{1,5}(?:说|讲|托我|让我|想要|需要)|"
        r"(?<![a-z])(?:asked me to (?:pass on|ask|post|tell)|on behalf of)(?![a-z])|"
        r"(?<![a-z])(?:the )?(?:residents?|lady|man|family|grandma|grandpa|auntie|uncle) "
        r"(?:in|at|of|from) (?:room |flat |unit )?\d{3,4} (?:says|said|asked|needs|wants)(?![a-z])",
        (
            "帮隔壁的孙爷爷问一下 他想要一箱牛奶和一点水果 17号602",
            "我是志愿者 替9幢1单元的独居老人报个需求 要硝苯地平缓释片两盒",
            "5-2-604 asked me to pass on that she needs more of her thyroid tablets",
            "楼栋长：802的王阿姨说燃气灶打不着火了 能不能请师傅上去看看",
            "Floor lead: the lady in 1102 says her parcel is at the gate, can someone fetch it",
            "隔壁老奶奶不会用手机 托我问一下 她的退休金卡要去银行激活 有没有人能帮她代办 8-1-102",
        ),
        ("问一下几点发菜", "楼道长：明天上午九点1203门口收垃圾", "the man in 1102 is fine now"),
    ),
    # A notice answered by a household (回复物业通知：7-1-501 也停水了, per the clinic's notice:
    # 2-2-1001 needs …): the notice named is what the writer replies to, not one given.
    Rule(
        "notice-answered",
        r"(?:回复|按|根据|收到|看到)(?:了)?[^。!?\s:：]{0,6}(?:的)?通知(?:了)?|"
        r"(?<![a-z])(?:(?:replying|in reply|responding|answering) to (?:the |your )?"
        r"(?:[a-z']+ ){0,2}notice|(?:as )?per (?:the |your )?(?:[a-z']+ ){0,2}notice)(?![a-z])",
        (
            "回复物业通知：我家也停水了 7-1-501 到现在都没来人",
            "收到通知了 3-2-502 报个需求：大米一袋 鸡蛋30个",
            "per the clinic's notice: 2-2-1001 needs a refill of metformin, 1 box",
            "Replying to the staff notice - Room 1506 needs rice 5kg and cooking oil",
        ),
        ("【通知】明天上午8点核酸", "Dear residents, please read the notice about the lift"),
    ),
    # Out of food or goods at home (we have nothing left, 家里断粮了): where to get them is a plea.
    Rule(
        "stranded",
        r"断粮|什么都没(?:有)?了|啥都没(?:有)?了|揭不开锅|家里没(?:吃的|菜|米)了|"
        r"(?<![a-z])(?:nothing left|have nothing|no food|none left|ran out|run out|out of food)"
        r"(?![a-z])",
        (
            "Where can I get vegetables? We have nothing left, 3 people, Unit 2 Room 802",
            "哪里能买到菜 家里断粮了 5-1-302",
        ),
        ("where can I buy antigen tests?", "哪里能买到抗原"),
    ),
    # Whoever goes out asked to bring it (where can I buy halal meat? if someone go to market,
    # I need 2kg): a plea, not only a question of where.
    Rule(
        "someone-going",
        r"(?<![a-z])if (?:someone|anyone|somebody|any ?one|a volunteer)(?:'s| is| are)? "
        r"(?:go|goes|going|heading|head|pass|passing|goes out|go out)(?![a-z])|"
        r"(?:谁|有人|哪位)(?:要是|如果)?(?:去|下楼|出去|路过|顺路)[^。!?]{0,8}(?:帮|捎|带)|"
        # who is going to the shop asked, with one's own need told (哪位志愿者明天去药店 我妈的
        # 降压药只剩两天)
        r"(?:谁|有人|哪位)(?:志愿者|邻居|大白)?(?:明天|今天|下午|上午|晚上)?(?:要是|如果)?"
        r"去(?:药店|药房|超市|菜场|菜市场)",
        (
            "Where can I buy halal meat? If someone go to market, I need 2kg beef please. 7-3-702",
            "哪里能买到羊肉 谁要是去超市 帮我带两斤",
            "请问哪位志愿者今天去超市 我家米快吃完了 3-2-601",
        ),
        ("where can I buy antigen tests?", "if you go out wear a mask"),
    ),
    # Joining a group buy or a chain (接龙 我要一份): an order, not the offer itself.
    Rule(
        "joining",
        r"^\s*接龙[\s:：]*[\d一二三四五六七八九十]|"
        r"^\s*接龙[^。!?]{0,20}?(?:\d{1,3}-\d{1,2}-\d{3,4}|\d{1,3}-\d{3,4}|[栋幢座]|单元)|"
        # a numbered line added under the goods' chain (猪肉接龙 19. 2栋501 2斤)
        r"接龙[\s:：]*(?:第\s*)?\d{1,3}\s*[.、)．:：]?\s*[a-z\d]{1,3}\s*(?:栋|幢|号楼|座|-)|"
        # a numbered line of its own under the chain's header (【接龙】… \n 42. 6号楼 李 1份)
        r"\n\s*\d{1,3}\s*[.、)．]\s*[a-z\d]{1,3}\s*(?:栋|幢|号楼|座|-)|"
        r"我要(?!不要)|我也要|我想要|算我一|加我一|给我多?[留来加]|\+1|"
        # one's share of the buy taken (想跟一份团购的猪肉, joining the veggie group buy)
        r"(?:想|要|我)跟[一两二三四五\d]份|"
        r"(?<![a-z])(?:count me in|i'?ll take|i want|add me|put me down|sign me up|"
        r"(?:i'?m |we'?re |we are |i am )?joining (?:the|your|this)(?= )|"
        r"me too|(?:can|could|may) (?:i|we) join|"
        # the household put on the buy's list (add us to the egg group buy, put us down for two)
        r"(?:add|put) us (?:down|on|to|in)|count us in|sign us up)(?![a-z])|"
        # a household's line under the buy (replying to the group buy: 8-1204 wants 2 bags)
        r"\d{3,4} (?:wants|would like|needs|will take|takes)(?= (?:\d|one|two|three|a |an ))",
        (
            "接龙 3. 7-2-1103 两份",
            "count me in, 2 boxes",
            "猪肉接龙 19. 2栋501 2斤",
            "菜团接龙 第37 :12-1-203 土豆3斤",
            "【接龙】冻品套餐 168元/份\n42. 6号楼 李 1份",
            "re the milk group buy: 12-1-503 wants 3 boxes",
            "add us to the fruit group buy please, one box of oranges",
            "新搬来的 还没进接龙 团购能给我多加一份吗",
            "8-1-702 我跟一份团购的猪肉 五花两斤 帮忙记一下",
            "3-1-905 here, joining the fruit group buy, one box please",
            "veg box group buy - put us down for one, 3-2-502",
        ),
        ("接龙开始了 需要的邻居接",),
    ),
    # Help asked beside a status (已经放门口了 麻烦收一下).
    Rule(
        "help-asked",
        r"帮忙|帮我|帮个忙|麻烦|能不能|谁能|有没有?人(?!知道)|需要|哪位(?=[^。!?]{0,4}(?:帮|能|可以|方便))|"
        r"请(?=收|帮|来|拿走|取走|送|处理|清|安排)|还没人?(?:收|拿|来)|有没有(?:志愿者|人(?!知道)|邻居)|"
        r"能帮|可以帮|(?<!已)(?<!已经)帮(?=扔|倒|拿|收|取|送|带)|"
        # a thing still to be taken somewhere (材料要交到居委会 放门口了)
        r"(?<![你您])要(?:交|送|寄|转交)(?:到|给|去)|"
        # goods wanted by their count, a refill by how long it lasts (降压药要配一个月的)
        r"(?<![不你您])要(?:配|买|带|捎)?(?=[一两二三四五六七八九十几\d])|"
        r"没人来?(?:收|拿)|垃圾[^。]{0,6}[吗么?][^。]{0,4}放(?:在)?(?:门口|门外|电梯口)了|"
        # collection asked of whoever comes (垃圾已经放门口了 今天能收吗)
        r"(?:能|可以)(?:来)?(?:收|拿走|取走|收走)[^。!?\s]{0,3}[吗么]|"
        r"(?<![a-z])(?:can someone|could someone|anyone|"
        r"please help|needs?|can you|could you|(?:can|could|may) (?:i|we) (?:get|have)|"
        r"(?:can|could|would) (?:a |the |any )?volunteers?)(?![a-z])",
        (
            "垃圾已经放门口了 麻烦收一下",
            "left it outside, can someone collect?",
            "Can I get 1 box of milk and 1 tray of eggs delivered to 10-1-801?",
            "厨余在门口放了两天了 有没人可以来收一下",
            "李大爷的降压药要配一个月的 医保卡放门口了",
        ),
        (
            "已送到 请查收",
            "有没有人知道 这个月的物业费要不要交哦",
            "5-1-302的菜已经帮拿上楼了 挂在门把手上",
        ),
    ),
    # An action asked beside a question for information (请问能帮忙买点菜吗).
    Rule(
        "action",
        r"买|购|拿|取|送|修(?!复)|倒|扔|丢|交(?!替)|缴|充|带|捎|配|团|收走|收一下|来收|搬|寄|接送|上门|安排|疏通|换|跑|"
        r"处理|领|开(?=个|张|一|证明|吗|药|点|些)|帮(?:忙|我)?(?:联系|申请|问问|问一下|协调|预约)|"
        # a visit asked for (社区医生能来看看我妈吗)
        r"来(?:家里|家|一趟)?(?:看看|看一下|瞧瞧)|上门看|"
        # someone found or told to act (找人看看, 让社区医生打个电话)
        r"找(?:个|一?位)?(?:人|师傅|电工)(?:来)?(?:看|修|弄)|(?:让|请|叫)(?:社区|家庭)?(?:医生|护士|大夫)"
        r"[^。!?]{0,3}(?:打|回|来|联系)|"
        r"(?<![a-z])(?:buy|get|grab|pick|take|bring|fix|repair|pay|top|send|deliver|carry|refill|order|"
        r"collect|come|arrange|drive|empty|visit (?:my|her|him|us|them|me|our)|"
        # a booking asked (is it possible to book a hospital appointment for my mum?)
        r"book (?:a|an|my|her|his|the) (?:[a-z]+ )?(?:appointment|check-?up|follow-?up|visit|slot))"
        r"(?![a-z])",
        (
            "请问能帮忙买点菜吗",
            "could you buy bread",
            "请问医生能来家里看看我爸吗",
            "Is it possible for the community doctor to visit my mother? Not urgent",
            "Is it possible to book a hospital appointment for my dad? 15-801",
        ),
        ("请问几点到",),
    ),
    # A way out asked for a medical visit (化疗完要去医院复查 能申请出门吗 需要车): an order for
    # the outing and its transport, not a question about the rules.
    Rule(
        "medical-outing",
        rf"{APPOINTMENT_OUTING}|需要(?:派)?(?:车|专车|人陪|陪同)|派(?:个|辆)?车|要(?:个|辆)车|"
        # a visit to book told in English, the way out asked in Chinese (need to book a 复诊
        # at the hospital for my knee, 可以申请出去吗?)
        r"(?<![a-z])book(?:ed)? (?:a|an|my) [^。!?]{0,40}(?:能|可以)(?:申请)?"
        r"(?:出去|出行|出门|外出)|"
        r"(?<![a-z])(?:needs? (?:a |the )?(?:car|ride|lift|transport|escort))(?![a-z])",
        (
            "去医院复查 能申请出门吗 需要车",
            "can I go out for dialysis on Friday? need a car",
            "Need to book a 复诊 at 华山医院 for my knee, 可以申请出去吗?",
        ),
        ("快递能送进小区吗", "孕妇产检能出去吗 需要什么证明"),
    ),
)

_VETO = {rule.name: compile_prefiltered(rule.regex) for rule in VETOES}
_LIFT = {rule.name: compile_prefiltered(rule.regex) for rule in LIFTS}
# Someone asked to do it, beside a question of how (where do we put them? can volunteers collect)
_ASKED_OF_SOMEONE = compile_prefiltered(
    r"(?:志愿者|大白|师傅|楼长)[^。!?]{0,3}(?:能|可以)|有人(?:能|可以)?来(?:收|拿|取)|"
    r"(?<![a-z])(?:can|could|would|will) (?:a |the |some |any )?(?:volunteers?|someone|somebody|"
    r"anyone|you|staff)(?![a-z])"
)
_HELP_WORDS = frozenset({"帮忙", "帮我", "麻烦"})  # a plea beside a notice lifts it
# Help begged beside a swap (求助 谁家有蒙脱石散 可以拿东西换): a plea, not a barter.
_PLEA = compile_prefiltered(r"求助|急需|救急|(?<![a-z])(?:urgent|urgently|desperate)(?![a-z])")

# Advice for all after news of others elsewhere (saw on weibo someone choked … please cut food
# small for elders): a bare please with nothing for the writer's household and no flat.
_BARE_PLEASE = frozenset({"please-en", "please-zh"})
# Word passed on from another group (someone posted in the other group that …, 别的群里说)
_HEARSAY = compile_prefiltered(
    r"(?:别的|其他|另一个|隔壁)群|"
    r"(?<![a-z])(?:someone|somebody|people|a friend) (?:posted|shared|said|wrote) (?:in|on) "
    r"(?:the |another |an?other |our )?(?:other )?(?:group|chat|weibo|wechat|moments)(?![a-z])"
)
# Goods wanted by the writer (我要两份, we'd like some): a share taken, not news asked.
_WANTED = compile_prefiltered(
    r"我(?:们)?(?:要|想要)|(?<![a-z])(?:i|we)(?:'d| would)? (?:want|need|like)(?![a-z])"
)
# A household's own need beside the crew's work (人手不够 但我家垃圾能收一下吗): still an order.
_CREW_FOR_HOME = compile_prefiltered(
    r"我家|我们家|给我(?!换|调|替|顶)|帮我(?!换|调|替|顶)|我妈|我爸|"
    r"(?<![a-z])(?:for me|for us|my (?:flat|home|door|family|mum|mom|dad|parents))(?![a-z])"
)
# Counts and times in a call for hands (需要8个人, 12点, 6 volunteers): no flat named.
_CREW_COUNTS = re.compile(
    r"[一两二三四五六七八九十几\d]{1,2}个(?:人|志愿者|帮手)|\d{1,2}(?::\d\d)?\s*(?:点|am|pm)|"
    r"\d{1,2}\s*(?:more )?(?:volunteers|people|hands|helpers)"
)
_FOR_US = compile_prefiltered(
    r"我家|我们家|给我|帮我|我妈|我爸|俺|(?<![a-z])(?:me|my|us|our|mine)(?![a-z])"
)


def _answered_notice_out(text: str) -> str:
    """The text without the notice a household answers (回复物业通知：7-1-501 也停水了), when it
    names its flat: a notice replied to is no notice given."""
    answered = _LIFT["notice-answered"].search(text)
    if answered is None or find_flat(text) is None:
        return text
    return f"{text[: answered.start()]} {text[answered.end() :]}"


def veto(text: str, request: re.Match[str] | None, category: Category | None = None) -> str | None:
    """The name of the veto that makes a message no order, or None when it places one."""
    if _VETO["spam"].search(text):
        return "spam"
    if (
        request is not None
        and (NEWS.search(text) or _HEARSAY.search(text))
        and ask_rule(request) in _BARE_PLEASE
        and not _FOR_US.search(text)
        and not NAMES_FLAT.search(text)
    ):
        return "news-advice"
    if (
        _VETO["where-to-buy"].search(text)
        and not FOR_ME.search(text)
        and not _LIFT["stranded"].search(text)
        and not _LIFT["someone-going"].search(text)
    ):
        return "where-to-buy"
    if (
        _VETO["offer"].search(text)
        and not _LIFT["joining"].search(text)
        and not _LIFT["relayed"].search(text)
        and not GROUP_BUY_ASK.search(text)
    ):
        return "offer"
    if (
        _VETO["swap"].search(text)
        and not FOR_ME.search(text)
        and not _PLEA.search(text)
        and not NAMES_FLAT.search(text)
    ):
        return "swap"  # 谁家有多余的葱 能换点蒜吗: a barter, no order
    if _VETO["reported-question"].search(text) and not FOR_ME.search(text):
        return "reported-question"  # 门禁坏了 不知道有没有人报修过: the report asked after
    if (
        _VETO["notice"].search(_answered_notice_out(text))
        and not (request and request.group() in _HELP_WORDS)
        # help begged for the writer's own (晚上要停电了 求帮忙充值): a plea beside the notice
        and not (request and text.startswith(("帮忙", "帮我"), request.end()))
        and not GROUP_BUY_ASK.search(text)  # 团购的鸡蛋还能报名吗: joining, not a notice
        and not (request and _LIFT["relayed"].search(text))  # 楼道长：1203的住户说 要寄件
    ):
        return "notice"
    if (
        _VETO["how-question"].search(text)
        and not FOR_ME.search(text)
        and not _ASKED_OF_SOMEONE.search(text)
    ):
        return "how-question"
    if _VETO["tell-how"].search(text):
        return "how-question"  # can someone tell me how to register? information asked
    news = _VETO["news-asked"].search(text)
    if news is not None and FAULT.search(text) is None:  # 水管又漏了 什么时候能修好: one's own
        rest = f"{text[: news.start()]} {text[news.end() :]}"
        if not _LIFT["help-asked"].search(rest) and not LEFT_OUT.search(rest):
            return "news-asked"
    if _VETO["asking-ahead"].search(text) and not FOR_ME.search(text):
        return "asking-ahead"  # will the nurses come up if he can't queue? just asking
    if (
        _VETO["schedule-asked"].search(text)
        and not FOR_ME.search(text)
        and find_flat(text) is None  # 想去医院拍个片 哪天能安排 6栋602: the writer's own visit
    ):
        return "info-question"  # 社区几时会安排打第三针? 想知下时间: the schedule asked
    if (
        _VETO["next-round-asked"].search(text)
        and not FOR_ME.search(text)
        and not _FOR_US.search(text)
        and not _ASKED_OF_SOMEONE.search(text)
        and find_flat(text) is None
    ):
        return "info-question"  # when is the next garbage pickup?: the round's time asked
    if (
        request is not None
        and _VETO["informing"].search(text)
        and supposed(text, request.start())
        and not NAMES_FLAT.search(text)
    ):
        return "informing"  # just letting the doctor know, in case they need his history
    if _VETO["gift-thanked"].search(text):
        return "gift-thanked"
    if _VETO["withdrawn"].search(text):
        return "withdrawn"  # cancel my order, a neighbour gave us some: nothing asked now
    if (
        _VETO["delivery-asked-after"].search(text)
        and not FOR_ME.search(text)
        and not _ASKED_OF_SOMEONE.search(text)
    ):
        return "delivery-asked-after"  # 今天的菜到了吗 几点能送上来: the order placed already
    if _VETO["scam-question"].search(text):
        return "scam-question"  # pay 200 for a certificate, that's a scam right?: no errand
    if (
        _VETO["crew-call"].search(text)
        and not _CREW_FOR_HOME.search(text)
        and not NAMES_FLAT.search(_CREW_COUNTS.sub(" ", text))
    ):
        return "crew-call"  # 需要8个人卸货, 送药班能换吗: the volunteers' own work
    if _VETO["self-fetch"].search(text):
        return "status"  # 药已经送到门口了 麻烦自己出来拿一下: the volunteer's word
    if (
        _VETO["what-to-bring"].search(text)
        and not FOR_ME.search(text)  # 要开什么证明 能帮忙联系安排一下吗: the help is asked
        and not _LIFT["medical-outing"].search(text)
    ):
        return "info-question"  # do I need to bring my passport?: a rule asked about
    for name in ("normal-question", "outage-question", "meaning-question"):
        if _VETO[name].search(text) and not (request and _LIFT["action"].search(text)):
            return name  # is it normal for the breaker to click?: reassurance asked
    either = _VETO["either-or"].search(text)
    if (
        either is not None
        and not FOR_ME.search(text)
        and not _ASKED_OF_SOMEONE.search(text)
        # the only ask the choice itself (是上门做还是下楼做), none beside it (能来看下吗)
        and (request is None or either.start() <= request.start() < either.end())
    ):
        return "choice-question"  # 是上门做还是下楼做: how the round goes, asked
    if (
        _VETO["paper-procedure"].search(text)
        and not FOR_ME.search(text)
        and not _ASKED_OF_SOMEONE.search(text)
        and find_flat(text) is None
    ):
        return "info-question"  # 疫苗本丢了 能补办吗 去哪补: the procedure asked
    if (
        _VETO["fault-asked"].search(text)
        and not FOR_ME.search(text)
        and not (request and _LIFT["action"].search(text))
        and find_flat(text) is None
    ):
        return "fault-asked"  # 电梯是又坏了吗: whether it is broken, asked
    asked_too = request is not None and (
        _LIFT["action"].search(text) is not None or _ASKED_OF_SOMEONE.search(text) is not None
    )
    for name in ("shared-fault-question", "safe-question"):
        if _VETO[name].search(text) and not asked_too:
            return name  # anyone else's power out?; is it safe to use the stove?: advice asked
    if (
        category is Category.REPAIR
        and _VETO["over-now"].search(text)
        and not (request and _LIFT["action"].search(text))
    ):
        return "over-now"  # stuck in the lift earlier, all fine now: no fixture to mend
    if request is None and category is Category.REPAIR and _VETO["reading-with-fault"].search(text):
        return "reading-with-fault"  # 我37.1 空调坏了屋里闷: a temperature report
    if _VETO["explained-away"].search(text) and not (request and _LIFT["action"].search(text)):
        return "explained-away"  # 原来是没电了 换了电池就好了: told, nothing to fix
    if (
        _VETO["place-offered"].search(text)
        and not FOR_ME.search(text)
        and not _LIFT["joining"].search(text)
    ):
        return "offer"  # 我家冰箱有空位 胰岛素可以拿来放: a place offered
    if _VETO["word-passed-on"].search(text) and not FOR_ME.search(text):
        return "word-passed-on"  # 医院那边说可以联系居委会: what others may do
    if _VETO["all-told"].search(text) and not FOR_ME.search(text):
        return "notice"  # 请不要把垃圾放在电梯口 谢谢配合: all told
    told = LEFT_OUT.sub(" ", text) if category is Category.GARBAGE else text
    if _VETO["status"].search(told) and not _LIFT["help-asked"].search(text):
        return "status"  # 已放门口了 reports a delivery; rubbish put out at the door asks
    if (
        request is not None
        and (disregard := _VETO["disregard"].search(text)) is not None
        and disregard.start() <= request.start() < disregard.end()
    ):
        return "disregard"  # the only please asks all to ignore a noise
    if (
        _VETO["group-buy-asked-after"].search(text)
        and not NAMES_FLAT.search(text)
        and not _FOR_US.search(text)
        and not FOR_ME.search(text)
        and not _WANTED.search(text)
        and not SHORTAGE.search(text)  # 家里米快没了 这周有米的团购吗: a need told
    ):
        return "info-question"  # Is there a group buy for fruit this week?: news asked
    if _VETO["cooking-smell"].search(text):
        return "cooking-smell"  # 谁家在炖肉 香死了 分我一口: a joke, no goods asked
    if request is None and _VETO["vented"].search(text) and find_flat(text) is None:
        return "vented"
    if (
        _VETO["allowed-question"].search(text)
        and not FOR_ME.search(text)
        and not _LIFT["medical-outing"].search(text)
    ):
        return "allowed-question"
    if (
        _VETO["hours-question"].search(text)
        and not FOR_ME.search(text)
        and not _LIFT["joining"].search(text)
    ):
        return "info-question"  # 明天的团购几点截单: the hours asked after
    if request is not None and _VETO["info-question"].search(text):
        if _VETO["choice-question"].search(text):
            return "choice-question"
        repair_asked = category is Category.REPAIR and BROKEN.search(text) is not None
        fault = FAULT.search(text)
        fault_told = fault is not None and not supposed(text, fault.start())
        relayed = _LIFT["relayed"].search(text) is not None
        # 今天能收垃圾吗 门外一大堆: the round asked after with one's own rubbish piling up
        rubbish_waiting = category is Category.GARBAGE and GARBAGE_WAITING.search(text) is not None
        # 请问怎么申请出行 我家老人下周二: the writer's own outing (not 透析病人能不能开通行证)
        outing = ask_rule(request) == "appointment-outing" and _FOR_US.search(text) is not None
        if (
            not _LIFT["action"].search(text)
            and not _LIFT["someone-going"].search(text)
            and not fault_told
            and not repair_asked
            and not relayed
            and not outing
            and not rubbish_waiting
        ):
            return "info-question"  # 点不着 是不是欠费了 能帮看看吗: the fault is what is asked
    return None


_SENTENCE_START = re.compile(r".*[。!?！？\n]", re.S)


def supposed(text: str, at: int) -> bool:
    """Whether the sentence before `at` supposes what follows (如果, 万一, if, in case) or tells
    of a time before (上次停电 冰箱里的肉都坏了)."""
    before = text[max(0, at - 40) : at]
    start = _SENTENCE_START.match(before)
    sentence = before[start.end() if start else 0 :]
    return HYPOTHETICAL.search(sentence) is not None or _TIME_BEFORE.search(sentence) is not None


# a time before (上次停电), or a fault someone only thought there was (领导以为我断网了)
_TIME_BEFORE = compile_prefiltered(r"上次|上回|以为|(?<![a-z])(?:last time|thought)(?![a-z])")


def places_order(
    text: str, request: re.Match[str] | None, category: Category | None = None
) -> bool:
    """False for spam, staff notices, volunteers' status updates and questions for information."""
    reason = veto(text, request, category)
    return reason is None or asked_anyway(reason, text, category)
