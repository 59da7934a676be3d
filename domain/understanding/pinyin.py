"""Chinese typed in pinyin (jiuming wo ba xiongkou tong 6-2-802) read as the characters it spells.

A resident without a Chinese keyboard types syllables; the rules read characters. When most of a
message's Latin words are pinyin, the syllables are matched, longest first, against the words
below (the ones the rules need: emergencies, orders, readings, common chat) and replaced by their
characters; syllables no word takes stay as they were. English messages are left alone.
"""

from __future__ import annotations

import re

from domain.understanding.lang import is_pinyin_word

# Syllables as typed, joined or apart (xiongkou, xiong kou): the words the rules know, by meaning.
WORDS: dict[str, str] = {
    # cries and calls
    "jiu ming": "救命",
    "jiu jiu": "救救",
    "kuai lai ren": "快来人",
    "kuai lai": "快来",
    "lai ren": "来人",
    "bang bang wo": "帮帮我",
    "jiu hu che": "救护车",
    "ji jiu": "急救",
    "zen me ban": "怎么办",
    "bao jing": "报警",
    "jing cha": "警察",
    "kuai dian": "快点",
    "ji si le": "急死了",
    # the body in trouble
    "xiong kou": "胸口",
    "xiong men": "胸闷",
    "xiong tong": "胸痛",
    "xin zang": "心脏",
    "xin kou": "心口",
    "chuan bu shang qi": "喘不上气",
    "chuan bu guo qi": "喘不过气",
    "tou bu guo qi": "透不过气",
    "hu xi kun nan": "呼吸困难",
    "hu xi": "呼吸",
    "mei you hu xi": "没有呼吸",
    "mei qi le": "没气了",
    "yun dao": "晕倒",
    "hun dao": "昏倒",
    "hun mi": "昏迷",
    "jiao bu xing": "叫不醒",
    "bu xing le": "不行了",
    "bu shuo hua": "不说话",
    "mei fan ying": "没反应",
    "dao zai di shang": "倒在地上",
    "dao di": "倒地",
    "shuai dao": "摔倒",
    "shuai le": "摔了",
    "qi bu lai": "起不来",
    "chou chu": "抽搐",
    "kou tu bai mo": "口吐白沫",
    "liu xue": "流血",
    "chu xue": "出血",
    "tou yun": "头晕",
    "tou tong": "头痛",
    "tou teng": "头疼",
    "du zi teng": "肚子疼",
    "fa shao": "发烧",
    "gao shao": "高烧",
    "ke sou": "咳嗽",
    "tu le": "吐了",
    "la du zi": "拉肚子",
    "zhong feng": "中风",
    "zui wai": "嘴歪",
    "ye zhu le": "噎住了",
    "ka zhu le": "卡住了",
    "tang shang": "烫伤",
    "yang shui po le": "羊水破了",
    "yao sheng le": "要生了",
    "bu xiang huo le": "不想活了",
    "xiang si": "想死",
    "tiao lou": "跳楼",
    "zi sha": "自杀",
    "an mian yao": "安眠药",
    "nong yao": "农药",
    "zhong du": "中毒",
    # danger
    "zhao huo le": "着火了",
    "zhao huo": "着火",
    "qi huo": "起火",
    "mao yan": "冒烟",
    "mei qi": "煤气",
    "ran qi": "燃气",
    "lou qi": "漏气",
    "da ren": "打人",
    "na dao": "拿刀",
    # people
    "wo ba": "我爸",
    "wo ma": "我妈",
    "lao ren": "老人",
    "lao ye zi": "老爷子",
    "lao tai tai": "老太太",
    "nai nai": "奶奶",
    "ye ye": "爷爷",
    "wai po": "外婆",
    "lao gong": "老公",
    "lao po": "老婆",
    "hai zi": "孩子",
    "xiao hai": "小孩",
    "bao bao": "宝宝",
    "er zi": "儿子",
    "nv er": "女儿",
    "lin ju": "邻居",
    "yi ge ren zhu": "一个人住",
    "du ju": "独居",
    # readings
    "ti wen": "体温",
    "zheng chang": "正常",
    "du": "度",
    "san shi liu": "三十六",
    "san shi qi": "三十七",
    "san shi ba": "三十八",
    "san shi jiu": "三十九",
    "dian": "点",
    # orders
    "bang mang": "帮忙",
    "bang wo": "帮我",
    "mai": "买",
    "dai": "带",
    "song": "送",
    "qu": "取",
    "niu nai": "牛奶",
    "ji dan": "鸡蛋",
    "mian bao": "面包",
    "da mi": "大米",
    "shu cai": "蔬菜",
    "qing cai": "青菜",
    "shui guo": "水果",
    "fang bian mian": "方便面",
    "wei sheng zhi": "卫生纸",
    "nai fen": "奶粉",
    "niao bu shi": "尿不湿",
    "yao": "药",
    "jiang ya yao": "降压药",
    "tui shao yao": "退烧药",
    "gan mao yao": "感冒药",
    "yi sheng": "医生",
    "yi yuan": "医院",
    "la ji": "垃圾",
    "dao la ji": "倒垃圾",
    "kuai di": "快递",
    "wai mai": "外卖",
    "xiu": "修",
    "huai le": "坏了",
    "lou shui": "漏水",
    "ting dian": "停电",
    "shui guan": "水管",
    "ma tong": "马桶",
    "yi xiang": "一箱",
    "liang xiang": "两箱",
    "yi he": "一盒",
    "liang he": "两盒",
    "yi dai": "一袋",
    "liang dai": "两袋",
    "yi jin": "一斤",
    # chat
    "xie xie": "谢谢",
    "da bai men": "大白们",
    "da bai": "大白",
    "zhi yuan zhe": "志愿者",
    "lou zhang": "楼长",
    "da jia": "大家",
    "ni men": "你们",
    "wo men": "我们",
    "ni hao": "你好",
    "xin ku le": "辛苦了",
    "ma fan": "麻烦",
    "qing": "请",
    "mei shi": "没事",
    "hao le": "好了",
    "xian zai": "现在",
    "ma shang": "马上",
    "yi zhi": "一直",
    "tu ran": "突然",
    "hao tong": "好痛",
    "hen tong": "很痛",
    "tong": "痛",
    "teng": "疼",
    "wo": "我",
    "ta": "他",
    "de": "的",
    "le": "了",
    "zai": "在",
    "bu": "不",
    "hao": "好",
    "hen": "很",
    "kuai": "快",
    "jia": "家",
    "lou": "楼",
    "hao lou": "号楼",
    "dan yuan": "单元",
    # round 92 (pinyin typed in a hurry): a leak and its smell, the means made ready, a farewell,
    # the sampling round, everyday asks
    "xie lou": "泄漏",
    "xie lu": "泄露",
    "wei dao": "味道",
    "qi wei": "气味",
    "zhun bei": "准备",
    "dou": "都",
    "dui bu qi": "对不起",
    "ba ma": "爸妈",
    "zai jian": "再见",
    "he suan": "核酸",
    "zuo he suan": "做核酸",
    "yi tian": "一天",
    "you yao": "又要",
    "mai cai": "买菜",
    "mai yao": "买药",
    "xiu li": "修理",
    "mei dian": "没电",
    "mei shui": "没水",
    "xie xie da jia": "谢谢大家",
    # round 92 (everyday asks typed in pinyin): running out, asking whether one can, a top-up,
    # a drain blocked, a lift to the clinic, a share of a group buy, a building's number
    "mei le": "没了",
    "kuai mei le": "快没了",
    "chi wan le": "吃完了",
    "yong wan le": "用完了",
    "mei you le": "没有了",
    "neng bu neng": "能不能",
    "neng": "能",
    "ke yi": "可以",
    "shei": "谁",
    "you ren": "有人",
    "ma": "吗",
    "yi xia": "一下",
    "reng": "扔",
    "chong": "充",
    "chong zhi": "充值",
    "hua fei": "话费",
    "dian fei": "电费",
    "shui fei": "水费",
    "shou ji": "手机",
    "tang jiang": "糖浆",
    "zhi ke tang jiang": "止咳糖浆",
    "jiang tang yao": "降糖药",
    "bu luo fen": "布洛芬",
    "xia shui dao": "下水道",
    "du zhu le": "堵住了",
    "xia shui dao du le": "下水道堵了",
    "ma tong du le": "马桶堵了",
    "pai bu chu qu": "排不出去",
    "tuan gou": "团购",
    "yi fen": "一份",
    "an pai": "安排",
    "an pai che": "安排车",
    "yao qu": "要去",
    "xu yao": "需要",
    "tou xi": "透析",
    "yun fu": "孕妇",
    "chan jian": "产检",
    "yu yue": "预约",
    "fu cha": "复查",
    "zheng ming": "证明",
    "he zi": "盒子",
    "kuai di he zi": "快递盒子",
    "qu jian": "取件",
    "qu jian ma": "取件码",
    "cai niao yi zhan": "菜鸟驿站",
    "dong": "栋",
    "bu dong": "不懂",
    "dong xi": "东西",
}

_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_FINAL = (
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|"
    r"ui|ue|ve|er|v|a|o|e|i|u)"
)
_SYLLABLE = re.compile(rf"{_INITIAL}{_FINAL}|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e")
_LATIN = re.compile(r"[a-z]+")
_BY_SYLLABLES: dict[tuple[str, ...], str] = {tuple(key.split()): hz for key, hz in WORDS.items()}
_LONGEST = max(len(key) for key in _BY_SYLLABLES)


def looks_like_pinyin(text: str) -> bool:
    """Whether normalized text is typed in pinyin: two Latin words or more, nearly all of them
    syllables, two (one of two) with a mark English words rarely have (iu, ao, ing, x, q …)."""
    words = _LATIN.findall(text)
    if len(words) < 2:
        return False
    misses = 0  # words that are no syllables: more than one in five and it is not pinyin
    for word in words:
        if _split(word) is None:
            misses += 1
            if misses * 5 > len(words):
                return False  # the words left need not be split (most English is gone here)
    marked = sum(1 for word in words if is_pinyin_word(word))
    return marked >= min(2, len(words) - 1)


def from_pinyin(text: str) -> str:
    """Normalized text with the pinyin words the table knows written in characters."""
    pieces: list[tuple[str, bool]] = []  # (text, is a syllable)
    pos = 0
    for word in _LATIN.finditer(text):
        if word.start() > pos:
            pieces.append((text[pos : word.start()], False))
        syllables = _split(word.group())
        if syllables is None:
            pieces.append((word.group(), False))
        else:
            pieces.extend((syllable, True) for syllable in syllables)
        pos = word.end()
    if pos < len(text):
        pieces.append((text[pos:], False))
    return _join(pieces)


def _split(word: str) -> list[str] | None:
    """The syllables of a pinyin word, or None when it does not split into syllables."""
    syllables: list[str] = []
    pos = 0
    while pos < len(word):
        match = _SYLLABLE.match(word, pos)
        if match is None:
            return None
        syllables.append(match.group())
        pos = match.end()
    return syllables


def _join(pieces: list[tuple[str, bool]]) -> str:
    """Pieces joined, runs of syllables replaced by the longest words they spell."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        piece, syllable = pieces[i]
        if not syllable:
            if piece.strip() == "" and out and _is_hanzi_end(out[-1]) and _next_is_word(pieces, i):
                i += 1  # a space between two syllables, dropped when both became characters
                continue
            out.append(piece)
            i += 1
            continue
        run = _syllable_run(pieces, i)
        for size in range(min(_LONGEST, len(run)), 0, -1):
            chars = _BY_SYLLABLES.get(tuple(syllable for syllable, _ in run[:size]))
            if chars is not None:
                out.append(chars)
                i = run[size - 1][1] + 1
                break
        else:
            out.append(piece)
            i += 1
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def _syllable_run(pieces: list[tuple[str, bool]], start: int) -> list[tuple[str, int]]:
    """The syllables from start on, across single spaces, with their piece index."""
    run: list[tuple[str, int]] = []
    i = start
    while i < len(pieces):
        piece, syllable = pieces[i]
        if syllable:
            run.append((piece, i))
        elif piece != " ":
            break
        i += 1
    return run


def _is_hanzi_end(piece: str) -> bool:
    """Whether piece ends with a CJK character."""
    return bool(piece) and "\u4e00" <= piece[-1] <= "\u9fff"


def _next_is_word(pieces: list[tuple[str, bool]], i: int) -> bool:
    """Whether the piece after i is a syllable the table can start a word with."""
    if i + 1 >= len(pieces) or not pieces[i + 1][1]:
        return False
    return any(key[0] == pieces[i + 1][0] for key in _BY_SYLLABLES)
