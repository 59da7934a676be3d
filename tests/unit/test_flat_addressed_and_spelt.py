"""Flats named in ways the flat reader learnt late (flats.py): a building and unit whose
residents are addressed (anyone in 9-2, 9-2的邻居), a room spelt out after "room is", and a
room answering a roll call or closing a message after 联系. The look-alikes (a score, a room
told a mess, a number to call) name no flat. Paraphrases in zh and en."""

import pytest

from domain.understanding import understand

FLATS: list[tuple[str, str | None]] = [
    ("anyone in 4-1 fancy a board game swap this weekend?", "4-1"),
    ("Folks in 12-3, the lift on your side is back on", "12-3"),
    ("7-2的邻居 谁家有多的酱油", "7-2"),
    ("could I get some bread and eggs please, my room is twelve oh five", "1205"),
    ("my unit is nine oh two, need a plumber for the sink", "902"),
    ("replying to roll call: 903 here, all good, 36.6", "903"),
    ("Roll call: 2101 here, no fever", "2101"),
    ("for the guard room call 1502", None),
    ("我妈下周复查 医院的车还没定 麻烦帮忙联系 1703", "1703"),
    ("快递员电话 联系 6621", None),
    ("the match ended 3-1, great game", None),
    ("my room is a total mess lol", None),
]


@pytest.mark.parametrize(("text", "flat"), FLATS)
def test_flat_read(text: str, flat: str | None) -> None:
    reading = understand(text)
    assert reading.flat == flat, reading.evidence
