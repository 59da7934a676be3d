"""Emergency detection: acute triggers, unless negated, past, hypothetical, a joke or news."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.understanding import emergency_lexicon
from domain.understanding.numbers import cn_to_int
from domain.understanding.prefilter import PrefixIndex, compile_prefiltered
from domain.understanding.temperature import Reading
from domain.understanding.text import Segments, has_cjk

_TRIGGERS = tuple(
    (group, flags, compile_prefiltered(pattern))
    for group, flags, pattern in emergency_lexicon.TRIGGERS
)
_TRIGGER_INDEX = PrefixIndex([pattern for _, _, pattern in emergency_lexicon.TRIGGERS])
INFANT_FEVER = 39.5
EXTREME_FEVER = 41.0
MAX_HITS = 24  # triggers weighed per message (each costs a few scans of the text)
ENOUGH = 2  # active triggers after which the verdict cannot change


@dataclass(frozen=True)
class Hit:
    """One trigger found in the text."""

    group: str
    flags: int
    start: int
    end: int
    words: str


# Cantonese and Wu words read as Mandarin, one character for one so positions keep (喘唔到气,
# 叫极都唔醒, 一边手冇力, 佢晕咗, 爬勿起来, 心口好翳).
_DIALECT_WORDS = {
    "唔": "不",
    "冇": "没",
    "咗": "了",
    "佢": "他",
    "勿": "不",
    "睇": "看",
    "嚟": "来",
    "啲": "点",
    "翳": "闷",
}
_DIALECT = str.maketrans(_DIALECT_WORDS)
_DIALECT_CHARS = frozenset(_DIALECT_WORDS)


def assess(text: str, segments: Segments, readings: list[Reading]) -> tuple[bool, list[str]]:
    """Whether normalized text reports an emergency now, with the evidence either way."""
    if not _DIALECT_CHARS.isdisjoint(text):
        text = text.translate(_DIALECT)
        segments = Segments(text)
    evidence: list[str] = []
    active = 0
    signs: dict[str, bool] = {}  # warning signs that count, by words: whether each is strong
    if text:
        for hit in _hits(text)[:MAX_HITS]:
            reason = _defused(text, segments, hit)
            if reason is not None:
                evidence.append(reason)
            elif hit.flags & emergency_lexicon.SIGN:
                signs[hit.words] = (
                    signs.get(hit.words, False) or not hit.flags & emergency_lexicon.WEAK
                )
            else:
                active += 1
                evidence.append(f"emergency:{hit.group}:{hit.words}")
                if active >= ENOUGH:
                    break
    urgent = active > 0
    if not urgent:
        # No trigger fired: the slower readings of a situation, in order, until one does.
        checks = (
            lambda: _warning_signs(text, signs) if signs else None,
            lambda: _lying_still(text),
            lambda: _silent(text),
            lambda: _life_support(text),
            lambda: _in_doubt(text, segments),
            lambda: _febrile_fit(text, segments, readings),
        )
        reason = next((found for check in checks if (found := check()) is not None), None)
        if reason is not None:
            urgent = True
            evidence.append(reason)
    for reading in readings:
        reason = _fever(text, segments, reading)
        if reason is not None:
            urgent = True
            evidence.append(reason)
    return urgent, evidence


def _warning_signs(text: str, signs: dict[str, bool]) -> str | None:
    """Warning signs that together are urgent: two strong ones, or a strong one with a weak one
    or in its context (a cold sweat in a diabetic, drowsiness after a head knock)."""
    strong = [words for words, is_strong in signs.items() if is_strong]
    knock = emergency_lexicon.HEAD_KNOCK.search(text)
    if knock is not None:  # after a knock on the head any warning sign is urgent
        return f"emergency:signs:{knock.group()}+{next(iter(signs))}"
    if not strong:
        return None
    if len(signs) < 2:
        context = emergency_lexicon.SIGN_CONTEXT.search(text)
        if context is None:
            return None
        return f"emergency:signs:{context.group()}+{strong[0]}"
    return "emergency:signs:" + "+".join(list(signs)[:3])


def _hits(text: str) -> list[Hit]:
    """Every trigger match, dropping ones inside a longer match of the same group."""
    hits = [
        Hit(group, flags, match.start(), match.end(), match.group())
        for group, flags, pattern in (_TRIGGERS[index] for index in _TRIGGER_INDEX.candidates(text))
        for match in pattern.finditer(text)
        if match.end() > match.start()
    ]
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start >= kept[-1].start and hit.end <= kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _defused(text: str, segments: Segments, hit: Hit) -> str | None:
    """Why a trigger does not count (negated:…, past:…, joke:…), or None when it does."""
    start, end, words = hit.start, hit.end, hit.words
    for idiom in emergency_lexicon.IDIOMS.finditer(
        text, max(0, start - 30), min(len(text), end + 30)
    ):
        if idiom.start() < end and start < idiom.end():
            return f"idiom:{idiom.group()}"
    before = segments.clause_before(start)
    reason = _burden_or_thing(text, before, hit)
    if reason is not None:
        return reason
    sentence_start, sentence_end = segments.sentence(start)
    if hit.flags & emergency_lexicon.HYPERBOLE and not (
        hit.group == "symptom" and emergency_lexicon.LUNG_DISEASE.search(text)
    ):
        if emergency_lexicon.HYPERBOLE_BEFORE.search(before[-14:]):
            return f"idiom:{before[-6:]}{words}"
        joke = (
            emergency_lexicon.JOKE.search(text)
            if hit.flags & emergency_lexicon.CRY
            else emergency_lexicon.JOKE.search(
                text, sentence_start, min(len(text), sentence_end + 6)
            )
        )
        if joke is not None:
            return f"joke:{joke.group()}:{words}"
    elif (
        hit.flags & emergency_lexicon.CRY
        and (joke := emergency_lexicon.JOKE.search(text)) is not None
    ):
        return f"joke:{joke.group()}:{words}"  # a cry with a laugh anywhere (快叫救护车 … 😂)
    reason = _taught_or_passing(text, before, hit)
    if reason is not None:
        return reason
    if words[:1] in ("又", "开") and emergency_lexicon.SMOKING.search(text):
        return f"smoking:{words}"
    if emergency_lexicon.LIKE_BEFORE.search(before[-6:]) and emergency_lexicon.LIKE_AFTER.match(
        text[end : end + 5]
    ):
        return f"simile:{words}"
    if emergency_lexicon.FINDING_BEFORE.search(before) and emergency_lexicon.ADVICE_AFTER.match(
        text[end : end + 10]
    ):
        return f"notice:{words}"
    zh = has_cjk(words)
    if not hit.flags & (emergency_lexicon.FIRE | emergency_lexicon.CRY):
        pet = emergency_lexicon.PET.search(text, sentence_start, end)
        person = emergency_lexicon.HUMAN.search(text) or emergency_lexicon.ATTACK_OR_PRONOUN.search(
            text
        )
        if pet is not None and person is None:
            return f"pet:{pet.group()}:{words}"
    if words == "烧起来了" and emergency_lexicon.FEVER_RISING.search(before[-8:]):
        return f"fever:{before[-3:]}{words}"
    if hit.flags & emergency_lexicon.FIRE and emergency_lexicon.SPARKS.fullmatch(words):
        off = emergency_lexicon.POWER_OFF.search(text)
        if (
            off is not None
            and not emergency_lexicon.POWER_OFF_DENIED.search(
                text, max(0, off.start() - 4), off.start()
            )
            and not emergency_lexicon.SMOKE.search(text)
        ):
            return f"resolved:{off.group()}:{words}"
    if (
        hit.flags & emergency_lexicon.CRY
        and (arrived := emergency_lexicon.HELP_ARRIVED.search(text, end)) is not None
    ):
        return f"resolved:{arrived.group()}:{words}"
    if (
        hit.flags & emergency_lexicon.CRY
        and (fault := emergency_lexicon.HOME_FAULT.search(text)) is not None
        and (emergency_lexicon.HURT_SOMEONE.search(text) is None)
    ):
        return f"fault:{fault.group()}:{words}"
    if hit.flags & emergency_lexicon.PERSON and not emergency_lexicon.PERSON_BEFORE.search(
        before[-12:]
    ):
        return f"no-person:{words}"
    negation = (
        emergency_lexicon.NEGATION_ZH.search(before[-16:])
        if zh
        else emergency_lexicon.NEGATION_EN.search(before[-48:])
    )
    if negation is not None:
        return f"negated:{negation.group()}{words}"
    if zh and (denied := emergency_lexicon.NEGATION_AFTER.match(text[end : end + 6])) is not None:
        return f"negated:{words}{denied.group()}"
    if (
        hit.group != "suicide" and emergency_lexicon.MEDICINE_AFTER.match(text[end : end + 12])
    ) or emergency_lexicon.MEDICINE_BEFORE.search(before[-20:]):
        return f"medicine-context:{words}"  # pills named after a suicidal line are its means
    risk = emergency_lexicon.RISK_BEFORE.search(before[-10:] if zh else before[-30:])
    if risk is not None:
        return f"risk:{risk.group().strip()}{words}"
    if not zh and emergency_lexicon.HISTORY_BEFORE.search(before[-20:]):
        return f"past:history:{words}"
    general = emergency_lexicon.GENERAL_AFTER.search(text[end : end + 16])
    if general is not None:
        return f"hypothetical:{general.group().strip()}:{words}"
    hypothetical = emergency_lexicon.HYPOTHETICAL.search(
        segments.sentence_before(start)[-24 if zh else -60 :]
    )
    if hypothetical is not None:
        return f"hypothetical:{hypothetical.group()}:{words}"
    reason = _general_question(text, hit, sentence_start, sentence_end)
    if reason is not None:
        return reason
    reason = _past(text, segments, start, end, words)
    if reason is not None:
        return reason
    if not hit.flags & emergency_lexicon.CRY:
        news = emergency_lexicon.NEWS.search(text)
        if news is not None:
            return f"news:{news.group()}:{words}"
    if (
        hit.flags & emergency_lexicon.FIRE
        and (drill := emergency_lexicon.DRILL.search(text)) is not None
    ):
        return f"drill:{drill.group()}:{words}"
    if hit.flags & emergency_lexicon.SOFT:
        return _soft(text, before, hit)
    if not hit.flags & emergency_lexicon.CRY and (
        emergency_lexicon.MILD_BEFORE.search(before[-8:])
        or emergency_lexicon.MILD_INSIDE.search(words)
        or emergency_lexicon.CHRONIC_AFTER.search(text[end : end + 12])
    ):
        not_urgent = emergency_lexicon.NOT_URGENT.search(text) or _mild_question(text, hit)
        if not_urgent is not None:
            return f"mild:not-urgent:{not_urgent.group()}:{words}"
    return None


def _burden_or_thing(text: str, before: str, hit: Hit) -> str | None:
    """A cry about a mundane worry (救命 明天就要交论文了), breathlessness said of a burden
    (房贷压得我喘不过气) or a thing, not a person, dropped (手机掉水里了), with nothing acute."""
    if hit.flags & emergency_lexicon.CRY:
        worry = emergency_lexicon.MUNDANE_WORRY.search(text)
        if worry is not None and not _body_or_danger(text):
            return f"mundane:{worry.group()}:{hit.words}"
        return None
    if hit.group != "symptom":
        return None
    if emergency_lexicon.DROP_WORDS.search(hit.words) and (
        thing := emergency_lexicon.THING_BEFORE.search(before)
    ):
        return f"thing:{thing.group()}:{hit.words}"
    burden = _burden(text, before, hit.words)
    return None if burden is None else f"burden:{burden.group()}:{hit.words}"


def _taught_or_passing(text: str, before: str, hit: Hit) -> str | None:
    """Signs taught at a talk or on a poster with no one named (中风识别讲座 口诀: 脸歪),
    chest pain from exertion with nothing acute (爬了十二楼 累得胸口疼) or a gas smell that has
    gone (现在没有了), else None."""
    if hit.group in ("symptom", "cry"):
        taught = emergency_lexicon.TEACHING.search(text)
        if (
            taught is not None
            and not emergency_lexicon.SOMEONE.search(text)
            and not emergency_lexicon.URGENT_CALL.search(text)
        ):
            return f"teaching:{taught.group()}:{hit.words}"
    if hit.group == "symptom":
        if emergency_lexicon.EXERTION_BEFORE.search(
            before[-6:]
        ) and not emergency_lexicon.EXERTION_ACUTE.search(text):
            return f"exertion:{before[-3:]}{hit.words}"
        if emergency_lexicon.FLOPPED_AFTER.match(text, hit.end, hit.end + 80):
            return f"asleep:{hit.words}"
    elif hit.group == "fire" and emergency_lexicon.GAS_WORDS.search(hit.words):
        gone = emergency_lexicon.GAS_GONE.search(text, hit.end)
        if gone is not None and not emergency_lexicon.EXERTION_ACUTE.search(text):
            return f"resolved:{gone.group()}:{hit.words}"
    return None


def _burden(text: str, before: str, words: str) -> re.Match[str] | None:
    """Breathlessness said of a burden (work, a mortgage, a crowd, a stuffy room) with nothing
    acute besides and no one else named as its subject: the burden, else None."""
    if not emergency_lexicon.BREATH_WORDS.search(words) or emergency_lexicon.HUMAN.search(
        before[-6:]
    ):
        return None
    burden = emergency_lexicon.BURDEN.search(text)
    if burden is None or emergency_lexicon.BREATH_ACUTE.search(text):
        return None
    return burden


def _body_or_danger(text: str) -> bool:
    """A body in trouble or a danger anywhere in the text, as the in-doubt net reads them."""
    tables = (
        emergency_lexicon.NET_BODY_STATE_ZH,
        emergency_lexicon.NET_BARE_ZH,
        emergency_lexicon.NET_STRONG_ZH,
        emergency_lexicon.NET_STATE_EN,
        emergency_lexicon.NET_DANGER,
        emergency_lexicon.NET_SWALLOWED,
    )
    return any(table.search(text) is not None for table in tables)


def _mild_question(text: str, hit: Hit) -> re.Match[str] | None:
    """A mild or occasional symptom asked about (胸口偶尔闷一下 需要去医院吗), nothing urgent."""
    if _urgent_besides(text, hit):
        return None
    return emergency_lexicon.MILD_QUESTION.search(text)


def _general_question(text: str, hit: Hit, sentence_start: int, sentence_end: int) -> str | None:
    """A question about what to do in general, not about someone now."""
    asking = emergency_lexicon.ASKING.search(text)
    if (
        asking is not None
        and not emergency_lexicon.PERSONAL_NOW.search(text)
        and not _urgent_besides(text, hit)
    ):
        return f"question:{asking.group()}:{hit.words}"
    # the trigger named as the subject of a question: the signs of a stroke, 中风有哪些症状
    if (
        emergency_lexicon.SIGNS_OF_BEFORE.search(text[max(0, hit.start - 40) : hit.start])
        or emergency_lexicon.SIGNS_OF_AFTER.match(text[hit.end : hit.end + 10])
    ) and not _urgent_besides(text, hit):
        return f"question:signs-of:{hit.words}"
    if hit.flags & emergency_lexicon.CRY:
        sentence = text[sentence_start : min(len(text), sentence_end + 1)]
        if emergency_lexicon.QUESTION.search(sentence) and not _urgent_besides(text, hit):
            return f"question:{hit.words}"
    return None


def _urgent_besides(text: str, hit: Hit) -> bool:
    """Urgency words anywhere except inside the trigger itself."""
    return emergency_lexicon.URGENT.search(text[: hit.start] + " " + text[hit.end :]) is not None


def _past(text: str, segments: Segments, start: int, end: int, words: str) -> str | None:
    """A past or resolved event."""
    if text[end : end + 1] == "过" and text[end : end + 2] not in ("过来", "过去"):
        return f"past:{words}过"
    resolved = emergency_lexicon.RESOLVED.search(text, end)
    if resolved is not None and not _denied(text, resolved.start()):
        return f"resolved:{resolved.group()}:{words}"
    clause_start, clause_end = (
        segments.clause(start) if has_cjk(words) else segments.sentence(start)
    )
    past = emergency_lexicon.PAST.search(text, clause_start, clause_end)
    if past is None:
        return None
    # Months or years ago is history even when something else goes on now (去年摔断了腿 现在还拄拐).
    ongoing_end = clause_end if emergency_lexicon.LONG_AGO.fullmatch(past.group()) else len(text)
    if emergency_lexicon.ONGOING.search(text, clause_start, ongoing_end) is None:
        return f"past:{past.group()}:{words}"
    return None


def _denied(text: str, pos: int) -> bool:
    """A resolution word that is denied or unwanted (叫不醒了, 不想醒了)."""
    if text[pos - 1 : pos] in ("不", "没") or text[max(0, pos - 2) : pos] in _DENIED:
        return True
    if text[pos - 1 : pos] in _MADE_READY and text[pos : pos + 2] == "好了":
        return True  # 准备好了, 攒好了, 写好了: made ready, not recovered
    return _DENIED_EN.search(text, max(0, pos - 12), pos) is not None


def _habit(text: str, pos: int) -> bool:
    """What someone usually does (平时每天都回消息的), not a sign of life since."""
    return emergency_lexicon.HABIT_BEFORE.search(text, max(0, pos - 10), pos) is not None


_DENIED = frozenset({"不想", "不会", "不愿", "不肯", "没有", "不要"})
_MADE_READY = frozenset("备攒写存囤买想弄找选定")
_DENIED_EN = re.compile(r"(?<![a-z])(?:nobody|no one|not|never|hasn'?t|haven'?t|n'?t)\s+$")


def _silent(text: str) -> str | None:
    """Someone living alone who does not answer the door, unless found fine or hypothetical."""
    silent = emergency_lexicon.NO_ANSWER.search(text)
    if silent is None and emergency_lexicon.SILENT_FOR_LONG.search(text) is not None:
        silent = emergency_lexicon.PHONE_SILENT.search(text)
    if silent is None or (
        emergency_lexicon.LIVES_ALONE.search(text) is None
        and emergency_lexicon.DISTRESS_INSIDE.search(text) is None
        and emergency_lexicon.SILENT_FOR_LONG.search(text) is None
    ):
        return None
    if (
        emergency_lexicon.HYPOTHETICAL.search(text)
        or emergency_lexicon.NEWS.search(text)
        or emergency_lexicon.ASKING.search(text)
    ):
        return None
    if emergency_lexicon.LEFT_AT_DOOR.search(text):
        return None  # a volunteer's delivery note
    distress = emergency_lexicon.DISTRESS_INSIDE.search(text)
    for found in (
        emergency_lexicon.RESOLVED.search(text, silent.end()),
        emergency_lexicon.SEEN_SINCE.search(text),
    ):
        if (
            found is not None
            and not (  # 从门缝看到他躺在地上 is the sighting of someone down, not of someone fine
                distress is not None
                and found.start() < distress.end()
                and distress.start() < found.end()
            )
            and not _denied(text, found.start())
            and not _habit(text, found.start())
        ):
            return None
    return f"emergency:no-answer:{silent.group()}"


def _lying_still(text: str) -> str | None:
    """An urgent call about someone lying still: a fallback for wordings no trigger knows."""
    still = emergency_lexicon.LYING_STILL.search(text)
    if still is None or emergency_lexicon.STILL_THINGS.search(text) is not None:
        return None
    call, someone = (
        emergency_lexicon.URGENT_CALL.search(text),
        emergency_lexicon.SOMEONE.search(text),
    )
    if call is None or someone is None:
        return None
    for calm in (
        emergency_lexicon.JOKE,
        emergency_lexicon.NEWS,
        emergency_lexicon.HYPOTHETICAL,
        emergency_lexicon.DRILL,
        emergency_lexicon.RESOLVED,
    ):
        if calm.search(text) is not None:
            return None
    past = emergency_lexicon.PAST.search(text)
    if past is not None and emergency_lexicon.ONGOING.search(text) is None:
        return None
    return f"emergency:still:{call.group()}+{someone.group()}+{still.group()}"


def _life_support(text: str) -> str | None:
    """Life support that stopped (制氧机停了, the ventilator has no power) while someone struggles
    or depends on it; a broken machine asked to be fixed with nobody in trouble is a repair."""
    down = emergency_lexicon.LIFE_SUPPORT_DOWN.search(text)
    if down is None:
        return None
    struggling = emergency_lexicon.LIFE_SUPPORT_NEED.search(text)
    if struggling is None:
        return None
    for calm in (
        emergency_lexicon.HYPOTHETICAL,
        emergency_lexicon.NEWS,
        emergency_lexicon.RESOLVED,
        emergency_lexicon.DRILL,
    ):
        if calm.search(text) is not None:
            return None
    return f"emergency:life-support:{down.group()}+{struggling.group()}"


def _febrile_fit(text: str, segments: Segments, readings: list[Reading]) -> str | None:
    """A child with a fever who twitches or has cramps (发烧38.9 还抽筋了): a febrile fit."""
    fit = emergency_lexicon.FIT.search(text)
    if fit is None or not _infant(text):
        return None
    if emergency_lexicon.FIT_NEGATED.search(text[max(0, fit.start() - 6) : fit.start()]):
        return None
    fever = any(
        reading.celsius >= 37.5 for reading in readings
    ) or emergency_lexicon.FEVER_WORD.search(text)
    if not fever or (
        emergency_lexicon.PET.search(text) and not emergency_lexicon.HUMAN.search(text)
    ):
        return None
    for calm in (emergency_lexicon.HYPOTHETICAL, emergency_lexicon.NEWS):
        if calm.search(text) is not None:
            return None
    if _past(text, segments, fit.start(), fit.end(), fit.group()) is not None:
        return None
    return f"emergency:febrile-fit:{fit.group()}"


def _soft(text: str, before: str, hit: Hit) -> str | None:
    """A soft trigger counts unless mild, not urgent, or (labour words) out of context."""
    if hit.group == "labour" and not emergency_lexicon.PREGNANCY.search(text):
        return f"context:{hit.words}"
    if hit.group == "pregnancy-bleed" and not emergency_lexicon.PREGNANT_NOW.search(text):
        return f"context:{hit.words}"
    if emergency_lexicon.MILD_BEFORE.search(before[-8:]):
        return f"mild:{hit.words}"
    not_urgent = emergency_lexicon.NOT_URGENT.search(text) or (
        _mild_question(text, hit) if emergency_lexicon.MILD_INSIDE.search(hit.words) else None
    )
    if not_urgent is not None:
        return f"not-urgent:{not_urgent.group()}:{hit.words}"
    return None


def _fever(text: str, segments: Segments, reading: Reading) -> str | None:
    """An infant's fever of 39.5 °C or more, or any fever of 41 °C or more, happening now."""
    if reading.celsius < INFANT_FEVER:
        return None
    if reading.celsius < EXTREME_FEVER and not _infant(text):
        return None
    if _past(text, segments, reading.start, reading.end, reading.raw) is not None:
        return None
    if emergency_lexicon.NEWS.search(text):
        return None
    label = "high-fever" if reading.celsius >= EXTREME_FEVER else "infant-fever"
    return f"emergency:{label}:{reading.celsius}"


def _infant(text: str) -> bool:
    """Whether the message is about a baby or small child (no stated age of 6 or more)."""
    if not emergency_lexicon.INFANT.search(text):
        return False
    for match in emergency_lexicon.AGE_YEARS.finditer(text):
        raw = match.group(1) or match.group(2)
        age = int(raw) if raw.isdigit() else cn_to_int(raw)
        if age is not None and age >= 6:
            return False
    return True


# Weights of the in-doubt net's concepts; a message scoring NET_BAR or more is an emergency when
# the points come from two independent concepts, or from the body alone (two states, or someone
# down): urgency or danger alone (快递快到了, a smoke detector beeping) never is.
NET_BAR = 5
NET_URGENCY = 2  # someone asks for help now
NET_STATE = 2  # each body in trouble, counted up to NET_MAX_STATES times
NET_STRONG = 3  # someone down, silent or unreachable, a lot of blood, self-harm
NET_DANGER = 3  # fire, smoke, gas, a blade, a height, something harmful swallowed
NET_SPREAD = 2  # the danger out of control: spreading, exploding, aimed at someone
NET_FAREWELL = 2  # a goodbye
NET_MAX_STATES = 2
_NET_CALM = (
    emergency_lexicon.JOKE,
    emergency_lexicon.NEWS,
    emergency_lexicon.HYPOTHETICAL,
    emergency_lexicon.DRILL,
    emergency_lexicon.ASKING,
    emergency_lexicon.MILD_QUESTION,
    emergency_lexicon.NOT_URGENT,
    emergency_lexicon.IDIOMS,
    emergency_lexicon.NET_ERRAND,
    emergency_lexicon.NET_NOTICE,
    emergency_lexicon.NET_CHRONIC,
    emergency_lexicon.NET_EXCITED,
)


def _in_doubt(text: str, segments: Segments) -> str | None:
    """The safety net for wordings no trigger knows: "when in doubt, prefer emergency".

    Scores concepts rather than phrases: urgency (快来, hurry), a body in trouble (a body part and
    what is wrong with it in one clause, or a state that needs none: 栽倒, won't wake), danger
    (fire, gas, a blade, a height, something harmful swallowed) and whether it is out of control,
    a goodbye, a person in distress and "now". The calm readings that triggers respect (jokes,
    news, hypotheticals, questions, past or resolved events, notices, routine requests, chronic
    or mild complaints, pets, home faults) void it.
    """
    states = [
        match
        for table in (
            emergency_lexicon.NET_BODY_STATE_ZH,
            emergency_lexicon.NET_BARE_ZH,
            emergency_lexicon.NET_STRONG_ZH,
            emergency_lexicon.NET_STATE_EN,
        )
        for match in table.finditer(text)
        if not _net_muted(text, segments, match, likeness=False)
    ]
    danger = emergency_lexicon.NET_SWALLOWED.search(text) or _net_first(
        text, segments, emergency_lexicon.NET_DANGER
    )
    farewell = emergency_lexicon.NET_FAREWELL.search(text)
    if not states and danger is None and farewell is None:
        return None
    swallowed = emergency_lexicon.NET_SWALLOWED.search(text)
    strong = swallowed is not None or any(
        emergency_lexicon.NET_STRONG_ZH.fullmatch(match.group()) for match in states
    )
    urgency = emergency_lexicon.NET_URGENCY.search(text)
    spread = (
        emergency_lexicon.NET_SPREAD.search(text)
        if danger is not None or farewell is not None
        else None
    )
    body = NET_STATE * max(min(len({match.start() for match in states}), NET_MAX_STATES), strong)
    body += (NET_STRONG - NET_STATE) * strong
    families = sum(x is not None for x in (urgency, danger, farewell, spread)) + (body > 0)
    score = (
        body
        + NET_URGENCY * (urgency is not None)
        + NET_DANGER * (danger is not None)
        + NET_SPREAD * (spread is not None)
        + NET_FAREWELL * (farewell is not None)
        + (emergency_lexicon.NET_PERSON.search(text) is not None)
        + (
            emergency_lexicon.NET_NOW.search(text) is not None
            or emergency_lexicon.PAST.search(text) is None
        )
    )
    if score < NET_BAR or (families < 2 and body < NET_STRONG):
        return None
    if _net_calm(text):
        return None
    found = [match.group() for match in states[:3]]
    found += [match.group() for match in (danger, spread, farewell, urgency) if match is not None]
    return "emergency:in-doubt:" + "+".join(found)


def _net_calm(text: str) -> bool:
    """A calm reading of the whole message that voids the net."""
    for calm in _NET_CALM:
        if calm.search(text) is not None:
            return True
    resolved = emergency_lexicon.RESOLVED.search(text)
    if resolved is not None and not _denied(text, resolved.start()):
        return True
    if (
        emergency_lexicon.PAST.search(text) is not None
        and emergency_lexicon.ONGOING.search(text) is None
    ):
        return True
    if emergency_lexicon.PET.search(text) and not emergency_lexicon.HUMAN.search(text):
        return True
    off = emergency_lexicon.POWER_OFF.search(text)
    if off is not None and not emergency_lexicon.POWER_OFF_DENIED.search(
        text, max(0, off.start() - 4), off.start()
    ):
        return True  # sparks once the power is off: a repair
    return bool(
        emergency_lexicon.HOME_FAULT.search(text)
        and not emergency_lexicon.HURT_SOMEONE.search(text)
    )


def _net_first(text: str, segments: Segments, table: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of table that the net counts."""
    for match in table.finditer(text):
        if not _net_muted(text, segments, match):
            return match
    return None


def _net_muted(
    text: str, segments: Segments, match: re.Match[str], *, likeness: bool = True
) -> bool:
    """A state or danger denied (没有胸闷, 没有烟), mild (有点头晕), hyperbolic (热得喘不过气),
    asked about (…的感觉 是不是), or a danger said as a likeness (烫得跟着火了一样; a pain said
    as one, 像被斧头劈开一样痛, still counts): the net does not count it."""
    before = segments.clause_before(match.start())
    if has_cjk(match.group()):
        if emergency_lexicon.NEGATION_ZH.search(
            before[-16:]
        ) or emergency_lexicon.HYPERBOLE_BEFORE.search(before[-14:]):
            return True
        if _burden(text, before, match.group()) is not None:
            return True
        if emergency_lexicon.MILD_INSIDE.search(match.group()):
            return True
        if emergency_lexicon.NEGATION_AFTER.match(text[match.end() : match.end() + 6]):
            return True
    elif emergency_lexicon.NEGATION_EN.search(before[-48:]):
        return True
    if emergency_lexicon.NET_MILD_BEFORE.search(before[-8:]):
        return True
    if (
        likeness
        and emergency_lexicon.LIKE_BEFORE.search(before[-6:])
        and emergency_lexicon.LIKE_AFTER.match(text[match.end() : match.end() + 5])
    ):
        return True
    return emergency_lexicon.NET_CALM_AFTER.search(text[match.end() : match.end() + 12]) is not None
