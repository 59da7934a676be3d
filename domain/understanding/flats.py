"""Flat numbers named in free text, normalized to building-unit-room (3幢2单元501 -> 3-2-501)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.understanding.flats_others import helpers_thanked, list_for
from domain.understanding.flats_places import building_after, unit_place
from domain.understanding.flats_readings import later_reading
from domain.understanding.flats_units import round_done_for
from domain.understanding.numbers import CN_DIGITS, digit_string
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.text import normalize

_CN_NUMERALS = "零〇○一二两三四五六七八九十百幺"
_NUMBER = rf"(?:\d{{1,4}}|[{_CN_NUMERALS}]{{1,5}})"
_CN_ROOM = r"[一二三四五六七八九幺][零〇○一二三四五六七八九幺]{2,3}"
# 号 names the building when a room follows it (12号602, 十一号 五零三), as in Shanghai lanes.
_BUILDING_MARK = (
    # 动, 洞 and 东 are 栋 misheard by voice input, when a unit follows (四动二单元八零一,
    # 七东三单元五零一)
    rf"号楼|幢|栋|座|(?:号|动|洞|东)(?=\s*{_NUMBER}\s*单元)"
    rf"|号(?=\s*(?:\d{{3,4}}(?![\d.])|{_CN_ROOM}(?![{_CN_NUMERALS}])))"
)
_UNIT_MARK = r"单元"
_ROOM_MARK = r"室|房间|号房|房|号(?![楼院])"
_EN_MARK = (
    r"(?<![a-z])(?P<en>bldg|building|bld|blk|block|tower|unit|room|rm|apt|apartment|flat|suite)"
    r"\.?\s*(?:no\.?\s*|#\s*)?|(?P<hash>#)\s*"
)
_SEPARATORS = r"[\s,/\-|]*"  # (a form's bars too: 6栋 | 1单元 | 702)
# Numbers spelt out after an English mark (building seven unit two room three oh five).
_EN_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
}
_EN_TENS = {"twenty": "2", "thirty": "3"}
_EN_WORD = "|".join(sorted([*_EN_DIGIT_WORDS, *_EN_TENS], key=len, reverse=True))
_EN_SPELT = (
    r"(?<![a-z])(?P<spelt_mark>bldg|building|block|tower|unit|room|rm|apt|apartment)\s+"
    # (my room is eleven oh three: the number told after is)
    r"(?:is\s+)?"
    rf"(?P<spelt>(?:{_EN_WORD})(?:[\s-]+(?:{_EN_WORD})){{0,3}})(?![a-z])"
)
# A building named by a letter keeps it (B座1703, Block C 1101, rm 1203 blk C -> B-1703, C-1101,
# C-1203): before a Chinese building mark, or after an English one when a room or the end follows.
_LETTER_BUILDING = (
    r"(?<![a-z0-9][a-z])(?<=(?P<cn_letter>[a-z]))(?:座|栋|幢|号楼)"
    # the letter stands apart from the mark: the s of buildings is a plural's
    r"|(?<![a-z])(?:bldg|building|blk|block|tower)(?:\.\s*|\s+)(?P<en_letter>[a-z])"
    r"(?=\s*[,\-]?\s*\d{3,4}(?!\d)|\s*$|\s*[,.;!?)]|\s+(?:rm|room|unit|flat|apt)(?![a-z])"
    # or a word (parcels for Block B are at the lobby), but for a word's letter (block a few)
    r"|(?<=[b-hj-tv-z])\s+[a-z])"
)

# A temperature read aloud just before (三十六点九七栋幺零二, 三十六度二二号楼): its tenth is one
# numeral, so the building starts after it (7-102, 2); a lone numeral there stays the building.
_AFTER_CN_READING = (
    r"(?:(?<!三十[四五六七八九][点度])(?<!四十[点度])(?<!四十[一二][点度])"
    rf"|(?=[{_CN_NUMERALS}](?![{_CN_NUMERALS}])))"
)
# A household's head count after a room read aloud (九零二四口人: room 902, four people).
_HEAD_COUNT = r"[二三四五六七八九两]口(?:人|之家)"

_COMPONENTS = compile_prefiltered(
    rf"{_AFTER_CN_READING}(?P<cn>{_NUMBER})\s*(?:(?P<b>{_BUILDING_MARK})|(?P<u>{_UNIT_MARK})|(?P<r>{_ROOM_MARK}))"
    rf"|{_LETTER_BUILDING}"
    rf"|{_EN_SPELT}"
    rf"|(?:{_EN_MARK})(?P<en_num>\d{{1,4}})(?!\d|\.\d|-\d)"
    # the number first, as in Chinese word order (5 building 3 unit 401)
    # (not when a whole flat follows the mark, labels first: my husband 55 bldg 4 unit 2 #603)
    r"|(?<![\d.])(?P<post_num>\d{1,3})\s*(?P<post>building|bldg|tower|unit)(?![a-z])"
    r"(?!\s*\d{1,3}\s*unit\s*\d{1,2}[\s,]*(?:#|room|rm|apt|flat)\s*\d)"
    # a lettered building hyphened to its room (B-1205)
    r"|(?<![0-9a-z_#/:.\-])(?P<hyl_letter>[a-z])-(?P<hyl_room>\d{3,4})(?!\d|\.\d|[\-/]\d)"
    # a reading may follow a flat's colon (1-3-801:36.4), a clock's minutes may not; a label's
    # colon may come before it (第37 :12-1-203), a clock's hour may not
    # (a dash mark before it, ——12-2-801 今天 36.6, opens the writer's line, not a range)
    r"|(?=\d)(?:(?<![0-9a-z_#/.\-])|(?<=\s--)|(?<=^--))(?<![0-9a-z]:)"
    r"(?P<hy>\d{1,3}-\d{1,2}-\d{3,4}|\d{1,3}-\d{3,4})"
    r"(?!\d|\.\d|[\-/]\d|:\d(?!\d\.\d))"
    # a label's colon may come before a bare room (楼道长：601的李奶奶), a clock's hour may not
    # a building and unit whose residents are addressed (anyone in 9-2, 9-2的邻居)
    r"|(?:(?<=anyone in )|(?<=anybody in )|(?<=everyone in )|(?<=neighbours in )|"
    r"(?<=neighbors in )|(?<=people in )|(?<=folks in )|(?<=residents in ))"
    r"(?P<bu>\d{1,3}-\d{1,2})(?![\d\-/.:])|(?<![\d\-])(?P<bu_cn>\d{1,3}-\d{1,2})(?=的(?:邻居|住户|居民))"
    r"|(?<![0-9a-z_#/\-])(?<![0-9a-z]:)(?<!\d\.)(?P<bare>\d{3,4})(?!\d|\.\d|[\-/:]\d)"
    rf"|(?<![{_CN_NUMERALS}])(?P<cnbare>{_CN_ROOM})"
    rf"(?:(?![{_CN_NUMERALS}]|口人|口之家)|(?={_HEAD_COUNT}))"
)
# What every component holds: a digit, a Chinese numeral or building mark, or an English mark
# word. A text with none of them (a quarter of messages) is not scanned by the costlier pattern;
# apart, each is a scan the engine runs fast (for a class's characters, for the words' first).
_FLAT_CHARS = re.compile(rf"[\d{_CN_NUMERALS}座栋幢号]")
_FLAT_WORDS = re.compile(r"bldg|building|blk|block|tower|unit|room|rm|apt")
_EN_ROLE = {
    "bldg": 0,
    "building": 0,
    "bld": 0,
    "blk": 0,
    "block": 0,
    "tower": 0,
    "unit": 1,
    "room": 2,
    "rm": 2,
    "apt": 2,
    "apartment": 2,
    "flat": 2,
    "suite": 2,
}
# Between two parts: separators, or a floor (1栋1单元1楼101, 3幢 12层 1203), which is no part.
_GAP = compile_prefiltered(
    rf"{_SEPARATORS}(?P<floor>(?:\d{{1,2}}|[{_CN_NUMERALS}]{{1,3}})\s*(?:楼|层|f)(?![a-z]){_SEPARATORS})?"
)
MAX_GAP = 3
MAX_FLOOR_GAP = 8

_NOT_ROOM_BEFORE = compile_prefiltered(
    r"(?:电话|手机|号码|联系|tel|phone|mobile|call|dial|打|拨|微信|wechat|vx|qq|code|"
    # (a payment QR asked for, 发我收款码 1703: the flat follows, no code is written)
    r"(?<![a-z\d])(?<!收款)(?<!付款)(?<!二维)码|户号|卡号|"
    # a code told with a verb or a likeness (取件码是 3-4-6021, shelf code like 3-1-2202)
    r"(?<!号)码(?:是|为)|(?<![a-z])code (?:is|was|like|e\.g\.)|"
    r"单号|订单|编号|尾号|账号|"
    # (but add it to my order 6-2-502: the flat the order is for)
    r"(?<!my )(?<!our )order|¥|\$|rmb|价|花了|共|总共|合计|(?<![a-z])x|×|\d\s*\*|第|no\.|"
    r"top up|充|"
    # a leading asterisk corrects a typo (*1101 sorry typo); only a product follows a number
    # a time given after its label (时间:1430), now that a label's colon may come before a room
    r"时间|(?<![a-z])time|"
    # a measurement taken (血压量了210, 高压180): a reading, not a room; or one per arm (左边138
    # 右边126)
    r"量了|测了|血压|高压|低压|血糖|心率|bp|blood pressure|"
    # a pulse counted (HR 104, heart rate was 105, 脉搏110)
    r"脉搏|(?<![a-z])(?:hr|rate|pulse)(?: (?:was|is|of|at))?|"
    r"左边|右边|左手|右手|左臂|右臂|左胳膊|右胳膊|(?<![a-z])(?:left|right) arm|"
    # a year told (had a stroke back in 2019, here since 2008): a date, not a room
    r"(?<![a-z])(?:back in|since|in the year|the year|until|till|ever since))"
    r"\s*[:#]?\s*$"
)
# A unit or a measure after a number; 楼上, 楼下, 楼道 after a room are upstairs, downstairs,
# the stairwell, not a floor (我们家402 楼上那家).
_NOT_ROOM_AFTER = compile_prefiltered(
    r"^\s*(?:块|元|圆|毛|角|个|盒|袋|箱|斤|公斤|克|千克|毫升|升|瓶|罐|桶|包|支|片|粒|颗|次|天(?!天)|日|"
    r"月|年|周|"
    # (米 of rice is no metre: 六零一 米缸见底了)
    r"小时|分钟|分|秒|点|人|位|件|份|条|只|米(?![缸袋桶面饭粉])|层|楼(?![上下道])|岁|度|%|°|万|千|百|"
    r"多(?!谢)|余|左右|"
    r"(?:mg|kg|g|km|m|cm|mm|ml|l|yuan|rmb|dollars?|bucks|days?|hours?|hrs?|mins?|minutes?|"
    r"people|persons?|pcs|pieces|years?|yrs?|f|c|am|pm|steps|kcal|w|k|x)(?![a-z]))"
)
# A dashed number told right after to be no flat (3-2-1101这种不是房号, 3-1-2202, that's not
# your flat number): a shelf or pickup code.
_CODE_TOLD_AFTER = compile_prefiltered(
    r"\s*(?:这种|这样的|这个)?\s*(?:不是房号|不是门牌号|是货架号|是架号|是取件码|是柜号)|"
    r"\s*,?\s*(?:that'?s|which is|it'?s|is) not (?:your|a|the) (?:flat|room)(?![a-z])"
)
# Verbs of contacting and phones end a clause before the flat; a phone number is never
# written 7-903 (不会弄手机 4-2-503).
_ROLL_CALL_BEFORE = re.compile(r"(?<![a-z])roll[- ]?call\s*[:#]?\s*$")
_CONTACT_VERB = re.compile(r"联系|打|拨|call|dial|手机|电话|phone|mobile")
_MEASURED = re.compile(r"血压|高压|低压|血糖|心率|bp|blood pressure")
_SERVICE_NUMBERS = frozenset({"110", "112", "114", "119", "120", "122", "911", "999", "995"})
_CHINESE_ROLE_WORD = {"b": 0, "u": 1, "r": 2}


@dataclass
class _Part:
    """One recognized piece of a flat: a role (0 building, 1 unit, 2 room) and its digits."""

    start: int
    end: int
    role: int
    digits: str
    marked: bool
    follows_ok: bool = True
    hyphenated: bool = False


@dataclass
class _Group:
    """Consecutive parts in building-unit-room order."""

    parts: list[_Part]

    @property
    def end(self) -> int:
        """Where the last part ends."""
        return self.parts[-1].end

    def text(self) -> str:
        """The normalized flat."""
        return "-".join(part.digits for part in sorted(self.parts, key=lambda part: part.role))


def _component(match: re.Match[str], text: str) -> list[_Part] | None:
    """Turn one regex match into parts, or None when it is not a plausible flat piece."""
    start, end = match.span()
    letter = match["cn_letter"] or match["en_letter"]
    if letter is not None:
        start -= 1 if match["cn_letter"] else 0  # the letter sits before the match (b座)
        return [_Part(start, end, 0, letter.upper(), marked=True)]
    if match["spelt"] is not None:
        role = _EN_ROLE[match["spelt_mark"]]
        digits = _spelt_digits(match["spelt"])
        if digits is None:
            return None
        if role == 1 and len(digits) >= 3:
            role = 2
        return [_Part(start, end, role, digits, marked=True)]
    if match["cn"] is not None:
        digits = digit_string(match["cn"])
        if digits is None:
            return None
        role = next(r for name, r in _CHINESE_ROLE_WORD.items() if match[name] is not None)
        if role == 0 and not match["cn"].isascii() and text[end : end + 1] in ("楼", "房"):
            return None  # 一栋楼, 三栋楼: a count of buildings
        if role == 0 and match["b"] == "座" and not match["cn"].isascii():
            return None
        if match["b"] == "号" and not _lane_building(text, start, end):
            return None
        return [_Part(start, end, role, digits, marked=True)]
    if match["en_num"] is not None:
        role = 2 if match["hash"] is not None else _EN_ROLE[match["en"]]
        if role == 1 and len(match["en_num"]) >= 3:
            role = 2  # "my unit 1203" is the flat itself
        return [_Part(start, end, role, match["en_num"], marked=True)]
    if match["post_num"] is not None:
        return [_Part(start, end, _EN_ROLE[match["post"]], match["post_num"], marked=True)]
    if match["hyl_letter"] is not None:
        letter = _Part(start, start + 1, 0, match["hyl_letter"].upper(), True, hyphenated=True)
        return [letter, _Part(start + 2, end, 2, match["hyl_room"], True, hyphenated=True)]
    if (addressed := match["bu"] or match["bu_cn"]) is not None:
        building, unit = addressed.split("-")
        return [
            _Part(start, end, 0, building.lstrip("0") or "0", marked=True, hyphenated=True),
            _Part(start, end, 1, unit.lstrip("0") or "0", marked=True, hyphenated=True),
        ]
    if match["hy"] is not None:
        pieces = match["hy"].split("-")
        roles = [0, 1, 2] if len(pieces) == 3 else [0, 2]
        return [
            _Part(start, end, role, piece.lstrip("0") or "0", marked=True, hyphenated=True)
            for role, piece in zip(roles, pieces, strict=True)
        ]
    raw = match["bare"] if match["bare"] is not None else match["cnbare"]
    digits = digit_string(raw)
    if digits is None:
        return None
    return [_Part(start, end, 2, digits, marked=False)]


def _spelt_digits(words: str) -> str | None:
    """Spelt-out numbers as digits, read digit by digit (three oh five is 305, twenty one 21)."""
    digits: list[str] = []
    tokens = words.replace("-", " ").split()
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in _EN_TENS:
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            ones = _EN_DIGIT_WORDS.get(following, "")
            if len(ones) == 1 and ones != "0":
                digits.append(_EN_TENS[token] + ones)
                index += 2
                continue
            digits.append(_EN_TENS[token] + "0")
        else:
            digits.append(_EN_DIGIT_WORDS[token])
        index += 1
    joined = "".join(digits)
    return None if joined.startswith("0") else joined


_UNIT_AFTER_HAO = compile_prefiltered(rf"\s*{_NUMBER}\s*单元")
_ROOM_AFTER_HAO = compile_prefiltered(rf"\s*(?:\d{{3,4}}|{_CN_ROOM})")


def _lane_building(text: str, start: int, end: int) -> bool:
    """12号 before a room is a building, but not a date (4月12号 302) nor before a price."""
    if text[max(0, start - 1) : start] in ("月", "日") or len(text[start:end]) > 4:
        return False
    if _UNIT_AFTER_HAO.match(text, end):
        return True
    room = _ROOM_AFTER_HAO.match(text, end)
    return room is not None and not _NOT_ROOM_AFTER.match(text[room.end() : room.end() + 12])


def _valid(part: _Part, alone: bool) -> bool:
    """Plausibility of one part's number for its role."""
    digits = part.digits
    if part.role == 0 and len(digits) == 1 and digits.isalpha():
        return True  # a lettered building (B座)
    if not digits.isdigit() or digits.startswith("0"):
        return False
    value = int(digits)
    if part.role == 0:
        return 1 <= value <= 999
    if part.role == 1:
        return 1 <= value <= 30
    if len(digits) not in (3, 4) or digits.endswith("00"):
        return False
    if not alone:
        return True
    floor, room = int(digits[:-2]), int(digits[-2:])
    return 1 <= floor <= 40 and 1 <= room <= 30 and digits not in _SERVICE_NUMBERS


def _bare_context_ok(text: str, part: _Part) -> bool:
    """A bare number is not a flat when it is a price, a phone, a code, a count or a time."""
    before = text[max(0, part.start - 10) : part.start]
    after = text[part.end : part.end + 12]
    if later_reading(text, part.start, part.digits):
        return False  # 血压高到180 … 今天130: the measure's later value (flats_readings)
    if _NOT_ROOM_AFTER.match(after):
        return False
    found = _NOT_ROOM_BEFORE.search(before)
    if found is None:
        return True
    # a roll call answered (replying to the roll call: 1502 here) names the flat, no phone call;
    # so does a room closing the message after 联系 alone (麻烦帮忙联系 2404): no phone is 4 digits
    return bool(_ROLL_CALL_BEFORE.search(text, max(0, part.start - 16), part.start)) or (
        found.group().strip() == "联系" and not text[part.end :].strip(" .。!")
    )


def _groups(text: str) -> list[_Group]:
    """All candidate flats in order of appearance."""
    groups: list[_Group] = []
    current: _Group | None = None
    for match in _COMPONENTS.finditer(text):
        parts = _component(match, text)
        if not parts:
            continue
        if match["cnbare"] is not None and not any(ch in "零〇○幺" for ch in match["cnbare"]):
            parts[0].follows_ok = False
        if (
            current is not None
            and not {part.role for part in parts} & {part.role for part in current.parts}
            and (len(parts) == 1 or parts[0].role > current.parts[-1].role)
            and (parts[0].role > current.parts[-1].role or current.parts[-1].marked)
            and (gap := _GAP.fullmatch(text, current.end, parts[0].start)) is not None
            and parts[0].start - current.end <= (MAX_FLOOR_GAP if gap["floor"] else MAX_GAP)
        ):
            current.parts.extend(parts)
            continue
        if match["post"] == "unit":
            continue  # "2 unit" alone is a quantity (2 unit of insulin); after a building, a unit
        current = _Group(list(parts))
        groups.append(current)
    return groups


def _accept(text: str, group: _Group) -> _Group | None:
    """The group trimmed to its valid parts, or None."""
    parts = group.parts
    if len(parts) == 1 and not parts[0].marked:
        part = parts[0]
        ok = part.follows_ok and _valid(part, alone=True) and _bare_context_ok(text, part)
        return group if ok else None
    kept: list[_Part] = []
    for part in parts:
        if not _valid(part, alone=False):
            if part.role == 2 and not part.marked:
                continue  # 3幢 7点: keep the building, drop the number
            return None
        if not part.marked and not _bare_context_ok(text, part):
            continue
        kept.append(part)
    if not kept:
        return None
    if (
        kept[0].marked
        and len(kept) == 1
        and kept[0].role == 2
        and not _ROOM_WORD.match(text, kept[0].start)
        and not _bare_context_ok(text, kept[0])
    ):
        return None
    return _Group(kept)


# A room named by the word (an error code, room 1506): the word says it is a flat, whatever code
# or call stands before it; a bare # after a code (code #4431) still reads as the code.
_ROOM_WORD = compile_prefiltered(r"(?:room|rm|flat|apt|apartment)\.?\s*(?:no\.?|number)?\s*#?\s*\d")


_PHONE = compile_prefiltered(
    r"(?<!\d)(?:\+?86[\s\-]?)?1[3-9]\d[\s\-]?\d{4}[\s\-]?\d{4}(?!\d)"
    r"|(?<!\d)0\d{2,3}[\s\-]?\d{7,8}(?!\d)|(?<!\d)\d{3,4}[\s\-]\d{4}[\s\-]\d{4}(?!\d)"
)


_APP_WORD = compile_prefiltered(r"微信|wechat|vx|qq")
_TIME_WORD = compile_prefiltered(r"时间|time")


def _dashed_after_label(before: str, group: _Group) -> bool:
    """Whether a chat app (no colon: not an id given) or a time word stands before a flat
    written with dashes: building-room after an app, building-unit-room after either."""
    word = before.strip()
    dashed = len(group.parts) >= 2 and all(part.hyphenated for part in group.parts)
    if not dashed:
        return False
    if _APP_WORD.fullmatch(word):
        return True
    # 约个时间 5-602: three digits after the dash are no minutes, so no clock
    rooms = len(group.parts) == 3 or len(group.parts[-1].digits) >= 3
    return rooms and _TIME_WORD.fullmatch(word) is not None


# A building named as the chat a message comes from (copied from building 3 chat, 转发自5号楼群)
# is where it was said, not a flat.
_CHAT_AFTER = compile_prefiltered(
    r"\s*(?:'s\s*)?(?:(?:wechat |whatsapp )?(?:chat|group(?![\s-]*buy))(?![a-z])|群)"
)

# A unit alone a volunteer is on duty for (负责3单元), or several buildings (负责3栋和5栋,
# 负责5到8栋); a unit alone or a range named in the order all go down in (按1-3单元顺序, 一单元先,
# 1-5幢7:30): no one's flat. (A building alone stays one: 负责3号楼 names building 3.)
_DUTY_BEFORE = compile_prefiltered(r"(?:负责|分管)\s*$")
_LISTED_BEFORE = compile_prefiltered(
    r"(?:负责|分管)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:栋|幢|号楼|单元)?\s*"
    r"(?:和|、|,|到|至|-|~)\s*$"
)
_LISTED_AFTER = compile_prefiltered(r"\s*(?:和|、|到|至|~)\s*(?:\d|[一二三四五六七八九十])")
_ORDER_AFTER = compile_prefiltered(r"\s*顺序")
_FIRST_AFTER = compile_prefiltered(r"\s*先(?!生)")
_CLOCK_AFTER = compile_prefiltered(r"\s*\d{1,2}:\d\d")


def _duty_or_turn(text: str, group: _Group) -> bool:
    """Whether a group with no room names units or buildings on duty or in turn, not a flat."""
    roles = {part.role for part in group.parts}
    if not roles <= {0, 1}:
        return False
    start, end = group.parts[0].start, group.end
    before = text[max(0, start - 12) : start]
    if _LISTED_BEFORE.search(before) or (
        _DUTY_BEFORE.search(before) and (roles == {1} or _LISTED_AFTER.match(text, end))
    ):
        return True  # 负责3单元, 负责3栋和5栋, 负责5到8栋
    if not _ORDER_AFTER.search(text):
        return False
    if roles == {1} and (_ORDER_AFTER.match(text, end) or _FIRST_AFTER.match(text, end)):
        return True  # 按1-3单元顺序, 按单元顺序 一单元先
    return bool(
        _RANGE_BEFORE.search(text[max(0, start - 6) : start]) and _CLOCK_AFTER.match(text, end)
    )


# The colon of a reply (回复 @楼长：2201) is no clock's.
_REPLY_COLON = compile_prefiltered(r"(@[^\s:@]{1,16}):")


# A range of buildings or units (1-10栋, 按1-3单元顺序, 一到六单元): whom a notice or an update is
# about, no flat of the writer's.
_RANGE_BEFORE = compile_prefiltered(r"[\d一二三四五六七八九十]\s*(?:到|至|~|-)\s*$")
_RANGE_AFTER = compile_prefiltered(
    r"\s*(?:到|至|~|-)\s*[\d一二三四五六七八九十]{1,2}\s*(?:栋|幢|号楼|单元)"
)


def _range_end(text: str, group: _Group) -> bool:
    """A building or unit alone at either end of a range."""
    if any(part.role == 2 for part in group.parts):
        return False
    start = group.parts[0].start
    return bool(
        (group.parts[0].marked and _RANGE_BEFORE.search(text, max(0, start - 6), start))
        or _RANGE_AFTER.match(text, group.end)
    )


# A count per time (每分钟100-120次, 100-120 times a minute): a rate, no flat.
_RATE_BEFORE = compile_prefiltered(r"每(?:分钟|小时|秒|秒钟|天|周|次)\s*$")
_RATE_AFTER = compile_prefiltered(
    r"\s*次(?:/|每)?(?:分钟|分)?|\s*(?:times|beats|bpm|per minute|a minute)(?![a-z])"
)
# Units or buildings listed one after another (已送完:1单元 2单元 3单元还差6户): a round's
# progress, no one's flat.
_SAME_MARK_AFTER = compile_prefiltered(
    r"\s*(?:和|、|,|及)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:单元|栋|幢|号楼)"
)
_SAME_MARK_BEFORE = compile_prefiltered(r"(?:单元|栋|幢|号楼)\s*(?:和|、|,|及)?\s*$")


def _rate_or_listed(text: str, group: _Group) -> bool:
    """A rate counted (100-120次 a minute) or one of units listed (1单元 2单元 3单元)."""
    first = group.parts[0]
    if (not first.marked or first.hyphenated) and (
        _RATE_BEFORE.search(text, max(0, first.start - 6), first.start)
        or _RATE_AFTER.match(text, group.end)
    ):
        return True
    if len(group.parts) != 1 or first.role not in (0, 1) or not first.marked:
        return False
    return bool(
        _SAME_MARK_AFTER.match(text, group.end)
        or _SAME_MARK_BEFORE.search(text, max(0, first.start - 6), first.start)
    )


def _candidates(text: str) -> list[_Group]:
    """Valid flats found in normalized text, outside phone numbers and codes."""
    if "@" in text:
        text = _REPLY_COLON.sub(r"\1 ", text)
    if _FLAT_CHARS.search(text) is None and _FLAT_WORDS.search(text) is None:
        return []
    phones = [match.span() for match in _PHONE.finditer(text)] if len(text) > 9 else []
    found: list[_Group] = []
    code: _Group | None = None  # the last code skipped (取件码3-4-5021)
    for group in _groups(text):
        if any(s < group.end and group.parts[0].start < e for s, e in phones):
            continue
        first = group.parts[0]
        if code is not None and _next_code(text, code, group):
            code = group
            continue  # 取件码3-4-5021 3-4-5022: the codes listed on, not a flat
        if first.hyphenated and (
            (before := _NOT_ROOM_BEFORE.search(text[max(0, first.start - 10) : first.start]))
            and not _CONTACT_VERB.fullmatch(before.group().strip())
            # a roll call answered (replying to roll call: 8-1-1801 36.4) is no phone call
            and not _ROLL_CALL_BEFORE.search(text, max(0, first.start - 16), first.start)
            # building, unit and room after a measurement word (防低血糖 12-3-501): no reading
            and not (len(group.parts) == 3 and _MEASURED.fullmatch(before.group().strip()))
            # a dashed address after a chat app or a time asked (钱发你微信 12-2-802, 约个时间
            # 11-1-601): no id nor clock is written building-unit-room
            and not _dashed_after_label(before.group(), group)
        ):
            code = group
            continue  # 取件码 6-2-3014 is a code; 帮忙联系 7-903 names the flat after a verb
        if first.hyphenated and _CODE_TOLD_AFTER.match(text, group.end):
            code = group
            continue  # 3-2-1101这种不是房号 是货架号: a shelf code told no flat
        if {part.role for part in group.parts} == {0} and _CHAT_AFTER.match(text, group.end):
            continue  # copied from building 3 chat: a chat, not a flat
        if _range_end(text, group):
            continue  # 按1-3单元顺序, medicine for 1-10栋: a range, not a flat
        if _duty_or_turn(text, group):
            continue  # 负责3单元, 一单元先: duty or turn, not a flat
        if _rate_or_listed(text, group):
            continue  # 每分钟100-120次, 1单元 2单元 3单元: a rate, a list
        if (roles := {p.role for p in group.parts}) == {1} and helpers_thanked(
            text, first.start, group.end
        ):
            continue  # 谢谢三单元的志愿者: whom the thanks are for (flats_others)
        if roles == {1} and round_done_for(text, first.start, group.end):
            continue  # all rubbish from unit 2 has been collected: the round's (flats_units)
        if roles == {0} and list_for(text, first.start):
            continue  # volunteer list for Block B: what a list covers (flats_others)
        accepted = _accept(text, group)
        if accepted is not None:
            found.append(accepted)
    return found


_LIST_GAP = compile_prefiltered(r"[\s,、/和及&]{1,3}")
_LIST_JOIN = compile_prefiltered(r"[、和及&]")


def _next_code(text: str, code: _Group, group: _Group) -> bool:
    """Whether a group goes on a list of codes: right after the last, of its shape and prefix
    (3-4-5021 3-4-5022 are two pickup codes of one shelf), or of its shape and joined by 和."""
    if not _LIST_GAP.fullmatch(text, code.end, group.parts[0].start):
        return False
    if len(group.parts) != len(code.parts) or len(group.parts) < 2:
        return False
    if [p.digits for p in group.parts[:-1]] == [p.digits for p in code.parts[:-1]]:
        return True
    # joined to the code by a conjunction, of its shape (取件码 3-5-6012 和 2-1-4403): a second code
    return bool(_LIST_JOIN.search(text, code.end, group.parts[0].start)) and len(
        group.parts[-1].digits
    ) == len(code.parts[-1].digits)


# A numbered line of a 接龙 (1. 3-101 36.5, 2、王 8-302 两盒)
_LIST_LINE = re.compile(r"^[ \t]*\d{1,3}[ \t]*[.、)）][ \t]*(.+)$", re.MULTILINE)


def list_flat(text: str) -> tuple[str, int, int] | None:
    """A 接龙's own flat, with its span: the last numbered line's, when two or more lines name a
    flat. Each member re-posts the list with their own line added at its end, so the poster is
    the last line, not the first household."""
    lines = list(_LIST_LINE.finditer(text))
    if len(lines) < 2:
        return None
    flats = [find_flat_normalized(line.group(1)) for line in lines]
    last = flats[-1]
    if last is None or sum(flat is not None for flat in flats) < 2:
        return None
    offset = lines[-1].start(1)
    return last[0], offset + last[1], offset + last[2]


def find_flat_normalized(text: str) -> tuple[str, int, int] | None:
    """The flat named in already normalized text with its span, preferring full addresses."""
    candidates = _candidates(text)
    if not candidates:
        return unit_place(text)  # the 4-2 stairwell (flats_places)

    def rank(group: _Group) -> int:
        has_room = any(part.role == 2 for part in group.parts)
        structured = len(group.parts) > 1 or group.parts[0].marked
        if structured and has_room:
            return 0
        return 1 if structured else 2

    best = min(candidates, key=rank)
    joined = _joined(candidates, best)
    if joined is not None:
        return joined, best.parts[0].start, best.end
    flat = best.text()
    if 0 not in {part.role for part in best.parts} and (named := building_after(text, best.end)):
        flat = f"{named}-{flat}"  # flat 1207, A block; Unit 2, 1901, building 5 (flats_places)
    return flat, best.parts[0].start, best.end


def _joined(candidates: list[_Group], best: _Group) -> str | None:
    """A building (or a unit) and a room named apart (the 1801 kitchen … bldg 6, 楼上1203的阿姨
    … 5栋, 3单元有人吗 … 301): one flat, when the message names nothing else."""
    if len(candidates) != 2:
        return None
    rooms = [group for group in candidates if {part.role for part in group.parts} == {2}]
    buildings = [
        group
        for group in candidates
        if {part.role for part in group.parts} & {0, 1}
        and 2 not in {part.role for part in group.parts}
        and all(part.marked for part in group.parts)
    ]
    if len(rooms) != 1 or len(buildings) != 1 or best not in (rooms[0], buildings[0]):
        return None
    return _Group([*buildings[0].parts, *rooms[0].parts]).text()


def find_flat(text: str) -> str | None:
    """The flat named in free text, normalized (3幢2单元501 -> 3-2-501), or None."""
    found = find_flat_normalized(normalize(text))
    return found[0] if found else None


_STRICT_SPACED = compile_prefiltered(
    r"(\d{1,3})[\s./](\d{1,2})[\s./](\d{3,4})|(\d{1,3})[\s./](\d{3,4})"
)
_STRICT_TRIM = compile_prefiltered(r"^[\s:#=]+|[\s。.!?,;]+$")
_STRICT_ROOM = compile_prefiltered(rf"\d{{3,4}}|[{''.join(CN_DIGITS)}]{{3,4}}")


def parse_flat(argument: str) -> str | None:
    """The whole argument as a normalized flat (/register 3幢2单元501 -> 3-2-501), else None."""
    text = _STRICT_TRIM.sub("", normalize(argument))
    if not text or len(text) > 40:
        return None
    spaced = _STRICT_SPACED.fullmatch(text)
    if spaced is not None:
        text = "-".join(piece for piece in spaced.groups() if piece is not None)
    if _STRICT_ROOM.fullmatch(text):
        digits = digit_string(text)
        ok = digits is not None and digits.isdigit() and not digits.startswith("0")
        return digits if ok else None
    groups = _groups(text)
    if len(groups) != 1:
        return None
    group = groups[0]
    if group.parts[0].start != 0 or group.end != len(text):
        return None
    if any(not _valid(part, alone=False) for part in group.parts):
        return None
    return group.text()
