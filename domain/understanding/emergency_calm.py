"""Calm readings of a trigger: negated, past or resolved, hypothetical, a joke, news, a question,
a burden, a pet, mild or not urgent; each names why the trigger does not count."""

from __future__ import annotations

import re

from domain.understanding.emergency_calm_readings import WEAK_CALM
from domain.understanding.emergency_lexicon import (
    ADVICE_AFTER,
    ASKING,
    ATTACK_OR_PRONOUN,
    BREATH_ACUTE,
    BREATH_WORDS,
    BURDEN,
    CHRONIC_AFTER,
    CRY,
    DRILL,
    DROP_WORDS,
    EXERTION_ACUTE,
    EXERTION_AFTER_EN,
    EXERTION_BEFORE,
    FEVER_RISING,
    FINDING_BEFORE,
    FIRE,
    FLOPPED_AFTER,
    GAS_GONE,
    GAS_WORDS,
    GENERAL_AFTER,
    HELP_ARRIVED,
    HISTORY_BEFORE,
    HOME_FAULT,
    HUMAN,
    HURT_SOMEONE,
    HYPERBOLE,
    HYPERBOLE_BEFORE,
    HYPOTHETICAL,
    IDIOMS,
    JOKE,
    LIKE_AFTER,
    LIKE_BEFORE,
    LIKE_BEFORE_EN,
    LONG_AGO,
    LUNG_DISEASE,
    MEDICINE_AFTER,
    MEDICINE_BEFORE,
    MILD_BEFORE,
    MILD_INSIDE,
    MILD_QUESTION,
    MUNDANE_WORRY,
    NEGATION_AFTER,
    NEGATION_EN,
    NEGATION_ZH,
    NET_BARE_ZH,
    NET_BODY_STATE_ZH,
    NET_DANGER,
    NET_STATE_EN,
    NET_STRONG_ZH,
    NET_SWALLOWED,
    NEWS,
    NOT_URGENT,
    ONGOING,
    PAST,
    PERSON,
    PERSON_BEFORE,
    PERSONAL_NOW,
    PET,
    POWER_OFF,
    POWER_OFF_DENIED,
    PREGNANCY,
    PREGNANT_NOW,
    QUESTION,
    RESOLVED,
    RESOLVED_THEN,
    RISK_BEFORE,
    SIGNS_OF_AFTER,
    SIGNS_OF_BEFORE,
    SMOKE,
    SMOKING,
    SOFT,
    SOMEONE,
    SPARKS,
    TEACHING,
    THING_BEFORE,
    URGENT,
    URGENT_CALL,
)
from domain.understanding.emergency_triggers import Hit
from domain.understanding.text import Segments, has_cjk


def defused(text: str, segments: Segments, hit: Hit) -> str | None:
    """Why a trigger does not count (negated:…, past:…, joke:…), or None when it does; each
    reason is named in emergency_calm_readings.CALM_READINGS."""
    start, end, words = hit.start, hit.end, hit.words
    for idiom in IDIOMS.finditer(text, max(0, start - 30), min(len(text), end + 30)):
        if idiom.start() < end and start < idiom.end():
            return f"idiom:{idiom.group()}"
    before = segments.clause_before(start)
    reason = _burden_or_thing(text, before, hit)
    if reason is not None:
        return reason
    sentence_start, sentence_end = segments.sentence(start)
    if hit.flags & HYPERBOLE and not (hit.group == "symptom" and LUNG_DISEASE.search(text)):
        if HYPERBOLE_BEFORE.search(before[-14:]):
            return f"idiom:{before[-6:]}{words}"
        joke = (
            JOKE.search(text)
            if hit.flags & CRY
            else JOKE.search(text, sentence_start, min(len(text), sentence_end + 6))
        )
        if joke is not None:
            return f"joke:{joke.group()}:{words}"
    elif hit.flags & CRY and (joke := JOKE.search(text)) is not None:
        return f"joke:{joke.group()}:{words}"  # a cry with a laugh anywhere (快叫救护车 … 😂)
    reason = _taught_or_passing(text, before, hit)
    if reason is not None:
        return reason
    if words[:1] in ("又", "开") and SMOKING.search(text):
        return f"smoking:{words}"
    if LIKE_BEFORE.search(before[-6:]) and LIKE_AFTER.match(text[end : end + 5]):
        return f"simile:{words}"
    if LIKE_BEFORE_EN.search(before[-24:]):
        return f"simile:{words}"
    if FINDING_BEFORE.search(before) and ADVICE_AFTER.match(text[end : end + 10]):
        return f"notice:{words}"
    zh = has_cjk(words)
    if not hit.flags & (FIRE | CRY):
        pet = PET.search(text, sentence_start, end)
        person = HUMAN.search(text) or ATTACK_OR_PRONOUN.search(text)
        if pet is not None and person is None:
            return f"pet:{pet.group()}:{words}"
    if words == "烧起来了" and FEVER_RISING.search(before[-8:]):
        return f"fever:{before[-3:]}{words}"
    if hit.flags & FIRE and SPARKS.fullmatch(words):
        off = POWER_OFF.search(text)
        if (
            off is not None
            and not POWER_OFF_DENIED.search(text, max(0, off.start() - 4), off.start())
            and not SMOKE.search(text)
        ):
            return f"resolved:{off.group()}:{words}"
    if hit.flags & CRY and (arrived := HELP_ARRIVED.search(text, end)) is not None:
        return f"resolved:{arrived.group()}:{words}"
    if (
        hit.flags & CRY
        and (fault := HOME_FAULT.search(text)) is not None
        and (HURT_SOMEONE.search(text) is None)
    ):
        return f"fault:{fault.group()}:{words}"
    if hit.flags & PERSON and not PERSON_BEFORE.search(before[-12:]):
        return f"no-person:{words}"
    negation = NEGATION_ZH.search(before[-16:]) if zh else NEGATION_EN.search(before[-48:])
    if negation is not None:
        return f"negated:{negation.group()}{words}"
    if zh and (denied := NEGATION_AFTER.match(text[end : end + 6])) is not None:
        return f"negated:{words}{denied.group()}"
    if (
        hit.group != "suicide" and MEDICINE_AFTER.match(text[end : end + 12])
    ) or MEDICINE_BEFORE.search(before[-20:]):
        return f"medicine-context:{words}"  # pills named after a suicidal line are its means
    risk = RISK_BEFORE.search(before[-10:] if zh else before[-30:])
    if risk is not None:
        return f"risk:{risk.group().strip()}{words}"
    if not zh and HISTORY_BEFORE.search(before[-20:]):
        return f"past:history:{words}"
    general = GENERAL_AFTER.search(text[end : end + 16])
    if general is not None:
        return f"hypothetical:{general.group().strip()}:{words}"
    hypothetical = HYPOTHETICAL.search(segments.sentence_before(start)[-24 if zh else -60 :])
    if hypothetical is not None:
        return f"hypothetical:{hypothetical.group()}:{words}"
    reason = _general_question(text, hit, sentence_start, sentence_end)
    if reason is not None:
        return reason
    reason = past_event(text, segments, start, end, words)
    if reason is not None:
        return reason
    if not hit.flags & CRY:
        news = NEWS.search(text)
        if news is not None:
            return f"news:{news.group()}:{words}"
    if hit.flags & FIRE and (drill := DRILL.search(text)) is not None:
        return f"drill:{drill.group()}:{words}"
    if hit.flags & SOFT:
        return _soft(text, before, hit)
    if not hit.flags & CRY and (
        MILD_BEFORE.search(before[-8:])
        or MILD_INSIDE.search(words)
        or CHRONIC_AFTER.search(text[end : end + 12])
    ):
        not_urgent = NOT_URGENT.search(text) or _mild_question(text, hit)
        if not_urgent is not None:
            return f"mild:not-urgent:{not_urgent.group()}:{words}"
    return None


def weak_calm(reason: str) -> bool:
    """Whether a calm reading (defused()'s reason) is too weak to silence a message."""
    return reason.startswith(WEAK_CALM)


def _burden_or_thing(text: str, before: str, hit: Hit) -> str | None:
    """A cry about a mundane worry (救命 明天就要交论文了), breathlessness said of a burden
    (房贷压得我喘不过气) or a thing, not a person, dropped (手机掉水里了), with nothing acute."""
    if hit.flags & CRY:
        worry = MUNDANE_WORRY.search(text)
        if worry is not None and not _body_or_danger(text):
            return f"mundane:{worry.group()}:{hit.words}"
        idiom = IDIOMS.search(text)  # Help! I'm drowning in leftover cabbage
        if idiom is not None and not _body_or_danger(text):
            return f"idiom:{idiom.group()}:{hit.words}"
        return None
    if hit.group != "symptom":
        return None
    if DROP_WORDS.search(hit.words) and (thing := THING_BEFORE.search(before)):
        return f"thing:{thing.group()}:{hit.words}"
    burden = breath_burden(text, before, hit.words)
    return None if burden is None else f"burden:{burden.group()}:{hit.words}"


def _taught_or_passing(text: str, before: str, hit: Hit) -> str | None:
    """Signs taught at a talk or on a poster with no one named (中风识别讲座 口诀: 脸歪),
    chest pain from exertion with nothing acute (爬了十二楼 累得胸口疼) or a gas smell that has
    gone (现在没有了), else None."""
    if hit.group in ("symptom", "cry", "choking"):
        taught = TEACHING.search(text)
        if taught is not None and not SOMEONE.search(text) and not URGENT_CALL.search(text):
            return f"teaching:{taught.group()}:{hit.words}"
    if hit.group == "symptom":
        if EXERTION_BEFORE.search(before[-6:]) and not EXERTION_ACUTE.search(text):
            return f"exertion:{before[-3:]}{hit.words}"
        after = EXERTION_AFTER_EN.match(text, hit.end, hit.end + 40)
        if after is not None and not EXERTION_ACUTE.search(text):
            return f"exertion:{hit.words}{after.group()}"
        if FLOPPED_AFTER.match(text, hit.end, hit.end + 80):
            return f"asleep:{hit.words}"
    elif hit.group == "fire" and GAS_WORDS.search(hit.words):
        gone = GAS_GONE.search(text, hit.end)
        if gone is not None and not EXERTION_ACUTE.search(text):
            return f"resolved:{gone.group()}:{hit.words}"
    return None


def breath_burden(text: str, before: str, words: str) -> re.Match[str] | None:
    """Breathlessness said of a burden (work, a mortgage, a crowd, a stuffy room) with nothing
    acute besides and no one else named as its subject: the burden, else None."""
    if not BREATH_WORDS.search(words) or HUMAN.search(before[-6:]):
        return None
    burden = BURDEN.search(text)
    if burden is None or BREATH_ACUTE.search(text):
        return None
    return burden


def _body_or_danger(text: str) -> bool:
    """A body in trouble or a danger anywhere in the text, as the in-doubt net reads them."""
    tables = (
        NET_BODY_STATE_ZH,
        NET_BARE_ZH,
        NET_STRONG_ZH,
        NET_STATE_EN,
        NET_DANGER,
        NET_SWALLOWED,
    )
    return any(table.search(text) is not None for table in tables)


def _mild_question(text: str, hit: Hit) -> re.Match[str] | None:
    """A mild or occasional symptom asked about (胸口偶尔闷一下 需要去医院吗), nothing urgent."""
    if _urgent_besides(text, hit):
        return None
    return MILD_QUESTION.search(text)


def _general_question(text: str, hit: Hit, sentence_start: int, sentence_end: int) -> str | None:
    """A question about what to do in general, not about someone now."""
    asking = ASKING.search(text)
    if asking is not None and not PERSONAL_NOW.search(text) and not _urgent_besides(text, hit):
        return f"question:{asking.group()}:{hit.words}"
    # the trigger named as the subject of a question: the signs of a stroke, 中风有哪些症状
    if (
        SIGNS_OF_BEFORE.search(text[max(0, hit.start - 40) : hit.start])
        or SIGNS_OF_AFTER.match(text[hit.end : hit.end + 10])
    ) and not _urgent_besides(text, hit):
        return f"question:signs-of:{hit.words}"
    if hit.flags & CRY:
        sentence = text[sentence_start : min(len(text), sentence_end + 1)]
        if QUESTION.search(sentence) and not _urgent_besides(text, hit):
            return f"question:{hit.words}"
    return None


def _urgent_besides(text: str, hit: Hit) -> bool:
    """Urgency words anywhere except inside the trigger itself."""
    return URGENT.search(text[: hit.start] + " " + text[hit.end :]) is not None


def past_event(text: str, segments: Segments, start: int, end: int, words: str) -> str | None:
    """A past or resolved event."""
    if text[end : end + 1] == "过" and text[end : end + 2] not in ("过来", "过去"):
        return f"past:{words}过"
    resolved = RESOLVED.search(text, end)
    if (
        resolved is not None
        and not resolution_denied(text, resolved.start())
        and RESOLVED_THEN.search(text, resolved.end()) is None
    ):
        return f"resolved:{resolved.group()}:{words}"
    clause_start, clause_end = (
        segments.clause(start) if has_cjk(words) else segments.sentence(start)
    )
    past = PAST.search(text, clause_start, clause_end)
    if past is None:
        return None
    # Months or years ago is history even when something else goes on now (去年摔断了腿 现在还拄拐).
    ongoing_end = clause_end if LONG_AGO.fullmatch(past.group()) else len(text)
    if ONGOING.search(text, clause_start, ongoing_end) is None:
        return f"past:{past.group()}:{words}"
    return None


def resolution_denied(text: str, pos: int) -> bool:
    """A resolution word that is denied or unwanted (叫不醒了, 不想醒了)."""
    if text[pos - 1 : pos] in ("不", "没") or text[max(0, pos - 2) : pos] in _DENIED:
        return True
    if text[pos - 1 : pos] == "再" and text[max(0, pos - 3) : pos - 1] in _DENIED:
        return True  # 不想再醒过来
    if text[pos - 1 : pos] in _MADE_READY and text[pos : pos + 2] == "好了":
        return True  # 准备好了, 攒好了, 写好了: made ready, not recovered
    return _DENIED_EN.search(text, max(0, pos - 12), pos) is not None


_DENIED = frozenset({"不想", "不会", "不愿", "不肯", "没有", "不要"})
_MADE_READY = frozenset("备攒写存囤买想弄找选定")
_DENIED_EN = re.compile(r"(?<![a-z])(?:nobody|no one|not|never|hasn'?t|haven'?t|n'?t)\s+$")


def _soft(text: str, before: str, hit: Hit) -> str | None:
    """A soft trigger counts unless mild, not urgent, or (labour words) out of context."""
    if hit.group == "labour" and not PREGNANCY.search(text):
        return f"context:{hit.words}"
    if hit.group == "pregnancy-bleed" and not PREGNANT_NOW.search(text):
        return f"context:{hit.words}"
    if MILD_BEFORE.search(before[-8:]):
        return f"mild:{hit.words}"
    not_urgent = NOT_URGENT.search(text) or (
        _mild_question(text, hit) if MILD_INSIDE.search(hit.words) else None
    )
    if not_urgent is not None:
        return f"not-urgent:{not_urgent.group()}:{hit.words}"
    return None
