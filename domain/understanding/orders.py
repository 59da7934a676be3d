"""Orders: a request (or a shortage, a fault, rubbish at the door) for goods or a service."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.understanding import lexicon
from domain.understanding.model import Category
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.terms import TABLE, Term

_REQUEST = compile_prefiltered(
    r"帮忙|帮我|帮帮|帮下|帮个忙|帮一下|帮买|"
    r"帮(?=看|瞧|查|弄|处理|修|拿|带|取|倒|扔|丢|收|清|冲|充|交|缴|送|订|搬|叫|找|办|换|通|开|问)|"
    r"可唔可以|能唔能|得唔得|谁来(?=管|收|拿|倒|处理|修|看|弄|帮)|(?<![不别])快来(?!了)|派(?:个)?人|收一下|"
    r"搵(?=人|个|师傅|医生|电工)|"
    r"麻烦|劳驾|拜托|请帮|想(?:让|请|找)|来(?:看看|看一下|瞧瞧)|怎么(?:去|过去)|"
    r"请(?!大家|各位|问|注意|配合|勿|不要|居民|业主|开门|查收|自取|及时|提前|按时|戴|下楼|排队|联系|"
    r"放在|放到|把|记得|将|于|"
    r"保持|放心|稍等|耐心|假)|"
    r"能不能|能否|可不可以|可以[^。!?]{0,12}[吗么]|能[^。!?]{0,12}[吗么]|谁能|谁可以|谁有|有没有人|"
    r"有人能|有谁|谁还有|谁家还有|有没有(?:邻居|哪位|哪家|好心人|朋友)|"
    r"匀(?=[一两二三四五六七八九十几\d]|点|些|个|一下|给我)|借(?=[一两二三四五六七八九十几\d]|点|些|个|一下|我)|"
    r"(?:谁|有人|有没有人)会(?=修|换|弄|装|通|看)|"
    r"(?:谁|哪位|哪个|哪家|有没有人|有人|邻居们?)(?:能|可以|方便|愿意|有空|顺路|顺便)|"
    r"谁来(?=[\u4e00-\u9fff]{1,2}(?:一下|下|走|掉))|订(?=[一两二三四五六七八九十几\d]|点|些)|"
    r"(?<![a-z])(?:is there (?:a|any) way (?:to|for)|"
    r"is there (?:a|an|any|someone|anyone)(?: [a-z]+)? (?:who|that) (?:can|could)|"
    r"how (?:can|do|should|could) (?:i|we) "
    r"(?:arrange|book|see|make|have)|i need to see)(?![a-z])|"
    r"给我们?(?=[一两二三四五六七八九十几\d]|点|些|来|带|留)|托人|"
    r"辛苦(?=[^。!?,\s]{0,2}(?:拎|拿|带|收|送|取|倒|扔|处理|修|跑))|"
    r"(?:得|要|需)(?:赶紧|尽快|马上|赶快|快点?)(?=修|换|找人|处理|弄)|"
    r"想(?:预约|约|挂号)|"
    r"(?:^|(?<=\s))求(?!求|救|证|职|学|婚|你)|"
    r"有没有师傅|有师傅(?=没|吗|么|不|\?)|帮手|边位|充值\s*(?:\d+|[一两二三四五六七八九十百千]+)|有人有|谁家有|有多的|多余的|代购|帮我代|求(?=[一两二三四五六七八九十\d]|点|些|个)|"
    r"求助|求帮|求购|(?<![不无])需要|急需|急用|想买|想要|"
    r"(?:想|我要|我也要|我们)(?:报名|参加|参团|跟团)|(?<![\d+])\+1(?!\d)|算我一|加我一|"
    r"(?:谁|谁家|哪家|哪位|邻居)多(?=[一两二三四五六七八九十几\d]|点|些|的|余)|"
    r"(?:转|卖|匀)给我|我(?:来)?付钱|钱(?:我)?(?:微信)?转(?:给)?你|"
    r"有没有(?![^。!?\s]{0,6}宠物)[^。!?\s]{0,6}(?:医生|大夫|护士|师傅|电工|水电工)|"
    r"(?:核酸|采样)上门|上门(?:核酸|采样|做核酸)|"
    r"要买|我要|(?<![不])要(?=[一两二三四五六七八九十几\d]|点|些)|"
    r"(?<![\d点])整点(?!报时)|整些|来点|来些|弄点|搞点|要续|续(?=[一两二三四五六七八九十\d]|点|些|盒|瓶|药|方)|"
    r"(?:充|交|缴)下(?![来去楼面午雨班])|想(?:去)?看(?:一下|个|下)?(?=医生|大夫|[\u4e00-\u9fff]{0,3}科|牙|病)|"
    r"代买|买一下|买点|买些|带点|带些|带一|捎|团(?=个|点|些|一|[两二三四五六七八九十\d])|拼(?=个|"
    r"单)|"
    r"配一下|配(?=一|点|些|[两二三四五六七八九十\d]|盒|瓶)|送上来|送一下|送来|送过来|拿上来|取一下|"
    r"拿一下|拿下去|"
    r"带下去|扔一下|倒一下|(?<!被)收走(?!了)|(?<!被)拿走(?!了)|拎走|修一下|来修|上门|安排|交一下|缴一下|充一下|跑一趟|"
    r"(?<![a-z])(?:(?:can|could|would|will|may) (?:you|someone|anyone|somebody|anybody|a volunteer|"
    r"volunteers|u|one of you|i get|i have|we get|i ask|i request)|"
    r"please(?! (?:remember|do not|don'?t|note|make sure|be |keep|stay|wear|bring|put your|leave|"
    r"avoid|follow|report|line up|go down|come down|check your|wait|all|everyone))|pls|plz|"
    r"(?<!no )(?<!don't )"
    r"(?<!dont )need(?:s|ed)?|(?<!don't )want|would like|i'?d like|looking for|"
    r"anyone (?:have|has|got|going|able|who can|could|can)|help me|help with|"
    r"how (?:can|do|should) (?:i|we) get|"
    r"requesting|"
    r"asap|send someone|come (?:and|to) (?:fix|take|pick|check|have a look)|get me|grab me|"
    r"bring me|"
    r"who can|(?:can|could|would|will) (?:(?:the|a|our|your) )?(?:community |building )?"
    r"(?:doctor|volunteer|nurse|staff|plumber|electrician|repairman|handyman|guard|property|"
    r"management|maintenance|security|courier)s? (?:come|visit|help|bring|get|buy|deliver|fix|"
    r"check|take|pick|send|arrange|drop|look)|"
    r"(?:can|could|would|will) (?:the|a|an|any|our|your) (?:community |building )?"
    r"(?:doctor|nurse|gp|dentist)s? [a-z]+|"
    r"(?:can|could|would|will) (?:the|a|our|your) [a-z]+(?: [a-z]+)? (?:come|visit|help|"
    r"bring|"
    r"get|buy|deliver|fix|check|take|pick|send|arrange|drop))(?![a-z])"
)
_SHORTAGE = compile_prefiltered(
    r"没了|快没了|用完了|吃完了|喝完了|用光了|吃光了|见底了|断货|断了|断粮|没有了|只剩|快吃完|"
    r"快用完|"
    r"不够了|缺|都没了|只够|不剩|没剩|所剩无几|还剩|"
    rf"还有(?:最后)?(?:[一两二三四五六七八九十半几]|\d{{1,2}}(?!\d))\s*(?:{lexicon.CN_UNITS})(?:了)?(?=$|[\s,。!?])|"
    r"没(?:菜|米|面|油|肉|奶|纸|药|粮|吃的)了|(?:家里|冰箱里?|柜子里)没有?[\u4e00-\u9fff]{1,4}了|"
    r"(?:冰箱|米缸|柜子)(?:都)?空了|"
    r"(?<![a-z])(?:out of|ran out|run out|running out|almost out|low on|none left|used up|"
    r"finished)(?![a-z])"
)
_FAULT = compile_prefiltered(  # faults that need a repair whatever is named
    r"漏水|渗水|爆管|跳闸|(?<!手机)(?<!电脑)(?<!电池)(?<!宝)(?<!车)没电|断电|短路|漏电|"
    r"没热水|没有热水|冇热水|不出热水|出不来热水|返水|反水|故障|报错|显示e\d|冇水|冇电|锁坏|打不着|点不着|不出水|没水了|滴水|冲不下去|冲不走|冲不掉|不制冷|不制热|推不上|一片黑|没有电|"
    r"水管爆|淹了|水漫|水(?:都|全)?(?:漫|溢|冒)出来|(?:电闸|闸|空开)(?:老|总|总是|一直|经常|又|老是)?跳|断网|没网|网断了|"
    r"(?<![a-z])(?:leak|leaks|leaking|leaky|clogged|tripped|no power|no hot water|no water|"
    r"power is out|won'?t light|locked out|burst pipe|won'?t flush|won'?t drain|keeps tripping|"
    r"no heat|no heating|no internet|no wifi|(?:heating|heater|power|electricity|hot water|gas) "
    r"(?:is |went |has gone )?(?:off|out)|(?:lights?|power|electricity)(?: [a-z']+){0,4} "
    r"(?:went|have gone|has gone|keeps? going) (?:off|out))(?![a-z])"
)
# Faults that need a repair only when a fixture is named (门锁坏了, not 菜坏了).
_BROKEN = compile_prefiltered(
    r"坏了|坏咗|坏左|烂咗|不亮|不通|堵了|堵住|堵塞|堵死|赌了|赌住|赌死|打不开|关不上|不转|碎了|裂了|掉下来|松了|脱落|卡住了|爆了|"
    r"不热|不暖|失灵|用不了|不能用|关不住|关不紧|"
    r"不工作|没反应|开关跳了|一闪一闪|忽明忽暗|闪个不停|一直(?:滴滴)?响|响个不停|老是响|乱响|"
    r"(?<![a-z])(?:broken|not working|doesn'?t work|won'?t work|stopped working|blocked|burst|"
    r"cracked|"
    r"shattered|smashed|fell off|stuck|jammed|isn'?t working|aren'?t working|"
    r"won'?t (?:turn on|start|close|open|lock)|not turning on|broke down|out of order|"
    r"flicker(?:s|ing|ed)?|keeps? beeping|beeping|chirping)(?![a-z])"
)
_GARBAGE_WAITING = compile_prefiltered(
    r"垃圾[^。!?]{0,8}(?:门口|堆|满了|臭|没人收|没收|没拿|好多|太多|一堆|味)|"
    r"垃圾[^。!?]{0,12}(?:没人来?(?:收|拿|管)|好几天|几天没|没(?:人)?倒|放了[^。!?]{0,4}天|[两三四五六七八九十几\d]天了)|(?:门口|放了|堆了)[^。!?]{0,6}垃圾|"
    r"垃圾[^。!]{0,10}(?:攒|堆|积|存)了[^。!?]{0,4}[两二三四五六七八九十几\d]+\s*(?:袋|包|天)|"
    r"垃圾[^。]{0,6}[吗么?][^。]{0,4}放(?:在)?(?:门口|门外|电梯口)了|[两二三四五六七八九十几\d一]袋垃圾|垃圾[两二三四五六七八九十几\d一]袋|(?<![a-z])(?:trash|garbage|rubbish|bin|waste)s?[^.!?]{0,20}"
    r"(?:outside|door|pickup|pick-up|collection|full|overflowing)(?![a-z])"
)
_NOTICE = compile_prefiltered(
    r"^\s*【|通知|公告|温馨提示|提醒(?:一下)?(?:大家|各位)|"
    r"在[^。!?]{0,8}(?:表格|小程序|问卷)[^。!?]{0,4}(?:登记|填)|各位居民|各位业主|全体|居民们|业主们|请大家|大家注意|统一|集中收|"
    r"记得把|"
    r"别忘了|(?<![a-z])(?:please remember|remember to|don'?t forget)(?![a-z])|"
    r"(?:今晚|明天|明早|今天|下午|上午|晚上|\d+点)[^。!?]{0,10}(?:停水|停电|停气)|"
    r"招募|有意者|(?<![想要我])报名|流程是|流程如下|步骤如下|是这样的|请各位|查收|发放|每户|每家每户|群已满|加群|进群|入群|请加[^。!?]{0,3}群|(?:下楼|自行|及时|前来|统一)领取|"
    r"(?<![a-z])(?:notice|announcement|reminder|attention|dear residents|all residents|"
    r"volunteers wanted|sign up|"
    r"dear neighbou?rs)"
    r"(?![a-z])"
)
_SPAM = compile_prefiltered(
    r"低价|加微信|加v|加我|vx|特价|促销|批发|兼职|刷单|扫码|包邮|秒杀|下单链接|一手货源|"
    r"微商|价格美丽|"
    r"(?<![a-z])(?:wechat me|dm me|discount|promo|cheap|whatsapp me)(?![a-z])"
)
_STATUS = compile_prefiltered(
    r"已送到|已送达|已送|送到了|已放|已经放|放在?你?家?门口了|已取|已经帮|已处理|修好了|已经送|"
    r"已完成|已经到了|已经?(?:跟|和|给|找|联系|通知)了?(?:物业|师傅|居委会?|社区|志愿者)[^。!?]{0,4}(?:说|讲|打电话|报)?(?:了|过)|修完了|修完啦|弄好了|搞好了|搞定了|已修复|已经?(?:全部|全|都)?(?:收|拿|取|清|带|运)走了|被[^。!?,\s]{0,6}(?:收|拿|取|清|带|运|拎)走了|(?<!没)(?<!没有)(?<!还没)(?:已经|已)?解决了|已解决|(?<!没)恢复了|已恢复|"
    r"(?:物业|师傅|社区|居委会?|志愿者|他们|电工|楼长)(?:说|讲|答应)(?:了)?[^。!?]{0,6}(?:来|到|修|送|处理)|有人在修|师傅在修|"
    r"(?:报|交)上去了|已上报|已经上报|已报修|已经报修|报修过了|(?:已经|正)在修|在修了|"
    r"马上到|在路上|接单|我来送|我去拿|我来拿|"
    r"(?<![a-z])(?<!be )(?<!been )(?<!get )(?<!got )(?<!have )(?<!has )(?<!it )(?<!them )(?<!to )"
    r"(?:fixed|repaired|sorted out|came and (?:fixed|took|collected))(?![a-z])|"
    r"(?<![a-z])(?:water|power|electricity|internet|wifi|gas|heating) (?:is|are) back(?![a-z])|"
    r"(?<![a-z])(?:delivered|dropped off|left it|on my way|on the way|i'?ll (?:get|take|do|bring|"
    r"grab)|"
    r"i can (?:get|take|do|bring|grab) (?:it|that|them))(?![a-z])"
)
_OFFER = compile_prefiltered(
    r"可以找我|找我拿|来我家拿|私聊我|我可以帮|我能帮|我来帮|有需要的?(?:可以)?(?:找|私信|联系|@)我|我这有|我这里有|我有多的|我家有多余|我家有多的|免费送|"
    r"送给需要|需要的(?:邻居|朋友|人|可以|说|请)|"
    r"(?:谁|谁家|哪家|哪位)(?:要是)?需要[^。!?]{0,10}(?:私信|私聊|联系|找|@|喊|叫|告诉)我|"
    r"私信我|私聊我|(?:我这里|我这儿|我家|我)(?:多了|多出)|我(?:们)?(?:家)?[^。!?,\s]{0,4}有多(?:的|余)|"
    r"谁(?:要是)?需要[^。!?]{0,6}(?:说|讲|吱|告诉|喊|找|拿)|"
    r"有需要[^。!?]{0,8}的(?:邻居|朋友|人|居民|住户|可以)|"
    r"接龙|开团|(?<![@谢感])(?<!哪位)(?<!哪个)(?<!麻烦)(?<!请)团长(?!辛苦|你好|好|方便|能|可以)|拼团链接|有需要[^。!?]{0,12}(?:私信|私聊|联系|找|@)我|我是[^。!?]{0,8}志愿者|"
    r"有没有人要(?!去|帮)|买多了|多买了|吃不完|用不完|可以送(?:给)?(?:邻居|大家|需要)|送(?:给)?邻居|"
    r"(?<![a-z])(?:i can give|i have extra|i have spare|i've got spare|free to (?:anyone|whoever)|"
    r"anyone who needs|if anyone needs|group buy|group-buy|groupbuy|i'?m a volunteer|"
    r"(?:message|dm|contact|ping|text|tell|call) me if|"
    r"if (?:you|anyone) needs? [^.!?]{0,30}(?:message|dm|contact|ping|text|tell|call|let) me"
    r")(?![a-z])"
)
_HELP = compile_prefiltered(
    r"帮忙|帮我|帮个忙|麻烦|能不能|谁能|有没有人|需要|哪位(?=[^。!?]{0,4}(?:帮|能|可以|方便))|"
    r"请(?=收|帮|来|拿|取|送|处理|清|安排)|还没人?(?:收|拿|来)|"
    r"能帮|可以帮|帮(?=扔|倒|拿|收|取|送|带)|(?<![不你您])要(?=[一两二三四五六七八九十几\d])|"
    r"没人来?(?:收|拿)|垃圾[^。]{0,6}[吗么?][^。]{0,4}放(?:在)?(?:门口|门外|电梯口)了|"
    r"(?<![a-z])(?:can someone|could someone|anyone|"
    r"please help|need|can you|could you|(?:can|could|would) (?:a |the |any )?volunteers?)(?![a-z])"
)
# Joining a group buy or a chain (接龙 我要一份): an order, not the offer itself.
_JOINING = compile_prefiltered(
    r"^\s*接龙[\s:：]*[\d一二三四五六七八九十]|"
    r"我要|我也要|我想要|算我一|加我一|给我[留来]|\+1|(?<![a-z])(?:count me in|i'?ll take|i want|"
    r"me too)(?![a-z])"
)
# Rubbish to be thrown out or collected from the door: the garbage is what is asked for
# (快递纸箱 能帮忙扔一下吗, 用过的试剂盒一袋 放门口了 麻烦收一下).
_DISPOSE = compile_prefiltered(
    r"扔|丢掉|丢一下|倒掉|倒一下|倒出去|倒不出去|处理掉|拎下去|提下去|拿下楼|带下楼|清走|清运|"
    r"(?<![a-z])(?:throw (?:it |them |this )?(?:away|out)|"
    r"dispose|bin it)(?![a-z])"
)
_COLLECT_AT_DOOR = compile_prefiltered(
    r"收(?:一下|走|掉)|(?:清|拿|取|带)走|清理|(?<=请)处理|(?<=帮忙)处理|(?<=帮我)处理|处理一下|"
    r"(?<![a-z])collect(?:ed)?(?![a-z])"
)
# Things no longer wanted (废旧电池, 过期的药, 装修剩下的木板) taken away or recycled: rubbish.
_WASTE_THING = compile_prefiltered(
    r"废旧|废弃|过期|用过|不要的|没用的|剩下的|(?<![依仍])旧(?![的了]?[坏])"
)
_TAKE_AWAY = compile_prefiltered(
    r"带走|拿走|清走|搬走|拉走|运走|搬下去|回收|处理|(?<![a-z])(?:take away|haul|clear)(?![a-z])"
)
_AT_DOOR = compile_prefiltered(
    r"门口|门外|一袋|袋子|装(?:好)?袋|扎(?:好)?口|打包好|用过的|废弃|垃圾(?!袋)|"
    r"(?<![a-z])(?:outside|bags?)(?![a-z])"
)
_PARCEL = compile_prefiltered(r"快递(?!纸箱|盒|箱|袋)|包裹|(?<![a-z])(?:parcel|package)(?![a-z])")
# Several requests in one message (顺便, 另外, 1. … 2. …): the first one names the category.
_SEVERAL = compile_prefiltered(
    r"顺便|另外|再(?:帮|带|买|拿|来)|还要|以及|(?:^|\s)1\s*[.、)]|①|"
    r"(?<![a-z])(?:and also|as well|also|plus)(?![a-z])"
)
_INFO = compile_prefiltered(
    r"请问|问一下|想问|咨询|请教|什么时候|几点|多久|有没有通知|是不是|"
    r"(?:能|可以|可不可以)[^。!?\s,]{0,4}(?:吃|喝|服|用)[吗么]|一起吃|怎么(?:吃|服用)|"
    r"(?:电话|号码|联系方式|微信号)(?![\s:：是为]*\+?\d)|"
    r"(?<![a-z])(?:tell me|"
    r"let me know|know (?:when|if|what|where|"
    r"how|whether)|does anyone know|is it possible|are we allowed|is there any way|when (?:is|will|"
    r"does|do|are)|what time|how long|phone number(?![\s:is]*\+?\d)|contact)(?![a-z])"
)
_ACTION = compile_prefiltered(
    r"买|购|拿|取|送|修|倒|扔|丢|交|缴|充|带|捎|配|团|收走|收一下|来收|搬|寄|接送|上门|安排|疏通|换|跑|"
    r"处理|领|开(?=个|张|一|证明)|帮(?:忙|我)?(?:联系|申请|问问|问一下|协调|预约)|"
    r"(?<![a-z])(?:buy|get|grab|pick|take|bring|fix|repair|pay|top|send|deliver|carry|refill|order|"
    r"collect|come|arrange|drive|empty)(?![a-z])"
)
_RULES_QUESTION = compile_prefiltered(
    r"[吗么][^,。!?]{0,3}$|[吗么]\s*[?。]|\?\s*$|^\s*(?:do|does|did|is|are|should|will|must)\b"
)
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
)
_NEED_ONLY = frozenset({"需要", "need", "needs", "needed"})
# 医院怎么去 asks for a ride; 药店怎么去 only for directions.
_TRANSPORT_ONLY = frozenset({"怎么去", "怎么过去"})
_VERB_CATEGORY = (
    (
        compile_prefiltered(r"配(?:一|点|些|[两二三四五六七八九十\d]|盒|瓶)|(?<![a-z])refill"),
        Category.MEDICINE,
    ),
    (
        compile_prefiltered(r"修一下|修理|来修|维修|修好|修下|(?<![a-z])(?:fix|repair)(?![a-z])"),
        Category.REPAIR,
    ),
    (
        compile_prefiltered(
            r"倒一下|倒掉|扔一下|扔掉|丢一下|丢掉|拿下去|带下去|帮[^。!?]{0,2}(?:扔|丢)|"
            r"处理掉|清运|清走|拉走|"
            r"(?:扔|丢)(?:了|下|走)(?:吧|吗|么|呗)|"
            r"(?<![a-z])(?:take (?:it|them|this) (?:out|down)|throw (?:it|them) (?:out|away))"
        ),
        Category.GARBAGE,
    ),
    (
        compile_prefiltered(
            r"交一下|缴一下|充一下|充下|交下|缴下|充值|取一下|拿一下|拿上来|送上来|寄一下|"
            r"(?<![a-z])(?:pay|top up|pick up|post|mail)(?![a-z])"
        ),
        Category.ERRAND,
    ),
    (
        compile_prefiltered(
            r"买一下|买点|买些|买[一两二三四五六七八九十\d]|带点|捎点|团点|团个|"
            r"(?<![a-z])(?:buy|grab|get me)(?![a-z])"
        ),
        Category.GROCERIES,
    ),
)
_QUANTITY = (
    r"(?:(?<![\d.])\d+|[一二两三四五六七八九十半几]+|"
    r"(?<![a-z])(?:a|an|one|two|three|four|five|six|ten))"
)
_QUANTITY_UNIT = (
    rf"{_QUANTITY}\s*(?:{lexicon.CN_UNITS}|(?<![a-z])(?:{lexicon.EN_UNITS})(?:\s+of)?(?![a-z]))"
)
_LIST_BEFORE = compile_prefiltered(rf"{_QUANTITY_UNIT}(?:的)?\s*$")
_LIST_AFTER = compile_prefiltered(
    rf"^\s*(?:(?:各|每样|每种|(?<![a-z])each\s)?{_QUANTITY_UNIT}|(?:各|每样)[一两二三四五六七八九十\d])"
)
_DONE = compile_prefiltered(
    r"买了|买到|购了|发的|(?<![快没])吃了|(?<![快没])喝了|(?:小区|社区|政府|街道|居委会?|物业)[^。!?]{0,3}发|团了|团到|抢到|收到|拿到|到了|送来了|送的|带的|给的|给了|已经有|借到|借了(?![吗么])|"
    r"已经还|还了|"
    r"(?<![a-z])(?:got|bought|received|arrived|brought|gave|given)(?![a-z])"
)
# Help received, not asked for: 谢谢…帮我把米扛上来, 昨天帮我修好了.
_THANKS_BEFORE = compile_prefiltered(r"(?:谢谢|感谢|多谢|多亏|幸亏|幸好)[^,。!?;\s]{0,12}$")
# English thanks for help given (thanks everyone for the help with groceries): no request.
_EN_THANKS_BEFORE = compile_prefiltered(
    r"(?<![a-z])(?:thanks|thank you)(?: [a-z']+){0,3} for(?: [a-z']+){0,2} $"
)
# A list told about a past day (昨天的菜少了一个土豆) reports, it does not ask.
_PAST_DAY = compile_prefiltered(r"昨天|前天|上次|那天|(?<![a-z])(?:yesterday|last time)(?![a-z])")
_PAST_BEFORE = compile_prefiltered(r"(?:昨天|前天|上次|那天|之前)[^,。!?;\s]{0,6}$")
_DONE_AFTER = compile_prefiltered(
    r"^[^,。!?;\s]{0,8}?(?:了|过|的(?:是|那|人|志愿者|小|姐|哥|师傅|大))"
)
# Medicine already being taken (吃药也不退, took some ibuprofen) is not what is asked for.
_TAKEN_BEFORE = compile_prefiltered(
    r"(?:吃了?|吃过|服了?|用了|喝了)$"
    r"|(?<![a-z])(?:took|taken|taking) (?:some |my |his |her |the )?$"
)
# Asking neighbours for goods (谁家有…, 有没有…, anyone have): the goods named after it are what is
# asked for; a device named before is the reason (血压计没电了 谁家有电池 is batteries).
_ASK_FOR_GOODS = compile_prefiltered(
    r"谁家(?:还)?有|谁(?:还)?有|有没有(?!人|谁|哪位|师傅)|有人有|有多的|多余的|借|匀|"
    r"(?<![a-z])(?:anyone (?:have|has|got)|"
    r"does anyone have|spare)(?![a-z])"
)
# A count gone wrong in a delivery (我家少了一颗白菜, 只有一根葱) reports, it does not ask.
_DISCREPANCY = compile_prefiltered(
    r"(?:包|箱|袋|份|物资|礼包)里(?:面)?(?:有|是)|少了|少给|漏了|漏发|多给了|多了一|只有|就给了|就发了|"
    r"(?<![a-z])(?:missing|short by)(?![a-z])"
)
# Enough left (够吃了, 还够, 足够): what remains is no shortage.
_ENOUGH = compile_prefiltered(
    r"(?<!不)(?<!只)(?<!不太)够(?:吃|用|喝)?(?:了|啦)|还够|足够|不缺|(?<![a-z])enough(?![a-z])"
)
# Help declined (不用帮忙了, 不需要麻烦了): the request word asks for nothing.
# Help declined or a rule that forbids it (不用再送, 门卫不让送上来): nothing is asked.
_DECLINED_BEFORE = compile_prefiltered(
    r"(?:不用|不必|无需|不需要|别|不让|不许|不准|(?<!要)(?<!能)(?<!可)不)再?$"
)
# Whether goods may come in or residents go out (请问快递能送进小区吗): a question about rules.
_ALLOWED_QUESTION = compile_prefiltered(
    r"(?:能|可以|让|允许)[^。!?]{0,4}(?:送进|进小区|进来|出去|出门|出小区)[^。!?]{0,6}(?:[吗么]|\?)"
)
_FOR_ME = compile_prefiltered(r"帮|麻烦|给我|替我|拜托|劳驾")
# Where goods are sold (有没有人知道哪里还能买到抗原): a question, unless someone is asked to go.
_WHERE_TO_BUY = compile_prefiltered(
    r"(?:哪里|哪儿|哪有|什么地方|哪个(?:店|平台|app))[^。!?]{0,6}(?:能|可以)?(?:买到|买得到|有卖|有得卖)|"
    r"(?<![a-z])where (?:can|could|do) (?:i|we|you|one) (?:buy|get|find)(?![a-z])"
)
# A neighbour's fault asked about (是哪家跳闸了, 谁家漏水了).
_OTHERS_FAULT = compile_prefiltered(r"(?:是)?(?:哪家|谁家|哪户|哪一户)")
_REFILL = compile_prefiltered(
    r"(?:配|开|拿|取)[^。!?\s,]{0,5}药|配(?:一下|点|些|个)|续方|(?<![a-z])refill(?![a-z])"
)
_CARER_COMES = compile_prefiltered(
    r"(?:医生|大夫|护士|nurse|doctor)[^。!?]{0,4}(?:来|上门|到家|come|visit)|上门(?:看|打|换|教)"
)
# Asking to see a doctor or book care (想看牙医, 约一下门诊, 面诊): care, whatever drug is named.
_SEE_CARE = compile_prefiltered(
    r"看[^。!?,]{0,2}(?:医生|牙医|大夫|门诊|中医|急诊)|预约|约[^。!?,]{0,6}(?:门诊|号|医生)|挂号|"
    r"面诊|问诊|(?<![a-z])(?:see (?:a|the) (?:doctor|dentist|gp)|appointment)(?![a-z])"
)
_TEST_KITS = frozenset({"抗原", "抗原试剂", "试剂盒", "antigen test", "rapid test", "test kit"})
_FETCH_KIT = compile_prefiltered(
    r"领|取一下|拿一下|帮[^。!?]{0,3}(?:取|拿)|发的|(?<![a-z])(?:collect|pick up)(?![a-z])"
)
_BUYING_KIT = compile_prefiltered(r"买|购|(?<![a-z])buy(?![a-z])")
# A terse order: a service verb and what it acts on, beside the flat and nothing else
# (倒垃圾 3-1-402).
_TERSE_VERB = "倒扔丢收取拿买配续修交缴充通"
_FLAT_NOISE = compile_prefiltered(
    r"[\d\s\-#,，。.!！~]+|[一二两三四五六七八九十零〇幺]+(?=[栋幢号楼单元室座])|号楼|[栋幢号单元室座房]|"
    r"谢谢|麻烦了|辛苦了|(?<![a-z])(?:rm|room)(?![a-z])"
)
_TERSE_FIRST = re.compile(f"[{_TERSE_VERB}]")
_NAMES_FLAT = compile_prefiltered(r"\d|[栋幢座室]|号楼|单元")
_BUYING = compile_prefiltered(
    r"买|购|团|带点|(?<![a-z])(?:buy|get|grab|need|order)(?![a-z])|没了|用完"
)


# Rubbish put out at the door (放在门口了) waits to be collected; 已经放门口了 reports.
_LEFT_OUT = compile_prefiltered(
    r"(?<!已)(?<!已经)放(?:在|到)?(?:家)?(?:门口|门外|楼道|电梯口)|"
    r"(?<![a-z])(?:(?:left|put) (?:it |them )?outside|outside (?:the|my|our) door)(?![a-z])"
)
# A price or praise beside a list of goods (十五块一斤 比超市贵, 一袋五十 划算吗, 好新鲜 感恩):
# the goods are remarked on, not asked for.
_REMARK = compile_prefiltered(
    r"[\d一两二三四五六七八九十百几]+\s*(?:块|元|毛)|"
    r"(?:箱|袋|斤|盒|瓶|提|包|板)[一两二三四五六七八九十百\d]{2,}"
    r"(?![一两二三四五六七八九十百\d]|\s*(?:个|只|斤|箱|袋|盒|瓶|包|颗|根|片|支|卷|提))|"
    r"(?:太|好|真|很|挺|有点|比[^。!?]{0,6})贵|贵了|便宜|划算|实惠|感恩|"
    r"(?:好|很|真|挺|特别|超)(?:新鲜|好吃|甜|嫩|不错|全)"
)


@dataclass(frozen=True)
class OrderReading:
    """An order's category with the evidence for it."""

    category: Category
    evidence: tuple[str, ...]


def read_order(text: str, terms: list[Term]) -> OrderReading | None:
    """The order a normalized message places, or None when it places none."""
    scores, best_term = _scores(text, terms)
    request = _request(text)
    evidence: list[str] = []
    if request is not None:
        evidence.append(f"request:{request.group()}")
    elif _terse(text, terms):
        request = _TERSE_FIRST.search(text)
        evidence.append("request:terse")
    category: Category | None = None
    shortage = _SHORTAGE.search(text) if scores else None
    if shortage is not None and request is None and _DONE.search(text, shortage.end()):
        shortage = None  # 卫生纸用完了 邻居给了一卷: met already
    if shortage is not None and request is None and _ENOUGH.search(text):
        shortage = None  # 鸡蛋还有两板 够吃了: enough left
    shortage_kind = "shortage"
    if (
        shortage is None
        and request is None
        and scores
        and not _DONE.search(text)
        and not (_PAST_DAY.search(text))
    ):
        shortage = _listing(text, terms)  # 鸡蛋两盒 牛奶一箱: a shopping list is a request
        if shortage is not None and (_DISCREPANCY.search(text) or _REMARK.search(text)):
            shortage = None  # 一箱苹果八十块 太贵了: prices and praise remark on goods
        shortage_kind = "list"
    waiting = _GARBAGE_WAITING.search(text) if scores else None
    if waiting is not None:
        scores[Category.GARBAGE] = scores.get(Category.GARBAGE, 0) + 3
    if scores and _disposing(text):
        scores[Category.GARBAGE] = scores.get(Category.GARBAGE, 0) + 3
        best_term.setdefault(Category.GARBAGE, "")
    if Category.REPAIR in scores and len(scores) > 1 and not _has_fault(text):
        del scores[Category.REPAIR]  # 冰箱空了 谁家有鸡蛋: an appliance with no fault is no repair
    _settle_health(scores, best_term, text)
    if not scores and request is not None:
        category = _by_verb(text)
        if category is not None:
            evidence.append(f"verb:{category}")
        elif _disposing(text):
            category = Category.GARBAGE  # 旧沙发要扔 能找人搬下去吗
            evidence.append("verb:garbage")
        elif (goods := _UNNAMED_GOODS.search(text)) is not None:
            category = Category.GROCERIES  # 帮我订两箱农夫山泉: goods counted out are shopping
            evidence.append(f"goods:{goods.group().strip()}")
    if scores and (request is not None or shortage is not None):
        category = _best(_asked_after(scores, terms, text, request), best_term, text)
        if shortage is not None and request is None:
            if category not in (Category.GROCERIES, Category.MEDICINE):
                category = None
            else:
                evidence.append(f"{shortage_kind}:{shortage.group().strip()}")
    if category is None:
        fault = _FAULT.search(text)
        if fault is None and Category.REPAIR in scores:
            fault = _BROKEN.search(text)
        if fault is not None:
            category = Category.REPAIR
            evidence.append(f"fault:{fault.group()}")
    if category is None and waiting is not None:
        category = Category.GARBAGE
        evidence.append(f"waiting:{waiting.group()}")
    if category is None and Category.GARBAGE in scores and (left := _LEFT_OUT.search(text)):
        category = Category.GARBAGE  # 两袋厨余要扔 放在门口了: rubbish put out is to be collected
        evidence.append(f"left-out:{left.group()}")
    if category is None or not _places_order(text, request, category):
        return None
    if category is Category.GROCERIES and _fetched_from(text):
        category = Category.ERRAND  # 团购的菜到了在大厅 帮我拎上来: a pickup, not a purchase
        evidence.append("fetch")
    if request is None and category is Category.REPAIR and _OTHERS_FAULT.search(text):
        return None  # 是哪家跳闸了: a neighbour's fault asked about
    if (
        request is not None
        and request.group() in _TRANSPORT_ONLY
        and category is not (Category.MEDICAL)
    ):
        return None
    word = best_term.get(category)
    evidence.append(f"category:{category}:{word}" if word else f"category:{category}")
    return OrderReading(category, tuple(evidence))


def _asked_after(
    scores: dict[Category, int], terms: list[Term], text: str, request: re.Match[str] | None
) -> dict[Category, int]:
    """With a request for goods, only the categories named after it, when some are."""
    if request is None or len(scores) < 2 or _SEVERAL.search(text):
        return scores
    ask = _ASK_FOR_GOODS.search(text, max(0, request.start() - 2))
    if ask is None:
        return scores
    after = {term.category for term in terms if term.start >= ask.end()} & scores.keys()
    if not after or after == scores.keys():
        return scores
    return {category: score for category, score in scores.items() if category in after}


def _settle_health(scores: dict[Category, int], first: dict[Category, str], text: str) -> None:
    """Drugs and care named together: a drug refilled at the hospital is medicine
    (去医院配一下); a nurse or doctor asked to come is medical (请护士来教一下打胰岛素);
    test kits handed out and fetched are an errand (帮忙领一下社区发的抗原)."""
    if Category.MEDICINE in scores and Category.MEDICAL in scores:
        if _REFILL.search(text):
            del scores[Category.MEDICAL]
        elif _CARER_COMES.search(text) or _SEE_CARE.search(text):
            del scores[Category.MEDICINE]
    if (
        scores.keys() == {Category.MEDICINE}
        and first.get(Category.MEDICINE) in _TEST_KITS
        and _FETCH_KIT.search(text)
        and not _BUYING_KIT.search(text)
    ):
        scores[Category.ERRAND] = scores.pop(Category.MEDICINE)
        first[Category.ERRAND] = first[Category.MEDICINE]


# Goods counted out with a shop's unit (两箱农夫山泉, 一提维达): a purchase even when the goods
# themselves are unknown; a price (十块一斤) counts money, not goods.
_UNNAMED_GOODS = compile_prefiltered(
    r"(?:(?<![\d.])\d{1,2}|[一两二三四五六七八九十几])\s*(?:箱|瓶|袋|桶|提|罐|包|斤|公斤|打|板|听)"
    r"(?=[\u4e00-\u9fffa-z])(?![\u4e00-\u9fff]{0,2}(?:钱|块|元))|"
    r"(?<![a-z])(?:\d{1,2}|a|an|one|two|three|four|five|six) (?:boxes|box|bottles?|bags?|packs?|"
    r"cartons?|cans?|cases?|jars?|packets?|dozen|kg|kilos?) (?:of )?[a-z]"
)
# Fetching goods already waiting somewhere (at the gate, the milk station, the lobby) is an errand.
_FETCH_UP = compile_prefiltered(
    r"拿上来|拎上来|提上来|搬上来|送上来|扛上来|拿一下|取一下|拿回来|取回来|"
    r"帮[^。!?]{0,3}(?:拿|取|拎)(?!点|些)|(?<![a-z])(?:pick up|collect|bring up|carry up)(?![a-z])"
)
_PICKUP_PLACE = compile_prefiltered(
    r"门口|门卫|大厅|楼下|一楼|驿站|[奶站]站|保安|快递柜|自提|小区门|大门|"
    r"(?<![a-z])(?:gate|lobby|downstairs|front desk|reception|station)(?![a-z])"
)
_PURCHASE = compile_prefiltered(
    r"买|(?<!团)购|代购|下单|订(?!单号|在|好|了|过|的)|(?<![a-z])(?:buy|order|shop)(?![a-z])"
)


def _fetched_from(text: str) -> bool:
    """Goods to be fetched from where they wait, with nothing to buy."""
    return bool(
        _FETCH_UP.search(text) and _PICKUP_PLACE.search(text) and not _PURCHASE.search(text)
    )


def _disposing(text: str) -> bool:
    """Whether the message asks for something to be thrown out or collected from the door."""
    if _DISPOSE.search(text):
        return True
    if _WASTE_THING.search(text) and _TAKE_AWAY.search(text):
        return True
    return bool(
        _COLLECT_AT_DOOR.search(text) and _AT_DOOR.search(text) and not _PARCEL.search(text)
    )


def _has_fault(text: str) -> bool:
    """A fault or a repair verb: what makes a named fixture a repair."""
    return bool(_FAULT.search(text) or _BROKEN.search(text) or _VERB_CATEGORY[1][0].search(text))


def _best(scores: dict[Category, int], first: dict[Category, str], text: str) -> Category:
    """The highest-scoring category; medicine wins a tie, otherwise the one named first.
    With several requests in one message, the first one asked for."""
    if len(scores) > 1 and _SEVERAL.search(text):
        named = {
            category: text.find(word)
            for category, word in first.items()
            if word and category in scores and text.find(word) >= 0
        }
        asked = {category: at for category, at in named.items() if not _small_talk_at(text, at)}
        named = asked or named
        if named:
            return min(named, key=named.__getitem__)

    def key(category: Category) -> tuple[int, int, int]:
        word = first.get(category)
        position = text.find(word) if word else len(text)
        return scores.get(category, 0), category is Category.MEDICINE, -position

    return max(scores, key=key)


_CLAUSE_END = compile_prefiltered(r"[,。!?;~\n]")
# Small talk before a request (昨天的菜很新鲜谢谢团长～另外…垃圾…): its goods are not asked for.
_SMALL_TALK = compile_prefiltered(
    r"谢谢|感谢|多谢|昨天|前天|上次|早上好|早安|(?<![a-z])(?:thanks|thank you|yesterday)(?![a-z])"
)


def _small_talk_at(text: str, at: int) -> bool:
    """Whether the clause around position at is thanks or news of a past day."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    end_match = _CLAUSE_END.search(text, at)
    end = end_match.start() if end_match else len(text)
    return _SMALL_TALK.search(text, start, end) is not None


def _places_order(
    text: str, request: re.Match[str] | None, category: Category | None = None
) -> bool:
    """False for spam, staff notices, volunteers' status updates and questions for information."""
    if _SPAM.search(text):
        return False
    if _WHERE_TO_BUY.search(text) and not _FOR_ME.search(text):
        return False
    if _OFFER.search(text) and not _JOINING.search(text):
        return False
    if _NOTICE.search(text) and not (request and request.group() in ("帮忙", "帮我", "麻烦")):
        return False
    told = _LEFT_OUT.sub(" ", text) if category is Category.GARBAGE else text
    if _STATUS.search(told) and not _HELP.search(text):
        return False  # 已放门口了 reports a delivery; rubbish put out at the door asks
    if _ALLOWED_QUESTION.search(text) and not _FOR_ME.search(text):
        return False
    return not (
        request is not None
        and _INFO.search(text)
        and not _ACTION.search(text)
        and not _FAULT.search(text)  # 点不着 是不是欠费了 能帮看看吗: the fault is what is asked
    )


def _terse(text: str, terms: list[Term]) -> bool:
    """A service verb and its object with only a flat beside them (倒垃圾 3-1-402, 取快递 5栋)."""
    if len(text) > 24 or not terms or not _NAMES_FLAT.search(text):
        return False
    rest = _FLAT_NOISE.sub("", text)
    if not 2 <= len(rest) <= 6:
        return False
    if rest[0] not in _TERSE_VERB:
        return False
    entry = TABLE.get(rest[1:].removeprefix("一下").removeprefix("下"))
    return entry is not None and entry[0] is not None


def _request(text: str) -> re.Match[str] | None:
    """The first request word; a bare "need" in a question about rules does not count."""
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
        and not _FOR_ME.search(text)
    ):
        return None  # 医保卡可以在线续费吗: whether a thing can be done, not a request
    if matches and all(match.group() in _NEED_ONLY for match in matches):
        if _RULES_QUESTION.search(text) and not re.search(r"我需要|(?<![a-z])i need", text):
            return None
    for match in matches:
        if match.group().startswith(_EXPLICIT):
            return match
    return matches[0] if matches else None


_PRICE = compile_prefiltered(r"[\d.一两二三四五六七八九十几百]+\s*(?:块|元|毛)")
_ABLE_QUESTION = re.compile(r"(?:可以|能)[^。!?]{0,12}[吗么]")
_SELF_SERVICE = compile_prefiltered(
    r"在线|网上|线上|自己|手机上|app|小程序|(?<![a-z])online(?![a-z])"
)


def _received(text: str, match: re.Match[str]) -> bool:
    """A request word inside thanks for help given (谢谢…帮我, 昨天帮我修好了)."""
    before = max(0, match.start() - 16)
    if _THANKS_BEFORE.search(text, before, match.start()):
        return True
    if _EN_THANKS_BEFORE.search(text, max(0, match.start() - 48), match.start()):
        return True
    return (
        match.group().startswith("帮")
        and _PAST_BEFORE.search(text, before, match.start()) is not None
        and _DONE_AFTER.match(text[match.end() : match.end() + 10]) is not None
    )


def _listing(text: str, terms: list[Term]) -> re.Match[str] | None:
    """A quantity written right next to goods (两箱牛奶, 鸡蛋两盒, 2 bags of rice)."""
    for term in terms:
        if not term.itemable:
            continue
        found = _LIST_BEFORE.search(text[max(0, term.start - 10) : term.start])
        found = found or _LIST_AFTER.search(text[term.end : term.end + 10])
        if found is not None:
            return found
    return None


def _by_verb(text: str) -> Category | None:
    """The category a request's verb implies when it names no known goods (配两盒 is medicine)."""
    for pattern, category in _VERB_CATEGORY:
        if pattern.search(text):
            return category
    return None


def _scores(text: str, terms: list[Term]) -> tuple[dict[Category, int], dict[Category, str]]:
    """Weight per category and the first word that showed it."""
    scores: dict[Category, int] = {}
    first: dict[Category, str] = {}
    buying = _BUYING.search(text) is not None
    disposing = buying and _disposing(text)
    for term in terms:
        category = term.category
        if category is None:
            continue
        if category is Category.MEDICINE and _TAKEN_BEFORE.search(
            text, max(0, term.start - 12), term.start
        ):
            continue
        if term.word.rstrip("s") in lexicon.BAGS and buying and not disposing:
            category = Category.GROCERIES
        scores[category] = scores.get(category, 0) + term.weight
        first.setdefault(category, term.word)
    return scores, first
