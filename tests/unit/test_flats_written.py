"""Flats as written in a message: read where the writer's own, none where others' or no flat."""

import pytest

from domain.understanding import understand
from domain.understanding.flats import find_flat

FLATS_READ: dict[str, list[tuple[str, str | None]]] = {
    "a flat after the writer's order, a reading before it": [
        ("Temp 36.6 fine. please add a loaf of bread to my order 3-1-702", "3-1-702"),
    ],
    "pickup codes listed, the writer's flat after them": [
        ("快递两个 取件码 2-1-3011、2-1-3012 麻烦帮拿 5-2-801", "5-2-801"),
        ("取件码6-3-2201 6-3-2202 帮忙拿一下 谢谢 9-2-1503", "9-2-1503"),
    ],
    "a unit or block of others thanked, on a rota, or a verb: no flat": [
        ("感谢2单元的大白 昨天帮忙送药", None),
        ("thanks to the volunteers of unit 2 for carrying our veg up", None),
        ("the delivery rota for block C is in the notes", None),
        ("please don't block a fire exit", None),
    ],
    "a block addressed in a notice: the block": [
        ("Block C residents: water will be off from 2 to 4pm", "C"),
        ("tower d has power back now", "D"),
    ],
    "a unit of the writer's own, no thanks": [
        ("2单元的志愿者能帮我送药吗 2单元301", "2-301"),
    ],
    "a building named after the room or the unit": [
        ("please bring the ORS to flat 1104, B block", "B-1104"),
        ("Unit 3, 1202, building 7, my dad fell and can't get up", "7-3-1202"),
        ("room 502, tower 3", "3-502"),
        # building named with the room already: not twice
        ("Room 1503 in building 6, water heater broken", "6-1503"),
        ("flat 502, a block away from the gate", "502"),
    ],
    "a stairwell or a lobby named by building and unit": [
        ("water leaking in the 5-1 stairwell, someone please check", "5-1"),
        ("the 3-2 lobby light is out", "3-2"),
    ],
    "a round told done for a whole unit: no flat": [
        ("All parcels for unit 3 have been delivered, thanks volunteers", None),
        ("3单元的垃圾都收完了", None),
    ],
    "rubbish out with the writer's unit: the unit stands": [
        ("垃圾放门口了 2单元", "2"),
    ],
    "a dashed address after a chat app or a time asked, a room before 楼上 (upstairs)": [
        ("can someone top up our gas card? I'll pay you back on wechat 8-1402", "8-1402"),
        ("麻烦帮忙复印一下户口本 照片发你微信 6-1-703", "6-1-703"),
        ("能不能帮我家老人约一下体检的时间 9-2-1101", "9-2-1101"),
        ("我家1203 楼上天天装修 吵死了", "1203"),
        ("we're in 702, the people upstairs stomp all night", "702"),
    ],
    "a phone number or a time after such words: no flat": [
        ("加我微信 138-1234-5678", None),
        ("预约时间 10-30", None),
    ],
}

FLATS_FOUND: dict[str, list[tuple[str, str | None]]] = {
    "a room before 天天 (every day), days counted, a measure's later value": [
        ("楼上1602天天半夜拖椅子 吵死了", "1602"),  # 天天 is every day, not days
        ("隔壁903天天装修", "903"),
        ("坚持了100天 谢谢大家", None),
        ("我妈血压高到170 吃了药 今天140", None),  # the measure's later value
        ("血压量了175 降到138了", None),
        ("Dad's blood pressure was 175, now 140", None),
        ("我爸血压高 帮忙买降压药 今天 202", "202"),  # a room after a space stays a room
        ("妈妈血压高 帮买药 602", "602"),
    ],
    "a room named by the word after a code told; a code alone: no flat": [
        ("heater shows an error code room 1506 could someone fix it", "1506"),
        ("the boiler flashes error code E1, room 1203, please send someone", "1203"),
        ("pickup code #4431", None),
    ],
    "spaced characters, a wider gap before the flat": [
        ("爷 爷 体 温 三 十 七 度 二   五 栋 六 零 二", "5-602"),
    ],
    "a room after a time asked; a time alone: no flat": [
        ("疫苗超期了 能不能帮忙约个时间 5-702", "5-702"),
        ("Could the clinic book a time for us? 7-1201", "7-1201"),
        ("约个时间 10-30", None),
        ("time 9-30 please", None),
    ],
}


@pytest.mark.parametrize(("text", "flat"), [case for rows in FLATS_READ.values() for case in rows])
def test_the_flat_read_from_the_message(text: str, flat: str | None) -> None:
    reading = understand(text)
    assert reading.flat == flat, reading.evidence


@pytest.mark.parametrize(("text", "flat"), [case for rows in FLATS_FOUND.values() for case in rows])
def test_the_flat_found_in_the_text(text: str, flat: str | None) -> None:
    assert find_flat(text) == flat
