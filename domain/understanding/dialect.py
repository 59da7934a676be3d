"""Cantonese, Wu, Hokkien and Northeastern words read as Mandarin, one character for one so
positions keep (喘唔到气, 佢晕咗, 阮阿公跋倒 起袂来, 侬帮阿拉充一下), so that the rules, written in
Mandarin, read them. Only characters that Mandarin chat does not use in another sense."""

from __future__ import annotations

import re

from domain.understanding.prefilter import compile_prefiltered

# Characters of dialect writing only (唔 as a negation before a character, not the "hmm").
_CHARS = {
    "冇": "没",
    "咗": "了",
    "佢": "他",
    "睇": "看",
    "嚟": "来",
    "啲": "点",
    "翳": "闷",
    "袂": "不",  # Hokkien: cannot (起袂来, 喘袂过来)
    "俺": "我",
    "侬": "你",
    "攞": "拿",
    "嘅": "的",
    "喺": "在",
    "哋": "们",
    "畀": "给",
    "嬲": "气",
    "嗰": "那",
}
_TABLE = str.maketrans(_CHARS)
# Words of two characters, read as two (阿拉 we, 唔该 please, 跋倒 fell, 紧来 come quick).
_WORDS = {
    "阿拉": "我们",
    "唔该": "麻烦",
    "唔使": "不用",
    "唔洗": "不用",
    "跋倒": "摔倒",
    "晕低": "晕倒",  # Cantonese: fainted (晕低咗)
    "够食": "够吃",
    "堵牢": "堵住",
    "塞牢": "堵住",
    "甩咗": "掉了",
    "关唔埋": "关不上",
    "讲嘢": "讲话",  # Cantonese: speech (讲嘢含含糊糊)
    # round 46 (Hong Kong): a neck, now, standing, things carried down, a breaker, a water heater
    "条颈": "脖子",
    "而家": "现在",
    "企唔稳": "站不稳",
    "企唔起": "站不起",
    "拎落楼": "拿下楼",
    "搵人": "找人",
    "边位": "哪位",
    "跳掣": "跳闸",
    "推唔返": "推不上",
    "热水炉": "热水器",
    "煤气炉": "煤气灶",
    "门钟": "门铃",
    "洗手盆": "洗手池",
    "塞咗": "堵了",
    "老窦": "老爸",
    "羊水穿": "羊水破",
    "羊水已经穿": "羊水已经破",
    "听讲": "听说",
    "隔篱": "隔壁",
    "扑唔熄": "扑不灭",
    # round 48 (Shanghai): choked, things are bad, this one, you give, take away
    "噎牢": "噎住",
    "伐好了": "不好了",
    "伐来事": "不行了",
    "搿只": "这只",
    # typed with the wrong 气 (煤汽味好大)
    "煤汽": "煤气",
    "燃汽": "燃气",
    "倒勒": "倒在",
    "躺勒": "躺在",
    "叫伊": "叫他",
    "伐应": "不应",
    "伐响": "不响",
    "吐白泡": "吐白沫",
    "搿个": "这个",
    "侬拨": "你给",
    "拿脱": "拿走",
    "掼脱": "扔掉",
    # round 48 (Sichuan, Hunan): know, have none; and a pinyin typo for rubbish
    "晓得": "知道",
    "冒得": "没得",
    "拉鸡": "垃圾",
    # Sichuan: will not light (热水器打不燃了)
    "打不燃": "打不着",
    # round 51 (Northeast): fell over
    "卡了个跟头": "摔了个跟头",
    "卡了一跤": "摔了一跤",
    "卡跟头": "摔跟头",
    # round 57 (Hokkien, Hakka, Taiwan), after traditional characters are read as simplified:
    # in, foot, stand, move, all, done, black smoke, on fire, alive, want, pills, I, fainted,
    # not, at home, can you, help, take out to throw, choked, eaten up, we
    "伫": "在",
    "跤": "脚",
    "徛": "站",
    "袂振动": "动不了",
    "疼甲": "疼得",
    "痛甲": "痛得",
    "臭甲": "臭得",
    "拢": "都",
    "矣": "了",
    "规片乌烟": "整片黑烟",
    "火烧厝": "着火了",
    "活咧": "活着",
    "欲去": "要去",
    "欲买": "要买",
    "欲食": "要吃",
    "欲领": "要领",
    "我欲": "我要",
    "药仔": "药品",
    "𠊎": "我",
    "同𠊎": "帮我",
    "做得同𠊎": "可以帮我",
    "晕忒": "晕倒",
    "毋": "不",
    "屋家": "家里",
    "会使斗": "可以帮",
    "敢会当": "能不能",
    "斗相共": "帮帮忙",
    "提去掷": "拿去扔",
    "鲠著": "噎住",
    "食了了": "吃完了",
    "阮": "我",
    "同佢": "帮他",
    "足急": "很急",
    # Taiwan: 著 kept by the traditional table where Mandarin writes 着; a gas stove; anyone who
    "不著": "不着",
    "袂著": "不着",
    "瓦斯炉": "燃气灶",
    "敢有人": "有谁能",
    # round 59 (Hokkien, Hakka): fell down, no answer, just now, passed out, choked, turned blue,
    # a child, eyes, do not want to live, tonight, nothing much
    "倒落去": "倒下去",
    "无应": "没应",
    "拄才": "刚才",
    "拄仔": "刚才",
    "昏去": "昏倒",
    "头壳": "脑袋",
    "鲠着": "噎住",
    "面拢": "脸都",
    "青去": "青了",
    "囡仔": "小孩",
    "细人仔": "小孩子",
    "细人": "小孩",
    "目睭": "眼睛",
    "无想欲活": "不想活了",
    "无想活": "不想活",
    "今暗": "今晚",
    "无啥": "没啥",
    # can, how, a jab (欲拍预防针 几时会使去: when can we go for the vaccination)
    "会使": "可以",
    "会当": "能够",
    "点样": "怎样",
    "欲拍": "要打",
    "拍针": "打针",
    # round 59's orders: not cold, no power, no water, indoors, hot, rubbish, put, yesterday,
    # today, our home, you (阮的冷气无冷 厝内热甲, 阮兜糞埽囥佇门口, 恁昨昏无收着)
    "无冷": "不冷",
    "无热": "不热",
    "无电": "没电",
    "无水": "没水",
    "厝内": "屋里",
    "热甲": "热得",
    "粪埽": "垃圾",
    "糞埽": "垃圾",
    "囥": "放",
    "昨昏": "昨天",
    "今仔日": "这一天",
    "阮兜": "我家",
    "恁兜": "你家",
    "恁": "你",
    "𠊎个": "我的",
    "码系": "码是",
    "欲昏": "要昏",
    # round 64 (Cantonese): yesterday, is not, all right now
    "寻日": "昨天",
    "琴日": "昨天",
    "唔系": "不是",
    "事喇": "事了",
    "增值": "充值",
    "水喉": "水管",
    "水浸": "水淹",
    "上嚟整": "上来修",
    "嚟整": "来修",
    # round 84 (Cantonese): jump down, don't look for me, can't bear it
    "跳落去": "跳下去",
    "跳落楼": "跳下楼",
    "唔好搵我": "不要找我",
    "唔好揾我": "不要找我",
    "顶唔顺": "顶不住",
    # speech-to-text and pinyin slips of the words that call for help, each no word of its own
    # (快叫旧护车, 揪命, 我爸吐穴了); 一声 for 医生 and 抽出 for 抽搐 are words and stay
    "就护车": "救护车",
    "旧护车": "救护车",
    "舅护车": "救护车",
    "救胡车": "救护车",
    "揪命": "救命",
    "吐穴": "吐血",
    "出穴": "出血",
    "流穴": "流血",
    "凶口": "胸口",
    "穿不上气": "喘不上气",
    "穿不过气": "喘不过气",
    "中封": "中风",
    "婚迷": "昏迷",
    "洋水": "羊水",
    "云倒": "晕倒",
    "抽畜": "抽搐",
    "心埂": "心梗",
    "乎吸": "呼吸",
    "止不主": "止不住",
    "揣不过气": "喘不过气",
    "揣不上气": "喘不上气",
}
_WORD = compile_prefiltered(
    "|".join(sorted(_WORDS, key=len, reverse=True)) + "|(?<![赶抓要])紧来"  # not 赶紧来
)
_WORDS["紧来"] = "快来"
# Wu's question particle (侬拨阿拉拿脱伐: will you take it away?) at a clause's end.
_WU_ASK = re.compile(r"(?<=[\u4e00-\u9fff])伐(?=[\s,，。.?？!！~]|$)")
# Hokkien's 甲 after a verb is Mandarin's 得 (唱甲阮攏欲昏去: sang till we nearly passed out).
_GA = re.compile(r"(?<=[唱笑吵闹饿累热冷气哭讲食吃])甲")
# Hokkien's question particle 无 after "can" (会使叫人来看无: can someone come and look?).
_HOKKIEN_ASK = re.compile(r"((?:可以|能够|能不能)[^,，。!?！？\s]{0,12})无(?=[\s,，。.?？!！~]|$)")
_NOT = re.compile(r"唔(?=[\u4e00-\u9fff])")  # 唔想活, 止唔到; not 唔 alone ("hmm")
_EAT = re.compile(r"食(?=咗|了|晒|药|饭|嘢|点|得|完|错|成|紧)")  # 食晒佢 (take them all), 食咗药
_MARKS = frozenset(_CHARS) | {
    *"唔食阿跋紧够牢甩关",
    *"条而企拎搵边跳推热煤门洗塞老羊扑听隔",
    *"噎伐搿拿掼晓冒拉卡勒伊泡汽",
    *"伫跤徛振甲拢矣规厝咧欲仔𠊎忒毋屋斗敢掷鲠阮足著瓦",
    *"落拄囡睭暗壳埽囥恁",
    # the slips by a character of theirs that chat seldom uses (就护车 by 护, 吐穴 by 穴)
    *"护胡揪穴凶穿封婚洋云畜埂乎止揣",
}
# One scan in C for any of them: a set's test takes each character of the text as a string.
_MARKED = re.compile("[" + "".join(sorted(map(re.escape, _MARKS))) + "]")
# Wu's negation 勿 (爬勿起来): the emergency side reads it too; orders keep 请勿 a notice.
_WU_NOT = str.maketrans({"勿": "不"})


def read_dialect(text: str, *, wu_not: bool = False) -> str:
    """Text with dialect words read as Mandarin, every position kept."""
    if _MARKED.search(text) is None and not (wu_not and "勿" in text):
        return text
    text = _WORD.sub(lambda match: _WORDS[match.group()], text)
    text = _WU_ASK.sub("吗", text)
    text = _HOKKIEN_ASK.sub(r"\1吗", _GA.sub("得", text))
    text = _NOT.sub("不", _EAT.sub("吃", text)).translate(_TABLE)
    return text.translate(_WU_NOT) if wu_not else text
