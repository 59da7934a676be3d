"""Body-temperature readings: formats, Fahrenheit, and numbers that are not readings."""

import pytest

from domain.understanding import Kind, understand


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("36.8", 36.8),
        ("3-501 体温36.5", 36.5),
        ("36，5", 36.5),
        ("5-2-702 体温36。6", 36.6),  # a Chinese full stop typed as the decimal point
        ("今天37。2 有点低烧", 37.2),
        ("36度7", 36.7),
        ("早上36度8", 36.8),
        ("体温 36度5", 36.5),
        ("体温36度 3-1-1102", 36.0),
        ("体温38度 12栋201", 38.0),
        ("体温三十七度五", 37.5),
        ("晚上测了一下 三十七度三", 37.3),
        ("发烧三十八度", 38.0),
        ("３７．５℃", 37.5),
        ("37.5°C", 37.5),
        ("today's temp 36.6 C", 36.6),
        ("temp 98.6F, feeling fine", 37.0),
        ("temp 100.4 F", 38.0),
        ("temp 101F", 38.3),
        # where it went, after a reading, is in the same scale
        ("100.4 F this morning, down to 99 now", 37.2),
        ("早上100.4华氏度 现在降到99了", 37.2),
        ("fever 38.5 down to 37 now", 37.0),
        ("38.9 吃了退烧药 退到37了", 37.0),
        ("Temp: 99.1F this morning", 37.3),
        ("fever of 39", 39.0),
        ("39 degree fever", 39.0),
        ("烧到39了", 39.0),
        # one's own measured reading asked about, opening the message
        ("36.9 算低烧吗？", 36.9),
        ("37.4 算低烧吗 有点担心 其他没啥症状", 37.4),
        # the person's state after the reading, not a count of people
        ("老公烧到39.6 人还清醒 吃了布洛芬在睡", 39.6),
        ("体温37", 37.0),
        ("T:37.2", 37.2),
        ("T 36.7 room 1203", 36.7),
        ("高烧40.1", 40.1),
        ("Morning temp 36.9, evening 37.5", 37.5),
        ("早上36.6 晚上37.4", 37.4),
        ("全家体温正常 老公36.4 我36.6", 36.6),
        ("体温36.5-37.2", 37.2),
        ("Temperature 100.2F this morning, 98.9 now", 37.2),
        ("Room 3705 temp 36.6", 36.6),
        ("1201 36.7", 36.7),
        ("36.9 外面下雨了", 36.9),
        ("3-2-501 36.6", 36.6),
        ("体温：36.5℃ 血氧97.5", 36.5),
        ("腋下温度36.4", 36.4),
        ("测了两次 36.5和36.7", 36.7),
        ("98.2°F", 36.8),
        ("体温36.5 血压140/90 心率98", 36.5),
        ("体温三六点五", 36.5),  # Chinese digits read one by one
        ("今天体温36点6", 36.6),  # 点 for the decimal point
        ("36.7度 1单元1304", 36.7),  # the flat after 度 is no tenth
        ("今早三七度二", 37.2),
        ("刚量的 三十八度 头晕", 38.0),  # a whole Chinese number after measuring
        ("测了一下 三十七度", 37.0),
        ("temp 38 point 2, a bit tired", 38.2),  # a decimal point spelt out
        ("体温 37 point 5", 37.5),
        ("今天量的 36°6", 36.6),  # a degree sign before the tenth, like 36度6
        ("36°5 正常", 36.5),
        ("我 36 度 9 正常的", 36.9),  # spaced around 度
        ("36度 9点量的", 36.0),  # 9点 is a time, not the tenth
        ("體溫36.7 一切正常", 36.7),  # traditional characters
        ("36.5 36.7 36.4 分别是我 老公 孩子", 36.4),  # 分别 is not a score (分)
        ("97.9 F for me, 98.2 for my husband, 12-2-1502", 36.8),  # F said once for both
        ("我 98.1F 孩子 99.5", 37.5),
        ("my boy has 102F, anyone got calpol? 3-1-201", 38.9),  # a whole °F number of a child
        ("36.5 就是有点冷", 36.5),  # 就是 after a reading
        # spaced words: the 度 after a decimal takes no digit of the flat that follows
        ("我 的 体温 是 36.8 度 5栋 1203", 36.8),
        ("kid is 38.2 inside the room now", 38.2),  # a decimal indoors is still a reading
        # a whole number told normal in a roll call, or asked whether normal
        ("36 正常 3-2-1101", 36.0),
        ("today 36 normal, 8-1-203", 36.0),
        ("36度 算正常吗 4-1-702", 36.0),
        ("孩子37度 应该算正常的吧", 37.0),
    ],
)
def test_the_last_reading_in_celsius(text: str, celsius: float) -> None:
    assert understand(text).temperature == celsius


@pytest.mark.parametrize(
    "text",
    [
        "超过37.3要上报",
        "bought 100 masks, down to 99 now",
        "37.3以上请联系社区",
        "如果烧到39度怎么办",
        "if temp above 38.5 take ibuprofen",
        "体温不超过37.3就可以下楼",
        "今天38度 热死了",
        "外面气温36度",
        "热水器调到40度",
        "空调开到26度",
        "so hot, 33 degrees in the bedroom and the fan does nothing",
        "36.5元一斤",
        "体重38.5kg",
        "at 37 people in line",
        "四十度",
        "发烧三天了",
        "交了200块电费",
        "3-2-501",
        "Room 1203",
        "10:30 做核酸",
        "No fever, no cough",
        "下午三四点到",  # a time, not 34
        "三七点五分开门",
        "下午3点6分到",
        "12点5分开始",
        "检测了 三十八度的天",
        "36.5分",
        "scored 38 points",
        "room 1203 at 64F all day, heating broken",  # a room's °F
        "when is it counted as a fever, 37.3?",
        "Is 37.5 a fever here? what number do we report?",  # whether a number is a fever
        "so hot today, feels like 39 degrees inside the flat",  # the room's heat
        "屋里38度 热死了",
        "请按格式报体温 例如 3-2-501 36.5",  # a format shown by example
        "format: flat + reading, e.g. 1-1-101 36.6",
        "37度算发烧吗",  # where a fever starts, asked
        "请问37.3算发烧吗",  # asked of a number, not one's own reading
        "Does the 37.3 threshold mean we have to report it?",
        "血压 38 正常吗",
    ],
)
def test_numbers_that_are_not_readings(text: str) -> None:
    assert understand(text).temperature is None


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("thirty eight point one", 38.1),
        ("forty point two", 40.2),
        ("38 °C", 38.0),
        ("5-1-702 三十八度", 38.0),
        ("101 F and shivering", 38.3),
        ("体温到底多少算低烧 37.5吗", None),
        ("Which reading counts as a fever, 37.5?", None),
        # a number asked as the line to act at (is 38 still the cutoff?) is no reading
        ("Is 37.3 still the threshold for the fever clinic?", None),
        ("37.3还是发烧的标准吗 社区说改了", None),
        ("四十度", None),
        ("12F 3-2-101", None),
        ("my son is thirty-eight point five years old", None),
    ],
)
def test_readings_in_words_alone_with_a_unit_or_in_fahrenheit_are_reports(
    text: str, celsius: float | None
) -> None:
    """What counts as a fever, a floor and an age are no readings."""
    reading = understand(text)
    assert reading.temperature == celsius, reading.evidence
    if celsius is not None:
        assert reading.kind is Kind.TEMPERATURE, reading.evidence


def test_a_whole_fahrenheit_reading_then_a_tenth_one() -> None:
    reading = understand("101 F last night, now down to 99.5")
    assert (reading.kind, reading.temperature) == (Kind.TEMPERATURE, 37.5), reading.evidence
    assert understand("12F 3-2-101").temperature is None  # a floor, alone


def test_a_plain_reading_is_a_temperature_report() -> None:
    reading = understand("702 今天36.4度")
    assert (reading.kind, reading.temperature, reading.flat) == (Kind.TEMPERATURE, 36.4, "702")


def test_a_reading_with_symptoms_and_no_request_stays_a_temperature_report() -> None:
    assert understand("38.3 头有点痛 已经吃了药 4-1-102").kind is Kind.TEMPERATURE


def test_a_reading_with_a_request_is_an_order_and_keeps_the_reading() -> None:
    reading = understand("孩子有点发烧38.2 帮忙买盒退烧药 6-1-201")
    assert (reading.kind, reading.temperature) == (Kind.ORDER, 38.2)


def test_a_temperature_field_is_kept_on_emergencies() -> None:
    reading = understand("七个月宝宝烧到39.8 一直哭 二单元五零三")
    assert (reading.kind, reading.temperature) == (Kind.EMERGENCY, 39.8)


def test_evidence_names_the_reading() -> None:
    assert "temperature:98.6f->37.0" in understand("temp 98.6F").evidence


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("一家三口 36.4/36.6/36.9", 36.9),  # several readings, slash-separated
        ("老两口 36.3/37.1", 37.1),
        ("temps 36.5/36.7 today", 36.7),
    ],
)
def test_slash_separated_readings_end_on_the_last(text: str, celsius: float) -> None:
    got = understand(text)
    assert got.kind is Kind.TEMPERATURE, got.evidence
    assert got.temperature == celsius, got.evidence


@pytest.mark.parametrize("text", ["36/37号楼的居民请注意", "12/36 已送达", "3/12 买了36个鸡蛋"])
def test_slashes_without_decimals_are_no_readings(text: str) -> None:
    assert understand(text).temperature is None


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        # a whole °C told as exact or with how the writer feels is a reading
        ("37℃ 整 没症状 2-1-403", 37.0),
        ("36℃整 2-1-403", 36.0),
        ("37°C exactly, no symptoms, 5-1-202", 37.0),
        ("37°C 没症状", 37.0),
        ("外面37℃ 整个人都热化了", None),
        ("空调开37℃ 正好", None),
        # how many degrees make a fever, asked: a threshold
        ("How many degrees counts as a fever for the daily report? 37.3?", None),
        ("how many degrees is considered a fever here, 37.5?", None),
        # a fever told of everyone of an age: advice, not a reading
        (
            "quoting the doctor from earlier: 'a fever of 38 in adults is not an emergency, "
            "just rest and drink water'. good to know",
            None,
        ),
        ("a temperature of 38.5 in kids is usually fine, the nurse said", None),
        ("医生说成人发烧38度不算急症 多喝水就行", None),
        ("my son has a fever of 38.5, in bed now", 38.5),
        ("38.2 for my son, 37.6 for me", 37.6),
    ],
)
def test_whole_readings_told_exact_and_fevers_told_of_all(text: str, celsius: float | None) -> None:
    reading = understand(text)
    assert reading.temperature == celsius, reading.evidence


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        # a middle dot typed as the decimal point (36·8), as a full stop or a comma is
        ("昨天36·8 今天36·6", 36.6),
        ("36·8 9幢801", 36.8),
        ("temp 37·2 this morning 3-1-502", 37.2),
        ("体温37·5 有点低烧 能帮买退烧药吗 5-2-301", 37.5),
        # look-alikes: a date, buildings, a weight
        ("3·8妇女节 社区发花", None),
        ("36·37号楼的居民请注意", None),
        ("12·5 团购的菜到了", None),
        ("米36·5斤 帮买一袋", None),
    ],
)
def test_a_middle_dot_typed_as_the_decimal_point(text: str, celsius: float | None) -> None:
    assert understand(text).temperature == celsius
