"""Bare numbers that are a measurement's later value, not a room: once a measure is told (血压高到
180, blood pressure was 170), the number told after a time or a fall (今天130, 降到140, this
morning 135, down to 128) is its new value. Asked by _bare_context_ok() in flats.py."""

from __future__ import annotations

from domain.understanding.prefilter import compile_prefiltered

_MEASURE = compile_prefiltered(r"血压|高压|低压|血糖|心率|(?<![a-z])(?:bp|blood pressure)(?![a-z])")
_LATER_BEFORE = compile_prefiltered(
    r"(?:今天|现在|早上|上午|下午|晚上|刚才|刚刚|降到|降至|降回|回到)(?:是|只有|才)?$|"
    r"(?<![a-z])(?:now|today|this morning|tonight|down to|back to)(?: is| was| at)? $"
)


def later_reading(text: str, start: int, digits: str) -> bool:
    """Whether the bare number at start is a measure's later value, told after a first one."""
    if len(digits) != 3 or int(digits) > 250:
        return False
    if _MEASURE.search(text, 0, start) is None:
        return False
    return _LATER_BEFORE.search(text[max(0, start - 12) : start]) is not None
