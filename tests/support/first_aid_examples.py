"""One message per emergency family in zh and en, for the message-level first-aid test.

`understand(text).families[0]` is the family each example sits under, so first_aid_hint gives
that family's line (tests/unit/test_first_aid_messages.py).
"""

from domain.understanding import EmergencyFamily as F

EXAMPLES: dict[F, tuple[str, str]] = {
    F.NOT_BREATHING: ("救救我爸 他倒地了 没呼吸了", "my dad collapsed and is not breathing"),
    F.UNRESPONSIVE: ("我爸突然倒地不省人事 快来人", "my mother fainted and we can't wake her up"),
    F.BREATHING: (
        "婆婆喘不过气来 嘴唇都紫了",
        "my husband is struggling to breathe, lips going blue",
    ),
    F.CHOKING: ("孩子被果冻卡住了喉咙 咳不出来", "HELP my son is choking on a grape"),
    F.CARDIAC: ("老公突然胸口剧痛 满头大汗", "Dad has crushing chest pain and is sweating"),
    F.STROKE: (
        "我爸嘴歪了 说话不清楚 左手没力气",
        "mum's face is drooping and her speech is slurred",
    ),
    F.BLEEDING: ("刀切到手了 血一直止不住", "he cut his arm badly and the bleeding won't stop"),
    F.BURN: (
        "孩子被开水烫伤了 手上起了大泡",
        "my daughter spilled boiling water on her arm, bad burn",
    ),
    F.SEIZURE: ("我妈癫痫发作了 一直抽", "my son is having a seizure right now"),
    F.POISONING: ("孩子误吃了奶奶的降压药 好几片", "my toddler swallowed a bottle of pills"),
    F.FIRE: ("厨房着火了 好多烟", "there's a fire in the kitchen, smoke everywhere"),
    F.GAS: ("楼道里好大一股煤气味", "I smell gas in the stairwell"),
    F.SUICIDE: ("我真的撑不下去了 不想活了", "I want to kill myself tonight"),
    F.LABOUR: ("我老婆羊水破了 要生了", "my wife's water just broke, contractions are close"),
    F.FALL: ("奶奶在卫生间摔倒了 起不来", "Grandma fell in the bathroom and can't get up"),
    F.INFANT_FEVER: ("宝宝八个月 烧到39.8度", "my 8 month old baby has a fever of 39.7"),
    F.DROWNING: (
        "孩子在浴缸里溺水了 捞上来不动",
        "my toddler was found face down in the bath, drowning",
    ),
    F.ELECTRIC_SHOCK: (
        "我老公被电到了 倒地不起",
        "my husband got an electric shock from the heater",
    ),
    F.VIOLENCE: ("隔壁有人拿刀砍人 快报警", "a man is attacking his wife next door with a knife"),
}
