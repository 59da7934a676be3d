"""Calm readings of a trigger: negated, past or resolved, hypothetical, a joke, news, a question,
a burden, a pet, mild or not urgent; each names why the trigger does not count."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from domain.understanding.emergency_calm_readings import CALM_ORDER, WEAK_CALM
from domain.understanding.emergency_families import family_of
from domain.understanding.emergency_lexicon import (
    ADVERT,
    ADVICE_AFTER,
    ADVICE_BEFORE,
    ADVICE_SOON_AFTER,
    ADVICE_TO_ALL,
    AFTERMATH,
    ANGER_BEFORE,
    ANGER_WORDS,
    ANY_EMERGENCY_BEFORE,
    ANYONE_THERE,
    APPEARS_BEFORE,
    ASKING,
    ASKING_AHEAD,
    ATTACK_OR_PRONOUN,
    AWAITED_AFTER,
    AWAITED_BEFORE,
    BORN,
    BREATH_ACUTE,
    BREATH_WORDS,
    BURDEN,
    BURN_GRAVE,
    BURNT_SMELL,
    BUT_SAID,
    CALL_ADVISED_AFTER,
    CALL_FORMULA_AFTER,
    CALL_FORMULA_BEFORE,
    CALL_NOT_WAIT_AFTER,
    CALL_ONLY_IF,
    CHOICE_BEFORE,
    CHRONIC_AFTER,
    CIGARETTE_BEFORE,
    CLOSING_QUOTES,
    CONDITION_BEFORE,
    CONTACT_FOR_BEFORE,
    CRY,
    CRY_AS_NAME_AFTER,
    DEVICE_BEFORE,
    DRILL,
    DRILL_DECLARED,
    DRILL_SAID,
    DROP_WORDS,
    DUE_LATER,
    ECHO_DENIED,
    ELECTRICAL,
    EXERTION_ACUTE,
    EXERTION_AFTER_EN,
    EXERTION_BEFORE,
    EXERTION_DONE,
    EXPLAINED_AFTER,
    FAINT_WORDS,
    FEVER_RISING,
    FEVER_TOLD,
    FINDING_ANYONE_BEFORE,
    FINDING_BEFORE,
    FINDING_LEAD,
    FIRE,
    FLAMES,
    FLOPPED_AFTER,
    FOLLOW_UP,
    FOR_NOW,
    FOUND_NOW_BEFORE,
    FRIEND_ELSEWHERE,
    GAS_GONE,
    GAS_WORDS,
    GENERAL_AFTER,
    HAD_JUST_NOW,
    HARMLESS_SMOKE_AFTER,
    HAS_BEFORE,
    HEARD_CRY_BEFORE,
    HELP_ARRIVED,
    HELP_OFFERED,
    HISTORY_BEFORE,
    HOME_FAULT,
    HOW_TO_TITLE,
    HUMAN,
    HURRY,
    HURT_SOMEONE,
    HYPERBOLE,
    HYPERBOLE_BEFORE,
    HYPOTHETICAL,
    IDIOMS,
    IN_HOSPITAL,
    JEST_SAID,
    JOKE,
    JOY_ALMOST,
    KIN_ELSEWHERE,
    LABOUR_ONSET,
    LASTING_CONDITION,
    LESSON_HEADER,
    LIKE_AFTER,
    LIKE_BEFORE,
    LIKE_BEFORE_EN,
    LIVES_HERE,
    LONG_AGO,
    LUNG_DISEASE,
    MEANT_AFTER,
    MEDICINE_AFTER,
    MEDICINE_BEFORE,
    MILD_BEFORE,
    MILD_INSIDE,
    MILD_QUESTION,
    MISSENT_BEFORE,
    MISTAKEN_BEFORE,
    MNEMONIC_BEFORE,
    MNEMONIC_LEAD,
    MUNDANE_WORRY,
    NEAR_BIRTH,
    NEGATION_AFTER,
    NEGATION_AFTER_EN,
    NEGATION_EN,
    NEGATION_ZH,
    NET_BARE_ZH,
    NET_BODY_STATE_ZH,
    NET_DANGER,
    NET_STATE_EN,
    NET_STRONG_ZH,
    NET_SWALLOWED,
    NEWS,
    NOISE_BEFORE,
    NORMAL_SAID_AFTER,
    NOT_URGENT,
    NOTICE_HEAD,
    NUMBERS_TOLD,
    ONGOING,
    ONSET_NOW,
    ONTO_FURNITURE,
    PAST,
    PATIENT_SAYS,
    PEOPLE_ZH,
    PERSON,
    PERSON_BEFORE,
    PERSON_SUBJECT,
    PERSONAL_NOW,
    PET,
    PET_SUBJECT_GAP,
    PITCH,
    POWER_OFF,
    POWER_OFF_DENIED,
    PREGNANCY,
    PREGNANT_NOW,
    QUESTION,
    QUOTED_AFTER_SAYING,
    REAL_DURING_DRILL,
    REFERRED_BEFORE,
    RESOLVED,
    RESOLVED_THEN,
    RESPOND_WORDS,
    RISK_BEFORE,
    RISK_FACT_AFTER,
    SCREEN_WATCHED,
    SEEK_CARE_AFTER,
    SELF_ABOUT_TO,
    SELF_BEFORE_EN,
    SELF_FAINT_BEFORE,
    SELF_GONE_IF,
    SIGN,
    SIGNS_OF_AFTER,
    SIGNS_OF_BEFORE,
    SMALL_BURN,
    SMELL_EXPLAINED_AFTER,
    SMOKE_SEEN,
    SMOKING,
    SOFT,
    SOMEONE,
    SOUND_ASLEEP,
    SPARKS,
    SPARKS_ON_USE,
    STATE_NOW,
    STORY_PEOPLE,
    STUFFED,
    SUDDEN,
    TAKEN_BACK,
    TEACHING,
    TEACHING_PASSED_ON,
    TENDENCY,
    THANKED_FOR_HELP,
    THEN_STEP_BEFORE,
    THING_BEFORE,
    THOUGHT_BEFORE,
    TURNED_OUT_AFTER,
    URGENT,
    URGENT_CALL,
    WRITER_BEFORE,
)
from domain.understanding.emergency_triggers import Hit
from domain.understanding.model import EmergencyFamily
from domain.understanding.text import Segments, has_cjk


@dataclass(frozen=True)
class _Trigger:
    """A trigger with what the calm readings read around it."""

    text: str
    segments: Segments
    hit: Hit
    before: str  # the clause before the trigger
    sentence: tuple[int, int]
    zh: bool


def _trigger(text: str, segments: Segments, hit: Hit) -> _Trigger:
    """What the calm readings read around a trigger."""
    return _Trigger(
        text,
        segments,
        hit,
        segments.clause_before(hit.start),
        segments.sentence(hit.start),
        has_cjk(hit.words),
    )


def defused_by(step: str, text: str, segments: Segments, hit: Hit) -> str | None:
    """One step of CALM_ORDER tried alone: its reason, or None (for tests and debugging)."""
    return _STEPS[step](_trigger(text, segments, hit))


def defused(text: str, segments: Segments, hit: Hit) -> str | None:
    """Why a trigger does not count (negated:…, past:…, joke:…), or None when it does; the
    readings are tried in the order of emergency_calm_readings.CALM_ORDER, and each reason is
    named in its CALM_READINGS."""
    trigger = _trigger(text, segments, hit)
    for step in _ORDER:
        reason = step(trigger)
        if reason is not None:
            return reason
    return None


def _idiom_around(t: _Trigger) -> str | None:
    """An idiom overlapping the trigger (笑到窒息, 气得吐血)."""
    start, end = t.hit.start, t.hit.end
    for idiom in IDIOMS.finditer(t.text, max(0, start - 30), min(len(t.text), end + 30)):
        if idiom.start() < end and start < idiom.end():
            return f"idiom:{idiom.group()}"
    return None


def _mention(t: _Trigger) -> str | None:
    """A word quoted in a rule about saying it, not said (群里不要随便发"救命", don't post "help"
    for nothing)."""
    after = t.text[t.hit.end : t.hit.end + 4].lstrip("!！?？.。~")
    if after[:1] not in CLOSING_QUOTES:
        return None
    quoted = QUOTED_AFTER_SAYING.search(t.before[-24:])
    return None if quoted is None else f"mention:{quoted.group()}{t.hit.words}"


def _mundane_cry(t: _Trigger) -> str | None:
    """A cry, or breathlessness often said as hyperbole, about a mundane worry with nothing
    acute (救命 明天就要交论文了, 窒息 团购又没抢到); never a wish to die (房贷还不上 不想活了)."""
    breath = _hyperbolic(t) and t.hit.family is EmergencyFamily.BREATHING
    if not (t.hit.flags & CRY or breath):
        return None
    if HEARD_CRY_BEFORE.search(t.before[-8:]):
        return None  # 楼上一直有人喊救命: someone else's cry heard, whatever else is said
    named = CRY_AS_NAME_AFTER.match(t.text, t.hit.end)
    if named is not None and not _body_or_danger(t.text):
        return f"mundane:{t.hit.words}{named.group()}"
    # a cry said as hyperbole (辣得我要报警了), nothing acute besides
    if (
        t.hit.flags & CRY
        and HYPERBOLE_BEFORE.search(t.before[-14:])
        and not _body_or_danger(t.text)
    ):
        return f"mundane:{t.before[-4:]}{t.hit.words}"
    # or said outright not to be urgent (help! not urgent but can someone check the boiler)
    worry = MUNDANE_WORRY.search(t.text) or NOT_URGENT.search(t.text)
    if worry is not None and not _body_or_danger(t.text):
        return f"mundane:{worry.group()}:{t.hit.words}"
    return None


def _idiom_cry(t: _Trigger) -> str | None:
    """A cry whose only trouble is an idiom (Help! I'm drowning in leftover cabbage)."""
    if not t.hit.flags & CRY:
        return None
    idiom = IDIOMS.search(t.text)
    # the idiom's own words are no trouble (my abs are screaming for help 🆘)
    if idiom is not None and not _body_or_danger(
        f"{t.text[: idiom.start()]} {t.text[idiom.end() :]}"
    ):
        return f"idiom:{idiom.group()}:{t.hit.words}"
    return None


def _thing(t: _Trigger) -> str | None:
    """A thing, not a person, dropped (手机掉水里了) or not responding (the app)."""
    if t.hit.flags & CRY or t.hit.group != "symptom":
        return None
    if RESPOND_WORDS.search(t.hit.words) and (device := DEVICE_BEFORE.search(t.before)):
        return f"thing:{device.group().strip()}:{t.hit.words}"
    if not DROP_WORDS.search(t.hit.words):
        return None
    thing = THING_BEFORE.search(t.before)
    return None if thing is None else f"thing:{thing.group()}:{t.hit.words}"


def _burden(t: _Trigger) -> str | None:
    """Breathlessness said of a burden (房贷压得我喘不过气)."""
    if t.hit.flags & CRY or t.hit.group != "symptom":
        return None
    burden = breath_burden(t.text, t.before, t.hit.words)
    return None if burden is None else f"burden:{burden.group()}:{t.hit.words}"


def _hyperbolic(t: _Trigger) -> bool:
    """A trigger often said as hyperbole, unless a lung disease makes breathing words literal."""
    return bool(
        t.hit.flags & HYPERBOLE and not (t.hit.group == "symptom" and LUNG_DISEASE.search(t.text))
    )


def _hyperbole_before(t: _Trigger) -> str | None:
    """Hyperbole told before the trigger (饿得想死, 累得喘不过气); fainting said of oneself
    from hunger or heat (饿到晕过去了) by someone who is writing."""
    if _hyperbolic(t) and HYPERBOLE_BEFORE.search(t.before[-14:]):
        return f"idiom:{t.before[-6:]}{t.hit.words}"
    if t.zh and SELF_FAINT_BEFORE.search(t.before) and FAINT_WORDS.fullmatch(t.hit.words):
        return f"idiom:{t.before}{t.hit.words}"
    if t.zh and ANGER_BEFORE.search(t.before) and ANGER_WORDS.fullmatch(t.hit.words):
        return f"idiom:{t.before[-8:]}{t.hit.words}"  # 被熊孩子气得胸闷: anger said
    if (
        t.hit.words == "窒息"
        and SELF_ABOUT_TO.search(t.before[-8:])
        and not BREATH_ACUTE.search(t.text)
    ):
        return f"idiom:{t.before[-4:]}{t.hit.words}"  # 我真的要窒息了: said by one who writes
    if t.zh and JOY_ALMOST.search(t.before[-16:]) and FAINT_WORDS.fullmatch(t.hit.words):
        return f"idiom:{t.before[-6:]}{t.hit.words}"  # 高兴得要晕过去了: about to, from joy
    return None


def _joke(t: _Trigger) -> str | None:
    """Laughter in the sentence of a hyperbolic trigger, or anywhere beside a cry."""
    text, hit = t.text, t.hit
    if _hyperbolic(t):
        sentence_start, sentence_end = t.sentence
        joke = (
            JOKE.search(text)
            if hit.flags & CRY
            else JOKE.search(text, sentence_start, min(len(text), sentence_end + 6))
        )
    elif hit.flags & CRY or _quoted(t) or _writer_fainted(t) or STUFFED.search(text):
        # a cry with a laugh anywhere (快叫救护车 … 😂); a word in scare quotes laughed about
        # (lol my kid just 'fainted' dramatically)
        joke = JOKE.search(text)
    else:
        joke = JEST_SAID.search(text)  # 胸口有点闷 哈哈 开个玩笑: declared a joke
    if joke is not None and not hit.flags & CRY and _summoned_for_own(text, hit):
        return None  # 😅 我爸喘不上气了 快来: a nervous laugh does not void a summons
    if joke is not None and TAKEN_BACK.search(text, joke.end()):
        return None  # 哈哈哈哈 不对 不好笑 我爸真的晕倒了: the laugh taken back
    if (
        joke is not None
        and joke.end() <= hit.start
        and BUT_SAID.search(text, joke.end(), hit.start)
    ):
        return None  # idk if im overreacting lol but my chest is super tight: taken back
    return None if joke is None else f"joke:{joke.group()}:{hit.words}"


def _writer_fainted(t: _Trigger) -> bool:
    """The writer's own faint, told as one's reaction (i literally fainted when i saw it)."""
    return (
        t.hit.family is EmergencyFamily.UNRESPONSIVE and WRITER_BEFORE.search(t.before) is not None
    )


def _summoned_for_own(text: str, hit: Hit) -> bool:
    """One's own person named and help summoned, besides the trigger's words."""
    rest = text[: hit.start] + " " + text[hit.end :]
    return bool(PERSONAL_NOW.search(rest)) and bool(URGENT_CALL.search(rest))


def _quoted(t: _Trigger) -> bool:
    """Whether the trigger's words stand in quotation marks ('fainted', “晕倒”)."""
    start, end = t.hit.start, t.hit.end
    return (
        start > 0
        and end < len(t.text)
        and t.text[start - 1] in "'\"‘“「"
        and t.text[end] in "'\"’”」"
    )


def _teaching(t: _Trigger) -> str | None:
    """Signs taught at a talk or on a poster with no one named (中风识别讲座 口诀: 脸歪); a lesson
    under its header (社区医生提醒：…) or passed on as one (急救小知识, 大家收藏) of any sign but a
    fire's, a passed-on one unless something urgent is asked."""
    how_to = HOW_TO_TITLE.match(t.text, t.hit.end)
    if how_to is not None and not URGENT_CALL.search(t.text):
        return f"teaching:{t.hit.words}{how_to.group()}"  # 煤气泄漏怎么处理的视频: a topic
    if t.hit.group == "fire":
        return None
    header = LESSON_HEADER.match(t.text)
    if header is not None:
        return f"teaching:{header.group()}:{t.hit.words}"  # Reminder from the doctor: …
    passed_on = TEACHING_PASSED_ON.search(t.text)
    if passed_on is not None and not URGENT_CALL.search(t.text):
        return f"teaching:{passed_on.group()}:{t.hit.words}"
    if t.hit.group not in ("symptom", "cry", "choking", "labour"):
        return None
    taught = TEACHING.search(t.text)
    if taught is not None and not SOMEONE.search(t.text) and not URGENT_CALL.search(t.text):
        return f"teaching:{taught.group()}:{t.hit.words}"
    # the signs recited as a mnemonic (记住口诀 脸歪 手软 说话不清), whoever was named before
    recited = MNEMONIC_BEFORE.search(t.text, t.sentence[0], t.hit.start) or MNEMONIC_LEAD.search(
        t.text, max(t.sentence[0], t.hit.start - 24), t.hit.start
    )
    return None if recited is None else f"teaching:{recited.group()}:{t.hit.words}"


def _exertion(t: _Trigger) -> str | None:
    """Chest pain or breathlessness from exertion with nothing acute (爬了十二楼 累得胸口疼,
    short of breath after carrying the water up)."""
    if t.hit.group != "symptom":
        return None
    if (
        EXERTION_BEFORE.search(t.before[-6:])
        or EXERTION_DONE.search(t.text, max(0, t.hit.start - 12), t.hit.start)
    ) and not EXERTION_ACUTE.search(t.text):
        return f"exertion:{t.before[-3:]}{t.hit.words}"
    after = EXERTION_AFTER_EN.match(t.text, t.hit.end, t.hit.end + 40)
    if after is not None and not EXERTION_ACUTE.search(t.text):
        return f"exertion:{t.hit.words}{after.group()}"
    return None


def _asleep(t: _Trigger) -> str | None:
    """Flopped onto a sofa or bed, asleep."""
    if t.hit.group == "symptom" and FLOPPED_AFTER.match(t.text, t.hit.end, t.hit.end + 80):
        return f"asleep:{t.hit.words}"
    if (
        t.hit.group == "symptom"
        and SELF_BEFORE_EN.search(t.before[-24:])
        and ONTO_FURNITURE.match(t.text, t.hit.end)
    ):
        return f"asleep:i {t.hit.words}"  # I collapsed onto the sofa: the writer is awake
    if t.hit.family is EmergencyFamily.UNRESPONSIVE and not _urgent_besides(t.text, t.hit):
        sound = SOUND_ASLEEP.search(t.text)
        if sound is not None:
            return f"asleep:{sound.group()}:{t.hit.words}"
    return None


def _gas_gone(t: _Trigger) -> str | None:
    """A gas smell that has gone (现在没有了)."""
    if t.hit.group == "fire" and (GAS_WORDS.search(t.hit.words) or "焦" in t.hit.words):
        gone = GAS_GONE.search(t.text, t.hit.end)
        if gone is not None and not EXERTION_ACUTE.search(t.text):
            return f"resolved:{gone.group()}:{t.hit.words}"
    return None


def _smoking(t: _Trigger) -> str | None:
    """抽 of cigarettes, not of a fit (又开始抽了)."""
    if t.hit.words[:1] in ("又", "开") and SMOKING.search(t.text):
        return f"smoking:{t.hit.words}"
    if t.hit.family is EmergencyFamily.FIRE and t.hit.group == "fire":
        smoked = CIGARETTE_BEFORE.search(t.text, 0, t.hit.start)
        if smoked is not None and not FLAMES.search(t.text):
            return f"smoking:{smoked.group()}:{t.hit.words}"  # 有人在电梯里抽烟 电梯都是烟
    return None


def _simile(t: _Trigger) -> str | None:
    """Said as a likeness (烫得跟着火了一样, snores like he's choking)."""
    end = t.hit.end
    if LIKE_BEFORE.search(t.before[-6:]) and LIKE_AFTER.match(t.text[end : end + 5]):
        return f"simile:{t.hit.words}"
    tail = t.before[-24:]
    like = LIKE_BEFORE_EN.search(tail)
    heard = (
        t.hit.group == "violence"
        and (tail[: like.start()].endswith("sounds ") or NOISE_BEFORE.search(tail[: like.start()]))
        if like
        else False
    )
    if like is not None and not heard:  # a fight heard through the wall is no likeness
        return f"simile:{t.hit.words}"
    return None


def _notice(t: _Trigger) -> str | None:
    """What to do on finding it (发现漏气请勿开关电器)."""
    if (
        FINDING_BEFORE.search(t.before)
        and ADVICE_AFTER.match(t.text[t.hit.end : t.hit.end + 10])
        and not FOUND_NOW_BEFORE.search(t.text, max(0, t.hit.start - 12), t.hit.start)
    ):
        return f"notice:{t.hit.words}"
    if FINDING_ANYONE_BEFORE.search(
        t.segments.sentence_before(t.hit.start)
    ) and ADVICE_SOON_AFTER.match(t.text[t.hit.end : t.hit.end + 90]):
        return f"notice:{t.hit.words}"
    advice = ADVICE_BEFORE.search(t.before) if t.hit.flags & CRY else None
    if advice is not None:
        before = t.segments.sentence_before(t.hit.start)
        if FINDING_ANYONE_BEFORE.search(before[: max(0, len(before) - len(advice.group()))]):
            return f"notice:{t.hit.words}"  # 发现有人胸痛 … 请立即打120: what anyone should do
    if (
        t.hit.flags & CRY
        and not t.zh
        and FINDING_ANYONE_BEFORE.search(t.segments.sentence_before(t.hit.start))
    ):
        return f"notice:{t.hit.words}"  # if anyone has chest pain … call 120 right away
    if (
        t.hit.flags & CRY
        and FINDING_LEAD.match(t.text)
        and THEN_STEP_BEFORE.search(t.text, max(0, t.hit.start - 8), t.hit.start)
        and not FOUND_NOW_BEFORE.search(t.text, 0, t.hit.start)
    ):
        return f"notice:{t.hit.words}"  # 遇到燃气泄漏 不要开灯 … 先开窗 再出门报警: the last step
    if t.hit.flags & CRY and NOTICE_HEAD.search(t.text) and _ADVISED.search(t.text, 0, t.hit.start):
        return f"notice:{t.hit.words}"  # 社区通知：紧急情况请拨打值班电话 或直接拨打120
    if (
        NOTICE_HEAD.search(t.text)
        and t.hit.words.startswith(("闻到", "发现"))
        and ADVICE_AFTER.match(t.text[t.hit.end : t.hit.end + 10])
    ):
        return f"notice:{t.hit.words}"  # 提醒大家 闻到煤气味不要开灯: what to do on finding it
    if (
        NOTICE_HEAD.search(t.text)
        and APPEARS_BEFORE.search(t.before)
        and ADVICE_AFTER.match(t.text[t.hit.end : t.hit.end + 10])
    ):
        return f"notice:{t.hit.words}"  # 社区医生提醒：… 出现意识不清请立即拨打120
    if (
        NOTICE_HEAD.search(t.text)
        and HAS_BEFORE.search(t.text, max(0, t.hit.start - 12), t.hit.start)
        and CALL_ADVISED_AFTER.match(t.text[t.hit.end : t.hit.end + 24])
    ):
        return f"notice:{t.hit.words}"  # 医生提醒：有胸痛、喘不上气要马上打120
    if (
        not t.hit.words.endswith("了")
        and CONDITION_BEFORE.search(t.text, max(0, t.hit.start - 12), t.hit.start)
        and SEEK_CARE_AFTER.match(t.text, t.hit.end, t.hit.end + 16)
        and not PERSONAL_NOW.search(t.text)
    ):
        return f"notice:{t.hit.words}"  # 有抽搐马上就医, 超过39.5度或者抽搐就马上打120
    if t.hit.flags & CRY and (
        ANY_EMERGENCY_BEFORE.search(t.before[-16:])
        or (CALL_NOT_WAIT_AFTER.match(t.text, t.hit.end) and not PERSONAL_NOW.search(t.text))
    ):
        return f"notice:{t.hit.words}"  # 有紧急情况直接打120; call 120 directly, don't wait
    if NOTICE_HEAD.search(t.text) and TENDENCY.search(t.hit.words):
        return f"notice:{t.hit.words}"  # 温馨提示：冬季老人起夜容易跌倒 请放防滑垫
    if ADVICE_TO_ALL.search(t.text) and (
        CALL_FORMULA_AFTER.match(t.text, t.hit.end)
        or (t.hit.flags & CRY and CALL_FORMULA_BEFORE.search(t.before[-8:]))
    ):
        return f"notice:{t.hit.words}"  # 所以大家千万别拖 胸痛马上打120: a lesson drawn
    offered = HELP_OFFERED.search(t.text)
    if offered and not PERSONAL_NOW.search(t.text) and not _urgent_besides(t.text, t.hit):
        return f"notice:{offered.group()}:{t.hit.words}"  # 家暴不是家务事 有需要可以私信我
    if t.hit.flags & CRY and NUMBERS_TOLD.search(t.text) and not PERSONAL_NOW.search(t.text):
        return f"notice:numbers:{t.hit.words}"  # 120是急救 119是火警 大家存到手机里
    advert = ADVERT.search(t.text)
    if advert and not PERSONAL_NOW.search(t.text) and not _urgent_besides(t.text, t.hit):
        return f"notice:{advert.group()}:{t.hit.words}"  # 一氧化碳报警器 特价99元: an advert
    if advert and PITCH.search(t.text) and not PERSONAL_NOW.search(t.text):
        return f"notice:{advert.group()}:{t.hit.words}"  # 胸闷气短？快来试试XX保健品 限时特价
    return None


def _pet(t: _Trigger) -> str | None:
    """A pet and no person."""
    if t.hit.flags & (FIRE | CRY):
        return None
    if t.hit.flags & SIGN and family_of(t.hit.words) is EmergencyFamily.SUICIDE:
        return None  # a pet handed over with a goodbye (猫拜托邻居养着 永别了): no pet's trouble
    if t.hit.group == "suicide":
        # the pet must be who is on the railing (my cat loves sitting on the railing), not one
        # handed over elsewhere in a farewell (橘猫以后麻烦谁喂 … 遗书写好了)
        pet = PET.search(t.before)
    else:
        pet = PET.search(t.text, t.sentence[0], t.hit.end)
    person = HUMAN.search(t.text) or ATTACK_OR_PRONOUN.search(t.text)
    if pet is not None and person is None:
        return f"pet:{pet.group()}:{t.hit.words}"
    # the pet is the trigger's subject, right before it (我们家狗'晕倒了'), whoever else is named
    for near in PET.finditer(t.text, max(t.sentence[0], t.hit.start - 8), t.hit.start):
        if PET_SUBJECT_GAP.fullmatch(t.text, near.end(), t.hit.start):
            return f"pet:{near.group()}:{t.hit.words}"
    return None


def _fever(t: _Trigger) -> str | None:
    """烧起来了 of a fever rising."""
    if t.hit.words == "烧起来了" and (
        FEVER_RISING.search(t.before[-8:]) or FEVER_TOLD.search(t.text)
    ):
        return f"fever:{t.before[-3:]}{t.hit.words}"
    return None


def _sparks_off(t: _Trigger) -> str | None:
    """Sparks once the power is off, with no smoke: a repair; so is the smell of the burnt
    socket then (插座冒火花了 有股焦味 已经拉闸了), as long as no smoke or flame is seen."""
    if not t.hit.flags & FIRE:
        return None
    if not (
        SPARKS.fullmatch(t.hit.words)
        or (
            BURNT_SMELL.fullmatch(t.hit.words)
            and (SPARKS.search(t.text) or ELECTRICAL.search(t.text))
        )
    ):
        return None
    if SMOKE_SEEN.search(t.text):
        return None
    off = POWER_OFF.search(t.text)
    if off is not None and not POWER_OFF_DENIED.search(
        t.text, max(0, off.start() - 4), off.start()
    ):
        return f"resolved:{off.group()}:{t.hit.words}"
    on_use = SPARKS_ON_USE.search(t.text)
    return None if on_use is None else f"fault:{on_use.group()}:{t.hit.words}"


def _help_arrived(t: _Trigger) -> str | None:
    """A cry after which help has come."""
    if t.hit.flags & CRY and (arrived := HELP_ARRIVED.search(t.text, t.hit.end)) is not None:
        return f"resolved:{arrived.group()}:{t.hit.words}"
    # already in a hospital's care, told right beside the trigger, nothing new now (姥姥在老家
    # 住院了 心梗 还在ICU); not someone else's stay (我妈住院了 我爸在家胸口疼得厉害)
    first, last = t.sentence if t.zh else t.segments.clause(t.hit.start)
    in_care = IN_HOSPITAL.search(t.text, max(first, t.hit.start - 6), min(last, t.hit.end + 10))
    if (
        in_care is not None
        and not t.hit.flags & (CRY | FIRE)
        and not URGENT_CALL.search(t.text)
        and not _SUDDEN_NOW.search(t.text)
    ):
        return f"resolved:{in_care.group()}:{t.hit.words}"
    return None


# an onset told now, in a hospital too (住院了 今天突然晕倒了)
_SUDDEN_NOW = re.compile(r"突然|刚才|刚刚|一下子|(?<![a-z])(?:suddenly|just now)(?![a-z])")


def _fault(t: _Trigger) -> str | None:
    """A cry about a household fault with nobody hurt."""
    if (
        t.hit.flags & CRY
        and (fault := HOME_FAULT.search(t.text)) is not None
        and (HURT_SOMEONE.search(t.text) is None)
    ):
        return f"fault:{fault.group()}:{t.hit.words}"
    return None


def _no_person(t: _Trigger) -> str | None:
    """A state that needs a person named before it, without one (轮胎没气了)."""
    if (
        t.hit.flags & PERSON
        and not PERSON_BEFORE.search(t.before[-12:])
        and not (t.hit.words[:1] == "就" and PERSON_SUBJECT.search(t.before[-12:]))
        and not _person_in_clause_before(t)
    ):
        return f"no-person:{t.hit.words}"
    return None


def _person_in_clause_before(t: _Trigger) -> bool:
    """The person named as the subject of the clause just before, the trigger's clause going on
    with no other subject (爸起夜 倒了 不动; 我爸在厕所门口躺着 喊了十几分钟没反应)."""
    if not t.zh or (t.before and not _CALLED.match(t.before)):
        return False
    start = t.segments.clause(t.hit.start)[0]
    if start < 2 or t.segments.sentence(start - 2)[0] != t.segments.sentence(t.hit.start)[0]:
        return False
    first, end = t.segments.clause(start - 2)
    return _SUBJECT_PERSON.match(t.text, first, end) is not None


# calling them before the state (喊了十几分钟没反应)
_CALLED = re.compile(r"(?:喊|叫|拍|推|摇|敲)")
# a person who is the clause's subject, not an owner (我爸的车: 轮胎没气了 is the car's)
_SUBJECT_PERSON = re.compile(rf"(?:我家|我们|我|俺|咱)?{PEOPLE_ZH}(?!的|家的)")


def _negated(t: _Trigger) -> str | None:
    """Denied before or after (没有胸闷, 胸闷倒没有, no chest pain)."""
    words, end = t.hit.words, t.hit.end
    negation = NEGATION_ZH.search(t.before[-16:]) if t.zh else NEGATION_EN.search(t.before[-48:])
    if negation is not None:
        return f"negated:{negation.group()}{words}"
    if t.zh and (denied := NEGATION_AFTER.match(t.text[end : end + 6])) is not None:
        return f"negated:{words}{denied.group()}"
    if not t.zh and (denied := NEGATION_AFTER_EN.match(t.text[end : end + 8])) is not None:
        return f"negated:{words}{denied.group()}"
    # echoed as a question and answered no (煤气味？没有啊, 胸闷？不胸闷, chest pain? no)
    if (echo := ECHO_DENIED.match(t.text, end)) is not None:
        return f"negated:{words}{echo.group().strip()}"
    return None


def _medicine_context(t: _Trigger) -> str | None:
    """A condition named as what a medicine is for; pills named after a suicidal line are its
    means."""
    end = t.hit.end
    if (
        (
            t.hit.group != "suicide"
            and not t.hit.words.endswith("了")  # 心脏病犯了 药吃了也不管用: a state, then its drug
            and MEDICINE_AFTER.match(t.text[end : end + 12])
        )
        or MEDICINE_BEFORE.search(t.before[-20:])
    ):
        return f"medicine-context:{t.hit.words}"
    return None


def _risk(t: _Trigger) -> str | None:
    """A risk or a warning (容易着火, could cause a fire)."""
    risk = RISK_BEFORE.search(t.before[-10:] if t.zh else t.before[-30:])
    after = t.text[t.hit.end : t.hit.end + 8]
    if risk is not None and risk.group().startswith(_WHETHER) and _DONE.search(t.hit.words + after):
        return None  # 会不会误喝了洗衣液: whether it happened, not whether it could
    if risk is None and t.zh and t.before.endswith("会") and after[:1] in ("吗", "么", "嘛"):
        return f"risk:会{t.hit.words}{after[:1]}"  # 孩子会误喝吗: asked whether it could
    if risk is None:
        risk = RISK_FACT_AFTER.match(t.text, t.hit.end)
    return None if risk is None else f"risk:{risk.group().strip()}{t.hit.words}"


_WHETHER = ("会不会", "可不可能")
_DONE = re.compile(r"^[^。!?\s]{0,6}了")


def _history(t: _Trigger) -> str | None:
    """A history told in English (had a stroke, history of)."""
    if (
        not t.zh
        and HISTORY_BEFORE.search(t.before[-20:])
        and not HAD_JUST_NOW.match(t.text, t.hit.end)
        and not _STATE_NOW.search(t.hit.words)  # had a fall and can't get up: the hit says now
    ):
        return f"past:history:{t.hit.words}"
    return None


def _hypothetical(t: _Trigger) -> str | None:
    """Hypothetical or general (如果, 等症状, what if, in case)."""
    general = GENERAL_AFTER.search(t.text[t.hit.end : t.hit.end + 16])
    if general is not None:
        return f"hypothetical:{general.group().strip()}:{t.hit.words}"
    if not t.zh and (normal := NORMAL_SAID_AFTER.match(t.text, t.hit.end)) is not None:
        return f"hypothetical:{normal.group().strip()}:{t.hit.words}"  # can be normal
    if t.hit.flags & CRY and (only_if := CALL_ONLY_IF.match(t.text, t.hit.end)) is not None:
        return f"hypothetical:{only_if.group().strip()}:{t.hit.words}"  # call 120 only if…
    if (
        not t.zh
        and not t.hit.flags & CRY
        and (contact := CONTACT_FOR_BEFORE.search(t.before[-40:])) is not None
    ):
        return f"hypothetical:{contact.group().strip()}:{t.hit.words}"  # the number for gas leaks
    if t.hit.flags & CRY and (choice := CHOICE_BEFORE.search(t.before)) is not None:
        return f"hypothetical:{choice.group()}:{t.hit.words}"  # 先降温还是先打120: which first
    sentence_before = t.segments.sentence_before(t.hit.start)[-24 if t.zh else -90 :]
    # "if I were gone" is a thought of one's own death, not a supposition (要是我走了…轻松点)
    sentence_before = SELF_GONE_IF.sub(" ", sentence_before)
    hypothetical = HYPOTHETICAL.search(sentence_before)
    if hypothetical is not None:
        return f"hypothetical:{hypothetical.group()}:{t.hit.words}"
    return None


def _mistaken(t: _Trigger) -> str | None:
    """A danger believed by mistake, said just before the trigger (还以为着火了)."""
    mistaken = MISTAKEN_BEFORE.search(t.before[-12:] if t.zh else t.before[-40:])
    if mistaken is not None:
        return f"mistaken:{mistaken.group().strip()}:{t.hit.words}"
    if (
        t.zh
        and THOUGHT_BEFORE.search(t.before[-8:])
        and TURNED_OUT_AFTER.match(t.text[t.hit.end :])
    ):
        return f"mistaken:以为:{t.hit.words}"  # 以为着火了 结果是对面楼在烧烤
    if (meant := MEANT_AFTER.match(t.text, t.hit.end)) is not None and not _urgent_besides(
        t.text, t.hit
    ):
        return f"mistaken:{meant.group().strip()}:{t.hit.words}"
    # a cry or report sent earlier and explained away (刚才那个'救命'是孩子玩手机发的, 刚才那个说
    # 胸闷的是我看错了), nothing urgent besides
    if (
        REFERRED_BEFORE.search(t.before[-8:])
        and (explained := EXPLAINED_AFTER.match(t.text, t.hit.end)) is not None
        and not _urgent_besides(t.text, t.hit)
    ):
        return f"mistaken:{explained.group().strip()}:{t.hit.words}"
    # a cry said to have been sent by mistake (刚才是我手机误发的救命), nothing urgent besides
    if (
        t.hit.flags & CRY
        and (missent := MISSENT_BEFORE.search(t.before[-10:])) is not None
        and not _urgent_besides(t.text, t.hit)
    ):
        return f"mistaken:{missent.group().strip()}:{t.hit.words}"
    # a smell told to be another (煤气味是装修油漆的味道), nothing urgent besides
    if (
        t.zh
        and t.hit.flags & FIRE
        and (smell := SMELL_EXPLAINED_AFTER.match(t.text, t.hit.end)) is not None
        and not _urgent_besides(t.text, t.hit)
    ):
        return f"mistaken:{smell.group().strip()}:{t.hit.words}"
    # smoke told to be something harmless (the smoke on the 5th floor is just the BBQ)
    if t.hit.flags & FIRE and (harmless := HARMLESS_SMOKE_AFTER.match(t.text, t.hit.end)):
        return f"mistaken:{harmless.group().strip()}:{t.hit.words}"
    return None


def _due_later(t: _Trigger) -> str | None:
    """Birth said to be near while the due date is weeks away (快生了 预产期下个月): planning.
    Waters breaking or contractions are never voided by it (labour may come early)."""
    if t.hit.group != "labour" or not NEAR_BIRTH.fullmatch(t.hit.words):
        return None
    due = DUE_LATER.search(t.text)
    return None if due is None else f"due-later:{due.group()}:{t.hit.words}"


def _awaited(t: _Trigger) -> str | None:
    """Labour's sign waited for, told to come back then (让在家等规律宫缩再去)."""
    if t.hit.group != "labour":
        return None
    if (
        LABOUR_ONSET.search(t.hit.words)
        and (born := BORN.search(t.text)) is not None
        and not URGENT_CALL.search(THANKED_FOR_HELP.sub(" ", t.text))
        and not HURRY.search(t.text)
    ):
        return f"awaited:{born.group()}:{t.hit.words}"  # the birth told: the wait is over
    before = AWAITED_BEFORE.search(t.before[-16:])
    if before is not None and AWAITED_AFTER.match(t.text, t.hit.end):
        return f"awaited:{before.group()}:{t.hit.words}"
    return None


def _question(t: _Trigger) -> str | None:
    """A question about what to do in general, not about someone now."""
    return _general_question(t.text, t.hit, *t.sentence)


def _past(t: _Trigger) -> str | None:
    """A past or resolved event; or the doctor's name for what is over (现在已经好了 医生说是
    热性惊厥)."""
    past = past_event(t.text, t.segments, t.hit.start, t.hit.end, t.hit.words)
    if past is None and _DIAGNOSED.search(t.before[-8:]):
        resolved = RESOLVED.search(t.text)
        if resolved is not None and not resolution_denied(t.text, resolved.start()):
            return f"resolved:{resolved.group()}:{t.hit.words}"
    return past


_DIAGNOSED = re.compile(r"(?:说|诊断|判断|确诊)(?:是|为)[^,。!?\s]{0,3}$")


def _news(t: _Trigger) -> str | None:
    """News or a story about someone elsewhere."""
    if t.hit.flags & CRY:
        # a call made by a story's people (男主叫救护车那段): the story's, nobody here
        story = STORY_PEOPLE.search(t.text) if not PERSONAL_NOW.search(t.text) else None
        if story is not None and NEWS.search(t.text) is not None:
            return f"news:{story.group()}:{t.hit.words}"
        # a call made elsewhere and before, told as news (my sis in Beijing had to call an
        # ambulance last night)
        far = NEWS.search(t.text, t.sentence[0], t.hit.start)
        told = PAST.search(t.text, *t.sentence) or IN_HOSPITAL.search(t.text)
        if far is not None and told is not None and not URGENT_CALL.search(t.text):
            return f"news:{far.group()}:{t.hit.words}"  # … he's in ICU: care is there
        return None
    if LIVES_HERE.search(t.text):
        return None  # 她住我们楼7-2-1501: whatever was posted elsewhere, she is here
    news = (
        NEWS.search(t.text)
        or KIN_ELSEWHERE.search(t.text, t.segments.clause(t.hit.start)[0], t.hit.end)
        or (None if URGENT_CALL.search(t.text) else FRIEND_ELSEWHERE.search(t.text, *t.sentence))
    )
    if news is not None and _watching_with_someone(t, news.group()):
        return None  # 在看电视剧 我爸突然晕倒了: what they watched, not what is told
    return None if news is None else f"news:{news.group()}:{t.hit.words}"


def _watching_with_someone(t: _Trigger, news: str) -> bool:
    """A screen named only as what was being watched (not 电视里说, what it told), nothing
    said of the story's own people (剧里, 女主, a drama where the dad…), and someone real or a
    sudden onset named just before the trigger (我爸突然晕倒了, grandpa suddenly slumped)."""
    if SCREEN_WATCHED.fullmatch(news) is None or STORY_PEOPLE.search(t.text) is not None:
        return False
    near = t.text[max(0, t.hit.start - (10 if t.zh else 40)) : t.hit.start]
    return HUMAN.search(near) is not None or SUDDEN.search(near) is not None


def _drill(t: _Trigger) -> str | None:
    """A drill or an alarm test."""
    if t.hit.flags & FIRE and (drill := DRILL.search(t.text)) is not None:
        return f"drill:{drill.group()}:{t.hit.words}"
    if t.hit.flags & CRY and (drill := DRILL_SAID.search(t.text)) and not _body_or_danger(t.text):
        return f"drill:{drill.group()}:{t.hit.words}"
    if (drill := DRILL_DECLARED.search(t.text)) and not REAL_DURING_DRILL.search(t.text):
        return f"drill:{drill.group()}:{t.hit.words}"  # 这只是演练: 模拟3号楼有人晕倒
    return None


def _soft_reading(t: _Trigger) -> str | None:
    """A soft trigger: mild, not urgent or out of context (its last reading)."""
    return _soft(t.text, t.before, t.hit) if t.hit.flags & SOFT else None


def _mild(t: _Trigger) -> str | None:
    """Mild, occasional or lasting, and said not to be urgent (not for cries or soft
    triggers, which the soft reading decides)."""
    hit, end = t.hit, t.hit.end
    if hit.flags & (CRY | SOFT):
        return None
    if hit.family is EmergencyFamily.BURN and (small := SMALL_BURN.search(t.text)) is not None:
        if not BURN_GRAVE.search(t.text):
            return f"mild:small-burn:{small.group()}:{hit.words}"
    if (
        MILD_BEFORE.search(t.before[-8:])
        or MILD_INSIDE.search(hit.words)
        or CHRONIC_AFTER.search(t.text[end : end + 12])
    ):
        not_urgent = NOT_URGENT.search(t.text) or _mild_question(t.text, hit)
        if not_urgent is not None:
            return f"mild:not-urgent:{not_urgent.group()}:{hit.words}"
    return None


_STEPS: dict[str, Callable[[_Trigger], str | None]] = {
    "idiom-around": _idiom_around,
    "mention": _mention,
    "mundane-cry": _mundane_cry,
    "idiom-cry": _idiom_cry,
    "thing": _thing,
    "burden": _burden,
    "hyperbole-before": _hyperbole_before,
    "joke": _joke,
    "teaching": _teaching,
    "exertion": _exertion,
    "asleep": _asleep,
    "gas-gone": _gas_gone,
    "smoking": _smoking,
    "simile": _simile,
    "notice": _notice,
    "pet": _pet,
    "fever": _fever,
    "sparks-off": _sparks_off,
    "help-arrived": _help_arrived,
    "fault": _fault,
    "no-person": _no_person,
    "negated": _negated,
    "medicine-context": _medicine_context,
    "risk": _risk,
    "history": _history,
    "hypothetical": _hypothetical,
    "mistaken": _mistaken,
    "due-later": _due_later,
    "awaited": _awaited,
    "question": _question,
    "past": _past,
    "news": _news,
    "drill": _drill,
    "soft": _soft_reading,
    "mild": _mild,
}
STEP_NAMES = frozenset(_STEPS)
_ORDER = tuple(_STEPS[step.name] for step in CALM_ORDER)


def weak_calm(reason: str) -> bool:
    """Whether a calm reading (defused()'s reason) is too weak to silence a message."""
    return reason.startswith(WEAK_CALM)


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
    follow_up = FOLLOW_UP.search(text)
    if follow_up is not None and follow_up.start() <= hit.start and hit.end <= follow_up.end():
        return f"question:follow-up:{hit.words}"  # 刚才那个喘不上气的阿姨送走了吗
    # asked ahead, for later, even about one's own (我爸上个月心梗过 现在还好 就是想提前问问)
    ahead = ASKING_AHEAD.search(text)
    if ahead is not None and not _urgent_besides(text, hit):
        return f"question:{ahead.group()}:{hit.words}"
    # the trigger named as the subject of a question: the signs of a stroke, 中风有哪些症状
    if (
        SIGNS_OF_BEFORE.search(text[max(0, hit.start - 40) : hit.start])
        or SIGNS_OF_AFTER.match(text[hit.end : hit.end + 10])
    ) and not _urgent_besides(text, hit):
        return f"question:signs-of:{hit.words}"
    if hit.flags & CRY:
        sentence = text[sentence_start : min(len(text), sentence_end + 1)]
        if (
            QUESTION.search(sentence)
            and not ANYONE_THERE.search(sentence)
            and not _urgent_besides(text, hit)
        ):
            return f"question:{hit.words}"
    return None


def _urgent_besides(text: str, hit: Hit) -> bool:
    """Urgency words anywhere except inside the trigger itself."""
    return URGENT.search(text[: hit.start] + " " + text[hit.end :]) is not None


def past_event(text: str, segments: Segments, start: int, end: int, words: str) -> str | None:
    """A past or resolved event."""
    if text[end : end + 1] == "过" and text[end : end + 2] not in ("过来", "过去"):
        return f"past:{words}过"
    if (
        LASTING_CONDITION.fullmatch(words)
        and (after := AFTERMATH.match(text, end)) is not None
        and not ONSET_NOW.search(text, *segments.sentence(start))
    ):
        return f"past:{words}{after.group()}"  # 中风后一直在吃: what it left, no onset told
    resolved = RESOLVED.search(text, end)
    if (
        resolved is not None
        and not resolution_denied(text, resolved.start())
        and RESOLVED_THEN.search(text, resolved.end()) is None
        and not (
            resolved.start() >= segments.clause(start)[1]
            and someone_else_fine(text, resolved, start)
        )
    ):
        return f"resolved:{resolved.group()}:{words}"
    clause_start, clause_end = (
        segments.clause(start) if has_cjk(words) else segments.sentence(start)
    )
    past = PAST.search(text, clause_start, clause_end)
    if past is None:
        return _story_long_ago(text, segments, start, words)
    # the clause's long-ago time, wherever it stands (上次心绞痛发作是两年前了)
    past = next(
        (m for m in PAST.finditer(text, clause_start, clause_end) if LONG_AGO.fullmatch(m.group())),
        past,
    )
    # Months or years ago is history even when something else goes on now (去年摔断了腿 现在还拄拐).
    long_ago = LONG_AGO.fullmatch(past.group()) or _YEARS_BEFORE.search(
        text, max(0, past.start() - 8), past.start()
    )
    # a trigger read on into a later clause that tells of now (去年摔过 今天又摔倒了 起不来): the
    # fall of now is in the trigger's own words, not the year-old one alone
    first_clause_end = segments.clause(start)[1]
    if long_ago and end > first_clause_end and ONGOING.search(text, first_clause_end, end):
        return None
    # years ago, what goes on now is told in another clause (…, should we keep aspirin?)
    ongoing_end = segments.clause(start)[1] if long_ago else len(text)
    ongoing = ONGOING.search(text, clause_start, ongoing_end)
    if long_ago and ongoing is not None and start <= ongoing.start() < end:
        # the trigger's own words (去年癫痫发作: 发作 is the event then, not one going on now);
        # then anything going on now anywhere else counts (去年癫痫发作 现在又在抽了)
        ongoing = ONGOING.search(text, clause_start, start) or ONGOING.search(text, end)
    if ongoing is None:
        return f"past:{past.group()}:{words}"
    if long_ago and _SEQUEL.match(text, end, ongoing.start()):
        return f"past:{past.group()}:{words}"  # what it left (中风以后说话一直不清楚), no onset
    return None


def _story_long_ago(text: str, segments: Segments, start: int, words: str) -> str | None:
    """A story begun years ago in an earlier clause of the sentence, told on with nothing of now
    (我爸年轻时候出过车祸 流了好多血 现在想起来还后怕)."""
    sentence_start, sentence_end = segments.sentence(start)
    clause_start = segments.clause(start)[0]
    if clause_start <= sentence_start:
        return None
    # the last one: the story nearest the trigger
    story = max(_STORY_BEGUN.finditer(text, sentence_start, clause_start), key=_start, default=None)
    clause_end = segments.clause(start)[1]
    if story is None or ONGOING.search(text, story.end(), clause_end) is not None:
        return None
    if _STILL_NOW.search(text, clause_end, sentence_end) is not None:
        return None  # …流了好多血 现在还在流: the story's trouble goes on
    return f"past:{story.group()}:{words}"


def _start(match: re.Match[str]) -> int:
    """Where a match starts."""
    return match.start()


# the trouble said to go on after the story's clause (现在还在流); not what it left (到现在都怕车)
_STILL_NOW = re.compile(r"现在还|还在|一直|止不住|越来越|刚才|刚刚|突然|现在又|又开始|正在")


# years ago, and what happened then (年轻时候出过车祸, 小时候摔过): a story's beginning; not a
# past of the writer's own (我曾经当过护士), which tells nothing of the trigger after it
_STORY_BEGUN = re.compile(
    r"(?:年轻(?:的)?时(?:候)?|小时候|当年|那一?年|去年|前年|几年前|\d+年前|"
    r"[一二两三四五六七八九十]+年前|曾经)[^,。!?\s]{0,8}(?:出|得|发生|遇|遇到|经历|碰到|摔|伤|做|动)过"
)


# what a long-ago event left behind, told after it (中风以后 说话一直不太清楚)
_SEQUEL = re.compile(r"以后|之后|后|过后|后来")
_STATE_NOW = re.compile(STATE_NOW)


# years or months ago (had chest pains a couple of years ago, should we keep aspirin?)
_YEARS_BEFORE = re.compile(r"(?:years?|months?) $")


def resolution_denied(text: str, pos: int) -> bool:
    """A resolution word that is denied or unwanted (叫不醒了, 不想醒了)."""
    if text[pos - 1 : pos] in ("不", "没") or text[max(0, pos - 2) : pos] in _DENIED:
        return True
    if text[pos - 1 : pos] == "再" and text[max(0, pos - 3) : pos - 1] in _DENIED:
        return True  # 不想再醒过来
    if text[pos - 1 : pos] in _MADE_READY and text[pos : pos + 2] == "好了":
        return True  # 准备好了, 攒好了, 写好了: made ready, not recovered
    if _USUALLY.search(text, max(0, pos - 10), pos):
        return True  # 平时一两分钟就好了: what usually happens, not what did
    if text[max(0, pos - 2) : pos] in FOR_NOW:
        return True  # 我家801暂时没事: fine so far, while the danger goes on next door
    if PATIENT_SAYS.search(text, max(0, pos - 24), pos):
        return True  # 他自己说没事, she keeps saying she's fine: the patient's word, not a recovery
    return _DENIED_EN.search(text, max(0, pos - 12), pos) is not None


def someone_else_fine(text: str, resolved: re.Match[str], start: int) -> bool:
    """Whether "X is fine", in a clause of its own, tells of someone not named before the
    trigger (my dad collapsed and is not breathing, mum is fine): another person's state."""
    fine = _FINE_AFTER_SUBJECT.match(resolved.group())
    if fine is None:
        return False
    subject = _SUBJECT_BEFORE.search(text, max(0, resolved.start() - 24), resolved.start())
    if subject is None:
        return False
    return subject.group(1) not in _PRONOUNS and subject.group(1) not in text[:start]


_FINE_AFTER_SUBJECT = re.compile(r"(?:'s|'re| ?is| ?are) (?:fine|ok|okay|alright|stable)")
_SUBJECT_BEFORE = re.compile(r"([a-z]+)\s*$")
_PRONOUNS = frozenset("he she they it we everyone everything all both who".split())
_DENIED = frozenset({"不想", "不会", "不愿", "不肯", "没有", "不要"})
_MADE_READY = frozenset("备攒写存囤买想弄找选定拿")  # 刀都拿好了: made ready
_ADVISED = re.compile(r"请|要马上|要立即|要及时|应立即|要第一时间")
_USUALLY = re.compile(
    r"平时|通常|一般|往常|以往|每次|(?<![a-z])(?:usually|normally|most times)(?![a-z])"
)
_DENIED_EN = re.compile(
    r"(?<![a-z])(?:nobody|no one|not|never|hasn'?t|haven'?t|n'?t|can'?t|cannot|couldn'?t|"
    r"unable to|won'?t|didn'?t)\s+$"
)


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
