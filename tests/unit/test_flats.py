"""Flats named in free text and /register arguments, normalized to building-unit-room."""

import pytest

from domain.flats import find_flat, parse_flat
from domain.understanding import understand


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3幢2单元501 帮忙买一袋大米", "3-2-501"),
        ("Is there any way to get my inhaler refilled? Running low. B-1205", "B-1205"),
        ("need 2 bags of rice, C-803 thanks", "C-803"),
        ("菜团接龙 第37 ：12-1-203 土豆3斤", "12-1-203"),
        ("楼长：3-1-501的老人已经被120接走了", "3-1-501"),
        ("2单元501室 门口有垃圾", "2-501"),
        ("三单元六零二", "3-602"),
        # a household's head count after a room read aloud (九零二四口人: 902, four people)
        ("二十栋一单元九零二四口人都是三十六度几老大三十六度八", "20-1-902"),
        ("五栋二单元六零一三口之家都正常", "5-2-601"),
        ("五栋二单元六零一四", "5-2-6014"),  # look-alike: no head count, the room stays
        # 米 of rice after a room read aloud is no metre (米缸见底了)
        ("三幢二单元六零一 米缸见底了 有团米的吗 算我一个", "3-2-601"),
        ("三单元六零一 米袋空了", "3-601"),
        ("12栋1203", "12-1203"),
        # thanks (多谢) after the room is no count (一千二百多)
        ("帮手买包米 7座1502 多谢", "7-1502"),
        ("Block 3, 902 多谢晒", "3-902"),
        ("Bldg 7 Unit 1 #402", "7-1-402"),
        ("T 36.7 Room 1203", "1203"),
        ("【通知】5幢明早7点核酸", "5"),
        ("送到3-2-501了", "3-2-501"),
        ("３幢２单元５０１", "3-2-501"),
        ("我住3栋 2单元 501室", "3-2-501"),
        ("8号楼1单元1102 需要酱油", "8-1-1102"),
        ("十五栋二单元幺零零三", "15-2-1003"),
        ("十幢三单元四零二", "10-3-402"),
        ("十二栋八零一 马桶堵了", "12-801"),
        ("二十幢", "20"),
        ("住六零二 帮忙拿快递", "602"),
        ("*1203 sorry, typo", "1203"),
        ("Gas is off in the west buildings. Sorry all", None),
        ("幺幺零二", "1102"),
        ("7号1单元402", "7-1-402"),
        ("3号楼502", "3-502"),
        ("5 building 3 unit 401", "5-3-401"),  # the number first, as in Chinese
        # an age before a flat written labels first is no building
        ("grandma 82 bldg 6 unit 1 #1102 fell and can't get up", "6-1-1102"),
        ("I live in 7 building, room 302", "7-302"),
        ("12 tower 1502", "12-1502"),
        ("5棟1單元203", "5-1-203"),  # traditional characters
        ("3號樓1單元602", "3-1-602"),
        ("我家在5幢602", "5-602"),
        ("408室", "408"),
        ("402房", "402"),
        ("1803号", "1803"),
        ("3—2—501", "3-2-501"),
        ("3－2－501", "3-2-501"),
        ("Building 5, Unit 2, Room 1203", "5-2-1203"),
        ("bldg 11 unit 2 room 504", "11-2-504"),
        ("Unit 3 Room 1502", "3-1502"),
        ("bldg 3 rm 402", "3-402"),
        ("Apt 1502 needs eggs", "1502"),
        ("Tower 2 #1805", "2-1805"),
        ("room402", "402"),
        ("602 想买两箱纯牛奶", "602"),
        ("Trash bag outside, take it down? 1803", "1803"),
        ("My neighbour in 1103 is unconscious", "1103"),
        ("快递在门卫 我是1203", "1203"),
        ("等了2个小时 1102", "1102"),
        ("手机号138-0000-5678 住1102", "1102"),
        ("3-2-501 电话13912345678", "3-2-501"),
        ("3 bags of rice to unit 2 room 603", "2-603"),
        ("my unit 1203 needs water", "1203"),
        ("Block 3, Unit 2, 1201", "3-2-1201"),
        ("Apt #1203", "1203"),
        ("房号1203", "1203"),
        ("门牌号 5-1-302", "5-1-302"),
        ("五号楼三单元四零二", "5-3-402"),
        ("住在12楼的1203", "1203"),
        ("Room 1203, Building 5", "5-1203"),
        ("#402, Unit 1, Bldg 7", "7-1-402"),
        ("Bldg. 7, Unit 1, Apt 402", "7-1-402"),
        ("3号2单元501", "3-2-501"),
        ("3幢 2单元 501号", "3-2-501"),
        ("Room 1203 5 people", "1203"),
        ("٣-٢-٥٠١", "3-2-501"),
        ("1栋1单元1楼101", "1-1-101"),  # a floor between the parts is dropped
        ("3幢 12层 1203", "3-1203"),
        ("五栋二单元十二楼1201", "5-2-1201"),
        ("Flat 12-1103, need a plumber", "12-1103"),  # a word mark before a hyphenated flat
        ("Room 3-2-501 needs eggs", "3-2-501"),
        # a building named by a letter keeps it, upper case
        ("B座1703", "B-1703"),
        ("阿爷鲠亲 救命啊 d座1502", "D-1502"),
        ("能不能送到B栋1102", "B-1102"),
        ("A栋3单元402", "A-3-402"),
        ("Block C 1101", "C-1101"),
        ("Block B, 1103", "B-1103"),
        ("Can I get 1 case of water for Block A 1801? thx", "A-1801"),
        ("Temp: 100.4 F resting. rm 1203 blk C", "C-1203"),
        ("blk C", "C"),
        ("the building a bit old 1203", "1203"),
        # 动, 洞 and 东 misheard for 栋 by voice input, when a unit follows
        ("快叫救护车 四动二单元八零一", "4-2-801"),
        ("三洞1单元302", "3-1-302"),
        ("体温三十六度九没有发烧七东三单元五零一", "7-3-501"),
        ("报平安 一东二单元三零一", "1-2-301"),
        ("他动了一下 2单元301", "2-301"),
        # numbers spelt out after an English mark
        ("please help building seven unit two room three oh five", "7-2-305"),
        ("room twelve oh three", "1203"),
        ("Building 5, room one two oh one", "5-1201"),
        # a service number before the address is no room of it
        ("能不能叫120 3幢1单元202", "3-1-202"),
        ("老人不会弄手机 4-2-503", "4-2-503"),  # a phone is never written 4-2-503
        ("1-3-801:36.4(母)36.6(父)", "1-3-801"),  # a reading after the flat's colon
        # the x of "fix" or "box" is no times sign (大米 x 2 counts; fix 1001 names a room)
        ("toilet blocked, can someone come and fix 7-2-1101", "7-2-1101"),
        ("door lock jammed pls help fix 1001", "1001"),
        # a whole address right after a measurement word is no reading
        ("老伴有点低血压 5-2-1102", "5-2-1102"),
        ("mum's blood pressure 7-1-803 please check", "7-1-803"),
        ("HR 82, temp 36.6, room 1205", "1205"),
        # a form's bars between the parts; a dash opening the writer's line
        ("【每日上报】6栋 | 1单元 | 702 | 36.5℃ | 无症状", "6-1-702"),
        ("Bldg 6 | Unit 1 | 702 | 36.5", "6-1-702"),
        ("[转发] 请各位居民每日上午10点前上报体温\n——12-2-801 今天 36.6", "12-2-801"),
        ("[Forwarded] please report temps by 10am\n-- 3-1-502 today 36.5", "3-1-502"),
        ("心率有点快 110 左右 5-2-1102", "5-2-1102"),
        # a whole address or a building alone, beside no range
        ("3-1-502 需要两袋米 1到2袋都行", "3-1-502"),
        ("5栋 需要两袋米", "5"),
        ("新来的志愿者 负责3号楼", "3"),
        # a payment QR asked for, the flat after it
        ("鸡蛋牛奶各一箱 发个收款码给我 902", "902"),
        ("麻烦帮我买点菜 我家门牌号码是 7-2-1101 谢谢", "7-2-1101"),
        # a code told no flat, the flat named after it
        ("the code is 2-1-7730, sorry for the mix-up, parcel for flat 6-2-1101", "6-2-1101"),
    ],
)
def test_find_flat_names_the_flat(text: str, expected: str) -> None:
    assert find_flat(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "谢谢志愿者们 辛苦了❤️",
        "covid-19 test at 3pm",
        "my number is 139 1203 5501",
        "电话13912035501",
        "Can someone top up my phone? number 138 0000 5678",
        "取件码 3-2-5012 帮忙拿一下",
        "交了200块电费",
        "体温36.5",
        "temp 101F",
        "明天10:30核酸",
        "2022年4月15日",
        "能直接打120吗",
        "快打119",
        "12楼有人吗",
        "买了3箱水",
        "100-200块",
        "一栋楼都停电了",
        "三室一厅",
        "4月5号",
        "50 yuan",
        "abc123",
        "花了 108",
        "买120个口罩",
        "一二一二",
        "#1 priority",
        "3/2/501",
        "I need 2 unit of insulin",  # a count, with no building before it
        "3 block away from the gate",
        "one unit of insulin",
        "the room one day",
        "低价代购 进口车厘子 一箱198 加微信",
        "Dad had his bypass back in 2018, he's doing well",  # a year told
        "we've lived in this block ever since 2009",
        "量了两只手 左手135 右手128",  # a reading per arm
        "left arm 142, right arm 131, is that normal?",
        # a pulse counted
        "My heart rate was 105 after chasing the kid around, is that normal?",
        "mine says HR 104, I was nervous during the test",
        "心率110 脉搏110 有点快 正常吗",
        "🔥" * 3000,
        # a range of buildings or units: whom a notice or an update is about
        "【通知】明天上午10:00全员核酸 请按1-3单元顺序下楼",
        "Volunteer update: medicine for 1-10栋 all delivered",
        "垃圾刚收完 一到六单元都清了",
        "新来的志愿者 负责5到8栋送菜",
        # a code told with a verb or a likeness, or told right after to be no flat
        "快递取件码是 2-5-3301 2-5-3302",
        "boxes at the gate carry a shelf code like 2-4-1108, check your name on it",
        "货架号自己核对 5-1-2208这种不是房号",
        "labels say 6-3-1104, which is not your flat, it's the shelf",
    ],
)
def test_find_flat_ignores_numbers_that_are_not_flats(text: str) -> None:
    assert find_flat(text) is None


def test_find_flat_prefers_a_full_address_over_a_bare_number() -> None:
    assert find_flat("我是602的 快递放在3幢2单元501门口") == "3-2-501"


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("3-2-501", "3-2-501"),
        ("3幢2单元501", "3-2-501"),
        ("Bldg 7 Unit 1 #402", "7-1-402"),
        ("  3-501 ", "3-501"),
        ("1203", "1203"),
        ("Room 1203", "1203"),
        ("5幢", "5"),
        ("二单元五零三", "2-503"),
        ("十二栋八零一", "12-801"),
        ("3号楼2单元501室", "3-2-501"),
        ("#402", "402"),
        ("3 2 501", "3-2-501"),
        ("３－２－５０１", "3-2-501"),
    ],
)
def test_parse_flat_accepts_a_whole_flat(argument: str, expected: str) -> None:
    assert parse_flat(argument) == expected


@pytest.mark.parametrize(
    "argument",
    [
        "",
        "   ",
        "hello",
        "3楼",
        "36.5",
        "138 0000 5678",
        "0501",
        "1-2-3",
        "3-2-501 please",
        "帮忙买米",
        "12",
        "3幢2单元501 和 4幢",
        "x" * 500,
    ],
)
def test_parse_flat_rejects_anything_else(argument: str) -> None:
    assert parse_flat(argument) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fire in the 1801 kitchen!!! smoke everywhere, bldg 6", "6-1801"),
        ("楼上1203的阿姨 5栋", "5-1203"),
        ("6栋 我家1801", "6-1801"),
        ("my flat is 1203 in block 4", "4-1203"),
        ("3单元有人吗 我家孩子从上铺掉下来 叫他迷迷糊糊的 301", "3-301"),
        ("anyone in unit 2? my dad fell, room 1203", "2-1203"),
    ],
)
def test_find_flat_joins_a_building_and_a_room_named_apart(text: str, expected: str) -> None:
    assert find_flat(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我是5栋的楼长 电话13900001111", "5"),  # a phone is no room
        ("3-2-501 和 4栋", "3-2-501"),  # a full flat and another building: not joined
        ("5栋 1203 和 1204 都要", "5-1203"),  # two rooms: only the adjacent one
    ],
)
def test_find_flat_does_not_join_what_is_not_one_flat(text: str, expected: str) -> None:
    assert find_flat(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 号 before a room names the building, as in Shanghai lanes
        ("带两提抽纸，12号602", "12-602"),
        ("我是 十一号 五零三", "11-503"),
        ("二十二号一零零三", "22-1003"),
        ("八号 幺零一", "8-101"),
        ("我在5弄12号301", "12-301"),
        ("7号1单元402", "7-1-402"),
        # a flat right after a reply's colon
        ("回复 @楼长：2201 体温36.6 正常", "2201"),
        ("回复 @3栋1201：已送到", "3-1201"),
        # a room right after a heading's colon, a relayed household (楼道长：601的李奶奶)
        ("楼栋长转达：802的王阿姨燃气灶打不着火", "802"),
        ("志愿者代报：1502的爷爷今天体温36.8", "1502"),
        ("Floor lead: 1102 needs rice", "1102"),
        # a building named as the chat a message comes from is no flat
        ("Copied from block 7 group: lift out of service", None),
        ("转自8栋群：明天团购截止", None),
        ("转自8栋群：8-1203 需要买米", "8-1203"),
        ("who runs the bldg 8 group buy?", "8"),  # a group buy, not a chat
    ],
)
def test_lane_numbers_and_replies_name_the_flat(text: str, expected: str) -> None:
    assert find_flat(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4月12号 302", "302"),  # a date, then a room
        ("5号 150块", None),  # a date, then a price
        ("时间:1430", None),
        ("@小李:10:30 到", None),
    ],
)
def test_dates_prices_and_clock_times_stay_out_of_lane_flats(
    text: str, expected: str | None
) -> None:
    assert find_flat(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("想看牙医 能不能帮忙联系 7-903", "7-903"),  # a verb ends the request, then the flat
        ("能帮我打 5-1-302", "5-1-302"),
        ("取件码 6-2-3014 我住11-702", "11-702"),  # a pickup code is no flat
        ("Pickup code 6-2-3014. I'm in Bldg 11 Unit 1 #702", "11-1-702"),
        # a second code joined to the first by 和, of its shape
        ("两个快递 取件码 4-2-7031 和 1-3-2208 帮忙送到 9栋502", "9-502"),
        ("取件码 2-6-5013、5-1-3307 麻烦送到 8-1-1201", "8-1-1201"),
    ],
)
def test_a_hyphenated_flat_after_a_contact_verb(text: str, expected: str) -> None:
    assert find_flat(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("要一双42码的拖鞋 3-1-802", "3-1-802"),  # a size is no code
        ("童装XL码两件 12-2-1101", "12-2-1101"),
        ("验证码 6-2-3014 我住11-702", "11-702"),  # a code still is
    ],
)
def test_a_clothing_size_before_a_flat_is_no_code(text: str, expected: str) -> None:
    assert find_flat(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a unit alone a volunteer is on duty for, or several buildings
        "我是新来的志愿者 负责2单元 有事找我",
        "志愿者小王负责3单元和4单元",
        "新来的志愿者 负责6栋和7栋 有事群里说",
        "这周我负责2到4栋送菜",
        # a unit's whole round told done
        "evening update: meds for unit 3 delivered, bins done on floors 1-12",
        "temperature check done for all of unit 5, thank you all",
        "汇报:3单元全部核酸完成 明天继续",
        # a unit alone or a range named in the order all go down in
        "明天核酸 请按1-2单元顺序下楼",
        "按单元顺序下楼 二单元先",
        "请按楼栋顺序下楼 1-3幢8:00 4-6幢9:00",
    ],
)
def test_units_on_duty_or_in_turn_name_no_flat(text: str) -> None:
    assert find_flat(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大家好 我是志愿者 负责5号楼", "5"),  # a building alone names it
        ("负责人说3-1-402先送", "3-1-402"),
        ("按顺序来 我家3栋2单元502", "3-2-502"),
    ],
)
def test_a_flat_beside_duty_or_turn_words_is_still_read(text: str, expected: str) -> None:
    assert find_flat(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("倒垃圾接龙\n1. 6-101 ✔\n2. 6-302 ✔\n3. 6-801 两袋 麻烦了", "6-801"),
        ("Temp check-in\n1. 3-101 36.5\n2. 3-203 36.7\n3. 3-1102 36.4 (me)", "3-1102"),
        ("#接龙 牛奶\n1. 5-101 两箱\n2. 5-203 一箱\n3. 5-402 先不接了 我爸好像中风了", "5-402"),
        # one household with a flat: the list names no other, the flat is that one
        ("#接龙 鸡蛋团购\n1. 张阿姨 1箱\n2. 小陈 2箱\n3. 6幢502 1箱", "6-502"),
        # the poster's own line names no flat: the first full address stands
        ("接龙\n1. 2-101 一盒\n2. 2-202 两盒\n3. 王阿姨 一盒", "2-101"),
    ],
)
def test_a_list_is_posted_by_its_last_line(text: str, expected: str) -> None:
    assert understand(text).flat == expected
