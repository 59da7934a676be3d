"""Situations no single trigger names: warning signs together, someone silent or lying still,
life support down, a febrile fit, a dangerous fever."""

from __future__ import annotations

import re

from domain.understanding.emergency_calm import past_event, resolution_denied
from domain.understanding.emergency_lexicon import (
    AGE_YEARS,
    ASKING,
    DISTRESS_INSIDE,
    DRILL,
    FETCH_ASKED,
    FEVER_WORD,
    FIT,
    FIT_NEGATED,
    HABIT_BEFORE,
    HEAD_KNOCK,
    HUMAN,
    HYPOTHETICAL,
    INFANT,
    JOKE,
    LEFT_AT_DOOR,
    LIFE_SUPPORT_DOWN,
    LIFE_SUPPORT_NEED,
    LIVES_ALONE,
    LYING_STILL,
    NEWS,
    NO_ANSWER,
    OFFICE_AFTER,
    OFFICE_LINE,
    ONGOING,
    PAST,
    PET,
    PHONE_SILENT,
    RESOLVED,
    RUBBISH,
    SEEN_SINCE,
    SIGN_CONTEXT,
    SILENT_FOR_LONG,
    SOMEONE,
    STILL_THINGS,
    THINGS_WAITING,
    URGENT_CALL,
)
from domain.understanding.numbers import cn_to_int
from domain.understanding.temperature import Reading
from domain.understanding.text import Segments

INFANT_FEVER = 39.5
EXTREME_FEVER = 41.0


def warning_signs(text: str, signs: dict[str, bool]) -> str | None:
    """Warning signs that together are urgent: two strong ones, or a strong one with a weak one
    or in its context (a cold sweat in a diabetic, drowsiness after a head knock)."""
    strong = [words for words, is_strong in signs.items() if is_strong]
    knock = HEAD_KNOCK.search(text)
    if knock is not None:  # after a knock on the head any warning sign is urgent
        return f"emergency:signs:{knock.group()}+{next(iter(signs))}"
    if not strong:
        return None
    if len(signs) < 2:
        context = SIGN_CONTEXT.search(text)
        if context is None:
            return None
        return f"emergency:signs:{context.group()}+{strong[0]}"
    return "emergency:signs:" + "+".join(list(signs)[:3])


def unanswered(text: str) -> str | None:
    """Someone living alone who does not answer the door, unless found fine or hypothetical."""
    silent = NO_ANSWER.search(text)
    if silent is None and SILENT_FOR_LONG.search(text) is not None:
        silent = PHONE_SILENT.search(text)
        if silent is not None and (
            OFFICE_LINE.search(text, max(0, silent.start() - 8), silent.end())
            or OFFICE_AFTER.match(text, silent.end())
        ):
            return None  # the property's line unanswered for two days: a complaint
    if silent is not None and OFFICE_AFTER.match(text, silent.end()):
        return None  # 我在外地联系不上物业: an office out of reach, not a person
    if (
        silent is not None
        and _INDOORS.search(silent.group())
        and _WRITER.search(text)
        and not (HUMAN.search(text) or _THIRD.search(text))
    ):
        return None  # 我快疯了 三天没出门: the writer's own days indoors
    if silent is None or (
        LIVES_ALONE.search(text) is None
        and DISTRESS_INSIDE.search(text) is None
        and SILENT_FOR_LONG.search(text) is None
    ):
        return None
    if HYPOTHETICAL.search(text) or NEWS.search(text) or ASKING.search(text):
        return None
    if LEFT_AT_DOOR.search(text):
        return None  # a volunteer's delivery note
    if THINGS_WAITING.match(silent.group()) and RUBBISH.search(text):
        return None  # rubbish bags waiting since Monday: a collection asked for
    if THINGS_WAITING.match(silent.group()) and FETCH_ASKED.search(text):
        return None  # a parcel waiting at the gate, someone asked to bring it up
    distress = DISTRESS_INSIDE.search(text)
    for found in (
        RESOLVED.search(text, silent.end()),
        SEEN_SINCE.search(text),
    ):
        if (
            found is not None
            and not (  # 从门缝看到他躺在地上 is the sighting of someone down, not of someone fine
                distress is not None
                and found.start() < distress.end()
                and distress.start() < found.end()
            )
            and not resolution_denied(text, found.start())
            and not _habit(text, found.start())
        ):
            return None
    return f"emergency:no-answer:{silent.group()}"


_WRITER = re.compile(r"我|俺|(?<![a-z])i(?![a-z])")
_INDOORS = re.compile(
    r"没(?:有)?(?:出(?:过)?门|下(?:过)?楼|出去)|(?:haven'?t|not) (?:left|been out)"
)
_THIRD = re.compile(r"[他她]|(?<![a-z])(?:he|she|they|him|her)(?![a-z])")


def _habit(text: str, pos: int) -> bool:
    """What someone usually does (平时每天都回消息的), not a sign of life since."""
    return HABIT_BEFORE.search(text, max(0, pos - 10), pos) is not None


def lying_still(text: str) -> str | None:
    """An urgent call about someone lying still: a fallback for wordings no trigger knows."""
    still = LYING_STILL.search(text)
    if still is None or STILL_THINGS.search(text) is not None:
        return None
    call, someone = (
        URGENT_CALL.search(text),
        SOMEONE.search(text),
    )
    if call is None or someone is None:
        return None
    for calm in (
        JOKE,
        NEWS,
        HYPOTHETICAL,
        DRILL,
        RESOLVED,
    ):
        if calm.search(text) is not None:
            return None
    past = PAST.search(text)
    if past is not None and ONGOING.search(text) is None:
        return None
    return f"emergency:still:{call.group()}+{someone.group()}+{still.group()}"


def life_support_down(text: str) -> str | None:
    """Life support that stopped (制氧机停了, the ventilator has no power) while someone struggles
    or depends on it; a broken machine asked to be fixed with nobody in trouble is a repair."""
    down = LIFE_SUPPORT_DOWN.search(text)
    if down is None:
        return None
    struggling = LIFE_SUPPORT_NEED.search(text)
    if struggling is None:
        return None
    for calm in (
        HYPOTHETICAL,
        NEWS,
        RESOLVED,
        DRILL,
    ):
        if calm.search(text) is not None:
            return None
    return f"emergency:life-support:{down.group()}+{struggling.group()}"


def febrile_fit(text: str, segments: Segments, readings: list[Reading]) -> str | None:
    """A child with a fever who twitches or has cramps (发烧38.9 还抽筋了): a febrile fit."""
    fit = FIT.search(text)
    if fit is None or not _infant(text):
        return None
    if FIT_NEGATED.search(text[max(0, fit.start() - 6) : fit.start()]):
        return None
    fever = any(reading.celsius >= 37.5 for reading in readings) or FEVER_WORD.search(text)
    if not fever or (PET.search(text) and not HUMAN.search(text)):
        return None
    for calm in (HYPOTHETICAL, NEWS):
        if calm.search(text) is not None:
            return None
    if past_event(text, segments, fit.start(), fit.end(), fit.group()) is not None:
        return None
    return f"emergency:febrile-fit:{fit.group()}"


def dangerous_fever(text: str, segments: Segments, reading: Reading) -> str | None:
    """An infant's fever of 39.5 °C or more, or any fever of 41 °C or more, happening now."""
    if reading.celsius < INFANT_FEVER:
        return None
    if reading.celsius < EXTREME_FEVER and not _infant(text):
        return None
    if past_event(text, segments, reading.start, reading.end, reading.raw) is not None:
        return None
    if NEWS.search(text):
        return None
    if HYPOTHETICAL.search(text, max(0, reading.start - 30), reading.start):
        return None  # if my kid hit 39.5 what should I do?
    if _ASKED_NUMBER.match(text, reading.end) and _THRESHOLD_ASKED.search(text):
        return None  # How high does a baby's fever have to be before we worry? 39.5?
    label = "high-fever" if reading.celsius >= EXTREME_FEVER else "infant-fever"
    return f"emergency:{label}:{reading.celsius}"


_ASKED_NUMBER = re.compile(r"\s*(?:度|°c?|℃)?\s*(?:[?？]|吗)")
_THRESHOLD_ASKED = re.compile(
    r"how high|what temperature|at what temp|(?:多少|几)度|多高|算不算|要不要|是不是要"
)


def _infant(text: str) -> bool:
    """Whether the message is about a baby or small child (no stated age of 6 or more)."""
    if not INFANT.search(text):
        return False
    for match in AGE_YEARS.finditer(text):
        raw = match.group(1) or match.group(2) or match.group(3)
        age = int(raw) if raw.isdigit() else cn_to_int(raw)
        if age is not None and age >= 6:
            return False
    return True
