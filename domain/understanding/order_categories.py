"""Which category an order is for: goods named and weighed, a request's verb, rubbish to take out,
faults to repair, drugs or care, goods to fetch."""

from __future__ import annotations

import re

from domain.understanding import lexicon
from domain.understanding.model import Category
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.rules import Rule
from domain.understanding.terms import Term

# What names a category without a request verb: a fault, rubbish waiting or put out, goods
# counted out, a pickup code, a bill. Tried where orders.py reads them; the evidence names them.
# A flat alone, in digits or in words (3-1-502, 二单元八零二, 5栋1201), and a bare thanks after.
_FLAT_ALONE = (
    r"(?:\d{1,3}-(?:\d{1,2}-)?\d{3,4}|"
    # 幺 is 1 read aloud (幺零幺 垃圾)
    r"(?:[\d一二三四五六七八九十两]{1,3}(?:栋|幢|号楼|单元|座)){0,2}[\d一二三四五六七八九十零〇两幺]{3,4}"
    r"(?:室|号)?)"
)
_THANKS_ALONE = r"(?:谢谢|麻烦了|辛苦了|thanks|thank you|pls|please)"
# The water supply told faulty (water came back but it's brown, the pressure is tiny): the
# water is the supply to mend, not goods to buy.
# Rubbish hung on the door handle for the round.
_ON_HANDLE_ZH = r"(?<!已)(?<!已经)(?:放|挂)(?:在|到)?(?:家)?(?:门把手|门把|把手)上"
_ON_HANDLE_EN = (
    r"(?<![a-z])(?:hung|hanging|left|put)(?![a-z])[^.!?]{0,40}? on (?:the |my |our )?door ?"
    r"(?:handle|knob)(?![a-z])"
)
_SUPPLY_FAULT_EN = (
    # water dripping or leaking from a fixture (the ceiling light is dripping water): a fault
    r"(?<![a-z])(?:dripping|leaking|pouring|gushing|seeping|spraying) water(?![a-z])|"
    r"(?<![a-z])water (?:is |keeps |was )?(?:dripping|leaking|pouring|gushing|seeping|coming "
    r"(?:in|through|down))(?![a-z])|"
    r"(?<![a-z])(?:tap )?water(?![a-z])[^.!?]{0,24}(?:is|'s|comes out|came out|coming out|runs|"
    r"running|looks|was) (?:all |really |very |so |a bit |kind of |still |totally )?(?:brown|rusty|"
    r"muddy|discolou?red|murky|yellow)(?![a-z])|"
    r"(?<![a-z])(?:water )?pressure(?:'s| is| has been)? (?:really |very |so |super |too |"
    r"still )?(?:tiny|low|weak|a trickle)(?![a-z])|(?<![a-z])(?:low|weak|tiny) water pressure"
    r"(?![a-z])"
)

SIGNS: tuple[tuple[Rule, Category], ...] = (
    # faults that need a repair whatever is named
    (
        Rule(
            "fault",
            r"漏水|渗水|爆管|跳闸|不排水|排不出去|一屋子水|一地水|反味|返味|往上冒水|冒水|(?<!手机)(?<!电脑)(?<!电池)(?<!宝)(?<!车)(?<!快)(?<!遥控器)(?<!玩具)(?<!温度计)(?<!体温计)(?<!体温枪)(?<!血压计)没电(?!梯|视)|断电|短路|漏电|"
            r"没热水|没有热水|冇热水|不出热水|出不来热水|返水|反水|故障|"
            r"(?<!昨天)(?<!刚才)(?<!我)报错(?!了 写成)|显示e\d|冇水|冇电|锁坏|"
            r"打不着|点不着|打勿着|点勿着|打唔着|点唔着|"
            r"打不找|点不找|"
            r"(?<![a-z])(?:not make fire|no fire come|electricity gone|power gone|"
            r"no electric(?:ity)?|"
            r"pipe (?:break|broke|broken|burst)|"
            r"breaker (?:won'?t|will not|doesn'?t) (?:reset|stay up|go back)|"
            r"(?:lights?|sockets?|outlets?|plugs?|power) (?:and [a-z]+ )?(?:are |is )?"
            r"(?:all )?dead|"
            r"not lighting|doesn'?t light|won'?t light|not light|won'?t ignite|not "
            r"igniting|blowing (?:warm|hot) air)(?![a-z])|"
            r"不出水|没水了|滴水|冲不下去|冲不走|冲不掉|冲不了水|不制冷|不制热|推不上|一片黑|没有电|"
            r"(?:家里|我家|屋里|房间)(?:突然|又|怎么)?停(?:电|水)|保险丝(?:又)?(?:烧|断|熔)|"
            # a tap that will not shut off, or drips on (kitchen tap dripping all night), a fuse
            # blown
            r"(?<![a-z])(?:(?:taps?|faucets?)(?: [a-z']+){0,3} (?:won'?t|doesn'?t|can'?t|will not) "
            r"(?:turn|shut|switch) off|(?:taps?|faucets?|pipes?)[^.!?]{0,30} dripping|"
            r"fuses? (?:has |have )?(?:blew|blown|went|gone)|blown fuse|blew a fuse)(?![a-z])|"
            # the lights out here alone (灯全灭了 别人家都有电 就我家没有)
            r"(?:灯|电|屋里|家里)(?:突然)?(?:都|全|全部)(?:灭|黑|断)了|(?:别人|别家|其他|邻居|隔壁)[^。!?\s]{0,3}都有电|"
            # the flat still dark when the rest has power back (全楼来电了 就我家还是黑的)
            r"(?:就|只有)(?:我家|我们家|我这)[^。!?\s]{0,3}(?:黑|没电|不来电)|"
            # a fixture running on (马桶水箱一直流水, 龙头关了还滴个不停)
            r"(?:水箱|马桶|龙头|水管|阀门)[^。!?\s]{0,4}(?:一直|老是|总是|不停地?)(?:流水|漏|响|滴)|"
            r"(?<![a-z])(?:toilet|cistern|tap|faucet)s? (?:is |keeps |has been |'s )?running "
            r"(?:non-?stop|constantly|continuously|all (?:night|day)|for hours)(?![a-z])|"
            # the lift stuck for days (lift stuck at 6F for 3 days now)
            r"(?<![a-z])(?:lift|elevator) (?:is |has been |'s )?stuck(?: at [^.!?]{0,6})? for "
            r"(?:\d+|two|three|four|five|several|a few) (?:days|weeks)(?![a-z])|"
            # a pipe or hose told leaking (洗衣机排水管漏了, 暖气片又漏了)
            r"(?:水管|排水管|下水管|进水管|软管|管子|龙头|暖气片|暖气管)(?:好像|可能|应该)?(?:又|也|有点)?"
            r"漏(?:了|啦|得)|"
            # a room flooded (地下室进水了 到脚踝, the basement is flooded)
            r"(?:地下室|车库|屋里|家里|房间|厨房|卫生间|楼道|一楼|阳台)(?:又|也)?进水|"
            r"(?<![a-z])(?:basement|garage|kitchen|bathroom|hallway|flat|stairwell|corridor) "
            r"(?:is |got |has )?(?:flooded|flooding)(?![a-z])|"
            r"(?:把手|门把|合页|铰链|玻璃|窗户?|门)[^。!?\s]{0,2}断了|关不严|"
            r"水管爆|淹了|水漫|水(?:都|全)?(?:漫|溢|冒)出来|(?:电闸|闸|空开)(?:推上去?|合上去?|拉上去?)?(?:老|总|总是|一直|经常|又|老是|就)?跳|断网|没网|网断了|"
            r"(?<![a-z])(?:leak|leaks|leaking|leaky|clogged|tripped|no power|no hot water|no water|"
            r"power is out|won'?t light|locked out(?! of (?:the |my |our )?(?:app|account))|"
            r"burst pipe|won'?t flush|won'?t drain|"
            r"keeps tripping|power'?s out|(?:power|electricity|breaker|fuse) trips|"
            r"(?:power|electricity|breaker|fuse|circuit|switch) (?:is |keeps? )?tripping|"
            r"(?:breaker|fuse|switch)[^.!?]{0,20} trips|"
            r"won'?t stop (?:running|dripping|leaking|hissing)|keeps? running|"
            # a cistern or tap running on (toilet keeps flushing non stop)
            r"keeps? (?:on )?flushing|(?:flushing|running|dripping|leaking) non[- ]?stop|"
            r"(?:water|it)(?:'s| is)? (?:dripping|pouring|seeping|coming) (?:from|through|down)|"
            r"no heat|no heating|no internet|no wifi|overflow(?:s|ing|ed)?|"
            r"(?:not|isn'?t|won'?t|stopped) (?:cooling|heating up)|"
            # the flat goes dark and the power will not come back
            r"(?:flat|house|room|place|apartment|home|whole flat) (?:goes|went|has gone|is|turns?) "
            r"(?:all |completely )?dark|(?:power|electricity|lights?)(?: [a-z']+){0,2} won'?t come "
            r"back|won'?t come back (?:on|at all)|"
            r"(?:heating|heater|power|electricity|hot water|gas) "
            r"(?:is |went |has gone )?(?:off|out)|"
            # our own heating out a while, the radiators cold (our heating's been out since last
            # night, radiators stone cold)
            r"(?:our|my) (?:heating|heater|radiators?|boiler)(?:'s| has| have) been (?:off|out)|"
            r"(?:our|my|the) radiators? (?:are |is |have been |has been |all |still )*"
            r"(?:stone |ice |freezing |completely |totally )?cold|"
            r"(?:lights?|power|electricity)(?: [a-z']+){0,4} "
            r"(?:went|have gone|has gone|keeps? going) (?:off|out)|"
            # a light gone out that the writer cannot change (the bathroom light is out)
            r"(?:lights?|bulbs?|lamps?)(?: [a-z']+){0,3} (?:is|are|'s|has|have) (?:gone |been )?"
            r"(?:out|blown|dead)(?! of)|blown (?:light ?)?bulb)(?![a-z])|" + _SUPPLY_FAULT_EN,
            (
                "家里跳闸了 推不上去",
                "water's back on but it comes out brown, 6-1-901",
                "厕所漏水了",
                "no hot water since this morning",
                "家里停电了 就我们一家 其他家都有电",
                "the breaker in the kitchen trips whenever the kettle is on",
                "electricity tripping whenever the heater is on, 2-1-402",
                "cistern won't stop running since last night",
                "厨房龙头一直滴 关不紧 5-1-301",
                "洗衣机排水管漏了 八栋二单元三零一",
                "灯全灭了 别人家都有电 就我家没有 急急急 10-1-1502",
                "家里突然停水了 楼上楼下都有水 3-1-402",
                "Our heating has been off since Monday, radiators ice cold. 5-2-1101",
                "the bathroom tap won't shut off properly, 4-2-101",
                "bedroom fuse has blown, half the flat is dark",
                "Every time we turn on the kettle the whole flat goes dark, and now it won't come "
                "back at all. Block D 2203",
                "kitchen light is out and I can't get up the ladder with my knee, 9-1-302",
                "no electricity in our flat since noon, the neighbours are fine",
                "the toilet keeps flushing by itself all night",
                "kitchen tap running non-stop, can't close it",
                "the toilet has been running non-stop since last night",
                "lift has been stuck for 3 days, I can't do the stairs, 9-1-1402",
                "the pipe under the basin is dripping onto the floor",
                "全楼都来电了 就我家还是黑的 4-2-1101",
                "电闸推上去又跳 推了好几次",
            ),
            (
                "就我家没买到",
                "手机没电了",
                "体温35.9 是不是温度计没电了",
                "电子体温计没电了 用水银的量",
                "the power bank is empty",
                "明天上午小区停电 请大家做好准备",
                "remember to turn the tap off",
                "the lift got stuck for a minute this morning, all fine now",
                "the spare bulb is out of stock",
            ),
        ),
        Category.REPAIR,
    ),
    # Faults that need a repair only when a fixture is named (门锁坏了, not 菜坏了).
    (
        Rule(
            "broken",
            r"坏了|坏咗|坏左|烂咗|不亮|(?<!打)不通|堵了|堵住|堵塞|堵死|赌了|赌住|赌死|打不开|关不上|不转|碎了|裂了|掉下来|松了|脱落|卡住了|"
            # a bill that will blow up (电费要爆了) is a joke about the cost, no burst
            r"(?<!费)(?<!费[要快都])爆了|"
            r"不热|不暖|失灵|不好使|不灵了|用不了|不能用|关不住|关不紧|"
            # (干不动了, 走不动了: a person's strength gone, no fixture's)
            r"(?<![没不干走搬拿跑爬扛])不动了|停了不动|"
            # a door, window or lock that sticks (推拉门卡死了 拉不开)
            r"卡死|[拉推拧]不开|[拉推拧]不动|锁不上|合不上|"
            # sparks thrown by a fixture (插座冒火花, the fan sparked)
            r"冒(?:电)?火花|冒火星|打火花|迸火花|"
            # a lock frozen in the cold, the key will not go in (门锁冻住了 钥匙插不进去)
            r"(?:锁|锁芯|门|钥匙孔)[^。!?\s]{0,3}冻(?:住|上)了|钥匙[^。!?\s]{0,3}插不进去?|"
            r"(?<![a-z])(?:frozen (?:shut|solid)|key won'?t (?:go in|turn))"
            r"(?![a-z])|"
            r"不工作|没反应|反应都没有|没有反应|没任何反应|开关跳了|一闪一闪|忽明忽暗|闪个不停|一直(?:滴滴)?响|响个不停|老是响|乱响|"
            # a fixture smelling burnt (the exhaust fan gave off a burning smell)
            r"(?<![a-z])(?:(?:giv(?:es|ing)|gave) (?:off|out) (?:a )?"
            r"(?:burning smell|smell of burning)|"
            r"smel(?:ls?|t|ling) (?:of )?burn(?:ing|t))(?![a-z])|"
            r"(?<![a-z])(?:broken|not working|doesn'?t work|won'?t work|stopped working|blocked|"
            r"burst|"
            r"cracked|snapped|came off|came loose|"
            # a crack told in the glass or a wall (window glass crack from the wind)
            r"(?:glass|window|windows|pane|screen|wall|ceiling|pipe|tile|mirror|door) "
            r"(?:has |have |is |got )?(?:a )?crack(?:s|ed)?|cracks? in (?:the|my|our) |"
            r"shattered|smashed|"
            # a person who fell off a chair is no fixture come off
            r"fell off(?! (?:a|the|his|her|my|our) (?:chair|stool|ladder|bed|step|sofa|bike))|"
            r"stuck|jammed|isn'?t working|aren'?t working|"
            # a heater that gives no heat (radiator isn't heating, the heating won't warm up)
            r"(?:isn'?t|aren'?t|not|stopped) heating(?: up)?|won'?t (?:heat|warm) up|"
            r"won'?t (?:turn on|start|close|open|lock)|not turning on|broke down|out of order|"
            r"flicker(?:s|ing|ed)?|keeps? beeping|beeping|chirping|broke|died|"
            r"sparks?|sparking|sparked|"
            r"won'?t (?:shut|stay shut|stay closed|budge|slide)|(?:went|gone|is|'s) dead|"
            # dead for a while now (water heater dead since yesterday)
            r"dead (?:since|for|again))(?![a-z])",
            (
                "门锁坏了",
                "Window handle broke and the window won't shut",
                "door hinge snapped",
                "阳台推拉门卡死了 拉不开",
                "防盗门的锁冻上了 钥匙插不进 1-2-301",
                "the door lock is frozen shut, key won't go in",
                "the sliding door won't budge",
                "bedroom window glass crack, wind coming in",
                "the socket by the desk gives a spark when the plug goes in",
                "the bathroom fan was giving off a burning smell, I switched it off",
                "water heater dead since yesterday, 9-1-201",
                "the ceiling fan sparked when I switched it on",
                "卧室插座冒火花了 开关也不敢碰",
                "the radiator in the kids' room stopped heating, it's icy in here",
            ),
            (
                "电话打不通",
                "it works fine now",
                "crack the window open for some air",
                "she fell off the stool but she's fine",
                "The burning smell was from next door's cooking",
                "水管以前都是他自己修 现在老了干不动了",
            ),
        ),
        Category.REPAIR,
    ),
    #
    (
        Rule(
            "waiting",
            r"垃圾[^。!?]{0,8}(?:门口|堆|满了|臭|没人收|没收|没拿|好多|太多|一堆|味)|"
            # still at the door after a pause (垃圾。。。还在门口): an ellipsis ends no sentence
            r"垃圾\s*(?:。{2,}|\.{2,})\s*(?:还|仍|依然)(?:在|放在|堆在)(?:门口|门外|楼道)|"
            r"垃圾[^。!?]{0,12}(?:没人来?(?:收|拿|管)|好几天|几天没|没(?:人)?倒|放了[^。!?]{0,4}天|[两三四五六七八九十几\d]天了)|(?:门口|放了|堆了)[^。!?]{0,6}垃圾|"
            # kitchen waste counted at the door (门口一袋厨余 一袋其他)
            r"门口[^。!?]{0,4}(?:一|[两二三四五六七八九十几\d])\s*袋厨余|"
            r"垃圾[^。!?]{0,6}(?:好几|几|[两二三四五六七八九十\d])\s*袋|"
            r"垃圾[^。!]{0,10}(?:攒|堆|积|存)了[^。!?]{0,4}[两二三四五六七八九十几\d]+\s*(?:袋|包|天)|"
            # the round's time asked, one's own put out already (垃圾什么时候收啊 … 顺手放出去了)
            r"垃圾(?:什么时候|啥时候|几点)收[^。]{0,20}(?:放出去|放下去|放楼下)了|"
            r"垃圾[^。]{0,6}[吗么?][^。]{0,4}放(?:在)?(?:门口|门外|电梯口)了|[两二三四五六七八九十几\d一]袋垃圾|垃圾[两二三四五六七八九十几\d一]袋|(?<![a-z])(?:trash|garbage|rubbish|bin|waste)s?[^.!?]{0,20}"
            r"(?:outside|door|pickup|pick-up|collection|full|overflowing|smell\w*|stink\w*|"
            r"reek\w*|piling|piled|stacking|landing|"
            r"(?:not|hasn'?t|has not|haven'?t) (?:been )?(?:picked up|collected|taken))"
            r"(?![a-z])|"
            # bags left for the collection round (bin bags at 1201, whenever you do the round)
            r"(?<![a-z])(?:bags?|rubbish|trash|garbage|recycling)[^.!?]{0,30}(?:whenever|when|"
            r"next time) you(?:'re| are)? (?:do|doing|come|coming|on|make|making|pass|passing) "
            r"(?:by |round )?(?:the |your )?(?:rounds?|round|by)(?![a-z])|"
            r"垃圾[^。!?]{0,12}(?:顺路|路过的时候|巡楼的时候)(?:收|拿)|"
            # rubbish put out front for whoever takes it (bins out front of 902, thanks; we put
            # our recycling out, cheers to whoever collects)
            r"(?<![a-z])(?:trash|garbage|rubbish|bins?|recycling)[^.!?]{0,20} out front"
            r"(?![a-z])|(?<![a-z])(?<!to )(?<!please )(?<!not )(?<!never )put (?:the |our |my )?"
            r"(?:trash|garbage|rubbish|bins?|bin bags?|recycling) out(?![a-z])|"
            # the round asked to call at the writer's door (收垃圾的时候记得来我家, when you do the
            # bins, knock on ours), and soiled things bagged (换下来一大袋脏东西)
            r"(?:收|倒|清运)垃圾的时候[^。!?]{0,6}(?:来|到|去|敲|叫)(?:一下)?我(?:们)?家|"
            r"(?<![a-z])(?:when|while) (?:you'?re |you are )?(?:collecting|doing) (?:the )?"
            r"(?:bins|rubbish|trash|garbage)[^.!?]{0,20}(?:stop|call|knock|come) (?:by|at|on) "
            r"(?:ours|our door|my door|mine)(?![a-z])|"
            r"(?:一大?|[两二三四五六七八九十几\d])\s*袋(?:脏东西|脏尿布|呕吐物)|"
            # waste piling up by the bag, or rotting until collected (尿不湿攒了一大袋)
            r"(?:攒|堆|积)了(?:一大|好几|满满|[两二三四五六七八九十几\d一])\s*(?:袋|包)|"
            r"再不(?:收|拿走|清)[^。!?]{0,6}(?:生虫|臭|烂)|"
            # used nappies left out and smelling (two bags of nappies outside, starting to smell)
            r"(?:尿不湿|纸尿裤|尿布)[^。!?]{0,16}(?:臭|有味|味道|堆了|堆成)|"
            r"(?<![a-z])(?:nappies|nappy|diapers?)[^.!?]{0,40}(?:smell\w*|stink\w*|reek\w*|"
            r"piling|piled)|"
            # a bag smelling so that it draws flies (味太大招苍蝇, the smell is bringing flies)
            r"(?:味|臭)[^。!?]{0,8}(?:招|引)(?:来)?(?:苍蝇|虫子|蚊虫)|"
            r"(?<![a-z])(?:smell\w*|stink\w*|bags?)[^.!?]{0,30}(?:attract\w*|bring\w*|draw\w*) "
            r"(?:the )?flies(?![a-z])|"
            # waste to be collected (collecting medical waste, a diaper bag, recycling)
            r"(?<![a-z])(?:diaper|nappy|recycling) bags?(?![a-z])|"
            r"(?<![a-z])(?:we have|we'?ve got|we got|i have|i'?ve got|i got|there'?s|there are) "
            r"(?:a|one|two|three|four|"
            r"\d+|a few|several|some) (?:full )?bags?(?: of [a-z ]{1,20}?)? (?:at|outside|by)"
            r"(?![a-z])|"
            # bags of it counted at the door or waiting (we've got 4 bags by the door, mostly
            # diapers; a few bags waiting at D-1602)
            r"(?<![a-z])(?:\d+|two|three|four|five|six|several|a few) (?:full )?bags? (?:(?:by|at|"
            r"outside) (?:the|our|my) door|waiting|sitting|piled|"
            # or outside a flat named by its number (grab the 3 bags outside 10-2-404)
            r"outside (?:flat |room |unit |#)?\d{1,3}-(?:\d{1,2}-)?\d{3,4})(?![a-z])|"
            # rubbish told at a flat (rubbish at 903, will leave it out; trash out at 8-1-802)
            r"(?<![a-z])(?:rubbish|trash|garbage)(?: bags?)?(?: is| are|'s)?(?: out)? at "
            r"(?:flat |room |rm |unit |#)?(?:\d{1,3}-(?:\d{1,2}-)?\d{3,4}|\d{3,4})(?![\d:]|\.\d)"
            r"(?!\s*(?:am|pm|o'?clock|tonight|today|tomorrow|this|every)(?![a-z]))"
            # (the rubbish at 1504 has been collected: done, no order)
            r"(?![^.!?]{0,24}(?:has|have|had|was|were|got|is|are) (?:been |now |all |already )?"
            r"(?:collected|picked up|cleared|taken|removed|gone|done)(?![a-z]))|"
            # rubbish counted by the bag (2 bags of rubbish at 9-2-502), or named beside the flat
            # and nothing else (垃圾 3-502): to be collected
            r"(?<![a-z])(?:\d+|a|one|two|three|four|five|several|a few) "
            r"(?:full |big |large |small )?bags? of "
            r"(?:rubbish|trash|garbage|waste|recycling)(?![a-z])|"
            rf"^\W*(?:厨余垃圾|垃圾|厨余|rubbish|trash|garbage)\s*(?:[:：,，]\s*)?{_FLAT_ALONE}"
            rf"\W*{_THANKS_ALONE}?\W*$|"
            # the thanks before the flat (垃圾 谢谢 9-2-1101, rubbish please 3-1-502)
            rf"^\W*(?:厨余垃圾|垃圾|厨余|rubbish|trash|garbage)\W*{_THANKS_ALONE}\W*{_FLAT_ALONE}\W*$|"
            # the flat in words or digits, then the rubbish and thanks (二单元八零二 垃圾 谢谢)
            rf"^\W*{_FLAT_ALONE}\s*(?:[:：,，]\s*)?"
            rf"(?:厨余垃圾|垃圾|厨余|rubbish|trash|garbage)\W*{_THANKS_ALONE}?\W*$",
            (
                "门口的垃圾三天没人收了",
                "trash outside my door since Monday",
                "Kitchen waste is starting to smell lol, pickup whenever you can",
                "garbage piling up in the corridor by 1203",
                "we have three bags by the door, mostly kitchen scraps",
                "Is someone collecting medical waste today? We have a bag of used test kits at 6-2",
                "we have a few bags waiting at D-1602",
                "is someone collecting rubbish today? I've got 3 bags at 4-1-901 waiting",
                "anyone doing the bins this morning? I have two bags outside 7-2-302",
                "the rubbish hasn't been collected since Tuesday, it stinks, 2-1-301",
                "用过的纸尿裤堆了好几袋 臭得不行 能来收吗",
                "厨余再不收就要臭了 5-2-703",
                "垃圾 3-1-502 谢谢",
                "二单元八零二 垃圾 谢谢",
                "厨余 麻烦了 3-1-502",
                "5-1-302 rubbish, thanks",
                "used diapers in a bag by the door, it really stinks now, 2-2-801",
                "门口两袋纸尿裤 已经有味道了 6-1-402",
                "老人的尿不湿一天好几包 门口放着 味道大 12栋2单元603",
                "dirty nappies piling up by the door, 1406",
                "门口那袋 味太大招苍蝇 5-1-901",
                "the bag outside 1702 is ours, the smell is bringing flies",
                "could someone grab the 3 bags outside 10-2-404",
                "two rubbish bags at 7-2-301 for when you're on your round",
                "门口的垃圾 志愿者巡楼的时候收一下 5-1-202",
                "Rubbish out front of 3-1-202, one bag, cheers",
                "We put our recycling out, mostly bottles - thanks to whoever collects, 6-502",
            ),
            (
                "垃圾袋买好了",
                "could you buy bin bags when you go to the shop",
                "remember to put the bins out tonight",
                "the van parked out front",
            ),
        ),
        Category.GARBAGE,
    ),
    # Rubbish put out at the door (放在门口了) waits to be collected; 已经放门口了 reports.
    (
        Rule(
            "left-out",
            r"(?<!已)(?<!已经)放(?:在|到)?(?:家)?(?:门口|门外|楼道|电梯口)|"
            # hung on the door handle (废物袋挂门把手上了, left the bag on the door handle)
            rf"{_ON_HANDLE_ZH}|{_ON_HANDLE_EN}|"
            # left by the door, after the ask (please collect …, left it by the door)
            r"(?<![a-z])(?:left|put|placed) (?:it|them) (?:by|at|next to) (?:the |my |our )?door"
            r"(?![a-z])|"
            # rubbish named, then the flat's door it waits outside (two rubbish bags and a box of
            # cardboard outside room 1701)
            r"(?<![a-z])(?:rubbish|trash|garbage|cardboard|recycling|waste)(?![a-z])[^.!?]{0,40}? "
            r"outside (?:(?:my|our|the) door|(?:flat |room |rm |unit |#)?\d)|"
            # rubbish counted, then put out already: still to be collected (厨余垃圾一袋 已放门口)
            r"(?:垃圾|厨余|纸箱|垃圾袋)\s*[一两二三四五六七八九十\d]\s*(?:袋|包|箱|个|堆)[\s,]*"
            r"已(?:经)?放(?:在|到)?(?:家)?(?:门口|门外|楼道|电梯口)|"
            r"[一两二三四五六七八九十\d]\s*(?:袋|包|箱|堆)\s*(?:垃圾|厨余|纸箱)[\s,]*"
            r"已(?:经)?放(?:在|到)?(?:家)?(?:门口|门外|楼道|电梯口)|"
            r"(?<![a-z])(?:(?:left|put) (?:it |them )?outside|outside (?:the|my|our) door)"
            r"(?![a-z])|"
            # left, then what was left, then where (left a bag of garbage outside room 1311)
            r"(?<![a-z])(?:left|put|placed) (?:a|an|the|two|three|some|\d) [^.!?]{0,40}?"
            r"(?:outside|by|at) (?:the |my |our )?(?:door|room|flat|unit|lift|\d)|"
            # the bag told where it waits (bag outside 5-1-302 whenever, just kitchen waste)
            r"(?<![a-z])(?:bags?|bin bags?|rubbish|trash|garbage)(?: is| are)? outside "
            r"(?:(?:my|our|the) door|(?:flat |room |unit |#)?\d)|"
            # the household's own told waiting by the door (is anyone collecting? ours is by
            # the door)
            r"(?<![a-z])(?:ours|mine)(?: is| are|'s)? (?:by|at|outside) (?:the |my |our )?door"
            r"(?![a-z])|"
            # the bag told ready at the door (medical waste bag ready at my door, 8-2-603)
            r"(?<![a-z])(?:bags?|rubbish|trash|garbage|waste)(?![a-z])[^.!?]{0,40}? (?:is |are )?"
            r"(?:ready|waiting) (?:at|by|outside) (?:the |my |our )?door(?![a-z])|"
            # rubbish, the flat, the door: nothing else (垃圾 5栋2单元 602 门口)
            r"(?:垃圾|厨余|医废)[\s\d栋幢座单元号楼室a-z-]{3,20}门口",
            (
                "两袋厨余放在门口了",
                "has the rubbish round been yet? mine's outside the door, 6-1-302",
                "two bags outside 6-2-101 when you pass, just recycling",
                "I left it outside the door",
                "厨余垃圾一袋 已放门口 三号楼一单元601",
                "Left a bag of garbage and a box of recycling outside room 1311",
                "Medical waste bag (used test kits) ready at my door, 8-2-603",
                "垃圾 5栋2单元 602 门口 谢谢",
            ),
            (
                "已经放门口了",
                "the bags outside were gone this morning",
                "垃圾桶 5栋门口 满了",
                "your bags are ready for pickup at the gate",
            ),
        ),
        Category.GARBAGE,
    ),
    # Goods counted out with a shop's unit (两箱农夫山泉, 一提维达): a purchase even when the
    # goods themselves are unknown; a price (十块一斤) counts money, not goods.
    (
        Rule(
            "goods",
            r"(?:(?<![\d.])\d{1,2}|[一两二三四五六七八九十几])\s*(?:箱|瓶|袋|桶|提|罐|包|斤|公斤|打|板|听)"
            r"(?=[\u4e00-\u9fffa-z])(?![\u4e00-\u9fff]{0,2}(?:钱|块|元))(?!东西)|"
            # the same goods as shown, counted only (回复: 就是这个 [图片] 也帮我带两袋)
            r"(?:带|买|团|订)(?:\d{1,2}|[一两二三四五六七八九十几])\s*(?:箱|瓶|袋|桶|提|罐|包|斤)(?=\s|$)|"
            r"(?<![a-z])(?:(?:\d{1,2}|a|an|one|two|three|four|five|six) "
            r"(?:boxes|box|bottles?|bags?|"
            r"packs?|cartons?|cans?|cases?|jars?|packets?|dozen|kg|kilos?)|\d{1,2}(?:kg|kilos?)) "
            r"(?:of )?[a-z]",
            (
                "帮我订两箱农夫山泉",
                "Kindly arrange 5kg atta",
                "就是这个 [图片] 也帮我带两袋 3-1-502",
            ),
            ("两箱一百块钱", "一袋东西"),
        ),
        Category.GROCERIES,
    ),
    # A parcel's pickup code given with no request: the parcel is to be fetched.
    (
        Rule(
            "pickup-code",
            r"(?:取件码|取货码|提货码|取餐码|快递码)|"
            # a code told after a parcel locker or station (快递柜有我的东西 码是 772190)
            r"码(?:是|为)?\s*[:：]?\s*\d{4,8}(?!\d)|"
            r"(?<![a-z])(?:pickup |pick-up |collection )?code\s*[:#]?\s*\d",
            ("快递在驿站 取件码 3-2-8812", "parcel at east gate, code 8842"),
            ("二维码", "postcode"),
        ),
        Category.ERRAND,
    ),
    # Paying a bill is an errand whatever the bill is for (宽带到期了 断网了 谁能帮忙交一下网费).
    (
        Rule(
            "payment",
            r"(?:交|缴|付)(?:一下|下)?[^。!?,\s]{0,4}费|充值|续(?:一下|个|下)?费|"
            r"(?<![a-z])pay (?:the |my |our |a )?(?:[a-z]+ )?(?:bill|fee)s?(?![a-z])|"
            # a meter or card topped up (哪位帮忙充一百, could anyone top it up)
            r"充(?:个|点)?(?:[一两二三四五六七八九十百千\d]+\s*(?:块|元|百|十)?|钱)(?!电)|"
            # the meter's units topped up, few left (帮忙给我家充点电 还剩3度)
            r"充(?:点|些|一点|一下)?电(?=[^。!?]{0,12}(?:剩[^。!?]{0,4}度|度电|电表|余额|电费))|"
            r"(?<![a-z])(?:top(?:ping|ped)? "
            r"(?:it |them |the meter |my meter |the card |my card |us )?"
            r"up|top-up|recharg\w*|add (?:some )?credit)(?![a-z])",
            (
                "谁能帮忙交一下网费",
                "can someone pay the gas bill",
                "电表嘀嘀叫 说余额不足 哪位帮忙充一百",
                "Electricity meter shows 3 kWh left, could anyone top it up?",
                "帮忙给我家充点电 电表只剩2度了",
            ),
            ("交作业", "payday", "手机帮我充点电 还剩3%"),
        ),
        Category.ERRAND,
    ),
)
_SIGN = {rule.name: compile_prefiltered(rule.regex) for rule, _ in SIGNS}
FAULT = _SIGN["fault"]
BROKEN = _SIGN["broken"]
GARBAGE_WAITING = _SIGN["waiting"]
LEFT_OUT = _SIGN["left-out"]
UNNAMED_GOODS = _SIGN["goods"]
PICKUP_CODE = _SIGN["pickup-code"]
PAYMENT = _SIGN["payment"]

# A neighbour's fault asked about (是哪家跳闸了, 谁家漏水了).
OTHERS_FAULT = compile_prefiltered(r"(?:是)?(?:哪家|谁家|哪户|哪一户)")

# Rubbish to be thrown out or collected from the door: the garbage is what is asked for
# (快递纸箱 能帮忙扔一下吗, 用过的试剂盒一袋 放门口了 麻烦收一下).
_DISPOSE = compile_prefiltered(
    r"(?<!已经)(?<!已)扔|丢掉|丢一下|倒掉|倒一下|倒出去|倒不出去|处理掉|拎下去|提下去|拿下楼|带下楼|清走|清运|"
    r"装了(?:[一两三四五六几]|\d)?大?袋[^。!?]{0,12}(?:带|拿|拎|提)下去|"
    # a bag put out at the door to be taken down (猫砂一大袋 放门口了 辛苦带下去)
    r"(?:[一两三四五六几]|\d)大?袋[^。!?]{0,4}(?:放|搁|摆)(?:在)?(?:门口|门外)了?[^。!?]{0,8}"
    r"(?:带|拿|拎|提)下去|"
    r"(?<![a-z])(?:bags? of [a-z ]{1,24}(?:is|are) (?:by|at|outside) (?:my|our|the) door"
    r"[^.!?]{0,30}take (?:it|them) down)(?![a-z])|"
    r"(?<![a-z])(?:throw (?:it |them |this )?(?:away|out)|(?:remove|clear away|take away) "
    r"(?:the |this |my |a |our |these |those |some |all )?(?:[a-z]+ ){0,2}(?:bags?|"
    r"rubbish|trash|garbage|boxes|box|bottles|cartons|junk|waste)|"
    r"dispose|disposal|bin it)(?![a-z])"
)

_COLLECT_AT_DOOR = compile_prefiltered(
    r"收(?:一下|走|掉)|(?:清|拿|取|带)走|清理|(?<=请)处理|(?<=帮忙)处理|(?<=帮我)处理|处理一下|"
    r"(?<![a-z])collect(?:ed)?(?![a-z])"
)

# Things no longer wanted (废旧电池, 过期的药, 装修剩下的木板) taken away or recycled: rubbish.
_WASTE_THING = compile_prefiltered(
    r"废旧|废弃|废(?=盒|纸|品|料|物|袋)|过期|用过|用完的|用剩的|不要的|没用的|剩下的|"
    # food gone bad (坏掉的肉, 变质的牛奶, rotten veg)
    r"(?:坏|烂|臭|馊)(?:掉|了)的|变质的?|发霉的?|发臭的?|"
    # what was changed out and is done with (猫砂换下来了一大袋, the old litter changed out)
    r"(?:换|清|撤|拆)下来(?:了|的)|(?<![a-z])(?:changed|cleaned|cleared) out(?![a-z])|"
    # what the fridge was cleared of (冰箱清出来的坏东西)
    r"(?:冰箱|冰柜|柜子|屋里|家里)(?:里)?清出来的|"
    r"(?<![a-z])(?:spoiled|spoilt|rotten|gone-off|mouldy|moldy|dirty|soiled)(?![a-z])|"
    # food told gone bad (肉全臭了, the food went off after the power cut)
    r"(?:肉|菜|鱼|饭|食物|吃的|水果|牛奶|奶)[^。!?\s]{0,2}(?:坏|烂|臭|馊)(?:掉)?了|"
    r"(?<![a-z])(?:went|gone|has gone|have gone) (?:off|bad|rotten)(?![a-z])|"
    r"(?<![依仍])旧(?![的了]?[坏])|黄色?袋|"
    r"破(?=[^,。!?\s]{0,2}(?:椅|桌|柜|沙发|床|凳|箱))|"
    # boxes emptied of parcels, to go down (门口的纸箱带下去 快递箱太多了)
    r"纸箱|纸壳|纸皮|快递箱|快递盒|泡沫箱|"
    r"(?<![a-z])(?:used|medical waste|yellow (?:medical )?(?:waste )?bags?)(?![a-z])"
)

_TAKE_AWAY = compile_prefiltered(
    r"带走|拿走|清走|搬走|拉走|运走|搬下去|带下去|拿下去|拎下去|回收|处理|来收|收一下|收下|收走|来拿|"
    # the rubbish itself begged collected (鱼内脏臭了 求收垃圾)
    r"(?:求|请|麻烦|帮忙)收(?:一下)?垃圾|"
    # the collection begged last, before the flat (门口三袋 麻烦收 6-3-801)
    r"(?:求|麻烦|帮忙)收(?:一下|走)?(?=\s*(?:$|\d|[,，.。!！]|谢))|"
    r"(?<![a-z])picked up(?![a-z])|"
    r"请收(?![到好藏])|"
    r"(?<![a-z])(?:take (?:it |them |these |those |this )?away|haul|clear|collect|"
    r"pick (?:it |them |these |those )?up|"
    # carried down to the bins (used test kits bagged at the door, take them down?)
    # taken, the ask's last words (rotten food in a bag at my door, pls take it)
    r"take (?:it|them|these|those)(?=\s*(?:$|[,.!?]|pls|please|thanks|thx|\d))|"
    r"(?:take|bring|carry) (?:it |them |these |those |the bags? |the (?:bin|rubbish|trash) bags? |"
    r"this )?down(?:stairs)?|"
    # the bag asked to go (bag's outside, could it go today?)
    r"(?:it|they|these|this|them) (?:go|be gone) (?:today|tonight|now|soon|down|away|out))"
    r"(?![a-z])"
)
_RUBBISH_NAMED = compile_prefiltered(r"垃圾(?!袋|桶)|医疗垃圾袋|废物|医废|厨余")
# Goods named only as where the rubbish came from (the waste bag from our antigen tests).
_WASTE_FROM = compile_prefiltered(
    r"(?<![a-z])(?:waste|rubbish|trash|garbage|bags?)(?![a-z])[^.!?]{0,30}(?<![a-z])from "
    r"(?:our |my |the |his |her |their |all the |all our )?$"
)
# Goods named only as what the rubbish is (抗原检测的医疗废物, 奶粉箱): rubbish when it goes out.
_WASTE_AFTER = compile_prefiltered(
    r"^(?:检测|试剂|测试)?(?:盒|卡|棒)?的?(?:医疗)?(?:废物|垃圾|废弃物)|^(?:箱|盒|罐|袋)(?!子?里)"
)

_AT_DOOR = compile_prefiltered(
    r"门口|门外|一袋|袋子|装(?:好)?袋|扎(?:好)?口|打包好|用过的|用完的|废弃|垃圾(?!袋)|"
    r"(?<![a-z])(?:outside|bags?)(?![a-z])"
)

_PARCEL = compile_prefiltered(r"快递(?!纸箱|盒|箱|袋)|包裹|(?<![a-z])(?:parcel|package)(?![a-z])")

_BUYING = compile_prefiltered(
    r"买|购|团|带点|(?<![a-z])(?:buy|get|grab|need|order)(?![a-z])|没了|用完"
)

# Medicine already being taken (吃药也不退, took some ibuprofen) is not what is asked for.
_TAKEN_BEFORE = compile_prefiltered(
    # (医生说可以吃, 能吃: a drug allowed, not one taken)
    r"(?:(?<!可以)(?<!能)吃了?|吃过|服了?|用了|喝了)$"
    r"|(?<![a-z])(?:took|taken|taking) (?:some |my |his |her |the )?$"
)

# The verb of a request that names no known goods sets the category (配两盒 is medicine);
# tried in this order.
VERBS: tuple[tuple[Rule, Category], ...] = (
    (
        Rule(
            "refill",
            r"配(?:一|点|些|[两二三四五六七八九十\d]|盒|瓶)|(?<![a-z])refill",
            ("帮忙配两盒", "can someone refill my prescription"),
            ("配合一下", "the fridge is full"),
        ),
        Category.MEDICINE,
    ),
    (
        Rule(
            "fix",
            # a locksmith asked for (找个开锁的) is a repair too
            r"修一下|修理|来修|维修|(?<!装)修好|修下|开锁|换锁|(?<![a-z])(?:fix|repair|locksmith)(?![a-z])",
            ("能来修一下吗", "can someone fix it", "门打不开了 能找个开锁的吗", "need a locksmith"),
            ("装修好吵", "a prefix"),
        ),
        Category.REPAIR,
    ),
    (
        Rule(
            "throw-out",
            r"倒一下|倒掉|扔一下|扔掉|丢一下|丢掉|拿下去|带下去|帮[^。!?]{0,2}(?:扔|丢)|"
            r"处理掉|清运|清走|拉走|"
            r"(?:扔|丢)(?:了|下|走)(?:吧|吗|么|呗)|"
            r"(?<![a-z])(?:take (?:it|them|this) (?:out|down)|throw (?:it|them) (?:out|away))",
            ("谁能帮忙扔一下", "could you take it down for me"),
            ("倒霉", "take it easy"),
        ),
        Category.GARBAGE,
    ),
    (
        Rule(
            "pay",
            r"交一下|缴一下|充一下|充下|交下|缴下|充值|"
            r"(?<![a-z])(?:pay|top(?:ped|ping)? (?:it |this |them |my [a-z]+ )?up)(?![a-z])",
            (
                "电费帮我交一下",
                "can someone top up my meter",
                "My phone's out of credit, could anyone top it up 30 yuan?",
                "need the gas card topped up, 100 yuan please",
                "water card needs topping up, can anyone help? 3-1-202",
            ),
            ("交流一下", "payment received"),
        ),
        Category.ERRAND,
    ),
    (
        Rule(
            "fetch",
            r"取一下|拿一下|拿上来|送上来|寄一下|(?:带|拎|提|扛|搬|拿|送)上(?:来|楼)|送下去|"
            r"(?:取|拿|带)回来|"
            # taken somewhere on the way (谁顺路帮送一下, 帮忙送过去)
            r"(?:帮(?:忙|我|我们)?|顺路|顺便)送(?:一下|一趟|过去|下去)(?!祝福|温暖|问候)|"
            # a letter or parcel sent off, a thing taken back (把信寄出去, return a library book)
            r"寄出去|寄走|寄(?:个|一个|一封|封)?(?:信|包裹|件)(?![^。!?\s]{0,2}(?:到了|收到))|"
            r"(?<![a-z])return (?:a |the |my |our |some |these |those )?(?:[a-z]+ ){0,2}"
            r"(?:books?|parcels?|packages?|items?|dvds?)(?![a-z])|"
            r"(?<![a-z])(?:pick (?:it |them )?up|post|mail|collect|fetch|"
            r"(?:bring|carry) (?:it |them |this |that )?up)(?![a-z])",
            (
                "谁下楼顺路带上来",
                "could a volunteer bring them up?",
                "麻烦帮我把这个包裹寄出去 单子填好了",
                "could someone return two library books for me?",
                "孩子的练习册放门口了 谁顺路帮送一下",
            ),
            ("带上口罩", "a postcard", "寄的信到了吗", "return to sender", "帮忙送一下祝福"),
        ),
        Category.ERRAND,
    ),
    # A remedy named by what it soothes and bought, though not known by name (买支烫伤膏,
    # 买盒治脚气的药): medicine, not shopping.
    (
        Rule(
            "buy-remedy",
            r"买(?:[一两二三四五六七八九十\d]?[支盒瓶管贴片包])?[\u4e00-\u9fff]{0,5}(?:膏|药水|药片|药)"
            r"(?![箱店房铺])",
            ("帮忙买支烫伤膏 5-1-302", "能帮我买盒治脚气的药吗"),
            ("帮忙买点菜", "买药箱"),
        ),
        Category.MEDICINE,
    ),
    (
        Rule(
            "buy",
            r"求购|买一下|买点|买些|买[一两二三四五六七八九十\d]|买[个只支瓶盒包袋件台把双根]|带点|捎点|"
            r"团点|团个|(?<![a-z])(?:buy|grab|get me|find (?:a|me a|us a|some|one))(?![a-z])",
            (
                "帮我买点",
                "could someone grab some for me",
                "谁能帮忙买个typec充电头",
                "求购羽绒被一床 6-2-302",
            ),
            ("买单了", "a buyer"),
        ),
        Category.GROCERIES,
    ),
    # Things handed over to someone (一袋东西 麻烦送到15号楼302): an errand, not a purchase.
    (
        Rule(
            "hand-over",
            r"(?:东西|物品|作业本?|课本|书包|文件|材料|钥匙|登记表|申请表|信息表|表格|单子)"
            r"[^。!?]{0,16}(?:送到|送去|送给|转交|带给|交给|转送|送过来|带过来|拿过来)|"
            r"(?:送到|送去|送给|转交|带给|交给)[^。!?]{0,10}(?:东西|物品)|"
            # things left at someone's home, brought over (落在外婆家了 能帮忙送过来吗)
            r"(?:落在|忘在|留在|丢在)[^。!?]{0,8}(?:家|那里|那儿|那边)[^。!?]{0,24}"
            r"(?:送过来|带过来|拿过来|转送|送回来|带回来|拿回来)|"
            r"(?<![a-z])(?:stuff|things)[^.!?]{0,50}(?:take|bring|deliver|drop) (?:it |them )?"
            r"(?:to|over to)(?![a-z])",
            (
                "我在大门口放了给我妈的一袋东西 麻烦志愿者送到15号楼302",
                "I left some stuff at the gate for my mum, could a volunteer take it to 3-1-202?",
                "哪位下楼帮我把填好的申请表交给网格员 在门把手上挂着",
                "女儿的书包忘在奶奶家了 奶奶就住隔壁楼 能帮忙带过来吗",
                "充电器落在我姐家了 她住5号楼 谁能帮忙拿过来",
            ),
            ("东西收到了", "thanks for the stuff"),
        ),
        Category.ERRAND,
    ),
    # The swab brought to the door (核酸能上门吗, 采样能不能上门): care at home.
    (
        Rule(
            "home-swab",
            r"(?:核酸|采样|抗原|检测)[^。!?]{0,6}上(?:门|楼)|上门[^。!?]{0,2}(?:采|测|核酸)",
            ("老人走不动 明天核酸能不能上门", "采样可以上楼吗 他坐轮椅"),
            ("核酸码上传了", "上门送菜"),
        ),
        Category.MEDICAL,
    ),
    # A carer asked to drop in and look someone over (@Dr Chen could you pop by to check my dad's
    # log?), with nothing else named: a visit.
    (
        Rule(
            "drop-in-check",
            r"(?<![a-z])(?:pop|drop|come|stop|swing) (?:by|round|over|in)(?: [a-z]+){0,2} "
            r"(?:to )?(?:check|look at|see|examine)(?: on)? (?:my|our|her|his|him|them)(?![a-z])|"
            r"(?:过来|上来|来家里|到家里)(?:一趟)?(?:帮)?(?:看看|看一下|瞧瞧)(?:我|他|她)(?:爸|妈|家|的)",
            (
                "Dr Lin, could you drop by to look at my mum's swollen ankle sometime?",
                "王医生 能不能上来一趟看看我爸的伤口",
            ),
            ("could you pop by to drop off the keys?", "有空过来看看我们的新家"),
        ),
        Category.MEDICAL,
    ),
    # A doctor or nurse asked by name to call in (could Dr. Wang drop by?, 王医生能来一趟吗).
    (
        Rule(
            "carer-by-name",
            r"[\u4e00-\u9fff](?:医生|大夫|护士)[^。!?]{0,4}(?:来一趟|来看|上门|过来)|"
            r"(?<![a-z])(?:dr\.?|doctor|nurse) [a-z]+ (?:come|visit|drop by|pop (?:by|in|up|round)|"
            r"stop by|swing by|call in)(?![a-z])",
            ("王医生今天能来一趟吗 老人咳得厉害", "could Dr. Li pop in this afternoon? 5-1-203"),
            ("王医生说不用来了", "Dr. Li came by yesterday"),
        ),
        Category.MEDICAL,
    ),
)
_VERB_PATTERNS = tuple((rule.name, compile_prefiltered(rule.regex), cat) for rule, cat in VERBS)
_FIX_VERB = next(pattern for name, pattern, _ in _VERB_PATTERNS if name == "fix")

# Asking neighbours for goods (谁家有…, 有没有…, anyone have): the goods named after it are what is
# asked for; a device named before is the reason (血压计没电了 谁家有电池 is batteries).
_ASK_FOR_GOODS = compile_prefiltered(
    r"谁家(?:还)?有|谁(?:还)?有|有没有(?!人|谁|哪位|师傅|志愿者|邻居|好心人|大白|物业|医生)|有人有|有多的|多余的|借|匀|"
    r"(?<![a-z])(?:anyone (?:have|has|got)|"
    r"does anyone have|spare)(?![a-z])"
)

# Thanks for goods brought before (还有谢谢昨天送菜的小哥): what they name is not asked for.
_THANKS_FOR = compile_prefiltered(
    r"(?:谢谢|感谢|多谢)[^。!?,;\n]{0,16}|"
    r"(?<![a-z])(?:thanks|thank you) (?:to |for )[^.!?,;\n]{0,30}"
)

# Several requests in one message (顺便, 另外, 1. … 2. …): the first one names the category.
_SEVERAL = compile_prefiltered(
    r"顺便|另外|再(?:帮|带|买|拿|来)|还要|以及|(?:^|\s)1\s*[.、)]|①|"
    r"(?<![a-z])(?:and also|as well|also|plus)(?![a-z])"
)

_REFILL = compile_prefiltered(
    r"(?:配|开|拿|取)[^。!?\s,]{0,5}药|配(?:一下|点|些|个)|续方|(?<![a-z])refill(?![a-z])|"
    # fetched from where it is dispensed (能帮忙去社区医院配吗, 到卫生院开)
    r"(?:去|到|在)[^。!?\s,]{0,6}(?:医院|药店|药房|诊所|卫生院|卫生服务中心)[^。!?\s,]{0,2}"
    r"(?:配|开|拿)(?![^。!?\s,]{0,3}(?:号|检查|化验))|"
    r"(?<![a-z])(?:collect|pick up|fetch|get) (?:my|the|her|his|our) prescriptions?(?![a-z])"
)

_CARER_COMES = compile_prefiltered(
    r"(?:医生|大夫|护士|nurse|doctor)[^。!?]{0,4}(?:来|上门|到家|come|visit)|上门(?:看|打|换|教)|"
    r"(?<![a-z])(?:nurse|doctor|dr\.?) [a-z]+ (?:stop by|drop by|pop (?:by|in|up|round)|swing by)|"
    # a carer asked to do a procedure (a nurse to change his catheter, 护士帮忙换一下尿管)
    r"(?<![a-z])(?:nurse|doctor)s? to (?:change|dress|insert|remove|flush|put in|take out)"
    r"(?![a-z])|"
    r"(?:护士|医生|大夫)(?:帮忙|帮[^。!?,\s]{0,2}|给[^。!?,\s]{0,2})?(?:换|拔|插|冲)|"
    # a home visit arranged, a tube changed at home (arrange a home visit? his catheter changed,
    # 安排个上门 尿管要换了)
    r"(?<![a-z])(?:arrange|book|request|get|have|need) (?:a |an )?(?:home|house) (?:visit|call)"
    r"(?![a-z])|安排(?:个|一下|一个)?(?:医生|护士)?上门|"
    r"(?<![a-z])(?:his|her|my|the) (?:urinary )?(?:catheter|feeding tube|stoma bag) "
    r"(?:changed|replaced|flushed|taken out|removed)(?![a-z])|"
    # someone from the clinic asked to the home (请社区卫生站的来家里换一下)
    r"(?:卫生站|卫生院|卫生服务中心|社区医院|诊所)的(?:人|医生|护士)?(?:来|上门)|"
    r"(?<![a-z])(?:someone|anyone|somebody) from the (?:community )?(?:clinic|health (?:centre|"
    r"center)) (?:to )?(?:come|visit|pop|drop)(?![a-z])"
)

# Asking to see a doctor or book care (想看牙医, 约一下门诊, 面诊): care, whatever drug is named.
_SEE_CARE = compile_prefiltered(
    r"看[^。!?,]{0,2}(?:医生|牙医|大夫|门诊|中医|急诊)|预约|约[^。!?,]{0,6}(?:门诊|号|医生)|挂号|"
    r"面诊|问诊|(?<![a-z])(?:see (?:a|the) (?:doctor|dentist|gp)|appointment)(?![a-z])|"
    # a dose to be set by the doctor (请社区医生帮忙调一下胰岛素剂量)
    r"调[^。!?\s]{0,8}(?:剂量|药量|用量)|"
    r"(?<![a-z])(?:adjust|change|review|lower|raise)(?: [a-z']+){0,3} (?:dose|dosage)s?(?![a-z])"
)

_TEST_KITS = frozenset({"抗原", "抗原试剂", "试剂盒", "antigen test", "rapid test", "test kit"})

_FETCH_KIT = compile_prefiltered(
    r"领|取一下|拿一下|帮[^。!?]{0,3}(?:取|拿)|发的|(?<![a-z])(?:collect|pick up)(?![a-z])"
)

_BUYING_KIT = compile_prefiltered(r"买|购|(?<![a-z])buy(?![a-z])")

# Fetching goods already waiting somewhere (at the gate, the milk station, the lobby) is an errand.
_FETCH_UP = compile_prefiltered(
    r"(?:拿|拎|提|搬|送|扛|带)上(?:来|楼)|拿一下|取一下|拿回来|取回来|"
    r"帮[^。!?]{0,3}(?:拿|取|拎)(?!点|些)|(?<![a-z])(?:pick (?:it |them )?up|collect|"
    r"(?:bring|carry) (?:it |them |this |that )?(?:up|to)|fetch|"
    r"(?:any|some) ?(?:one|body) (?:going|heading|headed) down)"
    r"(?![a-z])"
)

_PICKUP_PLACE = compile_prefiltered(
    r"门口|门卫|门岗|岗亭|传达室|大厅|楼下|一楼|驿站|[奶站]站|保安|快递柜|自提|小区门|大门|"
    r"(?<![a-z])(?:gate|lobby|downstairs|front desk|reception|station|guard|security|"
    r"doorman|concierge)(?![a-z])"
)

# Goods carried to another household (把一袋橘子送到4-1-502我婆婆家): a hand-over, not a purchase.
_TO_ANOTHER_FLAT = compile_prefiltered(
    r"(?:送到|送去|送给|带给|拿给|交给|转交)[^。!?\s]{0,3}(?:\d{1,3}-(?:\d{1,2}-)?\d{3,4}|"
    r"\d{1,3}(?:栋|幢|号楼)[^。!?\s]{0,6})[^。!?\s]{0,6}家|"
    r"(?<![a-z])(?:take|bring|deliver|drop) (?:it |them |this )?(?:over )?to (?:my )?"
    r"(?:mum|mom|mother|dad|father|grandma|grandpa|sister|brother|aunt|uncle|in-laws?|"
    r"mother-in-law|father-in-law)(?:'s)?(?: (?:place|flat|home))? (?:in|at) \d|"
    # or goods left at someone's home, brought over (充电器落在我姐家了 能帮忙带过来吗)
    r"(?:落在|忘在|留在|丢在)[^。!?]{0,8}(?:家|那里|那儿|那边)[^。!?]{0,24}"
    r"(?:送过来|带过来|拿过来|转送|送回来|带回来|拿回来)"
)

_PURCHASE = compile_prefiltered(
    r"买|(?<!团)购|代购|下单|订(?!单号|在|好|了|过|的)|(?<![a-z])(?:buy|shop)(?![a-z])|"
    # an order placed already and held up (my food order is stuck at the gate) is to be fetched
    r"(?<![a-z])order(?![a-z])(?! (?:is|was|has|got|came|arrived|stuck|sitting|waiting))|"
    # the goods' price offered (pick up a bag of ice and some drinks? I'll pay): bought
    r"(?<![a-z])(?:i'?ll|we'?ll|i will|we will) pay(?![a-z])(?! (?:you )?(?:for|back) (?:your|the) "
    r"(?:time|trouble|help|fee|postage|delivery))"
)

# Chinese writers end a clause with a space as often as with a comma (修好了谢谢👍 另外…).
_CLAUSE_END = compile_prefiltered(r"[,。!?;~\n]|(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")

# Small talk before a request (昨天的菜很新鲜谢谢团长～另外…垃圾…): its goods are not asked for.
_SMALL_TALK = compile_prefiltered(
    r"谢谢|感谢|多谢|昨天|前天|上次|早上好|早安|(?<![a-z])(?:thanks|thank you|yesterday)(?![a-z])|"
    r"修好了|收到了|已经(?:自己)?(?:交|买|充)了|自己交了|不用买"
)
# What is done or not wanted, told beside an ask (热水器修好了谢谢👍, 买的菜收到了, 还有 不用买).
_DONE_TOLD = compile_prefiltered(r"修好了|收到了|已经(?:自己)?(?:交|买|充)了|自己交了|不用买")


# Food told as what was eaten (stomach burning after eating spicy 团购 food, 吃了团购的海鲜 拉肚子):
# the cause of the trouble, not the goods asked for.
_EATEN_BEFORE = compile_prefiltered(
    r"(?:吃了|吃完|吃过|喝了|喝完)[^。!?,\s]{0,6}$|"
    r"(?<![a-z])(?:ate|eaten|eating|drank|drinking|drunk)(?![a-z])[^.!?,]{0,24}$"
)

# Food named as what is to be planted (想种点葱 谁家有花盆, want to grow some scallions): a plant
# to grow, not food to buy.
# What hurt someone, told just before it (被油溅了, 被开水烫了, burnt by hot oil): not goods.
_HURT_BY = compile_prefiltered(r"被$|(?<![a-z])(?:burnt|burned|splashed|scalded) (?:by|with) $")
_TO_PLANT = compile_prefiltered(
    r"(?:想|要|打算|准备|可以|来|自己)种(?:点|些|一些|几棵|几颗)?$|"
    r"(?<![a-z])(?:to|want to|wanna|going to|'ll) grow (?:some |a few |my own |our own )?$"
)


_SUPPLY_FAULT = compile_prefiltered(_SUPPLY_FAULT_EN)
# Used sharps asked taken away (胰岛素针头攒了一盒 能帮忙收走吗, a box of used lancets to
# collect): medical waste, not a drug to buy.
_SHARPS = compile_prefiltered(
    r"针头|针管|注射器|采血针|(?<![a-z])(?:needles?|sharps|syringes?|lancets?)(?![a-z])"
)
_TAKEN_AWAY = compile_prefiltered(
    r"收走|拿走|带走|扔掉|扔了|处理掉|回收|(?<![a-z])(?:take (?:them |it )?away|collect(?:ed)?|"
    r"get rid of|dispose of|throw (?:them |it )?(?:out|away))(?![a-z])"
)

# What is in the fridge told gone bad (冰箱里的东西全坏了, 冰柜里的肉要坏了): the food spoiled, not
# the fridge broken.
_FRIDGE_CONTENTS = compile_prefiltered(
    r"(?:冰箱|冰柜|冷柜|冷冻室|冷藏室|冷冻层|冷藏层)(?:里|里面|里头)(?:的)?[^。!?,，\s]{0,6}$"
)


def broken_fixture(text: str) -> re.Match[str] | None:
    """The first fixture told broken (门锁坏了), not the fridge's food gone bad."""
    for broken in BROKEN.finditer(text):
        if not _FRIDGE_CONTENTS.search(text, max(0, broken.start() - 14), broken.start()):
            return broken
    return None


# A fixture told to need replacing (插座冒火花 拔了 就是得换一个; the socket needs replacing): a
# repair still to do, though nothing is broken now.
REPLACE_NEEDED = compile_prefiltered(
    r"(?:得|要|需要|必须|该)(?:重新)?换(?:一个|个新的|个|新的|掉)(?![^。!?]{0,3}(?:[吗么]|\?))|"
    r"(?<![a-z])(?:needs?|has|have) (?:to be )?(?:replac(?:ing|ed)|a new one|swapp(?:ing|ed) "
    r"out)(?![a-z])"
)
_ON_HANDLE = compile_prefiltered(f"{_ON_HANDLE_ZH}|{_ON_HANDLE_EN}")


def scores_by_category(
    text: str, terms: list[Term]
) -> tuple[dict[Category, int], dict[Category, str]]:
    """Weight per category and the first word that showed it."""
    scores: dict[Category, int] = {}
    first: dict[Category, str] = {}
    eaten_only = True  # every food named was eaten: with other goods named, none is asked
    buying = _BUYING.search(text) is not None
    disposing = buying and asks_to_dispose(text)
    thrown = asks_to_dispose(text)
    wasted = _WASTE_THING.search(text) is not None and thrown
    mend = _FIX_VERB.search(text) is not None and has_fault(text)
    for term in terms:
        category = term.category
        if category is None:
            continue
        if mend and category is Category.MEDICINE and term.word in lexicon.DEVICES:
            category = Category.REPAIR  # 制氧机显示故障 能来修一下吗: the device is mended
        if wasted and _WASTE_THING.search(text, max(0, term.start - 4), term.start):
            category = Category.GARBAGE  # 用完的试剂盒 能来收一下吗: goods used up are rubbish
        elif thrown and _WASTE_AFTER.match(text[term.end : term.end + 10]):
            category = Category.GARBAGE  # 抗原检测的医疗废物 谁来拿一下, 奶粉箱 带下去
        elif thrown and _WASTE_FROM.search(text, max(0, term.start - 48), term.start):
            category = Category.GARBAGE  # the waste bag from our antigen tests, take it away
        if category is Category.MEDICINE and _TAKEN_BEFORE.search(
            text, max(0, term.start - 12), term.start
        ):
            continue
        if category is Category.GROCERIES and _TO_PLANT.search(
            text, max(0, term.start - 24), term.start
        ):
            continue  # 想种点葱: a plant to grow, not food to buy
        if category is Category.GROCERIES and _HURT_BY.search(
            text, max(0, term.start - 16), term.start
        ):
            continue  # 被油溅了 想买支烫伤膏: what hurt, not food to buy
        if (
            category is Category.MEDICINE
            and not buying
            and _SHARPS.search(term.word)
            and _TAKEN_AWAY.search(text)
        ):
            category = Category.GARBAGE  # 针头攒了一盒 能帮忙收走吗: used sharps to collect
        if term.word == "water" and any(
            fault.start() <= term.start < fault.end() for fault in _SUPPLY_FAULT.finditer(text)
        ):
            category = Category.REPAIR  # the water came back brown: the supply, not goods
        if term.word.rstrip("s") in lexicon.BAGS and buying and not disposing:
            category = Category.GROCERIES
        if category is Category.GROCERIES and not _EATEN_BEFORE.search(
            text, max(0, term.start - 32), term.start
        ):
            eaten_only = False
        scores[category] = scores.get(category, 0) + term.weight
        first.setdefault(category, term.word)
    if eaten_only and Category.GROCERIES in scores and len(scores) > 1:
        del scores[Category.GROCERIES]  # antacid please, burning after eating spicy food
        del first[Category.GROCERIES]
    return scores, first


def by_verb(text: str) -> tuple[Category, str] | None:
    """The category a request's verb implies when it names no known goods (配两盒 is medicine),
    with the verb rule's name."""
    for name, pattern, category in _VERB_PATTERNS:
        if pattern.search(text):
            return category, name
    return None


# A fault denied (staff checked everything, no leak; 检查过了 没有漏水): none is told.
_DENIED_BEFORE = compile_prefiltered(
    r"(?:没有?|并没有?|(?<!是)不是|无)$|(?<![a-z])(?:no|not|without|never|nothing)\s+$"
)


def told_fault(text: str) -> re.Match[str] | None:
    """The first fault told and not denied."""
    for fault in FAULT.finditer(text):
        if not _DENIED_BEFORE.search(text, max(0, fault.start() - 8), fault.start()):
            return fault
    return None


def has_fault(text: str) -> bool:
    """A fault or a repair verb: what makes a named fixture a repair."""
    return bool(FAULT.search(text) or BROKEN.search(text) or _FIX_VERB.search(text))


def asks_to_dispose(text: str) -> bool:
    """Whether the message asks for something to be thrown out or collected from the door."""
    if _DISPOSE.search(text):
        return True
    if (_WASTE_THING.search(text) or _RUBBISH_NAMED.search(text)) and _TAKE_AWAY.search(text):
        return True  # 医疗垃圾 能帮拿下去吗: the rubbish, not the test kit it was
    if (_WASTE_THING.search(text) or _RUBBISH_NAMED.search(text)) and _ON_HANDLE.search(text):
        return True  # 抗原检测的废物袋挂门把手上了: hung out for the round
    return bool(
        _COLLECT_AT_DOOR.search(text) and _AT_DOOR.search(text) and not _PARCEL.search(text)
    )


def asked_after(
    scores: dict[Category, int], terms: list[Term], text: str, request: re.Match[str] | None
) -> dict[Category, int]:
    """With a request for goods, only the categories named after it, when some are."""
    if request is None or len(scores) < 2 or _SEVERAL.search(text):
        return scores
    ask = _ASK_FOR_GOODS.search(text, max(0, request.start() - 2))
    if ask is None:
        return scores
    thanked = [match.span() for match in _THANKS_FOR.finditer(text, ask.end())]
    after = {
        term.category
        for term in terms
        if term.start >= ask.end() and not any(s <= term.start < e for s, e in thanked)
    } & scores.keys()
    if not after or after == scores.keys():
        return scores
    return {category: score for category, score in scores.items() if category in after}


# What the asking clause names beside the care told in other clauses as its reason: goods (buy
# juice and sugar, he's on insulin; fresh fish please, post-op) or a fixture mended (the lift is
# stuck, mum has a hospital appointment, can property fix it?).
_ASKED_OVER_REASON = {
    Category.GROCERIES: frozenset({Category.MEDICINE, Category.MEDICAL, Category.REPAIR}),
    Category.REPAIR: frozenset({Category.MEDICAL}),
}
# Goods are asked when bought or brought (换个电池 mends the alarm: a repair, not shopping).
_GET_GOODS = compile_prefiltered(
    r"买|购|带|捎|(?<![a-z])(?:buy|buying|get|getting|grab|bring|pick up)(?![a-z])"
)


def asked_in_clause(
    scores: dict[Category, int], terms: list[Term], text: str, request: re.Match[str] | None
) -> dict[Category, int]:
    """With one request, the goods or the fixture named after it in its own clause, when the
    other clauses name only care or a drug: those are the reason it is asked."""
    if request is None or len(scores) < 2 or _SEVERAL.search(text):
        return scores
    start = request.start()
    end_match = _CLAUSE_END.search(text, request.end())
    end = end_match.start() if end_match else len(text)
    named = {
        term.category for term in terms if term.category is not None and start <= term.start < end
    } & scores.keys()
    if len(named) != 1:
        return scores
    asked: Category = next(iter(named))
    if asked is Category.GROCERIES and not _GET_GOODS.search(text, start, end):
        return scores
    reasons = scores.keys() - named
    if not reasons or not reasons <= _ASKED_OVER_REASON.get(asked, frozenset()):
        return scores
    return {asked: scores[asked]}


def best_category(scores: dict[Category, int], first: dict[Category, str], text: str) -> Category:
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

    if len(scores) > 1:
        # goods named only in thanks or in what is done already (买的菜收到了👍 … 停水了 麻烦物业)
        asked_for = {
            category
            for category in scores
            if not (word := first.get(category))
            or not _small_talk_at(text, max(0, text.find(word)), _DONE_TOLD)
        }
        if asked_for and asked_for != scores.keys():
            scores = {
                category: score for category, score in scores.items() if category in asked_for
            }

    def key(category: Category) -> tuple[int, int, int]:
        word = first.get(category)
        position = text.find(word) if word else len(text)
        return scores.get(category, 0), category is Category.MEDICINE, -position

    return max(scores, key=key)


def _small_talk_at(text: str, at: int, talk: re.Pattern[str] | None = None) -> bool:
    """Whether the clause around position at is thanks or news of a past day (or talk)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    end_match = _CLAUSE_END.search(text, at)
    end = end_match.start() if end_match else len(text)
    return (talk or _SMALL_TALK).search(text, start, end) is not None


_RIDE = compile_prefiltered(
    r"安排车|需要(?:派)?车|派(?:个|辆)?车|接送|专车|"
    r"(?<![a-z])(?:need (?:a |the )?(?:car|ride|lift)|drive (?:me|him|her|us))(?![a-z])"
)
# A visit to the doctor to be arranged (每个月要去复诊开药 能帮忙安排一下吗): the visit is asked,
# whatever drug it is for.
_VISIT_ARRANGED = compile_prefiltered(
    r"(?:复诊|复查|门诊|就诊|看病|看医生)[^。!?]{0,12}(?:安排|预约|挂号|挂个号)|"
    r"(?:安排|预约|挂)[^。!?]{0,4}(?:复诊|复查|门诊|就诊)|"
    r"(?<![a-z])(?:arrange|book|schedule) (?:a |an |her |his |my |the )?(?:follow-?up|"
    r"check-?up|appointment|clinic visit)(?![a-z])|"
    # a consultation online, where the doctor prescribes (帮联系线上问诊开药)
    r"(?:线上|网上|在线|视频|远程|互联网)(?:问诊|看诊|复诊|门诊|就诊|医院)|"
    r"(?<![a-z])(?:online|video|virtual|remote) (?:consultation|consult|appointment|doctor|"
    r"clinic|visit)(?![a-z])"
)

# Papers or a card carried (医保卡 拿了送到他家, 病历要复印一份给社区医生): an errand, whatever
# care or drug they are for.
_DOCUMENT = compile_prefiltered(
    r"医保卡|社保卡|身份证|户口本|证件|材料|文件|病历|化验单|检验单|检查单|报告单|复印件|护照|"
    r"(?:检查|化验|检验|体检|心电图|ct)报告|心电图单|出院(?:小结|记录)|诊断书|"
    r"(?<![a-z])(?:documents?|paperwork|passport|id card|insurance card|medical records?|"
    r"(?:test|lab|blood test|scan) (?:reports?|results)|discharge (?:summary|papers)|"
    # papers printed out (the ECG and blood test printouts)
    r"printouts?|print-outs?)(?![a-z])"
)
_CARRIED = compile_prefiltered(
    r"送到|送去|送给|带给|拿给|交给|转交|复印|打印|"
    r"(?<![a-z])(?:photocopy|print|(?:take|bring|deliver|drop|carry)(?: [a-z']+){0,7} "
    r"(?:to|over to|off at|at)|"
    # papers wanted left somewhere (need my paperwork dropped at the committee)
    r"(?:dropped|dropped off|taken|delivered|handed in) (?:at|to))(?![a-z])"
)

# Papers fetched where they wait (病历好了 帮忙去医院取一下, pick up my medical records).
_FETCHED = compile_prefiltered(r"取|拿|领|(?<![a-z])(?:pick (?:\w+ )?up|collect|fetch)(?![a-z])")
# The writer's own visit (去医院拿报告 顺便复诊, 要出门 开个外出单): care or an outing asked.
_OWN_VISIT = compile_prefiltered(
    r"复诊|复查|看病|看\s*医生|外出|出门|通行证|出去|"
    r"(?<![a-z])(?:appointment|check-?up|see (?:a|the) doctor|go out)(?![a-z])"
)
# A drug prescribed or waiting at the pharmacy (医院已经开好了 去药房取, the hospital pharmacy):
# medicine, whatever the drug's name and whatever hospital is named.
_AT_PHARMACY = compile_prefiltered(
    r"药房|药店|药局|处方|开好了|(?<![a-z])(?:pharmacy|chemist|prescription|prescribed)(?![a-z])"
)


def settle_health(scores: dict[Category, int], first: dict[Category, str], text: str) -> None:
    """Drugs and care named together: a drug refilled at the hospital is medicine
    (去医院配一下); a nurse or doctor asked to come, or a visit arranged, is medical
    (请护士来教一下打胰岛素, 复诊开药 帮忙安排一下); papers carried are an errand;
    test kits handed out and fetched are an errand (帮忙领一下社区发的抗原)."""
    health = scores.keys() & {Category.MEDICINE, Category.MEDICAL}
    document = _DOCUMENT.search(text) if health else None
    if (
        document is not None
        and not _PURCHASE.search(text)  # bring my card to the pharmacy and buy my inhaler
        and (
            (Category.ERRAND in scores and _CARRIED.search(text))
            # 出院小结要送到透析中心, pick up my medical records: the papers, unless the writer
            # goes for them with a visit of their own (去医院拿报告 顺便复诊 能派个车吗)
            or (
                (_CARRIED.search(text) or _FETCHED.search(text))
                and not _REFILL.search(text)
                and not _OWN_VISIT.search(text)
            )
        )
    ):
        scores.pop(Category.MEDICINE, None)  # 医保卡 帮忙拿了送到他家 他要用卡开药
        scores.pop(Category.MEDICAL, None)
        if Category.ERRAND not in scores:
            scores[Category.ERRAND] = 2
            first[Category.ERRAND] = document.group()
    if (
        Category.MEDICAL in scores
        and scores.keys() <= {Category.MEDICAL, Category.MEDICINE}
        and (pharmacy := _AT_PHARMACY.search(text))
        and _FETCHED.search(text)
        and not (_RIDE.search(text) or _VISIT_ARRANGED.search(text) or _OWN_VISIT.search(text))
        and not (_CARER_COMES.search(text) or _SEE_CARE.search(text))
    ):
        # 医院已经开好了 去药房取一下, pick it up at the hospital pharmacy: a drug to fetch
        scores[Category.MEDICINE] = scores.get(Category.MEDICINE, 0) + scores.pop(Category.MEDICAL)
        first.pop(Category.MEDICAL, None)
        first.setdefault(Category.MEDICINE, pharmacy.group())
    if Category.MEDICINE in scores and Category.MEDICAL in scores:
        if _RIDE.search(text) or _VISIT_ARRANGED.search(text):
            # 去医院覆诊 顺便拿药 需要安排车, 复诊开药 能帮忙安排一下吗: the visit is what is asked
            del scores[Category.MEDICINE]
        elif _REFILL.search(text):
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


# The writer's own device left charging elsewhere (我在一楼物业这充好了, my power bank is charging
# at the lobby), to be brought to the flat: a pickup.
_CHARGED_AWAY = compile_prefiltered(
    r"在[^。!?\s]{1,10}(?:充好了?|充满了?|充上了?|充着|充电)|"
    r"(?<![a-z])(?:charging|charged(?: up)?|left (?:it |them )?(?:to )?charge) "
    r"(?:at|in|by|down (?:at|in)) (?:the )?(?!home)[a-z]"
)
_BRING_OVER = compile_prefiltered(
    r"送到|送上|送过来|送来|拿上来|拿过来|带上来|带过来|拎上来|"
    r"(?<![a-z])(?:bring|fetch|carry|deliver|drop)(?![a-z])"
)


def fetched_from(text: str) -> bool:
    """Goods to be fetched from where they wait, with nothing to buy."""
    if _PURCHASE.search(text):
        return False
    return (
        bool(_FETCH_UP.search(text) and _PICKUP_PLACE.search(text))
        or bool(_TO_ANOTHER_FLAT.search(text))
        or bool(_CHARGED_AWAY.search(text) and _BRING_OVER.search(text))
    )
