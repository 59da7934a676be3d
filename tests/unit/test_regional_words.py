"""Regional words (Wu, Sichuan, Hunan, Hokkien, Hakka, Cantonese), pinyin typos and broken
English, read by concept."""

import pytest

from domain.understanding import Category, EmergencyFamily, Kind, understand
from domain.understanding.dialect import read_dialect
from tests.support.families import check_calm, check_emergency, check_order


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("阿拉爷叔吃汤团噎牢了 气透不出 面孔发紫 侬快点上来 6号楼203", EmergencyFamily.CHOKING),
        ("老头子讲心口头闷得来 汗嗒嗒滴 脸色煞白 伐好了 15号601", EmergencyFamily.CARDIAC),
        ("I don't want live anymore. Nobody care. Tonight I will jump.", EmergencyFamily.SUICIDE),
    ],
)
def test_emergencies_said_in_wu_or_broken_english_raise_the_chain(
    text: str, family: EmergencyFamily
) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    assert family in reading.families, reading.evidence


def test_wu_things_are_bad_is_no_recovery() -> None:
    """伐好了 is 不好了 (things are bad), not 好了 (all better)."""
    assert read_dialect("脸色煞白 伐好了") == "脸色煞白 不好了"
    assert understand("老头子讲心口头闷 伐好了").kind is Kind.EMERGENCY


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("阿拉门口搿只黄色医疗废物袋 侬拨阿拉拿脱伐 12号楼803", "garbage"),
        ("拉鸡堆了好几天了 臭得很 啥子时候来收嘛 能不能今天拿走 9栋402", "garbage"),
        # Sichuan: 打不燃 (will not light), 来看一哈 (come and look); Cantonese: 交埋 (pay too)
        ("燃气灶打不燃了 哪个晓得物业电话嘛 帮忙喊个师傅 3栋502", "repair"),
        ("我妈脚肿了几天了 社区医生得空来看一哈嘛 2-1-301", "medical"),
        ("唔该边位帮我交埋物业管理费 我喺8幢301", "errand"),
    ],
)
def test_regional_asks_and_typos_are_orders(text: str, category: str) -> None:
    reading = understand(text)
    assert reading.kind is Kind.ORDER, reading.evidence
    assert reading.category == category, reading.evidence


def test_wu_question_particle_reads_as_a_question_only_at_a_clause_end() -> None:
    assert read_dialect("侬拨阿拉拿脱伐 12号楼") == "你给我们拿走吗 12号楼"
    assert read_dialect("山上砍伐树木") == "山上砍伐树木"


@pytest.mark.parametrize(
    "text",
    [
        "楼下那个火锅店 我想死它了 😭 解封第一件事就去吃",
        "想死外婆家的红烧肉了",
        "隔壁楼有人在群里喊救命 后来发现是手机被娃儿乱按的 大家别慌",
        "Could the doctor come measure my blood pressure? Dizzy sometimes, not now. 4-2-804",
        "Haha my cat stole my fish again, I want to cry",
    ],
)
def test_missing_a_dish_a_cry_explained_and_a_reading_raise_no_chain(text: str) -> None:
    reading = understand(text)
    assert reading.kind is not Kind.EMERGENCY and not reading.in_doubt, reading.evidence


def test_a_doctor_asked_to_measure_blood_pressure_is_a_medical_order() -> None:
    reading = understand("Could the doctor come measure my blood pressure? 4-2-804")
    assert (reading.kind, reading.category) == (Kind.ORDER, "medical"), reading.evidence


@pytest.mark.parametrize(
    "text", ["我想死了 没人在乎我", "真的想死算了", "好想死掉了", "我想死很久了"]
)
def test_wanting_to_die_is_still_raised_when_nothing_is_missed(text: str) -> None:
    assert understand(text).kind is Kind.EMERGENCY, understand(text).evidence


def test_jumping_rope_tonight_is_no_plan_to_jump() -> None:
    reading = understand("tonight I will jump rope on the balcony for exercise")
    assert reading.kind is not Kind.EMERGENCY, reading.evidence


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("阮阿嬤佇浴間仔跋倒 跤疼甲袂振動 徛袂起來 3-3-502", EmergencyFamily.FALL),
        ("𠊎阿爸佇屋家暈忒 唔知人了 叫都叫毋醒 6-3-702", EmergencyFamily.UNRESPONSIVE),
        ("活咧嘛無意思 我欲去死 藥仔攏準備好矣", EmergencyFamily.SUICIDE),
        ("火燒厝啊！走廊規片烏煙 阮出袂去 2號樓1203", EmergencyFamily.FIRE),
        ("阿孫食麻糬鯁著 喘袂過來 面變青色 緊來鬥相共 5-2-601", EmergencyFamily.CHOKING),
    ],
)
def test_hokkien_and_hakka_emergencies_raise_the_chain(text: str, family: EmergencyFamily) -> None:
    reading = understand(text)
    assert reading.kind is Kind.EMERGENCY, reading.evidence
    assert family in reading.families, reading.evidence


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("𠊎阿公咳嗽咳到夜晡睡唔落 同佢買止咳藥 5-1-1302", "medicine"),
        ("社區醫生敢會當來看阮阿嬤 跤腫腫 毋是足急 9-3-702", "medical"),
        ("阿公咳嗽睡不着 帮他买止咳药 5-1-1302", "medicine"),
    ],
)
def test_asks_for_someone_else_in_hokkien_hakka_and_mandarin_are_orders(
    text: str, category: str
) -> None:
    reading = understand(text)
    assert (reading.kind, reading.category) == (Kind.ORDER, category), reading.evidence


@pytest.mark.parametrize("text", ["我帮他买了药", "楼长辛苦 我妈说昨天你帮她送药 她特别感动"])
def test_help_given_for_someone_else_asks_nothing(text: str) -> None:
    assert understand(text).kind is not Kind.ORDER, understand(text).evidence


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("熱水器的火一直點袂著 禮拜二到今仔日攏無燒水 11-2-302", "repair"),
        ("瓦斯爐點袂著 按怎轉都無火 17棟1單元301", "repair"),
        ("燒到38.4 頭殼疼 敢有人會當幫阮買普拿疼 22-1-1001", "medicine"),
        ("家裡沒有洗衣精了 也沒有洗碗精 可以幫忙買嗎 二單元五零一", "groceries"),
    ],
)
def test_taiwan_names_and_hokkien_faults_are_orders(text: str, category: str) -> None:
    reading = understand(text)
    assert (reading.kind, reading.category) == (Kind.ORDER, category), reading.evidence


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("阮阿嬷倒落去 叫攏无应 紧来 7-1-301", EmergencyFamily.UNRESPONSIVE),
        ("阮阿爸拄才昏去 紧来 3-2-101", EmergencyFamily.UNRESPONSIVE),
        ("阮细汉的食饭鲠着 面攏青去 2-2-202", EmergencyFamily.CHOKING),
        ("细人仔烧到39.8 一直抽 目睭吊起来", EmergencyFamily.INFANT_FEVER),
        ("我无想欲活 今暗就去", EmergencyFamily.SUICIDE),
        ("阿爷食鱼哽住咗 讲唔到嘢", EmergencyFamily.CHOKING),
    ],
)
def test_hokkien_hakka_and_cantonese_falls_faints_chokes_and_farewells_raise_the_chain(
    text: str, family: EmergencyFamily
) -> None:
    check_emergency(text, family)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("阮兜的热水器无热 会使叫师傅来看无 8-1-1001", Category.REPAIR),
        ("阮兜的糞埽囥佇门口 会当来收无", Category.GARBAGE),
        ("阮阿公欲拍预防针 几时会使去 6-2-301", Category.MEDICAL),
        ("阿妈逢二四六要洗肾 有冇车送佢去医院 3-3-1101", Category.MEDICAL),
        ("厕所水喉爆咗 水浸到客厅 快啲搵人上嚟整", Category.REPAIR),
        ("边个可以帮手增值电话卡 3-1-505", Category.ERRAND),
    ],
)
def test_hokkien_can_or_not_and_cantonese_asks_are_orders(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "阿伯唱歌唱甲阮攏欲昏去矣🤣",  # 唱甲…欲昏去 is 唱得我要昏倒: hyperbole, laughed at
        "琴日楼下有人晕低 救护车车咗佢去医院 而家冇事喇",  # yesterday's, all right now
    ],
)
def test_a_laughed_at_boast_and_yesterdays_fall_told_in_dialect_raise_no_chain(text: str) -> None:
    check_calm(text, asks=True)
